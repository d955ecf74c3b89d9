//! keyfence sinks: human, JSON, JSON Lines, SARIF, GitHub annotations and job summary,
//! HTML, and the hook refusal; fingerprints and redaction; the suppression policy
//! (inline markers, the ignore file, baselines).
//!
//! Every sink redacts secrets unless it was built with `show_secrets`, and SARIF,
//! GitHub and HTML never show one. This crate depends on the model and the rules
//! only: printing links no git, archive or threading library.
#![forbid(unsafe_code)]

mod github;
mod hook;
mod html;
mod human;
mod json;
pub mod org;
pub mod policy;
pub mod read;
mod sarif;

pub use github::{
    escape_data, escape_property, write_annotations, write_summary, Summary, MAX_ANNOTATIONS,
    SUMMARY_LIMIT,
};
pub use hook::{override_command, write_refusal, Hook, Runner};
pub use html::{esc, write_html, ReportMeta};
pub use json::JsonFinding;
pub use sarif::{write_sarif, MAX_RESULTS};

use std::fmt::Write as _;
use std::io::Write;

use keyfence_model::escape::terminal;
use keyfence_model::{Exposure, Finding, Place, Sink};

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
    /// Whether flows were looked for (SARIF lists their rules too).
    pub flows: bool,
    /// Where the GitHub format appends its job summary (`$GITHUB_STEP_SUMMARY`).
    pub step_summary: Option<std::path::PathBuf>,
    /// What the HTML report and the job summary say about the run.
    pub meta: ReportMeta,
}

/// What verification found, in words: `LIVE: accepted by open.bigmodel.cn (HTTP
/// 200) at 2026-11-30T12:00:00Z; rotate it first`.
pub fn verification_text(v: &keyfence_model::Verification) -> String {
    use keyfence_model::VerificationStatus as S;
    let head = match v.status {
        S::Live => "LIVE",
        S::Invalid => "invalid",
        S::Expired => "expired",
        S::Unknown => "unknown",
    };
    let mut out = String::from(head);
    let by = v.platform.as_deref().unwrap_or("");
    let what = match v.status {
        S::Live => format!(": accepted by {by}"),
        S::Invalid => format!(": rejected ({by} last)"),
        S::Expired => String::from(": past its expiry"),
        S::Unknown => format!(
            ": no answer to trust{}",
            if by.is_empty() {
                String::new()
            } else {
                format!(" from {by}")
            }
        ),
    };
    out.push_str(&what);
    if let Some(h) = v.http_status {
        out.push_str(&format!(" (HTTP {h})"));
    }
    // A detail that only repeats the status is said once.
    let repeats = |d: &str| {
        v.http_status
            .is_some_and(|h| d.trim() == format!("HTTP {h}"))
    };
    if let Some(d) = v.detail.as_deref().filter(|d| !repeats(d)) {
        out.push_str(&format!("; {d}"));
    }
    out.push_str(&format!(
        ", checked {}",
        keyfence_model::time::rfc3339(v.checked_at)
    ));
    if v.status == S::Live {
        out.push_str("; rotate it first");
    }
    out
}

/// How many findings verification found live.
pub fn count_live(findings: &[Finding]) -> usize {
    findings
        .iter()
        .filter(|f| {
            f.verification
                .as_ref()
                .is_some_and(|v| v.status == keyfence_model::VerificationStatus::Live)
        })
        .count()
}

/// The line that puts live keys first, when any was verified live.
pub fn live_headline(findings: &[Finding]) -> Option<String> {
    live_line(count_live(findings))
}

/// The line for `live` keys verified live, when there are any.
pub fn live_line(live: usize) -> Option<String> {
    (live > 0).then(|| {
        format!(
            "{} still accepted by Z.ai when checked: rotate {} first (listed first).",
            keyfence_model::words::count(live as u64, "key is", "keys are"),
            if live == 1 { "it" } else { "them" }
        )
    })
}

/// Whether a finding's path is a URL (served code, `keyfence url`) rather than a
/// file's path.
pub fn is_url(path: &str) -> bool {
    path.starts_with("http://") || path.starts_with("https://")
}

/// A finding's fingerprint: stable across runs, machines and edits around the key
/// (it does not depend on line or column), distinct for the same key in two files.
pub fn fingerprint(f: &Finding) -> String {
    f.fingerprint()
}

