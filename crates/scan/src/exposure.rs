//! Would this place reach users' hands? `client`, `server` or `unknown`, with a reason.
//!
//! One table, [`RULES`], decides: the first rule that speaks wins. Each rule looks at
//! the evidence a reviewer would accept: the variable the key is assigned to (a prefix
//! that a build tool inlines into bundles), the file's path (built output, front-end
//! and mobile sources, server code and deployment files), the file's directive (`"use
//! client"`, `"use server"`) and the app the file belongs to (its nearest
//! `package.json`: a browser bundler, React Native, Electron, a Node server; a browser
//! extension's `manifest.json`). Where nothing speaks, the answer is `unknown`:
//! guessing wrong is worse than saying so.
//!
//! To add a rule, add a row to [`RULES`] where it belongs in the order, and a test.

use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::Path;

use crate::{Exposure, Finding};

/// Env prefixes that build tools inline into browser or app bundles, with the tool.
const PUBLIC_PREFIXES: &[(&str, &str)] = &[
    ("NEXT_PUBLIC_", "Next.js"),
    ("NUXT_PUBLIC_", "Nuxt"),
    ("EXPO_PUBLIC_", "Expo"),
    ("REACT_APP_", "Create React App"),
    ("VITE_", "Vite"),
    ("GATSBY_", "Gatsby"),
    ("VUE_APP_", "Vue CLI"),
    ("PUBLIC_", "SvelteKit and Astro"),
];

/// What kind of app a file belongs to, from its nearest `package.json` (or a browser
/// extension's `manifest.json`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum App {
    /// Everything is bundled for the browser (Vite, webpack, Create React App, Vue,
    /// Angular, Svelte, Preact, Gatsby...): `tool` names what was seen.
    Browser(&'static str),
    /// Next.js: server and client code side by side.
    Next,
    /// Nuxt, SvelteKit, Remix, Astro: server and client code side by side.
    Hybrid(&'static str),
    ReactNative,
    Electron,
    /// A browser extension (`manifest.json` with `manifest_version`).
    Extension,
    /// A Node back end (Express, Fastify, Koa, NestJS, Hono...), with no front end.
    NodeServer(&'static str),
}

/// The evidence about one finding.
#[derive(Clone, Copy, Default)]
pub struct Evidence<'a> {
    pub path: Option<&'a str>,
    /// The text of the finding's line (or the part of it around the key).
    pub line: &'a [u8],
    /// The file's first bytes, where directives sit; `None` when unknown.
    pub head: Option<&'a [u8]>,
    pub app: Option<&'a App>,
}

/// What the rules look at, worked out once.
struct Facts<'a> {
    ev: Evidence<'a>,
    /// Lowercased directories and file name.
    dirs: Vec<&'a str>,
    name: &'a str,
    ext: &'a str,
    directive: Option<&'static str>,
}

type Test = fn(&Facts) -> Option<String>;

/// One row of the table.
pub struct Rule {
    pub name: &'static str,
    pub exposure: Exposure,
    test: Test,
}

fn always(why: &str) -> Option<String> {
    Some(why.to_string())
}

fn js_like(ext: &str) -> bool {
    matches!(
        ext,
        "js" | "mjs" | "cjs" | "jsx" | "ts" | "mts" | "cts" | "tsx"
    )
}

