//! The one place a repository is opened, with gitoxide: refs, revisions, commits,
//! trees, blobs and authors.

use std::path::{Path, PathBuf};

use gix::prelude::FindExt;
use gix::ObjectId;
use keyfence_model::{Problem, ProblemKind};

use super::{object_problem, GitError};

/// What the refs lead to: commits to walk from, blobs (with `--all-objects`), and the
/// other objects refs name ([`RefObject`]).
pub(crate) type Tips = (Vec<ObjectId>, Vec<ObjectId>, Vec<RefObject>);

/// The most bytes of one annotated tag's message scanned.
pub const MAX_TAG_MESSAGE: usize = 1 << 20;

/// What a ref names besides the commits it leads to: an annotated tag's message, or a
/// blob or a tree that a ref points at straight.
#[derive(Clone, Debug)]
pub(crate) enum RefObject {
    TagMessage {
        name: String,
        id: ObjectId,
        message: Vec<u8>,
    },
    Blob {
        name: String,
        id: ObjectId,
    },
    Tree {
        name: String,
        id: ObjectId,
    },
}

impl RefObject {
    /// The object's id.
    pub fn id(&self) -> ObjectId {
        match self {
            RefObject::TagMessage { id, .. }
            | RefObject::Blob { id, .. }
            | RefObject::Tree { id, .. } => *id,
        }
    }
}

/// An open repository.
pub(super) struct Repo {
    pub objects: gix::Repository,
    pub git_dir: PathBuf,
    /// Its packs and loose objects, for the blobs past gitoxide's allocation limit.
    pub big: super::big::Store,
    /// The grafts of a shallow clone: their parents are not here.
    pub shallow: gix::hashtable::HashSet<ObjectId>,
}

/// Any gitoxide error, as the repository's problem.
pub(super) fn failed(what: &str, e: impl std::fmt::Display) -> GitError {
    GitError::Git(format!("{what}: {e}"))
}

impl Repo {
    /// Opens the repository that holds `path` (a work tree, a bare repository, a
    /// linked worktree, a `.git` folder or file).
    pub fn open(path: &Path) -> Result<Repo, GitError> {
        // No object past `IN_MEMORY` is decoded whole, whatever the repository's trust
        // (gitoxide's own default limits only repositories of other users, to 16 MiB):
        // bigger blobs are streamed by `big`.
        let limit = format!("gitoxide.objects.allocLimit={}", super::big::IN_MEMORY);
        let opts = gix::sec::trust::Mapping::<gix::open::Options>::default();
        let opts = gix::sec::trust::Mapping {
            full: opts.full.config_overrides([limit.as_str()]),
            reduced: opts.reduced.config_overrides([limit.as_str()]),
        };
        let objects = gix::ThreadSafeRepository::discover_opts(path, Default::default(), opts)
            .map(gix::Repository::from)
            .map_err(|e| GitError::NotARepo {
                path: path.display().to_string(),
                message: e.to_string(),
            })?;
        let git_dir = objects.git_dir().to_path_buf();
        let big = super::big::Store::new(objects.objects.store_ref().path(), objects.object_hash());
        let mut shallow = gix::hashtable::HashSet::default();
        if let Ok(Some(grafts)) = objects.shallow_commits() {
            shallow.extend(grafts.iter().copied());
        }
        Ok(Repo {
            objects,
            git_dir,
            big,
            shallow,
        })
    }

    pub fn is_shallow(&self) -> bool {
        !self.shallow.is_empty() || self.objects.is_shallow().unwrap_or(false)
    }

    /// The warning a shallow clone gets: its result is partial.
    pub fn shallow_problem(&self) -> Option<Problem> {
        self.is_shallow().then(|| {
            Problem::new(
                ProblemKind::ShallowHistory,
                self.git_dir.display().to_string(),
                "shallow clone: history before the graft is not here, so the result is \
                 partial (run `git fetch --unshallow` for all of it)",
            )
        })
    }

    /// How many refs there are.
    pub fn ref_count(&self) -> u64 {
        self.objects
            .references()
            .ok()
            .and_then(|p| p.all().ok().map(|i| i.count() as u64))
            .unwrap_or(0)
    }

