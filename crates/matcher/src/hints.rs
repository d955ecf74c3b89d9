//! Where a disguised key may hide: the few places worth a decoder's look, found in the
//! matcher's pass over the bytes.
//!
//! A key in disguise leaves a mark near it: an escape (`\u0030`, `\x2e`), a percent
//! code of its dot (`%2E`), a word that announces base64 (`base64`, `b64`, `atob(`, a
//! Kubernetes `Secret`), UTF-16 text around its dot (NUL `.` NUL), or a string literal
//! closed next to another (`…" + "…`, `…' '…`). Each mark is three bytes, each from a
//! small class, plus for some a class of the byte before it.
//!
//! The vector loops classify 64 bytes (32 with AVX2) at a time, at three offsets (the
//! byte, the next, the one after): with AVX-512 VBMI one 128-entry byte permute per
//! offset, elsewhere two 16-entry nibble shuffles whose product holds each class and a
//! little more. One test finds the blocks with a mark; on ordinary text there are
//! none, and a block costs a few vector instructions. Where the kernel runs on VBMI,
//! the same permutes also find its hex digits and `yJ` (`kernel::zai_scan_hinted`), so
//! the marks cost little more than the key search alone. Each flagged place is then
//! checked byte by byte against the exact classes, so every engine reports the same
//! marks.
//!
//! The caller still checks each mark in context (a `\` before `u00`, the word around
//! `e64`) before it decodes anything.

use std::ops::Range;

use crate::engine::Engine;

/// The kinds of mark, one bit each, as [`Hint::kinds`] carries them.
pub mod kind {
    /// `00` then `2` to `7`: the inside of `\u0020` to `\u007f`, a JS or JSON escape
    /// of a character a key can hold (the mark starts two bytes after the `\`).
    pub const ESCAPE_U: u8 = 1 << 0;
    /// `%2E` or `%2e`: a percent-encoded dot.
    pub const PERCENT: u8 = 1 << 1;
    /// A word that announces base64, by three of its letters: `e64`, `E64`, `b64`,
    /// `B64` (the end of `base64`, `BASE64`, `b64`), `ob(` (of `atob(`), `ecr` (of a
    /// Kubernetes `Secret`). One class per position holds all of them, so a few other
    /// triples (`bb4`, `ocr`...) are marked too.
    pub const BASE64_WORD: u8 = 1 << 2;
    /// NUL, `.`, NUL: a dot in UTF-16 text with ASCII on both sides, little endian
    /// from the dot (`.` NUL) or big endian from the NUL before it (NUL `.`).
    pub const UTF16_DOT: u8 = 1 << 5;
    /// A quote (`"`, `'` or `` ` ``), then a space or `+`, then `+`, a quote or a line
    /// feed: a string literal closed next to another (`"abc" + "def"`, `'abc' 'def'`,
    /// `` `abc`+`def` ``, `"abc"+` or `"abc" +` with the next literal on the next
    /// line).
    pub const JUNCTION: u8 = 1 << 6;
    /// `\x2` to `\x7`: a JS escape of a character a key can hold.
    pub const ESCAPE_X: u8 = 1 << 7;
}

/// A place worth a look: the first byte of a mark, and which kinds of mark start there.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Hint {
    pub at: usize,
    pub kinds: u8,
}

/// One byte class: a set of ASCII bytes, as a 128-bit set. No class holds a byte of
/// 0x80 or more.
#[derive(Clone, Copy)]
struct Class(u128);

const NONE: Class = Class(0);

/// The class of the bytes in `bytes`.
const fn class(bytes: &[u8]) -> Class {
    let mut set = 0u128;
    let mut i = 0;
    while i < bytes.len() {
        assert!(bytes[i] < 0x80, "classes hold ASCII bytes only");
        set |= 1 << bytes[i];
        i += 1;
    }
    Class(set)
}

