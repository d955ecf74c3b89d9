//! Progress of long work, reported through one hook that a progress bar (or nothing)
//! listens to. Sources call it; they never draw anything themselves.

/// What happened since the last event. Counts in `*Done` events are increments.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Event {
    /// A new phase starts (`"walking history"`, `"scanning blobs"`).
    Phase(&'static str),
    /// Commits read so far while walking history (a running total).
    CommitsWalked(u64),
    /// How many blobs (or files) the scan phase will read.
    Total(u64),
    /// Blobs or files scanned, and their bytes.
    Done { items: u64, bytes: u64 },
}

/// Where progress goes. Implementations must be cheap: sources call it from worker
/// threads, about once per blob or file.
pub trait Progress: Sync {
    fn event(&self, event: Event);
}

/// No progress shown.
impl Progress for () {
    fn event(&self, _event: Event) {}
}
