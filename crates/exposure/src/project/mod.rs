//! The project model: every project in a tree, what it is built with, and where each of
//! its files runs.
//!
//! A project is a directory with a manifest (`package.json`, `pubspec.yaml`, an
//! Android `build.gradle`, an Xcode project, a mini program's `project.config.json`,
//! an extension's `manifest.json`, a host's `vercel.json`, `netlify.toml`,
//! `wrangler.toml` or `firebase.json`…). Its model is read once, the first time a
//! finding in it needs it, and its import graphs only when a convention does not
//! decide. For a file, the nearest project decides; only where it says nothing does the
//! one around it speak (a library package says nothing of its files: the app that
//! imports it does). A project speaks, in order:
//!
//! 1. strong conventions: serverless function folders, API routes, server modules,
//!    build configurations and env files (what the build inlines ships);
//! 2. the client graph: reached from a bundler's entries → `client`, with the chain;
//! 3. the server graph: reached from what a server or the build runs → `server` (a
//!    server's entry is server whatever app surrounds it);
//! 4. app-wide conventions: apps whose every other file ships (extensions, mini
//!    programs, mobile and desktop apps);
//! 5. weak conventions: tests, folders served as-is, a meta-framework's defaults, a
//!    Node project with no bundler.
//!
//! Where none speaks, the caller's path rules do.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use globset::{GlobSet, GlobSetBuilder};
use keyfence_model::Exposure;

pub mod frameworks;
pub mod graph;
pub mod manifest;
mod resolve;

use self::frameworks::Facts;
use self::graph::{Reach, Side};
use self::manifest::{Dir, Package};
use crate::js;
use crate::tree::{file_name, parent, read_text, relative, Tree};

/// What the project model says of one place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verdict {
    pub exposure: Exposure,
    pub reason: String,
}

impl Verdict {
    fn new(exposure: Exposure, reason: impl Into<String>) -> Verdict {
        Verdict {
            exposure,
            reason: reason.into(),
        }
    }
}

/// What a convention decides.
#[derive(Clone, Debug)]
pub enum Action {
    Is(Exposure, String),
    /// Not the project's to say (CI, containers, infrastructure): the path rules decide.
    Defer,
    /// A module with server-only exports: inside one of these top-level declarations,
    /// `inside`; elsewhere, `outside`.
    Split {
        names: &'static [&'static str],
        inside: (Exposure, String),
        outside: (Exposure, String),
    },
    /// An Astro component: its frontmatter runs on the server; the rest is HTML and
    /// scripts sent to the browser.
    Astro,
    /// An env file: a variable the build inlines ships; the others stay with the build.
    EnvFile,
    /// A build configuration: runs in Node, but what it passes to these properties or
    /// plugins is inlined into the bundle.
    Config {
        tool: &'static str,
        inlines: &'static [&'static str],
    },
    /// A Gradle build file: `buildConfigField`, `resValue` and manifest placeholders
    /// are compiled into the app; the rest configures the build.
    Gradle,
    /// A Gradle property file: read by the build on the build machine, unless a build
    /// file of the project hands the property to the app (a `buildConfigField`,
    /// `resValue` or manifest placeholder fed from it).
    GradleProperty,
    /// A file that exports a request handler (`export default function handler(req,
    /// res)`, `export async function POST(request)`, `module.exports = (req, res) =>`):
    /// a serverless function, as Vercel and Netlify run the files of `api/`. Says
    /// nothing of a file without one.
    Handler,
}

struct Convention {
    globs: GlobSet,
    action: Action,
}

/// A project's conventions and entries, as the frameworks say.
#[derive(Default)]
pub struct Conventions {
    strong: Vec<Convention>,
    app_wide: Vec<Convention>,
    weak: Vec<Convention>,
    pub entries_client: Vec<(String, String)>,
    pub entries_server: Vec<(String, String)>,
}

/// The globs as one set; `*` stays within a directory, `**` crosses them, and an
/// empty alternative (`{app/,}pages/**`) matches too.
fn globset(globs: &[&str]) -> GlobSet {
    let mut b = GlobSetBuilder::new();
    for g in globs {
        if let Ok(glob) = globset::GlobBuilder::new(g)
            .literal_separator(true)
            .empty_alternates(true)
            .build()
        {
            b.add(glob);
        }
    }
    b.build().unwrap_or_else(|_| GlobSet::empty())
}

impl Conventions {
    pub fn strong(&mut self, globs: &[&str], action: Action) {
        self.strong.push(Convention {
            globs: globset(globs),
            action,
        });
    }

    /// A convention of an app that ships every file a server entry does not reach.
    pub fn app_wide(&mut self, globs: &[&str], action: Action) {
        self.app_wide.push(Convention {
            globs: globset(globs),
            action,
        });
    }

