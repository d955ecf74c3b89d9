//! Keys in disguise: base64, JS and JSON string escapes, percent encoding, UTF-16 text
//! and keys split across string literals.
//!
//! Each decoder has a cheap trigger, so ordinary text pays (almost) nothing: one
//! multi-literal search per chunk for the textual triggers and a NUL-byte check for
//! UTF-16. Where a trigger fires, the decoder builds a small *view*: decoded bytes with,
//! for each, the span of original bytes it came from. The matcher runs on the view, and
//! a finding is reported at the original place of the encoded text, with its encoding.

use keyfence_matcher::hints::{kind, Hint};
use std::ops::Range;

/// Decoded bytes and where each came from in the original buffer.
pub struct View {
    pub bytes: Vec<u8>,
    /// For each decoded byte, the original span `[start, end)` it was decoded from.
    pub spans: Vec<(u32, u32)>,
    pub encoding: &'static str,
}

impl View {
    fn new(encoding: &'static str) -> View {
        View {
            bytes: Vec::new(),
            spans: Vec::new(),
            encoding,
        }
    }

    fn push(&mut self, b: u8, from: usize, to: usize) {
        self.bytes.push(b);
        self.spans.push((from as u32, to as u32));
    }

    /// The original span of the decoded range `r`.
    pub fn original(&self, r: Range<usize>) -> Range<usize> {
        let start = self.spans[r.start].0 as usize;
        let end = self.spans[r.end - 1].1 as usize;
        start..end
    }

