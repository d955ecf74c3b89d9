//! The wild exposure set (`tests/exposure-wild/`): real public repositories, labelled
//! from their code and their frameworks' documentation before keyfence ran on them,
//! split at random (seeded, by repository) into a part to tune on and a frozen third;
//! and a second held-out set (`holdout`) labelled after the frozen third was spent.
//!
//! A key made at run time is planted at every labelled key place, each repository is
//! scanned from its own root, and keyfence's answers are scored per split: exposure of
//! keys (client or not, client precision, server places called client), flows found,
//! flows reported on server twins.
//!
//! Each split must stay at or above the floors it reached when the frozen part was
//! scored ([`floor`]); where it stands against issue 33's bar is printed.
//! Disagreements are printed for the tuning part only; the others' are printed with
//! `KEYFENCE_WILD_DETAILS=all`. While tuning, `KEYFENCE_WILD_TUNE_ONLY=1` leaves the
//! held-out parts unscored. `KEYFENCE_WILD_BIN=PATH` scores another build of
//! keyfence and `KEYFENCE_WILD_SCORE_ONLY=1` prints the scores without asserting (how
//! the first-run score before any fix was taken). Run with `--nocapture`.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use common::{jsonl, key, keyfence, keyfence_at};
use serde::Deserialize;
use tempfile::TempDir;

#[derive(Deserialize, Default)]
struct Batch {
    #[serde(default)]
    repo: Vec<Repo>,
    #[serde(default)]
    place: Vec<Place>,
}

#[derive(Deserialize, Clone)]
struct Repo {
    name: String,
    commit: String,
    kind: String,
}

#[derive(Deserialize, Clone)]
struct Place {
    id: Option<u64>,
    repo: String,
    path: String,
    kind: String,
    exposure: Option<String>,
    rule: Option<String>,
    why: String,
}

#[derive(Deserialize)]
struct Split {
    repo: Vec<SplitRow>,
}

#[derive(Deserialize)]
struct SplitRow {
    name: String,
    split: String,
}

fn set_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/exposure-wild")
}

fn slug(repo: &str) -> String {
    repo.replacen('/', "__", 1)
}

/// The key planted for place `id`.
fn planted(id: u64) -> String {
    key(60_000 + id)
}

/// Copies `from` into `to`, replacing every `__ZAI_KEY_<id>__` with its key.
fn plant(from: &Path, to: &Path) {
    let re = regex::Regex::new(r"__ZAI_KEY_(\d+)__").unwrap();
    let mut stack = vec![from.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
                continue;
            }
            let dest = to.join(p.strip_prefix(from).unwrap());
            fs::create_dir_all(dest.parent().unwrap()).unwrap();
            let text = fs::read_to_string(&p).unwrap();
            let text = re.replace_all(&text, |c: &regex::Captures| planted(c[1].parse().unwrap()));
            fs::write(dest, text.as_bytes()).unwrap();
        }
    }
}

/// What keyfence said of one repository.
#[derive(Default)]
struct Seen {
    /// Key findings by secret: (exposure, reason, path).
    keys: BTreeMap<String, (String, String, String)>,
    /// Flow findings: (path, rule, exposure reason).
    flows: Vec<(String, String, String)>,
}

fn scan(bin: Option<&Path>, root: &Path) -> Seen {
    let mut cmd = match bin {
        Some(b) => keyfence_at(b),
        None => keyfence(),
    };
    let out = cmd
        .args([
            "scan",
            "--format",
            "jsonl",
            "--show-secrets",
            "--threads",
            "1",
        ])
        .arg(root)
        .output()
        .unwrap();
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{}: {}",
        root.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    let mut seen = Seen::default();
    for f in jsonl(&out) {
        let text = |k: &str| f[k].as_str().unwrap_or_default().to_string();
        match f.get("secret") {
            Some(s) => {
                let (exposure, reason, path) =
                    (text("exposure"), text("exposure_reason"), text("path"));
                seen.keys
                    .insert(s.as_str().unwrap().to_string(), (exposure, reason, path));
            }
            None => seen
                .flows
                .push((text("path"), text("rule"), text("exposure_reason"))),
        }
    }
    seen
}

const CLASSES: [&str; 3] = ["client", "server", "unknown"];

