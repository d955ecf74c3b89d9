#!/usr/bin/env bash
# History benchmark: `keyfence git` against `git cat-file --batch-all-objects --batch`
# (one process that reads and inflates every object) and Kingfisher with only its Z.ai
# rule, side by side in one hyperfine run, after checking keyfence's answer.
#
# Needs a full clone of a real repository, kept outside git's reach in bench-data/
# (never committed), e.g. vuejs/core: `git clone --bare https://github.com/vuejs/core
# bench-data/vuejs-core.git` (or copy a mirror there). Also hyperfine, GNU time and,
# optionally, Kingfisher (see benches/e2e.sh). Skips, with a message, what it lacks.
#
# Usage: benches/git.sh [BARE_REPO] [RUNS]
source "$(dirname "$0")/common.sh"
src=${1:-bench-data/vuejs-core.git}
runs=${2:-5}
need_dir "$src" "see the comment at the top of this script"
need_tools hyperfine git python3 /usr/bin/time
kingfisher=$(peer kingfisher)
build_keyfence

# A mirror (every ref, so every tool reads the same objects) with two keys planted in a
# new branch: one in a file, one in the commit message.
work=bench-data/git-planted.git
rm -rf "$work"
git clone -q --mirror "$src" "$work"
keys=$(python3 -c '
import random
r = random.Random(7)
h, a = "0123456789abcdef", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
for _ in range(2):
    print("".join(r.choice(h) for _ in range(32)) + "." + "".join(r.choice(a) for _ in range(16)))')
k1=$(echo "$keys" | sed -n 1p)
k2=$(echo "$keys" | sed -n 2p)
export GIT_AUTHOR_NAME=bench GIT_AUTHOR_EMAIL=bench@example.com GIT_COMMITTER_NAME=bench GIT_COMMITTER_EMAIL=bench@example.com
blob=$(echo "export const key = '$k1'" | git --git-dir="$work" hash-object -w --stdin)
tree=$(printf '100644 blob %s\tplanted.ts\n' "$blob" | git --git-dir="$work" mktree)
commit=$(git --git-dir="$work" commit-tree "$tree" -p HEAD -m "planted $k2")
git --git-dir="$work" update-ref refs/heads/planted "$commit"

found=$("$kf" git --format jsonl "$work" | wc -l || true)
[ "$found" -eq 2 ] || { echo "FAIL: keyfence found $found secrets in history, planted 2"; exit 1; }
objects=$(git --git-dir="$work" count-objects -v | awk '/^in-pack/{print $2}')
echo "repository: $src ($objects packed objects), 2 keys planted; keyfence found 2"

cmds=("$kf git $work" "git --git-dir=$work cat-file --batch-all-objects --batch")
names=(keyfence cat-file)
if [ -n "$kingfisher" ] && [ -x "$kingfisher" ]; then
    kfound=$( ("$kingfisher" scan "$work" --rule betterleaks.zai-api-key --no-validate --no-update-check -j 2 --format jsonl 2>/dev/null || true) | grep -c '"finding":{' || true)
    echo "kingfisher found $kfound"
    cmds+=("$kingfisher scan $work --rule betterleaks.zai-api-key --no-validate --no-update-check -j 2")
    names+=(kingfisher)
fi
side_by_side "$out/git.json" "$runs" 1
