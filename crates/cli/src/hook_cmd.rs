//! `keyfence hook`: the pre-push and pre-commit guards, and their installation.

use std::collections::HashSet;
use std::fs;
use std::io::{self, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context, Result};
use keyfence_model::escape::terminal;
use keyfence_report::{override_command, write_refusal, Hook, Runner};
use keyfence_scan::git::{
    is_sha, is_zero, parse_push, push_commits, scan_history, CommitSet, GitOptions, Scope,
};
use keyfence_scan::{scan_paths, ScanOptions};

use crate::args::{
    FilterArgs, HookCommand, HookInstallArgs, HookPreCommitArgs, HookPrePushArgs, HookRunArgs,
    HookUninstallArgs,
};
use crate::settings::{report_problems, Settings};
use crate::{EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS};

/// The line that marks a hook as keyfence's own.
const MARKER: &str = "# keyfence-hook:";
/// Where a hook keyfence chains to is kept, beside keyfence's.
const CHAINED: &str = "keyfence-chained";

pub fn run(cmd: HookCommand) -> Result<u8> {
    match cmd {
        HookCommand::Install(a) => install(&a),
        HookCommand::Uninstall(a) => uninstall(&a),
        HookCommand::PrePush(a) => pre_push(a),
        HookCommand::PreCommit(a) => pre_commit(a),
        HookCommand::PreReceive(a) => crate::receive::pre_receive(a),
    }
}

