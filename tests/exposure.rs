//! Exposure and confidence on a realistic mixed repository built at run time: a
//! Next.js front end, a Vite app, Android, iOS, React Native, Flutter, Electron, a
//! browser extension, Python, Go and Node back ends, deployment files and docs. Each
//! planted key must get the right exposure, with a reason.

mod common;

use std::fs;
use std::path::Path;

use common::{key, keyfence};
use serde_json::Value;
use tempfile::TempDir;

/// (path, content with `{k}` for the key, expected exposure)
const TREE: &[(&str, &str, &str)] = &[
    // Next.js
    (
        "web/package.json",
        r#"{"dependencies": {"next": "14.2.0", "react": "18.3.0"}}"#,
        "",
    ),
    ("web/.env.local", "NEXT_PUBLIC_ZAI_KEY={k}\n", "client"),
    ("web/.env.server", "ZAI_API_KEY={k}\n", "server"),
    (
        "web/next.config.js",
        "module.exports = { env: { ZAI: '{k}' } };\n",
        "client",
    ),
    (
        "web/app/api/chat/route.ts",
        "const key = '{k}';\nexport async function POST() {}\n",
        "server",
    ),
    (
        "web/app/actions.ts",
        "'use server';\nconst key = '{k}';\n",
        "server",
    ),
    // A server component (no "use client", imported by no client component): Next.js
    // renders it on the server and sends no code of it.
    (
        "web/app/page.tsx",
        "export default function Page() { const k = '{k}'; }\n",
        "server",
    ),
    (
        "web/components/Chat.tsx",
        "\"use client\";\nconst k = \"{k}\";\n",
        "client",
    ),
    (
        "web/lib/zai.ts",
        "// helpers\n'use client'\nexport const k = '{k}';\n",
        "client",
    ),
    (
        "web/.next/static/chunks/main-1a2b.js",
        "var k=\"{k}\";",
        "client",
    ),
    // Vite + React single-page app
    (
        "spa/package.json",
        r#"{"devDependencies": {"vite": "5.0.0"}, "dependencies": {"react-dom": "18"}}"#,
        "",
    ),
    (
        "spa/src/api.ts",
        "export const client = new ZhipuAI({ apiKey: '{k}' });\n",
        "client",
    ),
    // Vite's configuration runs in Node at build and dev time.
    ("spa/vite.config.ts", "const k = '{k}';\n", "server"),
    (
        "spa/dist/assets/index-9f8e.js",
        "const k=\"{k}\";",
        "client",
    ),
    (
        "spa/src/app.js.map",
        "{\"sourcesContent\":[\"const k = '{k}'\"]}",
        "client",
    ),
    // Android
    (
        "android/app/src/main/res/values/strings.xml",
        "<string name=\"zai\">{k}</string>\n",
        "client",
    ),
    (
        "android/app/build.gradle",
        "buildConfigField \"String\", \"ZAI\", \"\\\"{k}\\\"\"\n",
        "client",
    ),
    (
        "android/app/src/main/java/com/acme/Api.java",
        "String K = \"{k}\";\n",
        "client",
    ),
    // iOS, React Native, Flutter
    (
        "ios/Acme/Info.plist",
        "<key>ZaiKey</key><string>{k}</string>\n",
        "client",
    ),
    ("ios/Acme/Api.swift", "let key = \"{k}\"\n", "client"),
    (
        "rn/package.json",
        r#"{"dependencies": {"react-native": "0.74.0", "react": "18"}}"#,
        "",
    ),
    ("rn/src/zai.js", "export const key = '{k}';\n", "client"),
    (
        "flutter_app/lib/main.dart",
        "const key = '{k}';\n",
        "client",
    ),
    // Electron
    (
        "desktop/package.json",
        r#"{"devDependencies": {"electron": "30.0.0"}}"#,
        "",
    ),
    (
        "desktop/src/renderer/chat.js",
        "const key = '{k}';\n",
        "client",
    ),
    // Electron packages the main process with the rest of the app users install.
    ("desktop/src/main.js", "const key = '{k}';\n", "client"),
    // Browser extension
    (
        "extension/manifest.json",
        r#"{"manifest_version": 3, "name": "acme"}"#,
        "",
    ),
    ("extension/background.js", "const key = '{k}';\n", "client"),
    // Back ends
    ("api/main.py", "ZAI_API_KEY = \"{k}\"\n", "server"),
    ("svc/cmd/main.go", "const key = \"{k}\"\n", "server"),
    (
        "node-api/package.json",
        r#"{"dependencies": {"express": "4.19.0"}}"#,
        "",
    ),
    ("node-api/src/index.js", "const key = '{k}';\n", "server"),
    // Deployment
    ("Dockerfile", "ENV ZAI_API_KEY={k}\n", "server"),
    (
        "deploy/k8s/secret.yaml",
        "stringData:\n  key: {k}\n",
        "server",
    ),
    (
        "infra/main.tf",
        "variable \"zai\" { default = \"{k}\" }\n",
        "server",
    ),
    (
        ".github/workflows/deploy.yml",
        "env:\n  ZAI_API_KEY: {k}\n",
        "server",
    ),
    // Neither: said so.
    ("scripts/seed.js", "const key = '{k}';\n", "unknown"),
    (
        "docs/setup.md",
        "Set `ZAI_API_KEY={k}` in your shell.\n",
        "unknown",
    ),
];

