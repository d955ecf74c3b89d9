//! Organisation audits: many repositories in one report. What each repository's audit
//! covered, which shard a repository belongs to, and one finding per key across every
//! repository that holds it.
//!
//! [`group`] is the one place findings of several repositories become one per key:
//! `keyfence audit --repos` calls it on its repositories' findings, and `keyfence report
//! merge` on the findings that its documents held, so a run and the merge of its shards
//! give the same report.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::{Exposure, Finding, Presence};

/// How many places an organisation finding lists across its repositories (each
/// repository's finding keeps its own places besides).
pub const MAX_ORG_PLACES: usize = 100;

/// What became of one repository of the list.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RepoStatus {
    /// Audited (maybe with problems, which the report lists).
    #[default]
    Scanned,
    /// Not cloned, fetched or opened: nothing of it was scanned.
    Failed,
    /// Left out by a bound (`--max-repo-size`).
    Skipped,
}

impl RepoStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            RepoStatus::Scanned => "scanned",
            RepoStatus::Failed => "failed",
            RepoStatus::Skipped => "skipped",
        }
    }
}

/// One repository's line in the coverage table.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RepoCoverage {
    /// The repository as listed: a clone URL (credentials never kept) or a path.
    pub name: String,
    pub status: RepoStatus,
    /// Why it failed or was skipped.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Whether its history was scanned (a repository with commits).
    pub history: bool,
    pub commits: u64,
    pub refs: u64,
    /// Files and blobs scanned, and their bytes.
    pub files: u64,
    pub bytes: u64,
    /// Problems met in it, by level.
    pub errors: u64,
    pub warnings: u64,
    /// Keys and flows found in it (that count).
    pub findings: u64,
    /// Bytes of its git directory after the clone or fetch.
    pub fetched_bytes: u64,
    /// Time spent cloning or fetching it, and auditing it.
    pub fetch_ms: u64,
    pub scan_ms: u64,
}

/// The shard (1-based, of `shards`) that a repository named `name` belongs to: a jump
/// consistent hash (Lamping and Veach) of a SHA-256 of the name. Adding a repository
/// moves no other; going from N to N+1 shards moves about 1/(N+1) of them, each to
/// the new shard.
pub fn shard_of(name: &str, shards: u32) -> u32 {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest([b"keyfence-shard-v1\0".as_slice(), name.as_bytes()].concat());
    let mut key = u64::from_le_bytes(digest[..8].try_into().expect("8 bytes"));
    let (mut b, mut j): (i64, i64) = (-1, 0);
    while j < i64::from(shards) {
        b = j;
        key = key.wrapping_mul(2_862_933_555_777_941_757).wrapping_add(1);
        j = ((b + 1) as f64 * ((1u64 << 31) as f64 / ((key >> 33) + 1) as f64)) as i64;
    }
    b as u32 + 1
}

/// What groups findings of one key across repositories: the rule and the `secret_id`
/// (never the secret); a flow, which holds no secret, stays in its repository.
fn org_key(f: &Finding) -> (String, String) {
    let (rule, id) = f.group_key();
    if f.secret_id.is_some() {
        (rule, id)
    } else {
        let repo = f.provenance.repository.as_deref().unwrap_or("");
        (rule, format!("{repo}\0{id}"))
    }
}

/// How urgent a repository's finding is: client first, then still in the working
/// tree, then not suppressed, then by repository name and place.
fn urgency(f: &Finding) -> impl Ord + '_ {
    (
        f.exposure != Exposure::Client,
        f.exposure,
        f.presence.unwrap_or(Presence::WorkingTree),
        f.suppressed.is_some(),
        f.provenance.repository.as_deref(),
        f.path.as_deref(),
        f.line,
        f.column,
    )
}

/// One finding per key across repositories. `members` are each repository's findings
/// (one per key there, its `provenance.repository` set, its places its own), or
/// organisation findings made before (their `repositories` are taken apart again), so
/// that grouping groups is the same as grouping once. Each result stands for its most
/// urgent repository and lists every repository's finding in `repositories` (by name)
/// and their places (up to [`MAX_ORG_PLACES`], by repository name). A repository that
/// comes twice keeps its first finding of the key. Sorted: keys in more repositories
/// first, then client-side, then still in a working tree.
pub fn group(members: Vec<Finding>) -> Vec<Finding> {
    let mut by_key: BTreeMap<(String, String), Vec<Finding>> = BTreeMap::new();
    for f in members {
        let parts = if f.repositories.is_empty() {
            vec![f]
        } else {
            f.repositories
        };
        for m in parts {
            by_key.entry(org_key(&m)).or_default().push(m);
        }
    }
    let mut out: Vec<Finding> = by_key.into_values().map(one_key).collect();
    out.sort_by(|a, b| {
        (std::cmp::Reverse(a.repositories.len()), urgency(a))
            .cmp(&(std::cmp::Reverse(b.repositories.len()), urgency(b)))
            .then_with(|| a.rule.cmp(&b.rule))
    });
    out
}

