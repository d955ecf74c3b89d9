//! Blobs too big to hold in memory.
//!
//! The repository is opened with gitoxide's allocation limit at [`IN_MEMORY`], so no
//! object past it is ever decoded whole by gitoxide: a crafted pack whose tiny delta
//! expands to gigabytes, or a loose object of zeros, cannot make a reader allocate
//! its size. A blob past the limit is read here instead, as a stream:
//!
//! - a loose object, and a pack entry stored whole (git stores every blob above
//!   `core.bigFileThreshold`, 512 MiB by default, that way), are inflated as they
//!   are read, in constant memory;
//! - a pack entry stored as a delta has its base decoded (at most [`MAX_BASE`]
//!   bytes, one base at a time in the whole process) and the delta's copy and insert
//!   instructions applied as the scanner reads, so the result is never held.
//!
//! Each instruction yields at least one byte, so the work is linear in what is read;
//! what is read of one blob is bounded by `--max-blob-size` by the caller.

use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, OnceLock, PoisonError};

use gix::odb::pack;
use gix::odb::pack::data::decode::entry::ResolvedBase;
use gix::odb::pack::data::entry::Header;
use gix::prelude::{FindExt, HeaderExt};
use gix::{oid, ObjectId};

use crate::blob::Input;

/// The largest object gitoxide decodes in memory (each reader thread may hold one).
pub(super) const IN_MEMORY: usize = 64 << 20;

/// The largest delta base held in memory to stream a delta-stored blob from: git's
/// default `core.bigFileThreshold`, above which git stores blobs whole, never as deltas
/// or as bases.
pub(super) const MAX_BASE: usize = 512 << 20;

/// One delta base in memory at a time, whatever the number of threads.
static BASE: Mutex<()> = Mutex::new(());

/// The packs and loose-object folders of a repository and its alternates, opened on
/// the first big blob.
pub(super) struct Store {
    dirs: Vec<PathBuf>,
    hash: gix::hash::Kind,
    packs: OnceLock<Vec<Pack>>,
}

struct Pack {
    index: pack::index::File,
    data_path: PathBuf,
    data: OnceLock<Result<pack::data::File, String>>,
}

impl Pack {
    fn data(&self, hash: gix::hash::Kind) -> Result<&pack::data::File, String> {
        self.data
            .get_or_init(|| {
                pack::data::File::at(&self.data_path, hash)
                    .map(|f| f.with_alloc_limit_bytes(Some(MAX_BASE)))
                    .map_err(|e| format!("cannot open {}: {e}", self.data_path.display()))
            })
            .as_ref()
            .map_err(Clone::clone)
    }
}

impl Store {
    /// The store of the objects folder `objects` (its alternates are found here).
    pub fn new(objects: &Path, hash: gix::hash::Kind) -> Store {
        let mut dirs = vec![objects.to_path_buf()];
        let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
        if let Ok(more) = gix::odb::alternate::resolve(objects.to_path_buf(), &cwd) {
            dirs.extend(more);
        }
        Store {
            dirs,
            hash,
            packs: OnceLock::new(),
        }
    }

