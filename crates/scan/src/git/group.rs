//! Steps 3 and 4: one finding per distinct secret, with every commit and path that
//! carries it, attributed to the commit that introduced it.

use std::collections::{BTreeMap, HashMap, HashSet};

use gix::ObjectId;
use keyfence_matcher::RuleMatcher;
use keyfence_model::{Exposure, Finding, History, Place, Problem, ProblemKind};

use super::big::with_blob;
use super::judge::Judge;
use super::repo::Repo;
use super::{carriers, BlobJob, Listed, Origin, Scope};
use crate::flow::{is_flow, FlowMode};
use crate::read::{FileScanner, Origin as StreamOrigin, Scratch, NO_PROJECT};

/// Drops what blobs found that the blobs before them (at the same path, in a parent
/// commit or in HEAD) already held: an edit near an old key does not make it new. A
/// key that an inline marker accepted before and that now stands without one is new
/// to the check: removing the marker (laundering it) does not carry its acceptance.
pub(super) fn drop_secrets_seen_before(
    found: &mut Vec<(Finding, Origin)>,
    jobs: &[BlobJob],
    repo: &Repo,
    scanner: &FileScanner,
    max_blob: u64,
) {
    let odb = &repo.objects.objects;
    // Per old blob: each secret it held, and whether some place of it was unmarked.
    let mut old: HashMap<ObjectId, HashMap<(String, String), bool>> = HashMap::new();
    let mut buf = Vec::new();
    let mut scratch = Scratch::new();
    found.retain(|(f, origin)| {
        let Origin::Blob(j) = origin else { return true };
        let before = &jobs[*j as usize].before;
        !before.iter().any(|id| {
            let secrets = old.entry(*id).or_insert_with(|| {
                let mut secrets = HashMap::new();
                // The old blob at the new one's path: its flows are found by the same
                // kind of file. An unreadable old blob proves nothing: the finding
                // stays.
                let origin = StreamOrigin {
                    name: "",
                    path: &|| f.path.clone(),
                    project: &NO_PROJECT,
                    flows: FlowMode::Defer,
                };
                let _ = with_blob(&repo.big, odb, id, &mut buf, max_blob, |mut input| {
                    scanner.scan_reader(input.reader(), &origin, &mut scratch, &mut |f| {
                        *secrets.entry(f.group_key()).or_insert(false) |= f.suppressed.is_none();
                    })
                });
                secrets
            });
            match secrets.get(&f.group_key()) {
                None => false,
                // Held before only under a marker, and unmarked now: not seen before.
                Some(&unmarked_before) => unmarked_before || f.suppressed.is_some(),
            }
        })
    });
}

/// A place in history: its first commit, the place, and the blob and offset that hold
/// the secret there (to judge its exposure from).
type At = (usize, Place, Option<(ObjectId, u64)>);

/// One secret as history holds it.
struct Group {
    /// The finding that stands for the group: its oldest unmarked place, else its
    /// oldest place; and the commit (index) it was found at.
    first: Finding,
    first_ci: usize,
    /// The first commit (index) that holds it.
    commit: usize,
    commits: HashSet<usize>,
    /// Each path that holds it, with its first commit and the place there.
    paths: BTreeMap<String, At>,
    /// Commit messages that hold it: commit index and place.
    messages: Vec<(usize, Place)>,
}

/// One finding per distinct secret (and rule): the oldest introduction, with every
/// commit and path that carries it, oldest introduction first.
pub(super) fn by_secret(
    found: Vec<(Finding, Origin)>,
    listed: &Listed,
    repo: &Repo,
    (scope, matcher): (&Scope, &RuleMatcher),
    problems: &mut Vec<Problem>,
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
        Some(graph) => carriers::carriers(graph, &repo.objects.objects, jobs, &with_findings),
        None => HashMap::new(),
    };
    let mut capped: Vec<(&u32, &carriers::Carriers)> =
        carried.iter().filter(|(_, c)| c.capped).collect();
    capped.sort_by_key(|(j, _)| **j);
    for (&j, c) in capped {
        let job = &jobs[j as usize];
        problems.push(Problem::new(
            ProblemKind::PathLimit,
            job.path.clone().unwrap_or_else(|| job.oid.to_string()),
            format!(
                "blob {} is at more paths of history than are listed (a tree built to \
                 repeat it?): {} paths counted, the rest not",
                job.oid,
                c.paths.len()
            ),
        ));
    }
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
            first_ci: ci,
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
            Origin::Blob(j) => {
                let job = &jobs[j as usize];
                let blob = Some((job.oid, f.offset));
                match carried.get(&j) {
                    Some(c) => {
                        g.commits.extend(c.commits.iter().copied());
                        for (path, &first) in &c.paths {
                            let mut at = place.clone();
                            at.path = Some(path.clone());
                            at.commit = listed.commits.get(first).map(ObjectId::to_string);
                            add_path(&mut g.paths, path, (first, at, blob));
                        }
                        // With no path listed (all past a bound), the walk's own stands.
                        if let (true, Some(path)) = (c.paths.is_empty(), &job.path) {
                            add_path(&mut g.paths, path, (job.commit, place, blob));
                        }
                    }
                    None => {
                        if job.commit != usize::MAX {
                            g.commits.insert(job.commit);
                        }
                        if let Some(path) = &job.path {
                            add_path(&mut g.paths, path, (job.commit, place, blob));
                        }
                    }
                }
            }
        }
        // The finding stands at its oldest place, and an inline marker accepts only
        // its own place: the group is shown at its oldest unmarked place when it has
        // one (and then not suppressed), while its introduction stays the oldest commit.
        let rank =
            |f: &Finding, ci: usize| (f.suppressed.is_some(), ci, f.path.clone(), f.line, f.column);
        if rank(&f, ci) < rank(&g.first, g.first_ci) {
            g.first = f;
            g.first_ci = ci;
        }
        g.commit = g.commit.min(ci);
    }
    let staged = matches!(scope, Scope::Staged { .. });
    let judge = Judge::new(repo, &listed.commits);
    let mut findings: Vec<(usize, Finding)> = groups
        .into_values()
        .filter_map(|mut g| {
            if is_flow(&g.first) {
                judge_flow(&mut g, &judge, matcher)?;
            } else {
                judge_places(&mut g, &judge);
            }
            let ci = g.commit;
            Some((
                ci,
                if staged {
                    place_alone(g)
                } else {
                    attribute(g, listed, repo)
                },
            ))
        })
        .collect();
    findings.sort_by(|(a, fa), (b, fb)| {
        (a, &fa.path, fa.line, fa.column, &fa.rule)
            .cmp(&(b, &fb.path, fb.line, fb.column, &fb.rule))
    });
    findings.into_iter().map(|(_, f)| f).collect()
}

