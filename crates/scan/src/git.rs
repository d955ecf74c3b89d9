//! Git history: every blob ever committed, scanned once, traced to the commit that
//! introduced it.
//!
//! The walk visits commits oldest first (topological order, reversed), reads each
//! commit's tree and skips every subtree it has seen before, so each tree and each blob
//! is read once however many commits share it. The first commit whose tree holds a
//! blob is the one that introduced it (at that path). Unique blobs are then scanned in
//! parallel, each with its own repository handle per thread.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::sync::Mutex;
use std::time::Instant;

use git2::{Commit, ObjectType, Oid, Repository, Sort, TreeWalkMode, TreeWalkResult};
use keyfence_matcher::RuleMatcher;
use rayon::prelude::*;

use crate::read::{FileScanner, Scratch};
use crate::{Finding, History, Problem, Stats};

/// What part of the history to scan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Everything reachable from any ref (branches, tags, remote-tracking refs, notes,
    /// the stash, HEAD).
    All,
    /// Only what the commits in `base..head` introduced (`head` defaults to HEAD).
    Range { base: String, head: String },
}

#[derive(Clone, Debug)]
pub struct GitOptions {
    pub repo: PathBuf,
    pub scope: Scope,
    /// Also scan objects that no ref reaches (dangling commits and blobs).
    pub all_objects: bool,
    /// Worker threads; 0 means one per core.
    pub threads: usize,
}

