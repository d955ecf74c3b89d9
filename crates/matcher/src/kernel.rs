//! Specialised matching routines named by rules (`kernel = "…"`).
//!
//! Both Z.ai kernels run in one pass over the bytes ([`zai_scan`]). Each reports
//! candidates: places where the rule's pattern matches, exactly as the pattern would
//! match there. Boundaries, placeholders and validators are the caller's business, as
//! is the rule that a match hides candidates that start inside it.
//!
//! The key has no literal for a substring search to hunt, but its id is a run of 32 hex
//! digits ended by a dot. The vector loop classifies 32 bytes at a time into a bit mask
//! of hex digits and carries the length of the run of hex digits across blocks; only
//! where a run of 32 or more ends does it look closer. SDK tokens are JWTs, and every
//! JWT starts with `eyJ` (base64 of `{"`): the same loop marks where `eyJ` starts.
//! Where neither shows, a block costs a handful of vector instructions and one
//! rarely-taken branch.

use std::ops::Range;

use crate::bytes::{ALNUM, LOWER_HEX};
pub use crate::engine::Engine;
use crate::hints::{self, Hint};

/// Length of a Z.ai API key: 32 hex digits, a dot, 16 letters and digits.
pub const ZAI_KEY_LEN: usize = 49;
const ID_LEN: usize = 32;
const SECRET_LEN: usize = 16;

/// Bounds of the three JWT segments, as `patterns/zai.toml` writes them for `zai-jwt`:
/// `eyJ[A-Za-z0-9_-]{8,500}\.eyJ[A-Za-z0-9_-]{8,2000}\.[A-Za-z0-9_-]{16,500}`.
const JWT_HEADER: (usize, usize) = (8, 500);
const JWT_PAYLOAD: (usize, usize) = (8, 2000);
const JWT_SIGNATURE: (usize, usize) = (16, 500);

/// What the one pass found: API-key starts and SDK-token spans, each in increasing
/// order of start.
pub trait ZaiCandidates {
    fn key(&mut self, start: usize);
    fn jwt(&mut self, start: usize, end: usize);
}

/// The candidates of one pass, collected: each kind in its own list, in the order the
/// engines promise (increasing start).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Candidates {
    pub keys: Vec<usize>,
    pub jwts: Vec<(usize, usize)>,
}

impl ZaiCandidates for Candidates {
    fn key(&mut self, start: usize) {
        self.keys.push(start);
    }
    fn jwt(&mut self, start: usize, end: usize) {
        self.jwts.push((start, end));
    }
}

/// Finds every candidate whose start lies in `range`, with the fastest engine.
pub fn zai_scan(hay: &[u8], range: Range<usize>, out: &mut dyn ZaiCandidates) {
    scan_with(Engine::best(), hay, range, out);
}

/// Finds every candidate whose start lies in `range`, with `engine`, or with the
/// portable engine where this CPU cannot run `engine`.
pub fn scan_with(engine: Engine, hay: &[u8], range: Range<usize>, out: &mut dyn ZaiCandidates) {
    match engine {
        #[cfg(target_arch = "x86_64")]
        Engine::Avx512 if engine.available() => {
            // SAFETY: the CPU supports AVX-512BW, checked just above.
            unsafe { avx512::scan(hay, range, out) }
        }
        #[cfg(target_arch = "x86_64")]
        Engine::Avx2 if engine.available() => {
            // SAFETY: the CPU supports AVX2, checked just above.
            unsafe { avx2::scan(hay, range, out) }
        }
        _ => scan_portable(hay, range, out),
    }
}

/// Finds every candidate whose start lies in `range` and, in the same pass, every
/// [`hints`] mark that starts in `range.start..hint_end`, with the fastest engine.
pub fn zai_scan_hinted(
    hay: &[u8],
    range: Range<usize>,
    hint_end: usize,
    out: &mut dyn ZaiCandidates,
    marks: &mut Vec<Hint>,
) {
    scan_hinted_with(Engine::best(), hay, range, hint_end, out, marks);
}

