//! Keys in disguise: base64, JS and JSON string escapes, percent encoding, UTF-16 text
//! and keys split across string literals.
//!
//! Each decoder has a cheap trigger, so ordinary text pays (almost) nothing: the marks
//! the matcher's pass finds ([`Hint`]s). Where a mark is confirmed, the decoder builds
//! a small *view*: decoded bytes and a compact map back to the original bytes they
//! came from. The matcher runs on the view, and a finding is reported at the original
//! place of the encoded text, with its encoding.
//!
//! Hostile input stays linear: every decoder's work is proportional to the bytes it
//! looks at, no byte is judged twice by one decoder (a base64 run judged once is never
//! scanned again for the next mark inside it), views are handed out one at a time and
//! dropped, and a map costs a few bytes per escape, not per decoded byte.

use keyfence_matcher::hints::{kind, Hint};
use keyfence_matcher::work;
use std::ops::Range;

/// Where each decoded byte of a view came from.
#[derive(Clone, Debug)]
enum Map {
    /// Decoded byte `k` comes from `[origin + (k / per) * width, … + width)`, clamped
    /// to `end`: base64 (3 bytes from 4 characters), UTF-16 (1 from 2).
    Stride {
        origin: usize,
        per: usize,
        width: usize,
        end: usize,
    },
    /// Runs of decoded bytes that each take the same number of original bytes:
    /// `(first decoded byte, its original offset, original bytes per decoded byte)`,
    /// sorted. Plain text is one run; each escape starts one.
    Runs(Vec<(u32, u32, u8)>),
    /// A view decoded from another view's bytes: `inner` maps into the outer view,
    /// whose map `outer` leads to the original.
    Nested(Box<Map>, Box<Map>),
    /// Escapes in `window`: found by decoding again (only a match asks, so a view
    /// keeps no span per byte) from the last checkpoint before the byte asked for:
    /// `(decoded offset, original offset)` about every [`CHECKPOINT`] decoded bytes,
    /// each at an escape's boundary, so an answer costs at most that much decoding.
    Again {
        escapes: Escapes,
        window: Range<usize>,
        checkpoints: Vec<(u32, u32)>,
    },
}

/// Where to start decoding again to reach decoded byte `k`: the last checkpoint at or
/// before it (decoded bytes seen there, and its offset in the original), else the
/// window's start.
fn checkpoint_before(checkpoints: &[(u32, u32)], start: usize, k: usize) -> (usize, usize) {
    let i = checkpoints
        .partition_point(|c| c.0 as usize <= k)
        .saturating_sub(1);
    checkpoints
        .get(i)
        .map_or((0, start), |&(d, o)| (d as usize, o as usize))
}

impl Map {
    /// The original span of decoded byte `k`.
    fn span(&self, k: usize) -> Range<usize> {
        match self {
            Map::Stride {
                origin,
                per,
                width,
                end,
            } => {
                let s = origin + (k / per) * width;
                s.min(*end)..(s + width).min(*end)
            }
            Map::Runs(runs) => {
                let i = runs
                    .partition_point(|r| r.0 as usize <= k)
                    .saturating_sub(1);
                let (d, o, w) = runs[i];
                let s = o as usize + (k - d as usize) * w as usize;
                s..s + w as usize
            }
            Map::Nested(inner, outer) => {
                let r = inner.span(k);
                outer.span(r.start).start..outer.span(r.end.saturating_sub(1).max(r.start)).end
            }
            Map::Again { .. } => unreachable!("spans of escapes need the original bytes"),
        }
    }
}

/// Decoded bytes and where they came from in the original buffer.
pub struct View {
    pub bytes: Vec<u8>,
    map: Map,
    pub encoding: &'static str,
}

/// Builds a view whose map is [`Map::Runs`]: plain bytes and escapes.
struct RunsView {
    bytes: Vec<u8>,
    runs: Vec<(u32, u32, u8)>,
}

impl RunsView {
    fn with_capacity(n: usize) -> RunsView {
        RunsView {
            bytes: Vec::with_capacity(n),
            runs: Vec::new(),
        }
    }

    /// Appends decoded byte `b`, taken from `width` original bytes at `from`.
    fn push(&mut self, b: u8, from: usize, width: usize) {
        let k = self.bytes.len();
        let continues = self.runs.last().is_some_and(|&(d, o, w)| {
            w as usize == width && o as usize + (k - d as usize) * width == from
        });
        if !continues {
            self.runs.push((k as u32, from as u32, width as u8));
        }
        self.bytes.push(b);
    }

    /// Appends plain bytes `buf[r]`.
    fn plain(&mut self, buf: &[u8], r: Range<usize>) {
        if r.is_empty() {
            return;
        }
        self.push(buf[r.start], r.start, 1);
        self.bytes.extend_from_slice(&buf[r.start + 1..r.end]);
    }

