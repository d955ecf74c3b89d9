//! `keyfence git` on repositories built at run time with the git CLI.

mod common;

use std::fs;
use std::path::Path;
use std::process::Output;

use common::{assert_exit, commit, findings, git, git_output, key, keyfence, repo, stderr};
use serde_json::Value;
use tempfile::TempDir;

fn scan(dir: &Path, extra: &[&str]) -> (Output, Vec<Value>) {
    findings("git", dir, extra)
}

#[test]
fn a_key_added_then_removed_is_found_at_its_commit() {
    let dir = repo();
    let d = dir.path();
    commit(d, "README.md", "hello\n", "init");
    let k = key(1);
    let added = commit(
        d,
        "config/.env",
        &format!("ZAI_API_KEY={k}\n"),
        "add config",
    );
    git(d, &["rm", "-q", "config/.env"]);
    git(d, &["commit", "-q", "-m", "remove config"]);
    let (out, found) = scan(d, &[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(found.len(), 1, "{found:#?}");
    let f = &found[0];
    assert_eq!(f["secret"], k.as_str());
    assert_eq!(f["path"], "config/.env");
    assert_eq!(
        (f["line"].as_u64(), f["column"].as_u64()),
        (Some(1), Some(13))
    );
    assert_eq!(f["commit"], added.as_str());
    assert_eq!(f["author"], "Ada <ada@example.com>");
    assert!(f["date"].as_str().unwrap().ends_with('Z'));
    assert_eq!(
        (f["commits"].as_u64(), f["paths"].as_u64()),
        (Some(1), Some(1))
    );
}

#[test]
fn one_secret_in_many_commits_is_one_finding_with_its_first_commit() {
    let dir = repo();
    let d = dir.path();
    let k = key(2);
    let first = commit(d, "src/app.js", &format!("const k = '{k}';\n"), "add key");
    for i in 0..5 {
        commit(
            d,
            "src/app.js",
            &format!("// change {i}\nconst k = '{k}';\n"),
            "edit",
        );
    }
    commit(d, "copy/app.js", &format!("const k = '{k}';\n"), "copy");
    let (_, found) = scan(d, &[]);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0]["commit"], first.as_str());
    assert_eq!(found[0]["path"], "src/app.js");
    // Every commit from the first holds it (the last at two paths: copy/app.js is
    // the first version's blob again, scanned once but counted at both paths).
    assert_eq!(found[0]["commits"], 7);
    assert_eq!(found[0]["paths"], 2);
    // Renamed, still there; then gone; then back in a commit message.
    git(d, &["mv", "copy/app.js", "copy/moved.js"]);
    git(d, &["commit", "-q", "-m", "rename"]);
    git(d, &["rm", "-q", "-r", "src", "copy"]);
    git(d, &["commit", "-q", "-m", "remove"]);
    git(
        d,
        &["commit", "-q", "--allow-empty", "-m", &format!("oops {k}")],
    );
    let (_, found) = scan(d, &[]);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0]["commit"], first.as_str());
    assert_eq!(found[0]["commits"], 9);
    assert_eq!(found[0]["paths"], 3);
}

#[test]
fn keys_on_side_branches_tags_stash_and_in_messages_are_found() {
    let dir = repo();
    let d = dir.path();
    commit(d, "a.txt", "a\n", "init");
    let (kb, kt, ks, km) = (key(3), key(4), key(5), key(6));
    git(d, &["checkout", "-q", "-b", "side"]);
    let side = commit(d, "side.txt", &format!("{kb}\n"), "side work");
    git(d, &["checkout", "-q", "main"]);
    // A commit reachable only from a tag.
    git(d, &["checkout", "-q", "--detach"]);
    let tagged = commit(d, "tagged.txt", &format!("{kt}\n"), "tagged work");
    git(d, &["tag", "-a", "v1", "-m", "release"]);
    git(d, &["checkout", "-q", "main"]);
    // A stash.
    fs::write(d.join("a.txt"), format!("a\n{ks}\n")).unwrap();
    git(d, &["stash", "-q"]);
    // A commit message.
    let msg = commit(d, "b.txt", "b\n", &format!("set the key to {km}"));
    let (out, found) = scan(d, &[]);
    assert_eq!(out.status.code(), Some(1));
    let by = |k: &str| {
        found
            .iter()
            .find(|f| f["secret"] == k)
            .unwrap_or_else(|| panic!("{k} not found"))
    };
    assert_eq!(by(&kb)["commit"], side.as_str());
    assert_eq!(by(&kt)["commit"], tagged.as_str());
    assert_eq!(by(&ks)["path"], "a.txt");
    assert_eq!(by(&km)["commit"], msg.as_str());
    assert_eq!(by(&km)["path"], Value::Null);
    assert_eq!(found.len(), 4);
}

