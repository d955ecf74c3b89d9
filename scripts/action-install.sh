#!/usr/bin/env bash
# The GitHub Action's install step: downloads the release archive of keyfence for this
# runner, checks it against the release's SHA256SUMS, and unpacks the binary into
# $KEYFENCE_ROOT/bin. tests/release.rs runs it against a local server.
#
# Environment:
#   KEYFENCE_VERSION           the release (e.g. 0.1.0), required
#   KEYFENCE_ROOT              where bin/keyfence goes, required
#   RUNNER_OS, RUNNER_ARCH     as GitHub sets them (Linux|macOS|Windows, X64|ARM64)
#   KEYFENCE_RELEASE_BASE_URL  where the release's files are (default: the GitHub
#                              release of that version); for tests
# Exit status: 0 installed; 3 no release asset for this version and runner (the Action
# then builds from source); 1 anything else, a checksum mismatch included.
set -euo pipefail
version=${KEYFENCE_VERSION:?KEYFENCE_VERSION is required}
root=${KEYFENCE_ROOT:?KEYFENCE_ROOT is required}
case "$version" in
    *[!A-Za-z0-9_.+-]*) echo "keyfence: not a version: $version" >&2; exit 1 ;;
esac
case "${RUNNER_OS:-}-${RUNNER_ARCH:-}" in
    Linux-X64) target=x86_64-unknown-linux-musl ;;
    Linux-ARM64) target=aarch64-unknown-linux-musl ;;
    macOS-X64) target=x86_64-apple-darwin ;;
    macOS-ARM64) target=aarch64-apple-darwin ;;
    Windows-X64) target=x86_64-pc-windows-msvc ;;
    *) echo "keyfence: no release build for ${RUNNER_OS:-?} ${RUNNER_ARCH:-?}"; exit 3 ;;
esac
case "$target" in
    *windows*) archive="keyfence-$version-$target.zip" exe=keyfence.exe ;;
    *) archive="keyfence-$version-$target.tar.gz" exe=keyfence ;;
esac
base=${KEYFENCE_RELEASE_BASE_URL:-https://github.com/keyfence/keyfence/releases/download/v$version}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fetch() { # URL FILE -> 0, or 22 when the server says 404 / any HTTP error
    curl --fail --silent --show-error --location --retry 3 --max-time 300 \
        --proto '=https,http' -o "$2" "$1"
}
if ! fetch "$base/SHA256SUMS" "$work/SHA256SUMS" 2>"$work/err" \
    || ! fetch "$base/$archive" "$work/$archive" 2>>"$work/err"; then
    echo "keyfence: no release asset $archive for $version at $base ($(tail -n 1 "$work/err"))"
    exit 3
fi
want=$(awk -v a="$archive" '$2 == a || $2 == "*" a { print $1 }' "$work/SHA256SUMS" | head -n 1)
if [ -z "$want" ]; then
    echo "keyfence: SHA256SUMS lists no $archive" >&2
    exit 1
fi
if command -v sha256sum >/dev/null; then
    got=$(sha256sum "$work/$archive" | awk '{print $1}')
else
    got=$(shasum -a 256 "$work/$archive" | awk '{print $1}')
fi
if [ "$got" != "$want" ]; then
    echo "keyfence: checksum mismatch for $archive: SHA256SUMS says $want, the download is $got" >&2
    exit 1
fi
mkdir -p "$work/x" "$root/bin"
case "$archive" in
    *.zip) (cd "$work/x" && python3 -m zipfile -e "$work/$archive" . 2>/dev/null \
        || python -m zipfile -e "$work/$archive" .) ;;
    *) tar -C "$work/x" -xzf "$work/$archive" ;;
esac
install_from="$work/x/keyfence-$version-$target/$exe"
[ -f "$install_from" ] || { echo "keyfence: $archive holds no $exe" >&2; exit 1; }
cp "$install_from" "$root/bin/$exe"
chmod 755 "$root/bin/$exe"
echo "keyfence: installed $version ($target) from $base, checksum verified"
