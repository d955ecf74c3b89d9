# Continued by make_set.py (exec'd there): SvelteKit onward.

# 6. SvelteKit (minimal tree after sv's minimal template and the kit docs).
pr = "sveltekit"
KIT_LOAD = "https://svelte.dev/docs/kit/load#Universal-vs-server"
w(pr, "package.json", json.dumps({"name": "kit", "private": True, "type": "module", "scripts": {"dev": "vite dev", "build": "vite build"}, "devDependencies": {"@sveltejs/kit": "^2.0.0", "@sveltejs/adapter-auto": "^6.0.0", "svelte": "^5.0.0", "vite": "^7.0.0"}}, indent=2) + "\n")
w(pr, "svelte.config.js", "import adapter from '@sveltejs/adapter-auto';\n\nexport default { kit: { adapter: adapter() } };\n")
w(pr, "vite.config.ts", "import { sveltekit } from '@sveltejs/kit/vite';\nimport { defineConfig } from 'vite';\n\nexport default defineConfig({ plugins: [sveltekit()] });\n")
w(pr, "src/app.html", "<!doctype html>\n<html lang=\"en\">\n\t<head>%sveltekit.head%</head>\n\t<body><div>%sveltekit.body%</div></body>\n</html>\n")
w(pr, "src/routes/+page.svelte", f"<script>\n\tconst key = '{P('client', pr, 'src/routes/+page.svelte', 'page components are rendered on the server and hydrated in the browser: https://svelte.dev/docs/kit/routing#page-page.svelte')}';\n</script>\n\n<h1>Chat</h1>\n")
w(pr, "src/routes/+page.ts", f"export const load = () => ({{ key: '{P('client', pr, 'src/routes/+page.ts', 'a universal load function also runs in the browser: ' + KIT_LOAD)}' }});\n")
w(pr, "src/routes/+page.server.ts", f"import {{ db }} from '$lib/server/db';\n\nexport const load = () => ({{ ok: !!'{P('server', pr, 'src/routes/+page.server.ts', 'a server load function runs only on the server: ' + KIT_LOAD)}', db }});\n")
w(pr, "src/routes/api/chat/+server.ts", f"export function POST() {{\n\treturn new Response('{P('server', pr, 'src/routes/api/chat/+server.ts', '+server.js API routes run on the server: https://svelte.dev/docs/kit/routing#server')}');\n}}\n")
w(pr, "src/lib/server/db.ts", f"export const db = '{P('server', pr, 'src/lib/server/db.ts', '$lib/server modules can only be imported by server code: https://svelte.dev/docs/kit/server-only-modules')}';\n")
w(pr, "src/hooks.server.ts", f"export const handle = async ({{ event, resolve }}) => {{\n\tevent.locals.key = '{P('server', pr, 'src/hooks.server.ts', 'server hooks run on the server: https://svelte.dev/docs/kit/hooks#Server-hooks')}';\n\treturn resolve(event);\n}};\n")
w(pr, ".env", f"PUBLIC_ZAI_KEY={P('client', pr, '.env', 'PUBLIC_ variables can be imported by client code from $env/static/public: https://svelte.dev/docs/kit/$env-static-public')}\nZAI_KEY={P('server', pr, '.env', '$env/static/private cannot be imported into client-side code: https://svelte.dev/docs/kit/$env-static-private')}\n")
w(pr, "static/config.json", f"{{\"k\": \"{P('client', pr, 'static/config.json', 'static/ is served as-is: https://svelte.dev/docs/kit/project-structure#Project-files-static')}\"}}\n")
w(pr, "src/lib/math.test.ts", f"const K = '{P('unknown', pr, 'src/lib/math.test.ts', TEST)}';\n")