/// The marks, bit by bit: the class of the byte at the hint, of the next and of the one
/// after. The order is [`kind`]'s. Bits 3 and 4 are left to the matcher kernel, which
/// classifies bytes with the same tables (`FUSED` there).
const MARKS: [[Class; 3]; 8] = [
    [class(b"0"), class(b"0"), class(b"234567")],
    [class(b"%"), class(b"2"), class(b"Ee")],
    // `e64` `b64` (and capitals), `ob(` of `atob(`, `ecr` of `Secret`.
    [class(b"BEbeo"), class(b"6bc"), class(b"4(r")],
    [NONE, NONE, NONE],
    [NONE, NONE, NONE],
    [class(b"\0"), class(b"."), class(b"\0")],
    [class(b"\"'`"), class(b" +"), class(b"\n\"'+`")],
    [class(b"\\"), class(b"x"), class(b"234567")],
];

/// For each mark, the class of the byte just before it, checked one mark at a time
/// (not by the vector loops): `u` before the `00` of `\u0020`, a letter, digit or dot
/// (the end of a key's fragment) before a junction's quote. `None`: any byte, or none.
const BEFORE: [Option<Class>; 8] = [
    Some(class(b"u")),
    None,
    None,
    None,
    None,
    None,
    Some(class(
        b".0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
    )),
    None,
];

/// The marks that need no byte before them.
const FREE_BEFORE: u8 = {
    let mut bits = 0;
    let mut k = 0;
    while k < 8 {
        if BEFORE[k].is_none() {
            bits |= 1 << k;
        }
        k += 1;
    }
    bits
};

/// For every byte, the marks it may stand before.
const BEFORE_TABLE: [u8; 256] = {
    let mut t = [FREE_BEFORE; 256];
    let mut b = 0;
    while b < 128 {
        let mut k = 0;
        while k < 8 {
            if let Some(c) = BEFORE[k] {
                if c.0 & (1 << b) != 0 {
                    t[b] |= 1 << k;
                }
            }
            k += 1;
        }
        b += 1;
    }
    t
};

/// The marks that start at `at`, exactly (`at + 2` is in `hay`).
#[inline(always)]
fn exact(hay: &[u8], at: usize) -> u8 {
    let [x, y, z] = &BYTE_TABLES;
    let before = if at > 0 {
        BEFORE_TABLE[hay[at - 1] as usize]
    } else {
        FREE_BEFORE
    };
    let mut kinds =
        x[hay[at] as usize] & y[hay[at + 1] as usize] & z[hay[at + 2] as usize] & before;
    // Two literals side by side (`'ab' 'cd'`): the second must start with a fragment
    // too, or this is a quoted space (`' '`) after a word.
    if kinds & kind::JUNCTION != 0
        && matches!(hay[at + 2], b'"' | b'\'' | b'`')
        && hay
            .get(at + 3)
            .is_none_or(|&b| BEFORE_TABLE[b as usize] & kind::JUNCTION == 0)
    {
        kinds &= !kind::JUNCTION;
    }
    kinds
}

/// The mark bits that [`find`] reports.
pub(crate) const HINT_BITS: u8 = !(1 << 3 | 1 << 4);

/// For one position of the mark, the mark bits of every byte: exactly the classes.
const fn byte_table(pos: usize) -> [u8; 256] {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let mut k = 0;
        while k < 8 {
            if MARKS[k][pos].0 & (1 << b) != 0 {
                t[b] |= 1 << k;
            }
            k += 1;
        }
        b += 1;
    }
    t
}

pub(crate) const BYTE_TABLES: [[u8; 256]; 3] = [byte_table(0), byte_table(1), byte_table(2)];

/// For one position of the mark, the shuffle tables of low nibbles and of high nibbles:
/// entry `n` has bit `k` set when some byte of mark `k`'s class has nibble `n`. Their
/// product holds each class and more: what they find is checked against
/// [`BYTE_TABLES`].
const fn nibble_tables(pos: usize) -> ([u8; 16], [u8; 16]) {
    let (mut lo, mut hi) = ([0u8; 16], [0u8; 16]);
    let mut b = 0;
    while b < 256 {
        lo[b & 15] |= BYTE_TABLES[pos][b];
        hi[b >> 4] |= BYTE_TABLES[pos][b];
        b += 1;
    }
    (lo, hi)
}

