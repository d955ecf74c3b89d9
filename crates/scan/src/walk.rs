//! Files on disk: walk the given paths in parallel and scan every regular file.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::Instant;

use ignore::overrides::OverrideBuilder;
use ignore::WalkBuilder;
use keyfence_exposure::flows::{Inlined, ProjectView};
use keyfence_exposure::project::FileView;
use keyfence_exposure::{tree::disk_path, DiskTree, Projects, Verdict};
use keyfence_matcher::RuleMatcher;
use keyfence_model::fs::{kind_of, open_regular, OpenError};
use keyfence_model::{Event, Finding, Problem, ProblemKind, Progress, Severity, Source, Stats};
use rayon::prelude::*;

use crate::blob::{Blob, BlobOut, BlobScanner, Input};
use crate::flow::FlowMode;
use crate::read::Scratch;
use crate::Content;

/// Directories of version control systems: never scanned as files (history is the
/// business of `keyfence git`).
const VCS_DIRS: &[&str] = &[".git", ".hg", ".svn", ".jj", ".bzr"];

/// What to scan and how.
#[derive(Clone, Debug)]
pub struct ScanOptions {
    /// Files and directories; `-` is standard input.
    pub paths: Vec<PathBuf>,
    /// Honour `.gitignore`, `.ignore` and git's exclude files. Off by default: what is
    /// ignored (`.env`, `dist/`) is often exactly what ships.
    pub respect_gitignore: bool,
    /// Follow symbolic links while walking.
    pub follow_links: bool,
    /// Gitignore-style globs of paths to leave out.
    pub excludes: Vec<String>,
    /// Worker threads; 0 means one per core.
    pub threads: usize,
    /// Show paths relative to this directory, for roots inside it, rather than to
    /// each root (SARIF and GitHub annotations want paths from the checkout's root).
    pub base: Option<PathBuf>,
    /// What is looked inside.
    pub content: Content,
}

impl Default for ScanOptions {
    fn default() -> Self {
        ScanOptions {
            paths: vec![PathBuf::from(".")],
            respect_gitignore: false,
            follow_links: false,
            excludes: Vec::new(),
            base: None,
            content: Content::default(),
            threads: 0,
        }
    }
}

/// Everything a scan produced.
#[derive(Debug, Default)]
pub struct ScanOutcome {
    /// Sorted by path, line, column and rule.
    pub findings: Vec<Finding>,
    pub problems: Vec<Problem>,
    pub stats: Stats,
}

/// Why a scan could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("{path}: {err}")]
    Path { path: String, err: io::Error },
    #[error("--exclude {glob}: {message}")]
    Exclude { glob: String, message: String },
    #[error("{0}")]
    Threads(String),
}

/// What the walk's threads share: the blob scanner and what it gathers.
struct Collect<'a> {
    blobs: BlobScanner<'a>,
    /// The projects on disk, read the first time a finding needs them.
    projects: Projects,
    out: Mutex<BlobOut>,
    skipped: AtomicU64,
    /// Of `skipped`: symbolic links not followed.
    links: AtomicU64,
    /// Files and folders left out by an exclude glob (counted, never silently gone).
    excluded: AtomicU64,
    progress: &'a dyn Progress,
}

