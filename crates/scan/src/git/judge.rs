//! Exposure in history: each place gets the exposure its path had in the commit that
//! put the secret there, from that commit's own manifests and imports; only where that
//! tree holds no project (a shallow or partial history, a file from before the
//! project had a manifest) does HEAD's model decide.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use gix::prelude::FindExt;
use gix::ObjectId;
use keyfence_exposure::flows::{Flows, NoProject, Resolved};
use keyfence_exposure::project::FileView;
use keyfence_exposure::tree::{disk_path, file_name, parent, Tree};
use keyfence_exposure::{DiskTree, Evidence, Projects};
use keyfence_matcher::RuleMatcher;
use keyfence_model::{Exposure, FlowTarget};

use super::repo::Repo;

/// How many commit trees get a model of their own in one run; past that, HEAD's decides.
const MAX_MODELS: usize = 64;

/// The longest path the project model judges.
const MAX_JUDGED_PATH: usize = 4096;

/// A directory's entries: name, whether a directory, object id.
type Entries = Arc<Vec<(String, bool, ObjectId)>>;

/// A commit's tree as the project model reads it: paths are `/`-rooted.
pub(super) struct GitTree {
    repo: gix::ThreadSafeRepository,
    root: ObjectId,
    dirs: Mutex<HashMap<String, Option<Entries>>>,
    /// Trees read, by id: a tree at many paths (a folder copied, or a tree built to
    /// repeat one) is held once.
    trees: Mutex<HashMap<ObjectId, Entries>>,
}

impl GitTree {
    fn new(repo: &gix::Repository, commit: ObjectId) -> Option<GitTree> {
        let root = repo.find_commit(commit).ok()?.tree_id().ok()?.detach();
        Some(GitTree {
            repo: repo.clone().into_sync(),
            root,
            dirs: Mutex::new(HashMap::new()),
            trees: Mutex::new(HashMap::new()),
        })
    }

    fn read_tree(&self, id: ObjectId) -> Option<Entries> {
        if let Some(e) = self.trees.lock().unwrap().get(&id) {
            return Some(e.clone());
        }
        let e = self.read_tree_uncached(id)?;
        self.trees.lock().unwrap().insert(id, e.clone());
        Some(e)
    }

    fn read_tree_uncached(&self, id: ObjectId) -> Option<Entries> {
        let repo = self.repo.to_thread_local();
        let mut buf = Vec::new();
        let tree = repo.objects.find_tree_iter(&id, &mut buf).ok()?;
        let mut out = Vec::new();
        for e in tree {
            let e = e.ok()?;
            if e.mode.is_tree() || e.mode.is_blob_or_symlink() {
                out.push((
                    String::from_utf8_lossy(e.filename).into_owned(),
                    e.mode.is_tree(),
                    e.oid.to_owned(),
                ));
            }
        }
        Some(Arc::new(out))
    }

    /// The entries of directory `dir`, read once.
    fn entries(&self, dir: &str) -> Option<Entries> {
        let dir = if dir.len() > 1 {
            dir.trim_end_matches('/')
        } else {
            dir
        };
        if let Some(known) = self.dirs.lock().unwrap().get(dir) {
            return known.clone();
        }
        let found = if dir == "/" || dir.is_empty() {
            self.read_tree(self.root)
        } else {
            let up = parent(dir).unwrap_or("/");
            let name = file_name(dir);
            self.entries(up).and_then(|e| {
                let (_, is_dir, id) = e.iter().find(|(n, _, _)| n == name)?;
                if *is_dir {
                    self.read_tree(*id)
                } else {
                    None
                }
            })
        };
        self.dirs
            .lock()
            .unwrap()
            .insert(dir.to_string(), found.clone());
        found
    }

    fn entry(&self, path: &str) -> Option<(bool, ObjectId)> {
        let e = self.entries(parent(path)?)?;
        let name = file_name(path);
        e.iter()
            .find(|(n, _, _)| n == name)
            .map(|(_, d, id)| (*d, *id))
    }
}

impl Tree for GitTree {
    fn list(&self, dir: &str) -> Option<Vec<(String, bool)>> {
        Some(
            self.entries(dir)?
                .iter()
                .map(|(n, d, _)| (n.clone(), *d))
                .collect(),
        )
    }

    fn read(&self, path: &str, limit: usize) -> Option<Vec<u8>> {
        let (is_dir, id) = self.entry(path)?;
        if is_dir {
            return None;
        }
        let repo = self.repo.to_thread_local();
        let mut buf = Vec::new();
        let blob = repo.objects.find_blob(&id, &mut buf).ok()?;
        Some(blob.data[..blob.data.len().min(limit)].to_vec())
    }

    fn kind(&self, path: &str) -> Option<bool> {
        if path == "/" {
            return Some(true);
        }
        self.entry(path).map(|(d, _)| d)
    }
}

/// Decides the exposure of places in history.
pub(super) struct Judge<'r> {
    repo: &'r Repo,
    commits: &'r [ObjectId],
    models: RefCell<HashMap<usize, Option<Arc<Projects>>>>,
    /// HEAD's model, made the first time it is needed (`None` inside: no HEAD tree).
    head: std::cell::OnceCell<Option<Arc<Projects>>>,
    blobs: RefCell<HashMap<ObjectId, Arc<Vec<u8>>>>,
}

/// How far either side of a secret its line is read.
const LINE: usize = 2048;

