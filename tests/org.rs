//! Organisation audits: `keyfence audit --repos` over repositories built at run time and
//! listed by `file://` URL (so that cloning and the cache run), its shards, and
//! `keyfence report merge`.

#![cfg(unix)]

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

/// `audit --repos LIST --cache cache-one`, its JSON document written to `file`.
fn audit_cached(work: &Path, list: &str, file: &str) -> Output {
    run(
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
            file,
        ],
    )
}

#[test]
fn one_run_equals_its_four_shards_merged_finding_for_finding() {
    let org = organisation();
    let work = org.list.parent().unwrap();
    let list = org.list.to_str().unwrap();
    let out = audit_cached(work, list, "one.json");
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("audited 39 of 40 repositories (1 failed, 0 skipped)"),
        "{err}"
    );
    let one = json_file(&work.join("one.json"));
    no_secret_in(&one.to_string(), &org);

    let shard_files = four_shards(work, list);
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

    check_what_it_says(&one, &json_file(&work.join("one.json")));
    check_formats(work, &merge[..2 + shard_files.len()], &org);

    // A second run fetches into its cache and says the same.
    let out = audit_cached(work, list, "again.json");
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(comparable(json_file(&work.join("again.json"))), one);
    assert!(fs::read_dir(work.join("cache-one")).unwrap().count() >= 39);
}

/// Audits the list in four shards (each a document); checks that they split it.
fn four_shards(work: &Path, list: &str) -> Vec<String> {
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

    shard_files
}

/// What the organisation report says of the test organisation.
fn check_what_it_says(one: &Value, raw: &Value) {
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
}

