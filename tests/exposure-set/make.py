#!/usr/bin/env python3
"""Writes tests/exposure-set (run: python3 tests/exposure-set/make.py tests/exposure-set):
small projects made from starter templates (npm packages
create-vite, create-next-app, expo-template-blank-typescript) and, for the rest, minimal
trees that follow each framework's documented layout; each key place holds a
placeholder __ZAI_KEY_<n>__ that the test replaces with a key it makes. labels.toml says
where each place runs, with the documentation that says so."""
import json, os, shutil, sys

OUT = sys.argv[1]
T = os.environ.get("TEMPLATES", "/tmp/templates")
labels = []
n = 0

SCAN = {}

def P(exposure, project, path, why, scan=None):
    """A new place: returns its placeholder. `scan`: the folder (in the project) the
    test scans to find it, when not the whole project."""
    global n
    n += 1
    labels.append((n, project, path, exposure, why))
    if scan:
        SCAN[n] = scan
    return f"__ZAI_KEY_{n}__"

def w(project, path, text):
    p = os.path.join(OUT, "projects", project, path)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w") as f:
        f.write(text)

def copy(project, src, dst=None):
    s = os.path.join(T, src)
    d = os.path.join(OUT, "projects", project, dst or os.path.basename(src))
    os.makedirs(os.path.dirname(d), exist_ok=True)
    shutil.copyfile(s, d)

def read(src):
    return open(os.path.join(T, src)).read()

VITE = "https://vite.dev/guide/#index-html-and-project-root"
VITE_ENV = "https://vite.dev/guide/env-and-mode#env-variables"
VITE_DEFINE = "https://vite.dev/config/shared-options#define"
VITE_PUBLIC = "https://vite.dev/guide/assets#the-public-directory"
VITE_PLUGIN = "https://vite.dev/guide/api-plugin#configureserver"
TEST = "test files are run by the test runner and never imported from an entry, so no bundle holds them"

# 1. Vite + React (create-vite template-react-ts), with an Express server beside it.
pr = "vite-react"
tv = "create-vite/package/template-react-ts"
for f in ["index.html", "tsconfig.json", "tsconfig.app.json", "tsconfig.node.json", "src/main.tsx", "src/App.css", "src/index.css"]:
    copy(pr, f"{tv}/{f}", f)
