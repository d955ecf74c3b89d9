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

use std::path::{Component, Path, PathBuf};
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
            eprintln!(
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
        eprintln!(
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
    let mut changed = Vec::new();
    let read = |rev: Option<&str>, path: &str| rev.and_then(|r| blob_at(repo, r, path));
    // The config first: it names the other files.
    let mut files = vec![CONFIG_FILE.to_string(), IGNORE_FILE.to_string()];
    for rev in [base, tip] {
        if let Some(text) = read(rev, CONFIG_FILE) {
            files.extend(named_files(&String::from_utf8_lossy(&text)));
        }
    }
    files.sort();
    files.dedup();
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
    let mut named: Vec<&PathBuf> = c.rules.files.iter().collect();
    named.extend(c.ignore.file.iter());
    named.extend(c.ignore.baseline.iter());
    for p in named {
        let inside = p
            .components()
            .all(|c| matches!(c, Component::Normal(_) | Component::CurDir));
        if inside {
            let s: Vec<String> = p
                .components()
                .filter_map(|c| match c {
                    Component::Normal(n) => Some(n.to_string_lossy().into_owned()),
                    _ => None,
                })
                .collect();
            if !s.is_empty() {
                out.push(s.join("/"));
            }
        }
    }
    out
}

/// The bytes of `path` in commit `rev` of `repo`, when it is a blob of at most
/// [`FILE_LIMIT`] bytes there.
fn blob_at(repo: &Path, rev: &str, path: &str) -> Option<Vec<u8>> {
    let spec = format!("{rev}:{path}");
    let git = |args: &[&str]| {
        Command::new("git")
            .args(args)
            .current_dir(repo)
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| o.stdout)
    };
    let kind = git(&["cat-file", "-t", "--", &spec])?;
    if kind.trim_ascii() != b"blob" {
        return None;
    }
    let size = git(&["cat-file", "-s", "--", &spec])?;
    let size: u64 = String::from_utf8_lossy(&size).trim().parse().ok()?;
    if size > FILE_LIMIT {
        return None;
    }
    git(&["cat-file", "blob", "--", &spec])
}

#[cfg(test)]
mod tests {
    use super::named_files;

    #[test]
    fn only_files_inside_the_repository_are_named() {
        let config = "[rules]\nfiles = [\"rules/team.toml\", \"../outside.toml\", \"/etc/x.toml\"]\n\
                      [ignore]\nfile = \"./config/ignore\"\nbaseline = \".keyfence-baseline.jsonl\"\n";
        let mut got = named_files(config);
        got.sort();
        assert_eq!(
            got,
            [
                ".keyfence-baseline.jsonl",
                "config/ignore",
                "rules/team.toml"
            ]
        );
        assert!(named_files("not toml [").is_empty());
    }
}