impl Collect<'_> {
    fn problem(&self, kind: ProblemKind, path: String, message: String) {
        if kind.severity() == Severity::Warning {
            self.skipped.fetch_add(1, Ordering::Relaxed);
        }
        self.out
            .lock()
            .unwrap()
            .problems
            .push(Problem::new(kind, path, message));
    }

    /// Adds what one blob gave.
    fn gather(&self, mut local: BlobOut) {
        self.progress.event(Event::Done {
            items: 1,
            bytes: local.bytes,
        });
        if !local.findings.is_empty() || !local.problems.is_empty() {
            self.out.lock().unwrap().append(&mut local);
        } else {
            let mut out = self.out.lock().unwrap();
            out.items += local.items;
            out.bytes += local.bytes;
        }
    }

    /// Scans one file on disk; `display` names it.
    fn scan_file(&self, path: &Path, display: &dyn Fn() -> String, scratch: &mut Scratch) {
        // The walk saw a regular file; what is opened is checked again (a FIFO swapped
        // in since must not hang the scan).
        let mut file = match open_regular(path) {
            Ok(f) => f,
            Err(OpenError::NotRegular(kind)) => {
                return self.problem(ProblemKind::NotRegular, display(), not_regular(kind))
            }
            Err(e) => {
                return self.problem(
                    ProblemKind::Unreadable,
                    display(),
                    format!("cannot open: {e}"),
                )
            }
        };
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default();
        let view = DiskView {
            projects: &self.projects,
            path,
            at: std::cell::OnceCell::new(),
        };
        let blob = Blob {
            name: &name,
            path: &|| Some(display()),
            project: &view,
            flows: FlowMode::Judge,
            source: &|| Source::File,
        };
        let mut local = BlobOut::default();
        self.blobs
            .scan(Input::Seekable(&mut file), &blob, scratch, &mut local);
        self.gather(local);
    }

    /// Scans standard input.
    fn scan_stdin(&self) {
        let blob = Blob {
            name: "",
            path: &|| Some("<stdin>".to_string()),
            project: &crate::read::NO_PROJECT,
            flows: FlowMode::Judge,
            source: &|| Source::Stdin,
        };
        let mut local = BlobOut::default();
        self.blobs.scan(
            Input::Stream(&mut io::stdin().lock()),
            &blob,
            &mut Scratch::new(),
            &mut local,
        );
        self.gather(local);
    }
}

/// What the projects on disk say of one file, its path in their namespace made the
/// first time it is asked for.
struct DiskView<'a> {
    projects: &'a Projects,
    path: &'a Path,
    at: std::cell::OnceCell<Option<String>>,
}

impl DiskView<'_> {
    fn view(&self) -> Option<FileView<'_>> {
        let at = self.at.get_or_init(|| disk_path(self.path)).as_deref()?;
        Some(FileView {
            projects: self.projects,
            path: at,
        })
    }
}

impl ProjectView for DiskView<'_> {
    fn verdict(&self, offset: u64, line: &[u8]) -> Option<Verdict> {
        self.view()?.verdict(offset, line)
    }
    fn inlined(&self, name: &str, read: bool) -> Inlined {
        self.view()
            .map_or(Inlined::NoProject, |v| v.inlined(name, read))
    }
    fn env_files_say(&self, line_says: &dyn Fn(&[u8]) -> bool) -> bool {
        self.view().is_some_and(|v| v.env_files_say(line_says))
    }
    fn stores_users_key(&self) -> bool {
        self.view().is_some_and(|v| v.stores_users_key())
    }
    fn read_module(&self, spec: &str) -> Option<Vec<u8>> {
        self.view()?.read_module(spec)
    }
}

