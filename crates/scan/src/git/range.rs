//! Ranges (`base..head`): only what the commits in the range introduced.

use std::collections::HashSet;

use git2::{Oid, Repository, Sort};
use gix::ObjectId;

use super::{BlobJob, GitError, Trouble};

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

/// The commits in `base..head`, oldest first, and the blobs each introduced: those at a
/// path where no parent had that blob (for a merge, no parent at all, so a conflict
/// resolution counts and a clean merge adds nothing).
pub(super) fn walk_range<T>(
    repo: &Repository,
    base: &str,
    head: &str,
    trouble: &mut Trouble,
    message: &mut dyn FnMut(&[u8], &mut Vec<T>),
) -> Result<RangeWalk<T>, GitError> {
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
    let mut messages = Vec::new();
    let mut scratch = Vec::new();
    let mut seen: HashSet<(Oid, String)> = HashSet::new();
    for id in walk {
        let id = id?;
        let commit = repo.find_commit(id)?;
        let ci = commits.len();
        commits.push(oid(commit.id()));
        message(commit.message_raw_bytes(), &mut scratch);
        messages.extend(scratch.drain(..).map(|t| (t, ci)));
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
        for (id, path) in new {
            if seen.insert((id, path.clone())) {
                jobs.push(BlobJob {
                    oid: oid(id),
                    path: Some(path),
                    commit: ci,
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
