//! The files of HEAD's tree written out, for a repository without a work tree (a
//! mirror clone of an organisation audit): the audit then judges them as it judges a
//! checkout's files, and what they hold is "still in the working tree".
//!
//! Names come from the repository, so each is checked before it is written: no `.`,
//! `..`, `.git`, separator or NUL; symbolic links and submodules are not written (their
//! content is scanned in history all the same).

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use gix::prelude::FindExt;
use gix::ObjectId;
use keyfence_model::{Problem, ProblemKind};

use super::big::with_blob;
use super::repo::{failed, Repo};
use super::{object_problem, GitError};

/// Trees nested deeper than this are not written (git itself refuses far less).
const MAX_DEPTH: usize = 512;
/// A file larger than this is not written out (a few megabytes of zeros in a pack
/// can be gigabytes here); its content is scanned in history all the same.
pub const MAX_EXPORT_FILE: u64 = 256 << 20;
/// Nor is anything past this many bytes written out in all.
pub const MAX_EXPORT_TOTAL: u64 = 4 << 30;
/// Nor more files and folders than this: a few kilobytes of trees that name each other
/// a thousand times over make a billion of them.
pub const MAX_EXPORT_ENTRIES: u64 = 200_000;

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

/// A tree's entries: name, mode, id.
type Entries = Vec<(Vec<u8>, gix::object::tree::EntryMode, ObjectId)>;

/// Writes the files of HEAD's tree under `dest` (which must exist and be empty).
pub fn export_head(git_dir: &Path, dest: &Path) -> Result<Exported, GitError> {
    export_head_within(git_dir, dest, MAX_EXPORT_ENTRIES)
}

/// [`export_head`], writing at most `max_entries` files and folders.
pub fn export_head_within(
    git_dir: &Path,
    dest: &Path,
    max_entries: u64,
) -> Result<Exported, GitError> {
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
    let mut created = 0u64;
    'trees: while let Some((id, dir, rel, depth)) = stack.pop() {
        let Some(entries) = entries(odb, id, &rel, &mut buf, &mut out.problems) else {
            continue;
        };
        for (name, mode, oid) in entries {
            let shown = format!("{rel}{}", String::from_utf8_lossy(&name));
            if !(mode.is_tree() || mode.is_blob()) {
                continue; // a symbolic link or a submodule
            }
            if created >= max_entries {
                let why = format!(
                    "HEAD has more than {max_entries} files and folders: this one and the \
                     rest are not written out (their content is scanned in history)"
                );
                skipped(&mut out, &shown, &why);
                break 'trees;
            }
            created += 1;
            let Some(os) = safe_name(&name) else {
                skipped(
                    &mut out,
                    &shown,
                    "a name that cannot be a file here: not written out (its content is \
                     scanned in history)",
                );
                continue;
            };
            let path = dir.join(os);
            if path.symlink_metadata().is_ok() {
                // Two entries of one name (a crafted tree): the first stands.
                skipped(
                    &mut out,
                    &shown,
                    "a second entry of this name: not written out (scanned in history)",
                );
                continue;
            }
            if mode.is_tree() {
                if depth >= MAX_DEPTH {
                    let why = format!(
                        "trees nested deeper than {MAX_DEPTH}: not written out (scanned in \
                         history)"
                    );
                    skipped(&mut out, &shown, &why);
                } else if let Err(e) = std::fs::create_dir(&path) {
                    skipped(
                        &mut out,
                        &shown,
                        &format!("cannot be written out ({e}): scanned in history"),
                    );
                } else {
                    stack.push((oid, path, format!("{shown}/"), depth + 1));
                }
                continue;
            }
            write_blob(&repo, oid, &path, &shown, &mut data, &mut out)?;
        }
    }
    Ok(out)
}

/// A HEAD entry not written out, named.
fn skipped(out: &mut Exported, shown: &str, why: &str) {
    out.problems.push(Problem::new(
        ProblemKind::HeadFile,
        keyfence_model::escape::terminal(shown),
        why,
    ));
}

/// The entries of tree `id`; what cannot be read is a problem.
fn entries(
    odb: &gix::OdbHandle,
    id: ObjectId,
    rel: &str,
    buf: &mut Vec<u8>,
    problems: &mut Vec<Problem>,
) -> Option<Entries> {
    let iter = match odb.find_tree_iter(&id, buf) {
        Ok(iter) => iter,
        Err(e) => {
            problems.push(object_problem(
                rel_or_root(rel),
                format!("cannot read tree {id}: {e}"),
            ));
            return None;
        }
    };
    let mut v = Vec::new();
    for e in iter {
        match e {
            Ok(e) => v.push((e.filename.to_vec(), e.mode, e.oid.to_owned())),
            Err(e) => {
                problems.push(object_problem(
                    rel_or_root(rel),
                    format!("cannot read part of tree {id}: {e}"),
                ));
                break;
            }
        }
    }
    Some(v)
}

/// Writes one blob at `path`, within the bounds.
fn write_blob(
    repo: &Repo,
    oid: ObjectId,
    path: &Path,
    shown: &str,
    data: &mut Vec<u8>,
    out: &mut Exported,
) -> Result<(), GitError> {
    let size = match repo.objects.find_header(oid) {
        Ok(h) => h.size(),
        Err(e) => {
            out.problems.push(object_problem(
                shown,
                format!("cannot read blob {oid}: {e}"),
            ));
            return Ok(());
        }
    };
    if size > MAX_EXPORT_FILE || out.bytes + size > MAX_EXPORT_TOTAL {
        let why = format!(
            "{size} bytes: past what is written out of HEAD ({MAX_EXPORT_FILE} a file, \
             {MAX_EXPORT_TOTAL} in all), so it is judged from history only (where it is \
             scanned)"
        );
        skipped(out, shown, &why);
        return Ok(());
    }
    // A blob past gitoxide's limit comes streamed, and is written as it comes.
    let wrote = with_blob(
        &repo.big,
        &repo.objects.objects,
        &oid,
        data,
        MAX_EXPORT_FILE,
        |mut input| copy(input.reader(), path),
    );
    let read_error = match wrote {
        Ok((Ok(n), _)) => {
            out.files += 1;
            out.bytes += n;
            return Ok(());
        }
        Ok((Err(Copy::Write(e)), _)) => {
            return Err(GitError::Git(format!(
                "cannot write {}: {e}",
                path.display()
            )));
        }
        Ok((Err(Copy::Read(e)), _)) => {
            // What was written of it is not the file.
            let _ = std::fs::remove_file(path);
            e.to_string()
        }
        Err(e) => e,
    };
    out.problems.push(object_problem(
        shown,
        format!("cannot read blob {oid}: {read_error}"),
    ));
    Ok(())
}

/// Why a copy stopped.
enum Copy {
    Read(std::io::Error),
    Write(std::io::Error),
}

/// Copies `from` into a new file at `path`.
fn copy(from: &mut dyn Read, path: &Path) -> Result<u64, Copy> {
    let mut file = std::fs::File::create(path).map_err(Copy::Write)?;
    let mut chunk = vec![0u8; 256 << 10];
    let mut n = 0u64;
    loop {
        let k = match from.read(&mut chunk) {
            Ok(0) => return Ok(n),
            Ok(k) => k,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(Copy::Read(e)),
        };
        file.write_all(&chunk[..k]).map_err(Copy::Write)?;
        n += k as u64;
    }
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
