#!/usr/bin/env bash
# Hook benchmark: the time `keyfence hook pre-push` and `keyfence hook pre-commit` add to
# a push or a commit on a large real repository, side by side in one hyperfine run with
# what a plain shell hook would at least have to do (`git log -p` of the pushed range,
# `git diff --cached`) and, when installed, betterleaks (gitleaks' successor) with only
# its Z.ai rule. The answers are checked first: the leaking push and commit are refused,
# the clean ones pass.
#
# Needs a full clone of a large repository outside git's reach, e.g. git/git (about
# 200,000 commits): `git clone --bare https://github.com/git/git bench-data/git-git.git`
# (or copy a mirror there). Also hyperfine and python3. Skips, with a message, what it
# lacks.
#
# Usage: benches/hooks.sh [BARE_REPO] [RUNS]
source "$(dirname "$0")/common.sh"
src=${1:-bench-data/git-git.git}
runs=${2:-20}
need_dir "$src" "see the comment at the top of this script"
need_tools hyperfine git python3
betterleaks=$(peer betterleaks)
build_keyfence
top=$PWD

# A clone (refs/remotes/origin/* as a real clone has them), a leaking commit and a
# clean one on top of the default branch, each changing three files.
work=$top/bench-data/hooks-work
rm -rf "$work"
git clone -q "$src" "$work"
cd "$work"
export GIT_AUTHOR_NAME=bench GIT_AUTHOR_EMAIL=bench@example.com GIT_COMMITTER_NAME=bench GIT_COMMITTER_EMAIL=bench@example.com
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
key=$(python3 -c '
import random
r = random.Random(11)
h, a = "0123456789abcdef", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
print("".join(r.choice(h) for _ in range(32)) + "." + "".join(r.choice(a) for _ in range(16)))')
base=$(git rev-parse HEAD)
branch=$(git symbolic-ref --short HEAD)
commits=$(git rev-list --count HEAD)
edit() { # three files: two edited, one new
    echo "/* bench $1 */" >> "$(git ls-files '*.c' | head -n 1)"
    echo "# bench $1" >> "$(git ls-files '*.sh' | head -n 1)"
    printf '%s\n' "$2" > bench-zai.c
    git add -A
}
git checkout -q -b leak "$base"
edit leak "static const char *zai = \"$key\";"
git commit -q -m "bench: a key"
leak=$(git rev-parse HEAD)
git checkout -q -b clean "$base"
edit clean "static const char *zai = getenv(\"ZAI_API_KEY\");"
git commit -q -m "bench: clean"
clean=$(git rev-parse HEAD)
zero=0000000000000000000000000000000000000000
printf 'refs/heads/leak %s refs/heads/%s %s\n' "$leak" "$branch" "$base" > "$out/push-leak.txt"
printf 'refs/heads/clean %s refs/heads/%s %s\n' "$clean" "$branch" "$base" > "$out/push-clean.txt"
printf 'refs/heads/clean %s refs/heads/new-branch %s\n' "$clean" "$zero" > "$out/push-new.txt"

# git passes the remote's name and URL; the hook lists the remote's refs at that URL.
url=$src
status() { set +e; "$@" >/dev/null 2>&1; echo $?; set -e; }
[ "$(status sh -c "$kf hook pre-push origin $url < $out/push-leak.txt")" = 1 ] || { echo "FAIL: the leaking push was not refused"; exit 1; }
[ "$(status sh -c "$kf hook pre-push origin $url < $out/push-clean.txt")" = 0 ] || { echo "FAIL: the clean push was refused"; exit 1; }
[ "$(status sh -c "$kf hook pre-push origin $url < $out/push-new.txt")" = 0 ] || { echo "FAIL: the clean new branch was refused"; exit 1; }
# A small staged change: the same three files; then a leaking one.
edit staged "static const char *zai = getenv(\"ZAI_API_KEY\");"
[ "$(status "$kf" hook pre-commit)" = 0 ] || { echo "FAIL: the clean commit was refused"; exit 1; }
printf 'static const char *zai = "%s";\n' "$key" > bench-zai.c
git add bench-zai.c
[ "$(status "$kf" hook pre-commit)" = 1 ] || { echo "FAIL: the leaking commit was not refused"; exit 1; }
echo "repository: $src ($commits commits on $branch); leaking push and commit refused, clean ones pass"

push=("$kf hook pre-push origin $url < $out/push-clean.txt"
      "$kf hook pre-push origin $url < $out/push-leak.txt"
      "$kf hook pre-push origin $url < $out/push-new.txt"
      "git log -p $base..$clean >/dev/null")
names=("keyfence pre-push (one commit, clean)" "keyfence pre-push (one commit, leaking)"
       "keyfence pre-push (new branch)" "git log -p of the pushed commit")
if [ -n "$betterleaks" ] && [ -x "$betterleaks" ]; then
    push+=("$betterleaks git . --log-opts=$base..$leak -ir zai-api-key --no-banner --exit-code 0 >/dev/null 2>&1")
    names+=("betterleaks git --log-opts (one commit)")
fi
git checkout -q clean
edit staged "static const char *zai = getenv(\"ZAI_API_KEY\");"
pre=("$kf hook pre-commit" "git diff --cached >/dev/null")
pnames=("keyfence pre-commit (3 staged files)" "git diff --cached")
if [ -n "$betterleaks" ] && [ -x "$betterleaks" ]; then
    pre+=("$betterleaks git . --staged -ir zai-api-key --no-banner --exit-code 0 >/dev/null 2>&1")
    pnames+=("betterleaks git --staged")
fi

run() { # json, names..., -- commands...
    local json=$1; shift
    local args=()
    while [ "$1" != -- ]; do args+=(-n "$1"); shift; done
    shift
    hyperfine -w 3 -r "$runs" -i --export-json "$json" "${args[@]}" "$@" >/dev/null 2>&1
    python3 - "$json" <<'EOF'
import json, sys
res = json.load(open(sys.argv[1]))["results"]
for r in res:
    print(f"  {r['command']:44s} median {r['median'] * 1000:7.1f} ms")
EOF
}
echo "pre-push, git's input on stdin ($runs runs):"
run "$out/hooks-push.json" "${names[@]}" -- "${push[@]}"
echo "pre-commit ($runs runs):"
run "$out/hooks-commit.json" "${pnames[@]}" -- "${pre[@]}"

# The server's pre-receive: a bare copy of the repository with keyfence's hook, and the
# same push without a hook, side by side (git's own cost of a push is the baseline).
server=$top/bench-data/hooks-server.git
plain=$top/bench-data/hooks-plain.git
rm -rf "$server" "$plain"
git clone -q --bare "$src" "$server"
git clone -q --bare "$src" "$plain"
"$kf" hook install --server "$server" >/dev/null
git -C "$work" checkout -q clean
[ "$(status git -C "$work" push -q "$server" leak:refs/heads/bench-leak)" = 1 ] || { echo "FAIL: the server accepted the leaking push"; exit 1; }
[ "$(status git -C "$work" push -q "$server" clean:refs/heads/bench-clean)" = 0 ] || { echo "FAIL: the server refused the clean push"; exit 1; }
echo "pre-receive: the leaking push is refused by the server, the clean one accepted"
reset="git -C $server update-ref -d refs/heads/bench-clean; git -C $plain update-ref -d refs/heads/bench-clean"
hyperfine -w 3 -r "$runs" -i --prepare "$reset" --export-json "$out/hooks-receive.json" \
    -n "git push, one commit, server with keyfence pre-receive" "git -C $work push -q $server clean:refs/heads/bench-clean" \
    -n "git push, one commit, server without a hook" "git -C $work push -q $plain clean:refs/heads/bench-clean" >/dev/null 2>&1
python3 - "$out/hooks-receive.json" <<'EOF'
import json, sys
res = json.load(open(sys.argv[1]))["results"]
for r in res:
    print(f"  {r['command']:44s} median {r['median'] * 1000:7.1f} ms")
m = [r["median"] for r in res]
print(f"  the hook adds {(m[0] - m[1]) * 1000:.1f} ms to a push of one commit")
EOF
