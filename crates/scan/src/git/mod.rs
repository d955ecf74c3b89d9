//! Git history: every blob ever committed, scanned once, traced to the commit that
//! introduced it.
//!
//! [`scan_history`] is a pipeline of four steps, each in its own module:
//!
//! 1. **enumerate** (`walk` for the whole history, `range` for a commit set or the
//!    index): the commits, oldest first, and every blob once with the first commit
//!    and path that hold it; commit messages are scanned as they are read;
//! 2. **scan** (`blobs`): the unique blobs in parallel, each through the per-blob
//!    function every source shares ([`crate::blob`]);
//! 3. **group** (`group`): one finding per distinct secret, with every commit and
//!    path that carries it (`carriers` counts them from the tree graph the walk kept);
//! 4. **attribute** (`group`): the author and date of the commits that matter, read
//!    only for findings.
//!
//! `repo` opens the repository once, with gitoxide, which reads refs, revisions,
//! commits, trees and blobs (none over 64 MiB: `big` streams the blobs past that); `range` diffs the trees of a commit range itself (entry
//! by entry, skipping subtrees whose id did not change) and reads the index for the
//! pre-commit check. No C library is linked.

use gix::prelude::FindExt as _;
use std::path::PathBuf;
use std::time::Instant;

use keyfence_matcher::RuleMatcher;
use keyfence_model::{Event, Finding, Problem, ProblemKind, Progress, Stats};

use crate::blob::BlobScanner;
use crate::Content;

mod big;
mod blobs;
mod carriers;
mod edges;
mod export;
mod group;
mod judge;
mod push;
mod range;
mod repo;
mod walk;

pub use export::{export_head, export_head_within, is_bare, Exported, MAX_EXPORT_ENTRIES};
pub use push::{is_sha, is_zero, parse_push, push_commits, PushUpdate};

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
            tags: vec![],
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
    /// Annotated tags the change publishes (ref name, object id): their messages, and
    /// those of the tags they point at, are part of it.
    pub tags: Vec<(String, String)>,
}

#[derive(Clone, Debug)]
pub struct GitOptions {
    pub repo: PathBuf,
    pub scope: Scope,
    /// Also scan objects that no ref reaches (dangling commits and blobs).
    pub all_objects: bool,
    /// Worker threads; 0 means one per core.
    pub threads: usize,
    /// What is looked inside.
    pub content: Content,
    /// The most bytes read of one blob ([`MAX_BLOB`] unless the user says otherwise).
    pub max_blob: u64,
}

/// How much of one blob is read by default: 1 GiB. Memory does not depend on it (a
/// blob past 64 MiB is streamed); time does, and a few bytes of a crafted delta can
/// make a blob of terabytes.
pub const MAX_BLOB: u64 = 1 << 30;

#[derive(Debug, Default)]
pub struct GitOutcome {
    /// One per distinct secret (and rule), oldest introduction first, with its
    /// `history` set.
    pub findings: Vec<Finding>,
    pub problems: Vec<Problem>,
    pub stats: Stats,
}

