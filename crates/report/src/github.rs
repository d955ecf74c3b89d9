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
            // The step's summary so far (an earlier command's) counts toward the limit.
            let before = file.metadata().map_or(0, |m| m.len());
            let scope = match self.opts.meta.scope.as_str() {
                "" => "the given paths",
                s => s,
            };
            let mut out = Summary::new(SUMMARY_LIMIT.saturating_sub(before));
            if self.opts.meta.organisation {
                write_org_summary(&mut out, &self.opts.meta, &active)?;
            }
            write_summary(&mut out, scope, &active, report.stats)?;
            let accepted: Vec<&Finding> = report
                .findings
                .iter()
                .filter(|f| f.suppressed.is_some())
                .collect();
            write_accepted(&mut out, &accepted, report.stats)?;
            file.write_all(&out.text)?;
        }
        Ok(())
    }
}

/// GitHub drops a step's job summary over 1 MiB whole (and shows nothing of it).
pub const SUMMARY_LIMIT: u64 = 1024 * 1024;

/// Room kept under the limit for what follows the tables: the lines that say what was
/// left out, what to do, and what was accepted or hidden.
const SUMMARY_TAIL: u64 = 16 * 1024;

/// Places listed in one table cell; the rest are counted (`and 12 more`).
const PLACES_PER_CELL: usize = 20;

/// The job summary as it is built: Markdown within the room the step has left. Rows
/// of its tables are written while they fit ([`Summary::row`]); the rest are counted,
/// and said, so the summary stays under [`SUMMARY_LIMIT`] whatever the findings.
pub struct Summary {
    text: Vec<u8>,
    /// Bytes the tables may fill up to.
    rows_limit: u64,
}

impl Summary {
    /// A summary that may take `room` bytes.
    pub fn new(room: u64) -> Summary {
        Summary {
            text: Vec::new(),
            rows_limit: room.saturating_sub(SUMMARY_TAIL),
        }
    }

    /// The Markdown so far.
    pub fn text(&self) -> &[u8] {
        &self.text
    }

    /// Writes `row` (one line) if it fits; says whether it did.
    fn row(&mut self, row: &str) -> bool {
        if self.text.len() as u64 + row.len() as u64 + 1 > self.rows_limit {
            return false;
        }
        self.text.extend_from_slice(row.as_bytes());
        self.text.push(b'\n');
        true
    }

    /// After a table: how many rows of it did not fit.
    fn left_out(&mut self, n: usize, what: (&str, &str)) -> io::Result<()> {
        if n > 0 {
            writeln!(
                self,
                "**{} not listed here**: GitHub drops a job summary over 1 MiB, so this one \
                 stops short of it; the SARIF file and `--format json` list them all.\n",
                count(n as u64, what.0, what.1)
            )?;
        }
        Ok(())
    }
}