fn build(dir: &Path) -> Vec<(String, &'static str, &'static str)> {
    let mut planted = Vec::new();
    for (i, (path, content, want)) in TREE.iter().enumerate() {
        let k = key(200 + i as u64);
        let p = dir.join(path);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(&p, content.replace("{k}", &k)).unwrap();
        if !want.is_empty() {
            planted.push((k, *path, *want));
        }
    }
    planted
}

fn jsonl(out: &[u8]) -> Vec<Value> {
    String::from_utf8_lossy(out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn each_planted_key_gets_the_right_exposure_with_a_reason() {
    let dir = TempDir::new().unwrap();
    let planted = build(dir.path());
    let out = keyfence()
        .args(["scan", "--format", "jsonl", "--show-secrets"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let found = jsonl(&out.stdout);
    assert_eq!(found.len(), planted.len());
    let mut wrong = Vec::new();
    let mut counts = std::collections::BTreeMap::new();
    for (k, path, want) in &planted {
        let f = found
            .iter()
            .find(|f| f["secret"] == k.as_str())
            .unwrap_or_else(|| panic!("{path}: not found"));
        assert_eq!(f["path"], *path);
        assert!(!f["exposure_reason"].as_str().unwrap().is_empty());
        assert!(f["confidence"].is_string());
        if f["exposure"] != *want {
            wrong.push(format!(
                "{path}: {} ({}), want {want}",
                f["exposure"], f["exposure_reason"]
            ));
        }
        *counts.entry(want.to_string()).or_insert(0) += 1;
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
    // The expectations above, counted: a change to the tree must be a change here too.
    assert_eq!(counts["client"], 18, "{counts:?}");
    assert_eq!(counts["server"], 12, "{counts:?}");
    assert_eq!(counts["unknown"], 2, "{counts:?}");

    // Documentation lowers confidence; the finding stays.
    let doc = found.iter().find(|f| f["path"] == "docs/setup.md").unwrap();
    assert_eq!(doc["confidence"], "medium", "{doc:#}");

    // Filters, on request only.
    let out = keyfence()
        .args(["scan", "--format", "jsonl", "--exposure", "client"])
        .arg(dir.path())
        .output()
        .unwrap();
    let client = jsonl(&out.stdout);
    assert_eq!(client.len(), counts["client"]);
    assert!(client.iter().all(|f| f["exposure"] == "client"));
    let out = keyfence()
        .args(["scan", "--format", "jsonl", "--min-confidence", "high"])
        .arg(dir.path())
        .output()
        .unwrap();
    let high = jsonl(&out.stdout);
    assert!(!high.is_empty() && high.len() < found.len());
    assert!(high.iter().all(|f| f["confidence"] == "high"));
    // Nothing left after filtering: a clean exit.
    let out = keyfence()
        .args(["scan", "--format", "jsonl", "--exposure", "server"])
        .arg(dir.path().join("web/components"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn the_human_report_leads_with_client_side_findings_and_their_fix() {
    let dir = TempDir::new().unwrap();
    fs::create_dir_all(dir.path().join("api")).unwrap();
    fs::create_dir_all(dir.path().join("web")).unwrap();
    fs::write(dir.path().join("api/a.py"), format!("K = '{}'\n", key(300))).unwrap();
    fs::write(
        dir.path().join("web/.env"),
        format!("VITE_ZAI={}\n", key(301)),
    )
    .unwrap();
    let out = keyfence()
        .env_remove("GITHUB_ACTIONS")
        .args(["scan", "--color", "never"])
        .arg(dir.path())
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let client = text.find("web/.env").unwrap();
    let server = text.find("api/a.py").unwrap();
    assert!(client < server, "client-side first: {text}");
    assert!(
        text.contains("move the Z.ai call behind a server-side endpoint"),
        "{text}"
    );
}

/// A Vite app with an Express server: a key in a client module, one in the server,
/// and one that only history holds (in a client module, since deleted).
fn app_with_history() -> (TempDir, [String; 3]) {
    let dir = common::repo();
    let d = dir.path();
    let keys = [key(71), key(72), key(73)];
    let files = [
        (
            "package.json",
            r#"{"scripts":{"dev":"vite","server":"node server/index.js"},"dependencies":{"express":"4"},"devDependencies":{"vite":"5"}}"#.to_string(),
        ),
        ("index.html", "<script type=\"module\" src=\"/src/main.ts\"></script>\n".to_string()),
        ("src/main.ts", "import { ask } from './chat';\nimport './old';\nask();\n".to_string()),
        ("src/chat.ts", format!("export const ask = () => '{}';\n", keys[0])),
        ("src/old.ts", format!("export const old = '{}';\n", keys[2])),
        ("server/index.js", format!("const key = '{}';\n", keys[1])),
    ];
    for (path, text) in &files {
        common::write(d, path, text);
    }
    common::git(d, &["add", "-A"]);
    common::git(d, &["commit", "-q", "-m", "app"]);
    // The old module goes; its key stays in history.
    common::write(d, "src/main.ts", "import { ask } from './chat';\nask();\n");
    fs::remove_file(d.join("src/old.ts")).unwrap();
    common::git(d, &["commit", "-q", "-am", "drop the old module"]);
    (dir, keys)
}

fn exposures(mode: &str, d: &Path) -> Vec<(String, String)> {
    let (out, found) = common::findings(mode, d, &[]);
    assert_eq!(out.status.code(), Some(1), "{}", common::stderr(&out));
    let mut v: Vec<(String, String)> = found
        .iter()
        .map(|f| {
            (
                f["secret"].as_str().unwrap().to_string(),
                f["exposure"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    v.sort();
    v
}

#[test]
fn scan_git_audit_hooks_and_the_report_agree_on_every_secret() {
    let (dir, [client, server, history]) = app_with_history();
    let d = dir.path();
    let on_disk = exposures("scan", d);
    let mut want_disk = vec![
        (client.clone(), "client".to_string()),
        (server.clone(), "server".to_string()),
    ];
    want_disk.sort();
    assert_eq!(on_disk, want_disk);
    let mut want_all = want_disk.clone();
    want_all.push((history.clone(), "client".to_string()));
    want_all.sort();
    assert_eq!(
        exposures("git", d),
        want_all,
        "history judges each place by its commit's project"
    );
    assert_eq!(exposures("audit", d), want_all);

    // The reason names the chain that ships it.
    let (_, found) = common::findings("git", d, &[]);
    let old = found
        .iter()
        .find(|f| f["secret"] == history.as_str())
        .unwrap();
    let why = old["exposure_reason"].as_str().unwrap();
    assert!(why.contains("src/main.ts ← index.html"), "{why}");

    // The HTML report counts the history-only key as client-side.
    let out = keyfence()
        .args(["audit", "--format", "html"])
        .arg(d)
        .output()
        .unwrap();
    let html = String::from_utf8_lossy(&out.stdout);
    assert!(html.contains("<b>2</b>exposed client-side"), "{html}");

    // The pre-commit hook judges a staged key the same way, and says so.
    common::write(
        d,
        "src/chat.ts",
        format!("export const ask = () => '{}';\n", key(74)),
    );
    common::git(d, &["add", "src/chat.ts"]);
    let out = common::run_in(d, &["hook", "pre-commit"]);
    let err = common::stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("client-side: bundled for the browser"),
        "{err}"
    );
}

/// A bring-your-own-key client (the user's key, read at run time from storage or an
/// input, sent to Z.ai) ships no key: no finding at medium or high confidence, exit 0,
/// on disk and in history. A call whose key the build inlines, or a literal key, stays.
#[test]
fn a_client_that_brings_its_users_own_key_is_not_a_leak() {
    let call = "fetch('https://api.z.ai/api/paas/v4/chat/completions', { method: 'POST', \
                headers: { Authorization: `Bearer ${apiKey}` } });";
    let cases: &[(&str, String, i32)] = &[
        (
            "storage",
            format!("const apiKey = localStorage.getItem('zai_api_key') || '';\n{call}\n"),
            0,
        ),
        (
            "input",
            format!(
                "let apiKey = '';\nkeyInput.addEventListener('input', (e) => {{ apiKey = \
                 e.target.value; }});\nexport const ask = () => {call}\n"
            ),
            0,
        ),
        (
            "extension storage",
            format!(
                "chrome.storage.local.get(['zhipuKey'], ({{ zhipuKey: apiKey }}) => {{\n{call}\n}});\n"
            ),
            0,
        ),
        (
            "build-time variable",
            format!(
                "const saved = localStorage.getItem('apiKey');\nconst apiKey = saved || \
                 import.meta.env.VITE_LLM_KEY;\n{call}\n"
            ),
            1,
        ),
        (
            "no key source",
            format!("const apiKey = window.config;\n{call}\n"),
            1,
        ),
    ];
    for (what, code, want) in cases {
        let dir = common::repo();
        let d = dir.path();
        common::write(
            d,
            "package.json",
            r#"{"name":"chat","devDependencies":{"vite":"5"}}"#,
        );
        common::write(
            d,
            "index.html",
            "<script type=\"module\" src=\"/src/chat.js\"></script>\n",
        );
        common::commit(d, "src/chat.js", code, "the client");
        for mode in ["scan", "git", "audit"] {
            let out = keyfence()
                .args([mode, "--format", "jsonl", "."])
                .current_dir(d)
                .output()
                .unwrap();
            let found = common::jsonl(&out);
            assert_eq!(out.status.code(), Some(*want), "{what}, {mode}: {found:?}");
            if *want == 1 {
                assert!(
                    found.iter().any(|f| f["rule"] == "zai-client-call"),
                    "{what}, {mode}: {found:?}"
                );
            }
        }
    }
    // A literal key in the same client is a key finding, whatever else the file reads.
    let dir = common::repo();
    let d = dir.path();
    common::write(d, "package.json", r#"{"devDependencies":{"vite":"5"}}"#);
    let code = format!(
        "const apiKey = localStorage.getItem('k') || '{}';\n{call}\n",
        key(8201)
    );
    common::commit(d, "src/chat.js", &code, "the client");
    let out = keyfence()
        .args(["scan", "."])
        .current_dir(d)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
}
