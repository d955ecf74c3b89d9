//! Would this place reach users' hands? `client`, `server` or `unknown`, with a reason.
//!
//! The evidence, strongest first: a variable name that a build tool inlines into
//! bundles, then the file's path (built output, front-end and mobile sources, server
//! code and deployment files). Where nothing speaks, the answer is `unknown`.

use crate::Exposure;

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

/// Classifies a finding from its path and the text of its line.
pub fn classify(path: Option<&str>, line: &[u8]) -> (Exposure, String) {
    if let Some((var, tool)) = public_variable(line) {
        return (
            Exposure::Client,
            format!("{var} is a public variable: {tool} inlines it into client bundles"),
        );
    }
    match path {
        Some(p) => classify_path(p),
        None => (Exposure::Unknown, "no path to judge by".to_string()),
    }
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

fn classify_path(path: &str) -> (Exposure, String) {
    let lower = path.to_ascii_lowercase();
    let parts: Vec<&str> = lower.split('/').collect();
    let (dirs, name) = parts.split_at(parts.len() - 1);
    let name = name[0];
    let ext = name.rsplit_once('.').map_or("", |(_, e)| e);
    let client = |why: &str| (Exposure::Client, why.to_string());
    let server = |why: &str| (Exposure::Server, why.to_string());

    // Built output and what ships as-is.
    if name.ends_with(".map") {
        return client("source map: ships the original source to browsers");
    }
    if name.ends_with(".min.js") || name.ends_with(".bundle.js") || name.ends_with(".chunk.js") {
        return client("minified bundle served to browsers");
    }
    if matches!(ext, "html" | "htm") {
        return client("HTML page: its scripts run in the browser");
    }
    if dirs.windows(2).any(|w| w == [".next", "static"]) {
        return client(".next/static/ is served to browsers");
    }
    const BUILT: &[&str] = &["dist", "build", "out", "public", "static", "www", "assets"];
    if let Some(d) = dirs.iter().find(|d| BUILT.contains(d)) {
        if matches!(
            ext,
            "js" | "mjs" | "cjs" | "css" | "json" | "txt" | "xml" | "svg" | ""
        ) {
            return (
                Exposure::Client,
                format!("{d}/ holds built or static files served to clients"),
            );
        }
    }
    // Front-end and mobile sources.
    if matches!(ext, "jsx" | "tsx" | "vue" | "svelte" | "astro") {
        return client("front-end component: compiled into the client bundle");
    }
    if dirs.contains(&"res") && dirs.iter().any(|d| d.starts_with("values")) && ext == "xml" {
        return client("Android resource: packed into the app");
    }
    if matches!(ext, "plist" | "swift" | "m" | "mm" | "dart") {
        return client("iOS or Flutter app source: compiled into the app");
    }
    if matches!(ext, "kt" | "java")
        && dirs.windows(2).any(|w| w == ["src", "main"])
        && dirs.contains(&"app")
    {
        return client("Android app module source: compiled into the app");
    }
    if name == "build.gradle" || name == "build.gradle.kts" {
        return client("Gradle build file: buildConfigField values are compiled into the app");
    }
    if name == "manifest.json" && dirs.is_empty() {
        return client("browser extension manifest: the extension ships to users");
    }
    // Server code and deployment.
    if name == "dockerfile" || name.starts_with("docker-compose") || name.starts_with("compose.") {
        return server("container build or deploy file");
    }
    if matches!(ext, "tf" | "tfvars" | "hcl") {
        return server("Terraform: deployment configuration");
    }
    if dirs.first() == Some(&".github") || name == ".gitlab-ci.yml" || name == "jenkinsfile" {
        return server("CI configuration");
    }
    if dirs
        .iter()
        .any(|d| matches!(*d, "k8s" | "kubernetes" | "helm" | "charts"))
    {
        return server("Kubernetes deployment configuration");
    }
    if matches!(
        ext,
        "py" | "go" | "rb" | "php" | "rs" | "cs" | "java" | "kt" | "scala" | "ex" | "exs"
    ) {
        return server("back-end source");
    }
    if name == ".env" || name.starts_with(".env.") {
        return server(
            "env file without a public prefix: read by the server, not inlined into bundles",
        );
    }
    (
        Exposure::Unknown,
        "no sign of where this file runs".to_string(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn exp(path: &str, line: &str) -> Exposure {
        classify(Some(path), line.as_bytes()).0
    }

    #[test]
    fn public_env_prefixes_are_client() {
        assert_eq!(exp(".env", "NEXT_PUBLIC_ZAI_KEY=k"), Exposure::Client);
        assert_eq!(exp(".env.local", "VITE_GLM_KEY = \"k\""), Exposure::Client);
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
    fn paths_decide_the_rest() {
        assert_eq!(exp("dist/assets/index-3f2a.js", "k"), Exposure::Client);
        assert_eq!(
            exp("web/.next/static/chunks/main.js", "k"),
            Exposure::Client
        );
        assert_eq!(exp("lib/app.min.js", "k"), Exposure::Client);
        assert_eq!(exp("lib/app.js.map", "k"), Exposure::Client);
        assert_eq!(exp("index.html", "k"), Exposure::Client);
        assert_eq!(exp("src/Chat.tsx", "k"), Exposure::Client);
        assert_eq!(
            exp("app/src/main/res/values/strings.xml", "k"),
            Exposure::Client
        );
        assert_eq!(exp("ios/App/Info.plist", "k"), Exposure::Client);
        assert_eq!(exp("server/main.py", "k"), Exposure::Server);
        assert_eq!(exp("Dockerfile", "k"), Exposure::Server);
        assert_eq!(exp(".github/workflows/ci.yml", "k"), Exposure::Server);
        assert_eq!(exp("infra/main.tf", "k"), Exposure::Server);
        assert_eq!(exp("src/util.js", "k"), Exposure::Unknown);
        assert_eq!(exp("notes.txt", "k"), Exposure::Unknown);
        assert_eq!(classify(None, b"k").0, Exposure::Unknown);
    }
}
