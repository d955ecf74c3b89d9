#!/usr/bin/env bash
# Range benchmark: what scanning the commits of a push costs against scanning the whole
# history of the same repository, side by side in one hyperfine run. A range of N new
# commits must cost about what those commits do (issue 32: at most twice the whole
# history's scan when the range is the whole history).
#
# The repository: the last N commits of a real one when BARE_REPO is given (a full
# bare clone, e.g. git/git), else N commits made with git fast-import, each editing
# one of 300 files in 10 folders. A key is planted in a commit half way; both scans
# must report it, once, before anything is timed.
#
# Usage: benches/range.sh [N] [RUNS] [BARE_REPO]
source "$(dirname "$0")/common.sh"
n=${1:-20000}
runs=${2:-10}
src=${3:-}
need_tools hyperfine git python3
build_keyfence
work=$PWD/bench-data/range-work
rm -rf "$work"
export GIT_AUTHOR_NAME=bench GIT_AUTHOR_EMAIL=bench@example.com GIT_COMMITTER_NAME=bench GIT_COMMITTER_EMAIL=bench@example.com
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
key=$(python3 -c '
import random
r = random.Random(12)
h, a = "0123456789abcdef", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
print("".join(r.choice(h) for _ in range(32)) + "." + "".join(r.choice(a) for _ in range(16)))')
if [ -n "$src" ]; then
    need_dir "$src" "a full bare clone, e.g. git clone --bare https://github.com/git/git"
    git clone -q --bare "$src" "$work"
    base=$(git -C "$work" rev-parse "HEAD~$n")
    # The key goes on top, so that the range holds it and the whole history too.
    tree=$(git -C "$work" rev-parse "HEAD^{tree}")
    blob=$(printf 'static const char *zai = "%s";\n' "$key" | git -C "$work" hash-object -w --stdin)
    tree=$( (git -C "$work" ls-tree HEAD; printf '100644 blob %s\tbench-zai.c\n' "$blob") | git -C "$work" mktree)
    tip=$(git -C "$work" commit-tree "$tree" -p HEAD -m "bench: a key")
    git -C "$work" update-ref HEAD "$tip"
    what="the last $n commits of $src"
else
    git init -q -b main "$work"
    python3 - "$n" "$key" <<'PY' | git -C "$work" fast-import --quiet
import sys
n, key = int(sys.argv[1]), sys.argv[2]
out = sys.stdout
mark = 0
def blob(data):
    global mark
    mark += 1
    out.write(f"blob\nmark :{mark}\ndata {len(data.encode())}\n{data}\n")
    return mark
for i in range(n):
    files = []
    if i == 0:
        for d in range(10):
            for f in range(30):
                files.append((f"src/d{d}/f{f}.js", blob(f"console.log({d}, {f}, 0);\n")))
    else:
        d, f = i % 10, (i * 7) % 30
        text = f"console.log({d}, {f}, {i});\n" * 3
        if i == n // 2:
            text += f'const key = "{key}";\n'
        files.append((f"src/d{d}/f{f}.js", blob(text)))
    out.write(f"commit refs/heads/main\ncommitter B <b@example.com> {1700000000 + i} +0000\ndata 7\ncommit\n")
    for p, m in files:
        out.write(f"M 100644 :{m} {p}\n")
    out.write("\n")
PY
    git -C "$work" repack -adq
    base=$(git -C "$work" rev-list --max-parents=0 HEAD)
    what="$n commits made by fast-import"
fi
count() { "$kf" git --format jsonl "$@" "$work" 2>/dev/null | grep -c '"rule"' || true; }
[ "$(count --range "$base..HEAD")" = 1 ] || { echo "FAIL: the range did not report the key once"; exit 1; }
[ "$(count)" = 1 ] || { echo "FAIL: the whole history did not report the key once"; exit 1; }
echo "repository: $what; both scans report the planted key once"
cmds=("$kf git --range $base..HEAD $work" "$kf git $work")
names=(range whole)
side_by_side "$out/range.json" "$runs" 2
