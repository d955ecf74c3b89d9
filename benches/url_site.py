#!/usr/bin/env python3
"""What `keyfence url` costs on a 300-asset site (about 30 MB) served on loopback.

Builds the site in a temporary directory: an index page, an entry script that imports
299 chunks (each about 100 KB of real minified JavaScript from the npm corpus in
bench-data/npm, fetched by benches/fetch-corpus.sh; synthetic code when it is absent,
said so), content-hashed names, keys planted in 10 chunks (made at run time, never
stored). Serves it from this process on a loopback port and runs, in turns, `keyfence
url` on the site and `keyfence scan` on the same files on disk (the baseline: the same
bytes without HTTP). Each run's answer is checked: exactly the planted keys.

Reports the median user+sys CPU and wall time of each, and the median of the per-pair
ratios url/scan. The issue's bound: url at most 0.5 s of CPU.

Usage: benches/url_site.py [BINARY] [PAIRS]   (default target/release/keyfence, 7)
"""
import hashlib
import http.server
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from paired import run  # noqa: E402  (wall and user+sys CPU of one child)
HEX = "0123456789abcdef"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def key(rng):
    while True:
        secret = "".join(rng.choice(ALNUM) for _ in range(16))
        if any(c.isupper() for c in secret) and any(c.islower() for c in secret) \
                and any(c.isdigit() for c in secret):
            return "".join(rng.choice(HEX) for _ in range(32)) + "." + secret


def corpus():
    base = os.path.join(ROOT, "bench-data", "npm")
    files = []
    for d, _, names in os.walk(base):
        for n in sorted(names):
            if n.endswith(".js"):
                p = os.path.join(d, n)
                if os.path.getsize(p) >= 50_000:
                    files.append(p)
    files.sort()
    if not files:
        print("bench-data/npm absent (benches/fetch-corpus.sh): synthetic code instead")
        rng = random.Random(1)
        words = ["function", "return", "var", "const", "this", "null", "if", "else", "new"]
        return [(" ".join(rng.choice(words) + str(rng.randint(0, 999)) for _ in range(20000))
                 ).encode()]
    return [open(p, "rb").read() for p in files]


def build(dir, rng):
    texts = corpus()
    assets = os.path.join(dir, "assets")
    os.makedirs(assets)
    names, planted = [], []
    blob = b"\n".join(texts)
    for i in range(299):
        start = (i * 104_729) % max(1, len(blob) - 100_000)
        body = blob[start:start + 100_000]
        if i % 30 == 7:
            k = key(rng)
            planted.append(k)
            body = body + b'\n;var zhipuKey="' + k.encode() + b'";\n'
        h = hashlib.sha256(body).hexdigest()[:8]
        name = f"chunk{i}-{h}.js"
        with open(os.path.join(assets, name), "wb") as f:
            f.write(body)
        names.append(name)
    entry = "".join(f'import("./{n}");' for n in names).encode()
    with open(os.path.join(assets, "entry-0a1b2c3d.js"), "wb") as f:
        f.write(entry)
    with open(os.path.join(dir, "index.html"), "w") as f:
        f.write('<!doctype html><html><head><script type="module" '
                'src="/assets/entry-0a1b2c3d.js"></script></head><body></body></html>')
    return planted


def secrets(cmd):
    p = subprocess.run(cmd + ["--format", "jsonl", "--show-secrets"], capture_output=True)
    if p.returncode != 1:
        sys.exit(f"FAIL: {' '.join(cmd)} exited {p.returncode}: {p.stderr.decode()[-800:]}")
    return sorted(json.loads(l)["secret"] for l in p.stdout.splitlines()
                  if l.strip() and "secret" in json.loads(l))


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *a):
        pass


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "target/release/keyfence")
    pairs = int(sys.argv[2]) if len(sys.argv) > 2 else 7
    with tempfile.TemporaryDirectory() as dir:
        planted = sorted(build(dir, random.Random(42)))
        size = sum(os.path.getsize(os.path.join(d, n)) for d, _, ns in os.walk(dir) for n in ns)
        handler = lambda *a, **k: Quiet(*a, directory=dir, **k)
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        url = [binary, "url", f"http://127.0.0.1:{server.server_port}/"]
        scan = [binary, "scan", dir]
        print(f"site: 301 files, {size / 1e6:.1f} MB, {len(planted)} keys planted")
        for name, cmd in (("url", url), ("scan", scan)):
            got = secrets(cmd)
            if got != planted:
                sys.exit(f"FAIL: {name} found {len(got)} keys, planted {len(planted)}")
        u, s = [], []
        for i in range(pairs):
            order = [(url, u), (scan, s)] if i % 2 == 0 else [(scan, s), (url, u)]
            for cmd, out in order:
                out.append(run(cmd))
        server.shutdown()
    med = lambda xs, k: statistics.median(x[k] for x in xs)
    ratios = [a[1] / b[1] for a, b in zip(u, s) if b[1] > 0]
    print(f"url:  CPU {med(u, 1):.3f} s (user+sys), wall {med(u, 0):.3f} s  (median of {pairs})")
    print(f"scan: CPU {med(s, 1):.3f} s (user+sys), wall {med(s, 0):.3f} s")
    print(f"CPU ratio url/scan: {statistics.median(ratios):.2f}")
    if med(u, 1) > 0.5:
        sys.exit(f"FAIL: url used {med(u, 1):.3f} s of CPU, over the 0.5 s bound")


if __name__ == "__main__":
    main()