    pub fn weak(&mut self, globs: &[&str], action: Action) {
        self.weak.push(Convention {
            globs: globset(globs),
            action,
        });
    }
}

/// What a project's build inlines into client code from the environment.
#[derive(Clone, Debug, Default)]
pub struct Inlining {
    /// Env name prefixes, each with the tool that inlines it.
    pub prefixes: Vec<(String, String)>,
    /// Env names inlined one by one (`define`, `env`, public runtime config), with how.
    pub names: Vec<(String, String)>,
    /// A bundler that inlines every `process.env.X` client code reads (Parcel).
    pub reads: Option<String>,
}

impl Inlining {
    /// Why `name` is inlined into client code, and whether by its name (rather than by
    /// a prefix), if it is.
    pub fn why_detail(&self, name: &str) -> Option<(String, bool)> {
        if let Some((p, tool)) = self
            .prefixes
            .iter()
            .find(|(p, _)| name.starts_with(p.as_str()) && name.len() > p.len())
        {
            return Some((
                format!("{tool} inlines {p}* variables into the bundle"),
                false,
            ));
        }
        // `define: { 'process.env': env }` hands the whole environment to the bundle.
        self.names
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, why)| (format!("{why} inlines it into the bundle"), true))
            .or_else(|| {
                self.names
                    .iter()
                    .find(|(n, _)| n == "process.env" || n == "import.meta.env")
                    .map(|(n, why)| {
                        (
                            format!("{why} inlines all of {n}, {name} with it, into the bundle"),
                            true,
                        )
                    })
            })
    }

    /// Why `name` is inlined into client code, if it is.
    pub fn why(&self, name: &str) -> Option<String> {
        self.why_detail(name).map(|(why, _)| why)
    }
}

/// One project.
pub struct Project {
    pub root: String,
    pub facts: Facts,
    pub tools: Vec<&'static str>,
    pub inlining: Inlining,
    conventions: Conventions,
    aliases: Vec<(String, String)>,
    client: OnceLock<Reach>,
    server: OnceLock<Reach>,
}

/// Manifest files that make a directory a project.
const MARKERS: &[&str] = &[
    "package.json",
    "pubspec.yaml",
    "build.gradle",
    "build.gradle.kts",
    "project.config.json",
    "mini.project.json",
    "manifest.json",
    "pages.json",
    "vercel.json",
    "netlify.toml",
    "wrangler.toml",
    "wrangler.json",
    "firebase.json",
    "config.xml",
    "Podfile",
    "pom.xml",
];

impl Project {
    /// The project whose root is `dir`, if `dir` holds a manifest.
    fn read(tree: &dyn Tree, dir: &str) -> Option<Project> {
        let d = Dir::read(tree, dir)?;
        let xcode = d
            .names
            .iter()
            .any(|(n, is_dir)| *is_dir && n.ends_with(".xcodeproj"));
        let qmake = d
            .names
            .iter()
            .any(|(n, is_dir)| !is_dir && n.ends_with(".pro"));
        if !MARKERS.iter().any(|m| d.has_file(m)) && !xcode && !qmake {
            return None;
        }
        let pkg = read_text(tree, &d.child("package.json")).and_then(|t| Package::parse(&t));
        let facts = frameworks::facts(tree, &d, pkg.as_ref());
        let tools = frameworks::tools(&facts);
        // A web app manifest or a stray config.xml does not make a project.
        if pkg.is_none() && tools.is_empty() {
            return None;
        }
        let mut conventions = Conventions::default();
        // Entries first: the weak conventions depend on whether any were found.
        frameworks::entries(tree, &d, &facts, pkg.as_ref(), &mut conventions);
        frameworks::conventions(tree, &d, &facts, &mut conventions);
        let inlining = frameworks::inlining(tree, &d, &facts);
        let mut aliases = Vec::new();
        if facts.nuxt {
            for a in ["~~", "@@", "~", "@"] {
                aliases.push((a.to_string(), dir.to_string()));
            }
        }
        if facts.sveltekit {
            aliases.push(("$lib".to_string(), d.child("src/lib")));
        }
        aliases.extend(config_aliases(tree, &d));
        Some(Project {
            root: dir.to_string(),
            tools,
            facts,
            inlining,
            conventions,
            aliases,
            client: OnceLock::new(),
            server: OnceLock::new(),
        })
    }

    /// One side's graph, walked the first time it is asked for (not at all for a side
    /// without entries).
    fn graph(&self, tree: &Arc<dyn Tree>, side: Side) -> &Reach {
        let (cell, entries) = match side {
            Side::Client => (&self.client, &self.conventions.entries_client),
            Side::Server => (&self.server, &self.conventions.entries_server),
        };
        cell.get_or_init(|| {
            if entries.is_empty() {
                return Reach::default();
            }
            let resolver = resolve::resolver(tree.clone(), &self.aliases);
            graph::reach(&**tree, &resolver, &self.root, entries, side)
        })
    }

