"""Indexing benchmark: the plan and the related laws from scratch, again with nothing changed, and after
adding one document (only its sentences are encoded).

    .venv/bin/python bench/indexing.py [--extra ../shared/corpus-extra] [--embed-model NAME]

Goals (issue 4): from scratch under 2 minutes on 2 cores, under 5 seconds when nothing changed. Everything
is built in a temporary folder with its own vector cache, so the figures include encoding every sentence.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def timed(label: str, corpus: list[Path], index_dir: Path, settings) -> float:
    from indexer import KnowledgeBase
    started = time.perf_counter()
    kb = KnowledgeBase.open(corpus, index_dir, settings, progress=True, log=lambda m: None)
    seconds = time.perf_counter() - started
    print(f"{label}: {seconds:.1f} s — {len(kb.data.documents)} documents, {len(kb.data.searchable)} units, "
          f"{kb.dense.size if kb.dense is not None else 0} sentences encoded")
    return seconds


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--extra", default=str(ROOT.parent / "shared" / "corpus-extra"))
    p.add_argument("--embed-model")
    args = p.parse_args()
    from indexer.config import load_settings
    from indexer.index.ingest import discover
    extra = Path(args.extra)
    laws, _ = discover([extra])   # the documents the index would take (a README is passed over)
    if not laws:
        print(f"no documents in {extra}: nothing to measure")
        return 1
    settings = load_settings(embed_model=args.embed_model)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "laws"
        corpus.mkdir()
        for f in laws[:-1]:
            shutil.copy(f, corpus / f.name)
        index = Path(tmp) / "index" / "idx"   # vectors are cached next to it, in tmp too
        folders = [ROOT / "corpus", corpus]
        scratch = timed(f"from scratch ({len(laws)} documents)", folders, index, settings)
        shutil.copy(laws[-1], corpus / laws[-1].name)
        added = timed(f"one document added ({laws[-1].name})", folders, index, settings)
        unchanged = timed("nothing changed", folders, index, settings)
    print(f"goals: from scratch + one added {scratch + added:.1f} s (< 120 s), nothing changed {unchanged:.1f} s (< 5 s)")
    return 0 if scratch + added < 120 and unchanged < 5 else 1


if __name__ == "__main__":
    sys.exit(main())
