//! Which commits and paths carry a blob: counted after the scan, for the few blobs
//! with a finding, from the tree graph the walk kept.
//!
//! Blobs are taken 64 at a time, one bit each. Every tree gets the set of those blobs
//! beneath it (a mask): first the trees that hold one directly (the ranges of the
//! blob's edges), then, until nothing changes, the trees that hold a tree with a
//! mask. Only the trees whose mask is not empty are read again, to learn the paths.
//! Each commit then carries the blobs of its root tree's mask.

use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

use gix::prelude::FindExt;
use gix::ObjectId;
use std::collections::HashMap;

use super::walk::{TreeGraph, BLOB};
use super::BlobJob;

/// Commits (indices) and paths where one blob is found, each path with the first
/// commit that holds the blob there.
#[derive(Default, Debug)]
pub(super) struct Carriers {
    pub commits: BTreeSet<usize>,
    pub paths: BTreeMap<String, usize>,
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
        let mut paths: HashMap<u32, Rc<Vec<(u64, String)>>> = HashMap::new();
        let mut buf = Vec::new();
        for (ci, root) in graph.roots.iter().enumerate() {
            let Some(root) = *root else { continue };
            if masks[root as usize] == 0 {
                continue;
            }
            let held = paths_under(
                (graph, &nodes),
                odb,
                &by_id,
                &masks,
                root,
                &mut paths,
                &mut buf,
            );
            for (b, path) in held.iter() {
                let job = group[b.trailing_zeros() as usize];
                let c = out.entry(job).or_default();
                c.commits.insert(ci);
                // Commits come oldest first: the first one to hold a path stays.
                if !c.paths.contains_key(path) {
                    c.paths.insert(path.clone(), ci);
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

/// What one entry of a tree with a mask leads to.
enum Target {
    Blob(u64),
    Tree(u32),
}

/// The (bit, path) pairs beneath `node`, read from the trees whose mask is not empty
/// and remembered per tree.
fn paths_under(
    (graph, nodes): (&TreeGraph, &gix::hashtable::HashMap<ObjectId, u32>),
    odb: &gix::OdbHandle,
    by_id: &HashMap<ObjectId, u64>,
    masks: &[u64],
    node: u32,
    memo: &mut HashMap<u32, Rc<Vec<(u64, String)>>>,
    buf: &mut Vec<u8>,
) -> Rc<Vec<(u64, String)>> {
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
        let mut held: Vec<(u64, String)> = Vec::new();
        for (name, target) in pending.remove(&n).unwrap_or_default() {
            match target {
                Target::Blob(b) => held.push((b, name)),
                Target::Tree(c) => {
                    if let Some(below) = memo.get(&c) {
                        held.extend(below.iter().map(|(b, p)| (*b, format!("{name}/{p}"))));
                    }
                }
            }
        }
        memo.insert(n, Rc::new(held));
    }
    memo.get(&node).cloned().unwrap_or_default()
}
