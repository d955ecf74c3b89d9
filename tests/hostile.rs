//! Hostile input, scanned in this process: each reproduction of a way to make a
//! scanner slow, huge or blind, with its bound asserted by the work done (bytes each
//! decoder and each rule path looked at, `keyfence_matcher::work`) or by peak
//! allocation (a counting allocator), never by wall time.
//!
//! Inputs are generated at run time (`tests/common/hostile.rs`), small enough for CI;
//! `benches/hostile_rss.rs` runs the same shapes, larger, through the binary.

mod common;

use std::alloc::{GlobalAlloc, Layout, System};
use std::io::Cursor;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use common::hostile::{self, RawZip};
use common::key;
use keyfence_matcher::work::{self, Work};
use keyfence_matcher::RuleMatcher;
use keyfence_model::{Finding, Problem, ProblemKind, Source};
use keyfence_scan::blob::{Blob, BlobOut, BlobScanner, Input};
use keyfence_scan::flow::FlowMode;
use keyfence_scan::read::NO_PROJECT;
use keyfence_scan::{Content, Scratch};

/// Counts live bytes and their peak.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc(layout);
        if !p.is_null() {
            let now = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout);
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = System.realloc(ptr, layout, new_size);
        if !p.is_null() {
            if new_size > layout.size() {
                let now = LIVE.fetch_add(new_size - layout.size(), Ordering::Relaxed) + new_size
                    - layout.size();
                PEAK.fetch_max(now, Ordering::Relaxed);
            } else {
                LIVE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            }
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// One test at a time: the allocation peak is the process's.
static SERIAL: Mutex<()> = Mutex::new(());

/// What one scan gave: findings, problems, the work counters and the peak of bytes
/// allocated during it (beyond what was live before).
struct Scanned {
    findings: Vec<Finding>,
    problems: Vec<Problem>,
    work: Work,
    peak: usize,
}

impl Scanned {
    fn secrets(&self) -> Vec<&str> {
        self.findings.iter().map(|f| f.secret_str()).collect()
    }

    fn has(&self, kind: ProblemKind, says: &str) -> bool {
        self.problems
            .iter()
            .any(|p| p.kind == kind && p.message.contains(says))
    }
}

/// Scans `bytes` as the blob `name` with the built-in rules (or `rules`), decoders and
/// archives on, as a seekable file or as a stream.
fn scan_as(name: &str, bytes: &[u8], rules: Option<&str>, seekable: bool) -> Scanned {
    scan_with(name, bytes, rules, seekable, Default::default())
}

/// The same within archive limits `limits`.
fn scan_with(
    name: &str,
    bytes: &[u8],
    rules: Option<&str>,
    seekable: bool,
    limits: keyfence_scan::archive::Limits,
) -> Scanned {
    let mut set = common::builtin_rules();
    if let Some(r) = rules {
        set = keyfence_rules::RuleSet::new();
        set.add_toml("test.toml", r).unwrap();
    }
    let matcher = RuleMatcher::new(&set).unwrap();
    let content = Content {
        archives: Some(limits),
        decode: true,
    };
    let scanner = BlobScanner::new(&matcher, content);
    let mut scratch = Scratch::new();
    let mut out = BlobOut::default();
    let path = || Some(name.to_string());
    let blob = Blob {
        name,
        path: &path,
        project: &NO_PROJECT,
        flows: FlowMode::Judge,
        source: &|| Source::File,
    };
    let mut cursor = Cursor::new(bytes);
    work::take();
    let base = LIVE.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    let input = if seekable {
        Input::Seekable(&mut cursor)
    } else {
        Input::Stream(&mut cursor)
    };
    scanner.scan(input, &blob, &mut scratch, &mut out);
    let peak = PEAK.load(Ordering::Relaxed).saturating_sub(base);
    Scanned {
        findings: out.findings,
        problems: out.problems,
        work: work::take(),
        peak,
    }
}

fn scan(name: &str, bytes: &[u8]) -> Scanned {
    scan_as(name, bytes, None, true)
}

const MIB: usize = 1 << 20;

#[test]
fn hex_on_one_line_costs_the_base64_decoder_one_pass() {
    let _one = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let (bytes, k) = hostile::hex_line(8 * MIB, 1);
    let s = scan("hex.txt", &bytes);
    assert_eq!(s.secrets(), vec![k.as_str()]);
    let n = bytes.len() as u64;
    // Once, every mark judged a fresh run: about a MiB per mark.
    assert!(s.work.base64 <= 2 * n, "{:?}", s.work);
    assert!(s.work.decoders() <= 3 * n, "{:?}", s.work);
}

#[test]
fn every_decoder_is_linear_on_its_worst_input() {
    let _one = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let n = 4 * MIB;
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("base64 of base64", hostile::nested_base64(n, 2)),
        ("\\u00 runs", hostile::repeat(b"\\u0030\\u0031\\u0032", n)),
        ("%2E runs", hostile::repeat(b"ab%2Ecd%2e", n)),
        ("NUL dot NUL", hostile::repeat(b"a\0.\0", n)),
        ("UTF-16 hex", {
            let unit: Vec<u8> = "0123456789abcdef0.".bytes().flat_map(|b| [b, 0]).collect();
            hostile::repeat(&unit, n)
        }),
        ("quotes and plus", hostile::repeat(b"\"ab\" + \"cd\" '", n)),
        ("eyJ runs", hostile::repeat(b"eyJ", n)),
        ("JWT near misses", hostile::jwt_near_misses(n, 3)),
    ];
    for (name, mut bytes) in cases {
        let k = key(100 + bytes.len() as u64);
        hostile::plant(&mut bytes, &format!("\n{k}\n"));
        let s = scan("input.txt", &bytes);
        let len = bytes.len() as u64;
        assert!(
            s.secrets().contains(&k.as_str()),
            "{name}: {:?}",
            s.secrets()
        );
        // Each decoder looks at each byte a few times at most; views and the matcher
        // over them stay within a small multiple of the input.
        assert!(s.work.decoders() <= 4 * len, "{name}: {:?}", s.work);
        assert!(s.work.view_bytes <= 4 * len, "{name}: {:?}", s.work);
        assert!(s.work.kernel <= 6 * len, "{name}: {:?}", s.work);
        // One view at a time, each within a chunk: memory does not follow the input.
        assert!(
            s.work.largest_view <= 4 * MIB as u64,
            "{name}: {:?}",
            s.work
        );
        assert!(s.peak <= 64 * MIB, "{name}: peak {} MiB", s.peak / MIB);
    }
}