/// The table, in order of strength: the first rule that speaks decides.
pub static RULES: &[Rule] = &[
    // What the line says: a public variable is inlined into the bundle wherever it is.
    Rule {
        name: "public-env-variable",
        exposure: Exposure::Client,
        test: |f| {
            public_variable(f.ev.line).map(|(var, tool)| {
                format!("{var} is a public variable: {tool} inlines it into client bundles")
            })
        },
    },
    Rule {
        name: "app-package-member",
        exposure: Exposure::Client,
        test: |f| {
            let p = f.ev.path?.to_ascii_lowercase();
            [
                (".apk!", "Android"),
                (".aab!", "Android"),
                (".ipa!", "iOS"),
                (".xpi!", "Firefox extension"),
                (".crx!", "Chrome extension"),
            ]
            .iter()
            .find(|(s, _)| p.contains(s))
            .map(|(_, what)| format!("inside a {what} package: it ships to users"))
        },
    },
    Rule {
        name: "next-config-env",
        exposure: Exposure::Client,
        test: |f| {
            (f.name.starts_with("next.config.") && !contains(f.ev.line, b"serverRuntimeConfig"))
                .then(|| {
                    "next.config: Next.js inlines its `env` values into the client bundle".into()
                })
        },
    },
    // Built output and what ships as-is.
    Rule {
        name: "source-map",
        exposure: Exposure::Client,
        test: |f| {
            f.name
                .ends_with(".map")
                .then(|| "source map: ships the original source to browsers".into())
        },
    },
    Rule {
        name: "minified-bundle",
        exposure: Exposure::Client,
        test: |f| {
            [".min.js", ".bundle.js", ".chunk.js"]
                .iter()
                .any(|s| f.name.ends_with(s))
                .then(|| "minified bundle served to browsers".into())
        },
    },
    Rule {
        name: "html-page",
        exposure: Exposure::Client,
        test: |f| {
            matches!(f.ext, "html" | "htm")
                .then(|| "HTML page: its scripts run in the browser".into())
        },
    },
    Rule {
        name: "next-static",
        exposure: Exposure::Client,
        test: |f| {
            f.dirs
                .windows(2)
                .any(|w| w == [".next", "static"])
                .then(|| ".next/static/ is served to browsers".into())
        },
    },
    Rule {
        name: "built-output",
        exposure: Exposure::Client,
        test: |f| {
            const BUILT: &[&str] = &["dist", "build", "out", "public", "static", "www", "assets"];
            let d = f.dirs.iter().find(|d| BUILT.contains(d))?;
            matches!(
                f.ext,
                "js" | "mjs" | "cjs" | "css" | "json" | "txt" | "xml" | "svg" | "webmanifest" | ""
            )
            .then(|| format!("{d}/ holds built or static files served to clients"))
        },
    },
    // Directives and frameworks that split server from client code.
    Rule {
        name: "use-server",
        exposure: Exposure::Server,
        test: |f| {
            (f.directive == Some("use server"))
                .then(|| "marked \"use server\": runs on the server only".into())
        },
    },
    Rule {
        name: "use-client",
        exposure: Exposure::Client,
        test: |f| {
            (f.directive == Some("use client"))
                .then(|| "marked \"use client\": bundled for the browser".into())
        },
    },
    Rule {
        name: "next-server-code",
        exposure: Exposure::Server,
        test: |f| {
            if f.ev.app != Some(&App::Next) {
                return None;
            }
            let api = f.dirs.windows(2).any(|w| w == ["pages", "api"])
                || f.dirs.contains(&"app") && f.name.starts_with("route.");
            if api {
                return always("Next.js API route: runs on the server");
            }
            f.name
                .starts_with("middleware.")
                .then(|| "Next.js middleware: runs on the server (edge)".into())
        },
    },
    Rule {
        name: "next-app-router",
        exposure: Exposure::Unknown,
        test: |f| {
            (f.ev.app == Some(&App::Next) && f.dirs.contains(&"app") && js_like(f.ext)).then(|| {
                "Next.js app router: a server component unless marked \"use client\"".into()
            })
        },
    },
    Rule {
        name: "hybrid-server-code",
        exposure: Exposure::Server,
        test: |f| {
            let Some(App::Hybrid(tool)) = f.ev.app else {
                return None;
            };
            let server = f.dirs.contains(&"server")
                || f.name.contains(".server.")
                || f.name.starts_with("+server.")
                || f.name.starts_with("+page.server.")
                || f.name.starts_with("+layout.server.");
            server.then(|| format!("{tool} server code: runs on the server"))
        },
    },
    Rule {
        name: "front-end-component",
        exposure: Exposure::Client,
        test: |f| {
            matches!(f.ext, "jsx" | "tsx" | "vue" | "svelte")
                .then(|| "front-end component: compiled into the client bundle".into())
        },
    },
    // Mobile and desktop clients.
    Rule {
        name: "android-resource",
        exposure: Exposure::Client,
        test: |f| {
            (f.dirs.contains(&"res")
                && f.dirs
                    .iter()
                    .any(|d| d.starts_with("values") || d.starts_with("xml"))
                && f.ext == "xml")
                .then(|| "Android resource: packed into the app".into())
        },
    },
    Rule {
        name: "android-manifest-or-assets",
        exposure: Exposure::Client,
        test: |f| {
            let app_dir = f.dirs.windows(2).any(|w| w == ["src", "main"]);
            if app_dir && f.name == "androidmanifest.xml" {
                return always("Android manifest: packed into the app");
            }
            (app_dir && f.dirs.contains(&"assets"))
                .then(|| "Android assets: packed into the app".into())
        },
    },
    Rule {
        name: "ios-or-flutter-source",
        exposure: Exposure::Client,
        test: |f| {
            matches!(f.ext, "plist" | "swift" | "m" | "mm" | "dart" | "xcconfig")
                .then(|| "iOS or Flutter app source: compiled into the app".into())
        },
    },
    Rule {
        name: "android-app-source",
        exposure: Exposure::Client,
        test: |f| {
            (matches!(f.ext, "kt" | "java")
                && f.dirs.windows(2).any(|w| w == ["src", "main"])
                && f.dirs.contains(&"app"))
            .then(|| "Android app module source: compiled into the app".into())
        },
    },
    Rule {
        name: "gradle-build-config",
        exposure: Exposure::Client,
        test: |f| {
            (f.name == "build.gradle" || f.name == "build.gradle.kts").then(|| {
                "Gradle build file: buildConfigField values are compiled into the app".into()
            })
        },
    },
    Rule {
        name: "native-library-in-app",
        exposure: Exposure::Client,
        test: |f| {
            let lib = matches!(f.ext, "so" | "dylib" | "dll" | "a")
                || f.dirs.iter().any(|d| d.ends_with(".framework"));
            let in_app = f.dirs.iter().any(|d| {
                matches!(*d, "jnilibs" | "frameworks" | "ios" | "android" | "libs")
                    || d.ends_with(".app")
                    || d.ends_with(".framework")
            });
            (lib && in_app).then(|| "native library shipped inside the app".into())
        },
    },
    Rule {
        name: "browser-extension",
        exposure: Exposure::Client,
        test: |f| {
            (f.ev.app == Some(&App::Extension))
                .then(|| "browser extension: its files ship to users' browsers".into())
        },
    },
    Rule {
        name: "react-native-app",
        exposure: Exposure::Client,
        test: |f| {
            (f.ev.app == Some(&App::ReactNative) && js_like(f.ext))
                .then(|| "React Native app: bundled into the app".into())
        },
    },
    Rule {
        name: "electron-renderer",
        exposure: Exposure::Client,
        test: |f| {
            (f.ev.app == Some(&App::Electron)
                && js_like(f.ext)
                && f.dirs.iter().any(|d| matches!(*d, "renderer" | "preload")))
            .then(|| "Electron renderer code: ships inside the desktop app".into())
        },
    },
    Rule {
        name: "browser-app-source",
        exposure: Exposure::Client,
        test: |f| {
            let Some(App::Browser(tool)) = f.ev.app else {
                return None;
            };
            let config = f.name.contains(".config.") || f.name.starts_with('.');
            (js_like(f.ext) && !config)
                .then(|| format!("front-end source of a {tool} app: bundled for the browser"))
        },
    },
    Rule {
        name: "node-server-source",
        exposure: Exposure::Server,
        test: |f| {
            let Some(App::NodeServer(tool)) = f.ev.app else {
                return None;
            };
            js_like(f.ext).then(|| format!("{tool} back end: runs on the server"))
        },
    },
    // Server code and deployment.
    Rule {
        name: "container",
        exposure: Exposure::Server,
        test: |f| {
            (f.name == "dockerfile"
                || f.name.starts_with("dockerfile.")
                || f.name.starts_with("docker-compose")
                || f.name.starts_with("compose."))
            .then(|| "container build or deploy file".into())
        },
    },
    Rule {
        name: "terraform",
        exposure: Exposure::Server,
        test: |f| {
            matches!(f.ext, "tf" | "tfvars" | "hcl")
                .then(|| "Terraform: deployment configuration".into())
        },
    },
    Rule {
        name: "ci-config",
        exposure: Exposure::Server,
        test: |f| {
            (f.dirs.first() == Some(&".github")
                || f.dirs.first() == Some(&".circleci")
                || f.name == ".gitlab-ci.yml"
                || f.name == "jenkinsfile"
                || f.name == "azure-pipelines.yml"
                || f.name == ".travis.yml")
                .then(|| "CI configuration".into())
        },
    },
    Rule {
        name: "kubernetes",
        exposure: Exposure::Server,
        test: |f| {
            f.dirs
                .iter()
                .any(|d| matches!(*d, "k8s" | "kubernetes" | "helm" | "charts" | "manifests"))
                .then(|| "Kubernetes deployment configuration".into())
        },
    },
    Rule {
        name: "back-end-source",
        exposure: Exposure::Server,
        test: |f| {
            matches!(
                f.ext,
                "py" | "go" | "rb" | "php" | "rs" | "cs" | "java" | "kt" | "scala" | "ex" | "exs"
            )
            .then(|| "back-end source".into())
        },
    },
    Rule {
        name: "server-env-file",
        exposure: Exposure::Server,
        test: |f| {
            (f.name == ".env" || f.name.starts_with(".env.")).then(|| {
                "env file without a public prefix: read by the server, not inlined into bundles"
                    .into()
            })
        },
    },
];

