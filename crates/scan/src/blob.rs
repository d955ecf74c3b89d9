//! One blob in, findings and problems out: the step every source shares.
//!
//! A file on disk, a git blob, standard input and each member of an archive go through
//! [`BlobScanner`]: it looks at the first bytes, opens an archive (within its limits)
//! or scans the bytes as they are, in chunks, with the decoders; each finding gets its
//! position, confidence and exposure (from its path, line, directive and project) and an
//! inline `keyfence:allow` marks it suppressed; the blob's provenance goes on every
//! finding. Sources differ only in where bytes and paths come from.

use std::io::{self, Read, Seek};

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

/// Scans blobs with one matcher, the decoders and the archive limits.
pub struct BlobScanner<'m> {
    scanner: FileScanner<'m>,
    archives: Option<archive::Limits>,
}

impl<'m> BlobScanner<'m> {
    /// Looks inside what `content` says.
    pub fn new(matcher: &'m RuleMatcher, content: Content) -> BlobScanner<'m> {
        BlobScanner {
            scanner: FileScanner::new(matcher).with_decoding(content.decode),
            archives: content.archives,
        }
    }

    /// The chunked scanner underneath (commit messages need no archive step).
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
        let ok = match self.archive_kind(input.reader(), blob, scratch, out) {
            Err(()) => false,
            Ok(None) => self.plain(input.reader(), blob, scratch, out, true),
            Ok(Some(kind)) => self.open(input, kind, blob, scratch, out),
        };
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
    ) -> bool {
        match input {
            Input::Seekable(reader) => {
                let opened = reader.seek(io::SeekFrom::Start(0)).is_ok()
                    && self.archive(blob, out, scratch, |display, budget, scan| {
                        archive::expand(Input::Seekable(&mut *reader), kind, display, budget, scan)
                    });
                opened
                    || match reader.seek(io::SeekFrom::Start(0)) {
                        Ok(_) => self.plain(reader, blob, scratch, out, false),
                        Err(e) => self.failed(blob, &e, out),
                    }
            }
            Input::Stream(reader) => {
                let head = scratch.head().to_vec();
                let mut whole = io::Cursor::new(head).chain(reader);
                self.archive(blob, out, scratch, |display, budget, scan| {
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
                .scan_started(reader, &origin, scratch, &mut |f| findings.push(f))
        } else {
            self.scanner
                .scan_reader(reader, &origin, scratch, &mut |f| findings.push(f))
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
                .scan_reader(reader, &origin, scratch, &mut |f| findings.push(f));
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
