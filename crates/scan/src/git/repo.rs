//! The one place a repository is opened: libgit2 for refs, revisions, ranges and
//! authors; gitoxide for commits, trees and blobs.

use std::path::{Path, PathBuf};

use git2::{ObjectType, Oid, Repository};
use gix::ObjectId;
use keyfence_model::{Problem, ProblemKind};

use super::{object_problem, range, GitError};

/// An open repository.
pub(super) struct Repo {
    pub git: Repository,
    pub objects: gix::Repository,
    pub git_dir: PathBuf,
    /// The grafts of a shallow clone: their parents are not here.
    pub shallow: gix::hashtable::HashSet<ObjectId>,
}

impl Repo {
    /// Opens the repository that holds `path` (a work tree, a bare repository, a
    /// linked worktree).
    pub fn open(path: &Path) -> Result<Repo, GitError> {
        // libgit2's object cache would only hold memory, and re-hashing every object
        // it reads took a sixth of a pre-push check's time (git itself does not
        // verify on read either).
        git2::opts::enable_caching(false);
        git2::opts::strict_hash_verification(false);
        let git = Repository::discover(path).map_err(|e| GitError::NotARepo {
            path: path.display().to_string(),
            message: e.message().to_string(),
        })?;
        let git_dir = git.path().to_path_buf();
        let location: PathBuf = git_dir.components().collect();
        let objects = gix::open(&location).map_err(|e| GitError::NotARepo {
            path: path.display().to_string(),
            message: e.to_string(),
        })?;
        let mut shallow = gix::hashtable::HashSet::default();
        if git.is_shallow() {
            if let Ok(Some(grafts)) = objects.shallow_commits() {
                shallow.extend(grafts.iter().copied());
            }
        }
        Ok(Repo {
            git,
            objects,
            git_dir,
            shallow,
        })
    }

    /// The warning a shallow clone gets: its result is partial.
    pub fn shallow_problem(&self) -> Option<Problem> {
        self.git.is_shallow().then(|| {
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
        self.git.references().map_or(0, |r| r.count() as u64)
    }

    /// The commits to walk from: HEAD and every ref (branches, tags, remote-tracking
    /// refs, notes, the stash), and with `all_objects` every commit in the object
    /// database. Also returns, with `all_objects`, every blob (those no commit reaches
    /// are scanned as unreachable). A ref whose target is missing is a problem, never
    /// a silent gap.
    pub fn tips(
        &self,
        all_objects: bool,
        problems: &mut Vec<Problem>,
    ) -> Result<(Vec<ObjectId>, Vec<ObjectId>), GitError> {
        let mut tips = Vec::new();
        match self.git.head() {
            Ok(head) => self.peel(&head, "HEAD", &mut tips, problems),
            // An unborn branch (an empty repository) has no commit to walk.
            Err(e)
                if e.code() == git2::ErrorCode::UnbornBranch
                    || e.code() == git2::ErrorCode::NotFound => {}
            Err(e) => problems.push(object_problem(
                "HEAD",
                format!("cannot read HEAD: {}", e.message()),
            )),
        }
        for r in self.git.references()? {
            match r {
                Ok(r) => {
                    let name = String::from_utf8_lossy(r.name_bytes()).into_owned();
                    self.peel(&r, &name, &mut tips, problems);
                }
                Err(e) => problems.push(object_problem(
                    "refs",
                    format!("cannot read a ref: {}", e.message()),
                )),
            }
        }
        let mut blobs = Vec::new();
        if all_objects {
            let odb = self.git.odb()?;
            let mut all = Vec::new();
            odb.foreach(|oid| {
                all.push(*oid);
                true
            })?;
            for oid in all {
                match odb.read_header(oid) {
                    Ok((_, ObjectType::Commit)) => tips.push(range::oid(oid)),
                    Ok((_, ObjectType::Blob)) => blobs.push(range::oid(oid)),
                    _ => {}
                }
            }
        }
        Ok((tips, blobs))
    }

    /// The commit a ref points at, added to `tips`. A ref to a tree or a blob (rare)
    /// has no commit to trace (`--all-objects` scans such blobs as unreachable ones);
    /// a ref whose target is not here is a problem.
    fn peel(
        &self,
        r: &git2::Reference,
        name: &str,
        tips: &mut Vec<ObjectId>,
        problems: &mut Vec<Problem>,
    ) {
        let target = match r.resolve() {
            Ok(t) => t,
            Err(e) => {
                problems.push(object_problem(
                    name,
                    format!("cannot resolve the ref: {}", e.message()),
                ));
                return;
            }
        };
        let Some(id) = target.target() else { return };
        match self.git.find_object(id, None) {
            Ok(obj) => match obj.peel(ObjectType::Commit) {
                Ok(c) => tips.push(range::oid(c.id())),
                // A tag whose target is not here.
                Err(e) if e.code() == git2::ErrorCode::NotFound => problems.push(Problem::new(
                    ProblemKind::MissingObject,
                    name,
                    format!("cannot read what the tag points at: {}", e.message()),
                )),
                Err(_) => {}
            },
            Err(e) => problems.push(Problem::new(
                ProblemKind::MissingObject,
                name,
                format!(
                    "points at {id}, which cannot be read ({}): the history it reaches is \
                     not scanned",
                    e.message()
                ),
            )),
        }
    }

    /// `Name <email>` and the author date (seconds since the epoch) of a commit.
    pub fn author_and_date(&self, id: &ObjectId) -> Option<(String, i64)> {
        let commit = self
            .git
            .find_commit(Oid::from_bytes(id.as_bytes()).ok()?)
            .ok()?;
        let author = commit.author();
        let name = String::from_utf8_lossy(author.name_bytes()).into_owned();
        let email = String::from_utf8_lossy(author.email_bytes()).into_owned();
        let who = if email.is_empty() {
            name
        } else {
            format!("{name} <{email}>")
        };
        Some((who, author.when().seconds()))
    }
}