const TABLES: [([u8; 16], [u8; 16]); 3] = [nibble_tables(0), nibble_tables(1), nibble_tables(2)];

/// The mark bits of position `pos` for byte `b`.
#[cfg(test)]
fn bits(pos: usize, b: u8) -> u8 {
    BYTE_TABLES[pos][b as usize]
}

/// Three-byte marks of some kind: for each position, every byte's mark bits (and the
/// nibble tables whose product holds them), and the exact check of a flagged place.
/// The vector loops below serve every set: the decoders' marks here, the flows'
/// anchors (`crate::anchors`).
pub(crate) trait MarkSet<const N: usize> {
    /// Whether the exact check is cheap enough to inline into the vector loops; a
    /// costly one is called out of line, so that the loops keep their state in
    /// registers.
    const INLINE_CHECK: bool = true;
    fn byte_tables(&self) -> &[[u8; 256]; N];
    fn nibble_tables(&self) -> &[([u8; 16], [u8; 16]); N];
    /// The marks that start at `at`, exactly (`at + N - 1` is in `hay`).
    fn exact(&self, hay: &[u8], at: usize) -> u8;
}

/// The decoders' marks.
pub(crate) struct Decoders;

impl MarkSet<3> for Decoders {
    #[inline(always)]
    fn byte_tables(&self) -> &[[u8; 256]; 3] {
        &BYTE_TABLES
    }
    #[inline(always)]
    fn nibble_tables(&self) -> &[([u8; 16], [u8; 16]); 3] {
        &TABLES
    }
    #[inline(always)]
    fn exact(&self, hay: &[u8], at: usize) -> u8 {
        exact(hay, at)
    }
}

/// Appends to `out`, in order, every hint that starts in `range`, with the fastest
/// engine.
pub fn find(hay: &[u8], range: Range<usize>, out: &mut Vec<Hint>) {
    find_with(Engine::best(), hay, range, out)
}

/// The same with `engine`, or with the portable engine where this CPU cannot run it.
pub fn find_with(engine: Engine, hay: &[u8], range: Range<usize>, out: &mut Vec<Hint>) {
    find_marks(&Decoders, engine, hay, range, out)
}

/// Every mark of `set` that starts in `range`, with `engine` where this CPU has it.
#[inline(always)]
pub(crate) fn find_marks<const N: usize, M: MarkSet<N>>(
    set: &M,
    engine: Engine,
    hay: &[u8],
    range: Range<usize>,
    out: &mut Vec<Hint>,
) {
    let range = range.start.min(hay.len())..range.end.min(hay.len());
    match engine {
        #[cfg(target_arch = "x86_64")]
        Engine::Avx512 if engine.available() => {
            // SAFETY: the CPU supports AVX-512BW, checked just above.
            unsafe { avx512::find(set, hay, range, out) }
        }
        #[cfg(target_arch = "x86_64")]
        Engine::Avx2 if engine.available() => {
            // SAFETY: the CPU supports AVX2, checked just above.
            unsafe { avx2::find(set, hay, range, out) }
        }
        _ => portable(set, hay, range, out),
    }
}

/// A byte at a time, three table look-ups per byte.
pub fn find_portable(hay: &[u8], range: Range<usize>, out: &mut Vec<Hint>) {
    portable(&Decoders, hay, range, out)
}

pub(crate) fn portable<const N: usize, M: MarkSet<N>>(
    set: &M,
    hay: &[u8],
    range: Range<usize>,
    out: &mut Vec<Hint>,
) {
    let tables = set.byte_tables();
    // A mark needs its N bytes: none starts in the last N - 1.
    let end = range.end.min(hay.len().saturating_sub(N - 1));
    if range.start >= end {
        return;
    }
    for (k, w) in hay[range.start..end + N - 1].windows(N).enumerate() {
        if tables
            .iter()
            .zip(w)
            .fold(0xff, |acc, (t, &b)| acc & t[b as usize])
            != 0
        {
            let at = range.start + k;
            let kinds = set.exact(hay, at);
            if kinds != 0 {
                out.push(Hint { at, kinds });
            }
        }
    }
}