/// Keeps, for each path, the place of its oldest commit.
fn add_path(paths: &mut BTreeMap<String, At>, path: &str, at: At) {
    match paths.get_mut(path) {
        Some(old) if old.0 <= at.0 => {}
        Some(old) => *old = at,
        None => {
            paths.insert(path.to_string(), at);
        }
    }
}

/// Each place's exposure from the commit that put the secret there; the group's is
/// then the places' together (client if any place is).
fn judge_places(g: &mut Group, judge: &Judge) {
    for (path, (ci, place, blob)) in g.paths.iter_mut() {
        if let Some((e, why)) = blob.and_then(|(id, offset)| judge.place(id, offset, path, *ci)) {
            place.exposure = e;
            place.exposure_reason = why;
        }
    }
    let places = g
        .paths
        .values()
        .map(|(_, p, _)| p)
        .chain(g.messages.iter().map(|(_, p)| p));
    let many = g.paths.len() + g.messages.len() > 1;
    if let Some((e, why)) = keyfence_exposure::aggregate(
        places.map(|p| (p.path.as_deref(), p.exposure, p.exposure_reason.as_str())),
    ) {
        // One place: its own reason; several: the reason names the place that decided.
        let own = g
            .paths
            .get(g.first.path.as_deref().unwrap_or_default())
            .map(|(_, p, _)| (p.exposure, p.exposure_reason.clone()));
        (g.first.exposure, g.first.exposure_reason) = match own {
            Some(own) if !many || own.0 == e => own,
            _ => (e, why),
        };
    }
}

/// A flow's places, each judged by the model of the commit that put it there: a place
/// where it does not ship (server code, a variable that build does not inline) is
/// dropped, and so is a flow with no place left. The oldest place left speaks for it.
fn judge_flow(g: &mut Group, judge: &Judge, matcher: &RuleMatcher) -> Option<()> {
    let target = g.first.target.clone()?;
    let mut first: Option<(usize, keyfence_exposure::flows::Resolved)> = None;
    g.paths.retain(|path, (ci, place, blob)| {
        let Some(r) =
            blob.and_then(|(id, offset)| judge.flow(matcher, id, offset, path, *ci, &target))
        else {
            return false;
        };
        place.exposure = Exposure::Client;
        place.exposure_reason = r.reason.clone();
        if first.as_ref().is_none_or(|(c, _)| *ci < *c) {
            first = Some((*ci, r));
        }
        true
    });
    let (ci, r) = first?;
    if let Some((_, place, _)) = g.paths.values().find(|(c, _, _)| *c == ci) {
        g.first.path = place.path.clone();
        g.first.line = place.line;
        g.first.column = place.column;
    }
    g.commit = ci;
    g.first.rule = r.rule.to_string();
    g.first.exposure = Exposure::Client;
    g.first.exposure_reason = r.reason;
    g.first.fix = Some(r.fix);
    Some(())
}

/// A staged secret: no history, its one place judged.
fn place_alone(g: Group) -> Finding {
    g.first
}

/// Step 4: the history of a group, with the author and date of its first and last
/// commits (read only here, for the findings), and every place it lives.
fn attribute(g: Group, listed: &Listed, repo: &Repo) -> Finding {
    let Group {
        first: mut finding,
        commit: ci,
        first_ci: _,
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
    let mut places: Vec<(usize, Place)> = paths.into_values().map(|(ci, p, _)| (ci, p)).collect();
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
