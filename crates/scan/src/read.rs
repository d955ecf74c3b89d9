//! Scanning a stream of bytes in bounded memory.
//!
//! A file is read in chunks of [`CHUNK`] bytes. Consecutive chunks overlap by the
//! longest possible match plus a little context, and each match is reported by the
//! chunk in which it starts, so nothing is missed at a chunk edge and nothing is
//! reported twice, whatever the file's size or the length of its lines.

use std::io::{self, Read};

use keyfence_matcher::{Match, Matcher, RuleMatcher};
use keyfence_rules::MAX_MATCH_LEN;

use crate::analysis::{self, Place};
use crate::Finding;

/// How many bytes are read at once.
pub const CHUNK: usize = 4 << 20;
/// Bytes before a match that boundary checks may look at (`\u0022` is 6).
const LEFT_CONTEXT: usize = 16;
/// Bytes kept from one chunk into the next: a match that starts before the kept tail
/// ends (with the byte after it) before the chunk's end.
pub const OVERLAP: usize = MAX_MATCH_LEN + 1;

/// Reusable per-thread state: the read buffer and the match list.
#[derive(Default)]
pub struct Scratch {
    buf: Vec<u8>,
    matches: Vec<Match>,
}

impl Scratch {
    pub fn new() -> Scratch {
        Scratch::default()
    }
}

/// Scans readers with one matcher.
pub struct FileScanner<'m> {
    matcher: &'m RuleMatcher,
    chunk: usize,
}

/// Counts lines lazily: only as far as a match or the end of a dropped chunk needs.
struct Lines {
    /// Absolute offset counted up to.
    offset: u64,
    /// 1-based line number at `offset`.
    line: u64,
    /// Absolute offset where that line starts.
    line_start: u64,
}

impl Lines {
    /// Advances to absolute offset `to`; `buf` starts at absolute offset `base`.
    fn advance(&mut self, buf: &[u8], base: u64, to: u64) {
        if to <= self.offset {
            return;
        }
        let slice = &buf[(self.offset - base) as usize..(to - base) as usize];
        if let Some(last) = memchr::memrchr(b'\n', slice) {
            self.line += memchr::memchr_iter(b'\n', slice).count() as u64;
            self.line_start = self.offset + last as u64 + 1;
        }
        self.offset = to;
    }
}

impl<'m> FileScanner<'m> {
    pub fn new(matcher: &'m RuleMatcher) -> FileScanner<'m> {
        FileScanner {
            matcher,
            chunk: CHUNK,
        }
    }

    /// Uses chunks of `chunk` bytes (at least twice the overlap). Tests use small
    /// chunks to put matches on chunk edges.
    pub fn with_chunk_size(matcher: &'m RuleMatcher, chunk: usize) -> FileScanner<'m> {
        FileScanner {
            matcher,
            chunk: chunk.max(2 * (OVERLAP + LEFT_CONTEXT)),
        }
    }

    /// Bytes read at once.
    pub fn chunk_size(&self) -> usize {
        self.chunk
    }

    pub fn matcher(&self) -> &'m RuleMatcher {
        self.matcher
    }

    /// Reads `reader` to its end and calls `emit` with each finding, in order. `path`
    /// gives the finding's path; it is asked only when there is a finding, so that a
    /// clean file costs no path string. Returns the number of bytes read.
    pub fn scan_reader<R: Read>(
        &self,
        mut reader: R,
        path: &dyn Fn() -> Option<String>,
        scratch: &mut Scratch,
        emit: &mut dyn FnMut(Finding),
    ) -> io::Result<u64> {
        let Scratch { buf, matches } = scratch;
        buf.clear();
        let mut base: u64 = 0;
        let mut report_from: u64 = 0;
        let mut lines = Lines {
            offset: 0,
            line: 1,
            line_start: 0,
        };
        loop {
            let eof = fill(&mut reader, buf, self.chunk)?;
            let end = base + buf.len() as u64;
            let report_to = if eof { end } else { end - OVERLAP as u64 };
            matches.clear();
            self.matcher.find_in(
                buf,
                (report_from - base) as usize..(report_to - base) as usize,
                matches,
            );
            matches.sort_unstable();
            for m in matches.iter() {
                let at = base + m.secret_start as u64;
                lines.advance(buf, base, at);
                let place = Place {
                    path,
                    line: lines.line,
                    line_start: lines.line_start,
                    base,
                };
                emit(analysis::finding(self.matcher, m, buf, &place));
            }
            if eof {
                return Ok(end);
            }
            // Keep the overlap and a little left context; drop the rest.
            let keep_from = (report_to - LEFT_CONTEXT as u64).max(base);
            lines.advance(buf, base, keep_from);
            let drop = (keep_from - base) as usize;
            buf.copy_within(drop.., 0);
            buf.truncate(buf.len() - drop);
            base = keep_from;
            report_from = report_to;
        }
    }
}

/// Reads until `buf` holds `chunk` bytes or the reader ends. Returns true at the end.
fn fill<R: Read>(reader: &mut R, buf: &mut Vec<u8>, chunk: usize) -> io::Result<bool> {
    while buf.len() < chunk {
        let want = (chunk - buf.len()) as u64;
        let before = buf.len();
        match reader.by_ref().take(want).read_to_end(buf) {
            Ok(0) => return Ok(true),
            Ok(_) => {
                // `take` stops at `want`; anything short of it means the reader ended.
                if ((buf.len() - before) as u64) < want {
                    return Ok(true);
                }
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        }
    }
    Ok(false)
}