/// The redacted form of a secret: its first four characters, then `*` for every
/// further letter or digit (punctuation kept, so a key keeps its `id.secret` shape).
/// Secrets longer than 64 characters are cut to their first four and a length. Where
/// the credential carries a key id that its text does not start with (an SDK token),
/// the id's first four characters follow, so the key can be recognised.
pub fn redact(f: &Finding) -> String {
    // Read back from a report that redacted it: as that report showed it.
    if let Some(shown) = f.reported.as_ref().and_then(|r| r.shown_secret.as_ref()) {
        return shown.clone();
    }
    let s = f.secret_str();
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

/// The secret as a sink shows it; for a flow, what it found (`variable VITE_ZAI_KEY`,
/// `endpoint https://open.bigmodel.cn/api/paas`), which is no secret.
pub fn shown_secret(f: &Finding, show_secrets: bool) -> String {
    if let Some(what) = flow_target(f) {
        return what;
    }
    if show_secrets && f.reported.as_ref().is_none_or(|r| r.shown_secret.is_none()) {
        f.secret_str().to_string()
    } else {
        redact(f)
    }
}

pub use keyfence_model::words::count;

/// What a flow found, in words: `variable NAME` or `endpoint URL`; `None` for a key.
pub fn flow_target(f: &Finding) -> Option<String> {
    if f.secret.is_some() {
        return None;
    }
    match f.target.as_ref()? {
        keyfence_model::FlowTarget::Variable(v) => Some(format!("variable {v}")),
        keyfence_model::FlowTarget::Endpoint(e) => Some(format!("endpoint {e}")),
    }
}

/// How many findings are flows (no secret), and how many keys.
pub fn keys_and_flows(findings: &[Finding]) -> (usize, usize) {
    let flows = findings.iter().filter(|f| flow_target(f).is_some()).count();
    (findings.len() - flows, flows)
}

/// What to do about a finding, for people: a flow's own fix, or a key's: rotate it
/// first; a committed env file is untracked (`git rm --cached`) and ignored; then
/// where the key belongs, by where it was found (client, server or unknown).
pub fn fix_of(f: &Finding) -> Option<String> {
    if let Some(fix) = &f.fix {
        return Some(fix.clone());
    }
    f.secret.as_ref()?;
    let mut steps = vec!["rotate the key on the Z.ai API keys page".to_string()];
    let env_file = f.path.as_deref().filter(|p| is_env_file(p));
    let still_there = !matches!(
        f.presence,
        Some(keyfence_model::Presence::HistoryOnly | keyfence_model::Presence::UnreachableOnly)
    );
    // A member of an archive, or a blob a ref names (`refs/…:path`), is not a file
    // git tracks.
    let tracked = |p: &&str| !p.contains('!') && !p.starts_with("refs/");
    if let (Some(path), true) = (env_file.filter(tracked), still_there) {
        steps.push(format!(
            "stop tracking the file: `git rm --cached -- {}`, then add it to .gitignore",
            shell_word(path)
        ));
    }
    steps.push(
        match (f.exposure, env_file.is_some()) {
            (Exposure::Client, _) => {
                "move the Z.ai call behind a server-side endpoint that holds the key; never \
                 give a key a public prefix (NEXT_PUBLIC_, VITE_, ...)"
            }
            (Exposure::Server, true) => {
                "give the server the key from its environment or a secret manager at deploy \
                 time, never from a committed file"
            }
            (Exposure::Server, false) => {
                "read the key at run time from the environment or a secret manager \
                 (os.environ, process.env) instead of writing it in the code"
            }
            (Exposure::Unknown, _) => {
                "keep keys out of the repository: read them at run time, on a server, from \
                 the environment or a secret manager"
            }
        }
        .to_string(),
    );
    if !still_there {
        steps.push(
            "if the repository is shared, rewrite its history (git filter-repo) after \
             rotating"
                .to_string(),
        );
    }
    Some(steps.join("; "))
}

/// `word` as one word for a POSIX shell: as it is when it is plain, else in single
/// quotes (a quote inside closed, escaped and reopened).
fn shell_word(word: &str) -> String {
    let plain = !word.is_empty()
        && word
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"._/-+@%=:,".contains(&b));
    if plain {
        word.to_string()
    } else {
        format!("'{}'", word.replace('\'', "'\\''"))
    }
}

