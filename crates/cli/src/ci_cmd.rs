//! `keyfence ci github`: what to scan for a GitHub Actions event, and the reports
//! GitHub shows (annotations, job summary, SARIF for code scanning, step outputs).

use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::Command;

use anyhow::{bail, Context, Result};
use keyfence_model::escape::{markdown_code, terminal};

/// A name from the event (a branch, a ref) as the job summary shows it: a code span
/// that no character in the name can end.
fn md(name: &str) -> String {
    markdown_code(name)
}
use keyfence_model::{exit_status, Finding, Problem, Report, Stats};
use keyfence_report::{sink, Format, SinkOptions};
use keyfence_scan::audit::{audit, AuditOptions};
use keyfence_scan::git::{scan_history, CommitSet, GitOptions, Scope};
use serde_json::Value;

use crate::args::CiGithubArgs;
use crate::settings::{report_problems, Settings};
use crate::verify_cmd::{env_flag, ENV_VERIFY, ENV_VERIFY_FORKS};

const ZERO: &str = "0000000000000000000000000000000000000000";

/// What an event asks to scan.
#[derive(Debug, PartialEq, Eq)]
enum Plan {
    /// What these commits introduced.
    Commits(CommitSet),
    /// Files and the whole history.
    Audit,
    /// Nothing is published (a branch deletion).
    Nothing,
}

/// Shown when a shallow checkout cannot be completed.
const FETCH_DEPTH: &str = "set `fetch-depth: 0` on actions/checkout so the history keyfence \
                           must scan is there";

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

