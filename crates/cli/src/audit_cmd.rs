//! `keyfence audit`: files on disk and history, one report.

use std::collections::HashMap;
use std::io::{self, Write};
use std::path::PathBuf;
use std::time::Duration;

use anyhow::{Context, Result};
use indicatif::{ProgressBar, ProgressStyle};
use keyfence_matcher::RuleMatcher;
use keyfence_scan::git::{scan_history, GitError, GitOptions, Scope};
use keyfence_scan::policy::write_baseline;
use keyfence_scan::{scan_paths, Exposure, Finding, Presence, Problem, ScanOptions, Stats};

use crate::args::AuditArgs;
use crate::output::Destination;
use crate::project::Project;
use crate::scan_cmd::{exit_status, report_problems};

/// A spinner on stderr, drawn only when stderr is a terminal.
fn progress() -> ProgressBar {
    let bar = ProgressBar::new_spinner();
    bar.set_style(
        ProgressStyle::with_template("{spinner} {msg} ({elapsed})").expect("valid template"),
    );
    bar.enable_steady_tick(Duration::from_millis(120));
    bar
}

pub fn run(mut args: AuditArgs) -> Result<u8> {
    let project = Project::load(&args.path, &args.policy, &args.output.filter)?;
    let rules = project.rules(&args.rules)?;
    let matcher = RuleMatcher::new(&rules)?;
    args.output.format = project.format(args.output.format);
    let mut dest = Destination::open(&args.output, &rules)?;
    dest.set_target(
        args.path
            .canonicalize()
            .unwrap_or_else(|_| args.path.clone())
            .display()
            .to_string(),
    );
    let mut excludes = args.exclude;
    excludes.extend(project.config.scan.exclude.iter().cloned());
    let mut audited = audit(
        &AuditScope {
            path: args.path,
            excludes,
            all_objects: args.all_objects,
            threads: args.workers.count(),
            paths_from_cwd: dest.wants_paths_from_cwd(),
            archives: args.content.archives(),
            decode: !args.content.no_decode,
        },
        &matcher,
    )?;
    report_problems(&audited.problems);
    if let Some(path) = &args.write_baseline {
        // Everything found now, whatever the filters and suppressions say.
        let n = write_baseline(path, &audited.findings)
            .with_context(|| format!("cannot write the baseline {}", path.display()))?;
        let _ = writeln!(
            io::stderr(),
            "keyfence: wrote {n} findings to the baseline {}; runs with --baseline {} report \
             only new ones",
            path.display(),
            path.display(),
        );
        if let Some(note) = union_merge(&project.root, path)? {
            let _ = writeln!(io::stderr(), "keyfence: {note}");
        }
    }
    let (findings, counted) = project.decide(audited.findings, &mut audited.stats);
    match dest.write(&findings, &audited.stats) {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {}
        other => other?,
    }
    Ok(exit_status(counted, audited.stats.errors))
}

/// What an audit covers.
pub struct AuditScope {
    pub path: PathBuf,
    pub excludes: Vec<String>,
    pub all_objects: bool,
    pub threads: usize,
    /// Show file paths from the current directory (SARIF, annotations).
    pub paths_from_cwd: bool,
    pub archives: Option<keyfence_scan::archive::Limits>,
    pub decode: bool,
}

/// An audit's result: one finding per distinct secret, most urgent first.
pub struct Audited {
    pub findings: Vec<Finding>,
    pub stats: Stats,
    pub problems: Vec<Problem>,
}

/// The files under `scope.path` and, inside a repository, its whole history.
pub fn audit(scope: &AuditScope, matcher: &RuleMatcher) -> Result<Audited> {
    let bar = progress();
    bar.set_message("scanning files on disk");
    let files = scan_paths(
        &ScanOptions {
            paths: vec![scope.path.clone()],
            excludes: scope.excludes.clone(),
            threads: scope.threads,
            base: scope.paths_from_cwd.then(|| PathBuf::from(".")),
            archives: scope.archives,
            decode: scope.decode,
            ..ScanOptions::default()
        },
        matcher,
    )?;

    bar.set_message("reading git history");
    let history = match scan_history(
        &GitOptions {
            repo: scope.path.clone(),
            scope: Scope::All,
            all_objects: scope.all_objects,
            threads: scope.threads,
            archives: scope.archives,
            decode: scope.decode,
        },
        matcher,
    ) {
        Ok(h) => Some(h),
        // Not a repository: the audit is of the files alone.
        Err(GitError::NotARepo { .. }) => None,
        Err(e) => return Err(e.into()),
    };
    bar.finish_and_clear();

    let mut problems = files.problems;
    let mut stats = files.stats.clone();
    let mut in_history = Vec::new();
    if let Some(h) = history {
        problems.extend(h.problems);
        stats.files += h.stats.files;
        stats.bytes += h.stats.bytes;
        stats.errors += h.stats.errors;
        stats.commits = h.stats.commits;
        stats.refs = h.stats.refs;
        stats.duration_ms = stats.duration_ms.max(h.stats.duration_ms);
        if h.partial {
            let _ = writeln!(
                io::stderr(),
                "keyfence: warning: the history scan is partial: some of it could not be read"
            );
        }
        in_history = h.findings;
    }
    Ok(Audited {
        findings: merge(files.findings, in_history),
        stats,
        problems,
    })
}

