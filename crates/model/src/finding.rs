//! A finding and what it says: where, how sure, how exposed, and where else its secret
//! lives.

use std::fmt;

use serde::{Deserialize, Serialize};

/// How sure keyfence is that a finding is a live credential.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    Low,
    #[default]
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
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Exposure {
    /// Code or data that reaches browsers, apps or other clients.
    Client,
    /// Back-end code, server configuration, deployment.
    Server,
    /// Nothing says which; keyfence does not guess.
    #[default]
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

/// Where an audited secret is now.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
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

/// What kind of thing the bytes of a finding came from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Source {
    /// A file on disk, at the finding's path.
    #[default]
    File,
    /// Standard input.
    Stdin,
    /// A git blob, by its id.
    Blob { id: String },
    /// A commit's message.
    CommitMessage,
    /// What a web server served at `url`.
    Served { url: String },
}

/// A position in an original source that a served file was built from (a source map's
/// `sourcesContent`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OriginalPosition {
    pub path: String,
    pub line: u64,
    pub column: u64,
}

/// Where a finding's bytes came from, beyond its path: the source, the archive member
/// it sits in, the commit and repository that hold it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Provenance {
    pub source: Source,
    /// Inside an archive: the member's path within the outermost archive, nested
    /// members joined by `!` (`lib/app.jar!assets/config.json`).
    pub member: Option<String>,
    /// History: the full sha of the commit that holds it.
    pub commit: Option<String>,
    /// Many-repository audits: the repository (its URL or path as listed).
    pub repository: Option<String>,
    /// Served code: the position in the original source, when a source map says it.
    pub original: Option<OriginalPosition>,
}

/// One place a secret lives: a file position on disk, a path in a commit, a served URL.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    /// Relative path, URL, or `None` for a commit message.
    pub path: Option<String>,
    pub line: u64,
    pub column: u64,
    /// From history: the first commit that holds the secret at this path.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commit: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repository: Option<String>,
    pub exposure: Exposure,
    pub exposure_reason: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encoding: Option<String>,
}

/// Where in git history a finding was introduced, and how far its secret spread.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct History {
    /// Full sha of the introducing commit; `None` for a blob that no commit reaches.
    pub commit: Option<String>,
    pub author: Option<String>,
    /// Author date, seconds since the epoch.
    pub date: Option<i64>,
    /// Commits that carry the same secret (in a file of their tree or in their
    /// message), this one included.
    pub commits: usize,
    /// Distinct paths where some commit holds the secret.
    pub paths: usize,
    /// The newest commit (by topology) that still carries the secret, when it is not
    /// the first one, and its author date.
    pub last_commit: Option<String>,
    pub last_date: Option<i64>,
}

/// The answer of the provider about a found credential (`--verify`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum VerificationStatus {
    /// Accepted (or an answer only an accepted key can get).
    Live,
    /// Rejected as unauthenticated.
    Invalid,
    /// An SDK token past its `exp`.
    Expired,
    /// No answer keyfence can trust (network error, timeout, an unknown reply).
    Unknown,
}

/// What verification found, and when.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Verification {
    pub status: VerificationStatus,
    /// The platform that answered (`open.bigmodel.cn`, `api.z.ai`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub http_status: Option<u16>,
    /// The provider's words, when they say more than the status (a balance, a code).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// Seconds since the epoch.
    pub checked_at: i64,
}

/// What a flow (a finding without a secret) found that puts a key in the client.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum FlowTarget {
    /// A variable that the build inlines, or that client code reads.
    Variable(String),
    /// A Z.ai endpoint that client code calls.
    Endpoint(String),
}

