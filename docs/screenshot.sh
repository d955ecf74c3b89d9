#!/usr/bin/env bash
# Renders docs/audit-report.png, the README's picture of `keyfence audit --format html`,
# from a small repository generated here (its keys are random, never issued, and shown
# redacted). Needs git, python3 and Debian's chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked --quiet
kf=$PWD/target/release/keyfence
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GIT_AUTHOR_NAME="Ada Lovelace" GIT_AUTHOR_EMAIL=ada@example.com
export GIT_COMMITTER_NAME="Ada Lovelace" GIT_COMMITTER_EMAIL=ada@example.com
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
key() { python3 -c '
import random, sys
r = random.Random(int(sys.argv[1]))
h, a = "0123456789abcdef", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
print("".join(r.choice(h) for _ in range(32)) + "." + "".join(r.choice(a) for _ in range(16)))' "$1"; }
at() { GIT_AUTHOR_DATE="$1" GIT_COMMITTER_DATE="$1" git -C "$work" commit -q -am "$2"; }
git -C "$work" init -q -b main
mkdir -p "$work/web/src" "$work/api" "$work/web/dist"
echo '{"dependencies": {"vite": "5", "react-dom": "18"}}' > "$work/web/package.json"
echo "print('hello')" > "$work/api/main.py"
git -C "$work" add -A && at 2025-01-10T10:00:00Z "init"
echo "ZAI_API_KEY = '$(key 1)'" > "$work/api/main.py" && at 2025-03-02T09:00:00Z "api: call GLM"
echo "export const client = new ZhipuAI({ apiKey: '$(key 2)' });" > "$work/web/src/zai.ts"
git -C "$work" add -A && at 2025-05-20T15:00:00Z "web: chat widget"
echo "var k=\"$(key 3)\";" > "$work/web/dist/app.js"
git -C "$work" add -A && at 2025-06-01T12:00:00Z "web: build"
git -C "$work" rm -q web/dist/app.js && at 2025-08-15T08:00:00Z "web: stop committing builds"
echo "import os; ZAI_API_KEY = os.environ['ZAI_API_KEY']" > "$work/api/main.py" && at 2025-10-01T08:00:00Z "api: read the key from the environment"
"$kf" audit --format html --output "$work/report.html" "$work" || true
profile=$(mktemp -d)
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --window-size=1100,1500 --hide-scrollbars \
    --screenshot="$PWD/docs/audit-report.png" "file://$work/report.html" 2>/dev/null
rm -rf "$profile"
echo "wrote docs/audit-report.png"
