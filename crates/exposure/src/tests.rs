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

fn with(path: &str, head: &str, app: Option<App>) -> (Exposure, String) {
    classify(Evidence {
        path: Some(path),
        line: b"const k = 'k';",
        head: Some(head.as_bytes()),
        app,
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
const CASES: &[(&str, &str, &str, Option<App>, Exposure)] = &[
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
        Some(App::new(AppKind::Next, "Next.js")),
        Exposure::Server,
    ),
    (
        "use-client",
        "web/app/chat.ts",
        "// chat\n\"use client\";\n",
        Some(App::new(AppKind::Next, "Next.js")),
        Exposure::Client,
    ),
    (
        "next-api-route",
        "web/pages/api/chat.ts",
        "",
        Some(App::new(AppKind::Next, "Next.js")),
        Exposure::Server,
    ),
    (
        "next-api-route",
        "web/app/api/chat/route.ts",
        "",
        Some(App::new(AppKind::Next, "Next.js")),
        Exposure::Server,
    ),
    (
        "next-middleware",
        "web/middleware.ts",
        "",
        Some(App::new(AppKind::Next, "Next.js")),
        Exposure::Server,
    ),
    (
        "next-app-router",
        "web/app/page.tsx",
        "",
        Some(App::new(AppKind::Next, "Next.js")),
        Exposure::Unknown,
    ),
    (
        "hybrid-server-code",
        "web/server/api/chat.ts",
        "",
        Some(App::new(AppKind::Hybrid, "Nuxt")),
        Exposure::Server,
    ),
    (
        "hybrid-server-code",
        "src/routes/+page.server.ts",
        "",
        Some(App::new(AppKind::Hybrid, "SvelteKit")),
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
        "android-manifest",
        "app/src/main/AndroidManifest.xml",
        "",
        None,
        Exposure::Client,
    ),
    (
        "android-assets",
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
        Some(App::new(AppKind::Extension, "browser extension")),
        Exposure::Client,
    ),
    (
        "react-native-app",
        "mobile/src/api.ts",
        "",
        Some(App::new(AppKind::ReactNative, "React Native")),
        Exposure::Client,
    ),
    (
        "electron-renderer",
        "desktop/src/renderer/api.js",
        "",
        Some(App::new(AppKind::Electron, "Electron")),
        Exposure::Client,
    ),
    (
        "browser-app-source",
        "web/src/api.ts",
        "",
        Some(App::new(AppKind::Browser, "vite")),
        Exposure::Client,
    ),
    (
        "node-server-source",
        "api/src/chat.js",
        "",
        Some(App::new(AppKind::NodeServer, "express")),
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

#[test]
fn every_rule_in_the_table_speaks_for_its_case() {
    let cases = CASES;
    for (rule, path, head, app, want) in cases {
        let (got, why) = with(path, head, *app);
        assert_eq!(got, *want, "{rule}: {path}: {why}");
        let decided_by = decide(Evidence {
            path: Some(path),
            line: b"const k = 'k';",
            head: Some(head.as_bytes()),
            app: *app,
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
    // A config file of a browser app runs at build time, not in the browser.
    assert_eq!(
        with(
            "web/vite.config.ts",
            "",
            Some(App::new(AppKind::Browser, "vite"))
        )
        .0,
        Exposure::Unknown
    );
    // Electron's main process is Node.
    assert_eq!(
        with(
            "desktop/src/main.js",
            "",
            Some(App::new(AppKind::Electron, "Electron"))
        )
        .0,
        Exposure::Unknown
    );
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
