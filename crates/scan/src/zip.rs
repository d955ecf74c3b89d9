//! A zip reader for hostile archives: bounded memory whatever the archive claims, every
//! member that can be read is read, and what cannot is named.
//!
//! Two ways in:
//! - **By the central directory** (a seekable archive): the end record (zip64 too) is
//!   found from the end, and the directory is read in slices of [`SLICE`] bytes, so
//!   that its entries are counted as they are read and never held all at once. Each
//!   member's bytes are checked against those already read: entries that share bytes
//!   (the overlapping entries of a zip bomb) are skipped and named, and every other
//!   member is still read.
//! - **By the local headers**, front to back: a zip inside an archive or on a stream,
//!   which is never held in memory, and a seekable zip whose end or directory is
//!   broken (a truncated download), whose intact members are all read. A member whose
//!   size comes after its data (a data descriptor) is read to the end of its deflate
//!   stream, or for a stored one, to the descriptor that gives its size.
//!
//! Encrypted members and compression methods other than stored and deflate are named,
//! not read.

use std::collections::BTreeMap;
use std::io::{self, BufRead, Read, SeekFrom};

use keyfence_model::ProblemKind;

use crate::archive::{member, Budget, Guard, ScanMember};
use crate::blob::ReadSeek;

const LOCAL: &[u8; 4] = b"PK\x03\x04";
const CENTRAL: &[u8; 4] = b"PK\x01\x02";
const END: &[u8; 4] = b"PK\x05\x06";
const END64: &[u8; 4] = b"PK\x06\x06";
const LOCATOR64: &[u8; 4] = b"PK\x06\x07";
const DESCRIPTOR: &[u8; 4] = b"PK\x07\x08";

/// The central directory is read this many bytes at a time (plus the rest of an entry
/// cut by the slice's end).
const SLICE: usize = 1 << 20;
/// Entries read from a central directory, directories and empty files included, as a
/// multiple of the member limit: they cost a few bytes each, never a read.
const ENTRIES_PER_MEMBER: u64 = 16;
/// Overlapping entries named in the warning, at most.
const NAMED: usize = 3;

/// `1 intact member was`, `2 intact members were`.
fn members(n: u64, adjective: &str) -> String {
    let adjective = if adjective.is_empty() {
        String::new()
    } else {
        format!("{adjective} ")
    };
    if n == 1 {
        format!("1 {adjective}member was")
    } else {
        format!("{n} {adjective}members were")
    }
}

fn u16_at(b: &[u8], i: usize) -> u16 {
    u16::from_le_bytes([b[i], b[i + 1]])
}

fn u32_at(b: &[u8], i: usize) -> u32 {
    u32::from_le_bytes(b[i..i + 4].try_into().expect("four bytes"))
}

fn u64_at(b: &[u8], i: usize) -> u64 {
    u64::from_le_bytes(b[i..i + 8].try_into().expect("eight bytes"))
}

/// One member, as an entry of the central directory or a local header describes it.
#[derive(Debug)]
struct Entry {
    name: String,
    flags: u16,
    method: u16,
    compressed: u64,
    size: u64,
    /// Where its local header starts (central directory only).
    local: u64,
}

impl Entry {
    fn is_dir(&self) -> bool {
        self.name.ends_with('/')
    }

    fn encrypted(&self) -> bool {
        self.flags & 1 != 0
    }
}

/// The zip64 extra field (id 1) holds, in order, the values that are all ones in the
/// header: size, compressed size, local offset.
fn zip64_extra(extra: &[u8], size: &mut u64, compressed: &mut u64, local: Option<&mut u64>) {
    let mut i = 0;
    while i + 4 <= extra.len() {
        let (id, len) = (u16_at(extra, i), usize::from(u16_at(extra, i + 2)));
        let data = &extra[i + 4..(i + 4 + len).min(extra.len())];
        if id == 1 {
            let mut k = 0;
            let mut take = |v: &mut u64| {
                if *v == 0xffff_ffff && k + 8 <= data.len() {
                    *v = u64_at(data, k);
                    k += 8;
                }
            };
            take(size);
            take(compressed);
            if let Some(l) = local {
                take(l);
            }
            return;
        }
        i += 4 + len;
    }
}

