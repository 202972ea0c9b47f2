"""Golden files for parsing: the structure and responsibilities of each document, as compact JSON.

Regenerate after a reviewed parser change with:  .venv/bin/python tests/golden_io.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLDEN = HERE / "golden"


def parsed(path: Path, doc_id: str):
    from indexer.reading.cleaning import clean
    from indexer.reading.loading import load
    from indexer.structure.bodynames import BodyTable
    from indexer.structure.responsibilities import extract
    from indexer.structure.units import parse
    source = load(path)
    cleaned = clean(source)
    units = parse(doc_id, source.text, cleaned)
    table = BodyTable.load(HERE.parent / "corpus" / "bodies.json")
    return source, cleaned, units, extract(source.text, units, table)


def snapshot(path: Path, doc_id: str) -> dict:
    source, cleaned, units, found = parsed(path, doc_id)
    return {
        "meta": {k: v for k, v in cleaned.meta.items()},
        "recovered": cleaned.recovered,
        "units": [[u.unit_id, u.kind, u.label, u.heading, list(u.path), u.start, u.end, u.retrievable] for u in units],
        "responsibilities": [[r.unit_id, r.source, r.start, r.end, [[b.name, b.canonical, b.role, b.start, b.end]
                                                                    for b in r.bodies]] for r in found],
    }


def golden_path(doc_id: str) -> Path:
    return GOLDEN / f"{doc_id}.json"


def write(path: Path, doc_id: str) -> None:
    data = snapshot(path, doc_id)
    lines = ["{"]
    keys = list(data)
    for i, key in enumerate(keys):
        value = data[key]
        end = "," if i < len(keys) - 1 else ""
        if isinstance(value, list) and value and isinstance(value[0], list):
            rows = ",\n".join("  " + json.dumps(row, ensure_ascii=False) for row in value)
            lines.append(f' "{key}": [\n{rows}\n ]{end}')
        else:
            lines.append(f' "{key}": {json.dumps(value, ensure_ascii=False)}{end}')
    lines.append("}")
    golden_path(doc_id).write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent))
    GOLDEN.mkdir(exist_ok=True)
    write(HERE.parent / "corpus" / "dongli-quality-plan-2024.txt", "dongli-quality-plan-2024")
    extra = HERE.parent.parent / "shared" / "corpus-extra"
    for f in sorted(extra.glob("*.txt")) if extra.is_dir() else []:
        write(f, f.stem)
    print("golden files written to", GOLDEN)