/// Whether `path` names an env file (`.env`, `.env.local`, `prod.env`), in a folder
/// or an archive.
fn is_env_file(path: &str) -> bool {
    let name = path.rsplit(['/', '!']).next().unwrap_or(path);
    name == ".env" || name.starts_with(".env.") || name.ends_with(".env")
}

/// A byte count for people: `12 B`, `2.0 KiB`, `5.0 MiB`.
pub fn human_bytes(n: u64) -> String {
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

/// A place for people, escaped for a terminal: `path:line:col`, `in commit abc123`
/// when it came from history, and its exposure.
pub fn place_label(p: &Place) -> String {
    let mut s = match &p.path {
        Some(path) => format!("{}:{}:{}", terminal(path), p.line, p.column),
        None => "commit message".to_string(),
    };
    if let Some(repo) = &p.repository {
        s = format!("[{}] {s}", terminal(repo));
    }
    if let Some(c) = &p.commit {
        let _ = write!(s, " in commit {}", terminal(&c[..c.len().min(12)]));
    }
    let _ = write!(s, " ({})", p.exposure.as_str());
    s
}

/// The commit a finding was found at, as its first 12 digits: history's introducing
/// commit, else the one its provenance names.
pub fn short_commit(f: &Finding) -> Option<&str> {
    let c = f
        .history
        .as_ref()
        .and_then(|h| h.commit.as_deref())
        .or(f.provenance.commit.as_deref())?;
    Some(&c[..c.len().min(12)])
}

/// Every place of a finding beyond the one it is reported at, and how many more there
/// are than the list holds.
pub fn other_places(f: &Finding) -> (impl Iterator<Item = &Place>, usize) {
    let own = f
        .places
        .iter()
        .position(|p| p.path == f.path && p.line == f.line && p.column == f.column);
    let mut rest: Vec<&Place> = f
        .places
        .iter()
        .enumerate()
        .filter(|(i, _)| Some(*i) != own)
        .map(|(_, p)| p)
        .collect();
    // Source places first: build caches (`.next/cache/webpack/*.pack.gz!…`) repeat
    // them, many times over, and are not where the fix goes.
    rest.sort_by_key(|p| p.path.as_deref().and_then(build_cache).is_some());
    let more = f.places_total.saturating_sub(f.places.len());
    (rest.into_iter(), more)
}

/// The build cache a path is in (`.next/cache/`), if any: folders that bundlers fill
/// with copies of the sources and bundles, rebuilt at will.
pub fn build_cache(path: &str) -> Option<&'static str> {
    const CACHES: &[&str] = &[
        ".next/cache/",
        "node_modules/.cache/",
        ".parcel-cache/",
        ".turbo/",
        ".angular/cache/",
        ".nuxt/cache/",
        ".vite/",
        ".cache/",
    ];
    CACHES
        .iter()
        .find(|c| path.starts_with(**c) || path.contains(&format!("/{c}")))
        .copied()
}

fn count_client(findings: &[Finding]) -> usize {
    findings
        .iter()
        .filter(|f| f.exposure == Exposure::Client)
        .count()
}

/// Builds the sink for `format`, writing to `out`.
pub fn sink<'w>(format: Format, opts: SinkOptions, out: Box<dyn Write + 'w>) -> Box<dyn Sink + 'w> {
    match format {
        Format::Human => Box::new(human::HumanSink::new(out, opts)),
        Format::Json => Box::new(json::JsonSink::new(out, opts)),
        Format::Jsonl => Box::new(json::JsonlSink::new(out, opts)),
        Format::Sarif => Box::new(sarif::SarifSink::new(out, opts)),
        Format::Html => Box::new(html::HtmlSink::new(out, opts)),
        Format::Github => Box::new(github::GithubSink::new(out, opts)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(secret: &str, key_id: Option<&str>) -> Finding {
        Finding {
            path: Some("a/b.js".into()),
            line: 3,
            column: 7,
            key_id: key_id.map(str::to_string),
            ..Finding::with_secret("zai-api-key", secret)
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
    fn byte_counts_and_plurals_read_well() {
        assert_eq!(human_bytes(12), "12 B");
        assert_eq!(human_bytes(2048), "2.0 KiB");
        assert_eq!(human_bytes(5 << 20), "5.0 MiB");
        assert_eq!(count(1, "file", "files"), "1 file");
        assert_eq!(count(0, "file", "files"), "0 files");
    }
}
