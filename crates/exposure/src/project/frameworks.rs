//! What each framework and platform says about where its files run: conventions (which
//! paths are server code, which ship), entries (where the bundler starts, what a
//! server runs), and what the build inlines from the environment.

use keyfence_model::Exposure;

use super::manifest::{js_strings, json, key_value, Dir, Package};
use super::{Action, Conventions, Inlining};
use crate::js;
use crate::tree::{join, read_text, relative, Tree};

/// What a project is built with, from its manifests and configuration files.
#[derive(Clone, Debug, Default)]
pub struct Facts {
    pub next: bool,
    pub nuxt: bool,
    pub sveltekit: bool,
    pub astro: bool,
    pub remix: bool,
    pub gatsby: bool,
    pub angular: bool,
    pub cra: bool,
    pub vue_cli: bool,
    pub vite: bool,
    /// A webpack configuration that builds for the browser.
    pub webpack: bool,
    pub parcel: bool,
    pub electron: bool,
    pub react_native: bool,
    pub expo: bool,
    pub capacitor: bool,
    pub cordova: bool,
    pub tauri: bool,
    pub taro: bool,
    /// Umi (and Ant Design Pro on it): `UMI_APP_` variables.
    pub umi: bool,
    /// Angular built with @ngx-env/builder: `NG_APP_` variables.
    pub ngx_env: bool,
    pub uniapp: bool,
    pub wechat: bool,
    pub alipay: bool,
    pub extension: bool,
    pub flutter: bool,
    pub android: bool,
    pub ios: bool,
    /// A Qt desktop program built with qmake (a `.pro` file that lists its sources).
    pub qt: bool,
    /// A plugin of a desktop app that users install (Obsidian, VS Code, Raycast, Stream
    /// Deck): its bundle runs on their machines.
    pub plugin: Option<&'static str>,
    /// A JVM project (Maven's `pom.xml`, or Gradle without Android): a server such as
    /// Spring Boot, or a tool.
    pub jvm: bool,
    /// A Node program: a server framework, a bot, or scripts that run files with node.
    pub node: bool,
    pub vercel: bool,
    pub netlify: bool,
    pub cloudflare: bool,
    pub firebase: bool,
    pub supabase: bool,
}

impl Facts {
    /// Whether something in the project bundles code for browsers or apps.
    pub fn bundles_for_clients(&self) -> bool {
        self.next
            || self.nuxt
            || self.sveltekit
            || self.astro
            || self.remix
            || self.gatsby
            || self.angular
            || self.cra
            || self.vue_cli
            || self.vite
            || self.webpack
            || self.parcel
            || self.react_native
            || self.expo
            || self.taro
            || self.umi
            || self.uniapp
    }

    /// Whether the project is built with `build`, a name of
    /// `keyfence_rules::flows::BUILDS`.
    pub fn builds(&self, build: &str) -> bool {
        match build {
            "vite" => self.vite,
            "next" => self.next,
            "nuxt" => self.nuxt,
            "sveltekit" => self.sveltekit,
            "astro" => self.astro,
            "cra" => self.cra,
            "vue-cli" => self.vue_cli,
            "gatsby" => self.gatsby,
            "expo" => self.expo,
            "taro" => self.taro,
            "umi" => self.umi,
            "ngx-env" => self.ngx_env,
            _ => false,
        }
    }
}

/// Server frameworks and Node programs: a project with one of these runs on a server.
const NODE_MARKERS: &[&str] = &[
    "express",
    "koa",
    "fastify",
    "@nestjs/core",
    "hono",
    "@hapi/hapi",
    "restify",
    "discord.js",
    "telegraf",
    "node-telegram-bot-api",
    "@slack/bolt",
    "socket.io",
    "firebase-functions",
    "firebase-admin",
    "@google-cloud/functions-framework",
    "@vercel/node",
    "@netlify/functions",
    "wechaty",
    "mineflayer",
    "wx-server-sdk",
    "@cloudbase/node-sdk",
    "tcb-admin-node",
    "uni-id-common",
];