/// One secret (or one flow) found in one place, with every other place it lives.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Finding {
    /// The rule's id.
    pub rule: String,
    /// Relative to the scanned root, `/`-separated (archive members after `!`), a URL
    /// for served code; `None` where there is no path (a commit message).
    pub path: Option<String>,
    /// 1-based line of the secret's first byte.
    pub line: u64,
    /// 1-based column of the secret's first byte, counted in bytes.
    pub column: u64,
    /// 1-based column just past the secret's last byte on its line (exclusive end).
    pub end_column: u64,
    /// Byte offset of the secret in its source.
    pub offset: u64,
    /// The secret itself; `None` for a flow. Sinks redact it unless asked not to.
    pub secret: Option<String>,
    /// A short digest of the secret (never the secret), the same wherever the secret
    /// is: findings of one key group by it across files, commits and repositories.
    pub secret_id: Option<String>,
    /// The public part of the credential (the key id), when the rule exposes one.
    pub key_id: Option<String>,
    /// Flows: the variable or endpoint found.
    pub target: Option<FlowTarget>,
    pub confidence: Confidence,
    /// The context keywords seen near the secret, lowercased.
    pub context: Vec<String>,
    pub exposure: Exposure,
    /// A short reason for `exposure`, for people. For a flow: why the key ships.
    pub exposure_reason: String,
    /// Flows: how to keep the key out of the client, for the framework at hand.
    pub fix: Option<String>,
    /// The encoding the key was found through (`base64`, `escape`, `percent`,
    /// `utf-16le`, `utf-16be`, `concatenation`); its line and column are those of the
    /// encoded text.
    pub encoding: Option<String>,
    pub provenance: Provenance,
    /// Where in git history the secret came in; `None` outside history scans.
    pub history: Option<History>,
    /// Audits: where the secret is now.
    pub presence: Option<Presence>,
    /// Why this finding is suppressed (an inline `keyfence:allow`, an ignore entry, the
    /// baseline); `None` for a finding that counts.
    pub suppressed: Option<String>,
    /// Every place the secret lives (this one first): on disk, then in history. Empty
    /// where the finding is its only place.
    pub places: Vec<Place>,
    /// How many places there are when `places` was cut short.
    pub places_total: usize,
    pub verification: Option<Verification>,
    /// Organisation audits: this key's finding in each repository that holds it (this
    /// one's included), in the order of their names; empty outside them.
    pub repositories: Vec<Finding>,
    /// A finding read back from a report (`keyfence report merge`): what the report
    /// said, which the secret (redacted there) can no longer give.
    pub reported: Option<Reported>,
}

/// What a report said of a finding that its (maybe redacted) secret cannot give again.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Reported {
    pub fingerprint: String,
    /// The secret as the report showed it, when it was redacted there.
    pub shown_secret: Option<String>,
}

/// `secret_id` of a secret: `kfs1-` and 16 hex digits of a SHA-256 over it.
pub fn secret_id(secret: &str) -> String {
    format!(
        "kfs1-{}",
        hex_digest(&[b"keyfence-secret-v1", secret.as_bytes()], 8)
    )
}

/// The first `bytes` bytes, in hex, of a SHA-256 over `parts` joined by NUL bytes.
fn hex_digest(parts: &[&[u8]], bytes: usize) -> String {
    use sha2::{Digest, Sha256};
    use std::fmt::Write as _;
    let mut h = Sha256::new();
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            h.update(b"\0");
        }
        h.update(p);
    }
    let digest = h.finalize();
    let mut out = String::with_capacity(2 * bytes);
    for b in &digest[..bytes] {
        let _ = write!(out, "{b:02x}");
    }
    out
}

impl Finding {
    /// A finding of `rule` holding `secret`, with its `secret_id`.
    pub fn with_secret(rule: impl Into<String>, secret: impl Into<String>) -> Finding {
        let secret = secret.into();
        Finding {
            rule: rule.into(),
            secret_id: Some(secret_id(&secret)),
            secret: Some(secret),
            ..Finding::default()
        }
    }

    /// The secret, or "" for a flow.
    pub fn secret_str(&self) -> &str {
        self.secret.as_deref().unwrap_or("")
    }

