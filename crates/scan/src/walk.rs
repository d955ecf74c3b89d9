//! Files on disk: walk the given paths in parallel and scan every regular file.

use std::fs::{self, File};
use std::io::{self, Seek};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::Instant;

use ignore::overrides::OverrideBuilder;
use ignore::WalkBuilder;
use keyfence_matcher::RuleMatcher;
use rayon::prelude::*;

use crate::read::{FileScanner, Scratch};
use crate::{archive, exposure, Finding, Problem, Stats};

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
    /// Open archives (zip family, tar, gzip) within these limits; `None`: scan them as
    /// they are.
    pub archives: Option<archive::Limits>,
    /// Look through encodings (base64, escapes, UTF-16, split literals).
    pub decode: bool,
}

impl Default for ScanOptions {
    fn default() -> Self {
        ScanOptions {
            paths: vec![PathBuf::from(".")],
            respect_gitignore: false,
            follow_links: false,
            excludes: Vec::new(),
            base: None,
            archives: Some(archive::Limits::default()),
            decode: true,
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
    #[error("cannot start {threads} worker threads: {message}")]
    Threads { threads: usize, message: String },
}

struct Collect<'a> {
    scanner: FileScanner<'a>,
    archives: Option<archive::Limits>,
    findings: Mutex<Vec<Finding>>,
    problems: Mutex<Vec<Problem>>,
    files: AtomicU64,
    bytes: AtomicU64,
    skipped: AtomicU64,
}

impl Collect<'_> {
    fn problem(&self, path: String, message: String, is_error: bool) {
        if !is_error {
            self.skipped.fetch_add(1, Ordering::Relaxed);
        }
        self.problems.lock().unwrap().push(Problem {
            path,
            message,
            is_error,
        });
    }

    /// Scans one reader; `display` names it, and is called only when needed.
    /// `file` is where it is on disk, for what the exposure analysis reads around a
    /// finding (the file's directive, its app).
    /// With `started`, [`Scratch::start`] has read the reader's first bytes.
    fn scan_one<R: io::Read>(
        &self,
        reader: R,
        file: Option<&Path>,
        display: &dyn Fn() -> String,
        scratch: &mut Scratch,
        started: bool,
    ) {
        let mut found = Vec::new();
        let path = || Some(display());
        let result = if started {
            self.scanner
                .scan_started(reader, &path, scratch, &mut |f| found.push(f))
        } else {
            self.scanner
                .scan_reader(reader, &path, scratch, &mut |f| found.push(f))
        };
        if let (Some(file), false) = (file, found.is_empty()) {
            exposure::reclassify_on_disk(&mut found, file);
        }
        // Findings made before a read error are kept: a partial file is still evidence.
        if !found.is_empty() {
            self.findings.lock().unwrap().append(&mut found);
        }
        match result {
            Ok(n) => {
                self.files.fetch_add(1, Ordering::Relaxed);
                self.bytes.fetch_add(n, Ordering::Relaxed);
            }
            Err(e) => self.problem(display(), format!("read failed: {e}"), true),
        }
    }

    fn scan_file(&self, path: &Path, display: &dyn Fn() -> String, scratch: &mut Scratch) {
        let mut file = match File::open(path) {
            Ok(f) => f,
            Err(e) => return self.problem(display(), format!("cannot open: {e}"), true),
        };
        let Some(limits) = self.archives else {
            return self.scan_one(file, Some(path), display, scratch, false);
        };
        // Read the start once: an archive is opened, anything else scanned on from there.
        if let Err(e) = scratch.start(&mut file, &self.scanner) {
            return self.problem(display(), format!("read failed: {e}"), true);
        }
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default();
        let head = scratch.head();
        let Some(kind) = archive::sniff(&head[..head.len().min(archive::SNIFF_LEN)], &name) else {
            return self.scan_one(file, Some(path), display, scratch, true);
        };
        if let Err(e) = file.seek(io::SeekFrom::Start(0)) {
            return self.problem(display(), format!("cannot read: {e}"), true);
        }
        let shown = display();
        if !self.scan_archive(&mut file, kind, &shown, limits, scratch) {
            // Not an archive after all (or a truncated one): its bytes as they are.
            if file.seek(io::SeekFrom::Start(0)).is_ok() {
                self.scan_one(file, Some(path), display, scratch, false);
            }
        }
    }

    /// Opens an archive and scans its members; false when it could not be opened.
    fn scan_archive<R: io::Read + io::Seek>(
        &self,
        data: R,
        kind: archive::Kind,
        shown: &str,
        limits: archive::Limits,
        scratch: &mut Scratch,
    ) -> bool {
        let budget = archive::Budget::new(limits);
        let mut found = Vec::new();
        let mut bytes = 0;
        let opened = archive::expand(data, kind, shown, &budget, &mut |member, reader| {
            let n = self.scanner.scan_reader(
                reader,
                &|| Some(member.to_string()),
                scratch,
                &mut |f| found.push(f),
            )?;
            bytes += n;
            Ok(n)
        });
        let members = budget.members();
        for p in budget.into_problems() {
            self.problems.lock().unwrap().push(Problem {
                path: p.path,
                message: p.message,
                is_error: p.is_error,
            });
        }
        if !found.is_empty() {
            self.findings.lock().unwrap().append(&mut found);
        }
        if opened {
            self.files.fetch_add(members.max(1), Ordering::Relaxed);
            self.bytes.fetch_add(bytes, Ordering::Relaxed);
        }
        opened
    }
}