/// The rule that decides for `ev`, and its reason; `None` when no rule speaks.
pub fn decide(ev: Evidence) -> Option<(&'static Rule, String)> {
    let path = ev.path?;
    let lower = path.to_ascii_lowercase();
    let parts: Vec<&str> = lower.split('/').collect();
    let (dirs, name) = parts.split_at(parts.len() - 1);
    let name = name[0];
    let facts = Facts {
        ev,
        dirs: dirs.to_vec(),
        name,
        ext: name.rsplit_once('.').map_or("", |(_, e)| e),
        directive: ev.head.and_then(directive),
    };
    RULES
        .iter()
        .find_map(|rule| (rule.test)(&facts).map(|why| (rule, why)))
}

/// Classifies a finding from the evidence at hand.
pub fn classify_with(ev: Evidence) -> (Exposure, String) {
    if ev.path.is_none() {
        // No path: only the line can speak.
        if let Some((var, tool)) = public_variable(ev.line) {
            return (
                Exposure::Client,
                format!("{var} is a public variable: {tool} inlines it into client bundles"),
            );
        }
        return (Exposure::Unknown, "no path to judge by".to_string());
    }
    match decide(ev) {
        Some((rule, why)) => (rule.exposure, why),
        None => (
            Exposure::Unknown,
            "no sign of where this file runs".to_string(),
        ),
    }
}