# 7. Nuxt (minimal tree after the Nuxt directory docs).
pr = "nuxt"
NUXT_RC = "https://nuxt.com/docs/guide/going-further/runtime-config"
w(pr, "package.json", json.dumps({"name": "nuxt-app", "private": True, "type": "module", "scripts": {"dev": "nuxt dev", "build": "nuxt build"}, "dependencies": {"nuxt": "^4.0.0", "vue": "^3.5.0"}}, indent=2) + "\n")
w(pr, "nuxt.config.ts", f"export default defineNuxtConfig({{\n  runtimeConfig: {{\n    zaiKey: '{P('server', pr, 'nuxt.config.ts', 'private runtimeConfig keys are only available on the server: ' + NUXT_RC)}',\n    public: {{\n      glmKey: '{P('client', pr, 'nuxt.config.ts', 'runtimeConfig.public is exposed to the client: ' + NUXT_RC)}',\n    }},\n  }},\n}})\n")
w(pr, "app.vue", "<template>\n  <NuxtPage />\n</template>\n")
w(pr, "server/api/chat.ts", f"export default defineEventHandler(() => ({{ k: '{P('server', pr, 'server/api/chat.ts', 'the server/ directory registers API and server handlers: https://nuxt.com/docs/guide/directory-structure/server')}' }}))\n")
w(pr, "pages/index.vue", f"<script setup lang=\"ts\">\nconst key = '{P('client', pr, 'pages/index.vue', 'pages are rendered on the server and hydrated in the browser: https://nuxt.com/docs/guide/directory-structure/pages')}'\n</script>\n\n<template><ChatBox /></template>\n")
w(pr, "components/ChatBox.vue", f"<script setup lang=\"ts\">\nconst token = '{P('client', pr, 'components/ChatBox.vue', 'components are part of the client bundle: https://nuxt.com/docs/guide/directory-structure/components')}'\n</script>\n\n<template><p>chat</p></template>\n")
w(pr, "composables/useZai.ts", f"export const useZai = () => useState('zai', () => '{P('client', pr, 'composables/useZai.ts', 'composables are auto-imported into the app and bundled for the client: https://nuxt.com/docs/guide/directory-structure/composables')}')\n")
w(pr, "plugins/analytics.client.ts", f"export default defineNuxtPlugin(() => {{ (globalThis as any).k = '{P('client', pr, 'plugins/analytics.client.ts', '.client plugins run only in the browser: https://nuxt.com/docs/guide/directory-structure/plugins')}' }})\n")
w(pr, "plugins/db.server.ts", f"export default defineNuxtPlugin(() => {{ (globalThis as any).db = '{P('server', pr, 'plugins/db.server.ts', '.server plugins run only on the server: https://nuxt.com/docs/guide/directory-structure/plugins')}' }})\n")
w(pr, ".env", f"NUXT_PUBLIC_ZAI_KEY={P('client', pr, '.env', 'NUXT_PUBLIC_ variables override public runtime config, exposed to the client: ' + NUXT_RC)}\nNUXT_ZAI_KEY={P('server', pr, '.env', 'NUXT_ variables override private runtime config, server only: ' + NUXT_RC)}\n")

# 8. Astro (minimal tree after the Astro docs).
pr = "astro"
w(pr, "package.json", json.dumps({"name": "astro-site", "type": "module", "scripts": {"dev": "astro dev", "build": "astro build"}, "dependencies": {"astro": "^5.0.0", "@astrojs/react": "^4.0.0", "react": "^19.0.0", "react-dom": "^19.0.0"}}, indent=2) + "\n")
w(pr, "astro.config.mjs", "import { defineConfig } from 'astro/config';\nimport react from '@astrojs/react';\n\nexport default defineConfig({ integrations: [react()] });\n")
w(pr, "src/pages/index.astro", f"---\nimport Chat from '../components/Chat.tsx';\nimport Footer from '../components/Footer.tsx';\nconst SERVER_KEY = '{P('server', pr, 'src/pages/index.astro', 'the component script (frontmatter) runs on the server or at build time, never in the browser: https://docs.astro.build/en/basics/astro-components/#the-component-script')}';\n---\n<html><body>\n  <Chat client:load />\n  <Footer />\n  <script>\n    const browserKey = '{P('client', pr, 'src/pages/index.astro', 'script tags are processed and sent to the browser: https://docs.astro.build/en/guides/client-side-scripts/')}';\n  </script>\n</body></html>\n")
w(pr, "src/components/Chat.tsx", f"const KEY = '{P('client', pr, 'src/components/Chat.tsx', 'a framework component with client:load is hydrated in the browser, its JavaScript is sent: https://docs.astro.build/en/concepts/islands/')}';\nexport default function Chat() {{ return <p>{{KEY.length}}</p>; }}\n")
w(pr, "src/components/Footer.tsx", f"const NOTE = '{P('server', pr, 'src/components/Footer.tsx', 'without a client: directive a framework component renders to HTML only, no JavaScript is sent: https://docs.astro.build/en/guides/framework-components/#hydrating-interactive-components')}';\nexport default function Footer() {{ return <footer>{{NOTE.length}}</footer>; }}\n")
w(pr, "src/pages/api/chat.ts", f"export const POST = () => new Response('{P('server', pr, 'src/pages/api/chat.ts', 'endpoints run at build time or on the server: https://docs.astro.build/en/guides/endpoints/')}');\n")
w(pr, ".env", f"PUBLIC_ZAI_KEY={P('client', pr, '.env', 'PUBLIC_ variables are available in client code: https://docs.astro.build/en/guides/environment-variables/')}\nZAI_KEY={P('server', pr, '.env', 'variables without PUBLIC_ are only available on the server: https://docs.astro.build/en/guides/environment-variables/')}\n")