/// Reads the facts of the project at `dir`.
pub fn facts(tree: &dyn Tree, dir: &Dir, pkg: Option<&Package>) -> Facts {
    let uses = |d: &str| pkg.is_some_and(|p| p.uses(d));
    let prefix = |d: &str| pkg.is_some_and(|p| p.uses_prefix(d));
    let text = |name: &str| {
        dir.has_file(name)
            .then(|| read_text(tree, &dir.child(name)))
            .flatten()
    };
    let manifest = text("manifest.json").unwrap_or_default();
    let app_json = text("app.json").unwrap_or_default();
    let gradle = text("build.gradle")
        .or_else(|| text("build.gradle.kts"))
        .unwrap_or_default();
    let webpack_config = dir
        .config("webpack.config")
        .and_then(|p| read_text(tree, &p));
    let webpack_node_target = webpack_config.as_deref().is_some_and(|t| {
        js_strings(t, "target")
            .iter()
            .any(|t| t.starts_with("node"))
    });
    let starts_a_program = pkg.is_some_and(Package::starts_a_program);
    let mut f = Facts {
        next: uses("next") || dir.config("next.config").is_some(),
        nuxt: uses("nuxt") || dir.config("nuxt.config").is_some(),
        sveltekit: uses("@sveltejs/kit"),
        astro: uses("astro") || dir.config("astro.config").is_some(),
        remix: prefix("@remix-run/") || uses("@react-router/dev"),
        gatsby: uses("gatsby"),
        angular: uses("@angular/core"),
        cra: uses("react-scripts"),
        vue_cli: uses("@vue/cli-service"),
        vite: uses("vite") || dir.config("vite.config").is_some(),
        webpack: webpack_config.is_some() && !webpack_node_target,
        parcel: uses("parcel"),
        electron: uses("electron"),
        react_native: uses("react-native"),
        expo: uses("expo") || app_json.contains("\"expo\""),
        capacitor: dir.config("capacitor.config").is_some() || uses("@capacitor/core"),
        cordova: text("config.xml").is_some_and(|t| t.contains("<widget")),
        tauri: dir.has_dir("src-tauri") || dir.has_file("tauri.conf.json"),
        taro: prefix("@tarojs/"),
        umi: uses("umi") || uses("@umijs/max"),
        ngx_env: uses("@ngx-env/builder"),
        uniapp: dir.has_file("pages.json")
            && (dir.has_file("manifest.json") || prefix("@dcloudio/")),
        wechat: dir.has_file("project.config.json")
            || (app_json.contains("\"pages\"") && !app_json.contains("\"expo\"")),
        alipay: dir.has_file("mini.project.json"),
        extension: manifest.contains("\"manifest_version\"")
            || uses("wxt")
            || uses("plasmo")
            || uses("@crxjs/vite-plugin"),
        flutter: text("pubspec.yaml").is_some_and(|t| t.contains("sdk: flutter")),
        android: [
            "com.android.",
            "android {",
            "buildConfigField",
            "applicationId",
            "compileSdk",
            "minSdk",
        ]
        .iter()
        .any(|w| gradle.contains(w)),
        ios: dir
            .names
            .iter()
            .any(|(n, d)| *d && (n.ends_with(".xcodeproj") || n.ends_with(".xcworkspace")))
            || dir.has_file("Podfile"),
        qt: dir.names.iter().any(|(n, d)| {
            !*d && n.ends_with(".pro")
                && read_text(tree, &dir.child(n))
                    .is_some_and(|t| t.contains("SOURCES") || t.contains("QT +="))
        }),
        plugin: if uses("obsidian") {
            Some("Obsidian plugin: bundled into the main.js that Obsidian loads on users' machines")
        } else if text("package.json")
            .is_some_and(|t| t.contains("\"engines\"") && t.contains("\"vscode\""))
        {
            Some("VS Code extension: packed into the .vsix users install")
        } else if uses("@raycast/api") {
            Some("Raycast extension: runs in Raycast on users' machines")
        } else if uses("@elgato/streamdeck") || dir.path.ends_with(".sdPlugin") {
            Some("Stream Deck plugin: runs in the Stream Deck app on users' machines")
        } else {
            None
        },
        jvm: false,
        node: false,
        vercel: dir.has_file("vercel.json") || dir.has_dir(".vercel"),
        netlify: dir.has_file("netlify.toml"),
        cloudflare: dir.has_file("wrangler.toml")
            || dir.has_file("wrangler.json")
            || dir.has_file("wrangler.jsonc"),
        firebase: dir.has_file("firebase.json"),
        supabase: dir.has_dir("supabase"),
    };
    f.jvm = !f.android && (dir.has_file("pom.xml") || !gradle.is_empty());
    let server_dep = NODE_MARKERS.iter().any(|m| pkg.is_some_and(|p| p.has(m)));
    f.node = server_dep || (starts_a_program && !f.bundles_for_clients()) || webpack_node_target;
    f
}

/// The names people know the tools by, for reasons.
pub fn tools(f: &Facts) -> Vec<&'static str> {
    let all = [
        (f.next, "Next.js"),
        (f.nuxt, "Nuxt"),
        (f.sveltekit, "SvelteKit"),
        (f.astro, "Astro"),
        (f.remix, "Remix"),
        (f.gatsby, "Gatsby"),
        (f.angular, "Angular"),
        (f.cra, "Create React App"),
        (f.vue_cli, "Vue CLI"),
        (f.vite, "Vite"),
        (f.webpack, "webpack"),
        (f.parcel, "Parcel"),
        (f.electron, "Electron"),
        (f.expo, "Expo"),
        (f.react_native, "React Native"),
        (f.capacitor, "Capacitor"),
        (f.cordova, "Cordova"),
        (f.tauri, "Tauri"),
        (f.taro, "Taro"),
        (f.umi, "Umi"),
        (f.uniapp, "uni-app"),
        (f.wechat, "WeChat mini program"),
        (f.alipay, "Alipay mini program"),
        (f.extension, "browser extension"),
        (f.flutter, "Flutter"),
        (f.android, "Android"),
        (f.ios, "iOS"),
        (f.qt, "Qt"),
        (f.plugin.is_some(), "an app plugin"),
        (f.jvm, "Maven or Gradle (JVM)"),
        (f.node, "Node"),
        (f.vercel, "Vercel"),
        (f.netlify, "Netlify"),
        (f.cloudflare, "Cloudflare"),
        (f.firebase, "Firebase"),
        (f.supabase, "Supabase"),
    ];
    all.into_iter()
        .filter(|(on, _)| *on)
        .map(|(_, n)| n)
        .collect()
}

const JS_EXT: &str = "{js,mjs,cjs,jsx,ts,mts,cts,tsx}";

fn server(reason: impl Into<String>) -> Action {
    Action::Is(Exposure::Server, reason.into())
}

fn client(reason: impl Into<String>) -> Action {
    Action::Is(Exposure::Client, reason.into())
}

fn unknown(reason: impl Into<String>) -> Action {
    Action::Is(Exposure::Unknown, reason.into())
}

