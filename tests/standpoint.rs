//! The same answer wherever you stand: a run from a subdirectory of a repository, a
//! path argument and a rebuilt bundle change neither the places (named from the
//! repository's root), nor presence, exposure or fingerprints; and `audit` agrees
//! with `git` on what an inline marker accepts (its own place, never the key's others).

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use common::{commit, jsonl, key, keyfence, repo, write};
use serde_json::Value;

/// What a finding says that must not depend on where the run stood.
fn summary(found: &[Value]) -> BTreeSet<String> {
    found
        .iter()
        .map(|f| {
            let places: Vec<String> = f["places"]
                .as_array()
                .map(|ps| {
                    ps.iter()
                        .map(|p| format!("{}@{}", p["path"], p["commit"]))
                        .collect()
                })
                .unwrap_or_default();
            format!(
                "{} {} {}:{} {} {} {} {} {:?}",
                f["rule"],
                f["secret"],
                f["path"],
                f["line"],
                f["presence"],
                f["exposure"],
                f["fingerprint"],
                f["suppressed"],
                places
            )
        })
        .collect()
}

/// `keyfence ARGS --format jsonl --show-secrets` run in `cwd`: exit status and findings.
fn run(cwd: &Path, args: &[&str]) -> (Option<i32>, Vec<Value>) {
    let out = keyfence()
        .args(args)
        .args(["--format", "jsonl", "--show-secrets"])
        .current_dir(cwd)
        .output()
        .unwrap();
    (out.status.code(), jsonl(&out))
}

/// A Vite app: a key in `.env` still there, a key committed in `src/api.js` and
/// removed, the same key kept in `test/fixture.js` with a marker, and a flow in
/// `src/chat.js`.
fn app() -> (tempfile::TempDir, String, String) {
    let dir = repo();
    let d = dir.path();
    let (env_key, old_key) = (key(8101), key(8102));
    write(
        d,
        "package.json",
        r#"{"name":"app","devDependencies":{"vite":"5"}}"#,
    );
    write(d, ".env", format!("VITE_ZHIPU_API_KEY={env_key}\n"));
    write(d, "src/api.js", format!("export const k = '{old_key}';\n"));
    commit(
        d,
        "src/chat.js",
        "export const ask = () => fetch('https://open.bigmodel.cn/api/paas/v4/chat/completions', \
         { headers: { Authorization: `Bearer ${import.meta.env.VITE_ZHIPU_API_KEY}` } });\n",
        "the app",
    );
    write(d, "src/api.js", "export const k = process.env.K;\n");
    commit(
        d,
        "test/fixture.js",
        &format!("const k = '{old_key}'; // keyfence:allow test fixture\n"),
        "move the key to a fixture",
    );
    (dir, env_key, old_key)
}

#[test]
fn a_run_from_a_subdirectory_reports_what_a_run_from_the_root_does() {
    let (dir, env_key, _) = app();
    let d = dir.path();
    let (code, root) = run(d, &["audit"]);
    assert_eq!(code, Some(1));
    let (sub_code, from_src) = run(&d.join("src"), &["audit"]);
    assert_eq!(sub_code, Some(1));
    assert_eq!(summary(&root), summary(&from_src));
    // The key still in .env is in the working tree, whichever folder the run is in.
    let env = from_src
        .iter()
        .find(|f| f["secret"] == env_key.as_str())
        .expect("the .env key");
    assert_eq!(env["presence"], "working_tree");
    assert_eq!(env["path"], ".env");
    // Each flow once, not once from the files and once from history.
    let flows = from_src.iter().filter(|f| f["secret"].is_null()).count();
    assert_eq!(flows, root.iter().filter(|f| f["secret"].is_null()).count());
    let mut keys: Vec<String> = from_src
        .iter()
        .filter(|f| f["secret"].is_null())
        .map(|f| format!("{} {}", f["rule"], f["path"]))
        .collect();
    keys.dedup();
    assert_eq!(keys.len(), flows, "{keys:?}");
    // `git` from the subdirectory names history from the root too.
    let (_, git_root) = run(d, &["git"]);
    let (_, git_src) = run(&d.join("src"), &["git"]);
    assert_eq!(summary(&git_root), summary(&git_src));
}

