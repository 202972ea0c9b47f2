#!/usr/bin/env python3
"""Duplicate check for eval/fresh21 (system python3).

Reads every file in /work/shared/*/ (recursively) and /work/main/eval/*/docs/, except the held-out
folders eval/fresh18, eval/fresh19, eval/fresh20 (not to be opened) and fresh21 itself, and looks for
distinctive strings of the five fresh21 documents (文号, title phrases, body sentences) in their text.
Also prints the first line (title; <title> for HTML) of each file, so the list can be read by eye."""
import glob, html, os, re

FRESH = {
    "ln-liaozhong-renwufenjie-2024": ["沈辽中政发〔2024〕1号", "辽中区人民政府关于印发2024年政府工作报告", "沈阳近海经济区管委会"],
    "js-lianyungang-minshengshishi-2023": ["2023年连云港市民生实事项目", "lygrdshw@163.com", "市机关管理局"],
    "sn-pingli-xunchazhenggai-nd": ["由县环卫站负责清除", "平利花园", "陈家坝"],
    "ha-zhengzhou-chengguanzhize-2011": ["郑政文〔2011〕115号", "进一步明确城区城市管理职责", "城市道路掘动"],
    "yn-chuxiong-yangquan-2006": ["楚雄彝族自治州养犬管理暂行规定", "楚雄彝族自治州人民政府令第18号", "养犬管理协调工作机制"],
}
SKIP = ("/eval/fresh18/", "/eval/fresh19/", "/eval/fresh20/", "/eval/fresh21/")

def read(path):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read()
    except (IsADirectoryError, PermissionError, OSError):
        return ""

def first_line(s):
    m = re.search(r"(?is)<title>(.*?)</title>", s[:20000])
    if m:
        return html.unescape(re.sub(r"\s+", " ", m.group(1))).strip()
    for line in s.splitlines():
        if line.strip():
            return line.strip()[:200]
    return ""

files = []
for pat in ["/work/shared/*/**", "/work/main/eval/*/docs/*"]:
    for p in glob.glob(pat, recursive=True):
        if os.path.isfile(p) and not any(s in p for s in SKIP):
            files.append(p)
files = sorted(set(files))
print(f"{len(files)} files read (eval/fresh18, fresh19, fresh20 and fresh21 skipped)")
hits = 0
for p in files:
    s = read(p)
    print(f"{p}\t{first_line(s)}")
    for doc, keys in FRESH.items():
        found = [k for k in keys if k in s]
        if found:
            hits += 1
            print(f"  !! shares {found} with {doc}")
print(f"RESULT: {hits} files share a distinctive string with a fresh21 document, among {len(files)} files")
