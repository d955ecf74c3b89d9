//! Archives and packages: the zip family (`.zip`, `.jar`, `.war`, `.apk`, `.aab`,
//! `.ipa`, `.xpi`, `.crx`), tar, gzip, and archives inside archives, found by their
//! magic bytes (or, for old tar files, their name).
//!
//! Hostile input stays harmless: nesting depth, decompressed bytes per archive, the
//! compression ratio of each member and the number of members are limited; what goes
//! past a limit, or cannot be read (a truncated or corrupt archive), is reported and
//! the scan goes on. Memory stays bounded: members are streamed into the chunked
//! scanner, and no archive is held in memory, not even one inside another (a zip on
//! a stream is read by its local headers, see [`crate::zip`]).

use std::cell::{Cell, RefCell};
use std::io::{self, Cursor, Read};

use keyfence_model::{Problem, ProblemKind};

use crate::blob::Input;

/// Limits on what an archive may make keyfence read.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Archives inside archives, this deep (the outer archive is depth 1).
    pub depth: usize,
    /// Decompressed bytes read from one top-level archive, members of nested archives
    /// included.
    pub max_bytes: u64,
    /// A member that inflates more than this many times its compressed size (past the
    /// first MiB) is a bomb.
    pub max_ratio: u64,
    /// Members read from one archive (and sixteen times as many entries of a zip's
    /// central directory, directories and empty files included).
    pub max_members: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            depth: 4,
            max_bytes: 4 << 30,
            max_ratio: 200,
            max_members: 100_000,
        }
    }
}

/// The kinds of archive keyfence opens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Zip,
    Tar,
    Gzip,
}

/// How many leading bytes [`sniff`] wants.
pub const SNIFF_LEN: usize = 512;

/// The archive kind of data that starts with `head`, from its magic bytes, or for a
/// tar file without the `ustar` magic, from its name.
pub fn sniff(head: &[u8], name: &str) -> Option<Kind> {
    if head.starts_with(b"PK\x03\x04")
        || head.starts_with(b"PK\x05\x06")
        || head.starts_with(b"Cr24")
    {
        return Some(Kind::Zip);
    }
    if head.starts_with(&[0x1f, 0x8b]) {
        return Some(Kind::Gzip);
    }
    if head.get(257..262) == Some(b"ustar") {
        return Some(Kind::Tar);
    }
    let tar_name = name.len() >= 4
        && name.is_char_boundary(name.len() - 4)
        && name[name.len() - 4..].eq_ignore_ascii_case(".tar");
    if tar_name && head.len() >= 512 {
        return Some(Kind::Tar);
    }
    None
}

/// What the expansion of one top-level archive has used up, and what went wrong.
pub struct Budget {
    pub limits: Limits,
    bytes: Cell<u64>,
    members: Cell<u64>,
    /// A limit that covers the whole archive was reached: stop.
    pub(crate) exhausted: Cell<bool>,
    /// A limit that stopped the member being read (its reader then ends, so that what
    /// was read before is scanned), named where the member is done.
    tripped: RefCell<Option<(ProblemKind, String)>>,
    problems: RefCell<Vec<Problem>>,
}

impl Budget {
    pub fn new(limits: Limits) -> Budget {
        Budget {
            limits,
            bytes: Cell::new(0),
            members: Cell::new(0),
            exhausted: Cell::new(false),
            tripped: RefCell::new(None),
            problems: RefCell::new(Vec::new()),
        }
    }

    /// Names at `path` the limit that stopped a member, if one did.
    fn settle(&self, path: &str) {
        if let Some((kind, message)) = self.tripped.borrow_mut().take() {
            self.problem(kind, path, message);
        }
    }

    /// Notes a problem. Archive problems are warnings (see the problem table): the
    /// archive's own bytes were read, and what a limit or a broken structure kept from
    /// being scanned is named. (Repositories keep bombs and broken archives as test
    /// fixtures; failing every scan of them would only push users to turn archives
    /// off.)
    pub(crate) fn problem(&self, kind: ProblemKind, path: &str, message: String) {
        self.problems
            .borrow_mut()
            .push(Problem::new(kind, path, message));
    }

