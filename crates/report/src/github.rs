//! GitHub Actions: workflow-command annotations on the leaking lines, and a Markdown
//! job summary.

use std::io::{self, Write};

use keyfence_model::{escape, Exposure, Finding, Report, Sink, Stats};

use crate::{count, other_places, redact, SinkOptions};

/// GitHub Actions: annotations on stdout, then the job summary appended to the step
/// summary file (when there is one).
pub struct GithubSink<'w> {
    out: Box<dyn Write + 'w>,
    opts: SinkOptions,
}

impl<'w> GithubSink<'w> {
    pub fn new(out: Box<dyn Write + 'w>, opts: SinkOptions) -> Self {
        GithubSink { out, opts }
    }
}

impl Sink for GithubSink<'_> {
    fn write(&mut self, report: &Report) -> io::Result<()> {
        let active: Vec<Finding> = report
            .findings
            .iter()
            .filter(|f| f.suppressed.is_none())
            .cloned()
            .collect();
        write_annotations(&mut self.out, &active)?;
        if let Some(path) = &self.opts.step_summary {
            let mut file = std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(path)?;
            let scope = match self.opts.meta.scope.as_str() {
                "" => "the given paths",
                s => s,
            };
            if self.opts.meta.organisation {
                write_org_summary(&mut file, &self.opts.meta, &active)?;
            }
            write_summary(&mut file, scope, &active, report.stats)?;
            let accepted: Vec<&Finding> = report
                .findings
                .iter()
                .filter(|f| f.suppressed.is_some())
                .collect();
            write_accepted(&mut file, &accepted, report.stats)?;
        }
        Ok(())
    }
}

/// GitHub shows at most 10 error annotations per step; the rest are summarised.
pub const MAX_ANNOTATIONS: usize = 10;

/// Escapes a workflow command's message: control characters shown, never obeyed by
/// the log viewer, then the Actions toolkit's escapes ([`escape::github`]).
pub fn escape_data(s: &str) -> String {
    escape::github(s)
}

/// Escapes a workflow command's property value (`file=…`, `title=…`).
pub fn escape_property(s: &str) -> String {
    escape::github_property(s)
}

fn what(f: &Finding) -> &'static str {
    if f.secret.is_none() {
        return "Z.ai key flow";
    }
    match f.rule.as_str() {
        "zai-api-key" => "Z.ai API key",
        "zai-sdk-token" => "Z.ai SDK token",
        _ => "Z.ai credential",
    }
}

/// The annotation's text for a key.
fn key_message(f: &Finding) -> String {
    let mut message = format!(
        "{} {} ({} confidence; exposure {}: {}).",
        what(f),
        redact(f),
        f.confidence.as_str(),
        f.exposure.as_str(),
        f.exposure_reason
    );
    if let Some(v) = &f.verification {
        message.push_str(&format!(" Verification: {}.", crate::verification_text(v)));
    }
    introduced_and_elsewhere(f, &mut message, "key");
    message.push_str(
        " Rotate it on the Z.ai API keys page first, then remove it and read it on a server; \
         never put it in client-side code (Z.ai terms, Section II).",
    );
    message
}

/// The annotation's text for a flow: what it found, why it ships, the fix.
fn flow_message(f: &Finding, target: &str) -> String {
    let mut message = format!(
        "{target} puts a Z.ai key in the client ({} confidence): {}.",
        f.confidence.as_str(),
        f.exposure_reason
    );
    introduced_and_elsewhere(f, &mut message, "flow");
    if let Some(fix) = &f.fix {
        message.push_str(&format!(" Fix: {fix}."));
    }
    message
}

/// The commit that introduced it, and how many other places hold it.
fn introduced_and_elsewhere(f: &Finding, message: &mut String, what: &str) {
    if let Some(c) = f.history.as_ref().and_then(|h| h.commit.as_deref()) {
        message.push_str(&format!(" Introduced in commit {}.", &c[..c.len().min(12)]));
    }
    let (others, more) = other_places(f);
    let others = others.count() + more;
    if others > 0 {
        message.push_str(&format!(
            " The same {what} is at {} too (see the job summary).",
            count(others as u64, "other place", "other places")
        ));
    }
}

