//! The shapes of real code that the exposure model got wrong before it was made to
//! generalise (issue 33): each is a small project built at run time in the layout its
//! framework documents, with keys planted where the shape puts them, and what
//! keyfence must say of each key and where it must (or must not) report a flow.

mod common;

use std::path::Path;

use common::{findings, key, write};
use tempfile::TempDir;

/// A project: (path, text with `{k0}`…`{k9}` for planted keys).
type Files<'a> = &'a [(&'a str, &'a str)];

fn build(files: Files) -> (TempDir, Vec<String>) {
    let dir = TempDir::new().unwrap();
    let keys: Vec<String> = (0..10).map(|i| key(70_000 + i)).collect();
    for (path, text) in files {
        let mut t = text.to_string();
        for (i, k) in keys.iter().enumerate() {
            t = t.replace(&format!("{{k{i}}}"), k);
        }
        write(dir.path(), path, t);
    }
    (dir, keys)
}

/// What keyfence says: each key's (exposure, reason) by key index, and the flows as
/// (path, rule, target).
struct Said {
    keys: Vec<Option<(String, String)>>,
    flows: Vec<(String, String, String)>,
}

fn scan(dir: &Path, keys: &[String]) -> Said {
    let (out, found) = findings("scan", dir, &[]);
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = |f: &serde_json::Value, k: &str| f[k].as_str().unwrap_or_default().to_string();
    let mut said = Said {
        keys: vec![None; keys.len()],
        flows: Vec::new(),
    };
    for f in &found {
        match f.get("secret").and_then(|s| s.as_str()) {
            Some(s) => {
                if let Some(i) = keys.iter().position(|k| k == s) {
                    said.keys[i] = Some((text(f, "exposure"), text(f, "exposure_reason")));
                }
            }
            None => said.flows.push((
                text(f, "path"),
                text(f, "rule"),
                text(f, "variable") + &text(f, "endpoint"),
            )),
        }
    }
    said
}

impl Said {
    fn key(&self, i: usize, want: &str) {
        let (got, why) = self.keys[i]
            .clone()
            .unwrap_or_else(|| panic!("key {i} not found"));
        assert_eq!(got, want, "key {i}: {why}");
    }

    fn key_why(&self, i: usize, want: &str, has: &str) {
        self.key(i, want);
        let why = &self.keys[i].as_ref().unwrap().1;
        assert!(why.contains(has), "key {i}: {why}");
    }

    fn flow_at(&self, path: &str) -> Option<&(String, String, String)> {
        self.flows.iter().find(|f| f.0 == path)
    }

    fn flow(&self, path: &str, rule: &str) {
        let f = self
            .flow_at(path)
            .unwrap_or_else(|| panic!("no flow at {path}: {:?}", self.flows));
        assert_eq!(f.1, rule, "{f:?}");
    }

    fn no_flow(&self, path: &str) {
        assert!(self.flow_at(path).is_none(), "{:?}", self.flow_at(path));
    }
}