    fn view(self, encoding: &'static str) -> View {
        View {
            bytes: self.bytes,
            map: Map::Runs(self.runs),
            encoding,
        }
    }
}

impl View {
    /// The span of decoded byte `k` in `original` (the buffer the view was made from).
    fn span(&self, k: usize, original: &[u8]) -> Range<usize> {
        match &self.map {
            Map::Again {
                escapes,
                window,
                checkpoints,
            } => {
                let (seen, from) = checkpoint_before(checkpoints, window.start, k);
                let mut at = SpanOf {
                    want: k,
                    seen,
                    found: None,
                };
                escapes.decode(original, from..window.end, &mut at);
                let found = at.found.unwrap_or(window.end..window.end);
                escapes.count(found.end - from);
                found
            }
            map => map.span(k),
        }
    }

    /// The original span of the decoded range `r`; `original` is the buffer the view
    /// was made from.
    pub fn original(&self, r: Range<usize>, original: &[u8]) -> Range<usize> {
        let start = self.span(r.start, original).start;
        let end = self.span(r.end - 1, original).end;
        start..end
    }

    /// Whether the decoded range `r`, found at `o` in `original`, is the original
    /// bytes unchanged (then the raw scan already reported it).
    pub fn is_verbatim(&self, r: Range<usize>, o: Range<usize>, original: &[u8]) -> bool {
        o.len() == r.len() && original.get(o) == Some(&self.bytes[r])
    }

    /// The original spans of many decoded ranges at once: escapes are decoded again
    /// in one pass from the checkpoint before the first, however many ranges there
    /// are (a view full of keys costs its length, not its length per key).
    pub fn originals(&self, ranges: &[Range<usize>], original: &[u8]) -> Vec<Range<usize>> {
        let Map::Again {
            escapes,
            window,
            checkpoints,
        } = &self.map
        else {
            return ranges
                .iter()
                .map(|r| self.original(r.clone(), original))
                .collect();
        };
        // Each range needs the spans of its first and last decoded bytes.
        let mut wants: Vec<(usize, usize)> = ranges
            .iter()
            .enumerate()
            .flat_map(|(i, r)| [(r.start, 2 * i), (r.end - 1, 2 * i + 1)])
            .collect();
        wants.sort_unstable();
        let first = wants.first().map_or(0, |w| w.0);
        let (seen, from) = checkpoint_before(checkpoints, window.start, first);
        let mut at = SpansOf {
            wants: &wants,
            next: 0,
            seen,
            found: vec![window.end..window.end; wants.len()],
        };
        escapes.decode(original, from..window.end, &mut at);
        let reached = at.found.iter().map(|f| f.end).max().unwrap_or(from);
        escapes.count(reached.saturating_sub(from));
        let mut spans = vec![0..0; ranges.len()];
        for (k, &(_, slot)) in wants.iter().enumerate() {
            let f = at.found[k].clone();
            let s = &mut spans[slot / 2];
            if slot % 2 == 0 {
                s.start = f.start;
            } else {
                s.end = f.end;
            }
        }
        spans
    }
}

/// The original spans of several decoded bytes (sorted), found by decoding again.
struct SpansOf<'a> {
    wants: &'a [(usize, usize)],
    next: usize,
    seen: usize,
    found: Vec<Range<usize>>,
}

impl Out for SpansOf<'_> {
    fn byte(&mut self, _b: u8, at: usize, width: usize) {
        while self.next < self.wants.len() && self.wants[self.next].0 == self.seen {
            self.found[self.next] = at..at + width;
            self.next += 1;
        }
        self.seen += 1;
    }
    fn plain(&mut self, _buf: &[u8], r: Range<usize>) {
        let end = self.seen + r.len();
        while self.next < self.wants.len() && self.wants[self.next].0 < end {
            let at = r.start + (self.wants[self.next].0 - self.seen);
            self.found[self.next] = at..at + 1;
            self.next += 1;
        }
        self.seen = end;
    }
    fn done(&self) -> bool {
        self.next == self.wants.len()
    }
}

/// How far before or after a range a mark may sit and still belong to encoded text
/// that starts inside the range: a base64 word up to a window from its run, the dot of
/// a UTF-16 key or token, a junction inside a split key.
pub const REACH: usize = 2 * BASE64_WINDOW;

/// How far either side of a trigger a decoder looks: an escaped key is at most six
/// times as long as the key (`\u0030` per character).
const WINDOW: usize = 6 * 64 + 16;
/// Shortest base64 run decoded: the encoding of the shortest key (49 bytes).
const MIN_BASE64_RUN: usize = 64;
/// Longest base64 run decoded, and longest UTF-16 run, in bytes.
const MAX_RUN: usize = 1 << 20;
/// How much two pieces of a base64 run longer than [`MAX_RUN`] overlap: the encoding
/// of the longest key and its context, in whole 4-character groups.
const PIECE_OVERLAP: usize = 256;
/// base64 decoding goes this deep (base64 of base64 of a key).
const MAX_DEPTH: usize = 2;

