#!/usr/bin/env python3
"""Take one public repository into the wild exposure set.

    take.py OWNER/NAME --first-id N --out DIR [--commit SHA] [--exclude GLOB ...]

Reads the bare mirror /work/.mirror/OWNER+NAME/repo (or --mirror PATH) at its HEAD
(or --commit), and writes the text files that the project model can read to
DIR/repos/OWNER__NAME/: sources, manifests, configs, env files, HTML, Markdown,
notebooks. It leaves out dependencies and build caches, lock files, binary files,
files over 160 KiB, and stops a repository at 2 MiB (files that name Z.ai first,
then manifests and configs, then the rest, shallow paths first).

No stranger's secret is kept:
- every Z.ai key (32 hex digits, a dot, 16 letters or digits) becomes a placeholder
  `__ZAI_KEY_<id>__`, numbered from --first-id; the test plants a key made at run
  time in its place. Its original is kept as sha256 only, in the label skeleton.
- other providers' secrets (OpenAI, Anthropic, AWS, GitHub, Google, Slack tokens,
  JWTs, private keys, long hex or base64 values assigned to a secret-named variable)
  become `REDACTED`.

Appends to DIR/labels.toml a [[repo]] entry and a [[place]] skeleton for each key
(exposure = "?"), for the labeller to fill in. Claims the repository in
/work/wild-claims/ so that two labellers never take the same one.
"""

import argparse
import fnmatch
import hashlib
import os
import re
import subprocess
import sys

SKIP_DIRS = {
    "node_modules", ".git", "bower_components", "vendor", ".venv", "venv", "env",
    "__pycache__", ".next", ".nuxt", ".output", ".svelte-kit", ".astro", ".turbo",
    ".cache", ".parcel-cache", "coverage", "target", ".gradle", "Pods", ".dart_tool",
    "miniprogram_npm", "unpackage", ".history", ".idea", ".vscode", "site-packages",
}
SKIP_FILES = {
    "package-lock.json", "yarn.lock", "pnpm-lock.yaml", "bun.lockb", "bun.lock",
    "Cargo.lock", "poetry.lock", "Pipfile.lock", "composer.lock", "Gemfile.lock",
    "go.sum", "pubspec.lock", "Podfile.lock", "uv.lock",
}
BINARY_EXT = {
    "png", "jpg", "jpeg", "gif", "webp", "ico", "icns", "bmp", "tif", "tiff", "psd",
    "mp3", "mp4", "wav", "ogg", "webm", "mov", "avi", "flac", "m4a", "aac",
    "woff", "woff2", "ttf", "otf", "eot", "pdf", "zip", "gz", "tgz", "bz2", "xz",
    "7z", "rar", "jar", "war", "aar", "apk", "aab", "ipa", "dex", "so", "dylib",
    "dll", "exe", "bin", "class", "o", "a", "pyc", "wasm", "db", "sqlite", "pt",
    "pth", "onnx", "npy", "npz", "pkl", "h5", "ckpt", "safetensors", "model",
    "xlsx", "xls", "docx", "doc", "pptx", "ppt", "keystore", "jks", "p12",
    "glb", "gltf", "fbx", "obj", "blend", "svg", "map", "parquet", "feather",
    "csv", "tsv", "jsonl",
}
MAX_FILE = 160 * 1024
MAX_REPO = 2 * 1024 * 1024
# Files that name Z.ai come first, then manifests and configs, then the rest by depth,
# so that a repository over the limit keeps what the judgement needs.
ZAI_WORD = re.compile(rb"(?i)bigmodel|zhipu|z\.ai|glm|__ZAI_KEY_|[0-9a-f]{32}\.[A-Za-z0-9]{16}")
CONFIG = re.compile(r"(?i)(^|/)(package\.json|app\.json|project\.config\.json|manifest\.json|pages\.json|tsconfig[^/]*\.json|jsconfig\.json|[^/]*\.config\.[cm]?[jt]s|index\.html|pom\.xml|build\.gradle(\.kts)?|pubspec\.yaml|Cargo\.toml|pyproject\.toml|requirements[^/]*\.txt|go\.mod|vercel\.json|netlify\.toml|wrangler\.toml|Dockerfile|docker-compose[^/]*\.ya?ml|\.env[^/]*|AndroidManifest\.xml|Info\.plist|tauri\.conf\.json|electron-builder[^/]*|app\.config\.[jt]s|project\.json)$")