/// Scans `opts.paths` with `matcher`. Fails only when a path does not exist or an
/// option is bad; files that cannot be read are listed in the outcome's problems.
pub fn scan_paths(opts: &ScanOptions, matcher: &RuleMatcher) -> Result<ScanOutcome, StartError> {
    let started = Instant::now();
    for p in &opts.paths {
        if p.as_os_str() != "-" {
            fs::symlink_metadata(p).map_err(|err| StartError::Path {
                path: p.display().to_string(),
                err,
            })?;
        }
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(opts.threads)
        .build()
        .map_err(|e| StartError::Threads {
            threads: opts.threads,
            message: e.to_string(),
        })?;
    let collect = Collect {
        scanner: FileScanner::new(matcher).with_decoding(opts.decode),
        archives: opts.archives,
        findings: Mutex::new(Vec::new()),
        problems: Mutex::new(Vec::new()),
        files: AtomicU64::new(0),
        bytes: AtomicU64::new(0),
        skipped: AtomicU64::new(0),
    };
    for root in &opts.paths {
        if root.as_os_str() == "-" {
            collect.scan_one(
                io::stdin().lock(),
                None,
                &|| "<stdin>".to_string(),
                &mut Scratch::new(),
                false,
            );
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
            Ok(md) => collect.problem(display_root, not_regular(&md.file_type()), false),
            Err(e) => collect.problem(display_root, format!("cannot read: {e}"), true),
        }
    }
    let mut findings = collect.findings.into_inner().unwrap();
    findings.sort_by(|a, b| {
        (&a.path, a.line, a.column, &a.rule).cmp(&(&b.path, b.line, b.column, &b.rule))
    });
    let mut problems = collect.problems.into_inner().unwrap();
    problems.sort_by(|a, b| a.path.cmp(&b.path));
    let stats = Stats {
        files: collect.files.into_inner(),
        bytes: collect.bytes.into_inner(),
        skipped: collect.skipped.into_inner(),
        errors: problems.iter().filter(|p| p.is_error).count() as u64,
        duration_ms: started.elapsed().as_millis() as u64,
        suppressed: 0,
        commits: 0,
        refs: 0,
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
    let walker = WalkBuilder::new(root)
        .hidden(false)
        .ignore(respect)
        .git_ignore(respect)
        .git_global(respect)
        .git_exclude(respect)
        .parents(respect)
        .require_git(false)
        .follow_links(opts.follow_links)
        .overrides(overrides)
        .filter_entry(|e| !(e.depth() > 0 && VCS_DIRS.iter().any(|d| e.file_name() == *d)))
        .build();
    walker.par_bridge().for_each(|entry| {
        let entry = match entry {
            Ok(entry) => entry,
            Err(err) => {
                let (path, message, is_error) = describe_walk_error(&err, root);
                collect.problem(path, message, is_error);
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
        } else if ft.is_file() {
            // One buffer per thread for the whole walk: `for_each_init` would make
            // one per split of the work, and a new buffer grows from small again.
            SCRATCH.with(|scratch| {
                collect.scan_file(entry.path(), &display, &mut scratch.borrow_mut())
            });
        } else {
            collect.problem(display(), not_regular(&ft), false);
        }
    });
    Ok(())
}

fn not_regular(ft: &fs::FileType) -> String {
    use std::os::unix::fs::FileTypeExt;
    let kind = if ft.is_fifo() {
        "a FIFO"
    } else if ft.is_socket() {
        "a socket"
    } else if ft.is_block_device() || ft.is_char_device() {
        "a device"
    } else {
        "not a regular file"
    };
    format!("skipped: {kind} (pass `-` to scan a pipe on standard input)")
}

/// Path, message and whether it is an error, for a problem met while walking.
fn describe_walk_error(err: &ignore::Error, root: &Path) -> (String, String, bool) {
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
                return (p, msg, false);
            }
            ignore::Error::Io(io) => {
                let p = path.unwrap_or_else(|| root.display().to_string());
                // A dangling symlink met with --follow: nothing there to read.
                let dangling = io.kind() == io::ErrorKind::NotFound;
                let msg = if dangling {
                    format!("skipped: dangling symlink ({io})")
                } else {
                    format!("cannot read: {io}")
                };
                return (p, msg, !dangling);
            }
            other => {
                let p = path.unwrap_or_else(|| root.display().to_string());
                return (p, other.to_string(), true);
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
    let s = path.to_string_lossy();
    let mut s: &str = &s;
    while let Some(rest) = s.strip_prefix("./") {
        s = rest;
    }
    s.to_string()
}
