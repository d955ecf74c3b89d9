//! The data of flows: what names a Z.ai key, which env prefixes a build inlines, which
//! hosts and SDKs are Z.ai's. A flow is a finding with no secret in it: code or
//! configuration that puts a Z.ai key where the client can read it. The logic that
//! finds them (and needs the project model) is `keyfence-exposure`'s; the words it
//! looks for are here, in `[flows]` tables of rule files, with examples that
//! `keyfence rules check` verifies.

use serde::Deserialize;

/// An env prefix that a build inlines into client code.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Prefix {
    /// `VITE_`, `NEXT_PUBLIC_`...
    pub prefix: String,
    /// The tool that inlines it, for messages: `Vite`.
    pub tool: String,
    /// How to keep the key out of the client with that tool.
    pub fix: String,
    /// The builds that inline it, by the project model's names ([`BUILDS`]): a project
    /// built with one of them ships the prefix's variables to its clients.
    #[serde(default)]
    pub builds: Vec<String>,
}

/// The builds the project model recognises, for [`Prefix::builds`].
pub const BUILDS: &[&str] = &[
    "vite",
    "next",
    "nuxt",
    "sveltekit",
    "astro",
    "cra",
    "vue-cli",
    "gatsby",
    "expo",
    "taro",
    "umi",
    "ngx-env",
];

/// The flow data of the rule file shipped with keyfence (`patterns/zai-flows.toml`),
/// parsed once: the one list of public prefixes that the project model, the path rules
/// and the flows all read.
pub fn builtin() -> &'static FlowData {
    static DATA: std::sync::OnceLock<FlowData> = std::sync::OnceLock::new();
    DATA.get_or_init(|| {
        let text = include_str!("../../../patterns/zai-flows.toml");
        crate::parse_file("zai-flows.toml", text)
            .ok()
            .and_then(|(_, flows)| flows)
            .unwrap_or_default()
    })
}

/// A flow example: a file's path and a line of it, and what must (or must not) be
/// found there.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Example {
    pub path: String,
    pub text: String,
    /// The flow rule expected (absent in negative examples).
    #[serde(default)]
    pub rule: Option<String>,
    /// The variable or endpoint expected.
    #[serde(default)]
    pub found: Option<String>,
}

/// Everything flows look for, merged over the rule files that define some.
#[derive(Clone, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct FlowData {
    /// Words that name the provider (`ZAI`, `ZHIPU`, `GLM`...), matched as whole words
    /// of a name (split at `_`, `-`, `.` and lower-to-upper case changes).
    #[serde(default)]
    pub providers: Vec<String>,
    /// Words that say a name holds a credential (`KEY`, `TOKEN`, `SECRET`).
    #[serde(default)]
    pub secrets: Vec<String>,
    /// Names that hold a Z.ai key only where a base URL on a Z.ai host is set beside
    /// them: `ANTHROPIC_AUTH_TOKEN` with `ANTHROPIC_BASE_URL`.
    #[serde(default)]
    pub compatible: Vec<Compatible>,
    /// Z.ai API hosts.
    #[serde(default)]
    pub hosts: Vec<String>,
    /// Paths on those hosts that are the API (a URL on a host with another path is a
    /// link to a web page, not a call).
    #[serde(default)]
    pub api_paths: Vec<String>,
    /// SDK modules and packages (npm, PyPI, Maven) that call Z.ai.
    #[serde(default)]
    pub sdks: Vec<String>,
    /// Other providers' API hosts: a Z.ai URL among two or more of them is an entry of a
    /// provider catalog (the settings of a proxy or of a bring-your-own-key client),
    /// not a call that needs the owner's key in the client.
    #[serde(default)]
    pub other_hosts: Vec<String>,
    #[serde(default)]
    pub prefixes: Vec<Prefix>,
    #[serde(default)]
    pub examples: Vec<Example>,
    #[serde(default)]
    pub negative_examples: Vec<Example>,
    /// Where the data came from (file names, comma-separated).
    #[serde(skip)]
    pub origin: String,
}

/// A name that holds a Z.ai key when its base URL is Z.ai's.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Compatible {
    pub token: String,
    pub base_url: String,
}