ZAI = re.compile(r"(?<![0-9A-Za-z])([0-9a-f]{32}\.[A-Za-z0-9]{16})(?![0-9A-Za-z])")
OTHER = [
    re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----"),
    re.compile(r"sk-ant-[A-Za-z0-9_\-]{20,}"),
    re.compile(r"sk-(?:proj-|or-v1-|svcacct-)?[A-Za-z0-9_\-]{20,}"),
    re.compile(r"(?:AKIA|ASIA)[0-9A-Z]{16}"),
    re.compile(r"gh[pousr]_[A-Za-z0-9]{30,}"),
    re.compile(r"github_pat_[A-Za-z0-9_]{30,}"),
    re.compile(r"AIza[0-9A-Za-z_\-]{35}"),
    re.compile(r"xox[abposr]-[A-Za-z0-9\-]{10,}"),
    re.compile(r"eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}"),
    re.compile(r"hf_[A-Za-z0-9]{30,}"),
    re.compile(r"gsk_[A-Za-z0-9]{30,}"),
    re.compile(r"LTAI[A-Za-z0-9]{12,}"),
    re.compile(r"AKID[A-Za-z0-9]{20,}"),
    re.compile(r"tvly-[A-Za-z0-9\-]{20,}"),
]
# A long opaque value given to a secret-named name: API_SECRET = "3f9a…", "token": "…"
NAMED = re.compile(
    r"""(?i)((?:secret|token|passw(?:or)?d|api[_-]?key|apikey|access[_-]?key|app[_-]?secret|private[_-]?key)[A-Za-z0-9_\-]*["']?\s*[:=]\s*["']?)([A-Za-z0-9+/_\-]{24,}={0,2})"""
)


def git(mirror, *args, binary=False):
    out = subprocess.run(["git", "--git-dir", mirror, *args], check=True, capture_output=True)
    return out.stdout if binary else out.stdout.decode()


def skipped(path, excludes):
    parts = path.split("/")
    if any(p in SKIP_DIRS for p in parts[:-1]):
        return "dependency or cache folder"
    name = parts[-1]
    if name in SKIP_FILES:
        return "lock file"
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if ext in BINARY_EXT:
        return "binary or data"
    if name.endswith(".min.js") and "/" in path and parts[0] in ("public", "static", "lib", "libs"):
        return "vendored minified library"
    for g in excludes:
        if fnmatch.fnmatch(path, g):
            return "excluded"
    return None


