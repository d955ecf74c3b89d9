//! `keyfence audit --repos FILE`: many repositories (an organisation) in one report.
//!
//! The list is read and, with `--shard I/N`, cut to one shard; URLs are cloned
//! mirror-style (or fetched into `--cache`) by `--clone-jobs` threads while the
//! repositories already here are audited one at a time with every worker thread, as
//! `keyfence audit` audits one. A mirror has no work tree: the files of its HEAD are
//! written to a scratch folder and audited there, so "still in the working tree"
//! means "in the default branch". A repository that cannot be fetched or opened is
//! named and the run goes on. Findings of one key in several repositories become one
//! ([`keyfence_model::org::group`], which `keyfence report merge` uses too).

mod fetch;
pub mod list;

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::Instant;

use anyhow::{Context, Result};
use keyfence_model::org::{self, RepoCoverage, RepoStatus};
use keyfence_model::{Finding, Problem, ProblemKind, Stats};
use keyfence_scan::audit::{audit, AuditOptions};
use keyfence_scan::git::{export_head, is_bare};

use crate::args::AuditArgs;
use crate::output::Destination;
use crate::progress::Bar;
use crate::settings::{report_problems, Settings};
use fetch::{Fetched, Fetcher};
use list::{Entry, Source};

/// One repository's audit.
#[derive(Default)]
struct Outcome {
    coverage: RepoCoverage,
    findings: Vec<Finding>,
    problems: Vec<Problem>,
    stats: Stats,
}

/// A repository made ready to audit by a fetch thread.
enum Ready {
    Mirror { git_dir: PathBuf, bytes: u64 },
    Local(PathBuf),
    Failed(String),
    TooLarge(u64),
}

pub fn run(mut args: AuditArgs) -> Result<u8> {
    let started = Instant::now();
    let from = args.repos.repos.clone().expect("--repos was given");
    let (settings, dest, content) = Settings::start(Path::new("."), &mut args.run)?;
    let listed = list::read(&from)?;
    let entries: Vec<Entry> = match args.repos.shard {
        Some((i, n)) => listed
            .iter()
            .filter(|e| org::shard_of(&e.name, n) == i)
            .cloned()
            .collect(),
        None => listed.clone(),
    };
    let fetcher = Fetcher::new(
        args.repos.cache.as_deref(),
        args.repos.clone_timeout,
        args.repos.max_repo_size,
    )
    .context("cannot make a folder for the clones")?;
    if let (Some((i, n)), false) = (args.repos.shard, crate::progress::quiet()) {
        let _ = writeln!(
            crate::console::stderr(),
            "keyfence: shard {i}/{n}: {} of the {} listed",
            keyfence_model::words::count(entries.len() as u64, "repository", "repositories"),
            listed.len()
        );
    }
    let bar = Bar::new();
    let excludes = settings.excludes(&args.exclude);
    let auditor = Auditor {
        settings: &settings,
        fetcher: &fetcher,
        excludes,
        all_objects: args.all_objects,
        threads: args.run.workers.count(),
        content,
        max_blob: args.max_blob_size,
        bar: &bar,
    };
    let outcomes = pipeline(
        &entries,
        &fetcher,
        usize::from(args.repos.clone_jobs),
        |e, r| auditor.audit(e, r),
    );
    bar.finish();
    let mut members = Vec::new();
    let mut problems = Vec::new();
    let mut stats = Stats::default();
    let mut coverage = Vec::new();
    for o in outcomes {
        members.extend(o.findings);
        problems.extend(o.problems);
        stats.add(&o.stats);
        coverage.push(o.coverage);
    }
    keyfence_model::dedup_problems(&mut problems);
    crate::merge_cmd::sort_coverage(&mut coverage, &mut problems);
    stats.duration_ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
    say_totals(&coverage, started);
    if let Some(path) = &args.write_baseline {
        let n = keyfence_report::policy::write_baseline(path, &members)
            .with_context(|| format!("cannot write the baseline {}", path.display()))?;
        let _ = writeln!(
            crate::console::stderr(),
            "keyfence: wrote {} to the baseline {}",
            keyfence_model::words::count(n as u64, "finding", "findings"),
            path.display(),
        );
    }
    report_problems(&problems);
    if problems.iter().any(Problem::is_partial) {
        let _ = writeln!(
            crate::console::stderr(),
            "keyfence: warning: the result is partial: some repositories, files or history \
             could not be read (see above)"
        );
    }
    let (members, _) = settings.project.decide(members, &mut stats);
    let mut findings = org::group(members);
    let counted = findings.iter().filter(|f| f.suppressed.is_none()).count();
    let (counted, mut unverified) = settings.verify.apply(&mut findings, counted)?;
    report_problems(&unverified);
    problems.append(&mut unverified);
    for f in &mut findings {
        for m in &mut f.repositories {
            m.verification.clone_from(&f.verification);
        }
    }
    count_per_repository(&mut coverage, &findings);
    let target = if from.as_os_str() == "-" {
        "the repositories listed on standard input".into()
    } else {
        from.display().to_string()
    };
    write_report(
        dest,
        OrgReport {
            target,
            rules_digest: settings.rules.digest(),
            coverage,
            findings: &findings,
            stats: &stats,
            problems: &problems,
        },
        counted,
    )
}

