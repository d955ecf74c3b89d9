//! Opening files that anyone may have put in a tree: never blocking, never reading a
//! FIFO, a socket or a device, and at most so many bytes of a small file.

use std::fs::File;
use std::io::{self, Read};
use std::path::{Component, Path, PathBuf};

/// Why a file was not opened or read.
#[derive(Debug)]
pub enum OpenError {
    /// Not a regular file (a FIFO, socket or device): what it is.
    NotRegular(&'static str),
    /// Larger than the limit asked for: its size and the limit.
    TooLarge {
        size: u64,
        limit: u64,
    },
    /// Not UTF-8 text.
    NotText,
    /// A path a repository's own files name that leads out of it (or a symlink that
    /// keyfence does not follow): why.
    Outside(&'static str),
    Io(io::Error),
}

impl std::fmt::Display for OpenError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            OpenError::NotRegular(kind) => write!(f, "{kind}, not a regular file"),
            OpenError::TooLarge { size, limit } => {
                write!(f, "too large: {size} bytes, more than the {limit} allowed")
            }
            OpenError::NotText => write!(f, "not UTF-8 text"),
            OpenError::Outside(why) => write!(f, "{why}"),
            OpenError::Io(e) => write!(f, "{e}"),
        }
    }
}

impl From<io::Error> for OpenError {
    fn from(e: io::Error) -> OpenError {
        OpenError::Io(e)
    }
}

/// Opens `path` for reading if it is a regular file, judged on the open descriptor so
/// that a file swapped for a FIFO between a look at the tree and the open cannot make
/// the open or a read hang. On Unix the open does not block (`O_NONBLOCK`: opening a
/// FIFO with no writer returns at once, and a file that would block a read, such as
/// `/proc/kmsg`, fails it instead) and takes no controlling terminal. Elsewhere the
/// type is checked on the open handle too, but the open itself may wait on a named
/// pipe (a documented limit).
pub fn open_regular(path: &Path) -> Result<File, OpenError> {
    let file = open_nonblocking(path)?;
    let md = file.metadata()?;
    if !md.is_file() {
        return Err(OpenError::NotRegular(kind_of(&md.file_type())));
    }
    Ok(file)
}

#[cfg(unix)]
fn open_nonblocking(path: &Path) -> io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY)
        .open(path)
}

#[cfg(not(unix))]
fn open_nonblocking(path: &Path) -> io::Result<File> {
    File::open(path)
}

/// What a file that is not regular is.
pub fn kind_of(ft: &std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if ft.is_fifo() {
            return "a FIFO";
        }
        if ft.is_socket() {
            return "a socket";
        }
        if ft.is_block_device() || ft.is_char_device() {
            return "a device";
        }
    }
    if ft.is_dir() {
        return "a directory";
    }
    "not a regular file"
}

/// Reads a small regular file whole: at most `limit` bytes, or [`OpenError::TooLarge`].
pub fn read_small(path: &Path, limit: u64) -> Result<Vec<u8>, OpenError> {
    let file = open_regular(path)?;
    let mut out = Vec::new();
    file.take(limit + 1).read_to_end(&mut out)?;
    if out.len() as u64 > limit {
        let size = std::fs::metadata(path).map_or(out.len() as u64, |m| m.len());
        return Err(OpenError::TooLarge { size, limit });
    }
    Ok(out)
}

/// Reads a small text file whole (see [`read_small`]).
pub fn read_text(path: &Path, limit: u64) -> Result<String, OpenError> {
    String::from_utf8(read_small(path, limit)?).map_err(|_| OpenError::NotText)
}

impl OpenError {
    /// Whether the file is not there.
    pub fn is_not_found(&self) -> bool {
        matches!(self, OpenError::Io(e) if e.kind() == io::ErrorKind::NotFound)
    }
}

impl std::error::Error for OpenError {}