/// Classifies from the path and the line alone (what the matcher sees).
pub fn classify(path: Option<&str>, line: &[u8]) -> (Exposure, String) {
    classify_with(Evidence {
        path,
        line,
        ..Evidence::default()
    })
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    memchr::memmem::find(hay, needle).is_some()
}

/// The first variable on the line whose name starts with a public prefix and which is
/// assigned (`=`, `:`) or read (`process.env.X`, `import.meta.env.X`).
fn public_variable(line: &[u8]) -> Option<(String, &'static str)> {
    let is_name = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let mut i = 0;
    while i < line.len() {
        if !is_name(line[i]) || (i > 0 && is_name(line[i - 1])) {
            i += 1;
            continue;
        }
        let end = (i..line.len())
            .find(|&j| !is_name(line[j]))
            .unwrap_or(line.len());
        let word = &line[i..end];
        if let Some(&(_, tool)) = PUBLIC_PREFIXES
            .iter()
            .find(|(p, _)| word.len() > p.len() && word.starts_with(p.as_bytes()))
        {
            let rest = &line[end..];
            let assigned = rest
                .iter()
                .find(|b| !matches!(b, b' ' | b'\t' | b'"' | b'\''))
                .is_some_and(|b| matches!(b, b'=' | b':'));
            let read = line[..i].ends_with(b"env.") || line[..i].ends_with(b"env[\"");
            if assigned || read {
                return Some((String::from_utf8_lossy(word).into_owned(), tool));
            }
        }
        i = end;
    }
    None
}