    /// The commits to walk from: HEAD and every ref (branches, tags, remote-tracking
    /// refs, notes, the stash), and with `all_objects` every commit in the object
    /// database. Also returns, with `all_objects`, every blob (those no commit reaches
    /// are scanned as unreachable). A ref whose target is missing is a problem, never
    /// a silent gap.
    pub fn tips(&self, all_objects: bool, problems: &mut Vec<Problem>) -> Result<Tips, GitError> {
        let mut tips = Vec::new();
        let mut extras = Vec::new();
        match self.objects.head() {
            // An unborn branch (an empty repository) has no commit to walk.
            Ok(head) if head.is_unborn() => {}
            Ok(head) => {
                let id = match &head.kind {
                    gix::head::Kind::Detached { target, .. } => Some(*target),
                    gix::head::Kind::Symbolic(r) => r.target.try_id().map(ToOwned::to_owned),
                    gix::head::Kind::Unborn(_) => None,
                };
                if let Some(id) = id {
                    self.tip(id, "HEAD", (&mut tips, &mut extras), problems);
                }
            }
            Err(e) => problems.push(object_problem("HEAD", format!("cannot read HEAD: {e}"))),
        }
        let refs = self
            .objects
            .references()
            .map_err(|e| failed("cannot read the refs", e))?;
        for r in refs.all().map_err(|e| failed("cannot read the refs", e))? {
            match r {
                Ok(mut r) => {
                    let name = r.name().as_bstr().to_string();
                    match r.follow_to_object() {
                        Ok(id) => self.tip(id.detach(), &name, (&mut tips, &mut extras), problems),
                        Err(e) => problems.push(object_problem(
                            &name,
                            format!("cannot resolve the ref: {e}"),
                        )),
                    }
                }
                Err(e) => problems.push(object_problem("refs", format!("cannot read a ref: {e}"))),
            }
        }
        let mut blobs = Vec::new();
        if all_objects {
            let all = self
                .objects
                .objects
                .iter()
                .map_err(|e| failed("cannot list the object database", e))?;
            let mut seen = gix::hashtable::HashSet::default();
            for id in all {
                let Ok(id) = id else { continue };
                if !seen.insert(id) {
                    continue;
                }
                match self.objects.find_header(id).map(|h| h.kind()) {
                    Ok(gix::object::Kind::Commit) => tips.push(id),
                    Ok(gix::object::Kind::Blob) => blobs.push(id),
                    _ => {}
                }
            }
        }
        // One ref's object is read once, whatever else names it.
        let mut seen = gix::hashtable::HashSet::default();
        extras.retain(|e: &RefObject| seen.insert(e.id()));
        Ok((tips, blobs, extras))
    }

    /// The commit that `id` (a ref's target) is or points at, added to `tips`. A ref
    /// to a tree or a blob (rare) has no commit to trace (`--all-objects` scans such
    /// blobs as unreachable ones); a target that is not here is a problem.
    fn tip(
        &self,
        id: ObjectId,
        name: &str,
        (tips, extras): (&mut Vec<ObjectId>, &mut Vec<RefObject>),
        problems: &mut Vec<Problem>,
    ) {
        let mut at = id;
        // Tags may point at tags; a chain longer than this is not a real one.
        for _ in 0..16 {
            let kind = match self.objects.find_header(at) {
                Ok(h) => h.kind(),
                Err(e) => {
                    let message = if at == id {
                        format!(
                            "points at {id}, which cannot be read ({e}): the history it \
                             reaches is not scanned"
                        )
                    } else {
                        format!("cannot read what the tag points at ({at}): {e}")
                    };
                    problems.push(Problem::new(ProblemKind::MissingObject, name, message));
                    return;
                }
            };
            match kind {
                gix::object::Kind::Commit => {
                    tips.push(at);
                    return;
                }
                gix::object::Kind::Tag => {
                    let mut buf = Vec::new();
                    match self.objects.objects.find_tag(&at, &mut buf) {
                        Ok(tag) => {
                            // Its message is history too (`git tag -a -m`).
                            let message = &tag.message[..tag.message.len().min(MAX_TAG_MESSAGE)];
                            extras.push(RefObject::TagMessage {
                                name: name.to_string(),
                                id: at,
                                message: message.to_vec(),
                            });
                            at = tag.target();
                        }
                        Err(e) => {
                            problems.push(Problem::new(
                                ProblemKind::CorruptObject,
                                name,
                                format!("cannot read the tag {at}: {e}"),
                            ));
                            return;
                        }
                    }
                }
                gix::object::Kind::Blob => {
                    extras.push(RefObject::Blob {
                        name: name.to_string(),
                        id: at,
                    });
                    return;
                }
                gix::object::Kind::Tree => {
                    extras.push(RefObject::Tree {
                        name: name.to_string(),
                        id: at,
                    });
                    return;
                }
            }
        }
        problems.push(Problem::new(
            ProblemKind::CorruptObject,
            name,
            format!(
                "a chain of more than 16 tags from {id}: what it points at is not followed \
                 (`--all-objects` scans every commit there is)"
            ),
        ));
    }

    /// The messages of the annotated tags `tags` (ref name, hex object id) and of the
    /// tags they point at, named by the ref; an id that is not a tag here is skipped.
    pub fn tag_messages(
        &self,
        tags: &[(String, String)],
        problems: &mut Vec<Problem>,
    ) -> Vec<RefObject> {
        let mut out = Vec::new();
        for (name, hex) in tags {
            let Ok(id) = ObjectId::from_hex(hex.as_bytes()) else {
                continue;
            };
            let mut ignored = Vec::new();
            self.tip(id, name, (&mut ignored, &mut out), problems);
        }
        out.retain(|e| matches!(e, RefObject::TagMessage { .. }));
        out
    }

    /// `Name <email>` and the author date (seconds since the epoch) of a commit, or the
    /// tagger and date of an annotated tag.
    pub fn author_and_date(&self, id: &ObjectId) -> Option<(String, i64)> {
        let (mut buf, mut tag_buf) = (Vec::new(), Vec::new());
        let author = match self.objects.objects.find_commit(id, &mut buf) {
            Ok(commit) => commit.author().ok()?,
            Err(_) => self
                .objects
                .objects
                .find_tag(id, &mut tag_buf)
                .ok()?
                .tagger()
                .ok()??,
        };
        let name = String::from_utf8_lossy(author.name).into_owned();
        let email = String::from_utf8_lossy(author.email).into_owned();
        let who = if email.is_empty() {
            name
        } else {
            format!("{name} <{email}>")
        };
        Some((who, author.time().ok()?.seconds))
    }

    /// The work tree, if the repository has one.
    pub fn workdir(&self) -> Option<&Path> {
        self.objects.workdir()
    }
}