    fn packs(&self) -> &[Pack] {
        self.packs.get_or_init(|| {
            let mut packs = Vec::new();
            for dir in &self.dirs {
                let Ok(entries) = std::fs::read_dir(dir.join("pack")) else {
                    continue;
                };
                let mut idx: Vec<PathBuf> = entries
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().is_some_and(|x| x == "idx"))
                    .collect();
                idx.sort();
                for path in idx {
                    if let Ok(index) = pack::index::File::at(&path, self.hash) {
                        packs.push(Pack {
                            index,
                            data_path: path.with_extension("pack"),
                            data: OnceLock::new(),
                        });
                    }
                }
            }
            packs
        })
    }

    /// The pack and offset that hold `id`.
    fn locate(&self, id: &oid) -> Option<(&Pack, u64)> {
        self.packs().iter().find_map(|p| {
            p.index
                .lookup(id)
                .map(|i| (p, p.index.pack_offset_at_index(i)))
        })
    }

    /// The loose object file of `id`, if there is one.
    fn loose(&self, id: &oid) -> Option<PathBuf> {
        let hex = id.to_hex().to_string();
        self.dirs
            .iter()
            .map(|d| d.join(&hex[..2]).join(&hex[2..]))
            .find(|p| p.is_file())
    }

    /// The blob `id` as a stream of its bytes. `odb` resolves delta bases stored
    /// elsewhere (within [`IN_MEMORY`]).
    pub fn open<'s>(
        &'s self,
        odb: &'s gix::OdbHandle,
        id: &oid,
    ) -> Result<Box<dyn Read + 's>, String> {
        if let Some(path) = self.loose(id) {
            return loose(&path);
        }
        let (pack, offset) = self
            .locate(id)
            .ok_or("neither a loose object nor in a pack")?;
        let data = pack.data(self.hash)?;
        let entry = data.entry(offset).map_err(|e| e.to_string())?;
        match entry.header {
            Header::Blob => {
                let bytes = data
                    .entry_slice(entry.data_offset..data.pack_end() as u64)
                    .ok_or("a pack entry past the end of its pack")?;
                Ok(Box::new(Exact {
                    inner: flate2::bufread::ZlibDecoder::new(bytes),
                    left: entry.decompressed_size,
                }))
            }
            Header::OfsDelta { .. } | Header::RefDelta { .. } => {
                let guard = BASE.lock().unwrap_or_else(PoisonError::into_inner);
                let base = self.base(odb, pack, data, &entry)?;
                let bytes = data
                    .entry_slice(entry.data_offset..data.pack_end() as u64)
                    .ok_or("a pack entry past the end of its pack")?;
                Delta::new(guard, base, bytes).map(|d| Box::new(d) as Box<dyn Read>)
            }
            other => Err(format!("a {other:?} where a blob was expected")),
        }
    }

    /// Decodes the base of the delta `entry` of `pack` whole (at most [`MAX_BASE`]).
    fn base(
        &self,
        odb: &gix::OdbHandle,
        pack: &Pack,
        data: &pack::data::File,
        entry: &pack::data::Entry,
    ) -> Result<Vec<u8>, String> {
        let base = match entry.header {
            Header::OfsDelta { base_distance } => {
                let at = entry
                    .checked_base_pack_offset(base_distance)
                    .ok_or("a delta whose base lies outside its pack")?;
                data.entry(at).map_err(|e| e.to_string())?
            }
            Header::RefDelta { base_id } => {
                let mut out = Vec::new();
                if odb.find(&base_id, &mut out).is_ok() {
                    return Ok(out);
                }
                return self.whole(odb, &base_id);
            }
            _ => unreachable!("called for deltas only"),
        };
        decode(odb, pack, data, base)
    }

    /// Decodes the object `id`, which gitoxide's limit refused, whole (at most
    /// [`MAX_BASE`]): the base of a delta.
    fn whole(&self, odb: &gix::OdbHandle, id: &ObjectId) -> Result<Vec<u8>, String> {
        if let Some(path) = self.loose(id) {
            let mut out = Vec::new();
            loose(&path)?
                .take(MAX_BASE as u64 + 1)
                .read_to_end(&mut out)
                .map_err(|e| e.to_string())?;
            if out.len() > MAX_BASE {
                return Err(format!("a delta base over {MAX_BASE} bytes"));
            }
            return Ok(out);
        }
        let (pack, offset) = self
            .locate(id)
            .ok_or_else(|| format!("the delta base {id} is missing"))?;
        let data = pack.data(self.hash)?;
        let entry = data.entry(offset).map_err(|e| e.to_string())?;
        decode(odb, pack, data, entry)
    }
}

/// Calls `f` with the first `cap` bytes of the blob `id` (held when gitoxide decodes it
/// within [`IN_MEMORY`], else streamed from `store`) and returns what it returned and
/// the blob's whole size. `buf` is the reader's buffer.
pub(super) fn with_blob<R>(
    store: &Store,
    odb: &gix::OdbHandle,
    id: &oid,
    buf: &mut Vec<u8>,
    cap: u64,
    f: impl FnOnce(Input) -> R,
) -> Result<(R, u64), String> {
    match odb.find(id, buf) {
        Ok(d) => {
            let keep = d.data.len().min(usize::try_from(cap).unwrap_or(usize::MAX));
            let mut held = io::Cursor::new(&d.data[..keep]);
            Ok((f(Input::Seekable(&mut held)), d.data.len() as u64))
        }
        Err(e) => {
            let size = match odb.header(id) {
                Ok(h) if h.size() > IN_MEMORY as u64 => h.size(),
                _ => return Err(e.to_string()),
            };
            let mut streamed = store.open(odb, id)?.take(cap);
            Ok((f(Input::Stream(&mut streamed)), size))
        }
    }
}

