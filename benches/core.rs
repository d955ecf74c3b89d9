//! Single-thread throughput of the matching core, next to the plain-regex reference
//! and a `memchr` scan of the same bytes, in the same run.
//!
//! Two haystacks:
//! - `real`: the npm corpus (`benches/fetch-corpus.sh` puts it in `bench-data/npm`; or
//!   set `KEYFENCE_CORPUS`), every file concatenated, with keys and SDK tokens planted
//!   at known places. Skipped, with a message, when the corpus is absent.
//! - `adversarial`: generated text dense with hex runs, dots and near-miss keys, with
//!   keys planted at known places.
//!
//! Every benchmark checks its answer before it is timed: the matchers must find exactly
//! the planted keys, and the `memchr` scan must count what a plain loop counts.
//!
//! Run: `cargo bench --bench core` (add `-- real` or `-- adversarial` to pick one).

#[path = "../tests/common/mod.rs"]
mod common;

use std::path::Path;
use std::sync::LazyLock;

use common::{key, sdk_token, Rng, ALNUM, HEX};
use divan::counter::BytesCount;
use divan::Bencher;
use keyfence_matcher::{kernel, Matcher, RuleMatcher};

fn main() {
    if REAL.is_none() {
        eprintln!(
            "note: no corpus, so the `real` benchmarks are skipped; run benches/fetch-corpus.sh \
             or set KEYFENCE_CORPUS"
        );
    }
    divan::main();
}

/// A haystack and how many matches of each kind are in it.
struct Haystack {
    bytes: Vec<u8>,
    keys: usize,
    tokens: usize,
}

const PLANT_EVERY: usize = 1 << 20;

fn read_all(dir: &Path, out: &mut Vec<u8>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap())
        .collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let ft = e.file_type().unwrap();
        if ft.is_dir() {
            read_all(&e.path(), out);
        } else if ft.is_file() {
            out.extend_from_slice(&std::fs::read(e.path()).unwrap());
            out.push(b'\n');
        }
    }
}

/// Plants a key (and every tenth time an SDK token) each `PLANT_EVERY` bytes, at a
/// line start so that it is surely bounded.
fn plant(mut text: Vec<u8>) -> Haystack {
    let mut out = Vec::with_capacity(text.len() + text.len() / PLANT_EVERY * 400);
    let (mut keys, mut tokens) = (0, 0);
    let mut at = 0;
    while at < text.len() {
        let end = (at + PLANT_EVERY).min(text.len());
        out.extend_from_slice(&text[at..end]);
        at = end;
        if keys % 10 == 9 {
            out.extend_from_slice(
                format!("\nAuthorization: Bearer {}\n", sdk_token(tokens as u64)).as_bytes(),
            );
            tokens += 1;
        }
        out.extend_from_slice(format!("\nZAI_API_KEY=\"{}\"\n", key(keys as u64)).as_bytes());
        keys += 1;
    }
    text.clear();
    Haystack {
        bytes: out,
        keys,
        tokens,
    }
}

static REAL: LazyLock<Option<Haystack>> = LazyLock::new(|| {
    let dir = common::corpus_dir()?;
    let mut text = Vec::new();
    read_all(&dir, &mut text);
    Some(plant(text))
});

/// Text made to trip a matcher: hex runs of every length near 32, dots, alphanumeric
/// runs of every length near 16, escapes, and near-miss keys that must not match.
static ADVERSARIAL: LazyLock<Haystack> = LazyLock::new(|| {
    let mut rng = Rng::new(77);
    let mut text = Vec::with_capacity(64 << 20);
    while text.len() < 64 << 20 {
        match rng.below(8) {
            0 => text.extend_from_slice(rng.run(HEX, 28, 8).as_bytes()),
            1 => text.push(b'.'),
            2 => text.extend_from_slice(rng.run(ALNUM, 14, 5).as_bytes()),
            // Near misses: 31 or 33 hex digits, or a 15- or 17-character secret.
            3 => {
                let id = rng.run(HEX, 31, 3);
                let secret = rng.run(ALNUM, 15, 3);
                let tail = if id.len() == 32 && secret.len() == 16 {
                    "x "
                } else {
                    " "
                };
                text.extend_from_slice(format!("{id}.{secret}{tail}").as_bytes());
            }
            4 => text.extend_from_slice(b"\\n"),
            5 => text.extend_from_slice(b"eyJ"),
            _ => text.extend_from_slice(rng.run(HEX, 1, 6).as_bytes()),
        }
        // Separators are letters or digits half the time, so runs join up.
        text.push(if rng.below(2) == 0 { b'g' } else { b' ' });
    }
    plant(text)
});

