//! The tree graph's edges, kept as the history of each directory rather than as each
//! tree's entries.
//!
//! A new version of a directory mostly holds what the last one held, so listing every
//! version's entries grows with history times tree size (135 million edges, 540 MB,
//! on git/git). Here every path where trees are read is a *chain* of versions (trees in
//! the order the walk read them there), and an edge (a blob's job or a child tree) is
//! one *range* of versions that hold it: the store grows with the changes, not with
//! the versions. A tree belongs to the chain of the path where it was first read; its
//! edges are the ranges of that chain that cover its version.

use std::collections::HashMap;

/// One edge, held by versions `from..=to` of a chain.
#[derive(Clone, Copy, Debug)]
struct Range {
    pub chain: u32,
    /// `BLOB | job` or a child tree node.
    pub edge: u32,
    pub from: u32,
    pub to: u32,
}

/// Space [`EdgeHistory::record`] reuses.
#[derive(Default)]
pub(super) struct Scratch {
    next: Vec<(u32, u32)>,
}

/// The edges of every tree, as ranges over chains.
#[derive(Default)]
pub(super) struct EdgeHistory {
    /// Each chain's versions: tree nodes, in the order they were read.
    pub chains: Vec<Vec<u32>>,
    /// While the walk goes on: the ranges closed so far.
    ranges: Vec<Range>,
    /// Once it is over: the ranges, by chain (`chain_start[c]..chain_start[c + 1]`).
    stretches: Vec<Stretch>,
    chain_start: Vec<u32>,
    /// While the walk goes on: each path's chain and the edges of its last version,
    /// sorted, each with the version that brought it. Paths are keyed by a hash, not
    /// kept: a chain of folders thousands deep would otherwise hold the square of its
    /// depth in bytes. Two paths of one hash would only share a chain (which takes
    /// more ranges, never covers anything else).
    open: HashMap<u64, (u32, Vec<(u32, u32)>)>,
    /// Edges recorded, for the record.
    pub edges: u64,
}

impl EdgeHistory {
    /// Records that tree `node`, read at `path`, has `edges` (in entry order);
    /// `scratch` is reused space.
    pub fn record(&mut self, node: u32, path: &str, edges: &[u32], scratch: &mut Scratch) {
        self.edges += edges.len() as u64;
        let key = {
            use std::hash::{Hash, Hasher};
            let mut h = std::hash::DefaultHasher::new();
            path.hash(&mut h);
            h.finish()
        };
        let chains = &mut self.chains;
        let (chain, current) = self.open.entry(key).or_insert_with(|| {
            chains.push(Vec::new());
            (chains.len() as u32 - 1, Vec::new())
        });
        let chain = *chain;
        let versions = &mut self.chains[chain as usize];
        let v = versions.len() as u32;
        versions.push(node);
        let ranges = &mut self.ranges;
        let mut close = |(edge, from): (u32, u32)| {
            ranges.push(Range {
                chain,
                edge,
                from,
                to: v - 1,
            })
        };
        // Against the last version, entry by entry: most versions replace, add or
        // remove a few entries, found by looking a few entries ahead. Which way a
        // change is read only decides how many ranges it takes, never what they
        // cover: any reading is right, and a tree that reorders everything costs one
        // range per edge, as a plain list would.
        const AHEAD: usize = 8;
        let old = current;
        let next = &mut scratch.next;
        next.clear();
        let (mut i, mut j) = (0, 0);
        while i < old.len() && j < edges.len() {
            if old[i].0 == edges[j] {
                next.push(old[i]);
                (i, j) = (i + 1, j + 1);
                continue;
            }
            let window = |len: usize, at: usize| at + 1..len.min(at + 1 + AHEAD);
            if let Some(d) = edges[window(edges.len(), j)]
                .iter()
                .position(|&e| e == old[i].0)
            {
                // Entries added before the old one.
                next.extend(edges[j..j + 1 + d].iter().map(|&e| (e, v)));
                j += 1 + d;
            } else if let Some(d) = old[window(old.len(), i)]
                .iter()
                .position(|o| o.0 == edges[j])
            {
                // Old entries removed.
                old[i..i + 1 + d].iter().for_each(|&o| close(o));
                i += 1 + d;
            } else {
                // One replaced by another.
                close(old[i]);
                next.push((edges[j], v));
                (i, j) = (i + 1, j + 1);
            }
        }
        old[i..].iter().for_each(|&o| close(o));
        next.extend(edges[j..].iter().map(|&e| (e, v)));
        std::mem::swap(old, next);
    }

