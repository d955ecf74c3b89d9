//! Hostile input, third round: deep trees in a range, findings that repeat past what
//! is reported, and archive members that trip the ratio guard after a key.

mod common;

use std::io::Write;

use common::{commit, found_secrets, key, keyfence, keyfence_limited, problems_of, repo, stderr};

fn json_of(out: &std::process::Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", stderr(out)))
}

#[test]
fn a_chain_of_folders_thousands_deep_in_a_range_is_diffed_without_recursion() {
    let dir = repo();
    let d = dir.path();
    let base = commit(d, "README.md", "hello\n", "base");
    let k = key(801);
    // main becomes a commit whose tree nests one folder 20,000 deep over the key.
    common::hostile::deep_tree_repo(d, &format!("const KEY = \"{k}\";\n"), 20_000);
    let out = keyfence_limited(512 << 10)
        .args(["git", "--format", "json", "--show-secrets", "-j", "1"])
        .args(["--range", &format!("{base}..main")])
        .arg(d)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let doc = json_of(&out);
    assert_eq!(found_secrets(&doc), vec![k.clone()], "{doc:#}");
    assert_eq!(
        doc["findings"][0]["path"].as_str().unwrap().len(),
        20_000 * 2 + 4
    );
}

#[test]
fn a_tree_that_names_one_folder_a_billion_times_in_a_range_is_bounded() {
    let dir = repo();
    let d = dir.path();
    let base = commit(d, "README.md", "hello\n", "base");
    let k = key(803);
    common::hostile::tree_bomb_repo(d, &format!("const KEY = \"{k}\";\n"), 1000, 3);
    let out = keyfence_limited(512 << 10)
        .args(["git", "--format", "json", "--show-secrets", "-j", "2"])
        .args(["--range", &format!("{base}..main")])
        .arg(d)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let doc = json_of(&out);
    assert_eq!(found_secrets(&doc), vec![k], "{doc:#}");
    let limited = problems_of(&doc, "path-limit");
    assert_eq!(limited.len(), 1, "{doc:#}");
    assert!(limited[0].contains("were not listed again"), "{limited:?}");
}

#[test]
fn one_key_repeated_thousands_of_times_is_counted_not_stored() {
    let dir = repo();
    let d = dir.path();
    let k = key(804);
    let line = format!("\"{k}\",\n");
    // 5,000 times here (the debug build is slow to match them); a million times in
    // `benches/hostile_rss.rs`, within 256 MiB.
    let mut text = String::with_capacity(line.len() * 5_000);
    for _ in 0..5_000 {
        text.push_str(&line);
    }
    commit(d, "keys.js", &text, "keys");
    // Scanned as a file: the first 100 places are findings, the rest are counted.
    let out = keyfence_limited(512 << 10)
        .args(["scan", "--format", "json", "--show-secrets", "-j", "2"])
        .arg(d.join("keys.js"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let doc = json_of(&out);
    assert_eq!(doc["findings"].as_array().unwrap().len(), 100);
    let limited = problems_of(&doc, "finding-limit");
    assert_eq!(limited.len(), 1, "{doc:#}");
    assert!(limited[0].contains("4900 more occurrences"), "{limited:?}");
    // And in history: one finding.
    let out = keyfence_limited(512 << 10)
        .args(["git", "--format", "json", "--show-secrets", "-j", "2"])
        .arg(d)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let doc = json_of(&out);
    assert_eq!(found_secrets(&doc), vec![k], "{doc:#}");
    assert_eq!(problems_of(&doc, "finding-limit").len(), 1, "{doc:#}");
}

#[test]
fn findings_past_the_blob_and_run_limits_are_counted_and_sarif_is_bounded() {
    let dir = tempfile::TempDir::new().unwrap();
    let d = dir.path();
    // Six files of 10,500 distinct keys: each blob keeps 10,000, the run 50,000.
    for f in 0..6u64 {
        let mut text = String::new();
        for i in 0..10_500u64 {
            text.push_str(&format!("k{i} = \"{}\"\n", key(1_000_000 + f * 20_000 + i)));
        }
        common::write(d, &format!("keys{f}.txt"), text);
    }
    let out = keyfence_limited(512 << 10)
        .args(["scan", "--format", "sarif", "-j", "2"])
        .arg(d)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let doc = json_of(&out);
    let run = &doc["runs"][0];
    assert_eq!(run["results"].as_array().unwrap().len(), 25_000);
    assert_eq!(run["properties"]["findingsLeftOut"], 25_000);
    let said = stderr(&out);
    assert_eq!(
        said.matches("findings past the first 10000 here were not kept")
            .count(),
        6,
        "{said}"
    );
    assert!(
        said.contains("10000 findings past the first 50000 of this run were not kept"),
        "{said}"
    );
}

/// A zip of one deflated member.
fn deflated_zip(name: &str, data: &[u8]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    w.start_file(name, opts).unwrap();
    w.write_all(data).unwrap();
    w.finish().unwrap().into_inner()
}

#[test]
fn a_key_before_a_run_of_zeros_in_an_archive_member_is_found() {
    let dir = tempfile::TempDir::new().unwrap();
    let d = dir.path();
    let k = key(805);
    let mut member = format!("const KEY = \"{k}\";\n").into_bytes();
    member.extend(std::iter::repeat_n(0u8, 3 << 20));
    common::write(d, "bundle.zip", deflated_zip("app/config.js", &member));
    let out = keyfence()
        .args(["scan", "--format", "json", "--show-secrets"])
        .arg(d)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let doc = json_of(&out);
    assert_eq!(found_secrets(&doc), vec![k], "{doc:#}");
    let bombs = problems_of(&doc, "archive-bomb");
    assert_eq!(bombs.len(), 1, "{doc:#}");
    assert!(bombs[0].contains("the rest not"), "{bombs:?}");
}