#[test]
fn the_nearest_project_decides_and_a_server_entry_is_server_in_any_app() {
    // A WeChat mini program at the root, a Node back end nested in it.
    let (dir, k) = build(&[
        ("app.json", r#"{"pages": ["pages/index/index"]}"#),
        ("project.config.json", r#"{"appid": "wx0", "compileType": "miniprogram"}"#),
        ("pages/index/index.js", "const KEY = '{k0}';\nPage({});\n"),
        (
            "backend/package.json",
            r#"{"name": "api", "main": "server.js", "scripts": {"start": "node server.js"}}"#,
        ),
        (
            "backend/server.js",
            "const http = require('http');\nconst key = '{k1}';\nrequire('./glm');\n",
        ),
        (
            "backend/glm.js",
            "fetch('https://open.bigmodel.cn/api/paas/v4/chat/completions', { headers: { Authorization: 'Bearer ' + process.env.ZHIPU_API_KEY } });\n",
        ),
    ]);
    let said = scan(dir.path(), &k);
    said.key(0, "client");
    said.key_why(1, "server", "server.js");
    said.no_flow("backend/glm.js");

    // A Chrome extension whose package.json starts a proxy, with Vercel-style
    // functions in api/.
    let (dir, k) = build(&[
        (
            "manifest.json",
            r#"{"manifest_version": 3, "name": "x", "background": {"service_worker": "background.js"}}"#,
        ),
        (
            "package.json",
            r#"{"name": "ext", "scripts": {"proxy": "node server/proxy.mjs"}}"#,
        ),
        ("background.js", "const KEY = '{k0}';\n"),
        ("server/proxy.mjs", "import http from 'node:http';\nconst KEY = '{k1}';\n"),
        (
            "api/zhipu/chat.js",
            "const KEY = '{k2}';\nexport default async function handler(req, res) {\n  await fetch('https://open.bigmodel.cn/api/paas/v4/chat/completions');\n}\n",
        ),
    ]);
    let said = scan(dir.path(), &k);
    said.key(0, "client");
    said.key(1, "server");
    said.key_why(2, "server", "serverless function");
    said.no_flow("api/zhipu/chat.js");
}

#[test]
fn documentation_and_notebooks_never_ship() {
    let (dir, k) = build(&[
        (
            "pages.json",
            r#"{"pages": [{"path": "pages/index/index"}]}"#,
        ),
        ("manifest.json", r#"{"name": "app", "appid": "__UNI__1"}"#),
        (
            "pages/index/index.vue",
            "<script>\nexport default {}\n</script>\n",
        ),
        (
            "README.md",
            "# Setup\n\n```\nVITE_ZHIPU_API_KEY={k0}\n```\n",
        ),
        (".trae/documents/setup.md", "key: {k1}\n"),
        (
            "notebooks/try.ipynb",
            r#"{"cells": [{"source": ["api_key = '{k2}'"]}]}"#,
        ),
    ]);
    let said = scan(dir.path(), &k);
    said.key_why(0, "unknown", "VITE_ZHIPU_API_KEY");
    said.key_why(1, "unknown", "documentation");
    said.key_why(2, "server", "notebook");
}

#[test]
fn cloud_functions_taro_and_spring_are_recognised() {
    // uni-app created by the CLI: pages.json under src/; uniCloud beside it.
    let (dir, k) = build(&[
        (
            "package.json",
            r#"{"dependencies": {"@dcloudio/uni-app": "3.0.0"}}"#,
        ),
        ("src/pages.json", r#"{"pages": []}"#),
        ("src/manifest.json", r#"{"name": "a"}"#),
        (
            "uniCloud-aliyun/cloudfunctions/chat/index.js",
            "'use strict';\nconst KEY = '{k0}';\nexports.main = async (event, context) => {};\n",
        ),
        (
            "uniCloud-aliyun/cloudfunctions/chat/package.json",
            r#"{"name": "chat", "main": "index.js"}"#,
        ),
    ]);
    let said = scan(dir.path(), &k);
    said.key_why(0, "server", "uniCloud");

    // Taro compiles src/ into the mini program at miniprogramRoot.
    let (dir, k) = build(&[
        (
            "package.json",
            r#"{"dependencies": {"@tarojs/taro": "3.6.0", "@tarojs/components": "3.6.0"}}"#,
        ),
        (
            "project.config.json",
            r#"{"miniprogramRoot": "dist/", "appid": "wx1"}"#,
        ),
        (
            "config/index.js",
            "module.exports = { projectName: 'a' };\n",
        ),
        (
            "src/app.config.js",
            "export default { pages: ['pages/index/index'] };\n",
        ),
        ("src/pages/index/index.jsx", "const KEY = '{k0}';\n"),
        (".env.development", "TARO_APP_ZAI_KEY={k1}\n"),
    ]);
    let said = scan(dir.path(), &k);
    said.key_why(0, "client", "Taro");
    said.key_why(1, "client", "TARO_APP_");

    // A lone env file with a public prefix that only the TOML listed before.
    let (dir, k) = build(&[
        ("web/.env", "TARO_APP_ZAI_KEY={k0}\n"),
        ("umi/.env", "UMI_APP_ZHIPU_KEY={k1}\n"),
        ("ng/.env", "NG_APP_GLM_KEY={k2}\n"),
    ]);
    let said = scan(dir.path(), &k);
    for i in 0..3 {
        said.key_why(i, "client", "public variable");
    }

    // Spring Boot's configuration beside a pom.xml; a notebook.
    let (dir, k) = build(&[
        ("pom.xml", "<project><artifactId>a</artifactId></project>\n"),
        (
            "src/main/resources/application.yml",
            "zhipu:\n  api-key: {k0}\n",
        ),
        (
            "src/main/resources/application-dev.properties",
            "zhipu.api-key={k1}\n",
        ),
    ]);
    let said = scan(dir.path(), &k);
    said.key_why(0, "server", "Spring Boot");
    said.key_why(1, "server", "Spring Boot");
}

#[test]
fn next_config_env_ships_only_where_client_code_reads_it() {
    let (dir, k) = build(&[
        (
            "package.json",
            r#"{"dependencies": {"next": "14.2.0", "react": "18.3.0"}}"#,
        ),
        (
            "next.config.js",
            "module.exports = {\n  env: {\n    ZHIPU_API_KEY: '{k0}',\n    GLM_KEY: '{k1}',\n  },\n};\n",
        ),
        (
            "pages/api/chat.js",
            "export default async function handler(req, res) {\n  const key = process.env.ZHIPU_API_KEY;\n}\n",
        ),
        (
            "pages/index.js",
            "export default function Home() { return process.env.GLM_KEY; }\n",
        ),
    ]);
    let said = scan(dir.path(), &k);
    said.key_why(0, "server", "pages/api/chat.js");
    said.key_why(1, "client", "pages/index.js");

    // The key in .env.local, handed on by next.config's `env` and read only by an API
    // route: the flow at next.config goes too.
    let (dir, k) = build(&[
        (
            "package.json",
            r#"{"dependencies": {"next": "14.2.0", "react": "18.3.0"}}"#,
        ),
        (
            "next.config.js",
            "module.exports = { env: { ZHIPUAI_API_KEY: process.env.ZHIPUAI_API_KEY } };
",
        ),
        (
            ".env.local",
            "ZHIPUAI_API_KEY={k0}
",
        ),
        (
            "pages/api/zhipu.js",
            "export default async function handler(req, res) {
  const key = process.env.ZHIPUAI_API_KEY;
}
",
        ),
        (
            "pages/index.js",
            "export default function Home() { return fetch('/api/zhipu'); }
",
        ),
    ]);
    let said = scan(dir.path(), &k);
    said.key_why(0, "server", "pages/api/zhipu.js");
    said.no_flow("next.config.js");
}

#[test]
fn a_link_to_z_ai_is_not_a_call_and_a_define_ships_a_key_of_any_name() {
    let (dir, k) = build(&[
        (
            "package.json",
            r#"{"dependencies": {"vue": "3.4.0"}, "devDependencies": {"vite": "5.0.0"}}"#,
        ),
        (
            "index.html",
            "<div id=\"app\"></div><script type=\"module\" src=\"/src/main.js\"></script>\n",
        ),
        ("src/main.js", "import App from './App.vue';\nimport './api.js';\n"),
        (
            "src/App.vue",
            "<template>\n  <el-link href=\"https://open.bigmodel.cn\" target=\"_blank\">Zhipu</el-link>\n  <a href=\"https://open.bigmodel.cn/usercenter/apikeys\">get a key</a>\n</template>\n",
        ),
        (
            "src/api.js",
            "export const ask = () => fetch('https://open.bigmodel.cn/api/paas/v4/chat/completions', { headers: { Authorization: `Bearer ${process.env.ZP_API_KEY}` } });\n",
        ),
        (
            "vite.config.js",
            "import { defineConfig, loadEnv } from 'vite';\nexport default defineConfig(({ mode }) => {\n  const env = loadEnv(mode, process.cwd(), '');\n  return {\n    define: {\n      'process.env.ZP_API_KEY': JSON.stringify(env.ZP_API_KEY),\n      'process.env.APP_TITLE': JSON.stringify(env.APP_TITLE),\n    },\n  };\n});\n",
        ),
        (".env", "ZP_API_KEY={k0}\nAPP_TITLE=chat\n"),
    ]);
    let said = scan(dir.path(), &k);
    said.key_why(0, "client", "define");
    said.no_flow("src/App.vue");
    said.flow("src/api.js", "zai-client-call");
    said.flow("vite.config.js", "zai-build-define");
    let define = said.flow_at("vite.config.js").unwrap();
    assert_eq!(define.2, "ZP_API_KEY", "{define:?}");

    // The same define with a value that is not a Z.ai key: no flow.
    let (dir, k) = build(&[
        (
            "package.json",
            r#"{"devDependencies": {"vite": "5.0.0"}}"#,
        ),
        (
            "vite.config.js",
            "export default { define: { 'process.env.MAP_API_KEY': JSON.stringify(process.env.MAP_API_KEY) } };\n",
        ),
        (".env", "MAP_API_KEY=not-a-zai-key\n"),
    ]);
    let said = scan(dir.path(), &k);
    said.no_flow("vite.config.js");
}

#[test]
fn a_request_to_a_z_ai_url_held_in_an_imported_module_is_a_call_where_it_is_made() {
    let (dir, k) = build(&[
        (
            "package.json",
            r#"{"devDependencies": {"vite": "5.0.0"}}"#,
        ),
        (
            "index.html",
            "<script type=\"module\" src=\"/src/main.ts\"></script>\n",
        ),
        ("src/main.ts", "import { ask } from './api/client';\nask('hi');\n"),
        (
            "src/api/auth.ts",
            "export const API_CONFIG = {\n  BASE_URL: 'https://open.bigmodel.cn/api/paas/v4',\n  API_KEY: import.meta.env.VITE_KEY,\n};\n",
        ),
        (
            "src/api/client.ts",
            "import { API_CONFIG } from './auth';\nexport async function ask(q: string) {\n  const res = await fetch(`${API_CONFIG.BASE_URL}/chat/completions`, {\n    method: 'POST',\n    body: JSON.stringify({ model: 'glm-4-flash', messages: [q] }),\n  });\n  return res.json();\n}\n",
        ),
        // The same shape on the server: no flow.
        (
            "server/package.json",
            r#"{"name": "api", "main": "index.js", "scripts": {"start": "node index.js"}, "dependencies": {"express": "4"}}"#,
        ),
        (
            "server/index.js",
            "const { CONFIG } = require('./config');\nconst model = 'glm-4-flash';\nfetch(`${CONFIG.BASE_URL}/chat/completions`);\n",
        ),
        (
            "server/config.js",
            "exports.CONFIG = { BASE_URL: 'https://open.bigmodel.cn/api/paas/v4' };\n",
        ),
    ]);
    let said = scan(dir.path(), &k);
    said.flow("src/api/client.ts", "zai-client-call");
    said.no_flow("server/index.js");
    said.no_flow("server/config.js");
}

#[test]
fn pages_load_scripts_beside_them_and_userscripts_and_api_paths_ship() {
    // An Express site whose pages load scripts by bare names; package.json's main
    // names the page's script (npm init's default), which the page makes client.
    let (dir, k) = build(&[
        (
            "package.json",
            r#"{"name": "site", "main": "LLM_interact.js", "dependencies": {"express": "4"}}"#,
        ),
        (
            "server.js",
            "const express = require('express');\nconst key = '{k0}';\n",
        ),
        (
            "QApage.html",
            "<html><body><script src=\"LLM_interact.js\"></script></body></html>\n",
        ),
        ("LLM_interact.js", "const KEY = '{k1}';\n"),
        (
            "tools/translator.user.js",
            "// ==UserScript==\nconst KEY = '{k2}';\n",
        ),
    ]);
    let said = scan(dir.path(), &k);
    said.key(0, "server");
    said.key_why(1, "client", "QApage.html");
    said.key_why(2, "client", "userscript");

    // Retrofit: the API's path in an annotation, its host in a base URL elsewhere.
    let (dir, k) = build(&[
        (
            "app/build.gradle",
            "android {\n  defaultConfig { applicationId 'com.example.glm' }\n}\n",
        ),
        (
            "app/src/main/java/com/example/glm/ZhipuApi.kt",
            "interface ZhipuApi {\n  @POST(\"api/paas/v4/chat/completions\")\n  suspend fun chat(@Header(\"Authorization\") auth: String): Reply\n}\n",
        ),
    ]);
    let said = scan(dir.path(), &k);
    said.flow(
        "app/src/main/java/com/example/glm/ZhipuApi.kt",
        "zai-client-call",
    );
}

#[test]
fn server_actions_plugins_gradle_properties_and_public_names_read_by_servers() {
    // Next.js: a "use server" module imported by a client page keeps its imports on
    // the server; a NEXT_PUBLIC_ name read only by a route handler is not inlined into
    // client code; a page at the root is not served.
    let (dir, k) = build(&[
        (
            "package.json",
            r#"{"dependencies": {"next": "15.0.0", "react": "19.0.0"}}"#,
        ),
        (
            "src/app/notes/page.tsx",
            "\"use client\";\nimport { rewrite } from '../actions/ai';\nexport default function P() { return null; }\n",
        ),
        (
            "src/app/actions/ai.ts",
            "\"use server\";\nimport { ask } from '../../lib/zhipu';\nexport async function rewrite() { return ask(); }\n",
        ),
        ("src/lib/zhipu.ts", "const KEY = '{k0}';\nexport const ask = () => KEY;\n"),
        (".env.production", "NEXT_PUBLIC_GLM_API_KEY={k1}\n"),
        (
            "src/app/api/search/route.ts",
            "export async function POST() { return process.env.NEXT_PUBLIC_GLM_API_KEY; }\n",
        ),
        ("debug-chat.html", "<script>const KEY = '{k2}';</script>\n"),
    ]);
    let said = scan(dir.path(), &k);
    said.key(0, "server");
    said.key_why(1, "server", "route.ts");
    said.key(2, "unknown");

    // An Obsidian plugin ships its bundle; a Gradle property that a buildConfigField
    // reads is compiled into the app.
    let (dir, k) = build(&[
        (
            "plugin/package.json",
            r#"{"name": "ai", "devDependencies": {"obsidian": "latest", "esbuild": "0.20"}}"#,
        ),
        ("plugin/manifest.json", r#"{"id": "ai", "minAppVersion": "1.0.0"}"#),
        ("plugin/src/settings.ts", "export const DEFAULT = { apiKey: '{k0}' };\n"),
        ("app/gradle.properties", "ZHIPU_API_KEY={k1}\norg.gradle.jvmargs=-Xmx2g\n"),
        (
            "app/app/build.gradle.kts",
            "android {\n  defaultConfig {\n    buildConfigField(\"String\", \"ZHIPU_API_KEY\", \"\\\"${project.findProperty(\"ZHIPU_API_KEY\")}\\\"\")\n  }\n}\n",
        ),
        ("app/build.gradle.kts", "plugins { id(\"com.android.application\") apply false }\n"),
    ]);
    let said = scan(dir.path(), &k);
    said.key_why(0, "client", "Obsidian");
    said.key_why(1, "client", "buildConfigField");
}

#[test]
fn a_z_ai_api_path_deep_in_a_long_minified_line_is_a_flow_without_a_panic() {
    let filler = "var a=1;".repeat(600);
    let bundle = format!(
        "{filler}var zhipu={{}};{filler}fetch(base+\"/api/paas/v4/chat/completions\");{filler}\n"
    );
    let (dir, k) = build(&[
        ("package.json", r#"{"devDependencies": {"vite": "5.0.0"}}"#),
        ("dist/assets/index-1a2b.js", bundle.as_str()),
    ]);
    let said = scan(dir.path(), &k);
    said.flow("dist/assets/index-1a2b.js", "zai-client-call");
}
