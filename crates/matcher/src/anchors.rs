//! Where a flow may be: the few places in the bytes worth the flow detector's look.
//!
//! Flows (findings with no secret: a Z.ai key name under a public prefix, a Z.ai host
//! called from client code) are found by words: the provider words of key names
//! (`ZAI`, `ZHIPU`, `GLM`...), Z.ai hosts, SDK names. Each word is represented by one
//! of its two-byte runs, the rarest by the letter frequencies of code, compared
//! without case. The runs are found by the same vector loops as the decoders' marks
//! (`hints`), with tables built here from the words at run time: two byte permutes per
//! 64 bytes, and where a run is, a check that its whole word is there. Only there does
//! the flow detector (`keyfence-exposure`) look at the text.

use std::ops::Range;

use crate::engine::Engine;
use crate::hints::{self, Hint, MarkSet};

/// The anchors of a set of words.
#[derive(Clone, Debug)]
pub struct Anchors {
    byte: [[u8; 256]; RUN],
    nibble: [([u8; 16], [u8; 16]); RUN],
    /// Each run, lowercased, with its bit.
    runs: Vec<([u8; RUN], u8)>,
    /// Each word, lowercased, with its run's bit and where the run starts in it: a
    /// flagged run is an anchor only where its whole word is there around it.
    words: Vec<(Vec<u8>, u8, usize)>,
}

/// How many bytes a run has.
const RUN: usize = 2;

/// How common a byte is in code (about a letter's frequency in English text, per mille,
/// with `b`, `g`, `l` and `p` raised for `BigInt`, `length`, `global`, `props`;
/// others fixed). The anchor of a word is its run with the smallest sum.
fn commonness(b: u8) -> u32 {
    const LETTERS: [u32; 26] = [
        82, 30, 28, 43, 127, 22, 35, 61, 70, 2, 8, 55, 24, 67, 75, 40, 1, 60, 63, 91, 28, 10, 24,
        2, 20, 1,
    ];
    match b.to_ascii_lowercase() {
        c @ b'a'..=b'z' => LETTERS[(c - b'a') as usize],
        b'_' => 50,
        b'.' | b'/' => 40,
        b'-' => 20,
        b'0'..=b'9' => 30,
        _ => 30,
    }
}

/// The rarest two-byte run of `word`, lowercased; `None` for a word shorter than
/// three bytes. The run only flags a place to check: the whole word must be there
/// (see [`Anchors`]), so a common run costs checks, never a false anchor.
pub fn anchor_of(word: &str) -> Option<[u8; RUN]> {
    let w = word.as_bytes();
    if w.len() < 3 {
        return None;
    }
    w.windows(RUN)
        .min_by_key(|r| r.iter().map(|&b| commonness(b)).sum::<u32>())
        .map(|r| std::array::from_fn(|i| r[i].to_ascii_lowercase()))
}

impl Anchors {
    /// The anchors of `words` (each with three bytes or more; shorter ones are left
    /// out). Distinct runs get a bit each; past eight, runs share bits, and the exact
    /// check tells them apart.
    pub fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> Anchors {
        let mut runs: Vec<([u8; RUN], u8)> = Vec::new();
        let mut whole: Vec<(Vec<u8>, u8, usize)> = Vec::new();
        for w in words {
            let Some(run) = anchor_of(w) else { continue };
            if run.iter().any(|b| !b.is_ascii()) {
                continue;
            }
            let lower = w.to_ascii_lowercase().into_bytes();
            let at = lower.windows(RUN).position(|r| r == run).unwrap_or(0);
            let bit = match runs.iter().find(|(r, _)| *r == run) {
                Some(&(_, bit)) => bit,
                None => {
                    let bit = 1u8 << (runs.len() % 8);
                    runs.push((run, bit));
                    bit
                }
            };
            whole.push((lower, bit, at));
        }
        let mut byte = [[0u8; 256]; RUN];
        for (run, bit) in &runs {
            for (pos, &b) in run.iter().enumerate() {
                for c in [b.to_ascii_lowercase(), b.to_ascii_uppercase()] {
                    byte[pos][c as usize] |= bit;
                }
            }
        }
        let mut nibble = [([0u8; 16], [0u8; 16]); RUN];
        for (n, table) in nibble.iter_mut().zip(&byte) {
            for (b, &bits) in table.iter().enumerate() {
                n.0[b & 15] |= bits;
                n.1[b >> 4] |= bits;
            }
        }
        Anchors {
            byte,
            nibble,
            runs,
            words: whole,
        }
    }

    /// Whether there is any anchor to look for.
    pub fn is_empty(&self) -> bool {
        self.runs.is_empty()
    }

