#!/usr/bin/env python3
"""Duplicate check for eval/fresh15 (system python3).

Lists the file names and first lines (titles; <title> for HTML files) of every file in
/work/shared/*/ and /work/main/eval/*/docs/, and compares them (titles and file names only)
with the titles / key phrases of the five fresh15 documents."""
import glob, html, os, re

FRESH = {
    "sd-shandong-weifei-2019": ["危险废物专项排查整治", "鲁政办字"],
    "hlj-sheng-zerenfengong-2013": ["重点工作责任分工的意见", "黑龙江"],
    "hn-sheng-bumenfengong-2016": ["重点工作部门分工的意见", "湘政发"],
    "jx-sheng-zhongyiyao-2020": ["中医药工作联席会议", "江西"],
    "gs-lanzhou-zhengqu-nd": ["综合配套改革试验区", "兰州"],
}

def first_line(path):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            s = f.read(20000)
    except (IsADirectoryError, PermissionError):
        return ""
    m = re.search(r"(?is)<title>(.*?)</title>", s)
    if m:
        return html.unescape(re.sub(r"\s+", " ", m.group(1))).strip()
    for line in s.splitlines():
        if line.strip():
            return line.strip()[:200]
    return ""

files = []
for pat in ["/work/shared/*/**", "/work/main/eval/*/docs/*"]:
    for p in glob.glob(pat, recursive=True):
        if os.path.isfile(p) and "/eval/fresh15/" not in p:
            files.append(p)
files.sort()
print(f"{len(files)} files listed")
hits = 0
for p in files:
    t = first_line(p)
    name = os.path.basename(p)
    print(f"{p}\t{t}")
    for doc, keys in FRESH.items():
        # a duplicate needs the distinctive phrase (first key) in the title or file name,
        # and the province/issuer key as well
        hay = t + " " + name
        if keys[0] in hay and keys[1] in hay:
            hits += 1
            print(f"  !! possible duplicate of {doc}: {p}")
        elif keys[0] in hay:
            print(f"  .. shares phrase '{keys[0]}' with {doc} (different issuer): {p}")
print(f"RESULT: {hits} possible duplicates among {len(files)} files")
