//! The pre-push hook's standard input (`<local ref> <local sha> <remote ref> <remote
//! sha>` lines, from git or from whoever runs the hook) on arbitrary bytes: a clear
//! error or updates whose ids are all 40 hex digits, never a panic.
//!
//! Run: `cargo fuzz run pre_push` (see README "Fuzzing").
#![no_main]

use keyfence_scan::git::parse_push;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(updates) = parse_push(&text) {
        for u in updates {
            let ids = [u.local_sha.as_str(), u.remote_sha.as_str()];
            assert!(
                ids.iter()
                    .all(|s| s.len() >= 40 && s.bytes().all(|b| b.is_ascii_hexdigit())),
                "{ids:?}"
            );
        }
    }
});
