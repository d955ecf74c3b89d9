//! The whole-history walk: every commit reachable from the tips, oldest first by
//! topology, and every tree and blob they hold, each read once.
//!
//! Objects are read with gitoxide, whose pack reader with a delta-base cache walks
//! vuejs/core's trees in about a third of the time libgit2 (used before) took. The walk keeps the
//! shape of what it read (which tree holds which trees and blobs, without names, as
//! the history of each directory: [`EdgeHistory`]) so that, after the scan, the
//! commits and paths that carry a finding can be counted without reading every tree
//! again.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use gix::hashtable::{HashMap, HashSet};
use gix::prelude::FindExt;
use gix::ObjectId;
use keyfence_model::{Event, Problem, Progress};

use super::edges::{EdgeHistory, Scratch};
use super::{object_problem, BlobJob};

/// Bytes of delta bases the walk keeps: trees are stored as deltas of each other.
pub(super) const WALK_CACHE: usize = 32 << 20;

/// An edge to a blob (its job index); edges without this bit are tree nodes.
pub(super) const BLOB: u32 = 1 << 31;

/// The trees the walk read, each once, and what each holds.
#[derive(Default)]
pub(super) struct TreeGraph {
    /// Tree ids, by node.
    pub ids: Vec<ObjectId>,
    /// Tree nodes, by id, while the walk goes on (carriers build their own when
    /// there is a finding: the scan does not hold it).
    pub nodes: HashMap<ObjectId, u32>,
    /// What each tree holds (`BLOB | job` or a child node), as ranges over the
    /// versions of each directory.
    pub edges: EdgeHistory,
    /// Each commit's root tree node, by commit index; `None` when it could not be read.
    pub roots: Vec<Option<u32>>,
}

/// The result of a walk.
pub(super) struct Walk<T> {
    /// Commit ids, oldest first.
    pub commits: Vec<ObjectId>,
    pub jobs: Vec<BlobJob>,
    pub graph: TreeGraph,
    /// What `message` found, with the index of its commit.
    pub messages: Vec<(T, usize)>,
}

/// One commit as the graph phase sees it.
struct Node {
    id: ObjectId,
    tree: Option<ObjectId>,
    time: i64,
    parents: u32,
}

/// What the walk reports to, besides its result: the problems it meets, the scan of
/// each commit message (what it finds comes back in `Walk::messages` with the commit's
/// index), and progress.
pub(super) struct Hooks<'a, T> {
    pub problems: &'a mut Vec<Problem>,
    pub message: &'a mut dyn FnMut(&[u8], &mut Vec<T>),
    pub progress: &'a dyn Progress,
}

/// Walks every commit reachable from `tips` (not past the grafts in `shallow`) and
/// returns the commits oldest first with every blob once.
pub(super) fn walk<T>(
    odb: &gix::OdbHandle,
    tips: &[ObjectId],
    shallow: &HashSet<ObjectId>,
    hooks: Hooks<T>,
) -> Walk<T> {
    let mut odb = odb.clone();
    odb.set_pack_cache(|| {
        Box::new(gix::odb::pack::cache::lru::MemoryCappedHashmap::new(
            WALK_CACHE,
        ))
    });
    let Hooks {
        problems,
        message,
        progress,
    } = hooks;
    let graph = read_commits(
        &odb,
        tips,
        shallow,
        Hooks {
            problems: &mut *problems,
            message,
            progress,
        },
    );
    let (commits, trees, messages) = oldest_first(graph);
    let (mut graph, jobs) = read_trees(&odb, &commits, trees, problems, progress);
    // The delta-base cache goes before the graph is compacted: the peak holds one.
    drop(odb);
    graph.nodes = HashMap::default();
    crate::release_free_memory();
    graph.edges.finish();
    Walk {
        commits,
        jobs,
        graph,
        messages,
    }
}

/// The commit graph: every commit once, with its tree, time and parents, and what
/// its message held.
struct CommitGraph<T> {
    nodes: Vec<Node>,
    /// (parent, child) node pairs.
    parent_edges: Vec<(u32, u32)>,
    /// Message findings, by node; they wait for the order.
    found: Vec<(T, u32)>,
}

