//! Which commits and paths carry a blob: counted after the scan, for the few blobs
//! with a finding, from the tree graph the walk kept.
//!
//! Blobs are taken 64 at a time, one bit each. A first pass gives every tree the set
//! of those blobs beneath it (a mask, from its children); a second reads again only
//! the trees whose mask is not empty, to learn the paths. Each commit then carries
//! the blobs of its root tree's mask.

use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

use gix::prelude::FindExt;
use std::collections::HashMap;

use super::walk::{TreeGraph, BLOB};

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
    blobs: &[u32],
) -> HashMap<u32, Carriers> {
    let mut out: HashMap<u32, Carriers> = HashMap::new();
    for group in blobs.chunks(64) {
        let bit: HashMap<u32, u64> = group
            .iter()
            .enumerate()
            .map(|(i, &job)| (job, 1u64 << i))
            .collect();
        let masks = masks(graph, &bit);
        let mut paths: HashMap<u32, Rc<Vec<(u64, String)>>> = HashMap::new();
        let mut buf = Vec::new();
        for (ci, root) in graph.roots.iter().enumerate() {
            let Some(root) = *root else { continue };
            if masks[root as usize] == 0 {
                continue;
            }
            let held = paths_under(graph, odb, &bit, &masks, root, &mut paths, &mut buf);
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

/// Each tree's mask: the bits of the blobs beneath it. Trees no root reaches stay 0.
fn masks(graph: &TreeGraph, bit: &HashMap<u32, u64>) -> Vec<u64> {
    const UNSEEN: u8 = 0;
    const OPEN: u8 = 1;
    const DONE: u8 = 2;
    let mut state = vec![UNSEEN; graph.ids.len()];
    let mut mask = vec![0u64; graph.ids.len()];
    let mut stack: Vec<(u32, bool)> = Vec::new();
    for root in graph.roots.iter().flatten() {
        if state[*root as usize] != UNSEEN {
            continue;
        }
        stack.push((*root, false));
        while let Some((n, expanded)) = stack.pop() {
            if expanded {
                let mut m = 0;
                for &e in graph.children(n) {
                    if e & BLOB != 0 {
                        m |= bit.get(&(e & !BLOB)).copied().unwrap_or(0);
                    } else if state[e as usize] == DONE {
                        m |= mask[e as usize];
                    }
                }
                mask[n as usize] = m;
                state[n as usize] = DONE;
                continue;
            }
            if state[n as usize] != UNSEEN {
                continue;
            }
            state[n as usize] = OPEN;
            stack.push((n, true));
            for &e in graph.children(n) {
                if e & BLOB == 0 && state[e as usize] == UNSEEN {
                    stack.push((e, false));
                }
            }
        }
    }
    mask
}

/// The (bit, path) pairs beneath `node`, read from the trees whose mask is not empty
/// and remembered per tree.
fn paths_under(
    graph: &TreeGraph,
    odb: &gix::OdbHandle,
    bit: &HashMap<u32, u64>,
    masks: &[u64],
    node: u32,
    memo: &mut HashMap<u32, Rc<Vec<(u64, String)>>>,
    buf: &mut Vec<u8>,
) -> Rc<Vec<(u64, String)>> {
    // Post-order over the trees with a mask, children first, without recursion.
    let mut stack: Vec<(u32, bool)> = vec![(node, false)];
    while let Some((n, expanded)) = stack.pop() {
        if memo.contains_key(&n) {
            continue;
        }
        if !expanded {
            stack.push((n, true));
            for &e in graph.children(n) {
                if e & BLOB == 0 && masks[e as usize] != 0 && !memo.contains_key(&e) {
                    stack.push((e, false));
                }
            }
            continue;
        }
        // The edges say which children are which; the tree, read again, gives names.
        // Its entries are in the same order as the edges the walk recorded.
        let mut held: Vec<(u64, String)> = Vec::new();
        if let Ok(entries) = odb.find_tree_iter(&graph.ids[n as usize], buf) {
            let mut edges = graph.children(n).iter();
            for entry in entries {
                let Ok(entry) = entry else { break };
                if !(entry.mode.is_tree() || entry.mode.is_blob_or_symlink()) {
                    continue;
                }
                let Some(&e) = edges.next() else { break };
                let name = String::from_utf8_lossy(entry.filename);
                if e & BLOB != 0 {
                    if let Some(&b) = bit.get(&(e & !BLOB)) {
                        held.push((b, name.into_owned()));
                    }
                } else if masks[e as usize] != 0 {
                    if let Some(below) = memo.get(&e) {
                        held.extend(below.iter().map(|(b, p)| (*b, format!("{name}/{p}"))));
                    }
                }
            }
        }
        memo.insert(n, Rc::new(held));
    }
    memo.get(&node).cloned().unwrap_or_default()
}