fn one_key(mut members: Vec<Finding>) -> Finding {
    members.sort_by(|a, b| {
        a.provenance
            .repository
            .cmp(&b.provenance.repository)
            .then_with(|| urgency(a).cmp(&urgency(b)))
    });
    members.dedup_by(|b, a| a.provenance.repository == b.provenance.repository);
    let mut places = Vec::new();
    let mut total = 0;
    for m in &members {
        let own = if m.places.is_empty() {
            vec![m.place()]
        } else {
            m.places.clone()
        };
        total += m.places_total.max(own.len());
        for mut p in own {
            if places.len() < MAX_ORG_PLACES {
                p.repository.clone_from(&m.provenance.repository);
                places.push(p);
            }
        }
    }
    let first = members
        .iter()
        .min_by(|a, b| urgency(a).cmp(&urgency(b)))
        .expect("a group has a member");
    let mut f = first.clone();
    // Suppressed only when it is suppressed in every repository.
    if members.iter().any(|m| m.suppressed.is_none()) {
        f.suppressed = None;
    }
    if members.len() > 1 {
        f.places = places;
        f.places_total = total;
    }
    f.repositories = members;
    f
}

/// How many of a key's repositories ship it to clients.
pub fn client_repositories(f: &Finding) -> usize {
    f.repositories
        .iter()
        .filter(|m| m.exposure == Exposure::Client)
        .count()
}

/// "in 4 repositories, 2 of them ship it to clients", for a key in more than one.
pub fn spread_text(f: &Finding) -> Option<String> {
    let n = f.repositories.len();
    (n > 1).then(|| {
        let client = client_repositories(f);
        let mut s = format!("this key is in {n} repositories");
        match client {
            0 => {}
            c if c == n => s.push_str(", all of them ship it to clients"),
            c => s.push_str(&format!(
                ", {c} of them {} it to clients",
                if c == 1 { "ships" } else { "ship" }
            )),
        }
        s
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn member(repo: &str, secret: &str, exposure: Exposure) -> Finding {
        let mut f = Finding::with_secret("zai-api-key", secret);
        f.provenance.repository = Some(repo.into());
        f.path = Some("src/a.js".into());
        f.exposure = exposure;
        f.presence = Some(Presence::WorkingTree);
        f
    }

    #[test]
    fn shards_are_stable_balanced_and_move_little() {
        let names: Vec<String> = (0..4000)
            .map(|i| format!("https://git.example/org/r{i}"))
            .collect();
        let mut counts = [0usize; 4];
        for n in &names {
            let s = shard_of(n, 4);
            assert!((1..=4).contains(&s));
            assert_eq!(s, shard_of(n, 4));
            counts[s as usize - 1] += 1;
        }
        assert!(
            counts.iter().all(|&c| (850..=1150).contains(&c)),
            "{counts:?}"
        );
        // Five shards instead of four: a fifth or so move, all of them to shard 5.
        let moved: Vec<&String> = names
            .iter()
            .filter(|n| shard_of(n, 4) != shard_of(n, 5))
            .collect();
        assert!((600..1000).contains(&moved.len()), "{}", moved.len());
        assert!(moved.iter().all(|n| shard_of(n, 5) == 5));
        assert_eq!(shard_of("anything", 1), 1);
    }

    #[test]
    fn one_key_across_repositories_grouping_twice_is_grouping_once() {
        let all = vec![
            member("b", "k1", Exposure::Server),
            member("a", "k1", Exposure::Client),
            member("c", "k1", Exposure::Unknown),
            member("a", "k2", Exposure::Server),
        ];
        let once = group(all.clone());
        assert_eq!(once.len(), 2);
        let shared = &once[0];
        assert_eq!(shared.repositories.len(), 3);
        assert_eq!(shared.exposure, Exposure::Client);
        assert_eq!(shared.provenance.repository.as_deref(), Some("a"));
        assert_eq!(shared.places.len(), 3);
        assert_eq!(
            spread_text(shared).unwrap(),
            "this key is in 3 repositories, 1 of them ships it to clients"
        );
        let halves = [group(all[..2].to_vec()), group(all[2..].to_vec())].concat();
        assert_eq!(group(halves), once);
    }
}
