//! The files of HEAD's tree written out, for a repository without a work tree (a
//! mirror clone of an organisation audit): the audit then judges them as it judges a
//! checkout's files, and what they hold is "still in the working tree".
//!
//! Names come from the repository, so each is checked before it is written: no `.`,
//! `..`, `.git`, separator or NUL; symbolic links and submodules are not written (their
//! content is scanned in history all the same).

use std::path::{Path, PathBuf};

use gix::prelude::FindExt;
use gix::ObjectId;
use keyfence_model::{Problem, ProblemKind};

use super::repo::{failed, Repo};
use super::{object_problem, GitError};

/// Trees nested deeper than this are not written (git itself refuses far less).
const MAX_DEPTH: usize = 512;
/// A file larger than this is not written out (a few megabytes of zeros in a pack
/// can be gigabytes here); its content is scanned in history all the same.
pub const MAX_EXPORT_FILE: u64 = 256 << 20;
/// Nor is anything past this many bytes written out in all.
pub const MAX_EXPORT_TOTAL: u64 = 4 << 30;

/// What [`export_head`] wrote.
#[derive(Debug, Default)]
pub struct Exported {
    /// Whether HEAD names a commit (an empty repository has none).
    pub head: bool,
    pub files: u64,
    pub bytes: u64,
    /// Entries not written (a bad name, an unreadable object), each named.
    pub problems: Vec<Problem>,
}

/// Whether the repository at `path` has no work tree (a bare or mirror clone).
pub fn is_bare(path: &Path) -> Result<bool, GitError> {
    Ok(Repo::open(path)?.workdir().is_none())
}

/// Writes the files of HEAD's tree under `dest` (which must exist and be empty).
pub fn export_head(git_dir: &Path, dest: &Path) -> Result<Exported, GitError> {
    let repo = Repo::open(git_dir)?;
    let mut out = Exported::default();
    let head = match repo.objects.head() {
        Ok(h) if h.is_unborn() => return Ok(out),
        Ok(h) => h.id().map(gix::Id::detach),
        Err(e) => return Err(failed("cannot read HEAD", e)),
    };
    let Some(commit) = head else { return Ok(out) };
    out.head = true;
    let odb = &repo.objects.objects;
    let mut buf = Vec::new();
    let tree = match odb.find_commit(&commit, &mut buf) {
        Ok(c) => c.tree(),
        Err(e) => {
            out.problems.push(object_problem(
                "HEAD",
                format!("cannot read HEAD's commit {commit}: its files are not written: {e}"),
            ));
            return Ok(out);
        }
    };
    let mut stack: Vec<(ObjectId, PathBuf, String, usize)> =
        vec![(tree, dest.to_path_buf(), String::new(), 0)];
    let mut data = Vec::new();
    while let Some((id, dir, rel, depth)) = stack.pop() {
        let entries: Vec<(Vec<u8>, gix::object::tree::EntryMode, ObjectId)> =
            match odb.find_tree_iter(&id, &mut buf) {
                Ok(iter) => {
                    let mut v = Vec::new();
                    for e in iter {
                        match e {
                            Ok(e) => v.push((e.filename.to_vec(), e.mode, e.oid.to_owned())),
                            Err(e) => {
                                out.problems.push(object_problem(
                                    rel_or_root(&rel),
                                    format!("cannot read part of tree {id}: {e}"),
                                ));
                                break;
                            }
                        }
                    }
                    v
                }
                Err(e) => {
                    out.problems.push(object_problem(
                        rel_or_root(&rel),
                        format!("cannot read tree {id}: {e}"),
                    ));
                    continue;
                }
            };
        for (name, mode, oid) in entries {
            let shown = format!("{rel}{}", String::from_utf8_lossy(&name));
            if !(mode.is_tree() || mode.is_blob()) {
                continue; // a symbolic link or a submodule
            }
            let Some(os) = safe_name(&name) else {
                out.problems.push(Problem::new(
                    ProblemKind::HeadFile,
                    keyfence_model::escape::terminal(&shown),
                    "a name that cannot be a file here: not written out (its content is \
                     scanned in history)",
                ));
                continue;
            };
            let path = dir.join(os);
            if mode.is_tree() {
                if depth >= MAX_DEPTH {
                    out.problems.push(Problem::new(
                        ProblemKind::HeadFile,
                        shown,
                        format!(
                            "trees nested deeper than {MAX_DEPTH}: not written out (scanned \
                             in history)"
                        ),
                    ));
                    continue;
                }
                if let Err(e) = std::fs::create_dir(&path) {
                    return Err(GitError::Git(format!(
                        "cannot write {}: {e}",
                        path.display()
                    )));
                }
                stack.push((oid, path, format!("{shown}/"), depth + 1));
                continue;
            }
            if path.symlink_metadata().is_ok() {
                // Two entries of one name (a crafted tree): the first stands.
                out.problems.push(Problem::new(
                    ProblemKind::HeadFile,
                    shown,
                    "a second entry of this name: not written out (scanned in history)",
                ));
                continue;
            }
            let size = match repo.objects.find_header(oid) {
                Ok(h) => h.size(),
                Err(e) => {
                    out.problems.push(object_problem(
                        shown,
                        format!("cannot read blob {oid}: {e}"),
                    ));
                    continue;
                }
            };
            if size > MAX_EXPORT_FILE || out.bytes + size > MAX_EXPORT_TOTAL {
                out.problems.push(Problem::new(
                    ProblemKind::HeadFile,
                    keyfence_model::escape::terminal(&shown),
                    format!(
                        "{size} bytes: past what is written out of HEAD ({} a file, {} in \
                         all), so it is judged from history only (where it is scanned)",
                        MAX_EXPORT_FILE, MAX_EXPORT_TOTAL
                    ),
                ));
                continue;
            }
            match odb.find_blob(&oid, &mut data) {
                Ok(blob) => {
                    std::fs::write(&path, blob.data).map_err(|e| {
                        GitError::Git(format!("cannot write {}: {e}", path.display()))
                    })?;
                    out.files += 1;
                    out.bytes += blob.data.len() as u64;
                }
                Err(e) => out.problems.push(object_problem(
                    shown,
                    format!("cannot read blob {oid}: {e}"),
                )),
            }
            if data.capacity() > 64 << 20 {
                data = Vec::new();
            }
        }
    }
    Ok(out)
}

fn rel_or_root(rel: &str) -> String {
    if rel.is_empty() {
        "HEAD".into()
    } else {
        rel.trim_end_matches('/').to_string()
    }
}

/// A tree entry's name as one path component, when it is safe to create.
fn safe_name(name: &[u8]) -> Option<std::ffi::OsString> {
    let bad = name.is_empty()
        || name == b"."
        || name == b".."
        || name.eq_ignore_ascii_case(b".git")
        || name
            .iter()
            .any(|&b| b == b'/' || b == 0 || (cfg!(windows) && b == b'\\'));
    if bad {
        return None;
    }
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        Some(std::ffi::OsStr::from_bytes(name).to_os_string())
    }
    #[cfg(not(unix))]
    {
        std::str::from_utf8(name).ok().map(Into::into)
    }
}

#[cfg(test)]
mod tests {
    use super::safe_name;

    #[test]
    fn names_that_would_leave_the_folder_are_refused() {
        for bad in [&b""[..], b".", b"..", b".git", b".GIT", b"a/b", b"a\0b"] {
            assert!(safe_name(bad).is_none(), "{bad:?}");
        }
        assert!(safe_name(b"app.js").is_some());
        assert!(safe_name(b".gitignore").is_some());
    }
}
