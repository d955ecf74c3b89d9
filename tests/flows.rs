//! Flows: keys that never appear as literals. One real project layout per framework,
//! each with the code and configuration that hands a Z.ai key to the client, and the
//! twins that must stay silent (server code, other providers, variables that are not
//! keys, calls from server routes and functions). Every mode: files, history, audit,
//! hooks, SARIF; suppressions and `--no-flows`.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use common::{
    assert_valid_sarif, bare_and_clone, commit, git, git_output, key, keyfence, run_in, stdout,
    write,
};
use tempfile::TempDir;

/// (rule, variable or endpoint, path) of each finding with no secret; fails on a key.
fn flows_of(found: &[serde_json::Value]) -> BTreeSet<(String, String, String)> {
    found
        .iter()
        .map(|f| {
            assert!(
                f.get("secret").is_none(),
                "a key where flows were expected: {f}"
            );
            let target = f
                .get("variable")
                .or_else(|| f.get("endpoint"))
                .and_then(|v| v.as_str())
                .unwrap_or_else(|| panic!("a flow names what it found: {f}"));
            (
                f["rule"].as_str().unwrap().to_string(),
                target.to_string(),
                f["path"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// Writes `files` under a new directory and scans it: the flows found.
fn scan(files: &[(&str, &str)]) -> BTreeSet<(String, String, String)> {
    let dir = TempDir::new().unwrap();
    for (path, text) in files {
        write(dir.path(), path, text);
    }
    let (out, found) = common::findings("scan", dir.path(), &[]);
    let code = out.status.code();
    assert!(matches!(code, Some(0 | 1)), "{}", common::stderr(&out));
    assert_eq!(
        code == Some(1),
        !found.is_empty(),
        "exit status follows the findings"
    );
    for f in &found {
        assert_eq!(f["exposure"], "client", "{f}");
        assert!(f["exposure_reason"].as_str().unwrap().len() > 20, "{f}");
        assert!(f["fix"].as_str().unwrap().len() > 20, "{f}");
    }
    flows_of(&found)
}

fn set(items: &[(&str, &str, &str)]) -> BTreeSet<(String, String, String)> {
    items
        .iter()
        .map(|(r, t, p)| (r.to_string(), t.to_string(), p.to_string()))
        .collect()
}

const VITE_PKG: &str =
    r#"{"name":"web","dependencies":{"vue":"3"},"devDependencies":{"vite":"5"}}"#;

#[test]
fn vite_public_names_defines_and_client_calls() {
    let found = scan(&[
        ("package.json", VITE_PKG),
        ("index.html", r#"<div id="app"></div><script type="module" src="/src/main.ts"></script>"#),
        (
            ".env",
            "VITE_ZHIPU_API_KEY=\nVITE_ZAI_MODEL=glm-4.6\nVITE_API_BASE=https://open.bigmodel.cn/api/paas/v4\nVITE_OPENAI_KEY=\nVITE_PANGLM_KEY=\n",
        ),
        (
            "vite.config.ts",
            "import { defineConfig } from 'vite'\nexport default defineConfig({\n  define: {\n    'process.env.ZAI_API_KEY': JSON.stringify(process.env.ZAI_API_KEY),\n  },\n  server: { port: Number(process.env.GLM_KEY_PORT) },\n})\n",
        ),
        ("src/main.ts", "import { createApp } from 'vue'\nimport App from './App.vue'\ncreateApp(App).mount('#app')\n"),
        (
            "src/App.vue",
            "<script setup lang=\"ts\">\nimport { ask } from './api/chat'\nconst key = import.meta.env.VITE_ZHIPU_API_KEY\nconst model = import.meta.env.VITE_ZAI_MODEL\nconst other = import.meta.env.VITE_OPENAI_KEY\nask(key, model)\n</script>\n<template><p>chat</p></template>\n",
        ),
        (
            "src/api/chat.ts",
            "export async function ask(key: string, model: string) {\n  return fetch('https://open.bigmodel.cn/api/paas/v4/chat/completions', {\n    headers: { Authorization: `Bearer ${key}` },\n  })\n}\nexport const docs = 'https://open.bigmodel.cn/usercenter/apikeys'\n",
        ),
    ]);
    assert_eq!(
        found,
        set(&[
            ("zai-public-env", "VITE_ZHIPU_API_KEY", ".env"),
            ("zai-public-env", "VITE_ZHIPU_API_KEY", "src/App.vue"),
            ("zai-build-define", "ZAI_API_KEY", "vite.config.ts"),
            (
                "zai-client-call",
                "https://open.bigmodel.cn/api/paas",
                "src/api/chat.ts"
            ),
        ])
    );
}

#[test]
fn next_public_env_and_next_config_env_but_not_route_handlers() {
    let found = scan(&[
        ("package.json", r#"{"name":"app","dependencies":{"next":"15","react":"19"}}"#),
        (".env.local", "NEXT_PUBLIC_ZAI_API_KEY=\nZAI_API_KEY=\n"),
        (
            "next.config.js",
            "module.exports = {\n  env: {\n    ZHIPUAI_API_KEY: process.env.ZHIPUAI_API_KEY,\n  },\n  serverRuntimeConfig: { glmToken: process.env.GLM_TOKEN },\n  publicRuntimeConfig: { zaiKey: process.env.ZAI_SHARED_KEY },\n}\n",
        ),
        (
            "app/chat/page.tsx",
            "'use client'\nexport default function Chat() {\n  const key = process.env.NEXT_PUBLIC_ZAI_API_KEY\n  return <p>{key ? 'on' : 'off'}</p>\n}\n",
        ),
        (
            "app/api/chat/route.ts",
            "export async function POST(req: Request) {\n  return fetch('https://api.z.ai/api/paas/v4/chat/completions', {\n    headers: { Authorization: `Bearer ${process.env.ZAI_API_KEY}` },\n  })\n}\n",
        ),
        (
            "app/actions.ts",
            "'use server'\nimport { ZhipuAI } from 'zhipuai'\nexport async function ask() { return new ZhipuAI({ apiKey: process.env.ZAI_API_KEY }) }\n",
        ),
    ]);
    assert_eq!(
        found,
        set(&[
            ("zai-public-env", "NEXT_PUBLIC_ZAI_API_KEY", ".env.local"),
            (
                "zai-public-env",
                "NEXT_PUBLIC_ZAI_API_KEY",
                "app/chat/page.tsx"
            ),
            ("zai-build-define", "ZHIPUAI_API_KEY", "next.config.js"),
            ("zai-build-define", "ZAI_SHARED_KEY", "next.config.js"),
        ])
    );
}

#[test]
fn nuxt_public_runtime_config_but_not_private_config_or_server_routes() {
    let found = scan(&[
        ("package.json", r#"{"name":"n","dependencies":{"nuxt":"3"}}"#),
        (
            "nuxt.config.ts",
            "export default defineNuxtConfig({\n  runtimeConfig: {\n    zhipuApiKey: process.env.ZHIPU_API_KEY,\n    public: {\n      zhipuApiKey: process.env.ZHIPU_API_KEY,\n    },\n  },\n})\n",
        ),
        (
            "server/api/chat.post.ts",
            "export default defineEventHandler(async () => {\n  const { zhipuApiKey } = useRuntimeConfig()\n  return $fetch('https://open.bigmodel.cn/api/paas/v4/chat/completions', { headers: { Authorization: zhipuApiKey } })\n})\n",
        ),
    ]);
    // The public runtime config carries the server's variable into the client.
    assert_eq!(
        found,
        set(&[("zai-build-define", "ZHIPU_API_KEY", "nuxt.config.ts")])
    );
}

#[test]
fn sveltekit_public_imports_but_not_server_endpoints() {
    let found = scan(&[
        (
            "package.json",
            r#"{"name":"s","devDependencies":{"@sveltejs/kit":"2","svelte":"5","vite":"5"}}"#,
        ),
        ("svelte.config.js", "export default {}\n"),
        (
            "src/routes/+page.svelte",
            "<script>\nimport { PUBLIC_BIGMODEL_TOKEN } from '$env/static/public';\nlet key = PUBLIC_BIGMODEL_TOKEN;\n</script>\n",
        ),
        (
            "src/routes/api/chat/+server.ts",
            "import { ZAI_API_KEY } from '$env/static/private';\nexport async function POST() {\n  return fetch('https://api.z.ai/api/paas/v4/chat/completions', { headers: { Authorization: `Bearer ${ZAI_API_KEY}` } })\n}\n",
        ),
    ]);
    assert_eq!(
        found,
        set(&[(
            "zai-public-env",
            "PUBLIC_BIGMODEL_TOKEN",
            "src/routes/+page.svelte"
        )])
    );
}

#[test]
fn astro_components_and_taro_mini_programs() {
    let found = scan(&[
        ("package.json", r#"{"name":"a","dependencies":{"astro":"5"}}"#),
        ("astro.config.mjs", "export default {}\n"),
        (
            "src/pages/index.astro",
            "---\nconst key = import.meta.env.ZAI_API_KEY\nconst res = await fetch('https://api.z.ai/api/paas/v4/chat/completions', { headers: { Authorization: key } })\n---\n<script>\nconst pub = import.meta.env.PUBLIC_ZAI_KEY\n</script>\n",
        ),
    ]);
    // The frontmatter runs on the server; the script goes to the browser.
    assert_eq!(
        found,
        set(&[("zai-public-env", "PUBLIC_ZAI_KEY", "src/pages/index.astro")])
    );
    let found = scan(&[
        (
            "package.json",
            r#"{"name":"t","dependencies":{"@tarojs/taro":"4","@tarojs/runtime":"4"}}"#,
        ),
        ("project.config.json", r#"{"appid":"wx1","miniprogramRoot":"dist/"}"#),
        (".env.production", "TARO_APP_ZHIPU_KEY=\n"),
        (
            "config/index.ts",
            "export default {\n  defineConstants: {\n    ZAI_KEY: JSON.stringify(process.env.ZAI_API_KEY),\n  },\n}\n",
        ),
    ]);
    assert_eq!(
        found,
        set(&[
            ("zai-public-env", "TARO_APP_ZHIPU_KEY", ".env.production"),
            ("zai-build-define", "ZAI_API_KEY", "config/index.ts"),
        ])
    );
}

#[test]
fn webpack_define_plugin_and_create_react_app_names() {
    let found = scan(&[
        (
            "package.json",
            r#"{"name":"w","dependencies":{"react":"18","react-scripts":"5"},"devDependencies":{"webpack":"5"}}"#,
        ),
        (
            "webpack.config.js",
            "const webpack = require('webpack')\nmodule.exports = {\n  entry: './src/index.js',\n  plugins: [\n    new webpack.DefinePlugin({ 'process.env.GLM_API_KEY': JSON.stringify(process.env.GLM_API_KEY) }),\n  ],\n}\n",
        ),
        (".env", "REACT_APP_GLM_TOKEN=\nREACT_APP_TITLE=chat\n"),
        ("src/index.js", "const t = process.env.REACT_APP_GLM_TOKEN\nconsole.log(t)\n"),
    ]);
    assert_eq!(
        found,
        set(&[
            ("zai-build-define", "GLM_API_KEY", "webpack.config.js"),
            ("zai-public-env", "REACT_APP_GLM_TOKEN", ".env"),
            ("zai-public-env", "REACT_APP_GLM_TOKEN", "src/index.js"),
        ])
    );
}

#[test]
fn a_define_of_the_whole_environment_carries_every_key() {
    let found = scan(&[
        ("package.json", VITE_PKG),
        ("index.html", r#"<script type="module" src="/src/main.js"></script>"#),
        (
            "vite.config.js",
            "import { defineConfig, loadEnv } from 'vite'\nexport default defineConfig(({ mode }) => {\n  const env = loadEnv(mode, process.cwd(), '')\n  return { define: { 'process.env': env } }\n})\n",
        ),
        (".env", "ZHIPU_API_KEY=\nPORT=3000\n"),
        ("src/main.js", "const key = process.env.ZHIPU_API_KEY\n"),
    ]);
    assert_eq!(
        found,
        set(&[
            ("zai-build-define", "ZHIPU_API_KEY", ".env"),
            ("zai-build-define", "ZHIPU_API_KEY", "src/main.js"),
        ])
    );
    // A key written in that env file ships too: one key finding, client-side.
    let dir = TempDir::new().unwrap();
    write(dir.path(), "package.json", VITE_PKG);
    write(
        dir.path(),
        "vite.config.js",
        "export default { define: { 'process.env': process.env } }\n",
    );
    let k = key(191);
    write(dir.path(), ".env", format!("ZHIPU_API_KEY={k}\n"));
    let (_, found) = common::findings("scan", dir.path(), &[]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0]["secret"], k.as_str());
    assert_eq!(found[0]["exposure"], "client", "{}", found[0]);
    assert!(
        found[0]["exposure_reason"]
            .as_str()
            .unwrap()
            .contains("all of process.env"),
        "{}",
        found[0]
    );
}

#[test]
fn parcel_inlines_every_variable_client_code_reads() {
    let found = scan(&[
        (
            "package.json",
            r#"{"name":"p","source":"src/index.html","devDependencies":{"parcel":"2"}}"#,
        ),
        (
            "src/index.html",
            r#"<script type="module" src="./app.js"></script>"#,
        ),
        ("src/app.js", "const key = process.env.ZAI_API_KEY\n"),
        (".env", "ZAI_API_KEY=\n"),
    ]);
    assert_eq!(
        found,
        set(&[("zai-build-define", "ZAI_API_KEY", "src/app.js")])
    );
}

#[test]
fn expo_extra_and_public_env() {
    let found = scan(&[
        ("package.json", r#"{"name":"e","main":"expo-router/entry","dependencies":{"expo":"52","react-native":"0.76"}}"#),
        (
            "app.config.js",
            "export default {\n  name: 'chat',\n  extra: {\n    zaiApiKey: process.env.ZAI_API_KEY,\n  },\n}\n",
        ),
        (".env", "EXPO_PUBLIC_ZAI_KEY=\n"),
    ]);
    assert_eq!(
        found,
        set(&[
            ("zai-build-define", "ZAI_API_KEY", "app.config.js"),
            ("zai-public-env", "EXPO_PUBLIC_ZAI_KEY", ".env"),
        ])
    );
    // react-native-config compiles every variable of the env file into the app.
    let found = scan(&[
        (
            "package.json",
            r#"{"name":"rn","main":"index.js","dependencies":{"react-native":"0.76","react-native-config":"1"}}"#,
        ),
        ("index.js", "import App from './App'\n"),
        (
            "App.tsx",
            "import Config from 'react-native-config'\nconst key = Config.ZHIPU_API_KEY\n",
        ),
    ]);
    assert_eq!(
        found,
        set(&[("zai-build-define", "ZHIPU_API_KEY", "App.tsx")])
    );
}

#[test]
fn android_build_config_fields_calls_and_ios_info_plist() {
    let found = scan(&[
        ("settings.gradle", "include ':app'\n"),
        (
            "app/build.gradle",
            "android {\n  defaultConfig {\n    buildConfigField \"String\", \"ZAI_API_KEY\", \"\\\"${project.findProperty('ZAI_API_KEY')}\\\"\"\n  }\n}\ndef glmKeyPath = project.findProperty('GLM_KEY_FILE')\n",
        ),
        ("app/src/main/AndroidManifest.xml", "<manifest package=\"com.example.chat\"/>\n"),
        (
            "app/src/main/java/com/example/chat/Api.kt",
            "package com.example.chat\nobject Api {\n  const val BASE = \"https://open.bigmodel.cn/api/paas/v4/\"\n  val key = BuildConfig.ZAI_API_KEY\n}\n",
        ),
        ("ios/Chat.xcodeproj/project.pbxproj", "// !$*UTF8*$!\n"),
        ("flutter_app/pubspec.yaml", "name: chat\ndependencies:\n  flutter:\n    sdk: flutter\n"),
        (
            "flutter_app/lib/api.dart",
            "const key = String.fromEnvironment('ZHIPU_API_KEY');\nconst model = String.fromEnvironment('GLM_MODEL');\n",
        ),
        (
            "ios/Chat/Info.plist",
            "<plist><dict>\n<key>ZaiApiKey</key><string>$(ZAI_API_KEY)</string>\n<key>Model</key><string>$(GLM_MODEL)</string>\n</dict></plist>\n",
        ),
    ]);
    assert_eq!(
        found,
        set(&[
            ("zai-build-define", "ZAI_API_KEY", "app/build.gradle"),
            (
                "zai-client-call",
                "https://open.bigmodel.cn/api/paas",
                "app/src/main/java/com/example/chat/Api.kt"
            ),
            (
                "zai-build-define",
                "ZAI_API_KEY",
                "app/src/main/java/com/example/chat/Api.kt"
            ),
            ("zai-build-define", "ZAI_API_KEY", "ios/Chat/Info.plist"),
            (
                "zai-build-define",
                "ZHIPU_API_KEY",
                "flutter_app/lib/api.dart"
            ),
        ])
    );
}

#[test]
fn ci_maps_secrets_into_public_names_and_deploy_files_define_them() {
    let found = scan(&[
        (
            ".github/workflows/deploy.yml",
            "on: push\njobs:\n  web:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm run build\n        env:\n          VITE_GLM_KEY: ${{ secrets.ZAI_API_KEY }}\n          VITE_ZAI_MODEL: glm-4.6\n          ZAI_API_KEY: ${{ secrets.ZAI_API_KEY }}\n      - run: echo \"VITE_API_KEY=${{ secrets.ZHIPU_API_KEY }}\" >> .env\n      - run: echo \"VITE_OPENAI_KEY=${{ secrets.OPENAI_KEY }}\" >> .env\n",
        ),
        (".gitlab-ci.yml", "build:\n  variables:\n    REACT_APP_LLM_TOKEN: $ZAI_API_KEY\n    SERVER_KEY: $ZAI_API_KEY\n"),
        ("Dockerfile", "FROM node:20\nARG VITE_ZAI_API_KEY\nARG ZAI_API_KEY\nRUN npm run build\n"),
        (
            "docker-compose.yml",
            "services:\n  web:\n    environment:\n      - VITE_ZHIPU_TOKEN=${ZHIPU_TOKEN}\n      - ZAI_API_KEY=${ZAI_API_KEY}\n",
        ),
        ("vercel.json", "{\"env\": {\"NEXT_PUBLIC_ZAI_KEY\": \"@zai-key\", \"ZAI_KEY\": \"@zai-key\"}}\n"),
        ("netlify.toml", "[build.environment]\n  GATSBY_GLM_KEY = \"\"\n"),
    ]);
    assert_eq!(
        found,
        set(&[
            (
                "zai-ci-public-env",
                "VITE_GLM_KEY",
                ".github/workflows/deploy.yml"
            ),
            (
                "zai-ci-public-env",
                "VITE_API_KEY",
                ".github/workflows/deploy.yml"
            ),
            ("zai-ci-public-env", "REACT_APP_LLM_TOKEN", ".gitlab-ci.yml"),
            ("zai-public-env", "VITE_ZAI_API_KEY", "Dockerfile"),
            ("zai-public-env", "VITE_ZHIPU_TOKEN", "docker-compose.yml"),
            ("zai-public-env", "NEXT_PUBLIC_ZAI_KEY", "vercel.json"),
            ("zai-public-env", "GATSBY_GLM_KEY", "netlify.toml"),
        ])
    );
}

#[test]
fn mini_programs_openai_compatible_clients_and_sdks_in_the_browser() {
    let found = scan(&[
        ("project.config.json", r#"{"appid":"wx0","compileType":"miniprogram"}"#),
        ("app.json", r#"{"pages":["pages/index/index"]}"#),
        (
            "pages/index/index.js",
            "Page({ ask() { wx.request({ url: 'https://open.bigmodel.cn/api/paas/v4/chat/completions', method: 'POST' }) } })\n",
        ),
    ]);
    assert_eq!(
        found,
        set(&[(
            "zai-client-call",
            "https://open.bigmodel.cn/api/paas",
            "pages/index/index.js"
        )])
    );
    let found = scan(&[
        ("package.json", VITE_PKG),
        ("index.html", r#"<script type="module" src="/src/main.js"></script>"#),
        (
            "src/main.js",
            "import OpenAI from 'openai'\nimport { ZhipuAI } from 'zhipuai'\nconst ai = new OpenAI({ baseURL: 'https://api.z.ai/api/coding/paas/v4', dangerouslyAllowBrowser: true })\nconst other = new OpenAI({ baseURL: 'https://api.anthropic.com', dangerouslyAllowBrowser: true })\n",
        ),
    ]);
    assert_eq!(
        found,
        set(&[
            (
                "zai-client-call",
                "https://api.z.ai/api/coding/paas",
                "src/main.js"
            ),
            ("zai-client-call", "zhipuai", "src/main.js"),
        ])
    );
}

#[test]
fn a_provider_catalog_in_client_code_is_configuration_not_a_call() {
    let catalog = "export const providers = {\n  openai: { base_url: 'https://api.openai.com/v1' },\n  deepseek: { base_url: 'https://api.deepseek.com' },\n  zhipu: { base_url: 'https://open.bigmodel.cn/api/paas/v4' },\n}\n";
    let one = "export const zhipu = { base_url: 'https://open.bigmodel.cn/api/paas/v4' }\n";
    for (text, want) in [(catalog, 0), (one, 1)] {
        let found = scan(&[
            ("package.json", VITE_PKG),
            (
                "index.html",
                r#"<script type="module" src="/src/main.js"></script>"#,
            ),
            (
                "src/main.js",
                "import { providers } from './providers'\nconsole.log(providers)\n",
            ),
            ("src/providers.js", text),
        ]);
        assert_eq!(found.len(), want, "{found:?}");
    }
}

#[test]
fn serverless_and_edge_functions_call_z_ai_silently() {
    let found = scan(&[
        ("package.json", VITE_PKG),
        ("index.html", r#"<script type="module" src="/src/main.js"></script>"#),
        ("src/main.js", "fetch('/api/chat')\n"),
        (
            "api/chat.js",
            "export default async (req, res) => fetch('https://open.bigmodel.cn/api/paas/v4/chat/completions', { headers: { Authorization: process.env.ZAI_API_KEY } })\n",
        ),
        (
            "netlify/functions/chat.mjs",
            "export default async () => fetch('https://api.z.ai/api/paas/v4/chat/completions')\n",
        ),
        (
            "functions/api/chat.ts",
            "export const onRequest = () => fetch('https://api.z.ai/api/anthropic/v1/messages')\n",
        ),
        ("server/index.js", "const key = process.env.ZAI_API_KEY\n"),
    ]);
    assert_eq!(found, set(&[]));
}

#[test]
fn anthropic_compatible_names_need_a_z_ai_base_url() {
    let zai = scan(&[
        ("package.json", VITE_PKG),
        (
            ".env",
            "VITE_ANTHROPIC_BASE_URL=https://api.z.ai/api/anthropic\nVITE_ANTHROPIC_AUTH_TOKEN=\n",
        ),
    ]);
    assert_eq!(
        zai,
        set(&[("zai-public-env", "VITE_ANTHROPIC_AUTH_TOKEN", ".env")])
    );
    let anthropic = scan(&[
        ("package.json", VITE_PKG),
        (
            ".env",
            "VITE_ANTHROPIC_BASE_URL=https://api.anthropic.com\nVITE_ANTHROPIC_AUTH_TOKEN=\n",
        ),
    ]);
    assert_eq!(anthropic, set(&[]));
    // The base URL in the project's env file counts for the token elsewhere.
    for (base, want) in [
        ("https://api.z.ai/api/anthropic", 2),
        ("https://api.anthropic.com", 0),
    ] {
        let found = scan(&[
            ("package.json", VITE_PKG),
            (
                "index.html",
                r#"<script type="module" src="/src/main.js"></script>"#,
            ),
            (".env", &format!("VITE_ANTHROPIC_BASE_URL={base}\n")),
            (".env.local", "VITE_ANTHROPIC_AUTH_TOKEN=\n"),
            (
                "src/main.js",
                "const t = import.meta.env.VITE_ANTHROPIC_AUTH_TOKEN\n",
            ),
        ]);
        assert_eq!(found.len(), want, "{base}: {found:?}");
    }
}

#[test]
fn a_literal_key_under_a_public_name_is_one_key_finding() {
    let dir = TempDir::new().unwrap();
    write(dir.path(), "package.json", VITE_PKG);
    let k = key(190);
    write(dir.path(), ".env", format!("VITE_ZHIPU_API_KEY={k}\n"));
    let (_, found) = common::findings("scan", dir.path(), &[]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0]["secret"], k.as_str());
    assert_eq!(found[0]["exposure"], "client");
    assert!(found[0]["exposure_reason"]
        .as_str()
        .unwrap()
        .contains("VITE_"));
}

#[test]
fn examples_are_flows_at_low_confidence_and_docs_are_not_flows() {
    let dir = TempDir::new().unwrap();
    write(dir.path(), "package.json", VITE_PKG);
    write(
        dir.path(),
        ".env.example",
        "VITE_ZHIPU_API_KEY=your-key-here\n",
    );
    write(
        dir.path(),
        "README.md",
        "Set it up:\n\nVITE_ZHIPU_API_KEY=xxx\n",
    );
    let (_, found) = common::findings("scan", dir.path(), &[]);
    // Documentation never ships: the README's line is advice, not a flow.
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0]["path"], ".env.example", "{found:?}");
    assert!(found.iter().all(|f| f["confidence"] == "low"), "{found:?}");
}

/// A Vite app whose component reads a public Z.ai name.
fn leaky_app(dir: &Path) {
    write(dir, "package.json", VITE_PKG);
    write(
        dir,
        "index.html",
        r#"<script type="module" src="/src/main.js"></script>"#,
    );
    write(
        dir,
        "src/main.js",
        "const key = import.meta.env.VITE_ZAI_KEY\nconsole.log(key)\n",
    );
}

#[test]
fn history_audit_sarif_suppressions_and_no_flows() {
    let dir = common::repo();
    leaky_app(dir.path());
    git(dir.path(), &["add", "-A"]);
    git(dir.path(), &["commit", "-qm", "leaky"]);
    // History: the commit that introduced it, the same fingerprint as on disk.
    let (_, on_disk) = common::findings("scan", dir.path(), &[]);
    let (out, in_history) = common::findings("git", dir.path(), &[]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(flows_of(&in_history), flows_of(&on_disk));
    assert_eq!(in_history[0]["fingerprint"], on_disk[0]["fingerprint"]);
    assert!(in_history[0]["commit"].is_string());
    // Audit: counted as a flow, not as a key.
    let out = run_in(dir.path(), &["audit", "."]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains("1 flow put a Z.ai key in the client"),
        "{}",
        stdout(&out)
    );
    let out = run_in(dir.path(), &["audit", ".", "--format", "json"]);
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["summary"]["flows"], 1);
    assert_eq!(doc["summary"]["keys"], 0);
    // SARIF: its own rule, with a line-independent fingerprint.
    let out = run_in(dir.path(), &["scan", ".", "--format", "sarif"]);
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_valid_sarif(&doc);
    let run = &doc["runs"][0];
    let rules: Vec<&str> = run["tool"]["driver"]["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    for id in [
        "zai-public-env",
        "zai-build-define",
        "zai-client-call",
        "zai-ci-public-env",
    ] {
        assert!(rules.contains(&id), "{rules:?}");
    }
    let result = &run["results"][0];
    assert_eq!(result["ruleId"], "zai-public-env");
    assert_eq!(
        rules[result["ruleIndex"].as_u64().unwrap() as usize],
        "zai-public-env"
    );
    assert_eq!(
        result["partialFingerprints"]["keyfence/v1"],
        on_disk[0]["fingerprint"]
    );
    // The fingerprint does not move with the line.
    write(
        dir.path(),
        "src/main.js",
        "\n\n// chat\nconst key = import.meta.env.VITE_ZAI_KEY\n",
    );
    let (_, moved) = common::findings("scan", dir.path(), &[]);
    assert_eq!(moved[0]["fingerprint"], on_disk[0]["fingerprint"]);
    assert_eq!(moved[0]["line"], 4);
    // Accepted by fingerprint, then turned off.
    let fp = on_disk[0]["fingerprint"].as_str().unwrap();
    let out = run_in(
        dir.path(),
        &["ignore", "add", fp, "--reason", "proxied in production"],
    );
    assert!(out.status.success(), "{}", common::stderr(&out));
    let out = run_in(dir.path(), &["scan", "."]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    std::fs::remove_file(dir.path().join(".keyfenceignore")).unwrap();
    let out = run_in(dir.path(), &["scan", ".", "--no-flows"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    write(
        dir.path(),
        ".keyfence.toml",
        "[rules]\ndisable = [\"zai-public-env\"]\n",
    );
    let out = run_in(dir.path(), &["scan", "."]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
}

#[test]
fn a_push_that_adds_a_public_z_ai_read_is_refused_and_old_flows_are_not_new() {
    let dir = TempDir::new().unwrap();
    let (_remote, work) = bare_and_clone(dir.path(), "remote.git", "work");
    write(&work, "package.json", VITE_PKG);
    write(
        &work,
        "index.html",
        r#"<script type="module" src="/src/main.js"></script>"#,
    );
    commit(&work, "src/main.js", "console.log('hi')\n", "init");
    git(&work, &["push", "-q", "origin", "main"]);
    let out = run_in(&work, &["hook", "install"]);
    assert!(out.status.success(), "{}", common::stderr(&out));
    commit(
        &work,
        "src/main.js",
        "const key = import.meta.env.VITE_ZAI_KEY\nconsole.log('hi')\n",
        "read the key",
    );
    let out = git_output(&work, &["push", "-q", "origin", "main"]);
    let err = common::stderr(&out);
    assert!(!out.status.success(), "the push went through: {err}");
    assert!(
        err.contains("a flow that ships a Z.ai key to the client"),
        "{err}"
    );
    assert!(err.contains("src/main.js:1:29"), "{err}");
    assert!(err.contains("variable VITE_ZAI_KEY"), "{err}");
    // Accepted and pushed: a later edit of the same file brings no new flow.
    git_output(&work, &["push", "-q", "--no-verify", "origin", "main"]);
    commit(
        &work,
        "src/main.js",
        "const key = import.meta.env.VITE_ZAI_KEY\nconsole.log('hello')\n",
        "edit",
    );
    let out = git_output(&work, &["push", "-q", "origin", "main"]);
    assert!(out.status.success(), "{}", common::stderr(&out));
    let _ = keyfence;
}
