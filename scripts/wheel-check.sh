#!/usr/bin/env bash
# Builds the Python wheel (maturin, `bin` bindings, dev profile), installs it in a fresh
# virtual environment with no Rust on PATH, and checks it: `keyfence --version`, a scan
# that finds a key made here, a clean scan, and the no-compile pre-commit hook (`repo:
# local`, `language: python`, the wheel installed by the framework from a local folder
# with PIP_FIND_LINKS and PIP_NO_INDEX) refusing a commit with a key. .ci/run runs it.
#
# Tools come from PyPI at the versions pinned below; where they cannot be installed (no
# network), the check says so and is skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
MATURIN="maturin==1.16.0"
PRE_COMMIT="pre-commit==4.3.0"
# What pre-commit's placeholder package for a `repo: local` Python hook is built with.
SETUPTOOLS="setuptools==80.9.0"
WHEEL="wheel==0.45.1"
work=target/wheel-check
rm -rf "$work/wheels" "$work/user" "$work/try"
mkdir -p "$work"
if [ ! -x "$work/tools/bin/maturin" ] || [ ! -x "$work/tools/bin/pre-commit" ]; then
    rm -rf "$work/tools"
    if ! python3 -m venv "$work/tools" \
        || ! "$work/tools/bin/pip" install -q --disable-pip-version-check "$MATURIN" "$PRE_COMMIT" \
        || ! "$work/tools/bin/pip" download -q --disable-pip-version-check --only-binary :all: \
            -d "$work/deps" "$SETUPTOOLS" "$WHEEL"; then
        echo "wheel check skipped: could not install $MATURIN and $PRE_COMMIT from PyPI"
        rm -rf "$work/tools" "$work/deps"
        exit 0
    fi
fi
"$work/tools/bin/maturin" build --profile dev --locked -o "$work/wheels" 2>&1 | tail -n 1
# The distribution is keyfence-zai (PyPI's `keyfence` is somebody else's).
wheel=$(ls "$work"/wheels/keyfence_zai-*.whl)
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)

# A fresh environment, and a PATH with no cargo or rustc on it.
python3 -m venv "$work/user"
"$work/user/bin/pip" install -q --disable-pip-version-check --no-index "$wheel"
user_path="$(pwd)/$work/user/bin:/usr/bin:/bin"
if PATH="$user_path" command -v cargo >/dev/null || PATH="$user_path" command -v rustc >/dev/null; then
    echo "wheel check: cargo or rustc is on the restricted PATH" >&2
    exit 1
fi
PATH="$user_path" keyfence --version | grep -q "^keyfence $version (commit "
mkdir -p "$work/try/clean" "$work/try/leaky"
echo 'print("hello")' > "$work/try/clean/app.py"
key=$(python3 -c 'import secrets, string
a = string.ascii_letters + string.digits
while True:
    s = "".join(secrets.choice(a) for _ in range(16))
    if any(c.isupper() for c in s) and any(c.islower() for c in s) and any(c.isdigit() for c in s):
        break
print(secrets.token_hex(16) + "." + s)')
echo "ZHIPUAI_API_KEY=$key" > "$work/try/leaky/.env"
PATH="$user_path" keyfence scan "$work/try/clean" --quiet >/dev/null
set +e
PATH="$user_path" keyfence scan "$work/try/leaky" --quiet --format jsonl > "$work/try/found.jsonl"
status=$?
set -e
[ "$status" = 1 ] || { echo "wheel check: the scan exited $status, not 1" >&2; exit 1; }
grep -q '"rule":"zai-api-key"' "$work/try/found.jsonl"
! grep -q "$key" "$work/try/found.jsonl"

# The pre-commit framework, installing the wheel itself from a local folder.
repo="$work/try/repo"
git init -q "$repo"
git -C "$repo" config user.email ci@example.com
git -C "$repo" config user.name ci
cat > "$repo/.pre-commit-config.yaml" <<YAML
repos:
  - repo: local
    hooks:
      - id: keyfence
        name: keyfence (no Rust needed)
        entry: keyfence hook pre-commit
        language: python
        additional_dependencies: ["keyfence-zai==$version"]
        stages: [pre-commit]
YAML
git -C "$repo" add .pre-commit-config.yaml
export PRE_COMMIT_HOME="$(pwd)/$work/try/pre-commit-home"
export PIP_FIND_LINKS="$(pwd)/$work/wheels $(pwd)/$work/deps" PIP_NO_INDEX=1
(cd "$repo" && "../../tools/bin/pre-commit" install >/dev/null \
    && git commit -q -m "config")
echo 'print("hello")' > "$repo/ok.py"
git -C "$repo" add ok.py
(cd "$repo" && git commit -q -m "clean")
echo "ZHIPUAI_API_KEY=$key" > "$repo/.env"
git -C "$repo" add .env
if (cd "$repo" && git commit -q -m "leak" >"../hook.out" 2>&1); then
    echo "wheel check: the pre-commit hook let a key through" >&2
    exit 1
fi
grep -q "commit refused: a Z.ai API key" "$work/try/hook.out"
! grep -q "$key" "$work/try/hook.out"
echo "wheel check: $(basename "$wheel") installs without Rust, scans, and its pre-commit hook refuses a key"
