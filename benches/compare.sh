#!/usr/bin/env bash
# Before and after: the release binary built from this checkout against another
# keyfence binary (an earlier commit's), in paired runs on the same input, with the
# answers checked equal first (benches/paired.py).
#
# Build the other binary from a commit, e.g.:
#   git worktree add /tmp/kf-base <commit> && cargo build --release --locked \
#     --manifest-path /tmp/kf-base/Cargo.toml --target-dir /tmp/kf-base-target
#
# Usage: benches/compare.sh OTHER_BINARY scan|git|audit TARGET [PAIRS] [EXTRA ARGS...]
#   e.g. benches/compare.sh /tmp/kf-base-target/release/keyfence scan bench-data/npm 30
source "$(dirname "$0")/common.sh"
other=${1:?usage: benches/compare.sh OTHER_BINARY scan|git|audit TARGET [PAIRS]}
mode=${2:?mode}
target=${3:?target}
pairs=${4:-20}
shift $(( $# < 4 ? $# : 4 ))
need_path "$target" "nothing to scan"
need_tools python3
[ -x "$other" ] || { echo "skipped: $other is not an executable"; exit 0; }
build_keyfence
python3 benches/paired.py "$pairs" equal this other -- \
    "$kf" "$mode" "$target" "$@" -- "$other" "$mode" "$target" "$@"
