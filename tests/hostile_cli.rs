//! Hostile input through the binary: gaps in history that must be named and not hide
//! keys past them, files swapped for FIFOs, names that carry escape sequences or
//! Markdown, configs too large to hold, rules too costly to run.

mod common;

use std::fs;

use common::{
    commit, found_secrets, git, key, keyfence, problems_of, repo, run_in, stderr, stdout, write,
};
use tempfile::TempDir;

/// Removes a loose object (the repositories here are never packed).
fn delete_object(dir: &std::path::Path, sha: &str) {
    fs::remove_file(dir.join(".git/objects").join(&sha[..2]).join(&sha[2..])).unwrap();
}

#[test]
fn a_missing_commit_is_an_error_and_keys_past_it_are_still_found() {
    let r = repo();
    let d = r.path();
    let k = key(300);
    commit(d, "config.js", &format!("const k = \"{k}\";\n"), "add");
    git(d, &["rm", "-q", "config.js"]);
    let middle = commit(d, "README", "clean\n", "remove");
    commit(d, "more.txt", "more\n", "more");
    delete_object(d, &middle);
    for mode in ["git", "audit"] {
        let out = keyfence()
            .args([mode, "--format", "jsonl", "--show-secrets"])
            .arg(d)
            .output()
            .unwrap();
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{mode}: {err}");
        assert!(
            err.contains(&middle) && err.contains("error") && err.contains("partial"),
            "{mode}: {err}"
        );
        assert!(stdout(&out).contains(&k), "{mode}: the key past the gap");
    }
    // With nothing past the gap to find, the status says the result is partial.
    let r = repo();
    let d = r.path();
    commit(d, "a.txt", "a\n", "one");
    let middle = commit(d, "b.txt", "b\n", "two");
    commit(d, "c.txt", "c\n", "three");
    delete_object(d, &middle);
    let out = run_in(d, &["git", "."]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains(&middle), "{}", stderr(&out));
}

#[test]
fn a_ref_to_a_missing_object_and_a_git_file_that_points_nowhere_are_errors() {
    let r = repo();
    let d = r.path();
    commit(d, "a.txt", "a\n", "one");
    fs::write(
        d.join(".git/refs/heads/ghost"),
        "1234567890123456789012345678901234567890\n",
    )
    .unwrap();
    let out = run_in(d, &["git", "."]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("refs/heads/ghost"),
        "{}",
        stderr(&out)
    );

    let dir = TempDir::new().unwrap();
    write(dir.path(), ".git", "gitdir: /nonexistent/keyfence/gitdir\n");
    write(dir.path(), "a.txt", "hello\n");
    let out = run_in(dir.path(), &["audit", "."]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(".git: a repository that cannot be opened"),
        "{}",
        stderr(&out)
    );
}

#[cfg(unix)]
#[test]
fn a_fifo_is_named_and_never_read() {
    let dir = TempDir::new().unwrap();
    let fifo = dir.path().join("pipe.js");
    let status = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(status.success());
    let k = key(301);
    write(dir.path(), "app.js", format!("k = \"{k}\"\n"));
    // Named on the command line and met in the walk: neither waits for a writer.
    for target in [fifo.as_os_str(), dir.path().as_os_str()] {
        let out = keyfence()
            .args(["scan", "--format", "jsonl"])
            .arg(target)
            .timeout(std::time::Duration::from_secs(60))
            .output()
            .unwrap();
        assert!(
            stderr(&out).contains("pipe.js") && stderr(&out).contains("a FIFO"),
            "{}",
            stderr(&out)
        );
    }
}

/// A name that would clear the screen and retitle the terminal, and a line feed.
const EVIL: &str = "x\u{1b}[2J\u{1b}]0;pwned\u{7}\ny";

#[cfg(unix)]
#[test]
fn names_from_the_scanned_tree_never_reach_a_terminal_as_they_are() {
    let dir = TempDir::new().unwrap();
    let k = key(302);
    write(dir.path(), &format!("{EVIL}.js"), format!("k = \"{k}\"\n"));
    // A broken archive: its name reaches a warning on stderr.
    write(
        dir.path(),
        &format!("{EVIL}.zip"),
        b"PK\x03\x04 not really a zip",
    );
    for format in ["human", "github"] {
        let out = keyfence()
            .args(["scan", "--format", format])
            .arg(dir.path())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        for (what, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
            assert!(
                !bytes.contains(&0x1b) && !bytes.contains(&0x07),
                "{format} {what}: {}",
                String::from_utf8_lossy(bytes)
            );
        }
        assert!(
            stdout(&out).contains("x\\x1b[2J\\x1b]0;pwned\\x07\\ny.js"),
            "{format}: {}",
            stdout(&out)
        );
        assert!(stderr(&out).contains("\\x1b[2J"), "{}", stderr(&out));
    }
}