    fn decide(&self, action: &Action, place: &Place) -> Option<Verdict> {
        match action {
            Action::Is(e, why) => Some(Verdict::new(*e, why.clone())),
            Action::Defer => None,
            Action::Split {
                names,
                inside,
                outside,
            } => {
                let (e, why) = match place.declaration() {
                    Some(d) if names.contains(&d.as_str()) => inside,
                    _ => outside,
                };
                Some(Verdict::new(*e, why.clone()))
            }
            Action::Astro => Some(match place.in_frontmatter() {
                true => Verdict::new(Exposure::Server, "Astro frontmatter: runs at build time or on the server, not in the browser"),
                false => Verdict::new(Exposure::Client, "Astro template or script: sent to the browser as HTML or JavaScript"),
            }),
            Action::EnvFile => Some(self.env_file(place.line)),
            Action::Config { tool, inlines } => Some(match place.inside_any(inlines) {
                Some(what) => Verdict::new(Exposure::Client, format!("{tool} configuration: the value given to `{what}` is inlined into the bundle")),
                None => Verdict::new(Exposure::Server, format!("{tool} configuration: runs in Node at build time and is not shipped")),
            }),
            Action::GradleProperty => Some(self.gradle_property(place)),
            Action::Handler => place.text().filter(|t| exports_handler(t)).map(|_| {
                Verdict::new(Exposure::Server, "a serverless function (a request handler in api/, which Vercel and Netlify run on the server)")
            }),
            Action::Gradle => {
                let line = String::from_utf8_lossy(place.line);
                Some(if ["buildConfigField", "resValue", "manifestPlaceholders"].iter().any(|w| line.contains(w)) {
                    Verdict::new(Exposure::Client, "Gradle buildConfigField/resValue: compiled into the app")
                } else {
                    Verdict::new(Exposure::Server, "Gradle build file: configures the build; only buildConfigField and resValue values ship")
                })
            }
        }
    }

    /// A Gradle property's line: `client` when a build file of the project (its root
    /// or a module one folder down) names the property and compiles values into the
    /// app, `server` otherwise.
    fn gradle_property(&self, place: &Place) -> Verdict {
        let line = String::from_utf8_lossy(place.line);
        let name: String = line
            .trim_start()
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'))
            .collect();
        let mut builds = Vec::new();
        let mut dirs = vec![self.root.clone()];
        for (n, is_dir) in place.tree.list(&self.root).unwrap_or_default() {
            if is_dir && !n.starts_with('.') && n != "node_modules" && n != "build" {
                dirs.push(crate::tree::join(&self.root, &n));
            }
        }
        for d in dirs.iter().take(64) {
            for f in ["build.gradle", "build.gradle.kts"] {
                if let Some(t) = read_text(place.tree, &crate::tree::join(d, f)) {
                    builds.push((crate::tree::join(d, f), t));
                }
            }
        }
        let ships = builds.iter().find(|(_, t)| {
            t.contains(&name)
                && ["buildConfigField", "resValue", "manifestPlaceholders"]
                    .iter()
                    .any(|w| t.contains(w))
        });
        match ships {
            Some((file, _)) if !name.is_empty() => Verdict::new(
                Exposure::Client,
                format!(
                    "Gradle property {name}: {} compiles it into the app (buildConfigField/resValue)",
                    relative(&self.root, file).unwrap_or(file)
                ),
            ),
            _ => Verdict::new(
                Exposure::Server,
                "Gradle property: read by the build; ships only where a buildConfigField puts it into the app",
            ),
        }
    }

    /// An env file's line: shipped when the build inlines its variable.
    fn env_file(&self, line: &[u8]) -> Verdict {
        let line = String::from_utf8_lossy(line);
        let name = line
            .trim_start()
            .trim_start_matches("export ")
            .split(['=', ':'])
            .next()
            .unwrap_or("")
            .trim()
            .to_string();
        if let Some(why) = self.inlining.why(&name) {
            return Verdict::new(
                Exposure::Client,
                format!("{name} is a public variable: {why}"),
            );
        }
        let tools = if self.tools.is_empty() {
            "this project".to_string()
        } else {
            self.tools.join(", ")
        };
        let inlined: Vec<&str> = self
            .inlining
            .prefixes
            .iter()
            .map(|(p, _)| p.as_str())
            .collect();
        let what = if inlined.is_empty() {
            format!("{tools} inlines no env variable into a client bundle")
        } else {
            format!("{tools} inlines only {}* variables", inlined.join("*, "))
        };
        Verdict::new(
            Exposure::Server,
            format!(
                "env file: {what}, so {} stays with the server or the build",
                if name.is_empty() { "it" } else { &name }
            ),
        )
    }
}