/// The components of `rel`, a path a repository's own files name, taken lexically
/// (`.` dropped, `a/../b` is `b`): an error for an absolute path or a `..` that climbs
/// above the start. No file is looked at.
pub fn inside_parts(rel: &Path) -> Result<Vec<&std::ffi::OsStr>, OpenError> {
    let mut parts = Vec::new();
    for c in rel.components() {
        match c {
            Component::Prefix(_) | Component::RootDir => {
                return Err(OpenError::Outside(
                    "an absolute path: a repository's settings name files inside it only",
                ))
            }
            Component::CurDir => {}
            Component::ParentDir => {
                if parts.pop().is_none() {
                    return Err(OpenError::Outside(
                        "`..` leads out of the repository: its settings name files inside it only",
                    ));
                }
            }
            Component::Normal(n) => parts.push(n),
        }
    }
    Ok(parts)
}

/// Resolves `rel`, a path a repository's own files name (its config's rule files,
/// ignore file and baseline), inside `root`: no absolute path, no `..` that climbs out
/// of `root` (`a/../b` is `b`), and no symlink, in any component, that leads out of
/// `root` once resolved. Returns the resolved path (symlinks inside `root` followed);
/// a path that is not there resolves to where it would be, so that a missing optional
/// file stays missing. A symlink whose target is missing is refused.
pub fn resolve_inside(root: &Path, rel: &Path) -> Result<PathBuf, OpenError> {
    let parts = inside_parts(rel)?;
    let root = root.canonicalize()?;
    let mut lexical = root.clone();
    lexical.extend(&parts);
    let resolved = resolve_existing(&lexical)?;
    if !resolved.starts_with(&root) {
        return Err(OpenError::Outside(
            "a symlink leads out of the repository: keyfence reads no file outside it for \
             its settings",
        ));
    }
    Ok(resolved)
}

/// `path` with its longest existing prefix canonicalized and the rest appended.
fn resolve_existing(path: &Path) -> Result<PathBuf, OpenError> {
    let mut rest: Vec<&std::ffi::OsStr> = Vec::new();
    let mut cur = path;
    loop {
        match cur.canonicalize() {
            Ok(mut base) => {
                base.extend(rest.iter().rev());
                return Ok(base);
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                if cur.symlink_metadata().is_ok() {
                    return Err(OpenError::Outside(
                        "a symlink to nothing: keyfence does not follow it",
                    ));
                }
                match (cur.parent(), cur.file_name()) {
                    (Some(parent), Some(name)) => {
                        rest.push(name);
                        cur = parent;
                    }
                    _ => return Err(OpenError::Io(e)),
                }
            }
            Err(e) => return Err(OpenError::Io(e)),
        }
    }
}

/// Reads a small text file (see [`read_text`]) that a repository's own files name:
/// `rel` resolved inside `root` by [`resolve_inside`], the last component opened
/// without following a symlink. Returns where it was read from.
pub fn read_text_inside(
    root: &Path,
    rel: &Path,
    limit: u64,
) -> Result<(PathBuf, String), OpenError> {
    let path = resolve_inside(root, rel)?;
    let text = read_text_nofollow(&path, limit)?;
    Ok((path, text))
}

/// Reads a small text file whole (see [`read_text`]) whose last component must not be
/// a symlink.
pub fn read_text_nofollow(path: &Path, limit: u64) -> Result<String, OpenError> {
    let file = open_read_nofollow(path)?;
    let md = file.metadata()?;
    if !md.is_file() {
        return Err(OpenError::NotRegular(kind_of(&md.file_type())));
    }
    let mut out = Vec::new();
    file.take(limit + 1).read_to_end(&mut out)?;
    if out.len() as u64 > limit {
        return Err(OpenError::TooLarge {
            size: md.len().max(out.len() as u64),
            limit,
        });
    }
    String::from_utf8(out).map_err(|_| OpenError::NotText)
}

/// What a refused symlink is called in errors.
const SYMLINK_REFUSED: &str =
    "a symlink: keyfence neither reads its settings nor writes through one";

#[cfg(unix)]
fn open_read_nofollow(path: &Path) -> Result<File, OpenError> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY | libc::O_NOFOLLOW)
        .open(path)
        .map_err(nofollow_error)
}

