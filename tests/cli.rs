//! The `keyfence` binary end to end, on trees generated at run time.

mod common;

use std::fs;
use std::path::Path;

use common::{assert_exit, jsonl, key, keyfence, sdk_token, stable, stderr, stdout, write};
use serde_json::Value;
use tempfile::TempDir;

/// A planted key: where it is and what keyfence must say about it.
struct Planted {
    path: &'static str,
    secret: String,
    line: u64,
    column: u64,
    exposure: &'static str,
    confidence: &'static str,
    rule: &'static str,
}

/// A project tree with keys in the contexts users leak them in, plus decoys.
fn project() -> (TempDir, Vec<Planted>) {
    let dir = TempDir::new().unwrap();
    let root = dir.path();
    let (k1, k2, k3, k4, k5, k6, k7) = (key(1), key(2), key(3), key(4), key(5), key(6), key(7));
    let token = sdk_token(8);
    let mut planted = Vec::new();
    // What is expected of each: its place, then "exposure confidence rule".
    let mut plant = |path, secret: &str, line, column, expect: &'static str| {
        let mut e = expect.split(' ');
        let mut next = || e.next().unwrap();
        planted.push(Planted {
            path,
            secret: secret.to_string(),
            line,
            column,
            exposure: next(),
            confidence: next(),
            rule: next(),
        })
    };

    write(
        root,
        ".env.local",
        format!("# public config\nNEXT_PUBLIC_ZAI_API_KEY={k1}\n"),
    );
    plant(".env.local", &k1, 2, 25, "client high zai-api-key");

    write(
        root,
        "dist/assets/index-4f2a.min.js",
        format!("!function(){{var e={{a:1}};e.b=function(t){{return t}};var o={{apiKey:\"{k2}\",baseURL:\"/v1\"}};}}();"),
    );
    plant(
        "dist/assets/index-4f2a.min.js",
        &k2,
        1,
        66,
        "client medium zai-api-key",
    );

    write(
        root,
        "server/app.py",
        format!("from zhipuai import ZhipuAI\n\nclient = ZhipuAI(api_key=\"{k3}\")\n"),
    );
    plant("server/app.py", &k3, 3, 27, "server high zai-api-key");

    write(
        root,
        "config/settings.json",
        format!("{{\"env\":\"ZHIPUAI_API_KEY={k4}\\nDEBUG=1\"}}"),
    );
    plant(
        "config/settings.json",
        &k4,
        1,
        25,
        "unknown high zai-api-key",
    );

    let mut binary = vec![0x7f, b'E', b'L', b'F', 2, 1, 1, 0, 0, 0];
    binary.extend_from_slice(&[0u8; 40]);
    binary.extend_from_slice(k5.as_bytes());
    binary.extend_from_slice(&[0, 0, 0xff, 0xfe]);
    write(root, "bin/libclient.so", &binary);
    plant("bin/libclient.so", &k5, 1, 51, "unknown medium zai-api-key");

    write(
        root,
        "docs/notes.txt",
        format!("first\r\nsecond\r\nkey: {k6}\r\nend\r\n"),
    );
    // Documentation: one level lower than the shape alone would give.
    plant("docs/notes.txt", &k6, 3, 6, "unknown low zai-api-key");

    let mut latin1 = b"caf\xe9 cr\xe8me\n\xa9 2024 ".to_vec();
    latin1.extend_from_slice(k1.as_bytes());
    write(root, "legacy/readme.txt", &latin1);
    // A readme: documentation.
    plant("legacy/readme.txt", &k1, 2, 8, "unknown low zai-api-key");

    write(root, ".gitignore", "generated/\n");
    write(
        root,
        "generated/keys.js",
        format!("export const K = '{k7}';\n"),
    );
    plant(
        "generated/keys.js",
        &k7,
        1,
        19,
        "unknown medium zai-api-key",
    );

    write(root, "scripts/call.sh", format!("curl -H 'Authorization: Bearer {token}' https://open.bigmodel.cn/api/paas/v4/chat/completions\n"));
    plant("scripts/call.sh", &token, 1, 32, "unknown high zai-jwt");

    // Decoys: placeholders, near-misses, and a key inside .git that must not be read.
    let (id, secret) = common::key_parts(9);
    write(
        root,
        "README.md",
        format!(
            "Set ZAI_API_KEY={}.{}\nor {}.{}\nhash a{id}.{secret}\nid {id}.{secret}X\n",
            "0".repeat(32),
            secret,
            id,
            "x".repeat(16)
        ),
    );
    write(root, ".git/config", format!("[remote] key = {}\n", key(10)));
    write(root, "src/empty.js", "");
    (dir, planted)
}

