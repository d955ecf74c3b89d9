//! Audit JSON documents read back (`keyfence report merge`): the findings as the model
//! has them again, each repository's coverage and the problems, with what made the
//! document (version and rules) so that documents of different makings are not mixed
//! by accident.

use keyfence_model::org::RepoCoverage;
use keyfence_model::time::parse_rfc3339;
use keyfence_model::{
    Confidence, Exposure, Finding, FlowTarget, History, OriginalPosition, Place, Presence, Problem,
    ProblemKind, Reported, Stats, Verification,
};
use serde::Deserialize;

/// One audit document, read.
#[derive(Debug, Default)]
pub struct Document {
    /// The keyfence version that wrote it.
    pub version: String,
    /// The rules digest; empty when the document has none.
    pub rules: String,
    /// Each repository's findings (one per key and repository, `provenance.repository`
    /// set), ready for [`keyfence_model::org::group`].
    pub findings: Vec<Finding>,
    pub problems: Vec<Problem>,
    pub repositories: Vec<RepoCoverage>,
    pub stats: Stats,
}

#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("not a keyfence JSON document: {0}")]
    Json(#[from] serde_json::Error),
    #[error("made by {0}, not keyfence")]
    NotKeyfence(String),
    #[error(
        "a report of `keyfence {0}`, not of an audit: merge the JSON documents of `keyfence \
         audit --format json` (one repository or `--repos`)"
    )]
    NotAnAudit(String),
    #[error("an audit that names no repository; write it again with this version of keyfence")]
    NoRepository,
    #[error("unknown problem kind `{0}`")]
    ProblemKind(String),
}

#[derive(Deserialize)]
struct InDoc {
    tool: String,
    version: String,
    #[serde(default)]
    command: String,
    #[serde(default)]
    rules: String,
    findings: Vec<InFinding>,
    #[serde(default)]
    summary: Stats,
    #[serde(default)]
    problems: Vec<InProblem>,
    #[serde(default)]
    repositories: Vec<RepoCoverage>,
}

#[derive(Deserialize)]
struct InProblem {
    kind: String,
    path: String,
    message: String,
    #[serde(default)]
    repository: Option<String>,
}

#[derive(Deserialize)]
struct InFinding {
    rule: String,
    path: Option<String>,
    line: u64,
    column: u64,
    #[serde(default)]
    end_column: u64,
    #[serde(default)]
    secret: Option<String>,
    #[serde(default)]
    redacted: bool,
    fingerprint: String,
    #[serde(default)]
    secret_id: Option<String>,
    #[serde(default)]
    variable: Option<String>,
    #[serde(default)]
    endpoint: Option<String>,
    exposure: Exposure,
    exposure_reason: String,
    #[serde(default)]
    fix: Option<String>,
    confidence: Confidence,
    #[serde(default)]
    context: Vec<String>,
    #[serde(default)]
    commit: Option<String>,
    #[serde(default)]
    author: Option<String>,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    commits: Option<usize>,
    #[serde(default)]
    paths: Option<usize>,
    #[serde(default)]
    last_commit: Option<String>,
    #[serde(default)]
    last_date: Option<String>,
    #[serde(default)]
    places: Vec<Place>,
    #[serde(default)]
    places_total: Option<usize>,
    #[serde(default)]
    presence: Option<Presence>,
    #[serde(default)]
    suppressed: Option<String>,
    #[serde(default)]
    encoding: Option<String>,
    #[serde(default)]
    verification: Option<Verification>,
    #[serde(default)]
    original: Option<OriginalPosition>,
    #[serde(default)]
    repository: Option<String>,
    #[serde(default)]
    repositories: Vec<InFinding>,
}

impl InFinding {
    fn into_finding(self, repo: Option<&str>) -> Finding {
        let history = (self.commits.is_some() || self.commit.is_some()).then(|| History {
            commit: self.commit.clone(),
            author: self.author,
            date: self.date.as_deref().and_then(parse_rfc3339),
            commits: self.commits.unwrap_or(0),
            paths: self.paths.unwrap_or(0),
            last_commit: self.last_commit,
            last_date: self.last_date.as_deref().and_then(parse_rfc3339),
        });
        let target = match (self.variable, self.endpoint) {
            (Some(v), _) => Some(FlowTarget::Variable(v)),
            (None, Some(e)) => Some(FlowTarget::Endpoint(e)),
            (None, None) => None,
        };
        let repository = self.repository.or_else(|| repo.map(str::to_string));
        let shown = self.redacted.then(|| self.secret.clone()).flatten();
        let mut f = Finding {
            rule: self.rule,
            path: self.path,
            line: self.line,
            column: self.column,
            end_column: self.end_column,
            secret: if target.is_some() { None } else { self.secret },
            secret_id: self.secret_id,
            target,
            confidence: self.confidence,
            context: self.context,
            exposure: self.exposure,
            exposure_reason: self.exposure_reason,
            fix: self.fix,
            encoding: self.encoding,
            history,
            presence: self.presence,
            suppressed: self.suppressed,
            places_total: self.places_total.unwrap_or(self.places.len()),
            places: self.places,
            verification: self.verification,
            reported: Some(Reported {
                fingerprint: self.fingerprint,
                shown_secret: shown,
            }),
            ..Finding::default()
        };
        f.provenance.commit = self.commit;
        f.provenance.original = self.original;
        f.provenance.repository.clone_from(&repository);
        for p in &mut f.places {
            if p.repository.is_none() {
                p.repository.clone_from(&repository);
            }
        }
        f.repositories = self
            .repositories
            .into_iter()
            .map(|m| m.into_finding(repository.as_deref()))
            .collect();
        f
    }
}

/// Reads one audit document (`keyfence audit --format json`, with or without
/// `--repos`).
pub fn read_document(text: &str) -> Result<Document, ReadError> {
    let doc: InDoc = serde_json::from_str(text)?;
    if doc.tool != "keyfence" {
        return Err(ReadError::NotKeyfence(doc.tool));
    }
    if doc.command != "audit" {
        return Err(ReadError::NotAnAudit(if doc.command.is_empty() {
            "an unknown command".into()
        } else {
            doc.command
        }));
    }
    // A plain audit names its one repository; its findings have no repository field.
    let single = match doc.repositories.as_slice() {
        [one] => Some(one.name.clone()),
        _ => None,
    };
    let findings: Vec<Finding> = doc
        .findings
        .into_iter()
        .map(|f| f.into_finding(single.as_deref()))
        .collect();
    if findings.iter().any(|f| f.provenance.repository.is_none()) {
        return Err(ReadError::NoRepository);
    }
    let mut problems = Vec::with_capacity(doc.problems.len());
    for p in doc.problems {
        let kind = ProblemKind::from_name(&p.kind).ok_or(ReadError::ProblemKind(p.kind))?;
        let mut problem = Problem::new(kind, p.path, p.message);
        problem.repository = p.repository.or_else(|| single.clone());
        problems.push(problem);
    }
    Ok(Document {
        version: doc.version,
        rules: doc.rules,
        findings,
        problems,
        repositories: doc.repositories,
        stats: doc.summary,
    })
}
