//! `--verify` and `keyfence verify` against a loopback server that plays Z.ai with its
//! documented answers (HTTP status and business code), counting every request.

mod common;

use std::collections::HashMap;
use std::net::TcpStream;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::http::{self, Request, Server};
use common::{jsonl, keyfence, stderr, stdout, write};
use serde_json::Value;

/// How the fake Z.ai answers each key.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Plays {
    Accept,
    Reject,
    RateLimitOnce,
    Balance,
    Slow,
    ServerError,
    Garbage,
}

struct FakeZai {
    server: Server,
    /// Requests per secret.
    seen: Arc<Mutex<HashMap<String, usize>>>,
}

fn fake_zai(plays: Vec<(String, Plays)>) -> FakeZai {
    let seen: Arc<Mutex<HashMap<String, usize>>> = Arc::default();
    let s = seen.clone();
    let server = Server::start(Arc::new(move |req: &Request, conn: &mut TcpStream| {
        assert_eq!(req.path(), "/api/paas/v4/models");
        assert!(req
            .header("user-agent")
            .unwrap_or("")
            .starts_with("keyfence/"));
        let secret = req
            .header("authorization")
            .and_then(|a| a.strip_prefix("Bearer "))
            .unwrap_or("")
            .to_string();
        let n = {
            let mut s = s.lock().unwrap();
            let n = s.entry(secret.clone()).or_insert(0);
            *n += 1;
            *n
        };
        let play = plays.iter().find(|(k, _)| *k == secret).map(|(_, p)| *p);
        let json = "application/json";
        match play {
            Some(Plays::Accept) => http::respond(conn, 200, json, &[], br#"{"object":"list","data":[{"id":"glm-4.6","object":"model"}]}"#),
            Some(Plays::RateLimitOnce) if n == 1 => http::respond(
                conn,
                429,
                json,
                &[("Retry-After", "0")],
                r#"{"error":{"code":"1302","message":"您当前使用该 API 的并发数过高"}}"#.as_bytes(),
            ),
            Some(Plays::RateLimitOnce) => http::respond(conn, 200, json, &[], br#"{"object":"list","data":[]}"#),
            Some(Plays::Balance) => http::respond(
                conn,
                429,
                json,
                &[],
                r#"{"error":{"code":"1113","message":"您的账户已欠费，请充值后重试"}}"#.as_bytes(),
            ),
            Some(Plays::Slow) => std::thread::sleep(Duration::from_secs(4)),
            Some(Plays::ServerError) => http::respond(conn, 500, "text/plain", &[], b"internal error"),
            Some(Plays::Garbage) => http::respond(conn, 200, "text/html", &[], b"<html>welcome</html>"),
            Some(Plays::Reject) | None => http::respond(
                conn,
                401,
                json,
                &[],
                r#"{"error":{"code":"1002","message":"Authorization Token非法，请确认Authorization Token正确传递。"}}"#.as_bytes(),
            ),
        }
    }));
    FakeZai { server, seen }
}

impl FakeZai {
    fn endpoint(&self) -> String {
        self.server.origin()
    }
    fn requests(&self, secret: &str) -> usize {
        self.seen.lock().unwrap().get(secret).copied().unwrap_or(0)
    }
    fn total(&self) -> usize {
        self.seen.lock().unwrap().values().sum()
    }
}

fn status_of<'a>(found: &'a [Value], key: &str) -> &'a Value {
    &found
        .iter()
        .find(|f| f["secret"] == key)
        .unwrap_or_else(|| panic!("{key} not found in {found:#?}"))["verification"]
}

