//! Which commits and paths carry a blob: counted after the scan, for the few blobs
//! with a finding, from the tree graph the walk kept.
//!
//! Blobs are taken 64 at a time, one bit each. Every tree gets the set of those blobs
//! beneath it (a mask): first the trees that hold one directly (the ranges of the
//! blob's edges), then, until nothing changes, the trees that hold a tree with a
//! mask. Only the trees whose mask is not empty are read again, to learn the paths.
//! Each commit then carries the blobs of its root tree's mask.
//!
//! Commits are counted exactly (from the masks). Paths are listed, and a crafted
//! history can make them explode: three trees of 1,000 entries, each naming the one
//! below a thousand times, put one blob at a billion paths in a few kilobytes. So the
//! paths listed are bounded: [`MAX_PATHS`] per blob, [`MAX_TREE_PATHS`] beneath one
//! tree, [`MAX_PATH_LEN`] bytes each (a chain of trees thousands deep), and a budget of
//! path bytes for the whole count that is linear in the number of trees; a blob whose
//! paths were not all listed is marked `capped`.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::rc::Rc;

use gix::prelude::FindExt;
use gix::ObjectId;
use std::collections::HashMap;

use super::walk::{TreeGraph, BLOB};
use super::BlobJob;

/// The most paths listed for one blob.
pub(super) const MAX_PATHS: usize = 1_000;

/// The most (blob, path) pairs remembered beneath one tree.
const MAX_TREE_PATHS: usize = 10_000;

/// Bytes of path strings made in all: this many, plus [`TREE_PATH_BUDGET`] per tree
/// read.
const PATH_BUDGET: usize = 64 << 20;
const TREE_PATH_BUDGET: usize = 256;

/// The longest path listed: a chain of trees 20,000 deep would otherwise make paths,
/// and memory, that grow with the square of its depth. Longer ones are not listed.
const MAX_PATH_LEN: usize = 1024;

/// Commits (indices) and paths where one blob is found, each path with the first
/// commit that holds the blob there.
#[derive(Default, Debug)]
pub(super) struct Carriers {
    pub commits: BTreeSet<usize>,
    pub paths: BTreeMap<String, usize>,
    /// Some paths that hold it were not listed (a bound above).
    pub capped: bool,
}

/// The (blob bit, path) pairs beneath a tree, and the bits whose pairs were not all
/// kept.
#[derive(Default)]
struct Held {
    pairs: Vec<(u64, String)>,
    capped: u64,
}

/// For each blob in `blobs` (job indices), the commits and paths that hold it.
pub(super) fn carriers(
    graph: &TreeGraph,
    odb: &gix::OdbHandle,
    jobs: &[BlobJob],
    blobs: &[u32],
) -> HashMap<u32, Carriers> {
    let mut out: HashMap<u32, Carriers> = HashMap::new();
    if blobs.is_empty() {
        return out;
    }
    // Tree nodes by id, for the entries of the trees read again.
    let nodes: gix::hashtable::HashMap<ObjectId, u32> = graph
        .ids
        .iter()
        .enumerate()
        .map(|(n, id)| (*id, n as u32))
        .collect();
    let mut budget = PATH_BUDGET + TREE_PATH_BUDGET * graph.ids.len();
    for group in blobs.chunks(64) {
        let bit: HashMap<u32, u64> = group
            .iter()
            .enumerate()
            .map(|(i, &job)| (job, 1u64 << i))
            .collect();
        let by_id: HashMap<ObjectId, u64> = group
            .iter()
            .enumerate()
            .map(|(i, &job)| (jobs[job as usize].oid, 1u64 << i))
            .collect();
        let masks = masks(graph, &bit);
        let mut paths: HashMap<u32, Rc<Held>> = HashMap::new();
        // A root tree met again (commits that change nothing) lists no new path.
        let mut listed_roots: HashSet<u32> = HashSet::new();
        let mut buf = Vec::new();
        for (ci, root) in graph.roots.iter().enumerate() {
            let Some(root) = *root else { continue };
            let mask = masks[root as usize];
            if mask == 0 {
                continue;
            }
            for (i, &job) in group.iter().enumerate() {
                if mask & (1 << i) != 0 {
                    out.entry(job).or_default().commits.insert(ci);
                }
            }
            if !listed_roots.insert(root) {
                continue;
            }
            let held = paths_under(
                (graph, &nodes),
                odb,
                &by_id,
                &masks,
                root,
                (&mut paths, &mut budget),
                &mut buf,
            );
            for (b, path) in &held.pairs {
                let c = out.entry(group[b.trailing_zeros() as usize]).or_default();
                // Commits come oldest first: the first one to hold a path stays.
                if c.paths.contains_key(path) {
                    continue;
                }
                if c.paths.len() < MAX_PATHS {
                    c.paths.insert(path.clone(), ci);
                } else {
                    c.capped = true;
                }
            }
            for (i, &job) in group.iter().enumerate() {
                if held.capped & (1 << i) != 0 {
                    out.entry(job).or_default().capped = true;
                }
            }
        }
    }
    out
}

