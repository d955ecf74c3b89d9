//! `keyfence hook pre-receive`: the fence on the server, which `--no-verify` cannot
//! skip.
//!
//! git runs the hook with the pushed objects in a quarantine folder
//! (`GIT_QUARANTINE_PATH`, `GIT_OBJECT_DIRECTORY`, the repository's own objects in
//! `GIT_ALTERNATE_OBJECT_DIRECTORIES`). keyfence reads the repository through a private
//! view: a bare git folder whose `objects/info/alternates` lists the quarantine and
//! every object folder the repository reads, so the pushed commits, trees, blobs and
//! tags are scanned before git accepts them. What the repository already reaches (its
//! refs before the push) is not scanned again. Settings come from the repository's
//! default branch (or `--config`), never from the push.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::mpsc;

use anyhow::{bail, Context, Result};
use keyfence_model::escape::terminal;
use keyfence_model::Finding;
use keyfence_report::{write_refusal, Hook, Runner};
use keyfence_scan::git::{is_sha, is_zero, scan_history, CommitSet, GitOptions, Scope};

use crate::args::{FilterArgs, HookPreReceiveArgs};
use crate::hook_cmd::{accepted_lines, git_lines, git_stdout, hook_input, hook_repo};
use crate::settings::{report_problems, Settings};
use crate::{EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS};

/// One line of git's pre-receive input.
struct Update {
    old: String,
    new: String,
    name: String,
}

/// Parses `<old> <new> <ref>` lines.
fn parse(input: &str) -> Result<Vec<Update>> {
    let mut out = Vec::new();
    for (n, line) in input.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let mut parts = line.splitn(3, ' ');
        match (parts.next(), parts.next(), parts.next()) {
            (Some(old), Some(new), Some(name)) if is_sha(old) && is_sha(new) => out.push(Update {
                old: old.to_string(),
                new: new.to_string(),
                name: name.to_string(),
            }),
            _ => bail!(
                "pre-receive input, line {}: expected `<old> <new> <ref>` (git's pre-receive \
                 input)",
                n + 1
            ),
        }
    }
    Ok(out)
}

/// The push options git passes (`git push -o NAME=VALUE`).
fn push_options() -> Vec<(String, String)> {
    let n: usize = std::env::var("GIT_PUSH_OPTION_COUNT")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    (0..n.min(1000))
        .filter_map(|i| std::env::var(format!("GIT_PUSH_OPTION_{i}")).ok())
        .filter_map(|o| {
            o.split_once('=')
                .map(|(k, v)| (k.to_string(), v.to_string()))
        })
        .collect()
}

/// Who pushes, as the server says.
fn pusher() -> String {
    [
        "GL_USERNAME",
        "GITEA_PUSHER_NAME",
        "GITHUB_USER_LOGIN",
        "REMOTE_USER",
        "USER",
        "LOGNAME",
    ]
    .iter()
    .find_map(|v| std::env::var(v).ok().filter(|s| !s.is_empty()))
    .unwrap_or_else(|| "unknown".to_string())
}