/// An organisation report to write: `audit --repos` and `report merge` alike.
pub struct OrgReport<'a> {
    pub target: String,
    pub rules_digest: String,
    pub coverage: Vec<RepoCoverage>,
    pub findings: &'a [Finding],
    pub stats: &'a Stats,
    pub problems: &'a [Problem],
}

/// Writes an organisation report and returns the exit status (`counted` findings
/// count).
pub fn write_report(mut dest: Destination, r: OrgReport, counted: usize) -> Result<u8> {
    let meta = dest.meta();
    meta.command = "audit".into();
    meta.organisation = true;
    meta.target = r.target;
    meta.history_scanned = Some(r.coverage.iter().any(|c| c.history));
    meta.rules_digest = r.rules_digest;
    meta.scope =
        keyfence_model::words::count(r.coverage.len().max(1) as u64, "repository", "repositories");
    meta.repositories = r.coverage;
    match dest.write(r.findings, r.stats, r.problems) {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {}
        other => other?,
    }
    Ok(keyfence_model::exit_status(counted, r.problems))
}

/// Fetches with `jobs` threads, at most `jobs` ahead of the audits (so that the disk
/// holds few clones not yet audited), and audits on this thread in the order the
/// fetches end; the outcomes come back in the list's order.
fn pipeline(
    entries: &[Entry],
    fetcher: &Fetcher,
    jobs: usize,
    mut audit_one: impl FnMut(&Entry, Ready) -> Outcome,
) -> Vec<Outcome> {
    let next = AtomicUsize::new(0);
    let (tx, rx) = mpsc::sync_channel::<(usize, Ready, u64)>(jobs);
    let mut out: Vec<Option<Outcome>> = (0..entries.len()).map(|_| None).collect();
    std::thread::scope(|s| {
        for _ in 0..jobs.min(entries.len()) {
            let tx = tx.clone();
            let next = &next;
            s.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(e) = entries.get(i) else { break };
                let t = Instant::now();
                let ready = prepare(e, fetcher);
                let ms = u64::try_from(t.elapsed().as_millis()).unwrap_or(u64::MAX);
                if tx.send((i, ready, ms)).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        for (i, ready, fetch_ms) in rx {
            let mut o = audit_one(&entries[i], ready);
            o.coverage.fetch_ms = fetch_ms;
            out[i] = Some(o);
        }
    });
    out.into_iter().map(Option::unwrap_or_default).collect()
}

/// Clones or fetches a URL; checks a local path.
fn prepare(e: &Entry, fetcher: &Fetcher) -> Ready {
    match &e.source {
        Source::Url(url) => match fetcher.fetch(&e.name, url) {
            Fetched::Ready { git_dir, bytes } => Ready::Mirror { git_dir, bytes },
            Fetched::Failed(why) => Ready::Failed(why),
            Fetched::TooLarge(n) => Ready::TooLarge(n),
        },
        Source::Path(p) if !p.exists() => Ready::Failed("no such file or directory".into()),
        Source::Path(p) => match fetcher.max_size {
            Some(max) => {
                let dot_git = p.join(".git");
                let n = fetch::dir_size(if dot_git.is_dir() { &dot_git } else { p });
                if n > max {
                    Ready::TooLarge(n)
                } else {
                    Ready::Local(p.clone())
                }
            }
            None => Ready::Local(p.clone()),
        },
    }
}

struct Auditor<'a> {
    settings: &'a Settings,
    fetcher: &'a Fetcher,
    excludes: Vec<String>,
    all_objects: bool,
    threads: usize,
    content: keyfence_scan::Content,
    max_blob: u64,
    bar: &'a Bar,
}