#[test]
fn a_dangling_commit_needs_all_objects() {
    let dir = repo();
    let d = dir.path();
    commit(d, "a.txt", "a\n", "init");
    let k = key(7);
    let lost = commit(d, "secret.txt", &format!("{k}\n"), "oops");
    git(d, &["reset", "-q", "--hard", "HEAD~1"]);
    let (out, found) = scan(d, &[]);
    assert_eq!(out.status.code(), Some(0), "{found:#?}");
    let (out, found) = scan(d, &["--all-objects"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(found.len(), 1);
    assert_eq!(found[0]["commit"], lost.as_str());
    assert_eq!(found[0]["path"], "secret.txt");
}

#[test]
fn a_key_brought_in_by_a_merge_resolution_is_traced_to_the_merge() {
    let dir = repo();
    let d = dir.path();
    commit(d, "conf.txt", "key = none\n", "init");
    git(d, &["checkout", "-q", "-b", "other"]);
    commit(d, "conf.txt", "key = theirs\n", "theirs");
    git(d, &["checkout", "-q", "main"]);
    let base = commit(d, "conf.txt", "key = ours\n", "ours");
    let merge = git_output(d, &["merge", "-q", "other"]);
    assert!(!merge.status.success(), "the merge must conflict");
    let k = key(8);
    fs::write(d.join("conf.txt"), format!("key = {k}\n")).unwrap();
    git(d, &["add", "conf.txt"]);
    git(d, &["commit", "-q", "-m", "merge other"]);
    let merged = git(d, &["rev-parse", "HEAD"]);
    let (_, found) = scan(d, &[]);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0]["commit"], merged.as_str());
    // The range that holds only the merge finds it there too.
    let (_, found) = scan(d, &["--range", &format!("{base}..HEAD")]);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0]["commit"], merged.as_str());
}

#[test]
fn ranges_scan_only_what_their_commits_introduced() {
    let dir = repo();
    let d = dir.path();
    let (old, new, msg) = (key(9), key(10), key(11));
    let base = commit(d, "old.txt", &format!("{old}\n"), "old key");
    commit(d, "old.txt", &format!("{old}\nmore\n"), "touch old file");
    let added = commit(d, "new.txt", &format!("{new}\n"), "new key");
    let last = commit(d, "c.txt", "c\n", &format!("message {msg}"));
    // The edited old file is a new blob in the range, but its key was there before
    // the range: an edit near an old key does not make it new.
    let (_, found) = scan(d, &["--range", &format!("{base}..{last}")]);
    let mut want = vec![new.clone(), msg.clone()];
    want.sort();
    assert_eq!(secrets(&found), want);
    let (_, found) = scan(d, &["--since-commit", &added]);
    assert_eq!(secrets(&found), vec![msg.clone()]);
    let (out, found) = scan(d, &["--range", &format!("{last}..{last}")]);
    assert_eq!(out.status.code(), Some(0));
    assert!(found.is_empty());
    let (out, _) = scan(
        d,
        &["--range", "0000000000000000000000000000000000000001..HEAD"],
    );
    assert_exit(&out, 2, "is not a commit in this repository");
    let (out, _) = scan(d, &["--range", "main"]);
    assert_eq!(out.status.code(), Some(2));
    // Copied to another file, it is new there.
    let copied = commit(d, "copy.txt", &format!("{old}\n"), "copy");
    let (_, found) = scan(d, &["--range", &format!("{last}..{copied}")]);
    assert_eq!(secrets(&found), vec![old.clone()]);
    assert_eq!(found[0]["path"], "copy.txt");
}