/// Pushes the marks of the block at `q` that `mask` flags, each checked against the
/// exact classes and the byte before it (the block's bytes and the two after it are in
/// `hay`): the vector loops find a superset.
#[inline(always)]
pub(crate) fn push_block_checked(hay: &[u8], q: usize, mask: u64, out: &mut Vec<Hint>) {
    push_checked(&Decoders, hay, q, mask, out)
}

/// The same, inlined or out of line as the set asks.
#[inline(always)]
fn push_flagged<const N: usize, M: MarkSet<N>>(
    set: &M,
    hay: &[u8],
    q: usize,
    mask: u64,
    out: &mut Vec<Hint>,
) {
    if M::INLINE_CHECK {
        push_checked(set, hay, q, mask, out)
    } else {
        push_checked_cold(set, hay, q, mask, out)
    }
}

#[cold]
#[inline(never)]
fn push_checked_cold<const N: usize, M: MarkSet<N>>(
    set: &M,
    hay: &[u8],
    q: usize,
    mask: u64,
    out: &mut Vec<Hint>,
) {
    push_checked(set, hay, q, mask, out)
}

#[inline(always)]
fn push_checked<const N: usize, M: MarkSet<N>>(
    set: &M,
    hay: &[u8],
    q: usize,
    mut mask: u64,
    out: &mut Vec<Hint>,
) {
    while mask != 0 {
        let at = q + mask.trailing_zeros() as usize;
        mask &= mask - 1;
        let kinds = set.exact(hay, at);
        if kinds != 0 {
            out.push(Hint { at, kinds });
        }
    }
}

#[cfg(target_arch = "x86_64")]
mod avx512 {
    use std::arch::x86_64::*;
    use std::ops::Range;

    use super::{portable, push_flagged, Hint, MarkSet};

    /// # Safety
    /// The CPU must support AVX-512BW.
    pub unsafe fn find<const N: usize, M: MarkSet<N>>(
        set: &M,
        hay: &[u8],
        range: Range<usize>,
        out: &mut Vec<Hint>,
    ) {
        static VBMI: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
        if *VBMI.get_or_init(|| std::is_x86_feature_detected!("avx512vbmi")) {
            // SAFETY: AVX-512BW is the caller's promise; VBMI is checked just above.
            unsafe { find_vbmi(set, hay, range, out) }
        } else {
            // Without VBMI, the nibble shuffles of AVX2 (which every AVX-512 CPU has).
            super::find_marks(set, super::Engine::Avx2, hay, range, out)
        }
    }

    /// With a 128-entry table per position: one byte permute classifies 64 bytes.
    ///
    /// # Safety
    /// The CPU must support AVX-512BW and AVX-512VBMI.
    #[target_feature(enable = "avx512bw,avx512vbmi")]
    pub unsafe fn find_vbmi<const N: usize, M: MarkSet<N>>(
        set: &M,
        hay: &[u8],
        range: Range<usize>,
        out: &mut Vec<Hint>,
    ) {
        let tables = set.byte_tables();
        let half = |t: &[u8; 256], h: usize| {
            // SAFETY: 64 bytes are read from the 256-byte array at 0 or 64.
            unsafe { _mm512_loadu_si512(t.as_ptr().add(64 * h) as *const _) }
        };
        let lo_t: [__m512i; N] = std::array::from_fn(|p| half(&tables[p], 0));
        let hi_t: [__m512i; N] = std::array::from_fn(|p| half(&tables[p], 1));
        let ptr = hay.as_ptr();
        let mut q = range.start;
        while q + 64 <= range.end && q + 63 + N <= hay.len() {
            let mut acc = _mm512_set1_epi8(-1);
            for pos in 0..N {
                // SAFETY: q + pos + 64 <= q + 63 + N <= len.
                let v = unsafe { _mm512_loadu_si512(ptr.add(q + pos) as *const _) };
                // Seven bits index the table: a byte of 0x80 or more gets an ASCII
                // byte's class here, and is weeded out by the check.
                let c = _mm512_permutex2var_epi8(lo_t[pos], v, hi_t[pos]);
                acc = _mm512_and_si512(acc, c);
            }
            let mask = _mm512_test_epi8_mask(acc, acc);
            if mask != 0 {
                push_flagged(set, hay, q, mask, out);
            }
            q += 64;
        }
        portable(set, hay, q..range.end, out);
    }
}