/// Whether a file exports a request handler, the shape of a serverless function:
/// `export default (async) function (name)(req, res)`, `export default (async) (req,
/// res) =>`, `module.exports = (async) (req, res)`, `export (async) function GET(`
/// (or another HTTP method), `export const handler =` (Netlify, AWS Lambda).
fn exports_handler(text: &[u8]) -> bool {
    let text = &text[..text.len().min(crate::tree::READ_LIMIT)];
    let s = String::from_utf8_lossy(text);
    let squeeze: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let request = |rest: &str| {
        let rest = rest
            .trim_start_matches("async ")
            .trim_start_matches("function ");
        let rest = rest
            .trim_start_matches(|c: char| c.is_alphanumeric() || c == '_')
            .trim_start();
        let Some(args) = rest.strip_prefix('(') else {
            return false;
        };
        let first: String = args
            .trim_start()
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        matches!(
            first.as_str(),
            "req" | "request" | "event" | "ctx" | "context"
        )
    };
    for start in ["export default ", "module.exports = ", "exports.handler = "] {
        let mut from = 0;
        while let Some(at) = squeeze[from..].find(start) {
            from += at + start.len();
            if request(&squeeze[from..]) {
                return true;
            }
        }
    }
    ["GET", "POST", "PUT", "PATCH", "DELETE"].iter().any(|m| {
        squeeze.contains(&format!("export async function {m}("))
            || squeeze.contains(&format!("export function {m}("))
    }) || squeeze.contains("export const handler =")
        || squeeze.contains("export async function handler(")
        || squeeze.contains("export const config = { runtime:")
}

/// Aliases from the bundler's configuration (`resolve.alias` of Vite and webpack):
/// each key whose value ends in a path string.
fn config_aliases(tree: &dyn Tree, d: &Dir) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for stem in ["vite.config", "webpack.config", "vue.config"] {
        let Some(path) = d.config(stem) else { continue };
        let Some(text) = read_text(tree, &path) else {
            continue;
        };
        let b = text.as_bytes();
        let toks = js::lex(b);
        for r in js::property(b, &toks, "alias") {
            for (key, value) in js::object_keys(b, &toks, r.start) {
                if let Some(target) = js::strings_in(b, &toks, value).pop() {
                    out.push((key, crate::tree::join(&d.path, &target)));
                }
            }
        }
    }
    out
}

/// A place being judged: its path, its line, and the file's text when needed.
struct Place<'a> {
    tree: &'a dyn Tree,
    path: &'a str,
    offset: usize,
    line: &'a [u8],
    text: OnceLock<Option<Vec<u8>>>,
}

impl Place<'_> {
    fn text(&self) -> Option<&[u8]> {
        self.text
            .get_or_init(|| self.tree.read(self.path, crate::tree::READ_LIMIT))
            .as_deref()
    }

    /// The top-level declaration that holds the place.
    fn declaration(&self) -> Option<String> {
        let text = self.text()?;
        let toks = js::lex(text);
        let decls = js::declarations(text, &toks);
        js::declaration_at(&decls, self.offset).map(|d| d.name.clone())
    }

    /// The key of the object property whose value holds the place (`GLM_KEY` in `env:
    /// { GLM_KEY: '…' }`): the last `name:` before it.
    fn property_key(&self) -> Option<String> {
        let text = self.text()?;
        let before = &text[..self.offset.min(text.len())];
        let from = before.len().saturating_sub(4096);
        let window = String::from_utf8_lossy(&before[from..]);
        let mut key = None;
        let bytes = window.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i].is_ascii_alphabetic() || bytes[i] == b'_' {
                let start = i;
                while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                    i += 1;
                }
                let mut j = i;
                if j < bytes.len() && matches!(bytes[j], b'"' | b'\'') {
                    j += 1;
                }
                while j < bytes.len() && bytes[j] == b' ' {
                    j += 1;
                }
                if bytes.get(j) == Some(&b':') && bytes.get(j + 1) != Some(&b':') {
                    key = Some(window[start..i].to_string());
                }
            } else {
                i += 1;
            }
        }
        key
    }

    fn in_frontmatter(&self) -> bool {
        self.text()
            .and_then(crate::sfc::frontmatter)
            .is_some_and(|r| r.contains(&self.offset))
    }

    /// Which of `names` (properties, or calls) holds the place, if any.
    fn inside_any(&self, names: &[&str]) -> Option<String> {
        let text = self.text()?;
        let toks = js::lex(text);
        let span = |r: std::ops::Range<usize>| {
            let s = toks.get(r.start).map_or(text.len(), |t| t.start as usize);
            let e = toks
                .get(r.end.saturating_sub(1))
                .map_or(text.len(), |t| t.end as usize);
            s..e
        };
        for name in names {
            let mut ranges: Vec<std::ops::Range<usize>> = js::property(text, &toks, name)
                .into_iter()
                .map(span)
                .collect();
            for at in js::call_args(text, &toks, name) {
                let end = toks[at.min(toks.len())..]
                    .iter()
                    .scan(1i32, |depth, t| {
                        match t.kind {
                            js::Tok::Punct(b'(') => *depth += 1,
                            js::Tok::Punct(b')') => *depth -= 1,
                            _ => {}
                        }
                        (*depth > 0).then_some(t.end as usize)
                    })
                    .last()
                    .unwrap_or(0);
                ranges.push(toks.get(at).map_or(0, |t| t.start as usize)..end);
            }
            if ranges.iter().any(|r| r.contains(&self.offset)) {
                return Some(name.to_string());
            }
        }
        None
    }
}