/// Calls `each` with every view worth scanning for encoded text in `buf`, one at a
/// time, from the marks that a disguise leaves ([`Hint`]s, found by the matcher's pass
/// over the bytes): each is checked here, and only then decoded. For encoded text that
/// starts in a range, the marks must reach [`REACH`] bytes past its end.
pub fn each_view(buf: &[u8], found: &[Hint], each: &mut dyn FnMut(&View)) {
    let each = &mut |v: &View| {
        work::count(|w| {
            w.views += 1;
            w.view_bytes += v.bytes.len() as u64;
            w.largest_view = w.largest_view.max(v.bytes.len() as u64);
        });
        each(v)
    };
    let mut escapes: Vec<Range<usize>> = Vec::new();
    let mut percents: Vec<Range<usize>> = Vec::new();
    let mut base64: Vec<Range<usize>> = Vec::new();
    let mut junctions = Vec::new();
    let mut utf16 = false;
    let at_is = |at: usize, s: &[u8]| buf.get(at..at + s.len()) == Some(s);
    for h in found.iter() {
        let at = h.at;
        // `\u0020` to `\u007f` (marked at its `00`), `\x20` to `\x7f`: escapes of
        // characters a key can hold.
        if h.kinds & kind::ESCAPE_U != 0 && at >= 2 && at_is(at - 2, b"\\u") {
            add_window(&mut escapes, at - 2, WINDOW, buf.len());
        }
        if h.kinds & kind::ESCAPE_X != 0 {
            add_window(&mut escapes, at, WINDOW, buf.len());
        }
        if h.kinds & kind::PERCENT != 0 {
            add_window(&mut percents, at, WINDOW, buf.len());
        }
        // `base64`, `BASE64`, `b64`, `B64`, `atob(`, `kind: Secret`.
        let before = |c: u8| at > 0 && buf[at - 1] == c;
        let word = h.kinds & kind::BASE64_WORD != 0
            && match &buf[at..(at + 3).min(buf.len())] {
                b"e64" => before(b's'),
                b"E64" => before(b'S'),
                b"b64" | b"B64" => true,
                b"ob(" => before(b't'),
                b"ecr" => at > 0 && at_is(at - 1, b"Secret") && after_colon(buf, at - 1),
                _ => false,
            };
        if word {
            add_window(&mut base64, at, BASE64_WINDOW, buf.len());
        }
        utf16 |= h.kinds & kind::UTF16_DOT != 0;
        if h.kinds & kind::JUNCTION != 0 && at > 0 && key_byte(buf[at - 1]) {
            junctions.push(at);
        }
    }
    for w in &escapes {
        if let Some(v) = Escapes::Js.view(buf, w.clone()) {
            each(&v);
        }
    }
    for w in &percents {
        if let Some(v) = Escapes::Percent.view(buf, w.clone()) {
            each(&v);
        }
    }
    // Runs are judged once: a window inside a run already judged starts past it.
    let mut judged_to = 0;
    for w in &base64 {
        let from = w.start.max(judged_to);
        if from < w.end {
            judged_to = base64_views(buf, from..w.end, 0, each);
        }
    }
    join_literals(buf, &junctions, each);
    if utf16 {
        utf16_views(buf, found, each);
    }
}

/// The views of `buf`, collected (tests; scanning takes them one at a time with
/// [`each_view`]).
#[cfg(test)]
pub fn views(buf: &[u8], found: &[Hint]) -> Vec<View> {
    let mut out = Vec::new();
    each_view(buf, found, &mut |v| {
        out.push(View {
            bytes: v.bytes.clone(),
            map: v.map.clone(),
            encoding: v.encoding,
        })
    });
    out
}

/// Whether the word at `at` is a YAML or JSON value: `kind: Secret`, `"kind": "Secret"`.
fn after_colon(buf: &[u8], at: usize) -> bool {
    buf[..at]
        .iter()
        .rev()
        .take(3)
        .find(|&&b| !matches!(b, b' ' | b'"' | b'\''))
        == Some(&b':')
}

/// How far either side of a base64 trigger word runs are looked for: `atob("…")`, a
/// `data:…;base64,` URI, a `_b64` field or a Kubernetes Secret's `data:` keep the
/// encoded text close to the word.
const BASE64_WINDOW: usize = 1024;

/// Adds `[at - reach, at + reach)` to sorted, merged windows.
fn add_window(windows: &mut Vec<Range<usize>>, at: usize, reach: usize, len: usize) {
    let w = at.saturating_sub(reach)..(at + reach).min(len);
    if let Some(last) = windows.last_mut() {
        if w.start <= last.end {
            last.end = last.end.max(w.end);
            return;
        }
    }
    windows.push(w);
}

