//! What keyfence could not read, or chose not to: one kind of problem per row of one
//! table, which says how bad it is, whether it makes a result partial and how it sets
//! the exit status. Every source reports through it.
//!
//! *Partial* means that something the user asked to be scanned could not be read (an
//! unreadable file, a missing object, a corrupt pack). Limits that protect against
//! hostile input are warnings that name what they skipped; they do not make a result
//! partial.

use std::fmt;

/// How bad a problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Named on stderr; the exit status does not change.
    Warning,
    /// Named on stderr; with no finding the exit status is 2.
    Error,
}

/// Every kind of problem keyfence reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ProblemKind {
    /// A file or directory that could not be opened or read.
    Unreadable,
    /// A FIFO, socket or device: never opened (reading one could hang).
    NotRegular,
    /// A symbolic link that was not followed, a dangling one, or a loop.
    Link,
    /// A git object (commit, tree, blob, ref target) that is not in the repository.
    MissingObject,
    /// A git object or pack that is there but cannot be decoded.
    CorruptObject,
    /// A shallow clone: history before the graft is not there.
    ShallowHistory,
    /// An archive limit (depth, bytes, members, ratio, nested size) stopped the
    /// expansion of an archive; what it skipped is named.
    ArchiveLimit,
    /// An archive built to exhaust keyfence (overlapping zip entries, a bomb).
    ArchiveBomb,
    /// An archive that cannot be opened, or whose structure is broken past some
    /// point; what could be read of it was scanned.
    ArchiveCorrupt,
    /// A decoder or rule limit left part of a long run undecoded.
    DecodeLimit,
    /// A file with more distinct flows than keyfence judges in one file.
    FlowLimit,
    /// A request that failed (`keyfence url`, `--verify`).
    Network,
    /// What a bound of a network command left unfetched.
    NetworkLimit,
    /// Served bytes that are not what they were fetched as (a start page that is not
    /// HTML, a source map that is not JSON, HTML where a script was expected).
    ServedContent,
    /// A repository of an organisation audit (`--repos`) that could not be cloned,
    /// fetched or opened: none of it was scanned.
    RepositoryFailed,
    /// A repository of an organisation audit left out by a bound (`--max-repo-size`).
    RepositorySkipped,
    /// A file of a mirror's HEAD not written out for the working-tree audit (a name
    /// that cannot be a file, a bound): its content is scanned in history.
    HeadFile,
    /// A git blob read only up to `--max-blob-size`: the rest of it was not scanned.
    BlobLimit,
    /// A secret's blob at more paths of history than are listed (a tree built to
    /// repeat it): the rest are not counted.
    PathLimit,
    /// Findings past what one blob or one run keeps (occurrences of one secret past
    /// the places a finding lists, findings past the limits): counted, not kept.
    FindingLimit,
    /// A key left unverified by the bound on verification (`--verify-max`).
    VerifyLimit,
}

/// One row of the problem table.
pub struct ProblemRow {
    pub kind: ProblemKind,
    /// The name JSON output and the README use.
    pub name: &'static str,
    pub severity: Severity,
    /// Whether the result is partial: something asked for was not read.
    pub partial: bool,
    pub example: &'static str,
}

