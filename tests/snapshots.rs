//! Every output format, snapshotted on one fixed project with history: the human audit,
//! JSON and JSON Lines, SARIF, GitHub annotations and job summary, the HTML report and
//! the hook refusal. Commits have fixed dates and keys come from fixed seeds, so shas
//! are the same on every run; dates, durations and the temporary path are normalised
//! anyway (`common::stable`).
//!
//! To add a case: add a file to `project`, run `cargo insta test` (or
//! `INSTA_UPDATE=always cargo test --test snapshots`), read the new snapshot and keep
//! it.

mod common;

use std::fs;
use std::path::Path;

use common::{
    assert_exit, git, git_with, key, keyfence, run_in, sdk_token, stable, stderr, stdout, write,
};
use tempfile::TempDir;

/// Commits everything with a fixed date (`day` of January 2026).
fn commit_on(dir: &Path, day: u32, message: &str) {
    git(dir, &["add", "-A"]);
    let date = format!("2026-01-{day:02}T12:00:00Z");
    let env = [
        ("GIT_AUTHOR_DATE", &date[..]),
        ("GIT_COMMITTER_DATE", &date[..]),
    ];
    let out = git_with(dir, &["commit", "-q", "-m", message], &env);
    assert!(out.status.success(), "{}", stderr(&out));
}

/// A small Vite app with history: a key in `.env` and in a component (one secret, two
/// places), a server key, an SDK token in a built bundle, a key that was committed and
/// removed, and one accepted with an allow marker.
fn project() -> TempDir {
    let dir = TempDir::new().unwrap();
    let d = dir.path();
    git(d, &["init", "-q", "-b", "main"]);
    write(
        d,
        "package.json",
        r#"{"name":"chat","devDependencies":{"vite":"5"}}"#,
    );
    write(d, "src/main.js", "console.log('hello');\n");
    commit_on(d, 1, "start the app");
    let old = key(301);
    write(d, "server/config.py", format!("ZAI_API_KEY = \"{old}\"\n"));
    commit_on(d, 2, "add the server config");
    write(
        d,
        "server/config.py",
        "import os\nZAI_API_KEY = os.environ[\"ZAI_API_KEY\"]\n",
    );
    commit_on(d, 3, "read the key from the environment");
    let shared = key(302);
    write(d, ".env", format!("VITE_ZHIPU_API_KEY={shared}\n"));
    write(
        d,
        "src/main.js",
        format!("const key = '{shared}';\nfetch('https://open.bigmodel.cn/api/paas/v4/chat/completions');\n"),
    );
    write(
        d,
        "dist/assets/index-3f2a.js",
        format!("var t=\"{}\";\n", sdk_token(303)),
    );
    write(
        d,
        "tests/fixture.py",
        format!("FAKE = \"{}\"  # keyfence:allow test fixture\n", key(304)),
    );
    commit_on(d, 4, "call GLM from the browser");
    dir
}

#[test]
fn the_audit_in_every_format() {
    let dir = project();
    let d = dir.path();
    for (format, name) in [
        ("human", "audit_human"),
        ("json", "audit_json"),
        ("jsonl", "audit_jsonl"),
        ("sarif", "audit_sarif"),
    ] {
        let out = run_in(d, &["audit", "--color", "never", "--format", format, "."]);
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        insta::assert_snapshot!(name, stable(&stdout(&out), d));
    }
}

#[test]
fn history_as_json_lines() {
    let dir = project();
    let d = dir.path();
    let out = run_in(d, &["git", "--format", "jsonl", "."]);
    assert_exit(&out, 1, "");
    insta::assert_snapshot!("git_jsonl", stable(&stdout(&out), d));
}

#[test]
fn github_annotations_and_job_summary() {
    let dir = project();
    let d = dir.path();
    let summary = d.join("summary.md");
    let out = keyfence()
        .args(["scan", "--format", "github", "."])
        .current_dir(d)
        .env("GITHUB_STEP_SUMMARY", &summary)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    insta::assert_snapshot!("github_annotations", stable(&stdout(&out), d));
    let text = fs::read_to_string(&summary).unwrap();
    insta::assert_snapshot!("github_summary", stable(&text, d));
}

#[test]
fn the_html_report() {
    let dir = project();
    let d = dir.path();
    let out = run_in(d, &["audit", "--format", "html", "."]);
    assert_exit(&out, 1, "");
    insta::assert_snapshot!("audit_html", stable(&stdout(&out), d));
}

/// "Now" comes from `SOURCE_DATE_EPOCH` (the tests fix it), never from the day the
/// report is made: the header's date and the timeline's right end follow it, the same
/// clock gives the same page, and a malformed value is refused before any work.
#[test]
fn the_html_report_follows_the_injected_clock() {
    let dir = project();
    let d = dir.path();
    let at = |epoch: &str| {
        let out = keyfence()
            .args(["audit", "--format", "html", "."])
            .current_dir(d)
            .env("SOURCE_DATE_EPOCH", epoch)
            .output()
            .unwrap();
        assert_exit(&out, 1, "");
        stdout(&out)
    };
    // 2026-06-01 and 2027-06-01 (a year on).
    let (june, later) = (at("1780272000"), at("1811808000"));
    assert!(june.contains("generated 2026-06-01 "), "{june}");
    assert!(later.contains("generated 2027-06-01 "), "{later}");
    let end = |page: &str| page.contains(">2027-06-01</text>");
    assert!(
        !end(&june) && end(&later),
        "the timeline ends at the injected now"
    );
    let strip = |page: &str| {
        regex::Regex::new(r"<dd>\d+\.\d\d s</dd>")
            .unwrap()
            .replace_all(page, "")
            .into_owned()
    };
    assert_eq!(
        strip(&june),
        strip(&at("1780272000")),
        "one clock, one page"
    );
    let out = keyfence()
        .args(["audit", "--format", "html", "."])
        .current_dir(d)
        .env("SOURCE_DATE_EPOCH", "yesterday")
        .output()
        .unwrap();
    assert_exit(&out, 2, "");
    assert!(
        stderr(&out).contains("SOURCE_DATE_EPOCH must be"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn the_hook_refusal() {
    let dir = project();
    let d = dir.path();
    write(
        d,
        "src/api.js",
        format!("export const k = '{}';\n", key(305)),
    );
    git(d, &["add", "src/api.js"]);
    let out = run_in(d, &["hook", "pre-commit"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    insta::assert_snapshot!("hook_pre_commit", stable(&stderr(&out), d));
}