/// One split's score.
#[derive(Default)]
struct Score {
    /// Rows: labels; columns: keyfence (client, server, unknown, not found).
    matrix: [[usize; 4]; 3],
    flows: usize,
    flows_found: usize,
    /// Server twins: the shape of a flow in server code.
    twins: usize,
    twins_flagged: usize,
    /// Clients that send their user's own key (labelled `BYOK`): no flow either.
    own_key: usize,
    own_key_flagged: usize,
    repos: usize,
    details: Vec<String>,
}

impl Score {
    fn keys(&self) -> usize {
        self.matrix.iter().flatten().sum()
    }

    /// Places where client-or-not is right.
    fn binary_right(&self) -> usize {
        let client = self.matrix[0][0];
        let not_client: usize = (1..3).map(|r| self.matrix[r][1] + self.matrix[r][2]).sum();
        client + not_client
    }

    fn server_called_client(&self) -> usize {
        self.matrix[1][0]
    }

    fn called_client(&self) -> usize {
        (0..3).map(|r| self.matrix[r][0]).sum()
    }

    fn print(&self, name: &str) {
        let pct = |a: usize, b: usize| {
            if b == 0 {
                100.0
            } else {
                100.0 * a as f64 / b as f64
            }
        };
        eprintln!(
            "== {name}: {} repositories, {} key places, {} flows, {} server twins, {} own-key clients",
            self.repos,
            self.keys(),
            self.flows,
            self.twins,
            self.own_key
        );
        eprintln!(
            "{:>10} {:>8} {:>8} {:>8} {:>8}",
            "", "client", "server", "unknown", "missing"
        );
        for (i, row) in self.matrix.iter().enumerate() {
            eprintln!(
                "{:>10} {:>8} {:>8} {:>8} {:>8}",
                CLASSES[i], row[0], row[1], row[2], row[3]
            );
        }
        eprintln!(
            "{name}: client-or-not {}/{} = {:.1}%; client precision {}/{} = {:.1}%; server called client {}; flows found {}/{} = {:.1}%; flows on server twins {}/{}; flows on own-key clients {}/{}",
            self.binary_right(),
            self.keys(),
            pct(self.binary_right(), self.keys()),
            self.matrix[0][0],
            self.called_client(),
            pct(self.matrix[0][0], self.called_client()),
            self.server_called_client(),
            self.flows_found,
            self.flows,
            pct(self.flows_found, self.flows),
            self.twins_flagged,
            self.twins,
            self.own_key_flagged,
            self.own_key,
        );
    }

    /// Where the split stands against the bar of issue 33: client-or-not on 97% of
    /// places, no server place called client, client precision 95%, 97% of flows
    /// found, none on a server twin. Printed, not asserted (see [`Floor`]).
    fn bar(&self) -> Vec<String> {
        let mut out = Vec::new();
        if self.binary_right() * 100 < self.keys() * 97 {
            out.push(format!(
                "client-or-not {}/{} is under 97%",
                self.binary_right(),
                self.keys()
            ));
        }
        if self.server_called_client() > 0 {
            out.push(format!(
                "{} server places called client",
                self.server_called_client()
            ));
        }
        if self.matrix[0][0] * 100 < self.called_client() * 95 {
            out.push(format!(
                "client precision {}/{} is under 95%",
                self.matrix[0][0],
                self.called_client()
            ));
        }
        if self.flows_found * 100 < self.flows * 97 {
            out.push(format!(
                "flows found {}/{} is under 97%",
                self.flows_found, self.flows
            ));
        }
        if self.twins_flagged > 0 {
            out.push(format!("{} flows on server twins", self.twins_flagged));
        }
        out
    }

    /// What fell below the split's floor.
    fn failures(&self, f: &Floor) -> Vec<String> {
        let mut out = Vec::new();
        let mut check = |ok: bool, what: String| {
            if !ok {
                out.push(what);
            }
        };
        check(
            self.binary_right() >= f.binary_right,
            format!("client-or-not {} < {}", self.binary_right(), f.binary_right),
        );
        check(
            self.matrix[0][0] >= f.client_right,
            format!(
                "client places called client {} < {}",
                self.matrix[0][0], f.client_right
            ),
        );
        check(
            self.called_client() - self.matrix[0][0] <= f.wrongly_client,
            format!(
                "places wrongly called client {} > {}",
                self.called_client() - self.matrix[0][0],
                f.wrongly_client
            ),
        );
        check(
            self.server_called_client() <= f.server_called_client,
            format!(
                "server places called client {} > {}",
                self.server_called_client(),
                f.server_called_client
            ),
        );
        check(
            self.flows_found >= f.flows_found,
            format!("flows found {} < {}", self.flows_found, f.flows_found),
        );
        check(
            self.twins_flagged <= f.twins_flagged,
            format!(
                "flows on server twins {} > {}",
                self.twins_flagged, f.twins_flagged
            ),
        );
        out
    }
}

