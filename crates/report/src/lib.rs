//! keyfence sinks: human, JSON and JSON Lines output; fingerprints and redaction.
//!
//! Every sink redacts secrets unless it was built with `show_secrets`.

mod github;
mod hook;
mod html;
mod sarif;

pub use github::{escape_data, escape_property, write_annotations, write_summary, MAX_ANNOTATIONS};
pub use hook::{write_refusal, Hook};
pub use html::{esc, write_html, ReportMeta};
pub use sarif::{write_sarif, MAX_RESULTS};

use std::fmt::Write as _;
use std::io::{self, Write};

use keyfence_scan::{Confidence, Exposure, Finding, Presence, Sink, Stats};
use serde::Serialize;

/// Output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Human,
    Json,
    Jsonl,
    /// SARIF 2.1.0 (never shows a secret).
    Sarif,
    /// One self-contained HTML page (never shows a secret).
    Html,
    /// GitHub Actions annotations on stdout, and the job summary appended to
    /// `SinkOptions::step_summary` when set.
    Github,
}

/// What every sink needs to know.
#[derive(Clone, Debug, Default)]
pub struct SinkOptions {
    pub show_secrets: bool,
    pub color: bool,
    /// The rules in force (SARIF lists them).
    pub rules: Vec<keyfence_rules::Rule>,
    /// Where the GitHub format appends its job summary (`$GITHUB_STEP_SUMMARY`).
    pub step_summary: Option<std::path::PathBuf>,
    /// What the HTML report says about the run.
    pub meta: ReportMeta,
}

/// A finding's fingerprint: stable across runs, machines and edits around the key
/// (it does not depend on line or column), distinct for the same key in two files.
/// `kf1-` and 24 hex digits of SHA-256 over the rule, the path and the secret.
pub fn fingerprint(f: &Finding) -> String {
    f.fingerprint()
}

/// The redacted form of a secret: its first four characters, then `*` for every
/// further letter or digit (punctuation kept, so a key keeps its `id.secret` shape).
/// Secrets longer than 64 characters are cut to their first four and a length. Where
/// the credential carries a key id that its text does not start with (an SDK token),
/// the id's first four characters follow, so the key can be recognised.
pub fn redact(f: &Finding) -> String {
    let s = &f.secret;
    let mut out = String::new();
    if s.chars().count() <= 64 {
        for (i, c) in s.chars().enumerate() {
            out.push(if i < 4 || !c.is_ascii_alphanumeric() {
                c
            } else {
                '*'
            });
        }
    } else {
        out.extend(s.chars().take(4));
        let _ = write!(out, "********[{} chars]", s.chars().count());
    }
    if let Some(id) = &f.key_id {
        if !s.starts_with(id.as_str()) {
            let head: String = id.chars().take(4).collect();
            let _ = write!(out, " (api_key {head}****)");
        }
    }
    out
}

/// The secret as a sink shows it.
pub fn shown_secret(f: &Finding, show_secrets: bool) -> String {
    if show_secrets {
        f.secret.clone()
    } else {
        redact(f)
    }
}

/// A finding as JSON and JSON Lines show it.
#[derive(Serialize)]
pub struct JsonFinding<'a> {
    pub rule: &'a str,
    pub path: Option<&'a str>,
    pub line: u64,
    pub column: u64,
    pub end_column: u64,
    pub secret: String,
    pub redacted: bool,
    pub fingerprint: String,
    pub exposure: Exposure,
    pub exposure_reason: &'a str,
    pub confidence: Confidence,
    pub context: &'a [String],
    /// Git mode: the commit that introduced the secret.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub commit: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<&'a str>,
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
    pub last_date: Option<&'a str>,
    /// Git mode: the paths in history that held it (at most 100).
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    pub history_paths: &'a [String],
    /// Audits: every place on disk that holds it.
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    pub places: &'a [String],
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
}

