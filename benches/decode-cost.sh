#!/usr/bin/env bash
# What looking through disguises costs on an ordinary tree: `keyfence scan` with the
# decoders and archive handling on (the default) against `--no-decode --no-archives`,
# run in turns (A, B, A, B, ...) so that a noisy, shared machine slows both alike.
# Reports the median wall time and CPU time (user + system) of each, the median of the
# per-pair ratios, and a 95% bootstrap interval of that median.
#
# It checks its answer first: both runs must succeed, and every finding of the plain
# run must also be a finding of the default run.
#
# Needs: python3. A real source tree with no archives, e.g. a checkout of git/git:
#   git clone bench-data/git-git.git bench-data/hooks-work   (see benches/hooks.sh)
#
# Usage: benches/decode-cost.sh [TREE] [PAIRS]   (default bench-data/hooks-work, 40)
#   PLAIN_ARGS="--no-decode" sets what the plain run adds (default: --no-decode
#   --no-archives); SCAN_ARGS="-j 1" adds to both runs.
set -euo pipefail
cd "$(dirname "$0")/.."
tree=${1:-bench-data/hooks-work}
pairs=${2:-40}
if [ ! -d "$tree" ]; then
    echo "skipped: no tree at $tree (clone one, e.g. git/git, there)"
    exit 0
fi
command -v python3 >/dev/null || { echo "skipped: python3 is not installed"; exit 0; }
cargo build --release --locked --quiet
python3 - "$PWD/target/release/keyfence" "$tree" "$pairs" <<'PY'
import json, os, random, resource, statistics, subprocess, sys, time

kf, tree, pairs = sys.argv[1], sys.argv[2], int(sys.argv[3])
on = [kf, "scan", tree] + os.environ.get("SCAN_ARGS", "").split()
plain_args = os.environ.get("PLAIN_ARGS", "--no-decode --no-archives")
off = on + plain_args.split()

def findings(cmd):
    p = subprocess.run(cmd + ["--format", "jsonl"], capture_output=True)
    if p.returncode not in (0, 1):
        sys.exit(f"FAIL: {' '.join(cmd)} exited {p.returncode}: {p.stderr.decode()[-500:]}")
    rows = [json.loads(l) for l in p.stdout.splitlines() if l.strip()]
    return {(r.get("path"), r.get("line"), r.get("column"), r.get("rule"))
            for r in rows if "rule" in r}

plain, full = findings(off), findings(on)
missing = plain - full
if missing:
    sys.exit(f"FAIL: the default scan lost {len(missing)} findings of the plain scan")
print(f"answer checked: {len(plain)} findings plain, {len(full)} with decoders and archives")

def run(cmd):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu

for _ in range(5):  # warm the page cache and the CPU
    run(on), run(off)
rows = []
for i in range(pairs):
    # Alternate which goes first, so neither always follows the other.
    if i % 2 == 0:
        a, b = run(on), run(off)
    else:
        b, a = run(off), run(on)
    rows.append((a, b))

def report(name, k):
    ons = [a[k] * 1000 for a, _ in rows]
    offs = [b[k] * 1000 for _, b in rows]
    ratios = [a[k] / b[k] for a, b in rows]
    rng = random.Random(7)
    boots = sorted(
        statistics.median(rng.choice(ratios) for _ in ratios) for _ in range(2000)
    )
    lo, hi = boots[50], boots[1949]
    print(f"{name:4}: default {statistics.median(ons):6.1f} ms, "
          f"{plain_args} {statistics.median(offs):6.1f} ms, "
          f"median ratio {statistics.median(ratios):.3f} (95% CI {lo:.3f}-{hi:.3f}), "
          f"pair-to-pair spread of the plain run {statistics.pstdev(offs) / statistics.median(offs) * 100:.1f}%")

print(f"{tree}: {pairs} pairs, default threads")
report("wall", 0)
report("cpu", 1)
PY