/// A place to annotate: path, line, column, end column (0: unknown) and repository.
type Spot<'a> = (Option<&'a str>, u64, u64, u64, Option<&'a str>);

/// `::error` commands for the first findings, one on each place of a finding that has
/// a file (so every file to fix is marked), then a warning that counts the rest.
pub fn write_annotations(out: &mut dyn Write, findings: &[Finding]) -> io::Result<()> {
    let mut written = 0;
    let mut left = 0;
    for f in findings {
        let title = match (f.exposure, f.secret.is_some()) {
            (_, false) => "Z.ai key shipped to the client".to_string(),
            (Exposure::Client, _) => format!("{} exposed client-side", what(f)),
            _ => format!("{} committed", what(f)),
        };
        let message = match crate::flow_target(f) {
            Some(target) => flow_message(f, &target),
            None => key_message(f),
        };
        // The finding's own place, then its other places on disk (a line to mark).
        let mut spots: Vec<Spot> = vec![(
            f.path.as_deref(),
            f.line,
            f.column,
            f.end_column,
            f.provenance.repository.as_deref(),
        )];
        let (rest, _) = other_places(f);
        spots.extend(
            rest.filter(|p| p.path.is_some() && p.commit.is_none())
                .map(|p| {
                    (
                        p.path.as_deref(),
                        p.line,
                        p.column,
                        0,
                        p.repository.as_deref(),
                    )
                }),
        );
        for (path, line, col, end, repo) in spots {
            if written == MAX_ANNOTATIONS {
                left += 1;
                continue;
            }
            written += 1;
            let mut props = Vec::new();
            let mut text = message.clone();
            match path {
                // Organisation reports: the file is in another repository.
                Some(p) if repo.is_some() => {
                    let repo = repo.unwrap_or_default();
                    text.insert_str(0, &format!("In {repo} at {p}:{line}:{col}: "));
                }
                // Served code (`keyfence url`): a URL is no file of the repository.
                Some(p) if crate::is_url(p) => {
                    text.insert_str(0, &format!("At {p}:{line}:{col}: "));
                }
                Some(p) => {
                    props.push(format!("file={}", escape_property(p)));
                    props.push(format!("line={line}"));
                    props.push(format!("endLine={line}"));
                    props.push(format!("col={col}"));
                    if end > 0 {
                        props.push(format!("endColumn={end}"));
                    }
                }
                None => text.insert_str(0, "In a commit message: "),
            }
            props.push(format!("title={}", escape_property(&title)));
            writeln!(out, "::error {}::{}", props.join(","), escape_data(&text))?;
        }
    }
    if left > 0 {
        writeln!(
            out,
            "::warning title=keyfence::{}",
            escape_data(&format!(
                "{left} more places are not annotated (GitHub shows {MAX_ANNOTATIONS} a step); the \
                 job summary and the SARIF file list them all."
            ))
        )?;
    }
    out.flush()
}

