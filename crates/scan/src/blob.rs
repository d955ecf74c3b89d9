//! One blob in, findings and problems out: the step every source shares.
//!
//! A file on disk, a git blob, standard input and each member of an archive go through
//! [`BlobScanner`]: it looks at the first bytes, opens an archive (within its limits)
//! or scans the bytes as they are, in chunks, with the decoders; each finding gets its
//! position, confidence and exposure (from its path, line, directive and project) and an
//! inline `keyfence:allow` marks it suppressed; the blob's provenance goes on every
//! finding. Sources differ only in where bytes and paths come from.

use std::collections::HashMap;
use std::io::{self, Read, Seek};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

use keyfence_exposure::flows::ProjectView;
use keyfence_matcher::{work, RuleMatcher};
use keyfence_model::{Finding, Problem, ProblemKind, Source};

use crate::archive;
use crate::flow::FlowMode;
use crate::read::{FileScanner, Origin, Scratch, NO_PROJECT};
use crate::Content;

/// What a blob is, as its source knows it. Each closure is asked only when a finding
/// or a problem needs it.
pub struct Blob<'a> {
    /// The file name (the last part of its path), for archives told by name.
    pub name: &'a str,
    /// The path findings show.
    pub path: &'a dyn Fn() -> Option<String>,
    /// What the project model says of a place in the blob (its offset and line), and
    /// what the build inlines.
    pub project: &'a dyn ProjectView,
    /// What is done with flows: judged with `project` (files) or left for the caller.
    pub flows: FlowMode,
    /// Where its bytes come from.
    pub source: &'a dyn Fn() -> Source,
}

/// Anything that reads and seeks.
pub trait ReadSeek: Read + Seek {}

impl<T: Read + Seek> ReadSeek for T {}

/// A blob's bytes: readable again from their start (a file, bytes in memory), or only
/// once (standard input, an archive member).
pub enum Input<'a> {
    Seekable(&'a mut dyn ReadSeek),
    Stream(&'a mut dyn Read),
}

impl Input<'_> {
    pub(crate) fn reader(&mut self) -> &mut dyn Read {
        match self {
            Input::Seekable(r) => r,
            Input::Stream(r) => r,
        }
    }
}

/// What scanning blobs gave, added up.
#[derive(Debug, Default)]
pub struct BlobOut {
    pub findings: Vec<Finding>,
    pub problems: Vec<Problem>,
    /// Files, blobs and archive members scanned.
    pub items: u64,
    pub bytes: u64,
}

impl BlobOut {
    pub fn append(&mut self, other: &mut BlobOut) {
        self.findings.append(&mut other.findings);
        self.problems.append(&mut other.problems);
        self.items += std::mem::take(&mut other.items);
        self.bytes += std::mem::take(&mut other.bytes);
    }
}

/// The most findings one blob keeps (archive members together); past it they are
/// counted in a `finding-limit` warning.
pub const MAX_BLOB_FINDINGS: usize = 10_000;

/// The most findings one run keeps (one [`BlobScanner`]), all blobs together.
pub const MAX_RUN_FINDINGS: usize = 50_000;

/// Scans blobs with one matcher, the decoders and the archive limits.
pub struct BlobScanner<'m> {
    scanner: FileScanner<'m>,
    archives: Option<archive::Limits>,
    /// Findings kept in this run, and those past [`MAX_RUN_FINDINGS`].
    kept: AtomicUsize,
    past: AtomicU64,
}

/// What one blob keeps of what it finds: past [`crate::MAX_PLACES`] occurrences of one
/// secret, past [`MAX_BLOB_FINDINGS`] and past the run's limit, findings are counted and
/// dropped at once, so memory follows what is reported, not what the bytes repeat.
struct Keep<'s> {
    /// Occurrences of each (rule, secret) so far.
    seen: HashMap<String, usize>,
    kept: usize,
    repeats: u64,
    past_blob: u64,
    run: &'s BlobScanner<'s>,
}

impl Keep<'_> {
    fn push(&mut self, f: Finding, out: &mut Vec<Finding>) {
        if let Some(secret) = &f.secret {
            let key = format!("{}\0{secret}", f.rule);
            let n = match self.seen.get_mut(&key) {
                Some(n) => n,
                None if self.kept < MAX_BLOB_FINDINGS => self.seen.entry(key).or_insert(0),
                None => {
                    self.past_blob += 1;
                    return;
                }
            };
            *n += 1;
            if *n > crate::MAX_PLACES {
                self.repeats += 1;
                return;
            }
        }
        if self.kept >= MAX_BLOB_FINDINGS {
            self.past_blob += 1;
            return;
        }
        // Within the blob's limit (counted whether or not the run keeps it).
        self.kept += 1;
        if self.run.kept.fetch_add(1, Ordering::Relaxed) >= MAX_RUN_FINDINGS {
            self.run.past.fetch_add(1, Ordering::Relaxed);
            return;
        }
        out.push(f);
    }

    fn new<'s>(run: &'s BlobScanner<'s>) -> Keep<'s> {
        Keep {
            seen: HashMap::new(),
            kept: 0,
            repeats: 0,
            past_blob: 0,
            run,
        }
    }

    /// The blob's `finding-limit` warning, if it dropped anything; `path` names it.
    fn problem(&self, path: &dyn Fn() -> String) -> Option<Problem> {
        let mut said = Vec::new();
        if self.repeats > 0 {
            said.push(format!(
                "{} more occurrences of keys already listed {} times here were counted, not \
                 listed",
                self.repeats,
                crate::MAX_PLACES
            ));
        }
        if self.past_blob > 0 {
            said.push(format!(
                "{} findings past the first {MAX_BLOB_FINDINGS} here were not kept",
                self.past_blob
            ));
        }
        (!said.is_empty()).then(|| Problem::new(ProblemKind::FindingLimit, path(), said.join("; ")))
    }
}