/// Both `p` and `src/p`.
fn src_or_root(p: &str) -> [String; 2] {
    [p.to_string(), format!("src/{p}")]
}

/// The conventions of the project, strongest first.
pub fn conventions(tree: &dyn Tree, dir: &Dir, f: &Facts, c: &mut Conventions) {
    // CI, containers and infrastructure are the path rules' to judge, in any project.
    c.strong(
        &[
            ".github/**",
            ".gitlab-ci.yml",
            ".circleci/**",
            "**/Dockerfile",
            "**/Dockerfile.*",
            "**/docker-compose*",
            "**/compose.*",
            "**/*.tf",
            "**/*.tfvars",
            "**/k8s/**",
            "**/helm/**",
        ],
        Action::Defer,
    );
    c.strong(
        &["**/*.stories.*", ".storybook/**"],
        unknown("Storybook story: not part of the app's bundle"),
    );
    deployment(tree, dir, f, c);
    meta_frameworks(f, c);
    configs(f, c);
    apps(tree, dir, f, c);
    weak(f, c);
}

/// Serverless functions and what a host serves as-is, from the deployment manifests.
fn deployment(tree: &dyn Tree, dir: &Dir, f: &Facts, c: &mut Conventions) {
    c.strong(
        &[
            "vercel.json",
            "netlify.toml",
            "wrangler.toml",
            "wrangler.json",
            "wrangler.jsonc",
            "firebase.json",
        ],
        server("deployment configuration: read by the host, never sent to browsers"),
    );
    if f.vercel {
        c.strong(
            &["api/**"],
            server("Vercel serverless function (api/ next to vercel.json): runs on the server"),
        );
    }
    if f.netlify {
        let toml = read_text(tree, &dir.child("netlify.toml")).unwrap_or_default();
        let functions = key_value(&toml, "directory").unwrap_or_else(|| "netlify/functions".into());
        let edge =
            key_value(&toml, "edge_functions").unwrap_or_else(|| "netlify/edge-functions".into());
        for d in [functions, edge] {
            c.strong(
                &[&format!("{}/**", d.trim_matches('/'))],
                server("Netlify function (netlify.toml): runs on the server"),
            );
        }
    }
    if f.cloudflare {
        let toml = read_text(tree, &dir.child("wrangler.toml")).unwrap_or_default();
        if let Some(main) = key_value(&toml, "main") {
            c.entries_server.push((
                join(&dir.path, &main),
                "the Worker's `main` in wrangler.toml".into(),
            ));
        }
        c.strong(
            &["functions/**"],
            server("Cloudflare Pages Function: runs on the edge, not in the browser"),
        );
    }
    if f.firebase {
        let doc = json(tree, &dir.child("firebase.json")).unwrap_or_default();
        let source = doc["functions"]["source"]
            .as_str()
            .or_else(|| doc["functions"][0]["source"].as_str())
            .unwrap_or("functions");
        c.strong(
            &[&format!("{}/**", source.trim_matches('/'))],
            server("Firebase Cloud Function (firebase.json): runs on the server"),
        );
        if let Some(public) = doc["hosting"]["public"].as_str() {
            c.strong(
                &[&format!("{}/**", public.trim_matches('/'))],
                client("Firebase Hosting's public folder: served as-is to browsers"),
            );
        }
    }
    if f.supabase {
        c.strong(
            &["supabase/functions/**"],
            server("Supabase Edge Function: runs on the server"),
        );
    }
    if f.wechat {
        let doc = json(tree, &dir.child("project.config.json")).unwrap_or_default();
        let cloud = doc["cloudfunctionRoot"]
            .as_str()
            .unwrap_or("cloudfunctions");
        c.strong(
            &[&format!("{}/**", cloud.trim_matches('/'))],
            server("WeChat cloud function: runs on WeChat's servers, not in the mini program"),
        );
    }
    // Cloud functions by their folders, in any project: uniCloud's
    // (uniCloud-aliyun/cloudfunctions/, https://uniapp.dcloud.net.cn/uniCloud/cf-functions.html)
    // and WeChat's (cloudfunctions/, wherever the mini program's root sits).
    c.strong(
        &["uniCloud*/**", "**/uniCloud*/**"],
        server("uniCloud cloud function or database schema: runs in uniCloud, not in the app"),
    );
    c.strong(
        &["cloudfunctions/**", "**/cloudfunctions/**"],
        server("cloud function (cloudfunctions/): runs on the cloud platform's servers, not in the mini program"),
    );
    // A request handler at the project's api/: a serverless function, with or without
    // vercel.json (https://vercel.com/docs/functions).
    c.strong(&[&format!("api/**/*.{JS_EXT}")], Action::Handler);
}