/// What the run accepted or hid, after the summary: each suppressed finding that the
/// report carries (place, why, commit), and the counts of the rest, so that nothing a
/// suppression or a filter took out of the result vanishes without a word.
fn write_accepted(out: &mut dyn Write, accepted: &[&Finding], stats: &Stats) -> io::Result<()> {
    let listed = accepted.len() as u64;
    if stats.suppressed == 0 && stats.filtered == 0 && stats.excluded == 0 && listed == 0 {
        return Ok(());
    }
    writeln!(
        out,
        "### Accepted or hidden, not counted
"
    )?;
    if stats.suppressed.max(listed) > 0 {
        writeln!(
            out,
            "{} suppressed (an inline `keyfence:allow`, the ignore file or the baseline){}.\n",
            count(stats.suppressed.max(listed), "finding", "findings"),
            if listed > 0 { ":" } else { "" }
        )?;
    }
    if listed > 0 {
        writeln!(out, "| where | why | commit |\n|---|---|---|")?;
        for f in accepted.iter().take(100) {
            let at = match &f.path {
                Some(p) => format!("{p}:{}", f.line),
                None => "commit message".to_string(),
            };
            let commit = crate::short_commit(f).unwrap_or_default();
            writeln!(
                out,
                "| {} | {} | {} |",
                escape::markdown_code(&at),
                escape::markdown_code(f.suppressed.as_deref().unwrap_or("")),
                escape::markdown_code(commit)
            )?;
        }
        if accepted.len() > 100 {
            writeln!(out, "\nand {} more.", accepted.len() - 100)?;
        }
        writeln!(out)?;
    }
    if stats.filtered > 0 {
        writeln!(
            out,
            "{} hidden by filters (`min_confidence`, `exposure`).\n",
            count(stats.filtered, "finding", "findings")
        )?;
    }
    if stats.excluded > 0 {
        writeln!(
            out,
            "{} left out by exclude globs (not scanned).\n",
            count(stats.excluded, "file or folder", "files and folders")
        )?;
    }
    out.flush()
}

/// The job summary: what was scanned, what was found, what to do. `scope` is
/// Markdown: any name from outside in it is already a code span.
pub fn write_summary(
    out: &mut dyn Write,
    scope: &str,
    findings: &[Finding],
    stats: &Stats,
) -> io::Result<()> {
    let n = findings.len();
    let (keys, flows) = crate::keys_and_flows(findings);
    let client = findings
        .iter()
        .filter(|f| f.exposure == Exposure::Client && f.secret.is_some())
        .count();
    if n == 0 {
        writeln!(out, "## keyfence: no Z.ai API keys found\n")?;
    } else {
        let mut head = format!(
            "{} found",
            count(keys as u64, "Z.ai API key", "Z.ai API keys")
        );
        if client > 0 {
            head.push_str(&format!(", {client} exposed client-side"));
        }
        if flows > 0 {
            head.push_str(&format!(
                "; {} that ship a key to the client",
                count(flows as u64, "flow", "flows")
            ));
        }
        writeln!(out, "## keyfence: {head}\n")?;
        if let Some(line) = crate::live_headline(findings) {
            writeln!(out, "**{line}**\n")?;
        }
    }
    writeln!(
        out,
        "Scanned {scope}: {}, {} bytes, in {:.2} s{}.\n",
        count(stats.files, "file or blob", "files and blobs"),
        stats.bytes,
        stats.duration_ms as f64 / 1000.0,
        if stats.errors > 0 {
            format!("; **{} could not be read**", stats.errors)
        } else {
            String::new()
        }
    )?;
    if n == 0 {
        return out.flush();
    }
    let (with_keys, flow_rows): (Vec<&Finding>, Vec<&Finding>) =
        findings.iter().partition(|f| f.secret.is_some());
    if !with_keys.is_empty() {
        table(out, "key", &with_keys)?;
    }
    if !flow_rows.is_empty() {
        writeln!(out, "### Keys that will ship without being in the code\n")?;
        table(out, "flow", &flow_rows)?;
    }
    if keys > 0 {
        writeln!(out, "**What to do**\n")?;
        writeln!(
            out,
            "1. Rotate each key on the Z.ai API keys page first: once pushed, a key is exposed \
             to everyone who can read the repository, and its owner pays for its use (Z.ai terms \
             of use, Section II)."
        )?;
        writeln!(
            out,
            "2. Remove it from the code; call Z.ai from a server that reads the key from the \
             environment or a secret store, never from browser or app code."
        )?;
        writeln!(
            out,
            "3. If the commits are not merged yet, rewrite them (`git rebase -i`) so the key never \
             lands; if the repository is public, rewrite its history after rotating."
        )?;
    }
    if flows > 0 {
        writeln!(
            out,
            "{}Each flow puts a Z.ai key into what every user downloads, though no key is in \
             the code: apply its fix (call Z.ai from a server route that holds the key) and rotate \
             any key a deployed build has already shipped.",
            if keys > 0 { "\n" } else { "**What to do**\n\n" }
        )?;
    }
    out.flush()
}