impl<'m> BlobScanner<'m> {
    /// Looks inside what `content` says.
    pub fn new(matcher: &'m RuleMatcher, content: Content) -> BlobScanner<'m> {
        BlobScanner {
            scanner: FileScanner::new(matcher).with_decoding(content.decode),
            archives: content.archives,
            kept: AtomicUsize::new(0),
            past: AtomicU64::new(0),
        }
    }

    /// The run's `finding-limit` warning, once, if findings past [`MAX_RUN_FINDINGS`]
    /// were dropped (a source asks at its end).
    pub fn run_limit(&self) -> Option<Problem> {
        let past = self.past.swap(0, Ordering::Relaxed);
        (past > 0).then(|| {
            Problem::new(
                ProblemKind::FindingLimit,
                String::new(),
                format!(
                    "{past} findings past the first {MAX_RUN_FINDINGS} of this run were not \
                     kept: scan fewer files at once, or remove what is found first"
                ),
            )
        })
    }

    /// Scans text that needs no archive step (a commit message) with the limits a blob
    /// has; `name` names it in a `finding-limit` warning.
    pub fn scan_text(
        &self,
        text: &[u8],
        origin: &Origin,
        name: &dyn Fn() -> String,
        scratch: &mut Scratch,
        out: &mut Vec<Finding>,
    ) -> Option<Problem> {
        let mut keep = Keep::new(self);
        let _ = self
            .scanner
            .scan_reader(text, origin, scratch, &mut |f| keep.push(f, out));
        keep.problem(name)
    }

    /// The chunked scanner underneath.
    pub fn scanner(&self) -> &FileScanner<'m> {
        &self.scanner
    }

    /// Scans a blob. Returns false when reading it failed (a problem says how); what
    /// was found before is kept.
    pub fn scan(
        &self,
        mut input: Input,
        blob: &Blob,
        scratch: &mut Scratch,
        out: &mut BlobOut,
    ) -> bool {
        let from = out.findings.len();
        let before = work::get();
        let gave_up = before.rule_gave_up;
        let mut keep = Keep::new(self);
        let ok = match self.archive_kind(input.reader(), blob, scratch, out) {
            Err(()) => false,
            Ok(None) => self.plain(input.reader(), blob, scratch, out, &mut keep, true),
            Ok(Some(kind)) => self.open(input, kind, blob, scratch, out, &mut keep),
        };
        out.problems
            .extend(keep.problem(&|| (blob.path)().unwrap_or_else(|| blob.name.to_string())));
        stamp(&mut out.findings[from..], blob.source);
        if blob.flows != FlowMode::Off {
            let mut mine = out.findings.split_off(from);
            crate::flow::settle(&mut mine, blob.flows == FlowMode::Judge);
            out.findings.append(&mut mine);
        }
        self.rule_limit(gave_up, blob, out);
        let left = work::get().flows_left - before.flows_left;
        if left > 0 {
            out.problems.push(Problem::new(
                ProblemKind::FlowLimit,
                (blob.path)().unwrap_or_else(|| blob.name.to_string()),
                format!(
                    "{left} flows past the first {} distinct ones were not judged",
                    crate::flow::MAX_FLOWS
                ),
            ));
        }
        ok
    }

    /// Names the rescan budget of the general path if this blob used it up (see
    /// `keyfence_matcher::work`): `before` is the count before the blob.
    fn rule_limit(&self, before: u64, blob: &Blob, out: &mut BlobOut) {
        let w = work::get();
        let n = w.rule_gave_up - before;
        if n == 0 {
            return;
        }
        let rule = w
            .rule_gave_up_index
            .checked_sub(1)
            .map_or_else(String::new, |i| {
                format!("rule `{}`: ", self.scanner.matcher().rule(i).id)
            });
        out.problems.push(Problem::new(
            ProblemKind::DecodeLimit,
            (blob.path)().unwrap_or_else(|| blob.name.to_string()),
            format!(
                "{rule}{n} rejected candidates used up the budget for rescanning what they \
                 covered; candidates overlapping them were not looked for"
            ),
        ));
    }

