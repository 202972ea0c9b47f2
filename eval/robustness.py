"""Robustness: does the answer stay the same when a question is typed another way?

    .venv/bin/python eval/robustness.py [--corpus PATH ...] [--embed-model NAME] [--split dev|test]

Each answerable question of the split is asked as written and in twenty surface variants that do not change
what it asks (no question mark, a greeting, the district's name before it, "who" asked again at the end …).
For each variant it prints how many answers changed their first cited unit, and how many of those became
"not found". Development half by default: a variant that changes answers is a defect to fix there.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

VARIANTS = {
    "without its question mark": lambda q: q.rstrip("？?"),
    "ending in 呢": lambda q: q.rstrip("？?") + "呢？",
    "ending in 啊": lambda q: q.rstrip("？?") + "啊？",
    "ending in ？？": lambda q: q.rstrip("？?") + "？？",
    "ending in 。": lambda q: q.rstrip("？?") + "。",
    "ending in ！": lambda q: q.rstrip("？?") + "！",
    "ending in ~ / …… / an emoji": lambda q: q.rstrip("？?") + "……~🙏",
    "ASCII punctuation": lambda q: q.replace("？", "?").replace("，", ","),
    "a space between characters": lambda q: " ".join(q),
    "你好，请问 before it": lambda q: "你好，请问" + q,
    "谢谢！ after it": lambda q: q + "谢谢！",
    "急！ before it": lambda q: "急！" + q,
    "我想问一下， before it": lambda q: "我想问一下，" + q,
    "请帮我查一下： before it": lambda q: "请帮我查一下：" + q,
    "在东丽区， before it": lambda q: "在东丽区，" + q,
    "东丽区 before it": lambda q: "东丽区" + q,
    "天津东丽， before it": lambda q: "天津东丽，" + q,
    "我们是一家企业， before it": lambda q: "我们是一家企业，" + q,
    "，具体是哪个部门？ after it": lambda q: q.rstrip("？?") + "，具体是哪个部门？",
    "，到底是哪个单位？ after it": lambda q: q.rstrip("？?") + "，到底是哪个单位？",
}
ASKS_WHO_AGAIN = {"，具体是哪个部门？ after it", "，到底是哪个单位？ after it"}   # only for "who" questions


def top(answer) -> str | None:
    return answer.citations[0].unit_id if answer.found and answer.citations else None


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--corpus", action="append")
    p.add_argument("--embed-model")
    p.add_argument("--split", default="dev", choices=["dev", "test"])
    args = p.parse_args()
    from indexer import KnowledgeBase
    from indexer.config import load_settings
    kb = KnowledgeBase.open(args.corpus, settings=load_settings(embed_model=args.embed_model), progress=False,
                            log=lambda m: None)
    print(kb.semantic_line())
    questions = [json.loads(line) for f in sorted((ROOT / "eval").glob("questions*.jsonl"))
                 for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    held = set(kb.data.documents)
    questions = [q for q in questions if q["split"] == args.split and q.get("answerable", True) and q["doc"] in held]
    asked = {q["question"]: top(kb.ask(q["question"])) for q in questions}
    print(f"{len(questions)} answerable questions (split {args.split}); answers whose first cited unit changed:\n")
    print("| variant | questions | changed | of which not found |")
    print("|---|---|---|---|")
    for name, variant in VARIANTS.items():
        subset = [q for q in questions if name not in ASKS_WHO_AGAIN or q["intent"] == "responsibility"]
        changed = [(q["question"], top(kb.ask(variant(q["question"])))) for q in subset]
        changed = [(text, now) for text, now in changed if now != asked[text]]
        print(f"| {name} | {len(subset)} | {len(changed)} | {sum(1 for _, now in changed if now is None)} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
