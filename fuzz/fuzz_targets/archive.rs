//! The archive expander (zip by its central directory and by its local headers, tar,
//! gzip, archives inside archives) on arbitrary bytes, as a seekable file and as a
//! stream: no panic, no hang, and never more decompressed bytes than the budget.
//!
//! Run: `cargo fuzz run archive` (see README "Fuzzing").
#![no_main]

use std::io::Cursor;
use std::sync::LazyLock;

use keyfence_matcher::RuleMatcher;
use keyfence_model::Source;
use keyfence_rules::RuleSet;
use keyfence_scan::archive::Limits;
use keyfence_scan::blob::{Blob, BlobOut, BlobScanner, Input};
use keyfence_scan::flow::FlowMode;
use keyfence_scan::read::NO_PROJECT;
use keyfence_scan::{Content, Scratch};
use libfuzzer_sys::fuzz_target;

static MATCHER: LazyLock<RuleMatcher> = LazyLock::new(|| {
    let mut set = RuleSet::new();
    set.add_toml("builtin:zai.toml", include_str!("../../patterns/zai.toml"))
        .expect("built-in rules parse");
    RuleMatcher::new(&set).unwrap()
});

/// Small limits, so that a bomb is met within a fuzzing run.
const LIMITS: Limits = Limits {
    depth: 4,
    max_bytes: 8 << 20,
    max_ratio: 200,
    max_members: 1000,
};

fuzz_target!(|data: &[u8]| {
    let scanner = BlobScanner::new(
        &MATCHER,
        Content {
            archives: Some(LIMITS),
            decode: true,
        },
    );
    // The first byte picks the name, for archives told by name (old tar files).
    let (name, bytes) = match data.split_first() {
        Some((b, rest)) if b % 2 == 0 => ("input.tar", rest),
        Some((_, rest)) => ("input.zip", rest),
        None => ("input.zip", data),
    };
    for seekable in [true, false] {
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
        let input = if seekable {
            Input::Seekable(&mut cursor)
        } else {
            Input::Stream(&mut cursor)
        };
        scanner.scan(input, &blob, &mut scratch, &mut out);
        // Members' bytes, and the archive's own when it did not open.
        assert!(
            out.bytes <= LIMITS.max_bytes + bytes.len() as u64 + (1 << 20),
            "{} bytes read from {} bytes",
            out.bytes,
            bytes.len()
        );
    }
});
