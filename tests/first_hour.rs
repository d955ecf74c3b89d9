//! What a new user meets in the first hour: progress that shows only on a terminal,
//! warnings that mean what they say (once each, never a false "partial"), counts in
//! correct words, skipped items named, and where a report went.

mod common;

use std::fs;
use std::path::Path;
use std::process::Command;

use common::hostile::{overlapping_zip, truncated_zip};
use common::{commit, key, keyfence, repo, run_in, stderr, stdout, write};
use tempfile::TempDir;

/// Runs `keyfence ARGS` under a pseudo-terminal (util-linux `script`), with progress
/// shown from the start; `None` where `script` is missing.
fn under_a_terminal(dir: &Path, args: &str) -> Option<String> {
    let bin = assert_cmd::cargo::cargo_bin("keyfence");
    let probe = Command::new("script").arg("--version").output();
    if !probe.is_ok_and(|o| o.status.success()) {
        return None;
    }
    let out = Command::new("script")
        .args(["-qec", &format!("{} {args}", bin.display()), "/dev/null"])
        .current_dir(dir)
        .env("KEYFENCE_PROGRESS_AFTER_MS", "0")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("COLUMNS", "100")
        .output()
        .unwrap();
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// A repository with some history to walk.
fn small_history() -> TempDir {
    let d = repo();
    for i in 0..20 {
        commit(d.path(), &format!("f{i}.txt"), &format!("v{i}\n"), "change");
    }
    d
}

#[test]
fn progress_shows_on_a_terminal_and_never_when_piped_or_quiet() {
    let d = small_history();
    let Some(shown) = under_a_terminal(d.path(), "git . --format json --output out.json") else {
        eprintln!("skipped: util-linux `script` is not installed");
        return;
    };
    assert!(
        shown.contains("scanning blobs") && shown.contains("/20"),
        "the bar counts blobs of the total: {shown:?}"
    );
    assert!(shown.contains("report written to out.json"), "{shown:?}");
    let quiet = under_a_terminal(d.path(), "-q git . --format json --output out.json").unwrap();
    assert!(
        !quiet.contains("scanning") && !quiet.contains("report written"),
        "{quiet:?}"
    );
    let audit = under_a_terminal(d.path(), "audit . --format json --output out.json").unwrap();
    assert!(audit.contains("scanning files"), "{audit:?}");
    // Piped (stderr not a terminal): nothing but the report line.
    let out = keyfence()
        .args(["git", ".", "--format", "json", "--output", "out.json"])
        .current_dir(d.path())
        .env("KEYFENCE_PROGRESS_AFTER_MS", "0")
        .output()
        .unwrap();
    assert_eq!(stderr(&out), "keyfence: report written to out.json\n");
}

#[test]
fn archive_limits_are_warned_once_and_never_make_the_audit_partial() {
    let d = repo();
    let k = key(91);
    write(d.path(), "fixtures/bomb.zip", overlapping_zip(50, &k));
    write(d.path(), "fixtures/cut.zip", truncated_zip(&key(92)));
    commit(d.path(), "README.md", "fixtures\n", "add fixtures");
    let out = run_in(d.path(), &["audit", "."]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "the keys are found: {err}");
    assert!(!err.contains("partial"), "{err}");
    for what in ["fixtures/bomb.zip", "fixtures/cut.zip"] {
        let warned = err
            .lines()
            .filter(|l| l.starts_with(&format!("keyfence: warning: {what}: ")))
            .count();
        assert_eq!(
            warned, 1,
            "{what} once, not once for disk and once for history: {err}"
        );
    }
    let text = stdout(&out);
    assert!(text.contains("fixtures/bomb.zip!config.txt"), "{text}");
    assert!(text.contains("fixtures/cut.zip!first.txt"), "{text}");
    assert!(text.contains("2 distinct secrets:"), "{text}");
}

#[test]
fn counts_read_as_words_and_a_clean_audit_says_what_it_covered() {
    let d = repo();
    commit(d.path(), "a.txt", "hello\n", "one");
    let out = run_in(d.path(), &["audit", "."]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(
        text.contains("no Z.ai keys found; unreachable objects not scanned (add --all-objects)"),
        "nothing is claimed of what was not scanned: {text}"
    );
    assert!(
        text.contains("scanned 2 files and blobs") && text.contains("1 commit from 1 ref"),
        "{text}"
    );

    // One key, one commit, two paths: singular where it is one.
    let k = key(93);
    fs::write(d.path().join("b.txt"), format!("{k}\n")).unwrap();
    commit(d.path(), "c.txt", &format!("{k}\n"), "two places");
    let out = run_in(d.path(), &["audit", "."]);
    let text = stdout(&out);
    assert!(text.contains("1 distinct secret:"), "{text}");
    assert!(text.contains("1 commit carries it, at 2 paths"), "{text}");
    assert!(text.contains("also at 3 other places:"), "{text}");
    assert!(
        !text.contains(" 1 files") && !text.contains(" 1 refs"),
        "{text}"
    );

    // Outside a repository, the audit says history was not scanned.
    let plain = TempDir::new().unwrap();
    write(plain.path(), "x.txt", "x\n");
    let out = run_in(plain.path(), &["audit", "."]);
    assert!(
        stdout(&out).contains("history not scanned (not in a git repository)"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn skipped_items_are_named_and_suppressed_ones_counted_beside_findings() {
    let d = TempDir::new().unwrap();
    write(d.path(), "real.txt", "x\n");
    #[cfg(unix)]
    std::os::unix::fs::symlink("real.txt", d.path().join("link.txt")).unwrap();
    let k = key(94);
    write(d.path(), "a.js", format!("const a = '{k}';\n"));
    write(
        d.path(),
        "b.js",
        format!("const b = '{}'; // keyfence:allow test fixture\n", key(95)),
    );
    let out = run_in(d.path(), &["scan", "."]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(text.contains("1 finding in 3 files"), "{text}");
    #[cfg(unix)]
    assert!(
        text.contains("1 skipped (1 symbolic link not followed, see --follow)"),
        "{text}"
    );
    assert!(text.contains("1 suppressed"), "{text}");
}

#[test]
fn the_html_report_of_a_scan_is_titled_as_a_scan() {
    let d = TempDir::new().unwrap();
    write(d.path(), "a.txt", "x\n");
    let out = run_in(d.path(), &["scan", ".", "--format", "html"]);
    assert!(
        stdout(&out).contains("<title>keyfence scan:"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn help_and_errors_say_the_right_thing() {
    let help = keyfence()
        .args(["hook", "uninstall", "--help"])
        .output()
        .unwrap();
    let text = stdout(&help);
    assert!(!text.contains("--chain"), "{text}");
    assert!(text.contains("Remove keyfence's hooks"), "{text}");
    let help = keyfence().args(["git", "--help"]).output().unwrap();
    assert!(stdout(&help).contains("Exit status"), "{}", stdout(&help));
    let d = TempDir::new().unwrap();
    let out = run_in(d.path(), &["ignore", "add", "kf1-nothex", "--reason", "x"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(!stderr(&out).contains(":0:"), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("is not a fingerprint"),
        "{}",
        stderr(&out)
    );
}

/// Advice and wording a new user reads: a committed env file's fix untracks it, a
/// server key has a fix too, an entry's reason is said once, counts agree in number,
/// places in build caches come after the sources, and mistakes get a way forward.
#[test]
fn advice_and_wording_read_right() {
    let d = repo();
    let p = d.path();
    write(
        p,
        "package.json",
        r#"{"name":"chat","devDependencies":{"vite":"5"}}"#,
    );
    write(
        p,
        "index.html",
        "<script type=\"module\" src=\"/src/main.js\"></script>\n",
    );
    write(
        p,
        "src/main.js",
        "import { k } from './zai.js';\nconsole.log(k);\n",
    );
    let client = key(8301);
    write(p, "src/zai.js", format!("export const k = '{client}';\n"));
    write(p, ".env", format!("VITE_ZHIPU_API_KEY={client}\n"));
    write(
        p,
        "server/app.py",
        format!("ZAI_API_KEY = \"{}\"\n", key(8302)),
    );
    for i in 0..5 {
        write(
            p,
            &format!(".next/cache/webpack/client-production/{i}.pack"),
            format!("x{i} {client}\n"),
        );
    }
    commit(p, "README.md", "# chat\n", "the app");
    let out = run_in(p, &["audit", "--color", "never"]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(text.contains("`git rm --cached -- .env`"), "{text}");
    assert!(text.contains("add it to .gitignore"), "{text}");
    let server = text.split("server/app.py").nth(1).unwrap_or_default();
    assert!(
        server
            .lines()
            .take(4)
            .any(|l| l.trim_start().starts_with("fix: rotate the key")),
        "a server key has a fix line: {text}"
    );
    let out = run_in(p, &["scan", "--format", "jsonl", "src/zai.js"]);
    let why = stdout(&out);
    assert!(!why.contains("index.html (index.html"), "{why}");
    assert!(why.contains("index.html (Vite entry)"), "{why}");
    // The cache's copies come after the sources, grouped.
    let places = text.split("also at").nth(1).unwrap_or_default();
    let cache_at = places
        .find(".next/cache/")
        .expect("a cache place is listed");
    assert!(
        places.find("src/zai.js").is_some_and(|s| s < cache_at),
        "{text}"
    );
    assert!(
        text.contains("more places in the build cache .next/cache/"),
        "{text}"
    );
    let html = stdout(&run_in(p, &["scan", "--format", "html", "src"]));
    assert!(html.contains("<b>1</b>distinct key found"), "{html}");
    // Mistakes get a way forward, and never echo what may be a key.
    let out = run_in(p, &["verify", &client]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("from standard input"),
        "{}",
        stderr(&out)
    );
    assert!(!stderr(&out).contains(&client));
    let out = run_in(p, &["url", "example.com"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("\"https://example.com\""),
        "{}",
        stderr(&out)
    );
    // A repository's config that asks for verification is refused once, not twice.
    write(p, ".keyfence.toml", "[verify]\nenabled = true\n");
    let out = run_in(p, &["scan", "src"]);
    assert_eq!(
        stderr(&out)
            .matches("[verify] enabled = true is ignored")
            .count(),
        1,
        "{}",
        stderr(&out)
    );
}

/// Filters never make a finding vanish uncounted: what `--min-confidence` and
/// `--exposure` leave out is counted in the human summary, JSON's stats, the GitHub
/// job summary and the HTML report.
#[test]
fn findings_hidden_by_filters_are_counted_everywhere() {
    let d = repo();
    let p = d.path();
    write(p, "docs/notes.txt", format!("an old one: {}\n", key(8401)));
    write(
        p,
        "server/app.py",
        format!("ZAI_API_KEY = \"{}\"\n", key(8402)),
    );
    let args = [
        "scan",
        "--min-confidence",
        "high",
        "--exposure",
        "client",
        ".",
    ];
    let out = run_in(p, &args);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("2 hidden by filters"),
        "{}",
        stdout(&out)
    );
    let json = stdout(&run_in(p, &[&args[..], &["--format", "json"]].concat()));
    let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(doc["summary"]["filtered"], 2, "{json}");
    let summary = p.join("summary.md");
    let out = keyfence()
        .args([&args[..], &["--format", "github"]].concat())
        .current_dir(p)
        .env("GITHUB_STEP_SUMMARY", &summary)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let md = fs::read_to_string(&summary).unwrap();
    assert!(md.contains("2 findings hidden by filters"), "{md}");
    let html = stdout(&run_in(p, &[&args[..], &["--format", "html"]].concat()));
    assert!(html.contains("2 hidden by filters"), "{html}");
    // What an exclude glob leaves out is counted too (a folder once).
    write(p, "vendor/lib/a.js", "a\n");
    write(p, "vendor/lib/b.js", "b\n");
    write(p, "gen.snap", "c\n");
    let out = run_in(
        p,
        &["scan", "--exclude", "vendor", "--exclude", "*.snap", "."],
    );
    assert!(
        stdout(&out).contains("2 files and folders left out by exclude globs"),
        "{}",
        stdout(&out)
    );
}