# 9. Remix (minimal tree after the Remix docs).
pr = "remix"
REMIX = "https://remix.run/docs/en/main/discussion/server-vs-client"
w(pr, "package.json", json.dumps({"name": "remix-app", "type": "module", "dependencies": {"@remix-run/node": "^2.15.0", "@remix-run/react": "^2.15.0", "react": "^18.2.0"}, "devDependencies": {"@remix-run/dev": "^2.15.0", "vite": "^5.4.0"}}, indent=2) + "\n")
w(pr, "vite.config.ts", "import { vitePlugin as remix } from '@remix-run/dev';\nimport { defineConfig } from 'vite';\n\nexport default defineConfig({ plugins: [remix()] });\n")
w(pr, "app/routes/_index.tsx", f"import {{ db }} from '~/utils/db.server';\n\nexport async function loader() {{\n  const key = '{P('server', pr, 'app/routes/_index.tsx', 'loader runs only on the server and is removed from the browser bundle: ' + REMIX)}';\n  return {{ ok: !!key, db }};\n}}\n\nexport default function Index() {{\n  const shown = '{P('client', pr, 'app/routes/_index.tsx', 'the route component is bundled for the browser: ' + REMIX)}';\n  return <p>{{shown.length}}</p>;\n}}\n")
w(pr, "app/utils/db.server.ts", f"export const db = '{P('server', pr, 'app/utils/db.server.ts', '.server modules are never bundled for the browser: https://remix.run/docs/en/main/file-conventions/-server')}';\n")
w(pr, "app/entry.server.tsx", f"export default function handleRequest() {{ return '{P('server', pr, 'app/entry.server.tsx', 'entry.server renders on the server: https://remix.run/docs/en/main/file-conventions/entry.server')}'; }}\n")
w(pr, "app/entry.client.tsx", f"const K = '{P('client', pr, 'app/entry.client.tsx', 'entry.client is the first code the browser runs: https://remix.run/docs/en/main/file-conventions/entry.client')}';\nvoid K;\n")

# 10. A static site on Vercel with a serverless function.
pr = "vercel-static"
w(pr, "vercel.json", "{ \"cleanUrls\": true }\n")
w(pr, "package.json", json.dumps({"name": "site", "private": True, "dependencies": {"@vercel/functions": "^2.0.0"}}, indent=2) + "\n")
w(pr, "index.html", "<!doctype html><html><body><script src=\"/app.js\"></script></body></html>\n")
w(pr, "app.js", f"const key = '{P('client', pr, 'app.js', 'a script of a static page that Vercel serves to browsers: https://vercel.com/docs/deployments/configure-a-build#output-directory')}';\n")
w(pr, "api/chat.js", f"import {{ zai }} from './_lib/zai.js';\n\nexport default function handler(req, res) {{\n  res.json({{ k: '{P('server', pr, 'api/chat.js', 'files in api/ are Vercel Functions, run on the server: https://vercel.com/docs/functions')}', zai }});\n}}\n")
w(pr, "api/_lib/zai.js", f"export const zai = '{P('server', pr, 'api/_lib/zai.js', 'a helper under api/, imported by a Vercel Function: https://vercel.com/docs/functions')}';\n")

# 11. Netlify with functions.
pr = "netlify"
w(pr, "netlify.toml", "[build]\n  publish = \"public\"\n\n[functions]\n  directory = \"netlify/functions\"\n")
w(pr, "package.json", json.dumps({"name": "netlify-site", "dependencies": {"@netlify/functions": "^3.0.0"}}, indent=2) + "\n")
w(pr, "netlify/functions/chat.mts", f"export default async () => new Response('{P('server', pr, 'netlify/functions/chat.mts', 'Netlify Functions run on the server: https://docs.netlify.com/build/functions/overview/')}');\n")
w(pr, "public/index.html", f"<!doctype html><script>const k = '{P('client', pr, 'public/index.html', 'the publish directory is served as-is: https://docs.netlify.com/configure-builds/overview/#definitions')}';</script>\n")

# 12. A Cloudflare Worker.
pr = "cloudflare-worker"
w(pr, "wrangler.toml", f"name = \"chat\"\nmain = \"src/index.ts\"\ncompatibility_date = \"2025-01-01\"\n\n[vars]\nZAI_KEY = \"{P('server', pr, 'wrangler.toml', 'wrangler.toml vars are bound to the Worker on Cloudflare: https://developers.cloudflare.com/workers/configuration/environment-variables/')}\"\n")
w(pr, "package.json", json.dumps({"name": "worker", "devDependencies": {"wrangler": "^4.0.0"}}, indent=2) + "\n")
w(pr, "src/index.ts", f"import {{ ask }} from './zai';\n\nexport default {{\n  fetch() {{ return ask('{P('server', pr, 'src/index.ts', 'the Worker entry (main) runs on Cloudflare servers: https://developers.cloudflare.com/workers/wrangler/configuration/#main')}'); }},\n}};\n")
w(pr, "src/zai.ts", f"export const ask = (k: string) => new Response(k || '{P('server', pr, 'src/zai.ts', 'imported by the Worker entry')}');\n")

# 13. Firebase hosting and functions.
pr = "firebase"
w(pr, "firebase.json", json.dumps({"hosting": {"public": "public"}, "functions": {"source": "functions"}}, indent=2) + "\n")
w(pr, "functions/package.json", json.dumps({"name": "functions", "main": "index.js", "dependencies": {"firebase-functions": "^6.0.0", "firebase-admin": "^13.0.0"}}, indent=2) + "\n")
w(pr, "functions/index.js", f"const {{ onRequest }} = require('firebase-functions/v2/https');\nexports.chat = onRequest((req, res) => res.send('{P('server', pr, 'functions/index.js', 'Cloud Functions run on Google servers: https://firebase.google.com/docs/functions')}'));\n")
w(pr, "public/index.html", f"<!doctype html><script src=\"/js/app.js\"></script><script>var k = '{P('client', pr, 'public/index.html', 'the hosting public folder is served to browsers: https://firebase.google.com/docs/hosting/full-config#public')}';</script>\n")
w(pr, "public/js/app.js", f"var key = '{P('client', pr, 'public/js/app.js', 'served from the hosting public folder: https://firebase.google.com/docs/hosting/full-config#public')}';\n")