/// Reads every commit reachable from `tips` once, scanning its message.
fn read_commits<T>(
    odb: &gix::OdbHandle,
    tips: &[ObjectId],
    shallow: &HashSet<ObjectId>,
    hooks: Hooks<T>,
) -> CommitGraph<T> {
    let Hooks {
        problems,
        message,
        progress,
    } = hooks;
    let mut buf = Vec::new();
    let mut index: HashMap<ObjectId, u32> = HashMap::default();
    let mut g = CommitGraph {
        nodes: Vec::new(),
        parent_edges: Vec::new(),
        found: Vec::new(),
    };
    let mut scratch: Vec<T> = Vec::new();
    let mut queue: Vec<u32> = Vec::new();
    let mut add = |id: ObjectId, nodes: &mut Vec<Node>, queue: &mut Vec<u32>| -> u32 {
        *index.entry(id).or_insert_with(|| {
            nodes.push(Node {
                id,
                tree: None,
                time: 0,
                parents: 0,
            });
            queue.push(nodes.len() as u32 - 1);
            nodes.len() as u32 - 1
        })
    };
    for &tip in tips {
        add(tip, &mut g.nodes, &mut queue);
    }
    let mut read = 0u64;
    while let Some(n) = queue.pop() {
        let id = g.nodes[n as usize].id;
        let commit = match odb.find_commit(&id, &mut buf) {
            Ok(c) => c,
            Err(e) => {
                problems.push(object_problem(
                    id.to_string(),
                    format!("cannot read commit: {e}"),
                ));
                continue;
            }
        };
        read += 1;
        if read.is_multiple_of(1024) {
            progress.event(Event::CommitsWalked(read));
        }
        g.nodes[n as usize].tree = Some(commit.tree());
        g.nodes[n as usize].time = commit.time().map(|t| t.seconds).unwrap_or(0);
        message(commit.message, &mut scratch);
        g.found.extend(scratch.drain(..).map(|t| (t, n)));
        if shallow.contains(&id) {
            continue;
        }
        let parents: Vec<ObjectId> = commit.parents().collect();
        for p in parents {
            let pn = add(p, &mut g.nodes, &mut queue);
            g.parent_edges.push((pn, n));
            g.nodes[n as usize].parents += 1;
        }
    }
    progress.event(Event::CommitsWalked(read));
    g
}

/// Oldest first by topology: a commit comes after all its parents; among commits
/// that are ready, the oldest committer date first (then discovery order), so the
/// order is the same on every run. Returns the commits that could be read in that
/// order, their trees, and the message findings by commit index.
#[allow(clippy::type_complexity)]
fn oldest_first<T>(g: CommitGraph<T>) -> (Vec<ObjectId>, Vec<ObjectId>, Vec<(T, usize)>) {
    let CommitGraph {
        mut nodes,
        mut parent_edges,
        found,
    } = g;
    parent_edges.sort_unstable();
    let mut child_start = vec![0u32; nodes.len() + 1];
    for &(p, _) in &parent_edges {
        child_start[p as usize + 1] += 1;
    }
    for i in 0..nodes.len() {
        child_start[i + 1] += child_start[i];
    }
    let mut ready: BinaryHeap<Reverse<(i64, u32)>> = nodes
        .iter()
        .enumerate()
        .filter(|(_, n)| n.parents == 0)
        .map(|(i, n)| Reverse((n.time, i as u32)))
        .collect();
    let mut order: Vec<u32> = Vec::with_capacity(nodes.len());
    while let Some(Reverse((_, n))) = ready.pop() {
        order.push(n);
        let (a, b) = (child_start[n as usize], child_start[n as usize + 1]);
        for &(_, child) in &parent_edges[a as usize..b as usize] {
            let c = &mut nodes[child as usize];
            c.parents -= 1;
            if c.parents == 0 {
                ready.push(Reverse((c.time, child)));
            }
        }
    }
    drop(parent_edges);
    let mut ci_of = vec![usize::MAX; nodes.len()];
    let mut commits = Vec::with_capacity(order.len());
    let mut trees = Vec::with_capacity(order.len());
    for &n in &order {
        let node = &nodes[n as usize];
        if let Some(tree) = node.tree {
            ci_of[n as usize] = commits.len();
            commits.push(node.id);
            trees.push(tree);
        }
    }
    let messages = found
        .into_iter()
        .map(|(t, n)| (t, ci_of[n as usize]))
        .collect();
    (commits, trees, messages)
}

