"""Print the responsibilities extracted from every development document, one line each, to compare two states of
the code: run it once from a git worktree of the old commit and once from the current tree, then diff the outputs.

    python eval/extraction_dump.py > /tmp/new.txt
    (cd /tmp/old-worktree && PYTHONPATH=. python /path/to/eval/extraction_dump.py --root /path/to/main) > /tmp/old.txt
    diff /tmp/old.txt /tmp/new.txt

Held-out sets are never read: a folder of eval/ is read only when it is listed in DEVELOPMENT below (the sets still
held out, or partly seen, stay out of it until the session that runs them has run them). With PYTHONPATH set, the
`indexer` imported is the worktree's, not this tree's.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

# development material: the State Council documents of ../shared, the plan, and the eval sets already run
DEVELOPMENT = ("unseen", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18", "fresh19", "fresh20")


def documents(root: Path) -> list[Path]:
    shared = root.parent / "shared"
    paths = sorted((shared / "corpus-policies").glob("*.html")) + sorted((shared / "seed").glob("*.txt"))
    for name in DEVELOPMENT:
        seen = {p.stem for p in paths}     # a document in two sets (fresh10 repeats one of fresh8's) once
        paths += [p for p in sorted((root / "eval" / name / "docs").glob("*.txt")) if p.stem not in seen]
    return paths


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parent.parent,
                        help="the repository whose eval/ and ../shared documents are read")
    args = parser.parse_args()
    from indexer.reading import cleaning, loading
    from indexer.structure import responsibilities, units
    from indexer.structure.bodynames import BodyTable
    for path in documents(args.root):
        source = loading.load(path)
        cleaned = cleaning.clean(source)
        parsed = units.parse(path.stem, source.text, cleaned)
        for r in responsibilities.extract(source.text, parsed, BodyTable(), cleaned.meta.get("issuer")):
            bodies = ", ".join(f"{b.name}/{b.role}" for b in r.bodies)
            print(f"{r.unit_id}\t{bodies}\t{r.quote[:60]}".replace("\n", " "))
    return 0


if __name__ == "__main__":
    sys.exit(main())