/// What the projects of a tree say of one file, for flows.
pub struct FileView<'a> {
    pub projects: &'a Projects,
    /// The file's path in the tree's namespace.
    pub path: &'a str,
}

impl crate::flows::ProjectView for FileView<'_> {
    fn verdict(&self, offset: u64, line: &[u8]) -> Option<Verdict> {
        self.projects.verdict(self.path, offset, line)
    }
    fn inlined(&self, name: &str, read: bool) -> crate::flows::Inlined {
        self.projects.inlined(self.path, name, read)
    }
    fn env_files_say(&self, line_says: &dyn Fn(&[u8]) -> bool) -> bool {
        self.projects.env_files_say(self.path, line_says)
    }
    fn stores_users_key(&self) -> bool {
        self.projects.stores_users_key(self.path)
    }
    fn read_module(&self, spec: &str) -> Option<Vec<u8>> {
        let dir = parent(self.path)?;
        let base = crate::tree::join(dir, spec);
        let tree = &self.projects.tree;
        [
            "",
            ".ts",
            ".js",
            ".tsx",
            ".jsx",
            ".mjs",
            "/index.ts",
            "/index.js",
        ]
        .iter()
        .map(|ext| format!("{base}{ext}"))
        .find(|p| tree.kind(p) == Some(false))
        .and_then(|p| tree.read(&p, SCAN_FILE_BYTES))
    }
}

/// What a convention says of a place: a verdict, or that the path rules decide.
enum Said {
    Defer,
    Is(Verdict),
}

impl Said {
    fn verdict(self) -> Option<Verdict> {
        match self {
            Said::Defer => None,
            Said::Is(v) => Some(v),
        }
    }
}

/// Every project of a tree, each read once, on demand.
pub struct Projects {
    tree: Arc<dyn Tree>,
    /// Whether the project at a root keeps its user's API key, worked out once.
    users_key: Mutex<HashMap<String, bool>>,
    /// Who reads each `process.env` name in a Next.js project (root, name), worked
    /// out once.
    env_readers: Mutex<HashMap<(String, String), Option<Verdict>>>,
    /// Where each project's code reads each env name, by project root.
    env_index: EnvIndex,
    roots: Mutex<HashMap<String, Option<Arc<Project>>>>,
}

/// What a look through a project's files for one thing (who reads a `next.config`
/// value, whether the app saves its user's key) reads at most, in all and of a file:
/// a crafted tree of thousands of large files costs a bounded read.
const SCAN_BYTES: usize = 64 << 20;
const SCAN_FILE_BYTES: usize = 256 << 10;

/// The reads of env names kept for each name, and the names kept for a project.
const READERS_PER_NAME: usize = 16;
const MAX_ENV_NAMES: usize = 50_000;

/// Each project's env reads: name → (file, offset) places.
type EnvIndex = Mutex<HashMap<String, Arc<HashMap<String, Vec<(String, usize)>>>>>;

/// How far up from a file projects are looked for.
const LEVELS: usize = 24;

impl Projects {
    pub fn new(tree: Arc<dyn Tree>) -> Projects {
        Projects {
            tree,
            users_key: Mutex::new(HashMap::new()),
            env_readers: Mutex::new(HashMap::new()),
            env_index: Mutex::new(HashMap::new()),
            roots: Mutex::new(HashMap::new()),
        }
    }

    /// The project whose root is `dir`, read once.
    fn at(&self, dir: &str) -> Option<Arc<Project>> {
        if let Some(known) = self.roots.lock().unwrap().get(dir) {
            return known.clone();
        }
        let found = Project::read(&*self.tree, dir).map(Arc::new);
        self.roots
            .lock()
            .unwrap()
            .insert(dir.to_string(), found.clone());
        found
    }

    /// The projects that hold `path`, nearest first.
    fn around(&self, path: &str) -> Vec<Arc<Project>> {
        let mut out = Vec::new();
        let mut dir = parent(path);
        for _ in 0..LEVELS {
            let Some(d) = dir else { break };
            // Installed dependencies are not the project's own code.
            if file_name(d) == "node_modules" {
                return Vec::new();
            }
            out.extend(self.at(d));
            dir = parent(d);
        }
        out
    }