pub fn github(args: CiGithubArgs) -> Result<u8> {
    let repo = args
        .path
        .clone()
        .or_else(|| env("GITHUB_WORKSPACE").map(PathBuf::from))
        .unwrap_or_else(|| PathBuf::from("."));
    let event = env("GITHUB_EVENT_NAME")
        .context("GITHUB_EVENT_NAME is not set: `keyfence ci github` runs inside GitHub Actions")?;
    let payload: Value = match env("GITHUB_EVENT_PATH") {
        Some(p) => serde_json::from_str(
            &fs::read_to_string(&p)
                .with_context(|| format!("cannot read GITHUB_EVENT_PATH {p}"))?,
        )
        .with_context(|| format!("GITHUB_EVENT_PATH {p} is not JSON"))?,
        None => Value::Null,
    };
    let git = Git { dir: repo.clone() };
    let (plan, scope) = plan(&git, &event, &payload)?;
    let _ = writeln!(
        crate::console::stderr(),
        "keyfence: {}: scanning {}",
        terminal(&event),
        terminal(&scope)
    );

    // A push or a pull request is checked with its base's settings, never those it
    // brings; a whole audit with the checkout's.
    let from = match &plan {
        Plan::Commits(set) => {
            let base = set.exclude.first().map(String::as_str);
            let from = crate::base::at(&repo, base, set.include.first().map(String::as_str))?;
            from.note("this change");
            Some(from)
        }
        _ => None,
    };
    let project = from
        .as_ref()
        .map_or(repo.as_path(), crate::base::BaseSettings::dir);
    let mut settings = Settings::load(project, &args.policy, &args.filter, &args.rules)?;
    if settings.verify.on && from_fork(&event, &payload) && !env_flag(ENV_VERIFY_FORKS) {
        // Whoever opens the pull request chose its keys: verifying them would make this
        // job check keys for strangers and publish which are live.
        let _ = writeln!(
            crate::console::stderr(),
            "keyfence: warning: {ENV_VERIFY}=1 is ignored: this pull request comes from a \
             fork ({}), and its keys are whoever opened it chose; nothing is sent to Z.ai \
             ({ENV_VERIFY_FORKS}=1 verifies them too)",
            terminal(
                payload["pull_request"]["head"]["repo"]["full_name"]
                    .as_str()
                    .unwrap_or("a deleted repository")
            )
        );
        settings.verify.on = false;
    }
    // The deployed site is checked before the repository is scanned, so that a bad URL
    // fails at once.
    let site = if args.urls.is_empty() {
        None
    } else {
        let starts = crate::url_cmd::start_urls(&args.urls, None)?;
        Some(crate::url_cmd::Site::new(starts, &args.crawl)?)
    };
    let (mut findings, mut stats, mut problems) =
        scan(&plan, &repo, &settings, args.workers.count())?;
    if let Some(site) = &site {
        let _ = writeln!(
            crate::console::stderr(),
            "keyfence: then what {} serves",
            terminal(
                &site
                    .starts
                    .iter()
                    .map(|u| u.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        );
        let (served, s, mut p) = site.scan(&settings.matcher, keyfence_scan::Content::default());
        findings.extend(served);
        stats.files += s.files;
        stats.bytes += s.bytes;
        stats.errors += s.errors;
        problems.append(&mut p);
    }
    report_problems(&problems);
    // Suppressed findings stay in the report: SARIF marks them (`suppressions`) and
    // the summary names them; annotations and the status leave them out.
    let (mut findings, counted) = settings.project.decide_keeping(findings, &mut stats, true);
    // Only when the workflow opts in with KEYFENCE_VERIFY=1.
    let (counted, mut unverified) = settings.verify.apply(&mut findings, counted)?;
    report_problems(&unverified);
    problems.append(&mut unverified);
    let report = Report {
        findings: &findings,
        stats: &stats,
        problems: &problems,
    };
    let mut opts = SinkOptions {
        rules: settings.rules.rules().to_vec(),
        flows: !settings.rules.flows().is_empty(),
        step_summary: env("GITHUB_STEP_SUMMARY").map(PathBuf::from),
        ..SinkOptions::default()
    };
    opts.meta.scope = scope;
    let mut sarif = Vec::new();
    sink(Format::Sarif, opts.clone(), Box::new(&mut sarif)).write(&report)?;
    fs::write(&args.sarif_file, sarif)
        .with_context(|| format!("cannot write {}", args.sarif_file.display()))?;
    sink(Format::Github, opts, Box::new(crate::console::commands())).write(&report)?;
    if let Some(path) = env("GITHUB_OUTPUT") {
        let mut f = OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path)
            .with_context(|| format!("cannot write GITHUB_OUTPUT {path}"))?;
        let sarif_path = std::path::absolute(&args.sarif_file).unwrap_or(args.sarif_file.clone());
        // `findings` counts what decides the status (keys and flows); `keys` and
        // `flows` split what is reported.
        let shown = findings.iter().filter(|f| f.suppressed.is_none());
        let keys = shown.clone().filter(|f| f.secret.is_some()).count();
        let flows = shown.filter(|f| f.secret.is_none()).count();
        writeln!(f, "findings={counted}")?;
        writeln!(f, "keys={keys}")?;
        writeln!(f, "flows={flows}")?;
        writeln!(f, "sarif-file={}", sarif_path.display())?;
    }
    Ok(exit_status(counted, &problems))
}

/// Runs the plan: what the commits introduced, or the whole audit.
fn scan(
    plan: &Plan,
    repo: &std::path::Path,
    settings: &Settings,
    threads: usize,
) -> Result<(Vec<Finding>, Stats, Vec<Problem>)> {
    Ok(match plan {
        Plan::Nothing => (Vec::new(), Stats::default(), Vec::new()),
        Plan::Audit => {
            let a = audit(
                &AuditOptions {
                    git_dir: None,
                    path: repo.to_path_buf(),
                    excludes: Vec::new(),
                    all_objects: false,
                    threads,
                    base: None,
                    content: keyfence_scan::Content::default(),
                    max_blob: keyfence_scan::git::MAX_BLOB,
                },
                &settings.matcher,
                &(),
            )?;
            (a.findings, a.stats, a.problems)
        }
        Plan::Commits(set) => {
            let outcome = scan_history(
                &GitOptions {
                    repo: repo.to_path_buf(),
                    scope: Scope::Commits(set.clone()),
                    all_objects: false,
                    threads,
                    content: keyfence_scan::Content::default(),
                    max_blob: keyfence_scan::git::MAX_BLOB,
                },
                &settings.matcher,
                &(),
            )?;
            (outcome.findings, outcome.stats, outcome.problems)
        }
    })
}

/// Whether `event` is a pull request from another repository than its base: a fork
/// (`head.repo.fork`), a head repository of another name, or one since deleted
/// (`head.repo: null`).
fn from_fork(event: &str, payload: &Value) -> bool {
    if !matches!(event, "pull_request" | "pull_request_target") {
        return false;
    }
    let pr = &payload["pull_request"];
    let Some(head) = pr["head"].get("repo") else {
        return false;
    };
    if head.is_null() || head["fork"].as_bool() == Some(true) {
        return true;
    }
    let base = pr["base"]["repo"]["full_name"]
        .as_str()
        .or_else(|| payload["repository"]["full_name"].as_str());
    match (head["full_name"].as_str(), base) {
        (Some(h), Some(b)) => !h.eq_ignore_ascii_case(b),
        (None, _) => true,
        (Some(_), None) => false,
    }
}

/// What to scan for `event`, and a description of it for people.
fn plan(git: &Git, event: &str, payload: &Value) -> Result<(Plan, String)> {
    let s = |v: &Value| v.as_str().unwrap_or_default().to_string();
    match event {
        "push" => {
            let (before, after, r#ref) = (
                s(&payload["before"]),
                s(&payload["after"]),
                s(&payload["ref"]),
            );
            let default = s(&payload["repository"]["default_branch"]);
            if payload["deleted"].as_bool() == Some(true) || after.is_empty() || after == ZERO {
                return Ok((
                    Plan::Nothing,
                    format!("nothing: {} was deleted", md(&r#ref)),
                ));
            }
            let name = r#ref
                .strip_prefix("refs/heads/")
                .unwrap_or(&r#ref)
                .to_string();
            if !before.is_empty() && before != ZERO && git.complete_range(&before, &after)? {
                let count = git.count(&format!("{before}..{after}"));
                return Ok((
                    Plan::Commits(CommitSet {
                        include: vec![after.clone()],
                        exclude: vec![before.clone()],
                        exclude_globs: vec![],
                        tags: vec![],
                    }),
                    format!(
                        "the push to {}: {} ({}..{})",
                        md(&name),
                        keyfence_model::words::count(count as u64, "commit", "commits"),
                        &before[..7.min(before.len())],
                        &after[..7.min(after.len())]
                    ),
                ));
            }
            // A new branch, or a force push whose old tip is gone: the commits that are
            // not on the default branch.
            let why = if before.is_empty() || before == ZERO {
                "a new branch"
            } else {
                "a force push whose old tip is gone"
            };
            if default.is_empty() || r#ref == format!("refs/heads/{default}") {
                git.ensure_full(&after)?;
                return Ok((
                    Plan::Commits(CommitSet {
                        include: vec![after.clone()],
                        ..CommitSet::default()
                    }),
                    format!(
                        "{why} {} on the default branch: its whole history",
                        md(&name)
                    ),
                ));
            }
            let base = git.ensure_branch(&default, &after)?;
            Ok((
                Plan::Commits(CommitSet {
                    include: vec![after.clone()],
                    exclude: vec![base],
                    exclude_globs: vec![],
                    tags: vec![],
                }),
                format!("{why} {}: the commits not on {}", md(&name), md(&default)),
            ))
        }
        "pull_request" | "pull_request_target" => {
            let pr = &payload["pull_request"];
            let (base, head) = (s(&pr["base"]["sha"]), s(&pr["head"]["sha"]));
            if base.is_empty() || head.is_empty() {
                bail!("the {event} payload has no pull_request.base.sha or pull_request.head.sha");
            }
            let mb = git.merge_base_of(&base, &head)?;
            let count = git.count(&format!("{mb}..{head}"));
            Ok((
                Plan::Commits(CommitSet {
                    include: vec![head.clone()],
                    exclude: vec![mb.clone()],
                    exclude_globs: vec![],
                    tags: vec![],
                }),
                format!(
                    "pull request #{}: {} ({}..{})",
                    pr["number"].as_u64().map_or("?".into(), |n| n.to_string()),
                    keyfence_model::words::count(count as u64, "commit", "commits"),
                    &mb[..7.min(mb.len())],
                    &head[..7.min(head.len())]
                ),
            ))
        }
        _ => {
            // workflow_dispatch, schedule and anything else: the full audit.
            git.ensure_unshallow()?;
            Ok((
                Plan::Audit,
                "the whole repository: its files and every commit of its history".into(),
            ))
        }
    }
}

/// The git command line in the checkout: fetching is what a shallow checkout needs,
/// with the credentials actions/checkout left there.
struct Git {
    dir: PathBuf,
}

impl Git {
    fn run(&self, args: &[&str]) -> io::Result<std::process::Output> {
        Command::new("git")
            .args(args)
            .current_dir(&self.dir)
            .output()
    }

    fn ok(&self, args: &[&str]) -> bool {
        self.run(args).is_ok_and(|o| o.status.success())
    }

    fn stdout(&self, args: &[&str]) -> Option<String> {
        let out = self.run(args).ok()?;
        out.status
            .success()
            .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
    }

    fn has_commit(&self, sha: &str) -> bool {
        self.ok(&["cat-file", "-e", &format!("{sha}^{{commit}}")])
    }

    fn is_shallow(&self) -> bool {
        self.stdout(&["rev-parse", "--is-shallow-repository"])
            .is_some_and(|s| s == "true")
    }

    fn merge_base(&self, a: &str, b: &str) -> Option<String> {
        self.stdout(&["merge-base", a, b])
    }

    fn count(&self, range: &str) -> usize {
        self.stdout(&["rev-list", "--count", range])
            .and_then(|s| s.parse().ok())
            .unwrap_or(0)
    }

    fn fetch(&self, extra: &[&str]) -> bool {
        let mut args = vec!["fetch", "--no-tags", "--quiet", "origin"];
        args.extend_from_slice(extra);
        let out = self.run(&args);
        match out {
            Ok(o) if o.status.success() => true,
            Ok(o) => {
                let _ = writeln!(
                    crate::console::stderr(),
                    "keyfence: git fetch {}: {}",
                    terminal(&extra.join(" ")),
                    terminal(String::from_utf8_lossy(&o.stderr).trim())
                );
                false
            }
            Err(e) => {
                let _ = writeln!(
                    crate::console::stderr(),
                    "keyfence: cannot run git fetch: {e}"
                );
                false
            }
        }
    }

    /// Fetches the commits that are missing.
    fn fetch_missing(&self, shas: &[&str]) {
        let missing: Vec<&str> = shas
            .iter()
            .copied()
            .filter(|s| !self.has_commit(s))
            .collect();
        if !missing.is_empty() {
            self.fetch(&missing);
        }
    }

    /// Deepens a shallow clone until `a` and `b` have a merge base (or the history is
    /// whole). False when fetching fails.
    fn deepen_until_merge_base(&self, a: &str, b: &str) -> bool {
        for depth in ["50", "500", "5000"] {
            if self.merge_base(a, b).is_some() || !self.is_shallow() {
                return true;
            }
            if !self.fetch(&[&format!("--deepen={depth}"), a, b]) {
                return false;
            }
        }
        if self.merge_base(a, b).is_some() || !self.is_shallow() {
            return true;
        }
        self.fetch(&["--unshallow", a, b])
    }

    /// Whether `before..after` can be scanned as it is: both commits here and, in a
    /// shallow clone, deepened until they meet. False when `before` is gone (a force
    /// push); an error when the checkout cannot be completed.
    fn complete_range(&self, before: &str, after: &str) -> Result<bool> {
        self.fetch_missing(&[after, before]);
        if !self.has_commit(after) {
            bail!("the pushed commit {after} is not in the checkout; {FETCH_DEPTH}");
        }
        if !self.has_commit(before) {
            return Ok(false);
        }
        if !self.deepen_until_merge_base(before, after) {
            bail!("cannot fetch the history between {before} and {after}; {FETCH_DEPTH}");
        }
        Ok(true)
    }

    /// The default branch's tip, fetched, and enough history for it to meet `tip`.
    fn ensure_branch(&self, branch: &str, tip: &str) -> Result<String> {
        let tracking = format!("refs/remotes/origin/{branch}");
        self.fetch(&[&format!("+refs/heads/{branch}:{tracking}")]);
        let Some(base) = self.stdout(&[
            "rev-parse",
            "--verify",
            "-q",
            &format!("{tracking}^{{commit}}"),
        ]) else {
            bail!("the default branch `{branch}` is not in the checkout and cannot be fetched; {FETCH_DEPTH}");
        };
        if !self.has_commit(tip) {
            self.fetch_missing(&[tip]);
        }
        if !self.deepen_until_merge_base(&base, tip) {
            bail!("cannot fetch the history between `{branch}` and {tip}; {FETCH_DEPTH}");
        }
        Ok(base)
    }

    /// `merge-base(base, head)`, fetching what a shallow checkout lacks.
    fn merge_base_of(&self, base: &str, head: &str) -> Result<String> {
        self.fetch_missing(&[base, head]);
        for sha in [base, head] {
            if !self.has_commit(sha) {
                bail!("commit {sha} of the pull request is not in the checkout and cannot be fetched; {FETCH_DEPTH}");
            }
        }
        if !self.deepen_until_merge_base(base, head) {
            bail!("cannot fetch the pull request's history; {FETCH_DEPTH}");
        }
        self.merge_base(base, head).with_context(|| {
            format!("the pull request's base {base} and head {head} share no history")
        })
    }

    /// The whole history of `tip`.
    fn ensure_full(&self, tip: &str) -> Result<()> {
        self.fetch_missing(&[tip]);
        if !self.has_commit(tip) {
            bail!("the pushed commit {tip} is not in the checkout; {FETCH_DEPTH}");
        }
        self.ensure_unshallow()
    }

    fn ensure_unshallow(&self) -> Result<()> {
        if self.is_shallow() && !self.fetch(&["--unshallow"]) {
            bail!("the checkout is shallow and cannot be deepened; {FETCH_DEPTH}");
        }
        Ok(())
    }
}