    /// Notes an error met while reading a member: a broken archive (limits end a
    /// member instead, see [`Guard`]).
    pub(crate) fn read_error(&self, path: &str, e: &io::Error) {
        self.problem(
            ProblemKind::ArchiveCorrupt,
            path,
            format!("cannot read: {e}"),
        );
    }

    /// What went wrong, in order.
    pub fn into_problems(self) -> Vec<Problem> {
        self.problems.into_inner()
    }

    /// Members scanned (archives inside included).
    pub fn members(&self) -> u64 {
        self.members.get()
    }
}

/// Reads a member, counting its bytes against the archive's budget and its ratio to
/// the compressed size (`compressed` returns that size as known so far). A limit ends
/// the member as if it were over: what was read is scanned, and the limit is named.
pub(crate) struct Guard<'b, R, C: Fn(&R) -> u64> {
    inner: R,
    budget: &'b Budget,
    compressed: C,
    read: u64,
    done: bool,
}

impl<'b, R: Read, C: Fn(&R) -> u64> Guard<'b, R, C> {
    pub(crate) fn new(inner: R, budget: &'b Budget, compressed: C) -> Self {
        Guard {
            inner,
            budget,
            compressed,
            read: 0,
            done: false,
        }
    }

    fn stop(&mut self, kind: ProblemKind, message: String) {
        self.done = true;
        let mut tripped = self.budget.tripped.borrow_mut();
        if tripped.is_none() {
            *tripped = Some((kind, message));
        }
    }
}

impl<R: Read, C: Fn(&R) -> u64> Read for Guard<'_, R, C> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.done {
            return Ok(0);
        }
        let room = self
            .budget
            .limits
            .max_bytes
            .saturating_sub(self.budget.bytes.get());
        if room == 0 {
            self.budget.exhausted.set(true);
            let max = self.budget.limits.max_bytes;
            self.stop(
                ProblemKind::ArchiveLimit,
                format!(
                    "more than {max} decompressed bytes in one archive: the rest is not \
                     scanned (--archive-max-bytes)"
                ),
            );
            return Ok(0);
        }
        let want = buf.len().min(usize::try_from(room).unwrap_or(usize::MAX));
        let n = self.inner.read(&mut buf[..want])?;
        self.read += n as u64;
        self.budget.bytes.set(self.budget.bytes.get() + n as u64);
        let compressed = (self.compressed)(&self.inner).max(1);
        if self.read > 1 << 20
            && self.read > compressed.saturating_mul(self.budget.limits.max_ratio)
        {
            // These bytes are scanned; nothing after them is read.
            let ratio = self.budget.limits.max_ratio;
            self.stop(
                ProblemKind::ArchiveBomb,
                format!(
                    "inflates more than {ratio} times its compressed size, like a zip bomb: \
                     its first {} bytes were scanned, the rest not (--archive-max-ratio)",
                    self.read
                ),
            );
        }
        Ok(n)
    }
}

/// Scans one member: `path` is its display path (`outer.zip!dir/file`).
pub type ScanMember<'s> = dyn FnMut(&str, &mut dyn Read) -> io::Result<u64> + 's;

/// Expands the archive in `data`, calling `scan` for every member that is not itself an
/// archive (those are opened in turn, to `budget.limits.depth`). `display` is the
/// archive's own display path. Problems go to the budget; the return value is false
/// when the archive could not be opened at all (the caller then scans its raw bytes).
/// A seekable zip is read by its central directory, one on a stream by its local
/// headers ([`crate::zip`]).
pub fn expand(
    data: Input,
    kind: Kind,
    display: &str,
    budget: &Budget,
    scan: &mut ScanMember,
) -> bool {
    match (kind, data) {
        (Kind::Zip, Input::Seekable(r)) => crate::zip::expand_seekable(r, display, 1, budget, scan),
        (Kind::Zip, Input::Stream(r)) => crate::zip::expand_stream(r, display, 1, budget, scan),
        (Kind::Tar, Input::Seekable(r)) => stream_tar(r, display, 1, budget, scan),
        (Kind::Tar, Input::Stream(r)) => stream_tar(r, display, 1, budget, scan),
        (Kind::Gzip, Input::Seekable(r)) => stream_gzip(r, display, 1, budget, scan),
        (Kind::Gzip, Input::Stream(r)) => stream_gzip(r, display, 1, budget, scan),
    }
}

