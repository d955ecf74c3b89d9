#!/usr/bin/env python3
"""Draws the frozen third of the wild set: split.py > split.toml

The repositories of every labels/*.toml, sorted by name, are shuffled with a fixed
seed; the first third (rounded up) is frozen, the rest is for tuning. It is drawn by
repository, not by place, so that the frozen part is code the classifier was never
tuned on. Run once, when the labels are committed, before any score.
"""

import glob
import os
import random
import tomllib

SEED = 33033

here = os.path.dirname(os.path.abspath(__file__))
repos = set()
for f in sorted(glob.glob(os.path.join(here, "labels", "*.toml"))):
    with open(f, "rb") as fh:
        repos.update(r["name"] for r in tomllib.load(fh).get("repo", []))
repos = sorted(repos)
random.Random(SEED).shuffle(repos)
frozen = set(repos[: (len(repos) + 2) // 3])
print(f"# Drawn by split.py with seed {SEED}: {len(frozen)} frozen, {len(repos) - len(frozen)} tune.")
print("# The frozen repositories are scored once, at the end; tuning looks at the others only.")
for r in sorted(repos):
    print(f'[[repo]]\nname = "{r}"\nsplit = "{"frozen" if r in frozen else "tune"}"')