impl<'a> JsonFinding<'a> {
    pub fn new(f: &'a Finding, show_secrets: bool) -> JsonFinding<'a> {
        JsonFinding {
            rule: &f.rule,
            path: f.path.as_deref(),
            line: f.line,
            column: f.column,
            end_column: f.end_column,
            secret: shown_secret(f, show_secrets),
            redacted: !show_secrets,
            fingerprint: fingerprint(f),
            exposure: f.exposure,
            exposure_reason: &f.exposure_reason,
            confidence: f.confidence,
            context: &f.context,
            commit: f.history.as_ref().and_then(|h| h.commit.as_deref()),
            author: f.history.as_ref().and_then(|h| h.author.as_deref()),
            date: f.history.as_ref().and_then(|h| h.date.as_deref()),
            commits: f.history.as_ref().map(|h| h.commits),
            paths: f.history.as_ref().map(|h| h.paths),
            last_commit: f.history.as_ref().and_then(|h| h.last_commit.as_deref()),
            last_date: f.history.as_ref().and_then(|h| h.last_date.as_deref()),
            history_paths: f.history.as_ref().map_or(&[][..], |h| &h.places[..]),
            places: &f.places,
            unreachable: f.history.as_ref().map(|h| h.commit.is_none()),
            presence: f.presence,
            suppressed: f.suppressed.as_deref(),
            encoding: f.encoding.as_deref(),
        }
    }
}

/// How far a secret spread in history, for people: empty when one commit holds it.
fn carried_by(commits: usize, paths: usize) -> String {
    let plural = |n: usize, one: &str, many: &str| {
        if n == 1 {
            format!("{n} {one}")
        } else {
            format!("{n} {many}")
        }
    };
    if commits <= 1 && paths <= 1 {
        return String::new();
    }
    format!(
        "; {} carry it, at {}",
        plural(commits, "commit", "commits"),
        plural(paths, "path", "paths")
    )
}

/// Builds the sink for `format`, writing to `out`.
pub fn sink<'w>(format: Format, opts: SinkOptions, out: Box<dyn Write + 'w>) -> Box<dyn Sink + 'w> {
    match format {
        Format::Human => Box::new(HumanSink { out, opts }),
        Format::Json => Box::new(JsonSink { out, opts }),
        Format::Jsonl => Box::new(JsonlSink { out, opts }),
        Format::Sarif => Box::new(SarifSink { out, opts }),
        Format::Html => Box::new(HtmlSink { out, opts }),
        Format::Github => Box::new(GithubSink { out, opts }),
    }
}

/// HTML: the whole page once every finding is known.
pub struct HtmlSink<'w> {
    out: Box<dyn Write + 'w>,
    opts: SinkOptions,
}

impl Sink for HtmlSink<'_> {
    fn finding(&mut self, _f: &Finding) -> io::Result<()> {
        Ok(())
    }

    fn finish(&mut self, stats: &Stats, findings: &[Finding]) -> io::Result<()> {
        write_html(
            &mut self.out,
            findings,
            stats,
            &self.opts.rules,
            &self.opts.meta,
        )
    }
}

/// SARIF: the whole document once every finding is known.
pub struct SarifSink<'w> {
    out: Box<dyn Write + 'w>,
    opts: SinkOptions,
}

impl Sink for SarifSink<'_> {
    fn finding(&mut self, _f: &Finding) -> io::Result<()> {
        Ok(())
    }

    fn finish(&mut self, _stats: &Stats, findings: &[Finding]) -> io::Result<()> {
        write_sarif(&mut self.out, findings, &self.opts.rules).map(|_| ())
    }
}

/// GitHub Actions: annotations, then the job summary.
pub struct GithubSink<'w> {
    out: Box<dyn Write + 'w>,
    opts: SinkOptions,
}

