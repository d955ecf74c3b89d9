//! Opening files that anyone may have put in a tree: never blocking, never reading a
//! FIFO, a socket or a device, and at most so many bytes of a small file.

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

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
}
