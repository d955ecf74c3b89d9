//! The test harness every integration test shares: the binary under test in a clean
//! environment, key builders, repository builders, output readers and the normaliser
//! that snapshots use.
//!
//! No test holds a literal key: keys are built at run time from a seeded generator, so
//! that scanning this repository finds nothing.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Output;

use keyfence_matcher::placeholder::is_placeholder;

pub mod hostile;
pub mod http;

/// Variables from the outside that change what keyfence does: CI, colour, git's own
/// hook variables, the pre-commit framework's, keyfence's own.
const OUTSIDE: &[&str] = &[
    "GITHUB_ACTIONS",
    "GITHUB_STEP_SUMMARY",
    "GITHUB_OUTPUT",
    "GITHUB_EVENT_NAME",
    "GITHUB_EVENT_PATH",
    "GITHUB_WORKSPACE",
    "NO_COLOR",
    "GIT_DIR",
    "GIT_WORK_TREE",
    "GIT_INDEX_FILE",
    "PRE_COMMIT_FROM_REF",
    "PRE_COMMIT_TO_REF",
    "PRE_COMMIT_LOCAL_BRANCH",
    "PRE_COMMIT_REMOTE_NAME",
    "PRE_COMMIT_REMOTE_URL",
    "PRE_COMMIT_REMOTE_BRANCH",
    "PRE_COMMIT",
    "KEYFENCE_PROGRESS_AFTER_MS",
    "KEYFENCE_VERIFY",
    "KEYFENCE_ZAI_ENDPOINT",
    "KEYFENCE_PROGRESS",
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "ALL_PROXY",
    "NO_PROXY",
    "http_proxy",
    "https_proxy",
    "all_proxy",
    "no_proxy",
];

/// "Now" for every run of the binary in the tests (`SOURCE_DATE_EPOCH`):
/// 2026-06-01T00:00:00Z, so that no output depends on the day the tests run.
pub const NOW: &str = "1780272000";

/// The binary under test, with none of [`OUTSIDE`], no user or system git
/// configuration, and the clock fixed at [`NOW`].
pub fn keyfence() -> assert_cmd::Command {
    keyfence_at(&assert_cmd::cargo::cargo_bin("keyfence"))
}

/// [`keyfence`] with another build of the binary (a baseline's, for a score before a
/// change).
pub fn keyfence_at(bin: &Path) -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::new(bin);
    for v in OUTSIDE {
        cmd.env_remove(v);
    }
    cmd.env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("SOURCE_DATE_EPOCH", NOW);
    cmd
}

/// The binary under test as [`keyfence`] runs it, under `sh` with its address space
/// limited to `kib` KiB (`ulimit -v`): what it cannot allocate, it cannot hold.
pub fn keyfence_limited(kib: u64) -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::new("sh");
    for v in OUTSIDE {
        cmd.env_remove(v);
    }
    let bin = assert_cmd::cargo::cargo_bin("keyfence");
    cmd.env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("SOURCE_DATE_EPOCH", NOW)
        .args(["-c", &format!("ulimit -v {kib} && exec \"$0\" \"$@\"")])
        .arg(bin);
    cmd
}

/// Runs keyfence in `dir` with `args`.
pub fn run_in(dir: &Path, args: &[&str]) -> Output {
    keyfence().args(args).current_dir(dir).output().unwrap()
}

pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The run ended with `code` and its stderr says `says`.
pub fn assert_exit(out: &Output, code: i32, says: &str) {
    let err = stderr(out);
    assert_eq!(out.status.code(), Some(code), "{err}");
    assert!(err.contains(says), "stderr lacks {says:?}: {err}");
}

/// `keyfence MODE --format jsonl --show-secrets EXTRA... DIR`: the run and its findings.
pub fn findings(mode: &str, dir: &Path, extra: &[&str]) -> (Output, Vec<serde_json::Value>) {
    let out = keyfence()
        .args([mode, "--format", "jsonl", "--show-secrets"])
        .args(extra)
        .arg(dir)
        .output()
        .unwrap();
    let found = jsonl(&out);
    (out, found)
}