#[test]
fn a_backtick_in_a_path_cannot_open_markdown_in_the_job_summary() {
    let dir = TempDir::new().unwrap();
    let k = key(303);
    let name = "a` ![x](https://e.example/i.png) [y](https://e.example) `b.js";
    write(dir.path(), name, format!("k = \"{k}\"\n"));
    let summary = dir.path().join("summary.md");
    let out = keyfence()
        .args(["scan"])
        .arg(dir.path())
        .env("GITHUB_ACTIONS", "true")
        .env("GITHUB_STEP_SUMMARY", &summary)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let md = fs::read_to_string(&summary).unwrap();
    let row = md.lines().find(|l| l.contains("e.example")).unwrap();
    // The place is one code span, fenced by more backticks than any run inside.
    assert!(
        row.contains("``") && row.contains("`` |"),
        "the path is not one code span: {row}"
    );
    let place = row.split(" | ").next().unwrap().trim_start_matches("| ");
    assert!(place.starts_with("``") && place.ends_with("``"), "{place}");
    assert_eq!(place.matches("``").count(), 2, "{place}");
}

#[test]
fn configs_and_ignore_files_have_limits_with_short_errors() {
    let dir = TempDir::new().unwrap();
    let d = dir.path();
    write(d, "a.txt", "hello\n");
    let globs: Vec<String> = (0..5000).map(|i| format!("\"d{i}/**\"")).collect();
    write(
        d,
        ".keyfence.toml",
        format!("[scan]\nexclude = [{}]\n", globs.join(",")),
    );
    let out = run_in(d, &["scan", "."]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("more than the 4096 allowed"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).len() < 400, "{}", stderr(&out));
    // Too large to read at all.
    write(d, ".keyfence.toml", format!("# {}\n", "x".repeat(2 << 20)));
    let out = run_in(d, &["scan", "."]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("too large"), "{}", stderr(&out));
    assert!(stderr(&out).len() < 400, "{}", stderr(&out));
    fs::remove_file(d.join(".keyfence.toml")).unwrap();
    let lines: Vec<String> = (0..5000).map(|i| format!("d{i}/**")).collect();
    write(d, ".keyfenceignore", lines.join("\n"));
    let out = run_in(d, &["scan", "."]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("more than 4096 path globs"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn costly_rules_are_warned_about_and_their_scans_stay_linear() {
    let dir = TempDir::new().unwrap();
    let d = dir.path();
    let long = write(
        d,
        "long.toml",
        "[[rules]]\nid = \"long-k\"\nname = \"K\"\ndescription = \"d\"\n\
         pattern = 'k[a-z]{16,4000}'\nexamples = [\"kqwhfbzkeuxmvpdsla\"]\n",
    );
    let wide = write(
        d,
        "wide.toml",
        "[[rules]]\nid = \"wide\"\nname = \"W\"\ndescription = \"d\"\n\
         pattern = '(?u)\\w{1,50}\\.\\w{1,50}\\.\\w{1,50}!'\nexamples = [\"ab.cd.ef!\"]\n",
    );
    let out = keyfence()
        .args(["rules", "check"])
        .arg(&long)
        .arg(&wide)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let text = stdout(&out);
    assert!(
        text.contains("warn") && text.contains("`{16,4000}`"),
        "{text}"
    );
    assert!(text.contains("automaton states"), "{text}");
    // On a run of `k`, the rescans stop at their budget and say so.
    write(d, "k.txt", "k".repeat(1 << 20));
    let out = keyfence()
        .args(["scan", "--no-builtin-rules", "--rules"])
        .arg(&long)
        .arg(d.join("k.txt"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("rule `long-k`") && stderr(&out).contains("rescanning"),
        "{}",
        stderr(&out)
    );
}

/// 66 MiB of comment lines: past the 64 MiB gitoxide may decode in memory.
fn past_in_memory() -> Vec<u8> {
    b"// a padding line that no rule looks at, repeated\n".repeat((66 << 20) / 51)
}

/// `--format json --show-secrets` in `dir`: the document.
fn audit_json(dir: &std::path::Path, cmd: &str, extra: &[&str]) -> (i32, serde_json::Value) {
    let out = keyfence()
        .args([cmd, "--format", "json", "--show-secrets", "-j", "2"])
        .args(extra)
        .arg(dir)
        .output()
        .unwrap();
    let doc =
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", stderr(&out)));
    (out.status.code().unwrap_or(-1), doc)
}

#[test]
fn blobs_past_64_mib_are_streamed_loose_whole_and_as_deltas() {
    let dir = repo();
    let d = dir.path();
    let (a, b, c) = (key(701), key(702), key(703));
    let mut v1 = past_in_memory();
    v1.extend(format!("const KEY = \"{a}\";\n").as_bytes());
    write(d, "big.js", &v1);
    git(d, &["add", "-A"]);
    git(d, &["commit", "-q", "-m", "one"]);
    let mut v2 = v1.clone();
    v2.extend(format!("const OTHER = \"{b}\";\n").as_bytes());
    write(d, "big.js", &v2);
    git(d, &["commit", "-q", "-a", "-m", "two"]);
    drop((v1, v2));
    // Packed: git stores one version whole and the other as a delta of it.
    git(d, &["repack", "-a", "-d", "-q"]);
    let idx = fs::read_dir(d.join(".git/objects/pack"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|x| x == "idx"))
        .unwrap();
    let verify = git(d, &["verify-pack", "-v", idx.to_str().unwrap()]);
    let rows: Vec<Vec<&str>> = verify
        .lines()
        .map(|l| l.split_whitespace().collect())
        .collect();
    let whole: Vec<&str> = rows
        .iter()
        .filter(|f| f.len() == 5 && f[1] == "blob" && f[2].parse::<u64>().unwrap() > 64 << 20)
        .map(|f| f[0])
        .collect();
    assert_eq!(whole.len(), 1, "{verify}");
    let deltas = rows
        .iter()
        .filter(|f| f.len() == 7 && f[1] == "blob" && f[6] == whole[0]);
    assert_eq!(deltas.count(), 1, "{verify}");
    // Loose: committed after the repack.
    let mut v3 = past_in_memory();
    v3.extend(format!("const THIRD = \"{c}\";\n").as_bytes());
    write(d, "loose.js", &v3);
    git(d, &["add", "-A"]);
    git(d, &["commit", "-q", "-m", "three"]);
    let loose = git(d, &["rev-parse", "HEAD:loose.js"]);
    assert!(d
        .join(".git/objects")
        .join(&loose[..2])
        .join(&loose[2..])
        .is_file());

    let mut want = vec![a.clone(), b.clone(), c.clone()];
    want.sort();
    let (code, doc) = audit_json(d, "git", &[]);
    assert_eq!(found_secrets(&doc), want, "{doc:#}");
    assert_eq!(code, 1);
    assert!(doc["problems"].as_array().unwrap().is_empty(), "{doc:#}");
    // The audit too: its working tree holds the newest versions, its history all three.
    let (_, doc) = audit_json(d, "audit", &[]);
    assert_eq!(found_secrets(&doc), want, "{doc:#}");

    // Read up to a bound: the keys at their ends are not reached, and each blob past
    // it is named with its size.
    let (code, doc) = audit_json(d, "git", &["--max-blob-size", "1MiB"]);
    assert!(found_secrets(&doc).is_empty(), "{doc:#}");
    let limited = problems_of(&doc, "blob-limit");
    assert_eq!(limited.len(), 3, "{doc:#}");
    assert!(
        limited.iter().all(|m| m.contains("only the first 1048576")),
        "{limited:?}"
    );
    assert_eq!(code, 0, "a bound the user set is a warning: {doc:#}");
}

#[test]
fn a_delta_of_a_few_kilobytes_that_makes_a_blob_of_gigabytes_is_streamed() {
    let dir = repo();
    let d = dir.path();
    let k = key(704);
    let head = format!("const KEY = \"{k}\";\n");
    // 32,768 copies of 64 KiB: a blob of 2 GiB, from a delta of 32 KiB.
    let Some(bomb) = common::hostile::delta_bomb_repo(d, &head, 32_768) else {
        eprintln!("skipped: no sha1sum to close the crafted pack with");
        return;
    };
    assert_eq!(
        git(d, &["cat-file", "-s", &bomb]),
        ((2u64 << 30) + head.len() as u64).to_string()
    );

    // Under an address space of 1 GiB the 2 GiB blob cannot be held: it is streamed,
    // the key at its start found, and the read stops at the bound, named.
    let out = common::keyfence_limited(1 << 20)
        .args(["git", "--format", "json", "--show-secrets", "-j", "2"])
        .args(["--max-blob-size", "8MiB"])
        .arg(d)
        .output()
        .unwrap();
    let doc: serde_json::Value =
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", stderr(&out)));
    assert_eq!(found_secrets(&doc), vec![k], "{doc:#}");
    let limited = problems_of(&doc, "blob-limit");
    assert_eq!(limited.len(), 1, "{doc:#}");
    assert!(
        limited[0].contains(&format!("has {} bytes", (2u64 << 30) + head.len() as u64)),
        "{limited:?}"
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
}

#[test]
fn a_tree_that_names_one_folder_a_billion_times_is_counted_within_bounds() {
    let dir = repo();
    let d = dir.path();
    let k = key(705);
    // 1,000 ^ 3 paths to one blob, from trees of about 30 KB each.
    common::hostile::tree_bomb_repo(d, &format!("const KEY = \"{k}\";\n"), 1000, 3);
    let (code, doc) = audit_json(d, "git", &[]);
    assert_eq!(code, 1, "{doc:#}");
    assert_eq!(found_secrets(&doc), vec![k.clone()], "{doc:#}");
    let f = &doc["findings"][0];
    assert_eq!(f["commits"], 1, "{f:#}");
    assert_eq!(f["paths"], 1000, "{f:#}");
    let limited = problems_of(&doc, "path-limit");
    assert_eq!(limited.len(), 1, "{doc:#}");
    assert!(limited[0].contains("1000 paths counted"), "{limited:?}");

    // Written out as a mirror's HEAD: a bounded number of files and folders, the
    // first of those not written named.
    let out = TempDir::new().unwrap();
    let exported =
        keyfence_scan::git::export_head_within(&d.join(".git"), out.path(), 1500).unwrap();
    let mut entries = 0;
    let mut stack = vec![out.path().to_path_buf()];
    while let Some(p) = stack.pop() {
        for e in fs::read_dir(p).unwrap() {
            let e = e.unwrap();
            entries += 1;
            if e.file_type().unwrap().is_dir() {
                stack.push(e.path());
            }
        }
    }
    assert_eq!(entries, 1500);
    let head: Vec<_> = exported
        .problems
        .iter()
        .filter(|p| p.kind == keyfence_model::ProblemKind::HeadFile)
        .collect();
    assert_eq!(head.len(), 1, "{:?}", exported.problems);
    assert!(
        head[0].message.contains("more than 1500 files and folders"),
        "{head:?}"
    );
    assert!(exported.files < 1500, "{}", exported.files);
}

#[test]
fn a_chain_of_folders_thousands_deep_is_scanned_and_its_long_path_not_listed() {
    let dir = repo();
    let d = dir.path();
    let k = key(706);
    // 20,000 levels: a path of 40,007 bytes, past the 1,024 that are listed. Paths kept
    // per folder would take the square of that (800 MB); the address space here is
    // 512 MiB.
    common::hostile::deep_tree_repo(d, &format!("const KEY = \"{k}\";\n"), 20_000);
    let out = common::keyfence_limited(512 << 10)
        .args(["git", "--format", "json", "--show-secrets", "-j", "1"])
        .arg(d)
        .output()
        .unwrap();
    let doc: serde_json::Value =
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", stderr(&out)));
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(found_secrets(&doc), vec![k], "{doc:#}");
    let f = &doc["findings"][0];
    // The place the walk met it at is the finding's own, whole.
    assert_eq!(f["path"].as_str().unwrap().len(), 20_000 * 2 + 4);
    assert_eq!(f["commits"], 1, "{f:#}");
    assert_eq!(problems_of(&doc, "path-limit").len(), 1, "{doc:#}");
}

#[test]
fn a_chain_of_tags_too_long_to_follow_is_named_not_skipped() {
    let dir = repo();
    let d = dir.path();
    commit(d, "README.md", "clean\n", "one");
    let k = key(707);
    commit(d, "app.js", &format!("const KEY = \"{k}\";\n"), "two");
    // 20 annotated tags, each of the one before, over the commit with the key; then
    // only the last tag names it.
    git(d, &["tag", "-a", "-m", "t", "t0", "HEAD"]);
    for i in 1..20 {
        git(
            d,
            &[
                "tag",
                "-a",
                "-m",
                "t",
                &format!("t{i}"),
                &format!("t{}", i - 1),
            ],
        );
    }
    for i in 0..19 {
        git(d, &["tag", "-d", &format!("t{i}")]);
    }
    git(d, &["reset", "-q", "--hard", "HEAD~1"]);
    let (code, doc) = audit_json(d, "git", &[]);
    assert!(found_secrets(&doc).is_empty(), "{doc:#}");
    let corrupt = problems_of(&doc, "corrupt-object");
    assert!(
        corrupt.iter().any(|m| m.contains("more than 16 tags")),
        "{doc:#}"
    );
    assert_eq!(code, 2, "a gap with nothing found: {doc:#}");
    let (code, doc) = audit_json(d, "git", &["--all-objects"]);
    assert_eq!(found_secrets(&doc), vec![k], "{doc:#}");
    assert_eq!(code, 1);
}

/// What the GitHub Actions runner would obey in `text` (stdout or stderr): a line
/// (a carriage return ends one too) that starts, after blanks, with `::` but none of
/// keyfence's own commands (`own`), or a `##[` anywhere, ignorable characters between
/// or not.
fn assert_no_forged_command(text: &str, own: &[&str], what: &str) {
    for forged in ["##[", "#\u{ad}#[", "#\u{ad}#\u{200b}["] {
        assert!(!text.contains(forged), "{what}: {forged:?} in\n{text}");
    }
    for line in text.split(['\n', '\r']) {
        let start = line.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{ad}');
        if start.starts_with("::") || start.starts_with(":\u{ad}:") {
            assert!(
                own.iter().any(|p| start.starts_with(p)),
                "{what}: forged line {line:?} in\n{text}"
            );
        }
    }
}

/// A zip whose members are named `names`, each local header but the first (an
/// intact `ok.txt`) spoiled so that each member is named in an `archive-corrupt`
/// warning.
fn zip_of_corrupt_members(names: &[&str]) -> Vec<u8> {
    use std::io::Write as _;
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for name in std::iter::once(&"ok.txt").chain(names) {
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        w.start_file(*name, opts).unwrap();
        w.write_all(b"some bytes").unwrap();
    }
    let mut bytes = w.finish().unwrap().into_inner();
    let mut at = 4;
    while let Some(i) = bytes[at..].windows(4).position(|w| w == b"PK\x03\x04") {
        bytes[at + i + 3] = 0x09;
        at += i + 4;
    }
    bytes
}

/// Names that would be workflow commands to the Actions runner.
const FORGED: &[&str] = &[
    "##[error]FORGED",
    "##[stop-commands]tok",
    "::error::FORGED",
    "#\u{ad}#[warning]soft",
    "\u{ad}:\u{ad}:add-mask::x",
    "x\n::error::FORGED",
    "x\r::stop-commands::tok",
];

#[test]
fn inside_actions_no_name_from_a_repository_becomes_a_workflow_command() {
    let dir = TempDir::new().unwrap();
    let d = dir.path();
    write(d, "a.zip", zip_of_corrupt_members(FORGED));
    let mut n = 0;
    for name in FORGED.iter().filter(|n| !n.contains(['\n', '\r'])) {
        n += 1;
        let file = name.replace('/', "_");
        write(
            d,
            &format!("{file}{n}.js"),
            format!("const k = \"{}\";\n", key(900 + n)),
        );
    }
    write(
        d,
        "##[group]dir/app.js",
        format!("const k = \"{}\";\n", key(990)),
    );
    for format in ["human", "json", "jsonl", "sarif", "html", "github"] {
        let out = keyfence()
            .env("GITHUB_ACTIONS", "true")
            .args(["scan", "--format", format, "--color", "always"])
            .arg(d)
            .output()
            .unwrap();
        let (o, e) = (stdout(&out), stderr(&out));
        assert_eq!(out.status.code(), Some(1), "{format}: {e}");
        assert!(
            e.contains("archive-corrupt") || e.contains("a.zip!"),
            "{format}: {e}"
        );
        let own: &[&str] = if format == "github" {
            &[
                "::error file=",
                "::error title=",
                "::warning title=keyfence::",
            ]
        } else {
            &[]
        };
        assert_no_forged_command(&o, own, &format!("{format} stdout"));
        assert_no_forged_command(&e, &[], &format!("{format} stderr"));
        if format == "json" {
            // Spelled for the runner, the same to every JSON reader.
            let doc: serde_json::Value = serde_json::from_str(&o).unwrap();
            let paths = doc.to_string();
            assert!(paths.contains("##[group]dir/app.js"), "{paths}");
        }
    }
    // Outside Actions the names are shown as they are (control characters aside).
    let out = keyfence()
        .args(["scan", "--format", "human"])
        .arg(d)
        .output()
        .unwrap();
    assert!(
        stdout(&out).contains("##[group]dir/app.js"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn config_keys_and_rule_ids_cannot_forge_a_line_on_stderr() {
    for config in [
        "\"x\\n::add-mask::tok\" = 1\n",
        "[rules]\nenable = [\"zai\\n::error::FORGED\"]\n",
        "[rules]\ndisable = [\"##[stop-commands]tok\"]\n",
    ] {
        let dir = TempDir::new().unwrap();
        write(dir.path(), ".keyfence.toml", config);
        write(dir.path(), "a.txt", "clean\n");
        for actions in [false, true] {
            let mut cmd = keyfence();
            if actions {
                cmd.env("GITHUB_ACTIONS", "true");
            }
            let out = cmd
                .args(["scan", "."])
                .current_dir(dir.path())
                .output()
                .unwrap();
            let err = stderr(&out);
            assert_eq!(out.status.code(), Some(2), "{config}: {err}");
            // No line breaks from the config, inside Actions or out.
            assert_eq!(err.trim_end().lines().count(), 1, "{config}: {err}");
            if actions {
                assert_no_forged_command(&err, &[], config);
                assert_no_forged_command(&stdout(&out), &[], config);
            }
        }
    }
}

#[test]
fn ten_thousand_findings_keep_the_job_summary_under_a_mebibyte() {
    // Enough rows for 1.7 MB of Markdown (the report crate's unit test takes 100,000
    // through the sink; through the binary, 10,000 keep the test short).
    const N: usize = 10_000;
    let dir = TempDir::new().unwrap();
    let d = dir.path();
    for file in 0..10 {
        let text: String = (0..N / 10)
            .map(|i| format!("k{i} = \"{}\"\n", key((10_000 + file * 1000 + i) as u64)))
            .collect();
        write(d, &format!("keys/{file}.txt"), text);
    }
    // An earlier command of the step wrote to the summary: it counts toward the limit.
    let out_dir = TempDir::new().unwrap();
    let summary = out_dir.path().join("summary.md");
    let earlier = format!("# earlier\n\n{}\n", "x".repeat(200_000));
    fs::write(&summary, &earlier).unwrap();
    let out = keyfence()
        .env("GITHUB_ACTIONS", "true")
        .env("GITHUB_STEP_SUMMARY", &summary)
        .args(["scan", "--format", "github", "--quiet"])
        .arg(d)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let md = fs::read_to_string(&summary).unwrap();
    assert!(md.len() < 1024 * 1024, "{} bytes", md.len());
    assert!(md.starts_with(&earlier));
    assert!(
        md.contains(&format!("## keyfence: {N} Z.ai API keys found")),
        "{}",
        &md[..300_000.min(md.len())]
    );
    let rows = md.lines().filter(|l| l.starts_with("| `keys/")).count();
    assert!(rows > 1000, "{rows} rows");
    let said = format!("**{} key findings are not listed here**", N - rows);
    assert!(
        md.contains(&said),
        "{said}: {}",
        &md[md.len().saturating_sub(3000)..]
    );
    assert!(md.contains("**What to do**"));
}

#[test]
fn every_line_to_stdout_and_stderr_goes_through_the_console() {
    fn files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for e in fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                files(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    let mut all = Vec::new();
    files(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("crates"),
        &mut all,
    );
    assert!(all.len() > 20);
    let mut raw = Vec::new();
    for path in all.iter().filter(|p| !p.ends_with("cli/src/console.rs")) {
        let text = fs::read_to_string(path).unwrap();
        // Unit tests print what they like.
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        for (n, line) in code.lines().enumerate() {
            let line = line.replace("io::stdout().is_terminal()", "");
            if [
                "println!",
                "print!(",
                "eprint",
                "io::stderr()",
                "io::stdout()",
            ]
            .iter()
            .any(|w| line.contains(w))
            {
                raw.push(format!("{}:{}: {}", path.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(
        raw.is_empty(),
        "write through crates/cli/src/console.rs:\n{}",
        raw.join("\n")
    );
}