#[cfg(not(unix))]
fn open_read_nofollow(path: &Path) -> Result<File, OpenError> {
    refuse_symlink(path)?;
    Ok(File::open(path)?)
}

/// An open that `O_NOFOLLOW` refused is said as such.
#[cfg(unix)]
fn nofollow_error(e: io::Error) -> OpenError {
    if e.raw_os_error() == Some(libc::ELOOP) {
        OpenError::Outside(SYMLINK_REFUSED)
    } else {
        OpenError::Io(e)
    }
}

/// An error when `path` is a symlink (checked before an open where `O_NOFOLLOW` is not
/// there, and before a rename replaces one).
fn refuse_symlink(path: &Path) -> Result<(), OpenError> {
    match path.symlink_metadata() {
        Ok(md) if md.file_type().is_symlink() => Err(OpenError::Outside(SYMLINK_REFUSED)),
        _ => Ok(()),
    }
}

/// Opens `path` to append to, created if missing: never through a symlink (`O_NOFOLLOW`
/// on Unix, a look first elsewhere), never blocking on a FIFO, and only a regular file.
pub fn append_nofollow(path: &Path) -> Result<File, OpenError> {
    let file = open_append(path)?;
    let md = file.metadata()?;
    if !md.is_file() {
        return Err(OpenError::NotRegular(kind_of(&md.file_type())));
    }
    Ok(file)
}

#[cfg(unix)]
fn open_append(path: &Path) -> Result<File, OpenError> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .mode(0o666)
        .custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY | libc::O_NOFOLLOW)
        .open(path)
        .map_err(nofollow_error)
}

#[cfg(not(unix))]
fn open_append(path: &Path) -> Result<File, OpenError> {
    refuse_symlink(path)?;
    Ok(std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)?)
}

/// Replaces `path` with `bytes`: written to a new file of an unpredictable name in the
/// same folder (created exclusively, so never through a planted symlink or over a
/// planted file), then renamed over `path`. A symlink at `path` is refused rather than
/// replaced.
pub fn write_replace(path: &Path, bytes: &[u8]) -> Result<(), OpenError> {
    use std::io::Write as _;
    refuse_symlink(path)?;
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let name = path.file_name().map_or_else(
        || "keyfence".into(),
        |n| n.to_string_lossy().trim_start_matches('.').to_string(),
    );
    let (tmp, mut file) = create_temp(dir, &name)?;
    let written = file
        .write_all(bytes)
        .and_then(|()| file.sync_all())
        .and_then(|()| std::fs::rename(&tmp, path));
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(OpenError::Io(e));
    }
    Ok(())
}

/// A new file in `dir`, `.NAME.<random>.keyfence-tmp`, created exclusively.
fn create_temp(dir: &Path, name: &str) -> Result<(PathBuf, File), OpenError> {
    let mut last = None;
    for attempt in 0..16u32 {
        let tmp = dir.join(format!(
            ".{name}.{:016x}.keyfence-tmp",
            unpredictable(attempt)
        ));
        let mut opts = std::fs::OpenOptions::new();
        opts.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            opts.mode(0o666).custom_flags(libc::O_NOFOLLOW);
        }
        match opts.open(&tmp) {
            Ok(f) => return Ok((tmp, f)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => last = Some(e),
            Err(e) => return Err(OpenError::Io(e)),
        }
    }
    Err(OpenError::Io(last.unwrap_or_else(|| {
        io::Error::new(io::ErrorKind::AlreadyExists, "no free temporary name")
    })))
}

/// 64 bits no one outside this process can guess: std's per-process random hash keys
/// (seeded from the operating system), the process id, the time and a counter.
fn unpredictable(attempt: u32) -> u64 {
    use std::hash::{BuildHasher, Hasher};
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u32(std::process::id());
    h.write_u32(attempt);
    h.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    if let Ok(d) = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
        h.write_u128(d.as_nanos());
    }
    h.finish()
}

