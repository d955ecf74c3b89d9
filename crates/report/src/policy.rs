//! What a team has accepted: inline `keyfence:allow` markers, the `.keyfenceignore`
//! file (fingerprints and path globs, each with its reason) and a baseline of known
//! findings. One place decides, for every mode (scan, git, audit, hooks, CI): a
//! suppressed finding is marked with why, never silently dropped.

use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use globset::{Glob, GlobSet, GlobSetBuilder};
use serde::{Deserialize, Serialize};

use keyfence_model::fs::{read_text, OpenError};
use keyfence_model::Finding;

/// The ignore file's name, at the repository root.
pub const IGNORE_FILE: &str = ".keyfenceignore";

#[derive(Debug, thiserror::Error)]
pub enum PolicyError {
    #[error("{path}:{line}: {message}")]
    Entry {
        path: String,
        line: usize,
        message: String,
    },
    #[error("{path}: {err}")]
    Io { path: String, err: io::Error },
    #[error("{path}: {err}")]
    Read { path: String, err: OpenError },
    /// A bad argument, before any file is read.
    #[error("{0}")]
    Argument(String),
}

/// A short, escaped piece of what a file held, for an error.
fn quoted(s: &str) -> String {
    keyfence_model::escape::snippet(s, QUOTED_CHARS)
}

/// The most characters of a line an error quotes.
const QUOTED_CHARS: usize = 64;

/// The largest ignore file read.
pub const IGNORE_FILE_LIMIT: u64 = 4 << 20;
/// The most path globs an ignore file may list.
pub const MAX_IGNORE_GLOBS: usize = 4096;
/// The largest baseline read (a line of about 200 bytes per accepted finding).
pub const BASELINE_LIMIT: u64 = 64 << 20;