#[test]
fn a_path_argument_narrows_what_is_scanned_never_how_it_is_named() {
    let (dir, env_key, old_key) = app();
    let d = dir.path();
    let (_, dot) = run(d, &["scan", "."]);
    let (_, src) = run(d, &["scan", "src"]);
    let (_, inside) = run(&d.join("src"), &["scan"]);
    let under_src: Vec<Value> = dot
        .iter()
        .filter(|f| f["path"].as_str().unwrap().starts_with("src/"))
        .cloned()
        .collect();
    assert!(!under_src.is_empty());
    assert_eq!(summary(&under_src), summary(&src));
    assert_eq!(summary(&src), summary(&inside));
    // `audit src`: only what lives under src/, named from the root; the old key's
    // fixture outside src/ is not among its places.
    let (_, narrowed) = run(d, &["audit", "src"]);
    assert!(narrowed.iter().all(|f| f["secret"] != env_key.as_str()));
    let old = narrowed
        .iter()
        .find(|f| f["secret"] == old_key.as_str())
        .expect("the old key of src/api.js");
    assert_eq!(old["path"], "src/api.js");
    assert_eq!(old["presence"], "history_only");
    for f in &narrowed {
        for p in f["places"].as_array().unwrap() {
            assert!(p["path"].as_str().unwrap().starts_with("src/"), "{p}");
        }
    }
}

#[test]
fn a_marker_accepts_its_own_place_and_audit_agrees_with_git() {
    let (dir, _, old_key) = app();
    let d = dir.path();
    let (git_code, git) = run(d, &["git"]);
    let (audit_code, audit) = run(d, &["audit"]);
    assert_eq!(git_code, Some(1));
    assert_eq!(audit_code, Some(1), "audit must not hide src/api.js");
    for found in [&git, &audit] {
        let f = found
            .iter()
            .find(|f| f["secret"] == old_key.as_str())
            .expect("the key committed in src/api.js");
        assert_eq!(f["path"], "src/api.js", "{f}");
        assert!(f["suppressed"].is_null(), "{f}");
    }
    let f = audit
        .iter()
        .find(|f| f["secret"] == old_key.as_str())
        .unwrap();
    assert_eq!(
        f["presence"], "history_only",
        "the working tree holds it only where a marker accepts it"
    );
    // With every place marked, the key is accepted in both.
    let only = repo();
    let o = only.path();
    commit(
        o,
        "test/fixture.js",
        &format!(
            "const k = '{}'; // keyfence:allow test fixture\n",
            key(8103)
        ),
        "a fixture",
    );
    for mode in ["git", "audit"] {
        let (code, found) = run(o, &[mode]);
        assert_eq!(code, Some(0), "{mode}: {found:?}");
    }
}

#[test]
fn a_rebuilt_bundle_keeps_its_fingerprint() {
    let dir = repo();
    let d = dir.path();
    let k = key(8104);
    write(
        d,
        "package.json",
        r#"{"name":"app","devDependencies":{"vite":"5"}}"#,
    );
    write(
        d,
        "dist/assets/index-8c1f3b2a.js",
        format!("const k=\"{k}\";"),
    );
    let (_, first) = run(d, &["scan", "dist"]);
    std::fs::remove_file(d.join("dist/assets/index-8c1f3b2a.js")).unwrap();
    write(
        d,
        "dist/assets/index-BS10jaMg.js",
        format!("var a=1;const k=\"{k}\";"),
    );
    let (_, rebuilt) = run(d, &["scan", "."]);
    assert_eq!(first.len(), 1);
    assert_eq!(rebuilt.len(), 1);
    assert_eq!(first[0]["fingerprint"], rebuilt[0]["fingerprint"]);
    assert_ne!(
        first[0]["path"], rebuilt[0]["path"],
        "the path itself is as it is"
    );
    // Two different files keep two fingerprints.
    write(d, "src/a.js", format!("const k=\"{k}\";"));
    let (_, two) = run(d, &["scan", "."]);
    let prints: BTreeSet<&str> = two
        .iter()
        .map(|f| f["fingerprint"].as_str().unwrap())
        .collect();
    assert_eq!(prints.len(), 2, "{two:?}");
}