pub fn pre_receive(args: HookPreReceiveArgs) -> Result<u8> {
    let updates = parse(&hook_input(
        "pre-receive",
        "keyfence hook install --server GIT_DIR",
    )?)?;
    let repo = hook_repo();
    // Deletions publish nothing.
    let pushed: Vec<&Update> = updates.iter().filter(|u| !is_zero(&u.new)).collect();
    if pushed.is_empty() {
        return Ok(EXIT_CLEAN);
    }
    let view = View::new(&repo)?;
    let set = commit_set(&repo, &updates, &pushed)?;
    // Settings: the repository's default branch as it is before the push.
    let base = git_stdout(&repo, &["rev-parse", "--verify", "-q", "HEAD^{commit}"])?
        .ok()
        .map(|s| s.trim().to_string());
    let from = crate::base::at(
        &repo,
        base.as_deref(),
        set.include.first().map(String::as_str),
    )?;
    let settings = Settings::load(
        from.dir(),
        &args.run.policy,
        &FilterArgs::default(),
        &args.run.rules,
    )?;

    // The scan, within the time limit.
    let (tx, rx) = mpsc::channel();
    let opts = GitOptions {
        repo: view.path().to_path_buf(),
        scope: Scope::Commits(set),
        all_objects: false,
        threads: 0,
        content: keyfence_scan::Content::default(),
        max_blob: keyfence_scan::git::MAX_BLOB,
    };
    let settings = std::sync::Arc::new(settings);
    let scanning = std::sync::Arc::clone(&settings);
    std::thread::spawn(move || {
        let _ = tx.send(scan_history(&opts, &scanning.matcher, &()));
    });
    let log = log_path(&args, &repo);
    let outcome = match wait(&rx, args.time_limit) {
        Some(result) => result?,
        None => {
            let mut err = crate::console::stderr();
            if args.on_timeout == "allow" {
                for u in &pushed {
                    append_log(
                        &log,
                        &u.name,
                        &u.new,
                        "",
                        "the check ran out of time (--on-timeout allow)",
                    )?;
                }
                writeln!(err, "keyfence: the check ran out of time ({:?}); the push is allowed (--on-timeout allow) and logged", args.time_limit)?;
                return Ok(EXIT_CLEAN);
            }
            writeln!(
                err,
                "keyfence: push rejected: the check ran out of time ({:?}) before it could \
                 tell whether the push carries a key. Push fewer commits at once, or ask an \
                 administrator to raise --time-limit.",
                args.time_limit
            )?;
            return Ok(EXIT_ERROR);
        }
    };
    drop(view);
    report_problems(&outcome.problems);
    let mut stats = outcome.stats;
    let (findings, _) = settings
        .project
        .decide_keeping(outcome.findings, &mut stats, true);
    let (accepted, active): (Vec<Finding>, Vec<Finding>) =
        findings.into_iter().partition(|f| f.suppressed.is_some());
    let mut err = crate::console::stderr();
    accepted_lines(&mut err, &accepted, &stats)?;
    if !active.is_empty() {
        if bypassed(&active, &pushed, &log, &mut err)? {
            return Ok(EXIT_CLEAN);
        }
        from.note("this push");
        write_refusal(
            &mut err,
            Hook::PreReceive,
            Runner::Git,
            &active,
            args.run.show_secrets,
        )?;
        return Ok(EXIT_FINDINGS);
    }
    if stats.errors > 0 {
        writeln!(
            err,
            "keyfence: push rejected: part of what it adds could not be read (see above), so \
             keyfence cannot tell whether it carries a key."
        )?;
        return Ok(EXIT_ERROR);
    }
    Ok(EXIT_CLEAN)
}

/// The scan's result, or `None` past `limit`. Polled against the monotonic clock as
/// the process reads it, with short sleeps, rather than a blocking wait with an
/// absolute deadline (which a clock shifted by libfaketime, as the test suite runs
/// 200 days ahead, would put out of reach).
fn wait<T>(rx: &mpsc::Receiver<T>, limit: std::time::Duration) -> Option<T> {
    let started = std::time::Instant::now();
    loop {
        match rx.try_recv() {
            Ok(v) => return Some(v),
            // The scan ended without an answer (it panicked): never "out of time",
            // which `--on-timeout allow` would let through.
            Err(mpsc::TryRecvError::Disconnected) => {
                let _ = writeln!(
                    crate::console::stderr(),
                    "keyfence: push rejected: the check failed before it could answer"
                );
                std::process::exit(i32::from(EXIT_ERROR));
            }
            Err(mpsc::TryRecvError::Empty) => {
                let spent = started.elapsed();
                if spent >= limit {
                    return None;
                }
                let left = limit - spent;
                std::thread::sleep(left.min(std::time::Duration::from_millis(5)));
            }
        }
    }
}

