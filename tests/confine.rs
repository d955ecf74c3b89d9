//! The scanned repository is the attacker's (issue 32, items 5 and 6): the files its
//! settings name resolve inside it (no absolute path, no `..` out, no symlink out), a
//! parse error quotes a short escaped snippet at most, and nothing keyfence writes
//! follows a symlink someone planted. What the user names on the command line stays
//! free.
#![cfg(unix)]

mod common;

use std::fs;
use std::os::unix::fs::symlink;
use std::path::Path;

use common::{commit, git, key, keyfence, stderr, write};
use tempfile::TempDir;

/// What an outside file holds: text no error may carry into a log.
const MARKER: &str = "OUTSIDE-MARKER-7f3a9c";

/// A folder with `repo/` (a git repository) and `outside/secret.toml`, a file that is
/// not TOML and holds [`MARKER`] (as `/proc/self/environ` holds the environment).
fn setup() -> (TempDir, std::path::PathBuf, std::path::PathBuf) {
    let top = TempDir::new().unwrap();
    let repo = top.path().join("repo");
    fs::create_dir_all(&repo).unwrap();
    git(&repo, &["init", "-q", "-b", "main"]);
    let secret = write(
        top.path(),
        "outside/secret.toml",
        format!("{MARKER}=one\0TWO=two\n"),
    );
    (top, repo, secret)
}

fn scan(repo: &Path) -> std::process::Output {
    keyfence()
        .current_dir(repo)
        .args(["scan", "--format", "jsonl", "."])
        .output()
        .unwrap()
}

#[test]
fn a_repository_config_names_no_file_outside_it() {
    let (top, repo, secret) = setup();
    let abs = secret.display().to_string();
    symlink(&secret, repo.join("team.toml")).unwrap();
    symlink(top.path().join("outside"), repo.join("shared")).unwrap();
    let cases = [
        ("rules", "files", format!("[\"{abs}\"]"), "absolute"),
        (
            "rules",
            "files",
            "[\"../outside/secret.toml\"]".into(),
            "`..`",
        ),
        (
            "rules",
            "files",
            "[\"sub/../../outside/secret.toml\"]".into(),
            "`..`",
        ),
        ("rules", "files", "[\"team.toml\"]".into(), "symlink"),
        (
            "rules",
            "files",
            "[\"shared/secret.toml\"]".into(),
            "symlink",
        ),
        ("ignore", "file", format!("\"{abs}\""), "absolute"),
        ("ignore", "file", "\"team.toml\"".into(), "symlink"),
        ("ignore", "baseline", format!("\"{abs}\""), "absolute"),
        (
            "ignore",
            "baseline",
            "\"../outside/secret.toml\"".into(),
            "`..`",
        ),
    ];
    for (table, field, value, why) in cases {
        write(
            &repo,
            ".keyfence.toml",
            format!("[{table}]\n{field} = {value}\n"),
        );
        let out = scan(&repo);
        let err = stderr(&out);
        assert_eq!(
            out.status.code(),
            Some(2),
            "{table}.{field} = {value}: {err}"
        );
        assert!(!err.contains(MARKER), "{table}.{field} = {value}: {err}");
        assert!(
            err.contains(&format!("{table}.{field}")) && err.contains(why),
            "{table}.{field} = {value}: {err}"
        );
    }
    // Inside the repository, `..` that stays inside and a symlink that stays inside
    // are fine.
    let k = key(3201);
    write(&repo, "app.js", format!("const k = \"{k}\";\n"));
    write(&repo, "cfg/ignore", "app.js  # a fixture\n");
    symlink("cfg/ignore", repo.join("linked-ignore")).unwrap();
    for value in ["\"cfg/../cfg/ignore\"", "\"linked-ignore\""] {
        write(
            &repo,
            ".keyfence.toml",
            format!("[ignore]\nfile = {value}\n"),
        );
        let out = scan(&repo);
        assert_eq!(out.status.code(), Some(0), "{value}: {}", stderr(&out));
    }
}