/// The table. The README's "Problems and exit status" section shows it as it is here.
pub const PROBLEM_TABLE: &[ProblemRow] = &[
    ProblemRow {
        kind: ProblemKind::Unreadable,
        name: "unreadable",
        severity: Severity::Error,
        partial: true,
        example: "permission denied, an I/O error, a file that vanished",
    },
    ProblemRow {
        kind: ProblemKind::NotRegular,
        name: "not-regular",
        severity: Severity::Warning,
        partial: false,
        example: "a FIFO, socket or device in the tree (pass `-` to scan a pipe)",
    },
    ProblemRow {
        kind: ProblemKind::Link,
        name: "link",
        severity: Severity::Warning,
        partial: false,
        example: "a symlink loop or a dangling symlink met with --follow",
    },
    ProblemRow {
        kind: ProblemKind::MissingObject,
        name: "missing-object",
        severity: Severity::Error,
        partial: true,
        example: "a commit, tree, blob or ref target missing from the repository",
    },
    ProblemRow {
        kind: ProblemKind::CorruptObject,
        name: "corrupt-object",
        severity: Severity::Error,
        partial: true,
        example: "a corrupt pack or loose object",
    },
    ProblemRow {
        kind: ProblemKind::ShallowHistory,
        name: "shallow-history",
        severity: Severity::Warning,
        partial: true,
        example: "a shallow clone: history before the graft is not there",
    },
    ProblemRow {
        kind: ProblemKind::ArchiveLimit,
        name: "archive-limit",
        severity: Severity::Warning,
        partial: false,
        example: "an archive past --archive-max-bytes, -members, -depth or -ratio",
    },
    ProblemRow {
        kind: ProblemKind::ArchiveBomb,
        name: "archive-bomb",
        severity: Severity::Warning,
        partial: false,
        example: "zip entries that overlap, a member that inflates like a bomb",
    },
    ProblemRow {
        kind: ProblemKind::ArchiveCorrupt,
        name: "archive-corrupt",
        severity: Severity::Warning,
        partial: false,
        example: "a truncated or broken archive (its readable members are scanned)",
    },
    ProblemRow {
        kind: ProblemKind::DecodeLimit,
        name: "decode-limit",
        severity: Severity::Warning,
        partial: false,
        example: "an encoded run longer than a decoder reads; a rule's rejected candidates past its rescan budget",
    },
    ProblemRow {
        kind: ProblemKind::FlowLimit,
        name: "flow-limit",
        severity: Severity::Warning,
        partial: false,
        example: "a file with more than 1,000 distinct flows: the rest are counted, not judged",
    },
    ProblemRow {
        kind: ProblemKind::Network,
        name: "network",
        severity: Severity::Error,
        partial: true,
        example: "a page or asset that could not be fetched",
    },
    ProblemRow {
        kind: ProblemKind::NetworkLimit,
        name: "network-limit",
        severity: Severity::Warning,
        partial: false,
        example: "a URL left unfetched by --max-requests, --max-bytes, --max-depth, --time-limit or a host rule; a response cut at its bound",
    },
    ProblemRow {
        kind: ProblemKind::ServedContent,
        name: "served-content",
        severity: Severity::Warning,
        partial: false,
        example: "a start page that is not HTML, a source map that is not JSON: scanned as served",
    },
    ProblemRow {
        kind: ProblemKind::RepositoryFailed,
        name: "repository-failed",
        severity: Severity::Error,
        partial: true,
        example: "a repository of `--repos` that could not be cloned, fetched or opened",
    },
    ProblemRow {
        kind: ProblemKind::RepositorySkipped,
        name: "repository-skipped",
        severity: Severity::Warning,
        partial: false,
        example: "a repository of `--repos` larger than `--max-repo-size`, not scanned",
    },
    ProblemRow {
        kind: ProblemKind::HeadFile,
        name: "head-file",
        severity: Severity::Warning,
        partial: false,
        example: "a file of a mirror's HEAD with a name that cannot be a file here, or past a bound: judged from history only",
    },
    ProblemRow {
        kind: ProblemKind::BlobLimit,
        name: "blob-limit",
        severity: Severity::Warning,
        partial: false,
        example: "a git blob past --max-blob-size (1 GiB): the bytes after it are not scanned",
    },
    ProblemRow {
        kind: ProblemKind::PathLimit,
        name: "path-limit",
        severity: Severity::Warning,
        partial: false,
        example: "a secret's blob at more than 1,000 paths of history (trees built to repeat it): the rest are not listed",
    },
    ProblemRow {
        kind: ProblemKind::FindingLimit,
        name: "finding-limit",
        severity: Severity::Warning,
        partial: false,
        example: "one key 1,000,000 times in a file, or more than 10,000 findings in one blob or 50,000 in a run: the rest are counted, not kept",
    },
    ProblemRow {
        kind: ProblemKind::VerifyLimit,
        name: "verify-limit",
        severity: Severity::Warning,
        partial: false,
        example: "a key past --verify-max (20 distinct keys a run): not verified, it counts as not proven dead",
    },
];

