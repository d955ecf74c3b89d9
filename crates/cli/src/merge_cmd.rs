//! `keyfence report merge FILES...`: audit JSON documents (of one repository, of
//! `--repos`, of its shards) as one organisation report, grouped as `audit --repos`
//! groups, so that the merge of a run's shards is that run's report.

use std::io::Write;
use std::path::Path;

use anyhow::{bail, Context, Result};
use keyfence_model::org::{self, RepoCoverage};
use keyfence_model::{Finding, Problem};
use keyfence_report::read::{read_document, Document};

use crate::args::{MergeArgs, PolicyArgs, RuleSource};
use crate::settings::{report_problems, Settings};

pub fn run(mut args: MergeArgs) -> Result<u8> {
    let mut docs = Vec::new();
    for path in &args.files {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        let doc = read_document(&text).with_context(|| format!("{}", path.display()))?;
        docs.push((path.as_path(), doc));
    }
    check_mixed(&docs, args.allow_mixed)?;
    let rules = docs[0].1.rules.clone();
    let settings = Settings::load(
        Path::new("."),
        &PolicyArgs::default(),
        &args.output.filter,
        &RuleSource {
            rule_files: vec![],
            no_builtin_rules: false,
            no_flows: false,
        },
    )?;
    let dest = settings.output(&mut args.output)?;
    let merged = merge(docs);
    report_problems(&merged.problems);
    let findings: Vec<Finding> = org::group(merged.findings)
        .into_iter()
        .filter(|f| settings.project.filter.keeps(f))
        .collect();
    let counted = findings.iter().filter(|f| f.suppressed.is_none()).count();
    let target = format!(
        "{} merged",
        keyfence_model::words::count(args.files.len() as u64, "report", "reports")
    );
    crate::org::write_report(
        dest,
        crate::org::OrgReport {
            target,
            rules_digest: rules,
            coverage: merged.repositories,
            findings: &findings,
            stats: &merged.stats,
            problems: &merged.problems,
        },
        counted,
    )
}

/// Refuses documents of different versions or rules, unless allowed (then warns).
fn check_mixed(docs: &[(&Path, Document)], allow: bool) -> Result<()> {
    for (what, of) in [
        (
            "keyfence versions",
            (|d: &Document| d.version.clone()) as fn(&Document) -> String,
        ),
        ("rules", |d: &Document| {
            if d.rules.is_empty() {
                "(none named)".to_string()
            } else {
                d.rules.clone()
            }
        }),
    ] {
        let first = of(&docs[0].1);
        if let Some((path, other)) = docs.iter().find(|(_, d)| of(d) != first) {
            let text = format!(
                "{} was made with other {what} ({}) than {} ({first})",
                path.display(),
                of(other),
                docs[0].0.display()
            );
            if !allow {
                bail!("{text}: their findings are not comparable; give --allow-mixed to merge them all the same");
            }
            let _ = writeln!(
                crate::console::stderr(),
                "keyfence: warning: {}",
                keyfence_model::escape::terminal(&text)
            );
        }
    }
    Ok(())
}

/// Every document's findings, problems, coverage and totals; a repository that more
/// than one document covers is taken from the first (with a warning).
fn merge(docs: Vec<(&Path, Document)>) -> Document {
    let mut out = Document::default();
    let mut seen = std::collections::HashSet::new();
    for (path, doc) in docs {
        let mut repeated = std::collections::HashSet::new();
        for c in &doc.repositories {
            if !seen.insert(c.name.clone()) {
                repeated.insert(c.name.clone());
                let _ = writeln!(
                    crate::console::stderr(),
                    "keyfence: warning: {} covers {} again: kept from the first report that \
                     covers it",
                    path.display(),
                    keyfence_model::escape::terminal(&c.name)
                );
            }
        }
        let fresh = |r: Option<&String>| r.is_none_or(|r| !repeated.contains(r));
        out.findings.extend(doc.findings.into_iter().flat_map(|f| {
            let parts = if f.repositories.is_empty() {
                vec![f]
            } else {
                f.repositories
            };
            parts
                .into_iter()
                .filter(|m| fresh(m.provenance.repository.as_ref()))
                .collect::<Vec<_>>()
        }));
        out.problems.extend(
            doc.problems
                .into_iter()
                .filter(|p| fresh(p.repository.as_ref())),
        );
        out.repositories.extend(
            doc.repositories
                .into_iter()
                .filter(|c| !repeated.contains(&c.name)),
        );
        out.stats.add(&doc.stats);
    }
    sort_coverage(&mut out.repositories, &mut out.problems);
    out
}

/// The order every organisation report lists repositories and their problems in: by
/// name (problems of one repository in the order they were met).
pub fn sort_coverage(repositories: &mut [RepoCoverage], problems: &mut [Problem]) {
    repositories.sort_by(|a, b| a.name.cmp(&b.name));
    problems.sort_by(|a, b| a.repository.cmp(&b.repository));
}
