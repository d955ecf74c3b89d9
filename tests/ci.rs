//! `keyfence ci github` on repositories built at run time: a bare "GitHub" remote, a
//! developer clone that pushes, and a checkout made as actions/checkout makes it
//! (shallow by default), with real-shaped event payloads.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

use common::{assert_valid_sarif, bare_and_clone, commit, git, key, keyfence};
use serde_json::{json, Value};
use tempfile::TempDir;

struct Remote {
    dir: TempDir,
    origin: PathBuf,
    dev: PathBuf,
    /// A key committed (and pushed) before any event below: never new.
    old_key: String,
}

impl Remote {
    fn url(&self) -> String {
        format!("file://{}", self.origin.display())
    }

    /// A checkout as actions/checkout makes it: `depth` commits of `branch` (0: all).
    fn checkout(&self, name: &str, branch: &str, depth: usize) -> PathBuf {
        let path = self.dir.path().join(name);
        let mut args = vec!["clone", "-q", "--branch", branch];
        let d = depth.to_string();
        if depth > 0 {
            args.extend(["--depth", &d]);
        }
        let url = self.url();
        args.extend([url.as_str(), path.to_str().unwrap()]);
        git(self.dir.path(), &args);
        path
    }
}

fn remote() -> Remote {
    let dir = TempDir::new().unwrap();
    let (origin, dev) = bare_and_clone(dir.path(), "origin.git", "dev");
    // GitHub serves any reachable commit by sha; so does this remote.
    git(
        &origin,
        &["config", "uploadpack.allowAnySHA1InWant", "true"],
    );
    let old_key = key(90);
    commit(
        &dev,
        "legacy.env",
        &format!("ZAI_API_KEY={old_key}\n"),
        "legacy",
    );
    for i in 0..5 {
        commit(
            &dev,
            "history.txt",
            &format!("{i}\n"),
            &format!("history {i}"),
        );
    }
    git(&dev, &["push", "-q", "origin", "main"]);
    Remote {
        dir,
        origin,
        dev,
        old_key,
    }
}

struct Run {
    out: Output,
    summary: String,
    outputs: String,
    sarif: Option<Value>,
}

impl Run {
    fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.out.stderr).into_owned()
    }
    fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.out.stdout).into_owned()
    }
    /// The redacted keys' first four characters, from the SARIF results.
    fn found(&self) -> Vec<String> {
        let mut v: Vec<String> = self.sarif.as_ref().unwrap()["runs"][0]["results"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["message"]["text"].as_str().unwrap().to_string())
            .collect();
        v.sort();
        v
    }
}

fn ci(checkout: &Path, event: &str, payload: Value) -> Run {
    ci_with(checkout, event, payload, &[])
}

/// [`ci`] with more environment variables.
fn ci_with(checkout: &Path, event: &str, payload: Value, envs: &[(&str, &str)]) -> Run {
    let tmp = TempDir::new().unwrap();
    let event_path = tmp.path().join("event.json");
    fs::write(&event_path, payload.to_string()).unwrap();
    let summary = tmp.path().join("summary.md");
    let outputs = tmp.path().join("output.txt");
    let sarif = tmp.path().join("keyfence.sarif");
    let out = keyfence()
        .args(["ci", "github", "--sarif-file"])
        .arg(&sarif)
        .current_dir(checkout)
        .env("GITHUB_ACTIONS", "true")
        .env("GITHUB_EVENT_NAME", event)
        .env("GITHUB_EVENT_PATH", &event_path)
        .env("GITHUB_WORKSPACE", checkout)
        .env("GITHUB_STEP_SUMMARY", &summary)
        .env("GITHUB_OUTPUT", &outputs)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .envs(envs.iter().copied())
        .output()
        .unwrap();
    let read = |p: &Path| fs::read_to_string(p).unwrap_or_default();
    let sarif = fs::read_to_string(&sarif)
        .ok()
        .map(|t| serde_json::from_str(&t).unwrap());
    if let Some(doc) = &sarif {
        assert_valid_sarif(doc);
    }
    Run {
        summary: read(&summary),
        outputs: read(&outputs),
        out,
        sarif,
    }
}

fn head(dir: &Path) -> String {
    git(dir, &["rev-parse", "HEAD"])
}

/// The first four characters of a key, as redaction keeps them.
fn shown(k: &str) -> String {
    k[..4].to_string()
}