# 14. Vite with Supabase Edge Functions.
pr = "vite-supabase"
w(pr, "package.json", json.dumps({"name": "sb", "devDependencies": {"vite": "^7.0.0"}, "dependencies": {"@supabase/supabase-js": "^2.0.0"}}, indent=2) + "\n")
w(pr, "index.html", "<!doctype html><script type=\"module\" src=\"/src/main.ts\"></script>\n")
w(pr, "src/main.ts", f"const key = '{P('client', pr, 'src/main.ts', VITE)}';\n")
w(pr, "supabase/config.toml", "project_id = \"demo\"\n")
w(pr, "supabase/functions/chat/index.ts", f"Deno.serve(() => new Response('{P('server', pr, 'supabase/functions/chat/index.ts', 'Edge Functions run on Supabase servers: https://supabase.com/docs/guides/functions')}'));\n")

# 15. An Express API.
pr = "express-api"
w(pr, "package.json", json.dumps({"name": "api", "main": "index.js", "scripts": {"start": "node index.js"}, "dependencies": {"express": "^4.21.0", "dotenv": "^16.0.0"}}, indent=2) + "\n")
w(pr, "index.js", f"const express = require('express');\nconst chat = require('./routes/chat');\nconst app = express();\nconst key = process.env.ZAI_API_KEY || '{P('server', pr, 'index.js', 'the Express server started by `node index.js`: https://expressjs.com/en/starter/hello-world.html')}';\napp.use('/chat', chat(key));\napp.listen(3000);\n")
w(pr, "routes/chat.js", f"module.exports = (k) => (req, res) => res.json({{ k: k || '{P('server', pr, 'routes/chat.js', 'required by the Express server')}' }});\n")
w(pr, ".env", f"ZAI_API_KEY={P('server', pr, '.env', 'read by dotenv in the Node server; no bundler inlines it: https://github.com/motdotla/dotenv#usage')}\nVITE_ZAI_KEY={P('server', pr, '.env', 'a VITE_ name, but this project has no Vite: nothing inlines it into a client bundle')}\n")

# 16. A Node bot bundled with webpack (webpack only in devDependencies).
pr = "node-bot"
w(pr, "package.json", json.dumps({"name": "bot", "main": "src/bot.js", "scripts": {"build": "webpack", "start": "node dist/bot.js"}, "dependencies": {"discord.js": "^14.0.0"}, "devDependencies": {"webpack": "^5.0.0", "webpack-cli": "^5.0.0"}}, indent=2) + "\n")
w(pr, "webpack.config.js", "module.exports = {\n  target: 'node',\n  entry: './src/bot.js',\n  output: { filename: 'bot.js' },\n};\n")
w(pr, "src/bot.js", f"const {{ Client }} = require('discord.js');\nconst {{ reply }} = require('./zai');\nconst client = new Client({{ intents: [] }});\nclient.login('{P('server', pr, 'src/bot.js', 'a Discord bot: webpack bundles it with target node (https://webpack.js.org/configuration/target/) and `node dist/bot.js` runs it')}');\nvoid reply;\n")
w(pr, "src/zai.js", f"exports.reply = () => '{P('server', pr, 'src/zai.js', 'required by the bot')}';\n")
w(pr, "dist/bot.js", f"(()=>{{var e='{P('server', pr, 'dist/bot.js', 'the bundle `node dist/bot.js` runs (package.json start script)')}';}})();\n")

# 17. Electron.
pr = "electron"
ELECTRON = "Electron packages the app code, main process included, into the app users install: https://www.electronjs.org/docs/latest/tutorial/application-distribution"
w(pr, "package.json", json.dumps({"name": "desk", "main": "main.js", "devDependencies": {"electron": "^33.0.0"}}, indent=2) + "\n")
w(pr, "main.js", f"const {{ app, BrowserWindow }} = require('electron');\nconst KEY = '{P('client', pr, 'main.js', ELECTRON)}';\napp.whenReady().then(() => new BrowserWindow({{ webPreferences: {{ preload: __dirname + '/preload.js' }} }}).loadFile('index.html'));\n")
w(pr, "preload.js", f"window.zai = '{P('client', pr, 'preload.js', ELECTRON)}';\n")
w(pr, "index.html", "<!doctype html><script src=\"renderer/renderer.js\"></script>\n")
w(pr, "renderer/renderer.js", f"const k = '{P('client', pr, 'renderer/renderer.js', ELECTRON)}';\n")

