//! Commit sets (`A..B`, a push) and the index: only what their commits introduced.

use std::collections::{HashMap, HashSet};

use gix::prelude::FindExt;
use gix::ObjectId;
use keyfence_model::Problem;

use super::repo::{failed, Repo};
use super::{object_problem, BlobJob, CommitSet, GitError};

/// What a range walk found: commits oldest first, the blobs they introduced, and
/// what `message` found in their messages, with the commit's index.
pub(super) struct RangeWalk<T> {
    pub commits: Vec<ObjectId>,
    pub jobs: Vec<BlobJob>,
    pub messages: Vec<(T, usize)>,
}

/// A revision that must name a commit here.
pub(super) fn resolve(repo: &gix::Repository, spec: &str) -> Result<ObjectId, GitError> {
    let not_here = |why: String| {
        GitError::Range(format!(
            "`{spec}` is not a commit in this repository ({why}). In a shallow clone, fetch \
             more history (`git fetch --deepen=N` or `--unshallow`); after a rewrite, pick a \
             base that still exists, or scan the whole history without --range."
        ))
    };
    let id = repo
        .rev_parse_single(spec)
        .map_err(|e| not_here(e.to_string()))?;
    let object = id.object().map_err(|e| not_here(e.to_string()))?;
    let commit = object
        .peel_to_commit()
        .map_err(|e| not_here(e.to_string()))?;
    Ok(commit.id)
}

/// The commits a ref glob names (`refs/remotes/origin/*`; a glob must end in `/*`),
/// peeled to commits; refs that do not peel to one are left out.
fn glob_commits(repo: &gix::Repository, glob: &str) -> Result<Vec<ObjectId>, GitError> {
    let Some(prefix) = glob.strip_suffix('*') else {
        return Ok(resolve(repo, glob).into_iter().collect());
    };
    let refs = repo
        .references()
        .map_err(|e| failed("cannot read the refs", e))?;
    let mut out = Vec::new();
    for r in refs.all().map_err(|e| failed("cannot read the refs", e))? {
        let Ok(mut r) = r else { continue };
        if !r.name().as_bstr().starts_with(prefix.as_bytes()) {
            continue;
        }
        if let Ok(c) = r.peel_to_kind(gix::object::Kind::Commit) {
            out.push(c.id);
        }
    }
    Ok(out)
}