impl ProblemKind {
    pub fn row(self) -> &'static ProblemRow {
        PROBLEM_TABLE
            .iter()
            .find(|r| r.kind == self)
            .expect("every kind has a row")
    }

    pub fn severity(self) -> Severity {
        self.row().severity
    }

    pub fn partial(self) -> bool {
        self.row().partial
    }

    /// The kind a name of the table stands for (reports read back).
    pub fn from_name(name: &str) -> Option<ProblemKind> {
        PROBLEM_TABLE
            .iter()
            .find(|r| r.name == name)
            .map(|r| r.kind)
    }

    pub fn name(self) -> &'static str {
        self.row().name
    }
}

/// A place keyfence could not read, or chose not to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub kind: ProblemKind,
    /// What it is about: a path, an object id, a URL.
    pub path: String,
    pub message: String,
    /// Organisation audits: the repository it was met in (its name as listed).
    pub repository: Option<String>,
}

impl Problem {
    pub fn new(kind: ProblemKind, path: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem {
            kind,
            path: path.into(),
            message: message.into(),
            repository: None,
        }
    }

    /// The same problem, met in `repository`.
    pub fn in_repository(mut self, repository: &str) -> Problem {
        self.repository = Some(repository.to_string());
        self
    }

    pub fn is_error(&self) -> bool {
        self.kind.severity() == Severity::Error
    }

    /// Whether it makes the result partial.
    pub fn is_partial(&self) -> bool {
        self.kind.partial()
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = if self.is_error() { "error" } else { "warning" };
        // Paths and messages name what was scanned: shown, never obeyed.
        if let Some(repo) = &self.repository {
            write!(f, "{kind}: [{}] ", crate::escape::terminal(repo))?;
            if self.path == *repo {
                return write!(f, "{}", crate::escape::terminal(&self.message));
            }
            return write!(
                f,
                "{}: {}",
                crate::escape::terminal(&self.path),
                crate::escape::terminal(&self.message)
            );
        }
        write!(
            f,
            "{kind}: {}: {}",
            crate::escape::terminal(&self.path),
            crate::escape::terminal(&self.message)
        )
    }
}

/// Drops repeats of a problem (the same kind, place and words), keeping the first: an
/// audit meets a file's problem on disk and again in history, and a history scan in
/// every version of a blob that says the same.
pub fn dedup_problems(problems: &mut Vec<Problem>) {
    let mut seen = std::collections::HashSet::new();
    problems.retain(|p| {
        seen.insert((
            p.kind,
            p.repository.clone(),
            p.path.clone(),
            p.message.clone(),
        ))
    });
}

/// The exit status of a run: 1 with findings that count (a leak fails the check even
/// when some inputs failed), else 2 when an error-level problem left something
/// unread, else 0.
pub fn exit_status(counted_findings: usize, problems: &[Problem]) -> u8 {
    if counted_findings > 0 {
        1
    } else if problems.iter().any(Problem::is_error) {
        2
    } else {
        0
    }
}

/// The table as Markdown, for the README (a test checks that the README holds it).
pub fn problem_table_markdown() -> String {
    let mut out = String::from(
        "| problem | level | makes the result partial | example |\n|---|---|---|---|\n",
    );
    for r in PROBLEM_TABLE {
        out.push_str(&format!(
            "| `{}` | {} | {} | {} |\n",
            r.name,
            match r.severity {
                Severity::Warning => "warning",
                Severity::Error => "error",
            },
            if r.partial { "yes" } else { "no" },
            r.example
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_one_row_and_the_exit_status_follows_it() {
        for r in PROBLEM_TABLE {
            assert_eq!(PROBLEM_TABLE.iter().filter(|o| o.kind == r.kind).count(), 1);
            assert_eq!(r.kind.row().name, r.name);
        }
        let warn = Problem::new(ProblemKind::ArchiveLimit, "a.zip", "too big");
        let err = Problem::new(ProblemKind::Unreadable, "b", "denied");
        assert_eq!(exit_status(0, std::slice::from_ref(&warn)), 0);
        assert_eq!(exit_status(0, &[warn.clone(), err.clone()]), 2);
        assert_eq!(exit_status(3, &[err]), 1);
        assert!(!warn.is_partial());
        assert_eq!(warn.to_string(), "warning: a.zip: too big");
    }
}
