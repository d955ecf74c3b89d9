//! Git history: every blob ever committed, scanned once, traced to the commit that
//! introduced it.
//!
//! The walk (`walk`) visits commits oldest first (by topology, then date), reads each
//! commit's tree and skips every subtree it has seen before, so each tree and each blob
//! is read once however many commits share it. The first commit whose tree holds a
//! blob is the one that introduced it (at that path). Unique blobs are then scanned in
//! parallel, and for the few with a finding `carriers` counts every commit and path
//! that holds them. Ranges (`range`) scan only what their commits introduced.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::sync::Mutex;
use std::time::Instant;

use git2::{Commit, ObjectType, Oid, Repository};
use gix::prelude::FindExt;
use gix::ObjectId;
use keyfence_matcher::RuleMatcher;
use rayon::prelude::*;

mod carriers;
mod push;
mod range;
mod walk;

pub use push::{parse_push, push_commits, PushUpdate};

use crate::read::{FileScanner, Scratch};
use crate::{Finding, History, Problem, Stats};

/// What part of the history to scan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Everything reachable from any ref (branches, tags, remote-tracking refs, notes,
    /// the stash, HEAD).
    All,
    /// Only what a set of commits introduced: new blobs at their paths (without the
    /// secrets their parents already had there) and their messages.
    Commits(CommitSet),
    /// The index against HEAD: what the next commit would add. `index` is the index
    /// file when it is not the repository's own (git sets `GIT_INDEX_FILE` for hooks
    /// of `git commit -a` and `git commit PATH`).
    Staged { index: Option<PathBuf> },
}

impl Scope {
    /// `base..head`: the commits reachable from `head` and not from `base`.
    pub fn range(base: &str, head: &str) -> Scope {
        Scope::Commits(CommitSet {
            include: vec![head.to_string()],
            exclude: vec![base.to_string()],
            exclude_globs: vec![],
        })
    }
}

/// Commits reachable from `include` and from none of `exclude` or of the refs that
/// match `exclude_globs` (like `git rev-list INCLUDE --not EXCLUDE --glob=GLOB`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CommitSet {
    /// Revisions; each must name a commit here (or an error says what to do).
    pub include: Vec<String>,
    /// Revisions; each must name a commit here.
    pub exclude: Vec<String>,
    /// Ref globs such as `refs/remotes/origin/*`; matching nothing is fine.
    pub exclude_globs: Vec<String>,
}

#[derive(Clone, Debug)]
pub struct GitOptions {
    pub repo: PathBuf,
    pub scope: Scope,
    /// Also scan objects that no ref reaches (dangling commits and blobs).
    pub all_objects: bool,
    /// Worker threads; 0 means one per core.
    pub threads: usize,
    /// Open archive blobs within these limits; `None`: scan them as they are.
    pub archives: Option<crate::archive::Limits>,
    /// Look through encodings (base64, escapes, UTF-16, split literals).
    pub decode: bool,
}