/// The value of each hex digit; 0xff for other bytes.
const HEX: [u8; 256] = {
    let mut t = [0xff; 256];
    let mut i = 0;
    while i < 10 {
        t[b'0' as usize + i] = i as u8;
        i += 1;
    }
    let mut i = 0;
    while i < 6 {
        t[b'a' as usize + i] = 10 + i as u8;
        t[b'A' as usize + i] = 10 + i as u8;
        i += 1;
    }
    t
};

#[inline]
fn hex(b: u8) -> Option<u8> {
    let v = HEX[b as usize];
    (v != 0xff).then_some(v)
}

/// Where an escape decoder puts what it decodes.
trait Out {
    /// A decoded byte, taken from `width` original bytes at `at`.
    fn byte(&mut self, b: u8, at: usize, width: usize);
    /// Bytes taken as they are.
    fn plain(&mut self, buf: &[u8], r: Range<usize>);
    /// Whether the decoder may stop.
    fn done(&self) -> bool {
        false
    }
}

/// About this many decoded bytes between two checkpoints of [`Map::Again`].
const CHECKPOINT: usize = 4096;

/// The decoded bytes (what the matcher reads) and checkpoints to find spans by.
struct Decoding {
    bytes: Vec<u8>,
    checkpoints: Vec<(u32, u32)>,
    next: usize,
}

impl Decoding {
    /// Records a checkpoint at original offset `at` (an escape's boundary) when one
    /// is due.
    #[inline]
    fn mark(&mut self, at: usize) {
        if self.bytes.len() >= self.next {
            self.checkpoints.push((self.bytes.len() as u32, at as u32));
            self.next = self.bytes.len() + CHECKPOINT;
        }
    }
}

impl Out for Decoding {
    #[inline]
    fn byte(&mut self, b: u8, at: usize, _width: usize) {
        self.mark(at);
        self.bytes.push(b);
    }
    #[inline]
    fn plain(&mut self, buf: &[u8], r: Range<usize>) {
        self.mark(r.start);
        // Short runs (escapes close together) byte by byte: a call to copy costs more.
        if r.len() <= 8 {
            for &b in &buf[r] {
                self.bytes.push(b);
            }
        } else {
            self.bytes.extend_from_slice(&buf[r]);
        }
    }
}

/// The original span of one decoded byte, found by decoding again.
struct SpanOf {
    want: usize,
    seen: usize,
    found: Option<Range<usize>>,
}

impl Out for SpanOf {
    fn byte(&mut self, _b: u8, at: usize, width: usize) {
        if self.seen == self.want {
            self.found = Some(at..at + width);
        }
        self.seen += 1;
    }
    fn plain(&mut self, _buf: &[u8], r: Range<usize>) {
        if self.found.is_none() && (self.seen..self.seen + r.len()).contains(&self.want) {
            let at = r.start + (self.want - self.seen);
            self.found = Some(at..at + 1);
        }
        self.seen += r.len();
    }
    fn done(&self) -> bool {
        self.found.is_some()
    }
}

/// An escape-like encoding: JS and JSON escapes, or percent encoding.
#[derive(Clone, Copy, Debug)]
enum Escapes {
    Js,
    Percent,
}

impl Escapes {
    /// The escape at `i` (which holds the escape character): the decoded byte and the
    /// escape's length.
    fn at(self, buf: &[u8], i: usize) -> Option<(u8, usize)> {
        let printable = |c: u32| (0x20..0x7f).contains(&c);
        match self {
            Escapes::Js => match buf.get(i + 1) {
                Some(b'u') if i + 6 <= buf.len() => buf[i + 2..i + 6]
                    .iter()
                    .try_fold(0u32, |acc, &h| hex(h).map(|x| acc * 16 + u32::from(x)))
                    .filter(|&c| printable(c))
                    .map(|c| (c as u8, 6)),
                Some(b'x') if i + 4 <= buf.len() => {
                    let c = u32::from(hex(buf[i + 2])?) * 16 + u32::from(hex(buf[i + 3])?);
                    printable(c).then_some((c as u8, 4))
                }
                Some(b'/') => Some((b'/', 2)),
                _ => None,
            },
            Escapes::Percent => {
                let (h, l) = (hex(*buf.get(i + 1)?)?, hex(*buf.get(i + 2)?)?);
                Some((h * 16 + l, 3))
            }
        }
    }