/// What the push adds that the repository does not reach yet: the new commits, and
/// the messages of the annotated tags it pushes.
fn commit_set(repo: &Path, updates: &[Update], pushed: &[&Update]) -> Result<CommitSet> {
    let mut set = CommitSet::default();
    // What the repository reaches before the push: its branches (where new work
    // starts; thousands of old tags would cost the walk more than they save, and
    // leaving them out scans more, never less). Refs to blobs or trees reach no
    // history.
    let refs = git_lines(
        repo,
        &[
            "for-each-ref",
            "--format=%(objecttype) %(objectname) %(*objecttype) %(*objectname)",
            "refs/heads",
        ],
    )?;
    for line in refs {
        let f: Vec<&str> = line.split(' ').collect();
        match f.as_slice() {
            ["commit", id, ..] | ["tag", _, "commit", id] => set.exclude.push((*id).to_string()),
            _ => {}
        }
    }
    for u in updates {
        if !is_zero(&u.old) {
            set.exclude.push(u.old.clone());
        }
    }
    for u in pushed {
        let kind = git_stdout(repo, &["cat-file", "-t", &u.new])?
            .map_err(|said| anyhow::anyhow!("{}: {said}", u.name))?;
        match kind.trim() {
            "commit" => set.include.push(u.new.clone()),
            "tag" => {
                set.tags.push((u.name.clone(), u.new.clone()));
                match git_stdout(
                    repo,
                    &[
                        "rev-parse",
                        "--verify",
                        "-q",
                        &format!("{}^{{commit}}", u.new),
                    ],
                )? {
                    Ok(c) => set.include.push(c.trim().to_string()),
                    Err(_) => bail!(
                        "{} is a tag of something other than a commit; keyfence cannot check \
                         it (bypass it with a push option if it is intended)",
                        u.name
                    ),
                }
            }
            other => bail!(
                "{} points at a {other}, not a commit; keyfence cannot check it (bypass it \
                 with a push option if it is intended)",
                u.name
            ),
        }
    }
    set.include.sort();
    set.include.dedup();
    set.exclude.sort();
    set.exclude.dedup();
    Ok(set)
}

/// Whether the pusher's bypass covers every finding (`-o keyfence.allow=FINGERPRINT`
/// for each, and `-o keyfence.reason=TEXT`); when it does, each one is logged.
fn bypassed(
    active: &[Finding],
    pushed: &[&Update],
    log: &Path,
    err: &mut dyn Write,
) -> Result<bool> {
    // A bypass: every finding's fingerprint allowed, with a reason.
    let options = push_options();
    let allowed: Vec<&str> = options
        .iter()
        .filter(|(k, _)| k == "keyfence.allow")
        .map(|(_, v)| v.trim())
        .collect();
    let reason = options
        .iter()
        .filter(|(k, _)| k == "keyfence.reason")
        .map(|(_, v)| v.trim())
        .find(|v| !v.is_empty());
    let all_allowed = active
        .iter()
        .all(|f| allowed.contains(&keyfence_report::fingerprint(f).as_str()));
    match (all_allowed, reason) {
        (true, Some(reason)) => {
            for f in active {
                let commit = f
                    .history
                    .as_ref()
                    .and_then(|h| h.commit.clone())
                    .unwrap_or_default();
                let refname = pushed.first().map_or("", |u| u.name.as_str());
                append_log(
                    log,
                    refname,
                    &commit,
                    &keyfence_report::fingerprint(f),
                    reason,
                )?;
            }
            writeln!(
                err,
                "keyfence: {} let through by the pusher's bypass ({}), recorded in the \
                     server's log",
                keyfence_report::count(active.len() as u64, "finding", "findings"),
                terminal(reason)
            )?;
            return Ok(true);
        }
        (true, None) if !allowed.is_empty() => {
            writeln!(
                err,
                "keyfence: a bypass needs a reason: add -o keyfence.reason=\"why\""
            )?;
        }
        _ => {}
    }
    Ok(false)
}

