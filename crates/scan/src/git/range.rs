//! Commit sets (`A..B`, a push) and the index: only what their commits introduced.

use std::cmp::Ordering;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasher, Hasher};

use gix::prelude::FindExt;
use gix::ObjectId;
use keyfence_model::{Problem, ProblemKind};

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
    // Trees and commits are read through a cache of delta bases, as the whole walk
    // reads them: without it each version of a tree undoes its delta chain again.
    let mut odb = git.objects.clone();
    odb.set_pack_cache(|| {
        Box::new(gix::odb::pack::cache::lru::MemoryCappedHashmap::new(
            super::walk::WALK_CACHE,
        ))
    });
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
    let Between {
        listed,
        trees: tree_of,
    } = between(&odb, &repo.shallow, &include, &hidden, problems);
    let order = oldest_first(&listed);
    let mut commits = Vec::new();
    let mut jobs = Vec::new();
    let mut messages = Vec::new();
    let mut scratch = Vec::new();
    let mut seen: HashSet<(ObjectId, String)> = HashSet::new();
    let mut buf = Vec::new();
    let mut trees = TreeReader::new(&odb);
    for i in order {
        let id = listed[i].0;
        let (tree, parents) = match odb.find_commit(&id, &mut buf) {
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
        // The parents as the walk read them (none for a shallow clone's graft); one that
        // is not here is diffed against nothing.
        let mut parent_trees: Vec<Option<ObjectId>> = if repo.shallow.contains(&id) {
            Vec::new()
        } else {
            parents.iter().map(|p| tree_of.get(p).copied()).collect()
        };
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
    if trees.skipped > 0 {
        problems.push(Problem::new(
            ProblemKind::PathLimit,
            format!("{} commits", commits.len()),
            format!(
                "folders already listed at {MAX_REPEAT_PATHS} more paths were not listed again \
                 {} times (a tree built to repeat them?): their files were scanned at their \
                 first path",
                trees.skipped
            ),
        ));
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
    tree: ObjectId,
    parents: Vec<ObjectId>,
    flags: u8,
}

/// Commits as [`between`] lists them: newest first, each with its parents, and the
/// tree of every commit it read (the parents' included).
struct Between {
    listed: Vec<(ObjectId, Vec<ObjectId>)>,
    trees: HashMap<ObjectId, ObjectId>,
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
) -> Between {
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
                            tree: c.tree(),
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
    let listed = walked
        .into_iter()
        .filter(|id| nodes[id].flags & HIDDEN == 0)
        .map(|id| {
            let parents = nodes[&id].parents.clone();
            (id, parents)
        })
        .collect();
    let trees = nodes.into_iter().map(|(id, n)| (id, n.tree)).collect();
    Between { listed, trees }
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
    // What HEAD has at the index's paths (nothing on an unborn branch): only the
    // folders on the way to them are read.
    let mut wanted = HashSet::new();
    for entry in index.entries() {
        // Each folder's hash on the way, from one pass over the path.
        let path: &[u8] = entry.path(&index).as_ref();
        let mut h = PATH_HASHER.build_hasher();
        for (i, part) in path.split(|&b| b == b'/').enumerate() {
            if i > 0 {
                wanted.insert(h.clone().finish());
                h.write(b"/");
            }
            h.write(part);
        }
        wanted.insert(h.finish());
    }
    let head = match git.head_tree_id() {
        Ok(tree) => TreeReader::new(&git.objects)
            .blobs_at(tree.detach(), &wanted)
            .map_err(GitError::Git)?,
        Err(_) => HashMap::new(),
    };
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

/// Paths listed again from folder pairs already diffed in this walk (a folder copied,
/// or a tree built to repeat one), past which such a pair is not diffed again: its blobs
/// were listed at their first path, so they are scanned all the same.
const MAX_REPEAT_PATHS: usize = 10_000;

/// Reads trees for diffs, one buffer for all, with an explicit stack (a chain of
/// folders thousands deep costs memory linear in its depth, and no recursion).
struct TreeReader<'a> {
    odb: &'a gix::OdbHandle,
    buf: Vec<u8>,
    /// The (old, new) folder pairs diffed so far in this walk.
    diffed: HashSet<(Option<ObjectId>, ObjectId)>,
    /// Paths listed from pairs diffed again.
    repeated: usize,
    /// Pairs not diffed again past [`MAX_REPEAT_PATHS`].
    skipped: u64,
    /// Trees read lately, as stored: a commit's parent had most of its trees. Their
    /// bytes sit in one block (`arena`): small blocks held between the inflate buffers
    /// of thousands of loose trees would leave the heap in pieces.
    cache: HashMap<ObjectId, (usize, usize)>,
    arena: Vec<u8>,
}

/// Bytes of the trees [`TreeReader`] keeps read (emptied when full).
const TREE_CACHE: usize = 8 << 20;

/// A blob a diff found: its id, its path, and what the old tree had there (`None`:
/// nothing, or not a blob).
type Changed = (ObjectId, String, Option<ObjectId>);

/// What one diff found: the changed blobs, and the folders (as path prefixes ending
/// in `/`) it did not diff again because they had been, past the budget.
#[derive(Default)]
struct Diff {
    changed: Vec<Changed>,
    skipped: Vec<String>,
}

/// A folder pair waiting to be diffed: old and new trees, the folder (in [`Folders`]),
/// and whether it is a pair diffed before.
type Pending = (Option<ObjectId>, ObjectId, u32, bool);

/// The folders one diff has met, each as its parent and its name (the names in one
/// string): a path is made only for what is listed, so a chain thousands deep costs
/// memory linear in its depth, in a few blocks.
struct Folders {
    at: Vec<(u32, u32, u32)>,
    names: String,
}

impl Folders {
    const ROOT: u32 = 0;

    fn new() -> Folders {
        Folders {
            at: vec![(u32::MAX, 0, 0)],
            names: String::new(),
        }
    }

    fn add(&mut self, parent: u32, name: &str) -> u32 {
        let start = self.names.len() as u32;
        self.names.push_str(name);
        self.at.push((parent, start, name.len() as u32));
        (self.at.len() - 1) as u32
    }

    /// `name` in folder `at` (its path ends in `/` when `name` is empty).
    fn path(&self, at: u32, name: &str) -> String {
        let mut parts = Vec::new();
        let mut len = name.len();
        let mut i = at;
        while i != Self::ROOT {
            let (parent, start, n) = self.at[i as usize];
            let part = &self.names[start as usize..(start + n) as usize];
            parts.push(part);
            len += part.len() + 1;
            i = parent;
        }
        let mut out = String::with_capacity(len);
        for n in parts.iter().rev() {
            out.push_str(n);
            out.push('/');
        }
        out.push_str(name);
        out
    }
}

/// The entries of a tree's bytes.
fn parse(data: &[u8], id: ObjectId) -> Result<Vec<gix::objs::tree::EntryRef<'_>>, String> {
    gix::objs::TreeRefIter::from_bytes(data, id.kind())
        .map(|e| e.map_err(|e| format!("cannot read part of tree {id}: {e}")))
        .collect()
}

/// Git's order of tree entries: by name, a folder's name read as if it ended in `/`.
fn tree_order(a: &gix::objs::tree::EntryRef, b: &gix::objs::tree::EntryRef) -> Ordering {
    let (x, y): (&[u8], &[u8]) = (a.filename, b.filename);
    let n = x.len().min(y.len());
    x[..n].cmp(&y[..n]).then_with(|| {
        let end = |name: &[u8], tree: bool| match name.get(n) {
            Some(&c) => c,
            None if tree => b'/',
            None => 0,
        };
        end(x, a.mode.is_tree()).cmp(&end(y, b.mode.is_tree()))
    })
}

impl<'a> TreeReader<'a> {
    fn new(odb: &'a gix::OdbHandle) -> Self {
        TreeReader {
            odb,
            buf: Vec::new(),
            diffed: HashSet::new(),
            repeated: 0,
            skipped: 0,
            cache: HashMap::new(),
            arena: Vec::new(),
        }
    }

    /// A tree's bytes, from the cache when it holds them.
    fn read(&mut self, id: ObjectId) -> Result<Vec<u8>, String> {
        if let Some(&(at, len)) = self.cache.get(&id) {
            return Ok(self.arena[at..at + len].to_vec());
        }
        self.odb
            .find_tree_iter(&id, &mut self.buf)
            .map_err(|e| format!("cannot read tree {id}: {e}"))?;
        let data = self.buf.clone();
        if self.arena.len() + data.len() > TREE_CACHE {
            self.cache.clear();
            self.arena.clear();
        }
        if data.len() <= TREE_CACHE {
            if self.arena.capacity() == 0 {
                self.arena.reserve_exact(TREE_CACHE);
            }
            self.cache.insert(id, (self.arena.len(), data.len()));
            self.arena.extend_from_slice(&data);
        }
        Ok(data)
    }

    /// The blobs under `tree` at the paths `wanted` holds (by their hash with
    /// [`PATH_HASHER`]; every
    /// folder of a wanted path is wanted): only the folders on the way to them are read,
    /// so a tree built to repeat a folder a billion times costs what the paths do.
    fn blobs_at(
        &mut self,
        tree: ObjectId,
        wanted: &HashSet<u64>,
    ) -> Result<HashMap<Vec<u8>, ObjectId>, String> {
        let mut out = HashMap::new();
        // Each folder with its path and the hash of its path so far (the hasher reads a
        // path in pieces as it would whole), so an entry not wanted costs no path.
        let mut stack = vec![(tree, Vec::new(), PATH_HASHER.build_hasher())];
        while let Some((tree, prefix, hashed)) = stack.pop() {
            let data = self.read(tree)?;
            for e in parse(&data, tree)? {
                let mut h = hashed.clone();
                h.write(e.filename);
                if !wanted.contains(&h.clone().finish()) {
                    continue;
                }
                let mut path = prefix.clone();
                path.extend_from_slice(e.filename);
                if e.mode.is_tree() {
                    path.push(b'/');
                    h.write(b"/");
                    stack.push((e.oid.to_owned(), path, h));
                } else if e.mode.is_blob_or_symlink() {
                    out.insert(path, e.oid.to_owned());
                }
            }
        }
        Ok(out)
    }

    /// The blobs of `new` that differ from `old` at their path, with what `old` had
    /// there. Folders are diffed from a stack, each pair's entries side by side in
    /// git's order; a pair of folders already diffed in this walk is diffed again only
    /// within [`MAX_REPEAT_PATHS`]. `record`: whether what this diff lists is kept
    /// whole (the pairs it diffs count as listed).
    fn diff(&mut self, old: Option<ObjectId>, new: ObjectId, record: bool) -> Result<Diff, String> {
        let mut found = Diff::default();
        let mut folders = Folders::new();
        let mut stack: Vec<Pending> = vec![(old, new, Folders::ROOT, false)];
        while let Some((old, new, at, again)) = stack.pop() {
            if old == Some(new) {
                continue;
            }
            let again = again
                || if record {
                    !self.diffed.insert((old, new))
                } else {
                    self.diffed.contains(&(old, new))
                };
            if again && self.repeated >= MAX_REPEAT_PATHS {
                self.skipped += 1;
                found.skipped.push(folders.path(at, ""));
                continue;
            }
            let old_data = old.map(|o| self.read(o)).transpose()?;
            let new_data = self.read(new)?;
            let before = match (&old_data, old) {
                (Some(d), Some(o)) => parse(d, o)?,
                _ => Vec::new(),
            };
            let mut before = before.iter().peekable();
            for e in parse(&new_data, new)? {
                // The old entry of the same name and kind, if any (both are in git's
                // order; one out of order is only ever taken as new).
                let mut was = None;
                while let Some(b) = before.peek() {
                    match tree_order(b, &e) {
                        Ordering::Less => {
                            before.next();
                        }
                        Ordering::Equal => {
                            was = before.next();
                            break;
                        }
                        Ordering::Greater => break,
                    }
                }
                let id = e.oid.to_owned();
                let name = String::from_utf8_lossy(e.filename);
                if e.mode.is_tree() {
                    let old_tree = was.filter(|b| b.mode.is_tree()).map(|b| b.oid.to_owned());
                    if old_tree != Some(id) {
                        let folder = folders.add(at, &name);
                        stack.push((old_tree, id, folder, again));
                    }
                } else if e.mode.is_blob_or_symlink() {
                    let old_blob = match was {
                        Some(b) if b.oid == e.oid => continue,
                        Some(b) if b.mode.is_blob_or_symlink() => Some(b.oid.to_owned()),
                        _ => None,
                    };
                    if again {
                        self.repeated += 1;
                    }
                    found.changed.push((id, folders.path(at, &name), old_blob));
                }
            }
        }
        Ok(found)
    }
}

/// The hasher of the wanted paths' sets, for sets that hold no copies of long paths
/// (fixed keys: the sets live in one run).
static PATH_HASHER: std::hash::BuildHasherDefault<std::collections::hash_map::DefaultHasher> =
    std::hash::BuildHasherDefault::new();

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
    // Only what a commit with one parent lists is kept whole: a merge keeps what is
    // new against every parent, so its diffs do not count as folders listed.
    let record = parents.len() <= 1;
    for &pt in parents {
        let here = match trees.diff(pt, tree, record) {
            Ok(d) => d,
            Err(e) => {
                problems.push(object_problem(
                    id.to_string(),
                    format!("cannot diff commit against its parent: {e}"),
                ));
                continue;
            }
        };
        result = Some(match result {
            None => here
                .changed
                .into_iter()
                .map(|(b, p, old)| (b, p, old.into_iter().collect()))
                .collect(),
            // A merge: new only if new against every parent (or in a folder this
            // parent's diff did not read again).
            Some(prev) => {
                let olds: HashMap<(ObjectId, &str), Option<ObjectId>> = here
                    .changed
                    .iter()
                    .map(|(b, p, old)| ((*b, p.as_str()), *old))
                    .collect();
                prev.into_iter()
                    .filter_map(|(b, p, mut before)| {
                        match olds.get(&(b, p.as_str())) {
                            Some(old) => before.extend(*old),
                            None if here.skipped.iter().any(|s| p.starts_with(s.as_str())) => {}
                            None => return None,
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