#[test]
fn a_rejected_candidate_does_not_make_the_general_path_quadratic() {
    let _one = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    // Every candidate is a placeholder (one letter repeated), rejected.
    let rules = r#"
[[rules]]
id = "long-k"
name = "K"
description = "d"
pattern = 'k[a-z]{16,4000}'
examples = ["kqwhfbzkeuxmvpdsla"]
"#;
    let bytes = vec![b'k'; MIB];
    let s = scan_as("k.txt", &bytes, Some(rules), true);
    let n = bytes.len() as u64;
    assert!(s.work.rule <= 8 * n, "{:?}", s.work);
    assert!(s.work.rule_gave_up > 0, "{:?}", s.work);
    assert!(
        s.has(ProblemKind::DecodeLimit, "rule `long-k`"),
        "{:?}",
        s.problems
    );
    // A few rejected candidates stay within the budget: overlaps are still found.
    let mut few = b"kkkkkkkkkkkkkkkkkkkkkkk".to_vec();
    few.extend_from_slice(b" kqwhfbzkeuxmvpdsla ");
    let s = scan_as("few.txt", &few, Some(rules), true);
    assert_eq!(s.findings.len(), 1, "{:?}", s.secrets());
    assert_eq!(s.work.rule_gave_up, 0);
    assert!(s.problems.is_empty(), "{:?}", s.problems);
}

#[test]
fn overlapping_zip_entries_are_a_bomb_and_every_other_member_is_read() {
    let _one = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let k = key(200);
    let zip = hostile::overlapping_zip(20_000, &k);
    for seekable in [true, false] {
        let s = scan_as("bomb.zip", &zip, None, seekable);
        assert_eq!(s.secrets(), vec![k.as_str()], "seekable {seekable}");
        if seekable {
            assert!(
                s.has(ProblemKind::ArchiveBomb, "19999 entries overlap"),
                "{:?}",
                s.problems
            );
        }
        assert!(s.peak <= 32 * MIB, "peak {} MiB", s.peak / MIB);
    }
}

#[test]
fn a_truncated_zip_gives_up_its_intact_members() {
    let _one = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let k = key(201);
    let zip = hostile::truncated_zip(&k);
    for seekable in [true, false] {
        let s = scan_as("cut.zip", &zip, None, seekable);
        assert_eq!(s.secrets(), vec![k.as_str()], "seekable {seekable}");
        assert!(
            s.problems
                .iter()
                .any(|p| p.kind == ProblemKind::ArchiveCorrupt && p.path.starts_with("cut.zip")),
            "{:?}",
            s.problems
        );
    }
}