/// Meta-frameworks that put server and client code side by side.
fn meta_frameworks(f: &Facts, c: &mut Conventions) {
    if f.next {
        for p in src_or_root("pages/api/**") {
            c.strong(&[&p], server("Next.js API route: runs on the server"));
        }
        for p in src_or_root(&format!("app/**/route.{JS_EXT}")) {
            c.strong(&[&p], server("Next.js route handler: runs on the server"));
        }
        for p in src_or_root(&format!("middleware.{JS_EXT}")) {
            c.strong(
                &[&p],
                server("Next.js middleware: runs on the server (edge)"),
            );
        }
        for p in src_or_root(&format!("pages/_document.{JS_EXT}")) {
            c.strong(
                &[&p],
                server("Next.js _document: rendered on the server only"),
            );
        }
        for p in src_or_root(&format!("instrumentation.{JS_EXT}")) {
            c.strong(&[&p], server("Next.js instrumentation: runs on the server"));
        }
        c.strong(
            &[".next/static/**"],
            client(".next/static/ is served to browsers"),
        );
        c.strong(
            &[".next/server/**"],
            server(".next/server/ is the server build"),
        );
        for p in src_or_root(&format!("pages/**/*.{JS_EXT}")) {
            c.strong(&[&p], Action::Split {
                names: &["getServerSideProps", "getStaticProps", "getStaticPaths"],
                inside: (Exposure::Server, "inside getServerSideProps/getStaticProps: Next.js runs it on the server and leaves it out of the client bundle".into()),
                outside: (Exposure::Client, "Next.js page: bundled for the browser".into()),
            });
        }
    }
    if f.nuxt {
        c.strong(
            &["server/**", "**/*.server.{js,ts,vue}"],
            server("Nuxt server code (server/, *.server.*): runs on the server"),
        );
        c.strong(
            &[".output/public/**"],
            client(".output/public/ is served to browsers"),
        );
        c.strong(
            &[".output/server/**"],
            server(".output/server/ is the server build"),
        );
    }
    if f.sveltekit {
        c.strong(
            &[
                "src/routes/**/+page.server.*",
                "src/routes/**/+layout.server.*",
                "src/routes/**/+server.*",
                "src/hooks.server.*",
                "src/lib/server/**",
                "src/**/*.server.{js,ts}",
            ],
            server("SvelteKit server module: runs on the server only"),
        );
    }
    if f.remix {
        c.strong(
            &["app/**/*.server.*", "app/entry.server.*"],
            server("Remix server module: runs on the server only"),
        );
        c.strong(
            &["app/**/*.client.*", "app/entry.client.*"],
            client("Remix client module: bundled for the browser"),
        );
        c.strong(&[&format!("app/routes/**/*.{JS_EXT}"), &format!("app/root.{JS_EXT}")], Action::Split {
            names: &["loader", "action", "headers"],
            inside: (Exposure::Server, "inside a Remix loader or action: runs on the server and is left out of the browser bundle".into()),
            outside: (Exposure::Client, "Remix route module: bundled for the browser".into()),
        });
    }
    if f.astro {
        c.strong(
            &[&format!("src/pages/**/*.{JS_EXT}")],
            server("Astro endpoint: runs at build time or on the server"),
        );
        c.strong(&["**/*.astro"], Action::Astro);
    }
    if f.expo {
        c.strong(
            &[&format!("app/**/*+api.{JS_EXT}")],
            server("Expo API route: runs on the server"),
        );
    }
}

/// Apps that ship every file they hold.
fn apps(tree: &dyn Tree, dir: &Dir, f: &Facts, c: &mut Conventions) {
    // A mini program that Taro or uni-app compiles: its sources are what ships, its
    // miniprogramRoot only the output.
    if f.wechat && !f.taro && !f.uniapp {
        // Only the mini program's own folder ships.
        let doc = json(tree, &dir.child("project.config.json")).unwrap_or_default();
        if let Some(root) = doc["miniprogramRoot"]
            .as_str()
            .map(|r| r.trim_matches('/'))
            .filter(|r| !r.is_empty())
        {
            c.strong(
                &[&format!("{root}/**")],
                client("WeChat mini program: its code runs in the WeChat client"),
            );
            return;
        }
    }
    if f.flutter {
        c.strong(
            &["lib/**"],
            client("Flutter app source (lib/): compiled into the app"),
        );
        c.strong(
            &[
                "android/**",
                "ios/**",
                "web/**",
                "macos/**",
                "windows/**",
                "linux/**",
            ],
            client("platform code of the Flutter app: ships inside it"),
        );
        c.strong(&["bin/**", "tool/**", "*.dart"], server("Dart script outside lib/: run with `dart` on a developer machine or server; never compiled into the app"));
        c.strong(
            &["test/**", "integration_test/**"],
            unknown("Flutter test: not compiled into the app"),
        );
    }
    if f.android {
        c.strong(
            &["src/test/**", "src/androidTest/**"],
            unknown("Android test source: not packed into the app"),
        );
        c.strong(
            &["src/main/**"],
            client("Android app source set (src/main): packed into the app"),
        );
        c.strong(&["build.gradle", "build.gradle.kts"], Action::Gradle);
        c.strong(
            &["gradle.properties", "local.properties"],
            Action::GradleProperty,
        );
    }
    if f.ios {
        c.strong(
            &["**/*Tests/**"],
            unknown("iOS test target: not built into the app"),
        );
        c.strong(
            &["**/*.{swift,m,mm,h,plist,xcconfig,strings,storyboard,xib,json,entitlements}"],
            client("iOS app source or resource: built into the app"),
        );
    }
    let everything = [
        (
            f.extension,
            "browser extension: its files ship to users' browsers",
        ),
        (
            f.electron,
            "Electron app: its main, preload and renderer code all ship inside the desktop app",
        ),
        (
            f.tauri,
            "Tauri app: its front end and Rust core are built into the desktop app",
        ),
        (
            f.capacitor,
            "Capacitor app: its web code is packed into the mobile app",
        ),
        (
            f.cordova,
            "Cordova app: its web code is packed into the mobile app",
        ),
        (
            f.react_native || f.expo,
            "React Native app: bundled into the app",
        ),
        (f.plugin.is_some(), f.plugin.unwrap_or_default()),
        // The compilers first: their sources are what becomes the mini program.
        (f.uniapp, "uni-app: compiled into the app or mini program"),
        (
            f.taro,
            "Taro app: compiled into the mini program or web app",
        ),
        (
            f.wechat,
            "WeChat mini program: its code runs in the WeChat client",
        ),
        (
            f.alipay,
            "Alipay mini program: its code runs in the Alipay client",
        ),
    ];
    if f.qt {
        c.app_wide(
            &["**/*.{cpp,cc,cxx,c,h,hpp,ui,qml,qrc}"],
            client("Qt desktop program (qmake .pro): its sources are compiled into the program users run"),
        );
    }
    if let Some((_, why)) = everything.into_iter().find(|(on, _)| *on) {
        c.app_wide(
            &[
                "**/__tests__/**",
                "**/*.{test,spec}.*",
                "tests/**",
                "test/**",
                "e2e/**",
            ],
            unknown("test code: not shipped"),
        );
        c.app_wide(&["**"], client(why));
    }
}

