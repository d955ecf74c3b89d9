//! Commit sets (`A..B`, a push) and the index: only what their commits introduced.

use std::collections::HashSet;

use git2::{Oid, Repository, Sort};
use gix::ObjectId;
use keyfence_model::Problem;

use super::{object_problem, BlobJob, CommitSet, GitError};

/// What a range walk found: commits oldest first, the blobs they introduced, and
/// what `message` found in their messages, with the commit's index.
pub(super) struct RangeWalk<T> {
    pub commits: Vec<ObjectId>,
    pub jobs: Vec<BlobJob>,
    pub messages: Vec<(T, usize)>,
}

pub(super) fn oid(id: Oid) -> ObjectId {
    ObjectId::from_bytes_or_panic(id.as_bytes())
}

/// A revision that must name a commit here.
fn resolve(repo: &Repository, spec: &str) -> Result<Oid, GitError> {
    repo.revparse_single(spec)
        .and_then(|o| o.peel_to_commit())
        .map(|c| c.id())
        .map_err(|e| {
            GitError::Range(format!(
                "`{spec}` is not a commit in this repository ({}). In a shallow clone, fetch \
                 more history (`git fetch --deepen=N` or `--unshallow`); after a rewrite, pick \
                 a base that still exists, or scan the whole history without --range.",
                e.message()
            ))
        })
}

/// The commits reachable from `set.include` and from none of `set.exclude` and the refs
/// matching `set.exclude_globs`, oldest first, and the blobs each introduced: those at
/// a path where no parent had that blob (for a merge, no parent at all, so a conflict
/// resolution counts and a clean merge adds nothing). Each blob comes with the blobs
/// its parents had at that path, so that secrets they already held can be told apart.
pub(super) fn walk_commits<T>(
    repo: &Repository,
    set: &CommitSet,
    problems: &mut Vec<Problem>,
    message: &mut dyn FnMut(&[u8], &mut Vec<T>),
) -> Result<RangeWalk<T>, GitError> {
    let include = set
        .include
        .iter()
        .map(|s| resolve(repo, s))
        .collect::<Result<Vec<_>, _>>()?;
    let exclude = set
        .exclude
        .iter()
        .map(|s| resolve(repo, s))
        .collect::<Result<Vec<_>, _>>()?;
    let mut walk = repo.revwalk()?;
    walk.set_sorting(Sort::TOPOLOGICAL | Sort::REVERSE)?;
    for id in include {
        walk.push(id)?;
    }
    for id in exclude {
        walk.hide(id)?;
    }
    for glob in &set.exclude_globs {
        walk.hide_glob(glob)?;
    }
    let mut commits = Vec::new();
    let mut jobs = Vec::new();
    let mut messages = Vec::new();
    let mut scratch = Vec::new();
    let mut seen: HashSet<(Oid, String)> = HashSet::new();
    for id in walk {
        let id = id?;
        let commit = match repo.find_commit(id) {
            Ok(c) => c,
            Err(e) => {
                problems.push(object_problem(
                    id.to_string(),
                    format!("cannot read commit: {}", e.message()),
                ));
                continue;
            }
        };
        let ci = commits.len();
        commits.push(oid(commit.id()));
        message(commit.message_raw_bytes(), &mut scratch);
        messages.extend(scratch.drain(..).map(|t| (t, ci)));
        let tree = match commit.tree() {
            Ok(t) => t,
            Err(e) => {
                problems.push(object_problem(
                    id.to_string(),
                    format!("cannot read the tree of commit: {}", e.message()),
                ));
                continue;
            }
        };
        let parents: Vec<Option<git2::Tree>> = if commit.parent_count() == 0 {
            vec![None]
        } else {
            commit.parents().map(|p| p.tree().ok()).collect::<Vec<_>>()
        };
        for (blob, path, before) in introduced(repo, parents, Some(&tree), id, problems) {
            if seen.insert((blob, path.clone())) {
                jobs.push(BlobJob {
                    oid: oid(blob),
                    path: Some(path),
                    commit: ci,
                    before,
                });
            }
        }
    }
    Ok(RangeWalk {
        commits,
        jobs,
        messages,
    })
}