/// A `kf1-` fingerprint: 24 lowercase hex digits after the prefix.
pub fn is_fingerprint(s: &str) -> bool {
    s.strip_prefix("kf1-")
        .is_some_and(|h| h.len() == 24 && h.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')))
}

/// One entry of the ignore file, with where it came from.
#[derive(Clone, Debug)]
struct Entry {
    reason: String,
    at: String,
}

/// The suppressions in force.
#[derive(Default)]
pub struct Policy {
    fingerprints: BTreeMap<String, Entry>,
    globs: Vec<Entry>,
    glob_set: Option<GlobSet>,
    baseline: HashSet<String>,
    baseline_path: Option<String>,
}

impl Policy {
    /// Reads the ignore file's entries. A missing file is no entries.
    pub fn add_ignore_file(&mut self, path: &Path) -> Result<(), PolicyError> {
        self.add_ignore_file_as(path, &path.display().to_string())
    }

    /// Like [`Policy::add_ignore_file`], naming the file `shown` in reasons and errors.
    pub fn add_ignore_file_as(&mut self, path: &Path, shown: &str) -> Result<(), PolicyError> {
        let text = match read_text(path, IGNORE_FILE_LIMIT) {
            Ok(t) => t,
            Err(e) if e.is_not_found() => return Ok(()),
            Err(err) => {
                return Err(PolicyError::Read {
                    path: path.display().to_string(),
                    err,
                })
            }
        };
        self.add_ignore_text(&text, shown)
    }

    /// Adds the entries of an ignore file's text, naming the file `shown`.
    pub fn add_ignore_text(&mut self, text: &str, shown: &str) -> Result<(), PolicyError> {
        let shown = shown.to_string();
        let mut builder = GlobSetBuilder::new();
        for (i, raw) in text.lines().enumerate() {
            let (entry, reason) = match raw.split_once('#') {
                Some((e, r)) => (e.trim(), r.trim()),
                None => (raw.trim(), ""),
            };
            if entry.is_empty() {
                continue;
            }
            let at = format!("{shown}:{}", i + 1);
            let e = Entry {
                reason: reason.to_string(),
                at: at.clone(),
            };
            if entry.starts_with("kf1-") {
                if !is_fingerprint(entry) {
                    return Err(PolicyError::Entry {
                        path: shown,
                        line: i + 1,
                        message: format!(
                            "`{}` is not a fingerprint (kf1- and 24 hex digits, as the \
                             reports print them)",
                            quoted(entry)
                        ),
                    });
                }
                self.fingerprints.insert(entry.to_string(), e);
            } else {
                let glob = Glob::new(entry).map_err(|err| PolicyError::Entry {
                    path: shown.clone(),
                    line: i + 1,
                    message: format!(
                        "`{}` is not a valid path glob: {}",
                        quoted(entry),
                        quoted(&err.kind().to_string())
                    ),
                })?;
                if self.globs.len() == MAX_IGNORE_GLOBS {
                    return Err(PolicyError::Entry {
                        path: shown,
                        line: i + 1,
                        message: format!(
                            "more than {MAX_IGNORE_GLOBS} path globs: use broader ones \
                             (fingerprints have no limit)"
                        ),
                    });
                }
                builder.add(glob);
                self.globs.push(e);
            }
        }
        if !self.globs.is_empty() {
            self.glob_set = Some(builder.build().map_err(|err| PolicyError::Entry {
                path: shown,
                line: 0,
                message: keyfence_model::escape::snippet(&err.to_string(), 4 * QUOTED_CHARS),
            })?);
        }
        Ok(())
    }

    /// Reads a baseline written by [`write_baseline`].
    pub fn add_baseline(&mut self, path: &Path) -> Result<(), PolicyError> {
        let shown = path.display().to_string();
        let text = read_text(path, BASELINE_LIMIT).map_err(|err| PolicyError::Read {
            path: shown.clone(),
            err,
        })?;
        self.add_baseline_text(&text, &shown)
    }

    /// Adds the entries of a baseline's text, naming the file `shown`.
    pub fn add_baseline_text(&mut self, text: &str, shown: &str) -> Result<(), PolicyError> {
        let shown = shown.to_string();
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let entry: BaselineEntry =
                serde_json::from_str(line).map_err(|e| PolicyError::Entry {
                    path: shown.clone(),
                    line: i + 1,
                    message: format!(
                        "not a baseline entry: {}",
                        keyfence_model::escape::snippet(&e.to_string(), 4 * QUOTED_CHARS)
                    ),
                })?;
            if !is_fingerprint(&entry.fingerprint) {
                return Err(PolicyError::Entry {
                    path: shown,
                    line: i + 1,
                    message: format!("`{}` is not a fingerprint", quoted(&entry.fingerprint)),
                });
            }
            self.baseline.insert(entry.fingerprint);
        }
        self.baseline_path = Some(shown);
        Ok(())
    }

    /// Why `f` is suppressed, if it is.
    pub fn why(&self, f: &Finding) -> Option<String> {
        if let Some(s) = &f.suppressed {
            return Some(s.clone());
        }
        let fp = f.fingerprint();
        if let Some(e) = self.fingerprints.get(&fp) {
            return Some(with_reason(format!("ignored by {}", e.at), &e.reason));
        }
        if let (Some(set), Some(path)) = (&self.glob_set, &f.path) {
            if let Some(&i) = set.matches(path).first() {
                let e = &self.globs[i];
                return Some(with_reason(format!("path ignored by {}", e.at), &e.reason));
            }
        }
        if self.baseline.contains(&fp) {
            return Some(format!(
                "in the baseline {}",
                self.baseline_path.as_deref().unwrap_or("")
            ));
        }
        None
    }

    /// Marks every suppressed finding with why; returns how many are.
    pub fn apply(&self, findings: &mut [Finding]) -> usize {
        let mut n = 0;
        for f in findings.iter_mut() {
            f.suppressed = self.why(f);
            n += usize::from(f.suppressed.is_some());
        }
        n
    }
}

fn with_reason(what: String, reason: &str) -> String {
    if reason.is_empty() {
        what
    } else {
        format!("{what}: {reason}")
    }
}

/// One line of a baseline: what identifies a finding, and what a reviewer needs to
/// know about it. Never the secret, never a line number (so edits around a key, and
/// moving it within its file, keep it known).
#[derive(Debug, Serialize, Deserialize, PartialEq, Eq, PartialOrd, Ord)]
pub struct BaselineEntry {
    pub fingerprint: String,
    pub rule: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commit: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exposure: Option<String>,
}

/// Writes a baseline: one JSON object per line, sorted by fingerprint, one entry per
/// fingerprint. Sorted lines let two branches that each add an entry merge cleanly
/// (and with `merge=union` in `.gitattributes`, always).
pub fn write_baseline(path: &Path, findings: &[Finding]) -> io::Result<usize> {
    let mut entries: BTreeMap<String, BaselineEntry> = BTreeMap::new();
    for f in findings {
        let fp = f.fingerprint();
        entries.entry(fp.clone()).or_insert(BaselineEntry {
            fingerprint: fp,
            rule: f.rule.clone(),
            path: f.path.clone(),
            commit: f.history.as_ref().and_then(|h| h.commit.clone()),
            exposure: Some(f.exposure.as_str().to_string()),
        });
    }
    let mut out = Vec::new();
    for e in entries.values() {
        serde_json::to_writer(&mut out, e)?;
        out.push(b'\n');
    }
    // A new file of an unpredictable name beside it, created exclusively, then renamed:
    // never written through a symlink someone planted.
    keyfence_model::fs::write_replace(path, &out).map_err(io_error)?;
    Ok(entries.len())
}

