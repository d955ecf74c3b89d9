#!/usr/bin/env bash
# Makes the release archive of one target: keyfence-<version>-<target>.tar.gz (.zip for
# Windows targets) in OUT_DIR, holding the binary, README.md and the licence line, and
# adds its SHA-256 to OUT_DIR/SHA256SUMS. The release workflow and tests/release.rs
# both run it.
#
# Usage: scripts/package.sh TARGET BINARY OUT_DIR [VERSION]
#   TARGET   a Rust target triple (x86_64-unknown-linux-musl, x86_64-pc-windows-msvc...)
#   BINARY   the built keyfence (keyfence.exe on Windows)
#   VERSION  default: the version in Cargo.toml
set -euo pipefail
if [ $# -lt 3 ]; then
    echo "usage: $0 TARGET BINARY OUT_DIR [VERSION]" >&2
    exit 2
fi
target=$1 binary=$2 out=$3
root=$(cd "$(dirname "$0")/.." && pwd)
version=${4:-$(sed -n 's/^version = "\(.*\)"$/\1/p' "$root/Cargo.toml" | head -n 1)}
case "$target" in
    *[!A-Za-z0-9_.-]*|"") echo "package.sh: not a target triple: $target" >&2; exit 2 ;;
esac
case "$version" in
    *[!A-Za-z0-9_.+-]*|"") echo "package.sh: not a version: $version" >&2; exit 2 ;;
esac
[ -f "$binary" ] || { echo "package.sh: no binary at $binary" >&2; exit 2; }

name="keyfence-$version-$target"
mkdir -p "$out"
out=$(cd "$out" && pwd)
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
mkdir "$stage/$name"
case "$target" in
    *windows*) exe=keyfence.exe ;;
    *) exe=keyfence ;;
esac
cp "$binary" "$stage/$name/$exe"
chmod 755 "$stage/$name/$exe"
cp "$root/README.md" "$stage/$name/"
printf 'keyfence %s for %s\nLicence: MIT OR Apache-2.0\n' "$version" "$target" > "$stage/$name/LICENSE.txt"

case "$target" in
    *windows*)
        archive="$name.zip"
        # Python's zipfile is on every runner (Git Bash on Windows has no zip).
        (cd "$stage" && python3 -m zipfile -c "$out/$archive" "$name" 2>/dev/null \
            || python -m zipfile -c "$out/$archive" "$name")
        ;;
    *)
        archive="$name.tar.gz"
        tar -C "$stage" -czf "$out/$archive" "$name"
        ;;
esac

if command -v sha256sum >/dev/null; then
    sum=$(cd "$out" && sha256sum "$archive")
else
    sum=$(cd "$out" && shasum -a 256 "$archive")
fi
# One line per archive: a rerun replaces its own line.
touch "$out/SHA256SUMS"
grep -v "  $archive\$" "$out/SHA256SUMS" > "$out/SHA256SUMS.new" || true
echo "$sum" | sed 's/ \*/  /' >> "$out/SHA256SUMS.new"
mv "$out/SHA256SUMS.new" "$out/SHA256SUMS"
echo "$out/$archive"
