//! Tag objects and trees as a push brings them, on arbitrary bytes: the bytes become a
//! tag object the push names (its message read, the tags and objects it points at
//! followed) or the tree of a pushed commit (diffed against its parent's, from an
//! explicit stack); the range scan of that repository ends with findings or problems,
//! never a panic, a hang or unbounded memory. The first byte picks which.
//!
//! Objects are written with `git hash-object --literally` into one repository made
//! once per process, so git must be on PATH.
//!
//! Run: `cargo fuzz run git_objects` (see README "Fuzzing").
#![no_main]

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::LazyLock;

use keyfence_matcher::RuleMatcher;
use keyfence_rules::RuleSet;
use keyfence_scan::git::{scan_history, CommitSet, GitOptions, Scope};
use keyfence_scan::Content;
use libfuzzer_sys::fuzz_target;

static MATCHER: LazyLock<RuleMatcher> = LazyLock::new(|| {
    let mut set = RuleSet::new();
    set.add_toml("builtin:zai.toml", include_str!("../../patterns/zai.toml"))
        .expect("built-in rules parse");
    RuleMatcher::new(&set).unwrap()
});

/// A repository with one commit (the base), made once.
static REPO: LazyLock<(PathBuf, String)> = LazyLock::new(|| {
    let dir = std::env::temp_dir().join(format!("keyfence-fuzz-git-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    git(&dir, &["init", "-q", "-b", "main"], b"");
    let blob = git(&dir, &["hash-object", "-w", "--stdin"], b"hello\n");
    let tree = git(&dir, &["mktree"], format!("100644 blob {blob}\tREADME\n").as_bytes());
    let base = git(&dir, &["commit-tree", &tree, "-m", "base"], b"");
    (dir, base)
});

fn git(dir: &std::path::Path, args: &[&str], input: &[u8]) -> String {
    let mut child = Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_NAME", "f")
        .env("GIT_AUTHOR_EMAIL", "f@example.com")
        .env("GIT_COMMITTER_NAME", "f")
        .env("GIT_COMMITTER_EMAIL", "f@example.com")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("git runs");
    child.stdin.take().unwrap().write_all(input).unwrap();
    let out = child.wait_with_output().unwrap();
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

fuzz_target!(|data: &[u8]| {
    let Some((&pick, body)) = data.split_first() else {
        return;
    };
    let (dir, base) = &*REPO;
    let mut set = CommitSet {
        include: vec![],
        exclude: vec![base.clone()],
        exclude_globs: vec![],
        tags: vec![],
    };
    if pick % 2 == 0 {
        // A tag object the push names.
        let id = git(dir, &["hash-object", "-t", "tag", "--literally", "-w", "--stdin"], body);
        if id.len() != 40 {
            return;
        }
        set.tags.push(("refs/tags/fuzz".to_string(), id));
        set.include.push(base.clone());
    } else {
        // The tree of a commit on top of the base.
        let tree = git(dir, &["hash-object", "-t", "tree", "--literally", "-w", "--stdin"], body);
        if tree.len() != 40 {
            return;
        }
        let commit = git(dir, &["commit-tree", &tree, "-p", base, "-m", "fuzz"], b"");
        if commit.len() != 40 {
            return;
        }
        set.include.push(commit);
    }
    let opts = GitOptions {
        repo: dir.clone(),
        scope: Scope::Commits(set),
        all_objects: false,
        threads: 1,
        content: Content::default(),
        max_blob: 1 << 20,
    };
    let _ = scan_history(&opts, &MATCHER, &());
});