/// Build configurations run in Node; what they inline ships.
fn configs(f: &Facts, c: &mut Conventions) {
    let config =
        |c: &mut Conventions, stem: &str, tool: &'static str, inlines: &'static [&'static str]| {
            c.strong(&[&format!("{stem}.*")], Action::Config { tool, inlines });
        };
    config(c, "vite.config", "Vite", &["define"]);
    config(c, "vitest.config", "Vitest", &[]);
    config(
        c,
        "webpack.config",
        "webpack",
        &["DefinePlugin", "EnvironmentPlugin"],
    );
    config(c, "rollup.config", "Rollup", &["replace"]);
    config(c, "next.config", "Next.js", &["env", "publicRuntimeConfig"]);
    config(c, "nuxt.config", "Nuxt", &["public"]);
    config(c, "astro.config", "Astro", &["define"]);
    config(c, "svelte.config", "SvelteKit", &[]);
    config(c, "vue.config", "Vue CLI", &["define"]);
    if f.expo {
        config(c, "app.config", "Expo", &["extra"]);
        c.strong(
            &["app.json"],
            client("Expo app.json: its `extra` and settings are bundled into the app"),
        );
    }
    if f.taro {
        config(c, "config/index", "Taro", &["defineConstants", "env"]);
        config(c, "config/dev", "Taro", &["defineConstants", "env"]);
        config(c, "config/prod", "Taro", &["defineConstants", "env"]);
    }
    for stem in [
        "tailwind.config",
        "postcss.config",
        "eslint.config",
        ".eslintrc",
        "babel.config",
        "jest.config",
        "playwright.config",
        "cypress.config",
        "gatsby-config",
        "gatsby-node",
        "metro.config",
        "electron.vite.config",
        "electron-builder",
        "forge.config",
    ] {
        config(c, stem, "the build", &[]);
    }
    c.strong(&[".env", ".env.*"], Action::EnvFile);
}

/// What holds unless the graph or a stronger rule says otherwise.
fn weak(f: &Facts, c: &mut Conventions) {
    c.weak(
        &[
            "**/__tests__/**",
            "**/*.{test,spec}.*",
            "**/*_test.*",
            "test/**",
            "tests/**",
            "e2e/**",
            "cypress/**",
        ],
        unknown("test code: not shipped to users"),
    );
    let served = [
        (
            f.vite || f.next || f.nuxt || f.cra || f.vue_cli || f.astro || f.remix || f.parcel,
            "public/**",
            "public/ is served as-is to browsers",
        ),
        (
            f.sveltekit || f.gatsby,
            "static/**",
            "static/ is served as-is to browsers",
        ),
        (
            f.vite || f.vue_cli || f.parcel || f.webpack,
            "dist/**",
            "dist/ is the browser build",
        ),
        (
            f.cra || f.sveltekit,
            "build/**",
            "build/ is the browser build",
        ),
    ];
    for (on, glob, why) in served {
        if on {
            c.weak(&[glob], client(why));
        }
    }
    // A page at the root of a meta-framework's project is neither served nor bundled
    // (only public/ or static/ is served as it is).
    if f.next || f.nuxt || f.sveltekit || f.astro || f.remix || f.gatsby {
        c.weak(
            &["*.html", "*.htm"],
            unknown("a page outside public/: the framework neither serves nor bundles it"),
        );
    }
    if f.next {
        for p in src_or_root(&format!("app/**/*.{JS_EXT}")) {
            c.weak(&[&p], server("Next.js app router: a server component (not marked \"use client\" and not imported by a client component)"));
        }
    }
    if f.nuxt {
        c.weak(&["{app/,}{pages,components,layouts,composables,plugins,middleware,utils,stores,assets}/**", "{app/,}app.{vue,config.ts,config.js}", "{app/,}error.vue"], client("Nuxt app code: bundled for the browser (only server/ and *.server.* stay on the server)"));
    }
    if f.sveltekit {
        c.weak(&["src/routes/**", "src/lib/**", "src/app.html", "src/hooks.client.*"], client("SvelteKit app code: runs in the browser too (only server modules stay on the server)"));
    }
    if f.angular {
        c.weak(
            &["src/**"],
            client("Angular app source: bundled for the browser"),
        );
    }
    // A bundler whose entries could not be found (no index.html, no entry in its
    // configuration): its sources are still what it bundles.
    let bundler = [
        (f.vite, "Vite"),
        (f.webpack, "webpack"),
        (f.cra, "Create React App"),
        (f.vue_cli, "Vue CLI"),
        (f.parcel, "Parcel"),
    ]
    .into_iter()
    .find(|(on, _)| *on);
    if let (Some((_, tool)), true) = (bundler, c.entries_client.is_empty()) {
        c.weak(
            &["src/**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx,vue,svelte}"],
            client(format!(
                "front-end source of a {tool} app (no entry found): bundled for the browser"
            )),
        );
    }
    if f.gatsby {
        c.weak(
            &["src/**"],
            client("Gatsby site source: bundled for the browser"),
        );
    }
    if f.node {
        c.weak(
            &["public/**", "static/**"],
            client("a Node server's static folder: served as-is to browsers"),
        );
    }
    // A JVM project's code and resources run on the JVM, as a server (Spring Boot's
    // src/main/resources/application.yml is read at start-up); its front end, if it
    // holds one, is a project of its own.
    if f.jvm && !f.bundles_for_clients() {
        c.weak(
            &["src/main/resources/{application,bootstrap}*.{yml,yaml,properties}"],
            server("Spring Boot configuration (src/main/resources/application.*): read by the server at start-up"),
        );
        c.weak(
            &["src/main/**"],
            server("JVM project (Maven or Gradle, not Android): its code and resources run on a server"),
        );
    }
    if f.node && !f.bundles_for_clients() {
        c.weak(
            &[&format!("**/*.{JS_EXT}")],
            server("Node project with no browser bundler: runs on the server"),
        );
    }
}

