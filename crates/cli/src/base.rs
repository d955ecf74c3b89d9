//! Settings from the base of a change, never from the change itself.
//!
//! A check of a change (a push, a pull request, `git --range`) must not let the change
//! bring its own suppressions: a `.keyfenceignore` with `**`, a `.keyfence.toml` that
//! disables the rule or excludes the path, a baseline with the new key's fingerprint.
//! So the project's settings files are read from the base commit (what the remote
//! already has, the merge base), written to a private folder, and loaded from there
//! as the project; the change's own edits to them are named, and take effect once
//! they are part of the base. Where a change has no base (the first push to an empty
//! remote), no settings file counts: the built-in rules and defaults, with inline
//! markers still honoured (they sit on the key's own line, in the diff).

use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::path::Path;
use std::process::Command;

use anyhow::{Context, Result};
use keyfence_model::escape::terminal;
use keyfence_report::policy::IGNORE_FILE;

use crate::config::{parse_config, CONFIG_FILE, CONFIG_LIMIT};

/// The most bytes of one settings file read from a commit (a baseline of a large
/// project is the biggest: a line per accepted finding).
const FILE_LIMIT: u64 = 16 << 20;

/// A project folder holding the base's settings files, and what the change does to
/// them.
pub struct BaseSettings {
    dir: tempfile::TempDir,
    /// The settings files the change adds, edits or deletes (repository paths).
    pub changed: Vec<String>,
    /// Whether the change had a base to read settings from.
    pub has_base: bool,
}

impl BaseSettings {
    /// The folder to load the project from.
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// Says on stderr which settings files the change edits, once.
    pub fn note(&self, what: &str) {
        if !self.has_base {
            let _ = writeln!(
                crate::console::stderr(),
                "keyfence: {what} has no base to read settings from (a first push, a new \
                 repository): the built-in rules, no ignore file and no baseline; inline \
                 markers still count"
            );
        }
        if self.changed.is_empty() {
            return;
        }
        let names: Vec<String> = self
            .changed
            .iter()
            .map(|p| format!("`{}`", terminal(p)))
            .collect();
        let _ = writeln!(
            crate::console::stderr(),
            "keyfence: {what} edits {}: checks of a change use the settings its base \
             has, so this takes effect once it is merged",
            names.join(", ")
        );
    }
}

/// The base's settings (at `base`, a commit of `repo`; `None`: no base), compared with
/// `tip`'s to say what the change edits.
pub fn at(repo: &Path, base: Option<&str>, tip: Option<&str>) -> Result<BaseSettings> {
    let dir = tempfile::Builder::new()
        .prefix("keyfence-base-")
        .tempdir()
        .context("cannot make a folder for the base's settings")?;
    let revs: Vec<&str> = [base, tip].into_iter().flatten().collect();
    // The config first (it names the other files), then every file, in two reads of
    // git's object store (`cat-file --batch`), whatever their number.
    let configs = blobs_at(repo, &revs, &[CONFIG_FILE.to_string()]);
    let mut files = vec![CONFIG_FILE.to_string(), IGNORE_FILE.to_string()];
    for text in configs.values().flatten() {
        files.extend(named_files(&String::from_utf8_lossy(text)));
    }
    files.sort();
    files.dedup();
    let blobs = blobs_at(repo, &revs, &files);
    let read = |rev: Option<&str>, path: &str| {
        rev.and_then(|r| {
            blobs
                .get(&(r.to_string(), path.to_string()))
                .cloned()
                .flatten()
        })
    };
    let mut changed = Vec::new();
    for path in &files {
        let (old, new) = (read(base, path), read(tip, path));
        if tip.is_some() && old != new {
            changed.push(path.clone());
        }
        if let Some(bytes) = old {
            let to = dir.path().join(path);
            if let Some(parent) = to.parent() {
                std::fs::create_dir_all(parent)
                    .with_context(|| format!("cannot write the base's {path}"))?;
            }
            std::fs::write(&to, bytes)
                .with_context(|| format!("cannot write the base's {path}"))?;
        }
    }
    Ok(BaseSettings {
        dir,
        changed,
        has_base: base.is_some(),
    })
}

/// The files a config names (ignore file, baseline, rule files) that lie inside the
/// repository: relative paths with no `..`; others are not read from a commit.
fn named_files(config: &str) -> Vec<String> {
    if config.len() as u64 > CONFIG_LIMIT {
        return Vec::new();
    }
    let Ok(c) = parse_config(CONFIG_FILE, config) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (_, p) in c.named_files() {
        // As on disk: no absolute path, no `..` that climbs out (`a/../b` is `b`).
        if let Ok(parts) = keyfence_model::fs::inside_parts(p) {
            let s: Vec<String> = parts
                .iter()
                .map(|n| n.to_string_lossy().into_owned())
                .collect();
            if !s.is_empty() {
                out.push(s.join("/"));
            }
        }
    }
    out
}