pkg = json.loads(read(f"{tv}/package.json"))
pkg["scripts"]["server"] = "node server/index.js"
pkg["dependencies"]["express"] = "^4.21.0"
w(pr, "package.json", json.dumps(pkg, indent=2) + "\n")
main = read(f"{tv}/src/main.tsx").replace("import App from './App.tsx'", "import App from './App.tsx'\nimport { ask } from './api/chat'\nvoid ask")
w(pr, "src/main.tsx", main)
app = read(f"{tv}/src/App.tsx")
w(pr, "src/App.tsx", f"const ZAI_KEY = '{P('client', pr, 'src/App.tsx', VITE + ' (App.tsx is imported by src/main.tsx, the module script of index.html)')}'\nvoid ZAI_KEY\n" + app)
w(pr, "src/api/chat.ts", f"import {{ model }} from '@/config/model'\n\nexport async function ask(q: string) {{\n  return fetch('https://open.bigmodel.cn/api/paas/v4/chat/completions', {{\n    method: 'POST',\n    headers: {{ Authorization: 'Bearer {P('client', pr, 'src/api/chat.ts', VITE + ' (imported by src/main.tsx)')}' }},\n    body: JSON.stringify({{ model, messages: [{{ role: 'user', content: q }}] }}),\n  }})\n}}\n")
w(pr, "src/config/model.ts", f"// resolved through tsconfig paths (@/*)\nexport const model = 'glm-4.6'\nexport const fallbackKey = '{P('client', pr, 'src/config/model.ts', VITE + ' (imported by src/api/chat.ts as @/config/model, an alias of tsconfig paths that Vite resolves)')}'\n")
tsapp = json.loads(read(f"{tv}/tsconfig.app.json").split("\n", 0)[0]) if False else None
w(pr, "tsconfig.json", json.dumps({"files": [], "references": [{"path": "./tsconfig.app.json"}, {"path": "./tsconfig.node.json"}], "compilerOptions": {"baseUrl": ".", "paths": {"@/*": ["./src/*"]}}}, indent=2) + "\n")
w(pr, "src/legacy/old-client.ts", f"// not imported anywhere any more\nexport const OLD = '{P('unknown', pr, 'src/legacy/old-client.ts', 'not imported from index.html or any module it imports, so Vite does not bundle it; nothing runs it: ' + VITE)}'\n")
w(pr, ".env", f"VITE_ZHIPU_API_KEY={P('client', pr, '.env', VITE_ENV + ' (VITE_ variables are exposed to client code)')}\n")
w(pr, ".env.local", f"ZHIPU_API_KEY={P('server', pr, '.env.local', VITE_ENV + ' (only VITE_ variables reach the client; this one is read by server/index.js)')}\n")
w(pr, "vite.config.ts", f"import path from 'node:path'\nimport react from '@vitejs/plugin-react'\nimport {{ defineConfig }} from 'vite'\nimport {{ mockApi }} from './dev/mock-api'\n\nconst PROXY_TOKEN = '{P('server', pr, 'vite.config.ts', 'the config runs in Node at build and dev time: ' + VITE_PLUGIN)}'\n\n// https://vite.dev/config/\nexport default defineConfig({{\n  plugins: [react(), mockApi()],\n  resolve: {{ alias: {{ '@': path.resolve(__dirname, './src') }} }},\n  define: {{ __ZAI_BUILD_KEY__: JSON.stringify('{P('client', pr, 'vite.config.ts', 'define replaces the identifier in client code with this value: ' + VITE_DEFINE)}') }},\n  server: {{ proxy: {{ '/api': {{ target: 'http://localhost:3000', headers: {{ 'x-token': PROXY_TOKEN }} }} }} }},\n}})\n")
w(pr, "dev/mock-api.ts", f"import type {{ Plugin }} from 'vite'\n\n// Dev-server middleware: answers /api/chat while developing.\nexport function mockApi(): Plugin {{\n  return {{\n    name: 'mock-api',\n    configureServer(server) {{\n      server.middlewares.use('/api/chat', (_req, res) => {{\n        res.setHeader('authorization', 'Bearer {P('server', pr, 'dev/mock-api.ts', 'a plugin imported by vite.config.ts: configureServer runs in the Node dev server: ' + VITE_PLUGIN)}')\n        res.end('{{}}')\n      }})\n    }},\n  }}\n}}\n")
w(pr, "server/index.js", f"import express from 'express'\nimport {{ chat }} from './routes/chat.js'\n\nconst app = express()\nconst key = process.env.ZHIPU_API_KEY ?? '{P('server', pr, 'server/index.js', 'started by `node server/index.js` (package.json script server): a Node process, not part of the Vite bundle')}'\napp.post('/api/chat', chat(key))\napp.listen(3000)\n")
w(pr, "server/routes/chat.js", f"export const chat = (key) => async (req, res) => {{\n  const upstream = await fetch('https://open.bigmodel.cn/api/paas/v4/chat/completions', {{\n    headers: {{ Authorization: `Bearer ${{key || '{P('server', pr, 'server/routes/chat.js', 'imported only by server/index.js, which node runs')}'}}` }},\n  }})\n  res.json(await upstream.json())\n}}\n")
w(pr, "public/config.json", f"{{ \"zai\": \"{P('client', pr, 'public/config.json', VITE_PUBLIC + ' (served as-is)')}\" }}\n")
w(pr, "dist/assets/index-9f3c2a.js", f"const e=\"{P('client', pr, 'dist/assets/index-9f3c2a.js', 'vite build writes the browser bundle to dist/: https://vite.dev/guide/build')}\";export{{e as k}};\n")
w(pr, "src/App.test.tsx", f"const FIXTURE = '{P('unknown', pr, 'src/App.test.tsx', TEST)}'\nvoid FIXTURE\n")

# 2. Vite + Vue (create-vite template-vue-ts).
pr = "vite-vue"
tv = "create-vite/package/template-vue-ts"
for f in ["index.html", "package.json", "vite.config.ts", "src/main.ts", "src/style.css", "tsconfig.json"]:
    copy(pr, f"{tv}/{f}", f)
app = read(f"{tv}/src/App.vue")
app = app.replace("<script setup lang=\"ts\">", f"<script setup lang=\"ts\">\nimport {{ useChat }} from './composables/useChat'\nconst apiKey = '{P('client', pr, 'src/App.vue', VITE + ' (App.vue is imported by src/main.ts, the module script of index.html)')}'\nuseChat(apiKey)", 1)
w(pr, "src/App.vue", app)
w(pr, "src/composables/useChat.ts", f"export function useChat(key: string) {{\n  return {{ key: key || '{P('client', pr, 'src/composables/useChat.ts', VITE + ' (imported by App.vue)')}' }}\n}}\n")
w(pr, ".env.production", f"VITE_GLM_KEY={P('client', pr, '.env.production', VITE_ENV)}\nGLM_SERVER_KEY={P('server', pr, '.env.production', VITE_ENV + ' (not VITE_-prefixed: never exposed to the client)')}\n")

# 3. Vite + Svelte with a custom envPrefix (create-vite template-svelte-ts).
pr = "vite-svelte"
tv = "create-vite/package/template-svelte-ts"
for f in ["index.html", "package.json", "src/main.ts", "src/app.css", "svelte.config.js"]:
    copy(pr, f"{tv}/{f}", f)
