#!/usr/bin/env python3
"""Duplicate check for eval/fresh18 (system python3).

Lists the file names and first lines (titles; <title> for HTML files) of every file in
/work/shared/*/ and /work/main/eval/*/docs/ (other sets' questions/clauses are not read), and
compares them with the titles / key phrases and place names of the five fresh18 documents.
A possible duplicate needs the distinctive phrase AND the place/issuer key in a title or file name;
place names (Chinese and pinyin) are also checked against every file name on their own."""
import glob, html, os, re

FRESH = {
    "sd-rizhao-fangdichan-2017": (["完善调控措施促进房地产市场", "日政办发"], "日照", "rizhao"),
    "ha-xinxiang-jingjifazhan-2014": (["促进全市经济健康持续发展", "新乡"], "新乡", "xinxiang"),
    "zj-huzhou-zerenfenjie-2023": (["重点工作责任分解", "湖州"], "湖州", "huzhou"),
    "hb-xianning-zerenfenjie-2024": (["经济社会发展计划目标", "咸宁"], "咸宁", "xianning"),
    "sc-chengdu-lianxihuiyi-2017": (["学习型城市建设与社区教育联席会议", "成都"], "成都", "chengdu"),
}

def first_line(path):
    if path.endswith(".jsonl"):
        return ""  # question/clause files of other sets: file name only, content not read
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
        if os.path.isfile(p) and "/eval/fresh18/" not in p:
            files.append(p)
files.sort()
print(f"{len(files)} files listed")
hits = 0
for p in files:
    t = first_line(p)
    name = os.path.basename(p)
    print(f"{p}\t{t}")
    hay = t + " " + name
    for doc, (keys, place, pinyin) in FRESH.items():
        if keys[0] in hay and keys[1] in hay:
            hits += 1
            print(f"  !! possible duplicate of {doc}: {p}")
        elif keys[0] in hay:
            print(f"  .. shares phrase '{keys[0]}' with {doc} (different place/issuer): {p}")
        if place in t or pinyin in name.lower():
            print(f"  .. place '{place}/{pinyin}' of {doc} appears in {p}")
print(f"RESULT: {hits} possible duplicates among {len(files)} files")