/// Where the central directory is, from the end record.
struct Directory {
    /// Its first byte, in the file.
    start: u64,
    size: u64,
    entries: u64,
    /// What to add to the offsets the archive gives (bytes before the zip: a CRX
    /// header, a self-extractor).
    shift: u64,
}

fn read_exact_at(r: &mut dyn ReadSeek, at: u64, buf: &mut [u8]) -> io::Result<()> {
    r.seek(SeekFrom::Start(at))?;
    r.read_exact(buf)
}

/// Finds the end record in the last 64 KiB and 22 bytes (the record and its comment)
/// and, where it points to one, the zip64 end record.
fn directory(r: &mut dyn ReadSeek, len: u64) -> Result<Directory, String> {
    let tail_len = len.min(22 + 0xffff);
    let mut tail = vec![0; tail_len as usize];
    read_exact_at(r, len - tail_len, &mut tail).map_err(|e| e.to_string())?;
    let at = (0..tail.len().saturating_sub(21))
        .rev()
        .find(|&i| &tail[i..i + 4] == END)
        .ok_or("no end of central directory record")?;
    let end_at = len - tail_len + at as u64;
    let rec = &tail[at..];
    let (mut entries, mut size, mut start) = (
        u64::from(u16_at(rec, 10)),
        u64::from(u32_at(rec, 12)),
        u64::from(u32_at(rec, 16)),
    );
    let mut dir_end = end_at;
    if end_at >= 20 {
        let mut loc = [0u8; 20];
        read_exact_at(r, end_at - 20, &mut loc).map_err(|e| e.to_string())?;
        if &loc[..4] == LOCATOR64 {
            let at64 = u64_at(&loc, 8);
            let mut rec64 = [0u8; 56];
            read_exact_at(r, at64, &mut rec64).map_err(|e| format!("zip64 end record: {e}"))?;
            if &rec64[..4] != END64 {
                return Err("zip64 end record: bad signature".into());
            }
            entries = u64_at(&rec64, 32);
            size = u64_at(&rec64, 40);
            start = u64_at(&rec64, 48);
            dir_end = at64;
        }
    }
    // The directory ends where the end records start; where the archive says it starts
    // elsewhere, everything is shifted by bytes before the zip.
    let real_start = dir_end
        .checked_sub(size)
        .ok_or("central directory larger than the archive")?;
    let shift = real_start
        .checked_sub(start)
        .ok_or("central directory offset past its end")?;
    Ok(Directory {
        start: real_start,
        size,
        entries,
        shift,
    })
}

/// Parses the central directory entry at the start of `b`: the entry and its length,
/// `None` when `b` does not hold all of it.
fn central_entry(b: &[u8]) -> Result<Option<(Entry, usize)>, String> {
    if b.len() < 46 {
        return Ok(None);
    }
    if &b[..4] != CENTRAL {
        return Err("bad central directory entry signature".into());
    }
    let (n, m, k) = (
        usize::from(u16_at(b, 28)),
        usize::from(u16_at(b, 30)),
        usize::from(u16_at(b, 32)),
    );
    let len = 46 + n + m + k;
    if b.len() < len {
        return Ok(None);
    }
    let mut e = Entry {
        name: String::from_utf8_lossy(&b[46..46 + n]).into_owned(),
        flags: u16_at(b, 8),
        method: u16_at(b, 10),
        compressed: u64::from(u32_at(b, 20)),
        size: u64::from(u32_at(b, 24)),
        local: u64::from(u32_at(b, 42)),
    };
    zip64_extra(
        &b[46 + n..46 + n + m],
        &mut e.size,
        &mut e.compressed,
        Some(&mut e.local),
    );
    Ok(Some((e, len)))
}

/// The byte ranges of the members read so far, to tell overlapping entries.
#[derive(Default)]
struct Taken {
    ranges: BTreeMap<u64, u64>,
}

