//! Keys in disguise: base64, JS and JSON string escapes, percent encoding, UTF-16 text
//! and keys split across string literals.
//!
//! Each decoder has a cheap trigger, so ordinary text pays (almost) nothing: one
//! multi-literal search per chunk for the textual triggers and a NUL-byte check for
//! UTF-16. Where a trigger fires, the decoder builds a small *view*: decoded bytes with,
//! for each, the span of original bytes it came from. The matcher runs on the view, and
//! a finding is reported at the original place of the encoded text, with its encoding.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::ops::Range;
use std::sync::OnceLock;

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

/// The triggers, and which decoder each belongs to. All are searched in one pass
/// (leftmost-first and few patterns, so that the SIMD "Teddy" searcher runs fast on
/// ordinary text). Each is at least three bytes and specific: an escape or a percent
/// code of a character a key can hold, a word that announces base64. Junctions between
/// string literals are found apart (quotes are too common for that searcher).
const TRIGGERS: &[(&str, Decoder)] = &[
    ("\\u002", Decoder::Escapes),
    ("\\u003", Decoder::Escapes),
    ("\\u004", Decoder::Escapes),
    ("\\u005", Decoder::Escapes),
    ("\\u006", Decoder::Escapes),
    ("\\u007", Decoder::Escapes),
    ("\\x2", Decoder::Escapes),
    ("\\x3", Decoder::Escapes),
    ("\\x4", Decoder::Escapes),
    ("\\x5", Decoder::Escapes),
    ("\\x6", Decoder::Escapes),
    ("\\x7", Decoder::Escapes),
    ("%2E", Decoder::Percent),
    ("%2e", Decoder::Percent),
    // The searcher tells patterns apart by their first three bytes: these are rare.
    ("se64", Decoder::Base64),
    ("SE64", Decoder::Base64),
    ("b64", Decoder::Base64),
    ("tob(", Decoder::Base64),
    (": Secret", Decoder::Base64),
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Decoder {
    Escapes,
    Percent,
    Base64,
}

fn triggers() -> &'static AhoCorasick {
    static AC: OnceLock<AhoCorasick> = OnceLock::new();
    AC.get_or_init(|| {
        AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostFirst)
            .build(TRIGGERS.iter().map(|(t, _)| t))
            .expect("valid triggers")
    })
}

/// How far either side of a trigger a decoder looks: an escaped key is at most six
/// times as long as the key (`\u0030` per character).
const WINDOW: usize = 6 * 64 + 16;
/// Shortest base64 run decoded: the encoding of the shortest key (49 bytes).
const MIN_BASE64_RUN: usize = 64;
/// Longest base64 run decoded, and longest UTF-16 run, in bytes.
const MAX_RUN: usize = 1 << 20;
/// base64 decoding goes this deep (base64 of base64 of a key).
const MAX_DEPTH: usize = 2;