/// The repository a hook runs in: git may set GIT_DIR for hooks.
pub(crate) fn hook_repo() -> PathBuf {
    std::env::var_os("GIT_DIR").map_or_else(|| PathBuf::from("."), PathBuf::from)
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

/// How the check was started: the pre-commit framework sets PRE_COMMIT=1 and names
/// the hook by its id (`SKIP=<id>` skips only it).
fn runner(id: &'static str) -> Runner<'static> {
    if env("PRE_COMMIT").is_some() {
        Runner::Framework(id)
    } else {
        Runner::Git
    }
}

/// `PRE_COMMIT_FROM_REF..PRE_COMMIT_TO_REF`, set by the pre-commit framework.
fn framework_range() -> Option<(String, String)> {
    Some((env("PRE_COMMIT_FROM_REF")?, env("PRE_COMMIT_TO_REF")?))
}

/// What the framework's pre-push stage may publish. The framework passes one range per
/// push (the first ref's), so every local branch's commits that no ref of the remote
/// holds are checked, and the range's own commits; a note says when that is wider
/// than the range.
fn framework_push(repo: &Path, remote: &str) -> Result<Scope> {
    let range = framework_range();
    let mut set = CommitSet {
        include: vec![],
        exclude: vec![],
        exclude_globs: vec![format!("refs/remotes/{remote}/*")],
        tags: vec![],
    };
    let branches = git_lines(
        repo,
        &["for-each-ref", "--format=%(objectname)", "refs/heads"],
    )?;
    set.include.extend(branches);
    // What the framework's range pushes: its head, else the branch it names.
    let pushed = match &range {
        Some((_, to)) => to.clone(),
        None => env("PRE_COMMIT_LOCAL_BRANCH").unwrap_or_else(|| "HEAD".into()),
    };
    set.include.push(pushed.clone());
    if let Some((from, _)) = &range {
        set.exclude.push(from.clone()); // the remote's side of the range
    }
    // Commits on some local branch that neither the remote nor the pushed head holds.
    let remotes = format!("--remotes={remote}");
    let args = [
        "rev-list",
        "--count",
        "--branches",
        "--not",
        remotes.as_str(),
        pushed.as_str(),
    ];
    if let Ok(lines) = git_lines(repo, &args) {
        let extra: u64 = lines.first().and_then(|l| l.parse().ok()).unwrap_or(0);
        if extra > 0 {
            let _ = writeln!(
                crate::console::stderr(),
                "keyfence: the pre-commit framework passes one range per push, so keyfence \
                 also checks {} on other local branches that {} lacks",
                keyfence_report::count(extra, "commit", "commits"),
                terminal(remote)
            );
        }
    }
    Ok(Scope::Commits(set))
}

/// What git prints for `args` in `repo`, or, when it fails, what it said on stderr.
pub(crate) fn git_stdout(repo: &Path, args: &[&str]) -> Result<Result<String, String>> {
    let out = Command::new("git")
        .args(args)
        .current_dir(repo)
        .output()
        .with_context(|| format!("cannot run git in {}", repo.display()))?;
    Ok(if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    } else {
        Err(terminal(String::from_utf8_lossy(&out.stderr).trim()).into_owned())
    })
}

/// The lines git prints for `args` in `repo`.
pub(crate) fn git_lines(repo: &Path, args: &[&str]) -> Result<Vec<String>> {
    match git_stdout(repo, args)? {
        Ok(text) => Ok(text.lines().map(str::to_string).collect()),
        Err(said) => bail!("git {} failed: {said}", args.join(" ")),
    }
}

fn pre_push(args: HookPrePushArgs) -> Result<u8> {
    let repo = hook_repo();
    let runner = runner("keyfence-pre-push");
    let scope = if let Some(remote) = env("PRE_COMMIT_REMOTE_NAME") {
        framework_push(&repo, &remote)?
    } else if let Some((from, to)) = framework_range() {
        Scope::range(&from, &to)
    } else {
        let input = hook_input("pre-push", "keyfence hook install")?;
        let updates = parse_push(&input).map_err(|e| anyhow::anyhow!("pre-push input: {e}"))?;
        if updates.is_empty() && args.remote.is_none() {
            // git always names the remote; without it and without refs, nothing says
            // what is pushed, and passing would check nothing.
            bail!(
                "nothing to check: `keyfence hook pre-push` needs git's pre-push input (a \
                 line `<local ref> <local sha> <remote ref> <remote sha>` per ref, and the \
                 remote as its argument); through the pre-commit framework, run `pre-commit \
                 run --hook-stage pre-push --from-ref BASE --to-ref HEAD`"
            );
        }
        // What the remote has, as it says now (not as tracking refs remember it).
        let listed = args
            .url
            .as_deref()
            .or(args.remote.as_deref())
            .and_then(|r| remote_refs(&repo, r));
        let mut set = match push_commits(&repo, listed.as_deref(), &updates)? {
            Some(set) => set,
            None => return Ok(EXIT_CLEAN), // nothing new, or only deletions
        };
        // Without the listing, the remote-tracking refs of a configured remote are the
        // best hint there is (they may be stale, and it is said); with neither, the
        // whole new history is scanned.
        if listed.is_none() {
            if let Some(name) = args.remote.as_deref().filter(|r| is_remote(&repo, r)) {
                let _ = writeln!(
                    crate::console::stderr(),
                    "keyfence: could not list the refs of {} (offline?): trusting its \
                     remote-tracking refs for what it already has, which may be stale",
                    terminal(name)
                );
                set.exclude_globs.push(format!("refs/remotes/{name}/*"));
            }
        }
        let tip = updates
            .iter()
            .find(|u| !is_zero(&u.local_sha))
            .map(|u| u.local_sha.as_str());
        let base = push_base(&repo, &set.exclude, &updates, tip);
        let from = crate::base::at(&repo, base.as_deref(), tip)?;
        return check(
            &repo,
            Scope::Commits(set),
            &args.run,
            Hook::PrePush,
            runner,
            None,
            Some(&from),
        );
    };
    let from = match &scope {
        Scope::Commits(set) => {
            let from = crate::base::at(
                &repo,
                set.exclude.first().map(String::as_str),
                set.include.first().map(String::as_str),
            )?;
            Some(from)
        }
        _ => None,
    };
    check(
        &repo,
        scope,
        &args.run,
        Hook::PrePush,
        runner,
        None,
        from.as_ref(),
    )
}

/// Whether `name` is a remote configured in `repo`.
fn is_remote(repo: &Path, name: &str) -> bool {
    git_lines(repo, &["remote"]).is_ok_and(|names| names.iter().any(|n| n == name))
}

/// How long the listing of the remote's refs may take before the push is checked as
/// if the remote had nothing but what git passed.
const LS_REMOTE_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(20);

/// The commits the remote's refs point at, as `git ls-remote` lists them now (one
/// round trip, credentials from git's own helpers, never a prompt); `None` when the
/// listing fails or takes too long.
fn remote_refs(repo: &Path, remote: &str) -> Option<Vec<String>> {
    if remote.starts_with('-') {
        return None;
    }
    let mut child = Command::new("git")
        .args(["ls-remote", "--", remote])
        .current_dir(repo)
        .env("GIT_TERMINAL_PROMPT", "0")
        .env("GIT_SSH_COMMAND", "ssh -o BatchMode=yes")
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .ok()?;
    let mut stdout = child.stdout.take()?;
    let reader = std::thread::spawn(move || {
        let mut text = Vec::new();
        let _ = stdout.by_ref().take(64 << 20).read_to_end(&mut text);
        text
    });
    let started = std::time::Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if started.elapsed() < LS_REMOTE_TIMEOUT => {
                std::thread::sleep(std::time::Duration::from_millis(10));
            }
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                return None;
            }
        }
    };
    let text = reader.join().ok()?;
    if !status.success() {
        return None;
    }
    // Its branches (and HEAD): where new work starts. Tags and other refs would only
    // make the walk mark more history as known (thousands of old tags on a large
    // project cost more than they save); leaving them out scans more, never less.
    Some(
        String::from_utf8_lossy(&text)
            .lines()
            .filter_map(|l| l.split_once(char::is_whitespace))
            .filter(|(_, name)| {
                let name = name.trim();
                name == "HEAD" || name.starts_with("refs/heads/")
            })
            .map(|(sha, _)| sha)
            .filter(|sha| sha.len() >= 40 && sha.bytes().all(|b| b.is_ascii_hexdigit()))
            .map(str::to_string)
            .collect(),
    )
}