impl Taken {
    /// Takes `[start, end)` unless it overlaps a range taken before.
    fn take(&mut self, start: u64, end: u64) -> bool {
        let before = self.ranges.range(..end).next_back();
        if before.is_some_and(|(_, &e)| e > start) {
            return false;
        }
        self.ranges.insert(start, end);
        true
    }

    fn holds(&self, at: u64) -> bool {
        self.ranges
            .range(..=at)
            .next_back()
            .is_some_and(|(_, &e)| e > at)
    }
}

/// Entries skipped because their bytes overlap a member read before.
#[derive(Default)]
struct Overlaps {
    count: u64,
    names: Vec<String>,
}

impl Overlaps {
    fn add(&mut self, name: &str) {
        self.count += 1;
        if self.names.len() < NAMED {
            self.names.push(name.to_string());
        }
    }

    fn report(&self, display: &str, budget: &Budget) {
        if self.count == 0 {
            return;
        }
        let more = if self.count > self.names.len() as u64 {
            format!(" and {} more", self.count - self.names.len() as u64)
        } else {
            String::new()
        };
        budget.problem(
            ProblemKind::ArchiveBomb,
            display,
            format!(
                "{} entries overlap members read before, like a zip bomb: not read ({}{more}); \
                 every other member was read",
                self.count,
                self.names.join(", ")
            ),
        );
    }
}

/// Expands a seekable zip by its central directory; a zip whose end or directory is
/// broken is read by its local headers from the start (members already read are not
/// read twice). Returns false when it is no zip at all.
pub fn expand_seekable(
    r: &mut dyn ReadSeek,
    display: &str,
    depth: usize,
    budget: &Budget,
    scan: &mut ScanMember,
) -> bool {
    let len = match r.seek(SeekFrom::End(0)) {
        Ok(l) => l,
        Err(e) => {
            budget.read_error(display, &e);
            return true;
        }
    };
    let mut taken = Taken::default();
    let broken = match directory(r, len) {
        Ok(dir) => match by_directory(
            r,
            len,
            &dir,
            &mut Cx {
                display,
                depth,
                budget,
                scan,
            },
            &mut taken,
        ) {
            Ok(()) => return true,
            Err(e) => e,
        },
        Err(e) => e,
    };
    if budget.exhausted.get() {
        return true;
    }
    // Broken: read what the local headers give, past the members read already.
    if let Err(e) = r.seek(SeekFrom::Start(0)) {
        budget.read_error(display, &e);
        return true;
    }
    let read = by_local_headers(&mut Stream::new(r), display, depth, budget, scan, &taken);
    if read.members == 0 && taken.ranges.is_empty() {
        budget.problem(
            ProblemKind::ArchiveCorrupt,
            display,
            format!("cannot open as a zip archive ({broken}): its bytes are scanned as they are"),
        );
        return false;
    }
    budget.problem(
        ProblemKind::ArchiveCorrupt,
        display,
        format!(
            "broken zip ({broken}): {} read from the local headers{}",
            members(read.members + taken.ranges.len() as u64, "intact"),
            read.stopped.map(|s| format!("; {s}")).unwrap_or_default()
        ),
    );
    true
}

/// The archive being expanded: its display path, its depth, the budget and where
/// members go.
struct Cx<'a, 's> {
    display: &'a str,
    depth: usize,
    budget: &'a Budget,
    scan: &'a mut ScanMember<'s>,
}