/// The views worth scanning in `buf[range]` (the range plus what a match may need
/// past it is in `buf`). The triggers are cheap on ordinary text: one SIMD pass for
/// the textual triggers, one for `+`, two for side-by-side literals, and a NUL check
/// for UTF-16.
pub fn views(buf: &[u8], range: Range<usize>) -> Vec<View> {
    let mut out = Vec::new();
    let mut escapes: Vec<Range<usize>> = Vec::new();
    let mut percents: Vec<Range<usize>> = Vec::new();
    let mut base64: Vec<Range<usize>> = Vec::new();
    let mut junctions = Vec::new();
    let hay = &buf[range.clone()];
    for m in triggers().find_iter(hay) {
        let at = range.start + m.start();
        match TRIGGERS[m.pattern().as_usize()].1 {
            Decoder::Escapes => add_window(&mut escapes, at, WINDOW, buf.len()),
            Decoder::Percent => add_window(&mut percents, at, WINDOW, buf.len()),
            Decoder::Base64 => add_window(&mut base64, at, BASE64_WINDOW, buf.len()),
        }
    }
    // Junctions between string literals: a `+` with a quote before it, and two quotes
    // side by side. Quotes are too common for the searcher above; `+` alone is cheap.
    for i in memchr::memchr_iter(b'+', hay) {
        let mut j = range.start + i;
        while j > 0 && matches!(buf[j - 1], b' ' | b'\t' | b'\r' | b'\n') {
            j -= 1;
        }
        if j > 0 && matches!(buf[j - 1], b'"' | b'\'' | b'`') && j > 1 && key_byte(buf[j - 2]) {
            junctions.push(j - 1);
        }
    }
    for q in [&b"\" \""[..], &b"' '"[..]] {
        for i in memchr::memmem::find_iter(hay, q) {
            let at = range.start + i;
            if at > 0 && key_byte(buf[at - 1]) {
                junctions.push(at);
            }
        }
    }
    junctions.sort_unstable();
    junctions.dedup();
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
    if memchr::memchr(0, hay).is_some() {
        utf16_views(buf, range, &mut out);
    }
    out
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
        let left = buf[..at].iter().rev().take_while(|&&b| key_byte(b)).count();
        let right = buf[next..].iter().take_while(|&&b| key_byte(b)).count();
        if left == 0 || right == 0 {
            continue;
        }
        let mut v = View::new("concatenation");
        for (i, &b) in buf.iter().enumerate().take(at).skip(at - left) {
            v.push(b, i, i + 1);
        }
        // Follow the chain: fragment, junction, fragment...
        let mut i = next;
        loop {
            while i < buf.len() && key_byte(buf[i]) && v.bytes.len() < 4 * 64 {
                v.push(buf[i], i, i + 1);
                i += 1;
            }
            match junction_end(buf, i) {
                Some(n) if buf.get(n).copied().is_some_and(key_byte) => i = n,
                _ => break,
            }
        }
        done_to = i;
        if v.bytes.len() >= 49 {
            out.push(v);
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
    let mut i = range.start;
    let end = range.end.min(buf.len());
    while i < end {
        if b64_value(buf[i]).is_none() {
            i += 1;
            continue;
        }
        let start = i;
        while i < buf.len() && i - start < MAX_RUN && b64_value(buf[i]).is_some() {
            i += 1;
        }
        if i - start < MIN_BASE64_RUN {
            continue;
        }
        if let Some(v) = decode_base64(buf, start..i) {
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
    let mut v = View::new("base64");
    let chars = &buf[run.clone()];
    let mut acc: u32 = 0;
    let mut bits = 0;
    let mut group_start = run.start;
    for (k, &c) in chars.iter().enumerate() {
        if k % 4 == 0 {
            group_start = run.start + k;
        }
        acc = (acc << 6) | u32::from(b64_value(c)?);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            let byte = (acc >> bits) as u8;
            let group_end = (group_start + 4).min(run.end);
            v.push(byte, group_start, group_end);
        }
    }
    let printable = v
        .bytes
        .iter()
        .filter(|&&b| (0x20..0x7f).contains(&b) || matches!(b, b'\n' | b'\r' | b'\t'))
        .count();
    (printable * 10 >= v.bytes.len() * 9).then_some(v)
}

/// UTF-16 text (little or big endian): around each `.` that is one UTF-16 unit (the
/// dot in every key), the run of ASCII units it sits in.
fn utf16_views(buf: &[u8], range: Range<usize>, out: &mut Vec<View>) {
    // Each run is found in both byte orders, one byte apart: the reading in the wrong
    // order usually loses a character at one end. Of overlapping runs, the longer is
    // the text.
    let mut runs: Vec<(usize, usize, bool)> = Vec::new();
    for (needle, le) in [(&b".\0"[..], true), (&b"\0."[..], false)] {
        let unit = |i: usize| -> Option<u8> {
            let (a, b) = (*buf.get(i)?, *buf.get(i + 1)?);
            let (c, z) = if le { (a, b) } else { (b, a) };
            (z == 0 && (0x20..0x7f).contains(&c)).then_some(c)
        };
        let mut covered = 0;
        for at in memchr::memmem::find_iter(&buf[range.clone()], needle) {
            let at = range.start + at;
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
        views(buf, 0..buf.len())
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
        let v = views(buf, 0..buf.len()).remove(0);
        let at = v.bytes.iter().position(|&b| b == b'a').unwrap();
        assert_eq!(v.original(at..at + 2), 3..15);
        assert!(!v.is_verbatim(at..at + 2, buf));
    }
}