fn real() -> Option<&'static Haystack> {
    REAL.as_ref()
}

static MATCHER: LazyLock<RuleMatcher> =
    LazyLock::new(|| RuleMatcher::new(&common::builtin_rules()).unwrap());
static REFERENCE: LazyLock<RuleMatcher> =
    LazyLock::new(|| RuleMatcher::new_regex_only(&common::builtin_rules()).unwrap());

fn count(m: &RuleMatcher, hay: &Haystack) -> (usize, usize) {
    let found = m.find_all(&hay.bytes);
    let tokens = found
        .iter()
        .filter(|x| m.rule(x.rule).id == "zai-jwt")
        .count();
    (found.len() - tokens, tokens)
}

fn bench_matcher(b: Bencher, hay: Option<&'static Haystack>, m: &'static RuleMatcher) {
    let Some(hay) = hay else { return };
    assert_eq!(count(m, hay), (hay.keys, hay.tokens), "wrong answer");
    let mut out = Vec::new();
    b.counter(BytesCount::new(hay.bytes.len())).bench_local(|| {
        out.clear();
        m.find_in(&hay.bytes, 0..hay.bytes.len(), &mut out);
        out.len()
    });
}

/// A `memchr` scan of the same bytes for one byte: the memory-speed yardstick.
fn bench_memchr(b: Bencher, hay: Option<&'static Haystack>) {
    let Some(hay) = hay else { return };
    let expected = hay.bytes.iter().filter(|&&c| c == 0xFF).count();
    assert_eq!(memchr::memchr_iter(0xFF, &hay.bytes).count(), expected);
    b.counter(BytesCount::new(hay.bytes.len()))
        .bench_local(|| memchr::memchr_iter(0xFF, divan::black_box(&hay.bytes)).count());
}

/// Counts what the one-pass Z.ai kernel reports.
#[derive(Default)]
struct Count(usize);

impl kernel::ZaiCandidates for Count {
    fn key(&mut self, _: usize) {
        self.0 += 1;
    }
    fn jwt(&mut self, _: usize, _: usize) {
        self.0 += 1;
    }
}

type Scan = fn(&[u8], std::ops::Range<usize>, &mut dyn kernel::ZaiCandidates);

/// The kernel alone (shapes only, before boundaries, placeholders and validation). Its
/// candidates must be what the other engine finds, and include every planted key.
fn bench_kernel(b: Bencher, hay: Option<&'static Haystack>, f: Scan, other_engine: Scan) {
    let Some(hay) = hay else { return };
    let (mut c, mut other) = (Count::default(), Count::default());
    f(&hay.bytes, 0..hay.bytes.len(), &mut c);
    other_engine(&hay.bytes, 0..hay.bytes.len(), &mut other);
    assert_eq!(c.0, other.0, "the engines disagree");
    assert!(
        c.0 >= hay.keys + hay.tokens,
        "the kernel missed planted keys"
    );
    b.counter(BytesCount::new(hay.bytes.len())).bench_local(|| {
        let mut c = Count::default();
        f(divan::black_box(&hay.bytes), 0..hay.bytes.len(), &mut c);
        c.0
    });
}