/// Reads every member the directory lists, a slice of the directory at a time.
fn by_directory(
    r: &mut dyn ReadSeek,
    len: u64,
    dir: &Directory,
    cx: &mut Cx,
    taken: &mut Taken,
) -> Result<(), String> {
    let (display, budget) = (cx.display, cx.budget);
    let max_entries = (budget.limits.max_members as u64).saturating_mul(ENTRIES_PER_MEMBER);
    let mut overlaps = Overlaps::default();
    let (mut at, end) = (dir.start, dir.start + dir.size);
    let (mut seen, mut buf) = (0u64, Vec::new());
    let result = 'slices: loop {
        if at >= end || budget.exhausted.get() {
            break Ok(());
        }
        // A slice, then whole entries from it; an entry cut by the slice's end starts
        // the next one.
        let want = ((end - at) as usize).min(SLICE + 46 + 3 * 0xffff);
        buf.resize(want, 0);
        if let Err(e) = read_exact_at(r, at, &mut buf) {
            break Err(format!("central directory: {e}"));
        }
        let mut i = 0;
        while i < buf.len().min(SLICE) || i == 0 {
            let (entry, used) = match central_entry(&buf[i..]) {
                Ok(Some(x)) => x,
                Ok(None) if i == 0 => break 'slices Err("central directory cut short".into()),
                Ok(None) => break,
                Err(e) => break 'slices Err(format!("entry {}: {e}", seen + 1)),
            };
            i += used;
            seen += 1;
            if seen > max_entries {
                budget.problem(
                    ProblemKind::ArchiveLimit,
                    display,
                    format!(
                        "more than {max_entries} entries in its central directory (it says \
                         {}): the rest is not read (--archive-max-members)",
                        dir.entries
                    ),
                );
                budget.exhausted.set(true);
                break 'slices Ok(());
            }
            if budget.exhausted.get() {
                break 'slices Ok(());
            }
            read_entry(r, (len, dir.shift), &entry, cx, taken, &mut overlaps);
        }
        at += i as u64;
    };
    overlaps.report(display, budget);
    result
}

/// Reads one member the central directory lists; `(len, shift)`: the archive's
/// length and what its offsets are shifted by.
fn read_entry(
    r: &mut dyn ReadSeek,
    (len, shift): (u64, u64),
    entry: &Entry,
    cx: &mut Cx,
    taken: &mut Taken,
    overlaps: &mut Overlaps,
) {
    let (display, budget) = (cx.display, cx.budget);
    if entry.is_dir() || (entry.compressed == 0 && entry.size == 0) {
        return;
    }
    let path = format!("{display}!{}", entry.name);
    let local = entry.local.saturating_add(shift);
    let mut header = [0u8; 30];
    if let Err(e) = read_exact_at(r, local, &mut header) {
        budget.problem(
            ProblemKind::ArchiveCorrupt,
            &path,
            format!("local header: {e}"),
        );
        return;
    }
    if &header[..4] != LOCAL {
        budget.problem(
            ProblemKind::ArchiveCorrupt,
            &path,
            "no local header where the central directory points: not read".into(),
        );
        return;
    }
    let data = local + 30 + u64::from(u16_at(&header, 26)) + u64::from(u16_at(&header, 28));
    let data_end = data.saturating_add(entry.compressed);
    if data_end > len {
        budget.problem(
            ProblemKind::ArchiveCorrupt,
            &path,
            "member runs past the end of the archive: not read".into(),
        );
        return;
    }
    if !taken.take(local, data_end) {
        overlaps.add(&entry.name);
        return;
    }
    if !readable(entry, &path, budget) {
        return;
    }
    if let Err(e) = r.seek(SeekFrom::Start(data)) {
        budget.read_error(&path, &e);
        return;
    }
    let raw = (&mut *r).take(entry.compressed);
    read_member(raw, entry, &path, cx.depth, budget, cx.scan);
}

/// Whether a member can be read: not encrypted, stored or deflated. Names it if not.
fn readable(entry: &Entry, path: &str, budget: &Budget) -> bool {
    let why = if entry.encrypted() {
        "encrypted".to_string()
    } else if !matches!(entry.method, 0 | 8) {
        format!(
            "compressed with method {} (only stored and deflate are read)",
            entry.method
        )
    } else {
        return true;
    };
    budget.problem(
        ProblemKind::ArchiveCorrupt,
        path,
        format!("{why}: not read"),
    );
    false
}

/// Inflates (or takes as it is) a member's compressed bytes and hands them on.
fn read_member<R: Read>(
    raw: R,
    entry: &Entry,
    path: &str,
    depth: usize,
    budget: &Budget,
    scan: &mut ScanMember,
) {
    let name = entry.name.rsplit('/').next().unwrap_or(&entry.name);
    let compressed = entry.compressed;
    if entry.method == 8 {
        let mut guard = Guard::new(
            flate2::read::DeflateDecoder::new(raw),
            budget,
            move |_: &_| compressed,
        );
        member(&mut guard, path, name, depth, budget, scan);
    } else {
        let mut guard = Guard::new(raw, budget, move |_: &_| compressed.max(1));
        member(&mut guard, path, name, depth, budget, scan);
    }
}

