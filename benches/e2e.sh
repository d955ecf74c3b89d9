#!/usr/bin/env bash
# End-to-end benchmark: `keyfence scan` against ripgrep and Kingfisher on the real npm
# corpus, side by side in one hyperfine run, with every tool's answer checked first.
#
# Needs: the corpus (benches/fetch-corpus.sh), hyperfine and ripgrep
# (`apt-get install hyperfine ripgrep`), GNU time, python3, and optionally Kingfisher
# (`python3 -m venv ~/peers && ~/peers/bin/pip install kingfisher-bin`; or set
# KINGFISHER=/path/to/kingfisher). Skips, with a message, what it lacks.
#
# Usage: benches/e2e.sh [RUNS]    (default 10 runs per command; medians are reported)
source "$(dirname "$0")/common.sh"
runs=${1:-10}
corpus=bench-data/npm
need_dir "$corpus" "run benches/fetch-corpus.sh first"
need_tools hyperfine rg python3 /usr/bin/time
kingfisher=$(peer kingfisher)
build_keyfence

# A copy of the corpus with keys planted at random places in random files; the keys
# are made here, at run time.
planted=bench-data/npm-planted
plants=40
rm -rf "$planted"
cp -r "$corpus" "$planted"
python3 - "$planted" "$plants" <<'PY'
import os, random, sys
root, n = sys.argv[1], int(sys.argv[2])
rng = random.Random(20261129)
files = sorted(os.path.join(d, f) for d, _, fs in os.walk(root) for f in fs)
hexd, aln = "0123456789abcdef", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
for path in rng.sample(files, n):
    key = "".join(rng.choice(hexd) for _ in range(32)) + "." + "".join(rng.choice(aln) for _ in range(16))
    data = open(path, "rb").read()
    at = rng.randrange(len(data) + 1)
    open(path, "wb").write(data[:at] + b'\n"ZAI_API_KEY": "' + key.encode() + b'",\n' + data[at:])
PY
size=$(du -sb "$planted" | cut -f1)
files=$(find "$planted" -type f | wc -l)
echo "tree: $planted, $files files, $size bytes, $plants keys planted"

# Answers first: a fast wrong answer is not a result.
found=$("$kf" scan --threads 2 --format jsonl "$planted" | wc -l || true)
[ "$found" -eq "$plants" ] || { echo "FAIL: keyfence found $found keys, planted $plants"; exit 1; }
rg_found=$(rg -uuu -c -j2 '[0-9a-f]{32}\.[A-Za-z0-9]{16}' "$planted" | awk -F: '{s+=$NF} END {print s+0}')
[ "$rg_found" -ge "$plants" ] || { echo "FAIL: rg found $rg_found lines, planted $plants"; exit 1; }
echo "answers: keyfence $found findings, rg $rg_found matching lines"
cmds=("$kf scan --threads 2 --format jsonl $planted"
      "rg -uuu -c -j2 '[0-9a-f]{32}\\.[A-Za-z0-9]{16}' $planted")
names=(keyfence ripgrep)
if [ -n "$kingfisher" ] && [ -x "$kingfisher" ]; then
    kcmd="$kingfisher scan $planted --rule betterleaks.zai-api-key --no-validate --no-update-check -j 2 --format jsonl"
    kfound=$( ($kcmd 2>/dev/null || true) | grep -c '"finding":{' || true)
    echo "answers: kingfisher $kfound findings"
    cmds+=("$kcmd")
    names+=(kingfisher)
else
    echo "note: Kingfisher not found; comparing with ripgrep only"
fi

side_by_side "$out/tree.json" "$runs" 2

# One 400 MB file of real text, one thread, with keys planted in it.
big=bench-data/big.txt
big_plants=10
if [ ! -f "$big" ]; then
    find "$corpus" -type f -print0 | sort -z | xargs -0 cat > "$big.part"
    { cat "$big.part" "$big.part" || true; } | head -c 400000000 > "$big.part2"
    rm -f "$big.part"
    python3 - "$big.part2" "$big" "$big_plants" <<'PY'
import random, sys
src, dst, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
rng = random.Random(400)
data = open(src, "rb").read()
hexd, aln = "0123456789abcdef", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
cuts = sorted(rng.randrange(len(data)) for _ in range(n))
parts, last = [], 0
for c in cuts:
    key = "".join(rng.choice(hexd) for _ in range(32)) + "." + "".join(rng.choice(aln) for _ in range(16))
    parts += [data[last:c], b"\nkey: '" + key.encode() + b"'\n"]
    last = c
parts.append(data[last:])
open(dst, "wb").write(b"".join(parts))
PY
    rm -f "$big.part2"
fi
found=$("$kf" scan --threads 1 --format jsonl "$big" | wc -l || true)
[ "$found" -eq "$big_plants" ] || { echo "FAIL: keyfence found $found keys in the big file, planted $big_plants"; exit 1; }
rg_found=$(rg -j1 -uuu -c '[0-9a-f]{32}\.[A-Za-z0-9]{16}' "$big" || true)
[ "${rg_found:-0}" -ge "$big_plants" ] || { echo "FAIL: rg found ${rg_found:-0} lines in the big file"; exit 1; }
echo "big file: $(stat -c %s "$big") bytes, $big_plants keys planted; keyfence $found, rg $rg_found lines"
hyperfine --warmup 1 --runs "$runs" -i --export-json "$out/big.json" -N \
    "$kf scan --threads 1 --format jsonl $big" \
    "rg -j1 -uuu -c '[0-9a-f]{32}\\.[A-Za-z0-9]{16}' $big" >/dev/null
python3 - "$out/big.json" <<'PY'
import json, sys
res = json.load(open(sys.argv[1]))["results"]
k, r = res[0]["median"], res[1]["median"]
print(f"  keyfence -j1 median {k:.3f} s, rg -j1 median {r:.3f} s: keyfence takes {k / r:.2f}x rg's time")
PY
