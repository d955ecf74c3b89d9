//! Flows: code and configuration that put a Z.ai key where the client can read it,
//! though no key is written down. A flow is found in two steps:
//!
//! 1. **detect**, on one line of text (a window of it on a long line), from the words
//!    of `patterns/` (`keyfence_rules::FlowData`) and the kind of file its path says:
//!    a definition of a key-named public variable (`.env`, CI, Dockerfile, compose,
//!    `vercel.json`, `netlify.toml`), a read of one in code (`import.meta.env.X`,
//!    `process.env.X`, `$env/static/public`), a key-named variable in a build
//!    configuration, a Z.ai host or SDK in code, a CI secret mapped into a public
//!    variable. Each candidate says what it still needs to ship.
//! 2. **resolve**, with the project model: the variable must be one the build inlines
//!    (a public prefix of the data, or the project's own `envPrefix`, `define`,
//!    `env`...), and a read must not be in server code; a call, an SDK or a define
//!    entry must be at a place judged `client` exactly as a key there would be.
//!
//! Detection looks only where the matcher's anchors (`keyfence_matcher::anchors`)
//! found a word of the data, so a file with none costs one vector pass.

use keyfence_model::{Confidence, Exposure, FlowTarget};
use keyfence_rules::flows::{FlowData, Prefix};

use crate::{classify, Evidence, Verdict};

/// What a file is, for flows: which forms are looked for in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// `.env`, `.env.*`, `*.env`: `NAME=value` lines.
    Env,
    /// Documentation (`.md`, `.rst`, `.adoc`): `NAME=value` lines, at low confidence.
    Docs,
    /// A CI workflow (GitHub Actions, GitLab CI and the like).
    Ci,
    /// A Dockerfile: `ARG` and `ENV`.
    Docker,
    /// docker-compose, `vercel.json`, `netlify.toml`: `NAME: value`, `NAME = value`.
    Deploy,
    /// A build configuration: what it hands the bundle is judged by the project model.
    Config,
    /// Compiled into the app as it is: `Info.plist`, `AndroidManifest.xml`.
    AppManifest,
    /// Code that may run in a client.
    Code,
    /// Nothing is looked for.
    Other,
}

/// Code extensions: files whose calls and reads may run in a browser or an app.
const CODE: &[&str] = &[
    "js", "jsx", "mjs", "cjs", "ts", "tsx", "mts", "cts", "vue", "svelte", "astro", "html", "htm",
    "dart", "kt", "java", "swift", "m", "mm", "wxs", "ets", "uvue", "nvue",
];

/// Build configurations by name stem.
const CONFIGS: &[&str] = &[
    "vite.config",
    "webpack.config",
    "next.config",
    "nuxt.config",
    "astro.config",
    "vue.config",
    "rollup.config",
    "svelte.config",
    "app.config",
    "app.json",
    "build.gradle",
    "build.gradle.kts",
    "rsbuild.config",
    "rspack.config",
    "craco.config",
];

/// The kind of a file from its name alone, where the name says it (`None` for YAML
/// files and `index.*`, whose directories tell CI and build configurations apart).
pub fn kind_by_name(name: &str) -> Option<Kind> {
    let lower = name.to_ascii_lowercase();
    let ext = lower.rsplit_once('.').map_or("", |(_, e)| e);
    if name.is_empty() || matches!(ext, "yml" | "yaml") || lower.starts_with("index.") {
        return None;
    }
    Some(kind(&lower))
}

/// The kind of the file at `path`.
pub fn kind(path: &str) -> Kind {
    let lower = path.to_ascii_lowercase();
    let name = lower.rsplit(['/', '!']).next().unwrap_or(&lower);
    let ext = name.rsplit_once('.').map_or("", |(_, e)| e);
    let yaml = matches!(ext, "yml" | "yaml");
    if name == ".env" || name.starts_with(".env.") || name.ends_with(".env") {
        return Kind::Env;
    }
    if (yaml && (lower.contains(".github/workflows/") || lower.contains(".gitlab/")))
        || name == ".gitlab-ci.yml"
        || name == "bitbucket-pipelines.yml"
        || name == "azure-pipelines.yml"
        || name == "cloudbuild.yaml"
        || (yaml && lower.contains(".circleci/"))
    {
        return Kind::Ci;
    }
    if name == "dockerfile" || name.starts_with("dockerfile.") || name.ends_with(".dockerfile") {
        return Kind::Docker;
    }
    if (yaml && (name.starts_with("docker-compose") || name.starts_with("compose")))
        || name == "vercel.json"
        || name == "netlify.toml"
    {
        return Kind::Deploy;
    }
    if name == "info.plist" || name == "androidmanifest.xml" {
        return Kind::AppManifest;
    }
    let stem_of = |n: &str| {
        CONFIGS
            .iter()
            .any(|c| n == *c || n.strip_prefix(c).is_some_and(|r| r.starts_with('.')))
    };
    if stem_of(name) || lower.ends_with("config/index.ts") || lower.ends_with("config/index.js") {
        return Kind::Config;
    }
    if matches!(ext, "md" | "mdx" | "markdown" | "rst" | "adoc") {
        return Kind::Docs;
    }
    // Type declarations never run; everything else of these extensions may.
    if CODE.contains(&ext) && !name.ends_with(".d.ts") {
        return Kind::Code;
    }
    Kind::Other
}

/// What a candidate still needs to ship.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Need {
    /// The variable must be one the build inlines; a read must not be in server code.
    /// `local`: the project that holds the file decides what its build inlines (an env
    /// file, code); elsewhere (CI, a Dockerfile) the public prefixes of the data do
    /// unless the project names the variable.
    Inlined {
        name: String,
        read: bool,
        local: bool,
    },
    /// The place must be judged `client`.
    Client,
    /// The place must be judged `client`, and an env file of the project must set the
    /// variable to a Z.ai key: a build configuration hands the bundle a variable whose
    /// name does not say Z.ai (`define: { 'process.env.ZP_API_KEY': … }`), but whose
    /// value is one.
    ClientHoldingKey(String),
    /// Nothing: the file kind says it ships.
    Nothing,
}

/// A flow found in a line, before the project model has spoken.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Candidate {
    pub rule: &'static str,
    pub target: FlowTarget,
    /// Where the variable or endpoint starts and ends in the text handed to
    /// [`Flows::detect`].
    pub start: usize,
    pub end: usize,
    pub need: Need,
    pub confidence: Confidence,
    /// What the line maps into the variable (a CI secret's name), when it says.
    pub source: Option<String>,
    /// A compatible name (`ANTHROPIC_AUTH_TOKEN`): a Z.ai key only where the file sets
    /// its base URL to a Z.ai host ([`Flows::sets_zai_base`]).
    pub compatible: bool,
}