/// What reading by local headers got to.
struct LocalRead {
    members: u64,
    /// Why it stopped before the central directory, if it did.
    stopped: Option<String>,
}

/// Expands a zip that arrives as a stream, by its local headers, front to back; it is
/// never held in memory.
pub fn expand_stream(
    data: &mut dyn Read,
    display: &str,
    depth: usize,
    budget: &Budget,
    scan: &mut ScanMember,
) -> bool {
    let read = by_local_headers(
        &mut Stream::new(data),
        display,
        depth,
        budget,
        scan,
        &Taken::default(),
    );
    if let Some(why) = read.stopped {
        budget.problem(
            ProblemKind::ArchiveCorrupt,
            display,
            format!("{why}: {} before it read", members(read.members, "")),
        );
    }
    true
}

/// A buffered reader that counts the bytes taken (for the offset of each local
/// header) and can look a few bytes ahead across its buffer's end.
pub(crate) struct Stream<R> {
    inner: R,
    buf: Vec<u8>,
    pos: usize,
    end: usize,
    /// Bytes taken so far.
    at: u64,
}

/// The stream's buffer.
const BUFFER: usize = 64 << 10;

impl<R: Read> Stream<R> {
    pub(crate) fn new(inner: R) -> Stream<R> {
        Stream {
            inner,
            buf: vec![0; BUFFER],
            pos: 0,
            end: 0,
            at: 0,
        }
    }

    /// At least `n` bytes ahead (fewer only at the end of the stream), `n` at most
    /// the buffer's size.
    fn ahead(&mut self, n: usize) -> io::Result<&[u8]> {
        if self.end - self.pos < n {
            self.buf.copy_within(self.pos..self.end, 0);
            self.end -= self.pos;
            self.pos = 0;
            while self.end < n {
                match self.inner.read(&mut self.buf[self.end..]) {
                    Ok(0) => break,
                    Ok(k) => self.end += k,
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                    Err(e) => return Err(e),
                }
            }
        }
        Ok(&self.buf[self.pos..self.end])
    }
}

impl<R: Read> Read for Stream<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let b = self.fill_buf()?;
        let n = b.len().min(out.len());
        out[..n].copy_from_slice(&b[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl<R: Read> BufRead for Stream<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.pos == self.end {
            self.ahead(1)?;
        }
        Ok(&self.buf[self.pos..self.end])
    }
    fn consume(&mut self, n: usize) {
        let n = n.min(self.end - self.pos);
        self.pos += n;
        self.at += n as u64;
    }
}

/// Reads members by their local headers until the central directory, the end of the
/// stream or something that is no local header. Members whose header sits in `skip`
/// were read already.
fn by_local_headers<R: Read>(
    r: &mut Stream<R>,
    display: &str,
    depth: usize,
    budget: &Budget,
    scan: &mut ScanMember,
    skip: &Taken,
) -> LocalRead {
    let mut out = LocalRead {
        members: 0,
        stopped: None,
    };
    let mut entries = 0u64;
    let max_entries = (budget.limits.max_members as u64).saturating_mul(ENTRIES_PER_MEMBER);
    loop {
        if budget.exhausted.get() {
            return out;
        }
        let at = r.at;
        let mut sig = [0u8; 4];
        match read_full(r, &mut sig) {
            Ok(0) => return out,
            Ok(4) => {}
            Ok(_) => {
                out.stopped = Some(format!("cut short at byte {at}"));
                return out;
            }
            Err(e) => {
                out.stopped = Some(format!("read failed at byte {at}: {e}"));
                return out;
            }
        }
        if &sig == CENTRAL || &sig == END || &sig == END64 {
            return out;
        }
        if at == 0 && &sig == b"Cr24" {
            if let Err(e) = skip_crx(r) {
                out.stopped = Some(format!("CRX header: {e}"));
                return out;
            }
            continue;
        }
        if &sig != LOCAL {
            out.stopped = Some(format!(
                "no local header at byte {at}: the rest is not read"
            ));
            return out;
        }
        entries += 1;
        if entries > max_entries {
            budget.problem(
                ProblemKind::ArchiveLimit,
                display,
                format!(
                    "more than {max_entries} entries: the rest is not read (--archive-max-members)"
                ),
            );
            budget.exhausted.set(true);
            return out;
        }
        match local_member(r, at, display, depth, budget, scan, skip) {
            Ok(true) => out.members += 1,
            Ok(false) => {}
            Err(why) => {
                out.stopped = Some(format!("member at byte {at}: {why}; the rest is not read"));
                return out;
            }
        }
    }
}