/// What the build inlines into client code from the environment: prefixes and names.
pub fn inlining(tree: &dyn Tree, dir: &Dir, f: &Facts) -> Inlining {
    let mut i = Inlining::default();
    let config_text = |stem: &str| dir.config(stem).and_then(|p| read_text(tree, &p));
    // Vite's `envPrefix` replaces its default prefix.
    let mut vite_prefixes = Vec::new();
    if f.vite {
        let text = config_text("vite.config").unwrap_or_default();
        vite_prefixes = js_strings(&text, "envPrefix");
        for p in &vite_prefixes {
            i.prefix(p, "Vite (envPrefix)");
        }
        i.defines(&text, "define", "Vite's `define`");
    }
    // The one list of public prefixes (patterns/zai-flows.toml), each with its builds.
    for p in &keyfence_rules::flows::builtin().prefixes {
        let on = p
            .builds
            .iter()
            .any(|b| f.builds(b) && (b != "vite" || vite_prefixes.is_empty()));
        if on && !i.prefixes.iter().any(|(have, _)| *have == p.prefix) {
            i.prefix(&p.prefix, &p.tool);
        }
    }
    if f.next {
        i.keys(
            &config_text("next.config").unwrap_or_default(),
            "env",
            "next.config's `env`",
        );
    }
    if f.nuxt {
        i.env_reads(
            &config_text("nuxt.config").unwrap_or_default(),
            "public",
            "Nuxt's public runtimeConfig",
        );
    }
    if f.expo {
        i.env_reads(
            &config_text("app.config").unwrap_or_default(),
            "extra",
            "Expo's `extra`",
        );
    }
    if f.parcel {
        i.reads = Some("Parcel".to_string());
    }
    if f.webpack {
        let text = config_text("webpack.config").unwrap_or_default();
        i.call_keys(&text, "DefinePlugin", "webpack's DefinePlugin");
        i.call_keys(&text, "EnvironmentPlugin", "webpack's EnvironmentPlugin");
    }
    i
}

impl Inlining {
    fn prefix(&mut self, p: &str, tool: &str) {
        self.prefixes.push((p.to_string(), tool.to_string()));
    }

    /// Env names among the keys of object property `prop` (`process.env.X`,
    /// `import.meta.env.X`, or a bare name).
    fn defines(&mut self, text: &str, prop: &str, why: &str) {
        let b = text.as_bytes();
        let toks = js::lex(b);
        for r in js::property(b, &toks, prop) {
            for (k, _) in js::object_keys(b, &toks, r.start) {
                self.name(&k, why);
            }
        }
    }

    /// The keys of object property `prop`, each a name the build inlines.
    fn keys(&mut self, text: &str, prop: &str, why: &str) {
        self.defines(text, prop, why);
    }

    /// The keys of the first argument of each call of `callee` (an object, or an array
    /// of names).
    fn call_keys(&mut self, text: &str, callee: &str, why: &str) {
        let b = text.as_bytes();
        let toks = js::lex(b);
        for at in js::call_args(b, &toks, callee) {
            for (k, _) in js::object_keys(b, &toks, at) {
                self.name(&k, why);
            }
            if toks.get(at).is_some_and(|t| t.kind == js::Tok::Punct(b'[')) {
                for t in toks[at..]
                    .iter()
                    .take_while(|t| t.kind != js::Tok::Punct(b']'))
                {
                    if let Some(v) = js::string_value(b, t) {
                        self.name(&v, why);
                    }
                }
            }
        }
    }

    /// The env variables read (`process.env.X`) inside object property `prop`.
    fn env_reads(&mut self, text: &str, prop: &str, why: &str) {
        let b = text.as_bytes();
        let toks = js::lex(b);
        for r in js::property(b, &toks, prop) {
            let part = &toks[r.start.min(toks.len())..r.end.min(toks.len())];
            for w in part.windows(5) {
                let is = |t: &js::Token, s: &[u8]| js::text(b, t) == s;
                if is(&w[0], b"process") && is(&w[2], b"env") && w[4].kind == js::Tok::Ident {
                    self.name(&String::from_utf8_lossy(js::text(b, &w[4])), why);
                }
            }
        }
    }

    fn name(&mut self, key: &str, why: &str) {
        let name = key
            .trim_start_matches("process.env.")
            .trim_start_matches("import.meta.env.");
        if !name.is_empty() {
            self.names.push((name.to_string(), why.to_string()));
        }
    }
}