# 18. Browser extensions (MV3 and MV2).
pr = "extension-mv3"
EXT = "an extension's files are packed into the package users install: https://developer.chrome.com/docs/extensions/get-started"
w(pr, "manifest.json", json.dumps({"manifest_version": 3, "name": "Zai helper", "version": "1.0", "background": {"service_worker": "background.js"}, "content_scripts": [{"matches": ["<all_urls>"], "js": ["content.js"]}], "action": {"default_popup": "popup/popup.html"}}, indent=2) + "\n")
w(pr, "background.js", f"const KEY = '{P('client', pr, 'background.js', EXT)}';\n")
w(pr, "content.js", f"const k = '{P('client', pr, 'content.js', EXT)}';\n")
w(pr, "popup/popup.html", "<!doctype html><script src=\"popup.js\"></script>\n")
w(pr, "popup/popup.js", f"document.title = '{P('client', pr, 'popup/popup.js', EXT)}';\n")
pr = "extension-mv2"
w(pr, "manifest.json", json.dumps({"manifest_version": 2, "name": "Zai helper", "version": "1.0", "background": {"scripts": ["bg.js"]}}, indent=2) + "\n")
w(pr, "bg.js", f"var k = '{P('client', pr, 'bg.js', 'a Firefox extension background script ships in the extension: https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/Anatomy_of_a_WebExtension')}';\n")

# 19. Expo (expo-template-blank-typescript).
pr = "expo"
te = "expo-template-blank-typescript/package"
for f in ["index.ts", "tsconfig.json"]:
    copy(pr, f"{te}/{f}", f)
w(pr, "package.json", json.dumps({"name": "expo-app", "main": "index.ts", "dependencies": {"expo": "~54.0.0", "react": "19.1.0", "react-native": "0.81.0", "expo-router": "~6.0.0"}}, indent=2) + "\n")
appjson = json.loads(read(f"{te}/app.json"))
appjson["expo"]["extra"] = {"zaiKey": P('client', pr, 'app.json', 'extra is embedded in the app manifest and readable by the app: https://docs.expo.dev/versions/latest/config/app/#extra')}
w(pr, "app.json", json.dumps(appjson, indent=2) + "\n")
appt = read(f"{te}/App.tsx")
w(pr, "App.tsx", f"const ZAI_KEY = '{P('client', pr, 'App.tsx', 'app code is bundled into the app binary: https://docs.expo.dev/guides/environment-variables/')}';\n" + appt)
w(pr, ".env", f"EXPO_PUBLIC_ZAI_KEY={P('client', pr, '.env', 'EXPO_PUBLIC_ variables are inlined into the JavaScript bundle: https://docs.expo.dev/guides/environment-variables/')}\nZAI_SECRET={P('server', pr, '.env', 'variables without EXPO_PUBLIC_ are not inlined into the app: https://docs.expo.dev/guides/environment-variables/')}\n")
w(pr, "app/api/chat+api.ts", f"export function POST() {{ return Response.json({{ k: '{P('server', pr, 'app/api/chat+api.ts', 'API routes run on the server: https://docs.expo.dev/router/web/api-routes/')}' }}); }}\n")

# 20. Bare React Native.
pr = "react-native"
RN = "a React Native app bundles its JavaScript and resources into the app: https://reactnative.dev/docs/signed-apk-android"
w(pr, "package.json", json.dumps({"name": "rn", "dependencies": {"react": "19.1.0", "react-native": "0.81.0"}}, indent=2) + "\n")
w(pr, "App.tsx", f"import {{ api }} from './src/api';\nconst KEY = '{P('client', pr, 'App.tsx', RN)}';\nexport default function App() {{ return null; }}\n")
w(pr, "src/api.ts", f"export const api = '{P('client', pr, 'src/api.ts', RN)}';\n")
w(pr, "android/app/src/main/res/values/strings.xml", f"<resources><string name=\"zai\">{P('client', pr, 'android/app/src/main/res/values/strings.xml', 'string resources are packed into the APK: https://developer.android.com/guide/topics/resources/string-resource')}</string></resources>\n")

# 21. Capacitor.
pr = "capacitor"
w(pr, "capacitor.config.json", json.dumps({"appId": "com.example.zai", "appName": "Zai", "webDir": "dist"}, indent=2) + "\n")
w(pr, "package.json", json.dumps({"name": "cap", "dependencies": {"@capacitor/core": "^7.0.0"}, "devDependencies": {"vite": "^7.0.0"}}, indent=2) + "\n")
w(pr, "index.html", "<!doctype html><script type=\"module\" src=\"/src/main.ts\"></script>\n")
w(pr, "src/main.ts", f"const key = '{P('client', pr, 'src/main.ts', 'Capacitor copies the web build into the native app: https://capacitorjs.com/docs/basics/workflow')}';\n")
w(pr, "android/app/src/main/assets/capacitor.config.json", f"{{\"k\": \"{P('client', pr, 'android/app/src/main/assets/capacitor.config.json', 'Android assets are packed into the APK: https://capacitorjs.com/docs/android')}\"}}\n")