/// The JSON Lines on stdout, one value a line.
pub fn jsonl(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// Writes `data` at `rel` under `root`, making the directories.
pub fn write(root: &Path, rel: &str, data: impl AsRef<[u8]>) -> PathBuf {
    let p = root.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(&p, data).unwrap();
    p
}

/// Replaces what changes from run to run so that output can be snapshotted: the
/// temporary directory (`[dir]`), durations, dates, commit shas, the version, the rules'
/// digest, and byte counts in prose.
pub fn stable(text: &str, dir: &Path) -> String {
    let mut t = text.to_string();
    for d in [dir.to_path_buf(), dir.canonicalize().unwrap_or_default()] {
        let d = d.display().to_string();
        if !d.is_empty() {
            t = t.replace(&d, "[dir]");
        }
    }
    let rules: &[(&str, &str)] = &[
        (r"in \d+\.\d\d s", "in [time] s"),
        (r#""(duration|scan|fetch)_ms": \d+"#, r#""${1}_ms": "[ms]""#),
        (r"\bkfr1-[0-9a-f]{16}\b", "[rules-digest]"),
        (r"<dd>\d+\.\d\d s</dd>", "<dd>[time] s</dd>"),
        (r"\b\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", "[date]"),
        (r"\b\d{4}-\d\d-\d\d\b", "[day]"),
        (r"\b[0-9a-f]{40}\b", "[sha]"),
        (r"\b[0-9a-f]{12}\b", "[short-sha]"),
        (r"\b[0-9a-f]{7}\.\.[0-9a-f]{7}\b", "[range]"),
        (r"\d+(\.\d)? (B|KiB|MiB|GiB)\b", "[size]"),
        (r"\b\d+ bytes\b", "[n] bytes"),
        (
            &format!("keyfence {}", env!("CARGO_PKG_VERSION").replace('.', r"\.")),
            "keyfence [version]",
        ),
    ];
    for (pattern, with) in rules {
        t = regex::Regex::new(pattern)
            .unwrap()
            .replace_all(&t, *with)
            .into_owned();
    }
    t
}

/// A small deterministic generator (xorshift64*), so tests are repeatable.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    pub fn pick(&mut self, alphabet: &[u8]) -> u8 {
        alphabet[self.below(alphabet.len())]
    }

    /// A string of `min` to `min + spread - 1` characters from `alphabet`.
    pub fn run(&mut self, alphabet: &[u8], min: usize, spread: usize) -> String {
        let len = min + self.below(spread);
        self.string(alphabet, len)
    }

    pub fn string(&mut self, alphabet: &[u8], len: usize) -> String {
        (0..len).map(|_| self.pick(alphabet) as char).collect()
    }
}

pub const HEX: &[u8] = b"0123456789abcdef";
pub const ALNUM: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/// The id and secret of a random, realistic key (mixed-case secret, no filler).
pub fn key_parts(seed: u64) -> (String, String) {
    let mut rng = Rng::new(seed);
    loop {
        let id = rng.string(HEX, 32);
        let secret = rng.string(ALNUM, 16);
        let mixed = secret.bytes().any(|b| b.is_ascii_uppercase())
            && secret.bytes().any(|b| b.is_ascii_lowercase());
        let whole = format!("{id}.{secret}");
        if mixed && !is_placeholder(whole.as_bytes()) {
            return (id, secret);
        }
    }
}

/// A random, realistic key.
pub fn key(seed: u64) -> String {
    let (id, secret) = key_parts(seed);
    [id.as_str(), secret.as_str()].join(".")
}

pub fn b64url(data: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(data)
}

