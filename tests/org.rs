//! Organisation audits: `keyfence audit --repos` over repositories built at run time and
//! listed by `file://` URL (so that cloning and the cache run), its shards, and
//! `keyfence report merge`.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

use common::{commit, git, key, keyfence, sdk_token, stderr};
use serde_json::Value;
use tempfile::TempDir;

/// What each repository of the test organisation holds.
struct Org {
    _dir: TempDir,
    root: PathBuf,
    list: PathBuf,
    /// Every key planted (none may show in a report).
    secrets: Vec<String>,
}

fn url(p: &Path) -> String {
    format!("file://{}", p.display())
}

/// A Vite app whose source holds `key` (client-side).
fn vite_app(d: &Path, key: &str) {
    commit(
        d,
        "package.json",
        r#"{"name":"web","private":true,"dependencies":{"vite":"5.4.0"}}"#,
        "app",
    );
    commit(
        d,
        "src/api.js",
        &format!("export const client = {{ apiKey: \"{key}\" }};\n"),
        "call Z.ai",
    );
}

/// A server whose settings hold `key`.
fn server_app(d: &Path, key: &str) {
    commit(
        d,
        "server/settings.py",
        &format!("ZAI_API_KEY = \"{key}\"\n"),
        "settings",
    );
}

/// 40 repositories: one key shared by four (two ship it to clients), a key in one
/// repository's history only, a key shared by a client app and a history, an SDK
/// token, keys of their own in a few, one corrupt (a blob deleted), one empty, the rest
/// clean.
fn organisation() -> Org {
    let dir = TempDir::new().unwrap();
    let root = dir.path().join("repos");
    fs::create_dir_all(&root).unwrap();
    let shared = key(2301);
    let pair = key(2302);
    let token = sdk_token(2303);
    let mut secrets = vec![shared.clone(), pair.clone(), token.clone()];
    let mut lines = vec!["# the test organisation".to_string()];
    for i in 0..40 {
        let d = root.join(format!("svc-{i:02}"));
        fs::create_dir_all(&d).unwrap();
        git(&d, &["init", "-q", "-b", "main"]);
        match i {
            // The empty repository: no commit at all.
            7 => {}
            1 | 5 => vite_app(&d, &shared),
            12 | 30 => server_app(&d, &shared),
            2 => vite_app(&d, &pair),
            3 => {
                server_app(&d, &pair);
                git(&d, &["rm", "-q", "server/settings.py"]);
                git(&d, &["commit", "-q", "-m", "remove the key"]);
            }
            4 => {
                commit(&d, "tools/token.txt", &format!("{token}\n"), "token");
            }
            20..=24 => {
                let own = key(2400 + i);
                secrets.push(own.clone());
                if i % 2 == 0 {
                    vite_app(&d, &own);
                } else {
                    server_app(&d, &own);
                }
            }
            _ => {
                commit(&d, "README.md", &format!("service {i}\n"), "init");
            }
        }
        if i == 9 {
            // Corrupt: a blob of HEAD's tree is gone from the object database.
            commit(&d, "lib/util.js", "export const x = 1;\n", "util");
            let blob = git(&d, &["rev-parse", "HEAD:lib/util.js"]);
            let loose = d.join(".git/objects").join(&blob[..2]).join(&blob[2..]);
            fs::remove_file(loose).unwrap();
        }
        lines.push(url(&d));
    }
    let list = dir.path().join("repos.txt");
    fs::write(&list, lines.join("\n") + "\n").unwrap();
    Org {
        _dir: dir,
        root,
        list,
        secrets,
    }
}

fn run(cwd: &Path, args: &[&str]) -> Output {
    keyfence().args(args).current_dir(cwd).output().unwrap()
}

fn json_file(p: &Path) -> Value {
    serde_json::from_str(&fs::read_to_string(p).unwrap()).unwrap()
}

/// The report without what changes from run to run: durations, the sizes on disk of
/// fetched packs, and the words git used for a failed clone (two git processes write
/// them, in the order the scheduler lets them).
fn comparable(mut doc: Value) -> Value {
    for p in doc["problems"].as_array_mut().unwrap() {
        if p["kind"] == "repository-failed" {
            p["message"] = Value::Null;
        }
    }
    doc["summary"]
        .as_object_mut()
        .unwrap()
        .remove("duration_ms");
    for r in doc["repositories"].as_array_mut().unwrap() {
        let r = r.as_object_mut().unwrap();
        for k in ["fetch_ms", "scan_ms", "fetched_bytes", "reason"] {
            r.remove(k);
        }
    }
    doc
}

fn no_secret_in(text: &str, org: &Org) {
    for s in &org.secrets {
        assert!(!text.contains(s.as_str()), "a secret shows in a report");
    }
}

