//! Work counters: how many bytes each matching path and each decoder looked at, per
//! thread. They make "linear in the input" something a test can assert (the work done
//! on a hostile input is a small multiple of its size) without timing anything.
//!
//! Counting costs one add per call of a path (a kernel pass, a regex search, a decoded
//! window), never one per byte.

use std::cell::Cell;

/// Bytes looked at, by path, since the counters were last taken.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Work {
    /// The kernel pass over raw or decoded bytes.
    pub kernel: u64,
    /// Regex searches of the general path (each search's span, rescans included).
    pub rule: u64,
    /// Candidates of the general path whose overlapping candidates were not looked for
    /// because the rescans had used up their budget.
    pub rule_gave_up: u64,
    /// The rule that gave up last (its index plus one; 0: none).
    pub rule_gave_up_index: usize,
    /// JS and JSON escapes decoded (windows, and spans decoded again).
    pub escape: u64,
    /// Percent encoding decoded.
    pub percent: u64,
    /// base64 characters judged or decoded (nested levels too).
    pub base64: u64,
    /// UTF-16 units walked or decoded, in bytes.
    pub utf16: u64,
    /// Fragments of split literals followed.
    pub concatenation: u64,
    /// Decoded views built, of any kind.
    pub views: u64,
    /// Bytes of decoded views built, of any kind.
    pub view_bytes: u64,
    /// The largest view built.
    pub largest_view: u64,
    /// Bytes of lines the flows' detector looked at.
    pub flows: u64,
    /// Flows found past a stream's limit on distinct flows, and not judged.
    pub flows_left: u64,
}

impl Work {
    /// Every decoder's bytes together.
    pub fn decoders(&self) -> u64 {
        self.escape + self.percent + self.base64 + self.utf16 + self.concatenation
    }
}

thread_local! {
    static WORK: Cell<Work> = Cell::new(Work::default());
}

/// Adds to this thread's counters.
#[inline]
pub fn count(f: impl FnOnce(&mut Work)) {
    WORK.with(|w| {
        let mut v = w.get();
        f(&mut v);
        w.set(v);
    });
}

/// This thread's counters, as they are.
pub fn get() -> Work {
    WORK.with(Cell::get)
}

/// This thread's counters, reset to zero.
pub fn take() -> Work {
    WORK.with(|w| w.replace(Work::default()))
}