# 22. Tauri.
pr = "tauri"
TAURI = "the Rust core is compiled into the app binary users install: https://v2.tauri.app/concept/architecture/"
w(pr, "package.json", json.dumps({"name": "tauri-app", "dependencies": {"@tauri-apps/api": "^2.0.0"}, "devDependencies": {"@tauri-apps/cli": "^2.0.0", "vite": "^7.0.0"}}, indent=2) + "\n")
w(pr, "index.html", "<!doctype html><script type=\"module\" src=\"/src/main.ts\"></script>\n")
w(pr, "src/main.ts", f"const key = '{P('client', pr, 'src/main.ts', 'the front end runs in the app webview: https://v2.tauri.app/concept/architecture/')}';\n")
w(pr, "src-tauri/tauri.conf.json", json.dumps({"productName": "zai", "identifier": "com.example.zai", "build": {"frontendDist": "../dist"}}, indent=2) + "\n")
w(pr, "src-tauri/Cargo.toml", "[package]\nname = \"app\"\nversion = \"0.1.0\"\n")
w(pr, "src-tauri/src/main.rs", f"fn main() {{\n    let key = \"{P('client', pr, 'src-tauri/src/main.rs', TAURI)}\";\n    let _ = key;\n}}\n")

# 23. Flutter.
pr = "flutter"
w(pr, "pubspec.yaml", "name: zai_app\nenvironment:\n  sdk: ^3.5.0\ndependencies:\n  flutter:\n    sdk: flutter\n  http: ^1.2.0\n")
w(pr, "lib/main.dart", f"import 'services/zai.dart';\nconst zaiKey = '{P('client', pr, 'lib/main.dart', 'lib/ is compiled into the app: https://docs.flutter.dev/deployment/obfuscate')}';\nvoid main() {{}}\n")
w(pr, "lib/services/zai.dart", f"const token = '{P('client', pr, 'lib/services/zai.dart', 'lib/ is compiled into the app')}';\n")
w(pr, "bin/seed.dart", f"void main() {{ print('{P('server', pr, 'bin/seed.dart', 'bin/ holds command-line programs run with dart, not part of the app: https://dart.dev/tools/pub/package-layout#public-tools')}'); }}\n")
w(pr, "tool/gen.dart", f"void main() {{ print('{P('server', pr, 'tool/gen.dart', 'tool/ holds development scripts: https://dart.dev/tools/pub/package-layout#internal-tools-and-scripts')}'); }}\n")
w(pr, "seed_data.dart", f"void main() {{ print('{P('server', pr, 'seed_data.dart', 'a standalone Dart script at the package root, run with dart: nothing in lib/ imports it, so the app does not hold it')}'); }}\n")
w(pr, "test/widget_test.dart", f"const k = '{P('unknown', pr, 'test/widget_test.dart', 'widget tests run with flutter test and are not compiled into the app: https://docs.flutter.dev/testing/overview')}';\n")
w(pr, "android/app/src/main/AndroidManifest.xml", f"<manifest><application><meta-data android:name=\"zai\" android:value=\"{P('client', pr, 'android/app/src/main/AndroidManifest.xml', 'the Android manifest is packed into the APK')}\"/></application></manifest>\n")

# 24. Native Android.
pr = "android"
w(pr, "settings.gradle", "include ':app'\n")
w(pr, "local.properties", f"zai.key={P('server', pr, 'local.properties', 'local.properties is read by Gradle on the build machine; it ships only if the build puts it into a buildConfigField: https://developer.android.com/build#properties-files')}\n")
w(pr, "app/build.gradle", f"plugins {{ id 'com.android.application' }}\n\nandroid {{\n    namespace 'com.example.zai'\n    defaultConfig {{\n        buildConfigField \"String\", \"ZAI_KEY\", '\"{P('client', pr, 'app/build.gradle', 'buildConfigField values are compiled into the BuildConfig class of the app: https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code')}\"'\n    }}\n    signingConfigs {{ release {{ storePassword '{P('server', pr, 'app/build.gradle', 'signing settings are used by the build on the build machine and not packed into the app: https://developer.android.com/studio/publish/app-signing#secure-shared-keystore')}' }} }}\n}}\n")
w(pr, "app/src/main/java/com/example/zai/Api.kt", f"package com.example.zai\n\nconst val KEY = \"{P('client', pr, 'app/src/main/java/com/example/zai/Api.kt', 'the main source set is compiled into the app: https://developer.android.com/build#sourcesets')}\"\n")
w(pr, "app/src/main/res/values/strings.xml", f"<resources><string name=\"k\">{P('client', pr, 'app/src/main/res/values/strings.xml', 'string resources are packed into the APK: https://developer.android.com/guide/topics/resources/string-resource')}</string></resources>\n")
w(pr, "app/src/test/java/com/example/zai/ApiTest.kt", f"package com.example.zai\n\nconst val FIXTURE = \"{P('unknown', pr, 'app/src/test/java/com/example/zai/ApiTest.kt', 'local unit tests run on the development machine and are not packed into the app: https://developer.android.com/training/testing/local-tests')}\"\n")