#[test]
fn a_push_to_an_existing_branch_scans_the_pushed_commits_in_a_shallow_checkout() {
    let r = remote();
    let before = head(&r.dev);
    let k = key(91);
    let leak = commit(
        &r.dev,
        "web/src/api,client.ts",
        &format!("const k = \"{k}\";\n"),
        "client",
    );
    commit(&r.dev, "c.txt", "c\n", "later");
    git(&r.dev, &["push", "-q", "origin", "main"]);
    let after = head(&r.dev);
    let checkout = r.checkout("checkout", "main", 1);
    let run = ci(
        &checkout,
        "push",
        json!({"ref": "refs/heads/main", "before": before, "after": after, "created": false,
               "deleted": false, "forced": false, "repository": {"default_branch": "main"}}),
    );
    assert_eq!(run.out.status.code(), Some(1), "{}", run.stderr());
    let found = run.found();
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains(&shown(&k)), "{found:?}");
    assert!(
        !run.stdout().contains(&k) && !run.summary.contains(&k),
        "a secret leaked"
    );
    // The annotation points at the file and line, with `,` escaped in the property.
    assert!(
        run.stdout()
            .contains("::error file=web/src/api%2Cclient.ts,line=1,endLine=1,col=12,"),
        "{}",
        run.stdout()
    );
    assert!(run.stdout().contains(&leak[..12]), "names the commit");
    assert!(
        run.summary.contains("## keyfence: 1 Z.ai API key found"),
        "{}",
        run.summary
    );
    assert!(
        run.summary.contains("the push to `main`: 2 commits"),
        "{}",
        run.summary
    );
    assert!(run.outputs.contains("findings=1\n"), "{}", run.outputs);
    assert!(run.outputs.contains("keys=1\nflows=0\n"), "{}", run.outputs);
    assert!(run.outputs.contains("sarif-file=/"), "{}", run.outputs);
    // The old key, already on main before this push, is not reported.
    assert!(!run.found().iter().any(|f| f.contains(&shown(&r.old_key))));

    // A clean push: exit 0, an empty SARIF run, a short summary.
    commit(&r.dev, "d.txt", "d\n", "clean");
    git(&r.dev, &["push", "-q", "origin", "main"]);
    let checkout = r.checkout("checkout2", "main", 1);
    let run = ci(
        &checkout,
        "push",
        json!({"ref": "refs/heads/main", "before": after, "after": head(&r.dev),
               "repository": {"default_branch": "main"}}),
    );
    assert_eq!(run.out.status.code(), Some(0), "{}", run.stderr());
    assert!(run.found().is_empty());
    assert!(
        run.summary.contains("no Z.ai API keys found"),
        "{}",
        run.summary
    );
    assert!(run.outputs.contains("findings=0\n"));
}

#[test]
fn a_new_branch_and_a_force_push_scan_what_is_not_on_the_default_branch() {
    let r = remote();
    git(&r.dev, &["checkout", "-q", "-b", "feature"]);
    let k = key(92);
    commit(&r.dev, "f.py", &format!("KEY = \"{k}\"\n"), "feature");
    git(&r.dev, &["push", "-q", "origin", "feature"]);
    let tip = head(&r.dev);
    let checkout = r.checkout("checkout", "feature", 1);
    let run = ci(
        &checkout,
        "push",
        json!({"ref": "refs/heads/feature", "before": "0000000000000000000000000000000000000000",
               "after": tip, "created": true, "repository": {"default_branch": "main"}}),
    );
    assert_eq!(run.out.status.code(), Some(1), "{}", run.stderr());
    let found = run.found();
    assert_eq!(found.len(), 1, "only the branch's own key: {found:?}");
    assert!(found[0].contains(&shown(&k)));
    assert!(
        run.summary
            .contains("a new branch `feature`: the commits not on `main`"),
        "{}",
        run.summary
    );

    // A force push whose old tip exists nowhere: the same rule.
    git(
        &r.dev,
        &["commit", "-q", "--amend", "-m", "feature, reworded"],
    );
    git(&r.dev, &["push", "-q", "--force", "origin", "feature"]);
    let checkout = r.checkout("checkout2", "feature", 1);
    let run = ci(
        &checkout,
        "push",
        json!({"ref": "refs/heads/feature", "before": "1111111111111111111111111111111111111111",
               "after": head(&r.dev), "forced": true, "repository": {"default_branch": "main"}}),
    );
    assert_eq!(run.out.status.code(), Some(1), "{}", run.stderr());
    assert_eq!(run.found().len(), 1);
    assert!(
        run.summary.contains("a force push whose old tip is gone"),
        "{}",
        run.summary
    );

    // Deleting the branch publishes nothing.
    let run = ci(
        &checkout,
        "push",
        json!({"ref": "refs/heads/feature", "before": tip,
               "after": "0000000000000000000000000000000000000000", "deleted": true,
               "repository": {"default_branch": "main"}}),
    );
    assert_eq!(run.out.status.code(), Some(0), "{}", run.stderr());
    assert!(run.found().is_empty());
}