#[test]
fn reports_every_planted_key_and_nothing_else() {
    let (dir, planted) = project();
    let out = keyfence()
        .args(["scan", "--format", "jsonl", "--show-secrets"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let found = jsonl(&out);
    assert_eq!(found.len(), planted.len(), "{found:#?}");
    for p in &planted {
        let f = found
            .iter()
            .find(|f| f["path"] == p.path)
            .unwrap_or_else(|| panic!("{} not reported", p.path));
        assert_eq!(f["secret"], p.secret.as_str(), "{}", p.path);
        assert_eq!(f["rule"], p.rule, "{}", p.path);
        assert_eq!(
            (f["line"].as_u64(), f["column"].as_u64()),
            (Some(p.line), Some(p.column)),
            "{}",
            p.path
        );
        assert_eq!(
            f["end_column"].as_u64(),
            Some(p.column + p.secret.len() as u64),
            "{}",
            p.path
        );
        assert_eq!(f["exposure"], p.exposure, "{}", p.path);
        assert_eq!(f["confidence"], p.confidence, "{}", p.path);
        assert!(f["fingerprint"].as_str().unwrap().starts_with("kf1-"));
        assert!(!f["exposure_reason"].as_str().unwrap().is_empty());
    }
}

#[test]
fn never_prints_a_secret_unless_asked() {
    let (dir, planted) = project();
    for format in ["human", "json", "jsonl"] {
        let out = keyfence()
            .args(["scan", "--format", format])
            .arg(dir.path())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        let all = format!("{}{}", stdout(&out), stderr(&out));
        for p in &planted {
            assert!(!all.contains(&p.secret), "{format} leaks {}", p.path);
            // The secret part of an API key never shows, in any form.
            if let Some((_, s)) = p.secret.split_once('.') {
                if p.rule == "zai-api-key" {
                    assert!(
                        !all.contains(s),
                        "{format} leaks the secret part of {}",
                        p.path
                    );
                }
            }
        }
    }
}

#[test]
fn output_formats_snapshot() {
    let (dir, _) = project();
    for (format, name) in [
        ("human", "scan_human"),
        ("json", "scan_json"),
        ("jsonl", "scan_jsonl"),
    ] {
        let out = keyfence()
            .args(["scan", "--color", "never", "--format", format])
            .arg(dir.path())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        insta::assert_snapshot!(name, stable(&stdout(&out), dir.path()));
    }
}

#[test]
fn json_is_one_document_with_a_summary() {
    let (dir, planted) = project();
    let out = keyfence()
        .args(["scan", "--format", "json"])
        .arg(dir.path())
        .output()
        .unwrap();
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["tool"], "keyfence");
    assert_eq!(doc["findings"].as_array().unwrap().len(), planted.len());
    assert_eq!(doc["summary"]["findings"], planted.len());
    assert_eq!(doc["summary"]["client_side"], 2);
    assert_eq!(doc["summary"]["files"], 12, ".git/ is never read");
    assert_eq!(doc["summary"]["errors"], 0);
}

#[test]
fn a_clean_tree_exits_zero() {
    let dir = TempDir::new().unwrap();
    write(dir.path(), "src/main.js", "console.log('hello')\n");
    let out = keyfence().arg("scan").arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out).starts_with("no Z.ai keys found in 1 file ("),
        "{}",
        stdout(&out)
    );
    let out = keyfence()
        .args(["scan", "--format", "jsonl"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
}

#[test]
fn bad_arguments_exit_two_with_one_line() {
    let out = keyfence()
        .args(["scan", "/no/such/path/anywhere"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("/no/such/path/anywhere") && err.contains("No such file"),
        "{err}"
    );

    for args in [
        vec!["scan", "--no-such-flag"],
        vec!["scan", "--format", "xml"],
        vec!["scan", "--threads", "0"],
        vec!["frobnicate"],
    ] {
        let out = keyfence().args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
    }
    let out = keyfence()
        .args(["scan", "--exclude", "a[", "."])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--exclude a["), "{}", stderr(&out));
    let out = keyfence()
        .args(["scan", "--output", "/no/such/dir/report.json", "."])
        .output()
        .unwrap();
    assert_exit(&out, 2, "cannot write --output");
}

#[test]
fn output_file_gets_the_report() {
    let (dir, planted) = project();
    let report = TempDir::new().unwrap();
    let path = report.path().join("out.jsonl");
    let out = keyfence()
        .args(["scan", "--format", "jsonl", "--output"])
        .arg(&path)
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert_eq!(
        fs::read_to_string(&path).unwrap().lines().count(),
        planted.len()
    );
}

#[test]
fn excludes_and_gitignore_are_honoured_on_request() {
    let (dir, planted) = project();
    let count = |extra: &[&str]| {
        let out = keyfence()
            .args(["scan", "--format", "jsonl"])
            .args(extra)
            .arg(dir.path())
            .output()
            .unwrap();
        jsonl(&out).len()
    };
    assert_eq!(count(&[]), planted.len());
    assert_eq!(count(&["--respect-gitignore"]), planted.len() - 1);
    assert_eq!(count(&["--exclude", "dist"]), planted.len() - 1);
    assert_eq!(
        count(&["--exclude", "*.py", "--exclude", "legacy/"]),
        planted.len() - 2
    );
}

#[test]
fn special_files_are_skipped_with_a_warning_and_the_scan_goes_on() {
    let (dir, planted) = project();
    let root = dir.path();
    let fifo = root.join("pipe");
    let status = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(status.success());
    std::os::unix::fs::symlink(root.join("nowhere"), root.join("dangling")).unwrap();
    std::os::unix::fs::symlink(root, root.join("server/loop")).unwrap();

    // Every planted key is found, and the special files are named on stderr.
    let scan = |extra: &[&str]| {
        let out = keyfence()
            .args(["scan", "--format", "jsonl"])
            .args(extra)
            .arg(root)
            .timeout(std::time::Duration::from_secs(60))
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        assert_eq!(jsonl(&out).len(), planted.len());
        stderr(&out)
    };
    // Without --follow, symlinks are not followed: no loop, no dangling link.
    let err = scan(&[]);
    assert!(err.contains("warning: pipe: skipped: a FIFO"), "{err}");

    // With --follow, the loop and the dangling link are reported and skipped.
    let err = scan(&["--follow"]);
    assert!(err.contains("server/loop: skipped: symlink loop"), "{err}");
    assert!(err.contains("dangling: skipped: dangling symlink"), "{err}");

    // A FIFO named on the command line is skipped too, never opened.
    let out = keyfence()
        .arg("scan")
        .arg(&fifo)
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(stderr(&out).contains("skipped: a FIFO"));
}

#[test]
fn an_unreadable_file_is_listed_and_findings_still_print() {
    // Reading /proc/self/mem at offset 0 fails with an I/O error, even for root.
    let mem = Path::new("/proc/self/mem");
    if !mem.exists() {
        eprintln!("skipped: no /proc/self/mem here");
        return;
    }
    let (dir, planted) = project();
    let out = keyfence()
        .args(["scan", "--format", "jsonl"])
        .arg(dir.path())
        .arg(mem)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "findings win over read errors");
    assert_eq!(jsonl(&out).len(), planted.len());
    assert!(
        stderr(&out).contains("error: /proc/self/mem: read failed"),
        "{}",
        stderr(&out)
    );

    let out = keyfence().arg("scan").arg(mem).output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(2),
        "an incomplete clean scan is an error"
    );
    assert!(
        stdout(&out).contains("1 could not be read"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn standard_input_is_scanned_with_a_dash() {
    let k = key(50);
    let out = keyfence()
        .args(["scan", "--format", "jsonl", "-"])
        .write_stdin(format!("line one\nexport ZAI_API_KEY={k}\n"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let found = jsonl(&out);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0]["path"], "<stdin>");
    assert_eq!(
        (found[0]["line"].as_u64(), found[0]["column"].as_u64()),
        (Some(2), Some(20))
    );
}

#[test]
fn a_large_file_is_scanned_to_its_end() {
    let dir = TempDir::new().unwrap();
    let (a, b, c) = (key(60), key(61), key(62));
    let mut data = Vec::with_capacity(13 << 20);
    data.extend_from_slice(format!("{a}\n").as_bytes());
    data.resize(6 << 20, b'a');
    data.extend_from_slice(format!(" {b} ").as_bytes());
    data.resize(12 << 20, b'\n');
    data.extend_from_slice(c.as_bytes());
    write(dir.path(), "big.bin", &data);
    let out = keyfence()
        .args(["scan", "--format", "jsonl", "--show-secrets"])
        .arg(dir.path())
        .output()
        .unwrap();
    let found = jsonl(&out);
    let secrets: Vec<&str> = found
        .iter()
        .map(|f| f["secret"].as_str().unwrap())
        .collect();
    assert_eq!(secrets, [a.as_str(), b.as_str(), c.as_str()]);
    let lines: Vec<u64> = found.iter().map(|f| f["line"].as_u64().unwrap()).collect();
    let newlines_before_c = 1 + ((12 << 20) - (6 << 20) - b.len() - 2) as u64;
    assert_eq!(lines, [1, 2, 1 + newlines_before_c]);
}

#[test]
fn thread_counts_do_not_change_the_result() {
    let (dir, _) = project();
    let run = |threads: &str| {
        let out = keyfence()
            .args(["scan", "--format", "jsonl", "--threads", threads])
            .arg(dir.path())
            .output()
            .unwrap();
        stdout(&out)
    };
    assert_eq!(run("1"), run("4"));
}

#[test]
fn a_broken_pipe_is_not_an_error() {
    let (dir, _) = project();
    let bin = assert_cmd::cargo::cargo_bin("keyfence");
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(r#""$0" scan "$1" | head -c 1 >/dev/null; echo "${PIPESTATUS[0]}""#)
        .arg(&bin)
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "1");
    assert!(!String::from_utf8_lossy(&out.stderr).contains("error"));
}

#[test]
fn rules_list_and_check() {
    let out = keyfence().args(["rules", "list"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(
        text.contains("zai-api-key") && text.contains("zai-jwt"),
        "{text}"
    );

    let out = keyfence()
        .args(["rules", "list", "--json"])
        .output()
        .unwrap();
    let rules: Value = serde_json::from_slice(&out.stdout).unwrap();
    // Two key rules, then the four flow rules.
    assert_eq!(rules.as_array().unwrap().len(), 6);
    assert_eq!(rules[0]["kernel"], "zai-api-key");
    assert_eq!(rules[2]["id"], "zai-public-env");
    assert_eq!(rules[2]["kind"], "flow");

    let root = env!("CARGO_MANIFEST_DIR");
    let out = keyfence()
        .args(["rules", "check"])
        .arg(Path::new(root).join("patterns/zai.toml"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(
        stdout(&out).contains("2 rules, 27 examples checked"),
        "{}",
        stdout(&out)
    );
    // The flows' data: its examples are detected, its negative ones are not.
    let out = keyfence()
        .args(["rules", "check"])
        .arg(Path::new(root).join("patterns/zai-flows.toml"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(stdout(&out).contains("flows, "), "{}", stdout(&out));
    let dir = TempDir::new().unwrap();
    let wrong = write(
        dir.path(),
        "flows.toml",
        "[flows]\nproviders = [\"ACME\"]\nsecrets = [\"KEY\"]\n[[flows.prefixes]]\nprefix = \"VITE_\"\ntool = \"Vite\"\nfix = \"f\"\n[[flows.negative_examples]]\npath = \".env\"\ntext = \"VITE_ACME_KEY=\"\n",
    );
    let out = keyfence()
        .args(["rules", "check"])
        .arg(&wrong)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    assert!(
        stdout(&out).contains("negative example at .env"),
        "{}",
        stdout(&out)
    );

    let dir = TempDir::new().unwrap();
    let bad = write(
        dir.path(),
        "bad.toml",
        "[[rules]]\nid = \"acme\"\nname = \"Acme\"\ndescription = \"d\"\npattern = 'acme_[a-z]{8}'\nexamples = [\"acme_short\"]\n",
    );
    let out = keyfence()
        .args(["rules", "check"])
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains("example does not match"),
        "{}",
        stdout(&out)
    );

    let broken = write(dir.path(), "broken.toml", "[[rules]]\nid = \"x\"\n");
    let out = keyfence()
        .args(["rules", "check"])
        .arg(&broken)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("missing field"), "{}", stdout(&out));

    let out = keyfence()
        .args(["rules", "check", "/no/such.toml"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn user_rules_are_loaded_and_used() {
    let dir = TempDir::new().unwrap();
    let rules = write(
        dir.path(),
        "acme.toml",
        "[[rules]]\nid = \"acme-token\"\nname = \"Acme token\"\ndescription = \"d\"\npattern = 'acme_[a-z0-9]{12}'\nkeywords = [\"acme\"]\nexamples = [\"t = acme_k3j5h6g7f8d9\"]\n",
    );
    write(dir.path(), "src/a.txt", "token acme_q1w2e3r4t5y6 here\n");
    let out = keyfence()
        .args(["scan", "--format", "jsonl", "--rules"])
        .arg(&rules)
        .arg(dir.path().join("src"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let found = jsonl(&out);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0]["rule"], "acme-token");
    assert_eq!(found[0]["confidence"], "high");
    assert_eq!(found[0]["secret"], "acme_************");

    // A rule file that redefines a built-in id is refused with its name.
    let clash = write(
        dir.path(),
        "clash.toml",
        "[[rules]]\nid = \"zai-jwt\"\nname = \"x\"\ndescription = \"d\"\npattern = 'x{3}'\nexamples = [\"xxx\"]\n",
    );
    let out = keyfence()
        .args(["scan", "--rules"])
        .arg(&clash)
        .arg(dir.path())
        .output()
        .unwrap();
    assert_exit(&out, 2, "already defined in builtin:zai.toml");
}

#[test]
fn this_repository_is_clean() {
    // Tests build their keys at run time, so the project's own scan finds nothing.
    // What git ignores (build output, the benchmark corpus with its planted keys, the
    // fuzz corpus) is not the project's.
    let root = env!("CARGO_MANIFEST_DIR");
    let out = keyfence()
        .args(["scan", "--respect-gitignore", "--format", "jsonl"])
        .arg(root)
        .output()
        .unwrap();
    assert_eq!(stdout(&out), "", "{}", stderr(&out));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}
