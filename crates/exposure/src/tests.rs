//! The table, row by row, and the helpers it leans on.

use super::*;

fn classify_line(path: Option<&str>, line: &[u8]) -> (Exposure, String) {
    classify(Evidence {
        path,
        line,
        ..Evidence::default()
    })
}

fn exp(path: &str, line: &str) -> Exposure {
    classify_line(Some(path), line.as_bytes()).0
}

fn with(path: &str, head: &str) -> (Exposure, String) {
    classify(Evidence {
        path: Some(path),
        line: b"const k = 'k';",
        head: Some(head.as_bytes()),
        project: None,
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
    let (_, why) = classify_line(Some(".env"), b"REACT_APP_ZHIPU=k");
    assert!(
        why.contains("REACT_APP_ZHIPU") && why.contains("Create React App"),
        "{why}"
    );
    // A prefix inside a longer name is not a public prefix.
    assert_eq!(exp(".env", "NOT_PUBLIC_KEY=k"), Exposure::Server);
    assert_eq!(exp(".env", "ZAI_API_KEY=k"), Exposure::Server);
}

/// One case per row of the table: (rule, path, head, app, expected).
const CASES: &[(&str, &str, &str, Exposure)] = &[
    (
        "app-package-member",
        "dist/app-release.apk!assets/config.json",
        "",
        Exposure::Client,
    ),
    (
        "next-config-env",
        "web/next.config.js",
        "",
        Exposure::Client,
    ),
    ("source-map", "lib/app.js.map", "", Exposure::Client),
    ("minified-bundle", "lib/app.min.js", "", Exposure::Client),
    ("html-page", "index.html", "", Exposure::Client),
    (
        "next-static",
        "web/.next/static/chunks/main.js",
        "",
        Exposure::Client,
    ),
    (
        "built-output",
        "dist/assets/index-3f2a.js",
        "",
        Exposure::Client,
    ),
    (
        "use-server",
        "web/app/actions.ts",
        "'use server'\n",
        Exposure::Server,
    ),
    (
        "use-client",
        "web/app/chat.ts",
        "// chat\n\"use client\";\n",
        Exposure::Client,
    ),
    ("front-end-component", "src/Chat.tsx", "", Exposure::Client),
    ("front-end-component", "src/Chat.vue", "", Exposure::Client),
    (
        "android-resource",
        "app/src/main/res/values/strings.xml",
        "",
        Exposure::Client,
    ),
    (
        "android-manifest",
        "app/src/main/AndroidManifest.xml",
        "",
        Exposure::Client,
    ),
    (
        "android-assets",
        "app/src/main/assets/zai.properties",
        "",
        Exposure::Client,
    ),
    (
        "ios-or-flutter-source",
        "ios/App/Info.plist",
        "",
        Exposure::Client,
    ),
    (
        "ios-or-flutter-source",
        "lib/main.dart",
        "",
        Exposure::Client,
    ),
    (
        "ios-or-flutter-source",
        "ios/App/Api.swift",
        "",
        Exposure::Client,
    ),
    (
        "android-app-source",
        "app/src/main/java/com/x/Api.kt",
        "",
        Exposure::Client,
    ),
    (
        "gradle-build-config",
        "app/build.gradle.kts",
        "",
        Exposure::Client,
    ),
    (
        "native-library-in-app",
        "app/src/main/jniLibs/arm64-v8a/libzai.so",
        "",
        Exposure::Client,
    ),
    ("container", "Dockerfile", "", Exposure::Server),
    ("terraform", "infra/main.tf", "", Exposure::Server),
    (
        "ci-config",
        ".github/workflows/ci.yml",
        "",
        Exposure::Server,
    ),
    ("kubernetes", "deploy/k8s/secret.yaml", "", Exposure::Server),
    ("back-end-source", "server/main.py", "", Exposure::Server),
    ("back-end-source", "cmd/api/main.go", "", Exposure::Server),
    (
        "gradle-properties",
        "android/local.properties",
        "",
        Exposure::Server,
    ),
    (
        "userscript",
        "scripts/translator.user.js",
        "",
        Exposure::Client,
    ),
    (
        "spring-config",
        "backend/src/main/resources/application-dev.yml",
        "",
        Exposure::Server,
    ),
    ("server-env-file", ".env.production", "", Exposure::Server),
];

#[test]
fn every_rule_in_the_table_speaks_for_its_case() {
    let cases = CASES;
    for (rule, path, head, want) in cases {
        let (got, why) = with(path, head);
        assert_eq!(got, *want, "{rule}: {path}: {why}");
        let decided_by = decide(Evidence {
            path: Some(path),
            line: b"const k = 'k';",
            head: Some(head.as_bytes()),
            project: None,
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
    assert_eq!(classify_line(None, b"k").0, Exposure::Unknown);
    // Without a project model, a build config and a main process say nothing.
    assert_eq!(with("web/vite.config.ts", "").0, Exposure::Unknown);
    assert_eq!(with("desktop/src/main.js", "").0, Exposure::Unknown);
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
