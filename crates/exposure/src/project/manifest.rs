//! What a project's own files say about it: its `package.json` and the manifests and
//! configuration files of the frameworks and platforms it uses.

use serde_json::Value;

use crate::js;
use crate::tree::{file_name, join, read_text, Tree};

/// A `package.json`, as far as the model reads it.
#[derive(Clone, Debug, Default)]
pub struct Package {
    pub name: Option<String>,
    /// Runtime dependencies (`dependencies`, `peerDependencies`).
    pub deps: Vec<String>,
    /// Build and test dependencies (`devDependencies`).
    pub dev_deps: Vec<String>,
    pub main: Option<String>,
    pub bins: Vec<String>,
    /// `scripts`: name and command.
    pub scripts: Vec<(String, String)>,
    /// `workspaces` globs (npm, Yarn; pnpm's file is read too).
    pub workspaces: Vec<String>,
}

impl Package {
    pub fn parse(text: &str) -> Option<Package> {
        let doc: Value = serde_json::from_str(text).ok()?;
        let keys = |k: &str| -> Vec<String> {
            doc[k]
                .as_object()
                .map(|m| m.keys().cloned().collect())
                .unwrap_or_default()
        };
        let mut deps = keys("dependencies");
        deps.extend(keys("peerDependencies"));
        let bins = match &doc["bin"] {
            Value::String(s) => vec![s.clone()],
            Value::Object(m) => m
                .values()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect(),
            _ => vec![],
        };
        let workspaces = match &doc["workspaces"] {
            Value::Array(a) => a
                .iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect(),
            Value::Object(m) => m["packages"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|v| v.as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default(),
            _ => vec![],
        };
        Some(Package {
            name: doc["name"].as_str().map(str::to_string),
            deps,
            dev_deps: keys("devDependencies"),
            main: doc["main"].as_str().map(str::to_string),
            bins,
            scripts: doc["scripts"]
                .as_object()
                .map(|m| {
                    m.iter()
                        .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_string())))
                        .collect()
                })
                .unwrap_or_default(),
            workspaces,
        })
    }

    /// Whether the package depends on `dep` at run time.
    pub fn has(&self, dep: &str) -> bool {
        self.deps.iter().any(|d| d == dep)
    }

    /// Whether it depends on `dep` at all (a build tool sits in `devDependencies`).
    pub fn uses(&self, dep: &str) -> bool {
        self.has(dep) || self.dev_deps.iter().any(|d| d == dep)
    }

    /// Whether it uses a package whose name starts with `prefix`.
    pub fn uses_prefix(&self, prefix: &str) -> bool {
        self.deps
            .iter()
            .chain(&self.dev_deps)
            .any(|d| d.starts_with(prefix))
    }

    /// Whether a script that starts the program (`start`, `serve`, `server`, `dev`…,
    /// not `build` or `test`) runs a file with a JavaScript runtime: the package is a
    /// Node program, not only a library whose tooling runs in Node.
    pub fn starts_a_program(&self) -> bool {
        const STARTS: &[&str] = &[
            "start", "serve", "server", "dev", "prod", "bot", "worker", "api", "app",
        ];
        self.started_files()
            .iter()
            .any(|(_, _, script)| STARTS.iter().any(|s| script.starts_with(s)))
    }

    /// Files the scripts start with a JavaScript runtime (`node server/index.js`,
    /// `tsx watch src/bot.ts`, `nodemon app.js`), with the script that does and its
    /// name.
    pub fn started_files(&self) -> Vec<(String, String, String)> {
        const RUNNERS: &[&str] = &[
            "node",
            "nodemon",
            "tsx",
            "ts-node",
            "ts-node-dev",
            "bun",
            "deno",
            "pm2",
            "forever",
            "node-dev",
            "esno",
            "esrun",
            "vite-node",
        ];
        let mut out = Vec::new();
        for (name, cmd) in &self.scripts {
            for part in cmd.split(['&', ';', '|']) {
                let words: Vec<&str> = part.split_whitespace().collect();
                let Some(at) = words.iter().position(|w| RUNNERS.contains(w)) else {
                    continue;
                };
                let file = words[at + 1..]
                    .iter()
                    .filter(|w| !w.starts_with('-') && !matches!(**w, "run" | "start" | "watch"))
                    .find(|w| {
                        let w = w.trim_matches(['"', '\'']);
                        [".js", ".mjs", ".cjs", ".ts", ".mts", ".cts"]
                            .iter()
                            .any(|e| w.ends_with(e))
                            || !w.contains('.')
                    });
                if let Some(f) = file {
                    out.push((
                        f.trim_matches(['"', '\'']).to_string(),
                        format!("`{}` in package.json's {name} script", part.trim()),
                        name.clone(),
                    ));
                }
            }
        }
        out
    }
}

