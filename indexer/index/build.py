"""Building the index: ingest → user dictionary → tokens of units and sentences → BM25.

Documents whose file did not change are taken from the previous index instead of being parsed again.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from tqdm import tqdm

from indexer.index import ingest as ingest_stage
from indexer.config import Settings
from indexer.index.lexical import BM25
from indexer.reading.loading import file_hash
from indexer.structure.bodynames import BodyTable
from indexer.index.store import IndexData, Sentence, code_fingerprint, expected_manifest
from indexer.structure.units import skip_label
from indexer.textutil import fold, sentence_spans
from indexer.index.tokenize import Tokenizer, enumeration_terms, quoted_terms
from indexer.types import Responsibility, Unit



def corpus_files(paths: list[str | Path]) -> dict[str, str]:
    """Absolute path → content hash of every document file the corpus paths hold: corpus/ and its absolute
    path (the CLI names one, the app the other) are one corpus, not two that rebuild each other's index."""
    files, _ = ingest_stage.discover(paths)
    return {str(f.resolve()): file_hash(f.read_bytes()) for f in files}


def bodies_hash(path: Path | None) -> str:
    if path is None or not path.exists():
        return "none"
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def user_words(table: BodyTable, units: list[Unit], responsibilities: list[Responsibility],
               texts: list[str]) -> list[str]:
    """Bodies and their aliases, the headings of articles and 专栏, terms the texts put in quotes and the items
    of their enumerations."""
    words = set(table.aliases)
    words |= {b.name for r in responsibilities for b in r.bodies}
    words |= {u.heading for u in units if u.heading and u.kind in ("article", "box", "bullet", "chapter", "section")}
    for text in texts:
        words |= set(quoted_terms(text))
        words |= set(enumeration_terms(text))
    return sorted(w for w in words if 2 <= len(w) <= 20 and "\n" not in w)


def unit_tokens(unit: Unit, by_id: dict[str, Unit], tokenizer: Tokenizer, settings: Settings,
                doc_text: str = "", clauses: list[tuple[int, int]] = ()) -> list[str]:
    """The unit's own text without its responsibility clause (bodies are found through the reverse index,
    not as topic words), its heading counted again, and the headings above it."""
    pieces, pos = [], unit.start
    for start, end in sorted(clauses):
        pieces.append(doc_text[pos:start])
        pos = end
    pieces.append(doc_text[pos:unit.end] if clauses else unit.text)
    tokens = [t for piece in pieces for t in tokenizer.tokens(piece)]
    if unit.heading:
        tokens += tokenizer.tokens(unit.heading) * settings.heading_weight
    parent = by_id.get(unit.parent) if unit.parent else None
    while parent is not None:
        tokens += tokenizer.tokens(parent.title) * settings.path_weight
        parent = by_id.get(parent.parent) if parent.parent else None
    return tokens


def excluded_spans(units: list[Unit], found: list[Responsibility]) -> dict[str, list[tuple[int, int]]]:
    """What each searchable unit leaves out of its own text: its responsibility clauses (bodies are found through
    the reverse index) and the searchable units inside it (an article's items are searched as themselves, so a
    match in an item ranks the item, not also the article around it). Merged, sorted spans."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for r in found:
        if r.source == "clause":
            spans.setdefault(r.unit_id, []).append((r.start, _who_part_end(r)))
    by_id = {u.unit_id: u for u in units}
    for u in units:
        parent = by_id.get(u.parent) if u.parent else None
        if u.retrievable:
            while parent is not None and not parent.retrievable:
                parent = by_id.get(parent.parent) if parent.parent else None
            if parent is not None:
                spans.setdefault(parent.unit_id, []).append((u.start, u.end))
    return {uid: _merge(v) for uid, v in spans.items()}


def _who_part_end(r: Responsibility) -> int:
    """Where a clause stops saying who: at its end, or after its first sentence when a statement of its own follows
    (（…省科技厅牵头。明确牵头部门的，其他有关部门配合，不逐一列出，下同）: the convention is text to search)."""
    stop = fold(r.quote).find("。")
    return r.start + stop + 1 if 0 <= stop and len(r.quote) - stop > 5 else r.end


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def unit_sentences(text: str, unit: Unit, clauses: list[tuple[int, int]], tokenizer: Tokenizer) -> list[Sentence]:
    """Quotable sentences of a unit: its label (（十三）, 第二十六条) and responsibility clause left out."""
    out = []
    for s, e in sentence_spans(text, unit.start, unit.end):
        if any(cs <= s and e <= ce for cs, ce in clauses):
            continue
        s = skip_label(text, s, e)
        out.append(Sentence(unit.unit_id, s, e, tokenizer.tokens(text[s:e])))
    return out


def build(paths: list[str | Path], settings: Settings, bodies_path: Path | None,
          previous: IndexData | None = None, progress: bool = True, on_progress=None) -> IndexData:
    """Ingest the corpus and build every lexical structure; reuse unchanged documents from `previous`."""
    table = BodyTable.load(bodies_path)
    reuse = {}
    if previous is not None and previous.manifest.get("parser") == ingest_stage.PARSER_VERSION \
            and previous.manifest.get("code") == code_fingerprint() \
            and previous.manifest.get("bodies_table") == bodies_hash(bodies_path):
        for doc in previous.documents.values():
            units = [u for u in previous.units if u.doc_id == doc.doc_id]
            found = [r for r in previous.responsibilities if r.doc_id == doc.doc_id]
            reuse[(doc.path, doc.content_hash)] = ingest_stage.Ingested(doc, units, found)

    def bar(items, desc="documents"):
        for n, item in enumerate(tqdm(items, desc=desc, unit="file", disable=not progress or len(items) < 2,
                                      leave=False)):
            if on_progress:
                on_progress("reading", n, len(items))
            yield item

    ingested, reports = ingest_stage.ingest(paths, table, reuse, progress=bar)
    documents = {i.document.doc_id: i.document for i in ingested}
    units = [u for i in ingested for u in i.units]
    found = [r for i in ingested for r in i.responsibilities]
    table.add_responsible(found, {d: doc.text for d, doc in documents.items()})
    tokenizer = Tokenizer(user_words(table, units, found, [d.text for d in documents.values()]))
    by_id = {u.unit_id: u for u in units}
    searchable = [u for u in units if u.retrievable]
    clauses = excluded_spans(units, found)
    tokens, sentences = [], {}
    for unit in tqdm(searchable, desc="tokenising", unit="unit", disable=not progress or len(searchable) < 500,
                     leave=False):
        tokens.append(unit_tokens(unit, by_id, tokenizer, settings, documents[unit.doc_id].text,
                                  clauses.get(unit.unit_id, [])))
        sentences[unit.unit_id] = unit_sentences(documents[unit.doc_id].text, unit,
                                                 clauses.get(unit.unit_id, []), tokenizer)
    bm25 = BM25(settings.k1, settings.b, settings.epsilon, settings.idf).fit(tokens)
    files = {d.path: d.content_hash for d in documents.values()}
    manifest = expected_manifest(corpus_files(paths), settings.index_key(), bodies_hash(bodies_path))
    manifest.update({"tokenizer": tokenizer.signature, "bm25": bm25.params, "corpus_paths": [str(p) for p in paths],
                     "files": files, "counts": {"documents": len(documents), "units": len(units),
                                                "searchable": len(searchable), "responsibilities": len(found)}})
    return IndexData(manifest, documents, units, found, [u.unit_id for u in searchable], tokens, sentences,
                     tokenizer.user_words, bm25, [r.to_dict() for r in reports])