/// The file's directive (`"use client"` or `"use server"`), if its first statement is
/// one (after a BOM, blank lines and comments).
fn directive(head: &[u8]) -> Option<&'static str> {
    let mut s = head.strip_prefix(b"\xef\xbb\xbf").unwrap_or(head);
    loop {
        s = s.trim_ascii_start();
        if let Some(rest) = s.strip_prefix(b"//") {
            s = rest.get(memchr::memchr(b'\n', rest)?..)?;
        } else if let Some(rest) = s.strip_prefix(b"/*") {
            s = rest.get(memchr::memmem::find(rest, b"*/")? + 2..)?;
        } else {
            break;
        }
    }
    for (q, d) in [
        (b'"', "use client"),
        (b'\'', "use client"),
        (b'"', "use server"),
        (b'\'', "use server"),
    ] {
        let quoted = [&[q][..], d.as_bytes(), &[q][..]].concat();
        if s.starts_with(&quoted) {
            return Some(d);
        }
    }
    None
}

/// A dependency, the kind of app it makes, and the name people know the tool by.
type AppMarker = (&'static str, fn(&'static str) -> App, &'static str);

/// Dependencies that decide an app's kind, strongest first.
const APP_MARKERS: &[AppMarker] = &[
    ("react-native", |_| App::ReactNative, "React Native"),
    ("expo", |_| App::ReactNative, "Expo"),
    ("electron", |_| App::Electron, "Electron"),
    ("next", |_| App::Next, "Next.js"),
    ("nuxt", App::Hybrid, "Nuxt"),
    ("@sveltejs/kit", App::Hybrid, "SvelteKit"),
    ("@remix-run/react", App::Hybrid, "Remix"),
    ("astro", App::Hybrid, "Astro"),
    ("vite", App::Browser, "Vite"),
    ("react-scripts", App::Browser, "Create React App"),
    ("@vue/cli-service", App::Browser, "Vue CLI"),
    ("@angular/core", App::Browser, "Angular"),
    ("gatsby", App::Browser, "Gatsby"),
    ("webpack", App::Browser, "webpack"),
    ("parcel", App::Browser, "Parcel"),
    ("react-dom", App::Browser, "React"),
    ("vue", App::Browser, "Vue"),
    ("svelte", App::Browser, "Svelte"),
    ("preact", App::Browser, "Preact"),
    ("solid-js", App::Browser, "Solid"),
    ("express", App::NodeServer, "Express"),
    ("fastify", App::NodeServer, "Fastify"),
    ("koa", App::NodeServer, "Koa"),
    ("@nestjs/core", App::NodeServer, "NestJS"),
    ("hono", App::NodeServer, "Hono"),
    ("@hapi/hapi", App::NodeServer, "hapi"),
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
        .map(|(_, make, label)| make(label))
}

/// The app a file on disk belongs to: a browser extension's `manifest.json`, else the
/// nearest `package.json` that names a framework, walking up at most 8 directories.
pub fn app_of(file: &Path) -> Option<App> {
    let mut dir = file.parent();
    for _ in 0..8 {
        let d = dir?;
        if let Ok(text) = read_small(&d.join("manifest.json")) {
            if text.contains("\"manifest_version\"") {
                return Some(App::Extension);
            }
        }
        if let Ok(text) = read_small(&d.join("package.json")) {
            if let Some(app) = app_from_package_json(&text) {
                return Some(app);
            }
        }
        dir = d.parent();
    }
    None
}