/// The same with `engine`. Where the CPU has AVX-512 VBMI, one loop does both: a byte
/// permute per position classifies 64 bytes for the marks, the hex digits of a key id
/// and the `yJ` of a token at once. Elsewhere the two run one after the other.
pub fn scan_hinted_with(
    engine: Engine,
    hay: &[u8],
    range: Range<usize>,
    hint_end: usize,
    out: &mut dyn ZaiCandidates,
    marks: &mut Vec<Hint>,
) {
    let hint_end = hint_end.min(hay.len());
    #[cfg(target_arch = "x86_64")]
    if engine == Engine::Avx512 && engine.available() && fused::available() {
        // SAFETY: the CPU supports AVX-512BW and VBMI, checked just above.
        unsafe { fused::scan(hay, range, hint_end, out, marks) };
        return;
    }
    scan_with(engine, hay, range.clone(), out);
    hints::find_with(engine, hay, range.start..hint_end, marks);
}

/// The same search without vector instructions: a loop that samples one byte in 32 for
/// keys (any key's 32 hex digits cover a sampled byte) and `memmem` for `eyJ`.
pub fn scan_portable(hay: &[u8], range: Range<usize>, out: &mut dyn ZaiCandidates) {
    let range = range.start.min(hay.len())..range.end.min(hay.len());
    let (lo, end) = (range.start, range.end);
    // Keys, by sampling.
    let hi = end.min((hay.len() + 1).saturating_sub(ZAI_KEY_LEN));
    if lo < hi {
        let stop = (hi + ID_LEN - 1).min(hay.len());
        let mut p = lo + ID_LEN - 1;
        while p < stop {
            if !LOWER_HEX[hay[p] as usize] {
                p += ID_LEN;
                continue;
            }
            let mut b = p + 1;
            while b < hay.len() && LOWER_HEX[hay[b] as usize] {
                b += 1;
            }
            if b >= ID_LEN {
                let s = b - ID_LEN;
                if s >= lo && (s >= p || hay[s..p].iter().all(|&c| LOWER_HEX[c as usize])) {
                    key_at_dot(hay, b, lo, end, out);
                }
            }
            // No other key's id can hold a byte in [p, b]: the next sample is past b.
            p = (p + ID_LEN).max(b + 1);
        }
    }
    // SDK tokens.
    let window = &hay[lo..(end + 2).min(hay.len())];
    let mut runs = B64Runs::default();
    for i in memchr::memmem::find_iter(window, b"eyJ") {
        jwt_at(hay, lo + i, &mut runs, out);
    }
}

/// A run of at least 32 hex digits ends at `b`: if a dot and 16 letters and digits
/// follow, the key starting 32 bytes before the dot is a candidate.
#[inline]
fn key_at_dot(hay: &[u8], b: usize, lo: usize, end: usize, out: &mut dyn ZaiCandidates) {
    let s = b - ID_LEN;
    if s >= lo
        && s < end
        && b + SECRET_LEN < hay.len()
        && hay[b] == b'.'
        && hay[b + 1..b + 1 + SECRET_LEN]
            .iter()
            .all(|&c| ALNUM[c as usize])
    {
        out.key(s);
    }
}

fn is_b64url(c: u8) -> bool {
    ALNUM[c as usize] || c == b'-' || c == b'_'
}

/// Where runs of base64url characters end, remembered for the last run seen: every
/// `eyJ` inside one long run shares that run's end, so each byte is looked at once
/// however many candidates a hostile input packs into it.
#[derive(Default)]
pub(crate) struct B64Runs {
    start: usize,
    end: usize,
}

impl B64Runs {
    /// The end of the run of base64url characters that starts at or passes `at`.
    fn end_from(&mut self, hay: &[u8], at: usize) -> usize {
        if at >= self.start && at < self.end {
            return self.end;
        }
        let end = hay[at.min(hay.len())..]
            .iter()
            .position(|&c| !is_b64url(c))
            .map_or(hay.len(), |n| at + n);
        if end > at {
            *self = B64Runs { start: at, end };
        }
        end
    }
}