impl Auditor<'_> {
    fn audit(&self, e: &Entry, ready: Ready) -> Outcome {
        let name = e.name.as_str();
        let mut o = Outcome {
            coverage: RepoCoverage {
                name: name.to_string(),
                ..RepoCoverage::default()
            },
            ..Outcome::default()
        };
        let started = Instant::now();
        let (dir, mirror) = match ready {
            Ready::Failed(why) => return failed(o, why),
            Ready::TooLarge(n) => {
                let max = self.fetcher.max_size.unwrap_or(0);
                let why = format!(
                    "{} once fetched, over --max-repo-size {}: not scanned",
                    keyfence_report::human_bytes(n),
                    keyfence_report::human_bytes(max)
                );
                o.coverage.status = RepoStatus::Skipped;
                o.coverage.fetched_bytes = n;
                o.coverage.reason = Some(why.clone());
                o.problems.push(
                    Problem::new(ProblemKind::RepositorySkipped, name, why).in_repository(name),
                );
                return o;
            }
            Ready::Mirror { git_dir, bytes } => {
                o.coverage.fetched_bytes = bytes;
                (git_dir, true)
            }
            Ready::Local(path) => (path, false),
        };
        // A repository that makes keyfence fail is that repository's failure, never the
        // end of the run: the others' results stand.
        let bare = mirror || is_bare(&dir).unwrap_or(false);
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            self.audit_dir(&dir, bare, &mut o)
        }))
        .unwrap_or_else(|panic| {
            let what = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            Err(format!(
                "keyfence stopped while auditing it ({}): its results are left out",
                keyfence_model::escape::terminal(&what)
            ))
        });
        if mirror && !self.fetcher.cached {
            let _ = std::fs::remove_dir_all(&dir);
        }
        o.coverage.scan_ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
        match result {
            Ok(()) => o,
            Err(why) => failed(o, why),
        }
    }

    /// Audits a work tree where it is, or a repository without one through the files
    /// of its HEAD.
    fn audit_dir(&self, dir: &Path, bare: bool, o: &mut Outcome) -> Result<(), String> {
        let name = o.coverage.name.clone();
        let scratch = if bare {
            let scratch = self
                .fetcher
                .scratch()
                .map_err(|e| format!("cannot make a scratch folder: {e}"))?;
            let exported = export_head(dir, scratch.path()).map_err(|e| e.to_string())?;
            o.problems.extend(exported.problems);
            Some(scratch)
        } else {
            None
        };
        let opts = AuditOptions {
            path: scratch
                .as_ref()
                .map_or_else(|| dir.to_path_buf(), |s| s.path().to_path_buf()),
            git_dir: bare.then(|| dir.to_path_buf()),
            excludes: self.excludes.clone(),
            all_objects: self.all_objects,
            threads: self.threads,
            base: None,
            content: self.content,
            max_blob: self.max_blob,
        };
        let audited = audit(&opts, &self.settings.matcher, self.bar).map_err(|e| {
            tidy(
                &e.to_string(),
                &[scratch.as_ref().map(|s| s.path()), Some(dir)],
            )
        })?;
        let hide = [scratch.as_ref().map(|s| s.path()), Some(dir)];
        o.problems.extend(audited.problems);
        for p in &mut o.problems {
            p.path = tidy(&p.path, &hide);
            p.message = tidy(&p.message, &hide);
            p.repository = Some(name.clone());
        }
        o.findings = audited.findings;
        for f in &mut o.findings {
            f.provenance.repository = Some(name.clone());
            for p in &mut f.places {
                p.repository = Some(name.clone());
            }
        }
        o.stats = audited.stats;
        let c = &mut o.coverage;
        c.history = audited.history;
        c.commits = o.stats.commits;
        c.refs = o.stats.refs;
        c.files = o.stats.files;
        c.bytes = o.stats.bytes;
        c.errors = o.problems.iter().filter(|p| p.is_error()).count() as u64;
        c.warnings = o.problems.len() as u64 - c.errors;
        Ok(())
    }
}