#[test]
fn the_repository_settings_files_are_not_symlinks_out() {
    let (top, repo, _) = setup();
    let k = key(3202);
    write(&repo, "app.js", format!("const k = \"{k}\";\n"));
    // An ignore file outside that accepts everything, planted as the repository's own.
    let everything = write(top.path(), "outside/ignore", "**\n");
    symlink(&everything, repo.join(".keyfenceignore")).unwrap();
    let out = scan(&repo);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains(".keyfenceignore") && err.contains("symlink"),
        "{err}"
    );
    fs::remove_file(repo.join(".keyfenceignore")).unwrap();
    // The config itself, a symlink to a file outside that is not TOML.
    symlink(
        top.path().join("outside/secret.toml"),
        repo.join(".keyfence.toml"),
    )
    .unwrap();
    let out = scan(&repo);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(!err.contains(MARKER) && err.contains("symlink"), "{err}");
}

#[cfg(target_os = "linux")]
#[test]
fn the_process_environment_never_reaches_the_log() {
    let (_top, repo, _) = setup();
    for (table, field, value) in [
        ("rules", "files", "[\"/proc/self/environ\"]"),
        (
            "rules",
            "files",
            "[\"../../../../../../../../proc/self/environ\"]",
        ),
        ("ignore", "baseline", "\"/proc/self/environ\""),
    ] {
        write(
            &repo,
            ".keyfence.toml",
            format!("[{table}]\n{field} = {value}\n"),
        );
        let out = keyfence()
            .current_dir(&repo)
            .env("KEYFENCE_TEST_SECRET", MARKER)
            .args(["scan", "."])
            .output()
            .unwrap();
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{err}");
        assert!(!err.contains(MARKER), "{table}.{field}: {err}");
    }
}

#[test]
fn a_parse_error_quotes_a_short_escaped_snippet() {
    let (_top, repo, _) = setup();
    // One long line of a rule file inside the repository, with an escape sequence.
    let line = format!("\u{1b}]0;owned\u{7}{}\n", "A".repeat(20_000));
    write(&repo, "rules/team.toml", &line);
    write(
        &repo,
        ".keyfence.toml",
        "[rules]\nfiles = [\"rules/team.toml\"]\n",
    );
    let out = scan(&repo);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("rules/team.toml") && err.contains("line 1"),
        "{err}"
    );
    assert!(!err.contains('\u{1b}') && err.contains("\\u{1b}"), "{err}");
    assert!(err.len() < 1_000, "{} bytes: {err}", err.len());
    // The ignore file's entries too.
    fs::remove_file(repo.join(".keyfence.toml")).unwrap();
    write(
        &repo,
        ".keyfenceignore",
        format!("kf1-{}\u{1b}[2J\n", "0".repeat(20_000)),
    );
    let out = scan(&repo);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.len() < 1_000 && !err.contains('\u{1b}'), "{err}");
}

#[test]
fn files_the_user_names_stay_free() {
    let (top, repo, _) = setup();
    let rules = write(
        top.path(),
        "outside/acme.toml",
        "[[rules]]\nid = \"acme\"\nname = \"Acme\"\ndescription = \"d\"\npattern = 'acme_[a-z0-9]{12}'\nexamples = [\"acme_k3j5h6g7f8d9\"]\n",
    );
    let ignore = write(top.path(), "elsewhere/ignore", "# nothing accepted\n");
    let config = write(
        top.path(),
        "outside/keyfence.toml",
        format!(
            "[rules]\nfiles = [\"acme.toml\"]\n[ignore]\nfile = \"{}\"\n",
            ignore.display()
        ),
    );
    write(&repo, "a.txt", "t = acme_k3j5h6g7f8d9\n");
    let out = keyfence()
        .current_dir(&repo)
        .args(["scan", "--format", "jsonl", "--config"])
        .arg(&config)
        .arg(".")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let out = keyfence()
        .current_dir(&repo)
        .args(["scan", "--format", "jsonl", "--rules"])
        .arg(&rules)
        .arg(".")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
}

