//! Scanning a stream of bytes in bounded memory.
//!
//! A file is read in chunks of [`CHUNK`] bytes. Consecutive chunks overlap by the
//! longest possible match plus a little context, and each match is reported by the
//! chunk in which it starts, so nothing is missed at a chunk edge and nothing is
//! reported twice, whatever the file's size or the length of its lines.

use std::io::{self, Read};

use keyfence_exposure::flows::{NoProject, ProjectView};
use keyfence_matcher::hints::Hint;
use keyfence_matcher::{Match, Matcher, RuleMatcher};
use keyfence_model::Finding;
use keyfence_rules::MAX_MATCH_LEN;

use crate::analysis::{self, At};
use crate::decode;
use crate::flow::{self, FlowMode};

/// How many bytes are read at once.
pub const CHUNK: usize = 4 << 20;
/// Bytes before a match that boundary checks may look at (`\u0022` is 6).
const LEFT_CONTEXT: usize = 16;
/// Bytes kept from one chunk into the next: a match that starts before the kept tail
/// ends (with the byte after it) before the chunk's end.
pub const OVERLAP: usize = MAX_MATCH_LEN + 1;

/// What a finding needs to know of the stream it is in, asked only when there is one.
pub struct Origin<'a> {
    /// The file's name (its path's last part), when the source knows it without
    /// building the path: what kind of file it is, for flows; empty when unknown.
    pub name: &'a str,
    /// The finding's path.
    pub path: &'a dyn Fn() -> Option<String>,
    /// What the project model says of a place in the stream (its byte offset and its
    /// line in, the verdict out) and what its build inlines.
    pub project: &'a dyn ProjectView,
    /// What is done with flows.
    pub flows: FlowMode,
}

/// No project: an archive member, a commit message, a blob judged later.
pub static NO_PROJECT: NoProject = NoProject;

/// Reusable per-thread state: the read buffer, the match list, the decoders' marks and
/// the stream's first bytes once the buffer has moved past them.
#[derive(Default)]
pub struct Scratch {
    buf: Buffer,
    matches: Vec<Match>,
    hints: Vec<Hint>,
    /// Where the flows' words are, in the chunk.
    anchors: Vec<Hint>,
    head: Vec<u8>,
}

impl Scratch {
    pub fn new() -> Scratch {
        Scratch::default()
    }

    /// Reads the start of `reader` (up to `scanner`'s chunk) into the buffer, for a
    /// look at it before [`FileScanner::scan_started`] scans on from there.
    pub fn start<R: Read + ?Sized>(
        &mut self,
        reader: &mut R,
        scanner: &FileScanner,
    ) -> io::Result<()> {
        self.buf.clear();
        self.buf.eof = self.buf.fill(reader, scanner.chunk)?;
        self.buf.started = true;
        Ok(())
    }

    /// What [`Scratch::start`] read.
    pub fn head(&self) -> &[u8] {
        self.buf.bytes()
    }
}

/// A read buffer whose storage stays initialised, so that reading into it needs no
/// clearing: `store[..len]` holds the bytes, and `store` only grows.
#[derive(Default)]
struct Buffer {
    store: Vec<u8>,
    len: usize,
    /// Set by [`Scratch::start`]: the buffer holds the stream's first bytes.
    started: bool,
    /// With `started`: the stream ended within them.
    eof: bool,
}

/// The first read of a stream asks for this much (or the chunk, if smaller); the
/// storage doubles from there as a long stream needs.
const FIRST_READ: usize = 256 << 10;

impl Buffer {
    fn bytes(&self) -> &[u8] {
        &self.store[..self.len]
    }

    fn clear(&mut self) {
        self.len = 0;
        self.started = false;
    }