/// A repository that could not be fetched or audited.
fn failed(mut o: Outcome, why: String) -> Outcome {
    let name = o.coverage.name.clone();
    o.coverage.status = RepoStatus::Failed;
    o.coverage.reason = Some(why.clone());
    o.coverage.errors += 1;
    o.findings.clear();
    o.problems
        .push(Problem::new(ProblemKind::RepositoryFailed, &name, why).in_repository(&name));
    o
}

/// Text with the scratch and clone folders (which change from run to run, and are no
/// business of a report) taken out.
fn tidy(text: &str, hide: &[Option<&Path>]) -> String {
    let mut out = text.to_string();
    for dir in hide.iter().flatten() {
        let shown = dir.display().to_string();
        if dir.is_absolute() {
            out = out.replace(&format!("{shown}/"), "").replace(&shown, ".");
        } else if let Some(rest) = out.strip_prefix(&format!("{shown}/")) {
            // A path as listed (`.`, `app`) is taken off the front only.
            out = rest.to_string();
        }
    }
    out
}

/// Each repository's count of keys and flows that count.
fn count_per_repository(coverage: &mut [RepoCoverage], findings: &[Finding]) {
    let mut per: std::collections::HashMap<&str, u64> = std::collections::HashMap::new();
    for f in findings {
        for m in &f.repositories {
            if m.suppressed.is_none() {
                if let Some(r) = m.provenance.repository.as_deref() {
                    *per.entry(r).or_default() += 1;
                }
            }
        }
    }
    for c in coverage {
        c.findings = per.get(c.name.as_str()).copied().unwrap_or(0);
    }
}

/// One line on stderr: how many were audited, and where the time went.
fn say_totals(coverage: &[RepoCoverage], started: Instant) {
    if crate::progress::quiet() {
        return;
    }
    let count = |s: RepoStatus| coverage.iter().filter(|c| c.status == s).count();
    let fetch: u64 = coverage.iter().map(|c| c.fetch_ms).sum();
    let scan: u64 = coverage.iter().map(|c| c.scan_ms).sum();
    let _ = writeln!(
        crate::console::stderr(),
        "keyfence: audited {} of {} ({} failed, {} skipped) in {:.1}s: fetching {:.1}s and \
         auditing {:.1}s in all",
        count(RepoStatus::Scanned),
        keyfence_model::words::count(coverage.len() as u64, "repository", "repositories"),
        count(RepoStatus::Failed),
        count(RepoStatus::Skipped),
        started.elapsed().as_secs_f64(),
        fetch as f64 / 1000.0,
        scan as f64 / 1000.0,
    );
}

#[cfg(test)]
mod tests {
    use super::tidy;
    use std::path::Path;

    #[test]
    fn scratch_and_clone_folders_leave_reports() {
        let scratch = Path::new("/tmp/cache/.keyfence-files-x");
        let hide = [Some(scratch), Some(Path::new("."))];
        assert_eq!(
            tidy("/tmp/cache/.keyfence-files-x/src/a.js", &hide),
            "src/a.js"
        );
        assert_eq!(
            tidy("cannot open /tmp/cache/.keyfence-files-x: gone", &hide),
            "cannot open .: gone"
        );
        assert_eq!(tidy("../lib/x.js", &hide), "../lib/x.js");
        assert_eq!(tidy("./src/a.js", &hide), "src/a.js");
    }
}
