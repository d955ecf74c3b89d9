//! The app a file belongs to, from the manifests beside it: a browser extension's
//! `manifest.json`, else the nearest `package.json` that names a framework.
//!
//! Manifests are read through [`Manifests`], so the same lookup serves files on disk
//! and a commit's tree; [`Apps`] reads each directory's manifests once per run.

use std::collections::HashMap;
use std::sync::Mutex;

/// What kind of app a file belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AppKind {
    /// Everything is bundled for the browser (Vite, webpack, Create React App, Vue,
    /// Angular, Svelte, Preact, Gatsby...).
    Browser,
    /// Next.js: server and client code side by side.
    Next,
    /// Nuxt, SvelteKit, Remix, Astro: server and client code side by side.
    Hybrid,
    ReactNative,
    Electron,
    /// A browser extension (`manifest.json` with `manifest_version`).
    Extension,
    /// A Node back end (Express, Fastify, Koa, NestJS, Hono...), with no front end.
    NodeServer,
}

/// An app: its kind, and the tool people know it by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct App {
    pub kind: AppKind,
    pub tool: &'static str,
}

impl App {
    pub const fn new(kind: AppKind, tool: &'static str) -> App {
        App { kind, tool }
    }
}

/// Dependencies that decide an app's kind, strongest first, with the tool's name.
const APP_MARKERS: &[(&str, AppKind, &str)] = &[
    ("react-native", AppKind::ReactNative, "React Native"),
    ("expo", AppKind::ReactNative, "Expo"),
    ("electron", AppKind::Electron, "Electron"),
    ("next", AppKind::Next, "Next.js"),
    ("nuxt", AppKind::Hybrid, "Nuxt"),
    ("@sveltejs/kit", AppKind::Hybrid, "SvelteKit"),
    ("@remix-run/react", AppKind::Hybrid, "Remix"),
    ("astro", AppKind::Hybrid, "Astro"),
    ("vite", AppKind::Browser, "Vite"),
    ("react-scripts", AppKind::Browser, "Create React App"),
    ("@vue/cli-service", AppKind::Browser, "Vue CLI"),
    ("@angular/core", AppKind::Browser, "Angular"),
    ("gatsby", AppKind::Browser, "Gatsby"),
    ("webpack", AppKind::Browser, "webpack"),
    ("parcel", AppKind::Browser, "Parcel"),
    ("react-dom", AppKind::Browser, "React"),
    ("vue", AppKind::Browser, "Vue"),
    ("svelte", AppKind::Browser, "Svelte"),
    ("preact", AppKind::Browser, "Preact"),
    ("solid-js", AppKind::Browser, "Solid"),
    ("express", AppKind::NodeServer, "Express"),
    ("fastify", AppKind::NodeServer, "Fastify"),
    ("koa", AppKind::NodeServer, "Koa"),
    ("@nestjs/core", AppKind::NodeServer, "NestJS"),
    ("hono", AppKind::NodeServer, "Hono"),
    ("@hapi/hapi", AppKind::NodeServer, "hapi"),
];

/// The app a `package.json` describes, from its dependencies.
pub fn app_from_package_json(text: &str) -> Option<App> {
    let doc: serde_json::Value = serde_json::from_str(text).ok()?;
    let has = |dep: &str| {
        ["dependencies", "devDependencies", "peerDependencies"]
            .iter()
            .any(|k| doc[k].get(dep).is_some())
    };
    APP_MARKERS
        .iter()
        .find(|(dep, _, _)| has(dep))
        .map(|&(_, kind, tool)| App::new(kind, tool))
}

/// Whether a `manifest.json` is a browser extension's.
pub fn is_extension_manifest(text: &str) -> bool {
    text.contains("\"manifest_version\"")
}

/// Where manifests are read from: the files on disk, a commit's tree.
pub trait Manifests: Sync {
    /// The text of the file `name` in the directory `dir` (a path in the source's own
    /// namespace, `""` for its root), when there is one; at most 1 MiB of it.
    fn read(&self, dir: &str, name: &str) -> Option<String>;
}

/// How many directories up from a file its app is looked for.
const LEVELS: usize = 8;

/// The directory that holds `path`: `""` for a relative path's root, `"/"` for an
/// absolute one's; `None` above that.
fn parent(path: &str) -> Option<&str> {
    if path.is_empty() || path == "/" {
        return None;
    }
    let trimmed = path.trim_end_matches(['/', '\\']);
    Some(match trimmed.rfind(['/', '\\']) {
        Some(0) => "/",
        Some(i) => &trimmed[..i],
        None => "",
    })
}

