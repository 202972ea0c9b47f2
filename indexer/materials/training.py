"""Training material from the plan: a part or a topic → its articles, responsible bodies, targets, a glossary
of the plan's terms (each with the sentence that uses it) and review questions answered by quotes.

Everything in a pack is taken from the text: the glossary shows where a term is used, not a definition
of our own; each review answer is a verbatim quote with its citation.
"""
from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from indexer.textutil import book_title, clause_spans, fold, read_table, sentence_spans
from indexer.index.tokenize import quoted_terms
from indexer.search.library import Library


@dataclass
class Quote:
    text: str
    cite: str
    start: int
    end: int


@dataclass
class PackArticle:
    unit_id: str
    title: str
    path: str
    text: str
    bodies: list[str]
    cite: str


@dataclass
class ReviewQuestion:
    question: str
    answer: str
    source: Quote


@dataclass
class TrainingPack:
    title: str
    doc_title: str
    doc_number: str | None
    articles: list[PackArticle] = field(default_factory=list)
    targets: list = field(default_factory=list)            # (indicator, wording, Quote)
    glossary: list[tuple[str, Quote]] = field(default_factory=list)
    questions: list[ReviewQuestion] = field(default_factory=list)


def glossary_terms(path: str | Path | None, texts: list[str]) -> list[str]:
    """Curated terms (corpus/glossary.json) and every term the texts put in quotation marks."""
    terms = list(read_table(path, "terms"))
    for text in texts:
        terms += [t for t in quoted_terms(text) if len(t) <= 10]
    return list(dict.fromkeys(terms))


def _units_for(kb: Library, doc_id: str, part: str | None, topic: str | None, limit: int) -> list:
    units = [kb.unit_by_id[u] for u in kb.data.searchable if u.startswith(f"{doc_id}#")]
    if part:
        part_unit = kb.unit(part, doc_id)
        return [u for u in units if u.parent == part_unit.unit_id]
    if not topic:
        return units
    chosen = [u for u in units if fold(topic) in fold(u.text)]
    from indexer.types import DocFilter
    result = kb.search(topic, k=limit, doc_filter=DocFilter(doc_ids=(doc_id,)))
    top = result.hits[0].score if result.hits else 0
    chosen += [kb.unit_by_id[h.unit_id] for h in result.hits if h.score >= 0.6 * top and kb.supported(result)]
    seen = {}
    for u in chosen:
        seen.setdefault(u.unit_id, u)
    return sorted(seen.values(), key=lambda u: u.ordinal)[:limit]


def build(kb: Library, doc_id: str | None = None, part: str | None = None, topic: str | None = None,
          glossary_path: str | Path | None = None, limit: int = 10) -> TrainingPack:
    """A training pack for a part of a plan (一、, 五、 …) or a topic (工程质量), or the whole plan."""
    doc_id = doc_id or next(d.doc_id for d in kb.data.documents.values() if d.kind == "plan")
    doc = kb.data.documents[doc_id]
    units = _units_for(kb, doc_id, part, topic, limit)
    label = kb.unit(part, doc_id).title if part else (topic or doc.title)
    pack = TrainingPack(f"{label} — 培训材料", doc.title, doc.doc_number)
    for u in units:
        found = kb.responsibility_of(u.unit_id)
        bodies = found[0].names if found else []
        pack.articles.append(PackArticle(u.unit_id, u.title, " › ".join(u.path), u.text, bodies,
                                         kb.cite(u.unit_id, u.start, u.end)))
        if found and found[0].source == "clause" and u.heading:
            pack.questions.append(ReviewQuestion(
                f"“{u.heading}”由哪些单位按职责分工负责？", "、".join(bodies),
                Quote(found[0].quote, kb.cite(u.unit_id, found[0].start, found[0].end), found[0].start, found[0].end)))
    chosen = {u.unit_id for u in units}
    for t in kb.targets:
        if t.unit_id in chosen and (not topic or _about(kb, t, topic)):
            quote = Quote(t.quote, kb.cite(t.unit_id, t.start, t.end), t.start, t.end)
            pack.targets.append((t.indicator, f"{t.comparison} {t.value}{t.measure}", t.year, quote))
            blank = t.quote.replace(f"{t.value}{t.measure}", "____", 1)
            pack.questions.append(ReviewQuestion(f"填空（{t.year or ''}年目标）：{blank}", f"{t.value}{t.measure}", quote))
    texts = [doc.text[u.start:u.end] for u in units]
    for term in glossary_terms(glossary_path, texts):
        quote = _first_use(kb, doc, units, term)
        if quote:
            pack.glossary.append((term, quote))
    return pack


