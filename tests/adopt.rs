//! Adopting keyfence on a repository that already leaked: inline allow markers, the
//! ignore file, baselines and `.keyfence.toml`, honoured the same way by every mode.

mod common;

use std::fs;

use common::{
    assert_exit, bare_and_clone, commit, git, git_output, jsonl, key, keyfence, repo, run_in,
    stderr,
};
use serde_json::Value;
use tempfile::TempDir;

#[test]
fn the_allow_marker_works_in_any_comment_syntax() {
    let dir = TempDir::new().unwrap();
    let d = dir.path();
    let files = [
        ("a.py", "K = \"{k}\"  # keyfence:allow test fixture\n"),
        ("b.js", "const k = '{k}'; // keyfence:allow\n"),
        ("c.html", "<meta content=\"{k}\"> <!-- keyfence:allow -->\n"),
        (
            "d.sql",
            "INSERT INTO keys VALUES ('{k}'); -- keyfence:allow\n",
        ),
        ("e.css", "/* keyfence:allow */ .x { --k: \"{k}\"; }\n"),
        ("f.ini", "key = {k} ; keyfence:allow\n"),
        ("g.go", "k := \"{k}\" /* keyfence:allow rotated 2024 */\n"),
    ];
    for (i, (name, text)) in files.iter().enumerate() {
        fs::write(d.join(name), text.replace("{k}", &key(400 + i as u64))).unwrap();
    }
    // One more, without a marker, but the marker is on the next line: it counts.
    fs::write(
        d.join("h.rb"),
        format!("K = \"{}\"\n# keyfence:allow\n", key(410)),
    )
    .unwrap();
    let out = run_in(d, &["scan", "--format", "jsonl", "."]);
    assert_eq!(out.status.code(), Some(1));
    let found = jsonl(&out);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0]["path"], "h.rb");

    let out = run_in(d, &["scan", "--color", "never", "."]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("1 finding in 8 files"), "{text}");
    assert!(
        text.contains("7 suppressed (--show-suppressed lists them)"),
        "{text}"
    );

    let out = run_in(d, &["scan", "--format", "jsonl", "--show-suppressed", "."]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "suppressed findings do not count"
    );
    let all = jsonl(&out);
    assert_eq!(all.len(), 8);
    assert_eq!(
        all.iter()
            .filter(|f| f["suppressed"]
                .as_str()
                .is_some_and(|s| s.starts_with("inline keyfence:allow")))
            .count(),
        7
    );
    fs::remove_file(d.join("h.rb")).unwrap();
    let out = run_in(d, &["scan", "."]);
    assert_eq!(out.status.code(), Some(0), "all suppressed: clean");
}

