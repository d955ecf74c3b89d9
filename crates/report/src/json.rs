//! JSON (one document with a summary) and JSON Lines (one object per finding).

use std::io::{self, Write};

use keyfence_model::org::RepoCoverage;
use keyfence_model::time::rfc3339;
use keyfence_model::{
    Confidence, Exposure, Finding, FlowTarget, OriginalPosition, Place, Presence, Problem, Report,
    Sink, Stats, Verification,
};
use serde::Serialize;

use crate::{count_client, fingerprint, shown_secret, SinkOptions};

/// A finding as JSON and JSON Lines show it.
#[derive(Serialize)]
pub struct JsonFinding<'a> {
    pub rule: &'a str,
    pub path: Option<&'a str>,
    pub line: u64,
    pub column: u64,
    pub end_column: u64,
    /// Absent for a flow (a finding that puts a key in the client without holding
    /// one).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
    pub redacted: bool,
    pub fingerprint: String,
    /// The same for every finding of one secret, in any file, commit or repository.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret_id: Option<&'a str>,
    /// Flows: the variable, or the endpoint, that puts a key in the client.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub variable: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub endpoint: Option<&'a str>,
    pub exposure: Exposure,
    pub exposure_reason: &'a str,
    /// Flows: how to keep the key out of the client, for the framework at hand.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<&'a str>,
    pub confidence: Confidence,
    pub context: &'a [String],
    /// Git mode: the commit that introduced the secret.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub commit: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Git mode: commits that carry the same secret, this one included.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub commits: Option<usize>,
    /// Git mode: distinct paths where some commit holds the secret.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paths: Option<usize>,
    /// Git mode: the newest commit that still carries it, when not the first.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_commit: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_date: Option<String>,
    /// Every place the secret lives: on disk, then in history (each with the first
    /// commit that holds it there).
    #[serde(skip_serializing_if = "<[Place]>::is_empty")]
    pub places: &'a [Place],
    /// How many places there are, when `places` lists only the first of them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub places_total: Option<usize>,
    /// Git mode: the secret sits in an object that no ref reaches.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unreachable: Option<bool>,
    /// Audits: `working_tree`, `history_only` or `unreachable_only`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub presence: Option<Presence>,
    /// With --show-suppressed: why the finding is suppressed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suppressed: Option<&'a str>,
    /// Found through an encoding (`base64`, `escape`, `utf-16le`...).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub encoding: Option<&'a str>,
    /// With --verify: what the provider said.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verification: Option<&'a Verification>,
    /// Served code (`keyfence url`): the place in the original source that a source
    /// map gives (for a finding in a map's original source, that place itself).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub original: Option<&'a OriginalPosition>,
    /// Organisation audits: the repository of this finding's place (its name as
    /// listed).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub repository: Option<&'a str>,
    /// Organisation audits: the key's finding in each repository that holds it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub repositories: Vec<JsonFinding<'a>>,
}

impl<'a> JsonFinding<'a> {
    pub fn new(f: &'a Finding, show_secrets: bool) -> JsonFinding<'a> {
        let h = f.history.as_ref();
        let (variable, endpoint) = match &f.target {
            Some(FlowTarget::Variable(v)) => (Some(v.as_str()), None),
            Some(FlowTarget::Endpoint(e)) => (None, Some(e.as_str())),
            None => (None, None),
        };
        JsonFinding {
            rule: &f.rule,
            path: f.path.as_deref(),
            line: f.line,
            column: f.column,
            end_column: f.end_column,
            secret: f.secret.as_ref().map(|_| shown_secret(f, show_secrets)),
            redacted: !show_secrets,
            fingerprint: fingerprint(f),
            secret_id: f.secret_id.as_deref(),
            variable,
            endpoint,
            exposure: f.exposure,
            exposure_reason: &f.exposure_reason,
            fix: f.fix.as_deref(),
            confidence: f.confidence,
            context: &f.context,
            commit: h.and_then(|h| h.commit.as_deref()),
            author: h.and_then(|h| h.author.as_deref()),
            date: h.and_then(|h| h.date).map(rfc3339),
            commits: h.map(|h| h.commits),
            paths: h.map(|h| h.paths),
            last_commit: h.and_then(|h| h.last_commit.as_deref()),
            last_date: h.and_then(|h| h.last_date).map(rfc3339),
            places: &f.places,
            places_total: (f.places_total > f.places.len()).then_some(f.places_total),
            unreachable: h.map(|h| h.commit.is_none()),
            presence: f.presence,
            suppressed: f.suppressed.as_deref(),
            encoding: f.encoding.as_deref(),
            verification: f.verification.as_ref(),
            original: f.provenance.original.as_ref(),
            repository: f.provenance.repository.as_deref(),
            repositories: f
                .repositories
                .iter()
                .map(|m| JsonFinding::new(m, show_secrets))
                .collect(),
        }
    }
}

/// One JSON object per line, one line per finding, nothing else.
pub struct JsonlSink<'w> {
    out: Box<dyn Write + 'w>,
    opts: SinkOptions,
}