impl GitOutcome {
    /// Whether something asked for could not be read (a shallow history, a missing or
    /// corrupt object), as the problem table says.
    pub fn partial(&self) -> bool {
        self.problems.iter().any(Problem::is_partial)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum GitError {
    #[error("{path}: not a git repository ({message})")]
    NotARepo { path: String, message: String },
    #[error("{0}")]
    Range(String),
    #[error("git: {0}")]
    Git(String),
    #[error("{0}")]
    Threads(String),
}

/// A blob to scan and where it first appeared.
pub(crate) struct BlobJob {
    oid: gix::ObjectId,
    path: Option<String>,
    /// Index into the commit list; `usize::MAX` for a blob no commit reaches.
    commit: usize,
    /// In a commit set: the blobs the commit's parents had at this path, whose secrets
    /// are not new.
    before: Vec<gix::ObjectId>,
}

/// Where a finding was seen.
#[derive(Clone, Copy)]
enum Origin {
    /// In a blob: its job index.
    Blob(u32),
    /// In the message of a commit: its index.
    Message(usize),
}

/// What step 1 gives: the commits oldest first, the blobs to scan, what commit
/// messages held, and for the whole history the tree graph and the ref count.
struct Listed {
    /// The commits walked, then the tags and objects refs name (see `ref_objects`).
    commits: Vec<gix::ObjectId>,
    /// How many of `commits` are commits.
    walked: usize,
    jobs: Vec<BlobJob>,
    messages: Vec<(Finding, usize)>,
    graph: Option<walk::TreeGraph>,
    refs: u64,
}

/// A problem with a git object: missing when the library says it is not found,
/// otherwise corrupt.
fn object_problem(at: impl Into<String>, message: String) -> Problem {
    let lower = message.to_ascii_lowercase();
    let kind = if lower.contains("not be found") || lower.contains("not found") {
        ProblemKind::MissingObject
    } else {
        ProblemKind::CorruptObject
    };
    Problem::new(kind, at, message)
}

/// The warning for a blob read only up to `--max-blob-size`.
fn blob_limit(at: String, id: gix::ObjectId, size: u64, cap: u64) -> Problem {
    Problem::new(
        ProblemKind::BlobLimit,
        at,
        format!(
            "blob {id} has {size} bytes: only the first {cap} were scanned (raise \
             --max-blob-size to read more)"
        ),
    )
}

/// Scans a repository's history.
pub fn scan_history(
    opts: &GitOptions,
    matcher: &RuleMatcher,
    progress: &dyn Progress,
) -> Result<GitOutcome, GitError> {
    let started = Instant::now();
    let repo = repo::Repo::open(&opts.repo)?;
    let mut problems = repo.shallow_problem().into_iter().collect::<Vec<_>>();
    let pool = crate::pool(opts.threads).map_err(GitError::Threads)?;
    let scanner = BlobScanner::new(matcher, opts.content);

    progress.event(Event::Phase("walking history"));
    let mut listed = enumerate(&repo, opts, &scanner, &mut problems, progress)?;
    // The walk's caches are gone: give their memory back before the blobs are read
    // (glibc keeps freed memory otherwise, and the peak would hold both).
    crate::release_free_memory();
    progress.event(Event::Phase("scanning blobs"));
    progress.event(Event::Total(listed.jobs.len() as u64));
    let scanned = blobs::scan(
        &repo,
        &listed.jobs,
        &scanner,
        opts.max_blob,
        &pool,
        progress,
    );
    problems.extend(scanned.problems);
    problems.extend(scanner.run_limit());
    keyfence_model::dedup_problems(&mut problems);
    let mut found = scanned.found;
    found.extend(
        std::mem::take(&mut listed.messages)
            .into_iter()
            .map(|(f, ci)| (f, Origin::Message(ci))),
    );
    if !matches!(opts.scope, Scope::All) {
        group::drop_secrets_seen_before(
            &mut found,
            &listed.jobs,
            &repo,
            scanner.scanner(),
            opts.max_blob,
        );
    }
    let findings = group::by_secret(found, &listed, &repo, (&opts.scope, matcher), &mut problems);
    let errors = problems.iter().filter(|p| p.is_error()).count() as u64;
    Ok(GitOutcome {
        findings,
        stats: Stats {
            files: listed.jobs.len() as u64,
            bytes: scanned.bytes,
            errors,
            duration_ms: started.elapsed().as_millis() as u64,
            commits: listed.walked as u64,
            refs: listed.refs,
            ..Stats::default()
        },
        problems,
    })
}

/// The most blobs listed from one tree that a ref points at straight.
const MAX_REF_TREE_BLOBS: usize = 100_000;

/// What refs name besides commits, made part of the history: each annotated tag's
/// message (attributed to the tag object, which stands in the commit list for it), and
/// each blob or tree a ref points at straight (its blobs at `REF:PATH`, or `REF` for a
/// blob, attributed to that object). Before, these were scanned only with
/// `--all-objects`, as unreachable, with no ref named.
#[allow(clippy::too_many_lines)]
fn ref_objects(
    repo: &repo::Repo,
    extras: Vec<repo::RefObject>,
    (commits, jobs, messages): (
        &mut Vec<gix::ObjectId>,
        &mut Vec<BlobJob>,
        &mut Vec<(Finding, usize)>,
    ),
    scan_message: &mut dyn FnMut(&[u8], &mut Vec<Finding>),
    problems: &mut Vec<Problem>,
) {
    for extra in extras {
        let ci = commits.len();
        commits.push(extra.id());
        match extra {
            repo::RefObject::TagMessage { name, message, .. } => {
                let mut found = Vec::new();
                scan_message(&message, &mut found);
                // Named by its ref: `refs/tags/v1 (tag message)`.
                for f in &mut found {
                    f.path = Some(format!("{name} (tag message)"));
                }
                messages.extend(found.into_iter().map(|f| (f, ci)));
            }
            repo::RefObject::Blob { name, id } => jobs.push(BlobJob {
                oid: id,
                path: Some(name),
                commit: ci,
                before: vec![],
            }),
            repo::RefObject::Tree { name, id } => {
                let mut stack = vec![(id, String::new())];
                let mut listed = 0usize;
                let mut buf = Vec::new();
                while let Some((tree, prefix)) = stack.pop() {
                    let Ok(t) = repo.objects.objects.find_tree(&tree, &mut buf) else {
                        problems.push(object_problem(
                            name.as_str(),
                            format!("cannot read the tree {tree} the ref points at"),
                        ));
                        continue;
                    };
                    for e in &t.entries {
                        let path = format!("{prefix}{}", e.filename);
                        if e.mode.is_tree() {
                            stack.push((e.oid.to_owned(), format!("{path}/")));
                        } else if e.mode.is_blob() && listed < MAX_REF_TREE_BLOBS {
                            listed += 1;
                            jobs.push(BlobJob {
                                oid: e.oid.to_owned(),
                                path: Some(format!("{name}:{path}")),
                                commit: ci,
                                before: vec![],
                            });
                        }
                    }
                    if listed >= MAX_REF_TREE_BLOBS {
                        problems.push(Problem::new(
                            ProblemKind::PathLimit,
                            name.as_str(),
                            format!(
                                "the tree the ref points at lists more than \
                                 {MAX_REF_TREE_BLOBS} blobs: the rest are not scanned"
                            ),
                        ));
                        break;
                    }
                }
            }
        }
    }
}

/// Step 1: the commits and blobs of the scope.
fn enumerate(
    repo: &repo::Repo,
    opts: &GitOptions,
    scanner: &BlobScanner,
    problems: &mut Vec<Problem>,
    progress: &dyn Progress,
) -> Result<Listed, GitError> {
    let mut scratch = crate::read::Scratch::new();
    let mut message_problems = Vec::new();
    let mut scan_message = |text: &[u8], out: &mut Vec<Finding>| {
        let origin = crate::read::Origin {
            name: "",
            path: &|| None,
            project: &crate::read::NO_PROJECT,
            flows: crate::flow::FlowMode::Off,
        };
        let from = out.len();
        message_problems.extend(scanner.scan_text(
            text,
            &origin,
            &|| "a commit message".to_string(),
            &mut scratch,
            out,
        ));
        for f in &mut out[from..] {
            f.provenance.source = keyfence_model::Source::CommitMessage;
        }
    };
    let listed = match &opts.scope {
        Scope::All => {
            let (tips, mut dangling, extras) = repo.tips(opts.all_objects, problems)?;
            let before = problems.len();
            let mut w = walk::walk(
                &repo.objects.objects,
                &tips,
                &repo.shallow,
                walk::Hooks {
                    problems,
                    message: &mut scan_message,
                    progress,
                },
            );
            // A gap (a missing or corrupt commit or tree) hides what lies past it from
            // the walk, but those objects may well be in the database: walk again from
            // every commit there and scan every blob, so that no key the repository
            // still holds is lost to the gap. The first walk's problems stand.
            let gap = problems[before..].iter().any(|p| {
                matches!(
                    p.kind,
                    ProblemKind::MissingObject | ProblemKind::CorruptObject
                )
            });
            if gap && !opts.all_objects {
                let mut again = Vec::new();
                let (all_tips, blobs, _) = repo.tips(true, &mut again)?;
                w = walk::walk(
                    &repo.objects.objects,
                    &all_tips,
                    &repo.shallow,
                    walk::Hooks {
                        problems: &mut again,
                        message: &mut scan_message,
                        progress,
                    },
                );
                dangling = blobs;
            }
            let mut jobs = w.jobs;
            let mut seen: gix::hashtable::HashSet<gix::ObjectId> =
                jobs.iter().map(|j| j.oid).collect();
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
            let (mut commits, mut messages) = (w.commits, w.messages);
            let walked = commits.len();
            ref_objects(
                repo,
                extras,
                (&mut commits, &mut jobs, &mut messages),
                &mut scan_message,
                problems,
            );
            Listed {
                commits,
                walked,
                jobs,
                messages,
                graph: Some(w.graph),
                refs: repo.ref_count(),
            }
        }
        Scope::Commits(set) => {
            let w = range::walk_commits(repo, set, problems, &mut scan_message)?;
            let (mut commits, mut jobs, mut messages) = (w.commits, w.jobs, w.messages);
            let walked = commits.len();
            let tags = repo.tag_messages(&set.tags, problems);
            ref_objects(
                repo,
                tags,
                (&mut commits, &mut jobs, &mut messages),
                &mut scan_message,
                problems,
            );
            Listed {
                walked,
                commits,
                jobs,
                messages,
                graph: None,
                refs: 0,
            }
        }
        Scope::Staged { index } => Listed {
            commits: vec![],
            walked: 0,
            jobs: range::walk_staged(repo, index.as_deref())?,
            messages: vec![],
            graph: None,
            refs: 0,
        },
    };
    problems.append(&mut message_problems);
    Ok(listed)
}