/// Requires `path`'s folder, resolved (symlinks followed), to lie inside `root`
/// (resolved too), when `path` names a place inside `root` before resolution: a folder
/// of a repository that is a symlink out of it is refused. A path outside `root` as
/// given is the user's choice and left alone.
pub fn parent_stays_inside(root: &Path, path: &Path) -> Result<(), OpenError> {
    let abs = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir()?.join(path)
    };
    let Some(parent) = abs.parent() else {
        return Ok(());
    };
    let lexical = normalize(parent);
    let root_abs = if root.is_absolute() {
        normalize(root)
    } else {
        normalize(&std::env::current_dir()?.join(root))
    };
    let Ok(root_real) = root.canonicalize() else {
        return Ok(());
    };
    if !lexical.starts_with(&root_abs) && !lexical.starts_with(&root_real) {
        return Ok(());
    }
    let real = resolve_existing(parent)?;
    if real.starts_with(&root_real) {
        Ok(())
    } else {
        Err(OpenError::Outside(
            "its folder is a symlink out of the repository: keyfence writes no file there",
        ))
    }
}

/// `path` with `.` and `..` taken lexically.
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn a_fifo_is_refused_without_blocking() {
        let dir = std::env::temp_dir().join(format!("keyfence-fifo-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let fifo = dir.join("pipe");
        let _ = std::fs::remove_file(&fifo);
        let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        // SAFETY: a valid C string; mkfifo only creates a file.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        // No writer: a blocking open would wait forever.
        assert!(matches!(
            open_regular(&fifo),
            Err(OpenError::NotRegular("a FIFO"))
        ));
        let small = dir.join("small");
        std::fs::write(&small, b"0123456789").unwrap();
        assert_eq!(read_small(&small, 10).unwrap(), b"0123456789");
        assert!(matches!(
            read_small(&small, 9),
            Err(OpenError::TooLarge { size: 10, limit: 9 })
        ));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn paths_resolve_inside_the_root_only() {
        use std::os::unix::fs::symlink;
        let top = std::env::temp_dir().join(format!("keyfence-inside-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&top);
        let root = top.join("root");
        std::fs::create_dir_all(root.join("in")).unwrap();
        std::fs::write(root.join("in/file"), "x").unwrap();
        std::fs::write(top.join("secret"), "s").unwrap();
        symlink("in", root.join("link-in")).unwrap();
        symlink("..", root.join("link-out")).unwrap();
        symlink("nowhere", root.join("dangling")).unwrap();
        let real = root.canonicalize().unwrap();
        for ok in ["in/file", "./in/../in/file", "link-in/file", "missing/file"] {
            let got = resolve_inside(&root, Path::new(ok)).unwrap();
            assert!(got.starts_with(&real), "{ok}: {got:?}");
        }
        for bad in [
            "/etc/passwd",
            "../secret",
            "in/../../secret",
            "link-out/secret",
            "dangling",
        ] {
            assert!(
                matches!(
                    resolve_inside(&root, Path::new(bad)),
                    Err(OpenError::Outside(_))
                ),
                "{bad}"
            );
        }
        // Writes: never through a symlink, the temporary file created beside.
        symlink(top.join("secret"), root.join("planted")).unwrap();
        assert!(matches!(
            write_replace(&root.join("planted"), b"new"),
            Err(OpenError::Outside(_))
        ));
        assert!(matches!(
            append_nofollow(&root.join("planted")),
            Err(OpenError::Outside(_))
        ));
        assert!(matches!(
            read_text_nofollow(&root.join("planted"), 10),
            Err(OpenError::Outside(_))
        ));
        assert_eq!(std::fs::read_to_string(top.join("secret")).unwrap(), "s");
        write_replace(&root.join("in/file"), b"new").unwrap();
        assert_eq!(
            std::fs::read_to_string(root.join("in/file")).unwrap(),
            "new"
        );
        assert_eq!(std::fs::read_dir(root.join("in")).unwrap().count(), 1);
        assert!(parent_stays_inside(&root, &root.join("link-out/x")).is_err());
        assert!(parent_stays_inside(&root, &root.join("link-in/x")).is_ok());
        assert!(parent_stays_inside(&root, &top.join("elsewhere/x")).is_ok());
        std::fs::remove_dir_all(&top).unwrap();
    }
}