    /// Decodes `buf[w]` into `out`; returns whether any escape was decoded.
    fn decode<O: Out>(self, buf: &[u8], w: Range<usize>, out: &mut O) -> bool {
        let marker = match self {
            Escapes::Js => b'\\',
            Escapes::Percent => b'%',
        };
        let mut i = w.start;
        let mut changed = false;
        while i < w.end && !out.done() {
            // Escapes close together (hostile input) are found by looking; far apart,
            // by memchr.
            let near = buf[i..w.end.min(i + 16)].iter().position(|&b| b == marker);
            let found = near.or_else(|| {
                let from = (i + 16).min(w.end);
                memchr::memchr(marker, &buf[from..w.end]).map(|k| k + from - i)
            });
            let Some(k) = found else {
                out.plain(buf, i..w.end);
                break;
            };
            out.plain(buf, i..i + k);
            i += k;
            match self.at(buf, i) {
                Some((c, width)) => {
                    out.byte(c, i, width);
                    i += width;
                    changed = true;
                }
                None => {
                    out.byte(marker, i, 1);
                    i += 1;
                }
            }
        }
        changed
    }

    /// Counts `n` bytes decoded ([`work`]).
    fn count(self, n: usize) {
        work::count(|w| match self {
            Escapes::Js => w.escape += n as u64,
            Escapes::Percent => w.percent += n as u64,
        });
    }

    /// Decodes a window into a view; `None` when nothing in it was escaped.
    fn view(self, buf: &[u8], w: Range<usize>) -> Option<View> {
        self.count(w.len());
        let mut out = Decoding {
            bytes: Vec::with_capacity(w.len()),
            checkpoints: Vec::new(),
            next: 0,
        };
        let changed = self.decode(buf, w.clone(), &mut out);
        changed.then_some(View {
            bytes: out.bytes,
            map: Map::Again {
                escapes: self,
                window: w,
                checkpoints: out.checkpoints,
            },
            encoding: match self {
                Escapes::Js => "escape",
                Escapes::Percent => "percent",
            },
        })
    }
}

/// A byte a key (or a fragment of one) is made of.
fn key_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'.'
}

/// The junction that starts at the closing quote `at`: `q [blanks] [+] [blanks] q`;
/// returns where the next literal's text starts.
fn junction_end(buf: &[u8], at: usize) -> Option<usize> {
    let q = *buf.get(at)?;
    if !matches!(q, b'"' | b'\'' | b'`') {
        return None;
    }
    let blank = |b: u8| matches!(b, b' ' | b'\t' | b'\r' | b'\n');
    let mut j = at + 1;
    while j < buf.len() && blank(buf[j]) {
        j += 1;
    }
    if j < buf.len() && buf[j] == b'+' {
        j += 1;
        while j < buf.len() && blank(buf[j]) {
            j += 1;
        }
    }
    (j > at + 1 && buf.get(j) == Some(&q)).then_some(j + 1)
}

/// Keys split across adjacent string literals (`"…" + "…"`, `'…' '…'`): where the
/// text on both sides of a junction is made of key bytes and, joined, is long enough
/// to be a key, a view of the joined text (further junctions in it joined too).
fn join_literals(buf: &[u8], junctions: &[usize], each: &mut dyn FnMut(&View)) {
    let mut done_to = 0;
    for &at in junctions {
        if at < done_to {
            continue;
        }
        let Some(next) = junction_end(buf, at) else {
            continue;
        };
        // The fragment before the closing quote, and after the opening one.
        if !buf.get(next).copied().is_some_and(key_byte) {
            continue;
        }
        // A fragment longer than a key's encodings is no fragment of one.
        let reach = &buf[at.saturating_sub(4 * 64)..at];
        let left = reach.iter().rev().take_while(|&&b| key_byte(b)).count();
        if left == 0 {
            continue;
        }
        // Measure the chain first; build the view only if it is long enough for a key.
        let (end, len) = follow_chain(buf, left, next, |_| {});
        done_to = end;
        work::count(|w| w.concatenation += (end - (at - left)) as u64);
        if len < 49 {
            continue;
        }
        let mut v = RunsView::with_capacity(len);
        v.plain(buf, at - left..at);
        follow_chain(buf, left, next, |i| v.push(buf[i], i, 1));
        each(&v.view("concatenation"));
    }
}

/// Follows fragment, junction, fragment... from the first fragment after a junction
/// (at `next`), after `left` bytes before it, and calls `each` with the place of every
/// fragment byte. Returns where the chain ends and its length in key bytes.
fn follow_chain(
    buf: &[u8],
    left: usize,
    next: usize,
    mut each: impl FnMut(usize),
) -> (usize, usize) {
    let (mut n, mut i) = (left, next);
    loop {
        while i < buf.len() && key_byte(buf[i]) && n < 4 * 64 {
            each(i);
            n += 1;
            i += 1;
        }
        match junction_end(buf, i) {
            Some(j) if buf.get(j).copied().is_some_and(key_byte) => i = j,
            _ => return (i, n),
        }
    }
}