#[test]
fn shallow_bare_and_empty_repositories() {
    let dir = repo();
    let d = dir.path();
    let k1 = key(12);
    commit(d, "a.txt", &format!("{k1}\n"), "first");
    git(d, &["rm", "-q", "a.txt"]);
    git(d, &["commit", "-q", "-m", "remove"]);
    let k2 = key(13);
    commit(d, "b.txt", &format!("{k2}\n"), "second");

    let clones = TempDir::new().unwrap();
    let url = format!("file://{}", d.display());
    let shallow = clones.path().join("shallow");
    git(
        clones.path(),
        &[
            "clone",
            "-q",
            "--depth",
            "1",
            &url,
            shallow.to_str().unwrap(),
        ],
    );
    let (out, found) = scan(&shallow, &[]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(found.len(), 1, "only the tip's history is here");
    assert_eq!(found[0]["secret"], k2.as_str());
    assert!(stderr(&out).contains("shallow clone"), "{}", stderr(&out));
    assert!(stderr(&out).contains("partial"), "{}", stderr(&out));

    let bare = clones.path().join("bare.git");
    git(
        clones.path(),
        &["clone", "-q", "--bare", &url, bare.to_str().unwrap()],
    );
    let (out, found) = scan(&bare, &[]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(found.len(), 2);

    let empty = repo();
    let (out, found) = scan(empty.path(), &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(found.is_empty());

    let not_repo = TempDir::new().unwrap();
    let (out, _) = scan(not_repo.path(), &[]);
    assert_exit(&out, 2, "not a git repository");
}

#[test]
fn linked_worktrees_scan_the_shared_history() {
    let dir = repo();
    let d = dir.path();
    let k = key(14);
    commit(d, "a.txt", &format!("{k}\n"), "first");
    let wt = TempDir::new().unwrap();
    let wt_path = wt.path().join("wt");
    git(
        d,
        &[
            "worktree",
            "add",
            "-q",
            "-b",
            "wt",
            wt_path.to_str().unwrap(),
        ],
    );
    let (out, found) = scan(&wt_path, &[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(found.len(), 1);
}

#[test]
fn audit_reports_each_secret_once_with_where_it_is_now() {
    let dir = repo();
    let d = dir.path();
    let (gone, here, untracked) = (key(20), key(21), key(22));
    commit(d, "old/.env", &format!("ZAI_API_KEY={gone}\n"), "old key");
    git(d, &["rm", "-q", "-r", "old"]);
    git(d, &["commit", "-q", "-m", "drop old"]);
    let added = commit(
        d,
        "web/dist/app.js",
        &format!("var k=\"{here}\";\n"),
        "ship it",
    );
    commit(
        d,
        "web/dist/copy.js",
        &format!("var k=\"{here}\";\n"),
        "copy",
    );
    // On disk only, never committed (ignored by git, as .env files often are).
    fs::write(d.join(".gitignore"), ".env.local\n").unwrap();
    fs::write(d.join(".env.local"), format!("VITE_ZAI_KEY={untracked}\n")).unwrap();

    let out = keyfence()
        .args(["audit", "--format", "jsonl", "--show-secrets"])
        .arg(d)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let found: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(found.len(), 3, "{found:#?}");
    let by = |k: &str| found.iter().find(|f| f["secret"] == k).unwrap();
    assert_eq!(by(&here)["presence"], "working_tree");
    assert_eq!(by(&here)["commit"], added.as_str());
    assert_eq!(by(&here)["exposure"], "client");
    assert_eq!(by(&untracked)["presence"], "working_tree");
    assert_eq!(by(&untracked)["commit"], Value::Null);
    assert_eq!(by(&gone)["presence"], "history_only");
    assert_eq!(by(&gone)["path"], "old/.env");
    // Most urgent first: what is on disk and shipped to clients.
    assert_eq!(found[0]["presence"], "working_tree");
    assert_eq!(found[2]["presence"], "history_only");

    let out = keyfence()
        .env_remove("GITHUB_ACTIONS")
        .args(["audit", "--color", "never"])
        .arg(d)
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("3 distinct secrets: 2 still in the working tree, 1 only in history"),
        "{text}"
    );
    assert!(text.contains("Rotate every key"), "{text}");
    assert!(
        !text.contains(&here),
        "the human audit never shows a secret"
    );

    // Outside a repository the audit is of the files alone.
    let plain = TempDir::new().unwrap();
    fs::write(plain.path().join("a.txt"), format!("{here}\n")).unwrap();
    let out = keyfence()
        .args(["audit", "--format", "jsonl"])
        .arg(plain.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(String::from_utf8(out.stdout).unwrap().lines().count(), 1);
}

#[test]
fn this_repository_and_its_history_are_clean() {
    // Every version of every file ever committed here builds its keys at run time.
    // What git ignores on this machine (build output, benchmark and fuzz corpora) is
    // not the project's, and a checkout without history has nothing more to show.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    if !root.join(".git").exists() {
        eprintln!("skipped: not a git checkout");
        return;
    }
    let mut cmd = keyfence();
    cmd.args(["audit", "--format", "jsonl"]);
    for ignored in [
        "/target",
        "/bench-data",
        "/fuzz/target",
        "/fuzz/corpus",
        "/fuzz/artifacts",
    ] {
        cmd.args(["--exclude", ignored]);
    }
    let out = cmd.arg(root).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "", "{}", stderr(&out));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

/// The secrets found, sorted.
fn secrets(found: &[Value]) -> Vec<String> {
    let mut s: Vec<String> = found
        .iter()
        .map(|f| f["secret"].as_str().unwrap().to_string())
        .collect();
    s.sort();
    s
}

#[test]
fn ranges_over_side_branches_tags_the_stash_dangling_commits_and_many_commits() {
    let dir = repo();
    let d = dir.path();
    let start = commit(d, "a.txt", "a\n", "init");
    let (kb, kt, ks, kd, km, kmany) = (key(30), key(31), key(32), key(33), key(34), key(35));

    // A side branch merged cleanly: the range over the merge holds the side commit.
    git(d, &["checkout", "-q", "-b", "side"]);
    let side = commit(d, "side.txt", &format!("{kb}\n"), "side work");
    git(d, &["checkout", "-q", "main"]);
    let before_merge = commit(d, "main.txt", "main\n", "main work");
    git(d, &["merge", "-q", "--no-edit", "side"]);
    let (_, found) = scan(d, &["--range", &format!("{before_merge}..HEAD")]);
    assert_eq!(secrets(&found), vec![kb.clone()]);
    assert_eq!(found[0]["commit"], side.as_str());
    // From the side branch's own tip, the merge brings nothing new.
    let (out, found) = scan(d, &["--range", "side..main"]);
    assert_eq!(out.status.code(), Some(0), "{found:#?}");

    // Only under a tag.
    git(d, &["checkout", "-q", "--detach"]);
    let tagged = commit(d, "tagged.txt", &format!("{kt}\n"), "tagged work");
    git(d, &["tag", "-a", "v1", "-m", "release"]);
    git(d, &["checkout", "-q", "main"]);
    let (_, found) = scan(d, &["--range", "main..v1"]);
    assert_eq!(secrets(&found), vec![kt.clone()]);
    assert_eq!(found[0]["commit"], tagged.as_str());

    // In the stash: its commit holds the working-tree change.
    fs::write(d.join("a.txt"), format!("a\n{ks}\n")).unwrap();
    git(d, &["stash", "-q"]);
    let (_, found) = scan(d, &["--range", "main..stash@{0}"]);
    assert_eq!(secrets(&found), vec![ks.clone()]);
    assert_eq!(found[0]["path"], "a.txt");

    // In a dangling commit, named by its sha.
    let lost = commit(d, "lost.txt", &format!("{kd}\n"), "oops");
    git(d, &["reset", "-q", "--hard", "HEAD~1"]);
    let (_, found) = scan(d, &["--range", &format!("main..{lost}")]);
    assert_eq!(secrets(&found), vec![kd.clone()]);
    assert_eq!(found[0]["commit"], lost.as_str());

    // In a message, and in many commits of the range: one finding, its first commit.
    let base = git(d, &["rev-parse", "HEAD"]);
    let first = commit(d, "many.txt", &format!("{kmany}\n"), "many 0");
    for i in 1..4 {
        commit(d, "many.txt", &format!("{i}\n{kmany}\n"), "many");
    }
    commit(d, "m.txt", "m\n", &format!("key {km}"));
    let (_, found) = scan(d, &["--range", &format!("{base}..HEAD")]);
    let mut want = vec![kmany.clone(), km.clone()];
    want.sort();
    assert_eq!(secrets(&found), want);
    let many = found
        .iter()
        .find(|f| f["secret"] == kmany.as_str())
        .unwrap();
    assert_eq!(many["commit"], first.as_str());
    // The later edits kept it but did not introduce it: in a range, `commits` counts
    // the commits that brought a secret in.
    assert_eq!(many["commits"], 1);
    // --since-commit is the same range.
    let (_, again) = scan(d, &["--since-commit", &base]);
    assert_eq!(secrets(&again), want);
    // Main since its first commit: the merged side branch's key, the many-commit key
    // and the message's; not the tag's, the stash's or the lost commit's.
    let (_, found) = scan(d, &["--range", &format!("{start}..main")]);
    let mut want = vec![kb.clone(), kmany.clone(), km.clone()];
    want.sort();
    assert_eq!(secrets(&found), want);
}

#[test]
fn ranges_in_a_shallow_clone_scan_what_is_there_and_a_missing_base_is_an_error() {
    let dir = repo();
    let d = dir.path();
    let (k1, k2, k3) = (key(40), key(41), key(42));
    let first = commit(d, "a.txt", &format!("{k1}\n"), "first");
    commit(d, "b.txt", &format!("{k2}\n"), "second");
    commit(d, "c.txt", &format!("{k3}\n"), "third");
    let clones = TempDir::new().unwrap();
    let shallow = clones.path().join("shallow");
    git(
        clones.path(),
        &[
            "clone",
            "-q",
            "--depth",
            "2",
            &format!("file://{}", d.display()),
            shallow.to_str().unwrap(),
        ],
    );
    let (out, found) = scan(&shallow, &["--range", "HEAD~1..HEAD"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(secrets(&found), vec![k3.clone()]);
    // The graft's missing parents are the clone's edge, not an unreadable object: a
    // clean commit on top checks clean (a pre-push in a shallow CI checkout).
    assert!(!stderr(&out).contains("cannot read"), "{}", stderr(&out));
    commit(&shallow, "d.txt", "clean\n", "fourth");
    let (out, found) = scan(&shallow, &["--range", "HEAD~1..HEAD"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(found.is_empty());
    // The first commit is not in the clone: a clear error, not an empty scan.
    let (out, found) = scan(&shallow, &["--range", &format!("{first}..HEAD")]);
    assert_eq!(out.status.code(), Some(2));
    assert!(found.is_empty());
    let err = stderr(&out);
    assert!(err.contains("is not a commit in this repository"), "{err}");
    assert!(err.contains("--unshallow"), "{err}");
}

/// Overwrites `len` bytes in the middle of `path`.
fn corrupt(path: &Path, len: usize) {
    let mut bytes = fs::read(path).unwrap();
    let mid = bytes.len() / 2;
    for b in &mut bytes[mid..mid + len] {
        *b ^= 0x5a;
    }
    fs::write(path, bytes).unwrap();
}

#[test]
fn missing_and_corrupt_objects_are_reported_and_the_rest_is_scanned() {
    // A missing loose blob: the other blobs are still scanned, the result is partial.
    let dir = repo();
    let d = dir.path();
    let (k1, k2) = (key(50), key(51));
    commit(d, "good.txt", &format!("{k1}\n"), "good");
    commit(d, "bad.txt", &format!("{k2}\n"), "bad");
    let bad = git(d, &["rev-parse", "HEAD:bad.txt"]);
    fs::remove_file(d.join(".git/objects").join(&bad[..2]).join(&bad[2..])).unwrap();
    let (out, found) = scan(d, &[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(secrets(&found), vec![k1.clone()]);
    let err = stderr(&out);
    assert!(err.contains(&bad), "{err}");
    assert!(err.contains("partial"), "{err}");
    // Nothing found and something unreadable: status 2, never a clean 0.
    let dir2 = repo();
    let d2 = dir2.path();
    commit(d2, "bad.txt", &format!("{k2}\n"), "bad");
    let bad2 = git(d2, &["rev-parse", "HEAD:bad.txt"]);
    fs::remove_file(d2.join(".git/objects").join(&bad2[..2]).join(&bad2[2..])).unwrap();
    let (out, found) = scan(d2, &[]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(found.is_empty());

    // A corrupt pack: no panic, no hang; what cannot be read is named on stderr.
    let dir3 = repo();
    let d3 = dir3.path();
    for i in 0..20 {
        let body: String = (0..200).map(|j| format!("line {i} {j}\n")).collect();
        commit(d3, &format!("f{i}.txt"), &body, &format!("c{i}"));
    }
    commit(d3, "key.txt", &format!("{k1}\n"), "key");
    git(d3, &["gc", "-q", "--aggressive"]);
    let pack = fs::read_dir(d3.join(".git/objects/pack"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|x| x == "pack"))
        .unwrap();
    corrupt(&pack, 64);
    let (out, _) = scan(d3, &[]);
    let code = out.status.code();
    assert!(
        code == Some(1) || code == Some(2),
        "{code:?}: {}",
        stderr(&out)
    );
    let err = stderr(&out);
    assert!(err.contains("error:"), "{err}");
    assert!(err.contains("partial"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

/// The commits `keyfence git --range BASE..TIP` reads, as its summary counts them.
fn range_commits(dir: &Path, range: &str) -> u64 {
    let out = common::run_in(dir, &["git", ".", "--range", range, "--format", "json"]);
    let doc: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|_| panic!("{range}: {}", common::stderr(&out)));
    doc["summary"]["commits"].as_u64().unwrap_or(0)
}

#[test]
fn range_walks_read_exactly_the_commits_git_rev_list_does_with_merges_and_skewed_clocks() {
    for seed in [2611, 7, 99] {
        skewed_history_ranges(seed);
    }
}

/// A seeded history of branches and merges whose committer dates jump back and forth
/// (clock skew), then pairs of a sample of its commits as ranges, each checked against
/// `git rev-list --count`.
fn skewed_history_ranges(seed: u64) {
    let d = common::repo();
    let dir = d.path();
    let mut rng = common::Rng::new(seed);
    let mut tips: Vec<String> = Vec::new();
    let mut all: Vec<String> = Vec::new();
    for i in 0..60u64 {
        // Skew: a tenth of the commits are dated a day before their parents.
        let day = 1_700_000_000 + i as i64 * 3600 - if rng.below(10) == 0 { 86_400 } else { 0 };
        let date = format!("@{day} +0000");
        let env = [
            ("GIT_COMMITTER_DATE", date.as_str()),
            ("GIT_AUTHOR_DATE", date.as_str()),
        ];
        match (tips.len(), rng.below(4)) {
            (n, 0) if n >= 2 => {
                // Merge two branch tips.
                let a = tips.remove(rng.below(tips.len()));
                let b = tips.remove(rng.below(tips.len()));
                common::git(dir, &["checkout", "-q", "--detach", &a]);
                let out =
                    common::git_with(dir, &["merge", "-q", "--no-edit", "-s", "ours", &b], &env);
                assert!(
                    out.status.success(),
                    "{}",
                    String::from_utf8_lossy(&out.stderr)
                );
            }
            (n, 1) if n >= 1 => {
                // Work on from an older commit: a new branch.
                let from = all[rng.below(all.len())].clone();
                common::git(dir, &["checkout", "-q", "--detach", &from]);
                std::fs::write(dir.join(format!("f{i}.txt")), format!("{i}\n")).unwrap();
                common::git(dir, &["add", "-A"]);
                let out = common::git_with(dir, &["commit", "-q", "-m", &format!("c{i}")], &env);
                assert!(out.status.success());
            }
            _ => {
                if let Some(t) = tips.pop() {
                    common::git(dir, &["checkout", "-q", "--detach", &t]);
                }
                std::fs::write(dir.join(format!("f{i}.txt")), format!("{i}\n")).unwrap();
                common::git(dir, &["add", "-A"]);
                let out = common::git_with(dir, &["commit", "-q", "-m", &format!("c{i}")], &env);
                assert!(out.status.success());
            }
        }
        let head = common::git(dir, &["rev-parse", "HEAD"]);
        tips.push(head.clone());
        all.push(head);
    }
    common::git(dir, &["checkout", "-q", "-B", "main"]);
    for _ in 0..25 {
        let base = &all[rng.below(all.len())];
        let tip = &all[rng.below(all.len())];
        let range = format!("{base}..{tip}");
        let want: u64 = common::git(dir, &["rev-list", "--count", &range])
            .parse()
            .unwrap();
        let got = range_commits(dir, &range);
        if got != want {
            let log = common::git(dir, &["log", "--format=%H %ct %P", base, tip]);
            let list = common::git(dir, &["rev-list", &range]);
            panic!("{range}: keyfence read {got} commits, git {want}\ngit: {list}\n{log}");
        }
    }
}

/// History that refs name besides commits is read: an annotated tag's message (a chain
/// of tags too), and a blob or a tree that a ref points at straight, each named by
/// its ref; `audit` reports them as history.
#[test]
fn tag_messages_and_refs_to_blobs_and_trees_are_history() {
    let dir = repo();
    let d = dir.path();
    commit(d, "README.md", "hello\n", "init");
    let (in_tag, in_outer, in_blob, in_tree) = (key(11), key(12), key(13), key(14));
    common::git(
        d,
        &[
            "tag",
            "-a",
            "v1",
            "-m",
            &format!("release\n\nZAI_API_KEY={in_tag}\n"),
        ],
    );
    // A tag of the tag, with a message of its own.
    let inner = common::git(d, &["rev-parse", "v1"]);
    let outer = common::git_stdin(
        d,
        &["mktag"],
        format!(
            "object {inner}\ntype tag\ntag v1-signed\ntagger Ada <ada@example.com> 1767225600 +0000\n\nre-tag ZAI_API_KEY={in_outer}\n"
        ),
    );
    common::git(d, &["update-ref", "refs/tags/v1-signed", &outer]);
    let blob = common::git_stdin(
        d,
        &["hash-object", "-w", "--stdin"],
        format!("ZHIPU_API_KEY={in_blob}\n"),
    );
    common::git(d, &["update-ref", "refs/keys/raw", &blob]);
    let leaf = common::git_stdin(
        d,
        &["hash-object", "-w", "--stdin"],
        format!("ZHIPU_API_KEY={in_tree}\n"),
    );
    let tree = common::git_stdin(d, &["mktree"], format!("100644 blob {leaf}\tcfg.env\n"));
    common::git(d, &["tag", "snapshot", &tree]);
    let (out, found) = scan(d, &[]);
    assert_eq!(out.status.code(), Some(1));
    let path_of = |k: &str| {
        found
            .iter()
            .find(|f| f["secret"] == k)
            .unwrap_or_else(|| panic!("{k} not found: {found:?}"))["path"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(path_of(&in_tag), "refs/tags/v1 (tag message)");
    assert!(path_of(&in_outer).ends_with("(tag message)"));
    assert_eq!(path_of(&in_blob), "refs/keys/raw");
    assert_eq!(path_of(&in_tree), "refs/tags/snapshot:cfg.env");
    let tagged = found
        .iter()
        .find(|f| f["secret"] == in_tag.as_str())
        .unwrap();
    assert_eq!(tagged["author"], "Ada <ada@example.com>", "the tagger");
    let (_, audited) = findings("audit", d, &[]);
    for k in [&in_tag, &in_outer, &in_blob, &in_tree] {
        let f = audited
            .iter()
            .find(|f| f["secret"] == k.as_str())
            .expect("in the audit");
        assert_eq!(f["presence"], "history_only", "{f}");
    }
}