    /// What the projects around it say of the place at byte `offset` of the file at
    /// `path` (in the tree's namespace), whose line is `line`.
    pub fn verdict(&self, path: &str, offset: u64, line: &[u8]) -> Option<Verdict> {
        let projects = self.around(path);
        let place = Place {
            tree: &*self.tree,
            path,
            offset: offset as usize,
            line,
            text: OnceLock::new(),
        };
        // What the first convention of `list` that speaks says.
        let speak = |p: &Project, list: &[Convention]| -> Option<Said> {
            let rel = relative(&p.root, path)?;
            list.iter()
                .filter(|c| c.globs.is_match(rel))
                .find_map(|c| match &c.action {
                    Action::Defer => Some(Said::Defer),
                    action => p.decide(action, &place).map(Said::Is),
                })
        };
        for p in &projects {
            if let Some(v) = self.next_env(p, &place) {
                return Some(v);
            }
            if let Some(said) = speak(p, &p.conventions.strong) {
                return said.verdict();
            }
            if let Some(chain) = p.graph(&self.tree, Side::Client).chain(&p.root, path) {
                return Some(Verdict::new(
                    Exposure::Client,
                    format!("bundled for the browser: {chain}"),
                ));
            }
            if let Some(chain) = p.graph(&self.tree, Side::Server).chain(&p.root, path) {
                return Some(Verdict::new(
                    Exposure::Server,
                    format!("runs on the server: {chain}"),
                ));
            }
            for list in [&p.conventions.app_wide, &p.conventions.weak] {
                if let Some(said) = speak(p, list) {
                    return said.verdict();
                }
            }
        }
        None
    }

    /// A value in `next.config`'s `env`: Next.js replaces `process.env.NAME` with it in
    /// the code that reads it (https://nextjs.org/docs/app/api-reference/config/next-config-js/env),
    /// so it ships when client code reads it, and stays on the server when only server
    /// code does (API routes, route handlers). With no reader found, it is taken to ship.
    fn next_env(&self, p: &Project, place: &Place) -> Option<Verdict> {
        if !p.facts.next {
            return None;
        }
        let rel = relative(&p.root, place.path)?;
        let in_config = rel.starts_with("next.config.") && place.inside_any(&["env"]).is_some();
        // An env file's variable that next.config's `env` hands on (not a public one).
        let in_env_file = !rel.contains('/') && (rel == ".env" || rel.starts_with(".env."));
        if !in_config && !in_env_file {
            return None;
        }
        let name = if in_config {
            place.property_key()?
        } else {
            String::from_utf8_lossy(place.line)
                .trim_start()
                .trim_start_matches("export ")
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect()
        };
        if name.is_empty() {
            return None;
        }
        if in_env_file {
            let by_config = p
                .inlining
                .why_detail(&name)
                .is_some_and(|(why, by_name)| by_name && why.starts_with("next.config"));
            // NEXT_PUBLIC_ values too are replaced only where code reads them
            // (https://nextjs.org/docs/app/guides/environment-variables).
            if !by_config && !name.starts_with("NEXT_PUBLIC_") {
                return None;
            }
        }
        let v = self.next_env_readers(p, &name)?;
        // In an env file, a client reader leaves it to the build's rules (client).
        (in_config || v.exposure == Exposure::Server).then_some(v)
    }

    /// Who reads `process.env.NAME` in the Next.js project `p`: a client verdict naming
    /// the first client reader, a server verdict when every reader is server code, or
    /// `None` when no code reads it.
    fn next_env_readers(&self, p: &Project, name: &str) -> Option<Verdict> {
        let key = (p.root.clone(), name.to_string());
        if let Some(known) = self.env_readers.lock().unwrap().get(&key) {
            return known.clone();
        }
        let found = self.find_env_readers(p, name);
        self.env_readers.lock().unwrap().insert(key, found.clone());
        found
    }

