//! Would this place reach users' hands? `client`, `server` or `unknown`, with a reason.
//!
//! One table, [`RULES`], decides: the first row whose condition holds wins. A row is
//! data: a name, the exposure it gives, a condition built from a few tests (the
//! variable the key is assigned to, the path's directories, name and extension, the
//! file's directive, the app the file belongs to) and a reason with the test's words
//! filled in. Where no row speaks, the answer is `unknown`: guessing wrong is worse
//! than saying so.
//!
//! Above the table sits the project model ([`project`]): built from a project's own
//! manifests and configuration, with the import graph from its entries, through a
//! [`Tree`] (files on disk, a commit's tree). [`classify`] takes its verdict when it
//! has one; the table decides the rest from the path and the line.
//!
//! To add a rule, add a row to [`RULES`] where it belongs in the order, and a case to
//! the test that walks the table.
#![forbid(unsafe_code)]

use keyfence_model::Exposure;

pub mod flows;
pub mod js;
pub mod project;
pub mod sfc;
pub mod tree;

pub use project::{Projects, Verdict};
pub use tree::{DiskTree, Tree};

/// Env prefixes that build tools inline into browser or app bundles, with the tool:
/// the one list of `patterns/zai-flows.toml`, which the project model and the flows
/// read too.
fn public_prefixes() -> impl Iterator<Item = (&'static str, &'static str)> {
    keyfence_rules::flows::builtin()
        .prefixes
        .iter()
        .map(|p| (p.prefix.as_str(), p.tool.as_str()))
}

/// The evidence about one finding.
#[derive(Clone, Default)]
pub struct Evidence<'a> {
    pub path: Option<&'a str>,
    /// The text of the finding's line (or the part of it around the key).
    pub line: &'a [u8],
    /// The file's first bytes, where directives sit; `None` when unknown.
    pub head: Option<&'a [u8]>,
    /// What the project model says of the place, when it says something.
    pub project: Option<Verdict>,
}