/// The staged content (the index) against HEAD: every blob the next commit would add,
/// with the blob HEAD has at that path.
pub(super) fn walk_staged(
    repo: &Repository,
    index: Option<&std::path::Path>,
) -> Result<Vec<BlobJob>, GitError> {
    let head = match repo.head() {
        Ok(h) => Some(h.peel_to_tree()?),
        // No commit yet: everything staged is new.
        Err(e)
            if e.code() == git2::ErrorCode::UnbornBranch
                || e.code() == git2::ErrorCode::NotFound =>
        {
            None
        }
        Err(e) => return Err(e.into()),
    };
    let index = match index {
        Some(path) => git2::Index::open(path)?,
        None => repo.index()?,
    };
    let mut opts = git2::DiffOptions::new();
    opts.skip_binary_check(true).ignore_submodules(true);
    let diff = repo.diff_tree_to_index(head.as_ref(), Some(&index), Some(&mut opts))?;
    let mut jobs = Vec::new();
    for d in diff.deltas() {
        let new = d.new_file();
        if new.id().is_zero() {
            continue;
        }
        let Some(path) = new.path_bytes() else {
            continue;
        };
        let old = d.old_file().id();
        jobs.push(BlobJob {
            oid: oid(new.id()),
            path: Some(String::from_utf8_lossy(path).into_owned()),
            commit: usize::MAX,
            before: if old.is_zero() {
                vec![]
            } else {
                vec![oid(old)]
            },
        });
    }
    Ok(jobs)
}

/// The (blob, path) pairs of `tree` that no parent tree has, each with the blobs the
/// parents have at that path.
fn introduced(
    repo: &Repository,
    parents: Vec<Option<git2::Tree>>,
    tree: Option<&git2::Tree>,
    id: Oid,
    problems: &mut Vec<Problem>,
) -> Vec<(Oid, String, Vec<ObjectId>)> {
    let mut result: Option<Vec<(Oid, String, Vec<ObjectId>)>> = None;
    for pt in parents {
        let mut opts = git2::DiffOptions::new();
        opts.skip_binary_check(true).ignore_submodules(true);
        let diff = match repo.diff_tree_to_tree(pt.as_ref(), tree, Some(&mut opts)) {
            Ok(d) => d,
            Err(e) => {
                problems.push(object_problem(
                    id.to_string(),
                    format!("cannot diff commit against its parent: {}", e.message()),
                ));
                continue;
            }
        };
        let here: Vec<(Oid, String, Oid)> = diff
            .deltas()
            .filter(|d| !d.new_file().id().is_zero())
            .filter_map(|d| {
                let p = d.new_file().path_bytes()?;
                Some((
                    d.new_file().id(),
                    String::from_utf8_lossy(p).into_owned(),
                    d.old_file().id(),
                ))
            })
            .collect();
        result = Some(match result {
            None => here
                .into_iter()
                .map(|(b, p, old)| {
                    let before = if old.is_zero() {
                        vec![]
                    } else {
                        vec![oid(old)]
                    };
                    (b, p, before)
                })
                .collect(),
            // A merge: new only if new against every parent.
            Some(prev) => {
                let mut olds: std::collections::HashMap<(Oid, &str), Oid> = Default::default();
                for (b, p, old) in &here {
                    olds.insert((*b, p.as_str()), *old);
                }
                prev.into_iter()
                    .filter_map(|(b, p, mut before)| {
                        let old = *olds.get(&(b, p.as_str()))?;
                        if !old.is_zero() {
                            before.push(oid(old));
                        }
                        Some((b, p, before))
                    })
                    .collect()
            }
        });
    }
    let mut out = result.unwrap_or_default();
    out.sort_by(|a, b| a.1.cmp(&b.1));
    out
}
