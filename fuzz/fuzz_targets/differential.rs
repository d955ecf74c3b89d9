//! The fast core against the plain-regex reference, and every vector engine against
//! the portable one, on arbitrary bytes.
//!
//! Run: `cargo fuzz run differential` (see README "Fuzzing").
#![no_main]

use std::sync::LazyLock;

use keyfence_matcher::kernel::{scan_portable, scan_with, Candidates, Engine};
use keyfence_matcher::{Matcher, RuleMatcher};
use keyfence_rules::RuleSet;
use libfuzzer_sys::fuzz_target;

fn rules() -> RuleSet {
    let mut set = RuleSet::new();
    set.add_toml("builtin:zai.toml", include_str!("../../patterns/zai.toml"))
        .expect("built-in rules parse");
    set
}

static FAST: LazyLock<RuleMatcher> = LazyLock::new(|| RuleMatcher::new(&rules()).unwrap());
static SLOW: LazyLock<RuleMatcher> =
    LazyLock::new(|| RuleMatcher::new_regex_only(&rules()).unwrap());

fuzz_target!(|data: &[u8]| {
    // The first two bytes pick a sub-range, so range edges are fuzzed too.
    let (lo, hi, hay) = match data {
        [a, b, rest @ ..] if !rest.is_empty() => {
            let lo = *a as usize % rest.len();
            let hi = lo + *b as usize % (rest.len() - lo + 1);
            (lo, hi, rest)
        }
        _ => (0, data.len(), data),
    };
    let (mut fast, mut slow) = (Vec::new(), Vec::new());
    FAST.find_in(hay, lo..hi, &mut fast);
    SLOW.find_in(hay, lo..hi, &mut slow);
    fast.sort();
    slow.sort();
    assert_eq!(fast, slow, "fast core and regex reference differ");

    let mut portable = Candidates::default();
    scan_portable(hay, lo..hi, &mut portable);
    for engine in Engine::ALL.into_iter().filter(|e| e.available()) {
        let mut f = Candidates::default();
        scan_with(engine, hay, lo..hi, &mut f);
        assert_eq!(f, portable, "{engine:?} differs from the portable engine");
    }
});
