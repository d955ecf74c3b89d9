#!/usr/bin/env python3
"""Paired timing of two keyfence commands on a noisy, shared machine.

Runs A and B in turns (A B, B A, ...), so that whatever slows the machine slows both,
and reports the median wall and CPU time (user + system) of each, the median of the
per-pair ratios A/B, and a 95% bootstrap interval of that median.

It checks the answer first: both commands are run once with `--format jsonl` appended,
and their findings (path, line, column, rule, secret id) must be equal (--check equal)
or B's must all be among A's (--check subset).

Usage: paired.py PAIRS CHECK NAME_A NAME_B -- A... -- B...
"""
import json
import random
import resource
import statistics
import subprocess
import sys
import time


def findings(cmd):
    p = subprocess.run(cmd + ["--format", "jsonl"], capture_output=True)
    if p.returncode not in (0, 1):
        sys.exit(f"FAIL: {' '.join(cmd)} exited {p.returncode}: {p.stderr.decode()[-500:]}")
    rows = [json.loads(l) for l in p.stdout.splitlines() if l.strip()]
    return {(r.get("path"), r.get("line"), r.get("column"), r.get("rule"), r.get("secret"))
            for r in rows if "rule" in r}


def run(cmd):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main():
    args = sys.argv[1:]
    pairs, check, name_a, name_b = int(args[0]), args[1], args[2], args[3]
    rest = args[4:]
    assert rest[0] == "--"
    split = rest.index("--", 1)
    a_cmd, b_cmd = rest[1:split], rest[split + 1:]
    fa, fb = findings(a_cmd), findings(b_cmd)
    if check == "equal" and fa != fb:
        sys.exit(f"FAIL: the answers differ: {len(fa - fb)} only in {name_a}, "
                 f"{len(fb - fa)} only in {name_b}")
    if check == "subset" and not fb <= fa:
        sys.exit(f"FAIL: {name_a} lost {len(fb - fa)} findings of {name_b}")
    print(f"answer checked ({check}): {len(fa)} findings in {name_a}, {len(fb)} in {name_b}")
    for _ in range(3):  # warm the page cache and the CPU
        run(a_cmd), run(b_cmd)
    rows = []
    for i in range(pairs):
        if i % 2 == 0:
            a, b = run(a_cmd), run(b_cmd)
        else:
            b, a = run(b_cmd), run(a_cmd)
        rows.append((a, b))
    print(f"{pairs} pairs")
    for name, k in (("wall", 0), ("cpu", 1)):
        xs = [a[k] * 1000 for a, _ in rows]
        ys = [b[k] * 1000 for _, b in rows]
        ratios = [a[k] / b[k] for a, b in rows]
        rng = random.Random(7)
        boots = sorted(statistics.median(rng.choice(ratios) for _ in ratios)
                       for _ in range(2000))
        lo, hi = boots[50], boots[1949]
        print(f"{name:4}: {name_a} {statistics.median(xs):8.1f} ms, {name_b} "
              f"{statistics.median(ys):8.1f} ms, median ratio {statistics.median(ratios):.3f} "
              f"(95% CI {lo:.3f}-{hi:.3f}), spread of {name_b} "
              f"{statistics.pstdev(ys) / statistics.median(ys) * 100:.1f}%")


if __name__ == "__main__":
    main()