/// A flow the project model confirmed: its rule, why it ships, and how to fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Resolved {
    pub rule: &'static str,
    pub reason: String,
    pub fix: String,
}

/// What a project says of a place in one file: the verdict at an offset, and whether
/// its build inlines a variable.
pub trait ProjectView {
    fn verdict(&self, offset: u64, line: &[u8]) -> Option<Verdict>;
    /// What the build of the projects that hold the file inlines of `name` (`read`:
    /// where client code reads it, as some bundlers inline every variable read).
    fn inlined(&self, name: &str, read: bool) -> Inlined;
    /// Whether an env file of the projects that hold the file has a line `line_says`
    /// (a compatible base URL set to a Z.ai host, for names that need one).
    fn env_files_say(&self, _line_says: &dyn Fn(&[u8]) -> bool) -> bool {
        false
    }
    /// Whether the app that holds the file keeps an API key its user typed in (a
    /// settings page that saves it to storage): its calls to Z.ai send that key.
    fn stores_users_key(&self) -> bool {
        false
    }
    /// The text of the module that the file imports as `spec` (a relative path, with
    /// or without its extension), when the project can read it.
    fn read_module(&self, _spec: &str) -> Option<Vec<u8>> {
        None
    }
}

/// Calls that send a request to a URL held in a variable (`fetch(`${API.BASE_URL}/chat`)`,
/// `wx.request({ url: config.endpoint })`): a call to Z.ai when the module that variable
/// comes from holds a Z.ai API URL.
const REQUESTS: &[&str] = &[
    "fetch(",
    "axios.post(",
    "axios(",
    "axios.request(",
    ".request(",
    "request({",
    "new WebSocket(",
    "http.post(",
    "$http.post(",
];

