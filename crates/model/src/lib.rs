//! The keyfence finding model, shared by every stage: what a finding is, where its
//! bytes came from, every place its secret lives, the problems a run met, what it
//! covered, how it reports progress, and the [`Sink`] trait that printers implement.
//!
//! It depends on nothing heavy, so that printers (`keyfence-report`) and sources
//! (`keyfence-scan`) meet here without pulling each other in.

pub mod escape;
mod finding;
pub mod fs;
pub mod org;
pub mod problem;
pub mod progress;
pub mod served;
mod sink;
pub mod time;
pub mod words;

pub use finding::{
    secret_id, Confidence, Exposure, Finding, FlowTarget, History, OriginalPosition, Place,
    Presence, Provenance, Reported, Source, Verification, VerificationStatus,
};
pub use problem::{dedup_problems, exit_status, Problem, ProblemKind, Severity};
pub use progress::{Event, Progress};
pub use sink::{Report, Sink, Stats};