/// The files of a directory, by name.
pub struct Dir {
    pub path: String,
    pub names: Vec<(String, bool)>,
}

impl Dir {
    pub fn read(tree: &dyn Tree, path: &str) -> Option<Dir> {
        Some(Dir {
            path: path.to_string(),
            names: tree.list(path)?,
        })
    }

    pub fn has_file(&self, name: &str) -> bool {
        self.names.iter().any(|(n, d)| !d && n == name)
    }

    pub fn has_dir(&self, name: &str) -> bool {
        self.names.iter().any(|(n, d)| *d && n == name)
    }

    /// The first file whose name starts with `stem.` (`vite.config.ts`…).
    pub fn config(&self, stem: &str) -> Option<String> {
        let prefix = format!("{stem}.");
        self.names
            .iter()
            .find(|(n, d)| !d && n.starts_with(&prefix))
            .map(|(n, _)| join(&self.path, n))
    }

    pub fn child(&self, name: &str) -> String {
        join(&self.path, name)
    }
}

/// `name` in a TOML-like or YAML-like file: the value of the first `name = "v"` or
/// `name: v` line (enough for `wrangler.toml`'s `main`, `netlify.toml`'s directories).
pub fn key_value(text: &str, name: &str) -> Option<String> {
    text.lines().find_map(|l| {
        let l = l.trim();
        let rest = l.strip_prefix(name)?.trim_start();
        let rest = rest.strip_prefix('=').or_else(|| rest.strip_prefix(':'))?;
        let v = rest.trim().trim_matches(['"', '\'']);
        (!v.is_empty()).then(|| v.to_string())
    })
}

/// A JSON file's document.
pub fn json(tree: &dyn Tree, path: &str) -> Option<Value> {
    let text = read_text(tree, path)?;
    serde_json::from_str(&strip_json_comments(&text)).ok()
}

/// JSON with `//` and `/* */` comments and trailing commas (tsconfig, jsconfig, some
/// manifests) as plain JSON.
pub fn strip_json_comments(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'"' => {
                let start = i;
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    if b[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
                i = (i + 1).min(b.len());
                out.extend_from_slice(&b[start..i]);
            }
            b'/' if b.get(i + 1) == Some(&b'/') => {
                i = memchr::memchr(b'\n', &b[i..]).map_or(b.len(), |k| i + k);
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                i = memchr::memmem::find(&b[i + 2..], b"*/").map_or(b.len(), |k| i + 2 + k + 2);
            }
            b',' => {
                let next = b[i + 1..].iter().find(|c| !c.is_ascii_whitespace());
                if !matches!(next, Some(b'}' | b']')) {
                    out.push(b',');
                }
                i += 1;
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The string values of property `name` in a JavaScript or TypeScript file.
pub fn js_strings(text: &str, name: &str) -> Vec<String> {
    let b = text.as_bytes();
    let toks = js::lex(b);
    js::property(b, &toks, name)
        .into_iter()
        .flat_map(|r| js::strings_in(b, &toks, r))
        .collect()
}

/// Whether a file name is a test's (`x.test.ts`, `x.spec.js`).
pub fn is_test_name(path: &str) -> bool {
    let name = file_name(path);
    name.contains(".test.") || name.contains(".spec.") || name.contains("_test.")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn package_json_and_what_its_scripts_start() {
        let p = Package::parse(
            r#"{"name":"app","main":"index.js","bin":{"x":"bin/x.js"},
               "dependencies":{"express":"4"},"devDependencies":{"vite":"5"},
               "scripts":{"dev":"vite","server":"node server/index.js","bot":"NODE_ENV=prod tsx watch src/bot.ts && echo done","start":"next start"}}"#,
        )
        .unwrap();
        assert!(p.has("express") && !p.has("vite") && p.uses("vite"));
        assert_eq!(p.bins, ["bin/x.js"]);
        let mut started: Vec<String> = p.started_files().into_iter().map(|(f, _, _)| f).collect();
        started.sort();
        assert_eq!(started, ["server/index.js", "src/bot.ts"]);
        assert!(Package::parse("nope").is_none());
    }

    #[test]
    fn jsonc_and_key_values() {
        let t = "{\n // c\n \"a\": [1, 2,], /* x */ \"b\": \"//not a comment\",\n}";
        let v: Value = serde_json::from_str(&strip_json_comments(t)).unwrap();
        assert_eq!(v["b"], "//not a comment");
        assert_eq!(
            key_value("name = \"w\"\nmain = \"src/index.ts\"\n", "main").as_deref(),
            Some("src/index.ts")
        );
        assert_eq!(
            key_value("[functions]\n  directory = \"fns\"\n", "directory").as_deref(),
            Some("fns")
        );
    }
}