/// Where `text` sends a request to a URL that a variable holds (a name with `url`,
/// `base`, `endpoint` or `host` in it), as the start of the request's line.
pub fn indirect_requests(text: &[u8]) -> Vec<usize> {
    let mut out = Vec::new();
    for r in REQUESTS {
        for at in memchr::memmem::find_iter(text, r.as_bytes()) {
            let start = memchr::memrchr(b'\n', &text[..at]).map_or(0, |i| i + 1);
            let end = (at + 400).min(text.len());
            // The call's first argument, or its `url:` property, up to 400 bytes on.
            let args = &text[at + r.len()..end];
            let head = &args[..args
                .iter()
                .position(|&b| b == b',' || b == b')')
                .unwrap_or(args.len())
                .min(args.len())];
            let url_prop = memchr::memmem::find(args, b"url").is_some();
            let named = ["url", "base", "endpoint", "host", "api_", "api."]
                .iter()
                .any(|w| contains_ci(head, w));
            let literal = memchr::memmem::find(head, b"http").is_some() && !head.contains(&b'$');
            if (named || url_prop) && !literal && !is_comment(&text[start..at]) {
                out.push(at);
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Z.ai's API paths that no other provider uses, in a string without a host
/// (`"api/paas/v4/chat/completions"`, `'/api/coding/paas/v4'`): where the first starts,
/// and the path.
pub fn api_path_literal(text: &[u8]) -> Option<(usize, String)> {
    for p in ["api/paas/v4", "api/coding/paas/v4"] {
        for at in memchr::memmem::find_iter(text, p.as_bytes()) {
            let mut s = at;
            if s > 0 && text[s - 1] == b'/' {
                s -= 1;
            }
            if s > 0 && matches!(text[s - 1], b'"' | b'\'' | b'`') {
                return Some((s, format!("/{p}")));
            }
        }
    }
    None
}

/// The relative modules `text` imports or requires (`./config`, `../../config/ai.js`).
pub fn relative_imports(text: &[u8]) -> Vec<String> {
    let mut out = Vec::new();
    for lead in [&b"from "[..], b"require(", b"import("] {
        for at in memchr::memmem::find_iter(text, lead) {
            let rest = text[at + lead.len()..].trim_ascii_start();
            let Some(&q) = rest.first().filter(|q| matches!(q, b'\'' | b'"' | b'`')) else {
                continue;
            };
            let Some(end) = rest[1..].iter().position(|&b| b == q) else {
                continue;
            };
            let spec = &rest[1..1 + end];
            if spec.starts_with(b".") && spec.len() < 256 {
                out.push(String::from_utf8_lossy(spec).into_owned());
            }
        }
    }
    out.sort();
    out.dedup();
    out.truncate(64);
    out
}

/// Writes of a value to the app's storage, each on a line that must also name an API
/// key ([`API_KEY_WORDS`]) for the app to be one that keeps its user's key: a login
/// token kept the same way says nothing.
pub const USER_KEY_WRITES: &[&str] = &[
    "localStorage.setItem(",
    "sessionStorage.setItem(",
    "setStorageSync(",
    "setStorage(",
    "AsyncStorage.setItem(",
    "SecureStore.setItemAsync(",
    "storage.local.set(",
    "storage.sync.set(",
    ".putString(",
    "stringPreferencesKey(",
    ".setString(",
    "UserDefaults.standard.set(",
    "secureStorage.write(",
    "type=\"password\"",
    "type='password'",
    "v-model",
    "setApiKey(",
    "saveApiKey(",
];

/// Words that name an API key (not a login token).
pub const API_KEY_WORDS: &[&str] = &["apikey", "api_key", "api-key", "api key"];

/// Whether `text` (a file of an app) saves an API key its user typed in.
pub fn saves_users_key(text: &[u8]) -> bool {
    USER_KEY_WRITES.iter().any(|w| {
        memchr::memmem::find_iter(text, w.as_bytes()).any(|at| {
            let (start, end) = line_around(text, at);
            let line = &text[start..end.min(start + 512)];
            API_KEY_WORDS.iter().any(|k| contains_ci(line, k))
        })
    })
}

/// What the builds around a file inline of an env name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Inlined {
    /// No project holds the file.
    NoProject,
    /// The projects that hold it do not inline the name.
    Not,
    /// They do: why, and whether by the name itself (a `define` entry) rather than by
    /// a prefix.
    By { why: String, by_name: bool },
}

/// No project: an archive member, a commit message, standard input.
pub struct NoProject;

impl ProjectView for NoProject {
    fn verdict(&self, _offset: u64, _line: &[u8]) -> Option<Verdict> {
        None
    }
    fn inlined(&self, _name: &str, _read: bool) -> Inlined {
        Inlined::NoProject
    }
}

/// The flows detector over one set of words.
pub struct Flows<'d> {
    data: &'d FlowData,
    /// Searchers for the other providers' hosts, made the first time they are needed.
    other_hosts: std::cell::OnceCell<Vec<memchr::memmem::Finder<'static>>>,
}

/// Whether `b` continues a name.
fn is_name(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// The words of a name: split at `_`, `-`, `.`, between a lowercase letter and an
/// uppercase one, and between letters and digits (`zhipuApiKey`: `zhipu`, `Api`,
/// `Key`). Compared without case.
struct Words<'a> {
    name: &'a [u8],
    at: usize,
}

impl<'a> Words<'a> {
    fn new(name: &'a [u8]) -> Words<'a> {
        Words { name, at: 0 }
    }
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a [u8];

    fn next(&mut self) -> Option<&'a [u8]> {
        let n = self.name;
        while self.at < n.len() && !n[self.at].is_ascii_alphanumeric() {
            self.at += 1;
        }
        if self.at >= n.len() {
            return None;
        }
        let start = self.at;
        self.at += 1;
        while self.at < n.len() {
            let (prev, b) = (n[self.at - 1], n[self.at]);
            let split = !b.is_ascii_alphanumeric()
                || (prev.is_ascii_lowercase() && b.is_ascii_uppercase())
                || (prev.is_ascii_alphabetic() && b.is_ascii_digit())
                || (prev.is_ascii_digit() && b.is_ascii_alphabetic());
            if split {
                break;
            }
            self.at += 1;
        }
        Some(&n[start..self.at])
    }
}

/// Case-insensitive find of `needle` (lowercase) in `hay` from `from`: its first byte
/// by `memchr` in both cases, then the rest compared.
fn find_ci(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    let (&first, rest) = needle.split_first()?;
    let last_start = hay.len().checked_sub(needle.len())?;
    let mut at = from;
    while at <= last_start {
        let i = at
            + memchr::memchr2(
                first.to_ascii_lowercase(),
                first.to_ascii_uppercase(),
                &hay[at..=last_start],
            )?;
        if hay[i + 1..i + needle.len()].eq_ignore_ascii_case(rest) {
            return Some(i);
        }
        at = i + 1;
    }
    None
}

fn contains_ci(hay: &[u8], needle: &str) -> bool {
    find_ci(hay, needle.as_bytes(), 0).is_some()
}

/// Where client code gets a key at run time from the person using it: browser and app
/// storage, a prompt, a password field or an input's value.
const USER_KEY_SOURCES: &[&str] = &[
    "localStorage",
    "sessionStorage",
    "chrome.storage",
    "browser.storage",
    "AsyncStorage",
    "SecureStore",
    "useLocalStorage",
    "prompt(",
    "type=\"password\"",
    "type='password'",
    "type: 'password'",
    "type: \"password\"",
    "target.value",
    ").value",
];

/// Words that say a line is about a key (`apiKey`, `zhipu_key`, `token`).
const KEY_WORDS: &[&str] = &["key", "token"];

/// Where the line that holds byte `at` of `text` starts and ends (its newline out).
pub fn line_around(text: &[u8], at: usize) -> (usize, usize) {
    let start = memchr::memrchr(b'\n', &text[..at]).map_or(0, |i| i + 1);
    let end = memchr::memchr(b'\n', &text[at..]).map_or(text.len(), |i| at + i);
    (start, end)
}

/// Whether a candidate is a call to Z.ai, which ships no key in a client that brings
/// its user's own ([`brings_own_key`] on the file decides).
pub fn is_call(c: &Candidate) -> bool {
    c.rule == "zai-client-call"
}

/// Whether client code brings the user's own key (a bring-your-own-key client): some
/// line reads a key from the user at run time ([`USER_KEY_SOURCES`] with a key word
/// on the line), and no line reads a key from what the build inlines (`import.meta.env`,
/// `process.env` and the like, under a name with a key word). A call to Z.ai from such
/// code ships no key: every user sends their own. One pass over `text`, each needle
/// found with memchr's substring search.
pub fn brings_own_key(text: &[u8]) -> bool {
    let line_of = |at: usize| line_around(text, at);
    let keyish = |line: &[u8]| KEY_WORDS.iter().any(|w| contains_ci(line, w));
    // Each line is looked at once per source, however often the source repeats on it.
    let user = USER_KEY_SOURCES.iter().any(|source| {
        let mut seen_to = 0;
        memchr::memmem::find_iter(text, source.as_bytes()).any(|at| {
            if at < seen_to {
                return false;
            }
            let (start, end) = line_of(at);
            seen_to = end;
            keyish(&text[start..end])
        })
    });
    user && !build_key_read(text)
}

/// Whether `text` reads an environment variable whose name has a key word
/// (`import.meta.env.VITE_ZAI_KEY`, `process.env["NEXT_PUBLIC_TOKEN"]`,
/// `Constants.expoConfig.extra.apiKey`): a key the build hands the client.
pub fn build_key_read(text: &[u8]) -> bool {
    for read in [
        "env.",
        "env[",
        "expoConfig.extra.",
        "manifest.extra.",
        "BuildConfig.",
    ] {
        for at in memchr::memmem::find_iter(text, read.as_bytes()) {
            let rest = &text[at + read.len()..];
            let rest = rest
                .strip_prefix(b"\"")
                .or_else(|| rest.strip_prefix(b"'"))
                .unwrap_or(rest);
            let rest = &rest[..rest.len().min(256)];
            let end = rest.iter().position(|&b| !is_name(b)).unwrap_or(rest.len());
            if KEY_WORDS.iter().any(|w| contains_ci(&rest[..end], w)) {
                return true;
            }
        }
    }
    false
}

/// Whether a line is a comment: `//`, `#`, `/*`, a block comment's `*`, `<!--`, `--`.
fn is_comment(line: &[u8]) -> bool {
    let t = line.trim_ascii_start();
    [&b"//"[..], b"#", b"/*", b"* ", b"<!--", b"-- "]
        .iter()
        .any(|c| t.starts_with(c))
        || t == b"*"
}

/// Words that make a URL on a line an example to a reader (a hint, a placeholder)
/// rather than a call.
const EXAMPLE_WORDS: &[&str] = &["placeholder", "hint=", "e.g.", "example", "例如", "示例"];

/// Whether an env file's line sets `name` to a Z.ai key (32 hex digits, a dot, 16
/// letters or digits), quoted or not.
fn sets_zai_key(line: &[u8], name: &str) -> bool {
    let l = line.trim_ascii_start();
    let l = l.strip_prefix(b"export ").unwrap_or(l);
    let Some(rest) = l.strip_prefix(name.as_bytes()) else {
        return false;
    };
    let Some(v) = rest.trim_ascii_start().strip_prefix(b"=") else {
        return false;
    };
    let v = v.trim_ascii();
    let v = v
        .strip_prefix(b"\"")
        .or_else(|| v.strip_prefix(b"'"))
        .unwrap_or(v);
    v.len() >= 49
        && v[..32]
            .iter()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(b))
        && v[32] == b'.'
        && v[33..49].iter().all(u8::is_ascii_alphanumeric)
        && !v.get(49).is_some_and(u8::is_ascii_alphanumeric)
}

/// Placeholder values: an empty value, or one that says it is not a real key.
fn placeholder(value: &[u8]) -> bool {
    let mut v = value.trim_ascii();
    while let [b'"' | b'\'', rest @ ..] = v {
        v = rest;
    }
    while let [rest @ .., b'"' | b'\'' | b','] = v {
        v = rest;
    }
    let v = v.trim_ascii();
    v.is_empty()
        || [
            "your",
            "xxx",
            "<",
            "changeme",
            "change_me",
            "...",
            "…",
            "placeholder",
            "here",
            "***",
            "todo",
            "replace",
            "example",
            "sk-",
        ]
        .iter()
        .any(|w| contains_ci(v, w))
}

/// The names of a line: start, end.
fn names(line: &[u8]) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < line.len() {
            if is_name(line[i]) && (i == 0 || !is_name(line[i - 1])) {
                let start = i;
                while i < line.len() && is_name(line[i]) {
                    i += 1;
                }
                return Some((start, i));
            }
            i += 1;
        }
        None
    })
}