    /// Reads until the buffer holds `chunk` bytes or the reader ends, with reads as
    /// large as the room left. Returns true at the end.
    fn fill<R: Read + ?Sized>(&mut self, reader: &mut R, chunk: usize) -> io::Result<bool> {
        while self.len < chunk {
            if self.len == self.store.len() {
                let grown = (2 * self.store.len()).clamp(FIRST_READ.min(chunk), chunk);
                self.store.resize(grown, 0);
            }
            let room = self.store.len().min(chunk);
            match reader.read(&mut self.store[self.len..room]) {
                Ok(0) => return Ok(true),
                Ok(n) => self.len += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            }
        }
        Ok(false)
    }

    /// Drops the first `n` bytes.
    fn consume(&mut self, n: usize) {
        self.store.copy_within(n..self.len, 0);
        self.len -= n;
    }
}

/// Scans readers with one matcher.
pub struct FileScanner<'m> {
    matcher: &'m RuleMatcher,
    chunk: usize,
    /// Look through encodings (base64, escapes, UTF-16, split literals).
    decode: bool,
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
            decode: true,
        }
    }

    /// Turns the decoders (base64, escapes, percent encoding, UTF-16, split string
    /// literals) on or off.
    pub fn with_decoding(mut self, on: bool) -> FileScanner<'m> {
        self.decode = on;
        self
    }

    /// Uses chunks of `chunk` bytes (at least twice the overlap). Tests use small
    /// chunks to put matches on chunk edges.
    pub fn with_chunk_size(matcher: &'m RuleMatcher, chunk: usize) -> FileScanner<'m> {
        FileScanner {
            matcher,
            chunk: chunk.max(2 * (OVERLAP + decode::REACH)),
            decode: true,
        }
    }

    /// Bytes read at once.
    pub fn chunk_size(&self) -> usize {
        self.chunk
    }

    pub fn matcher(&self) -> &'m RuleMatcher {
        self.matcher
    }

    /// Reads `reader` to its end and calls `emit` with each finding, in order. `origin`
    /// gives the finding's path and app; it is asked only when there is a finding, so
    /// that a clean file costs no path string. Returns the number of bytes read.
    pub fn scan_reader<R: Read>(
        &self,
        reader: R,
        origin: &Origin,
        scratch: &mut Scratch,
        emit: &mut dyn FnMut(Finding),
    ) -> io::Result<u64> {
        scratch.buf.clear();
        self.scan_started(reader, origin, scratch, emit)
    }

    /// The same for a reader whose first bytes [`Scratch::start`] has read already (if
    /// it has not, this is [`FileScanner::scan_reader`]).
    pub fn scan_started<R: Read>(
        &self,
        mut reader: R,
        origin: &Origin,
        scratch: &mut Scratch,
        emit: &mut dyn FnMut(Finding),
    ) -> io::Result<u64> {
        if !scratch.buf.started {
            scratch.buf.clear();
        }
        let Scratch {
            buf: buffer,
            matches,
            hints,
            anchors,
            head: first_bytes,
        } = scratch;
        let mut base: u64 = 0;
        let mut report_from: u64 = 0;
        let mut lines = Lines {
            offset: 0,
            line: 1,
            line_start: 0,
        };
        let mut flows = flow::Stream::new(self.matcher, origin.flows);
        let mut flows_found = Vec::new();
        let mut pending: Vec<Finding> = Vec::new();
        loop {
            let eof = if std::mem::take(&mut buffer.started) {
                buffer.eof || buffer.fill(&mut reader, self.chunk)?
            } else {
                buffer.fill(&mut reader, self.chunk)?
            };
            let buf = buffer.bytes();
            let end = base + buf.len() as u64;
            let report_to = if eof { end } else { end - OVERLAP as u64 };
            matches.clear();
            let range = (report_from - base) as usize..(report_to - base) as usize;
            let flow_range = range.clone();
            let wants_flows = flows.as_mut().is_some_and(|s| s.wants(origin));
            anchors.clear();
            if self.decode {
                // The decoders' marks come from the same pass over the bytes, from as
                // far before this chunk's range to as far after it as a mark may be
                // from encoded text that starts in it. Those before the range are in
                // the context kept from the last chunk.
                hints.clear();
                let hint_start = range.start.saturating_sub(decode::REACH);
                keyfence_matcher::hints::find(buf, hint_start..range.start, hints);
                let hint_end = (range.end + decode::REACH).min(buf.len());
                self.matcher
                    .find_with_hints(buf, range, hint_end, matches, hints);
            } else {
                self.matcher.find_in(buf, range, matches);
            }
            // Where the flows' words are, in a pass of their own over files of a kind
            // that may hold flows: two byte permutes per 64 bytes.
            if wants_flows {
                self.matcher
                    .find_anchors(buf, flow_range.clone(), &mut *anchors);
            }
            matches.sort_unstable();
            // What the decoders see through, at the original place of the encoded text.
            let decoded = if self.decode && !hints.is_empty() {
                self.decoded_matches(buf, base, report_from, report_to, hints)
            } else {
                Vec::new()
            };
            // The stream's first bytes (its directive) for the exposure analysis.
            let head: &[u8] = if base == 0 {
                &buf[..buf.len().min(keyfence_exposure::HEAD)]
            } else {
                first_bytes
            };
            flows_found.clear();
            if let Some(s) = flows
                .as_mut()
                .filter(|s| !anchors.is_empty() || s.is_config())
            {
                s.chunk(
                    buf,
                    base,
                    flow_range,
                    anchors,
                    origin,
                    head,
                    &mut flows_found,
                );
            }
            let zai_base = flows.as_ref().is_some_and(|s| s.zai_base);
            let chunk = ChunkAt {
                buf,
                base,
                head,
                origin,
            };
            self.emit_in_order(
                &chunk,
                &mut lines,
                (matches, &decoded, &mut flows_found),
                zai_base,
                &mut pending,
                emit,
            );
            if eof {
                // Compatible names (ANTHROPIC_AUTH_TOKEN) hold a Z.ai key only where the
                // stream, or an env file of its project, sets their base URL to a Z.ai
                // host.
                if flows.as_ref().is_some_and(|s| {
                    s.zai_base || (!pending.is_empty() && s.env_sets_zai_base(origin))
                }) {
                    pending.drain(..).for_each(&mut *emit);
                }
                // What was found past the cap on places, counted (history keeps one
                // place a path, and needs no count).
                if let Some(s) = flows.as_mut().filter(|_| origin.flows == FlowMode::Judge) {
                    s.counted().into_iter().for_each(&mut *emit);
                }
                return Ok(end);
            }
            // Keep the overlap and a little left context; drop the rest.
            let context = if self.decode {
                decode::REACH
            } else {
                LEFT_CONTEXT
            };
            let keep_from = (report_to - context as u64).max(base);
            lines.advance(buf, base, keep_from);
            if base == 0 {
                first_bytes.clear();
                first_bytes.extend_from_slice(&buf[..buf.len().min(keyfence_exposure::HEAD)]);
            }
            buffer.consume((keep_from - base) as usize);
            base = keep_from;
            report_from = report_to;
        }
    }
}