#[test]
fn the_baseline_is_never_written_through_a_planted_symlink() {
    let (top, repo, _) = setup();
    let k = key(3203);
    commit(&repo, "app.js", &format!("const k = \"{k}\";\n"), "add");
    let victim = write(top.path(), "outside/victim", "precious\n");
    // Where the old writer put its temporary file.
    symlink(&victim, repo.join(".keyfence-baseline.keyfence-tmp")).unwrap();
    let out = keyfence()
        .current_dir(&repo)
        .args(["audit", "--write-baseline", ".keyfence-baseline.jsonl", "."])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(fs::read_to_string(&victim).unwrap(), "precious\n");
    let baseline = fs::read_to_string(repo.join(".keyfence-baseline.jsonl")).unwrap();
    assert_eq!(baseline.lines().count(), 1, "{baseline}");
    let leftovers: Vec<String> = fs::read_dir(&repo)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".keyfence-tmp") && n != ".keyfence-baseline.keyfence-tmp")
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    assert!(fs::read_to_string(repo.join(".gitattributes"))
        .unwrap()
        .contains("/.keyfence-baseline.jsonl merge=union"));

    // A symlink planted as the baseline itself is refused, not replaced or followed.
    fs::remove_file(repo.join(".keyfence-baseline.jsonl")).unwrap();
    symlink(&victim, repo.join(".keyfence-baseline.jsonl")).unwrap();
    let out = keyfence()
        .current_dir(&repo)
        .args(["audit", "--write-baseline", ".keyfence-baseline.jsonl", "."])
        .output()
        .unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains(".keyfence-baseline.jsonl") && err.contains("symlink"),
        "{err}"
    );
    assert_eq!(fs::read_to_string(&victim).unwrap(), "precious\n");

    // A folder of the repository that is a symlink out of it.
    fs::remove_file(repo.join(".keyfence-baseline.jsonl")).unwrap();
    symlink(top.path().join("outside"), repo.join("ci")).unwrap();
    let out = keyfence()
        .current_dir(&repo)
        .args(["audit", "--write-baseline", "ci/baseline.jsonl", "."])
        .output()
        .unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("ci/baseline.jsonl") && err.contains("symlink"),
        "{err}"
    );
    assert!(!top.path().join("outside/baseline.jsonl").exists());
}

#[test]
fn gitattributes_is_never_written_through_a_symlink() {
    let (top, repo, _) = setup();
    let k = key(3204);
    commit(&repo, "app.js", &format!("const k = \"{k}\";\n"), "add");
    let victim = write(top.path(), "outside/attributes", "precious\n");
    symlink(&victim, repo.join(".gitattributes")).unwrap();
    let out = keyfence()
        .current_dir(&repo)
        .args(["audit", "--write-baseline", ".keyfence-baseline.jsonl", "."])
        .output()
        .unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains(".gitattributes") && err.contains("symlink"),
        "{err}"
    );
    assert_eq!(fs::read_to_string(&victim).unwrap(), "precious\n");
    assert!(repo
        .join(".gitattributes")
        .symlink_metadata()
        .unwrap()
        .is_symlink());
}

#[test]
fn ignore_add_never_appends_through_a_symlink() {
    let (top, repo, _) = setup();
    let victim = write(top.path(), "outside/victim", "precious\n");
    symlink(&victim, repo.join(".keyfenceignore")).unwrap();
    let fingerprint = format!("kf1-{}", "ab".repeat(12));
    let out = keyfence()
        .current_dir(&repo)
        .args(["ignore", "add", &fingerprint, "--reason", "a fixture"])
        .output()
        .unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains(".keyfenceignore") && err.contains("symlink"),
        "{err}"
    );
    assert_eq!(fs::read_to_string(&victim).unwrap(), "precious\n");
    // A folder that is a symlink out, named with --file.
    symlink(top.path().join("outside"), repo.join("cfg")).unwrap();
    let out = keyfence()
        .current_dir(&repo)
        .args([
            "ignore",
            "add",
            &fingerprint,
            "--reason",
            "x",
            "--file",
            "cfg/ignore",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(!top.path().join("outside/ignore").exists());
    // A plain file is appended to as before.
    fs::remove_file(repo.join(".keyfenceignore")).unwrap();
    let out = keyfence()
        .current_dir(&repo)
        .args(["ignore", "add", &fingerprint, "--reason", "a fixture"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = fs::read_to_string(repo.join(".keyfenceignore")).unwrap();
    assert!(text.contains(&fingerprint), "{text}");
}

#[test]
fn a_base_commits_symlinked_settings_are_not_followed() {
    let (_top, repo, _) = setup();
    commit(&repo, "README", "hello\n", "first");
    // A symlink whose blob (its target's name) reads as an ignore file accepting
    // everything; on disk it leads nowhere.
    symlink("**", repo.join(".keyfenceignore")).unwrap();
    git(&repo, &["add", "-A"]);
    git(&repo, &["commit", "-q", "-m", "link"]);
    let base = git(&repo, &["rev-parse", "HEAD"]);
    let k = key(3205);
    commit(&repo, "app.js", &format!("const k = \"{k}\";\n"), "key");
    let out = keyfence()
        .current_dir(&repo)
        .args(["git", "--range", &format!("{base}..HEAD"), "."])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
}