/// Where each side starts: the files a bundler starts from (client) and the files a
/// server or the build runs (server).
pub fn entries(tree: &dyn Tree, dir: &Dir, f: &Facts, pkg: Option<&Package>, c: &mut Conventions) {
    let root = &dir.path;
    let add = |list: &mut Vec<(String, String)>, rel: &str, why: &str| {
        list.push((join(root, rel), why.to_string()));
    };
    if f.vite {
        vite_entries(tree, dir, c);
    }
    if f.webpack {
        let text = dir
            .config("webpack.config")
            .and_then(|p| read_text(tree, &p))
            .unwrap_or_default();
        for e in js_strings(&text, "entry") {
            add(&mut c.entries_client, &e, "webpack entry");
        }
    }
    for (on, files, why) in [
        (
            f.cra,
            &[
                "src/index.js",
                "src/index.jsx",
                "src/index.ts",
                "src/index.tsx",
            ][..],
            "Create React App entry",
        ),
        (
            f.vue_cli,
            &["src/main.js", "src/main.ts"][..],
            "Vue CLI entry",
        ),
        (f.angular, &["src/main.ts"][..], "Angular entry"),
        (
            f.remix,
            &[
                "app/root.tsx",
                "app/root.jsx",
                "app/entry.client.tsx",
                "app/entry.client.jsx",
            ][..],
            "Remix client entry",
        ),
    ] {
        if on {
            for file in files {
                add(&mut c.entries_client, file, why);
            }
        }
    }
    // With no bundler, every page at the project's root is served as it is, and the
    // scripts it loads run in the browser.
    if !f.bundles_for_clients() {
        for (name, is_dir) in &dir.names {
            let lower = name.to_ascii_lowercase();
            if !is_dir && (lower.ends_with(".html") || lower.ends_with(".htm")) {
                add(
                    &mut c.entries_client,
                    name,
                    &format!("{name}, a page served as-is"),
                );
            }
        }
    }
    framework_entries(tree, dir, f, c);
    if let Some(p) = pkg {
        for (file, why, _) in p.started_files() {
            add(&mut c.entries_server, &file, &format!("started by {why}"));
        }
        // A library's main is for whoever imports it, browser or server; a Node
        // program's main, and any package's bins, run with node.
        let main = p.main.iter().filter(|_| f.node);
        for file in main.chain(&p.bins) {
            add(
                &mut c.entries_server,
                file,
                "package.json's main or bin (a Node program)",
            );
        }
    }
}

/// Vite's entries: the pages in its root (and, when no page names a source module, the
/// conventional entry), `build.rollupOptions.input`, and its configuration (server).
fn vite_entries(tree: &dyn Tree, dir: &Dir, c: &mut Conventions) {
    let root = &dir.path;
    let add = |list: &mut Vec<(String, String)>, rel: &str, why: &str| {
        list.push((join(root, rel), why.to_string()));
    };
    let text = dir
        .config("vite.config")
        .and_then(|p| read_text(tree, &p))
        .unwrap_or_default();
    let base = js_strings(&text, "root")
        .into_iter()
        .next()
        .unwrap_or_default();
    let page_dir = join(root, &base);
    let mut names_a_module = false;
    let mut pages = 0;
    for (name, is_dir) in tree.list(&page_dir).unwrap_or_default() {
        if !is_dir && name.ends_with(".html") {
            pages += 1;
            let page = join(&page_dir, &name);
            names_a_module = names_a_module || html_names_a_source(tree, &page_dir, &page);
            c.entries_client
                .push((page, format!("{name} (Vite entry)")));
        }
    }
    // A page that names no source module (a committed build's index.html pointing
    // at /assets/index-1a2b.js, a page whose script tag is injected): the
    // conventional entry is what `vite` serves in development.
    if !names_a_module && pages > 0 {
        for stem in ["src/main", "src/index", "main", "index"] {
            for ext in ["ts", "tsx", "js", "jsx"] {
                let file = join(root, &format!("{stem}.{ext}"));
                if tree.kind(&file) == Some(false) {
                    c.entries_client.push((
                        file,
                        format!("{stem}.{ext} (the conventional Vite entry: index.html names no source module)"),
                    ));
                }
            }
        }
    }
    for input in js_strings(&text, "input") {
        add(
            &mut c.entries_client,
            &input,
            "build.rollupOptions.input (Vite entry)",
        );
    }
    if let Some(cfg) = dir.config("vite.config") {
        c.entries_server.push((
            cfg,
            "Vite's configuration: runs in Node at build and dev time".into(),
        ));
    }
}

/// Whether the HTML page at `page` has a script tag whose `src` is a file of the tree
/// (relative to `dir`, or to the page's folder): a source module, not a built asset.
fn html_names_a_source(tree: &dyn Tree, dir: &str, page: &str) -> bool {
    let Some(text) = read_text(tree, page) else {
        return false;
    };
    crate::sfc::scripts(text.as_bytes())
        .into_iter()
        .filter_map(|s| s.src)
        .any(|src| {
            let value: String = src
                .chars()
                .take_while(|c| !matches!(c, '?' | '#'))
                .collect();
            if value.is_empty() || value.starts_with("http") || value.starts_with("//") {
                return false;
            }
            let file = join(dir, value.trim_start_matches("./").trim_start_matches('/'));
            tree.kind(&file) == Some(false) && !file.contains("/assets/")
        })
}