#[test]
fn one_run_equals_its_four_shards_merged_finding_for_finding() {
    let org = organisation();
    let work = org.list.parent().unwrap();
    let list = org.list.to_str().unwrap();
    let out = run(
        work,
        &[
            "audit",
            "--repos",
            list,
            "--cache",
            "cache-one",
            "--format",
            "json",
            "-o",
            "one.json",
        ],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("audited 39 of 40 repositories (1 failed, 0 skipped)"),
        "{err}"
    );
    let one = json_file(&work.join("one.json"));
    no_secret_in(&one.to_string(), &org);

    let mut shard_files = Vec::new();
    let mut covered = Vec::new();
    for i in 1..=4 {
        let file = format!("shard-{i}.json");
        let out = run(
            work,
            &[
                "audit",
                "--repos",
                list,
                "--shard",
                &format!("{i}/4"),
                "--cache",
                "cache-shards",
                "--format",
                "json",
                "-o",
                &file,
            ],
        );
        assert!(matches!(out.status.code(), Some(0..=2)), "{}", stderr(&out));
        let doc = json_file(&work.join(&file));
        let names: Vec<String> = doc["repositories"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["name"].as_str().unwrap().to_string())
            .collect();
        assert!(
            !names.is_empty() && names.len() < 40,
            "shard {i}: {}",
            names.len()
        );
        covered.extend(names);
        shard_files.push(file);
    }
    covered.sort();
    let before = covered.len();
    covered.dedup();
    assert_eq!(
        (before, covered.len()),
        (40, 40),
        "the shards split the list"
    );

    let mut merge = vec!["report", "merge"];
    merge.extend(shard_files.iter().map(String::as_str));
    merge.extend(["--format", "json", "-o", "merged.json"]);
    let out = run(work, &merge);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let merged = json_file(&work.join("merged.json"));
    let (one, merged) = (comparable(one), comparable(merged));
    assert_eq!(one["findings"], merged["findings"]);
    for k in one.as_object().unwrap().keys() {
        assert_eq!(one[k], merged[k], "{k}");
    }
    assert_eq!(one, merged);

    // What the report says.
    let findings = one["findings"].as_array().unwrap();
    let shared = &findings[0];
    let repos = shared["repositories"].as_array().unwrap();
    assert_eq!(
        repos.len(),
        4,
        "the shared key comes first, with its 4 repositories"
    );
    assert_eq!(shared["exposure"], "client");
    let client = repos.iter().filter(|r| r["exposure"] == "client").count();
    assert_eq!(client, 2);
    let pair = findings
        .iter()
        .find(|f| f["repositories"].as_array().is_some_and(|r| r.len() == 2))
        .expect("the key of a client app and a history");
    let presences: Vec<&str> = pair["repositories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["presence"].as_str().unwrap())
        .collect();
    assert_eq!(presences, ["working_tree", "history_only"]);
    // 1 shared, 1 pair, 1 token, 5 of their own.
    let keys = findings.iter().filter(|f| f["secret"].is_string()).count();
    assert_eq!(keys, 8, "{findings:#?}");
    let coverage = one["repositories"].as_array().unwrap();
    let status = |n: usize| {
        coverage
            .iter()
            .find(|r| {
                r["name"]
                    .as_str()
                    .unwrap()
                    .ends_with(&format!("svc-{n:02}"))
            })
            .unwrap()
            .clone()
    };
    assert_eq!(status(9)["status"], "failed");
    assert_eq!(status(7)["status"], "scanned");
    assert_eq!(status(7)["commits"], 0);
    assert!(one["rules"].as_str().unwrap().starts_with("kfr1-"));
    let raw = json_file(&work.join("one.json"));
    let failed: Vec<&Value> = raw["problems"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["kind"] == "repository-failed")
        .collect();
    assert_eq!(failed.len(), 1);
    assert!(
        !failed[0]["message"].as_str().unwrap().contains("cache-"),
        "no cache path in a report"
    );

    // Every other format of the merge: the same keys, no secret.
    for format in ["human", "html", "sarif", "jsonl"] {
        let mut args = merge.clone();
        args.truncate(2 + shard_files.len());
        args.extend(["--format", format]);
        let out = run(work, &args);
        assert_eq!(out.status.code(), Some(1), "{format}: {}", stderr(&out));
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        no_secret_in(&text, &org);
        match format {
            "human" => {
                assert!(
                    text.contains("this key is in 4 repositories, 2 of them ship it to clients"),
                    "{text}"
                );
                assert!(
                    text.contains(
                        "40 repositories (39 scanned, 1 failed, 0 skipped): 8 distinct keys"
                    ),
                    "{text}"
                );
            }
            "html" => assert!(text.contains("<h2>Repositories (40)</h2>"), "{text}"),
            "sarif" => {
                let doc: Value = serde_json::from_str(&text).unwrap();
                common::assert_valid_sarif(&doc);
                let results = doc["runs"][0]["results"].as_array().unwrap();
                assert_eq!(results.len(), 8);
                assert_eq!(
                    results[0]["properties"]["repositories"]
                        .as_array()
                        .unwrap()
                        .len(),
                    4
                );
            }
            _ => assert_eq!(text.lines().count(), 8),
        }
    }

    // A second run fetches into its cache and says the same.
    let out = run(
        work,
        &[
            "audit",
            "--repos",
            list,
            "--cache",
            "cache-one",
            "--format",
            "json",
            "-o",
            "again.json",
        ],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(comparable(json_file(&work.join("again.json"))), one);
    assert!(fs::read_dir(work.join("cache-one")).unwrap().count() >= 39);
}

#[test]
fn merge_refuses_mixed_rules_and_a_failure_with_nothing_found_exits_2() {
    let dir = TempDir::new().unwrap();
    let d = dir.path();
    let empty = d.join("empty");
    fs::create_dir_all(&empty).unwrap();
    git(&empty, &["init", "-q", "-b", "main"]);
    let list = d.join("list.txt");
    fs::write(
        &list,
        format!("{}\n{}\n", url(&empty), url(&d.join("not-there"))),
    )
    .unwrap();
    let out = run(
        d,
        &[
            "audit", "--repos", "list.txt", "--format", "json", "-o", "a.json",
        ],
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("repository-failed") || stderr(&out).contains("clone failed"));

    let doc = fs::read_to_string(d.join("a.json")).unwrap();
    let other = doc.replace("\"rules\": \"kfr1-", "\"rules\": \"kfr1-0");
    assert_ne!(doc, other);
    fs::write(d.join("b.json"), other).unwrap();
    let out = run(d, &["report", "merge", "a.json", "b.json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--allow-mixed"), "{}", stderr(&out));
    let out = run(
        d,
        &[
            "report",
            "merge",
            "a.json",
            "b.json",
            "--allow-mixed",
            "--format",
            "json",
        ],
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("again: kept from the first report"));

    // A plain audit merges too; a scan's report does not.
    let out = run(d, &["scan", "empty", "--format", "json", "-o", "scan.json"]);
    assert_eq!(out.status.code(), Some(0));
    let out = run(d, &["report", "merge", "scan.json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("not of an audit"), "{}", stderr(&out));
}

#[test]
fn credentials_never_come_from_the_list_and_big_repositories_are_skipped() {
    let dir = TempDir::new().unwrap();
    let d = dir.path();
    fs::write(
        d.join("list.txt"),
        "https://x-access-token:ghp_notatoken0000@github.com/org/app\n",
    )
    .unwrap();
    let out = run(d, &["audit", "--repos", "list.txt"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("credential helper or GH_TOKEN"), "{err}");
    assert!(!err.contains("ghp_notatoken"), "{err}");

    // A repository past --max-repo-size is skipped with a message; a small one is not.
    let big = d.join("big");
    let small = d.join("small");
    for r in [&big, &small] {
        fs::create_dir_all(r).unwrap();
        git(r, &["init", "-q", "-b", "main"]);
    }
    let mut rng = common::Rng::new(7);
    let noise = rng.string(common::ALNUM, 400_000);
    commit(&big, "data.txt", &noise, "data");
    commit(&small, "README.md", "hi\n", "init");
    fs::write(
        d.join("list.txt"),
        format!("{}\n{}\n", url(&big), small.display()),
    )
    .unwrap();
    let out = run(
        d,
        &[
            "audit",
            "--repos",
            "list.txt",
            "--max-repo-size",
            "200KiB",
            "--format",
            "json",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    let statuses: Vec<(&str, &str)> = doc["repositories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["name"].as_str().unwrap(), r["status"].as_str().unwrap()))
        .collect();
    assert!(
        statuses
            .iter()
            .any(|(n, s)| n.ends_with("/big") && *s == "skipped"),
        "{statuses:?}"
    );
    assert!(
        statuses
            .iter()
            .any(|(n, s)| n.ends_with("/small") && *s == "scanned"),
        "{statuses:?}"
    );
    assert!(
        stderr(&out).contains("over --max-repo-size"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn shards_and_paths_are_checked() {
    for bad in ["0/4", "5/4", "x/4", "3", "1/0"] {
        let out = keyfence()
            .args(["audit", "--repos", "-", "--shard", bad])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{bad}");
    }
    let out = keyfence()
        .args(["audit", "some/path", "--repos", "list.txt"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = keyfence()
        .args(["audit", "--shard", "1/2"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "--shard needs --repos");
    // An empty list is an error, not a clean run.
    let out = keyfence()
        .args(["audit", "--repos", "-"])
        .write_stdin("# nothing\n\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no repository listed"));
}