/// Reads until `buf` is full or the stream ends; returns how much it read.
fn read_full(r: &mut dyn Read, buf: &mut [u8]) -> io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match r.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(n)
}

/// Skips a CRX header (after its magic): version, then one or two lengths.
fn skip_crx<R: Read>(r: &mut R) -> io::Result<()> {
    let mut h = [0u8; 8];
    r.read_exact(&mut h)?;
    let version = u32_at(&h, 0);
    let skip = if version == 2 {
        let mut k = [0u8; 4];
        r.read_exact(&mut k)?;
        u64::from(u32_at(&h, 4)) + u64::from(u32_at(&k, 0))
    } else {
        u64::from(u32_at(&h, 4))
    };
    let copied = io::copy(&mut r.take(skip), &mut io::sink())?;
    if copied < skip {
        return Err(io::ErrorKind::UnexpectedEof.into());
    }
    Ok(())
}

/// Reads the member whose local header starts at `at` (its signature read already).
/// `Ok(true)`: scanned; `Ok(false)`: named and passed over; `Err`: the stream cannot
/// be followed past it.
fn local_member<R: Read>(
    r: &mut Stream<R>,
    at: u64,
    display: &str,
    depth: usize,
    budget: &Budget,
    scan: &mut ScanMember,
    skip: &Taken,
) -> Result<bool, String> {
    let mut h = [0u8; 26];
    r.read_exact(&mut h)
        .map_err(|e| format!("local header: {e}"))?;
    let (n, m) = (usize::from(u16_at(&h, 22)), usize::from(u16_at(&h, 24)));
    let mut name_extra = vec![0u8; n + m];
    r.read_exact(&mut name_extra)
        .map_err(|e| format!("local header: {e}"))?;
    let mut e = Entry {
        name: String::from_utf8_lossy(&name_extra[..n]).into_owned(),
        flags: u16_at(&h, 2),
        method: u16_at(&h, 4),
        compressed: u64::from(u32_at(&h, 14)),
        size: u64::from(u32_at(&h, 18)),
        local: at,
    };
    zip64_extra(&name_extra[n..], &mut e.size, &mut e.compressed, None);
    let path = format!("{display}!{}", e.name);
    let described_after = e.flags & 8 != 0;
    let already = skip.holds(at);
    if !described_after || e.compressed > 0 {
        // The size is known: read it, or pass over it.
        let scanned = !already && !e.is_dir() && e.compressed > 0 && readable(&e, &path, budget);
        let mut raw = (&mut *r).take(e.compressed);
        if scanned {
            read_member(&mut raw, &e, &path, depth, budget, scan);
        }
        let rest = io::copy(&mut raw, &mut io::sink()).map_err(|e| e.to_string())?;
        if raw.limit() > 0 {
            return Err(format!("cut short ({rest} bytes of its data left)"));
        }
        if described_after {
            descriptor(r)?;
        }
        return Ok(scanned);
    }
    // The size comes after the data: a deflate stream ends by itself; a stored member
    // ends where a descriptor gives the size read so far.
    if e.encrypted() || !matches!(e.method, 0 | 8) {
        readable(&e, &path, budget);
        return Err("its size is given only after its data, which cannot be read".into());
    }
    let scanned = !already && !e.is_dir();
    if e.method == 8 {
        let mut inflate = flate2::bufread::DeflateDecoder::new(&mut *r);
        if scanned {
            let mut guard = Guard::new(
                &mut inflate,
                budget,
                |d: &&mut flate2::bufread::DeflateDecoder<&mut Stream<R>>| d.total_in(),
            );
            let name = e.name.rsplit('/').next().unwrap_or(&e.name).to_string();
            member(&mut guard, &path, &name, depth, budget, scan);
        }
        io::copy(&mut inflate, &mut io::sink()).map_err(|e| format!("deflate: {e}"))?;
    } else {
        let mut stored = StoredUntilDescriptor {
            inner: &mut *r,
            read: 0,
            done: false,
        };
        if scanned {
            let mut guard = Guard::new(&mut stored, budget, |s: &&mut StoredUntilDescriptor<R>| {
                s.read.max(1)
            });
            let name = e.name.rsplit('/').next().unwrap_or(&e.name).to_string();
            member(&mut guard, &path, &name, depth, budget, scan);
        }
        io::copy(&mut stored, &mut io::sink()).map_err(|e| e.to_string())?;
    }
    descriptor(r)?;
    Ok(scanned)
}