/// What git passes a push hook (`pre-push`, `pre-receive`) on standard input: a line
/// per ref, so 16 MiB (a hundred thousand refs) is more than git ever sends; refused
/// from a terminal, where git is not the one running it.
pub(crate) fn hook_input(hook: &str, install: &str) -> Result<String> {
    const LIMIT: u64 = 16 << 20;
    let stdin = io::stdin();
    if stdin.is_terminal() {
        bail!("`keyfence hook {hook}` reads git's {hook} input on stdin; git runs it (install it with `{install}`)");
    }
    let mut input = Vec::new();
    stdin
        .lock()
        .take(LIMIT + 1)
        .read_to_end(&mut input)
        .with_context(|| format!("cannot read the {hook} input"))?;
    if input.len() as u64 > LIMIT {
        bail!("the {hook} input is larger than {LIMIT} bytes: not git's");
    }
    Ok(String::from_utf8_lossy(&input).into_owned())
}

/// The commit whose settings a push is checked with: what git says the remote has for
/// a ref pushed (authoritative), else, for a new branch, the newest commit of the
/// pushed `tip`'s history among `remote_has` (what the remote lists, or the old tips
/// git passed); `None` when the remote has nothing known here.
fn push_base(
    repo: &Path,
    remote_has: &[String],
    updates: &[keyfence_scan::git::PushUpdate],
    tip: Option<&str>,
) -> Option<String> {
    let is_commit = |rev: &str| {
        matches!(
            git_stdout(
                repo,
                &["rev-parse", "--verify", "-q", &format!("{rev}^{{commit}}")]
            ),
            Ok(Ok(_))
        )
    };
    for u in updates {
        if !is_zero(&u.remote_sha) && is_sha(&u.remote_sha) && is_commit(&u.remote_sha) {
            return Some(u.remote_sha.clone());
        }
    }
    let tip = tip?;
    if remote_has.is_empty() {
        return None;
    }
    let mut args = vec!["rev-list", "--boundary", tip, "--not"];
    args.extend(remote_has.iter().take(256).map(String::as_str));
    let lines = git_stdout(repo, &args).ok()?.ok()?;
    lines
        .lines()
        .find_map(|l| l.strip_prefix('-'))
        .map(str::to_string)
}

