#!/usr/bin/env bash
# Rebuilds the served-site fixtures in tests/data/sites/ from these sources with their
# real toolchains (Vite, Next.js static export, webpack), pinned by each package-lock.
# Needs Node 20 and the npm registry; nothing here downloads at build time beyond
# `npm ci` (no Google fonts, no telemetry). Keys are never written here: each source
# holds a 49-byte placeholder (KF_PLACEHOLDER_<NAME>_XXX…) that tests/url.rs replaces
# with a key it makes, byte for byte, so source-map offsets hold.
set -euo pipefail
cd "$(dirname "$0")"
export NEXT_TELEMETRY_DISABLED=1
out=../data/sites
(cd vite && npm ci --no-audit --no-fund && npx vite build)
(cd next && npm ci --no-audit --no-fund && npx next build)
(cd webpack && npm ci --no-audit --no-fund && npx webpack --mode production)
for site in vite:dist next:out webpack:dist; do
    name=${site%%:*} dir=${site#*:}
    rm -rf "$out/$name"
    cp -r "$name/$dir" "$out/$name"
done
echo "fixtures rebuilt in tests/data/sites/ (cdn/ is written by hand)"