impl<'w> JsonlSink<'w> {
    pub fn new(out: Box<dyn Write + 'w>, opts: SinkOptions) -> Self {
        JsonlSink { out, opts }
    }
}

impl Sink for JsonlSink<'_> {
    fn write(&mut self, report: &Report) -> io::Result<()> {
        for f in report.findings {
            serde_json::to_writer(&mut self.out, &JsonFinding::new(f, self.opts.show_secrets))?;
            self.out.write_all(b"\n")?;
        }
        self.out.flush()
    }
}

/// One JSON document: `{"version", "findings": [...], "summary": {...}}`.
pub struct JsonSink<'w> {
    out: Box<dyn Write + 'w>,
    opts: SinkOptions,
}

impl<'w> JsonSink<'w> {
    pub fn new(out: Box<dyn Write + 'w>, opts: SinkOptions) -> Self {
        JsonSink { out, opts }
    }
}

#[derive(Serialize)]
struct JsonReport<'a> {
    tool: &'static str,
    version: &'static str,
    /// The command that made it (`audit`, `scan`...): `keyfence report merge` reads
    /// audits.
    #[serde(skip_serializing_if = "str::is_empty")]
    command: &'a str,
    /// A digest of the rules in force (`keyfence report merge` refuses to mix them).
    #[serde(skip_serializing_if = "str::is_empty")]
    rules: &'a str,
    findings: Vec<JsonFinding<'a>>,
    summary: JsonSummary<'a>,
    /// What could not be read, or was skipped, as the problem table names it.
    problems: Vec<JsonProblem<'a>>,
    /// Audits: each repository audited, with what it covered (one for a plain audit).
    #[serde(skip_serializing_if = "Option::is_none")]
    repositories: Option<&'a [RepoCoverage]>,
}

#[derive(Serialize)]
struct JsonProblem<'a> {
    kind: &'static str,
    level: &'static str,
    partial: bool,
    path: &'a str,
    message: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    repository: Option<&'a str>,
}

impl<'a> JsonProblem<'a> {
    fn new(p: &'a Problem) -> Self {
        JsonProblem {
            kind: p.kind.name(),
            level: if p.is_error() { "error" } else { "warning" },
            partial: p.is_partial(),
            path: &p.path,
            message: &p.message,
            repository: p.repository.as_deref(),
        }
    }
}

#[derive(Serialize)]
struct JsonSummary<'a> {
    /// Keys and flows that count (not suppressed).
    findings: usize,
    /// Of those, keys.
    keys: usize,
    /// Of those, flows: findings with no secret that put a key in the client.
    flows: usize,
    client_side: usize,
    #[serde(flatten)]
    stats: &'a Stats,
}

impl Sink for JsonSink<'_> {
    fn write(&mut self, report: &Report) -> io::Result<()> {
        let findings = report.findings;
        let active: Vec<Finding> = findings
            .iter()
            .filter(|f| f.suppressed.is_none())
            .cloned()
            .collect();
        let counted = crate::keys_and_flows(&active);
        let doc = JsonReport {
            tool: "keyfence",
            version: env!("CARGO_PKG_VERSION"),
            command: &self.opts.meta.command,
            rules: &self.opts.meta.rules_digest,
            findings: findings
                .iter()
                .map(|f| JsonFinding::new(f, self.opts.show_secrets))
                .collect(),
            summary: JsonSummary {
                findings: findings.iter().filter(|f| f.suppressed.is_none()).count(),
                keys: counted.0,
                flows: counted.1,
                client_side: count_client(findings),
                stats: report.stats,
            },
            problems: report.problems.iter().map(JsonProblem::new).collect(),
            repositories: (self.opts.meta.command == "audit")
                .then_some(&self.opts.meta.repositories[..]),
        };
        serde_json::to_writer_pretty(&mut self.out, &doc)?;
        self.out.write_all(b"\n")?;
        self.out.flush()
    }
}