# 25. iOS.
pr = "ios"
w(pr, "Zai.xcodeproj/project.pbxproj", "// !$*UTF8*$!\n{ archiveVersion = 1; }\n")
w(pr, "Zai/Info.plist", f"<?xml version=\"1.0\"?>\n<plist><dict><key>ZaiKey</key><string>{P('client', pr, 'Zai/Info.plist', 'Info.plist is part of the app bundle: https://developer.apple.com/documentation/bundleresources/information-property-list')}</string></dict></plist>\n")
w(pr, "Zai/Config.xcconfig", f"ZAI_KEY = {P('client', pr, 'Zai/Config.xcconfig', 'build settings referenced from Info.plist end up in the app bundle: https://developer.apple.com/documentation/xcode/adding-a-build-configuration-file-to-your-project')}\n")
w(pr, "Zai/ZaiClient.swift", f"let zaiKey = \"{P('client', pr, 'Zai/ZaiClient.swift', 'app sources are compiled into the app binary')}\"\n")
w(pr, "ZaiTests/ZaiTests.swift", f"let fixture = \"{P('unknown', pr, 'ZaiTests/ZaiTests.swift', 'a test target is not part of the app: https://developer.apple.com/documentation/xcode/testing-your-apps-in-xcode')}\"\n")

# 26. uni-app.
pr = "uniapp"
w(pr, "manifest.json", json.dumps({"name": "zai", "appid": "__UNI__ZAI", "versionName": "1.0.0", "mp-weixin": {"appid": ""}}, indent=2) + "\n")
w(pr, "pages.json", json.dumps({"pages": [{"path": "pages/index/index"}]}, indent=2) + "\n")
w(pr, "pages/index/index.vue", f"<script>\nexport default {{ data() {{ return {{ key: '{P('client', pr, 'pages/index/index.vue', 'uni-app compiles pages into the app or mini program: https://uniapp.dcloud.net.cn/collocation/pages.html')}' }} }} }}\n</script>\n")
w(pr, "common/api.js", f"export const key = '{P('client', pr, 'common/api.js', 'uni-app compiles the app code into the app or mini program')}';\n")
w(pr, "uniCloud-aliyun/cloudfunctions/chat/index.js", f"exports.main = async () => '{P('server', pr, 'uniCloud-aliyun/cloudfunctions/chat/index.js', 'uniCloud cloud functions run on the server: https://doc.dcloud.net.cn/uniCloud/cf-functions.html')}';\n")

# 27. WeChat mini program with cloud functions.
pr = "wechat-miniprogram"
w(pr, "project.config.json", json.dumps({"miniprogramRoot": "miniprogram/", "cloudfunctionRoot": "cloudfunctions/", "appid": "wx0000000000000000"}, indent=2) + "\n")
w(pr, "miniprogram/app.json", json.dumps({"pages": ["pages/index/index"]}, indent=2) + "\n")
w(pr, "miniprogram/pages/index/index.js", f"Page({{ data: {{ k: '{P('client', pr, 'miniprogram/pages/index/index.js', 'mini program code is downloaded and run inside WeChat on the user device: https://developers.weixin.qq.com/miniprogram/dev/framework/quickstart/code.html')}' }} }});\n")
w(pr, "miniprogram/utils/zai.js", f"module.exports = '{P('client', pr, 'miniprogram/utils/zai.js', 'mini program code runs inside WeChat on the user device')}';\n")
w(pr, "cloudfunctions/chat/index.js", f"exports.main = async () => '{P('server', pr, 'cloudfunctions/chat/index.js', 'cloud functions run in the cloud, not in the mini program: https://developers.weixin.qq.com/miniprogram/dev/wxcloud/basis/getting-started.html')}';\n")

# 28. Alipay mini program.
pr = "alipay-miniprogram"
w(pr, "mini.project.json", json.dumps({"format": 2}, indent=2) + "\n")
w(pr, "app.json", json.dumps({"pages": ["pages/index/index"]}, indent=2) + "\n")
w(pr, "pages/index/index.js", f"Page({{ data: {{ k: '{P('client', pr, 'pages/index/index.js', 'Alipay mini program code runs inside the Alipay client: https://opendocs.alipay.com/mini/framework/overview')}' }} }});\n")

# 29. Taro.
pr = "taro"
w(pr, "package.json", json.dumps({"name": "taro-app", "dependencies": {"@tarojs/taro": "^4.0.0", "@tarojs/components": "^4.0.0", "react": "^18.0.0"}, "devDependencies": {"@tarojs/cli": "^4.0.0"}}, indent=2) + "\n")
w(pr, "config/index.ts", f"const UPLOAD_TOKEN = '{P('server', pr, 'config/index.ts', 'the Taro build configuration runs in Node at build time: https://docs.taro.zone/docs/config')}';\n\nexport default {{\n  projectName: 'zai',\n  defineConstants: {{ ZAI_KEY: JSON.stringify('{P('client', pr, 'config/index.ts', 'defineConstants are replaced into the compiled code: https://docs.taro.zone/docs/config-detail#defineconstants')}') }},\n  upload: UPLOAD_TOKEN,\n}};\n")
w(pr, "src/pages/index/index.tsx", f"const key = '{P('client', pr, 'src/pages/index/index.tsx', 'Taro compiles src/ into the mini program or web app: https://docs.taro.zone/docs/folder')}';\nexport default function Index() {{ return null; }}\n")
w(pr, ".env", f"TARO_APP_ZAI_KEY={P('client', pr, '.env', 'TARO_APP_ variables are inlined into the compiled code: https://docs.taro.zone/docs/env-mode-config')}\n")

