//! keyfence sources and analysis.
//!
//! A source yields bytes with an origin (a file on disk, standard input); the matcher
//! finds matches in them; the analysis here turns each match into a [`Finding`] with
//! its line, column, confidence and exposure. Sinks (in `keyfence-report`) print or
//! collect findings through the [`Sink`] trait.

use std::fmt;
use std::io;

use serde::Serialize;

mod analysis;
pub mod archive;
mod decode;
pub mod exposure;
pub mod git;
pub mod policy;
pub mod read;
pub mod time;
pub mod walk;

pub use analysis::{confidence_of, key_id_of};
pub use read::{FileScanner, Scratch};
pub use walk::{scan_paths, ScanOptions, ScanOutcome};

/// How sure keyfence is that a finding is a live credential.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    Low,
    Medium,
    High,
}

impl Confidence {
    pub fn as_str(self) -> &'static str {
        match self {
            Confidence::Low => "low",
            Confidence::Medium => "medium",
            Confidence::High => "high",
        }
    }
}

impl fmt::Display for Confidence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Whether the place a key was found ships to users' hands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Exposure {
    /// Code or data that reaches browsers, apps or other clients.
    Client,
    /// Back-end code, server configuration, deployment.
    Server,
    /// Nothing says which; keyfence does not guess.
    Unknown,
}

impl Exposure {
    pub fn as_str(self) -> &'static str {
        match self {
            Exposure::Client => "client",
            Exposure::Server => "server",
            Exposure::Unknown => "unknown",
        }
    }
}

impl fmt::Display for Exposure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One secret found in one place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// The rule's id.
    pub rule: String,
    /// Relative to the scanned root, `/`-separated; `None` where there is no path.
    pub path: Option<String>,
    /// 1-based line of the secret's first byte.
    pub line: u64,
    /// 1-based column of the secret's first byte, counted in bytes.
    pub column: u64,
    /// 1-based column just past the secret's last byte on its line (exclusive end).
    pub end_column: u64,
    /// Byte offset of the secret in its source.
    pub offset: u64,
    /// The secret itself. Sinks redact it unless asked not to.
    pub secret: String,
    /// The public part of the credential (the key id), when the rule exposes one.
    pub key_id: Option<String>,
    pub confidence: Confidence,
    /// The context keywords seen near the secret, lowercased.
    pub context: Vec<String>,
    pub exposure: Exposure,
    /// A short reason for `exposure`, for people.
    pub exposure_reason: String,
    /// Where in git history the secret came in; `None` outside history scans.
    pub history: Option<History>,
    /// Audits: where the secret is now, and in how many places of the working tree.
    pub presence: Option<Presence>,
    /// Why this finding is suppressed (an inline `keyfence:allow`, an ignore entry, the
    /// baseline); `None` for a finding that counts.
    pub suppressed: Option<String>,
    /// Audits: every place on disk that holds the same secret (`path:line:column`),
    /// this one included.
    pub places: Vec<String>,
    /// The encoding the key was found through (`base64`, `escape`, `percent`,
    /// `utf-16le`, `utf-16be`, `concatenation`); its line and column are those of the
    /// encoded text.
    pub encoding: Option<String>,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

impl Finding {
    /// A stable fingerprint: the same across runs, machines and edits around the key
    /// (it does not depend on line or column), distinct for the same key in two files.
    /// `kf1-` and 24 hex digits of SHA-256 over the rule, the path and the secret.
    pub fn fingerprint(&self) -> String {
        use sha2::{Digest, Sha256};
        use std::fmt::Write as _;
        let mut h = Sha256::new();
        h.update(b"keyfence-fingerprint-v1\0");
        h.update(self.rule.as_bytes());
        h.update(b"\0");
        h.update(self.path.as_deref().unwrap_or("").as_bytes());
        h.update(b"\0");
        h.update(self.secret.as_bytes());
        let digest = h.finalize();
        let mut out = String::from("kf1-");
        for b in &digest[..12] {
            let _ = write!(out, "{b:02x}");
        }
        out
    }
}

/// Where an audited secret is now.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Presence {
    /// In the files on disk (and maybe in history too).
    WorkingTree,
    /// Gone from the files, still in history: every clone has it.
    HistoryOnly,
    /// Only in objects that no ref reaches (found with --all-objects).
    UnreachableOnly,
}

impl Presence {
    pub fn describe(self) -> &'static str {
        match self {
            Presence::WorkingTree => "still in the working tree",
            Presence::HistoryOnly => "only in history (every clone has it)",
            Presence::UnreachableOnly => "only in objects no ref reaches",
        }
    }
}

/// Where in git history a finding was introduced, and how often its secret recurs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct History {
    /// Full sha of the introducing commit; `None` for a blob that no commit reaches.
    pub commit: Option<String>,
    pub author: Option<String>,
    /// Author date, RFC 3339 in UTC.
    pub date: Option<String>,
    /// Commits that carry the same secret (in a file of their tree or in their
    /// message), this one included.
    pub commits: usize,
    /// Distinct paths where some commit holds the secret.
    pub paths: usize,
    /// The newest commit (by topology) that still carries the secret, when it is not
    /// the first one, and its author date.
    pub last_commit: Option<String>,
    pub last_date: Option<String>,
    /// Those paths, sorted (at most 100).
    pub places: Vec<String>,
}

/// A place keyfence could not read, or chose not to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub message: String,
    /// An error means the scan is incomplete; a warning (a FIFO skipped, a dangling
    /// symlink) does not.
    pub is_error: bool,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = if self.is_error { "error" } else { "warning" };
        write!(f, "{kind}: {}: {}", self.path, self.message)
    }
}

/// What a scan covered.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Stats {
    pub files: u64,
    pub bytes: u64,
    pub skipped: u64,
    pub errors: u64,
    pub duration_ms: u64,
    /// Findings suppressed by an inline marker, the ignore file or the baseline.
    pub suppressed: u64,
    /// History scans: the commits walked and the refs they were reached from.
    #[serde(skip_serializing_if = "is_zero")]
    pub commits: u64,
    #[serde(skip_serializing_if = "is_zero")]
    pub refs: u64,
}

/// Where findings go. A sink sees each finding once, in order, then the summary.
pub trait Sink {
    fn finding(&mut self, finding: &Finding) -> io::Result<()>;
    fn finish(&mut self, stats: &Stats, findings: &[Finding]) -> io::Result<()>;
}