impl Sink for GithubSink<'_> {
    fn finding(&mut self, _f: &Finding) -> io::Result<()> {
        Ok(())
    }

    fn finish(&mut self, stats: &Stats, findings: &[Finding]) -> io::Result<()> {
        write_annotations(&mut self.out, findings)?;
        if let Some(path) = &self.opts.step_summary {
            let mut file = std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(path)?;
            write_summary(&mut file, "the given paths", findings, stats)?;
        }
        Ok(())
    }
}

/// One JSON object per line, one line per finding, nothing else.
pub struct JsonlSink<'w> {
    out: Box<dyn Write + 'w>,
    opts: SinkOptions,
}

impl Sink for JsonlSink<'_> {
    fn finding(&mut self, f: &Finding) -> io::Result<()> {
        serde_json::to_writer(&mut self.out, &JsonFinding::new(f, self.opts.show_secrets))?;
        self.out.write_all(b"\n")
    }

    fn finish(&mut self, _stats: &Stats, _findings: &[Finding]) -> io::Result<()> {
        self.out.flush()
    }
}

/// One JSON document: `{"version", "findings": [...], "summary": {...}}`.
pub struct JsonSink<'w> {
    out: Box<dyn Write + 'w>,
    opts: SinkOptions,
}

#[derive(Serialize)]
struct JsonReport<'a> {
    tool: &'static str,
    version: &'static str,
    findings: Vec<JsonFinding<'a>>,
    summary: JsonSummary<'a>,
}

#[derive(Serialize)]
struct JsonSummary<'a> {
    findings: usize,
    client_side: usize,
    #[serde(flatten)]
    stats: &'a Stats,
}

impl Sink for JsonSink<'_> {
    fn finding(&mut self, _f: &Finding) -> io::Result<()> {
        Ok(())
    }

    fn finish(&mut self, stats: &Stats, findings: &[Finding]) -> io::Result<()> {
        let report = JsonReport {
            tool: "keyfence",
            version: env!("CARGO_PKG_VERSION"),
            findings: findings
                .iter()
                .map(|f| JsonFinding::new(f, self.opts.show_secrets))
                .collect(),
            summary: JsonSummary {
                findings: findings.iter().filter(|f| f.suppressed.is_none()).count(),
                client_side: count_client(findings),
                stats,
            },
        };
        serde_json::to_writer_pretty(&mut self.out, &report)?;
        self.out.write_all(b"\n")?;
        self.out.flush()
    }
}

fn count_client(findings: &[Finding]) -> usize {
    findings
        .iter()
        .filter(|f| f.exposure == Exposure::Client)
        .count()
}

/// Readable at a glance: one block per finding, then a summary.
pub struct HumanSink<'w> {
    out: Box<dyn Write + 'w>,
    opts: SinkOptions,
}

impl HumanSink<'_> {
    fn paint(&self, code: &str, text: &str) -> String {
        if self.opts.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
}