fn pre_commit(args: HookPreCommitArgs) -> Result<u8> {
    let repo = hook_repo();
    let runner = runner("keyfence");
    // Framework filenames are relative to the repository's top, where it runs hooks.
    let only: Option<HashSet<String>> = (!args.files.is_empty()).then(|| {
        args.files
            .iter()
            .map(|f| f.to_string_lossy().trim_start_matches("./").to_string())
            .collect()
    });
    if let Some((from, to)) = framework_range() {
        // `pre-commit run --from-ref A --to-ref B`: the commits, not the working tree,
        // with A's settings.
        let scope = Scope::range(&from, &to);
        let only = only.as_ref().map(|files| (files, to.as_str()));
        let base = crate::base::at(&repo, Some(&from), Some(&to))?;
        return check(
            &repo,
            scope,
            &args.run,
            Hook::Check,
            runner,
            only,
            Some(&base),
        );
    }
    if !args.files.is_empty() {
        return check_files(&repo, &args.files, &args.run, runner);
    }
    let scope = Scope::Staged {
        index: std::env::var_os("GIT_INDEX_FILE").map(PathBuf::from),
    };
    check(&repo, scope, &args.run, Hook::PreCommit, runner, None, None)
}

/// The files the framework named: at commit time it has stashed what is not staged,
/// so their content is the staged content; under `--all-files` or `--files` it is the
/// files as they are.
fn check_files(repo: &Path, files: &[PathBuf], args: &HookRunArgs, runner: Runner) -> Result<u8> {
    let settings = Settings::load(repo, &args.policy, &FilterArgs::default(), &args.rules)?;
    let opts = ScanOptions {
        paths: files.to_vec(),
        excludes: settings.excludes(&[]),
        base: Some(PathBuf::from(".")),
        ..ScanOptions::default()
    };
    let mut outcome = scan_paths(&opts, &settings.matcher, &())?;
    report_problems(&outcome.problems);
    let (mut findings, counted) = settings
        .project
        .decide(outcome.findings, &mut outcome.stats);
    // Only when KEYFENCE_VERIFY=1 opts in: a push must not wait on the network.
    report_problems(&settings.verify.apply(&mut findings, counted)?.1);
    // A commit is being made when git runs the hook (it sets GIT_INDEX_FILE);
    // otherwise files were named by hand (`--all-files`, `--files`).
    let hook = if std::env::var_os("GIT_INDEX_FILE").is_some() {
        Hook::PreCommit
    } else {
        Hook::Check
    };
    verdict(hook, runner, findings, &outcome.stats, args.show_secrets)
}