    fn find_env_readers(&self, p: &Project, name: &str) -> Option<Verdict> {
        let index = self.env_reads(p);
        let mut server_reader = None;
        for (file, at) in index.get(name).into_iter().flatten() {
            let Some(text) = self.tree.read(file, SCAN_FILE_BYTES) else {
                continue;
            };
            let at = (*at).min(text.len());
            let (start, end) = crate::flows::line_around(&text, at);
            let shown = relative(&p.root, file).unwrap_or(file).to_string();
            let head = &text[..text.len().min(crate::HEAD)];
            let verdict = match crate::directive(head) {
                Some("use client") => Some(Verdict::new(Exposure::Client, "marked \"use client\"")),
                Some(_) => Some(Verdict::new(Exposure::Server, "marked \"use server\"")),
                None => self.verdict(file, at as u64, &text[start..end]),
            };
            // A reader nothing says runs anywhere (a module no one imports) proves
            // neither side.
            match verdict {
                Some(v) if v.exposure == Exposure::Server => {
                    server_reader.get_or_insert(shown);
                }
                Some(v) if v.exposure == Exposure::Client => {
                    return Some(Verdict::new(
                        Exposure::Client,
                        format!("Next.js replaces process.env.{name} in the code that reads it, and {shown} does ({})", v.reason),
                    ));
                }
                _ => {}
            }
        }
        server_reader.map(|r| {
            Verdict::new(
                Exposure::Server,
                format!("Next.js replaces process.env.{name} only in the code that reads it, and only server code does ({r})"),
            )
        })
    }

    /// Where the code of project `p` reads each env name (`env.NAME`): at most
    /// [`READERS_PER_NAME`] places a name, from one bounded walk of its files.
    fn env_reads(&self, p: &Project) -> Arc<HashMap<String, Vec<(String, usize)>>> {
        if let Some(known) = self.env_index.lock().unwrap().get(&p.root) {
            return known.clone();
        }
        let mut files = Vec::new();
        frameworks::collect_with(
            &*self.tree,
            &p.root,
            frameworks::CODE_EXTS,
            &mut files,
            4_000,
        );
        let mut index: HashMap<String, Vec<(String, usize)>> = HashMap::new();
        let mut budget = SCAN_BYTES;
        for file in files {
            let Some(text) = self.tree.read(&file, SCAN_FILE_BYTES) else {
                continue;
            };
            budget = budget.saturating_sub(text.len());
            if budget == 0 {
                break;
            }
            for at in memchr::memmem::find_iter(&text, b"env.") {
                let rest = &text[at + 4..];
                let len = rest
                    .iter()
                    .take_while(|b| b.is_ascii_alphanumeric() || **b == b'_')
                    .count();
                if len == 0 || index.len() >= MAX_ENV_NAMES {
                    continue;
                }
                let name = String::from_utf8_lossy(&rest[..len]).into_owned();
                let places = index.entry(name).or_default();
                if places.len() < READERS_PER_NAME && !places.iter().any(|(f, _)| *f == file) {
                    places.push((file.clone(), at + 4));
                }
            }
        }
        let index = Arc::new(index);
        self.env_index
            .lock()
            .unwrap()
            .insert(p.root.clone(), index.clone());
        index
    }

    /// What the builds of the projects that hold `path` inline of `name` (see
    /// `flows::ProjectView::inlined`).
    pub fn inlined(&self, path: &str, name: &str, read: bool) -> crate::flows::Inlined {
        use crate::flows::Inlined;
        let projects = self.around(path);
        if projects.is_empty() {
            return Inlined::NoProject;
        }
        projects
            .iter()
            .find_map(|p| {
                p.inlining.why_detail(name).or_else(|| {
                    let tool = p.inlining.reads.as_ref().filter(|_| read)?;
                    Some((
                        format!("{tool} inlines every process.env variable client code reads"),
                        true,
                    ))
                })
            })
            .map_or(Inlined::Not, |(why, by_name)| Inlined::By { why, by_name })
    }

    /// Whether a line of an env file (`.env`, `.env.*`) at the root of a project that
    /// holds `path` is one `line_says` accepts.
    pub fn env_files_say(&self, path: &str, line_says: &dyn Fn(&[u8]) -> bool) -> bool {
        self.around(path).iter().any(|p| {
            let Some(dir) = Dir::read(&*self.tree, &p.root) else {
                return false;
            };
            dir.names
                .iter()
                .filter(|(n, is_dir)| !is_dir && (n == ".env" || n.starts_with(".env.")))
                .filter_map(|(n, _)| self.tree.read(&dir.child(n), crate::tree::READ_LIMIT))
                .any(|text| text.split(|&b| b == b'\n').any(line_says))
        })
    }

    /// Whether the nearest project that holds `path` keeps an API key its user typed
    /// in: one of its code files (the first 4,000) saves a value named as an API key to
    /// storage or reads it from a password field (`flows::saves_users_key`).
    pub fn stores_users_key(&self, path: &str) -> bool {
        let Some(p) = self.around(path).into_iter().next() else {
            return false;
        };
        if let Some(&known) = self.users_key.lock().unwrap().get(&p.root) {
            return known;
        }
        let mut files = Vec::new();
        frameworks::collect_with(
            &*self.tree,
            &p.root,
            frameworks::APP_EXTS,
            &mut files,
            4_000,
        );
        let mut budget = SCAN_BYTES;
        let found = files.iter().any(|f| {
            let Some(t) = self.tree.read(f, SCAN_FILE_BYTES) else {
                return false;
            };
            budget = budget.saturating_sub(t.len());
            budget > 0 && crate::flows::saves_users_key(&t)
        });
        self.users_key.lock().unwrap().insert(p.root.clone(), found);
        found
    }