/// Decodes a pack entry whole with gitoxide (its allocation limit is [`MAX_BASE`]).
fn decode(
    odb: &gix::OdbHandle,
    pack: &Pack,
    data: &pack::data::File,
    entry: pack::data::Entry,
) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    let resolve = |id: &oid, buf: &mut Vec<u8>| {
        if let Some(i) = pack.index.lookup(id) {
            let at = pack.index.pack_offset_at_index(i);
            return Ok(data.entry(at).ok().map(ResolvedBase::InPack));
        }
        Ok(odb.find(id, buf).ok().map(|d| ResolvedBase::OutOfPack {
            kind: d.kind,
            end: d.data.len(),
        }))
    };
    let mut inflate = gix::zlib::Inflate::default();
    data.decode_entry(
        entry,
        &mut out,
        &mut inflate,
        &resolve,
        &mut pack::cache::Never,
    )
    .map_err(|e| format!("cannot decode a delta base: {e}"))?;
    Ok(out)
}

/// A loose object's content, inflated as it is read, once its header says `blob`.
fn loose(path: &Path) -> Result<Box<dyn Read>, String> {
    let file =
        std::fs::File::open(path).map_err(|e| format!("cannot open {}: {e}", path.display()))?;
    let mut z = BufReader::new(flate2::read::ZlibDecoder::new(file));
    let mut header = Vec::new();
    (&mut z)
        .take(64)
        .read_until(0, &mut header)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    let text = header
        .strip_suffix(b"\0")
        .and_then(|h| std::str::from_utf8(h).ok())
        .ok_or("a loose object without a header")?;
    let size = match text.split_once(' ') {
        Some(("blob", n)) => n.parse::<u64>().map_err(|_| "a loose object of no size")?,
        _ => return Err(format!("a loose object `{text}` where a blob was expected")),
    };
    Ok(Box::new(Exact {
        inner: z,
        left: size,
    }))
}

/// Exactly `left` bytes of `inner`: fewer is an error (a truncated object), more are
/// not read.
struct Exact<R> {
    inner: R,
    left: u64,
}

impl<R: Read> Read for Exact<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.left == 0 || buf.is_empty() {
            return Ok(0);
        }
        let want = buf
            .len()
            .min(usize::try_from(self.left).unwrap_or(usize::MAX));
        let n = self.inner.read(&mut buf[..want])?;
        if n == 0 {
            return Err(truncated());
        }
        self.left -= n as u64;
        Ok(n)
    }
}

fn truncated() -> io::Error {
    io::Error::new(
        io::ErrorKind::UnexpectedEof,
        "the object ends before the size its header gives",
    )
}

fn corrupt(what: &str) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, format!("corrupt delta: {what}"))
}

/// What a delta instruction still has to yield.
enum Op {
    Next,
    Copy { at: usize, left: usize },
    Insert { left: usize },
}

/// A delta applied to its base as it is read: the result is never held.
struct Delta<'a> {
    _held: MutexGuard<'static, ()>,
    base: Vec<u8>,
    delta: BufReader<flate2::bufread::ZlibDecoder<&'a [u8]>>,
    op: Op,
    /// Result bytes still to yield.
    left: u64,
}

impl<'a> Delta<'a> {
    fn new(held: MutexGuard<'static, ()>, base: Vec<u8>, bytes: &'a [u8]) -> Result<Self, String> {
        let mut delta = BufReader::new(flate2::bufread::ZlibDecoder::new(bytes));
        let base_size = varint(&mut delta).map_err(|e| e.to_string())?;
        if base_size != base.len() as u64 {
            return Err(format!(
                "corrupt delta: its base has {} bytes, not {base_size}",
                base.len()
            ));
        }
        let left = varint(&mut delta).map_err(|e| e.to_string())?;
        Ok(Delta {
            _held: held,
            base,
            delta,
            op: Op::Next,
            left,
        })
    }

    /// Reads the next instruction.
    fn next_op(&mut self) -> io::Result<()> {
        let cmd = byte(&mut self.delta)?;
        if cmd & 0x80 != 0 {
            let mut offset = 0u64;
            for i in 0..4 {
                if cmd & (1 << i) != 0 {
                    offset |= u64::from(byte(&mut self.delta)?) << (8 * i);
                }
            }
            let mut size = 0u64;
            for i in 0..3 {
                if cmd & (0x10 << i) != 0 {
                    size |= u64::from(byte(&mut self.delta)?) << (8 * i);
                }
            }
            if size == 0 {
                size = 0x10000;
            }
            if offset + size > self.base.len() as u64 {
                return Err(corrupt("a copy past the end of the base"));
            }
            if size > self.left {
                return Err(corrupt("more than the size it gives"));
            }
            self.op = Op::Copy {
                at: offset as usize,
                left: size as usize,
            };
        } else if cmd != 0 {
            if u64::from(cmd) > self.left {
                return Err(corrupt("more than the size it gives"));
            }
            self.op = Op::Insert {
                left: usize::from(cmd),
            };
        } else {
            return Err(corrupt("a reserved instruction"));
        }
        Ok(())
    }
}