/// The kernel and the decoders' marks in one pass (`kernel::zai_scan_hinted`), to set
/// beside `kernel_vector`: what looking for disguised keys adds to the key search. Its
/// candidates must be the kernel's, and its marks those the portable search finds.
fn bench_kernel_with_marks(b: Bencher, hay: Option<&'static Haystack>) {
    let Some(hay) = hay else { return };
    let n = hay.bytes.len();
    let (mut alone, mut with) = (Count::default(), Count::default());
    kernel::zai_scan(&hay.bytes, 0..n, &mut alone);
    let mut marks = Vec::new();
    kernel::zai_scan_hinted(&hay.bytes, 0..n, n, &mut with, &mut marks);
    let mut want = Vec::new();
    keyfence_matcher::hints::find_portable(&hay.bytes, 0..n, &mut want);
    assert_eq!(with.0, alone.0, "the one-pass scan changed the candidates");
    assert_eq!(
        marks, want,
        "the one-pass scan's marks are not the portable search's"
    );
    b.counter(BytesCount::new(n)).bench_local(|| {
        let mut c = Count::default();
        marks.clear();
        kernel::zai_scan_hinted(divan::black_box(&hay.bytes), 0..n, n, &mut c, &mut marks);
        c.0 + marks.len()
    });
}

mod real {
    use super::*;

    #[divan::bench]
    fn kernel_with_marks(b: Bencher) {
        bench_kernel_with_marks(b, real());
    }

    #[divan::bench]
    fn keyfence(b: Bencher) {
        bench_matcher(b, real(), &MATCHER);
    }

    #[divan::bench]
    fn regex_reference(b: Bencher) {
        bench_matcher(b, real(), &REFERENCE);
    }

    #[divan::bench]
    fn memchr_scan(b: Bencher) {
        bench_memchr(b, real());
    }

    #[divan::bench]
    fn kernel_vector(b: Bencher) {
        bench_kernel(b, real(), kernel::zai_scan, kernel::scan_portable);
    }

    #[divan::bench]
    fn kernel_portable(b: Bencher) {
        bench_kernel(b, real(), kernel::scan_portable, kernel::zai_scan);
    }
}

mod adversarial {
    use super::*;

    #[divan::bench]
    fn kernel_with_marks(b: Bencher) {
        bench_kernel_with_marks(b, Some(&ADVERSARIAL));
    }

    #[divan::bench]
    fn keyfence(b: Bencher) {
        bench_matcher(b, Some(&ADVERSARIAL), &MATCHER);
    }

    #[divan::bench]
    fn regex_reference(b: Bencher) {
        bench_matcher(b, Some(&ADVERSARIAL), &REFERENCE);
    }

    #[divan::bench]
    fn memchr_scan(b: Bencher) {
        bench_memchr(b, Some(&ADVERSARIAL));
    }

    #[divan::bench]
    fn kernel_vector(b: Bencher) {
        bench_kernel(
            b,
            Some(&ADVERSARIAL),
            kernel::zai_scan,
            kernel::scan_portable,
        );
    }

    #[divan::bench]
    fn kernel_portable(b: Bencher) {
        bench_kernel(
            b,
            Some(&ADVERSARIAL),
            kernel::scan_portable,
            kernel::zai_scan,
        );
    }
}

/// The first megabyte of the real haystack and its first planted key: small enough to
/// stay in cache, so that it shows what the core costs when memory is not the limit.
mod cached {
    use super::*;

    static SMALL: LazyLock<Option<Haystack>> = LazyLock::new(|| {
        let real = real()?;
        let end = PLANT_EVERY + 200;
        let bytes = real.bytes[..end].to_vec();
        Some(Haystack {
            bytes,
            keys: 1,
            tokens: 0,
        })
    });

    #[divan::bench]
    fn keyfence(b: Bencher) {
        bench_matcher(b, SMALL.as_ref(), &MATCHER);
    }

    #[divan::bench]
    fn memchr_scan(b: Bencher) {
        bench_memchr(b, SMALL.as_ref());
    }

    #[divan::bench]
    fn kernel_vector(b: Bencher) {
        bench_kernel(b, SMALL.as_ref(), kernel::zai_scan, kernel::scan_portable);
    }

    #[divan::bench]
    fn kernel_with_marks(b: Bencher) {
        bench_kernel_with_marks(b, SMALL.as_ref());
    }
}
