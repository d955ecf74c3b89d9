//! `--format sarif` against the SARIF 2.1.0 JSON schema and GitHub code scanning's
//! required fields, and `--format github` annotations and job summary.
//!
//! `tests/data/sarif-schema-2.1.0.json` is the official OASIS schema (errata 01),
//! kept in the repository so this test runs anywhere.

mod common;

use std::fs;

use common::{assert_valid_sarif, key, keyfence};
use serde_json::Value;
use tempfile::TempDir;

fn tree() -> (TempDir, Vec<String>) {
    let dir = TempDir::new().unwrap();
    let d = dir.path();
    let keys: Vec<String> = (80..83).map(key).collect();
    fs::create_dir_all(d.join("web/dist")).unwrap();
    fs::create_dir_all(d.join("api dir")).unwrap();
    fs::write(
        d.join("web/.env.production"),
        format!("VITE_ZAI_KEY={}\n", keys[0]),
    )
    .unwrap();
    fs::write(
        d.join("web/dist/app.js"),
        format!("var a=1;\nvar k=\"{}\";\n", keys[1]),
    )
    .unwrap();
    fs::write(
        d.join("api dir/main,v2:π.py"),
        format!("ZAI_API_KEY = \"{}\"\n", keys[2]),
    )
    .unwrap();
    (dir, keys)
}

#[test]
fn scan_as_sarif_validates_and_never_shows_a_secret() {
    let (dir, keys) = tree();
    for show in [false, true] {
        let mut cmd = keyfence();
        cmd.args(["scan", "--format", "sarif"]).arg(dir.path());
        if show {
            cmd.arg("--show-secrets");
        }
        let out = cmd.output().unwrap();
        assert_eq!(out.status.code(), Some(1));
        let text = String::from_utf8(out.stdout).unwrap();
        for k in &keys {
            assert!(!text.contains(k.as_str()), "SARIF shows a secret");
        }
        let doc: Value = serde_json::from_str(&text).unwrap();
        assert_valid_sarif(&doc);
        let results = doc["runs"][0]["results"].as_array().unwrap();
        assert_eq!(results.len(), 3);
        let uris: Vec<&str> = results
            .iter()
            .map(|r| {
                r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                    .as_str()
                    .unwrap()
            })
            .collect();
        assert!(uris.contains(&"web/.env.production"), "{uris:?}");
        assert!(uris.contains(&"api%20dir/main,v2:%CF%80.py"), "{uris:?}");
        let app = results
            .iter()
            .find(|r| {
                r["properties"]["exposure"] == "client"
                    && r["message"]["text"].as_str().unwrap().contains("dist/")
            })
            .unwrap();
        let region = &app["locations"][0]["physicalLocation"]["region"];
        assert_eq!(region["startLine"], 2);
        assert_eq!(region["startColumn"], 8);
        assert_eq!(region["endColumn"], 57);
    }
    // An empty result still validates.
    let empty = TempDir::new().unwrap();
    let out = keyfence()
        .args(["scan", "--format", "sarif"])
        .arg(empty.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_valid_sarif(&serde_json::from_slice(&out.stdout).unwrap());
}

#[test]
fn github_format_annotates_escapes_and_summarises() {
    let (dir, keys) = tree();
    let summary = dir.path().join("summary.md");
    fs::write(&summary, "earlier step\n").unwrap();
    let out = keyfence()
        .args(["scan"])
        .arg(dir.path().join("web"))
        .arg(dir.path().join("api dir"))
        .env("GITHUB_ACTIONS", "true")
        .env("GITHUB_STEP_SUMMARY", &summary)
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "{text}");
    assert!(
        lines.iter().all(|l| l.starts_with("::error file=")),
        "{text}"
    );
    // `:` and `,` in a file name are escaped in the property.
    assert!(
        text.contains(
            "::error file=api dir/main%2Cv2%3Aπ.py,line=1,endLine=1,col=16,endColumn=65,\
             title=Z.ai API key committed::"
        ),
        "{text}"
    );
    // Paths are from the current directory (the checkout), not from each scanned path.
    assert!(
        text.contains("::error file=web/dist/app.js,line=2,"),
        "{text}"
    );
    for k in &keys {
        assert!(!text.contains(k.as_str()));
    }
    let md = fs::read_to_string(&summary).unwrap();
    assert!(md.starts_with("earlier step\n"), "appends: {md}");
    assert!(
        md.contains("## keyfence: 3 Z.ai API keys found, 2 exposed client-side"),
        "{md}"
    );
    assert!(md.contains("Rotate each key"), "{md}");
    for k in &keys {
        assert!(!md.contains(k.as_str()));
    }

    // Past GitHub's 10 annotations a step, the rest are counted.
    let many = TempDir::new().unwrap();
    for i in 0..13 {
        fs::write(
            many.path().join(format!("f{i}.txt")),
            format!("{}\n", key(100 + i)),
        )
        .unwrap();
    }
    let out = keyfence()
        .args(["scan", "--format", "github"])
        .arg(many.path())
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.matches("::error ").count(), 10, "{text}");
    assert!(
        text.contains("::warning title=keyfence::3 more places"),
        "{text}"
    );
}