/// Organisation reports: the headline over every repository and a table of the
/// repositories with findings or problems (every name a code span).
pub fn write_org_summary(
    out: &mut dyn Write,
    meta: &crate::ReportMeta,
    findings: &[Finding],
) -> io::Result<()> {
    writeln!(
        out,
        "## keyfence organisation audit\n\n{}\n",
        crate::org::headline(meta, findings).text()
    )?;
    let rows = crate::org::sorted_rows(meta, findings);
    let shown: Vec<_> = rows.iter().filter(|r| r.notable()).collect();
    if !shown.is_empty() {
        writeln!(
            out,
            "| repository | keys | client-side | in the working tree | flows | coverage |"
        )?;
        writeln!(out, "|---|---|---|---|---|---|")?;
        for r in &shown {
            writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} |",
                escape::markdown_code(&r.coverage.name),
                r.keys,
                r.client,
                r.working_tree,
                r.flows,
                escape::markdown_code(&r.coverage_text())
            )?;
        }
        writeln!(out)?;
    }
    if rows.len() > shown.len() {
        writeln!(
            out,
            "{} with nothing found.\n",
            count(
                (rows.len() - shown.len()) as u64,
                "more repository",
                "more repositories"
            )
        )?;
    }
    Ok(())
}

/// One table of findings: `what` names the second column (`key`, `flow`).
fn table(out: &mut dyn Write, what: &str, findings: &[&Finding]) -> io::Result<()> {
    writeln!(out, "| where | {what} | exposure | confidence | commit |")?;
    writeln!(out, "|---|---|---|---|---|")?;
    for f in findings {
        let mut place = match &f.path {
            Some(p) => escape::markdown_code(&format!("{p}:{}:{}", f.line, f.column)),
            None => "commit message".into(),
        };
        if let Some(repo) = &f.provenance.repository {
            place = format!("{} {place}", escape::markdown_code(repo));
        }
        // Every other place, one a line in the cell.
        let (rest, more) = other_places(f);
        for p in rest {
            let mut at = match &p.path {
                Some(path) => escape::markdown_code(&format!("{path}:{}:{}", p.line, p.column)),
                None => "commit message".into(),
            };
            if let Some(repo) = &p.repository {
                at = format!("{} {at}", escape::markdown_code(repo));
            }
            place.push_str("<br>");
            place.push_str(&at);
            if let Some(c) = &p.commit {
                place.push_str(&format!(" in `{}`", &c[..c.len().min(12)]));
            }
        }
        if more > 0 {
            place.push_str(&format!("<br>and {more} more"));
        }
        let commit = f
            .history
            .as_ref()
            .and_then(|h| h.commit.as_deref())
            .map_or(String::new(), |c| format!("`{}`", &c[..c.len().min(12)]));
        let shown = crate::flow_target(f).unwrap_or_else(|| redact(f));
        let verified = f.verification.as_ref().map_or(String::new(), |v| {
            format!(
                "<br>{}",
                escape::markdown_code(&crate::verification_text(v))
            )
        });
        writeln!(
            out,
            "| {place} | {}{verified} | {}: {} | {} | {commit} |",
            escape::markdown_code(&shown),
            f.exposure.as_str(),
            escape::markdown_code(&f.exposure_reason),
            f.confidence.as_str()
        )?;
    }
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_follows_the_actions_toolkit() {
        assert_eq!(escape_data("50% done\r\nnext"), "50%25 done\\r\\nnext");
        assert_eq!(escape_property("a:b,c%d\ne"), "a%3Ab%2Cc%25d\\ne");
        assert_eq!(escape_data("\x1b]0;x\x07"), "\\x1b]0;x\\x07");
    }
}