/// A file's text, up to 1 MiB.
fn read_small(path: &Path) -> std::io::Result<String> {
    let mut text = String::new();
    File::open(path)?.take(1 << 20).read_to_string(&mut text)?;
    Ok(text)
}

/// How much of a file's start is read for its directive.
const HEAD: usize = 1024;
/// How much either side of a key is read for its line.
const LINE: u64 = 2048;

/// The line around `offset` in `data`.
fn line_around(data: &[u8], offset: usize) -> &[u8] {
    let from = offset.saturating_sub(LINE as usize);
    let to = (offset + LINE as usize).min(data.len());
    let start =
        memchr::memrchr(b'\n', &data[from..offset.min(data.len())]).map_or(from, |i| from + i + 1);
    let end = memchr::memchr(b'\n', &data[offset.min(data.len())..to]).map_or(to, |i| offset + i);
    &data[start..end]
}

/// Classifies again, with the file's directive, the findings of one blob held in
/// memory (git history: there is no app to look up there).
pub fn reclassify_in_memory(findings: &mut [Finding], data: &[u8]) {
    let head = &data[..data.len().min(HEAD)];
    for f in findings {
        let line = line_around(data, (f.offset as usize).min(data.len()));
        (f.exposure, f.exposure_reason) = classify_with(Evidence {
            path: f.path.as_deref(),
            line,
            head: Some(head),
            app: None,
        });
    }
}

/// Classifies again, with the file's directive and its app, the findings of one file
/// on disk. A file that cannot be read again keeps what the scan said.
pub fn reclassify_on_disk(findings: &mut [Finding], file: &Path) {
    let Ok(mut fh) = File::open(file) else { return };
    let mut head = vec![0; HEAD];
    let Ok(n) = read_up_to(&mut fh, &mut head) else {
        return;
    };
    head.truncate(n);
    let app = app_of(file);
    for f in findings {
        let from = f.offset.saturating_sub(LINE);
        let mut buf = vec![0; (2 * LINE) as usize];
        let line = match fh
            .seek(SeekFrom::Start(from))
            .and_then(|_| read_up_to(&mut fh, &mut buf))
        {
            Ok(n) => {
                buf.truncate(n);
                line_around(&buf, (f.offset - from) as usize).to_vec()
            }
            Err(_) => continue,
        };
        (f.exposure, f.exposure_reason) = classify_with(Evidence {
            path: f.path.as_deref(),
            line: &line,
            head: Some(&head),
            app: app.as_ref(),
        });
    }
}

