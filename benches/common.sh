# Shared set-up for the benchmark scripts: sourced, never run. Each helper skips the
# benchmark with a message (exit 0) when what it needs is missing.
#
#   need_dir DIR HINT     skip unless DIR exists (HINT says how to get it)
#   need_path PATH HINT   skip unless PATH (a file or a directory) exists
#   need_tools TOOL...    skip unless every TOOL is on PATH
#   peer NAME             the path of a peer tool installed in ~/peers (empty if none);
#                         KINGFISHER or BETTERLEAKS override it
#   build_keyfence        builds the release binary; sets $kf and $out (results folder)
#   side_by_side JSON RUNS WARMUP
#                         one hyperfine run of the commands in the array `cmds`
#                         (named by the array `names`, keyfence first), then each
#                         one's peak memory and median time against keyfence's
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

need_dir() {
    if [ ! -d "$1" ]; then
        echo "skipped: no $1 ($2)"
        exit 0
    fi
}

need_path() {
    if [ ! -e "$1" ]; then
        echo "skipped: no $1 ($2)"
        exit 0
    fi
}

need_tools() {
    for tool in "$@"; do
        command -v "$tool" >/dev/null || { echo "skipped: $tool is not installed"; exit 0; }
    done
}

peer() {
    case "$1" in
        kingfisher) echo "${KINGFISHER:-$(ls ~/peers/lib/python3*/site-packages/kingfisher/bin/kingfisher 2>/dev/null | head -n 1 || true)}" ;;
        betterleaks) echo "${BETTERLEAKS:-$(ls ~/peers/bin/betterleaks 2>/dev/null | head -n 1 || true)}" ;;
    esac
}

build_keyfence() {
    cargo build --release --locked --quiet
    kf=$PWD/target/release/keyfence
    out=$PWD/bench-data/results
    mkdir -p "$out"
}

side_by_side() {
    local json=$1 runs=$2 warmup=$3
    hyperfine --warmup "$warmup" --runs "$runs" -i -N --export-json "$json" "${cmds[@]}" >/dev/null
    echo "peak memory (max RSS, KiB):"
    for i in "${!cmds[@]}"; do
        mem=$( { /usr/bin/time -f "%M" bash -c "${cmds[$i]} >/dev/null 2>&1" || true; } 2>&1 | tail -n 1)
        echo "  ${names[$i]}: $mem"
    done
    python3 - "$json" "${names[@]}" <<'PY'
import json, sys
res = json.load(open(sys.argv[1]))["results"]
names = sys.argv[2:]
base = res[0]["median"]
for name, r in zip(names, res):
    print(f"  {name:<11} median {r['median']:.3f} s  (keyfence / {name}: {base / r['median']:.2f}x time)")
PY
}