/// A condition on the evidence. Tests on the path see it lowercased, split into its
/// directories and its name.
pub enum When {
    /// A variable with a public prefix is assigned or read on the line: `{var}`,
    /// `{tool}`.
    PublicVariable,
    /// The path contains one of these, each with what it means: `{what}`.
    PathHas(&'static [(&'static str, &'static str)]),
    Name(&'static [&'static str]),
    NameStarts(&'static [&'static str]),
    NameEnds(&'static [&'static str]),
    NameHas(&'static [&'static str]),
    /// The extension (after the last dot of the name; `""` when none).
    Ext(&'static [&'static str]),
    /// Some directory is one of these: `{dir}`, the first in the path.
    Dir(&'static [&'static str]),
    DirStarts(&'static [&'static str]),
    DirEnds(&'static [&'static str]),
    /// The first directory is one of these.
    FirstDir(&'static [&'static str]),
    /// These two directories, one inside the other.
    DirPair(&'static str, &'static str),
    /// The file's first statement is this directive.
    Directive(&'static str),
    /// The line does not contain this.
    LineLacks(&'static str),
    All(&'static [When]),
    Any(&'static [When]),
    Not(&'static When),
}

/// One row of the table.
pub struct Rule {
    pub name: &'static str,
    pub exposure: Exposure,
    pub when: When,
    /// The reason, with `{var}`, `{tool}`, `{dir}` and `{what}` filled in from the
    /// tests that matched.
    pub reason: &'static str,
}

/// Why a userscript ships (a row of [`RULES`], and decided before any project speaks).
const USERSCRIPT: &str =
    "userscript (Tampermonkey, Violentmonkey): installed into users' browsers and run there";

/// The table, in order of strength: the first row that speaks decides.
pub static RULES: &[Rule] = &[
    // What the line says: a public variable is inlined into the bundle wherever it is.
    Rule {
        name: "public-env-variable",
        exposure: Exposure::Client,
        when: When::PublicVariable,
        reason: "{var} is a public variable: {tool} inlines it into client bundles",
    },
    Rule {
        name: "app-package-member",
        exposure: Exposure::Client,
        when: When::PathHas(&[
            (".apk!", "Android"),
            (".aab!", "Android"),
            (".ipa!", "iOS"),
            (".xpi!", "Firefox extension"),
            (".crx!", "Chrome extension"),
        ]),
        reason: "inside a {what} package: it ships to users",
    },
    Rule {
        name: "next-config-env",
        exposure: Exposure::Client,
        when: When::All(&[
            When::NameStarts(&["next.config."]),
            When::LineLacks("serverRuntimeConfig"),
        ]),
        reason: "next.config: Next.js inlines its `env` values into the client bundle",
    },
    // Built output and what ships as-is.
    Rule {
        name: "source-map",
        exposure: Exposure::Client,
        when: When::NameEnds(&[".map"]),
        reason: "source map: ships the original source to browsers",
    },
    Rule {
        name: "minified-bundle",
        exposure: Exposure::Client,
        when: When::NameEnds(&[".min.js", ".bundle.js", ".chunk.js"]),
        reason: "minified bundle served to browsers",
    },
    Rule {
        name: "userscript",
        exposure: Exposure::Client,
        when: When::NameEnds(&[".user.js"]),
        reason: USERSCRIPT,
    },
    Rule {
        name: "html-page",
        exposure: Exposure::Client,
        when: When::Ext(&["html", "htm"]),
        reason: "HTML page: its scripts run in the browser",
    },
    Rule {
        name: "next-static",
        exposure: Exposure::Client,
        when: When::DirPair(".next", "static"),
        reason: ".next/static/ is served to browsers",
    },
    Rule {
        name: "built-output",
        exposure: Exposure::Client,
        when: When::All(&[
            When::Dir(&["dist", "build", "out", "public", "static", "www", "assets"]),
            When::Ext(&[
                "js",
                "mjs",
                "cjs",
                "css",
                "json",
                "txt",
                "xml",
                "svg",
                "webmanifest",
                "",
            ]),
        ]),
        reason: "{dir}/ holds built or static files served to clients",
    },
    // Directives and frameworks that split server from client code.
    Rule {
        name: "use-server",
        exposure: Exposure::Server,
        when: When::Directive("use server"),
        reason: "marked \"use server\": runs on the server only",
    },
    Rule {
        name: "use-client",
        exposure: Exposure::Client,
        when: When::Directive("use client"),
        reason: "marked \"use client\": bundled for the browser",
    },
    Rule {
        name: "front-end-component",
        exposure: Exposure::Client,
        when: When::Ext(&["jsx", "tsx", "vue", "svelte"]),
        reason: "front-end component: compiled into the client bundle",
    },
    // Mobile and desktop clients.
    Rule {
        name: "android-resource",
        exposure: Exposure::Client,
        when: When::All(&[
            When::Dir(&["res"]),
            When::DirStarts(&["values", "xml"]),
            When::Ext(&["xml"]),
        ]),
        reason: "Android resource: packed into the app",
    },
    Rule {
        name: "android-manifest",
        exposure: Exposure::Client,
        when: When::All(&[
            When::DirPair("src", "main"),
            When::Name(&["androidmanifest.xml"]),
        ]),
        reason: "Android manifest: packed into the app",
    },
    Rule {
        name: "android-assets",
        exposure: Exposure::Client,
        when: When::All(&[When::DirPair("src", "main"), When::Dir(&["assets"])]),
        reason: "Android assets: packed into the app",
    },
    Rule {
        name: "ios-or-flutter-source",
        exposure: Exposure::Client,
        when: When::Ext(&["plist", "swift", "m", "mm", "dart", "xcconfig"]),
        reason: "iOS or Flutter app source: compiled into the app",
    },
    Rule {
        name: "android-app-source",
        exposure: Exposure::Client,
        when: When::All(&[
            When::Ext(&["kt", "java"]),
            When::DirPair("src", "main"),
            When::Dir(&["app"]),
        ]),
        reason: "Android app module source: compiled into the app",
    },
    Rule {
        name: "gradle-build-config",
        exposure: Exposure::Client,
        when: When::Name(&["build.gradle", "build.gradle.kts"]),
        reason: "Gradle build file: buildConfigField values are compiled into the app",
    },
    Rule {
        name: "native-library-in-app",
        exposure: Exposure::Client,
        when: When::All(&[
            When::Any(&[
                When::Ext(&["so", "dylib", "dll", "a"]),
                When::DirEnds(&[".framework"]),
            ]),
            When::Any(&[
                When::Dir(&["jnilibs", "frameworks", "ios", "android", "libs"]),
                When::DirEnds(&[".app", ".framework"]),
            ]),
        ]),
        reason: "native library shipped inside the app",
    },
    // Server code and deployment.
    Rule {
        name: "container",
        exposure: Exposure::Server,
        when: When::Any(&[
            When::Name(&["dockerfile"]),
            When::NameStarts(&["dockerfile.", "docker-compose", "compose."]),
        ]),
        reason: "container build or deploy file",
    },
    Rule {
        name: "terraform",
        exposure: Exposure::Server,
        when: When::Ext(&["tf", "tfvars", "hcl"]),
        reason: "Terraform: deployment configuration",
    },
    Rule {
        name: "ci-config",
        exposure: Exposure::Server,
        when: When::Any(&[
            When::FirstDir(&[".github", ".circleci"]),
            When::Name(&[
                ".gitlab-ci.yml",
                "jenkinsfile",
                "azure-pipelines.yml",
                ".travis.yml",
            ]),
        ]),
        reason: "CI configuration",
    },
    Rule {
        name: "kubernetes",
        exposure: Exposure::Server,
        when: When::Dir(&["k8s", "kubernetes", "helm", "charts", "manifests"]),
        reason: "Kubernetes deployment configuration",
    },
    Rule {
        name: "back-end-source",
        exposure: Exposure::Server,
        when: When::Ext(&[
            "py", "go", "rb", "php", "rs", "cs", "java", "kt", "scala", "ex", "exs",
        ]),
        reason: "back-end source",
    },
    Rule {
        name: "gradle-properties",
        exposure: Exposure::Server,
        when: When::Name(&["gradle.properties", "local.properties"]),
        reason: "Gradle property file: read by the build on the build machine",
    },
    Rule {
        name: "spring-config",
        exposure: Exposure::Server,
        when: When::All(&[
            When::DirPair("main", "resources"),
            When::NameStarts(&["application", "bootstrap"]),
            When::Ext(&["yml", "yaml", "properties"]),
        ]),
        reason: "Spring Boot configuration (src/main/resources/application.*): read by the server at start-up",
    },
    Rule {
        name: "server-env-file",
        exposure: Exposure::Server,
        when: When::Any(&[When::Name(&[".env"]), When::NameStarts(&[".env."])]),
        reason: "env file without a public prefix: read by the server, not inlined into bundles",
    },
];

/// What the tests look at, worked out once.
struct Facts<'e, 'p> {
    ev: Evidence<'e>,
    /// The path, lowercased, and its directories, name and extension.
    path: &'p str,
    dirs: Vec<&'p str>,
    name: &'p str,
    ext: &'p str,
    directive: Option<&'static str>,
}

/// The words a matched test contributes to the reason.
#[derive(Default)]
struct Words {
    var: Option<String>,
    tool: Option<&'static str>,
    dir: Option<String>,
    what: Option<&'static str>,
}

impl Words {
    fn and(mut self, other: Words) -> Words {
        self.var = self.var.or(other.var);
        self.tool = self.tool.or(other.tool);
        self.dir = self.dir.or(other.dir);
        self.what = self.what.or(other.what);
        self
    }
}

impl When {
    /// The words of a match, or `None` when the condition does not hold.
    fn test(&self, f: &Facts<'_, '_>) -> Option<Words> {
        let yes = |b: bool| b.then(Words::default);
        match self {
            When::PublicVariable => {
                let (var, tool) = public_variable(f.ev.line)?;
                Some(Words {
                    var: Some(var),
                    tool: Some(tool),
                    ..Words::default()
                })
            }
            When::PathHas(table) => {
                table
                    .iter()
                    .find(|(s, _)| f.path.contains(s))
                    .map(|&(_, what)| Words {
                        what: Some(what),
                        ..Words::default()
                    })
            }
            When::Name(names) => yes(names.contains(&f.name)),
            When::NameStarts(p) => yes(p.iter().any(|p| f.name.starts_with(p))),
            When::NameEnds(s) => yes(s.iter().any(|s| f.name.ends_with(s))),
            When::NameHas(s) => yes(s.iter().any(|s| f.name.contains(s))),
            When::Ext(exts) => yes(exts.contains(&f.ext)),
            When::Dir(dirs) => f.dirs.iter().find(|d| dirs.contains(d)).map(|d| Words {
                dir: Some(d.to_string()),
                ..Words::default()
            }),
            When::DirStarts(p) => yes(f.dirs.iter().any(|d| p.iter().any(|p| d.starts_with(p)))),
            When::DirEnds(s) => yes(f.dirs.iter().any(|d| s.iter().any(|s| d.ends_with(s)))),
            When::FirstDir(dirs) => yes(f.dirs.first().is_some_and(|d| dirs.contains(d))),
            When::DirPair(a, b) => yes(f.dirs.windows(2).any(|w| w[0] == *a && w[1] == *b)),
            When::Directive(d) => yes(f.directive == Some(*d)),
            When::LineLacks(s) => yes(memchr::memmem::find(f.ev.line, s.as_bytes()).is_none()),
            When::All(all) => all
                .iter()
                .try_fold(Words::default(), |acc, w| Some(acc.and(w.test(f)?))),
            When::Any(any) => any.iter().find_map(|w| w.test(f)),
            When::Not(w) => yes(w.test(f).is_none()),
        }
    }
}

/// The reason with the words filled in.
fn fill(template: &str, w: &Words) -> String {
    template
        .replace("{var}", w.var.as_deref().unwrap_or("?"))
        .replace("{tool}", w.tool.unwrap_or("?"))
        .replace("{dir}", w.dir.as_deref().unwrap_or("?"))
        .replace("{what}", w.what.unwrap_or("?"))
}

/// The rule that decides for `ev`, and its reason; `None` when no rule speaks.
pub fn decide(ev: Evidence) -> Option<(&'static Rule, String)> {
    let path = ev.path?.to_ascii_lowercase();
    let mut dirs: Vec<&str> = path.split('/').collect();
    let name = dirs.pop().unwrap_or_default();
    let directive = ev.head.and_then(directive);
    let facts = Facts {
        ev,
        path: &path,
        dirs,
        name,
        ext: name.rsplit_once('.').map_or("", |(_, e)| e),
        directive,
    };
    RULES.iter().find_map(|rule| {
        let words = rule.when.test(&facts)?;
        Some((rule, fill(rule.reason, &words)))
    })
}

/// Classifies a finding from the evidence at hand. In order: a member of an app
/// package ships; a directive (`"use server"`, `"use client"`) says where its file
/// runs; then the project model's verdict; then the table.
pub fn classify(ev: Evidence) -> (Exposure, String) {
    let Some(path) = ev.path else {
        // No path: only the line can speak.
        if let Some((var, tool)) = public_variable(ev.line) {
            return (
                Exposure::Client,
                format!("{var} is a public variable: {tool} inlines it into client bundles"),
            );
        }
        return (Exposure::Unknown, "no path to judge by".to_string());
    };
    let member = decide(Evidence {
        project: None,
        ..ev.clone()
    })
    .filter(|(rule, _)| {
        matches!(
            rule.name,
            "app-package-member" | "use-server" | "use-client"
        )
    });
    if let Some((rule, why)) = member {
        return (rule.exposure, why);
    }
    if let Some(judged) = never_shipped(path, ev.line) {
        return judged;
    }
    // A userscript is installed into browsers whatever project holds it.
    if path.to_ascii_lowercase().ends_with(".user.js") {
        return (Exposure::Client, USERSCRIPT.to_string());
    }
    if let Some(v) = ev.project.clone() {
        return (v.exposure, v.reason);
    }
    match decide(ev) {
        Some((rule, why)) => (rule.exposure, why),
        None if path.is_empty() => (Exposure::Unknown, "no path to judge by".to_string()),
        None => (
            Exposure::Unknown,
            "no sign of where this file runs".to_string(),
        ),
    }
}

/// Documentation and notebooks, which no build ships, whatever project holds them
/// (unless they sit in a folder served as-is): `None` for any other file.
fn never_shipped(path: &str, line: &[u8]) -> Option<(Exposure, String)> {
    let lower = path.to_ascii_lowercase();
    let mut parts: Vec<&str> = lower.split(['/', '\\']).collect();
    let name = parts.pop().unwrap_or_default();
    let ext = name.rsplit_once('.').map_or("", |(_, e)| e);
    let served = ["public", "static", "dist", "build", "www", "assets", "out"];
    if parts.iter().any(|d| served.contains(d)) || path.contains('!') {
        return None;
    }
    match ext {
        "md" | "mdx" | "markdown" | "rst" | "adoc" | "textile" => {
            let mut why = "documentation: no build ships it to clients".to_string();
            if let Some((var, tool)) = public_variable(line) {
                why.push_str(&format!(
                    "; it names {var}, a public variable ({tool} inlines it), so an app set up as it says would ship the key"
                ));
            }
            Some((Exposure::Unknown, why))
        }
        "ipynb" => Some((
            Exposure::Server,
            "Jupyter notebook: runs in a kernel on a developer's machine or a server, never shipped to clients".to_string(),
        )),
        _ => None,
    }
}

/// The exposure of a secret found in several places: `client` if any place is client,
/// else `server` if every decided place is server, else `unknown`; the reason names the
/// place that decided (`path: why`).
pub fn aggregate<'a>(
    places: impl IntoIterator<Item = (Option<&'a str>, Exposure, &'a str)>,
) -> Option<(Exposure, String)> {
    let mut first: Option<(Exposure, String)> = None;
    let mut server: Option<String> = None;
    let mut unknown: Option<String> = None;
    let mut count = 0;
    for (path, e, why) in places {
        count += 1;
        let named = match path {
            Some(p) => format!("{p}: {why}"),
            None => format!("commit message: {why}"),
        };
        match e {
            Exposure::Client => {
                first.get_or_insert((Exposure::Client, named));
            }
            Exposure::Server => {
                server.get_or_insert(named);
            }
            Exposure::Unknown => {
                unknown.get_or_insert(named);
            }
        }
    }
    if count == 0 {
        return None;
    }
    first
        .or_else(|| server.map(|w| (Exposure::Server, w)))
        .or_else(|| unknown.map(|w| (Exposure::Unknown, w)))
}

/// The first variable on the line whose name starts with a public prefix and which is
/// assigned (`=`, `:`) or read (`process.env.X`, `import.meta.env.X`).
fn public_variable(line: &[u8]) -> Option<(String, &'static str)> {
    // The longest prefix wins: `NEXT_PUBLIC_X` is Next.js's, not SvelteKit's `PUBLIC_`.
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
        if let Some((_, tool)) = public_prefixes()
            .filter(|(p, _)| word.len() > p.len() && word.starts_with(p.as_bytes()))
            .max_by_key(|(p, _)| p.len())
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
pub(crate) fn directive(head: &[u8]) -> Option<&'static str> {
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

/// How much of a file's start the directive is looked for in.
pub const HEAD: usize = 1024;

#[cfg(test)]
mod tests;