/// The scores each split reached at issue 33's stop (the frozen part after it was
/// scored once and then tuned on too), kept as floors: a change that does worse fails,
/// one that does better raises them.
struct Floor {
    binary_right: usize,
    client_right: usize,
    wrongly_client: usize,
    server_called_client: usize,
    flows_found: usize,
    twins_flagged: usize,
}

fn floor(split: &str) -> Floor {
    match split {
        "tune" => Floor {
            binary_right: 157,
            client_right: 38,
            wrongly_client: 2,
            server_called_client: 2,
            flows_found: 23,
            twins_flagged: 1,
        },
        "holdout" => Floor {
            binary_right: 83,
            client_right: 31,
            wrongly_client: 1,
            server_called_client: 0,
            flows_found: 28,
            twins_flagged: 2,
        },
        _ => Floor {
            binary_right: 111,
            client_right: 21,
            wrongly_client: 1,
            server_called_client: 0,
            flows_found: 21,
            twins_flagged: 0,
        },
    }
}

fn load() -> (Vec<Repo>, Vec<Place>, BTreeMap<String, String>) {
    let mut repos = Vec::new();
    let mut places = Vec::new();
    let mut files: Vec<PathBuf> = fs::read_dir(set_dir().join("labels"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    for f in files {
        let batch: Batch = toml::from_str(&fs::read_to_string(&f).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        repos.extend(batch.repo);
        places.extend(batch.place);
    }
    let split: Split =
        toml::from_str(&fs::read_to_string(set_dir().join("split.toml")).unwrap()).unwrap();
    let split = split.repo.into_iter().map(|r| (r.name, r.split)).collect();
    (repos, places, split)
}

/// The labels are whole: every repository is taken and in the split, every key place
/// has its placeholder in its file (once), every place has a documented reason.
fn check_labels(repos: &[Repo], places: &[Place], split: &BTreeMap<String, String>) {
    let names: BTreeSet<&str> = repos.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names.len(), repos.len(), "a repository is labelled twice");
    for r in repos {
        assert!(
            set_dir().join("repos").join(slug(&r.name)).is_dir(),
            "{} is not in repos/",
            r.name
        );
        assert!(
            split.contains_key(&r.name),
            "{} is not in split.toml",
            r.name
        );
        assert_eq!(r.commit.len(), 40, "{}: commit", r.name);
        assert!(!r.kind.is_empty() && r.kind != "?", "{}: kind", r.name);
    }
    let mut ids = BTreeSet::new();
    for p in places {
        assert!(
            names.contains(p.repo.as_str()),
            "place of unknown repo {}",
            p.repo
        );
        assert!(!p.why.trim().is_empty(), "{}:{} has no why", p.repo, p.path);
        let file = set_dir().join("repos").join(slug(&p.repo)).join(&p.path);
        assert!(file.is_file(), "{} is not in repos/", file.display());
        match p.kind.as_str() {
            "key" => {
                let id = p.id.expect("a key place has an id");
                assert!(ids.insert(id), "id {id} is labelled twice");
                let e = p.exposure.as_deref().unwrap_or_default();
                assert!(CLASSES.contains(&e), "#{id}: exposure {e:?}");
                let text = fs::read_to_string(&file).unwrap();
                assert_eq!(
                    text.matches(&format!("__ZAI_KEY_{id}__")).count(),
                    1,
                    "#{id} is not once in {}",
                    p.path
                );
            }
            "flow" | "twin" => assert!(p.id.is_none(), "{}:{}: a flow has no id", p.repo, p.path),
            k => panic!("{}:{}: kind {k:?}", p.repo, p.path),
        }
    }
}

fn score(
    repos: &[Repo],
    places: &[Place],
    seen: &BTreeMap<String, Seen>,
    which: &str,
    split: &BTreeMap<String, String>,
) -> Score {
    let mut s = Score::default();
    let in_split = |repo: &str| split.get(repo).map(String::as_str) == Some(which);
    s.repos = repos.iter().filter(|r| in_split(&r.name)).count();
    for p in places.iter().filter(|p| in_split(&p.repo)) {
        let seen = &seen[&p.repo];
        let at = |path: &str| path == p.path;
        match p.kind.as_str() {
            "key" => {
                let id = p.id.unwrap();
                let want = CLASSES
                    .iter()
                    .position(|c| Some(*c) == p.exposure.as_deref())
                    .unwrap();
                let (got, line) = match seen.keys.get(&planted(id)) {
                    Some((e, reason, path)) => (
                        CLASSES.iter().position(|c| c == e).unwrap(),
                        format!("got {e}: {reason} [{path}]"),
                    ),
                    None => (3, "not found".to_string()),
                };
                s.matrix[want][got] += 1;
                if want != got {
                    s.details.push(format!(
                        "key #{id} {}/{}: labelled {} ({}); {line}",
                        p.repo, p.path, CLASSES[want], p.why
                    ));
                }
            }
            "flow" => {
                s.flows += 1;
                if seen.flows.iter().any(|f| at(&f.0)) {
                    s.flows_found += 1;
                } else {
                    s.details.push(format!(
                        "flow missed {}/{} ({}): {}",
                        p.repo,
                        p.path,
                        p.rule.as_deref().unwrap_or("?"),
                        p.why
                    ));
                }
            }
            _ => {
                let own = p.why.contains("BYOK");
                if own {
                    s.own_key += 1;
                } else {
                    s.twins += 1;
                }
                if let Some(f) = seen.flows.iter().find(|f| at(&f.0)) {
                    if own {
                        s.own_key_flagged += 1;
                    } else {
                        s.twins_flagged += 1;
                    }
                    s.details.push(format!(
                        "flow where none may be {}/{}: {} ({}); labelled: {}",
                        p.repo, p.path, f.1, f.2, p.why
                    ));
                }
            }
        }
    }
    // Flows at places nobody labelled: not scored (a labeller labels what they saw),
    // listed so that a tuner can look.
    for r in repos.iter().filter(|r| in_split(&r.name)) {
        let labelled: BTreeSet<&str> = places
            .iter()
            .filter(|p| p.repo == r.name && p.kind != "key")
            .map(|p| p.path.as_str())
            .collect();
        for f in &seen[&r.name].flows {
            if !labelled.contains(f.0.as_str()) {
                s.details.push(format!(
                    "(unlabelled) flow {}/{}: {} ({})",
                    r.name, f.0, f.1, f.2
                ));
            }
        }
    }
    s
}

#[test]
fn the_wild_set_is_judged_as_labelled() {
    let (repos, places, split) = load();
    check_labels(&repos, &places, &split);
    let dir = TempDir::new().unwrap();
    plant(&set_dir().join("repos"), dir.path());
    let bin = std::env::var_os("KEYFENCE_WILD_BIN").map(PathBuf::from);
    let seen = Mutex::new(BTreeMap::new());
    let queue = Mutex::new(repos.iter().map(|r| r.name.clone()).collect::<Vec<_>>());
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| loop {
                let Some(name) = queue.lock().unwrap().pop() else {
                    break;
                };
                let found = scan(bin.as_deref(), &dir.path().join(slug(&name)));
                seen.lock().unwrap().insert(name, found);
            });
        }
    });
    let seen = seen.into_inner().unwrap();
    let details = std::env::var("KEYFENCE_WILD_DETAILS").unwrap_or_default();
    let mut failures = Vec::new();
    let splits: &[&str] = if std::env::var_os("KEYFENCE_WILD_TUNE_ONLY").is_some() {
        &["tune"]
    } else {
        &["tune", "frozen", "holdout"]
    };
    for &which in splits {
        let s = score(&repos, &places, &seen, which, &split);
        s.print(which);
        if which == "tune" || details == "all" {
            for d in &s.details {
                eprintln!("  {d}");
            }
        }
        for b in s.bar() {
            eprintln!("{which}: below issue 33's bar: {b}");
        }
        failures.extend(
            s.failures(&floor(which))
                .into_iter()
                .map(|f| format!("{which}: {f}")),
        );
    }
    if std::env::var_os("KEYFENCE_WILD_SCORE_ONLY").is_none() {
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }
}