/// `eyJ` starts at `i`: reports the JWT that the `zai-jwt` pattern matches there, if
/// any. The segments are runs of a class without `.`, so each must be the whole run
/// up to its dot; only the signature's length is up to the greedy bound.
#[inline]
fn jwt_at(hay: &[u8], i: usize, runs: &mut B64Runs, out: &mut dyn ZaiCandidates) {
    let h = i + 3;
    let hl = runs.end_from(hay, h) - h;
    if hl < JWT_HEADER.0 || hl > JWT_HEADER.1 || hay.get(h + hl) != Some(&b'.') {
        return;
    }
    let p = h + hl + 1;
    if hay.get(p..p + 3) != Some(b"eyJ") {
        return;
    }
    let pl = runs.end_from(hay, p + 3) - (p + 3);
    if pl < JWT_PAYLOAD.0 || pl > JWT_PAYLOAD.1 || hay.get(p + 3 + pl) != Some(&b'.') {
        return;
    }
    let s = p + 3 + pl + 1;
    let sl = (runs.end_from(hay, s) - s).min(JWT_SIGNATURE.1);
    if sl >= JWT_SIGNATURE.0 {
        out.jwt(i, s + sl);
    }
}

/// Bit `j` set where `hay[q + j]` is a lowercase hex digit, for `j < n <= 64`.
fn hex_mask_scalar(hay: &[u8], q: usize, n: usize) -> u64 {
    let mut m = 0u64;
    for j in 0..n {
        if LOWER_HEX[hay[q + j] as usize] {
            m |= 1 << j;
        }
    }
    m
}

/// Bit `j` set where `yJ` starts at `hay[q + j]`, for `j < n <= 64`.
fn yj_mask_scalar(hay: &[u8], q: usize, n: usize) -> u64 {
    let mut m = 0u64;
    for j in 0..n {
        if hay.get(q + j..q + j + 2) == Some(b"yJ") {
            m |= 1 << j;
        }
    }
    m
}

/// Takes the hex mask `m` of the `width`-byte block at `q` (`width` is at most 64;
/// bits at and past `width` are zero) and `run`, the hex digits in a row just before
/// the block (counted from `lo`); reports keys whose id ends in the block and returns
/// the run carried out of it. The run is passed by value so that the vector loops keep
/// it in a register.
#[inline]
#[allow(clippy::too_many_arguments)]
fn block(
    run: usize,
    hay: &[u8],
    q: usize,
    m: u64,
    width: u32,
    lo: usize,
    end: usize,
    out: &mut dyn ZaiCandidates,
) -> usize {
    let full = u64::MAX >> (64 - width);
    if m == full {
        return run + width as usize;
    }
    // The run carried in ends at the block's first non-hex byte.
    let t = m.trailing_ones() as usize;
    if run + t >= ID_LEN {
        key_at_dot(hay, q + t, lo, end, out);
    }
    // A block wider than an id can hold a whole run of 32 inside it.
    if width as usize > ID_LEN && m.count_ones() as usize >= ID_LEN {
        inner_runs(hay, q, m, t, width, lo, end, out);
    }
    (m << (64 - width)).leading_ones() as usize
}

/// Reports keys whose id is a run of 32 or more hex digits that starts after bit `t`
/// of the block and ends inside it.
#[cold]
#[allow(clippy::too_many_arguments)]
fn inner_runs(
    hay: &[u8],
    q: usize,
    m: u64,
    t: usize,
    width: u32,
    lo: usize,
    end: usize,
    out: &mut dyn ZaiCandidates,
) {
    // Bit i of x: bits i..i+31 of m are all set.
    let mut x = m;
    for shift in [1, 2, 4, 8, 16] {
        x &= x >> shift;
    }
    x &= u64::MAX << t;
    while x != 0 {
        let i = x.trailing_zeros();
        let b = i + (!m >> i).trailing_zeros();
        if b >= width {
            break; // runs on into the next block, which sees it end
        }
        key_at_dot(hay, q + b as usize, lo, end, out);
        x &= u64::MAX.checked_shl(b).unwrap_or(0);
    }
}