    /// Whether some project holds `path`.
    pub fn holds(&self, path: &str) -> bool {
        !self.around(path).is_empty()
    }

    /// The projects read so far (for tests and diagnostics).
    pub fn known(&self) -> Vec<Arc<Project>> {
        self.roots
            .lock()
            .unwrap()
            .values()
            .flatten()
            .cloned()
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tree::{disk_path, DiskTree};

    fn set(project: &str) -> String {
        let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../tests/exposure-set/projects")
            .join(project);
        disk_path(&p).unwrap()
    }

    /// A tree held in memory: `/`-rooted paths and their text.
    struct Mem(Vec<(String, String)>);

    impl Tree for Mem {
        fn list(&self, dir: &str) -> Option<Vec<(String, bool)>> {
            let prefix = if dir == "/" {
                "/".to_string()
            } else {
                format!("{dir}/")
            };
            let mut out: Vec<(String, bool)> = Vec::new();
            for (p, _) in &self.0 {
                if let Some(rest) = p.strip_prefix(&prefix) {
                    let (name, is_dir) = match rest.split_once('/') {
                        Some((d, _)) => (d, true),
                        None => (rest, false),
                    };
                    if !out.iter().any(|(n, _)| n == name) {
                        out.push((name.to_string(), is_dir));
                    }
                }
            }
            (!out.is_empty()).then_some(out)
        }
        fn read(&self, path: &str, limit: usize) -> Option<Vec<u8>> {
            let t = &self.0.iter().find(|(p, _)| p == path)?.1;
            Some(t.as_bytes()[..t.len().min(limit)].to_vec())
        }
        fn kind(&self, path: &str) -> Option<bool> {
            if self.0.iter().any(|(p, _)| p == path) {
                Some(false)
            } else {
                self.list(path).map(|_| true)
            }
        }
    }

    fn judge(files: &[(&str, &str)], path: &str) -> Option<Verdict> {
        let tree = Mem(files
            .iter()
            .map(|(p, t)| (p.to_string(), t.to_string()))
            .collect());
        Projects::new(Arc::new(tree)).verdict(path, 0, b"")
    }

    #[test]
    fn conventions_beyond_the_labelled_set() {
        let exp = |files: &[(&str, &str)], path: &str| judge(files, path).map(|v| v.exposure);
        // An extension built with WXT has no manifest.json in its sources.
        let wxt = [
            ("/package.json", r#"{"devDependencies":{"wxt":"0.20"}}"#),
            ("/entrypoints/background.ts", "x"),
        ];
        assert_eq!(
            exp(&wxt, "/entrypoints/background.ts"),
            Some(Exposure::Client)
        );
        // Next.js renders _document on the server only.
        let next = [
            ("/package.json", r#"{"dependencies":{"next":"15"}}"#),
            ("/pages/_document.tsx", "x"),
        ];
        assert_eq!(exp(&next, "/pages/_document.tsx"), Some(Exposure::Server));
        // An Express server's static folder is served to browsers.
        let express = [
            ("/package.json", r#"{"dependencies":{"express":"4"}}"#),
            ("/public/app.js", "x"),
            ("/index.js", "x"),
        ];
        assert_eq!(exp(&express, "/public/app.js"), Some(Exposure::Client));
        assert_eq!(exp(&express, "/index.js"), Some(Exposure::Server));
        // CI and containers are the path rules' to judge, even in an app that ships
        // every other file.
        let electron = [
            ("/package.json", r#"{"devDependencies":{"electron":"33"}}"#),
            ("/Dockerfile", "x"),
            ("/.github/workflows/ci.yml", "x"),
        ];
        assert_eq!(exp(&electron, "/Dockerfile"), None);
        assert_eq!(exp(&electron, "/.github/workflows/ci.yml"), None);
        // A library's main is for whoever imports it: nothing decides.
        let lib = [
            (
                "/package.json",
                r#"{"name":"lib","main":"index.js","scripts":{"test":"node test.js"}}"#,
            ),
            ("/index.js", "x"),
        ];
        let v = judge(&lib, "/index.js");
        assert_eq!(v, None, "{v:?}");
    }

    #[test]
    fn a_vue_component_s_imports_are_followed() {
        let projects = Projects::new(Arc::new(DiskTree));
        let root = set("vite-vue");
        let v = projects
            .verdict(&format!("{root}/src/composables/useChat.ts"), 0, b"")
            .unwrap();
        assert_eq!(v.exposure, Exposure::Client, "{}", v.reason);
        assert!(
            v.reason.contains("src/App.vue ← src/main.ts"),
            "{}",
            v.reason
        );
    }
}
