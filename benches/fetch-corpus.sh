#!/usr/bin/env bash
# Fetches the real-text corpus for the benchmarks and the real-data check into
# bench-data/ (ignored by git, never committed): the npm packages named below,
# unpacked with `npm pack`. Needs node and npm. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
dest=bench-data/npm
mkdir -p "$dest"
cd "$dest"
packages=(typescript react-dom vue three lodash @angular/core monaco-editor echarts)
for p in "${packages[@]}"; do
    dir=$(echo "$p" | tr '/@' '__')
    if [ -d "$dir" ]; then continue; fi
    tgz=$(npm pack --silent "$p" | tail -n 1)
    mkdir -p "$dir"
    tar -xzf "$tgz" -C "$dir"
    rm -f "$tgz"
done
du -sh . | sed 's/^/corpus: /'