fn read_up_to(r: &mut File, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match r.read(&mut buf[n..])? {
            0 => break,
            k => n += k,
        }
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn exp(path: &str, line: &str) -> Exposure {
        classify(Some(path), line.as_bytes()).0
    }

    fn with(path: &str, head: &str, app: Option<App>) -> (Exposure, String) {
        classify_with(Evidence {
            path: Some(path),
            line: b"const k = 'k';",
            head: Some(head.as_bytes()),
            app: app.as_ref(),
        })
    }

    #[test]
    fn public_env_prefixes_are_client() {
        assert_eq!(exp(".env", "NEXT_PUBLIC_ZAI_KEY=k"), Exposure::Client);
        assert_eq!(exp(".env.local", "VITE_GLM_KEY = \"k\""), Exposure::Client);
        assert_eq!(exp(".env", "NUXT_PUBLIC_ZAI=k"), Exposure::Client);
        assert_eq!(exp(".env", "GATSBY_ZAI=k"), Exposure::Client);
        assert_eq!(exp(".env", "VUE_APP_ZAI=k"), Exposure::Client);
        assert_eq!(exp(".env", "PUBLIC_ZAI=k"), Exposure::Client);
        assert_eq!(
            exp(
                "app.config.ts",
                "apiKey: process.env.EXPO_PUBLIC_ZAI_KEY ?? 'k'"
            ),
            Exposure::Client
        );
        assert_eq!(
            exp("src/api.ts", "const k = import.meta.env.VITE_ZAI || 'k'"),
            Exposure::Client
        );
        let (_, why) = classify(Some(".env"), b"REACT_APP_ZHIPU=k");
        assert!(
            why.contains("REACT_APP_ZHIPU") && why.contains("Create React App"),
            "{why}"
        );
        // A prefix inside a longer name is not a public prefix.
        assert_eq!(exp(".env", "NOT_PUBLIC_KEY=k"), Exposure::Server);
        assert_eq!(exp(".env", "ZAI_API_KEY=k"), Exposure::Server);
    }

    #[test]
    fn every_rule_in_the_table_speaks_for_its_case() {
        // (rule, path, head, app, expected)
        let cases: &[(&str, &str, &str, Option<App>, Exposure)] = &[
            (
                "app-package-member",
                "dist/app-release.apk!assets/config.json",
                "",
                None,
                Exposure::Client,
            ),
            (
                "next-config-env",
                "web/next.config.js",
                "",
                None,
                Exposure::Client,
            ),
            ("source-map", "lib/app.js.map", "", None, Exposure::Client),
            (
                "minified-bundle",
                "lib/app.min.js",
                "",
                None,
                Exposure::Client,
            ),
            ("html-page", "index.html", "", None, Exposure::Client),
            (
                "next-static",
                "web/.next/static/chunks/main.js",
                "",
                None,
                Exposure::Client,
            ),
            (
                "built-output",
                "dist/assets/index-3f2a.js",
                "",
                None,
                Exposure::Client,
            ),
            (
                "use-server",
                "web/app/actions.ts",
                "'use server'\n",
                Some(App::Next),
                Exposure::Server,
            ),
            (
                "use-client",
                "web/app/chat.ts",
                "// chat\n\"use client\";\n",
                Some(App::Next),
                Exposure::Client,
            ),
            (
                "next-server-code",
                "web/pages/api/chat.ts",
                "",
                Some(App::Next),
                Exposure::Server,
            ),
            (
                "next-server-code",
                "web/app/api/chat/route.ts",
                "",
                Some(App::Next),
                Exposure::Server,
            ),
            (
                "next-app-router",
                "web/app/page.tsx",
                "",
                Some(App::Next),
                Exposure::Unknown,
            ),
            (
                "hybrid-server-code",
                "web/server/api/chat.ts",
                "",
                Some(App::Hybrid("Nuxt")),
                Exposure::Server,
            ),
            (
                "hybrid-server-code",
                "src/routes/+page.server.ts",
                "",
                Some(App::Hybrid("SvelteKit")),
                Exposure::Server,
            ),
            (
                "front-end-component",
                "src/Chat.tsx",
                "",
                None,
                Exposure::Client,
            ),
            (
                "front-end-component",
                "src/Chat.vue",
                "",
                None,
                Exposure::Client,
            ),
            (
                "android-resource",
                "app/src/main/res/values/strings.xml",
                "",
                None,
                Exposure::Client,
            ),
            (
                "android-manifest-or-assets",
                "app/src/main/AndroidManifest.xml",
                "",
                None,
                Exposure::Client,
            ),
            (
                "android-manifest-or-assets",
                "app/src/main/assets/zai.properties",
                "",
                None,
                Exposure::Client,
            ),
            (
                "ios-or-flutter-source",
                "ios/App/Info.plist",
                "",
                None,
                Exposure::Client,
            ),
            (
                "ios-or-flutter-source",
                "lib/main.dart",
                "",
                None,
                Exposure::Client,
            ),
            (
                "ios-or-flutter-source",
                "ios/App/Api.swift",
                "",
                None,
                Exposure::Client,
            ),
            (
                "android-app-source",
                "app/src/main/java/com/x/Api.kt",
                "",
                None,
                Exposure::Client,
            ),
            (
                "gradle-build-config",
                "app/build.gradle.kts",
                "",
                None,
                Exposure::Client,
            ),
            (
                "native-library-in-app",
                "app/src/main/jniLibs/arm64-v8a/libzai.so",
                "",
                None,
                Exposure::Client,
            ),
            (
                "browser-extension",
                "ext/background.js",
                "",
                Some(App::Extension),
                Exposure::Client,
            ),
            (
                "react-native-app",
                "mobile/src/api.ts",
                "",
                Some(App::ReactNative),
                Exposure::Client,
            ),
            (
                "electron-renderer",
                "desktop/src/renderer/api.js",
                "",
                Some(App::Electron),
                Exposure::Client,
            ),
            (
                "browser-app-source",
                "web/src/api.ts",
                "",
                Some(App::Browser("vite")),
                Exposure::Client,
            ),
            (
                "node-server-source",
                "api/src/chat.js",
                "",
                Some(App::NodeServer("express")),
                Exposure::Server,
            ),
            ("container", "Dockerfile", "", None, Exposure::Server),
            ("terraform", "infra/main.tf", "", None, Exposure::Server),
            (
                "ci-config",
                ".github/workflows/ci.yml",
                "",
                None,
                Exposure::Server,
            ),
            (
                "kubernetes",
                "deploy/k8s/secret.yaml",
                "",
                None,
                Exposure::Server,
            ),
            (
                "back-end-source",
                "server/main.py",
                "",
                None,
                Exposure::Server,
            ),
            (
                "back-end-source",
                "cmd/api/main.go",
                "",
                None,
                Exposure::Server,
            ),
            (
                "server-env-file",
                ".env.production",
                "",
                None,
                Exposure::Server,
            ),
        ];
        for (rule, path, head, app, want) in cases {
            let (got, why) = with(path, head, app.clone());
            assert_eq!(got, *want, "{rule}: {path}: {why}");
            let decided_by = decide(Evidence {
                path: Some(path),
                line: b"const k = 'k';",
                head: Some(head.as_bytes()),
                app: app.as_ref(),
            })
            .map(|(r, _)| r.name);
            assert_eq!(decided_by, Some(*rule), "{path}");
        }
        // Every rule has a case.
        for r in RULES.iter().skip(1) {
            assert!(
                cases.iter().any(|c| c.0 == r.name),
                "no case for {}",
                r.name
            );
        }
    }

    #[test]
    fn unknown_stays_unknown() {
        assert_eq!(exp("src/util.js", "k"), Exposure::Unknown);
        assert_eq!(exp("notes.txt", "k"), Exposure::Unknown);
        assert_eq!(classify(None, b"k").0, Exposure::Unknown);
        // A config file of a browser app runs at build time, not in the browser.
        assert_eq!(
            with("web/vite.config.ts", "", Some(App::Browser("vite"))).0,
            Exposure::Unknown
        );
        // Electron's main process is Node.
        assert_eq!(
            with("desktop/src/main.js", "", Some(App::Electron)).0,
            Exposure::Unknown
        );
    }

    #[test]
    fn apps_are_told_by_their_dependencies() {
        let pj = |deps: &str| app_from_package_json(&format!("{{\"dependencies\": {{{deps}}}}}"));
        assert_eq!(
            pj("\"react\": \"18\", \"react-dom\": \"18\""),
            Some(App::Browser("React"))
        );
        assert_eq!(pj("\"next\": \"14\", \"react\": \"18\""), Some(App::Next));
        assert_eq!(
            pj("\"react-native\": \"0.74\", \"react\": \"18\""),
            Some(App::ReactNative)
        );
        assert_eq!(pj("\"express\": \"4\""), Some(App::NodeServer("Express")));
        assert_eq!(
            pj("\"express\": \"4\", \"vite\": \"5\""),
            Some(App::Browser("Vite"))
        );
        assert_eq!(pj("\"lodash\": \"4\""), None);
        assert_eq!(app_from_package_json("not json"), None);
    }

    #[test]
    fn directives_are_found_past_comments_and_a_bom() {
        assert_eq!(directive(b"\"use client\";\n"), Some("use client"));
        assert_eq!(
            directive(b"\xef\xbb\xbf/* x */\n// y\n'use server'\n"),
            Some("use server")
        );
        assert_eq!(directive(b"import x from 'y';\n\"use client\""), None);
        assert_eq!(directive(b"// unterminated"), None);
    }
}
