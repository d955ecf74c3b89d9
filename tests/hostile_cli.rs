//! Hostile input through the binary: gaps in history that must be named and not hide
//! keys past them, files swapped for FIFOs, names that carry escape sequences or
//! Markdown, configs too large to hold, rules too costly to run.

mod common;

use std::fs;

use common::{commit, git, key, keyfence, repo, run_in, stderr, stdout, write};
use tempfile::TempDir;

/// Removes a loose object (the repositories here are never packed).
fn delete_object(dir: &std::path::Path, sha: &str) {
    fs::remove_file(dir.join(".git/objects").join(&sha[..2]).join(&sha[2..])).unwrap();
}

#[test]
fn a_missing_commit_is_an_error_and_keys_past_it_are_still_found() {
    let r = repo();
    let d = r.path();
    let k = key(300);
    commit(d, "config.js", &format!("const k = \"{k}\";\n"), "add");
    git(d, &["rm", "-q", "config.js"]);
    let middle = commit(d, "README", "clean\n", "remove");
    commit(d, "more.txt", "more\n", "more");
    delete_object(d, &middle);
    for mode in ["git", "audit"] {
        let out = keyfence()
            .args([mode, "--format", "jsonl", "--show-secrets"])
            .arg(d)
            .output()
            .unwrap();
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{mode}: {err}");
        assert!(
            err.contains(&middle) && err.contains("error") && err.contains("partial"),
            "{mode}: {err}"
        );
        assert!(stdout(&out).contains(&k), "{mode}: the key past the gap");
    }
    // With nothing past the gap to find, the status says the result is partial.
    let r = repo();
    let d = r.path();
    commit(d, "a.txt", "a\n", "one");
    let middle = commit(d, "b.txt", "b\n", "two");
    commit(d, "c.txt", "c\n", "three");
    delete_object(d, &middle);
    let out = run_in(d, &["git", "."]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains(&middle), "{}", stderr(&out));
}

#[test]
fn a_ref_to_a_missing_object_and_a_git_file_that_points_nowhere_are_errors() {
    let r = repo();
    let d = r.path();
    commit(d, "a.txt", "a\n", "one");
    fs::write(
        d.join(".git/refs/heads/ghost"),
        "1234567890123456789012345678901234567890\n",
    )
    .unwrap();
    let out = run_in(d, &["git", "."]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("refs/heads/ghost"),
        "{}",
        stderr(&out)
    );

    let dir = TempDir::new().unwrap();
    write(dir.path(), ".git", "gitdir: /nonexistent/keyfence/gitdir\n");
    write(dir.path(), "a.txt", "hello\n");
    let out = run_in(dir.path(), &["audit", "."]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(".git: a repository that cannot be opened"),
        "{}",
        stderr(&out)
    );
}

#[cfg(unix)]
#[test]
fn a_fifo_is_named_and_never_read() {
    let dir = TempDir::new().unwrap();
    let fifo = dir.path().join("pipe.js");
    let status = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(status.success());
    let k = key(301);
    write(dir.path(), "app.js", format!("k = \"{k}\"\n"));
    // Named on the command line and met in the walk: neither waits for a writer.
    for target in [fifo.as_os_str(), dir.path().as_os_str()] {
        let out = keyfence()
            .args(["scan", "--format", "jsonl"])
            .arg(target)
            .timeout(std::time::Duration::from_secs(60))
            .output()
            .unwrap();
        assert!(
            stderr(&out).contains("pipe.js") && stderr(&out).contains("a FIFO"),
            "{}",
            stderr(&out)
        );
    }
}

/// A name that would clear the screen and retitle the terminal, and a line feed.
const EVIL: &str = "x\u{1b}[2J\u{1b}]0;pwned\u{7}\ny";