    /// Closes every open range (the walk is over) and keeps the ranges by chain, in
    /// three words each instead of four.
    pub fn finish(&mut self) {
        for (_, (chain, current)) in std::mem::take(&mut self.open) {
            let last = self.chains[chain as usize].len() as u32 - 1;
            self.ranges
                .extend(current.into_iter().map(|(edge, from)| Range {
                    chain,
                    edge,
                    from,
                    to: last,
                }));
        }
        // By chain, in one counting pass and one placing pass (no sort).
        let ranges = std::mem::take(&mut self.ranges);
        let mut start = vec![0u32; self.chains.len() + 1];
        for r in &ranges {
            start[r.chain as usize + 1] += 1;
        }
        for i in 0..self.chains.len() {
            start[i + 1] += start[i];
        }
        let mut next = start.clone();
        let empty = Stretch {
            edge: 0,
            from: 0,
            to: 0,
        };
        let mut stretches = vec![empty; ranges.len()];
        for r in &ranges {
            let at = &mut next[r.chain as usize];
            stretches[*at as usize] = Stretch {
                edge: r.edge,
                from: r.from,
                to: r.to,
            };
            *at += 1;
        }
        self.stretches = stretches;
        self.chain_start = start;
    }

    /// Every stretch, with its chain.
    pub fn stretches(&self) -> impl Iterator<Item = (u32, &Stretch)> {
        self.chain_start
            .windows(2)
            .enumerate()
            .flat_map(move |(chain, w)| {
                self.stretches[w[0] as usize..w[1] as usize]
                    .iter()
                    .map(move |s| (chain as u32, s))
            })
    }

    /// The tree nodes of `chain` that hold `s`'s edge.
    pub fn holders(&self, chain: u32, s: &Stretch) -> &[u32] {
        &self.chains[chain as usize][s.from as usize..=s.to as usize]
    }
}

/// An edge held by versions `from..=to` of a chain, once the walk is over.
#[derive(Clone, Copy, Debug)]
pub(super) struct Stretch {
    /// `BLOB | job` or a child tree node.
    pub edge: u32,
    pub from: u32,
    pub to: u32,
}

#[cfg(test)]
mod tests {
    use super::super::walk::BLOB;
    use super::*;

    /// Every node's edges, from the ranges.
    fn edges_of(h: &EdgeHistory, nodes: usize) -> Vec<Vec<u32>> {
        let mut out = vec![Vec::new(); nodes];
        for (chain, s) in h.stretches() {
            for &n in h.holders(chain, s) {
                out[n as usize].push(s.edge);
            }
        }
        for e in &mut out {
            e.sort_unstable();
        }
        out
    }

    #[test]
    fn ranges_give_back_every_version() {
        let mut h = EdgeHistory::default();
        let mut sorted = Scratch::default();
        let trees: Vec<(&str, Vec<u32>)> = vec![
            ("", vec![1, 2, 3]),
            ("a/", vec![7]),
            ("", vec![1, 3, 4]),
            ("", vec![1, 2, 3]),
            ("a/", vec![]),
            ("", vec![9]),
            ("a/", vec![7, 8]),
        ];
        for (n, (path, e)) in trees.iter().enumerate() {
            h.record(n as u32, path, e, &mut sorted);
        }
        h.finish();
        let got = edges_of(&h, trees.len());
        for (n, (_, e)) in trees.iter().enumerate() {
            let mut want = e.clone();
            want.sort_unstable();
            assert_eq!(got[n], want, "node {n}");
        }
        // One range per stretch of versions, not one per version.
        assert!(h.stretches().count() < trees.iter().map(|t| t.1.len()).sum::<usize>());
    }

    #[test]
    fn random_histories_come_back_whole() {
        let mut seed = 7u64;
        let mut rand = |n: u32| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % u64::from(n)) as u32
        };
        let mut h = EdgeHistory::default();
        let mut scratch = Scratch::default();
        let mut trees = Vec::new();
        let mut dirs: Vec<Vec<u32>> = vec![vec![]; 4];
        for n in 0..2000u32 {
            let d = rand(4) as usize;
            let t = &mut dirs[d];
            // A few edits: replace, insert, remove, sometimes a reshuffle.
            for _ in 0..rand(4) {
                match rand(4) {
                    0 if !t.is_empty() => {
                        let at = rand(t.len() as u32) as usize;
                        t[at] = rand(500);
                    }
                    1 => {
                        let at = rand(t.len() as u32 + 1) as usize;
                        t.insert(at, rand(500) | if rand(2) == 0 { BLOB } else { 0 });
                    }
                    2 if !t.is_empty() => {
                        let at = rand(t.len() as u32) as usize;
                        t.remove(at);
                    }
                    _ => t.reverse(),
                }
            }
            h.record(n, &format!("d{d}/"), t, &mut scratch);
            trees.push(t.clone());
        }
        h.finish();
        let got = edges_of(&h, trees.len());
        for (n, e) in trees.iter().enumerate() {
            let mut want = e.clone();
            want.sort_unstable();
            assert_eq!(got[n], want, "node {n}");
        }
    }
}