#[test]
fn each_answer_is_the_right_verification_with_one_request_per_platform() {
    let plays = [
        Plays::Accept,
        Plays::Reject,
        Plays::RateLimitOnce,
        Plays::Balance,
        Plays::Slow,
        Plays::ServerError,
        Plays::Garbage,
    ];
    let keys: Vec<String> = (0..plays.len())
        .map(|i| common::key(1000 + i as u64))
        .collect();
    let zai = fake_zai(keys.iter().cloned().zip(plays).collect());
    let dir = tempfile::tempdir().unwrap();
    // Every key twice, in two files; and an expired SDK token.
    let mut a = String::new();
    for k in &keys {
        a.push_str(&format!("ZHIPUAI_API_KEY={k}\n"));
    }
    write(dir.path(), "server/a.env", &a);
    write(dir.path(), "server/b.env", &a);
    let token = common::sdk_token(1100);
    write(
        dir.path(),
        "server/token.txt",
        format!("token = \"{token}\"\n"),
    );

    let run = |extra: &[&str]| {
        let format = if extra.contains(&"--format") {
            &[][..]
        } else {
            &["--format", "jsonl"][..]
        };
        keyfence()
            .args(["scan", ".", "--verify", "--verify-timeout", "1s"])
            .args(format)
            .args(extra)
            .current_dir(dir.path())
            .env("KEYFENCE_ZAI_ENDPOINT", zai.endpoint())
            .output()
            .unwrap()
    };
    let out = run(&["--show-secrets"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let found = jsonl(&out);
    let want = [
        (0, "live"),
        (1, "invalid"),
        (2, "live"),
        (3, "live"),
        (4, "unknown"),
        (5, "unknown"),
        (6, "unknown"),
    ];
    for (i, status) in want {
        let v = status_of(&found, &keys[i]);
        assert_eq!(v["status"], status, "{:?}: {v:#}", plays[i]);
        assert!(v["checked_at"].as_i64().unwrap() > 1_700_000_000);
    }
    assert_eq!(status_of(&found, &keys[0])["http_status"], 200);
    assert!(status_of(&found, &keys[3])["detail"]
        .as_str()
        .unwrap()
        .contains("1113"));
    assert_eq!(status_of(&found, &keys[5])["http_status"], 500);
    assert_eq!(status_of(&found, &token)["status"], "expired");
    // Live keys come first.
    let order: Vec<&str> = found
        .iter()
        .map(|f| f["verification"]["status"].as_str().unwrap())
        .collect();
    let first_other = order.iter().position(|s| *s != "live").unwrap();
    assert!(
        order[first_other..].iter().all(|s| *s != "live"),
        "{order:?}"
    );

    // Requests: one per platform at most for each distinct secret, however often it
    // appears; an accepted key stops at the first platform; a rate limit is asked again.
    assert_eq!(zai.requests(&keys[0]), 1);
    assert_eq!(zai.requests(&keys[1]), 2, "rejected: both platforms");
    assert_eq!(
        zai.requests(&keys[2]),
        2,
        "429, then the retry that was accepted"
    );
    assert_eq!(zai.requests(&keys[3]), 1);
    assert_eq!(zai.requests(&keys[4]), 2, "a timeout on each platform");
    assert_eq!(zai.requests(&keys[5]), 2);
    assert_eq!(zai.requests(&keys[6]), 2);
    assert_eq!(zai.requests(&token), 0, "an expired token is never sent");

    // Redacted runs: no key in any output or log.
    for extra in [
        &["--format", "human"][..],
        &["--format", "json"],
        &["--format", "sarif"],
        &["--format", "html"],
    ] {
        let out = run(extra);
        let all = format!("{}{}", stdout(&out), stderr(&out));
        for k in keys.iter().chain([&token]) {
            assert!(!all.contains(k.as_str()), "{extra:?} shows a key");
        }
        if extra[1] == "sarif" {
            let doc: Value = serde_json::from_str(&stdout(&out)).unwrap();
            common::assert_valid_sarif(&doc);
            let results = doc["runs"][0]["results"].as_array().unwrap();
            assert!(results
                .iter()
                .any(|r| r["properties"]["verification"] == "live"));
        }
        if extra[1] == "human" {
            assert!(all.contains("still accepted by Z.ai when checked"), "{all}");
            assert!(all.contains("verification: LIVE: accepted by"), "{all}");
        }
    }

    // --only-live and --fail-on.
    let out = run(&["--only-live", "--show-secrets"]);
    let live: Vec<Value> = jsonl(&out);
    assert_eq!(
        live.len(),
        3 * 2,
        "three live keys, two places each: {live:#?}"
    );
    let out = run(&["--fail-on", "live"]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn fail_on_live_passes_when_no_key_is_live() {
    let k = common::key(1200);
    let zai = fake_zai(vec![(k.clone(), Plays::Reject)]);
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "app.js", format!("const zhipu = \"{k}\";\n"));
    let out = keyfence()
        .args([
            "scan",
            ".",
            "--verify",
            "--fail-on",
            "live",
            "--format",
            "jsonl",
        ])
        .current_dir(dir.path())
        .env("KEYFENCE_ZAI_ENDPOINT", zai.endpoint())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(jsonl(&out)[0]["verification"]["status"], "invalid");
    // --fail-on without verification is refused.
    let out = keyfence()
        .args(["scan", ".", "--fail-on", "live"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("need --verify"), "{}", stderr(&out));
}

#[test]
fn nothing_is_sent_unless_the_user_asks() {
    let k = common::key(1300);
    let zai = fake_zai(vec![(k.clone(), Plays::Accept)]);
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "app.js", format!("const zhipu = \"{k}\";\n"));
    // A repository's config tries to turn verification on: ignored, with a warning.
    write(dir.path(), ".keyfence.toml", "[verify]\nenabled = true\n");
    for mode in ["scan", "audit"] {
        let out = keyfence()
            .args([mode, ".", "--format", "jsonl"])
            .current_dir(dir.path())
            .env("KEYFENCE_ZAI_ENDPOINT", zai.endpoint())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        assert!(jsonl(&out).iter().all(|f| f.get("verification").is_none()));
        assert!(stderr(&out).contains("never on"), "{}", stderr(&out));
    }
    assert_eq!(zai.total(), 0);
    // The config can turn it off, whatever the user says.
    write(dir.path(), ".keyfence.toml", "[verify]\nenabled = false\n");
    let out = keyfence()
        .args(["scan", ".", "--verify"])
        .current_dir(dir.path())
        .env("KEYFENCE_ZAI_ENDPOINT", zai.endpoint())
        .env("KEYFENCE_VERIFY", "1")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(zai.total(), 0);
    // The environment opts in (a hook, a workflow).
    std::fs::remove_file(dir.path().join(".keyfence.toml")).unwrap();
    let out = keyfence()
        .args(["scan", ".", "--format", "jsonl"])
        .current_dir(dir.path())
        .env("KEYFENCE_ZAI_ENDPOINT", zai.endpoint())
        .env("KEYFENCE_VERIFY", "1")
        .output()
        .unwrap();
    assert_eq!(jsonl(&out)[0]["verification"]["status"], "live");
    assert_eq!(zai.total(), 1);
}

#[test]
fn verify_one_key_from_standard_input() {
    let live = common::key(1400);
    let dead = common::key(1401);
    let zai = fake_zai(vec![
        (live.clone(), Plays::Accept),
        (dead.clone(), Plays::Reject),
    ]);
    let verify = |input: &str, format: &str| {
        keyfence()
            .args(["verify", "--format", format])
            .env("KEYFENCE_ZAI_ENDPOINT", zai.endpoint())
            .write_stdin(input.to_string())
            .output()
            .unwrap()
    };
    let out = verify(&format!("{live}\n"), "human");
    assert_eq!(out.status.code(), Some(1));
    // The answer names where it came from: the test endpoint, not the platform itself.
    let host = zai
        .endpoint()
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .to_string();
    assert!(
        stdout(&out).starts_with(&format!(
            "LIVE: accepted by open.bigmodel.cn at {host} (KEYFENCE_ZAI_ENDPOINT) (HTTP 200)"
        )),
        "{}",
        stdout(&out)
    );
    assert!(!stdout(&out).contains("; HTTP 200"), "the status said once");
    let out = verify(&dead, "json");
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(v["status"], "invalid");
    assert!(!stdout(&out).contains(&dead) && !stderr(&out).contains(&dead));
    let out = verify(&common::sdk_token(1402), "human");
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).starts_with("expired"), "{}", stdout(&out));
    let out = verify("hello", "human");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("neither a Z.ai API key"),
        "{}",
        stderr(&out)
    );
    // Nothing listens: unknown, exit 2, the key in no message.
    let free = common::http::free_port();
    let out = keyfence()
        .args(["verify"])
        .env("KEYFENCE_ZAI_ENDPOINT", format!("http://127.0.0.1:{free}"))
        .write_stdin(live.clone())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stdout(&out).starts_with("unknown"), "{}", stdout(&out));
    assert!(!stdout(&out).contains(&live) && !stderr(&out).contains(&live));
}