#[test]
fn a_pull_request_scans_its_own_commits() {
    let r = remote();
    let base = head(&r.dev);
    git(&r.dev, &["checkout", "-q", "-b", "pr"]);
    let k = key(93);
    commit(
        &r.dev,
        "web/.env.local",
        &format!("NEXT_PUBLIC_ZAI_KEY={k}\n"),
        "pr work",
    );
    commit(&r.dev, "more.txt", "more\n", "more pr work");
    git(&r.dev, &["push", "-q", "origin", "pr"]);
    let pr_head = head(&r.dev);
    // main moves on after the branch point.
    git(&r.dev, &["checkout", "-q", "main"]);
    commit(&r.dev, "m.txt", "m\n", "main moves on");
    git(&r.dev, &["push", "-q", "origin", "main"]);
    let main_tip = head(&r.dev);
    // The checkout holds main only (as a PR's merge ref would, shallow); the PR's head
    // must be fetched by sha.
    let checkout = r.checkout("checkout", "main", 1);
    let run = ci(
        &checkout,
        "pull_request",
        json!({"number": 7, "pull_request": {"number": 7,
               "base": {"sha": main_tip, "ref": "main"},
               "head": {"sha": pr_head, "ref": "pr"}}}),
    );
    assert_eq!(run.out.status.code(), Some(1), "{}", run.stderr());
    let found = run.found();
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains(&shown(&k)));
    assert!(found[0].contains("exposure client"), "{found:?}");
    assert!(
        run.summary
            .contains(&format!("pull request #7: 2 commits ({}..", &base[..7])),
        "{}",
        run.summary
    );
}

#[test]
fn workflow_dispatch_audits_everything_and_a_checkout_that_cannot_be_deepened_fails() {
    let r = remote();
    let checkout = r.checkout("checkout", "main", 1);
    let run = ci(&checkout, "workflow_dispatch", json!({"inputs": {}}));
    assert_eq!(run.out.status.code(), Some(1), "{}", run.stderr());
    // The old key (on disk and in the first commit) is found, and the shallow checkout
    // was deepened to read all of history.
    assert!(run.found().iter().any(|f| f.contains(&shown(&r.old_key))));
    assert_eq!(
        git(&checkout, &["rev-parse", "--is-shallow-repository"]),
        "false"
    );
    assert!(
        run.summary.contains("the whole repository"),
        "{}",
        run.summary
    );

    // A shallow checkout whose remote is gone: a clear error, never a clean pass.
    let checkout = r.checkout("checkout2", "main", 1);
    let before = git(&r.dev, &["rev-parse", "HEAD~3"]);
    fs::rename(&r.origin, r.dir.path().join("gone.git")).unwrap();
    let run = ci(
        &checkout,
        "push",
        json!({"ref": "refs/heads/main", "before": before, "after": head(&checkout),
               "repository": {"default_branch": "main"}}),
    );
    assert_eq!(run.out.status.code(), Some(2), "{}", run.stderr());
    assert!(run.stderr().contains("fetch-depth: 0"), "{}", run.stderr());
    let run = ci(&checkout, "schedule", json!({}));
    assert_eq!(run.out.status.code(), Some(2), "{}", run.stderr());
    assert!(run.stderr().contains("fetch-depth: 0"), "{}", run.stderr());
}