/// An open or write refused (a symlink, not a regular file) as an I/O error that says
/// why.
fn io_error(e: OpenError) -> io::Error {
    match e {
        OpenError::Io(e) => e,
        other => io::Error::new(io::ErrorKind::InvalidInput, other.to_string()),
    }
}

/// Appends `fingerprint  # reason` to an ignore file (created if missing). A
/// fingerprint already there is an error that says where.
pub fn add_ignore_entry(path: &Path, fingerprint: &str, reason: &str) -> Result<(), PolicyError> {
    let shown = path.display().to_string();
    if !is_fingerprint(fingerprint) {
        return Err(PolicyError::Argument(format!(
            "`{fingerprint}` is not a fingerprint (kf1- and 24 hex digits, as the reports print \
             them)"
        )));
    }
    // Neither read nor appended to through a symlink.
    let existing = match keyfence_model::fs::read_text_nofollow(path, IGNORE_FILE_LIMIT) {
        Ok(t) => t,
        Err(e) if e.is_not_found() => String::new(),
        Err(err) => return Err(PolicyError::Read { path: shown, err }),
    };
    for (i, line) in existing.lines().enumerate() {
        if line.split('#').next().map(str::trim) == Some(fingerprint) {
            return Err(PolicyError::Entry {
                path: shown,
                line: i + 1,
                message: format!("{fingerprint} is already ignored here"),
            });
        }
    }
    let reason = reason.replace(['\n', '\r'], " ");
    let mut text = String::new();
    if existing.is_empty() {
        text.push_str(
            "# keyfence: findings a team has accepted. One entry per line: a fingerprint or a\n\
             # path glob, then `# why`. Rotate a leaked key before ignoring it.\n",
        );
    } else if !existing.ends_with('\n') {
        text.push('\n');
    }
    text.push_str(fingerprint);
    if !reason.trim().is_empty() {
        text.push_str("  # ");
        text.push_str(reason.trim());
    }
    text.push('\n');
    let mut file = keyfence_model::fs::append_nofollow(path).map_err(|err| PolicyError::Read {
        path: shown.clone(),
        err,
    })?;
    file.write_all(text.as_bytes())
        .map_err(|err| PolicyError::Io { path: shown, err })
}

/// Where an ignore file or baseline belongs: the root of the repository that holds
/// `start`, else `start` itself (a directory) or its directory.
pub fn project_root(start: &Path) -> PathBuf {
    repository_root(start).unwrap_or_else(|| start_dir(start))
}

/// The root of the git repository (its working tree: the folder with `.git`) that
/// holds `start` (a file or a directory), absolute; `None` outside any repository.
pub fn repository_root(start: &Path) -> Option<PathBuf> {
    let dir = start_dir(start);
    let abs = dir.canonicalize().ok()?;
    abs.ancestors()
        .find(|cur| cur.join(".git").exists())
        .map(Path::to_path_buf)
}

/// `start` when it is a directory, else its directory (`.` for a bare file name).
fn start_dir(start: &Path) -> PathBuf {
    if start.is_dir() {
        start.to_path_buf()
    } else {
        start
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
    }
}

impl fmt::Debug for Policy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Policy")
            .field("fingerprints", &self.fingerprints.len())
            .field("globs", &self.globs.len())
            .field("baseline", &self.baseline.len())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    #[test]
    fn fingerprints_are_recognised() {
        assert!(is_fingerprint("kf1-0123456789abcdef01234567"));
        assert!(!is_fingerprint("kf1-0123456789abcdef0123456"));
        assert!(!is_fingerprint("kf1-0123456789ABCDEF01234567"));
        assert!(!is_fingerprint("0123456789abcdef01234567"));
    }

    #[test]
    fn ignore_file_errors_name_the_line() {
        let dir = tempfile_dir();
        let p = dir.join(IGNORE_FILE);
        fs::write(&p, "# ok\nkf1-0123456789abcdef01234567 # fixture\nkf1-zz\n").unwrap();
        let err = Policy::default()
            .add_ignore_file(&p)
            .unwrap_err()
            .to_string();
        assert!(err.ends_with(":3: `kf1-zz` is not a fingerprint (kf1- and 24 hex digits, as the reports print them)"), "{err}");
        fs::write(&p, "src/[oops\n").unwrap();
        let err = Policy::default()
            .add_ignore_file(&p)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains(":1: `src/[oops` is not a valid path glob"),
            "{err}"
        );
        let _ = fs::remove_dir_all(dir);
    }

    fn tempfile_dir() -> PathBuf {
        let d = std::env::temp_dir().join(format!("keyfence-policy-{}", std::process::id()));
        fs::create_dir_all(&d).unwrap();
        d
    }
}