#[derive(Debug, Default)]
pub struct GitOutcome {
    /// One per distinct secret (and rule), oldest introduction first, with its
    /// `history` set.
    pub findings: Vec<Finding>,
    pub problems: Vec<Problem>,
    pub stats: Stats,
    pub commits: usize,
    /// Something could not be read (shallow history, missing or corrupt objects).
    pub partial: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum GitError {
    #[error("{path}: not a git repository ({message})")]
    NotARepo { path: String, message: String },
    #[error("{0}")]
    Range(String),
    #[error("git: {0}")]
    Git(#[from] git2::Error),
    #[error("cannot start {threads} worker threads: {message}")]
    Threads { threads: usize, message: String },
}

/// Bytes of delta bases each blob reader keeps: 32 MiB reads vuejs/core's history as
/// fast as 128 MiB did, at a quarter of the memory.
const DELTA_CACHE: usize = 32 << 20;

/// How many of a secret's paths in history a finding lists.
const MAX_PLACES: usize = 100;

/// A blob to scan and where it first appeared.
struct BlobJob {
    oid: ObjectId,
    path: Option<String>,
    /// Index into the commit list; `usize::MAX` for a blob no commit reaches.
    commit: usize,
    /// In a commit set: the blobs the commit's parents had at this path, whose secrets
    /// are not new.
    before: Vec<ObjectId>,
}

/// Where a finding was seen.
#[derive(Clone, Copy)]
enum Origin {
    /// In a blob: its job index.
    Blob(u32),
    /// In the message of a commit: its index.
    Message(usize),
}

/// Scans a repository's history.
pub fn scan_history(opts: &GitOptions, matcher: &RuleMatcher) -> Result<GitOutcome, GitError> {
    let started = Instant::now();
    // libgit2 reads refs, ranges and authors; its object cache would only hold memory,
    // and re-hashing every object it reads took a sixth of a pre-push check's time
    // (git itself does not verify on read either).
    git2::opts::enable_caching(false);
    git2::opts::strict_hash_verification(false);
    let repo = Repository::discover(&opts.repo).map_err(|e| GitError::NotARepo {
        path: opts.repo.display().to_string(),
        message: e.message().to_string(),
    })?;
    let git_dir = repo.path().to_path_buf();
    // Blobs and trees are read with gitoxide (see `walk`).
    let location: PathBuf = git_dir.components().collect();
    let objects = gix::open(&location).map_err(|e| GitError::NotARepo {
        path: opts.repo.display().to_string(),
        message: e.to_string(),
    })?;
    let mut trouble = Trouble::default();
    let mut shallow = gix::hashtable::HashSet::default();
    if repo.is_shallow() {
        trouble.partial = true;
        trouble.problems.push(Problem {
            path: git_dir.display().to_string(),
            message: "shallow clone: history before the graft is not here, so the result is \
                      partial (run `git fetch --unshallow` for all of it)"
                .into(),
            is_error: false,
        });
        if let Ok(Some(grafts)) = objects.shallow_commits() {
            shallow.extend(grafts.iter().copied());
        }
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(opts.threads)
        .build()
        .map_err(|e| GitError::Threads {
            threads: opts.threads,
            message: e.to_string(),
        })?;
    let scanner = FileScanner::new(matcher).with_decoding(opts.decode);
    let mut message_scratch = Scratch::new();
    let mut scan_message = |text: &[u8], out: &mut Vec<Finding>| {
        let _ = scanner.scan_reader(text, &|| None, &mut message_scratch, &mut |f| out.push(f));
    };

    let mut refs = 0;
    let (commits, mut jobs, messages, graph) = match &opts.scope {
        Scope::All => {
            let (tips, dangling) = tips(&repo, opts.all_objects, &mut trouble)?;
            refs = repo.references().map_or(0, |r| r.count() as u64);
            let w = walk::walk(
                &objects.objects,
                &tips,
                &shallow,
                &mut trouble,
                &mut scan_message,
            );
            let mut jobs = w.jobs;
            let mut seen: gix::hashtable::HashSet<ObjectId> = jobs.iter().map(|j| j.oid).collect();
            for oid in dangling {
                if seen.insert(oid) {
                    jobs.push(BlobJob {
                        oid,
                        path: None,
                        commit: usize::MAX,
                        before: vec![],
                    });
                }
            }
            (w.commits, jobs, w.messages, Some(w.graph))
        }
        Scope::Commits(set) => {
            let w = range::walk_commits(&repo, set, &mut trouble, &mut scan_message)?;
            (w.commits, w.jobs, w.messages, None)
        }
        Scope::Staged { index } => (
            vec![],
            range::walk_staged(&repo, index.as_deref())?,
            vec![],
            None,
        ),
    };

    // Read the versions of one path together, oldest first: packs store a file's
    // versions as deltas of each other, and in this order the reader's cache holds the
    // bases the next version needs. On vuejs/core it halves the blob phase against
    // newest first, and beats pack order. Job indices stay those of the walk.
    let mut order: Vec<u32> = (0..jobs.len() as u32).collect();
    order.sort_by(|&a, &b| {
        let (a, b) = (&jobs[a as usize], &jobs[b as usize]);
        (&a.path, a.commit).cmp(&(&b.path, b.commit))
    });
    let found: Mutex<Vec<(Finding, Origin)>> = Mutex::new(
        messages
            .into_iter()
            .map(|(f, ci)| (f, Origin::Message(ci)))
            .collect(),
    );
    let read_problems: Mutex<Vec<Problem>> = Mutex::new(Vec::new());
    let bytes = std::sync::atomic::AtomicU64::new(0);
    let objects = objects.into_sync();
    let chunk = order.len().div_ceil(pool.current_num_threads() * 4).max(1);
    pool.install(|| {
        // Each worker takes a contiguous run of jobs (versions of one path), so its
        // delta-base cache holds the bases the next blob needs.
        order.par_chunks(chunk).for_each(|run| {
            let repo = objects.to_thread_local();
            let mut odb = repo.objects.clone();
            odb.set_pack_cache(|| {
                Box::new(gix::odb::pack::cache::lru::MemoryCappedHashmap::new(
                    DELTA_CACHE,
                ))
            });
            let mut buf = Vec::new();
            let mut scratch = Scratch::new();
            let mut local = Vec::new();
            for &j in run {
                let job = &jobs[j as usize];
                let data = match odb.find(&job.oid, &mut buf) {
                    Ok(d) => d,
                    Err(e) => {
                        read_problems.lock().unwrap().push(Problem {
                            path: job.path.clone().unwrap_or_else(|| job.oid.to_string()),
                            message: format!("cannot read blob {}: {e}", job.oid),
                            is_error: true,
                        });
                        continue;
                    }
                };
                bytes.fetch_add(data.data.len() as u64, std::sync::atomic::Ordering::Relaxed);
                let path = || job.path.clone();
                let mut here = Vec::new();
                let name = job
                    .path
                    .as_deref()
                    .map_or("", |p| p.rsplit('/').next().unwrap_or(p));
                let head = &data.data[..data.data.len().min(crate::archive::SNIFF_LEN)];
                let kind = opts
                    .archives
                    .and_then(|l| Some((l, crate::archive::sniff(head, name)?)));
                let opened = match kind {
                    Some((limits, kind)) => {
                        let shown = job.path.clone().unwrap_or_else(|| job.oid.to_string());
                        let budget = crate::archive::Budget::new(limits);
                        let opened = crate::archive::expand(
                            std::io::Cursor::new(data.data),
                            kind,
                            &shown,
                            &budget,
                            &mut |member, reader| {
                                scanner.scan_reader(
                                    reader,
                                    &|| Some(member.to_string()),
                                    &mut scratch,
                                    &mut |f| here.push(f),
                                )
                            },
                        );
                        let problems = budget.into_problems();
                        if !problems.is_empty() {
                            read_problems
                                .lock()
                                .unwrap()
                                .extend(problems.into_iter().map(|p| Problem {
                                    path: p.path,
                                    message: p.message,
                                    is_error: p.is_error,
                                }));
                        }
                        opened
                    }
                    None => false,
                };
                if !opened {
                    let _ =
                        scanner.scan_reader(data.data, &path, &mut scratch, &mut |f| here.push(f));
                    if !here.is_empty() {
                        crate::exposure::reclassify_in_memory(&mut here, data.data);
                    }
                }
                if !here.is_empty() {
                    local.extend(here.into_iter().map(|f| (f, Origin::Blob(j))));
                }
            }
            if !local.is_empty() {
                found.lock().unwrap().append(&mut local);
            }
        });
    });
    let objects = objects.to_thread_local();
    let mut read_problems = read_problems.into_inner().unwrap();
    if !read_problems.is_empty() {
        trouble.partial = true;
        trouble.problems.append(&mut read_problems);
    }
    let Trouble { problems, partial } = trouble;
    let mut found = found.into_inner().unwrap();
    drop_secrets_seen_before(&mut found, &jobs, &objects.objects, &scanner);

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
    let carried = match &graph {
        Some(graph) => carriers::carriers(graph, &objects.objects, &with_findings),
        None => Default::default(),
    };

    // One finding per distinct secret: the oldest introduction, and where it recurs.
    struct Group {
        first: Finding,
        commit: usize,
        commits: HashSet<usize>,
        paths: HashSet<String>,
    }
    let mut groups: HashMap<(String, String), Group> = HashMap::new();
    for (f, origin) in found {
        let ci = match origin {
            Origin::Blob(j) => jobs[j as usize].commit,
            Origin::Message(ci) => ci,
        };
        let key = (f.rule.clone(), f.secret.clone());
        let g = groups.entry(key).or_insert_with(|| Group {
            first: f.clone(),
            commit: ci,
            commits: HashSet::new(),
            paths: HashSet::new(),
        });
        match origin {
            Origin::Message(ci) => {
                g.commits.insert(ci);
            }
            Origin::Blob(j) => match carried.get(&j) {
                Some(c) => {
                    g.commits.extend(c.commits.iter().copied());
                    g.paths.extend(c.paths.iter().cloned());
                }
                None => {
                    let job = &jobs[j as usize];
                    if job.commit != usize::MAX {
                        g.commits.insert(job.commit);
                    }
                    g.paths.extend(job.path.iter().cloned());
                }
            },
        }
        if (ci, &f.path, f.line, f.column) < (g.commit, &g.first.path, g.first.line, g.first.column)
        {
            g.first = f;
            g.commit = ci;
        }
    }
    let mut findings: Vec<(usize, Finding)> = groups
        .into_values()
        .map(|g| {
            let Group {
                first: mut finding,
                commit: ci,
                commits: in_commits,
                paths,
            } = g;
            if matches!(opts.scope, Scope::Staged { .. }) {
                return (ci, finding);
            }
            // Author and date are read only for the commits that have a finding.
            let who = |ci: usize| {
                commits
                    .get(ci)
                    .and_then(|c| Oid::from_bytes(c.as_bytes()).ok())
                    .and_then(|id| repo.find_commit(id).ok())
                    .map(|c| author_and_date(&c))
            };
            let (author, date) = who(ci).unzip();
            // The newest commit (by topology) that still carries it.
            let last = in_commits.iter().copied().max().filter(|&l| l != ci);
            let mut places: Vec<String> = paths.iter().cloned().collect();
            places.sort();
            places.truncate(MAX_PLACES);
            finding.history = Some(History {
                commit: commits.get(ci).map(ObjectId::to_string),
                author,
                date,
                commits: in_commits.len(),
                paths: paths.len(),
                last_commit: last.and_then(|l| commits.get(l)).map(ObjectId::to_string),
                last_date: last.and_then(who).map(|(_, d)| d),
                places,
            });
            (ci, finding)
        })
        .collect();
    findings.sort_by(|(a, fa), (b, fb)| {
        (a, &fa.path, fa.line, fa.column, &fa.rule)
            .cmp(&(b, &fb.path, fb.line, fb.column, &fb.rule))
    });
    jobs.clear();
    let errors = problems.iter().filter(|p| p.is_error).count() as u64;
    Ok(GitOutcome {
        findings: findings.into_iter().map(|(_, f)| f).collect(),
        problems,
        stats: Stats {
            files: order.len() as u64,
            bytes: bytes.into_inner(),
            skipped: 0,
            errors,
            duration_ms: started.elapsed().as_millis() as u64,
            suppressed: 0,
            commits: commits.len() as u64,
            refs,
        },
        commits: commits.len(),
        partial,
    })
}

/// Drops what blobs found that the blobs before them (at the same path, in a parent
/// commit or in HEAD) already held: an edit near an old key does not make it new.
fn drop_secrets_seen_before(
    found: &mut Vec<(Finding, Origin)>,
    jobs: &[BlobJob],
    odb: &gix::OdbHandle,
    scanner: &FileScanner,
) {
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
                    let _ = scanner.scan_reader(data.data, &|| None, &mut scratch, &mut |f| {
                        secrets.insert((f.rule, f.secret));
                    });
                }
                secrets
            });
            secrets.contains(&(f.rule.clone(), f.secret.clone()))
        })
    });
}