# 30. A webpack single-page app.
pr = "webpack-spa"
w(pr, "package.json", json.dumps({"name": "spa", "scripts": {"build": "webpack", "deploy": "node scripts/deploy.js"}, "dependencies": {"react": "^18.0.0", "react-dom": "^18.0.0"}, "devDependencies": {"webpack": "^5.0.0", "html-webpack-plugin": "^5.0.0"}}, indent=2) + "\n")
w(pr, "webpack.config.js", f"const webpack = require('webpack');\n\nmodule.exports = {{\n  entry: './src/index.js',\n  plugins: [\n    new webpack.DefinePlugin({{ 'process.env.ZAI_KEY': JSON.stringify('{P('client', pr, 'webpack.config.js', 'DefinePlugin replaces the expression in the bundle with this value: https://webpack.js.org/plugins/define-plugin/')}') }}),\n    new webpack.EnvironmentPlugin(['GLM_KEY']),\n  ],\n}};\n")
w(pr, ".env", f"GLM_KEY={P('client', pr, '.env', 'EnvironmentPlugin inlines process.env.GLM_KEY into the bundle: https://webpack.js.org/plugins/environment-plugin/')}\n")
w(pr, "src/index.js", f"import {{ ask }} from './lib/zai';\nconst key = '{P('client', pr, 'src/index.js', 'the webpack entry is bundled for the browser: https://webpack.js.org/concepts/entry-points/')}';\nask(key);\n")
w(pr, "src/lib/zai.js", f"export const ask = (k) => k || '{P('client', pr, 'src/lib/zai.js', 'imported by the webpack entry')}';\n")
w(pr, "scripts/deploy.js", f"const token = '{P('server', pr, 'scripts/deploy.js', 'run by `node scripts/deploy.js` (package.json deploy script) on a developer machine or CI, not bundled')}';\n")

# 31. A monorepo: the web app's sources are scanned on their own.
pr = "monorepo"
w(pr, "package.json", json.dumps({"name": "mono", "private": True, "workspaces": ["apps/*"]}, indent=2) + "\n")
w(pr, "apps/web/package.json", json.dumps({"name": "web", "devDependencies": {"vite": "^7.0.0"}}, indent=2) + "\n")
w(pr, "apps/web/index.html", "<!doctype html><script type=\"module\" src=\"/src/main.ts\"></script>\n")
w(pr, "apps/web/src/main.ts", f"import {{ k }} from './keys';\nconsole.log(k);\n")
w(pr, "apps/web/src/keys.ts", f"export const k = '{P('client', pr, 'apps/web/src/keys.ts', VITE + ' (imported by src/main.ts; the project root apps/web is above the scanned folder apps/web/src)', scan='apps/web/src')}';\n")
w(pr, "apps/api/package.json", json.dumps({"name": "api", "main": "src/index.js", "dependencies": {"fastify": "^5.0.0"}}, indent=2) + "\n")
w(pr, "apps/api/src/index.js", f"const key = '{P('server', pr, 'apps/api/src/index.js', 'a Fastify server: https://fastify.dev/docs/latest/Guides/Getting-Started/')}';\n")

# 32. Create React App.
pr = "cra"
w(pr, "package.json", json.dumps({"name": "cra", "dependencies": {"react": "^18.0.0", "react-dom": "^18.0.0", "react-scripts": "5.0.1"}}, indent=2) + "\n")
w(pr, "src/index.js", f"const key = '{P('client', pr, 'src/index.js', 'src/index.js is the entry CRA bundles: https://create-react-app.dev/docs/folder-structure/')}';\n")
w(pr, ".env", f"REACT_APP_ZAI_KEY={P('client', pr, '.env', 'REACT_APP_ variables are embedded into the build: https://create-react-app.dev/docs/adding-custom-environment-variables/')}\nZAI_KEY={P('server', pr, '.env', 'variables without REACT_APP_ are ignored by the build: https://create-react-app.dev/docs/adding-custom-environment-variables/')}\n")
w(pr, "public/index.html", f"<!doctype html><meta name=\"zai\" content=\"{P('client', pr, 'public/index.html', 'public/ files are copied into the build as-is: https://create-react-app.dev/docs/using-the-public-folder/')}\">\n")

# 33. Places that belong to no project: nothing says where they run.
pr = "loose"
w(pr, "notes/todo.txt", f"rotate {P('unknown', pr, 'notes/todo.txt', 'a note in no project: nothing says where it is used')}\n")
w(pr, "scripts/seed.js", f"const k = '{P('unknown', pr, 'scripts/seed.js', 'a script in no project: nothing says what runs it')}';\n")
w(pr, "data/keys.csv", f"name,key\nmain,{P('unknown', pr, 'data/keys.csv', 'a data file in no project')}\n")
w(pr, "lib-only/package.json", json.dumps({"name": "utils", "version": "1.0.0"}, indent=2) + "\n")
w(pr, "lib-only/src/util.js", f"export const k = '{P('unknown', pr, 'lib-only/src/util.js', 'a library package with no app, server or bundler: where it runs depends on who imports it')}';\n")