#[cfg(unix)]
#[test]
fn names_from_the_scanned_tree_never_reach_a_terminal_as_they_are() {
    let dir = TempDir::new().unwrap();
    let k = key(302);
    write(dir.path(), &format!("{EVIL}.js"), format!("k = \"{k}\"\n"));
    // A broken archive: its name reaches a warning on stderr.
    write(
        dir.path(),
        &format!("{EVIL}.zip"),
        b"PK\x03\x04 not really a zip",
    );
    for format in ["human", "github"] {
        let out = keyfence()
            .args(["scan", "--format", format])
            .arg(dir.path())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        for (what, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
            assert!(
                !bytes.contains(&0x1b) && !bytes.contains(&0x07),
                "{format} {what}: {}",
                String::from_utf8_lossy(bytes)
            );
        }
        assert!(
            stdout(&out).contains("x\\x1b[2J\\x1b]0;pwned\\x07\\ny.js"),
            "{format}: {}",
            stdout(&out)
        );
        assert!(stderr(&out).contains("\\x1b[2J"), "{}", stderr(&out));
    }
}

#[test]
fn a_backtick_in_a_path_cannot_open_markdown_in_the_job_summary() {
    let dir = TempDir::new().unwrap();
    let k = key(303);
    let name = "a` ![x](https://e.example/i.png) [y](https://e.example) `b.js";
    write(dir.path(), name, format!("k = \"{k}\"\n"));
    let summary = dir.path().join("summary.md");
    let out = keyfence()
        .args(["scan"])
        .arg(dir.path())
        .env("GITHUB_ACTIONS", "true")
        .env("GITHUB_STEP_SUMMARY", &summary)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let md = fs::read_to_string(&summary).unwrap();
    let row = md.lines().find(|l| l.contains("e.example")).unwrap();
    // The place is one code span, fenced by more backticks than any run inside.
    assert!(
        row.contains("``") && row.contains("`` |"),
        "the path is not one code span: {row}"
    );
    let place = row.split(" | ").next().unwrap().trim_start_matches("| ");
    assert!(place.starts_with("``") && place.ends_with("``"), "{place}");
    assert_eq!(place.matches("``").count(), 2, "{place}");
}

#[test]
fn configs_and_ignore_files_have_limits_with_short_errors() {
    let dir = TempDir::new().unwrap();
    let d = dir.path();
    write(d, "a.txt", "hello\n");
    let globs: Vec<String> = (0..5000).map(|i| format!("\"d{i}/**\"")).collect();
    write(
        d,
        ".keyfence.toml",
        format!("[scan]\nexclude = [{}]\n", globs.join(",")),
    );
    let out = run_in(d, &["scan", "."]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("more than the 4096 allowed"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).len() < 400, "{}", stderr(&out));
    // Too large to read at all.
    write(d, ".keyfence.toml", format!("# {}\n", "x".repeat(2 << 20)));
    let out = run_in(d, &["scan", "."]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("too large"), "{}", stderr(&out));
    assert!(stderr(&out).len() < 400, "{}", stderr(&out));
    fs::remove_file(d.join(".keyfence.toml")).unwrap();
    let lines: Vec<String> = (0..5000).map(|i| format!("d{i}/**")).collect();
    write(d, ".keyfenceignore", lines.join("\n"));
    let out = run_in(d, &["scan", "."]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("more than 4096 path globs"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn costly_rules_are_warned_about_and_their_scans_stay_linear() {
    let dir = TempDir::new().unwrap();
    let d = dir.path();
    let long = write(
        d,
        "long.toml",
        "[[rules]]\nid = \"long-k\"\nname = \"K\"\ndescription = \"d\"\n\
         pattern = 'k[a-z]{16,4000}'\nexamples = [\"kqwhfbzkeuxmvpdsla\"]\n",
    );
    let wide = write(
        d,
        "wide.toml",
        "[[rules]]\nid = \"wide\"\nname = \"W\"\ndescription = \"d\"\n\
         pattern = '(?u)\\w{1,50}\\.\\w{1,50}\\.\\w{1,50}!'\nexamples = [\"ab.cd.ef!\"]\n",
    );
    let out = keyfence()
        .args(["rules", "check"])
        .arg(&long)
        .arg(&wide)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let text = stdout(&out);
    assert!(
        text.contains("warn") && text.contains("`{16,4000}`"),
        "{text}"
    );
    assert!(text.contains("automaton states"), "{text}");
    // On a run of `k`, the rescans stop at their budget and say so.
    write(d, "k.txt", "k".repeat(1 << 20));
    let out = keyfence()
        .args(["scan", "--no-builtin-rules", "--rules"])
        .arg(&long)
        .arg(d.join("k.txt"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("rule `long-k`") && stderr(&out).contains("rescanning"),
        "{}",
        stderr(&out)
    );
}