/// The value of each base64 character (standard and URL-safe), 0xff for the rest.
const B64: [u8; 256] = {
    let mut t = [0xffu8; 256];
    let mut i = 0;
    while i < 26 {
        t[b'A' as usize + i] = i as u8;
        t[b'a' as usize + i] = 26 + i as u8;
        i += 1;
    }
    let mut d = 0;
    while d < 10 {
        t[b'0' as usize + d] = 52 + d as u8;
        d += 1;
    }
    t[b'+' as usize] = 62;
    t[b'-' as usize] = 62;
    t[b'/' as usize] = 63;
    t[b'_' as usize] = 63;
    t
};

fn is_b64(b: u8) -> bool {
    B64[b as usize] != 0xff
}

/// Base64 (standard or URL-safe) runs long enough to hold a key that decode to
/// printable text, starting in `range` (a run may go on past it), decoded again up to
/// [`MAX_DEPTH`] times. Returns how far it judged: no byte before that is looked at
/// again.
///
/// A run is decoded as it is read and given up at its first 64 bytes that cannot be
/// text; then only its end is looked for, and no further than the range's end: a
/// window inside a long run of non-text costs its own length, never the run's.
fn base64_views(
    buf: &[u8],
    range: Range<usize>,
    depth: usize,
    each: &mut dyn FnMut(&View),
) -> usize {
    let mut i = range.start;
    let end = range.end.min(buf.len());
    while i < end {
        // A run long enough that starts in [i, i + MIN) holds the byte at i + MIN - 1:
        // where that byte is no base64, the whole stretch is skipped.
        let probe = i + MIN_BASE64_RUN - 1;
        if probe >= buf.len() {
            break;
        }
        if !is_b64(buf[probe]) {
            i = probe + 1;
            continue;
        }
        let mut start = probe;
        while start > i && is_b64(buf[start - 1]) {
            start -= 1;
        }
        match decode_base64(buf, start) {
            Ok(v) => {
                // A run cut at [`MAX_RUN`] goes on from a little before the cut (on a
                // 4-character boundary), so that a key across the cut is whole in the
                // next piece.
                i = if v.chars == MAX_RUN {
                    start + MAX_RUN - PIECE_OVERLAP
                } else {
                    start + v.chars
                };
                if v.chars < MIN_BASE64_RUN {
                    continue;
                }
                let view = v.view;
                if depth + 1 < MAX_DEPTH {
                    // base64 inside: decode it too, mapped back through this view.
                    let len = view.bytes.len();
                    base64_views(&view.bytes, 0..len, depth + 1, &mut |iv: &View| {
                        each(&View {
                            bytes: iv.bytes.clone(),
                            map: Map::Nested(Box::new(iv.map.clone()), Box::new(view.map.clone())),
                            encoding: "base64",
                        })
                    });
                }
                each(&view);
            }
            Err(at) => {
                // Not text: skip the rest of the run, within the range.
                i = at;
                while i < end && is_b64(buf[i]) {
                    i += 1;
                }
                work::count(|w| w.base64 += (i - at) as u64);
            }
        }
    }
    i.max(range.start)
}

/// A decoded base64 run, and how many characters it took.
struct Run {
    view: View,
    chars: usize,
}

/// Decodes the base64 run that starts at `start` (up to [`MAX_RUN`] characters) while
/// it reads as text: at least 90% printable, and no 64-byte stretch from its start
/// more than a tenth binary (text is text from its first bytes; a font or an image in
/// a data URI is given up early). `Err` holds where it was given up.
fn decode_base64(buf: &[u8], start: usize) -> Result<Run, usize> {
    let text = |b: u8| (0x20..0x7f).contains(&b) || matches!(b, b'\n' | b'\r' | b'\t');
    let mut bytes = Vec::new();
    let (mut acc, mut bits, mut binary) = (0u32, 0u32, 0usize);
    let mut k = start;
    let stop = (start + MAX_RUN).min(buf.len());
    while k < stop {
        let v = B64[buf[k] as usize];
        if v == 0xff {
            break;
        }
        k += 1;
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            let byte = (acc >> bits) as u8;
            bytes.push(byte);
            binary += usize::from(!text(byte));
            if bytes.len() % 64 == 0 && binary * 10 > bytes.len() {
                work::count(|w| w.base64 += (k - start) as u64);
                return Err(k);
            }
        }
    }
    let chars = k - start;
    work::count(|w| w.base64 += chars as u64);
    if binary * 10 > bytes.len() {
        return Err(k);
    }
    Ok(Run {
        view: View {
            bytes,
            map: Map::Stride {
                origin: start,
                per: 3,
                width: 4,
                end: k,
            },
            encoding: "base64",
        },
        chars,
    })
}