/// Finds a file's app: the answer for each directory is read once and kept.
pub trait AppLookup: Sync {
    /// The app of the file at `path` (in the manifests' namespace).
    fn app_of(&self, path: &str) -> Option<App>;
}

/// No app is known anywhere (an archive member, a commit message).
impl AppLookup for () {
    fn app_of(&self, _path: &str) -> Option<App> {
        None
    }
}

/// The apps of a source, looked up through its [`Manifests`] and cached per directory.
pub struct Apps<M> {
    manifests: M,
    by_dir: Mutex<HashMap<String, Option<App>>>,
}

impl<M: Manifests> Apps<M> {
    pub fn new(manifests: M) -> Apps<M> {
        Apps {
            manifests,
            by_dir: Mutex::new(HashMap::new()),
        }
    }

    /// The app that the manifests of `dir` itself describe.
    fn app_in(&self, dir: &str) -> Option<App> {
        if let Some(known) = self.by_dir.lock().unwrap().get(dir) {
            return *known;
        }
        let found = match self.manifests.read(dir, "manifest.json") {
            Some(text) if is_extension_manifest(&text) => {
                Some(App::new(AppKind::Extension, "browser extension"))
            }
            _ => self
                .manifests
                .read(dir, "package.json")
                .and_then(|t| app_from_package_json(&t)),
        };
        self.by_dir.lock().unwrap().insert(dir.to_string(), found);
        found
    }
}

impl<M: Manifests> AppLookup for Apps<M> {
    fn app_of(&self, path: &str) -> Option<App> {
        let mut dir = parent(path);
        for _ in 0..LEVELS {
            let d = dir?;
            if let Some(app) = self.app_in(d) {
                return Some(app);
            }
            dir = parent(d);
        }
        None
    }
}

/// Manifests on disk: `dir` is a directory path as the walk names it.
pub struct DiskManifests;

impl Manifests for DiskManifests {
    fn read(&self, dir: &str, name: &str) -> Option<String> {
        use std::io::Read;
        let path = if dir.is_empty() {
            std::path::PathBuf::from(name)
        } else {
            std::path::Path::new(dir).join(name)
        };
        let mut text = String::new();
        std::fs::File::open(path)
            .ok()?
            .take(1 << 20)
            .read_to_string(&mut text)
            .ok()?;
        Some(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn apps_are_told_by_their_dependencies() {
        let pj = |deps: &str| app_from_package_json(&format!("{{\"dependencies\": {{{deps}}}}}"));
        assert_eq!(
            pj("\"react\": \"18\", \"react-dom\": \"18\""),
            Some(App::new(AppKind::Browser, "React"))
        );
        assert_eq!(
            pj("\"next\": \"14\", \"react\": \"18\"").unwrap().kind,
            AppKind::Next
        );
        assert_eq!(
            pj("\"react-native\": \"0.74\", \"react\": \"18\"")
                .unwrap()
                .kind,
            AppKind::ReactNative
        );
        assert_eq!(
            pj("\"express\": \"4\""),
            Some(App::new(AppKind::NodeServer, "Express"))
        );
        assert_eq!(
            pj("\"express\": \"4\", \"vite\": \"5\""),
            Some(App::new(AppKind::Browser, "Vite"))
        );
        assert_eq!(pj("\"lodash\": \"4\""), None);
        assert_eq!(app_from_package_json("not json"), None);
    }

    struct Fake(Vec<(&'static str, &'static str, &'static str)>);

    impl Manifests for Fake {
        fn read(&self, dir: &str, name: &str) -> Option<String> {
            self.0
                .iter()
                .find(|(d, n, _)| *d == dir && *n == name)
                .map(|(_, _, t)| t.to_string())
        }
    }

    #[test]
    fn the_nearest_manifest_decides_and_each_directory_is_read_once() {
        let apps = Apps::new(Fake(vec![
            ("web", "package.json", r#"{"devDependencies":{"vite":"5"}}"#),
            ("", "package.json", r#"{"dependencies":{"express":"4"}}"#),
            ("ext", "manifest.json", r#"{"manifest_version":3}"#),
        ]));
        assert_eq!(apps.app_of("web/src/a.ts").unwrap().kind, AppKind::Browser);
        assert_eq!(apps.app_of("api/x.js").unwrap().kind, AppKind::NodeServer);
        assert_eq!(apps.app_of("ext/bg.js").unwrap().kind, AppKind::Extension);
        assert_eq!(apps.by_dir.lock().unwrap().len(), 5);
        assert_eq!(parent("/x"), Some("/"));
        assert_eq!(parent("/"), None);
        assert_eq!(parent("a"), Some(""));
        assert_eq!(parent(""), None);
    }
}
