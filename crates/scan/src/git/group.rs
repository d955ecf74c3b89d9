//! Steps 3 and 4: one finding per distinct secret, with every commit and path that
//! carries it, attributed to the commit that introduced it.

use std::collections::{BTreeMap, HashMap, HashSet};

use gix::prelude::FindExt;
use gix::ObjectId;
use keyfence_model::{Finding, History, Place};

use super::repo::Repo;
use super::{carriers, BlobJob, Listed, Origin, Scope};
use crate::read::{no_app, FileScanner, Origin as StreamOrigin, Scratch};

/// Drops what blobs found that the blobs before them (at the same path, in a parent
/// commit or in HEAD) already held: an edit near an old key does not make it new.
pub(super) fn drop_secrets_seen_before(
    found: &mut Vec<(Finding, Origin)>,
    jobs: &[BlobJob],
    repo: &Repo,
    scanner: &FileScanner,
) {
    let odb = &repo.objects.objects;
    let mut old: HashMap<ObjectId, HashSet<(String, String)>> = HashMap::new();
    let mut buf = Vec::new();
    let mut scratch = Scratch::new();
    found.retain(|(f, origin)| {
        let Origin::Blob(j) = origin else { return true };
        let before = &jobs[*j as usize].before;
        !before.iter().any(|id| {
            let secrets = old.entry(*id).or_insert_with(|| {
                let mut secrets = HashSet::new();
                // An unreadable old blob proves nothing: the finding stays.
                if let Ok(data) = odb.find(id, &mut buf) {
                    let origin = StreamOrigin {
                        path: &|| None,
                        app: &no_app,
                    };
                    let _ = scanner.scan_reader(data.data, &origin, &mut scratch, &mut |f| {
                        secrets.insert(f.group_key());
                    });
                }
                secrets
            });
            secrets.contains(&f.group_key())
        })
    });
}

/// One secret as history holds it.
struct Group {
    first: Finding,
    /// The first commit (index) that holds it.
    commit: usize,
    commits: HashSet<usize>,
    /// Each path that holds it, with its first commit and the place there.
    paths: BTreeMap<String, (usize, Place)>,
    /// Commit messages that hold it: commit index and place.
    messages: Vec<(usize, Place)>,
}

/// One finding per distinct secret (and rule): the oldest introduction, with every
/// commit and path that carries it, oldest introduction first.
pub(super) fn by_secret(
    found: Vec<(Finding, Origin)>,
    listed: &Listed,
    repo: &Repo,
    scope: &Scope,
) -> Vec<Finding> {
    let jobs = &listed.jobs;
    // Every commit and path that carries a blob with a finding.
    let mut with_findings: Vec<u32> = found
        .iter()
        .filter_map(|(_, o)| match o {
            Origin::Blob(j) => Some(*j),
            Origin::Message(_) => None,
        })
        .collect();
    with_findings.sort_unstable();
    with_findings.dedup();
    let carried = match &listed.graph {
        Some(graph) => carriers::carriers(graph, &repo.objects.objects, &with_findings),
        None => HashMap::new(),
    };
    let mut groups: HashMap<(String, String), Group> = HashMap::new();
    for (f, origin) in found {
        let ci = match origin {
            Origin::Blob(j) => jobs[j as usize].commit,
            Origin::Message(ci) => ci,
        };
        let mut place = f.place();
        place.commit = listed.commits.get(ci).map(ObjectId::to_string);
        let g = groups.entry(f.group_key()).or_insert_with(|| Group {
            first: f.clone(),
            commit: ci,
            commits: HashSet::new(),
            paths: BTreeMap::new(),
            messages: Vec::new(),
        });
        match origin {
            Origin::Message(ci) => {
                g.commits.insert(ci);
                g.messages.push((ci, place));
            }
            Origin::Blob(j) => match carried.get(&j) {
                Some(c) => {
                    g.commits.extend(c.commits.iter().copied());
                    for (path, &first) in &c.paths {
                        let mut at = place.clone();
                        at.path = Some(path.clone());
                        at.commit = listed.commits.get(first).map(ObjectId::to_string);
                        add_path(&mut g.paths, path, first, at);
                    }
                }
                None => {
                    let job = &jobs[j as usize];
                    if job.commit != usize::MAX {
                        g.commits.insert(job.commit);
                    }
                    if let Some(path) = &job.path {
                        add_path(&mut g.paths, path, job.commit, place);
                    }
                }
            },
        }
        if (ci, &f.path, f.line, f.column) < (g.commit, &g.first.path, g.first.line, g.first.column)
        {
            g.first = f;
            g.commit = ci;
        }
    }
    let staged = matches!(scope, Scope::Staged { .. });
    let mut findings: Vec<(usize, Finding)> = groups
        .into_values()
        .map(|g| {
            let ci = g.commit;
            (
                ci,
                if staged {
                    g.first
                } else {
                    attribute(g, listed, repo)
                },
            )
        })
        .collect();
    findings.sort_by(|(a, fa), (b, fb)| {
        (a, &fa.path, fa.line, fa.column, &fa.rule)
            .cmp(&(b, &fb.path, fb.line, fb.column, &fb.rule))
    });
    findings.into_iter().map(|(_, f)| f).collect()
}

/// Keeps, for each path, the place of its oldest commit.
fn add_path(paths: &mut BTreeMap<String, (usize, Place)>, path: &str, ci: usize, place: Place) {
    match paths.get_mut(path) {
        Some(old) if old.0 <= ci => {}
        Some(old) => *old = (ci, place),
        None => {
            paths.insert(path.to_string(), (ci, place));
        }
    }
}

/// Step 4: the history of a group, with the author and date of its first and last
/// commits (read only here, for the findings), and every place it lives.
fn attribute(g: Group, listed: &Listed, repo: &Repo) -> Finding {
    let Group {
        first: mut finding,
        commit: ci,
        commits: in_commits,
        paths,
        mut messages,
    } = g;
    let who = |ci: usize| {
        listed
            .commits
            .get(ci)
            .and_then(|id| repo.author_and_date(id))
    };
    let (author, date) = who(ci).unzip();
    // The newest commit (by topology) that still carries it.
    let last = in_commits.iter().copied().max().filter(|&l| l != ci);
    finding.provenance.commit = listed.commits.get(ci).map(ObjectId::to_string);
    finding.history = Some(History {
        commit: listed.commits.get(ci).map(ObjectId::to_string),
        author,
        date,
        commits: in_commits.len(),
        paths: paths.len(),
        last_commit: last
            .and_then(|l| listed.commits.get(l))
            .map(ObjectId::to_string),
        last_date: last.and_then(who).map(|(_, d)| d),
    });
    // Places: paths in the order of their first commit, then messages.
    let mut places: Vec<(usize, Place)> = paths.into_values().collect();
    messages.sort_by_key(|(ci, _)| *ci);
    places.sort_by(|a, b| (a.0, &a.1.path).cmp(&(b.0, &b.1.path)));
    places.extend(messages);
    finding.places_total = places.len();
    finding.places = places
        .into_iter()
        .take(crate::MAX_PLACES)
        .map(|(_, p)| p)
        .collect();
    finding
}