/// An SDK token (JWT with `"sign_type":"SIGN"`) for the key made from `seed`.
pub fn sdk_token(seed: u64) -> String {
    let (id, _) = key_parts(seed);
    let header = b64url(br#"{"alg":"HS256","sign_type":"SIGN"}"#);
    let payload = b64url(
        format!(r#"{{"api_key":"{id}","exp":1732800000000,"timestamp":1732796400000}}"#).as_bytes(),
    );
    let mut rng = Rng::new(seed ^ 0xA5A5);
    let sig = rng.string(
        b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_",
        43,
    );
    [header, payload, sig].join(".")
}

/// The built-in rule files, as the binary embeds them.
pub fn builtin_rules() -> keyfence_rules::RuleSet {
    let mut set = keyfence_rules::RuleSet::new();
    set.add_toml("builtin:zai.toml", include_str!("../../patterns/zai.toml"))
        .expect("built-in rules parse");
    set.add_toml(
        "builtin:zai-flows.toml",
        include_str!("../../patterns/zai-flows.toml"),
    )
    .expect("built-in flows parse");
    set
}

/// The real-text corpus: `KEYFENCE_CORPUS`, or `bench-data/npm` (filled by
/// `benches/fetch-corpus.sh`); `None` when it is absent.
pub fn corpus_dir() -> Option<std::path::PathBuf> {
    let dir = std::env::var_os("KEYFENCE_CORPUS")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("bench-data/npm"));
    dir.is_dir().then_some(dir)
}

/// Runs git with a fixed identity and no user or system configuration.
pub fn git_output(dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    git_with(dir, args, &[])
}

/// The same, with more environment (a fixed date, for instance).
pub fn git_with(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> std::process::Output {
    git_command(dir, args)
        .envs(env.iter().copied())
        .output()
        .unwrap()
}

/// git in `dir` with `args`, a fixed identity and no user or system configuration.
fn git_command(dir: &Path, args: &[&str]) -> std::process::Command {
    let mut cmd = std::process::Command::new("git");
    cmd.args(args)
        .current_dir(dir)
        .env("GIT_AUTHOR_NAME", "Ada")
        .env("GIT_AUTHOR_EMAIL", "ada@example.com")
        .env("GIT_COMMITTER_NAME", "Ada")
        .env("GIT_COMMITTER_EMAIL", "ada@example.com")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        // Hooks that git runs (keyfence among them) see the tests' fixed clock too.
        .env("SOURCE_DATE_EPOCH", NOW);
    cmd
}

/// git with `input` on its standard input, as [`git_output`] runs it; its output,
/// trimmed. Panics if git fails.
pub fn git_stdin(dir: &Path, args: &[&str], input: impl AsRef<[u8]>) -> String {
    use std::io::Write as _;
    let mut child = git_command(dir, args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_ref())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "git {args:?}");
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

pub fn git(dir: &std::path::Path, args: &[&str]) -> String {
    let out = git_output(dir, args);
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

pub fn repo() -> tempfile::TempDir {
    let dir = tempfile::TempDir::new().unwrap();
    git(dir.path(), &["init", "-q", "-b", "main"]);
    dir
}

/// Writes a file and commits everything; returns the commit's sha.
pub fn commit(dir: &std::path::Path, file: &str, content: &str, message: &str) -> String {
    let p = dir.join(file);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, content).unwrap();
    git(dir, &["add", "-A"]);
    git(dir, &["commit", "-q", "-m", message]);
    git(dir, &["rev-parse", "HEAD"])
}

/// Validates `doc` against the SARIF 2.1.0 schema and the fields GitHub requires.
pub fn assert_valid_sarif(doc: &serde_json::Value) {
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/data/sarif-schema-2.1.0.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let validator = jsonschema::draft4::new(&schema).expect("the schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(doc)
        .map(|e| format!("{} at {}", e, e.instance_path))
        .collect();
    assert!(errors.is_empty(), "not valid SARIF 2.1.0: {errors:#?}");
    // What GitHub code scanning needs beyond the schema.
    assert_eq!(doc["version"], "2.1.0");
    assert!(doc["$schema"].as_str().unwrap().contains("sarif"));
    let run = &doc["runs"][0];
    let driver = &run["tool"]["driver"];
    assert_eq!(driver["name"], "keyfence");
    assert!(driver["version"].is_string());
    assert!(driver["informationUri"]
        .as_str()
        .unwrap()
        .starts_with("https://"));
    let rules = driver["rules"].as_array().unwrap();
    assert!(!rules.is_empty());
    for r in rules {
        for field in ["id", "shortDescription", "fullDescription", "help"] {
            assert!(!r[field].is_null(), "rule lacks {field}: {r:#}");
        }
        assert!(r["properties"]["security-severity"].is_string());
    }
    let results = run["results"].as_array().unwrap();
    assert!(results.len() <= 25_000);
    for res in results {
        assert!(res["ruleId"].is_string());
        assert!(res["message"]["text"].is_string());
        let loc = &res["locations"][0]["physicalLocation"];
        let uri = loc["artifactLocation"]["uri"].as_str().unwrap();
        assert!(!uri.starts_with('/') && !uri.contains('\\'), "{uri}");
        for field in ["startLine", "startColumn", "endLine", "endColumn"] {
            assert!(loc["region"][field].as_u64().unwrap() >= 1, "{field}");
        }
        assert!(res["partialFingerprints"]
            .as_object()
            .is_some_and(|m| !m.is_empty()));
        let severity: f64 = res["properties"]["security-severity"]
            .as_str()
            .unwrap()
            .parse()
            .unwrap();
        assert!((0.0..=10.0).contains(&severity));
    }
}

/// A bare repository `dir/<bare>` (default branch `main`) and a clone of it at
/// `dir/<clone>` on `main`; returns both paths.
pub fn bare_and_clone(
    dir: &std::path::Path,
    bare: &str,
    clone: &str,
) -> (std::path::PathBuf, std::path::PathBuf) {
    let origin = dir.join(bare);
    git(
        dir,
        &[
            "init",
            "-q",
            "--bare",
            "-b",
            "main",
            origin.to_str().unwrap(),
        ],
    );
    let work = dir.join(clone);
    git(
        dir,
        &[
            "clone",
            "-q",
            origin.to_str().unwrap(),
            work.to_str().unwrap(),
        ],
    );
    git(&work, &["checkout", "-q", "-b", "main"]);
    (origin, work)
}

/// The secrets of a JSON report's findings (shown with `--show-secrets`), sorted.
pub fn found_secrets(doc: &serde_json::Value) -> Vec<String> {
    let mut s: Vec<String> = doc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["secret"].as_str().unwrap().to_string())
        .collect();
    s.sort();
    s
}

/// The messages of a JSON report's problems of one kind.
pub fn problems_of(doc: &serde_json::Value, kind: &str) -> Vec<String> {
    doc["problems"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["kind"] == kind)
        .map(|p| p["message"].as_str().unwrap().to_string())
        .collect()
}