/// Scans `scope`; prints nothing when it is clean, the refusal when it is not, and
/// fails closed when it cannot tell. With `only` (the framework's files, after its
/// `files:` and `exclude:`, and the range's head), a finding at a path the head still
/// has but the framework did not name is left out; commit messages, and paths the
/// head no longer has (the framework never names a deleted file), stay.
#[allow(clippy::too_many_arguments)]
fn check(
    repo: &Path,
    scope: Scope,
    args: &HookRunArgs,
    hook: Hook,
    runner: Runner,
    only: Option<(&HashSet<String>, &str)>,
    from: Option<&crate::base::BaseSettings>,
) -> Result<u8> {
    // A change is checked with its base's settings; a commit with the working tree's.
    let project = from.map_or(repo, crate::base::BaseSettings::dir);
    let settings = Settings::load(project, &args.policy, &FilterArgs::default(), &args.rules)?;
    let opts = GitOptions {
        repo: repo.to_path_buf(),
        scope,
        all_objects: false,
        threads: 0,
        content: keyfence_scan::Content::default(),
        max_blob: keyfence_scan::git::MAX_BLOB,
    };
    let mut outcome = scan_history(&opts, &settings.matcher, &())?;
    report_problems(&outcome.problems);
    if let Some((files, head)) = only {
        outcome.findings.retain(|f| {
            let Some(path) = f.path.as_deref() else {
                return true;
            };
            let file = path.split('!').next().unwrap_or(path);
            files.contains(file)
                || !matches!(
                    git_stdout(repo, &["cat-file", "-e", &format!("{head}:{file}")]),
                    Ok(Ok(_))
                )
        });
    }
    let (mut findings, counted) =
        settings
            .project
            .decide_keeping(outcome.findings, &mut outcome.stats, true);
    // Only when KEYFENCE_VERIFY=1 opts in: a push must not wait on the network.
    report_problems(&settings.verify.apply(&mut findings, counted)?.1);
    // Where the settings came from matters when the check refuses (a clean check
    // prints nothing).
    if let Some(from) = from.filter(|_| findings.iter().any(|f| f.suppressed.is_none())) {
        from.note(match hook {
            Hook::PrePush | Hook::PreReceive => "this push",
            Hook::PreCommit | Hook::Check => "this range",
        });
    }
    verdict(hook, runner, findings, &outcome.stats, args.show_secrets)
}

/// The refusal, or the fail-closed message, or nothing.
pub(crate) fn verdict(
    hook: Hook,
    runner: Runner,
    findings: Vec<keyfence_model::Finding>,
    stats: &keyfence_model::Stats,
    show_secrets: bool,
) -> Result<u8> {
    let (accepted, active): (Vec<_>, Vec<_>) =
        findings.into_iter().partition(|f| f.suppressed.is_some());
    let mut err = crate::console::stderr();
    // What the check accepted is said, place by place, whatever the verdict: a
    // suppression is a decision someone can read back.
    accepted_lines(&mut err, &accepted, stats)?;
    if !active.is_empty() {
        write_refusal(&mut err, hook, runner, &active, show_secrets)?;
        return Ok(EXIT_FINDINGS);
    }
    if stats.errors > 0 {
        let what = match hook {
            Hook::PrePush | Hook::PreReceive => "push",
            Hook::PreCommit => "commit",
            Hook::Check => "check",
        };
        let skip = override_command(hook, runner)
            .map_or_else(|| "`keyfence ignore add`".to_string(), |c| format!("`{c}`"));
        writeln!(
            err,
            "keyfence: {what} refused: part of what it adds could not be read (see above), so \
             keyfence cannot tell whether it carries a key. Repair the repository, or skip \
             the check deliberately with {skip}."
        )?;
        return Ok(EXIT_ERROR);
    }
    Ok(EXIT_CLEAN)
}

/// The findings a check accepted (suppressed), one line each, and those the filters
/// hid, counted.
pub(crate) fn accepted_lines(
    err: &mut dyn Write,
    accepted: &[keyfence_model::Finding],
    stats: &keyfence_model::Stats,
) -> io::Result<()> {
    if !accepted.is_empty() {
        writeln!(
            err,
            "keyfence: accepted, not counted: {}",
            keyfence_report::count(accepted.len() as u64, "finding", "findings")
        )?;
        for f in accepted.iter().take(20) {
            let at = f.path.as_deref().map_or_else(
                || "commit message".to_string(),
                |p| format!("{}:{}:{}", terminal(p), f.line, f.column),
            );
            let commit = keyfence_report::short_commit(f)
                .map_or(String::new(), |c| format!(" in commit {c}"));
            writeln!(
                err,
                "  {at}{commit}: {}",
                terminal(f.suppressed.as_deref().unwrap_or_default())
            )?;
        }
        if accepted.len() > 20 {
            writeln!(err, "  and {} more", accepted.len() - 20)?;
        }
    }
    if stats.filtered > 0 {
        writeln!(
            err,
            "keyfence: {} hidden by filters (min_confidence, exposure)",
            keyfence_report::count(stats.filtered, "finding", "findings")
        )?;
    }
    Ok(())
}

