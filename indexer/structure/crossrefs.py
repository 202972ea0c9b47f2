"""Cross-references: 《…》 titles, 本法第X条 / 第X条第X款 / 前款, linked to the document and unit they name.

A title the corpus does not hold is kept as a reference to a missing document (the plan's basis,
《甲市质量强市建设纲要》, is one), so the user sees what the knowledge base lacks.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from indexer.textutil import CN_NUMERAL, cn_to_int, fold, int_to_cn
from indexer.types import Document, Unit

N = f"[{CN_NUMERAL}]+"
TITLE = re.compile(r"《([^《》\n]{2,80})》")
ARTICLE = re.compile(rf"(本法|本条例|本细则|本规定|本办法|本实施条例)?第({N})条(?:之({N}))?"
                     rf"(?:至第({N})条)?(?:第({N})款)?(?:第（({N})）项)?")
PREVIOUS = re.compile(r"前(款|两款|三款)")


@dataclass(frozen=True)
class CrossRef:
    unit_id: str                 # the searchable unit the reference is written in
    doc_id: str
    start: int
    end: int
    text: str                    # as written: 《中华人民共和国食品安全法》, 本法第二十六条, 前款
    kind: str                    # title | article | paragraph
    target_doc: str | None       # the document it names, if the corpus holds it
    target_unit: str | None      # the unit it names, if found
    target_title: str | None     # for titles: the title as written (also when missing)


def normalise_title(title: str) -> str:
    t = fold(title).replace("〈", "").replace("〉", "").strip()
    return t[len("中华人民共和国"):] if t.startswith("中华人民共和国") else t


def title_index(documents: dict[str, Document]) -> dict[str, str]:
    """Normalised title → doc_id (产品质量法 and 中华人民共和国产品质量法 both find the law)."""
    index = {}
    for doc in documents.values():
        for title in (doc.title, doc.notice_title):
            if title:
                index[normalise_title(title)] = doc.doc_id
    return index


def extract(documents: dict[str, Document], units: list[Unit]) -> list[CrossRef]:
    """Every cross-reference in every searchable unit, resolved where the corpus allows."""
    titles = title_index(documents)
    by_id = {u.unit_id: u for u in units}
    children: dict[str, list[Unit]] = {}
    for u in units:
        if u.parent:
            children.setdefault(u.parent, []).append(u)
    out: list[CrossRef] = []
    for unit in units:
        if not unit.retrievable:
            continue
        text = fold(documents[unit.doc_id].text[unit.start:unit.end])
        title_spans = []
        for m in TITLE.finditer(text):
            target = titles.get(normalise_title(m.group(1)))
            s, e = unit.start + m.start(), unit.start + m.end()
            out.append(CrossRef(unit.unit_id, unit.doc_id, s, e, m.group(0), "title", target,
                                f"{target}#" if target else None, m.group(1)))
            title_spans.append((m.end(), target))
        last_end, last_doc, last_name = -2, None, None
        for m in ARTICLE.finditer(text):
            if unit.kind == "law_article" and m.start() == 0:
                continue  # the unit's own label
            after_title = next((t for end, t in title_spans if end == m.start()), "none")
            named, name = _law_name_before(text, m.start(), titles)
            if not m.group(1) and m.start() == last_end + 1 and text[last_end] in "、和及":
                after_title, name = last_doc, last_name   # 食品安全法第一百二十三条、第一百三十二条
            if after_title != "none":
                target_doc = after_title            # 《X法》第十条 → that law, if held
            elif name:
                target_doc = named                  # 食品安全法第一百一十一条, written without 《》
            elif m.group(1) or unit.kind == "law_article":
                target_doc = unit.doc_id             # 本法第十条, or a bare 第十条 inside a law
            else:
                continue
            s, e = unit.start + m.start(), unit.start + m.end()
            last_end, last_doc, last_name = m.end(), target_doc, name
            for number in _article_numbers(m):
                target = _resolve(by_id, target_doc, number, m.group(5), m.group(6)) if target_doc else None
                out.append(CrossRef(unit.unit_id, unit.doc_id, s, e, m.group(0), "article", target_doc, target,
                                    name))
        for m in PREVIOUS.finditer(text):
            s, e = unit.start + m.start(), unit.start + m.end()
            target = _previous_paragraph(unit, children, s)
            out.append(CrossRef(unit.unit_id, unit.doc_id, s, e, m.group(0), "paragraph", unit.doc_id, target, None))
    return out


def _law_name_before(text: str, pos: int, titles: dict[str, str]) -> tuple[str | None, str | None]:
    """A law named right before 第X条 without 《》: (doc_id if held, the name) — or (None, None)."""
    before = text[max(0, pos - 16):pos]
    if not before.endswith(("法", "条例", "细则", "规定", "办法")) or before.endswith(("本法", "本条例", "本细则")):
        return None, None
    for size in range(3, len(before) + 1):
        name = before[-size:]
        if normalise_title(name) in titles:
            return titles[normalise_title(name)], name
    return None, None


def _article_numbers(m: re.Match) -> list[str]:
    first = m.group(2) + (f"之{m.group(3)}" if m.group(3) else "")
    if not m.group(4):
        return [first]
    lo, hi = cn_to_int(m.group(2)), cn_to_int(m.group(4))
    return [int_to_cn(n) for n in range(lo, hi + 1)] if 0 < hi - lo < 60 else [first, m.group(4)]


def _resolve(by_id: dict[str, Unit], doc_id: str, number: str, paragraph: str | None, item: str | None) -> str | None:
    article = f"{doc_id}#第{number}条"
    if article not in by_id:
        return None
    target = article
    if paragraph and f"{article}/第{paragraph}款" in by_id:
        target = f"{article}/第{paragraph}款"
    if item:
        for candidate in (f"{target}/第（{item}）项", f"{article}/第（{item}）项"):
            if candidate in by_id:
                return candidate
    return target


def _previous_paragraph(unit: Unit, children: dict[str, list[Unit]], offset: int) -> str | None:
    """前款: the 款 before the one holding `offset`, within the same article."""
    paragraphs = [c for c in children.get(unit.unit_id, []) if c.kind == "paragraph"]
    for i, p in enumerate(paragraphs):
        if p.start <= offset <= p.end:
            return paragraphs[i - 1].unit_id if i > 0 else None
    return None


def missing_documents(refs: list[CrossRef]) -> dict[str, list[CrossRef]]:
    """Titles the corpus names but does not hold, with where each is named."""
    missing: dict[str, list[CrossRef]] = {}
    for r in refs:
        if r.kind == "title" and r.target_doc is None and not r.target_title.startswith("关于修改"):
            missing.setdefault(fold(r.target_title), []).append(r)
    return missing