def redact_other(text):
    n = 0
    for rx in OTHER:
        text, k = rx.subn("REDACTED", text)
        n += k

    def named(m):
        value = m.group(2)
        if "__ZAI_KEY_" in value or value == "REDACTED" or not re.search(r"\d", value):
            return m.group(0)
        return m.group(1) + "REDACTED"

    text, k = NAMED.subn(named, text)
    return text, n + k


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ").replace("\t", " ") + '"'


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("repo")
    ap.add_argument("--first-id", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--commit")
    ap.add_argument("--mirror")
    ap.add_argument("--exclude", action="append", default=[])
    a = ap.parse_args()

    owner, name = a.repo.split("/", 1)
    mirror = a.mirror or f"/work/.mirror/{owner}+{name}/repo"
    if not os.path.isdir(mirror):
        sys.exit(f"no mirror at {mirror}: fetch github:{a.repo} first")
    slug = f"{owner}__{name}"
    os.makedirs("/work/wild-claims", exist_ok=True)
    claim = f"/work/wild-claims/{slug.lower()}"
    try:
        fd = os.open(claim, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        os.write(fd, a.out.encode())
        os.close(fd)
    except FileExistsError:
        if open(claim).read() != a.out:
            sys.exit(f"{a.repo} is already taken by {open(claim).read()}")
    commit = a.commit or git(mirror, "rev-parse", "HEAD").strip()
    dest = os.path.join(a.out, "repos", slug)
    if os.path.exists(dest):
        sys.exit(f"{dest} exists: remove it to take the repository again")

    entries = []
    for line in git(mirror, "ls-tree", "-r", "-l", "-z", commit).split("\0"):
        if not line:
            continue
        meta, path = line.split("\t", 1)
        mode, kind, oid, size = meta.split()
        if kind != "blob" or mode == "120000" or mode == "160000":
            continue
        entries.append((path, oid, int(size)))

    total = 0
    kept = 0
    dropped = {}
    next_id = a.first_id
    places = []
    redactions = 0
    candidates = []
    for path, oid, size in entries:
        why = skipped(path, a.exclude)
        if why is None and size > MAX_FILE:
            why = "over 160 KiB"
        if why:
            dropped[why] = dropped.get(why, 0) + 1
            continue
        data = git(mirror, "cat-file", "blob", oid, binary=True)
        if b"\0" in data[:8192]:
            dropped["binary or data"] = dropped.get("binary or data", 0) + 1
            continue
        rank = 0 if ZAI_WORD.search(data) else 1 if CONFIG.search(path) else 2
        candidates.append((rank, path.count("/"), path, size, data))
    candidates.sort(key=lambda c: c[:3])
    too_big = []
    for rank, _, path, size, data in candidates:
        if total + size > MAX_REPO:
            too_big.append(path)
            continue
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("utf-8", errors="replace")

        out_lines = []
        for lineno, ln in enumerate(text.split("\n"), 1):
            def plant(m):
                nonlocal next_id
                pid = next_id
                next_id += 1
                places.append({
                    "id": pid,
                    "path": path,
                    "line": lineno,
                    "sha256": hashlib.sha256(m.group(1).encode()).hexdigest(),
                    "context": None,
                })
                return f"__ZAI_KEY_{pid}__"
            start = len(places)
            ln = ZAI.sub(plant, ln)
            for p in places[start:]:
                p["context"] = ln.strip()[:160]
            out_lines.append(ln)
        text = "\n".join(out_lines)
        text, k = redact_other(text)
        redactions += k
        target = os.path.join(dest, path)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "w", encoding="utf-8") as f:
            f.write(text)
        total += size
        kept += 1

    labels = os.path.join(a.out, "labels.toml")
    with open(labels, "a", encoding="utf-8") as f:
        f.write(f"\n[[repo]]\nname = {toml_str(a.repo)}\ncommit = {toml_str(commit)}\n")
        f.write(f"url = {toml_str('https://github.com/' + a.repo)}\n")
        f.write('kind = "?"  # the project kind(s), e.g. "vite-vue + express server"\n')
        for p in places:
            f.write("\n[[place]]\n")
            f.write(f"id = {p['id']}\nrepo = {toml_str(a.repo)}\npath = {toml_str(p['path'])}\n")
            f.write('kind = "key"\norigin = "real"\n')
            f.write(f"sha256 = {toml_str(p['sha256'])}\n")
            f.write(f"context = {toml_str(p['context'])}\n")
            f.write('exposure = "?"\nwhy = ""\n')
    print(f"{a.repo} @ {commit[:12]}: kept {kept} files ({total} bytes), dropped {dropped}")
    if too_big:
        print(f"left out to stay under 2 MiB ({len(too_big)}): " + ", ".join(sorted(too_big)[:40]))
    print(f"keys replaced: {len(places)} (ids {a.first_id}..{next_id - 1}), other secrets redacted: {redactions}")
    print(f"next free id: {next_id}")
    for p in places:
        print(f"  __ZAI_KEY_{p['id']}__  {p['path']}:{p['line']}  {p['context'][:100]}")


if __name__ == "__main__":
    main()