    /// Opens an archive whose first chunk [`Scratch::start`] has read; a seekable one
    /// that does not open after all is scanned as it is.
    fn open(
        &self,
        input: Input,
        kind: archive::Kind,
        blob: &Blob,
        scratch: &mut Scratch,
        out: &mut BlobOut,
        keep: &mut Keep,
    ) -> bool {
        match input {
            Input::Seekable(reader) => {
                let opened = reader.seek(io::SeekFrom::Start(0)).is_ok()
                    && self.archive(blob, out, scratch, keep, |display, budget, scan| {
                        archive::expand(Input::Seekable(&mut *reader), kind, display, budget, scan)
                    });
                opened
                    || match reader.seek(io::SeekFrom::Start(0)) {
                        Ok(_) => self.plain(reader, blob, scratch, out, keep, false),
                        Err(e) => self.failed(blob, &e, out),
                    }
            }
            Input::Stream(reader) => {
                let head = scratch.head().to_vec();
                let mut whole = io::Cursor::new(head).chain(reader);
                self.archive(blob, out, scratch, keep, |display, budget, scan| {
                    archive::expand(Input::Stream(&mut whole), kind, display, budget, scan)
                })
            }
        }
    }

    /// Reads the first chunk and tells whether it starts an archive to open.
    fn archive_kind(
        &self,
        reader: &mut dyn Read,
        blob: &Blob,
        scratch: &mut Scratch,
        out: &mut BlobOut,
    ) -> Result<Option<archive::Kind>, ()> {
        if self.archives.is_none() {
            return Ok(None);
        }
        if let Err(e) = scratch.start(reader, &self.scanner) {
            self.failed(blob, &e, out);
            return Err(());
        }
        let head = scratch.head();
        Ok(archive::sniff(
            &head[..head.len().min(archive::SNIFF_LEN)],
            blob.name,
        ))
    }

    /// The blob's bytes as they are; `started`: [`Scratch::start`] read its first ones.
    fn plain(
        &self,
        reader: &mut dyn Read,
        blob: &Blob,
        scratch: &mut Scratch,
        out: &mut BlobOut,
        keep: &mut Keep,
        started: bool,
    ) -> bool {
        let origin = Origin {
            name: blob.name,
            path: blob.path,
            project: blob.project,
            flows: blob.flows,
        };
        let findings = &mut out.findings;
        let result = if started {
            self.scanner
                .scan_started(reader, &origin, scratch, &mut |f| keep.push(f, findings))
        } else {
            self.scanner
                .scan_reader(reader, &origin, scratch, &mut |f| keep.push(f, findings))
        };
        // Findings made before a read error are kept: a partial file is evidence.
        match result {
            Ok(n) => {
                out.items += 1;
                out.bytes += n;
                true
            }
            Err(e) => self.failed(blob, &e, out),
        }
    }

    /// Opens an archive with `expand` and scans its members. Returns whether it could
    /// be opened.
    fn archive(
        &self,
        blob: &Blob,
        out: &mut BlobOut,
        scratch: &mut Scratch,
        keep: &mut Keep,
        expand: impl FnOnce(&str, &archive::Budget, &mut archive::ScanMember) -> bool,
    ) -> bool {
        let limits = self.archives.expect("only called with archives on");
        let display = (blob.path)().unwrap_or_else(|| blob.name.to_string());
        let budget = archive::Budget::new(limits);
        let mut bytes = 0;
        let findings = &mut out.findings;
        let opened = expand(&display, &budget, &mut |member, reader| {
            let path = || Some(member.to_string());
            let origin = Origin {
                name: "",
                path: &path,
                project: &NO_PROJECT,
                flows: match blob.flows {
                    FlowMode::Defer => FlowMode::Judge,
                    mode => mode,
                },
            };
            let from = findings.len();
            let n = self
                .scanner
                .scan_reader(reader, &origin, scratch, &mut |f| keep.push(f, findings));
            let inner = member
                .strip_prefix(&display)
                .map(|m| m.trim_start_matches('!'))
                .filter(|m| !m.is_empty());
            for f in &mut findings[from..] {
                f.provenance.member = inner.map(str::to_string);
            }
            bytes += n.as_ref().copied().unwrap_or(0);
            n
        });
        let members = budget.members();
        out.problems.extend(budget.into_problems());
        if opened {
            out.items += members.max(1);
            out.bytes += bytes;
        }
        opened
    }

    /// Notes that the blob could not be read.
    fn failed(&self, blob: &Blob, e: &io::Error, out: &mut BlobOut) -> bool {
        let path = (blob.path)().unwrap_or_else(|| blob.name.to_string());
        out.problems.push(Problem::new(
            ProblemKind::Unreadable,
            path,
            format!("read failed: {e}"),
        ));
        false
    }
}

/// Puts the blob's source on the findings it gave.
fn stamp(findings: &mut [Finding], source: &dyn Fn() -> Source) {
    for f in findings {
        f.provenance.source = source();
    }
}