#[cfg(target_arch = "x86_64")]
mod avx2 {
    use std::arch::x86_64::*;
    use std::ops::Range;

    use super::{portable, push_flagged, Hint, MarkSet};

    /// # Safety
    /// The CPU must support AVX2.
    #[target_feature(enable = "avx2")]
    pub unsafe fn find<const N: usize, M: MarkSet<N>>(
        set: &M,
        hay: &[u8],
        range: Range<usize>,
        out: &mut Vec<Hint>,
    ) {
        let tables = set.nibble_tables();
        let table = |t: &[u8; 16]| {
            // SAFETY: 16 bytes are read from a 16-byte array.
            _mm256_broadcastsi128_si256(unsafe { _mm_loadu_si128(t.as_ptr() as *const __m128i) })
        };
        let lo_t: [__m256i; N] = std::array::from_fn(|p| table(&tables[p].0));
        let hi_t: [__m256i; N] = std::array::from_fn(|p| table(&tables[p].1));
        let nibble = _mm256_set1_epi8(15);
        let zero = _mm256_setzero_si256();
        let ptr = hay.as_ptr();
        let mut q = range.start;
        while q + 32 <= range.end && q + 31 + N <= hay.len() {
            let mut acc = _mm256_set1_epi8(-1);
            for pos in 0..N {
                // SAFETY: q + pos + 32 <= q + 31 + N <= len.
                let v = unsafe { _mm256_loadu_si256(ptr.add(q + pos) as *const __m256i) };
                let lo = _mm256_and_si256(v, nibble);
                let hi = _mm256_and_si256(_mm256_srli_epi16(v, 4), nibble);
                let c = _mm256_and_si256(
                    _mm256_shuffle_epi8(lo_t[pos], lo),
                    _mm256_shuffle_epi8(hi_t[pos], hi),
                );
                acc = _mm256_and_si256(acc, c);
            }
            let zeros = _mm256_movemask_epi8(_mm256_cmpeq_epi8(acc, zero)) as u32;
            let mask = u64::from(!zeros);
            if mask != 0 {
                push_flagged(set, hay, q, mask, out);
            }
            q += 32;
        }
        portable(set, hay, q..range.end, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every engine this CPU has gives the portable engine's answer.
    fn all_engines(hay: &[u8], r: Range<usize>) -> Vec<Hint> {
        let mut portable = Vec::new();
        find_portable(
            hay,
            r.start.min(hay.len())..r.end.min(hay.len()),
            &mut portable,
        );
        for engine in Engine::ALL.into_iter().filter(|e| e.available()) {
            let mut v = Vec::new();
            find_with(engine, hay, r.clone(), &mut v);
            assert_eq!(v, portable, "{engine:?} on {r:?}");
        }
        portable
    }

    fn kinds(s: &[u8]) -> Vec<(usize, u8)> {
        all_engines(s, 0..s.len())
            .into_iter()
            .map(|h| (h.at, h.kinds))
            .collect()
    }

    #[test]
    fn each_mark_is_found_exactly_where_it_starts() {
        assert_eq!(kinds(br"a\u002e"), vec![(3, kind::ESCAPE_U)]);
        assert_eq!(kinds(br"\u0430\u00e9"), vec![]);
        assert_eq!(kinds(br"\x2e."), vec![(0, kind::ESCAPE_X)]);
        assert_eq!(kinds(br"\x0a"), vec![]);
        assert_eq!(
            kinds(b"q%2Ex%2e"),
            vec![(1, kind::PERCENT), (5, kind::PERCENT)]
        );
        assert_eq!(kinds(b"%2F"), vec![]);
        assert_eq!(
            kinds(b"base64 b64 BASE64 int64"),
            vec![
                (3, kind::BASE64_WORD),
                (7, kind::BASE64_WORD),
                (14, kind::BASE64_WORD)
            ]
        );
        assert_eq!(kinds(b"atob(x)"), vec![(2, kind::BASE64_WORD)]);
        assert_eq!(kinds(b"kind: Secret"), vec![(7, kind::BASE64_WORD)]);
        assert_eq!(kinds(b"a\0.\0b"), vec![(1, kind::UTF16_DOT)]);
        assert_eq!(kinds(b"a.\0b"), vec![]);
        assert_eq!(kinds(b"x = \"ab\" + \"cd\""), vec![(7, kind::JUNCTION)]);
        assert_eq!(kinds(b"'ab' 'cd'"), vec![(3, kind::JUNCTION)]);
        assert_eq!(kinds(b"t 'ab' '\n\tx'"), vec![]);
        assert_eq!(kinds(b"'ab'+'cd'"), vec![(3, kind::JUNCTION)]);
        assert_eq!(kinds(b"'ab' +\n  'cd'"), vec![(3, kind::JUNCTION)]);
        assert_eq!(kinds(b"f(\"ab\"), g(\"cd\") + 1"), vec![]);
        assert_eq!(kinds(b"echo \"ab\" >out"), vec![]);
        assert_eq!(kinds(b"`ab`+`cd`"), vec![(3, kind::JUNCTION)]);
        // A mark cut by the end of the bytes is no mark.
        assert_eq!(kinds(b"x\\x2"), vec![(1, kind::ESCAPE_X)]);
        assert_eq!(kinds(b"x\\x"), vec![]);
        assert_eq!(kinds(b"ab\""), vec![]);
    }

    #[test]
    fn classes_are_exactly_their_bytes() {
        for b in 0..=255u8 {
            let third = b"\n\"'+`".contains(&b);
            assert_eq!(bits(2, b) & kind::JUNCTION != 0, third, "{b:#x}");
            assert_eq!(bits(1, b) & kind::JUNCTION != 0, b == b' ' || b == b'+');
            assert_eq!(bits(0, b) & kind::JUNCTION != 0, b"\"'`".contains(&b));
            assert_eq!(bits(1, b) & kind::ESCAPE_X != 0, b == b'x');
            assert_eq!(bits(2, b) & kind::ESCAPE_U != 0, (b'2'..=b'7').contains(&b));
            assert_eq!(bits(0, b) & kind::UTF16_DOT != 0, b == 0);
            assert_eq!(bits(0, b) & kind::BASE64_WORD != 0, b"BEbeo".contains(&b));
            for pos in 0..3 {
                assert_eq!(
                    bits(pos, b) & !HINT_BITS,
                    0,
                    "bits 3 and 4 are the kernel's"
                );
            }
        }
    }

    #[test]
    fn engines_agree_at_every_offset_and_range() {
        let mut rng = crate::TestRng::new(0x2545_F491_4F6C_DD1Du64);
        let pieces: [&[u8]; 14] = [
            b"\\u0030",
            b"\\x2e",
            b"%2E",
            b"base64",
            b"atob(",
            b"kind: Secret",
            b".\0",
            b"\0.",
            b"\"ab\" + ",
            b"'c' ",
            b"abcdef",
            b" ",
            b"\xff\x80",
            b"\0",
        ];
        let mut total = 0;
        for _ in 0..300 {
            let hay = rng.haystack(&pieces, 400);
            let r = rng.range(hay.len());
            for r in [0..hay.len(), r.clone(), r.start..hay.len() + 10] {
                total += all_engines(&hay, r).len();
            }
        }
        assert!(total > 1000, "the haystacks should hold hints: {total}");
    }
}
