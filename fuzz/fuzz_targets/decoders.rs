//! The decoders (base64, escapes, percent encoding, UTF-16, split literals) on
//! arbitrary bytes: no panic, and work proportional to the input (the bytes each
//! decoder looks at and the decoded bytes the matcher reads stay within a small
//! multiple of the input, whatever it holds).
//!
//! Run: `cargo fuzz run decoders` (see README "Fuzzing").
#![no_main]

use std::sync::LazyLock;

use keyfence_matcher::{work, RuleMatcher};
use keyfence_rules::RuleSet;
use keyfence_scan::flow::FlowMode;
use keyfence_scan::read::{Origin, NO_PROJECT};
use keyfence_scan::{FileScanner, Scratch};
use libfuzzer_sys::fuzz_target;

static MATCHER: LazyLock<RuleMatcher> = LazyLock::new(|| {
    let mut set = RuleSet::new();
    set.add_toml("builtin:zai.toml", include_str!("../../patterns/zai.toml"))
        .expect("built-in rules parse");
    RuleMatcher::new(&set).unwrap()
});

fuzz_target!(|data: &[u8]| {
    let scanner = FileScanner::new(&MATCHER);
    let origin = Origin {
        name: "",
        path: &|| Some("input".to_string()),
        project: &NO_PROJECT,
        flows: FlowMode::Judge,
    };
    let mut scratch = Scratch::new();
    work::take();
    let mut found = 0;
    scanner
        .scan_reader(data, &origin, &mut scratch, &mut |_| found += 1)
        .unwrap();
    let w = work::take();
    let n = data.len() as u64 + 4096;
    assert!(w.decoders() <= 8 * n, "decoders looked at {w:?} for {n} bytes");
    assert!(w.view_bytes <= 8 * n, "views of {w:?} for {n} bytes");
});