/// What the tree walk has seen: each tree's node and each blob's job.
struct Seen {
    graph: TreeGraph,
    jobs: Vec<BlobJob>,
    blob_jobs: HashMap<ObjectId, u32>,
    /// The edges of the tree being read, and scratch space to record them.
    edges: Vec<u32>,
    scratch: Scratch,
}

impl Seen {
    fn new_node(&mut self, id: ObjectId) -> u32 {
        self.graph.ids.push(id);
        let n = self.graph.ids.len() as u32 - 1;
        self.graph.nodes.insert(id, n);
        n
    }
}

/// Trees in commit order, each once: the first commit whose tree holds a blob is the
/// one that introduced it, at the path it has there.
fn read_trees(
    odb: &gix::OdbHandle,
    commits: &[ObjectId],
    trees: Vec<ObjectId>,
    problems: &mut Vec<Problem>,
    progress: &dyn Progress,
) -> (TreeGraph, Vec<BlobJob>) {
    progress.event(Event::Phase("reading trees"));
    progress.event(Event::Total(trees.len() as u64));
    let mut seen = Seen {
        graph: TreeGraph::default(),
        jobs: Vec::new(),
        blob_jobs: HashMap::default(),
        edges: Vec::new(),
        scratch: Scratch::default(),
    };
    let mut buf = Vec::new();
    let mut stack: Vec<(u32, String)> = Vec::new();
    for (ci, tree) in trees.into_iter().enumerate() {
        if ci % 256 == 255 {
            progress.event(Event::Done {
                items: 256,
                bytes: 0,
            });
        }
        if let Some(&n) = seen.graph.nodes.get(&tree) {
            seen.graph.roots.push(Some(n));
            continue;
        }
        let root = seen.new_node(tree);
        seen.graph.roots.push(Some(root));
        stack.push((root, String::new()));
        while let Some((n, prefix)) = stack.pop() {
            read_tree(
                odb,
                &mut seen,
                (n, &prefix),
                (ci, &commits[ci]),
                &mut stack,
                &mut buf,
                problems,
            );
        }
    }
    (seen.graph, seen.jobs)
}

/// Reads one tree (`node`, at `prefix`) of commit `ci`: its new subtrees go on the
/// stack, its new blobs become jobs, and its edges go into the graph.
fn read_tree(
    odb: &gix::OdbHandle,
    seen: &mut Seen,
    (n, prefix): (u32, &str),
    (ci, commit): (usize, &ObjectId),
    stack: &mut Vec<(u32, String)>,
    buf: &mut Vec<u8>,
    problems: &mut Vec<Problem>,
) {
    let id = seen.graph.ids[n as usize];
    if id == ObjectId::empty_tree(gix::hash::Kind::Sha1) {
        return;
    }
    let entries = match odb.find_tree_iter(&id, buf) {
        Ok(t) => t,
        Err(e) => {
            let at = if prefix.is_empty() {
                commit.to_string()
            } else {
                format!("{commit} ({prefix})")
            };
            problems.push(object_problem(at, format!("cannot read tree {id}: {e}")));
            return;
        }
    };
    seen.edges.clear();
    for entry in entries {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                problems.push(object_problem(
                    commit.to_string(),
                    format!("cannot read part of tree {id}: {e}"),
                ));
                break;
            }
        };
        if entry.mode.is_tree() {
            let child = match seen.graph.nodes.get(entry.oid) {
                Some(&c) => c,
                None => {
                    let c = seen.new_node(entry.oid.to_owned());
                    let name = String::from_utf8_lossy(entry.filename);
                    stack.push((c, format!("{prefix}{name}/")));
                    c
                }
            };
            seen.edges.push(child);
        } else if entry.mode.is_blob_or_symlink() {
            let job = match seen.blob_jobs.get(entry.oid) {
                Some(&j) => j,
                None => {
                    let j = seen.jobs.len() as u32;
                    seen.blob_jobs.insert(entry.oid.to_owned(), j);
                    let name = String::from_utf8_lossy(entry.filename);
                    seen.jobs.push(BlobJob {
                        oid: entry.oid.to_owned(),
                        path: Some(format!("{prefix}{name}")),
                        commit: ci,
                        before: vec![],
                    });
                    j
                }
            };
            seen.edges.push(BLOB | job);
        }
        // Submodule entries (commits of another repository) hold nothing here.
    }
    let Seen {
        graph,
        edges,
        scratch,
        ..
    } = seen;
    graph.edges.record(n, prefix, edges, scratch);
}