w(pr, "vite.config.ts", "import { defineConfig } from 'vite'\nimport { svelte } from '@sveltejs/vite-plugin-svelte'\n\nexport default defineConfig({\n  plugins: [svelte()],\n  envPrefix: 'APP_',\n})\n")
app = read(f"{tv}/src/App.svelte")
k = P('client', pr, 'src/App.svelte', VITE + ' (App.svelte is imported by src/main.ts)')
app = app.replace("<script>", "<script>\n  const key = '" + k + "'", 1)
w(pr, "src/App.svelte", app)
w(pr, "src/lib/Counter.svelte", f"<script lang=\"ts\">\n  let count: number = $state(0)\n  const token = '{P('client', pr, 'src/lib/Counter.svelte', VITE + ' (imported by App.svelte)')}'\n</script>\n\n<button onclick={{() => count++}}>count is {{count}}</button>\n")
w(pr, ".env", f"APP_ZAI_KEY={P('client', pr, '.env', 'envPrefix: APP_ makes APP_ variables public: https://vite.dev/config/shared-options#envprefix')}\nVITE_ZAI_KEY={P('server', pr, '.env', 'with envPrefix APP_, VITE_ variables are no longer exposed: https://vite.dev/config/shared-options#envprefix')}\n")

# 4. Next.js app router (create-next-app templates/app/ts).
pr = "next-app"
tn = "create-next-app/package/dist/templates/app/ts"
for f in ["tsconfig.json", "app/globals.css", "app/page.module.css", "next-env.d.ts"]:
    copy(pr, f"{tn}/{f}", f)
NEXT_RSC = "https://nextjs.org/docs/app/getting-started/server-and-client-components"
w(pr, "package.json", json.dumps({"name": "next-app", "private": True, "scripts": {"dev": "next dev", "build": "next build", "start": "next start"}, "dependencies": {"next": "16.0.0", "react": "19.2.0", "react-dom": "19.2.0"}, "devDependencies": {"typescript": "^5"}}, indent=2) + "\n")
page = read(f"{tn}/app/page.tsx")
why_page = "a Server Component (no use client directive): rendered on the server, its code is not sent to the browser: " + NEXT_RSC
k = P("server", pr, "app/page.tsx", why_page)
w(pr, "app/page.tsx", page.replace('import styles from "./page.module.css";', 'import styles from "./page.module.css";\nimport ChatBox from "./chat/chat-box";\n\nconst SERVER_KEY = "' + k + '";\nvoid SERVER_KEY;\nvoid ChatBox;', 1))
layout = read(f"{tn}/app/layout.tsx")
w(pr, "app/layout.tsx", f"const LAYOUT_KEY = \"{P('server', pr, 'app/layout.tsx', 'the root layout is a Server Component: ' + NEXT_RSC)}\";\nvoid LAYOUT_KEY;\n" + layout)
w(pr, "app/chat/chat-box.tsx", f"\"use client\";\n\nimport {{ format }} from \"./format\";\n\nconst KEY = \"{P('client', pr, 'app/chat/chat-box.tsx', 'the use client directive makes it a Client Component, bundled for the browser: ' + NEXT_RSC)}\";\n\nexport default function ChatBox() {{\n  return <p>{{format(KEY)}}</p>;\n}}\n")
w(pr, "app/chat/format.ts", f"export const DEFAULT = \"{P('client', pr, 'app/chat/format.ts', 'imported by a Client Component, so it is in the client bundle: ' + NEXT_RSC + '#using-client-components')}\";\nexport function format(s: string) {{\n  return s || DEFAULT;\n}}\n")
w(pr, "app/api/chat/route.ts", f"import {{ db }} from \"@/lib/db\";\n\nexport async function POST() {{\n  const key = process.env.ZAI_API_KEY ?? \"{P('server', pr, 'app/api/chat/route.ts', 'a Route Handler: runs on the server: https://nextjs.org/docs/app/getting-started/route-handlers')}\";\n  return Response.json({{ ok: !!key, db }});\n}}\n")
w(pr, "lib/db.ts", f"export const db = \"{P('server', pr, 'lib/db.ts', 'imported only by a Route Handler: server code')}\";\n")
w(pr, "middleware.ts", f"import {{ NextResponse }} from \"next/server\";\n\nexport function middleware() {{\n  const res = NextResponse.next();\n  res.headers.set(\"x-zai\", \"{P('server', pr, 'middleware.ts', 'Middleware runs on the server before a request completes: https://nextjs.org/docs/app/api-reference/file-conventions/middleware')}\");\n  return res;\n}}\n")
w(pr, "app/actions.ts", f"\"use server\";\n\nexport async function ask() {{\n  return \"{P('server', pr, 'app/actions.ts', 'the use server directive marks Server Functions: they run on the server: https://nextjs.org/docs/app/api-reference/directives/use-server')}\";\n}}\n")
w(pr, "next.config.ts", f"import type {{ NextConfig }} from \"next\";\n\nconst IMAGE_TOKEN = \"{P('server', pr, 'next.config.ts', 'next.config runs in Node at build and server start: https://nextjs.org/docs/app/api-reference/config/next-config-js')}\";\n\nconst nextConfig: NextConfig = {{\n  env: {{\n    ZAI_KEY: \"{P('client', pr, 'next.config.ts', 'values in next.config env are inlined into the JavaScript bundle: https://nextjs.org/docs/app/api-reference/config/next-config-js/env')}\",\n  }},\n  images: {{ loader: \"custom\", loaderFile: IMAGE_TOKEN ? \"./loader.ts\" : \"\" }},\n}};\n\nexport default nextConfig;\n")
w(pr, ".env.local", f"NEXT_PUBLIC_ZAI_API_KEY={P('client', pr, '.env.local', 'NEXT_PUBLIC_ variables are inlined into the browser bundle: https://nextjs.org/docs/app/guides/environment-variables#bundling-environment-variables-for-the-browser')}\nZAI_API_KEY={P('server', pr, '.env.local', 'non-NEXT_PUBLIC_ variables are only available in the Node.js environment: https://nextjs.org/docs/app/guides/environment-variables')}\n")
w(pr, "public/keys.txt", f"{P('client', pr, 'public/keys.txt', 'files in public/ are served as-is: https://nextjs.org/docs/app/api-reference/file-conventions/public-folder')}\n")
w(pr, "__tests__/chat.test.ts", f"const KEY = \"{P('unknown', pr, '__tests__/chat.test.ts', TEST)}\";\nvoid KEY;\n")

