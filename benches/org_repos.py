#!/usr/bin/env python3
"""Throughput of `keyfence audit --repos` on 200 small local repositories.

Builds 200 repositories with `git fast-import` in a temporary directory: each three
commits of about 20 files (slices of real minified JavaScript from the npm corpus in
bench-data/npm, fetched by benches/fetch-corpus.sh; synthetic code when it is absent,
said so), 30 of them holding keys made at run time (10 keys, each in three
repositories; some in a Vite app's source, some only in history). Then times, in turns:

  urls   `audit --repos` over file:// URLs: mirror clones into a temporary folder,
         `--clone-jobs` 1, 2, 4 and 8;
  cached the same with `--cache DIR` filled by a first run: fetches instead of clones;
  paths  the repositories listed by path: no clone at all (the audit alone);
  mirrors the cache's mirror clones listed by path: the audit of a mirror alone (HEAD's
         files written out, then audited with the history);
  kingfisher (when ~/peers has it): `kingfisher scan` of the same 200 working trees and
         their histories, the nearest peer run over many repositories on disk.

Each keyfence run's answer is checked (10 distinct keys, each in 3 repositories; 200
scanned) and its stderr totals line is read for the split between fetching and
auditing. Reports medians of wall time, per-repository time and the split.

Usage: benches/org_repos.py [BINARY] [RUNS]   (default target/release/keyfence, 3)
"""
import glob
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from url_site import key  # noqa: E402  (a realistic key made at run time)
REPOS = 200


def corpus():
    files = sorted(glob.glob(os.path.join(ROOT, "bench-data", "npm", "**", "*.js"),
                         recursive=True))
    files = [f for f in files if os.path.getsize(f) >= 20_000][:400]
    if not files:
        print("bench-data/npm absent (benches/fetch-corpus.sh): synthetic code instead")
        rng = random.Random(1)
        words = ["function", "return", "var", "const", "this", "null", "if", "else"]
        return [" ".join(rng.choice(words) + str(rng.randint(0, 99)) for _ in range(3000))
                .encode()]
    return [open(f, "rb").read() for f in files]


def fast_import(repo, commits):
    """commits: a list of {path: bytes or None (deleted)}, oldest first."""
    subprocess.run(["git", "init", "-q", "-b", "main", repo], check=True)
    stream = []
    for i, files in enumerate(commits):
        stream.append(b"commit refs/heads/main\n")
        stream.append(b"committer Bench <bench@example.com> %d +0000\n" % (1700000000 + i))
        msg = b"change %d\n" % i
        stream.append(b"data %d\n%s" % (len(msg), msg))
        for path, data in sorted(files.items()):
            if data is None:
                stream.append(b"D %s\n" % path.encode())
            else:
                stream.append(b"M 100644 inline %s\ndata %d\n%s\n" % (path.encode(), len(data), data))
    subprocess.run(["git", "-C", repo, "fast-import", "--quiet"], input=b"".join(stream),
                   check=True)
    subprocess.run(["git", "-C", repo, "checkout", "-q", "-f", "main"], check=True)


