"""The index folder: a manifest that describes it, plain JSONL and .npy files, written atomically.

    manifest.json          schema, versions, tokenizer signature, BM25 parameters, corpus hashes
    documents.jsonl        one document per line (metadata and full text)
    units.jsonl            every unit (offsets only; the text is sliced from its document on load)
    responsibilities.jsonl
    sentences.jsonl        sentence offsets and tokens of every searchable unit
    tokens.jsonl           the BM25 tokens of every searchable unit
    userdict.txt           the words added to jieba
    bm25/                  vocabulary and the sparse term × unit weights
    report.json            what happened to every file at ingestion

No pickle anywhere. A load whose manifest does not match what is expected raises IndexMismatch.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import jieba

from indexer import __version__
from indexer.errors import IndexMismatch, IndexMissing
from indexer.index.lexical import BM25
from indexer.types import BodyMention, Document, Responsibility, Unit

SCHEMA_VERSION = 3


@dataclass
class Sentence:
    unit_id: str
    start: int
    end: int
    tokens: list[str]


@dataclass
class IndexData:
    manifest: dict
    documents: dict[str, Document]
    units: list[Unit]
    responsibilities: list[Responsibility]
    searchable: list[str]                      # unit ids in BM25 row order
    unit_tokens: list[list[str]]
    sentences: dict[str, list[Sentence]]
    user_words: list[str]
    bm25: BM25
    report: list[dict] = field(default_factory=list)


def corpus_fingerprint(files: dict[str, str]) -> str:
    h = hashlib.sha256()
    for path in sorted(files):
        h.update(f"{path}\0{files[path]}\n".encode("utf-8"))
    return h.hexdigest()[:16]


# The modules whose code decides what an index holds: any change to them makes older indexes stale, so that a
# fix in parsing or extraction is never hidden behind an index built by the code before it.
INDEX_CODE = ("reading/loading.py", "reading/docx_loader.py", "reading/cleaning.py", "structure/units.py",
              "structure/bodynames.py", "structure/subjects.py", "structure/responsibilities.py", "index/ingest.py",
              "index/tokenize.py", "index/lexical.py", "index/build.py", "textutil.py", "index/store.py", "types.py",
              "data/responsibility.json", "data/metadata.json")


def code_fingerprint() -> str:
    h = hashlib.sha256()
    for name in INDEX_CODE:
        h.update((Path(__file__).parents[1] / name).read_bytes())
    return h.hexdigest()[:16]


def expected_manifest(files: dict[str, str], settings_key: dict, bodies_hash: str) -> dict:
    """What a manifest must say for an index to serve this corpus with these settings."""
    from indexer.index.ingest import PARSER_VERSION
    from indexer.index.tokenize import TOKENIZER_VERSION
    return {"schema": SCHEMA_VERSION, "package": __version__, "parser": PARSER_VERSION,
            "tokenizer_version": TOKENIZER_VERSION, "jieba": jieba.__version__, "code": code_fingerprint(),
            "settings": settings_key, "bodies_table": bodies_hash, "corpus": corpus_fingerprint(files)}


def mismatches(manifest: dict, expected: dict) -> list[str]:
    return [f"{key}: index has {manifest.get(key)!r}, expected {value!r}"
            for key, value in expected.items() if manifest.get(key) != value]


def read_manifest(folder: Path) -> dict | None:
    path = folder / "manifest.json"
    if not path.exists():
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError:
        return {"schema": "unreadable"}


def _jsonl(path: Path, rows) -> None:
    with path.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def _read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def save(data: IndexData, folder: Path) -> None:
    """Write to a temporary sibling folder, then swap it into place: a crash never leaves half an index."""
    folder = Path(folder)
    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = folder.with_name(f"{folder.name}.tmp-{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    _jsonl(tmp / "documents.jsonl", (d.to_dict() for d in data.documents.values()))
    _jsonl(tmp / "units.jsonl", ({k: v for k, v in asdict(u).items() if k != "text"} for u in data.units))
    _jsonl(tmp / "responsibilities.jsonl", (asdict(r) for r in data.responsibilities))
    _jsonl(tmp / "sentences.jsonl", ({"unit_id": uid, "spans": [[s.start, s.end] for s in ss],
                                      "tokens": [s.tokens for s in ss]} for uid, ss in data.sentences.items()))
    _jsonl(tmp / "tokens.jsonl", ({"unit_id": uid, "tokens": toks}
                                  for uid, toks in zip(data.searchable, data.unit_tokens)))
    (tmp / "userdict.txt").write_text("\n".join(data.user_words) + "\n", encoding="utf-8")
    data.bm25.save(tmp / "bm25")
    (tmp / "report.json").write_text(json.dumps(data.report, ensure_ascii=False, indent=1), encoding="utf-8")
    manifest = dict(data.manifest, created=time.strftime("%Y-%m-%dT%H:%M:%S"))
    (tmp / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    old = folder.with_name(f"{folder.name}.old-{os.getpid()}")
    if folder.exists():
        folder.rename(old)
    tmp.rename(folder)
    shutil.rmtree(old, ignore_errors=True)


def load(folder: Path, expected: dict | None = None) -> IndexData:
    """Read an index folder; refuse it when its manifest does not match `expected`."""
    folder = Path(folder)
    manifest = read_manifest(folder)
    if manifest is None:
        raise IndexMissing(f"no index at {folder}; build it with `policyqa index`")
    if expected is not None:
        problems = mismatches(manifest, expected)
        if problems:
            raise IndexMismatch(f"the index at {folder} does not match this corpus or version "
                                f"({'; '.join(problems)}); rebuild it with `policyqa index`")
    documents = {}
    for row in _read_jsonl(folder / "documents.jsonl"):
        for key in ("dates", "pages"):
            row[key] = tuple(tuple(x) for x in row[key])
        for key in ("recipients", "recovered", "history", "warnings"):
            row[key] = tuple(row[key])
        documents[row["doc_id"]] = Document(**row)
    units = []
    for row in _read_jsonl(folder / "units.jsonl"):
        row["path"], row["pages"] = tuple(row["path"]), tuple(row["pages"])
        units.append(Unit(text=documents[row["doc_id"]].text[row["start"]:row["end"]], **row))
    responsibilities = []
    for row in _read_jsonl(folder / "responsibilities.jsonl"):
        row["bodies"] = tuple(BodyMention(**b) for b in row["bodies"])
        responsibilities.append(Responsibility(**row))
    sentences = {row["unit_id"]: [Sentence(row["unit_id"], s, e, toks)
                                  for (s, e), toks in zip(row["spans"], row["tokens"])]
                 for row in _read_jsonl(folder / "sentences.jsonl")}
    token_rows = _read_jsonl(folder / "tokens.jsonl")
    user_words = [w for w in (folder / "userdict.txt").read_text(encoding="utf-8").split("\n") if w]
    report = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    return IndexData(manifest, documents, units, responsibilities, [r["unit_id"] for r in token_rows],
                     [r["tokens"] for r in token_rows], sentences, user_words, BM25.load(folder / "bm25"), report)