/// After a name: a closing quote and spaces, then `=` or `:` (not `==`, `::`, `=>`).
/// Returns where the value starts.
fn assigned(line: &[u8], end: usize) -> Option<usize> {
    let mut j = end;
    if j < line.len() && matches!(line[j], b'"' | b'\'') {
        j += 1;
    }
    while j < line.len() && matches!(line[j], b' ' | b'\t') {
        j += 1;
    }
    let sep = *line.get(j)?;
    let next = line.get(j + 1).copied().unwrap_or(b' ');
    match sep {
        b'=' if !matches!(next, b'=' | b'>') => Some(j + 1),
        b':' if next != b':' => Some(j + 1),
        _ => None,
    }
}

/// Words before a bare Z.ai origin that make it a base URL for API calls.
const BASE_WORDS: &[&str] = &[
    "baseurl",
    "base_url",
    "basepath",
    "base_path",
    "apibase",
    "api_base",
    "apiurl",
    "api_url",
    "apihost",
    "api_host",
    "endpoint",
    "basedomain",
    "host:",
    "host =",
    "server",
    "proxy",
    "target",
    "openai(",
    "createopenai",
    "base:",
    "url:",
    "url =",
    "url=",
];

/// Whether the text before a URL on its line makes it a link a user follows: an
/// `href`, `window.open`, a `<a>`, a router's navigation, a Markdown link.
fn is_link(before: &[u8]) -> bool {
    let near = &before[before.len().saturating_sub(96)..];
    [
        "href",
        "window.open",
        "<a ",
        "navigateto",
        "location.",
        "openurl",
        "open_url",
        "link:",
        "](",
        "setclipboard",
    ]
    .iter()
    .any(|w| contains_ci(near, w))
}

impl<'d> Flows<'d> {
    pub fn new(data: &'d FlowData) -> Flows<'d> {
        Flows {
            data,
            other_hosts: std::cell::OnceCell::new(),
        }
    }

    /// Whether `name` says it holds a Z.ai key: `Some(false)` by its words,
    /// `Some(true)` as a compatible name that needs a Z.ai base URL beside it.
    pub fn key_named(&self, name: &[u8]) -> Option<bool> {
        let (mut provider, mut secret) = (false, false);
        for w in Words::new(name) {
            let is = |list: &[String]| list.iter().any(|l| l.as_bytes().eq_ignore_ascii_case(w));
            provider = provider || is(&self.data.providers);
            secret = secret || is(&self.data.secrets);
            if provider && secret {
                return Some(false);
            }
        }
        self.data
            .compatible
            .iter()
            .any(|c| {
                let t = c.token.as_bytes();
                name.len() >= t.len()
                    && name[name.len() - t.len()..].eq_ignore_ascii_case(t)
                    && (name.len() == t.len() || name[name.len() - t.len() - 1] == b'_')
            })
            .then_some(true)
    }

    /// The public prefix of `name` (the longest), if it has one.
    pub fn prefix(&self, name: &str) -> Option<&'d Prefix> {
        self.data
            .prefixes
            .iter()
            .filter(|p| name.len() > p.prefix.len() && name.starts_with(p.prefix.as_str()))
            .max_by_key(|p| p.prefix.len())
    }

    /// Which other providers' API hosts `bytes` names, one bit each (the first 64;
    /// hosts are written in lowercase in URLs, and compared so).
    pub fn other_hosts_in(&self, bytes: &[u8]) -> u64 {
        let finders = self.other_hosts.get_or_init(|| {
            self.data
                .other_hosts
                .iter()
                .take(64)
                .map(|h| memchr::memmem::Finder::new(h.as_bytes()).into_owned())
                .collect()
        });
        finders
            .iter()
            .enumerate()
            .filter(|(_, f)| f.find(bytes).is_some())
            .fold(0, |acc, (i, _)| acc | 1 << i)
    }

    /// Whether the line sets a compatible base URL (`ANTHROPIC_BASE_URL`) to a Z.ai host.
    /// The first Z.ai API endpoint (host and API path) that `text` names, as a base
    /// URL, unless `text` names two or more other providers' hosts (a catalog).
    pub fn api_endpoint_in(&self, text: &[u8]) -> Option<String> {
        if self.other_hosts_in(text).count_ones() >= 2 {
            return None;
        }
        for host in &self.data.hosts {
            let h = host.as_bytes();
            let mut from = 0;
            while let Some(at) = find_ci(text, h, from) {
                from = at + 1;
                let rest = &text[at + h.len()..];
                if let Some(p) = self
                    .data
                    .api_paths
                    .iter()
                    .filter(|p| rest.starts_with(p.as_bytes()))
                    .max_by_key(|p| p.len())
                {
                    return Some(format!("https://{host}{}", p.trim_end_matches('/')));
                }
            }
        }
        None
    }

    pub fn sets_zai_base(&self, line: &[u8]) -> bool {
        self.data
            .compatible
            .iter()
            .any(|c| contains_ci(line, &c.base_url))
            && self.data.hosts.iter().any(|h| contains_ci(line, h))
    }

