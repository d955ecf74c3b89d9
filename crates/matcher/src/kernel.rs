//! Specialised matching routines named by rules (`kernel = "…"`).

use std::ops::Range;

use crate::bytes::{ALNUM, LOWER_HEX};

/// Length of a Z.ai API key: 32 hex digits, a dot, 16 letters and digits.
pub const ZAI_KEY_LEN: usize = 49;
const ID_LEN: usize = 32;
const SECRET_LEN: usize = 16;

/// Calls `found(start)` for every `[0-9a-f]{32}\.[A-Za-z0-9]{16}` whose start lies in
/// `range`. Boundaries and placeholders are the caller's business.
///
/// A key has exactly one dot, so every key is found from its dot: hop from dot to dot
/// with `memchr` and look at the bytes around each.
pub fn zai_api_key(hay: &[u8], range: Range<usize>, found: &mut dyn FnMut(usize)) {
    // The dot of a key starting at s is at s + 32; the whole key must fit in `hay`.
    let lo = range.start + ID_LEN;
    let hi = (range.end + ID_LEN).min(hay.len().saturating_sub(SECRET_LEN));
    if lo >= hi {
        return;
    }
    for off in memchr::memchr_iter(b'.', &hay[lo..hi]) {
        let dot = lo + off;
        // Cheap rejections first: the bytes right beside the dot.
        if !LOWER_HEX[hay[dot - 1] as usize] || !ALNUM[hay[dot + 1] as usize] {
            continue;
        }
        let id = &hay[dot - ID_LEN..dot];
        let secret = &hay[dot + 1..dot + 1 + SECRET_LEN];
        if secret.iter().all(|&b| ALNUM[b as usize]) && id.iter().all(|&b| LOWER_HEX[b as usize]) {
            found(dot - ID_LEN);
        }
    }
}