#[derive(Debug, Default)]
pub struct GitOutcome {
    /// One per distinct secret (and rule), oldest introduction first, with its
    /// `history` set.
    pub findings: Vec<Finding>,
    pub problems: Vec<Problem>,
    pub stats: Stats,
    pub commits: usize,
    /// Something could not be read (shallow history, missing or corrupt objects).
    pub partial: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum GitError {
    #[error("{path}: not a git repository ({message})")]
    NotARepo { path: String, message: String },
    #[error("{0}")]
    Range(String),
    #[error("git: {0}")]
    Git(#[from] git2::Error),
    #[error("cannot start {threads} worker threads: {message}")]
    Threads { threads: usize, message: String },
}

/// Bytes of delta bases each blob reader keeps: 32 MiB reads vuejs/core's history as
/// fast as 128 MiB did, at a quarter of the memory.
const DELTA_CACHE: usize = 32 << 20;

/// A blob to scan and where it first appeared.
struct BlobJob {
    oid: Oid,
    path: Option<String>,
    /// Index into the commit list; `usize::MAX` for a blob no commit reaches.
    commit: usize,
}

/// Scans a repository's history.
pub fn scan_history(opts: &GitOptions, matcher: &RuleMatcher) -> Result<GitOutcome, GitError> {
    let started = Instant::now();
    // The walk reads each tree and commit once: libgit2's object cache (up to 256 MiB)
    // would only hold memory (on vuejs/core, 496 MiB peak with it, 288 MiB without).
    git2::opts::enable_caching(false);
    let repo = Repository::discover(&opts.repo).map_err(|e| GitError::NotARepo {
        path: opts.repo.display().to_string(),
        message: e.message().to_string(),
    })?;
    let git_dir = repo.path().to_path_buf();
    let mut trouble = Trouble::default();
    if repo.is_shallow() {
        trouble.partial = true;
        trouble.problems.push(Problem {
            path: git_dir.display().to_string(),
            message: "shallow clone: history before the graft is not here, so the result is \
                      partial (run `git fetch --unshallow` for all of it)"
                .into(),
            is_error: false,
        });
    }

    let (commits, jobs, message_commits) = match &opts.scope {
        Scope::All => walk_all(&repo, opts.all_objects, &mut trouble)?,
        Scope::Range { base, head } => walk_range(&repo, base, head, &mut trouble)?,
    };

    // Read the versions of one path together, oldest first: packs store a file's
    // versions as deltas of each other, and in this order the reader's cache holds the
    // bases the next version needs. On vuejs/core it halves the blob phase against
    // newest first, and beats pack order.
    let mut jobs = jobs;
    jobs.sort_by(|a, b| (&a.path, a.commit).cmp(&(&b.path, b.commit)));
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(opts.threads)
        .build()
        .map_err(|e| GitError::Threads {
            threads: opts.threads,
            message: e.to_string(),
        })?;
    let scanner = FileScanner::new(matcher);
    let found: Mutex<Vec<(Finding, usize)>> = Mutex::new(Vec::new());
    let read_problems: Mutex<Vec<Problem>> = Mutex::new(Vec::new());
    let bytes = std::sync::atomic::AtomicU64::new(0);
    // Blobs are read with gitoxide: its pack reader with a delta-base cache per worker
    // reads history about three times faster than libgit2 here. Each worker takes a
    // contiguous run of jobs (versions of one path, newest first), so its cache holds
    // the bases the next blob needs.
    let location: PathBuf = repo.path().components().collect();
    let objects = gix::open(&location)
        .map_err(|e| GitError::NotARepo {
            path: opts.repo.display().to_string(),
            message: e.to_string(),
        })?
        .into_sync();
    let chunk = jobs.len().div_ceil(pool.current_num_threads() * 4).max(1);
    pool.install(|| {
        jobs.par_chunks(chunk).for_each(|run| {
            let repo = objects.to_thread_local();
            let mut odb = repo.objects.clone();
            odb.set_pack_cache(|| {
                Box::new(gix::odb::pack::cache::lru::MemoryCappedHashmap::new(
                    DELTA_CACHE,
                ))
            });
            let mut buf = Vec::new();
            let mut scratch = Scratch::new();
            let mut local = Vec::new();
            for job in run {
                let id = gix::ObjectId::from_bytes_or_panic(job.oid.as_bytes());
                let data = match gix::prelude::FindExt::find(&odb, &id, &mut buf) {
                    Ok(d) => d,
                    Err(e) => {
                        read_problems.lock().unwrap().push(Problem {
                            path: job.path.clone().unwrap_or_else(|| job.oid.to_string()),
                            message: format!("cannot read blob {}: {e}", job.oid),
                            is_error: true,
                        });
                        continue;
                    }
                };
                bytes.fetch_add(data.data.len() as u64, std::sync::atomic::Ordering::Relaxed);
                let path = || job.path.clone();
                let _ = scanner.scan_reader(data.data, &path, &mut scratch, &mut |f| {
                    local.push((f, job.commit))
                });
            }
            if !local.is_empty() {
                found.lock().unwrap().append(&mut local);
            }
        });
        message_commits.par_iter().for_each_init(
            || (Repository::open(&git_dir).ok(), Scratch::new()),
            |(handle, scratch), &ci| {
                let Some(repo) = handle.as_ref() else { return };
                let Ok(commit) = repo.find_commit(commits[ci]) else {
                    return;
                };
                let msg = commit.message_raw_bytes();
                let mut local = Vec::new();
                let _ = scanner.scan_reader(msg, &|| None, scratch, &mut |f| local.push((f, ci)));
                if !local.is_empty() {
                    found.lock().unwrap().append(&mut local);
                }
            },
        );
    });
    let mut read_problems = read_problems.into_inner().unwrap();
    if !read_problems.is_empty() {
        trouble.partial = true;
        trouble.problems.append(&mut read_problems);
    }
    let Trouble { problems, partial } = trouble;

    // One finding per distinct secret: the oldest introduction, and a count.
    let mut groups: HashMap<(String, String), (Finding, usize, usize)> = HashMap::new();
    for (f, ci) in found.into_inner().unwrap() {
        let key = (f.rule.clone(), f.secret.clone());
        match groups.get_mut(&key) {
            None => {
                groups.insert(key, (f, ci, 1));
            }
            Some(entry) => {
                entry.2 += 1;
                if (ci, &f.path, f.line, f.column)
                    < (entry.1, &entry.0.path, entry.0.line, entry.0.column)
                {
                    entry.0 = f;
                    entry.1 = ci;
                }
            }
        }
    }
    let mut findings: Vec<(usize, Finding)> = groups
        .into_values()
        .map(|(mut finding, ci, occurrences)| {
            // Author and date are read only for the commits that have a finding.
            let (author, date) = commits
                .get(ci)
                .and_then(|&id| repo.find_commit(id).ok())
                .map(|c| author_and_date(&c))
                .unzip();
            finding.history = Some(History {
                commit: commits.get(ci).map(Oid::to_string),
                author,
                date,
                occurrences,
            });
            (ci, finding)
        })
        .collect();
    findings.sort_by(|(a, fa), (b, fb)| {
        (a, &fa.path, fa.line, fa.column, &fa.rule)
            .cmp(&(b, &fb.path, fb.line, fb.column, &fb.rule))
    });
    let errors = problems.iter().filter(|p| p.is_error).count() as u64;
    Ok(GitOutcome {
        findings: findings.into_iter().map(|(_, f)| f).collect(),
        problems,
        stats: Stats {
            files: jobs.len() as u64,
            bytes: bytes.into_inner(),
            skipped: 0,
            errors,
            duration_ms: started.elapsed().as_millis() as u64,
        },
        commits: commits.len(),
        partial,
    })
}

/// `Name <email>` and the author date (RFC 3339, UTC) of a commit.
fn author_and_date(commit: &Commit) -> (String, String) {
    let author = commit.author();
    let name = String::from_utf8_lossy(author.name_bytes()).into_owned();
    let email = String::from_utf8_lossy(author.email_bytes()).into_owned();
    let who = if email.is_empty() {
        name
    } else {
        format!("{name} <{email}>")
    };
    (who, rfc3339(author.when().seconds()))
}

/// Seconds since the epoch as `YYYY-MM-DDTHH:MM:SSZ`.
fn rfc3339(secs: i64) -> String {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    // Civil from days (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

type Walked = (Vec<Oid>, Vec<BlobJob>, Vec<usize>);

/// What went wrong while reading history: problems to list, and whether the result
/// is partial.
#[derive(Default)]
struct Trouble {
    problems: Vec<Problem>,
    partial: bool,
}

impl Trouble {
    /// Something could not be read: an error, and a partial result.
    fn error(&mut self, path: impl Into<String>, message: String) {
        self.problems.push(Problem {
            path: path.into(),
            message,
            is_error: true,
        });
        self.partial = true;
    }
}

/// Every commit reachable from any ref (and with `all_objects`, every commit in the
/// object database), oldest first; every blob their trees hold, once, with the first
/// commit and path that held it.
fn walk_all(
    repo: &Repository,
    all_objects: bool,
    trouble: &mut Trouble,
) -> Result<Walked, GitError> {
    let mut walk = repo.revwalk()?;
    walk.set_sorting(Sort::TOPOLOGICAL | Sort::REVERSE)?;
    let mut pushed = 0;
    if let Ok(head) = repo.head() {
        if let Ok(c) = head.peel_to_commit() {
            walk.push(c.id())?;
            pushed += 1;
        }
    }
    for r in repo.references()? {
        let r = match r {
            Ok(r) => r,
            Err(e) => {
                trouble.error("refs", format!("cannot read a ref: {}", e.message()));
                continue;
            }
        };
        // A ref to a tree or a blob (rare) has no commit to trace; --all-objects scans
        // such blobs as unreachable ones.
        if let Ok(obj) = r.peel(ObjectType::Commit) {
            walk.push(obj.id())?;
            pushed += 1;
        }
    }
    let mut dangling_blobs = Vec::new();
    if all_objects {
        let odb = repo.odb()?;
        let mut all = Vec::new();
        odb.foreach(|oid| {
            all.push(*oid);
            true
        })?;
        for oid in all {
            match odb.read_header(oid) {
                Ok((_, ObjectType::Commit)) => {
                    walk.push(oid)?;
                    pushed += 1;
                }
                Ok((_, ObjectType::Blob)) => dangling_blobs.push(oid),
                _ => {}
            }
        }
    }
    let mut commits = Vec::new();
    let mut jobs = Vec::new();
    let mut seen_trees: HashSet<Oid> = HashSet::new();
    let mut seen_blobs: HashSet<Oid> = HashSet::new();
    if pushed > 0 {
        for id in walk {
            let id = match id {
                Ok(id) => id,
                Err(e) => {
                    trouble.error("history", format!("cannot walk a commit: {}", e.message()));
                    continue;
                }
            };
            let commit = match repo.find_commit(id) {
                Ok(c) => c,
                Err(e) => {
                    trouble.error(
                        id.to_string(),
                        format!("cannot read commit: {}", e.message()),
                    );
                    continue;
                }
            };
            let ci = commits.len();
            commits.push(commit.id());
            let tree = match commit.tree() {
                Ok(t) => t,
                Err(e) => {
                    trouble.error(
                        id.to_string(),
                        format!("cannot read the tree of commit: {}", e.message()),
                    );
                    continue;
                }
            };
            if !seen_trees.insert(tree.id()) {
                continue;
            }
            let walked = tree.walk(TreeWalkMode::PreOrder, |dir, entry| match entry.kind() {
                Some(ObjectType::Tree) => {
                    if seen_trees.insert(entry.id()) {
                        TreeWalkResult::Ok
                    } else {
                        TreeWalkResult::Skip
                    }
                }
                Some(ObjectType::Blob) => {
                    if seen_blobs.insert(entry.id()) {
                        let name = String::from_utf8_lossy(entry.name_bytes());
                        jobs.push(BlobJob {
                            oid: entry.id(),
                            path: Some(format!("{dir}{name}")),
                            commit: ci,
                        });
                    }
                    TreeWalkResult::Ok
                }
                _ => TreeWalkResult::Ok,
            });
            if let Err(e) = walked {
                trouble.error(
                    id.to_string(),
                    format!("cannot read part of the tree of commit: {}", e.message()),
                );
            }
        }
    }
    for oid in dangling_blobs {
        if seen_blobs.insert(oid) {
            jobs.push(BlobJob {
                oid,
                path: None,
                commit: usize::MAX,
            });
        }
    }
    let messages = (0..commits.len()).collect();
    Ok((commits, jobs, messages))
}

/// The commits in `base..head`, oldest first, and the blobs each introduced: those at a
/// path where no parent had that blob (for a merge, no parent at all, so a conflict
/// resolution counts and a clean merge adds nothing).
fn walk_range(
    repo: &Repository,
    base: &str,
    head: &str,
    trouble: &mut Trouble,
) -> Result<Walked, GitError> {
    let resolve = |spec: &str, what: &str| {
        repo.revparse_single(spec)
            .and_then(|o| o.peel_to_commit())
            .map_err(|e| {
                GitError::Range(format!(
                    "the {what} of the range, `{spec}`, is not a commit in this repository ({}). \
                     In a shallow clone, fetch more history (`git fetch --deepen=N` or \
                     `--unshallow`); after a rewrite, pick a base that still exists, or scan \
                     the whole history without --range.",
                    e.message()
                ))
            })
    };
    let base_commit = resolve(base, "base")?;
    let head_commit = resolve(head, "head")?;
    let mut walk = repo.revwalk()?;
    walk.set_sorting(Sort::TOPOLOGICAL | Sort::REVERSE)?;
    walk.push(head_commit.id())?;
    walk.hide(base_commit.id())?;
    let mut commits = Vec::new();
    let mut jobs = Vec::new();
    let mut seen: HashSet<(Oid, String)> = HashSet::new();
    for id in walk {
        let id = id?;
        let commit = repo.find_commit(id)?;
        let ci = commits.len();
        commits.push(commit.id());
        let tree = commit.tree()?;
        let mut introduced: Option<HashSet<(Oid, String)>> = None;
        let parents: Vec<_> = commit.parents().collect();
        let parent_trees: Vec<Option<git2::Tree>> = if parents.is_empty() {
            vec![None]
        } else {
            parents.iter().map(|p| p.tree().ok()).collect()
        };
        for pt in parent_trees {
            let mut opts = git2::DiffOptions::new();
            opts.skip_binary_check(true).ignore_submodules(true);
            let diff = match repo.diff_tree_to_tree(pt.as_ref(), Some(&tree), Some(&mut opts)) {
                Ok(d) => d,
                Err(e) => {
                    trouble.error(
                        id.to_string(),
                        format!("cannot diff commit against its parent: {}", e.message()),
                    );
                    continue;
                }
            };
            let here: HashSet<(Oid, String)> = diff
                .deltas()
                .filter(|d| !d.new_file().id().is_zero())
                .filter_map(|d| {
                    let p = d.new_file().path_bytes()?;
                    Some((d.new_file().id(), String::from_utf8_lossy(p).into_owned()))
                })
                .collect();
            introduced = Some(match introduced {
                None => here,
                Some(prev) => prev.intersection(&here).cloned().collect(),
            });
        }
        let mut new: Vec<_> = introduced.unwrap_or_default().into_iter().collect();
        new.sort_by(|a, b| a.1.cmp(&b.1));
        for (oid, path) in new {
            if seen.insert((oid, path.clone())) {
                jobs.push(BlobJob {
                    oid,
                    path: Some(path),
                    commit: ci,
                });
            }
        }
    }
    let messages = (0..commits.len()).collect();
    Ok((commits, jobs, messages))
}

#[cfg(test)]
mod tests {
    #[test]
    fn rfc3339_dates() {
        assert_eq!(super::rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(super::rfc3339(1_732_800_000), "2024-11-28T13:20:00Z");
        assert_eq!(super::rfc3339(951_782_400), "2000-02-29T00:00:00Z");
    }
}