/// Skips a data descriptor: an optional signature, the CRC, and two sizes of 4 bytes
/// each, or 8 in a zip64 archive (told by where the next signature is).
fn descriptor<R: Read>(r: &mut Stream<R>) -> Result<(), String> {
    let b = r.ahead(28).map_err(|e| e.to_string())?;
    let sig = if b.starts_with(DESCRIPTOR) { 4 } else { 0 };
    let short = sig + 12;
    let len = if !is_signature(b.get(short..).unwrap_or(&[]))
        && is_signature(b.get(short + 8..).unwrap_or(&[]))
    {
        short + 8
    } else {
        short
    };
    if b.len() < len {
        return Err("cut short in a data descriptor".into());
    }
    r.consume(len);
    Ok(())
}

fn is_signature(b: &[u8]) -> bool {
    b.len() >= 4 && (&b[..4] == LOCAL || &b[..4] == CENTRAL || &b[..4] == END)
}

/// A stored member whose size comes after it: its bytes up to the data descriptor
/// (signature, CRC, then a compressed size equal to the bytes read so far), which is
/// left unread.
struct StoredUntilDescriptor<'a, R> {
    inner: &'a mut Stream<R>,
    read: u64,
    done: bool,
}

impl<R: Read> Read for StoredUntilDescriptor<'_, R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        if self.done || out.is_empty() {
            return Ok(0);
        }
        let read = self.read;
        // A descriptor needs 12 bytes to be told: look that far past a `P`.
        let b = self.inner.ahead(4096.min(BUFFER))?;
        if b.is_empty() {
            return Err(io::ErrorKind::UnexpectedEof.into());
        }
        let is_end = |i: usize| {
            b.len() >= i + 12
                && &b[i..i + 4] == DESCRIPTOR
                && u64::from(u32_at(b, i + 8)) == (read + i as u64) & 0xffff_ffff
        };
        let limit = b.len().min(out.len());
        let mut i = 0;
        while i < limit {
            match memchr::memchr(b'P', &b[i..limit]) {
                None => i = limit,
                Some(k) if b.len() < i + k + 12 && b.len() >= 12 => {
                    // Too close to what is buffered to be told: next time.
                    i += k;
                    break;
                }
                Some(k) if is_end(i + k) => {
                    i += k;
                    self.done = i == 0;
                    break;
                }
                Some(k) => i += k + 1,
            }
        }
        if i == 0 && !self.done {
            // Only at the very end of the stream: a `P` that cannot be a descriptor.
            i = 1.min(limit);
        }
        out[..i].copy_from_slice(&b[..i]);
        self.inner.consume(i);
        self.read += i as u64;
        Ok(i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn taken_ranges_tell_overlaps() {
        let mut t = Taken::default();
        assert!(t.take(0, 10));
        assert!(t.take(10, 20));
        assert!(!t.take(5, 6));
        assert!(!t.take(19, 30));
        assert!(!t.take(0, 1));
        assert!(t.take(30, 31));
        assert!(t.holds(0) && t.holds(19) && !t.holds(20) && t.holds(30));
    }
}