/// A chunk being reported: its bytes, where they start, the stream's first bytes and
/// the stream's origin.
struct ChunkAt<'a, 'o> {
    buf: &'a [u8],
    base: u64,
    head: &'a [u8],
    origin: &'a Origin<'o>,
}

/// What a chunk found: matches, matches through decoders, flows.
type ChunkFinds<'a> = (&'a [Match], &'a [Decoded], &'a mut Vec<flow::Found>);

impl FileScanner<'_> {
    /// Emits what a chunk found in the order of its places, counting lines as it goes.
    /// A flow of a compatible name waits in `pending` until the stream sets a Z.ai base
    /// URL (`zai_base`).
    fn emit_in_order(
        &self,
        c: &ChunkAt,
        lines: &mut Lines,
        (matches, decoded, flows): ChunkFinds,
        zai_base: bool,
        pending: &mut Vec<Finding>,
        emit: &mut dyn FnMut(Finding),
    ) {
        let (buf, base) = (c.buf, c.base);
        let mut raw = matches.iter().peekable();
        let mut dec = decoded.iter().peekable();
        let mut fl = flows.drain(..).peekable();
        loop {
            let r = raw.peek().map(|m| base + m.secret_start as u64);
            let d = dec.peek().map(|d| d.at);
            let f = fl.peek().map(|f| f.at);
            let Some(next) = [r, d, f].into_iter().flatten().min() else {
                break;
            };
            lines.advance(buf, base, next);
            if r == Some(next) {
                let m = raw.next().expect("peeked");
                let at = At {
                    origin: c.origin,
                    head: c.head,
                    line: lines.line,
                    line_start: lines.line_start,
                    base,
                };
                emit(analysis::finding(self.matcher, m, buf, &at));
            } else if d == Some(next) {
                let d = dec.next().expect("peeked");
                let at = At {
                    origin: c.origin,
                    head: c.head,
                    line: lines.line,
                    line_start: 0,
                    base: 0,
                };
                emit(d.finding(self.matcher, &at, lines.line_start));
            } else {
                let found = fl.next().expect("peeked");
                let mut f = found.finding;
                f.line = lines.line;
                f.column = found.at - lines.line_start + 1;
                // `end_column` holds the target's length until its line is known.
                f.end_column += f.column;
                if found.compatible && !zai_base {
                    pending.push(f);
                } else {
                    emit(f);
                }
            }
        }
    }
}