/// `bits` marks where `yJ` starts in the block at `q`; an `eyJ` starts one byte
/// earlier.
#[inline]
fn jwts(
    hay: &[u8],
    q: usize,
    mut bits: u64,
    lo: usize,
    end: usize,
    b64: &mut B64Runs,
    out: &mut dyn ZaiCandidates,
) {
    while bits != 0 {
        let y = q + bits.trailing_zeros() as usize;
        bits &= bits - 1;
        if y > lo && y - 1 < end && hay[y - 1] == b'e' {
            jwt_at(hay, y - 1, b64, out);
        }
    }
}

/// The range clamped to the haystack, and where the vector loops stop: keys need their
/// dot found up to 32 bytes past the last start. `None` for an empty range.
fn bounds(hay: &[u8], range: Range<usize>) -> Option<(usize, usize, usize)> {
    let len = hay.len();
    let (lo, end) = (range.start.min(len), range.end.min(len));
    (lo < end).then(|| (lo, end, (end + ID_LEN).min(len)))
}

/// The bytes past the vector loop, a byte at a time.
#[allow(clippy::too_many_arguments)]
fn scan_tail(
    hay: &[u8],
    mut q: usize,
    scan_end: usize,
    lo: usize,
    end: usize,
    mut run: usize,
    b64: &mut B64Runs,
    out: &mut dyn ZaiCandidates,
) -> usize {
    while q < scan_end {
        let n = (scan_end - q).min(64);
        run = block(
            run,
            hay,
            q,
            hex_mask_scalar(hay, q, n),
            n as u32,
            lo,
            end,
            out,
        );
        jwts(hay, q, yj_mask_scalar(hay, q, n), lo, end, b64, out);
        q += n;
    }
    run
}

#[cfg(target_arch = "x86_64")]
mod avx512 {
    use std::arch::x86_64::*;
    use std::ops::Range;

    use super::{block, bounds, jwts, scan_tail, B64Runs, ZaiCandidates, ID_LEN};

    /// # Safety
    /// The CPU must support AVX-512BW.
    #[target_feature(enable = "avx512bw")]
    pub unsafe fn scan(hay: &[u8], range: Range<usize>, out: &mut dyn ZaiCandidates) {
        let Some((lo, end, scan_end)) = bounds(hay, range) else {
            return;
        };
        let (zero, nine) = (_mm512_set1_epi8(b'0' as i8), _mm512_set1_epi8(9));
        let (a, five) = (_mm512_set1_epi8(b'a' as i8), _mm512_set1_epi8(5));
        let (y, j) = (_mm512_set1_epi8(b'y' as i8), _mm512_set1_epi8(b'J' as i8));
        let mut b64 = B64Runs::default();
        let ptr = hay.as_ptr();
        // Bytes up to the first 64-byte boundary go the slow way, so that every load
        // in the loop is aligned and touches one cache line.
        let head = (ptr.add(lo).align_offset(64)).min(scan_end - lo);
        let mut run = scan_tail(hay, lo, lo + head, lo, end, 0, &mut b64, out);
        let mut q = lo + head;
        while q + 64 <= scan_end {
            // SAFETY: q + 64 <= scan_end <= len, and ptr + q is 64-byte aligned.
            let v = unsafe { _mm512_load_si512(ptr.add(q) as *const _) };
            // Unsigned: c - '0' <= 9, or c - 'a' <= 5.
            let hex = _mm512_cmple_epu8_mask(_mm512_sub_epi8(v, zero), nine)
                | _mm512_cmple_epu8_mask(_mm512_sub_epi8(v, a), five);
            // `yJ`: a `y` whose next byte is `J`, the next block's first byte for bit 63.
            let ys = _mm512_cmpeq_epi8_mask(v, y);
            let mut yj = ys & (_mm512_cmpeq_epi8_mask(v, j) >> 1);
            if ys >> 63 == 1 && hay.get(q + 64) == Some(&b'J') {
                yj |= 1 << 63;
            }
            // Most blocks: no run long enough to end a key id, no `yJ`.
            let quiet = (run + hex.trailing_ones() as usize) < ID_LEN
                && (hex.count_ones() as usize) < ID_LEN
                && yj == 0;
            if quiet {
                run = hex.leading_ones() as usize;
            } else {
                run = block(run, hay, q, hex, 64, lo, end, out);
                jwts(hay, q, yj, lo, end, &mut b64, out);
            }
            q += 64;
        }
        scan_tail(hay, q, scan_end, lo, end, run, &mut b64, out);
    }
}

