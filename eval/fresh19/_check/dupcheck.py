#!/usr/bin/env python3
"""Duplicate / place check for eval/fresh19 (system python3, no third-party packages).

1. The five places of this set (Chinese name and pinyin) must appear in no file name under
   /work/main/eval/*/docs/ or /work/shared/*/ (fresh19's own docs excluded).
2. They must not be one of the places the brief excluded (日照, 新乡, 湖州, 咸宁, 成都).
3. Extra (informative): no file there has the same title line as one of our documents, and no
   file's first 400 characters name one of our places (reported, not an error, since a place
   named inside another text is not a duplicate).
Writes its report to stdout; run as `python3 _check/dupcheck.py > _check/dupcheck.log`.
"""
import glob
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
PLACES = {  # doc id -> (Chinese place name, pinyin as it would appear in a file name)
    "js-huaian-zhuisu-2017": ("淮安", "huaian"),
    "gx-xilin-guihuidai-2021": ("西林", "xilin"),
    "gd-foshan-huoyun-2022": ("佛山", "foshan"),
    "gz-tongren-hugong-2016": ("铜仁", "tongren"),
    "sd-qingdao-anquanzhidu-2017": ("青岛", "qingdao"),
}
EXCLUDED = ["日照", "新乡", "湖州", "咸宁", "成都", "rizhao", "xinxiang", "huzhou", "xianning", "chengdu"]

files = sorted(set(glob.glob("/work/main/eval/*/docs/*") + glob.glob("/work/shared/*/*")))
files = [f for f in files if os.path.isfile(f) and "/eval/fresh19/" not in f]
print(f"files examined: {len(files)} (eval/*/docs/ and /work/shared/*/, fresh19 excluded)")

errors = 0
for doc, (cn, py) in PLACES.items():
    hits = [f for f in files if cn in os.path.basename(f) or py in os.path.basename(f).lower()]
    print(f"{doc}: place {cn}/{py}: {len(hits)} file name(s) containing it" + ("" if not hits else ": " + ", ".join(hits)))
    errors += len(hits)
    for ex in EXCLUDED:
        if ex in (cn, py):
            print(f"  ERROR: {cn} is an excluded place")
            errors += 1

# title lines of our docs (the first line that holds 关于 or the document name)
def title_of(path):
    with open(path, encoding="utf-8", errors="replace") as fh:
        lines = [l.strip() for l in fh.read(3000).splitlines() if l.strip()]
    for l in lines:
        if "法宝引证码" in l or l.startswith("原文链接"):
            continue
        return l.lstrip("# ").replace("title:", "").strip()
    return ""

ours = {os.path.basename(p)[:-4]: title_of(p) for p in glob.glob(os.path.join(SET, "docs", "*.txt"))}
for doc, t in sorted(ours.items()):
    print(f"title of {doc}: {t}")
same = 0
for f in files:
    try:
        with open(f, encoding="utf-8", errors="replace") as fh:
            head = fh.read(400)
    except OSError:
        continue
    t = title_of(f)
    for doc, ot in ours.items():
        if t and ot and (t == ot or ot in head):
            print(f"  ERROR: same title as {doc}: {f}")
            same += 1
    for doc, (cn, py) in PLACES.items():
        if cn in head:
            print(f"  note: {f} names {cn} in its first 400 characters (not a file-name clash)")
errors += same
print(f"RESULT: {errors} problem(s) among {len(files)} files")
sys.exit(1 if errors else 0)