    /// Whether the decoded range is the original bytes unchanged (then the raw scan
    /// already reported it).
    pub fn is_verbatim(&self, r: Range<usize>, original: &[u8]) -> bool {
        let o = self.original(r.clone());
        o.len() == r.len() && original.get(o) == Some(&self.bytes[r])
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
/// base64 decoding goes this deep (base64 of base64 of a key).
const MAX_DEPTH: usize = 2;

/// The views worth scanning for encoded text in `buf`, from the marks that a disguise
/// leaves ([`hints`], found by the matcher's pass over the bytes): each is checked
/// here, and only then decoded. For encoded text that starts in a range, the marks
/// must reach [`REACH`] bytes past its end.
pub fn views(buf: &[u8], found: &[Hint]) -> Vec<View> {
    let mut out = Vec::new();
    let mut escapes: Vec<Range<usize>> = Vec::new();
    let mut percents: Vec<Range<usize>> = Vec::new();
    let mut base64: Vec<Range<usize>> = Vec::new();
    let mut junctions = Vec::new();
    let (mut le_dots, mut be_dots) = (Vec::new(), Vec::new());
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
        if h.kinds & kind::UTF16_DOT != 0 {
            // The dot's unit: `.` NUL little endian, NUL `.` big endian.
            le_dots.push(at + 1);
            be_dots.push(at);
        }
        if h.kinds & kind::JUNCTION != 0 && at > 0 && key_byte(buf[at - 1]) {
            junctions.push(at);
        }
    }
    for w in &escapes {
        if let Some(v) = unescape(buf, w.clone()) {
            out.push(v);
        }
    }
    for w in &percents {
        if let Some(v) = unpercent(buf, w.clone()) {
            out.push(v);
        }
    }
    for w in &base64 {
        base64_views(buf, w.clone(), 0, &mut out);
    }
    join_literals(buf, &junctions, &mut out);
    if !le_dots.is_empty() || !be_dots.is_empty() {
        utf16_views(buf, &le_dots, &be_dots, &mut out);
    }
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

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// JS and JSON escapes: `\uXXXX` (ASCII range), `\xHH`, `\/`.
fn unescape(buf: &[u8], w: Range<usize>) -> Option<View> {
    let mut v = View::new("escape");
    let mut i = w.start;
    let mut changed = false;
    while i < w.end {
        let b = buf[i];
        if b == b'\\' && i + 1 < buf.len() {
            let next = buf[i + 1];
            if next == b'u' && i + 6 <= buf.len() {
                let d: Option<u32> = buf[i + 2..i + 6]
                    .iter()
                    .try_fold(0u32, |acc, &h| hex(h).map(|x| acc * 16 + u32::from(x)));
                if let Some(c) = d.filter(|&c| (0x20..0x7f).contains(&c)) {
                    v.push(c as u8, i, i + 6);
                    i += 6;
                    changed = true;
                    continue;
                }
            } else if next == b'x' && i + 4 <= buf.len() {
                if let (Some(h), Some(l)) = (hex(buf[i + 2]), hex(buf[i + 3])) {
                    let c = h * 16 + l;
                    if (0x20..0x7f).contains(&c) {
                        v.push(c, i, i + 4);
                        i += 4;
                        changed = true;
                        continue;
                    }
                }
            } else if next == b'/' {
                v.push(b'/', i, i + 2);
                i += 2;
                changed = true;
                continue;
            }
        }
        v.push(b, i, i + 1);
        i += 1;
    }
    changed.then_some(v)
}

/// Percent encoding: `%HH`.
fn unpercent(buf: &[u8], w: Range<usize>) -> Option<View> {
    let mut v = View::new("percent");
    let mut i = w.start;
    let mut changed = false;
    while i < w.end {
        if buf[i] == b'%' && i + 3 <= buf.len() {
            if let (Some(h), Some(l)) = (hex(buf[i + 1]), hex(buf[i + 2])) {
                v.push(h * 16 + l, i, i + 3);
                i += 3;
                changed = true;
                continue;
            }
        }
        v.push(buf[i], i, i + 1);
        i += 1;
    }
    changed.then_some(v)
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
fn join_literals(buf: &[u8], junctions: &[usize], out: &mut Vec<View>) {
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
        if len < 49 {
            continue;
        }
        let mut v = View::new("concatenation");
        for (i, &b) in buf.iter().enumerate().take(at).skip(at - left) {
            v.push(b, i, i + 1);
        }
        follow_chain(buf, left, next, |i| v.push(buf[i], i, i + 1));
        out.push(v);
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

fn b64_value(b: u8) -> Option<u8> {
    match b {
        b'A'..=b'Z' => Some(b - b'A'),
        b'a'..=b'z' => Some(b - b'a' + 26),
        b'0'..=b'9' => Some(b - b'0' + 52),
        b'+' | b'-' => Some(62),
        b'/' | b'_' => Some(63),
        _ => None,
    }
}

/// Base64 (standard or URL-safe) runs long enough to hold a key that decode to
/// printable text, decoded again up to [`MAX_DEPTH`] times.
fn base64_views(buf: &[u8], range: Range<usize>, depth: usize, out: &mut Vec<View>) {
    let b64 = |i: usize| b64_value(buf[i]).is_some();
    let mut i = range.start;
    let end = range.end.min(buf.len());
    while i < end {
        // A run long enough that starts in [i, i + MIN) holds the byte at i + MIN - 1:
        // where that byte is no base64, the whole stretch is skipped.
        let probe = i + MIN_BASE64_RUN - 1;
        if probe >= buf.len() {
            break;
        }
        if !b64(probe) {
            i = probe + 1;
            continue;
        }
        let mut start = probe;
        while start > i && b64(start - 1) {
            start -= 1;
        }
        let mut stop = probe + 1;
        while stop < buf.len() && stop - start < MAX_RUN && b64(stop) {
            stop += 1;
        }
        i = stop;
        if stop - start < MIN_BASE64_RUN {
            i += 1;
            continue;
        }
        if let Some(v) = decode_base64(buf, start..stop) {
            if depth + 1 < MAX_DEPTH {
                // base64 inside: decode it too, then map back through this view.
                let mut inner = Vec::new();
                let len = v.bytes.len();
                base64_views(&v.bytes, 0..len, depth + 1, &mut inner);
                for iv in inner {
                    let mut mapped = View::new("base64");
                    for (k, &b) in iv.bytes.iter().enumerate() {
                        let (s, e) = iv.spans[k];
                        let outer = v.original(s as usize..e as usize);
                        mapped.push(b, outer.start, outer.end);
                    }
                    out.push(mapped);
                }
            }
            out.push(v);
        }
    }
}

/// Decodes one base64 run; `None` unless at least 90% of the result is printable.
fn decode_base64(buf: &[u8], run: Range<usize>) -> Option<View> {
    // Decoding every byte into a view is dear for a long run of binary data (a font or
    // an image in a data URI): first only count, and stop as soon as the run cannot be
    // text, or its start is not (text is text from its first bytes).
    let text = |b: u8| (0x20..0x7f).contains(&b) || matches!(b, b'\n' | b'\r' | b'\t');
    let total = (run.len() * 6) / 8;
    let (mut decoded, mut binary) = (0usize, 0usize);
    let mut ok = true;
    each_base64_byte(&buf[run.clone()], |_, byte| {
        decoded += 1;
        binary += usize::from(!text(byte));
        let hopeless = binary * 10 > total;
        let bad_start = decoded % 64 == 0 && binary * 10 > decoded;
        ok = !(hopeless || bad_start);
        ok
    });
    if !ok {
        return None;
    }
    let mut v = View::new("base64");
    each_base64_byte(&buf[run.clone()], |k, byte| {
        let group_start = run.start + k / 4 * 4;
        v.push(byte, group_start, (group_start + 4).min(run.end));
        true
    });
    Some(v)
}

/// Calls `each` with every decoded byte of the base64 `chars` (all of them base64
/// characters) and the index of the character that completes it, until it says stop.
fn each_base64_byte(chars: &[u8], mut each: impl FnMut(usize, u8) -> bool) {
    let mut acc: u32 = 0;
    let mut bits = 0;
    for (k, &c) in chars.iter().enumerate() {
        acc = (acc << 6) | u32::from(b64_value(c).unwrap_or(0));
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            if !each(k, (acc >> bits) as u8) {
                return;
            }
        }
    }
}

/// UTF-16 text (little or big endian): around each `.` that is one UTF-16 unit (the
/// dot in every key; `le_dots` and `be_dots` are where those units start), the run of
/// ASCII units it sits in.
fn utf16_views(buf: &[u8], le_dots: &[usize], be_dots: &[usize], out: &mut Vec<View>) {
    // Each run is found in both byte orders, one byte apart: the reading in the wrong
    // order usually loses a character at one end. Of overlapping runs, the longer is
    // the text.
    let mut runs: Vec<(usize, usize, bool)> = Vec::new();
    for (dots, le) in [(le_dots, true), (be_dots, false)] {
        let unit = |i: usize| -> Option<u8> {
            let (a, b) = (*buf.get(i)?, *buf.get(i + 1)?);
            let (c, z) = if le { (a, b) } else { (b, a) };
            (z == 0 && (0x20..0x7f).contains(&c)).then_some(c)
        };
        let mut covered = 0;
        for &at in dots {
            if at < covered {
                continue;
            }
            // Walk out from the dot over ASCII units.
            let mut s = at;
            while s >= 2 && at - s < MAX_RUN && unit(s - 2).is_some() {
                s -= 2;
            }
            let mut e = at;
            while e - at < MAX_RUN && unit(e).is_some() {
                e += 2;
            }
            covered = e;
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
    let view = |s: usize, e: usize, le: bool| {
        let mut v = View::new(if le { "utf-16le" } else { "utf-16be" });
        let mut i = s;
        while i < e {
            let c = if le { buf[i] } else { buf[i + 1] };
            v.push(c, i, i + 2);
            i += 2;
        }
        v
    };
    for (s, e, le) in kept {
        out.push(view(s, e, le));
        // Maybe a length prefix: the run without it too.
        if counts_the_rest(s, e, le) {
            out.push(view(s + 2, e, le));
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
        assert_eq!(v.original(at..at + 2), 3..15);
        assert!(!v.is_verbatim(at..at + 2, buf));
    }
}