/// The commits to walk from: HEAD and every ref (branches, tags, remote-tracking refs,
/// notes, the stash), and with `all_objects` every commit in the object database.
/// Also returns, with `all_objects`, every blob (those no commit reaches are scanned as
/// unreachable).
fn tips(
    repo: &Repository,
    all_objects: bool,
    trouble: &mut Trouble,
) -> Result<(Vec<ObjectId>, Vec<ObjectId>), GitError> {
    let mut tips = Vec::new();
    if let Ok(head) = repo.head() {
        if let Ok(c) = head.peel_to_commit() {
            tips.push(range::oid(c.id()));
        }
    }
    for r in repo.references()? {
        let r = match r {
            Ok(r) => r,
            Err(e) => {
                trouble.error("refs", format!("cannot read a ref: {}", e.message()));
                continue;
            }
        };
        // A ref to a tree or a blob (rare) has no commit to trace; --all-objects scans
        // such blobs as unreachable ones.
        if let Ok(obj) = r.peel(ObjectType::Commit) {
            tips.push(range::oid(obj.id()));
        }
    }
    let mut blobs = Vec::new();
    if all_objects {
        let odb = repo.odb()?;
        let mut all = Vec::new();
        odb.foreach(|oid| {
            all.push(*oid);
            true
        })?;
        for oid in all {
            match odb.read_header(oid) {
                Ok((_, ObjectType::Commit)) => tips.push(range::oid(oid)),
                Ok((_, ObjectType::Blob)) => blobs.push(range::oid(oid)),
                _ => {}
            }
        }
    }
    Ok((tips, blobs))
}

/// `Name <email>` and the author date (RFC 3339, UTC) of a commit.
fn author_and_date(commit: &Commit) -> (String, String) {
    let author = commit.author();
    let name = String::from_utf8_lossy(author.name_bytes()).into_owned();
    let email = String::from_utf8_lossy(author.email_bytes()).into_owned();
    let who = if email.is_empty() {
        name
    } else {
        format!("{name} <{email}>")
    };
    (who, crate::time::rfc3339(author.when().seconds()))
}

/// What went wrong while reading history: problems to list, and whether the result
/// is partial.
#[derive(Default)]
struct Trouble {
    problems: Vec<Problem>,
    partial: bool,
}

impl Trouble {
    /// Something could not be read: an error, and a partial result.
    fn error(&mut self, path: impl Into<String>, message: String) {
        self.problems.push(Problem {
            path: path.into(),
            message,
            is_error: true,
        });
        self.partial = true;
    }
}