/// Every other format of the merge: the same keys, no secret.
fn check_formats(work: &Path, merge: &[&str], org: &Org) {
    let shard_files = &merge[2..];
    for format in ["human", "html", "sarif", "jsonl"] {
        let mut args = merge.to_vec();
        args.truncate(2 + shard_files.len());
        args.extend(["--format", format]);
        let out = run(work, &args);
        assert_eq!(out.status.code(), Some(1), "{format}: {}", stderr(&out));
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        no_secret_in(&text, org);
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

// ---------------------------------------------------------------------------------
// The engines that run shards: the reusable GitHub workflow and the Kubernetes Jobs,
// their scripts run here as they are written in their files.

use yaml_rust2::{Yaml, YamlLoader};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn yaml(rel: &str) -> Vec<Yaml> {
    YamlLoader::load_from_str(&fs::read_to_string(root().join(rel)).unwrap()).unwrap()
}

fn s(y: &Yaml) -> &str {
    y.as_str().unwrap_or_else(|| panic!("not a string: {y:?}"))
}

/// A folder on PATH whose `keyfence` is the binary under test.
fn bin_dir(d: &Path) -> PathBuf {
    let dir = d.join("bin");
    fs::create_dir_all(&dir).unwrap();
    std::os::unix::fs::symlink(
        assert_cmd::cargo::cargo_bin("keyfence"),
        dir.join("keyfence"),
    )
    .unwrap();
    dir
}

/// Runs `script` with bash or sh, in `cwd`, with `env` and `path` first on PATH.
fn script(shell: &str, text: &str, cwd: &Path, env: &[(String, String)], path: &Path) -> Output {
    let mut cmd = std::process::Command::new(shell);
    cmd.arg("-c")
        .arg(text)
        .current_dir(cwd)
        .env(
            "PATH",
            format!("{}:{}", path.display(), std::env::var("PATH").unwrap()),
        )
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env_remove("GITHUB_ACTIONS")
        .env_remove("GITHUB_STEP_SUMMARY");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().unwrap()
}

fn both(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

/// The organisation audited in one run, for the engines' results to equal.
fn one_run(org: &Org) -> Value {
    let out = run(
        org.list.parent().unwrap(),
        &[
            "audit",
            "--repos",
            org.list.to_str().unwrap(),
            "--format",
            "json",
        ],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    comparable(serde_json::from_slice(&out.stdout).unwrap())
}

/// A workflow step by its id: its `env` names and its script.
fn step<'a>(job: &'a Yaml, id: &str) -> (&'a Yaml, String) {
    let step = job["steps"]
        .as_vec()
        .unwrap()
        .iter()
        .find(|st| st["id"].as_str() == Some(id) || st["name"].as_str() == Some(id))
        .unwrap_or_else(|| panic!("no step {id}"));
    (step, s(&step["run"]).to_string())
}

/// The step's environment with a value for each of its names (which must be exactly
/// `values`' names: a new variable in the workflow needs a value here too).
fn env_of(step: &Yaml, values: &[(&str, String)]) -> Vec<(String, String)> {
    let mut names: Vec<&str> = step["env"]
        .as_hash()
        .unwrap()
        .keys()
        .map(|k| k.as_str().unwrap())
        .collect();
    names.sort_unstable();
    let mut given: Vec<&str> = values.iter().map(|(k, _)| *k).collect();
    given.sort_unstable();
    assert_eq!(names, given, "the step's environment");
    for (k, v) in step["env"].as_hash().unwrap() {
        assert!(s(v).starts_with("${{ "), "{k:?} comes from an expression");
    }
    values
        .iter()
        .map(|(k, v)| ((*k).to_string(), v.clone()))
        .collect()
}

/// The jobs' shape, and the install steps, which are the Action's.
fn check_workflow_shape(wf: &Yaml) {
    let jobs = &wf["jobs"];
    assert_eq!(s(&jobs["shard"]["needs"]), "list");
    assert_eq!(
        s(&jobs["shard"]["strategy"]["matrix"]["index"]),
        "${{ fromJSON(needs.list.outputs.shards) }}"
    );
    assert_eq!(s(&jobs["merge"]["needs"]), "shard");
    assert!(
        wf["on"]["workflow_call"]["inputs"]["organisation"]["required"]
            .as_bool()
            .unwrap()
    );
    assert!(!wf["on"]["workflow_dispatch"].is_badvalue());
    // The shard and merge jobs install keyfence as the Action does, step for step.
    let action = &yaml("action.yml")[0];
    let installs = |steps: &Yaml| -> Vec<String> {
        steps
            .as_vec()
            .unwrap()
            .iter()
            .filter_map(|st| st["run"].as_str())
            .filter(|r| r.contains("action-install.sh") || r.contains("action-version.txt"))
            .map(|r| {
                r.replace("$GITHUB_ACTION_PATH", "$GITHUB_WORKSPACE/.keyfence")
                    .replace("cd \"$GITHUB_WORKSPACE/.keyfence\"", "")
            })
            .collect()
    };
    let from_action = installs(&action["runs"]["steps"]);
    assert_eq!(from_action.len(), 2);
    for job in ["shard", "merge"] {
        let mine = installs(&jobs[job]["steps"]);
        assert_eq!(mine.len(), 2, "{job}");
        assert_eq!(
            mine[1], from_action[1],
            "{job}: the install step is the Action's"
        );
        assert!(mine[0].contains("root=$RUNNER_TOOL_CACHE/keyfence/$version-$hash"));
    }
}

/// `${{ inputs.NAME }}` and `${{ github.NAME }}` in `text` replaced from `context`, as
/// the runner evaluates them; any other expression is left as it is (and then fails
/// the comparisons that use it).
fn evaluate(text: &str, context: &[(&str, &str)]) -> String {
    let mut out = text.to_string();
    for (name, value) in context {
        out = out.replace(&format!("${{{{ {name} }}}}"), value);
    }
    out
}

/// The workflow as a repository other than keyfence's calls it: its checkouts fetch
/// keyfence's own sources at the release's tag (never the caller's commit, which
/// keyfence's repository does not have), the version input defaults to the release
/// the workflow belongs to, and the version step refuses a tag that holds another.
#[test]
fn the_workflow_installs_keyfence_by_version_for_any_caller() {
    let wf = &yaml(".github/workflows/org-audit.yml")[0];
    let version = fs::read_to_string(root().join("action-version.txt"))
        .unwrap()
        .trim()
        .to_string();
    for trigger in ["workflow_call", "workflow_dispatch"] {
        let input = &wf["on"][trigger]["inputs"]["keyfence-version"];
        assert_eq!(
            s(&input["default"]),
            version,
            "{trigger}: the release it belongs to"
        );
    }
    // A caller in acme/app, at its own commit, with the defaults.
    let caller_sha = "0123abcd".repeat(5);
    let context = [
        ("inputs.keyfence-version", version.as_str()),
        ("inputs.keyfence-repository", "keyfence/keyfence"),
        ("github.repository", "acme/app"),
        ("github.sha", caller_sha.as_str()),
        ("github.job_workflow_sha", ""),
    ];
    let work = TempDir::new().unwrap();
    for job in ["shard", "merge"] {
        let steps = wf["jobs"][job]["steps"].as_vec().unwrap();
        let checkout = steps
            .iter()
            .find(|st| {
                st["uses"]
                    .as_str()
                    .is_some_and(|u| u.starts_with("actions/checkout@"))
            })
            .unwrap_or_else(|| panic!("{job}: no checkout"));
        let with = &checkout["with"];
        assert_eq!(
            evaluate(s(&with["repository"]), &context),
            "keyfence/keyfence"
        );
        assert_eq!(
            evaluate(s(&with["ref"]), &context),
            format!("v{version}"),
            "{job}: the release's tag, whoever calls"
        );
        assert!(
            !s(&with["ref"]).contains("github."),
            "{job}: not the caller's ref"
        );
        // The version step, in a checkout of that tag (its action-version.txt).
        let (st, text) = step(&wf["jobs"][job], "version");
        let checkout_dir = work.path().join(job).join(".keyfence");
        fs::create_dir_all(checkout_dir.join("crates")).unwrap();
        for f in ["Cargo.toml", "Cargo.lock", "build.rs", "action-version.txt"] {
            fs::copy(root().join(f), checkout_dir.join(f)).unwrap();
        }
        fs::create_dir_all(checkout_dir.join("patterns")).unwrap();
        let output = work.path().join(job).join("github-output");
        let run = |want: &str| {
            let mut env = env_of(st, &[("KEYFENCE_WANT", want.to_string())]);
            env.push((
                "GITHUB_WORKSPACE".into(),
                work.path().join(job).display().to_string(),
            ));
            env.push(("GITHUB_OUTPUT".into(), output.display().to_string()));
            env.push(("RUNNER_TOOL_CACHE".into(), "/opt/hostedtoolcache".into()));
            script("bash", &text, work.path(), &env, Path::new("/usr/bin"))
        };
        let out = run(&version);
        assert!(out.status.success(), "{job}: {}", both(&out));
        let written = fs::read_to_string(&output).unwrap();
        assert!(
            written.contains(&format!("version={version}\n")),
            "{written}"
        );
        let out = run("9.9.9");
        assert!(
            !out.status.success(),
            "{job}: a tag holding another version is refused"
        );
        assert!(both(&out).contains("holds version"), "{}", both(&out));
    }
}

/// A folder with a `gh` that lists the organisation's repositories (and a fork) as
/// `gh repo list` does, for the token given only.
fn stub_gh(w: &Path, org: &Org, token: &str) -> PathBuf {
    let stubs = w.join("stubs");
    fs::create_dir_all(&stubs).unwrap();
    let mut repos: Vec<Value> = fs::read_to_string(&org.list)
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with('#'))
        .enumerate()
        .map(|(i, u)| serde_json::json!({"url": u, "isFork": false, "isArchived": i == 3}))
        .collect();
    let fork = format!("file://{}/a-fork", org.root.display());
    repos.push(serde_json::json!({"url": fork, "isFork": true, "isArchived": false}));
    let fixture = w.join("gh-repos.json");
    fs::write(&fixture, serde_json::to_string(&repos).unwrap()).unwrap();
    fs::write(
        stubs.join("gh"),
        format!(
            "#!/bin/sh\n\
             [ \"$1 $2 $3\" = \"repo list acme\" ] || {{ echo \"gh stub: $*\" >&2; exit 2; }}\n\
             [ \"$GH_TOKEN\" = \"{token}\" ] || {{ echo 'gh stub: no token' >&2; exit 4; }}\n\
             while [ $# -gt 0 ]; do [ \"$1\" = --jq ] && filter=$2; shift; done\n\
             exec jq -r \"$filter\" '{}'\n",
            fixture.display()
        ),
    )
    .unwrap();
    std::process::Command::new("chmod")
        .arg("+x")
        .arg(stubs.join("gh"))
        .status()
        .unwrap();
    stubs
}

#[test]
fn the_workflow_lists_with_gh_audits_its_shards_and_merges() {
    if std::process::Command::new("jq")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("skipped: jq (which gh's --jq runs, and the stub gh here) is not installed");
        return;
    }
    let org = organisation();
    let work = TempDir::new().unwrap();
    let w = work.path();
    let wf = &yaml(".github/workflows/org-audit.yml")[0];
    let jobs = &wf["jobs"];
    check_workflow_shape(wf);

    // The listing, with a stub gh that answers as gh does (its --jq is jq's -r).
    let token = "gho_stubtoken4242";
    let stubs = stub_gh(w, &org, token);
    let bin = bin_dir(w);
    let path = format!("{}:{}", stubs.display(), bin.display());
    let path = Path::new(&path);
    let list_dir = w.join("list");
    fs::create_dir_all(&list_dir).unwrap();
    let output = w.join("github-output");
    let (st, text) = step(&jobs["list"], "list");
    let mut env = env_of(
        st,
        &[
            ("GH_TOKEN", token.into()),
            ("KEYFENCE_ORG", "acme".into()),
            ("KEYFENCE_SHARDS", "4".into()),
            ("KEYFENCE_FORKS", "false".into()),
            ("KEYFENCE_ARCHIVED", "true".into()),
        ],
    );
    env.push(("GITHUB_OUTPUT".into(), output.display().to_string()));
    let out = script("bash", &text, &list_dir, &env, path);
    assert!(out.status.success(), "{}", both(&out));
    let listed = fs::read_to_string(list_dir.join("repos.txt")).unwrap();
    assert_eq!(listed.lines().count(), 40, "{listed}");
    assert!(!listed.contains("a-fork"), "forks are left out");
    assert!(fs::read_to_string(&output)
        .unwrap()
        .contains("shards=[1,2,3,4]\n"));

    // Each shard job, in its own folder.
    let merge_dir = w.join("merge");
    fs::create_dir_all(merge_dir.join("shards")).unwrap();
    let (st, text) = step(&jobs["shard"], "audit");
    for i in 1..=4 {
        let d = w.join(format!("shard-{i}"));
        fs::create_dir_all(&d).unwrap();
        fs::copy(list_dir.join("repos.txt"), d.join("repos.txt")).unwrap();
        let env = env_of(
            st,
            &[
                ("GH_TOKEN", token.into()),
                ("KEYFENCE_BIN", bin.join("keyfence").display().to_string()),
                ("KEYFENCE_SHARD", format!("{i}/4")),
                ("KEYFENCE_INDEX", i.to_string()),
                ("KEYFENCE_MAX_REPO_SIZE", "4GiB".into()),
            ],
        );
        let out = script("bash", &text, &d, &env, path);
        assert!(out.status.success(), "shard {i}: {}", both(&out));
        let file = format!("shard-{i}.json");
        fs::copy(d.join(&file), merge_dir.join("shards").join(&file)).unwrap();
    }

    // The merge job: the report, the job summary, and a failing status (keys found).
    let summary = w.join("summary.md");
    let (st, text) = step(&jobs["merge"], "merge");
    let mut env = env_of(
        st,
        &[
            ("KEYFENCE_BIN", bin.join("keyfence").display().to_string()),
            ("KEYFENCE_FAIL", "true".into()),
        ],
    );
    env.push(("GITHUB_STEP_SUMMARY".into(), summary.display().to_string()));
    let out = script("bash", &text, &merge_dir, &env, path);
    assert_eq!(out.status.code(), Some(1), "{}", both(&out));
    let md = fs::read_to_string(&summary).unwrap();
    assert!(md.contains("## keyfence organisation audit"), "{md}");
    assert!(
        md.contains("40 repositories (39 scanned, 1 failed, 0 skipped)"),
        "{md}"
    );
    let html = fs::read_to_string(merge_dir.join("report/keyfence-org.html")).unwrap();
    assert!(html.contains("<h2>Repositories (40)</h2>"));
    let merged = comparable(json_file(&merge_dir.join("report/keyfence-org.json")));
    assert_eq!(merged, one_run(&org));
    for text in [md, html, both(&out)] {
        no_secret_in(&text, &org);
        assert!(!text.contains(token));
    }
    // With fail-on-findings false the job passes.
    env[1].1 = "false".into();
    let out = script("bash", &text, &merge_dir, &env, path);
    assert!(out.status.success(), "{}", both(&out));
}

/// What the Kubernetes manifests say, once checked: N, and each Job's script and plain
/// environment.
struct Pods {
    n: i64,
    shard_script: String,
    shard_env: Vec<(String, String)>,
    merge_script: String,
    merge_env: Vec<(String, String)>,
}

fn plain(env: &[(String, Yaml)]) -> Vec<(String, String)> {
    env.iter()
        .filter_map(|(k, e)| e["value"].as_str().map(|v| (k.clone(), v.to_string())))
        .collect()
}

/// Parses both manifests and checks their fields.
fn check_kubernetes_manifests() -> Pods {
    let docs = yaml("docs/org-audit/kubernetes.yaml");
    let kinds: Vec<&str> = docs.iter().map(|d| s(&d["kind"])).collect();
    assert_eq!(kinds, ["ConfigMap", "PersistentVolumeClaim", "Job"]);
    let (config, pvc, job) = (&docs[0], &docs[1], &docs[2]);
    let merge_docs = yaml("docs/org-audit/kubernetes-merge.yaml");
    let merge = &merge_docs[0];
    assert_eq!(s(&merge["kind"]), "Job");

    let spec = &job["spec"];
    assert_eq!(s(&spec["completionMode"]), "Indexed");
    let n = spec["completions"].as_i64().unwrap();
    assert_eq!(spec["parallelism"].as_i64(), Some(n));
    let pod = &spec["template"]["spec"];
    assert_eq!(s(&pod["restartPolicy"]), "Never");
    assert_eq!(pod["securityContext"]["runAsNonRoot"].as_bool(), Some(true));
    let c = &pod["containers"][0];
    let env_map = |c: &Yaml| -> Vec<(String, Yaml)> {
        c["env"]
            .as_vec()
            .unwrap()
            .iter()
            .map(|e| (s(&e["name"]).to_string(), e.clone()))
            .collect()
    };
    let env = env_map(c);
    let value = |env: &[(String, Yaml)], k: &str| -> String {
        s(&env.iter().find(|(n, _)| n == k).unwrap().1["value"]).to_string()
    };
    assert_eq!(
        value(&env, "KEYFENCE_SHARDS"),
        n.to_string(),
        "N is the completions"
    );
    let token = &env.iter().find(|(k, _)| k == "GH_TOKEN").unwrap().1;
    assert_eq!(
        s(&token["valueFrom"]["secretKeyRef"]["name"]),
        "keyfence-github"
    );
    assert_eq!(
        c["command"]
            .as_vec()
            .unwrap()
            .iter()
            .map(s)
            .collect::<Vec<_>>(),
        ["/bin/sh", "-c"]
    );
    let shard_script = s(&c["args"][0]).to_string();
    assert!(shard_script.contains("i=$((JOB_COMPLETION_INDEX + 1))"));
    assert!(shard_script.contains("--shard \"$i/$KEYFENCE_SHARDS\""));
    assert_eq!(
        c["securityContext"]["readOnlyRootFilesystem"].as_bool(),
        Some(true)
    );
    let mounts: Vec<(&str, &str)> = c["volumeMounts"]
        .as_vec()
        .unwrap()
        .iter()
        .map(|m| (s(&m["name"]), s(&m["mountPath"])))
        .collect();
    for (path_var, _) in [
        ("KEYFENCE_RESULTS", ()),
        ("KEYFENCE_CACHE", ()),
        ("TMPDIR", ()),
    ] {
        let at = value(&env, path_var);
        assert!(
            mounts.iter().any(|(_, p)| *p == at),
            "{path_var} is on a volume"
        );
    }
    let repos_at = value(&env, "KEYFENCE_REPOS");
    assert!(mounts.iter().any(|(_, p)| repos_at.starts_with(p)));
    let volumes = pod["volumes"].as_vec().unwrap();
    let claim = s(&pvc["metadata"]["name"]);
    assert!(volumes
        .iter()
        .any(|v| v["persistentVolumeClaim"]["claimName"].as_str() == Some(claim)));
    assert!(volumes
        .iter()
        .any(|v| v["configMap"]["name"].as_str() == Some(s(&config["metadata"]["name"]))));
    assert!(s(&config["data"]["repos.txt"])
        .lines()
        .any(|l| l.starts_with("https://")));
    let merge_pod = &merge["spec"]["template"]["spec"];
    let mc = &merge_pod["containers"][0];
    assert_eq!(s(&mc["image"]), s(&c["image"]));
    let merge_env = env_map(mc);
    assert_eq!(value(&merge_env, "KEYFENCE_SHARDS"), n.to_string());
    assert!(merge_pod["volumes"]
        .as_vec()
        .unwrap()
        .iter()
        .any(|v| v["persistentVolumeClaim"]["claimName"].as_str() == Some(claim)));
    // The image is the release of this version.
    let version = env!("CARGO_PKG_VERSION");
    assert!(s(&c["image"]).ends_with(&format!(":{version}")));
    let dockerfile = fs::read_to_string(root().join("docs/org-audit/Dockerfile")).unwrap();
    assert!(dockerfile.contains(&format!("ARG KEYFENCE_VERSION={version}\n")));
    Pods {
        n,
        shard_script,
        shard_env: plain(&env),
        merge_script: s(&mc["args"][0]).to_string(),
        merge_env: plain(&merge_env),
    }
}

#[test]
fn the_kubernetes_jobs_are_complete_and_their_scripts_run_as_written() {
    let pods = check_kubernetes_manifests();
    // The README shows the shard Job: its script is the manifest's, line for line.
    let readme = fs::read_to_string(root().join("README.md")).unwrap();
    for line in pods
        .shard_script
        .lines()
        .filter(|l| !l.trim().starts_with('#'))
    {
        assert!(readme.contains(line.trim()), "the README lacks {line:?}");
    }
    // Both scripts, run as the pods run them (paths moved into a folder here).
    let org = organisation();
    let work = TempDir::new().unwrap();
    let w = work.path();
    let bin = bin_dir(w);
    let results = w.join("results");
    fs::create_dir_all(&results).unwrap();
    let mut pod_env = pods.shard_env.clone();
    for (k, v) in [
        ("KEYFENCE_REPOS", org.list.display().to_string()),
        ("KEYFENCE_RESULTS", results.display().to_string()),
        ("KEYFENCE_CACHE", w.join("cache").display().to_string()),
        ("HOME", w.display().to_string()),
        ("TMPDIR", w.display().to_string()),
        ("GH_TOKEN", "ghs_podtoken".to_string()),
    ] {
        pod_env.retain(|(name, _)| name != k);
        pod_env.push((k.to_string(), v));
    }
    for index in 0..pods.n {
        let mut e = pod_env.clone();
        e.push(("JOB_COMPLETION_INDEX".into(), index.to_string()));
        let out = script("sh", &pods.shard_script, w, &e, &bin);
        assert!(out.status.success(), "index {index}: {}", both(&out));
    }
    let shards = fs::read_dir(&results).unwrap().count();
    assert_eq!(shards as i64, pods.n);
    let mut e = pods.merge_env.clone();
    e.retain(|(k, _)| k != "KEYFENCE_RESULTS");
    e.push(("KEYFENCE_RESULTS".into(), results.display().to_string()));
    let out = script("sh", &pods.merge_script, w, &e, &bin);
    assert!(out.status.success(), "{}", both(&out));
    no_secret_in(&both(&out), &org);
    assert!(both(&out).contains("40 repositories (39 scanned, 1 failed, 0 skipped)"));
    let merged = comparable(json_file(&results.join("keyfence-org.json")));
    assert_eq!(merged, one_run(&org));
    assert!(results.join("keyfence-org.html").is_file());
}

#[test]
fn a_crafted_head_tree_writes_nothing_outside_and_loses_no_key() {
    let dir = TempDir::new().unwrap();
    let d = dir.path();
    let repo = d.join("crafted");
    fs::create_dir_all(&repo).unwrap();
    git(&repo, &["init", "-q", "-b", "main"]);
    let (outside, inside) = (key(2501), key(2502));
    let hash = |text: &str| common::git_stdin(&repo, &["hash-object", "-w", "--stdin"], text);
    let evil = hash(&format!("const k = \"{outside}\";\n"));
    let good = hash(&format!("export const apiKey = \"{inside}\";\n"));
    let pkg = hash(r#"{"name":"web","dependencies":{"vite":"5.4.0"}}"#);
    // `..`, `.git` and a name twice: git's mktree takes them, a checkout must not.
    let entries = format!(
        "100644 blob {evil}\t..\n100644 blob {evil}\t.git\n100644 blob {pkg}\tpackage.json\n\
         100644 blob {good}\tapi.js\n100644 blob {evil}\tapi.js\n"
    );
    let tree = common::git_stdin(&repo, &["mktree"], &entries);
    let commit = git(&repo, &["commit-tree", &tree, "-m", "crafted"]);
    git(&repo, &["update-ref", "refs/heads/main", &commit]);
    fs::write(d.join("list.txt"), format!("{}\n", url(&repo))).unwrap();
    let out = run(
        d,
        &[
            "audit", "--repos", "list.txt", "--cache", "cache", "--format", "json",
        ],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    let findings = doc["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 2, "both keys, each once: {findings:#?}");
    let presence: Vec<&str> = findings
        .iter()
        .map(|f| f["presence"].as_str().unwrap())
        .collect();
    assert!(presence.contains(&"working_tree") && presence.contains(&"history_only"));
    let head_files = doc["problems"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["kind"] == "head-file")
        .count();
    assert_eq!(head_files, 3, "{:#?}", doc["problems"]);
    // Nothing was written beside the mirrors, nor left behind.
    let left: Vec<String> = fs::read_dir(d.join("cache"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(left.len(), 1, "{left:?}");
    assert!(left[0].ends_with(".git"), "{left:?}");
    assert!(!d.join("const k").exists());
}

#[test]
fn a_clone_that_hangs_is_stopped_at_the_timeout_and_named() {
    let dir = TempDir::new().unwrap();
    let d = dir.path();
    let stubs = d.join("stubs");
    fs::create_dir_all(&stubs).unwrap();
    // A git whose clone never ends (a server that stops answering), and a child of it.
    fs::write(stubs.join("git"), "#!/bin/sh\nsleep 300 &\nwait\n").unwrap();
    std::process::Command::new("chmod")
        .arg("+x")
        .arg(stubs.join("git"))
        .status()
        .unwrap();
    fs::write(d.join("list.txt"), "https://git.example/org/slow\n").unwrap();
    let started = std::time::Instant::now();
    let out = keyfence()
        .args(["audit", "--repos", "list.txt", "--clone-timeout", "1s"])
        .current_dir(d)
        .env(
            "PATH",
            format!("{}:{}", stubs.display(), std::env::var("PATH").unwrap()),
        )
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("gave up after 1s (--clone-timeout)"),
        "{}",
        stderr(&out)
    );
    // The stub's child went with it (the process group is killed).
    assert!(started.elapsed() < std::time::Duration::from_secs(60));
}