/// The hooks directory git uses for `repo` (core.hooksPath, linked worktrees).
fn hooks_dir(repo: &Path) -> Result<PathBuf> {
    let dir = git_stdout(repo, &["rev-parse", "--git-path", "hooks"])?
        .map_err(|said| anyhow::anyhow!("{}: not a git repository ({said})", repo.display()))?;
    let dir = PathBuf::from(dir.trim_end_matches(['\n', '\r']));
    Ok(if dir.is_absolute() {
        dir
    } else {
        repo.join(dir)
    })
}

/// Which hooks an install or uninstall is about: install does pre-push, and with
/// --pre-commit the pre-commit hook too; uninstall does both unless a flag narrows it.
fn hook_names(
    install_pre_commit: bool,
    uninstall: Option<&HookUninstallArgs>,
) -> Vec<&'static str> {
    let (push, commit) = match uninstall {
        None => (true, install_pre_commit),
        Some(a) if a.pre_push || a.pre_commit => (a.pre_push, a.pre_commit),
        Some(_) => (true, true),
    };
    let mut names = Vec::new();
    if push {
        names.push("pre-push");
    }
    if commit {
        names.push("pre-commit");
    }
    names
}

/// Single-quotes `s` for sh.
fn sh_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', "'\\''"))
}

/// The hook script: finds keyfence (where it was installed from, else on PATH), fails
/// closed without it, and runs a chained hook first.
fn script(name: &str, exe: &Path) -> String {
    let exe = sh_quote(&exe.to_string_lossy());
    let (run, stdin) = match name {
        "pre-push" => ("hook pre-push \"$@\"", true),
        "pre-receive" => ("hook pre-receive", true),
        _ => ("hook pre-commit", false),
    };
    let chain = if stdin {
        // git's pre-push input goes to both.
        format!(
            "if [ -x \"$chained\" ]; then\n\
             \x20   input=$(cat)\n\
             \x20   printf '%s\\n' \"$input\" | \"$chained\" \"$@\" || exit $?\n\
             \x20   printf '%s\\n' \"$input\" | \"$keyfence\" {run}\n\
             \x20   exit $?\n\
             fi\n"
        )
    } else {
        "if [ -x \"$chained\" ]; then\n\
         \x20   \"$chained\" \"$@\" || exit $?\n\
         fi\n"
            .to_string()
    };
    let skip = match name {
        "pre-push" => "git push --no-verify",
        // The server's hook: a client cannot skip it; the administrator repairs it.
        "pre-receive" => "an administrator's repair of the server's hook",
        _ => "git commit --no-verify",
    };
    format!(
        "#!/bin/sh\n\
         {MARKER} {name}\n\
         # Written by `keyfence hook install`; `keyfence hook uninstall` removes it. It refuses\n\
         # a {what} that carries a Z.ai API key.\n\
         installed={exe}\n\
         keyfence=\"$installed\"\n\
         if [ ! -x \"$keyfence\" ]; then\n\
         \x20   keyfence=$(command -v keyfence 2>/dev/null || true)\n\
         fi\n\
         if [ -z \"$keyfence\" ]; then\n\
         \x20   echo \"keyfence: the {name} hook cannot find keyfence (not at $installed, not on PATH).\" >&2\n\
         \x20   echo \"keyfence: reinstall it, or skip the check deliberately with: {skip}\" >&2\n\
         \x20   exit 1\n\
         fi\n\
         chained=\"$(dirname \"$0\")/{name}.{CHAINED}\"\n\
         {chain}\
         exec \"$keyfence\" {run}\n",
        what = if name == "pre-commit" { "commit" } else { "push" },
    )
}