/// The kernel and the marks in one loop, with AVX-512 VBMI.
#[cfg(target_arch = "x86_64")]
mod fused {
    use std::arch::x86_64::*;
    use std::ops::Range;

    use super::{block, bounds, jwts, scan_tail, B64Runs, ZaiCandidates, ID_LEN};
    use crate::bytes::is_lower_hex;
    use crate::hints::{self, Hint, BYTE_TABLES, HINT_BITS};

    /// The two bits of the marks' tables that the kernel uses: a hex digit (first
    /// position only), and `yJ` (a mark of its own: `y`, `J`, any ASCII byte).
    const HEX: u8 = 1 << 3;
    const YJ: u8 = 1 << 4;

    const fn table(pos: usize) -> [u8; 128] {
        let mut t = [0u8; 128];
        let mut b = 0;
        while b < 128 {
            t[b] = BYTE_TABLES[pos][b];
            let c = b as u8;
            t[b] |= match pos {
                0 => (if is_lower_hex(c) { HEX } else { 0 }) | (if c == b'y' { YJ } else { 0 }),
                1 => {
                    if c == b'J' {
                        YJ
                    } else {
                        0
                    }
                }
                _ => YJ,
            };
            b += 1;
        }
        t
    }

    const FUSED: [[u8; 128]; 3] = [table(0), table(1), table(2)];

    pub fn available() -> bool {
        static VBMI: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
        *VBMI.get_or_init(|| {
            std::is_x86_feature_detected!("avx512bw")
                && std::is_x86_feature_detected!("avx512vbmi")
                && std::is_x86_feature_detected!("popcnt")
                && std::is_x86_feature_detected!("lzcnt")
                && std::is_x86_feature_detected!("bmi1")
        })
    }