/// One finding per distinct secret: where it is in the working tree (if it is), with
/// where history first got it, most urgent first.
fn merge(files: Vec<Finding>, history: Vec<Finding>) -> Vec<Finding> {
    let mut by_secret: HashMap<(String, String), (Option<Finding>, Option<Finding>)> =
        HashMap::new();
    for f in files {
        let e = by_secret
            .entry((f.rule.clone(), f.secret.clone()))
            .or_default();
        // The first place on disk, in path order, stands for the others, and lists
        // them all.
        let place = format!(
            "{}:{}:{}",
            f.path.as_deref().unwrap_or("-"),
            f.line,
            f.column
        );
        match &mut e.0 {
            None => {
                let mut f = f;
                f.places = vec![place];
                e.0 = Some(f);
            }
            Some(first) => first.places.push(place),
        }
    }
    for h in history {
        let key = (h.rule.clone(), h.secret.clone());
        by_secret.entry(key).or_default().1 = Some(h);
    }
    let mut out: Vec<Finding> = by_secret
        .into_values()
        .filter_map(|(file, hist)| {
            let presence = match (&file, &hist) {
                (Some(_), _) => Presence::WorkingTree,
                (None, Some(h)) if h.history.as_ref().is_some_and(|x| x.commit.is_some()) => {
                    Presence::HistoryOnly
                }
                (None, Some(_)) => Presence::UnreachableOnly,
                (None, None) => return None,
            };
            let history = hist.as_ref().and_then(|h| h.history.clone());
            let mut f = match (file, hist) {
                (Some(f), Some(h))
                    if h.exposure == Exposure::Client && f.exposure != Exposure::Client =>
                {
                    // History shows it shipped client-side somewhere: say so.
                    let mut f = f;
                    f.exposure = h.exposure;
                    f.exposure_reason = format!("in history: {}", h.exposure_reason);
                    f
                }
                (Some(f), _) => f,
                (None, Some(h)) => h,
                (None, None) => unreachable!(),
            };
            f.history = history;
            f.presence = Some(presence);
            Some(f)
        })
        .collect();
    out.sort_by(|a, b| {
        (a.presence, a.exposure, &a.path, a.line, a.column, &a.rule)
            .cmp(&(b.presence, b.exposure, &b.path, b.line, b.column, &b.rule))
    });
    out
}

/// In a git repository, makes sure `.gitattributes` merges the baseline as a union of
/// lines, so two branches that each add entries always merge without a conflict (the
/// file is a sorted set; keyfence reads it in any order and writes it sorted).
fn union_merge(root: &std::path::Path, baseline: &std::path::Path) -> Result<Option<String>> {
    if !root.join(".git").exists() {
        return Ok(None);
    }
    let Ok(abs) = std::fs::canonicalize(baseline) else {
        return Ok(None);
    };
    let Ok(root) = std::fs::canonicalize(root) else {
        return Ok(None);
    };
    let Ok(rel) = abs.strip_prefix(&root) else {
        return Ok(None);
    };
    let rel: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    let line = format!("/{} merge=union", rel.join("/"));
    let attributes = root.join(".gitattributes");
    let existing = std::fs::read_to_string(&attributes).unwrap_or_default();
    if existing.lines().any(|l| l.trim() == line) {
        return Ok(None);
    }
    let mut text = existing;
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    text.push_str(&line);
    text.push('\n');
    std::fs::write(&attributes, text)
        .with_context(|| format!("cannot write {}", attributes.display()))?;
    Ok(Some(format!(
        "added `{line}` to .gitattributes: branches that each add baseline entries merge \
         without conflict"
    )))
}
