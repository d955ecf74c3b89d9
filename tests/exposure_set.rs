//! The labelled exposure set (`tests/exposure-set/`): a key is planted at every
//! labelled place, the set is scanned, and keyfence's exposure is compared with the
//! labels. Run with `--nocapture` to see the confusion matrix and every disagreement.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use common::{findings, key};
use serde::Deserialize;
use tempfile::TempDir;

#[derive(Deserialize)]
struct Labels {
    place: Vec<Label>,
}

#[derive(Deserialize)]
struct Label {
    id: u64,
    project: String,
    path: String,
    exposure: String,
    why: String,
    scan: Option<String>,
}

fn set_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/exposure-set")
}

/// The key planted for place `id`.
fn planted(id: u64) -> String {
    key(50_000 + id)
}

/// Copies `from` into `to`, replacing every `__ZAI_KEY_<id>__` with its key.
fn plant(from: &Path, to: &Path) {
    let re = regex::Regex::new(r"__ZAI_KEY_(\d+)__").unwrap();
    for entry in walk(from) {
        let rel = entry.strip_prefix(from).unwrap();
        let dest = to.join(rel);
        fs::create_dir_all(dest.parent().unwrap()).unwrap();
        let bytes = fs::read(&entry).unwrap();
        match String::from_utf8(bytes) {
            Ok(text) => {
                let text =
                    re.replace_all(&text, |c: &regex::Captures| planted(c[1].parse().unwrap()));
                fs::write(dest, text.as_bytes()).unwrap();
            }
            Err(e) => fs::write(dest, e.into_bytes()).unwrap(),
        }
    }
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p);
            }
        }
    }
    out
}

/// What keyfence said of each planted key, by secret: (exposure, reason, path).
fn scan(root: &Path) -> BTreeMap<String, (String, String, String)> {
    let (out, found) = findings("scan", root, &[]);
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Keys only: the projects' flows (public names, defines) are tested in flows.rs.
    found
        .into_iter()
        .filter(|f| f.get("secret").is_some())
        .map(|f| {
            (
                f["secret"].as_str().unwrap().to_string(),
                (
                    f["exposure"].as_str().unwrap().to_string(),
                    f["exposure_reason"]
                        .as_str()
                        .unwrap_or_default()
                        .to_string(),
                    f["path"].as_str().unwrap_or_default().to_string(),
                ),
            )
        })
        .collect()
}

#[test]
fn the_labelled_set_agrees_with_keyfence() {
    let labels: Labels =
        toml::from_str(&fs::read_to_string(set_dir().join("labels.toml")).unwrap()).unwrap();
    let dir = TempDir::new().unwrap();
    plant(&set_dir().join("projects"), dir.path());
    let mut seen = scan(dir.path());
    for l in labels.place.iter().filter(|l| l.scan.is_some()) {
        let sub = dir.path().join(&l.project).join(l.scan.as_deref().unwrap());
        seen.extend(scan(&sub));
    }
    let classes = ["client", "server", "unknown"];
    let mut matrix = [[0usize; 3]; 3];
    let mut wrong = Vec::new();
    let mut server_called_client = Vec::new();
    for l in &labels.place {
        let Some((got, reason, path)) = seen.get(&planted(l.id)) else {
            panic!(
                "place {} ({}/{}) was not found at all",
                l.id, l.project, l.path
            );
        };
        let want_i = classes.iter().position(|c| *c == l.exposure).unwrap();
        let got_i = classes.iter().position(|c| c == got).unwrap();
        matrix[want_i][got_i] += 1;
        if want_i != got_i {
            wrong.push(format!(
                "#{} {}/{}: labelled {} ({}), got {got}: {reason} [{path}]",
                l.id, l.project, l.path, l.exposure, l.why
            ));
            if l.exposure == "server" && got == "client" {
                server_called_client.push(l.id);
            }
        }
    }
    let total = labels.place.len();
    let agree: usize = (0..3).map(|i| matrix[i][i]).sum();
    eprintln!("confusion matrix (rows: labels, columns: keyfence), {total} places:");
    eprintln!(
        "{:>10} {:>8} {:>8} {:>8}",
        "", "client", "server", "unknown"
    );
    for (i, row) in matrix.iter().enumerate() {
        eprintln!(
            "{:>10} {:>8} {:>8} {:>8}",
            classes[i], row[0], row[1], row[2]
        );
    }
    eprintln!(
        "agreement: {agree}/{total} = {:.1}%",
        100.0 * agree as f64 / total as f64
    );
    for w in &wrong {
        eprintln!("  {w}");
    }
    assert!(
        server_called_client.is_empty(),
        "server-only places called client: {server_called_client:?}"
    );
    assert!(
        agree * 100 >= total * 97,
        "agreement {agree}/{total} is under 97%:\n{}",
        wrong.join("\n")
    );
}