#[test]
fn central_directory_entries_are_counted_as_they_are_read() {
    let _one = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let k = key(202);
    // Directories and empty files cost nothing to read, and memory stays flat.
    let zip = hostile::many_entries_zip(100_000, 100_000, &k);
    let s = scan("many.zip", &zip);
    assert_eq!(s.secrets(), vec![k.as_str()]);
    assert!(s.problems.is_empty(), "{:?}", s.problems);
    assert!(s.peak <= 16 * MIB, "peak {} MiB", s.peak / MIB);
    // Past the entry limit (sixteen entries per member allowed), a warning names it.
    let mut z = RawZip::default();
    let first = z.local("first.txt", b"x", false);
    z.central("first.txt", &first);
    for i in 0..2_000 {
        z.directory(&format!("{i}/"));
    }
    let limits = keyfence_scan::archive::Limits {
        max_members: 100,
        ..Default::default()
    };
    let s = scan_with("dirs.zip", &z.finish(), None, true, limits);
    assert!(
        s.has(ProblemKind::ArchiveLimit, "more than 1600 entries"),
        "{:?}",
        s.problems
    );
}

#[test]
fn nested_zips_are_read_as_streams_not_held_in_memory() {
    let _one = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let k = key(203);
    // Four levels of stored zips, each level with 8 MiB of filler: once held in
    // memory at every level.
    let zip = hostile::nested_zips(4, &k, 8 * MIB);
    let s = scan("nested.zip", &zip);
    assert_eq!(s.secrets(), vec![k.as_str()]);
    assert!(s.problems.is_empty(), "{:?}", s.problems);
    assert!(
        s.peak <= 24 * MIB,
        "peak {} MiB for {} MiB of nested zips",
        s.peak / MIB,
        zip.len() / MIB
    );
}

#[test]
fn flows_are_linear_bounded_and_counted_on_crafted_files() {
    // One line of client code repeated: one flow, every place counted, little memory.
    let line =
        "const k = import.meta.env.VITE_ZAI_KEY; fetch('https://open.bigmodel.cn/api/paas/v4')\n";
    let bytes = line.repeat(4 * MIB / line.len());
    let s = scan("src/App.vue", bytes.as_bytes());
    assert_eq!(
        s.findings.len(),
        2,
        "{:?}",
        s.findings.iter().map(|f| &f.rule).collect::<Vec<_>>()
    );
    let lines = bytes.len() / line.len();
    for f in &s.findings {
        assert_eq!(f.places_total, lines, "{}", f.rule);
        assert!(f.places.len() <= keyfence_scan::MAX_PLACES);
    }
    assert!(s.work.flows <= 3 * bytes.len() as u64, "{:?}", s.work);
    assert!(s.peak < 64 * MIB, "peak {} bytes", s.peak);
    assert!(s.problems.is_empty(), "{:?}", s.problems);

    // Anchors on every other byte of one long line: each byte is looked at a few times.
    let dense = "zazhzazh".repeat(2 * MIB / 8);
    let s = scan("src/a.js", dense.as_bytes());
    assert!(s.findings.is_empty());
    assert!(s.work.flows <= 3 * dense.len() as u64, "{:?}", s.work);

    // Inside a long value, a window that starts where `VITE_ZAI_KEY=` does is not a
    // line start: no flow. (The second anchor sits where its window starts there.)
    let mut long = format!("NOTES={} VITE_ZAI_KEY=1 ", "a".repeat(3000));
    let z = long.find("ZAI").unwrap();
    let pad = z + keyfence_scan::flow::WINDOW - 5 - long.len() - 1;
    long.push_str(&"b".repeat(pad));
    long.push_str(" ZAI\n");
    let s = scan(".env", long.as_bytes());
    assert!(s.findings.is_empty(), "{:?}", s.findings);

    // Distinct flows past the limit: counted and named, not judged one by one.
    let many: String = (0..3000).map(|i| format!("VITE_ZAI_KEY_{i}=\n")).collect();
    let s = scan(".env", many.as_bytes());
    assert_eq!(s.findings.len(), keyfence_scan::flow::MAX_FLOWS);
    assert_eq!(s.work.flows_left, 2000);
    assert_eq!(s.problems.len(), 1, "{:?}", s.problems);
    assert_eq!(s.problems[0].kind, ProblemKind::FlowLimit);
}