/// The flow rules, with their names and descriptions (for reports and SARIF).
pub const FLOW_RULES: &[(&str, &str, &str)] = &[
    (
        "zai-public-env",
        "Z.ai key under a public variable",
        "A variable whose name says it holds a Z.ai key carries a prefix that the \
         build inlines into the client bundle (VITE_, NEXT_PUBLIC_, REACT_APP_, \
         EXPO_PUBLIC_...), where it is defined or where client code reads it. Every \
         visitor can read the key, whatever its value is in the repository. Section II \
         of the Z.ai terms forbids keys in client-side code.",
    ),
    (
        "zai-build-define",
        "Z.ai key carried into the bundle by the build",
        "A build configuration (Vite or webpack define, next.config env, Nuxt public \
         runtimeConfig, Expo extra, Gradle buildConfigField or resValue, an xcconfig \
         value in Info.plist) copies a server-side variable that holds a Z.ai key into \
         the client bundle or app.",
    ),
    (
        "zai-client-call",
        "Client code calls Z.ai directly",
        "Code that runs in the browser, a mini program or an app sends requests to the \
         Z.ai API (open.bigmodel.cn, api.z.ai) or uses a Z.ai SDK: it needs a key in \
         the client to do so. Call Z.ai from a server route that holds the key.",
    ),
    (
        "zai-ci-public-env",
        "CI hands a Z.ai key to a public variable",
        "A CI workflow maps a secret that holds a Z.ai key into a variable that the \
         front-end build inlines: the key is in the bundle of every deployment, though \
         it is in no file of the repository.",
    ),
];

/// Whether `id` is a flow rule.
pub fn is_flow_rule(id: &str) -> bool {
    FLOW_RULES.iter().any(|(r, _, _)| *r == id)
}

impl FlowData {
    /// Whether there is anything to look for.
    pub fn is_empty(&self) -> bool {
        self.providers.is_empty()
            && self.compatible.is_empty()
            && self.hosts.is_empty()
            && self.sdks.is_empty()
    }

    /// Adds another file's data.
    pub fn merge(&mut self, other: FlowData) {
        self.providers.extend(other.providers);
        self.secrets.extend(other.secrets);
        self.compatible.extend(other.compatible);
        self.hosts.extend(other.hosts);
        self.api_paths.extend(other.api_paths);
        self.sdks.extend(other.sdks);
        self.other_hosts.extend(other.other_hosts);
        self.prefixes.extend(other.prefixes);
        self.examples.extend(other.examples);
        self.negative_examples.extend(other.negative_examples);
        if !other.origin.is_empty() {
            if !self.origin.is_empty() {
                self.origin.push_str(", ");
            }
            self.origin.push_str(&other.origin);
        }
    }

    /// Checks what can be checked without detecting: words are plain ASCII words,
    /// hosts are host names, prefixes end in `_`, examples name a flow rule.
    pub fn check(&self) -> Result<(), String> {
        let word = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_alphanumeric());
        for w in self.providers.iter().chain(&self.secrets) {
            if !word(w) {
                return Err(format!("flow word `{w}` must be ASCII letters and digits"));
            }
        }
        for w in self.providers.iter() {
            if w.len() < 3 {
                return Err(format!("provider word `{w}` must have 3 letters or more"));
            }
        }
        if !self.providers.is_empty() && self.secrets.is_empty() {
            return Err("flows with `providers` need `secrets` words too".into());
        }
        let name =
            |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
        for c in &self.compatible {
            if !name(&c.token) || !name(&c.base_url) || c.token.len() < 3 {
                return Err(format!(
                    "compatible names `{}`/`{}` must be variable names",
                    c.token, c.base_url
                ));
            }
        }
        for h in self.hosts.iter().chain(&self.sdks).chain(&self.other_hosts) {
            if h.len() < 3
                || !h.bytes().all(|b| {
                    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_' | b'@' | b'/')
                })
            {
                return Err(format!(
                    "host or SDK `{h}` must be 3 or more of a-z, 0-9, `.-_@/`"
                ));
            }
        }
        for p in &self.api_paths {
            if !p.starts_with('/') {
                return Err(format!("API path `{p}` must start with `/`"));
            }
        }
        for p in &self.prefixes {
            if !p.prefix.ends_with('_') || !name(&p.prefix) {
                return Err(format!(
                    "prefix `{}` must be a name ending in `_`",
                    p.prefix
                ));
            }
            if let Some(b) = p.builds.iter().find(|b| !BUILDS.contains(&b.as_str())) {
                return Err(format!(
                    "prefix `{}`: build `{b}` is not one of {}",
                    p.prefix,
                    BUILDS.join(", ")
                ));
            }
        }
        for e in &self.examples {
            match (&e.rule, &e.found) {
                (Some(r), Some(_)) if is_flow_rule(r) => {}
                (Some(r), Some(_)) => return Err(format!("example names unknown flow rule `{r}`")),
                _ => return Err(format!("example `{}` needs `rule` and `found`", e.text)),
            }
        }
        Ok(())
    }
}