/// Where bypasses are logged: `--bypass-log`, else keyfence/bypass.jsonl in the git
/// directory.
fn log_path(args: &HookPreReceiveArgs, repo: &Path) -> PathBuf {
    args.bypass_log.clone().unwrap_or_else(|| {
        let dir = git_stdout(repo, &["rev-parse", "--absolute-git-dir"])
            .ok()
            .and_then(Result::ok)
            .map_or_else(|| repo.to_path_buf(), |d| PathBuf::from(d.trim()));
        dir.join("keyfence").join("bypass.jsonl")
    })
}

/// Appends one bypass to the JSON Lines log: when, who, which ref and commit, which
/// fingerprint, why; never the secret.
fn append_log(
    log: &Path,
    refname: &str,
    commit: &str,
    fingerprint: &str,
    reason: &str,
) -> Result<()> {
    if let Some(dir) = log.parent() {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    }
    let line = serde_json::json!({
        "time": keyfence_model::time::rfc3339(keyfence_model::time::now()),
        "pusher": pusher(),
        "ref": refname,
        "commit": commit,
        "fingerprint": fingerprint,
        "reason": reason,
    });
    let mut f = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(log)
        .with_context(|| format!("cannot write the bypass log {}", log.display()))?;
    // One write per line: appends from two pushes at once do not interleave.
    f.write_all(format!("{line}\n").as_bytes())
        .with_context(|| format!("cannot write the bypass log {}", log.display()))?;
    Ok(())
}

/// A private bare git folder that reads the receiving repository's objects and the
/// pushed ones in quarantine (by `objects/info/alternates`), with no refs.
struct View {
    dir: tempfile::TempDir,
}

impl View {
    fn new(repo: &Path) -> Result<View> {
        let dir = tempfile::Builder::new()
            .prefix("keyfence-receive-")
            .tempdir()
            .context("cannot make a folder to read the pushed objects from")?;
        let d = dir.path();
        for sub in ["objects/info", "refs/heads", "refs/tags"] {
            std::fs::create_dir_all(d.join(sub))?;
        }
        std::fs::write(d.join("HEAD"), "ref: refs/heads/main\n")?;
        std::fs::write(
            d.join("config"),
            "[core]\n\trepositoryformatversion = 0\n\tbare = true\n",
        )?;
        let mut alternates = Vec::new();
        if let Ok(q) = std::env::var("GIT_OBJECT_DIRECTORY") {
            alternates.push(q);
        }
        if let Ok(alts) = std::env::var("GIT_ALTERNATE_OBJECT_DIRECTORIES") {
            alternates.extend(
                alts.split(':')
                    .filter(|a| !a.is_empty())
                    .map(str::to_string),
            );
        }
        // The repository's own object folder (and its alternates), when git did not
        // name them.
        if let Ok(Ok(objects)) = git_stdout(repo, &["rev-parse", "--git-path", "objects"]) {
            let p = PathBuf::from(objects.trim());
            let p = if p.is_absolute() { p } else { repo.join(p) };
            let p = p.canonicalize().unwrap_or(p);
            if let Ok(text) = std::fs::read_to_string(p.join("info/alternates")) {
                alternates.extend(text.lines().map(str::to_string));
            }
            alternates.push(p.display().to_string());
        }
        let mut text = String::new();
        for a in &alternates {
            let p = PathBuf::from(a);
            let p = if p.is_absolute() { p } else { repo.join(p) };
            text.push_str(&p.canonicalize().unwrap_or(p).display().to_string());
            text.push('\n');
        }
        std::fs::write(d.join("objects/info/alternates"), text)?;
        // A shallow repository stays shallow in the view.
        if let Ok(Ok(shallow)) = git_stdout(repo, &["rev-parse", "--git-path", "shallow"]) {
            let p = PathBuf::from(shallow.trim());
            let p = if p.is_absolute() { p } else { repo.join(p) };
            if p.is_file() {
                std::fs::copy(&p, d.join("shallow"))?;
            }
        }
        Ok(View { dir })
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }
}
