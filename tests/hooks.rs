//! `keyfence hook`: installed in real clones of a real bare remote, run by real `git push`
//! and `git commit` commands.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

use common::{bare_and_clone, commit, git, git_output, key, keyfence, run_in};
use tempfile::TempDir;

/// A bare remote and a clone of it with one pushed commit, keyfence's pre-push hook
/// installed.
struct Setup {
    _dir: TempDir,
    remote: PathBuf,
    work: PathBuf,
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn setup() -> Setup {
    let dir = TempDir::new().unwrap();
    let (remote, work) = bare_and_clone(dir.path(), "remote.git", "work");
    commit(&work, "README.md", "hello\n", "init");
    git(&work, &["push", "-q", "origin", "main"]);
    let out = run_in(&work, &["hook", "install"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    Setup {
        _dir: dir,
        remote,
        work,
    }
}

/// `git push ARGS` through the hook.
fn push(work: &Path, args: &[&str]) -> Output {
    let mut all = vec!["push", "-q"];
    all.extend_from_slice(args);
    git_output(work, &all)
}

fn remote_has(remote: &Path, rev: &str) -> Option<String> {
    let out = git_output(remote, &["rev-parse", "--verify", "-q", rev]);
    out.status
        .success()
        .then(|| text(&out.stdout).trim().to_string())
}

/// The hook refused: git failed, keyfence said why, and never printed the key.
fn assert_refused(out: &Output, secret: &str, place: &str) {
    let err = text(&out.stderr);
    assert!(
        !out.status.success(),
        "the push or commit went through: {err}"
    );
    assert!(err.contains("refused"), "{err}");
    assert!(err.contains(place), "{err}");
    assert!(err.contains("Section II"), "{err}");
    assert!(err.contains("--no-verify"), "{err}");
    assert!(!err.contains(secret), "the refusal shows the key: {err}");
}

/// Went through, and the hook printed nothing.
fn assert_clean(out: &Output) {
    let err = text(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(
        !err.contains("keyfence"),
        "a clean push prints nothing: {err}"
    );
}

#[test]
fn a_branch_moved_forward_is_checked_and_a_clean_push_prints_nothing() {
    let s = setup();
    commit(&s.work, "a.txt", "a\n", "clean");
    assert_clean(&push(&s.work, &["origin", "main"]));

    let k = key(60);
    let leak = commit(
        &s.work,
        "src/config.js",
        &format!("const k = '{k}';\n"),
        "config",
    );
    commit(&s.work, "b.txt", "b\n", "later");
    let out = push(&s.work, &["origin", "main"]);
    assert_refused(&out, &k, "src/config.js:1:12");
    assert!(text(&out.stderr).contains(&leak[..12]), "names the commit");
    assert_ne!(
        remote_has(&s.remote, "main"),
        Some(git(&s.work, &["rev-parse", "HEAD"]))
    );
    // Rewritten without the key, it goes through.
    git(&s.work, &["reset", "-q", "--hard", "HEAD~2"]);
    commit(
        &s.work,
        "src/config.js",
        "const k = process.env.ZAI_API_KEY;\n",
        "config",
    );
    assert_clean(&push(&s.work, &["origin", "main"]));
}

#[test]
fn a_new_branch_is_checked_against_what_the_remote_has_not_its_whole_history() {
    let s = setup();
    // A key already on the remote (pushed deliberately, long ago).
    let old = key(61);
    commit(
        &s.work,
        "legacy.env",
        &format!("ZAI_API_KEY={old}\n"),
        "legacy",
    );
    let out = push(&s.work, &["--no-verify", "origin", "main"]);
    assert!(out.status.success(), "{}", text(&out.stderr));

    // A new branch on top of it, with a clean commit and an edit next to the old key:
    // nothing new leaks, so it goes through.
    git(&s.work, &["checkout", "-q", "-b", "feature"]);
    commit(
        &s.work,
        "legacy.env",
        &format!("ZAI_API_KEY={old}\nMORE=1\n"),
        "edit",
    );
    assert_clean(&push(&s.work, &["origin", "feature"]));

    // Pushed to the remote's URL rather than its name: the same remote, the same answer.
    git(&s.work, &["checkout", "-q", "-b", "by-url"]);
    commit(&s.work, "c.txt", "c\n", "clean");
    assert_clean(&push(&s.work, &[s.remote.to_str().unwrap(), "by-url"]));

    // Another new branch with a new key: refused.
    git(&s.work, &["checkout", "-q", "-b", "feature2"]);
    let k = key(62);
    commit(
        &s.work,
        "web/.env.local",
        &format!("VITE_ZAI_KEY={k}\n"),
        "oops",
    );
    let out = push(&s.work, &["origin", "feature2"]);
    assert_refused(&out, &k, "web/.env.local:1:14");
    assert!(remote_has(&s.remote, "feature2").is_none());
}

#[test]
fn two_refs_in_one_push_one_leaking_refuse_the_push() {
    let s = setup();
    git(&s.work, &["checkout", "-q", "-b", "clean"]);
    commit(&s.work, "c.txt", "c\n", "clean work");
    git(&s.work, &["checkout", "-q", "main"]);
    git(&s.work, &["checkout", "-q", "-b", "leaky"]);
    let k = key(63);
    commit(&s.work, "l.py", &format!("KEY = \"{k}\"\n"), "leaky work");
    let out = push(&s.work, &["origin", "clean", "leaky"]);
    assert_refused(&out, &k, "l.py:1:8");
    assert!(remote_has(&s.remote, "clean").is_none());
    assert!(remote_has(&s.remote, "leaky").is_none());
    // The clean branch alone goes through.
    assert_clean(&push(&s.work, &["origin", "clean"]));
}

#[test]
fn deletions_tags_and_force_pushes() {
    let s = setup();
    // A branch that holds a key, pushed deliberately; deleting it scans nothing.
    git(&s.work, &["checkout", "-q", "-b", "old"]);
    let k = key(64);
    commit(&s.work, "k.txt", &format!("{k}\n"), "key");
    assert!(push(&s.work, &["--no-verify", "origin", "old"])
        .status
        .success());
    assert_clean(&push(&s.work, &["origin", "--delete", "old"]));
    git(&s.work, &["checkout", "-q", "main"]);

    // An annotated tag on a commit the remote lacks, with a key in its message.
    let kt = key(65);
    git(&s.work, &["checkout", "-q", "--detach"]);
    commit(&s.work, "t.txt", "t\n", &format!("release with {kt}"));
    git(&s.work, &["tag", "-a", "v1", "-m", "v1"]);
    git(&s.work, &["checkout", "-q", "main"]);
    let out = push(&s.work, &["origin", "v1"]);
    assert_refused(&out, &kt, "commit message");
    // A tag on a commit the remote has: nothing new.
    git(&s.work, &["tag", "-a", "v0", "-m", "v0", "main"]);
    assert_clean(&push(&s.work, &["origin", "v0"]));

    // A force push whose old remote tip is not here: another clone moved main.
    let other = s.work.parent().unwrap().join("other");
    git(
        s.work.parent().unwrap(),
        &[
            "clone",
            "-q",
            s.remote.to_str().unwrap(),
            other.to_str().unwrap(),
        ],
    );
    commit(&other, "theirs.txt", "theirs\n", "theirs");
    assert!(push(&other, &["--no-verify", "origin", "main"])
        .status
        .success());
    commit(&s.work, "mine.txt", "mine\n", "mine");
    assert_clean(&push(&s.work, &["--force", "origin", "main"]));
    let kf = key(66);
    git(&other, &["fetch", "-q", "origin"]);
    git(&other, &["reset", "-q", "--hard", "origin/main"]);
    commit(&other, "x.txt", "x\n", "more theirs");
    assert!(push(&other, &["--no-verify", "origin", "main"])
        .status
        .success());
    commit(&s.work, "mine.txt", &format!("{kf}\n"), "mine, with a key");
    let out = push(&s.work, &["--force", "origin", "main"]);
    assert_refused(&out, &kf, "mine.txt:1:1");
}

#[test]
fn the_pre_commit_hook_checks_what_is_staged_not_the_working_tree() {
    let s = setup();
    let out = run_in(&s.work, &["hook", "install", "--pre-commit"]);
    assert!(
        text(&out.stdout).contains("pre-commit"),
        "{}",
        text(&out.stdout)
    );
    let k = key(67);
    // Staged, then edited away in the working tree: the commit would still carry it.
    fs::write(s.work.join("app.js"), format!("const k = '{k}';\n")).unwrap();
    git(&s.work, &["add", "app.js"]);
    fs::write(s.work.join("app.js"), "const k = process.env.K;\n").unwrap();
    let out = git_output(&s.work, &["commit", "-q", "-m", "app"]);
    assert_refused(&out, &k, "app.js:1:12");
    // Staged clean, key only in the working tree: not reported.
    git(&s.work, &["add", "app.js"]);
    fs::write(s.work.join("app.js"), format!("const k = '{k}';\n")).unwrap();
    assert_clean(&git_output(&s.work, &["commit", "-q", "-m", "app"]));
    // `git commit -a` stages through a temporary index (GIT_INDEX_FILE): still caught.
    let out = git_output(&s.work, &["commit", "-q", "-a", "-m", "all"]);
    assert_refused(&out, &k, "app.js:1:12");
    // An old key next to an edit is not new.
    git(&s.work, &["checkout", "-q", "--", "app.js"]);
    commit(&s.work, "old.env", "A=1\n", "old");
    let old = key(68);
    fs::write(s.work.join("old.env"), format!("K={old}\n")).unwrap();
    git(&s.work, &["add", "old.env"]);
    let out = git_output(&s.work, &["commit", "-q", "--no-verify", "-m", "old key"]);
    assert!(out.status.success());
    fs::write(s.work.join("old.env"), format!("K={old}\nB=2\n")).unwrap();
    git(&s.work, &["add", "old.env"]);
    assert_clean(&git_output(&s.work, &["commit", "-q", "-m", "edit"]));
}

#[test]
fn install_is_idempotent_chains_foreign_hooks_and_uninstalls_cleanly() {
    let s = setup();
    let hooks = s.work.join(".git/hooks");
    let out = run_in(&s.work, &["hook", "install"]);
    assert!(
        text(&out.stdout).contains("(updated)"),
        "{}",
        text(&out.stdout)
    );

    // A hook keyfence did not write is never overwritten without --chain.
    run_in(&s.work, &["hook", "uninstall"]);
    assert!(!hooks.join("pre-push").exists());
    assert!(!hooks.join("pre-commit").exists());
    let foreign = "#!/bin/sh\ncat > \"$(dirname \"$0\")/../foreign-ran\"\nexit 0\n";
    fs::write(hooks.join("pre-push"), foreign).unwrap();
    make_executable(&hooks.join("pre-push"));
    let out = run_in(&s.work, &["hook", "install"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("--chain"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(fs::read_to_string(hooks.join("pre-push")).unwrap(), foreign);

    // With --chain, the foreign hook runs first and sees git's input; keyfence still
    // refuses.
    let out = run_in(&s.work, &["hook", "install", "--chain"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let k = key(69);
    commit(&s.work, "k.txt", &format!("{k}\n"), "key");
    let out = push(&s.work, &["origin", "main"]);
    assert_refused(&out, &k, "k.txt:1:1");
    let seen = fs::read_to_string(s.work.join(".git/foreign-ran")).unwrap();
    assert!(seen.starts_with("refs/heads/main "), "{seen}");

    // Uninstall puts the foreign hook back.
    let out = run_in(&s.work, &["hook", "uninstall"]);
    assert!(out.status.success());
    assert_eq!(fs::read_to_string(hooks.join("pre-push")).unwrap(), foreign);
}

#[test]
fn hooks_go_where_git_looks_for_them() {
    // core.hooksPath.
    let s = setup();
    run_in(&s.work, &["hook", "uninstall"]);
    git(&s.work, &["config", "core.hooksPath", ".githooks"]);
    let out = run_in(&s.work, &["hook", "install"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(s.work.join(".githooks/pre-push").exists());
    let k = key(70);
    commit(&s.work, "k.txt", &format!("{k}\n"), "key");
    assert_refused(&push(&s.work, &["origin", "main"]), &k, "k.txt:1:1");

    // A linked worktree shares the repository's hooks.
    let t = setup();
    let wt = t.work.parent().unwrap().join("wt");
    git(
        &t.work,
        &["worktree", "add", "-q", "-b", "wt", wt.to_str().unwrap()],
    );
    run_in(&t.work, &["hook", "uninstall"]);
    let out = run_in(&wt, &["hook", "install"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(t.work.join(".git/hooks/pre-push").exists());
    let k = key(71);
    commit(&wt, "k.txt", &format!("{k}\n"), "key");
    assert_refused(&push(&wt, &["origin", "wt"]), &k, "k.txt:1:1");
}

#[test]
fn the_hook_fails_closed_when_keyfence_is_gone() {
    let s = setup();
    run_in(&s.work, &["hook", "uninstall"]);
    // Install from a copy of the binary, then remove the copy.
    let bin = TempDir::new().unwrap();
    let copy = bin.path().join("keyfence");
    fs::copy(assert_cmd::cargo::cargo_bin("keyfence"), &copy).unwrap();
    // A test running in parallel may fork while the copy is still open for writing,
    // and so hold it open a moment ("text file busy"): wait for it.
    let mut tries = 0;
    let out = loop {
        match std::process::Command::new(&copy)
            .args(["hook", "install"])
            .current_dir(&s.work)
            .output()
        {
            Err(e) if e.raw_os_error() == Some(26) && tries < 50 => {
                tries += 1;
                std::thread::sleep(std::time::Duration::from_millis(100));
            }
            other => break other.unwrap(),
        }
    };
    assert!(out.status.success(), "{}", text(&out.stderr));
    fs::remove_file(&copy).unwrap();
    commit(&s.work, "a.txt", "a\n", "clean");
    let out = std::process::Command::new("git")
        .args(["push", "-q", "origin", "main"])
        .current_dir(&s.work)
        .env("PATH", "/usr/bin:/bin")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = text(&out.stderr);
    assert!(err.contains("cannot find keyfence"), "{err}");
    assert!(err.contains("--no-verify"), "{err}");
}

#[test]
fn pre_commit_framework_ranges_and_bad_input() {
    let s = setup();
    let base = git(&s.work, &["rev-parse", "HEAD"]);
    let k = key(72);
    commit(&s.work, "k.txt", &format!("{k}\n"), "key");
    let head = git(&s.work, &["rev-parse", "HEAD"]);
    for hook in ["pre-commit", "pre-push"] {
        let out = keyfence()
            .args(["hook", hook])
            .current_dir(&s.work)
            .env("PRE_COMMIT_FROM_REF", &base)
            .env("PRE_COMMIT_TO_REF", &head)
            .write_stdin("")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{hook}: {}", text(&out.stderr));
        assert!(text(&out.stderr).contains("k.txt:1:1"));
    }
    // Malformed pre-push input is an error, not a pass.
    let out = keyfence()
        .args(["hook", "pre-push", "origin", "url"])
        .current_dir(&s.work)
        .write_stdin("refs/heads/main nonsense\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("pre-push input"),
        "{}",
        text(&out.stderr)
    );
    // No input (nothing to push): clean.
    let out = keyfence()
        .args(["hook", "pre-push", "origin", "url"])
        .current_dir(&s.work)
        .write_stdin("")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
}

#[cfg(unix)]
fn make_executable(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(0o755)).unwrap();
}

#[test]
fn one_key_in_two_files_is_refused_once_naming_both_and_one_fix_round_is_enough() {
    let s = setup();
    let k = key(81);
    fs::write(s.work.join(".env"), format!("ZAI_API_KEY={k}\n")).unwrap();
    commit(
        &s.work,
        "src/main.js",
        &format!("export const key = '{k}';\n"),
        "app",
    );
    let out = push(&s.work, &["origin", "main"]);
    assert_refused(&out, &k, ".env:1:13");
    let err = text(&out.stderr);
    assert!(
        err.contains("src/main.js:1:21"),
        "names the second place: {err}"
    );
    assert!(err.contains("also at 1 other place"), "{err}");
    assert_eq!(err.matches("refused").count(), 1, "{err}");
    // Both removed in one amend: the push goes through.
    fs::write(s.work.join(".env"), "ZAI_API_KEY=\n").unwrap();
    commit(
        &s.work,
        "src/main.js",
        "export const key = import.meta.env.KEY;\n",
        "app",
    );
    git(&s.work, &["reset", "-q", "--soft", "HEAD~2"]);
    git(&s.work, &["commit", "-q", "-m", "app"]);
    assert_clean(&push(&s.work, &["origin", "main"]));
    assert_eq!(
        remote_has(&s.remote, "main"),
        Some(git(&s.work, &["rev-parse", "HEAD"]))
    );
}

#[test]
fn a_pre_push_check_with_nothing_to_read_fails_and_says_what_to_pass() {
    let s = setup();
    let out = keyfence()
        .args(["hook", "pre-push"])
        .current_dir(&s.work)
        .write_stdin("")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    let err = text(&out.stderr);
    assert!(err.contains("nothing to check"), "{err}");
    assert!(err.contains("--from-ref"), "{err}");
}

#[test]
fn the_framework_push_stage_covers_every_local_branch_the_remote_lacks() {
    let s = setup();
    let base = git(&s.work, &["rev-parse", "HEAD"]);
    commit(&s.work, "clean.txt", "clean\n", "clean");
    let head = git(&s.work, &["rev-parse", "HEAD"]);
    git(&s.work, &["checkout", "-q", "-b", "leak"]);
    let k = key(82);
    commit(&s.work, "leak.txt", &format!("{k}\n"), "leak");
    git(&s.work, &["checkout", "-q", "main"]);
    // What the framework passes for `git push origin main leak`: main's range only.
    let run = |from: &str| {
        keyfence()
            .args(["hook", "pre-push"])
            .current_dir(&s.work)
            .env("PRE_COMMIT", "1")
            .env("PRE_COMMIT_FROM_REF", from)
            .env("PRE_COMMIT_TO_REF", &head)
            .env("PRE_COMMIT_REMOTE_NAME", "origin")
            .env("PRE_COMMIT_REMOTE_URL", s.remote.to_str().unwrap())
            .env("PRE_COMMIT_LOCAL_BRANCH", "refs/heads/main")
            .env("PRE_COMMIT_REMOTE_BRANCH", "refs/heads/main")
            .output()
            .unwrap()
    };
    let out = run(&base);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("leak.txt:1:1"), "{err}");
    assert!(
        err.contains("other local branches"),
        "says it is wider: {err}"
    );
    assert!(err.contains("SKIP=keyfence-pre-push git push"), "{err}");
    assert!(!err.contains(&k), "{err}");
    // The leaking branch gone: the same range is clean and says nothing.
    git(&s.work, &["branch", "-q", "-D", "leak"]);
    let out = run(&base);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stderr).is_empty(), "{}", text(&out.stderr));
}

#[test]
fn named_files_are_checked_as_they_are_and_worded_as_a_check() {
    let s = setup();
    let k = key(83);
    commit(&s.work, "cfg/app.js", &format!("const k = '{k}';\n"), "key");
    fs::write(s.work.join("other.txt"), "clean\n").unwrap();
    let out = keyfence()
        .args(["hook", "pre-commit", "cfg/app.js", "other.txt"])
        .current_dir(&s.work)
        .env("PRE_COMMIT", "1")
        .output()
        .unwrap();
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("check failed"), "not a refused commit: {err}");
    assert!(err.contains("cfg/app.js:1:12"), "{err}");
    let out = keyfence()
        .args(["hook", "pre-commit", "other.txt"])
        .current_dir(&s.work)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
}

#[test]
fn a_range_checked_at_named_files_keeps_keys_at_paths_the_head_no_longer_has() {
    let s = setup();
    let base = git(&s.work, &["rev-parse", "HEAD"]);
    commit(&s.work, "gone.txt", &format!("{}\n", key(84)), "add");
    git(&s.work, &["rm", "-q", "gone.txt"]);
    git(&s.work, &["commit", "-q", "-m", "remove"]);
    commit(
        &s.work,
        "fixtures/kept.txt",
        &format!("{}\n", key(85)),
        "fixture",
    );
    commit(&s.work, "named.txt", "clean\n", "clean");
    let head = git(&s.work, &["rev-parse", "HEAD"]);
    // The framework names the files its filters keep (here not the fixture), and never
    // a deleted one.
    let out = keyfence()
        .args(["hook", "pre-commit", "named.txt"])
        .current_dir(&s.work)
        .env("PRE_COMMIT", "1")
        .env("PRE_COMMIT_FROM_REF", &base)
        .env("PRE_COMMIT_TO_REF", &head)
        .output()
        .unwrap();
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("gone.txt:1:1"),
        "a key the range added and deleted: {err}"
    );
    assert!(
        !err.contains("fixtures/kept.txt"),
        "a file the filters left out: {err}"
    );
}

/// Laundering a marker: one commit adds a key with `keyfence:allow`, the next removes
/// only the marker. The push is refused, `git --range` and a whole-history `git`
/// report the key unsuppressed; a key that stays marked still goes through.
#[test]
fn a_marker_removed_later_in_the_push_does_not_carry_its_acceptance() {
    let s = setup();
    let base = git(&s.work, &["rev-parse", "HEAD"]);
    let k = key(61);
    commit(
        &s.work,
        "test/fixture.js",
        &format!("const k = '{k}'; // keyfence:allow test fixture\n"),
        "a fixture",
    );
    // A marked key alone is accepted, and the push says so, with the marker's words.
    let out = push(&s.work, &["origin", "main"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let err = text(&out.stderr);
    assert!(err.contains("accepted, not counted: 1 finding"), "{err}");
    assert!(
        err.contains("test/fixture.js:1:12 in commit ")
            && err.contains(": inline keyfence:allow: test fixture"),
        "{err}"
    );
    assert!(!err.contains(&k), "{err}");
    let marked = git(&s.work, &["rev-parse", "HEAD"]);
    commit(
        &s.work,
        "test/fixture.js",
        &format!("const k = '{k}';\n"),
        "tidy the fixture",
    );
    let out = push(&s.work, &["origin", "main"]);
    assert_refused(&out, &k, "test/fixture.js:1:12");
    assert_eq!(remote_has(&s.remote, "main"), Some(marked.clone()));
    for range in [format!("{marked}..HEAD"), format!("{base}..HEAD")] {
        let out = keyfence()
            .args(["git", "--format", "jsonl", "--range", &range])
            .current_dir(&s.work)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{range}: {}", text(&out.stderr));
    }
    let out = keyfence()
        .args(["git", "--format", "jsonl", "--show-suppressed"])
        .current_dir(&s.work)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let found = common::jsonl(&out);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0]["suppressed"].is_null(), "{:?}", found[0]);
}

/// A push cannot bring its own suppressions: an ignore file, a config that turns the
/// rule off or excludes the path, or a baseline that arrive with the key are read from
/// what the remote has (none of them), named as edits that count once merged, and the
/// push is refused. What the remote already has still counts.
#[test]
fn suppressions_that_ride_with_the_key_do_not_count() {
    let s = setup();
    let k = key(62);
    let leak = |files: &[(&str, String)]| {
        for (path, text) in files {
            common::write(&s.work, path, text);
        }
        commit(
            &s.work,
            "src/api.js",
            &format!("const k = '{k}';\n"),
            "leak",
        );
        let out = push(&s.work, &["origin", "main"]);
        git(&s.work, &["reset", "-q", "--hard", "origin/main"]);
        out
    };
    let fingerprint = {
        commit(
            &s.work,
            "src/api.js",
            &format!("const k = '{k}';\n"),
            "probe",
        );
        let out = keyfence()
            .args(["scan", "--format", "jsonl", "src/api.js"])
            .current_dir(&s.work)
            .output()
            .unwrap();
        git(&s.work, &["reset", "-q", "--hard", "origin/main"]);
        common::jsonl(&out)[0]["fingerprint"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let cases: Vec<(&str, Vec<(&str, String)>)> = vec![
        (
            "ignore everything",
            vec![(".keyfenceignore", "**\n".into())],
        ),
        (
            "ignore the fingerprint",
            vec![(".keyfenceignore", format!("{fingerprint} # a test key\n"))],
        ),
        (
            "rule disabled",
            vec![(
                ".keyfence.toml",
                "[rules]\ndisable = [\"zai-api-key\"]\n".into(),
            )],
        ),
        (
            "path excluded",
            vec![(".keyfence.toml", "[scan]\nexclude = [\"src/**\"]\n".into())],
        ),
        (
            "high confidence only",
            vec![(
                ".keyfence.toml",
                "[output]\nmin_confidence = \"high\"\n".into(),
            )],
        ),
        (
            "a baseline",
            vec![
                (
                    ".keyfence.toml",
                    "[ignore]\nbaseline = \"base.jsonl\"\n".into(),
                ),
                (
                    "base.jsonl",
                    format!("{{\"fingerprint\":\"{fingerprint}\",\"rule\":\"zai-api-key\"}}\n"),
                ),
            ],
        ),
    ];
    for (what, files) in &cases {
        let out = leak(files);
        assert_refused(&out, &k, "src/api.js:1:12");
        let err = text(&out.stderr);
        assert!(err.contains("this push edits `"), "{what}: {err}");
        assert!(
            err.contains("takes effect once it is merged"),
            "{what}: {err}"
        );
    }
    // Accepted on the remote first, the same entry counts.
    commit(
        &s.work,
        ".keyfenceignore",
        &format!("{fingerprint} # a test key, rotated\n"),
        "accept a test key",
    );
    assert_clean(&push(&s.work, &["origin", "main"]));
    commit(
        &s.work,
        "src/api.js",
        &format!("const k = '{k}';\n"),
        "the key",
    );
    let out = push(&s.work, &["origin", "main"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    // `git --range` over the same kind of change reads its base's settings too.
    let base = git(&s.work, &["rev-parse", "HEAD"]);
    common::write(&s.work, ".keyfenceignore", "**\n");
    commit(
        &s.work,
        "lib/b.js",
        &format!("const b = '{}';\n", key(63)),
        "more",
    );
    let out = keyfence()
        .args(["git", "--range", &format!("{base}..HEAD")])
        .current_dir(&s.work)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("this range edits `.keyfenceignore`"));
}

/// The first push to an empty remote has no base: no settings file of its own counts.
#[test]
fn a_first_push_brings_no_suppression_of_its_own() {
    let dir = TempDir::new().unwrap();
    let (_remote, work) = bare_and_clone(dir.path(), "remote.git", "work");
    let out = run_in(&work, &["hook", "install"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let k = key(64);
    common::write(&work, ".keyfenceignore", "**\n");
    commit(&work, "src/api.js", &format!("const k = '{k}';\n"), "first");
    let out = push(&work, &["origin", "main"]);
    assert_refused(&out, &k, "src/api.js:1:12");
    assert!(text(&out.stderr).contains("has no base to read settings from"));
}

/// An annotated tag whose message holds a key is refused at push, even when the
/// commit it tags is already on the remote.
#[test]
fn a_tag_whose_message_holds_a_key_is_refused() {
    let s = setup();
    let k = key(65);
    git(
        &s.work,
        &["tag", "-a", "v1", "-m", &format!("notes ZAI_API_KEY={k}")],
    );
    let out = push(&s.work, &["origin", "v1"]);
    assert_refused(&out, &k, "refs/tags/v1 (tag message)");
    assert!(remote_has(&s.remote, "refs/tags/v1").is_none());
    git(&s.work, &["tag", "-a", "v2", "-m", "a clean release"]);
    assert_clean(&push(&s.work, &["origin", "v2"]));
}

/// A marker reaches its own line as people see it: after a carriage return (or a form
/// feed, U+2028, U+2029) it is on another line, and accepts nothing.
#[test]
fn a_marker_hidden_past_a_line_break_accepts_nothing() {
    let s = setup();
    for (i, brk) in ["\r", "\u{c}", "\u{2028}", "\u{2029}"].iter().enumerate() {
        let k = key(70 + i as u64);
        commit(
            &s.work,
            &format!("src/k{i}.js"),
            &format!("const k = '{k}';{brk}// keyfence:allow looks like a fixture\n"),
            "a key",
        );
        let out = push(&s.work, &["origin", "main"]);
        assert_refused(&out, &k, &format!("src/k{i}.js:1:12"));
        git(&s.work, &["reset", "-q", "--hard", "origin/main"]);
    }
}

/// "Already on the remote" is what the remote says at push time, not what a stale
/// remote-tracking ref remembers: a key pushed on a branch that was then deleted on
/// the remote (its objects pruned) is checked again when a new branch built on it is
/// pushed from a clone that still has `origin/feature`.
#[test]
fn a_stale_tracking_ref_does_not_vouch_for_a_key() {
    let s = setup();
    let k = key(66);
    git(&s.work, &["checkout", "-q", "-b", "feature"]);
    commit(
        &s.work,
        "src/api.js",
        &format!("const k = '{k}';\n"),
        "leak",
    );
    // The key reaches the remote past the hook (as it did before keyfence was there).
    let out = git_output(&s.work, &["push", "-q", "--no-verify", "origin", "feature"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    // Someone deletes the branch on the remote and the remote prunes its objects.
    git(&s.remote, &["update-ref", "-d", "refs/heads/feature"]);
    git(&s.remote, &["reflog", "expire", "--expire=now", "--all"]);
    git(&s.remote, &["gc", "-q", "--prune=now"]);
    let leak = git(&s.work, &["rev-parse", "HEAD"]);
    let out = git_output(&s.remote, &["cat-file", "-e", &leak]);
    assert!(!out.status.success(), "the remote pruned the commit");
    // This clone still has origin/feature, and builds on it.
    git(&s.work, &["checkout", "-q", "-b", "feature-2"]);
    commit(&s.work, "b.txt", "b\n", "more work");
    let out = push(&s.work, &["origin", "feature-2"]);
    assert_refused(&out, &k, "src/api.js:1:12");
}

/// A bare "server" repository with keyfence's pre-receive hook installed and push
/// options on, and a clone that pushes to it (with no client hook: the server's
/// check is what stands).
fn server() -> Setup {
    let dir = TempDir::new().unwrap();
    let (remote, work) = bare_and_clone(dir.path(), "server.git", "work");
    commit(&work, "README.md", "hello\n", "init");
    git(&work, &["push", "-q", "origin", "main"]);
    let out = run_in(
        dir.path(),
        &["hook", "install", "--server", remote.to_str().unwrap()],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    git(&remote, &["config", "receive.advertisePushOptions", "true"]);
    Setup {
        _dir: dir,
        remote,
        work,
    }
}

/// The server's pre-receive fence, with real `git push` (git sets up the quarantine
/// itself): a key refused with a bypass command, a clean push and a deletion accepted,
/// a force push and a tag message checked, a bypass with a reason accepted and logged,
/// and two pushes at once.
#[test]
fn the_server_refuses_a_key_that_no_client_flag_can_skip() {
    let s = server();
    let k = key(67);
    commit(
        &s.work,
        "src/api.js",
        &format!("const k = '{k}';\n"),
        "leak",
    );
    let out = push(&s.work, &["--no-verify", "origin", "main"]);
    let err = text(&out.stderr);
    assert!(!out.status.success(), "{err}");
    assert!(err.contains("push rejected by the server"), "{err}");
    assert!(err.contains("src/api.js:1:12"), "{err}");
    assert!(!err.contains(&k), "{err}");
    let fingerprint = err
        .split("fingerprint ")
        .nth(1)
        .and_then(|r| r.split_whitespace().next())
        .expect("the refusal names the fingerprint")
        .to_string();
    assert!(
        err.contains(&format!("-o keyfence.allow={fingerprint}")),
        "{err}"
    );
    // The key is not on the server, and the quarantine is gone with the push.
    let leak = git(&s.work, &["rev-parse", "HEAD"]);
    assert!(!git_output(&s.remote, &["cat-file", "-e", &leak])
        .status
        .success());
    // An allow without a reason is not a bypass.
    let out = push(
        &s.work,
        &[
            "-o",
            &format!("keyfence.allow={fingerprint}"),
            "origin",
            "main",
        ],
    );
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("a bypass needs a reason"));
    // With a reason: accepted, and logged without the secret.
    let out = push(
        &s.work,
        &[
            "-o",
            &format!("keyfence.allow={fingerprint}"),
            "-o",
            "keyfence.reason=a test key, rotated",
            "origin",
            "main",
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let log = fs::read_to_string(s.remote.join("keyfence/bypass.jsonl")).unwrap();
    let entry: serde_json::Value = serde_json::from_str(log.lines().next().unwrap()).unwrap();
    assert_eq!(entry["fingerprint"], fingerprint.as_str());
    assert_eq!(entry["reason"], "a test key, rotated");
    assert_eq!(entry["ref"], "refs/heads/main");
    assert_eq!(entry["commit"], leak.as_str());
    assert!(!log.contains(&k));
    // Clean pushes, a new branch and its deletion go through.
    commit(&s.work, "b.txt", "b\n", "clean");
    assert!(push(&s.work, &["origin", "main"]).status.success());
    assert!(push(&s.work, &["origin", "main:topic"]).status.success());
    assert!(push(&s.work, &["origin", ":topic"]).status.success());
    // A force push that brings a new key.
    git(&s.work, &["reset", "-q", "--hard", "HEAD~1"]);
    let k2 = key(68);
    commit(&s.work, "c.js", &format!("const c = '{k2}';\n"), "another");
    let out = push(&s.work, &["--force", "origin", "main"]);
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("c.js:1:12"));
    git(&s.work, &["reset", "-q", "--hard", "origin/main"]);
    // A tag whose message holds a key.
    let k3 = key(69);
    git(
        &s.work,
        &["tag", "-a", "v1", "-m", &format!("notes ZAI_API_KEY={k3}")],
    );
    let out = push(&s.work, &["origin", "v1"]);
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("refs/tags/v1 (tag message)"));
    git(&s.work, &["tag", "-a", "v2", "-m", "clean"]);
    assert!(push(&s.work, &["origin", "v2"]).status.success());
    // Two pushes at once, from two clones: each is checked on its own.
    let other = s._dir.path().join("other");
    git(
        s._dir.path(),
        &[
            "clone",
            "-q",
            s.remote.to_str().unwrap(),
            other.to_str().unwrap(),
        ],
    );
    commit(&s.work, "d.txt", "d\n", "clean d");
    commit(
        &other,
        "e.js",
        &format!("const e = '{}';\n", key(70)),
        "leak e",
    );
    let (w, o) = (s.work.clone(), other.clone());
    let a = std::thread::spawn(move || push(&w, &["origin", "main:one"]));
    let b = std::thread::spawn(move || push(&o, &["origin", "main:two"]));
    let (a, b) = (a.join().unwrap(), b.join().unwrap());
    assert!(a.status.success(), "{}", text(&a.stderr));
    assert!(!b.status.success());
    assert!(text(&b.stderr).contains("e.js:1:12"));
}

/// Many new commits at once are checked within the time limit; past it, the push is
/// refused (fail closed) unless the server chose `--on-timeout allow`, which logs it.
#[test]
fn the_server_check_is_bounded_in_time() {
    let s = server();
    // 2,000 commits made at once with fast-import (a big first push of a project).
    let batch = |branch: &str, from: &str, at: u64| {
        let mut stream = String::new();
        for i in 0..2000u64 {
            let data = format!("line {i} of {branch}\n");
            stream.push_str(&format!(
                "commit refs/heads/{branch}\ncommitter Ada <ada@example.com> {} +0000\ndata 4\nmany\n{}M 100644 inline f{}.txt\ndata {}\n{data}\n",
                at + i,
                if i == 0 { format!("from {from}\n") } else { String::new() },
                i % 50,
                data.len()
            ));
        }
        common::git_stdin(&s.work, &["fast-import", "--quiet"], stream);
    };
    let start = git(&s.work, &["rev-parse", "HEAD"]);
    batch("main", &start, 1_767_225_600);
    let out = push(&s.work, &["origin", "main"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    // A limit no scan of 2,000 commits meets: refused (fail closed), and said why.
    let hook = s.remote.join("hooks/pre-receive");
    let script = fs::read_to_string(&hook).unwrap();
    fs::write(
        &hook,
        script.replace("hook pre-receive", "hook pre-receive --time-limit 1ms"),
    )
    .unwrap();
    let tip = git(&s.work, &["rev-parse", "main"]);
    batch("more", &tip, 1_767_300_000);
    let out = push(&s.work, &["origin", "more"]);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("ran out of time"),
        "{}",
        text(&out.stderr)
    );
    // The server may choose availability instead: allowed, and logged.
    let script = fs::read_to_string(&hook).unwrap();
    fs::write(
        &hook,
        script.replace("--time-limit 1ms", "--time-limit 1ms --on-timeout allow"),
    )
    .unwrap();
    let out = push(&s.work, &["origin", "more"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let log = fs::read_to_string(s.remote.join("keyfence/bypass.jsonl")).unwrap();
    assert!(log.contains("ran out of time"), "{log}");
}