/// A match in a decoded view, and where its encoded text sits in the original. The
/// view itself is gone by then (views are made one at a time); what the finding needs
/// of it (the match and the text around it) is kept.
struct Decoded {
    /// The view's bytes around the match.
    around: Vec<u8>,
    /// The match, in `around`.
    m: Match,
    encoding: &'static str,
    /// Absolute offset of the encoded text's first byte.
    at: u64,
    /// Length of the encoded text.
    len: u64,
}

impl Decoded {
    /// The finding, at `at`'s line; `line_start` is where that line starts in the
    /// original (`at` itself places the match in the view).
    fn finding(&self, matcher: &RuleMatcher, at: &At, line_start: u64) -> Finding {
        let mut f = analysis::finding(matcher, &self.m, &self.around, at);
        f.offset = self.at;
        f.column = self.at - line_start + 1;
        f.end_column = f.column + self.len;
        f.encoding = Some(self.encoding.to_string());
        f
    }
}

impl FileScanner<'_> {
    /// Matches in the decoded views of `buf`, reported by this chunk (their encoded
    /// text starts in `[report_from, report_to)`) and not already seen verbatim, in
    /// order, one per place and secret.
    fn decoded_matches(
        &self,
        buf: &[u8],
        base: u64,
        report_from: u64,
        report_to: u64,
        hints: &[Hint],
    ) -> Vec<Decoded> {
        let mut out: Vec<Decoded> = Vec::new();
        let mut found = Vec::new();
        decode::each_view(buf, hints, &mut |view| {
            found.clear();
            self.matcher
                .find_in(&view.bytes, 0..view.bytes.len(), &mut found);
            let secrets: Vec<_> = found.iter().map(Match::secret).collect();
            let origs = view.originals(&secrets, buf);
            for (m, orig) in found.drain(..).zip(origs) {
                let secret = m.secret();
                if view.is_verbatim(secret, orig.clone(), buf) {
                    continue;
                }
                let at = base + orig.start as u64;
                if at < report_from || at >= report_to {
                    continue;
                }
                let from = m.start.saturating_sub(analysis::AROUND);
                let to = (m.end + analysis::AROUND).min(view.bytes.len());
                out.push(Decoded {
                    around: view.bytes[from..to].to_vec(),
                    m: Match {
                        start: m.start - from,
                        end: m.end - from,
                        secret_start: m.secret_start - from,
                        secret_end: m.secret_end - from,
                        ..m
                    },
                    encoding: view.encoding,
                    at,
                    len: orig.len() as u64,
                });
            }
        });
        out.sort_by_key(|d| d.at);
        out.dedup_by(|a, b| a.at == b.at && a.around[a.m.secret()] == b.around[b.m.secret()]);
        out
    }
}