    /// # Safety
    /// The CPU must support AVX-512BW, AVX-512VBMI, POPCNT, LZCNT and BMI1 (all CPUs
    /// with VBMI do).
    #[target_feature(enable = "avx512bw,avx512vbmi,popcnt,lzcnt,bmi1")]
    pub unsafe fn scan(
        hay: &[u8],
        range: Range<usize>,
        hint_end: usize,
        out: &mut dyn ZaiCandidates,
        marks: &mut Vec<Hint>,
    ) {
        let Some((lo, end, scan_end)) = bounds(hay, range.clone()) else {
            hints::find_portable(hay, range.start..hint_end, marks);
            return;
        };
        let half = |t: &[u8; 128], h: usize| {
            // SAFETY: 64 bytes are read from the 128-byte array at 0 or 64.
            unsafe { _mm512_loadu_si512(t.as_ptr().add(64 * h) as *const _) }
        };
        let lo_t = [0, 1, 2].map(|p| half(&FUSED[p], 0));
        let hi_t = [0, 1, 2].map(|p| half(&FUSED[p], 1));
        let (hex_bit, look) = (
            _mm512_set1_epi8(HEX as i8),
            _mm512_set1_epi8((HINT_BITS | YJ) as i8),
        );
        let (mark_bits, yj_bit) = (
            _mm512_set1_epi8(HINT_BITS as i8),
            _mm512_set1_epi8(YJ as i8),
        );
        let ptr = hay.as_ptr();
        let stop = scan_end.max(hint_end);
        let mut b64 = B64Runs::default();
        let mut run = 0;
        let mut q = lo;
        // Each block reads two bytes past itself.
        while q + 64 <= stop && q + 66 <= hay.len() {
            // The permute reads seven bits of each byte: a byte of 0x80 or more gets
            // the class of the ASCII byte it ends like. The hex digits are masked with
            // the bytes' top bits; what the rest finds is checked byte by byte.
            let class = |pos: usize| {
                // SAFETY: q + pos + 64 <= q + 66 <= len.
                let v = unsafe { _mm512_loadu_si512(ptr.add(q + pos) as *const _) };
                (v, _mm512_permutex2var_epi8(lo_t[pos], v, hi_t[pos]))
            };
            let ((v0, c0), (_, c1), (_, c2)) = (class(0), class(1), class(2));
            let hex = _mm512_test_epi8_mask(c0, hex_bit) & !_mm512_movepi8_mask(v0);
            let all = _mm512_ternarylogic_epi64(c0, c1, c2, 0x80);
            let any = _mm512_test_epi8_mask(all, look);
            // Most blocks: no run long enough to end a key id, no `yJ`, no mark.
            let quiet = (run + hex.trailing_ones() as usize) < ID_LEN
                && (hex.count_ones() as usize) < ID_LEN
                && any == 0;
            if quiet {
                run = hex.leading_ones() as usize;
            } else {
                run = block(run, hay, q, hex, 64, lo, end, out);
                if any != 0 {
                    let mut yj = _mm512_test_epi8_mask(all, yj_bit);
                    let mut bits = yj;
                    while bits != 0 {
                        let j = bits.trailing_zeros() as usize;
                        bits &= bits - 1;
                        if hay[q + j] != b'y' || hay[q + j + 1] != b'J' {
                            yj &= !(1 << j);
                        }
                    }
                    jwts(hay, q, yj, lo, end, &mut b64, out);
                    let below = if hint_end >= q + 64 {
                        u64::MAX
                    } else {
                        (1u64 << (hint_end.saturating_sub(q))) - 1
                    };
                    let found = _mm512_test_epi8_mask(all, mark_bits) & below;
                    if found != 0 {
                        hints::push_block_checked(hay, q, found, marks);
                    }
                }
            }
            q += 64;
        }
        scan_tail(hay, q, scan_end, lo, end, run, &mut b64, out);
        hints::find_portable(hay, q..hint_end, marks);
    }
}

#[cfg(target_arch = "x86_64")]
mod avx2 {
    use std::arch::x86_64::*;
    use std::ops::Range;

    use super::{block, bounds, jwts, scan_tail, B64Runs, ZaiCandidates, ID_LEN};

    /// The constants of the block classifier.
    struct Classes {
        lt0: __m256i,
        gt9: __m256i,
        lta: __m256i,
        gtf: __m256i,
        y: __m256i,
        j: __m256i,
    }

    /// Masks of hex digits and of `yJ` starts for the 32 bytes at `at`.
    ///
    /// # Safety
    /// AVX2, and `at + 33 <= hay.len()`.
    #[inline(always)]
    unsafe fn classify(hay: &[u8], at: usize, c: &Classes) -> (u32, u32) {
        let ptr = hay.as_ptr().add(at);
        let v = _mm256_loadu_si256(ptr as *const __m256i);
        let v1 = _mm256_loadu_si256(ptr.add(1) as *const __m256i);
        // Signed compares: bytes >= 0x80 are negative, so never hex.
        let digit = _mm256_and_si256(_mm256_cmpgt_epi8(v, c.lt0), _mm256_cmpgt_epi8(c.gt9, v));
        let letter = _mm256_and_si256(_mm256_cmpgt_epi8(v, c.lta), _mm256_cmpgt_epi8(c.gtf, v));
        let hex = _mm256_movemask_epi8(_mm256_or_si256(digit, letter)) as u32;
        // `yJ` is rare in text; the `e` before it is checked when it shows.
        let yj = _mm256_movemask_epi8(_mm256_and_si256(
            _mm256_cmpeq_epi8(v, c.y),
            _mm256_cmpeq_epi8(v1, c.j),
        )) as u32;
        (hex, yj)
    }