/// A pull request cannot bring its own suppressions: its `.keyfenceignore` and
/// `.keyfence.toml` are read from the merge base (which has none), named as edits, and
/// the key is reported; the same entries on the base branch count.
#[test]
fn a_pull_request_cannot_suppress_its_own_key() {
    let r = remote();
    git(&r.dev, &["checkout", "-q", "-b", "pr"]);
    let k = key(94);
    fs::write(r.dev.join(".keyfenceignore"), "**\n").unwrap();
    fs::write(
        r.dev.join(".keyfence.toml"),
        "[rules]\ndisable = [\"zai-api-key\"]\n",
    )
    .unwrap();
    commit(&r.dev, "src/api.js", &format!("const k = '{k}';\n"), "pr");
    git(&r.dev, &["push", "-q", "origin", "pr"]);
    let pr_head = head(&r.dev);
    git(&r.dev, &["checkout", "-q", "main"]);
    let main_tip = head(&r.dev);
    // The checkout holds the pull request's files, as its merge commit would.
    let checkout = r.checkout("checkout", "pr", 0);
    let payload = json!({"number": 8, "pull_request": {"number": 8,
           "base": {"sha": main_tip, "ref": "main"},
           "head": {"sha": pr_head, "ref": "pr"}}});
    let run = ci(&checkout, "pull_request", payload);
    assert_eq!(run.out.status.code(), Some(1), "{}", run.stderr());
    assert!(run.found().iter().any(|f| f.contains(&shown(&k))));
    assert!(
        run.stderr()
            .contains("this change edits `.keyfence.toml`, `.keyfenceignore`"),
        "{}",
        run.stderr()
    );
}

/// Verification in a pull request from a fork: whoever opens it chooses the keys, so
/// `KEYFENCE_VERIFY=1` does not send them unless the workflow says so for forks too.
#[test]
fn a_pull_request_from_a_fork_is_not_verified_unless_the_workflow_says_so() {
    use std::sync::Arc;
    let zai = common::http::Server::start(Arc::new(
        |_: &common::http::Request, conn: &mut std::net::TcpStream| {
            common::http::respond(
                conn,
                401,
                "application/json",
                &[],
                br#"{"error":{"code":"1002"}}"#,
            )
        },
    ));
    let r = remote();
    git(&r.dev, &["checkout", "-q", "-b", "pr"]);
    let k = key(95);
    commit(
        &r.dev,
        "src/api.js",
        &format!("const zhipu = '{k}';\n"),
        "pr",
    );
    git(&r.dev, &["push", "-q", "origin", "pr"]);
    let pr_head = head(&r.dev);
    git(&r.dev, &["checkout", "-q", "main"]);
    let main_tip = head(&r.dev);
    let checkout = r.checkout("checkout", "pr", 0);
    let payload = |head_repo: Value| {
        json!({"number": 9, "repository": {"full_name": "acme/app"},
               "pull_request": {"number": 9,
                 "base": {"sha": main_tip, "ref": "main",
                          "repo": {"full_name": "acme/app", "fork": false}},
                 "head": {"sha": pr_head, "ref": "pr", "repo": head_repo}}})
    };
    let endpoint = zai.origin();
    let opt_in = [
        ("KEYFENCE_VERIFY", "1"),
        ("KEYFENCE_ZAI_ENDPOINT", endpoint.as_str()),
    ];
    let forks = [
        json!({"full_name": "mallory/app", "fork": true}),
        json!({"full_name": "mallory/app"}),
        Value::Null,
    ];
    for (event, head_repo) in ["pull_request", "pull_request_target"]
        .into_iter()
        .flat_map(|e| forks.iter().map(move |h| (e, h.clone())))
    {
        let run = ci_with(&checkout, event, payload(head_repo.clone()), &opt_in);
        assert_eq!(run.out.status.code(), Some(1), "{}", run.stderr());
        assert!(
            run.stderr().contains("this pull request comes from a fork"),
            "{head_repo}: {}",
            run.stderr()
        );
        assert!(
            zai.requests().is_empty(),
            "{head_repo}: {:?}",
            zai.requests()
        );
    }
    // The workflow opts forks in.
    let mut both = opt_in.to_vec();
    both.push(("KEYFENCE_VERIFY_FORKS", "1"));
    let run = ci_with(&checkout, "pull_request", payload(forks[0].clone()), &both);
    assert_eq!(run.out.status.code(), Some(1), "{}", run.stderr());
    let asked = zai.requests().len();
    assert!(asked > 0, "{}", run.stderr());
    // A pull request from a branch of the repository itself is verified.
    let run = ci_with(
        &checkout,
        "pull_request",
        payload(json!({"full_name": "acme/app", "fork": false})),
        &opt_in,
    );
    assert_eq!(run.out.status.code(), Some(1), "{}", run.stderr());
    assert!(!run.stderr().contains("fork"), "{}", run.stderr());
    assert!(zai.requests().len() > asked);
}