    /// Appends to `out`, in order, every anchor that starts in `range`.
    pub fn find(&self, hay: &[u8], range: Range<usize>, out: &mut Vec<Hint>) {
        self.find_with(Engine::best(), hay, range, out)
    }

    /// The same a byte at a time.
    pub fn find_portable(&self, hay: &[u8], range: Range<usize>, out: &mut Vec<Hint>) {
        if !self.runs.is_empty() {
            hints::portable(
                self,
                hay,
                range.start.min(hay.len())..range.end.min(hay.len()),
                out,
            )
        }
    }

    /// The same with `engine`, or with the portable engine where this CPU cannot run it.
    pub fn find_with(&self, engine: Engine, hay: &[u8], range: Range<usize>, out: &mut Vec<Hint>) {
        if !self.runs.is_empty() {
            hints::find_marks(self, engine, hay, range, out)
        }
    }
}

impl MarkSet<RUN> for Anchors {
    const INLINE_CHECK: bool = false;
    #[inline(always)]
    fn byte_tables(&self) -> &[[u8; 256]; RUN] {
        &self.byte
    }
    #[inline(always)]
    fn nibble_tables(&self) -> &[([u8; 16], [u8; 16]); RUN] {
        &self.nibble
    }
    #[inline(always)]
    fn exact(&self, hay: &[u8], at: usize) -> u8 {
        let got: [u8; RUN] = std::array::from_fn(|i| hay[at + i].to_ascii_lowercase());
        let bits = self
            .runs
            .iter()
            .filter(|(r, _)| *r == got)
            .fold(0, |acc, (_, bit)| acc | bit);
        if bits == 0 {
            return 0;
        }
        // The whole word around the run, in any case.
        self.words
            .iter()
            .filter(|(w, bit, off)| {
                bits & bit != 0
                    && at >= *off
                    && hay
                        .get(at - off..at - off + w.len())
                        .is_some_and(|h| h.eq_ignore_ascii_case(w))
            })
            .fold(0, |acc, (_, bit, _)| acc | bit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(a: &Anchors, hay: &[u8], r: Range<usize>) -> Vec<usize> {
        let mut want = Vec::new();
        hints::portable(
            a,
            hay,
            r.start.min(hay.len())..r.end.min(hay.len()),
            &mut want,
        );
        for engine in Engine::ALL.into_iter().filter(|e| e.available()) {
            let mut got = Vec::new();
            a.find_with(engine, hay, r.clone(), &mut got);
            assert_eq!(got, want, "{engine:?} on {r:?}");
        }
        want.into_iter().map(|h| h.at).collect()
    }

    #[test]
    fn each_word_is_found_by_its_rarest_run_in_any_case() {
        assert_eq!(anchor_of("ZAI"), Some(*b"za"));
        assert_eq!(anchor_of("zhipuai"), Some(*b"zh"));
        assert_eq!(anchor_of("GLM"), Some(*b"lm"));
        assert_eq!(anchor_of("BIGMODEL"), Some(*b"gm"));
        assert_eq!(anchor_of("GL"), None);
        let a = Anchors::new(["ZAI", "ZHIPU", "GLM", "BIGMODEL", "api.z.ai"]);
        let hay = b"x VITE_Zai_KEY open.bigmodel.cn Glm zhIPU https://api.z.ai/";
        let at = found(&a, hay, 0..hay.len());
        let runs: Vec<&[u8]> = at.iter().map(|&i| &hay[i..i + 2]).collect();
        assert_eq!(runs, [&b"Za"[..], b"gm", b"lm", b"zh", b".z"]);
        // A run flags a place; only the whole word makes it an anchor.
        assert!(found(&a, b"gl m zia z-ai bigint paradigm zhi x.z.y", 0..40).is_empty());
    }

    #[test]
    fn engines_agree_at_every_offset_and_range_with_shared_bits() {
        // More than eight runs: bits are shared, the exact check tells runs apart.
        let words = [
            "ZAI", "ZHIPU", "GLM", "BIGMODEL", "api.z.ai", "jqx", "vkw", "yyy", "qqz", "xjz",
        ];
        let a = Anchors::new(words);
        let mut rng = crate::TestRng::new(0x9E37_79B9_7F4A_7C15);
        let pieces: [&[u8]; 10] = [
            b"ZAI",
            b"zhipu",
            b"glM",
            b"gmo",
            b"z.a",
            b"jqx",
            b"xx",
            b" ",
            b"\xff\x80",
            b"qqz",
        ];
        let mut total = 0;
        for _ in 0..300 {
            let hay = rng.haystack(&pieces, 300);
            let r = rng.range(hay.len());
            for r in [0..hay.len(), r.clone(), r.start..hay.len() + 10] {
                total += found(&a, &hay, r).len();
            }
        }
        assert!(total > 1000, "the haystacks should hold anchors: {total}");
    }
}