/// The commits reachable from `set.include` and from none of `set.exclude` and the refs
/// matching `set.exclude_globs`, oldest first, and the blobs each introduced: those at
/// a path where no parent had that blob (for a merge, no parent at all, so a conflict
/// resolution counts and a clean merge adds nothing). Each blob comes with the blobs
/// its parents had at that path, so that secrets they already held can be told apart.
pub(super) fn walk_commits<T>(
    repo: &Repo,
    set: &CommitSet,
    problems: &mut Vec<Problem>,
    message: &mut dyn FnMut(&[u8], &mut Vec<T>),
) -> Result<RangeWalk<T>, GitError> {
    let git = &repo.objects;
    let include = set
        .include
        .iter()
        .map(|s| resolve(git, s))
        .collect::<Result<Vec<_>, _>>()?;
    let mut hidden = set
        .exclude
        .iter()
        .map(|s| resolve(git, s))
        .collect::<Result<Vec<_>, _>>()?;
    for glob in &set.exclude_globs {
        hidden.extend(glob_commits(git, glob)?);
    }
    let listed = between(&git.objects, &repo.shallow, &include, &hidden, problems);
    let order = oldest_first(&listed);
    let mut commits = Vec::new();
    let mut jobs = Vec::new();
    let mut messages = Vec::new();
    let mut scratch = Vec::new();
    let mut seen: HashSet<(ObjectId, String)> = HashSet::new();
    let mut buf = Vec::new();
    let mut trees = TreeReader::new(&git.objects);
    for i in order {
        let id = listed[i].0;
        let (tree, parents) = match git.objects.find_commit(&id, &mut buf) {
            Ok(c) => {
                let ci = commits.len();
                commits.push(id);
                message(c.message, &mut scratch);
                messages.extend(scratch.drain(..).map(|t| (t, ci)));
                (c.tree(), c.parents().collect::<Vec<_>>())
            }
            Err(e) => {
                problems.push(object_problem(
                    id.to_string(),
                    format!("cannot read commit: {e}"),
                ));
                continue;
            }
        };
        let ci = commits.len() - 1;
        let mut parent_trees = Vec::new();
        // A graft commit of a shallow clone is diffed against nothing, as a root is.
        let parents = if repo.shallow.contains(&id) {
            Vec::new()
        } else {
            parents
        };
        for p in &parents {
            match git.objects.find_commit(p, &mut buf) {
                Ok(c) => parent_trees.push(Some(c.tree())),
                // A parent that is not here (a shallow graft): against nothing.
                Err(_) => parent_trees.push(None),
            }
        }
        if parent_trees.is_empty() {
            parent_trees.push(None);
        }
        for (blob, path, before) in introduced(&mut trees, &parent_trees, tree, id, problems) {
            if seen.insert((blob, path.clone())) {
                jobs.push(BlobJob {
                    oid: blob,
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

/// Commit flags of [`between`].
const WANTED: u8 = 1;
const HIDDEN: u8 = 2;
/// Commits walked past the point where only hidden ones are queued, against clock
/// skew (git walks five).
const SLOP: usize = 5;

struct Node {
    time: i64,
    parents: Vec<ObjectId>,
    flags: u8,
}

/// The commits reachable from `include` and not from `hidden`, newest first, each with
/// its parents: both sides are walked together, newest committer date first, and the
/// walk ends a few commits after everything queued is hidden (git's rule), so a push
/// on top of a branch the remote has reads a handful of commits, not the history.
fn between(
    odb: &gix::OdbHandle,
    shallow: &gix::hashtable::HashSet<ObjectId>,
    include: &[ObjectId],
    hidden: &[ObjectId],
    problems: &mut Vec<Problem>,
) -> Vec<(ObjectId, Vec<ObjectId>)> {
    let mut nodes: HashMap<ObjectId, Node> = HashMap::new();
    let mut queue = std::collections::BinaryHeap::new();
    let mut buf = Vec::new();
    let mut order = 0u64;
    let mut load =
        |id: ObjectId, nodes: &mut HashMap<ObjectId, Node>, problems: &mut Vec<Problem>| {
            if nodes.contains_key(&id) {
                return true;
            }
            match odb.find_commit(&id, &mut buf) {
                Ok(c) => {
                    let time = c
                        .committer()
                        .ok()
                        .and_then(|s| s.time().ok())
                        .map_or(0, |t| t.seconds);
                    // A shallow clone's graft commits have no parents here.
                    let parents = if shallow.contains(&id) {
                        Vec::new()
                    } else {
                        c.parents().collect()
                    };
                    nodes.insert(
                        id,
                        Node {
                            time,
                            parents,
                            flags: 0,
                        },
                    );
                    true
                }
                Err(e) => {
                    problems.push(object_problem(
                        id.to_string(),
                        format!("cannot read commit: {e}"),
                    ));
                    false
                }
            }
        };
    let tips = include
        .iter()
        .map(|&id| (id, WANTED))
        .chain(hidden.iter().map(|&id| (id, HIDDEN)));
    for (id, flag) in tips {
        if load(id, &mut nodes, problems) {
            let n = nodes.get_mut(&id).expect("loaded");
            let seen = n.flags != 0;
            n.flags |= flag;
            if !seen {
                order += 1;
                queue.push((n.time, std::cmp::Reverse(order), id));
            }
        }
    }
    let mut walked = Vec::new();
    let mut slop = SLOP;
    // The date of the oldest wanted commit so far: hidden commits at least as new may
    // still reach it, however skewed the clocks (git's `still_interesting`).
    let mut oldest = i64::MAX;
    while let Some((_, _, id)) = queue.pop() {
        let (flags, parents, time) = {
            let n = &nodes[&id];
            (n.flags, n.parents.clone(), n.time)
        };
        if flags & HIDDEN == 0 {
            walked.push(id);
            oldest = oldest.min(time);
        }
        for p in parents {
            // A parent that is not here (a shallow graft) ends this line.
            if !load(p, &mut nodes, problems) {
                continue;
            }
            let pn = nodes.get_mut(&p).expect("loaded");
            let add = if flags & HIDDEN != 0 { HIDDEN } else { WANTED };
            if pn.flags & add != 0 {
                continue;
            }
            // Each commit is queued once; a flag it gains later is read when it is
            // popped.
            let seen = pn.flags != 0;
            pn.flags |= add;
            if add == HIDDEN {
                // What it reaches that is loaded already (reached as wanted, or the
                // parents read with it) is hidden too, as git marks parsed parents.
                hide_below(&mut nodes, p);
            }
            if !seen {
                order += 1;
                let time = nodes[&p].time;
                queue.push((time, std::cmp::Reverse(order), p));
            }
        }
        if flags & HIDDEN == 0 {
            continue;
        }
        let Some(&(newest, _, _)) = queue.peek() else {
            break;
        };
        if oldest <= newest || queue.iter().any(|(_, _, q)| nodes[q].flags & HIDDEN == 0) {
            slop = SLOP;
        } else {
            slop -= 1;
            if slop == 0 {
                break;
            }
        }
    }
    walked
        .into_iter()
        .filter(|id| nodes[id].flags & HIDDEN == 0)
        .map(|id| {
            let parents = nodes[&id].parents.clone();
            (id, parents)
        })
        .collect()
}

/// Marks `from`'s loaded ancestors hidden (they may have been reached as wanted).
fn hide_below(nodes: &mut HashMap<ObjectId, Node>, from: ObjectId) {
    let mut stack = vec![from];
    while let Some(id) = stack.pop() {
        let parents = nodes[&id].parents.clone();
        for p in parents {
            if let Some(n) = nodes.get_mut(&p) {
                if n.flags & HIDDEN == 0 {
                    n.flags |= HIDDEN;
                    stack.push(p);
                }
            }
        }
    }
}

/// Indexes of `listed` (newest first, as walked) in an order where every commit comes
/// after its parents that are in the list; among commits that are ready, the one
/// walked last (the oldest) first.
fn oldest_first(listed: &[(ObjectId, Vec<ObjectId>)]) -> Vec<usize> {
    let at: HashMap<ObjectId, usize> = listed.iter().enumerate().map(|(i, c)| (c.0, i)).collect();
    let mut waiting = vec![0usize; listed.len()];
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); listed.len()];
    for (i, (_, parents)) in listed.iter().enumerate() {
        for p in parents {
            if let Some(&pi) = at.get(p) {
                waiting[i] += 1;
                children[pi].push(i);
            }
        }
    }
    // Ready commits, the one walked last on top.
    let mut ready: std::collections::BinaryHeap<usize> =
        (0..listed.len()).filter(|&i| waiting[i] == 0).collect();
    let mut order = Vec::with_capacity(listed.len());
    while let Some(i) = ready.pop() {
        order.push(i);
        for &c in &children[i] {
            waiting[c] -= 1;
            if waiting[c] == 0 {
                ready.push(c);
            }
        }
    }
    order
}

/// The staged content (the index) against HEAD: every blob the next commit would add,
/// with the blob HEAD has at that path.
pub(super) fn walk_staged(
    repo: &Repo,
    index: Option<&std::path::Path>,
) -> Result<Vec<BlobJob>, GitError> {
    let git = &repo.objects;
    let index = match index {
        Some(path) => gix::index::File::at(path, git.object_hash(), false, Default::default())
            .map_err(|e| failed(&format!("cannot read the index {}", path.display()), e))?,
        None => match git.index_or_empty() {
            Ok(i) => (**i).clone(),
            Err(e) => return Err(failed("cannot read the index", e)),
        },
    };
    // What HEAD has, path by path (nothing on an unborn branch).
    let mut head: HashMap<Vec<u8>, ObjectId> = HashMap::new();
    if let Ok(tree) = git.head_tree_id() {
        let mut trees = TreeReader::new(&git.objects);
        let mut problems = Vec::new();
        trees.flatten(tree.detach(), &mut Vec::new(), &mut head, &mut problems);
        if let Some(p) = problems.into_iter().next() {
            return Err(GitError::Git(format!("{}: {}", p.path, p.message)));
        }
    }
    let mut jobs = Vec::new();
    let mut seen = HashSet::new();
    for entry in index.entries() {
        // Files and links; not submodules or sparse directories.
        if !entry
            .mode
            .to_tree_entry_mode()
            .is_some_and(|m| m.is_blob_or_symlink())
        {
            continue;
        }
        let path = entry.path(&index);
        let old = head.get(path.as_ref() as &[u8]).copied();
        if old == Some(entry.id) || !seen.insert((entry.id, path.to_vec())) {
            continue;
        }
        jobs.push(BlobJob {
            oid: entry.id,
            path: Some(String::from_utf8_lossy(path).into_owned()),
            commit: usize::MAX,
            before: old.into_iter().collect(),
        });
    }
    Ok(jobs)
}

/// Reads trees for diffs, one buffer for all.
struct TreeReader<'a> {
    odb: &'a gix::OdbHandle,
    buf: Vec<u8>,
}

/// A tree's entry: its mode and id.
type Entries = Vec<(Vec<u8>, gix::object::tree::EntryMode, ObjectId)>;

impl<'a> TreeReader<'a> {
    fn new(odb: &'a gix::OdbHandle) -> Self {
        TreeReader {
            odb,
            buf: Vec::new(),
        }
    }

    fn entries(&mut self, id: ObjectId) -> Result<Entries, String> {
        let iter = self
            .odb
            .find_tree_iter(&id, &mut self.buf)
            .map_err(|e| format!("cannot read tree {id}: {e}"))?;
        let mut out = Vec::new();
        for e in iter {
            let e = e.map_err(|e| format!("cannot read part of tree {id}: {e}"))?;
            out.push((e.filename.to_vec(), e.mode, e.oid.to_owned()));
        }
        Ok(out)
    }

    /// Every blob under `tree`, by path.
    fn flatten(
        &mut self,
        tree: ObjectId,
        prefix: &mut Vec<u8>,
        out: &mut HashMap<Vec<u8>, ObjectId>,
        problems: &mut Vec<Problem>,
    ) {
        let entries = match self.entries(tree) {
            Ok(e) => e,
            Err(e) => {
                problems.push(object_problem(String::from_utf8_lossy(prefix), e));
                return;
            }
        };
        for (name, mode, id) in entries {
            let len = prefix.len();
            prefix.extend_from_slice(&name);
            if mode.is_tree() {
                prefix.push(b'/');
                self.flatten(id, prefix, out, problems);
            } else if mode.is_blob_or_symlink() {
                out.insert(prefix.clone(), id);
            }
            prefix.truncate(len);
        }
    }

    /// The blobs of `new` (under `prefix`) that differ from `old` at their path, with
    /// what `old` had there (`None`: nothing, or not a blob).
    fn diff(
        &mut self,
        old: Option<ObjectId>,
        new: ObjectId,
        prefix: &str,
        out: &mut Vec<(ObjectId, String, Option<ObjectId>)>,
    ) -> Result<(), String> {
        if old == Some(new) {
            return Ok(());
        }
        let before: HashMap<Vec<u8>, (gix::object::tree::EntryMode, ObjectId)> = match old {
            Some(o) => self
                .entries(o)?
                .into_iter()
                .map(|(n, m, id)| (n, (m, id)))
                .collect(),
            None => HashMap::new(),
        };
        for (name, mode, id) in self.entries(new)? {
            let path = format!("{prefix}{}", String::from_utf8_lossy(&name));
            let was = before.get(&name).copied();
            if mode.is_tree() {
                let old_tree = was.filter(|(m, _)| m.is_tree()).map(|(_, id)| id);
                self.diff(old_tree, id, &format!("{path}/"), out)?;
            } else if mode.is_blob_or_symlink() {
                match was {
                    Some((_, old_id)) if old_id == id => {}
                    Some((m, old_id)) if m.is_blob_or_symlink() => {
                        out.push((id, path, Some(old_id)))
                    }
                    _ => out.push((id, path, None)),
                }
            }
        }
        Ok(())
    }
}

/// The (blob, path) pairs of `tree` that no parent tree has, each with the blobs the
/// parents have at that path.
fn introduced(
    trees: &mut TreeReader,
    parents: &[Option<ObjectId>],
    tree: ObjectId,
    id: ObjectId,
    problems: &mut Vec<Problem>,
) -> Vec<(ObjectId, String, Vec<ObjectId>)> {
    let mut result: Option<Vec<(ObjectId, String, Vec<ObjectId>)>> = None;
    for &pt in parents {
        let mut here = Vec::new();
        if let Err(e) = trees.diff(pt, tree, "", &mut here) {
            problems.push(object_problem(
                id.to_string(),
                format!("cannot diff commit against its parent: {e}"),
            ));
            continue;
        }
        result = Some(match result {
            None => here
                .into_iter()
                .map(|(b, p, old)| (b, p, old.into_iter().collect()))
                .collect(),
            // A merge: new only if new against every parent.
            Some(prev) => {
                let olds: HashMap<(ObjectId, &str), Option<ObjectId>> = here
                    .iter()
                    .map(|(b, p, old)| ((*b, p.as_str()), *old))
                    .collect();
                prev.into_iter()
                    .filter_map(|(b, p, mut before)| {
                        let old = *olds.get(&(b, p.as_str()))?;
                        before.extend(old);
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
