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
source "$(dirname "$0")/common.sh"
tree=${1:-bench-data/hooks-work}
pairs=${2:-40}
need_dir "$tree" "clone a real source tree there, e.g. git/git"
need_tools python3
build_keyfence
plain_args=${PLAIN_ARGS:---no-decode --no-archives}
# shellcheck disable=SC2086
python3 benches/paired.py "$pairs" subset default "$plain_args" -- \
    "$kf" scan "$tree" ${SCAN_ARGS:-} -- "$kf" scan "$tree" ${SCAN_ARGS:-} $plain_args
