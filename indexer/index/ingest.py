"""Ingestion: find the files of a corpus, load, clean and parse each into a document, its units and
responsibilities, and report what happened to every file. A bad file is reported and skipped; the
rest of the corpus is still ingested.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from indexer.reading import cleaning

from indexer.reading import loading

from indexer.structure import responsibilities

from indexer.structure.units import parse
from indexer.errors import EmptyDocument, PolicyQAError, UnreadableDocument
from indexer.types import Document, Responsibility, Unit

PARSER_VERSION = 5
# tables kept next to the documents, not documents
DATA_FILES = {"bodies.json", "actors.json", "synonyms.json", "offtopic.json"}
SKIPPED_NAMES = re.compile(r"^(readme|license|changelog)(\.|$)", re.I)


@dataclass
class FileReport:
    path: str
    status: str                       # indexed | skipped | error
    message: str = ""
    doc_id: str | None = None
    units: int = 0
    articles: int = 0
    responsibilities: int = 0
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass
class Ingested:
    document: Document
    units: list[Unit]
    responsibilities: list[Responsibility]


def discover(paths: list[str | Path]) -> tuple[list[Path], list[FileReport]]:
    """Document files under the given folders and files, in a stable order; what was passed over and why."""
    files, skipped = [], []
    for given in paths:
        p = Path(given)
        if not p.exists():
            skipped.append(FileReport(str(p), "error", "no such file or folder"))
            continue
        candidates = sorted(x for x in p.rglob("*") if x.is_file()) if p.is_dir() else [p]
        for f in candidates:
            if any(part.startswith(".") for part in f.relative_to(p).parts) if p.is_dir() else False:
                continue
            if f.name in DATA_FILES:
                continue
            if SKIPPED_NAMES.match(f.name):
                skipped.append(FileReport(str(f), "skipped", "a folder description (README), not a document"))
            elif f.suffix.lower() not in loading.SUFFIXES:
                skipped.append(FileReport(str(f), "skipped", f"not a document type ({f.suffix or 'no extension'})"))
            else:
                files.append(f)
    return files, skipped


def doc_id_for(path: Path, taken: set[str]) -> str:
    base = re.sub(r"[^\w\u4e00-\u9fff-]+", "-", path.stem).strip("-") or "document"
    doc_id, n = base, 2
    while doc_id in taken:
        doc_id, n = f"{base}-{n}", n + 1
    taken.add(doc_id)
    return doc_id


def classify(title: str, issuer: str | None) -> tuple[str, str | None]:
    """(kind, level) from the title and issuer: law/法律, regulation/行政法规, plan/地方规范性文件 …"""
    issuer = issuer or ""
    if re.search(r"法$", title) and ("人民代表大会" in issuer or title.startswith("中华人民共和国")):
        return "law", "法律"
    if re.search(r"(条例|细则|规定|办法)$", title) and "国务院" in issuer:
        return "regulation", "行政法规"
    if re.search(r"(条例|规定|办法)$", title) and "人民代表大会" in issuer:
        return "regulation", "地方性法规"
    if re.search(r"(方案|规划|纲要|计划|意见|措施|要点)$", title):
        local = re.search(r"(区|县|市|省)", issuer) and "国务院" not in issuer
        return "plan", "地方规范性文件" if local else "规范性文件"
    if title.endswith("通知"):
        return "notice", None
    return "other", None


def ingest_file(path: Path, doc_id: str, table: responsibilities.BodyTable) -> tuple[Ingested, FileReport]:
    """One file → document, units, responsibilities. Raises a PolicyQAError naming the file."""
    source = loading.load(path)
    cleaned = cleaning.clean(source)
    if not cleaned.lines:
        raise EmptyDocument(f"{path}: nothing left after removing page chrome and headers")
    units = parse(doc_id, source.text, cleaned)
    if not any(u.retrievable for u in units):
        raise UnreadableDocument(f"{path}: no paragraphs or articles could be found in the text")
    units = _with_pages(units, source.pages)
    meta = cleaned.meta
    kind, level = classify(meta["title"], meta.get("issuer"))
    dates = tuple((event, iso) for event, iso in meta.get("events", []))
    dates += tuple((event, meta[event]) for event in ("成文", "发布") if event in meta)
    document = Document(
        doc_id=doc_id, path=str(path), text=source.text, title=meta["title"], kind=meta.get("kind", kind),
        level=level, issuer=meta.get("issuer"), doc_number=meta.get("doc_number"), dates=dates,
        recipients=tuple(meta.get("recipients", ())), validity=meta.get("validity"),
        recovered=tuple(cleaned.recovered), notice_title=meta.get("notice_title"),
        history=tuple(meta.get("history", ())), pages=source.pages, body_start=cleaned.body_start,
        body_end=cleaned.body_end, content_hash=source.content_hash,
        warnings=tuple(source.warnings) + tuple(cleaned.warnings))
    found = responsibilities.extract(source.text, units, table, meta.get("issuer"))
    report = FileReport(str(path), "indexed", "", doc_id, len(units),
                        sum(1 for u in units if u.kind in ("article", "law_article")),
                        len({r.unit_id for r in found}), list(document.warnings))
    return Ingested(document, units, found), report


def _with_pages(units: list[Unit], pages: tuple[tuple[int, int], ...]) -> list[Unit]:
    if not pages:
        return units
    from dataclasses import replace
    out = []
    for u in units:
        numbers = tuple(n for n, (s, e) in enumerate(pages, 1) if s < u.end and e > u.start)
        out.append(replace(u, pages=numbers))
    return out


def ingest(paths: list[str | Path], table: responsibilities.BodyTable, reuse: dict | None = None,
           progress=None) -> tuple[list[Ingested], list[FileReport]]:
    """Every document under `paths`. `reuse` maps content hash → Ingested from a previous run."""
    files, reports = discover(paths)
    out, taken = [], set()
    for f in (progress(files) if progress else files):
        doc_id = doc_id_for(f, taken)
        try:
            cached = (reuse or {}).get((str(f), loading.file_hash(f.read_bytes())))
            if cached is not None and cached.document.doc_id == doc_id:
                out.append(cached)
                reports.append(FileReport(str(f), "indexed", "unchanged", doc_id, len(cached.units),
                                          sum(1 for u in cached.units if u.kind in ("article", "law_article")),
                                          len({r.unit_id for r in cached.responsibilities}),
                                          list(cached.document.warnings)))
                continue
            ingested, report = ingest_file(f, doc_id, table)
        except PolicyQAError as exc:
            taken.discard(doc_id)
            reports.append(FileReport(str(f), "error", str(exc)))
            continue
        except OSError as exc:
            taken.discard(doc_id)
            reports.append(FileReport(str(f), "error", f"{f}: cannot read the file ({exc})"))
            continue
        out.append(ingested)
        reports.append(report)
    return out, reports