/// Which of `paths` are symlinks in commit `rev` (`git ls-tree`, mode 120000): a
/// symlink's blob is its target's name, never the settings, and keyfence follows no
/// symlink out of a repository, so those are read as absent.
fn symlinks_at(repo: &Path, rev: &str, paths: &[String]) -> HashSet<String> {
    let out = Command::new("git")
        .args([
            "--literal-pathspecs",
            "ls-tree",
            "-z",
            "--full-tree",
            rev,
            "--",
        ])
        .args(paths)
        .current_dir(repo)
        .stdin(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .output();
    let Ok(out) = out else {
        return HashSet::new();
    };
    // `<mode> <type> <oid>\t<path>\0` per entry.
    out.stdout
        .split(|&b| b == 0)
        .filter_map(|entry| {
            let entry = std::str::from_utf8(entry).ok()?;
            let (head, path) = entry.split_once('\t')?;
            head.starts_with("120000 ").then(|| path.to_string())
        })
        .collect()
}

/// The bytes of each of `paths` in each commit of `revs`, when it is a blob of at most
/// [`FILE_LIMIT`] bytes there (`None` otherwise): `git cat-file --batch-check` for the
/// kinds and sizes, then `--batch` for the blobs within the limit.
fn blobs_at(
    repo: &Path,
    revs: &[&str],
    paths: &[String],
) -> HashMap<(String, String), Option<Vec<u8>>> {
    let mut out = HashMap::new();
    let specs: Vec<(String, String)> = revs
        .iter()
        .flat_map(|r| paths.iter().map(move |p| (r.to_string(), p.clone())))
        .filter(|(_, p)| !p.contains('\n'))
        .collect();
    for spec in &specs {
        out.insert(spec.clone(), None);
    }
    let input = |list: &[&(String, String)]| -> Vec<u8> {
        list.iter()
            .map(|(r, p)| format!("{r}:{p}\n"))
            .collect::<String>()
            .into_bytes()
    };
    let all: Vec<&(String, String)> = specs.iter().collect();
    let Some(checked) = cat_file(repo, "--batch-check", &input(&all)) else {
        return out;
    };
    // `<oid> <type> <size>` or `<spec> missing`, one line per spec, in order.
    let blobs: Vec<&(String, String)> = String::from_utf8_lossy(&checked)
        .lines()
        .zip(&all)
        .filter(|(line, _)| {
            let f: Vec<&str> = line.split(' ').collect();
            f.len() == 3 && f[1] == "blob" && f[2].parse::<u64>().is_ok_and(|n| n <= FILE_LIMIT)
        })
        .map(|(_, spec)| *spec)
        .collect();
    // Of those, the symlinks are left out: asked of git only for the commits that
    // hold one of the files at all (most hold none, and pay for no more processes).
    let mut links: HashMap<&str, HashSet<String>> = HashMap::new();
    for rev in revs {
        let here: Vec<String> = blobs
            .iter()
            .filter(|(r, _)| r == rev)
            .map(|(_, p)| p.clone())
            .collect();
        if !here.is_empty() {
            links.insert(rev, symlinks_at(repo, rev, &here));
        }
    }
    let wanted: Vec<&(String, String)> = blobs
        .into_iter()
        .filter(|(r, p)| !links.get(r.as_str()).is_some_and(|l| l.contains(p)))
        .collect();
    if wanted.is_empty() {
        return out;
    }
    let Some(batch) = cat_file(repo, "--batch", &input(&wanted)) else {
        return out;
    };
    // `<oid> blob <size>\n<bytes>\n` per spec.
    let mut at = 0;
    for spec in wanted {
        let Some(nl) = batch[at..].iter().position(|&b| b == b'\n') else {
            break;
        };
        let head = String::from_utf8_lossy(&batch[at..at + nl]).into_owned();
        let size: Option<usize> = head.rsplit(' ').next().and_then(|n| n.parse().ok());
        let Some(size) = size.filter(|_| head.split(' ').nth(1) == Some("blob")) else {
            break;
        };
        let start = at + nl + 1;
        let Some(bytes) = batch.get(start..start + size) else {
            break;
        };
        out.insert(spec.clone(), Some(bytes.to_vec()));
        at = start + size + 1;
    }
    out
}

/// `git cat-file MODE` in `repo` with `input` on its standard input; its output.
fn cat_file(repo: &Path, mode: &str, input: &[u8]) -> Option<Vec<u8>> {
    use std::io::Write as _;
    let mut child = Command::new("git")
        .args(["cat-file", mode])
        .current_dir(repo)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .ok()?;
    let mut stdin = child.stdin.take()?;
    let input = input.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let out = child.wait_with_output().ok()?;
    let _ = writer.join();
    out.status.success().then_some(out.stdout)
}

#[cfg(test)]
mod tests {
    use super::named_files;

    #[test]
    fn only_files_inside_the_repository_are_named() {
        let config = "[rules]\nfiles = [\"rules/team.toml\", \"../outside.toml\", \"/etc/x.toml\", \
                      \"a/../../up.toml\", \"x/../rules/more.toml\"]\n\
                      [ignore]\nfile = \"./config/ignore\"\nbaseline = \".keyfence-baseline.jsonl\"\n";
        let mut got = named_files(config);
        got.sort();
        assert_eq!(
            got,
            [
                ".keyfence-baseline.jsonl",
                "config/ignore",
                "rules/more.toml",
                "rules/team.toml"
            ]
        );
        assert!(named_files("not toml [").is_empty());
    }
}