/// Scans `opts.paths` with `matcher`. Fails only when a path does not exist or an
/// option is bad; files that cannot be read are listed in the outcome's problems.
pub fn scan_paths(
    opts: &ScanOptions,
    matcher: &RuleMatcher,
    progress: &dyn Progress,
) -> Result<ScanOutcome, StartError> {
    let started = Instant::now();
    for p in &opts.paths {
        if p.as_os_str() != "-" {
            fs::symlink_metadata(p).map_err(|err| StartError::Path {
                path: p.display().to_string(),
                err,
            })?;
        }
    }
    let pool = crate::pool(opts.threads).map_err(StartError::Threads)?;
    let collect = Collect {
        blobs: BlobScanner::new(matcher, opts.content),
        projects: Projects::new(std::sync::Arc::new(DiskTree)),
        out: Mutex::new(BlobOut::default()),
        skipped: AtomicU64::new(0),
        links: AtomicU64::new(0),
        excluded: AtomicU64::new(0),
        progress,
    };
    progress.event(Event::Phase("scanning files"));
    for root in &opts.paths {
        if root.as_os_str() == "-" {
            collect.scan_stdin();
            continue;
        }
        let prefix = base_prefix(root, opts.base.as_deref());
        let display_root = match &prefix {
            Some(p) if !p.is_empty() => p.trim_end_matches('/').to_string(),
            _ => clean_display(root),
        };
        let prefix = prefix.unwrap_or_default();
        match fs::metadata(root) {
            Ok(md) if md.is_dir() => pool.install(|| walk_dir(root, &prefix, opts, &collect))?,
            Ok(md) if md.is_file() => {
                collect.scan_file(root, &|| display_root.clone(), &mut Scratch::new())
            }
            Ok(md) => collect.problem(
                ProblemKind::NotRegular,
                display_root,
                not_regular(kind_of(&md.file_type())),
            ),
            Err(e) => collect.problem(
                ProblemKind::Unreadable,
                display_root,
                format!("cannot read: {e}"),
            ),
        }
    }
    let run_limit = collect.blobs.run_limit();
    let BlobOut {
        mut findings,
        mut problems,
        items,
        bytes,
    } = collect.out.into_inner().unwrap();
    problems.extend(run_limit);
    findings.sort_by(|a, b| {
        (&a.path, a.line, a.column, &a.rule).cmp(&(&b.path, b.line, b.column, &b.rule))
    });
    problems.sort_by(|a, b| a.path.cmp(&b.path));
    let stats = Stats {
        files: items,
        bytes,
        skipped: collect.skipped.into_inner(),
        links: collect.links.into_inner(),
        excluded: collect.excluded.into_inner(),
        errors: problems.iter().filter(|p| p.is_error()).count() as u64,
        duration_ms: started.elapsed().as_millis() as u64,
        ..Stats::default()
    };
    Ok(ScanOutcome {
        findings,
        problems,
        stats,
    })
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::new());
}

fn walk_dir(
    root: &Path,
    prefix: &str,
    opts: &ScanOptions,
    collect: &Collect,
) -> Result<(), StartError> {
    let mut overrides = OverrideBuilder::new(root);
    for glob in &opts.excludes {
        overrides
            .add(&format!("!{glob}"))
            .map_err(|e| StartError::Exclude {
                glob: glob.clone(),
                message: e.to_string(),
            })?;
    }
    let overrides = overrides.build().map_err(|e| StartError::Exclude {
        glob: opts.excludes.join(" "),
        message: e.to_string(),
    })?;
    let respect = opts.respect_gitignore;
    let excluded = std::sync::Arc::new(AtomicU64::new(0));
    let left_out = std::sync::Arc::clone(&excluded);
    let walker = WalkBuilder::new(root)
        .hidden(false)
        .ignore(respect)
        .git_ignore(respect)
        .git_global(respect)
        .git_exclude(respect)
        .parents(respect)
        .require_git(false)
        .follow_links(opts.follow_links)
        // Excludes are matched here rather than as the walker's overrides, so that
        // what they leave out is counted (a folder counts once).
        .filter_entry(move |e| {
            if e.depth() > 0 && VCS_DIRS.iter().any(|d| e.file_name() == *d) {
                return false;
            }
            let dir = e.file_type().is_some_and(|t| t.is_dir());
            if e.depth() > 0 && overrides.matched(e.path(), dir).is_ignore() {
                left_out.fetch_add(1, Ordering::Relaxed);
                return false;
            }
            true
        })
        .build();
    walker.par_bridge().for_each(|entry| {
        let entry = match entry {
            Ok(entry) => entry,
            Err(err) => {
                let (kind, path, message) = describe_walk_error(&err, root);
                collect.problem(kind, path, message);
                return;
            }
        };
        let Some(ft) = entry.file_type() else {
            return;
        };
        if ft.is_dir() {
            return;
        }
        let display = || relative_display(root, prefix, entry.path());
        if ft.is_symlink() {
            // Not followed (see --follow): the target, if in the tree, is scanned there.
            collect.skipped.fetch_add(1, Ordering::Relaxed);
            collect.links.fetch_add(1, Ordering::Relaxed);
        } else if ft.is_file() {
            // One buffer per thread for the whole walk: `for_each_init` would make
            // one per split of the work, and a new buffer grows from small again.
            SCRATCH.with(|scratch| {
                collect.scan_file(entry.path(), &display, &mut scratch.borrow_mut())
            });
        } else {
            collect.problem(
                ProblemKind::NotRegular,
                display(),
                not_regular(kind_of(&ft)),
            );
        }
    });
    collect
        .excluded
        .fetch_add(excluded.load(Ordering::Relaxed), Ordering::Relaxed);
    Ok(())
}