    /// The flows in `line` (one line, or a window of a long one) of a file of `kind`,
    /// in order of where they start; one per rule and target.
    pub fn detect(&self, kind: Kind, line: &[u8], out: &mut Vec<Candidate>) {
        // A commented-out line ships nothing (bundlers and builds drop comments).
        if is_comment(line) {
            return;
        }
        let from = out.len();
        match kind {
            Kind::Env => self.env_line(kind, line, out),
            // Documentation never ships: a `VITE_X=` line in a setup guide is advice
            // (a key written there is reported as a key, not as a flow).
            Kind::Docs => {}
            Kind::Ci | Kind::Deploy | Kind::Docker => self.assignments(kind, line, out),
            Kind::Config => self.config(line, out),
            Kind::AppManifest => self.app_manifest(line, out),
            Kind::Code => {
                self.reads(line, out);
                self.calls(line, out);
                self.sdks(line, out);
            }
            Kind::Other => {}
        }
        let found = &mut out[from..];
        found.sort_by_key(|c| c.start);
        let mut seen: Vec<(&'static str, FlowTarget)> = Vec::new();
        let mut i = from;
        while i < out.len() {
            let key = (out[i].rule, out[i].target.clone());
            if seen.contains(&key) {
                out.remove(i);
            } else {
                seen.push(key);
                i += 1;
            }
        }
    }

    fn candidate(
        &self,
        rule: &'static str,
        name: &[u8],
        start: usize,
        need: Need,
        confidence: Confidence,
    ) -> Candidate {
        Candidate {
            rule,
            target: FlowTarget::Variable(String::from_utf8_lossy(name).into_owned()),
            start,
            end: start + name.len(),
            need,
            confidence,
            source: None,
            compatible: false,
        }
    }

    /// `NAME=value` at the start of a line (after `export `).
    fn env_line(&self, kind: Kind, line: &[u8], out: &mut Vec<Candidate>) {
        // A byte order mark on the first line, then blanks and `export `.
        let bom = if line.starts_with(b"\xef\xbb\xbf") {
            3
        } else {
            0
        };
        let lead = line.len() - line[bom..].trim_ascii_start().len();
        let mut at = lead;
        if line[at..].starts_with(b"export ") {
            at += 7;
        }
        let Some((s, e)) = names(&line[at..]).next().map(|(s, e)| (s + at, e + at)) else {
            return;
        };
        // `NAME=value`, or `NAME = value` as some loaders accept.
        let eq = e + line[e..]
            .iter()
            .take_while(|b| matches!(b, b' ' | b'\t'))
            .count();
        if s != at || eq >= line.len() || line[eq] != b'=' {
            return;
        }
        let name = &line[s..e];
        let value = &line[eq + 1..];
        let (keyed, source) = match self.key_named(name) {
            Some(compat) => (Some(compat), None),
            None => match self.key_ref(value) {
                Some(r) => (Some(false), Some(r)),
                None => (None, None),
            },
        };
        let Some(compatible) = keyed else { return };
        let confidence = match (kind, placeholder(value)) {
            (Kind::Docs, _) => Confidence::Low,
            (_, true) => Confidence::Medium,
            (_, false) => Confidence::High,
        };
        let name_s = String::from_utf8_lossy(name).into_owned();
        let mut c = self.candidate(
            "zai-public-env",
            name,
            s,
            Need::Inlined {
                name: name_s,
                read: false,
                local: kind == Kind::Env,
            },
            confidence,
        );
        c.source = source;
        c.compatible = compatible;
        out.push(c);
    }

    /// A key-named variable or secret that `value` refers to (`${{ secrets.X }}`,
    /// `$X`, `${X}`, `vars.X`), by name.
    fn key_ref(&self, value: &[u8]) -> Option<String> {
        names(value).find_map(|(s, e)| {
            let before = &value[..s];
            let referred = before.ends_with(b"$")
                || before.ends_with(b"${")
                || before.ends_with(b"secrets.")
                || before.ends_with(b"vars.")
                || before.ends_with(b"env.");
            (referred && self.key_named(&value[s..e]) == Some(false))
                .then(|| String::from_utf8_lossy(&value[s..e]).into_owned())
        })
    }

    /// Assignments anywhere on a line of CI, a deployment file or a Dockerfile.
    fn assignments(&self, kind: Kind, line: &[u8], out: &mut Vec<Candidate>) {
        let trimmed = line.trim_ascii_start();
        let docker_decl =
            kind == Kind::Docker && (trimmed.starts_with(b"ARG ") || trimmed.starts_with(b"ENV "));
        let all: Vec<(usize, usize)> = names(line).collect();
        for (k, &(s, e)) in all.iter().enumerate() {
            // Where the value starts: after `=`/`:`; a Dockerfile's `ARG X`, `ENV X v`.
            let value_at = match assigned(line, e) {
                Some(v) => v,
                None if docker_decl && s == line.len() - trimmed.len() + 4 => e,
                None => continue,
            };
            if s > 0
                && !matches!(
                    line[s - 1],
                    b' ' | b'\t' | b'"' | b'\'' | b'-' | b'{' | b','
                )
            {
                continue;
            }
            // The value runs to the next assignment on the line.
            let value_end = all[k + 1..]
                .iter()
                .find(|&&(_, e2)| assigned(line, e2).is_some() && e2 > value_at)
                .map_or(line.len(), |&(s2, _)| s2);
            let value = &line[value_at..value_end.max(value_at)];
            let name = &line[s..e];
            let source = self.key_ref(value);
            let compatible = match (self.key_named(name), &source) {
                (Some(c), _) => c,
                (None, Some(_)) => false,
                (None, None) => continue,
            };
            let refers = source.is_some()
                || contains_ci(value, "secrets.")
                || value.trim_ascii_start().starts_with(b"$");
            let rule = if kind == Kind::Ci && refers {
                "zai-ci-public-env"
            } else {
                "zai-public-env"
            };
            let confidence = if placeholder(value) && !refers {
                Confidence::Medium
            } else {
                Confidence::High
            };
            let name_s = String::from_utf8_lossy(name).into_owned();
            let mut c = self.candidate(
                rule,
                name,
                s,
                Need::Inlined {
                    name: name_s,
                    read: false,
                    local: false,
                },
                confidence,
            );
            c.source = source;
            c.compatible = compatible;
            out.push(c);
        }
    }

    /// A key-named variable in a build configuration (the project model says whether
    /// its place is handed to the bundle): one a line, the server-side variable it
    /// reads where it names one (`zaiApiKey: process.env.ZAI_API_KEY` carries
    /// `ZAI_API_KEY`), else the first.
    fn config(&self, line: &[u8], out: &mut Vec<Candidate>) {
        let named: Vec<(usize, usize)> = names(line)
            .filter(|&(s, e)| self.key_named(&line[s..e]) == Some(false))
            .collect();
        let env_like = |&&(s, e): &&(usize, usize)| {
            line[s..e]
                .iter()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || *b == b'_')
        };
        let Some(&(s, e)) = named.iter().rfind(env_like).or(named.first()) else {
            // No name says Z.ai: a read of an env variable whose name says it holds a
            // credential (`env.ZP_API_KEY`) is one if the project's env files give it a
            // Z.ai key.
            for (s, e) in names(line) {
                let name = &line[s..e];
                let read = line[..s].ends_with(b"env.");
                let credential = Words::new(name).any(|w| {
                    self.data
                        .secrets
                        .iter()
                        .any(|k| w.eq_ignore_ascii_case(k.as_bytes()))
                });
                if read
                    && credential
                    && name
                        .iter()
                        .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || *b == b'_')
                {
                    let n = String::from_utf8_lossy(name).into_owned();
                    out.push(self.candidate(
                        "zai-build-define",
                        name,
                        s,
                        Need::ClientHoldingKey(n),
                        Confidence::High,
                    ));
                    return;
                }
            }
            return;
        };
        out.push(self.candidate(
            "zai-build-define",
            &line[s..e],
            s,
            Need::Client,
            Confidence::High,
        ));
    }

    /// `$(NAME)` and `${NAME}` in a file compiled into the app.
    fn app_manifest(&self, line: &[u8], out: &mut Vec<Candidate>) {
        for (s, e) in names(line) {
            let before = &line[..s];
            let wrapped = (before.ends_with(b"$(") && line.get(e) == Some(&b')'))
                || (before.ends_with(b"${") && line.get(e) == Some(&b'}'));
            if wrapped && self.key_named(&line[s..e]) == Some(false) {
                out.push(self.candidate(
                    "zai-build-define",
                    &line[s..e],
                    s,
                    Need::Nothing,
                    Confidence::High,
                ));
            }
        }
    }

    /// Reads of key-named variables in code: `import.meta.env.X`, `process.env.X`,
    /// `env.X`, `env["X"]`, `$env/static/public` imports, destructuring of the env
    /// object; `BuildConfig.X`, `String.fromEnvironment('X')` and react-native-config's
    /// `Config.X` in an app.
    fn reads(&self, line: &[u8], out: &mut Vec<Candidate>) {
        let static_public = memchr::memchr_iter(b'$', line).any(|i| {
            let rest = &line[i..];
            rest.starts_with(b"$env/static/public") || rest.starts_with(b"$env/dynamic/public")
        });
        // `const { VITE_ZAI_KEY } = import.meta.env`: names taken apart from the env
        // object on the same line.
        let destructured = (find_ci(line, b"import.meta.env", 0).is_some()
            || find_ci(line, b"process.env", 0).is_some())
            && memchr::memchr(b'{', line).is_some();
        // `(import.meta.env as any)?.VITE_X`: a cast of the env object between it and
        // the name.
        let env_line = find_ci(line, b"import.meta.env", 0).is_some()
            || find_ci(line, b"process.env", 0).is_some();
        for (s, e) in names(line) {
            let before = &line[..s];
            let name = &line[s..e];
            // Compiled into an app: Android's BuildConfig fields, Flutter's
            // `--dart-define` values.
            let compiled = before.ends_with(b"BuildConfig.")
                || before.ends_with(b"fromEnvironment('")
                || before.ends_with(b"fromEnvironment(\"");
            // react-native-config's `Config.X`: every variable of the app's env file is
            // compiled in (a `Config` of another kind is likelier, so medium).
            let rn_config = before.ends_with(b"Config.")
                && !before[..before.len() - 7]
                    .last()
                    .is_some_and(|&b| is_name(b) || b == b'.');
            if (compiled || rn_config) && self.key_named(name) == Some(false) {
                let confidence = if compiled {
                    Confidence::High
                } else {
                    Confidence::Medium
                };
                out.push(self.candidate("zai-build-define", name, s, Need::Client, confidence));
                continue;
            }
            // A public name given as a string to a helper that reads the env object by
            // name (`getEnv('VITE_ZHIPU_API_KEY')`): weaker, so medium, and it ships
            // only from code the project says is client code (see `resolve`).
            let by_name = matches!(before.last(), Some(b'\'' | b'"' | b'`'))
                && line.get(e) == before.last()
                && self.prefix(&String::from_utf8_lossy(name)).is_some();
            let read = before.ends_with(b"env.")
                || before.ends_with(b"env?.")
                || before.ends_with(b"env[\"")
                || before.ends_with(b"env['")
                || (static_public && !before.ends_with(b"$") && !before.ends_with(b"/"))
                || (destructured && !before.ends_with(b"."))
                || (env_line && (before.ends_with(b").") || before.ends_with(b")?.")))
                || by_name;
            if !read {
                continue;
            }
            let Some(compatible) = self.key_named(name) else {
                continue;
            };
            let name_s = String::from_utf8_lossy(name).into_owned();
            let mut c = self.candidate(
                "zai-public-env",
                name,
                s,
                Need::Inlined {
                    name: name_s,
                    read: true,
                    local: true,
                },
                if by_name && !before.ends_with(b"env['") && !before.ends_with(b"env[\"") {
                    Confidence::Medium
                } else {
                    Confidence::High
                },
            );
            c.compatible = compatible;
            out.push(c);
        }
    }

    /// Z.ai API hosts in code: a URL on the API's paths, or the bare origin.
    fn calls(&self, line: &[u8], out: &mut Vec<Candidate>) {
        // Words that say a key goes along with the call; looked for once, on a call.
        let strong = std::cell::OnceCell::new();
        let strong = || {
            *strong.get_or_init(|| {
                [
                    "dangerouslyallowbrowser",
                    "authorization",
                    "bearer",
                    "apikey",
                    "api_key",
                ]
                .iter()
                .any(|w| contains_ci(line, w))
            })
        };
        for host in &self.data.hosts {
            let h = host.as_bytes();
            let mut from = 0;
            while let Some(at) = find_ci(line, h, from) {
                from = at + 1;
                let before_ok = at == 0
                    || !(line[at - 1].is_ascii_alphanumeric()
                        || matches!(line[at - 1], b'.' | b'-'));
                let after = at + h.len();
                if !before_ok || line.get(after).is_some_and(|&b| is_name(b) || b == b'.') {
                    continue;
                }
                let path_end = (after..line.len())
                    .find(|&j| !(is_name(line[j]) || matches!(line[j], b'/' | b'.' | b'-')))
                    .unwrap_or(line.len());
                let path = &line[after..path_end];
                let api = self
                    .data
                    .api_paths
                    .iter()
                    .filter(|p| {
                        let p = p.as_bytes();
                        path.starts_with(p)
                            || (p.ends_with(b"/") && path == &p[..p.len() - 1])
                            || path.starts_with(p) && path.len() == p.len()
                    })
                    .max_by_key(|p| p.len());
                // A link to a page (`href`, `window.open`, a router's navigation) is
                // followed by the user's browser, not called with a key.
                if is_link(&line[..at]) {
                    continue;
                }
                let endpoint = match api {
                    Some(p) => format!("https://{host}{}", p.trim_end_matches('/')),
                    // The bare origin in a string, given as a base URL that the SDK or the
                    // code extends; anywhere else it is the site's name or a link.
                    None if (path.is_empty() || path == b"/")
                        && line
                            .get(path_end)
                            .is_some_and(|b| matches!(b, b'"' | b'\'' | b'`'))
                        && BASE_WORDS.iter().any(|w| contains_ci(&line[..at], w)) =>
                    {
                        format!("https://{host}")
                    }
                    None => continue,
                };
                out.push(Candidate {
                    rule: "zai-client-call",
                    target: FlowTarget::Endpoint(endpoint),
                    start: at,
                    end: path_end,
                    need: Need::Client,
                    // A bare origin alone is a base URL that may as well feed a proxy
                    // or a setting: it says less than a path on the API.
                    confidence: if EXAMPLE_WORDS.iter().any(|w| contains_ci(line, w)) {
                        Confidence::Low
                    } else if strong() {
                        Confidence::High
                    } else if api.is_none() {
                        Confidence::Low
                    } else {
                        Confidence::Medium
                    },
                    source: None,
                    compatible: false,
                });
            }
        }
    }

    /// Z.ai SDKs imported in code: a module string (`'zhipuai'`, `"zai-sdk/…"`) or an
    /// `import`/`from` of a package (`import com.zhipu.oapi.ClientV4`).
    fn sdks(&self, line: &[u8], out: &mut Vec<Candidate>) {
        let trimmed = line.trim_ascii_start();
        let statement = trimmed.starts_with(b"import ") || trimmed.starts_with(b"from ");
        for sdk in &self.data.sdks {
            let m = sdk.as_bytes();
            let mut from = 0;
            while let Some(at) = find_ci(line, m, from) {
                from = at + 1;
                let prev = if at == 0 { b' ' } else { line[at - 1] };
                let next = line.get(at + m.len()).copied().unwrap_or(b'\n');
                let quoted = matches!(prev, b'"' | b'\'' | b'`')
                    && matches!(next, b'"' | b'\'' | b'`' | b'/');
                let package =
                    statement && prev == b' ' && matches!(next, b' ' | b'.' | b';' | b'\n' | b'\r');
                if !(quoted || package) {
                    continue;
                }
                out.push(Candidate {
                    rule: "zai-client-call",
                    target: FlowTarget::Endpoint(sdk.clone()),
                    start: at,
                    end: at + m.len(),
                    need: Need::Client,
                    confidence: Confidence::High,
                    source: None,
                    compatible: false,
                });
            }
        }
    }

    /// Whether the candidate ships, and why, as the project says: `None` when it does
    /// not (a variable the build does not inline, a call from server code).
    pub fn resolve(
        &self,
        c: &Candidate,
        path: Option<&str>,
        offset: u64,
        line: &[u8],
        head: Option<&[u8]>,
        project: &dyn ProjectView,
    ) -> Option<Resolved> {
        let shown = path.unwrap_or("this file");
        match &c.need {
            Need::Inlined { name, read, local } => {
                let from_prefix = || {
                    self.prefix(name).map(|p| {
                        (
                            format!("{} inlines {}* variables into the bundle", p.tool, p.prefix),
                            false,
                        )
                    })
                };
                let (why, by_name) = match project.inlined(name, *read) {
                    Inlined::By { why, by_name } => (why, by_name),
                    Inlined::Not if *local => return None,
                    _ => from_prefix()?,
                };
                if *read {
                    let verdict = project.verdict(offset, line);
                    let (e, _) = classify(Evidence {
                        path,
                        line,
                        head,
                        project: verdict,
                    });
                    // A read by name (medium) must be proven client code.
                    let proven = c.confidence != Confidence::Medium || e == Exposure::Client;
                    if e == Exposure::Server || !proven {
                        return None;
                    }
                }
                let fix = match self.prefix(name) {
                    Some(p) => p.fix.clone(),
                    None => format!(
                        "stop handing {name} to the client build and call Z.ai from a server route that reads it"
                    ),
                };
                let (rule, reason) = if by_name {
                    (
                        "zai-build-define",
                        format!("{name} is carried into the client bundle ({why}): every visitor can read it"),
                    )
                } else if c.rule == "zai-ci-public-env" {
                    let what = c
                        .source
                        .as_deref()
                        .map_or_else(|| "a secret".to_string(), |s| format!("secret {s}"));
                    (
                        c.rule,
                        format!("{shown} maps {what} into {name}, and {why}: the key ships with every deployment"),
                    )
                } else {
                    (
                        c.rule,
                        format!("{name} is inlined into the client bundle ({why}): every visitor can read it"),
                    )
                };
                Some(Resolved { rule, reason, fix })
            }
            Need::Client | Need::ClientHoldingKey(_) => {
                if let Need::ClientHoldingKey(name) = &c.need {
                    if !project.env_files_say(&|l| sets_zai_key(l, name)) {
                        return None;
                    }
                }
                let verdict = project.verdict(offset, line);
                let (e, why) = classify(Evidence {
                    path,
                    line,
                    head,
                    project: verdict,
                });
                if e != Exposure::Client {
                    return None;
                }
                let (reason, fix) = match (&c.target, c.rule) {
                    (FlowTarget::Endpoint(ep), _) => (
                        format!("client code calls {ep} ({why}): the key it sends is readable by every user"),
                        "call Z.ai from a server route or function that holds the key (a Route Handler, server/api/, +server.ts, a Vercel, Netlify or cloud function); the client calls that route".to_string(),
                    ),
                    (FlowTarget::Variable(v), _) => (
                        format!("{v} is carried into the client bundle ({why}): every visitor can read it"),
                        format!("remove {v} from what the build hands the client (define, env, public runtimeConfig, extra, buildConfigField) and read it only in server code"),
                    ),
                };
                Some(Resolved {
                    rule: c.rule,
                    reason,
                    fix,
                })
            }
            Need::Nothing => {
                let v = match &c.target {
                    FlowTarget::Variable(v) | FlowTarget::Endpoint(v) => v,
                };
                Some(Resolved {
                    rule: c.rule,
                    reason: format!("{shown} is compiled into the app: {v} ships to every install"),
                    fix: format!("do not put {v} in the app's manifest; call Z.ai from your back end, which holds the key"),
                })
            }
        }
    }

    /// The flows of one example line: detected, then resolved with no project and
    /// every place taken to be client code (whether a file is client is the project
    /// model's to say, and is tested with whole projects).
    fn example(&self, path: &str, text: &str) -> Vec<(&'static str, String)> {
        struct AllClient;
        impl ProjectView for AllClient {
            fn verdict(&self, _offset: u64, _line: &[u8]) -> Option<Verdict> {
                Some(Verdict {
                    exposure: Exposure::Client,
                    reason: "an example".into(),
                })
            }
            fn inlined(&self, _name: &str, _read: bool) -> Inlined {
                Inlined::NoProject
            }
        }
        let mut got = Vec::new();
        self.detect(kind(path), text.as_bytes(), &mut got);
        got.iter()
            .filter_map(|c| {
                let r = self.resolve(c, Some(path), 0, text.as_bytes(), None, &AllClient)?;
                let t = match &c.target {
                    FlowTarget::Variable(v) | FlowTarget::Endpoint(v) => v.clone(),
                };
                Some((r.rule, t))
            })
            .collect()
    }

    /// Checks the data's examples: each gives its flow at its path, no negative one
    /// gives any. Returns what failed.
    pub fn check_examples(&self) -> Vec<String> {
        let mut problems = Vec::new();
        let origin = &self.data.origin;
        for ex in &self.data.examples {
            let got = self.example(&ex.path, &ex.text);
            let want_rule = ex.rule.as_deref().unwrap_or_default();
            let want = ex.found.as_deref().unwrap_or_default();
            let hit = got.iter().any(|(r, t)| *r == want_rule && t == want);
            if !hit {
                problems.push(format!(
                    "{origin}: [flows] example at {} finds {got:?}, not {want_rule} {want}: {}",
                    ex.path, ex.text
                ));
            }
        }
        for ex in &self.data.negative_examples {
            let got = self.example(&ex.path, &ex.text);
            if !got.is_empty() {
                problems.push(format!(
                    "{origin}: [flows] negative example at {} finds {got:?}: {}",
                    ex.path, ex.text
                ));
            }
        }
        problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_split_at_underscores_case_changes_and_digits() {
        let words = |n: &[u8]| -> Vec<String> {
            Words::new(n)
                .map(|w| String::from_utf8_lossy(w).into_owned())
                .collect()
        };
        assert_eq!(
            words(b"VITE_ZHIPU_API_KEY"),
            ["VITE", "ZHIPU", "API", "KEY"]
        );
        assert_eq!(words(b"zhipuApiKey"), ["zhipu", "Api", "Key"]);
        assert_eq!(words(b"GLM4_KEY"), ["GLM", "4", "KEY"]);
        assert_eq!(words(b"PANGLM_KEY"), ["PANGLM", "KEY"]);
        assert_eq!(words(b"__ZAI__key__"), ["ZAI", "key"]);
    }

    /// The targets the built-in data detects in `line` of a file of `kind`.
    fn targets(kind: Kind, line: &[u8]) -> Vec<String> {
        let data = builtin();
        let mut got = Vec::new();
        Flows::new(&data).detect(kind, line, &mut got);
        got.into_iter()
            .map(|c| match c.target {
                FlowTarget::Variable(v) | FlowTarget::Endpoint(v) => v,
            })
            .collect()
    }

    #[test]
    fn env_lines_with_a_bom_crlf_or_spaces() {
        for line in [
            &b"\xef\xbb\xbfVITE_ZAI_KEY=\r"[..],
            b"  export VITE_ZAI_KEY = abc\r",
            b"VITE_ZAI_KEY=",
            b"VITE_ZAI_KEY==x",
        ] {
            assert_eq!(targets(Kind::Env, line), ["VITE_ZAI_KEY"], "{line:?}");
        }
        assert!(targets(Kind::Env, b"# VITE_ZAI_KEY=").is_empty());
    }

    #[test]
    fn reads_by_property_index_and_destructuring() {
        for line in [
            &b"const { VITE_ZHIPU_API_KEY: key, VITE_ZAI_MODEL } = import.meta.env"[..],
            b"const key = process.env['NEXT_PUBLIC_ZHIPU_API_KEY']",
            b"const key = import.meta.env?.VITE_ZHIPU_API_KEY",
            b"const key = Config.ZHIPU_API_KEY",
        ] {
            let found = targets(Kind::Code, line);
            assert_eq!(found.len(), 1, "{line:?}: {found:?}");
        }
        assert!(targets(Kind::Code, b"const key = AppConfig.ZHIPU_API_KEY").is_empty());
        assert!(targets(Kind::Code, b"const key = this.Config.ZHIPU_API_KEY").is_empty());
        let mut got = Vec::new();
        let data = builtin();
        let flows = Flows::new(&data);
        flows.detect(
            Kind::Code,
            b"const { data } = await fetch(VITE_ZAI_KEY_URL)",
            &mut got,
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn kinds_from_paths() {
        assert_eq!(kind(".env.local"), Kind::Env);
        assert_eq!(kind("web/prod.env"), Kind::Env);
        assert_eq!(kind(".github/workflows/deploy.yml"), Kind::Ci);
        assert_eq!(kind("docker/Dockerfile.web"), Kind::Docker);
        assert_eq!(kind("docker-compose.prod.yml"), Kind::Deploy);
        assert_eq!(kind("web/vite.config.ts"), Kind::Config);
        assert_eq!(kind("app/build.gradle.kts"), Kind::Config);
        assert_eq!(kind("ios/App/Info.plist"), Kind::AppManifest);
        assert_eq!(kind("src/App.vue"), Kind::Code);
        assert_eq!(kind("docs/setup.md"), Kind::Docs);
        assert_eq!(kind("Cargo.toml"), Kind::Other);
        assert_eq!(kind("src/main.rs"), Kind::Other);
    }

    fn builtin() -> FlowData {
        let mut set = keyfence_rules::RuleSet::new();
        set.add_toml(
            "zai-flows.toml",
            include_str!("../../../patterns/zai-flows.toml"),
        )
        .unwrap();
        set.flows().clone()
    }

    #[test]
    fn the_builtin_examples_hold() {
        let data = builtin();
        let problems = Flows::new(&data).check_examples();
        assert!(problems.is_empty(), "{problems:#?}");
    }
}