#[test]
fn hooks_verify_only_when_the_environment_opts_in() {
    let k = common::key(1500);
    let zai = fake_zai(vec![(k.clone(), Plays::Accept)]);
    let dir = tempfile::tempdir().unwrap();
    common::git(dir.path(), &["init", "-q", "-b", "main"]);
    write(dir.path(), "app.js", format!("const zhipu = \"{k}\";\n"));
    common::git(dir.path(), &["add", "app.js"]);
    let hook = |opt_in: bool| {
        let mut cmd = keyfence();
        cmd.args(["hook", "pre-commit"])
            .current_dir(dir.path())
            .env("KEYFENCE_ZAI_ENDPOINT", zai.endpoint());
        if opt_in {
            cmd.env("KEYFENCE_VERIFY", "1");
        }
        cmd.output().unwrap()
    };
    let out = hook(false);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(
        zai.total(),
        0,
        "a commit does not wait on the network unless asked"
    );
    let out = hook(true);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(zai.total(), 1);
    assert!(!stderr(&out).contains(&k) && !stdout(&out).contains(&k));
    let refusal = format!("{}{}", stdout(&out), stderr(&out));
    assert!(
        refusal.contains("verification: LIVE: accepted by"),
        "{refusal}"
    );
}

/// A change full of keys neither stalls the run nor turns it into a key checker: the
/// first `--verify-max` distinct keys are verified (20 by default), the rest named and
/// counted as not proven dead.
#[test]
fn verification_stops_at_verify_max_and_names_the_rest() {
    let keys: Vec<String> = (0..25).map(|i| common::key(1600 + i)).collect();
    let zai = fake_zai(keys.iter().map(|k| (k.clone(), Plays::Reject)).collect());
    let dir = tempfile::tempdir().unwrap();
    let body: String = keys
        .iter()
        .enumerate()
        .map(|(i, k)| format!("const zhipu{i} = \"{k}\";\n"))
        .collect();
    write(dir.path(), "app.js", body);
    let run = |args: &[&str], env: &[(&str, &str)]| {
        keyfence()
            .args([
                "scan",
                ".",
                "--verify",
                "--format",
                "jsonl",
                "--show-secrets",
            ])
            .args(args)
            .current_dir(dir.path())
            .env("KEYFENCE_ZAI_ENDPOINT", zai.endpoint())
            .envs(env.iter().copied())
            .output()
            .unwrap()
    };
    let asked = || zai.seen.lock().unwrap().len();
    let out = run(&[], &[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(asked(), 20, "the default bound");
    let found = jsonl(&out);
    let unverified: Vec<&Value> = found
        .iter()
        .filter(|f| f["secret"].is_string() && f.get("verification").is_none())
        .collect();
    assert_eq!(unverified.len(), 5, "{found:#?}");
    let err = stderr(&out);
    assert_eq!(
        err.matches("not verified: only the first 20 distinct keys of this run are")
            .count(),
        5,
        "{err}"
    );
    assert!(err.contains("warning: app.js:21:"), "{err}");
    assert!(keys.iter().all(|k| !err.contains(k.as_str())));
    // Every key was rejected, but five were not asked: not proven dead.
    let out = run(&["--fail-on", "live", "--verify-max", "3"], &[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(asked(), 20, "the same first keys, each asked once per run");
    let out = run(
        &["--fail-on", "live", "--only-live"],
        &[("KEYFENCE_VERIFY_MAX", "30")],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(asked(), 25);
    assert!(!stderr(&out).contains("not verified"), "{}", stderr(&out));
    // The bound is a number of keys.
    let out = run(&["--verify-max", "0"], &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("at least 1"), "{}", stderr(&out));
    let out = run(&[], &[("KEYFENCE_VERIFY_MAX", "lots")]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("KEYFENCE_VERIFY_MAX"),
        "{}",
        stderr(&out)
    );
}