#[test]
fn the_ignore_file_takes_fingerprints_and_globs_with_reasons() {
    let dir = repo();
    let d = dir.path();
    fs::create_dir_all(d.join("fixtures/keys")).unwrap();
    fs::create_dir_all(d.join("src")).unwrap();
    fs::write(d.join("fixtures/keys/a.txt"), format!("{}\n", key(420))).unwrap();
    fs::write(d.join("src/old.py"), format!("K = '{}'\n", key(421))).unwrap();
    fs::write(d.join("src/new.py"), format!("K = '{}'\n", key(422))).unwrap();
    let out = run_in(d, &["scan", "--format", "jsonl", "."]);
    let found = jsonl(&out);
    assert_eq!(found.len(), 3);
    let old_fp = found.iter().find(|f| f["path"] == "src/old.py").unwrap()["fingerprint"]
        .as_str()
        .unwrap()
        .to_string();

    fs::write(
        d.join(".keyfenceignore"),
        "fixtures/**  # test data, never real\n",
    )
    .unwrap();
    let out = run_in(
        d,
        &[
            "ignore",
            "add",
            &old_fp,
            "--reason",
            "rotated on 2026-11-01",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let file = fs::read_to_string(d.join(".keyfenceignore")).unwrap();
    assert!(
        file.contains(&format!("{old_fp}  # rotated on 2026-11-01")),
        "{file}"
    );
    // Twice is an error that says where.
    let out = run_in(d, &["ignore", "add", &old_fp, "--reason", "again"]);
    assert_exit(&out, 2, ".keyfenceignore:2: ");
    assert!(stderr(&out).contains("already ignored"), "{}", stderr(&out));
    let out = run_in(d, &["ignore", "add", "kf1-nope", "--reason", "x"]);
    assert_eq!(out.status.code(), Some(2));

    let out = run_in(d, &["scan", "--format", "jsonl", "--show-suppressed", "."]);
    let found = jsonl(&out);
    let why = |p: &str| found.iter().find(|f| f["path"] == p).unwrap()["suppressed"].clone();
    assert_eq!(why("src/new.py"), Value::Null);
    assert_eq!(
        why("src/old.py"),
        "ignored by .keyfenceignore:2: rotated on 2026-11-01"
    );
    assert_eq!(
        why("fixtures/keys/a.txt"),
        "path ignored by .keyfenceignore:1: test data, never real"
    );

    // A bad entry stops the run with the file and line.
    fs::write(d.join(".keyfenceignore"), "kf1-123\n").unwrap();
    let out = run_in(d, &["scan", "."]);
    assert_exit(&out, 2, ".keyfenceignore:1: `kf1-123` is not a fingerprint");
}

#[test]
fn a_baseline_round_trip_reports_only_new_keys_even_after_edits() {
    let dir = repo();
    let d = dir.path();
    let old = key(430);
    commit(d, "config/app.py", &format!("KEY = '{old}'\n"), "old key");
    let out = run_in(
        d,
        &[
            "audit",
            "--write-baseline",
            ".keyfence-baseline.jsonl",
            "--format",
            "jsonl",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    let baseline = fs::read_to_string(d.join(".keyfence-baseline.jsonl")).unwrap();
    assert_eq!(baseline.lines().count(), 1, "{baseline}");
    assert!(
        !baseline.contains(&old),
        "the baseline never holds a secret"
    );
    assert!(
        !baseline.contains("\"line\""),
        "no line numbers: {baseline}"
    );
    assert!(fs::read_to_string(d.join(".gitattributes"))
        .unwrap()
        .contains("/.keyfence-baseline.jsonl merge=union"));
    git(d, &["add", "-A"]);
    git(d, &["commit", "-q", "-m", "baseline"]);

    // Clean against the baseline, in every mode.
    for args in [
        &["scan", "--baseline", ".keyfence-baseline.jsonl", "."][..],
        &["git", "--baseline", ".keyfence-baseline.jsonl", "."],
        &["audit", "--baseline", ".keyfence-baseline.jsonl", "."],
    ] {
        let out = run_in(d, args);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
    }
    // The old key moved ten lines down, and a new key: only the new one fails.
    let new = key(431);
    let body = format!("{}KEY = '{old}'\n", "# padding\n".repeat(10));
    fs::write(d.join("config/app.py"), body).unwrap();
    fs::write(d.join("config/new.py"), format!("KEY = '{new}'\n")).unwrap();
    let out = run_in(
        d,
        &[
            "scan",
            "--format",
            "jsonl",
            "--show-secrets",
            "--baseline",
            ".keyfence-baseline.jsonl",
            ".",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    let found = jsonl(&out);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0]["secret"], new.as_str());

    // Two branches each add an entry; they merge without a conflict.
    fs::remove_file(d.join("config/new.py")).unwrap();
    git(d, &["checkout", "-q", "--", "."]);
    git(d, &["checkout", "-q", "-b", "a"]);
    commit(d, "a.py", &format!("K = '{}'\n", key(432)), "a");
    run_in(
        d,
        &["audit", "--write-baseline", ".keyfence-baseline.jsonl"],
    );
    git(d, &["commit", "-q", "-am", "baseline a"]);
    git(d, &["checkout", "-q", "main"]);
    git(d, &["checkout", "-q", "-b", "b"]);
    commit(d, "b.py", &format!("K = '{}'\n", key(433)), "b");
    run_in(
        d,
        &["audit", "--write-baseline", ".keyfence-baseline.jsonl"],
    );
    git(d, &["commit", "-q", "-am", "baseline b"]);
    let merge = git_output(d, &["merge", "-q", "--no-edit", "a"]);
    assert!(
        merge.status.success(),
        "{}",
        String::from_utf8_lossy(&merge.stdout)
    );
    let merged = fs::read_to_string(d.join(".keyfence-baseline.jsonl")).unwrap();
    assert_eq!(merged.lines().count(), 3, "{merged}");
    let out = run_in(d, &["audit", "--baseline", ".keyfence-baseline.jsonl", "."]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[test]
fn the_project_config_is_found_applied_and_checked() {
    let dir = repo();
    let d = dir.path();
    fs::create_dir_all(d.join("vendor")).unwrap();
    fs::create_dir_all(d.join("src")).unwrap();
    fs::write(d.join("vendor/lib.js"), format!("k='{}'\n", key(440))).unwrap();
    fs::write(d.join("src/app.py"), format!("K = '{}'\n", key(441))).unwrap();
    fs::write(
        d.join(".keyfence.toml"),
        "[scan]\nexclude = [\"vendor/**\"]\n\n[output]\nformat = \"jsonl\"\n",
    )
    .unwrap();
    // Found from a subdirectory too: it belongs to the repository root.
    let out = run_in(&d.join("src"), &["scan", ".."]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let found = jsonl(&out);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0]["path"], "src/app.py");

    // Rules: disabling the only rule that matches leaves nothing to find here.
    fs::write(
        d.join(".keyfence.toml"),
        "[rules]\ndisable = [\"zai-api-key\"]\n",
    )
    .unwrap();
    let out = run_in(d, &["scan", "."]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    fs::write(
        d.join(".keyfence.toml"),
        "[rules]\ndisable = [\"no-such-rule\"]\n",
    )
    .unwrap();
    let out = run_in(d, &["scan", "."]);
    assert_exit(&out, 2, "rules.disable: no rule has the id `no-such-rule`");

    // Unknown keys and bad values name the file, line and key.
    fs::write(
        d.join(".keyfence.toml"),
        "[scan]\nexclude = []\nexcludes = [\"x\"]\n",
    )
    .unwrap();
    let out = run_in(d, &["scan", "."]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains(".keyfence.toml:3:1: unknown field `excludes`"),
        "{err}"
    );
    fs::write(
        d.join(".keyfence.toml"),
        "[output]\nmin_confidence = \"certain\"\n",
    )
    .unwrap();
    let out = run_in(d, &["scan", "."]);
    assert!(
        stderr(&out).contains(".keyfence.toml:2:18: unknown variant `certain`"),
        "{}",
        stderr(&out)
    );
    // --config points elsewhere.
    let other = TempDir::new().unwrap();
    let cfg = other.path().join("k.toml");
    fs::write(&cfg, "[output]\nmin_confidence = \"high\"\n").unwrap();
    let out = run_in(
        d,
        &[
            "scan",
            "--format",
            "jsonl",
            "--config",
            cfg.to_str().unwrap(),
            ".",
        ],
    );
    assert!(jsonl(&out).iter().all(|f| f["confidence"] == "high"));
}

#[test]
fn hooks_and_ci_honour_the_same_suppressions() {
    let dir = TempDir::new().unwrap();
    let (_, work) = bare_and_clone(dir.path(), "origin.git", "work");
    commit(&work, "README.md", "hi\n", "init");
    git(&work, &["push", "-q", "origin", "main"]);
    let out = run_in(&work, &["hook", "install", "--pre-commit"]);
    assert!(out.status.success());
    let base = git(&work, &["rev-parse", "HEAD"]);
    // An allowed test fixture goes through both hooks.
    fs::write(
        work.join("fixture.py"),
        format!("K = '{}'  # keyfence:allow fake key for tests\n", key(450)),
    )
    .unwrap();
    git(&work, &["add", "-A"]);
    let out = git_output(&work, &["commit", "-q", "-m", "fixture"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = git_output(&work, &["push", "-q", "origin", "main"]);
    assert!(out.status.success(), "{}", stderr(&out));
    // The CI run on that push: nothing counts, and the summary and outputs agree.
    let event = dir.path().join("event.json");
    fs::write(
        &event,
        format!(
            r#"{{"ref":"refs/heads/main","before":"{base}","after":"{}","repository":{{"default_branch":"main"}}}}"#,
            git(&work, &["rev-parse", "HEAD"])
        ),
    )
    .unwrap();
    let outputs = dir.path().join("out.txt");
    let out = keyfence()
        .args(["ci", "github", "--sarif-file"])
        .arg(dir.path().join("k.sarif"))
        .current_dir(&work)
        .env("GITHUB_EVENT_NAME", "push")
        .env("GITHUB_EVENT_PATH", &event)
        .env("GITHUB_WORKSPACE", &work)
        .env("GITHUB_OUTPUT", &outputs)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(fs::read_to_string(&outputs).unwrap().contains("findings=0"));
}