    /// What groups this finding with others of the same secret (or the same flow).
    pub fn group_key(&self) -> (String, String) {
        let id = match (&self.secret_id, &self.target) {
            (Some(id), _) => id.clone(),
            (None, Some(FlowTarget::Variable(v) | FlowTarget::Endpoint(v))) => {
                format!("flow:{}:{v}", self.path.as_deref().unwrap_or(""))
            }
            (None, None) => String::new(),
        };
        (self.rule.clone(), id)
    }

    /// A stable fingerprint: the same across runs, machines, rebuilds and edits around
    /// the key (it depends on neither line nor column nor a content hash in a file
    /// name), distinct for the same key in two files.
    /// `kf1-` and 24 hex digits of SHA-256 over the rule, the path and the secret (for
    /// a flow, the variable or endpoint it found).
    /// In an organisation audit the repository is part of it (the same key at the same
    /// path of two repositories is two findings to suppress or baseline).
    pub fn fingerprint(&self) -> String {
        if let Some(r) = &self.reported {
            return r.fingerprint.clone();
        }
        let what = match (&self.secret, &self.target) {
            (Some(s), _) => s.as_str(),
            (None, Some(FlowTarget::Variable(v) | FlowTarget::Endpoint(v))) => v.as_str(),
            (None, None) => "",
        };
        let stable;
        let path = match (&self.provenance.source, self.path.as_deref()) {
            // Served code: content hashes in file names change with every deploy.
            (Source::Served { .. }, Some(p)) => {
                stable = crate::served::stable_path(p);
                stable.as_str()
            }
            // Files: content hashes out too (a rebuilt bundle is the same place).
            (_, Some(p)) => {
                stable = crate::served::stable_file_path(p);
                stable.as_str()
            }
            (_, None) => "",
        };
        let mut parts: Vec<&[u8]> = vec![
            b"keyfence-fingerprint-v1",
            self.rule.as_bytes(),
            path.as_bytes(),
            what.as_bytes(),
        ];
        if let Some(repo) = &self.provenance.repository {
            parts.push(repo.as_bytes());
        }
        format!("kf1-{}", hex_digest(&parts, 12))
    }

    /// This finding as one of its secret's places.
    pub fn place(&self) -> Place {
        Place {
            path: self.path.clone(),
            line: self.line,
            column: self.column,
            commit: self.provenance.commit.clone(),
            repository: self.provenance.repository.clone(),
            exposure: self.exposure,
            exposure_reason: self.exposure_reason.clone(),
            encoding: self.encoding.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_ignore_position_but_not_path() {
        let mut a = Finding::with_secret("zai-api-key", "s3cr3tvalue");
        a.path = Some("a/b.js".into());
        let mut moved = a.clone();
        moved.line = 99;
        moved.column = 1;
        assert_eq!(a.fingerprint(), moved.fingerprint());
        let mut elsewhere = a.clone();
        elsewhere.path = Some("other.js".into());
        assert_ne!(a.fingerprint(), elsewhere.fingerprint());
        assert!(a.fingerprint().starts_with("kf1-") && a.fingerprint().len() == 28);
        // The digest keyfence has always written for this rule, path and secret.
        assert_eq!(a.fingerprint(), "kf1-5385d2f0c2c63882b3c581b1");
    }

    #[test]
    fn secret_ids_group_one_secret_and_never_show_it() {
        let a = Finding::with_secret("zai-api-key", "s3cr3tvalue");
        let mut b = Finding::with_secret("zai-api-key", "s3cr3tvalue");
        b.path = Some("elsewhere".into());
        assert_eq!(a.secret_id, b.secret_id);
        assert_eq!(a.group_key(), b.group_key());
        let id = a.secret_id.unwrap();
        assert!(id.starts_with("kfs1-") && id.len() == 21 && !id.contains("s3cr3t"));
    }
}
