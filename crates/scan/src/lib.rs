//! keyfence sources: where bytes come from, and the step that turns them into
//! findings.
//!
//! Sources (files on disk in [`walk`], git history in [`git`], standard input) yield
//! blobs with their provenance; every blob goes through the same per-blob function
//! ([`blob::BlobScanner`]): archives opened within limits ([`archive`]), encodings seen
//! through ([`decode`], found by the matcher's marks), the bytes read in chunks of
//! bounded size ([`read`]), each match turned into a finding with its position,
//! confidence and exposure ([`analysis`], [`keyfence_exposure`]). [`audit`] runs files
//! and history together and merges them by secret. What they find is the model's
//! [`keyfence_model::Finding`]; printing is `keyfence-report`'s business.

mod analysis;
pub mod archive;
pub mod audit;
pub mod blob;
mod decode;
pub mod flow;
pub mod git;
pub mod read;
pub mod walk;
mod zip;

pub use analysis::{confidence_of, is_example_or_doc, key_id_of, ALLOW_MARKER};
pub use read::{FileScanner, Scratch};
pub use walk::{scan_paths, ScanOptions, ScanOutcome, StartError};

/// What is looked inside: archives, within their limits, and encodings.
#[derive(Clone, Copy, Debug)]
pub struct Content {
    /// Open archives (zip family, tar, gzip) within these limits; `None`: scan them as
    /// they are.
    pub archives: Option<archive::Limits>,
    /// Look through encodings (base64, escapes, UTF-16, split literals).
    pub decode: bool,
}

impl Default for Content {
    fn default() -> Content {
        Content {
            archives: Some(archive::Limits::default()),
            decode: true,
        }
    }
}

/// Returns memory the allocator holds but no longer uses to the system, where the
/// allocator keeps it otherwise (glibc).
pub(crate) fn release_free_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only releases free memory; it takes no pointer.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// A pool of `threads` workers (0: one per core).
pub(crate) fn pool(threads: usize) -> Result<rayon::ThreadPool, String> {
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .map_err(|e| format!("cannot start {threads} worker threads: {e}"))
}

/// How many places a finding lists; past that it gives the total beside them.
pub const MAX_PLACES: usize = 100;