# 5. Next.js pages router (create-next-app templates/default/ts).
pr = "next-pages"
tn = "create-next-app/package/dist/templates/default/ts"
for f in ["tsconfig.json", "next.config.ts"]:
    copy(pr, f"{tn}/{f}", f)
w(pr, "package.json", json.dumps({"name": "next-pages", "private": True, "dependencies": {"next": "16.0.0", "react": "19.2.0", "react-dom": "19.2.0"}}, indent=2) + "\n")
GSSP = "https://nextjs.org/docs/pages/building-your-application/data-fetching/get-server-side-props"
w(pr, "pages/index.tsx", f"import {{ Chat }} from \"../components/Chat\";\n\nexport async function getServerSideProps() {{\n  const key = \"{P('server', pr, 'pages/index.tsx', 'inside getServerSideProps: runs only on the server, and Next.js removes it from the client bundle: ' + GSSP)}\";\n  return {{ props: {{ ok: !!key }} }};\n}}\n\nconst BANNER_KEY = \"{P('client', pr, 'pages/index.tsx', 'the page component is bundled for the browser: https://nextjs.org/docs/pages/building-your-application/routing/pages-and-layouts')}\";\n\nexport default function Home() {{\n  return <Chat banner={{BANNER_KEY}} />;\n}}\n")
w(pr, "components/Chat.tsx", f"const KEY = \"{P('client', pr, 'components/Chat.tsx', 'imported by a page component: bundled for the browser')}\";\nexport function Chat({{ banner }}: {{ banner: string }}) {{\n  return <p>{{banner || KEY}}</p>;\n}}\n")
w(pr, "pages/api/hello.ts", f"import {{ db }} from \"../../lib/server-db\";\n\nexport default function handler(_req: unknown, res: {{ json(v: unknown): void }}) {{\n  res.json({{ key: \"{P('server', pr, 'pages/api/hello.ts', 'API routes are server-side only bundles: https://nextjs.org/docs/pages/building-your-application/routing/api-routes')}\", db }});\n}}\n")
w(pr, "lib/server-db.ts", f"export const db = \"{P('server', pr, 'lib/server-db.ts', 'imported only by an API route')}\";\n")

print(n, "places so far", file=sys.stderr)
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "make_more.py")).read())

# labels
with open(os.path.join(OUT, "labels.toml"), "w") as f:
    f.write("# Where each planted key runs, and the documentation that says so. The test\n# (tests/exposure_set.rs) plants a key made at run time for each __ZAI_KEY_<id>__\n# in projects/ and compares keyfence's exposure with these labels.\n")
    for (i, project, path, exposure, why) in labels:
        f.write(f"\n[[place]]\nid = {i}\nproject = \"{project}\"\npath = \"{path}\"\nexposure = \"{exposure}\"\nwhy = {json.dumps(why)}\n")
        if i in SCAN:
            f.write(f"scan = \"{SCAN[i]}\"\n")
print(n, "places", file=sys.stderr)