impl Write for Summary {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.text.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
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
fn write_accepted(out: &mut Summary, accepted: &[&Finding], stats: &Stats) -> io::Result<()> {
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
        let mut shown = 0;
        for f in accepted.iter().take(100) {
            let at = match &f.path {
                Some(p) => format!("{p}:{}", f.line),
                None => "commit message".to_string(),
            };
            let commit = crate::short_commit(f).unwrap_or_default();
            let row = format!(
                "| {} | {} | {} |",
                escape::markdown_code(&at),
                escape::markdown_code(f.suppressed.as_deref().unwrap_or("")),
                escape::markdown_code(commit)
            );
            if !out.row(&row) {
                break;
            }
            shown += 1;
        }
        if accepted.len() > shown {
            writeln!(out, "\nand {} more.", accepted.len() - shown)?;
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
    out: &mut Summary,
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
        let left = table(out, "key", &with_keys)?;
        out.left_out(left, ("key finding is", "key findings are"))?;
    }
    if !flow_rows.is_empty() {
        writeln!(out, "### Keys that will ship without being in the code\n")?;
        let left = table(out, "flow", &flow_rows)?;
        out.left_out(left, ("flow is", "flows are"))?;
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
    out: &mut Summary,
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
        let mut left = 0;
        for r in &shown {
            if left > 0 {
                left += 1;
                continue;
            }
            let row = format!(
                "| {} | {} | {} | {} | {} | {} |",
                escape::markdown_code(&r.coverage.name),
                r.keys,
                r.client,
                r.working_tree,
                r.flows,
                escape::markdown_code(&r.coverage_text())
            );
            if !out.row(&row) {
                left += 1;
            }
        }
        writeln!(out)?;
        out.left_out(left, ("repository is", "repositories are"))?;
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

/// One table of findings: `what` names the second column (`key`, `flow`). Returns
/// how many rows did not fit in the summary.
fn table(out: &mut Summary, what: &str, findings: &[&Finding]) -> io::Result<usize> {
    writeln!(out, "| where | {what} | exposure | confidence | commit |")?;
    writeln!(out, "|---|---|---|---|---|")?;
    for (i, f) in findings.iter().enumerate() {
        let mut place = match &f.path {
            Some(p) => escape::markdown_code(&format!("{p}:{}:{}", f.line, f.column)),
            None => "commit message".into(),
        };
        if let Some(repo) = &f.provenance.repository {
            place = format!("{} {place}", escape::markdown_code(repo));
        }
        // Every other place, one a line in the cell.
        let (mut rest, mut more) = other_places(f);
        for p in rest.by_ref().take(PLACES_PER_CELL) {
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
        more += rest.count();
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
        let row = format!(
            "| {place} | {}{verified} | {}: {} | {} | {commit} |",
            escape::markdown_code(&shown),
            f.exposure.as_str(),
            escape::markdown_code(&f.exposure_reason),
            f.confidence.as_str()
        );
        if !out.row(&row) {
            writeln!(out)?;
            return Ok(findings.len() - i);
        }
    }
    writeln!(out)?;
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_follows_the_actions_toolkit() {
        assert_eq!(escape_data("50% done\r\nnext"), "50%25 done\\r\\nnext");
        assert_eq!(escape_property("a:b,c%d\ne"), "a%3Ab%2Cc%25d\\ne");
        assert_eq!(escape_data("\x1b]0;x\x07"), "\\x1b]0;x\\x07");
        assert_eq!(escape_data("a ##[error]b"), "a ##\\x5berror]b");
    }

    /// A key-shaped secret, made at run time.
    fn finding(i: usize) -> Finding {
        let id = format!("{i:032x}");
        let secret = format!("{id}.{}", "Ab3".repeat(6));
        Finding {
            path: Some(format!("src/module{i}/config.js")),
            line: 3,
            column: 7,
            key_id: Some(id),
            exposure_reason: "a file of the server".into(),
            ..Finding::with_secret("zai-api-key", secret)
        }
    }

    #[test]
    fn a_hundred_thousand_findings_keep_the_summary_under_a_mebibyte() {
        const N: usize = 100_000;
        let findings: Vec<Finding> = (0..N).map(finding).collect();
        let path = std::env::temp_dir().join(format!("keyfence-summary-{}.md", std::process::id()));
        let earlier = format!("# earlier\n\n{}\n", "x".repeat(100_000));
        std::fs::write(&path, &earlier).unwrap();
        let opts = SinkOptions {
            show_secrets: false,
            color: false,
            rules: Vec::new(),
            flows: false,
            step_summary: Some(path.clone()),
            meta: crate::ReportMeta::default(),
        };
        let mut annotations = Vec::new();
        let stats = Stats::default();
        GithubSink::new(Box::new(&mut annotations), opts)
            .write(&Report {
                findings: &findings,
                stats: &stats,
                problems: &[],
            })
            .unwrap();
        let md = std::fs::read_to_string(&path).unwrap();
        let _ = std::fs::remove_file(&path);
        assert!(md.len() < 1024 * 1024, "{} bytes", md.len());
        assert!(md.starts_with(&earlier));
        let rows = md.lines().filter(|l| l.starts_with("| `src/")).count();
        assert!(rows > 1000, "{rows} rows");
        let said = format!("**{} key findings are not listed here**", N - rows);
        assert!(md.contains(&said), "{said}: {}", &md[md.len() - 2000..]);
        assert!(md.contains("**What to do**"));
        // Annotations stay at GitHub's ten and a count of the rest.
        let annotations = String::from_utf8(annotations).unwrap();
        assert_eq!(annotations.lines().count(), MAX_ANNOTATIONS + 1);
    }

    #[test]
    fn a_finding_in_many_places_lists_some_in_its_cell() {
        let mut f = finding(1);
        f.places = (0..1000)
            .map(|i| keyfence_model::Place {
                path: Some(format!("copy{i}.js")),
                line: 1,
                column: 1,
                ..Default::default()
            })
            .collect();
        f.places_total = 5000;
        let mut out = Summary::new(SUMMARY_LIMIT);
        table(&mut out, "key", &[&f]).unwrap();
        let md = String::from_utf8(out.text().to_vec()).unwrap();
        assert_eq!(md.matches("<br>`copy").count(), PLACES_PER_CELL, "{md}");
        assert!(
            md.contains(&format!("<br>and {} more", 5000 - PLACES_PER_CELL)),
            "{md}"
        );
    }
}