/// Whether the eight bytes at `i` are four UTF-16 units of printable ASCII, in the
/// byte order `le`.
#[inline]
fn four_units(buf: &[u8], i: usize, le: bool) -> bool {
    let Some(b) = buf.get(i..i + 8) else {
        return false;
    };
    let w = u64::from_le_bytes(b.try_into().expect("eight bytes"));
    const LOW: u64 = 0x00ff_00ff_00ff_00ff;
    let (zeros, chars) = if le { (w & !LOW, w) } else { (w & LOW, w >> 8) };
    // Each 16-bit lane holds one character below 0x100: it is printable when adding
    // 0x60 reaches bit 7 (0x20 and up) and adding 1 does not (0x7e and below).
    const BIT7: u64 = 0x0080_0080_0080_0080;
    let chars = chars & LOW;
    zeros == 0
        && (chars + 0x0060_0060_0060_0060) & BIT7 == BIT7
        && (chars + 0x0001_0001_0001_0001) & BIT7 == 0
}

/// UTF-16 text (little or big endian): around each `.` that is one UTF-16 unit (the
/// dot in every key: marked NUL `.` NUL), the run of ASCII units it sits in.
fn utf16_views(buf: &[u8], found: &[Hint], each: &mut dyn FnMut(&View)) {
    // Each run is found in both byte orders, one byte apart: the reading in the wrong
    // order usually loses a character at one end. Of overlapping runs, the longer is
    // the text.
    let mut runs: Vec<(usize, usize, bool)> = Vec::new();
    // Every key and token has at least eight letters, digits, `-` or `_` on both sides
    // of each of its dots (below): in either byte order, another `.` within 17 bytes
    // of a dot sits in one of those units, as its character or as its NUL. Such dots
    // (hostile runs of them) are dropped here, by their positions alone.
    let all: Vec<usize> = found
        .iter()
        .filter(|h| h.kinds & kind::UTF16_DOT != 0)
        .map(|h| h.at + 1)
        .collect();
    let isolated: Vec<usize> = (0..all.len())
        .filter(|&i| {
            (i == 0 || all[i] - all[i - 1] > 17) && all.get(i + 1).is_none_or(|&n| n - all[i] > 17)
        })
        .map(|i| all[i])
        .collect();
    for le in [true, false] {
        // The dot's unit starts at the `.` little endian, at the NUL before it big
        // endian.
        let dots = isolated.iter().map(|&d| d - usize::from(!le));
        let unit = |i: usize| -> Option<u8> {
            let (a, b) = (*buf.get(i)?, *buf.get(i + 1)?);
            let (c, z) = if le { (a, b) } else { (b, a) };
            (z == 0 && (0x20..0x7f).contains(&c)).then_some(c)
        };
        // Every key and token has at least eight letters, digits, `-` or `_` on both
        // sides of each of its dots: a dot without them (a file name, a version) is
        // not walked out from.
        let word =
            |i: usize| unit(i).is_some_and(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_');
        let keyish = |at: usize| at >= 16 && (1..=8).all(|k| word(at - 2 * k) && word(at + 2 * k));
        let mut covered = 0;
        for at in dots {
            if at < covered {
                continue;
            }
            work::count(|w| w.utf16 += 34);
            if !keyish(at) {
                continue;
            }
            // Walk out from the dot over ASCII units, four at a time while it can.
            let mut s = at;
            while s >= 8 && at - s < MAX_RUN && four_units(buf, s - 8, le) {
                s -= 8;
            }
            while s >= 2 && at - s < MAX_RUN && unit(s - 2).is_some() {
                s -= 2;
            }
            let mut e = at;
            while e - at < MAX_RUN && four_units(buf, e, le) {
                e += 8;
            }
            while e - at < MAX_RUN && unit(e).is_some() {
                e += 2;
            }
            covered = e;
            work::count(|w| w.utf16 += (e - s) as u64);
            if (e - s) / 2 >= 49 {
                runs.push((s, e, le));
            }
        }
    }
    // A length-prefixed string (Android's binary XML string pool, a binary plist) may
    // start with a unit that counts the units after it and reads as a character.
    let counts_the_rest = |s: usize, e: usize, le: bool| {
        usize::from(if le { buf[s] } else { buf[s + 1] }) == (e - s) / 2 - 1
    };
    let text_len =
        |&(s, e, le): &(usize, usize, bool)| (e - s) / 2 - usize::from(counts_the_rest(s, e, le));
    runs.sort_by_key(|&(s, e, le)| (s, std::cmp::Reverse(e - s), !le));
    let mut kept: Vec<(usize, usize, bool)> = Vec::new();
    for r in runs {
        match kept.last_mut() {
            Some(last) if r.0 < last.1 => {
                // The longer text wins; at equal length, the one on a 2-byte boundary
                // (formats align their UTF-16 strings).
                let (len, last_len) = (text_len(&r), text_len(last));
                if len > last_len || (len == last_len && r.0 % 2 == 0 && last.0 % 2 == 1) {
                    *last = r;
                }
            }
            _ => kept.push(r),
        }
    }
    let view = |s: usize, e: usize, le: bool| View {
        bytes: (s..e)
            .step_by(2)
            .map(|i| if le { buf[i] } else { buf[i + 1] })
            .collect(),
        map: Map::Stride {
            origin: s,
            per: 1,
            width: 2,
            end: e,
        },
        encoding: if le { "utf-16le" } else { "utf-16be" },
    };
    for (s, e, le) in kept {
        each(&view(s, e, le));
        // Maybe a length prefix: the run without it too.
        if counts_the_rest(s, e, le) {
            each(&view(s + 2, e, le));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decoded(buf: &[u8]) -> Vec<(String, &'static str)> {
        let mut marks = Vec::new();
        keyfence_matcher::hints::find(buf, 0..buf.len(), &mut marks);
        views(buf, &marks)
            .into_iter()
            .map(|v| (String::from_utf8_lossy(&v.bytes).into_owned(), v.encoding))
            .collect()
    }

    #[test]
    fn escapes_percent_and_literals() {
        let d = decoded(br#"x = "ab\u0063d\x65f\/g";"#);
        assert!(
            d.iter()
                .any(|(s, e)| s.contains("abcdef/g") && *e == "escape"),
            "{d:?}"
        );
        let d = decoded(b"q=ab%2Ecd%31");
        assert!(
            d.iter()
                .any(|(s, e)| s.contains("ab.cd1") && *e == "percent"),
            "{d:?}"
        );
        // Built from parts: no key-shaped literal in the source.
        let key = &format!("{}.{}", "0123456789abcdef".repeat(2), "ABCDEFGHabcdefgh");
        let split = format!("k = \"{}\" +\n    \"{}\";", &key[..20], &key[20..]);
        let d = decoded(split.as_bytes());
        assert!(
            d.iter().any(|(s, e)| s == key && *e == "concatenation"),
            "{d:?}"
        );
        let three = format!("k = '{}' '{}' '{}'", &key[..10], &key[10..40], &key[40..]);
        let d = decoded(three.as_bytes());
        assert!(
            d.iter().any(|(s, e)| s == key && *e == "concatenation"),
            "{d:?}"
        );
        let tight = format!("k=\"{}\"+\"{}\";", &key[..9], &key[9..]);
        let d = decoded(tight.as_bytes());
        assert!(d.iter().any(|(s, _)| s == key), "{d:?}");
        let ticks = format!("k=`{}` + `{}`", &key[..30], &key[30..]);
        let d = decoded(ticks.as_bytes());
        assert!(d.iter().any(|(s, _)| s == key), "{d:?}");
        // Short fragments are no key.
        assert!(decoded(b"a = 'x' + 'y';").is_empty());
    }

    #[test]
    fn base64_runs_decode_when_printable() {
        let text = "const cfg = atob(\"eyJrZXkiOiAiaGVsbG8gd29ybGQsIHRoaXMgaXMgYSBsb25nIGVub3VnaCB0ZXh0In0=\");";
        let d = decoded(text.as_bytes());
        assert!(
            d.iter()
                .any(|(s, e)| s.contains("this is a long enough text") && *e == "base64"),
            "{d:?}"
        );
        // Without a trigger word, nothing is decoded.
        let d = decoded(text.replace("atob", "f").as_bytes());
        assert!(d.iter().all(|(_, e)| *e != "base64"));
    }

    #[test]
    fn utf16_text_around_a_dot() {
        let s = &format!("{}.{}", "0123456789abcdef".repeat(2), "ABCDEFGHabcdefgh");
        let le: Vec<u8> = s.bytes().flat_map(|b| [b, 0]).collect();
        let d = decoded(&le);
        assert!(d.iter().any(|(t, e)| t == s && *e == "utf-16le"), "{d:?}");
        let be: Vec<u8> = s.bytes().flat_map(|b| [0, b]).collect();
        let d = decoded(&be);
        assert!(d.iter().any(|(t, e)| t == s && *e == "utf-16be"), "{d:?}");
    }

    #[test]
    fn spans_map_back_to_the_encoded_text() {
        let buf = br#"k="\u0061\u0062";"#;
        let mut marks = Vec::new();
        keyfence_matcher::hints::find(buf, 0..buf.len(), &mut marks);
        let v = views(buf, &marks).remove(0);
        let at = v.bytes.iter().position(|&b| b == b'a').unwrap();
        assert_eq!(v.original(at..at + 2, buf), 3..15);
        assert_eq!(
            v.originals(&[at..at + 2, at + 1..at + 2], buf),
            vec![3..15, 9..15]
        );
        assert!(!v.is_verbatim(at..at + 2, 3..15, buf));
    }
}