impl Read for Delta<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if buf.is_empty() {
            return Ok(0);
        }
        loop {
            match &mut self.op {
                Op::Copy { at, left } if *left > 0 => {
                    let n = (*left).min(buf.len());
                    buf[..n].copy_from_slice(&self.base[*at..*at + n]);
                    *at += n;
                    *left -= n;
                    self.left -= n as u64;
                    return Ok(n);
                }
                Op::Insert { left } if *left > 0 => {
                    let want = (*left).min(buf.len());
                    let n = self.delta.read(&mut buf[..want])?;
                    if n == 0 {
                        return Err(truncated());
                    }
                    *left -= n;
                    self.left -= n as u64;
                    return Ok(n);
                }
                _ if self.left == 0 => return Ok(0),
                _ => self.next_op()?,
            }
        }
    }
}

fn byte(r: &mut impl Read) -> io::Result<u8> {
    let mut b = [0u8];
    match r.read_exact(&mut b) {
        Ok(()) => Ok(b[0]),
        Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => Err(corrupt("it ends early")),
        Err(e) => Err(e),
    }
}

/// A delta header's size: seven bits a byte, least significant first.
fn varint(r: &mut impl Read) -> io::Result<u64> {
    let mut value = 0u64;
    for shift in (0..64).step_by(7) {
        let b = byte(r)?;
        value |= u64::from(b & 0x7f) << shift;
        if b & 0x80 == 0 {
            return Ok(value);
        }
    }
    Err(corrupt("a size of more than 64 bits"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn zlib(data: &[u8]) -> Vec<u8> {
        use std::io::Write;
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
        z.write_all(data).unwrap();
        z.finish().unwrap()
    }

    fn size(mut n: u64, out: &mut Vec<u8>) {
        loop {
            let b = (n & 0x7f) as u8;
            n >>= 7;
            if n == 0 {
                out.push(b);
                return;
            }
            out.push(b | 0x80);
        }
    }

    fn apply(base: &[u8], delta: &[u8]) -> io::Result<Vec<u8>> {
        let packed = zlib(delta);
        let held = BASE.lock().unwrap_or_else(PoisonError::into_inner);
        let mut d = Delta::new(held, base.to_vec(), &packed).map_err(io::Error::other)?;
        let mut out = Vec::new();
        // Small reads, to cross instruction boundaries mid-read.
        let mut buf = [0u8; 7];
        loop {
            let n = d.read(&mut buf)?;
            if n == 0 {
                return Ok(out);
            }
            out.extend_from_slice(&buf[..n]);
        }
    }

    #[test]
    fn copies_and_inserts_are_applied_as_read() {
        let base = b"0123456789abcdefghij";
        let mut delta = Vec::new();
        size(base.len() as u64, &mut delta);
        size(3 + 5 + 4, &mut delta);
        delta.extend([3, b'x', b'y', b'z']); // insert "xyz"
        delta.extend([0x80 | 0x01 | 0x10, 10, 5]); // copy 5 from 10
        delta.extend([0x80 | 0x10, 4]); // copy 4 from 0
        assert_eq!(apply(base, &delta).unwrap(), b"xyzabcde0123");
    }

    #[test]
    fn a_copy_of_no_size_copies_64_kib() {
        let base = vec![7u8; 0x10000];
        let mut delta = Vec::new();
        size(base.len() as u64, &mut delta);
        size(0x20000, &mut delta);
        delta.extend([0x80, 0x80]); // two copies of 0x10000 from 0
        assert_eq!(apply(&base, &delta).unwrap().len(), 0x20000);
    }

    #[test]
    fn corrupt_deltas_are_errors_not_panics() {
        let base = b"0123456789";
        let cases: Vec<(&str, Vec<u8>)> = vec![
            ("copy past the base", vec![10, 20, 0x80 | 0x01 | 0x10, 8, 5]),
            ("more than the size", vec![10, 2, 3, b'a', b'b', b'c']),
            ("reserved", vec![10, 2, 0]),
            ("ends early", vec![10, 5, 3, b'a']),
            ("short of the size", vec![10, 9, 0x80 | 0x10, 4]),
            ("wrong base size", vec![11, 1, 1, b'a']),
        ];
        for (what, delta) in cases {
            assert!(apply(base, &delta).is_err(), "{what}");
        }
    }

    #[test]
    fn a_short_stream_is_an_error() {
        let mut r = Exact {
            inner: &b"abc"[..],
            left: 5,
        };
        let mut out = Vec::new();
        assert!(r.read_to_end(&mut out).is_err());
        let mut r = Exact {
            inner: &b"abcdef"[..],
            left: 5,
        };
        out.clear();
        r.read_to_end(&mut out).unwrap();
        assert_eq!(out, b"abcde");
    }
}
