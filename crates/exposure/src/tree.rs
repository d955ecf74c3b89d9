//! Where a project's files are read from: the disk, or a commit's tree. Paths are
//! `/`-separated and absolute in the tree's own namespace (`/home/a/app/src/main.ts` on
//! disk, `/src/main.ts` in a commit).

use std::io::Read;
use std::path::{Path, PathBuf};

/// The most of one file a project model reads.
pub const READ_LIMIT: usize = 1 << 20;

/// A file tree the project model can read.
pub trait Tree: Send + Sync {
    /// The names in directory `dir`, each with whether it is a directory; `None` when
    /// `dir` is not one.
    fn list(&self, dir: &str) -> Option<Vec<(String, bool)>>;
    /// The first `limit` bytes of the file at `path`; `None` when it is not a file.
    fn read(&self, path: &str, limit: usize) -> Option<Vec<u8>>;
    /// Whether `path` is a file (`Some(false)`), a directory (`Some(true)`), or absent.
    fn kind(&self, path: &str) -> Option<bool>;
}

/// The directory that holds `path`; `None` for the root.
pub fn parent(path: &str) -> Option<&str> {
    let trimmed = path.trim_end_matches('/');
    if trimmed.is_empty() {
        return None;
    }
    Some(match trimmed.rfind('/') {
        Some(0) | None => "/",
        Some(i) => &trimmed[..i],
    })
}

/// `dir` joined with the relative path `rel` (which may hold `.` and `..`).
pub fn join(dir: &str, rel: &str) -> String {
    let mut parts: Vec<&str> = dir.split('/').filter(|p| !p.is_empty()).collect();
    for p in rel.split('/') {
        match p {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            p => parts.push(p),
        }
    }
    format!("/{}", parts.join("/"))
}

/// `path` relative to `dir` (which holds it), or `None`.
pub fn relative<'p>(dir: &str, path: &'p str) -> Option<&'p str> {
    let dir = dir.trim_end_matches('/');
    let rest = path.strip_prefix(dir)?;
    if dir.is_empty() {
        return Some(rest.trim_start_matches('/'));
    }
    rest.strip_prefix('/')
}

/// The last part of a path.
pub fn file_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

/// Reads a file as text (lossily), up to [`READ_LIMIT`].
pub fn read_text(tree: &dyn Tree, path: &str) -> Option<String> {
    tree.read(path, READ_LIMIT)
        .map(|b| String::from_utf8_lossy(&b).into_owned())
}

/// The files on disk; paths are absolute.
pub struct DiskTree;

impl Tree for DiskTree {
    fn list(&self, dir: &str) -> Option<Vec<(String, bool)>> {
        let entries = std::fs::read_dir(dir).ok()?;
        let mut out = Vec::new();
        for e in entries.flatten() {
            // Symbolic links are not followed: a tree of links must not make the
            // model wander (or loop) outside the project.
            let Ok(ft) = e.file_type() else { continue };
            if ft.is_symlink() {
                continue;
            }
            out.push((e.file_name().to_string_lossy().into_owned(), ft.is_dir()));
        }
        out.sort();
        Some(out)
    }

    fn read(&self, path: &str, limit: usize) -> Option<Vec<u8>> {
        let md = std::fs::symlink_metadata(path).ok()?;
        if !md.is_file() {
            return None;
        }
        // Checked again on the open file: a FIFO swapped in must not hang the read.
        let mut out = Vec::new();
        keyfence_model::fs::open_regular(std::path::Path::new(path))
            .ok()?
            .take(limit as u64)
            .read_to_end(&mut out)
            .ok()?;
        Some(out)
    }

    fn kind(&self, path: &str) -> Option<bool> {
        let md = std::fs::symlink_metadata(path).ok()?;
        if md.is_dir() {
            Some(true)
        } else if md.is_file() {
            Some(false)
        } else {
            None
        }
    }
}

/// An absolute path on disk as the tree names it.
pub fn disk_path(p: &Path) -> Option<String> {
    let abs: PathBuf = if p.is_absolute() {
        p.to_path_buf()
    } else {
        std::env::current_dir().ok()?.join(p)
    };
    let s = abs.to_str()?.replace('\\', "/");
    Some(join("/", &s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths() {
        assert_eq!(parent("/a/b.js"), Some("/a"));
        assert_eq!(parent("/a"), Some("/"));
        assert_eq!(parent("/"), None);
        assert_eq!(join("/a/b", "../c/./d.ts"), "/a/c/d.ts");
        assert_eq!(join("/", "src/x"), "/src/x");
        assert_eq!(relative("/a", "/a/b/c"), Some("b/c"));
        assert_eq!(relative("/", "/a/b"), Some("a/b"));
        assert_eq!(relative("/a", "/ab/c"), None);
        assert_eq!(file_name("/a/b.js"), "b.js");
    }
}
