//! The one-off audit: the files under a path and, inside a repository, its whole
//! history, merged into one finding per distinct secret with where it is now.

use std::collections::HashMap;
use std::path::PathBuf;

use keyfence_matcher::RuleMatcher;
use keyfence_model::{Event, Finding, Presence, Problem, ProblemKind, Progress, Stats};

use crate::git::{scan_history, GitError, GitOptions, Scope};
use crate::walk::{scan_paths, ScanOptions, StartError};
use crate::Content;

/// What an audit covers.
#[derive(Clone, Debug)]
pub struct AuditOptions {
    pub path: PathBuf,
    /// The repository whose history is audited, when it is not the one that holds
    /// `path` (a mirror clone whose HEAD's files were written out to `path`).
    pub git_dir: Option<PathBuf>,
    pub excludes: Vec<String>,
    pub all_objects: bool,
    pub threads: usize,
    /// Name paths on disk from this directory (the repository's root, as history names
    /// them), for paths inside it; `None`: from `path`. When `path` is a folder below
    /// it, the folder narrows the history too: only places under it are reported.
    pub base: Option<PathBuf>,
    pub content: Content,
    /// The most bytes read of one blob of the history.
    pub max_blob: u64,
}

/// An audit's result: one finding per distinct secret, most urgent first.
#[derive(Debug, Default)]
pub struct Audited {
    pub findings: Vec<Finding>,
    pub stats: Stats,
    pub problems: Vec<Problem>,
    /// Whether history was scanned (the path is in a repository).
    pub history: bool,
    /// Whether objects no ref reaches were scanned (`--all-objects`).
    pub unreachable_scanned: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum AuditError {
    #[error(transparent)]
    Start(#[from] StartError),
    #[error(transparent)]
    Git(#[from] GitError),
}

/// Audits the files under `opts.path` and, inside a repository, its whole history.
pub fn audit(
    opts: &AuditOptions,
    matcher: &RuleMatcher,
    progress: &dyn Progress,
) -> Result<Audited, AuditError> {
    let files = scan_paths(
        &ScanOptions {
            paths: vec![opts.path.clone()],
            excludes: opts.excludes.clone(),
            threads: opts.threads,
            base: opts.base.clone(),
            content: opts.content,
            ..ScanOptions::default()
        },
        matcher,
        progress,
    )?;
    let mut broken_repo = None;
    let history = match scan_history(
        &GitOptions {
            repo: opts.git_dir.clone().unwrap_or_else(|| opts.path.clone()),
            scope: Scope::All,
            all_objects: opts.all_objects,
            threads: opts.threads,
            content: opts.content,
            max_blob: opts.max_blob,
        },
        matcher,
        progress,
    ) {
        Ok(h) => Some(h),
        // Not a repository: the audit is of the files alone, unless a `.git` says it
        // is one that cannot be opened (a `.git` file that points nowhere, a broken
        // `.git` folder): then its history is named as not read.
        Err(GitError::NotARepo { message, .. }) if opts.git_dir.is_none() => {
            broken_repo = git_entry(&opts.path).map(|dot_git| {
                Problem::new(
                    ProblemKind::Unreadable,
                    dot_git.display().to_string(),
                    format!("a repository that cannot be opened ({message}): its history is not scanned"),
                )
            });
            None
        }
        Err(e) => return Err(e.into()),
    };
    progress.event(Event::Phase("merging"));
    let mut problems = files.problems;
    let mut stats = files.stats;
    if let Some(p) = broken_repo {
        stats.errors += 1;
        problems.push(p);
    }
    let mut in_history = Vec::new();
    let scanned_history = history.is_some();
    if let Some(h) = history {
        problems.extend(h.problems);
        stats.files += h.stats.files;
        stats.bytes += h.stats.bytes;
        stats.errors += h.stats.errors;
        stats.commits = h.stats.commits;
        stats.refs = h.stats.refs;
        stats.duration_ms = stats.duration_ms.max(h.stats.duration_ms);
        in_history = h.findings;
        if let Some(under) = opts
            .base
            .as_deref()
            .and_then(|b| folder_below(&opts.path, b))
        {
            in_history = narrow(in_history, &under);
        }
    }
    keyfence_model::dedup_problems(&mut problems);
    Ok(Audited {
        findings: merge(files.findings, in_history),
        stats,
        problems,
        history: scanned_history,
        unreachable_scanned: scanned_history && opts.all_objects,
    })
}

/// `path`'s folder from `base`, `/`-terminated, when it is strictly below it
/// (`src/`); `None` for `base` itself or a path outside it.
fn folder_below(path: &std::path::Path, base: &std::path::Path) -> Option<String> {
    let (path, base) = (path.canonicalize().ok()?, base.canonicalize().ok()?);
    let rel = path.strip_prefix(&base).ok()?;
    let mut out = String::new();
    for c in rel.components() {
        out.push_str(&c.as_os_str().to_string_lossy());
        out.push('/');
    }
    (!out.is_empty()).then_some(out)
}

/// History findings narrowed to the places under `under` (`src/`): the places
/// elsewhere go, a finding with none left goes, and one whose first place went is
/// shown at its first place that stays. Commit messages are not under any folder.
fn narrow(findings: Vec<Finding>, under: &str) -> Vec<Finding> {
    let inside = |p: Option<&str>| p.is_some_and(|p| p.starts_with(under));
    findings
        .into_iter()
        .filter_map(|mut f| {
            let before = f.places.len();
            f.places.retain(|p| inside(p.path.as_deref()));
            let gone = before - f.places.len();
            f.places_total = f.places_total.saturating_sub(gone).max(f.places.len());
            if !inside(f.path.as_deref()) {
                let first = f.places.first()?.clone();
                f.path = first.path;
                (f.line, f.column) = (first.line, first.column);
                (f.exposure, f.exposure_reason) = (first.exposure, first.exposure_reason);
                f.encoding = first.encoding;
                f.provenance.commit = first.commit;
            }
            Some(f)
        })
        .collect()
}

/// The `.git` (folder or file) at `path` or the nearest folder above it, if any.
fn git_entry(path: &std::path::Path) -> Option<PathBuf> {
    let start = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
    start
        .ancestors()
        .map(|dir| dir.join(".git"))
        .find(|g| g.symlink_metadata().is_ok())
}

/// One finding per distinct secret: where it is in the working tree (if it is), with
/// where history first got it and every place it lives, most urgent first.
pub fn merge(files: Vec<Finding>, history: Vec<Finding>) -> Vec<Finding> {
    let mut by_secret: HashMap<(String, String), (Vec<Finding>, Option<Finding>)> = HashMap::new();
    for f in files {
        let key = f.group_key();
        by_secret.entry(key).or_default().0.push(f);
    }
    for h in history {
        let key = h.group_key();
        by_secret.entry(key).or_default().1 = Some(h);
    }
    let mut out: Vec<Finding> = by_secret
        .into_values()
        .filter_map(|(on_disk, hist)| one_secret(on_disk, hist))
        .collect();
    out.sort_by(|a, b| {
        (a.presence, a.exposure, &a.path, a.line, a.column, &a.rule)
            .cmp(&(b.presence, b.exposure, &b.path, b.line, b.column, &b.rule))
    });
    out
}

/// The audit's finding for one secret: the first place on disk (in path order) stands
/// for the others, else the history's finding; every place, on disk then in history.
fn one_secret(mut on_disk: Vec<Finding>, hist: Option<Finding>) -> Option<Finding> {
    on_disk.sort_by(|a, b| (&a.path, a.line, a.column).cmp(&(&b.path, b.line, b.column)));
    let mut places: Vec<_> = on_disk.iter().map(Finding::place).collect();
    let mut total = places.len();
    if let Some(h) = &hist {
        places.extend(h.places.iter().cloned());
        total += h.places_total.max(h.places.len());
    }
    // Places on disk that a marker accepted do not keep the secret "in the working
    // tree" when history holds it unmarked: that is where it still counts.
    let history_unmarked = hist.as_ref().is_some_and(|h| h.suppressed.is_none());
    let disk_counts = on_disk.iter().any(|f| f.suppressed.is_none()) || !history_unmarked;
    let presence = match (on_disk.first().filter(|_| disk_counts), &hist) {
        (Some(_), _) => Presence::WorkingTree,
        (None, Some(h)) if h.history.as_ref().is_some_and(|x| x.commit.is_some()) => {
            Presence::HistoryOnly
        }
        (None, Some(_)) => Presence::UnreachableOnly,
        (None, None) if on_disk.is_empty() => return None,
        (None, None) => Presence::WorkingTree,
    };
    let history = hist.as_ref().and_then(|h| h.history.clone());
    // An inline marker accepts its own place only: the secret stands at its first
    // unmarked place on disk, else at history's (unmarked when any place in history
    // is), and is suppressed only when every place is.
    let unmarked = on_disk.iter().position(|f| f.suppressed.is_none());
    let mut f = match (unmarked, hist) {
        (Some(i), _) => on_disk.swap_remove(i),
        (None, Some(h)) if history_unmarked || on_disk.is_empty() => h,
        (None, _) if !on_disk.is_empty() => on_disk.swap_remove(0),
        (None, None) | (None, Some(_)) => return None,
    };
    // One secret, many places: client if any place is, else server if every decided
    // place is; the reason names the place that decided.
    if places.len() > 1 {
        if let Some((e, why)) = keyfence_exposure::aggregate(
            places
                .iter()
                .map(|p| (p.path.as_deref(), p.exposure, p.exposure_reason.as_str())),
        ) {
            if e != f.exposure {
                (f.exposure, f.exposure_reason) = (e, why);
            }
        }
    }
    f.history = history;
    f.presence = Some(presence);
    places.truncate(crate::MAX_PLACES);
    f.places = places;
    f.places_total = total;
    Some(f)
}
