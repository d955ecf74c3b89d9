//! keyfence through the pre-commit framework as users run it: the framework installed
//! from PyPI into a virtual environment, this repository's `.pre-commit-hooks.yaml`
//! (with `language: system`, so the binary under test runs instead of a cargo build),
//! real commits and a real push to a bare remote. Skipped, with a message, where the
//! framework cannot be installed (no python3 venv, no network).

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::{bare_and_clone, commit, git, git_output, key};
use tempfile::TempDir;

/// The framework's `pre-commit` executable, installed once per target directory.
fn framework() -> Option<PathBuf> {
    let venv = Path::new(env!("CARGO_TARGET_TMPDIR")).join("pre-commit-venv");
    let exe = venv.join("bin/pre-commit");
    if exe.exists() {
        return Some(exe);
    }
    let made = Command::new("python3")
        .args(["-m", "venv"])
        .arg(&venv)
        .output()
        .is_ok_and(|o| o.status.success());
    let installed = made
        && Command::new(venv.join("bin/pip"))
            .args([
                "install",
                "-q",
                "--disable-pip-version-check",
                "pre-commit>=3.2",
            ])
            .output()
            .is_ok_and(|o| o.status.success());
    if installed && exe.exists() {
        Some(exe)
    } else {
        let _ = std::fs::remove_dir_all(&venv);
        None
    }
}

struct World {
    _dir: TempDir,
    remote: PathBuf,
    work: PathBuf,
    exe: PathBuf,
    cache: PathBuf,
}

impl World {
    /// A command with the binary under test on PATH and the framework's cache here.
    fn env(&self, cmd: &mut Command) {
        let bin = assert_cmd::cargo::cargo_bin("keyfence");
        let path = format!(
            "{}:{}",
            bin.parent().unwrap().display(),
            std::env::var("PATH").unwrap_or_default()
        );
        cmd.current_dir(&self.work)
            .env("PATH", path)
            .env("PRE_COMMIT_HOME", &self.cache)
            .env("GIT_AUTHOR_NAME", "Ada")
            .env("GIT_AUTHOR_EMAIL", "ada@example.com")
            .env("GIT_COMMITTER_NAME", "Ada")
            .env("GIT_COMMITTER_EMAIL", "ada@example.com")
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_CONFIG_NOSYSTEM", "1");
        for v in [
            "PRE_COMMIT",
            "PRE_COMMIT_FROM_REF",
            "PRE_COMMIT_TO_REF",
            "GIT_DIR",
        ] {
            cmd.env_remove(v);
        }
    }

    fn pre_commit(&self, args: &[&str]) -> Output {
        let mut cmd = Command::new(&self.exe);
        cmd.args(args);
        self.env(&mut cmd);
        cmd.output().unwrap()
    }

    fn git(&self, args: &[&str]) -> Output {
        let mut cmd = Command::new("git");
        cmd.args(args);
        self.env(&mut cmd);
        cmd.output().unwrap()
    }
}

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// This repository's hook manifest in a repository of its own, run as `system`.
fn hook_repo(dir: &Path) -> (PathBuf, String) {
    let manifest = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join(".pre-commit-hooks.yaml"),
    )
    .unwrap();
    assert!(manifest.contains("language: rust"));
    let hooks = dir.join("hooks");
    std::fs::create_dir_all(&hooks).unwrap();
    git(&hooks, &["init", "-q", "-b", "main"]);
    let rev = commit(
        &hooks,
        ".pre-commit-hooks.yaml",
        &manifest.replace("language: rust", "language: system"),
        "hooks",
    );
    (hooks, rev)
}

fn world() -> Option<World> {
    let exe = framework()?;
    let dir = TempDir::new().unwrap();
    let (hooks, rev) = hook_repo(dir.path());
    let (remote, work) = bare_and_clone(dir.path(), "remote.git", "work");
    let config = format!(
        "minimum_pre_commit_version: '3.2.0'\n\
         default_install_hook_types: [pre-commit, pre-push]\n\
         repos:\n\
         \x20 - repo: {}\n\
         \x20   rev: {rev}\n\
         \x20   hooks:\n\
         \x20     - id: keyfence\n\
         \x20       exclude: ^fixtures/\n\
         \x20     - id: keyfence-pre-push\n",
        hooks.display()
    );
    commit(&work, ".pre-commit-config.yaml", &config, "pre-commit");
    git(&work, &["push", "-q", "origin", "main"]);
    Some(World {
        cache: dir.path().join("cache"),
        _dir: dir,
        remote,
        work,
        exe,
    })
}

#[test]
fn all_files_finds_a_committed_key_honours_exclude_and_a_two_branch_push_is_refused() {
    let Some(w) = world() else {
        eprintln!("skipped: the pre-commit framework could not be installed from PyPI");
        return;
    };
    let k = key(201);
    let base = git(&w.work, &["rev-parse", "HEAD"]);
    commit(
        &w.work,
        "fixtures/sample.js",
        &format!("const k = '{}';\n", key(202)),
        "fixture",
    );
    commit(&w.work, "src/app.js", &format!("const k = '{k}';\n"), "app");

    // --all-files reads the committed files: the key is found, the fixture excluded.
    let out = w.pre_commit(&["run", "--all-files"]);
    let all = text(&out);
    assert_eq!(out.status.code(), Some(1), "{all}");
    assert!(all.contains("src/app.js:1:12"), "{all}");
    assert!(
        !all.contains("fixtures/sample.js"),
        "exclude: is honoured: {all}"
    );
    assert!(!all.contains(&k), "{all}");

    // Fixed: only the excluded fixture still holds a key.
    commit(&w.work, "src/app.js", "const k = process.env.KEY;\n", "fix");
    let out = w.pre_commit(&["run", "--all-files"]);
    assert!(out.status.success(), "{}", text(&out));

    // History rewritten without either key, for the push below.
    git(&w.work, &["reset", "-q", "--hard", &base]);
    commit(&w.work, "src/app.js", "const k = process.env.KEY;\n", "app");

    // Both hook types installed; main is clean, `leak` carries a key.
    let out = w.pre_commit(&["install"]);
    assert!(out.status.success(), "{}", text(&out));
    let out = w.git(&["checkout", "-q", "-b", "leak"]);
    assert!(out.status.success(), "{}", text(&out));
    std::fs::write(w.work.join("leak.txt"), format!("{}\n", key(203))).unwrap();
    let out = w.git(&["add", "leak.txt"]);
    assert!(out.status.success());
    // The commit stage refuses it...
    let out = w.git(&["commit", "-q", "-m", "leak"]);
    let said = text(&out);
    assert!(!out.status.success(), "{said}");
    assert!(
        said.contains("commit refused") && said.contains("leak.txt:1:1"),
        "{said}"
    );
    assert!(said.contains("SKIP=keyfence git commit"), "{said}");
    // ...so it is committed past it, as a user in a hurry would.
    let out = w.git(&["commit", "-q", "--no-verify", "-m", "leak"]);
    assert!(out.status.success(), "{}", text(&out));
    let out = w.git(&["checkout", "-q", "main"]);
    assert!(out.status.success());
    // The framework passes main's range only; keyfence still sees `leak`.
    let out = w.git(&["push", "origin", "main", "leak"]);
    let said = text(&out);
    assert!(!out.status.success(), "the push went through: {said}");
    assert!(
        said.contains("push refused") && said.contains("leak.txt:1:1"),
        "{said}"
    );
    let remote_leak = git_output(&w.remote, &["rev-parse", "--verify", "-q", "leak"]);
    assert!(
        !remote_leak.status.success(),
        "the remote got the leaking branch"
    );
}