/// A member's bytes: scanned, or opened when it is an archive and depth allows.
pub(crate) fn member(
    reader: &mut dyn Read,
    path: &str,
    name: &str,
    depth: usize,
    budget: &Budget,
    scan: &mut ScanMember,
) {
    let members = budget.members.get() + 1;
    budget.members.set(members);
    if members > budget.limits.max_members as u64 {
        if !budget.exhausted.get() {
            budget.problem(
                ProblemKind::ArchiveLimit,
                path,
                format!(
                    "more than {} members: the rest is not scanned (--archive-max-members)",
                    budget.limits.max_members
                ),
            );
        }
        budget.exhausted.set(true);
        return;
    }
    // Peek at the head to tell a nested archive.
    let mut head = Vec::with_capacity(SNIFF_LEN);
    if let Err(e) = reader.take(SNIFF_LEN as u64).read_to_end(&mut head) {
        budget.read_error(path, &e);
        return;
    }
    let nested = sniff(&head, name);
    let mut rest = Cursor::new(head).chain(reader);
    match nested {
        Some(kind) if depth < budget.limits.depth => match kind {
            Kind::Zip => {
                crate::zip::expand_stream(&mut rest, path, depth + 1, budget, scan);
            }
            Kind::Tar => {
                stream_tar(&mut rest, path, depth + 1, budget, scan);
            }
            Kind::Gzip => {
                stream_gzip(&mut rest, path, depth + 1, budget, scan);
            }
        },
        other => {
            if other.is_some() {
                budget.problem(
                    ProblemKind::ArchiveLimit,
                    path,
                    format!(
                        "archive nested deeper than {} levels: scanned as it is \
                         (--archive-depth)",
                        budget.limits.depth
                    ),
                );
            }
            if let Err(e) = scan(path, &mut rest) {
                budget.read_error(path, &e);
            }
        }
    }
    budget.settle(path);
}

fn stream_tar(
    data: &mut dyn Read,
    display: &str,
    depth: usize,
    budget: &Budget,
    scan: &mut ScanMember,
) -> bool {
    let mut tar = tar::Archive::new(data);
    let entries = match tar.entries() {
        Ok(e) => e,
        Err(e) => {
            budget.problem(
                ProblemKind::ArchiveCorrupt,
                display,
                format!("cannot open as a tar archive: {e}"),
            );
            return false;
        }
    };
    let mut any = false;
    for entry in entries {
        if budget.exhausted.get() {
            break;
        }
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                budget.problem(
                    ProblemKind::ArchiveCorrupt,
                    display,
                    format!("truncated or corrupt tar archive ({e}): the rest is not scanned"),
                );
                break;
            }
        };
        any = true;
        if !entry.header().entry_type().is_file() {
            continue;
        }
        let name = entry
            .path()
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_else(|_| "?".into());
        let path = format!("{display}!{name}");
        // Tar does not compress: its members inflate nothing.
        let mut guard = Guard::new(entry, budget, |_: &_| u64::MAX / 1024);
        member(&mut guard, &path, &name, depth, budget, scan);
    }
    any
}

/// Counts the compressed bytes a decoder has taken.
struct Counting<R> {
    inner: R,
    count: u64,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count += n as u64;
        Ok(n)
    }
}

/// A gzip stream: its content is one member, named like the file less `.gz` (`.tgz`:
/// `.tar`), which may itself be a tar archive.
fn stream_gzip(
    data: &mut dyn Read,
    display: &str,
    depth: usize,
    budget: &Budget,
    scan: &mut ScanMember,
) -> bool {
    let own = display.rsplit(['/', '!']).next().unwrap_or(display);
    let inner_name = if let Some(stem) = own.strip_suffix(".tgz") {
        format!("{stem}.tar")
    } else {
        own.strip_suffix(".gz").unwrap_or(own).to_string()
    };
    let path = format!("{display}!{inner_name}");
    let gz = flate2::read::MultiGzDecoder::new(Counting {
        inner: data,
        count: 0,
    });
    let mut guard = Guard::new(
        gz,
        budget,
        |d: &flate2::read::MultiGzDecoder<Counting<&mut dyn Read>>| d.get_ref().count,
    );
    member(&mut guard, &path, &inner_name, depth, budget, scan);
    true
}