    /// # Safety
    /// The CPU must support AVX2.
    #[target_feature(enable = "avx2")]
    pub unsafe fn scan(hay: &[u8], range: Range<usize>, out: &mut dyn ZaiCandidates) {
        let Some((lo, end, scan_end)) = bounds(hay, range) else {
            return;
        };
        let c = Classes {
            lt0: _mm256_set1_epi8(b'0' as i8 - 1),
            gt9: _mm256_set1_epi8(b'9' as i8 + 1),
            lta: _mm256_set1_epi8(b'a' as i8 - 1),
            gtf: _mm256_set1_epi8(b'f' as i8 + 1),
            y: _mm256_set1_epi8(b'y' as i8),
            j: _mm256_set1_epi8(b'J' as i8),
        };
        let mut run = 0;
        let mut b64 = B64Runs::default();
        let mut q = lo;
        while q + 32 <= scan_end && q + 33 <= hay.len() {
            // SAFETY: AVX2 is enabled, and q + 33 <= len.
            let (h, yj) = unsafe { classify(hay, q, &c) };
            // Most blocks: no run long enough to end a key id, no `yJ`.
            if (run + h.trailing_ones() as usize) < ID_LEN && yj == 0 {
                run = h.leading_ones() as usize;
            } else {
                run = block(run, hay, q, h as u64, 32, lo, end, out);
                jwts(hay, q, yj as u64, lo, end, &mut b64, out);
            }
            q += 32;
        }
        scan_tail(hay, q, scan_end, lo, end, run, &mut b64, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type Found = Candidates;

    /// The portable engine's answer, checked against every other engine this CPU has.
    fn both(hay: &[u8], r: Range<usize>) -> (Found, Found) {
        let mut portable = Found::default();
        scan_portable(hay, r.clone(), &mut portable);
        for engine in Engine::ALL.into_iter().filter(|e| e.available()) {
            let mut f = Found::default();
            scan_with(engine, hay, r.clone(), &mut f);
            if f != portable {
                return (f, portable);
            }
        }
        let mut again = Found::default();
        scan_portable(hay, r, &mut again);
        (again, portable)
    }

    #[test]
    fn engines_agree_on_random_text() {
        // xorshift, seeded: haystacks dense with hex runs, dots, `eyJ` and `yJ`.
        let mut rng = crate::TestRng::new(0x9E37_79B9_7F4A_7C15u64);
        let pieces: [&[u8]; 10] = [
            b"3f9a1c07be24d5e86a0f7c3b91d2e4a5",
            b"0123456789abcdef",
            b".",
            b"Xk4QzP9mW2rT7vBn",
            b"eyJ",
            b"yJ",
            b"hbGciOiJIUzI1NiJ9",
            b" ",
            b"e",
            b"\xff",
        ];
        let mut total = 0;
        for round in 0..400 {
            let hay = rng.haystack(&pieces, 700);
            for r in [0..hay.len(), rng.range(hay.len())] {
                let (a, b) = both(&hay, r.clone());
                assert_eq!(a, b, "round {round}, range {r:?}");
                total += b.keys.len() + b.jwts.len();
            }
        }
        assert!(total > 100, "the haystacks should hold candidates: {total}");
    }

    /// Candidates and marks of the one-pass scan, checked against the portable kernel
    /// and the portable marks, for every engine this CPU has.
    fn hinted(hay: &[u8], r: Range<usize>, hint_end: usize) -> (Found, Vec<Hint>) {
        let mut want = Found::default();
        scan_portable(hay, r.clone(), &mut want);
        let mut want_marks = Vec::new();
        let h = hint_end.min(hay.len());
        hints::find_portable(hay, r.start.min(h)..h, &mut want_marks);
        for engine in Engine::ALL.into_iter().filter(|e| e.available()) {
            let (mut f, mut m) = (Found::default(), Vec::new());
            scan_hinted_with(engine, hay, r.clone(), hint_end, &mut f, &mut m);
            assert_eq!(f, want, "{engine:?} candidates, range {r:?}");
            assert_eq!(m, want_marks, "{engine:?} marks, range {r:?} to {hint_end}");
        }
        (want, want_marks)
    }

    #[test]
    fn one_pass_scan_finds_what_the_two_passes_find() {
        let mut rng = crate::TestRng::new(0x1234_5678_9ABC_DEF1u64);
        let pieces: [&[u8]; 16] = [
            b"3f9a1c07be24d5e86a0f7c3b91d2e4a5",
            b".Xk4QzP9mW2rT7vBn",
            b"eyJhbGciOiJIUzI1NiJ9",
            b".eyJzdWIiOiIxMjM0NTY3ODkwIn0.",
            b"yJ",
            b"\\u002e",
            b"%2E",
            b"base64",
            b"atob(",
            b"kind: Secret",
            b"\0.\0",
            b"\"ab\" + \"cd\"",
            b"`a` `b`",
            b" ",
            b"\xff\xc3",
            b"\0",
        ];
        let (mut keys, mut marks) = (0, 0);
        for _ in 0..400 {
            let hay = rng.haystack(&pieces, 900);
            let r = rng.range(hay.len());
            let hint_end = r.end + rng.below(200);
            let (lo, full) = (r.start, 0..hay.len());
            for (r, h) in [(full, hay.len()), (r.clone(), hint_end), (r, lo)] {
                let (f, m) = hinted(&hay, r, h);
                keys += f.keys.len() + f.jwts.len();
                marks += m.len();
            }
        }
        assert!(
            keys > 100 && marks > 1000,
            "{keys} candidates, {marks} marks"
        );
    }

    #[test]
    fn vector_and_portable_scans_agree_at_every_offset_and_range() {
        let id = "3f9a1c07be24d5e86a0f7c3b91d2e4a5";
        let key = format!("{id}.Xk4QzP9mW2rT7vBn");
        let jwt = format!(
            "eyJ{}.eyJ{}.{}",
            "a".repeat(10),
            "b".repeat(12),
            "c".repeat(20)
        );
        for pad in 0..80 {
            for tail in [0, 1, 5, 40] {
                for filler in ["z", "a", ".", "e"] {
                    for thing in [&key, &jwt] {
                        let hay = format!("{}{thing}{}", filler.repeat(pad), " ".repeat(tail));
                        let hay = hay.as_bytes();
                        for lo in [0, pad.saturating_sub(1), pad, pad + 1] {
                            for hi in [pad, pad + 1, hay.len()] {
                                let (a, b) = both(hay, lo..hi);
                                assert_eq!(a, b, "pad {pad} tail {tail} {filler:?} {lo}..{hi}");
                            }
                        }
                        let (a, _) = both(hay, 0..hay.len());
                        let n = a.keys.len() + a.jwts.len();
                        assert_eq!(n, 1, "pad {pad} filler {filler:?}: {a:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn jwt_segments_follow_the_pattern_bounds() {
        let tok = |h: usize, p: usize, s: usize| {
            format!(
                "eyJ{}.eyJ{}.{}",
                "h".repeat(h),
                "p".repeat(p),
                "s".repeat(s)
            )
        };
        let spans = |t: &str| {
            let mut f = Found::default();
            scan_portable(t.as_bytes(), 0..t.len(), &mut f);
            f.jwts
        };
        assert_eq!(spans(&tok(8, 8, 16)).len(), 1);
        assert!(spans(&tok(7, 8, 16)).is_empty());
        assert!(spans(&tok(8, 7, 16)).is_empty());
        assert!(spans(&tok(8, 8, 15)).is_empty());
        assert!(spans(&tok(501, 8, 16)).is_empty());
        assert_eq!(spans(&tok(500, 8, 16)).len(), 1);
        // A signature longer than its bound is cut at the bound, as the greedy
        // pattern would.
        let t = tok(8, 8, 600);
        assert_eq!(spans(&t), vec![(0, t.len() - 100)]);
    }
}
