//! What a run covered, and where its report goes.

use std::io;

use serde::{Deserialize, Serialize};

use crate::{Finding, Problem};

fn is_zero(n: &u64) -> bool {
    *n == 0
}

/// What a scan covered.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Stats {
    pub files: u64,
    pub bytes: u64,
    pub skipped: u64,
    /// Of `skipped`: symbolic links not followed (see `--follow`).
    #[serde(skip_serializing_if = "is_zero")]
    pub links: u64,
    pub errors: u64,
    pub duration_ms: u64,
    /// Findings suppressed by an inline marker, the ignore file or the baseline.
    pub suppressed: u64,
    /// Findings that the filters (`min_confidence`, `exposure`) left out of the report:
    /// counted, never silently gone.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub filtered: u64,
    /// Files and folders on disk that an exclude glob (`--exclude`, `scan.exclude`)
    /// left out; a folder counts once.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub excluded: u64,
    /// History scans: the commits walked and the refs they were reached from.
    #[serde(skip_serializing_if = "is_zero")]
    pub commits: u64,
    #[serde(skip_serializing_if = "is_zero")]
    pub refs: u64,
}

impl Stats {
    /// Adds what another run covered (many repositories, shards of one audit).
    pub fn add(&mut self, s: &Stats) {
        self.files += s.files;
        self.bytes += s.bytes;
        self.skipped += s.skipped;
        self.links += s.links;
        self.errors += s.errors;
        self.duration_ms += s.duration_ms;
        self.suppressed += s.suppressed;
        self.filtered += s.filtered;
        self.excluded += s.excluded;
        self.commits += s.commits;
        self.refs += s.refs;
    }
}

/// Everything a run reports: the findings (sorted, most urgent first where the mode
/// says so), what was covered and what could not be read.
#[derive(Clone, Copy, Debug)]
pub struct Report<'a> {
    pub findings: &'a [Finding],
    pub stats: &'a Stats,
    pub problems: &'a [Problem],
}

/// Where a report goes: a printer in one format.
pub trait Sink {
    fn write(&mut self, report: &Report) -> io::Result<()>;
}