fn is_ours(path: &Path) -> bool {
    fs::read(path).is_ok_and(|b| String::from_utf8_lossy(&b).contains(MARKER))
}

#[cfg(unix)]
fn make_executable(path: &Path) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let mut perms = fs::metadata(path)?.permissions();
    perms.set_mode(0o755);
    fs::set_permissions(path, perms)?;
    Ok(())
}

#[cfg(not(unix))]
fn make_executable(_: &Path) -> Result<()> {
    Ok(())
}

fn install(args: &HookInstallArgs) -> Result<u8> {
    let repo = args.server.as_ref().unwrap_or(&args.repo);
    let dir = hooks_dir(repo)?;
    fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let exe = std::env::current_exe()
        .and_then(|p| p.canonicalize())
        .context("cannot tell where the keyfence binary is")?;
    let mut out = crate::console::stdout();
    // Check every hook before writing any, so a refusal leaves nothing half done.
    let names = if args.server.is_some() {
        vec!["pre-receive"]
    } else {
        hook_names(args.pre_commit, None)
    };
    for name in &names {
        let path = dir.join(name);
        let chained = dir.join(format!("{name}.{CHAINED}"));
        if path.exists() && !is_ours(&path) {
            if !args.chain {
                bail!(
                    "{} exists and keyfence did not write it. Rerun with --chain to keep it and \
                     run it before keyfence's check, or call `keyfence hook {name}{}` from it \
                     yourself.",
                    path.display(),
                    if *name == "pre-push" { " \"$@\"" } else { "" }
                );
            }
            if chained.exists() {
                bail!(
                    "{} exists and so does {}: keyfence will not overwrite either; merge them \
                     by hand, then run install again",
                    path.display(),
                    chained.display()
                );
            }
        }
    }
    for name in &names {
        let path = dir.join(name);
        let chained = dir.join(format!("{name}.{CHAINED}"));
        let mut note = "";
        if path.exists() {
            if is_ours(&path) {
                note = " (updated)";
            } else {
                fs::rename(&path, &chained).with_context(|| {
                    format!("cannot move {} to {}", path.display(), chained.display())
                })?;
                note = " (runs the existing hook first)";
            }
        }
        fs::write(&path, script(name, &exe))
            .with_context(|| format!("cannot write {}", path.display()))?;
        make_executable(&path)?;
        writeln!(out, "keyfence: installed {}{note}", path.display())?;
    }
    Ok(EXIT_CLEAN)
}

fn uninstall(args: &HookUninstallArgs) -> Result<u8> {
    let dir = hooks_dir(&args.repo)?;
    let mut out = crate::console::stdout();
    for name in hook_names(false, Some(args)) {
        let path = dir.join(name);
        let chained = dir.join(format!("{name}.{CHAINED}"));
        if !path.exists() {
            continue;
        }
        if !is_ours(&path) {
            writeln!(
                out,
                "keyfence: left {} alone: keyfence did not write it",
                path.display()
            )?;
            continue;
        }
        fs::remove_file(&path).with_context(|| format!("cannot remove {}", path.display()))?;
        if chained.exists() {
            fs::rename(&chained, &path)
                .with_context(|| format!("cannot put {} back", chained.display()))?;
            writeln!(
                out,
                "keyfence: removed keyfence's {name} hook and put back the one it chained to"
            )?;
        } else {
            writeln!(out, "keyfence: removed {}", path.display())?;
        }
    }
    Ok(EXIT_CLEAN)
}