/// Each tree's mask: the bits of the blobs beneath it.
fn masks(graph: &TreeGraph, bit: &HashMap<u32, u64>) -> Vec<u64> {
    let h = &graph.edges;
    let mut mask = vec![0u64; graph.ids.len()];
    for (chain, s) in h.stretches().filter(|(_, s)| s.edge & BLOB != 0) {
        if let Some(&b) = bit.get(&(s.edge & !BLOB)) {
            for &n in h.holders(chain, s) {
                mask[n as usize] |= b;
            }
        }
    }
    // Up through the trees that hold trees, as many times as trees nest.
    let trees: Vec<_> = h.stretches().filter(|(_, s)| s.edge & BLOB == 0).collect();
    loop {
        let mut changed = false;
        for &(chain, s) in &trees {
            let m = mask[s.edge as usize];
            if m == 0 {
                continue;
            }
            for &n in h.holders(chain, s) {
                let was = mask[n as usize];
                if was | m != was {
                    mask[n as usize] = was | m;
                    changed = true;
                }
            }
        }
        if !changed {
            return mask;
        }
    }
}

/// Keeps the pair (`b`, `path`) beneath a tree, within the bounds.
fn keep(held: &mut Held, budget: &mut usize, b: u64, len: usize, path: impl FnOnce() -> String) {
    if len <= MAX_PATH_LEN && len <= *budget && held.pairs.len() < MAX_TREE_PATHS {
        *budget -= len;
        held.pairs.push((b, path()));
    } else {
        held.capped |= b;
    }
}

/// What one entry of a tree with a mask leads to.
enum Target {
    Blob(u64),
    Tree(u32),
}

/// The (bit, path) pairs beneath `node`, read from the trees whose mask is not empty
/// and remembered per tree, within the bounds (`budget`: path strings left to make).
fn paths_under(
    (graph, nodes): (&TreeGraph, &gix::hashtable::HashMap<ObjectId, u32>),
    odb: &gix::OdbHandle,
    by_id: &HashMap<ObjectId, u64>,
    masks: &[u64],
    node: u32,
    (memo, budget): (&mut HashMap<u32, Rc<Held>>, &mut usize),
    buf: &mut Vec<u8>,
) -> Rc<Held> {
    // Post-order over the trees with a mask, children first, without recursion: a
    // tree is read when first met, and what it leads to waits for its children.
    let mut pending: HashMap<u32, Vec<(String, Target)>> = HashMap::new();
    let mut stack: Vec<(u32, bool)> = vec![(node, false)];
    while let Some((n, expanded)) = stack.pop() {
        if memo.contains_key(&n) {
            continue;
        }
        if !expanded {
            let mut entries = Vec::new();
            if let Ok(iter) = odb.find_tree_iter(&graph.ids[n as usize], buf) {
                for entry in iter {
                    let Ok(entry) = entry else { break };
                    let target = if entry.mode.is_tree() {
                        match nodes.get(entry.oid) {
                            Some(&c) if masks[c as usize] != 0 => Target::Tree(c),
                            _ => continue,
                        }
                    } else if entry.mode.is_blob_or_symlink() {
                        match by_id.get(entry.oid) {
                            Some(&b) => Target::Blob(b),
                            None => continue,
                        }
                    } else {
                        continue;
                    };
                    let name = String::from_utf8_lossy(entry.filename).into_owned();
                    entries.push((name, target));
                }
            }
            stack.push((n, true));
            for (_, t) in &entries {
                if let Target::Tree(c) = t {
                    if !memo.contains_key(c) {
                        stack.push((*c, false));
                    }
                }
            }
            pending.insert(n, entries);
            continue;
        }
        let mut held = Held::default();
        for (name, target) in pending.remove(&n).unwrap_or_default() {
            match target {
                Target::Blob(b) => keep(&mut held, budget, b, name.len(), || name.clone()),
                Target::Tree(c) => {
                    let Some(below) = memo.get(&c) else { continue };
                    held.capped |= below.capped;
                    if *budget == 0 || held.pairs.len() >= MAX_TREE_PATHS {
                        // Full: what is beneath is not listed, in one step.
                        held.capped |= masks[c as usize];
                        continue;
                    }
                    for (b, p) in &below.pairs {
                        let len = name.len() + 1 + p.len();
                        keep(&mut held, budget, *b, len, || format!("{name}/{p}"));
                    }
                }
            }
        }
        memo.insert(n, Rc::new(held));
    }
    memo.get(&node).cloned().unwrap_or_default()
}