impl Sink for HumanSink<'_> {
    fn finding(&mut self, f: &Finding) -> io::Result<()> {
        let where_ = match (&f.path, &f.history) {
            (Some(p), _) => p.as_str(),
            (None, Some(h)) if h.commit.is_some() => "<commit message>",
            (None, Some(_)) => "<unreachable blob>",
            (None, None) => "<no path>",
        };
        let place = format!("{where_}:{}:{}", f.line, f.column);
        let confidence = match f.confidence {
            Confidence::High => self.paint("1;31", "high"),
            Confidence::Medium => self.paint("33", "medium"),
            Confidence::Low => self.paint("2", "low"),
        };
        let exposure = match f.exposure {
            Exposure::Client => self.paint("1;31", "client"),
            other => other.as_str().to_string(),
        };
        let mut evidence = String::new();
        if !f.context.is_empty() {
            let _ = write!(evidence, " (near {})", f.context.join(", "));
        }
        writeln!(
            self.out,
            "{}  {}  {}",
            self.paint("35", &place),
            self.paint("1", &f.rule),
            shown_secret(f, self.opts.show_secrets)
        )?;
        writeln!(
            self.out,
            "    confidence {confidence}{evidence}; exposure {exposure}: {}",
            f.exposure_reason
        )?;
        if f.exposure == Exposure::Client {
            writeln!(
                self.out,
                "    fix: rotate the key; move the Z.ai call behind a server-side endpoint that \
                 holds it; never give a key a public prefix (NEXT_PUBLIC_, VITE_, ...)"
            )?;
        }
        if let Some(p) = f.presence {
            writeln!(self.out, "    {}", p.describe())?;
        }
        if let Some(h) = &f.history {
            match &h.commit {
                Some(c) => writeln!(
                    self.out,
                    "    introduced in {} by {} on {}{}",
                    &c[..c.len().min(12)],
                    h.author.as_deref().unwrap_or("?"),
                    h.date.as_deref().unwrap_or("?"),
                    carried_by(h.commits, h.paths)
                )?,
                None => writeln!(self.out, "    in an object that no ref reaches")?,
            }
        }
        if let Some(why) = &f.suppressed {
            writeln!(self.out, "    suppressed: {why}")?;
        }
        writeln!(self.out, "    fingerprint {}", fingerprint(f))
    }

    fn finish(&mut self, stats: &Stats, findings: &[Finding]) -> io::Result<()> {
        if findings.iter().any(|f| f.suppressed.is_some()) {
            let active: Vec<Finding> = findings
                .iter()
                .filter(|f| f.suppressed.is_none())
                .cloned()
                .collect();
            if !findings.is_empty() {
                writeln!(self.out)?;
            }
            return self.summary(stats, &active);
        }
        if !findings.is_empty() {
            writeln!(self.out)?;
        }
        self.summary(stats, findings)
    }
}

impl HumanSink<'_> {
    /// The summary line (or, for audits, the audit summary) of the findings that count.
    fn summary(&mut self, stats: &Stats, findings: &[Finding]) -> io::Result<()> {
        let n = findings.len();
        if findings.iter().any(|f| f.presence.is_some()) {
            return self.finish_audit(stats, findings);
        }
        let client = count_client(findings);
        let mut line = match n {
            0 => "no Z.ai keys found".to_string(),
            1 => "1 finding".to_string(),
            n => format!("{n} findings"),
        };
        if client > 0 {
            let _ = write!(line, " ({client} client-side)");
        }
        let _ = write!(
            line,
            " in {} files ({}) in {:.2} s",
            stats.files,
            human_bytes(stats.bytes),
            stats.duration_ms as f64 / 1000.0
        );
        if stats.skipped > 0 {
            let _ = write!(line, "; {} skipped", stats.skipped);
        }
        if stats.errors > 0 {
            let _ = write!(line, "; {} could not be read", stats.errors);
        }
        if stats.suppressed > 0 {
            let _ = write!(
                line,
                "; {} suppressed (--show-suppressed lists them)",
                stats.suppressed
            );
        }
        writeln!(self.out, "{line}")?;
        if n > 0 {
            writeln!(
                self.out,
                "Rotate each key on the Z.ai API keys page first, then remove it from the code. \
                 The Z.ai terms (Section II) say never to disclose a key or put one in client-side \
                 code; the owner pays for its abuse."
            )?;
        }
        self.out.flush()
    }
}

