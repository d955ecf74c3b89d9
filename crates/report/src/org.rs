//! What organisation reports (`audit --repos`, `report merge`) say beyond one
//! repository's: the headline over every repository, a row per repository, and for a
//! key in several repositories where each holds it. Human, HTML and the job summary
//! print these same numbers.

use keyfence_model::org::{client_repositories, RepoCoverage, RepoStatus};
use keyfence_model::{Exposure, Finding, Presence};

use crate::{count, ReportMeta};

/// The headline numbers.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Headline {
    pub repositories: usize,
    pub scanned: usize,
    pub failed: usize,
    pub skipped: usize,
    /// Distinct keys (flows not counted) that count.
    pub keys: usize,
    /// Keys some repository ships to clients.
    pub client: usize,
    /// Keys still in some repository's working tree (default branch).
    pub working_tree: usize,
    /// Keys in more than one repository.
    pub shared: usize,
    pub flows: usize,
}

pub fn headline(meta: &ReportMeta, findings: &[Finding]) -> Headline {
    let by = |s: RepoStatus| meta.repositories.iter().filter(|c| c.status == s).count();
    let active: Vec<&Finding> = findings.iter().filter(|f| f.suppressed.is_none()).collect();
    let keys: Vec<&&Finding> = active.iter().filter(|f| f.secret.is_some()).collect();
    Headline {
        repositories: meta.repositories.len(),
        scanned: by(RepoStatus::Scanned),
        failed: by(RepoStatus::Failed),
        skipped: by(RepoStatus::Skipped),
        keys: keys.len(),
        client: keys
            .iter()
            .filter(|f| f.exposure == Exposure::Client || client_repositories(f) > 0)
            .count(),
        working_tree: keys
            .iter()
            .filter(|f| members(f).any(|m| m.presence == Some(Presence::WorkingTree)))
            .count(),
        shared: keys.iter().filter(|f| f.repositories.len() > 1).count(),
        flows: active.len() - keys.len(),
    }
}

/// A finding's repositories' findings (itself when it has none listed).
fn members(f: &Finding) -> impl Iterator<Item = &Finding> {
    let own = f.repositories.is_empty().then_some(f);
    f.repositories.iter().chain(own)
}

impl Headline {
    /// `40 repositories (38 scanned, 1 failed, 1 skipped): 12 distinct keys, 5 shipped
    /// to clients, 7 still in working trees, 3 in more than one repository`.
    pub fn text(&self) -> String {
        let mut s = format!(
            "{} ({} scanned, {} failed, {} skipped): ",
            count(self.repositories as u64, "repository", "repositories"),
            self.scanned,
            self.failed,
            self.skipped
        );
        if self.keys == 0 {
            s.push_str("no Z.ai keys found");
        } else {
            s.push_str(&format!(
                "{}, {} shipped to clients, {} still in working trees, {} in more than one \
                 repository",
                count(self.keys as u64, "distinct key", "distinct keys"),
                self.client,
                self.working_tree,
                self.shared
            ));
        }
        if self.flows > 0 {
            s.push_str(&format!(
                "; {} that put a key in the client without the key in the code",
                count(self.flows as u64, "flow", "flows")
            ));
        }
        s
    }
}

/// One repository's row: its coverage and what was found in it.
#[derive(Debug)]
pub struct RepoRow<'a> {
    pub coverage: &'a RepoCoverage,
    pub keys: usize,
    pub client: usize,
    pub working_tree: usize,
    pub flows: usize,
}

/// A row per repository, in the coverage's order.
pub fn rows<'a>(meta: &'a ReportMeta, findings: &[Finding]) -> Vec<RepoRow<'a>> {
    meta.repositories
        .iter()
        .map(|c| {
            let mut row = RepoRow {
                coverage: c,
                keys: 0,
                client: 0,
                working_tree: 0,
                flows: 0,
            };
            for m in findings
                .iter()
                .filter(|f| f.suppressed.is_none())
                .flat_map(members)
                .filter(|m| m.provenance.repository.as_deref() == Some(c.name.as_str()))
            {
                if m.secret.is_none() {
                    row.flows += 1;
                    continue;
                }
                row.keys += 1;
                row.client += usize::from(m.exposure == Exposure::Client);
                row.working_tree += usize::from(m.presence == Some(Presence::WorkingTree));
            }
            row
        })
        .collect()
}

/// The rows, most urgent first: keys shipped to clients, then any finding; the order of
/// the coverage within each.
pub fn sorted_rows<'a>(meta: &'a ReportMeta, findings: &[Finding]) -> Vec<RepoRow<'a>> {
    let mut rows = rows(meta, findings);
    rows.sort_by_key(|r| {
        (
            std::cmp::Reverse(r.client),
            std::cmp::Reverse(r.keys + r.flows),
            r.coverage.status == RepoStatus::Scanned,
        )
    });
    rows
}

impl RepoRow<'_> {
    /// Whether the row is worth a line of its own: something found, or a repository
    /// not scanned in full.
    pub fn notable(&self) -> bool {
        self.keys + self.flows > 0
            || self.coverage.status != RepoStatus::Scanned
            || self.coverage.errors > 0
    }

    /// `scanned: 412 commits, 1,204 files` or why it was not.
    pub fn coverage_text(&self) -> String {
        let c = self.coverage;
        match c.status {
            RepoStatus::Scanned => {
                let mut s = format!(
                    "{}, {}",
                    count(c.commits, "commit", "commits"),
                    count(c.files, "file or blob", "files and blobs")
                );
                if c.errors > 0 {
                    s.push_str(&format!(
                        ", {} (partial)",
                        count(c.errors, "error", "errors")
                    ));
                }
                s
            }
            status => format!(
                "{}: {}",
                status.as_str(),
                c.reason.as_deref().unwrap_or("no reason given")
            ),
        }
    }
}

/// For a key in more than one repository: each repository and where it holds the key,
/// `repo: src/app.js:3:15 (client, still in the working tree)`.
pub fn spread(f: &Finding) -> Vec<(String, String)> {
    if f.repositories.len() < 2 {
        return vec![];
    }
    f.repositories
        .iter()
        .map(|m| {
            let at = format!(
                "{}:{}:{}",
                m.path.as_deref().unwrap_or("commit message"),
                m.line,
                m.column
            );
            let presence = m.presence.map_or("", Presence::describe);
            (
                m.provenance.repository.clone().unwrap_or_default(),
                format!("{at} ({}, {presence})", m.exposure.as_str()),
            )
        })
        .collect()
}