impl<'r> Judge<'r> {
    pub fn new(repo: &'r Repo, commits: &'r [ObjectId]) -> Judge<'r> {
        Judge {
            repo,
            commits,
            models: RefCell::new(HashMap::new()),
            head: std::cell::OnceCell::new(),
            blobs: RefCell::new(HashMap::new()),
        }
    }

    /// The model of commit `ci`'s tree; the working tree for the index (`usize::MAX`).
    fn model(&self, ci: usize) -> Option<Arc<Projects>> {
        if let Some(m) = self.models.borrow().get(&ci) {
            return m.clone();
        }
        if self.models.borrow().len() >= MAX_MODELS {
            return self.head_model();
        }
        let made = if ci == usize::MAX {
            self.repo
                .workdir()
                .map(|_| Arc::new(Projects::new(Arc::new(DiskTree))))
        } else {
            let id = *self.commits.get(ci)?;
            GitTree::new(&self.repo.objects, id)
                .map(|t| Arc::new(Projects::new(Arc::new(t) as Arc<dyn Tree>)))
        };
        self.models.borrow_mut().insert(ci, made.clone());
        made
    }

    fn head_model(&self) -> Option<Arc<Projects>> {
        self.head
            .get_or_init(|| {
                self.repo
                    .objects
                    .head_id()
                    .ok()
                    .and_then(|id| GitTree::new(&self.repo.objects, id.detach()))
                    .map(|t| Arc::new(Projects::new(Arc::new(t) as Arc<dyn Tree>)))
            })
            .clone()
    }

    fn blob(&self, id: ObjectId) -> Option<Arc<Vec<u8>>> {
        if let Some(b) = self.blobs.borrow().get(&id) {
            return Some(b.clone());
        }
        let mut buf = Vec::new();
        let data = Arc::new(
            self.repo
                .objects
                .objects
                .find_blob(&id, &mut buf)
                .ok()?
                .data
                .to_vec(),
        );
        self.blobs.borrow_mut().insert(id, data.clone());
        Some(data)
    }

    /// The model that judges `path` in commit `ci` (`usize::MAX`: staged, against the
    /// working tree), and the path in its tree: the commit's own, or HEAD's where that
    /// tree holds no project.
    fn model_for(&self, path: &str, ci: usize) -> Option<(Arc<Projects>, String)> {
        // The model looks at every folder above a path, each by its own path: a chain
        // of folders thousands deep would cost the square of its depth. Such a place
        // keeps the exposure its file alone gives.
        if path.len() > MAX_JUDGED_PATH {
            return None;
        }
        let tree_path = if ci == usize::MAX {
            self.repo.workdir().and_then(|w| disk_path(&w.join(path)))
        } else {
            Some(format!("/{path}"))
        }?;
        let own = self.model(ci);
        match own.filter(|m| m.holds(&tree_path)) {
            Some(m) => Some((m, tree_path)),
            None if ci != usize::MAX => Some((self.head_model()?, tree_path)),
            None => None,
        }
    }

    /// The line around byte `offset` of `data`, and the file's first bytes.
    fn line_at(data: &[u8], offset: u64) -> (std::ops::Range<usize>, &[u8]) {
        let at = (offset as usize).min(data.len());
        let from = at.saturating_sub(LINE);
        let start = memchr::memrchr(b'\n', &data[from..at]).map_or(from, |i| from + i + 1);
        let to = (at + LINE).min(data.len());
        let end = memchr::memchr(b'\n', &data[at..to]).map_or(to, |i| at + i);
        (start..end, &data[..data.len().min(keyfence_exposure::HEAD)])
    }

    /// The exposure of the secret at byte `offset` of blob `blob`, at `path` in commit
    /// `ci` (`usize::MAX`: staged, judged against the working tree).
    pub fn place(
        &self,
        blob: ObjectId,
        offset: u64,
        path: &str,
        ci: usize,
    ) -> Option<(Exposure, String)> {
        let data = self.blob(blob)?;
        let (range, head) = Self::line_at(&data, offset);
        let line = &data[range];
        let verdict = self
            .model_for(path, ci)
            .and_then(|(m, tp)| m.verdict(&tp, offset, line));
        Some(keyfence_exposure::classify(Evidence {
            path: Some(path),
            line,
            head: Some(head),
            project: verdict,
        }))
    }

    /// Whether the flow found at byte `offset` of blob `blob` ships from `path` in
    /// commit `ci`, as that commit's project says; `None` when it does not.
    pub fn flow(
        &self,
        matcher: &RuleMatcher,
        blob: ObjectId,
        offset: u64,
        path: &str,
        ci: usize,
        target: &FlowTarget,
    ) -> Option<Resolved> {
        let data = self.blob(blob)?;
        let (candidate, range) = crate::flow::candidate_at(matcher, path, &data, offset, target)?;
        // A bring-your-own-key client's call ships no key.
        if keyfence_exposure::flows::is_call(&candidate)
            && keyfence_exposure::flows::brings_own_key(&data)
        {
            return None;
        }
        let (data_flows, _) = matcher.flows()?;
        let head = &data[..data.len().min(keyfence_exposure::HEAD)];
        let line = &data[range];
        let model = self.model_for(path, ci);
        let flows = Flows::new(data_flows);
        match &model {
            Some((m, tp)) => flows.resolve(
                &candidate,
                Some(path),
                offset,
                line,
                Some(head),
                &FileView {
                    projects: m,
                    path: tp,
                },
            ),
            None => flows.resolve(&candidate, Some(path), offset, line, Some(head), &NoProject),
        }
    }
}