/// Entries told by the framework's file layout: every route of a meta-framework.
fn framework_entries(tree: &dyn Tree, dir: &Dir, f: &Facts, c: &mut Conventions) {
    let root = &dir.path;
    let mut files = Vec::new();
    if f.next || f.nuxt || f.sveltekit || f.astro {
        for sub in [
            "app",
            "src/app",
            "pages",
            "src/pages",
            "src/routes",
            "components",
            "layouts",
            "plugins",
            "server",
        ] {
            collect(tree, &join(root, sub), &mut files, 4_000);
        }
    }
    // A "use client" module anywhere in a Next.js app (components/, lib/, src/…) is
    // where the client bundle starts (https://nextjs.org/docs/app/api-reference/directives/use-client).
    if f.next {
        for sub in [
            "src", "lib", "hooks", "utils", "features", "contexts", "store",
        ] {
            collect(tree, &join(root, sub), &mut files, 4_000);
        }
        files.sort();
        files.dedup();
    }
    for file in files {
        let rel = relative(root, &file).unwrap_or(&file).to_string();
        let name = rel.rsplit('/').next().unwrap_or(&rel);
        let is_js = name.rsplit_once('.').is_some_and(|(_, e)| {
            matches!(
                e,
                "js" | "jsx" | "ts" | "tsx" | "mjs" | "vue" | "svelte" | "astro"
            )
        });
        if !is_js {
            continue;
        }
        let in_dir = |d: &str| rel.starts_with(d) || rel.starts_with(&format!("src/{d}"));
        if f.next && in_dir("app/") {
            let head = tree.read(&file, 1024).unwrap_or_default();
            if crate::directive(&head) == Some("use client") {
                c.entries_client
                    .push((file.clone(), format!("{rel} (marked \"use client\")")));
            } else {
                c.entries_server.push((
                    file.clone(),
                    format!("{rel} (a Next.js server component or route)"),
                ));
            }
        } else if f.next && !in_dir("pages/") {
            let head = tree.read(&file, 1024).unwrap_or_default();
            if crate::directive(&head) == Some("use client") {
                c.entries_client
                    .push((file.clone(), format!("{rel} (marked \"use client\")")));
            }
        } else if f.next && in_dir("pages/") {
            if in_dir("pages/api/") {
                c.entries_server
                    .push((file.clone(), format!("{rel} (Next.js API route)")));
            } else {
                c.entries_client
                    .push((file.clone(), format!("{rel} (Next.js page)")));
            }
        } else if f.nuxt {
            // Nuxt's directories of app code (https://nuxt.com/docs/guide/directory-structure),
            // with or without Nuxt 4's app/; another folder's files ship only if imported.
            let app_rel = rel.strip_prefix("app/").unwrap_or(&rel);
            let app_code = [
                "pages/",
                "components/",
                "layouts/",
                "plugins/",
                "middleware/",
                "composables/",
                "utils/",
                "stores/",
            ]
            .iter()
            .any(|d| app_rel.starts_with(d))
                || matches!(app_rel, "app.vue" | "error.vue")
                || app_rel.starts_with("app.config.");
            if rel.starts_with("server/") || name.contains(".server.") {
                c.entries_server
                    .push((file.clone(), format!("{rel} (Nuxt)")));
            } else if app_code {
                c.entries_client
                    .push((file.clone(), format!("{rel} (Nuxt)")));
            }
        } else if f.sveltekit && rel.starts_with("src/routes/") {
            let side = if name.contains(".server.") || name.starts_with("+server.") {
                &mut c.entries_server
            } else {
                &mut c.entries_client
            };
            side.push((file.clone(), format!("{rel} (SvelteKit route)")));
        } else if f.astro && name.ends_with(".astro") {
            c.entries_client
                .push((file.clone(), format!("{rel} (Astro page or component)")));
            c.entries_server
                .push((file.clone(), format!("{rel} (Astro frontmatter)")));
        }
    }
}

/// Extensions of JavaScript and TypeScript code and of components.
pub const CODE_EXTS: &[&str] = &[
    "js", "jsx", "ts", "tsx", "mjs", "cjs", "vue", "svelte", "astro",
];

/// Extensions of the sources apps are written in: the code of [`CODE_EXTS`], Kotlin,
/// Java, Dart, Swift, Objective-C, ArkTS and pages.
pub const APP_EXTS: &[&str] = &[
    "js", "jsx", "ts", "tsx", "mjs", "vue", "svelte", "kt", "java", "dart", "swift", "m", "ets",
    "html",
];

/// The files of the project at `dir` with one of `exts`, up to `max`, leaving out
/// dependencies, hidden folders and the project's `next.config`.
pub fn collect_with(tree: &dyn Tree, dir: &str, exts: &[&str], out: &mut Vec<String>, max: usize) {
    let mut all = Vec::new();
    collect(tree, dir, &mut all, max);
    out.extend(all.into_iter().filter(|p| {
        let name = p.rsplit('/').next().unwrap_or(p);
        name.rsplit_once('.')
            .is_some_and(|(_, e)| exts.contains(&e))
            && !name.starts_with("next.config.")
    }));
}

/// Every file under `dir`, up to `max`.
fn collect(tree: &dyn Tree, dir: &str, out: &mut Vec<String>, max: usize) {
    let mut stack = vec![dir.to_string()];
    while let Some(d) = stack.pop() {
        for (name, is_dir) in tree.list(&d).unwrap_or_default() {
            if out.len() >= max {
                return;
            }
            if name == "node_modules" || name.starts_with('.') {
                continue;
            }
            let p = join(&d, &name);
            if is_dir {
                stack.push(p);
            } else {
                out.push(p);
            }
        }
    }
}