def build(base):
    rng = random.Random(23)
    code = corpus()
    keys = [key(rng) for _ in range(10)]
    holders = rng.sample(range(REPOS), 30)
    planted = {r: keys[i // 3] for i, r in enumerate(holders)}
    paths = []
    for r in range(REPOS):
        repo = os.path.join(base, f"repo-{r:03}")
        commits = []
        files = {"package.json": b'{"name":"app","dependencies":{"vite":"5.4.0"}}\n'}
        for c in range(3):
            for f in range(7):
                blob = rng.choice(code)
                start = rng.randrange(max(1, len(blob) - 6000))
                files[f"src/mod{c}_{f}.js"] = blob[start:start + rng.randint(2000, 6000)]
            if r in planted and c == 1:
                files["src/zai.js"] = b'export const apiKey = "%s";\n' % planted[r].encode()
            if r in planted and c == 2 and r % 2:
                files["src/zai.js"] = None  # removed: in history only
            commits.append(dict(files))
            files = {k: v for k, v in files.items() if v is not None}
        fast_import(repo, commits)
        paths.append(repo)
    return paths, keys


TOTALS = re.compile(r"audited (\d+) of (\d+) repositories .* in ([\d.]+)s: fetching ([\d.]+)s "
                    r"and auditing ([\d.]+)s")


def audit(binary, listfile, extra):
    t = time.perf_counter()
    p = subprocess.run([binary, "audit", "--repos", listfile, "--format", "json"] + extra,
                       capture_output=True)
    wall = time.perf_counter() - t
    if p.returncode != 1:
        sys.exit(f"FAIL: exit {p.returncode}: {p.stderr.decode()[-800:]}")
    doc = json.loads(p.stdout)
    keys = [f for f in doc["findings"] if f.get("secret")]
    spread = sorted(len(f["repositories"]) for f in keys)
    scanned = sum(r["status"] == "scanned" for r in doc["repositories"])
    if len(keys) != 10 or spread != [3] * 10 or scanned != REPOS:
        sys.exit(f"FAIL: {len(keys)} keys, spread {spread}, {scanned} scanned")
    m = TOTALS.search(p.stderr.decode())
    if not m:
        sys.exit("FAIL: no totals line on stderr")
    return wall, float(m.group(4)), float(m.group(5))


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "target/release/keyfence")
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    work = tempfile.mkdtemp(prefix="keyfence-org-bench-")
    try:
        t = time.perf_counter()
        paths, _ = build(os.path.join(work, "repos"))
        print(f"built {REPOS} repositories in {time.perf_counter() - t:.1f}s")
        urls = os.path.join(work, "urls.txt")
        with open(urls, "w") as f:
            f.write("".join(f"file://{p}\n" for p in paths))
        local = os.path.join(work, "paths.txt")
        with open(local, "w") as f:
            f.write("".join(f"{p}\n" for p in paths))
        cache = os.path.join(work, "cache")
        audit(binary, urls, ["--cache", cache])  # fills the cache; checks the answer
        configs = [(f"urls, --clone-jobs {j}", urls, ["--clone-jobs", str(j)]) for j in (1, 2, 4, 8)]
        mirrors = os.path.join(work, "mirrors.txt")
        with open(mirrors, "w") as f:
            f.write("".join(f"{os.path.join(cache, d)}\n" for d in sorted(os.listdir(cache))))
        configs += [("cached (fetch)", urls, ["--cache", cache]), ("paths (no clone)", local, []),
                    ("mirrors (no clone)", mirrors, [])]
        results = {name: [] for name, _, _ in configs}
        for i in range(runs):
            order = configs if i % 2 == 0 else configs[::-1]
            for name, lst, extra in order:
                results[name].append(audit(binary, lst, extra))
        print(f"medians of {runs} runs, {REPOS} repositories, answers checked each run:")
        print("(per repository: wall / 200; fetch and audit: each repository's own time, "
              "summed over the run, / 200; fetches overlap each other and the audits)")
        print(f"{'':22} {'wall s':>8} {'ms/repo':>8} {'fetch ms':>9} {'audit ms':>9}")
        for name, rows in results.items():
            wall = statistics.median(r[0] for r in rows)
            fetch = statistics.median(r[1] for r in rows)
            scan = statistics.median(r[2] for r in rows)
            print(f"{name:22} {wall:8.2f} {1000 * wall / REPOS:8.1f} "
                  f"{1000 * fetch / REPOS:9.1f} {1000 * scan / REPOS:9.1f}")
        kf = glob.glob(os.path.expanduser("~/peers/lib/python3*/site-packages/kingfisher/bin/kingfisher"))
        if kf:
            # Its answer checked too: the 10 keys, as distinct Z.ai snippets. (It clones
            # https URLs only, so it runs on the paths.)
            walls = []
            for _ in range(runs):
                t = time.perf_counter()
                p = subprocess.run([kf[0], "scan", *paths, "--no-update-check", "--no-validate",
                                    "--format", "jsonl", "-q"], capture_output=True)
                walls.append(time.perf_counter() - t)
                rows = [json.loads(l) for l in p.stdout.splitlines() if l.startswith(b"{")]
                found = {r["finding"]["snippet"] for r in rows
                         if "zai" in r.get("rule", {}).get("id", "")}
                if len(found) != 10:
                    sys.exit(f"FAIL: kingfisher found {len(found)} distinct keys, not 10")
            print(f"{'kingfisher (paths)':22} {statistics.median(walls):8.2f} "
                  f"{1000 * statistics.median(walls) / REPOS:8.1f}   (answer checked: 10 keys)")
        else:
            print("kingfisher not in ~/peers: no peer row")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