def _about(kb: Library, target, topic: str) -> bool:
    """A target belongs to a topic's pack when its clause, or one of the two clauses leading up to it in its
    sentence (…强化工程质量、履约等方面管理,到2025年,…比例超过30%), names the topic."""
    text = kb.data.documents[target.doc_id].text
    unit = kb.unit_by_id[target.unit_id]
    sentence = next(((s, e) for s, e in sentence_spans(text, unit.start, unit.end) if s <= target.start < e), None)
    if sentence is None:
        return False
    clauses = [c for c in clause_spans(text, sentence[0], sentence[1]) if c[0] <= target.start]
    return any(fold(topic) in fold(text[s:e]) for s, e in clauses[-3:])


def _first_use(kb: Library, doc, units, term: str) -> Quote | None:
    needle = fold(term)
    for u in units:
        for s, e in sentence_spans(doc.text, u.start, u.end):
            if needle in fold(doc.text[s:e]):
                return Quote(doc.text[s:e], kb.cite(u.unit_id, s, e), s, e)
    return None


def to_markdown(pack: TrainingPack) -> str:
    lines = [f"# {pack.title}", "", f"依据：{book_title(pack.doc_title)}{pack.doc_number or ''}（引文均为原文摘录，括号内为出处）", ""]
    lines += ["## 一、条文与责任单位", ""]
    for a in pack.articles:
        lines += [f"### {a.title}", "", f"出处：{a.cite}（{a.path}）", "", a.text, ""]
        if a.bodies:
            lines += [f"责任单位：{'、'.join(a.bodies)}", ""]
    if pack.targets:
        lines += ["## 二、量化目标", "", "| 指标 | 目标 | 年份 | 原文 | 出处 |", "|---|---|---|---|---|"]
        lines += [f"| {ind} | {val} | {year or ''} | {q.text} | {q.cite} |" for ind, val, year, q in pack.targets]
        lines.append("")
    if pack.glossary:
        lines += ["## 三、术语（见于原文的句子）", ""]
        lines += [f"- **{term}**：{q.text}（{q.cite}）" for term, q in pack.glossary]
        lines.append("")
    if pack.questions:
        lines += ["## 四、复习题", ""]
        for i, q in enumerate(pack.questions, 1):
            lines += [f"{i}. {q.question}", f"   - 答案：{q.answer}", f"   - 原文：{q.source.text}（{q.source.cite}）"]
        lines.append("")
    return "\n".join(lines)


def to_docx(pack: TrainingPack) -> bytes:
    """The same pack as a Word document, for printing."""
    from docx import Document
    from docx.shared import Pt
    d = Document()
    d.styles["Normal"].font.size = Pt(11)
    d.add_heading(pack.title, 0)
    d.add_paragraph(f"依据：{book_title(pack.doc_title)}{pack.doc_number or ''}（引文均为原文摘录，括号内为出处）")
    d.add_heading("一、条文与责任单位", 1)
    for a in pack.articles:
        d.add_heading(a.title, 2)
        d.add_paragraph(f"出处：{a.cite}（{a.path}）").italic = True
        d.add_paragraph(a.text)
        if a.bodies:
            d.add_paragraph(f"责任单位：{'、'.join(a.bodies)}")
    if pack.targets:
        d.add_heading("二、量化目标", 1)
        table = d.add_table(rows=1, cols=5)
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, ["指标", "目标", "年份", "原文", "出处"]):
            cell.text = text
        for ind, val, year, q in pack.targets:
            for cell, text in zip(table.add_row().cells, [ind, val, year or "", q.text, q.cite]):
                cell.text = text
    if pack.glossary:
        d.add_heading("三、术语（见于原文的句子）", 1)
        for term, q in pack.glossary:
            p = d.add_paragraph(style="List Bullet")
            p.add_run(term).bold = True
            p.add_run(f"：{q.text}（{q.cite}）")
    if pack.questions:
        d.add_heading("四、复习题", 1)
        for q in pack.questions:
            d.add_paragraph(q.question, style="List Number")
            d.add_paragraph(f"答案：{q.answer}；原文：{q.source.text}（{q.source.cite}）")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def slug(text: str) -> str:
    return re.sub(r"[^\w\u4e00-\u9fff]+", "-", text).strip("-")[:40] or "training"