fn not_regular(kind: &str) -> String {
    format!("skipped: {kind} (pass `-` to scan a pipe on standard input)")
}

/// The kind, path and message of a problem met while walking.
fn describe_walk_error(err: &ignore::Error, root: &Path) -> (ProblemKind, String, String) {
    let mut path = None;
    let mut cur = err;
    loop {
        match cur {
            ignore::Error::WithPath { path: p, err } => {
                path.get_or_insert_with(|| relative_display(root, "", p));
                cur = err;
            }
            ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
                cur = err
            }
            ignore::Error::Loop { child, ancestor } => {
                let p = path.unwrap_or_else(|| relative_display(root, "", child));
                let msg = format!(
                    "skipped: symlink loop back to {}",
                    relative_display(root, "", ancestor)
                );
                return (ProblemKind::Link, p, msg);
            }
            ignore::Error::Io(io) => {
                let p = path.unwrap_or_else(|| root.display().to_string());
                // A dangling symlink met with --follow: nothing there to read.
                return if io.kind() == io::ErrorKind::NotFound {
                    (
                        ProblemKind::Link,
                        p,
                        format!("skipped: dangling symlink ({io})"),
                    )
                } else {
                    (ProblemKind::Unreadable, p, format!("cannot read: {io}"))
                };
            }
            other => {
                let p = path.unwrap_or_else(|| root.display().to_string());
                return (ProblemKind::Unreadable, p, other.to_string());
            }
        }
    }
}

/// `path` relative to `root`, `/`-separated, after `prefix` (the root's own path from
/// the display base, `/`-terminated, or empty).
fn relative_display(root: &Path, prefix: &str, path: &Path) -> String {
    match path.strip_prefix(root) {
        Ok(rel) if !rel.as_os_str().is_empty() => {
            let rel = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            format!("{prefix}{rel}")
        }
        _ => clean_display(path),
    }
}

/// With a display base, the root's path from it, `/`-terminated (empty for the base
/// itself); `None` without a base or when the root is outside it.
fn base_prefix(root: &Path, base: Option<&Path>) -> Option<String> {
    let (root, base) = (root.canonicalize().ok()?, base?.canonicalize().ok()?);
    let rel = root.strip_prefix(&base).ok()?;
    let mut out = String::new();
    for c in rel.components() {
        out.push_str(&c.as_os_str().to_string_lossy());
        out.push('/');
    }
    Some(out)
}

/// A path given on the command line, as the user wrote it less a leading `./`.
fn clean_display(path: &Path) -> String {
    normalize_display(&path.to_string_lossy(), cfg!(windows))
}

/// A path as findings show it: `/`-separated, without a leading `./`; on Windows
/// (`windows`) backslashes become `/` and the verbatim prefix `\\?\` goes, so a drive
/// letter path reads `C:/work/app/.env` (on Unix a backslash is part of a name).
fn normalize_display(s: &str, windows: bool) -> String {
    let owned;
    let mut s = s;
    if windows {
        owned = s.strip_prefix(r"\\?\").unwrap_or(s).replace('\\', "/");
        s = &owned;
    }
    while let Some(rest) = s.strip_prefix("./") {
        s = rest;
    }
    s.to_string()
}

#[cfg(test)]
mod display_tests {
    use super::normalize_display;

    #[test]
    fn windows_paths_read_with_slashes() {
        assert_eq!(
            normalize_display(r"\\?\C:\work\app\.env", true),
            "C:/work/app/.env"
        );
        assert_eq!(normalize_display(r".\src\a.js", true), "src/a.js");
        assert_eq!(normalize_display(r"D:\a b\c.js", true), "D:/a b/c.js");
        assert_eq!(normalize_display(r"./odd\name.js", false), r"odd\name.js");
    }
}
