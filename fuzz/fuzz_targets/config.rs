//! `.keyfence.toml` (the CLI's own config module, built here as it is) and
//! `.keyfenceignore` on arbitrary text: a clear error or a value, never a panic, and
//! every limit holds.
//!
//! Run: `cargo fuzz run config` (see README "Fuzzing").
#![no_main]

#[allow(dead_code)]
#[path = "../../crates/cli/src/config.rs"]
mod config;

use keyfence_report::policy::{Policy, MAX_IGNORE_GLOBS};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match config::parse_config(".keyfence.toml", text) {
        Ok(c) => assert!(c.scan.exclude.len() <= config::MAX_EXCLUDES),
        Err(e) => {
            let message = e.to_string();
            assert!(message.starts_with(".keyfence.toml"), "{message}");
        }
    }
    let mut policy = Policy::default();
    if policy.add_ignore_text(text, ".keyfenceignore").is_ok() {
        let globs = text
            .lines()
            .map(|l| l.split('#').next().unwrap_or("").trim())
            .filter(|l| !l.is_empty() && !l.starts_with("kf1-"))
            .count();
        assert!(globs <= MAX_IGNORE_GLOBS);
    }
});