impl HumanSink<'_> {
    /// The audit summary: counts a person can act on, then what to do, in order.
    fn finish_audit(&mut self, stats: &Stats, findings: &[Finding]) -> io::Result<()> {
        let count = |p: Presence| findings.iter().filter(|f| f.presence == Some(p)).count();
        let (tree, history, unreachable) = (
            count(Presence::WorkingTree),
            count(Presence::HistoryOnly),
            count(Presence::UnreachableOnly),
        );
        let client = count_client(findings);
        writeln!(
            self.out,
            "{} distinct secrets: {tree} still in the working tree, {history} only in history, \
             {unreachable} only in unreachable objects; {client} exposed client-side",
            findings.len()
        )?;
        writeln!(
            self.out,
            "scanned {} files and blobs ({}) in {:.2} s{}",
            stats.files,
            human_bytes(stats.bytes),
            stats.duration_ms as f64 / 1000.0,
            if stats.errors > 0 {
                format!("; {} could not be read", stats.errors)
            } else {
                String::new()
            }
        )?;
        writeln!(self.out, "What to do, in this order:")?;
        writeln!(
            self.out,
            "  1. Rotate every key above on the Z.ai API keys page: a key that was ever \
             committed or shipped is exposed (terms of use, Section II)."
        )?;
        if tree > 0 {
            writeln!(
                self.out,
                "  2. Remove the keys still in the working tree; call Z.ai from a server, never \
                 from browser or app code."
            )?;
        }
        if history + unreachable > 0 || tree > 0 {
            writeln!(
                self.out,
                "  {}. If the repository is public or shared, rewrite its history (git filter-repo) \
                 after rotating; removing a key from today's files leaves it in every clone.",
                if tree > 0 { 3 } else { 2 }
            )?;
        }
        self.out.flush()
    }
}

fn human_bytes(n: u64) -> String {
    const UNITS: &[&str] = &["B", "KiB", "MiB", "GiB", "TiB"];
    let mut v = n as f64;
    let mut unit = 0;
    while v >= 1024.0 && unit + 1 < UNITS.len() {
        v /= 1024.0;
        unit += 1;
    }
    if unit == 0 {
        format!("{n} B")
    } else {
        format!("{v:.1} {}", UNITS[unit])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(secret: &str, key_id: Option<&str>) -> Finding {
        Finding {
            rule: "zai-api-key".into(),
            path: Some("a/b.js".into()),
            line: 3,
            column: 7,
            end_column: 7 + secret.len() as u64,
            offset: 42,
            secret: secret.into(),
            key_id: key_id.map(str::to_string),
            confidence: Confidence::High,
            context: vec![],
            exposure: Exposure::Unknown,
            exposure_reason: "r".into(),
            history: None,
            presence: None,
            suppressed: None,
            places: vec![],
            encoding: None,
        }
    }

    #[test]
    fn redaction_keeps_four_characters_and_the_shape() {
        let id = "3f9a1c07be24d5e86a0f7c3b91d2e4a5";
        let secret = format!("{id}.{}", "Xk4QzP9mW2rT7vBn");
        let r = redact(&finding(&secret, Some(id)));
        assert_eq!(r, format!("3f9a{}.{}", "*".repeat(28), "*".repeat(16)));
        assert!(!r.contains("Xk4Q"));
    }

    #[test]
    fn long_secrets_are_cut_and_name_their_key_id() {
        let token = format!("eyJ{}", "a".repeat(200));
        let r = redact(&finding(&token, Some("3f9a1c07be24d5e86a0f7c3b91d2e4a5")));
        assert_eq!(r, "eyJa********[203 chars] (api_key 3f9a****)");
    }

    #[test]
    fn fingerprints_ignore_position_but_not_path() {
        let a = finding("s3cr3tvalue", None);
        let mut moved = a.clone();
        moved.line = 99;
        moved.column = 1;
        assert_eq!(fingerprint(&a), fingerprint(&moved));
        let mut elsewhere = a.clone();
        elsewhere.path = Some("other.js".into());
        assert_ne!(fingerprint(&a), fingerprint(&elsewhere));
        assert!(fingerprint(&a).starts_with("kf1-") && fingerprint(&a).len() == 28);
    }

    #[test]
    fn byte_counts_read_well() {
        assert_eq!(human_bytes(12), "12 B");
        assert_eq!(human_bytes(2048), "2.0 KiB");
        assert_eq!(human_bytes(5 << 20), "5.0 MiB");
    }
}
