//! Real text with planted keys: keyfence must report every planted key, where it was
//! planted, and nothing else.
//!
//! Needs the npm corpus (`benches/fetch-corpus.sh` puts it in `bench-data/npm`, or set
//! `KEYFENCE_CORPUS` to any directory of real files). Optionally `KEYFENCE_REPO` names
//! a checked-out repository to add to the mix. Without a corpus the test says so and
//! passes: CI does not download it.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::{key, keyfence, sdk_token, Rng};
use serde_json::Value;

fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = fs::read_dir(dir).unwrap().map(|e| e.unwrap()).collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let ft = e.file_type().unwrap();
        if ft.is_dir() {
            files_under(&e.path(), out);
        } else if ft.is_file() {
            out.push(e.path());
        }
    }
}

/// The contexts keys are planted in; each starts and ends with a byte that is not a
/// letter or digit, so that splicing it anywhere leaves the key whole.
fn contexts(k: &str, token: &str) -> Vec<String> {
    vec![
        format!("\"{k}\""),
        format!(" '{k}',"),
        format!("\r\nZAI_API_KEY={k}\r\n"),
        format!("\"env\":\"A=1\\n{k}\\nB=2\""),
        format!("/chat?key={k}&model=glm-4 "),
        format!("\0{k}\0"),
        format!("({k});"),
        format!("%22{k}%22"),
        format!("\nVITE_ZAI_KEY={k}\n"),
        format!("<string name=\"zai\">{k}</string>"),
        format!(" Authorization: Bearer {token} "),
    ]
}

struct Plant {
    path: String,
    secret: String,
    line: u64,
    column: u64,
}

fn position(data: &[u8], at: usize) -> (u64, u64) {
    let line = data[..at].iter().filter(|&&b| b == b'\n').count() as u64 + 1;
    let start = data[..at]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |p| p + 1);
    (line, (at - start) as u64 + 1)
}

/// Needs real text: it is ignored (listed as such, never a false "passed") unless run
/// with `--ignored`, and then fails without the corpus.
#[test]
#[ignore = "needs the npm corpus: benches/fetch-corpus.sh, then cargo test --test real_data -- --ignored"]
fn planted_keys_in_real_text_are_all_found_and_nothing_else() {
    let corpus = common::corpus_dir().expect(
        "no corpus: run benches/fetch-corpus.sh (it fills bench-data/npm) or set KEYFENCE_CORPUS",
    );
    let mut files = Vec::new();
    files_under(&corpus, &mut files);
    assert!(!files.is_empty());
    let planted_dir = tempfile::TempDir::new().unwrap();
    let mut rng = Rng::new(2026);
    let mut plants = Vec::new();

    // Every 40th real file gets one key in one context at a random offset.
    for (n, src) in files.iter().step_by(40).enumerate() {
        let mut data = fs::read(src).unwrap();
        let k = key(1000 + n as u64);
        let token = sdk_token(5000 + n as u64);
        let ctx = contexts(&k, &token);
        let which = n % ctx.len();
        let text = &ctx[which];
        let at = rng.below(data.len() + 1);
        data.splice(at..at, text.bytes());
        let secret = if which == ctx.len() - 1 { &token } else { &k };
        let offset = at + text.find(secret.as_str()).unwrap();
        let (line, column) = position(&data, offset);
        let rel = format!("f{n:04}-{}", src.file_name().unwrap().to_string_lossy());
        fs::write(planted_dir.path().join(&rel), &data).unwrap();
        plants.push(Plant {
            path: rel,
            secret: secret.clone(),
            line,
            column,
        });
    }

    // One 5 MB minified line made of real bundles, newlines removed, key in the middle.
    let mut line = Vec::new();
    for f in files
        .iter()
        .filter(|f| f.to_string_lossy().ends_with(".min.js"))
    {
        line.extend(
            fs::read(f)
                .unwrap()
                .into_iter()
                .filter(|&b| b != b'\n' && b != b'\r'),
        );
        if line.len() >= 5 << 20 {
            break;
        }
    }
    if line.len() >= 5 << 20 {
        let k = key(9999);
        let at = line.len() / 2;
        let text = format!(";var cfg={{apiKey:\"{k}\"}};");
        line.splice(at..at, text.bytes());
        let offset = at + text.find(&k).unwrap();
        fs::write(planted_dir.path().join("long-line.min.js"), &line).unwrap();
        plants.push(Plant {
            path: "long-line.min.js".into(),
            secret: k,
            line: 1,
            column: offset as u64 + 1,
        });
    }

    let mut cmd = keyfence();
    cmd.args(["scan", "--format", "jsonl", "--show-secrets"])
        .arg(planted_dir.path())
        .arg(&corpus);
    if let Some(repo) = std::env::var_os("KEYFENCE_REPO") {
        cmd.arg(repo);
    }
    let out = cmd.output().unwrap();
    let found: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    eprintln!(
        "real data: {} files in the corpus, {} keys planted, {} findings",
        files.len(),
        plants.len(),
        found.len()
    );
    for p in &plants {
        assert!(
            found.iter().any(|f| f["path"] == p.path.as_str()
                && f["secret"] == p.secret.as_str()
                && f["line"] == p.line
                && f["column"] == p.column),
            "not found where planted: {} {}:{}",
            p.path,
            p.line,
            p.column
        );
    }
    assert_eq!(found.len(), plants.len(), "extra findings: {found:#?}");
}
