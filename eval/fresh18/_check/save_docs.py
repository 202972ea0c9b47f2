#!/usr/bin/env python3
"""Write eval/fresh18/docs/*.txt from the texts as the search tools returned them (system python3).

src/*.json hold each text as one JSON string literal, copied from the tool answer (read_file for the
Rizhao text: the CSV cell 原始文件的文本内容 of BU-Spark/ds-ciss-policy-docs
notebook/note_book_data/CISS-Spark!.csv; search corpus "pages" excerpts for the other four).
Nothing is fixed or normalised; no trailing newline is added."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(os.path.dirname(HERE), "docs")
MAP = {
    "rizhao": "sd-rizhao-fangdichan-2017",
    "xinxiang": "ha-xinxiang-jingjifazhan-2014",
    "huzhou": "zj-huzhou-zerenfenjie-2023",
    "xianning": "hb-xianning-zerenfenjie-2024",
    "chengdu": "sc-chengdu-lianxihuiyi-2017",
}
os.makedirs(DOCS, exist_ok=True)
for src, doc in MAP.items():
    with open(os.path.join(HERE, "src", src + ".json"), encoding="utf-8") as f:
        text = json.load(f)
    with open(os.path.join(DOCS, doc + ".txt"), "w", encoding="utf-8", newline="") as f:
        f.write(text)
    print(f"{doc}.txt {len(text)} chars")
