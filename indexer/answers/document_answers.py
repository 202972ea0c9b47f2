"""Questions about a document itself (文号, 发文机关, 成文日期, title, 分为几个部分, 一共有多少项任务), answered from the
metadata read at ingestion and from the parsed structure, cited to the place in the text that shows the value."""
from __future__ import annotations

import re
from functools import lru_cache

from indexer.answers.quoting import citation, idf_weights, weight_in
from indexer.textutil import book_title, fold, package_data
from indexer.types import Answer
from indexer.search.library import Library


def _raw() -> dict:
    return package_data("document_questions")     # data/document_questions.json, read once


@lru_cache(maxsize=1)
def _cited() -> tuple[re.Pattern, list[list[str]]]:
    """A question about a text the document cites, and the events of citing (废止 / 根据) in either's words."""
    return re.compile(_raw()["cited_document"]), _raw()["cited_events"]


# 《上海市人民政府办公厅关于…的意见》（沪府办规〔2024〕6号）: a text cited with its number
CITED = re.compile(r"《(?P<title>[^《》]{2,80})》\s*[（(](?P<number>[^（）()《》，。]{1,20}?[〔\[［【]\d{4}[〕\]］】]"
                   r"\s*第?\d{1,5}\s*号)[)）]")


def _kind_of_a_cited_text(doc, question: str) -> bool:
    """Does the question ask the number of a kind of document (提出…目标的市政府决定文号) that neither the document's
    title nor its notice's is, and that a text it cites with its number is?"""
    q = fold(question)
    m = re.search(_raw()["kind_asked"], q)
    if m is None or re.search(_raw()["this_document"], q[:m.start()]):
        return False        # 这份明确迎检工作职责的通知: the document itself, whatever its title
    kind = m.group("kind")
    own = [re.sub(r"[（(][^（）()]*[）)]$", "", t.strip("《》 ")) for t in (doc.title, doc.notice_title)
           if t and t != doc.doc_id]
    if not own or any(t.endswith(kind) for t in own):
        return False
    return any(c.group("title").endswith(kind) for c in CITED.finditer(doc.text))


def _cited_number(kb: Library, doc, question: str, notes: list[str]) -> Answer:
    """The number of a text the document cites (根据《…》（沪府办规〔2024〕6号）, 原《…》（…）同时废止): of the citing
    sentences, the one sharing the question's event (废止 for 作废) and then the most of its weight; quoted whole."""
    _, events = _cited()
    q = fold(question)
    asked = [group for group in events if any(w in q for w in group)]
    weights = idf_weights(kb, kb.tokenizer.tokens(question))
    best, best_score = None, None
    for m in CITED.finditer(doc.text):
        start = max(doc.text.rfind(c, 0, m.start()) for c in "。\n；") + 1
        ends = [e for e in (doc.text.find(c, m.end()) for c in "。\n；") if e >= 0]
        end = min(ends) + 1 if ends else len(doc.text)
        sentence = doc.text[start:end]
        score = (sum(any(w in sentence for w in group) for group in asked),
                 weight_in(weights, set(kb.tokenizer.tokens(sentence))))
        if best_score is None or score > best_score:
            best, best_score = (m, start, end), score
    name = book_title(doc.title)
    if best is None:
        return Answer(question, "document", False, f"未找到依据：{name}没有引用写明文号的文件。", [], [], notes)
    m, start, end = best
    unit = min((u for u in kb.data.units if u.doc_id == doc.doc_id and u.start <= m.start() < u.end),
               key=lambda u: u.end - u.start)
    raw = doc.text[start:end]
    start += len(raw) - len(raw.lstrip())      # the quote without the spaces around the sentence
    sentence = raw.strip()
    text = f"{name}引用的{book_title(m.group('title'))}，文号为{m.group('number')}。原文：{sentence}"
    return Answer(question, "document", True, text, [],
                  [citation(kb, unit.unit_id, start, start + len(sentence), 1.0)], notes)


@lru_cache(maxsize=1)
def _patterns() -> tuple[list[tuple[str, re.Pattern]], re.Pattern, re.Pattern]:
    """The fields asked about, the words that make a question one about a document (a metadata field's own name
    among them), and the sentence stating a document's term (本意见自2023年1月26日起施行，有效期至2027年12月31日。)."""
    raw = _raw()
    return ([(name, re.compile(p)) for name, p in raw["fields"]],
            re.compile(raw["about_document"] + "|" + raw["labels"]), re.compile(raw["term_sentence"]))


def asked_field(question: str, names_document: bool = False) -> str | None:
    """Which field of the document a question asks for, or None. `names_document`: the question names a document
    held by its title (国家粮食应急预案是哪天印发的), which makes it one about a document as 这份文件 does."""
    fields, about, _ = _patterns()
    q = fold(question)
    for name, pattern in fields:
        if pattern.search(q) and (name == "doc_number" or names_document or about.search(q)):
            return name
    return None


def _part_named(units: list, question: str):
    """The one part of a document whose heading the question names (重点任务一共有几项 → 二、重点任务), else None."""
    q = fold(question)
    named = [u for u in units if u.kind == "part" and len(u.heading) >= 2 and fold(u.heading) in q]
    return named[0] if len(named) == 1 else None


def names_a_part(kb: Library, question: str) -> bool:
    """Does the question name the heading of a part of a document held (重点任务, 保障措施)?"""
    return _part_named([u for u in kb.data.units if u.kind == "part"], question) is not None


def _doc_for(kb: Library, question: str, doc_filter) -> str | None:
    """The document asked about: the one the question names, the only one held, else the best search hit's."""
    named = kb.named_documents(question)
    if len(named) == 1:
        return named[0]
    if len(kb.data.documents) == 1:
        return next(iter(kb.data.documents))
    top = kb.search(question, k=1, doc_filter=doc_filter).hits
    return kb.unit_by_id[top[0].unit_id].doc_id if top else None


def _quote_of(kb: Library, doc, value: str):
    """A citation of the first place the document's text shows `value` (None when the text does not); a list of
    names joined with 、 (bodies signing jointly, one per line) from its first name to its last."""
    text = fold(doc.text)
    at = text.find(fold(value)) if value else -1
    end = at + len(value)
    if at < 0 and "、" in value:
        names = fold(value).split("、")
        at = text.find(names[0])
        last = text.find(names[-1], at) if at >= 0 else -1
        at, end = (at, last + len(names[-1])) if last >= 0 else (-1, -1)
    if at < 0:
        return None
    units = [u for u in kb.data.units if u.doc_id == doc.doc_id and u.start <= at < u.end]
    unit = min(units, key=lambda u: u.end - u.start) if units else next(
        u for u in kb.data.units if u.doc_id == doc.doc_id)
    return citation(kb, unit.unit_id, at, end, 1.0)


DATE_WRITTEN = re.compile(r"[〇○Ｏ零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日|"
                          r"\d{4}年\d{1,2}月\d{1,2}日|\d{4}([-/.．])\d{1,2}\1\d{1,2}(?!\d)")


def _date_as_written(doc, iso: str) -> str | None:
    """The date as the document writes it (二〇〇五年七月十四日, 2018年12月10日, or 2023-03-28 in a page's field), last
    occurrence first: the signature comes after the body."""
    from indexer.reading.cleaning import read_date
    for m in reversed(list(DATE_WRITTEN.finditer(doc.text))):
        if read_date(m.group(0))[0] == iso:
            return m.group(0)
    return None


def _cn_date(iso: str) -> str:
    y, m, d = (int(x) for x in iso.split("-"))
    return f"{y}年{m}月{d}日"


def document_answer(kb: Library, question: str, field: str, notes: list[str], doc_filter=None) -> Answer | None:
    """The answer to a question about a document's own metadata or size (`field`, as asked_field reads it); None
    when the document asked about is not found."""
    doc_id = _doc_for(kb, question, doc_filter)
    if doc_id is None:
        return None
    doc = kb.data.documents[doc_id]
    units = [u for u in kb.data.units if u.doc_id == doc_id]
    name = book_title(doc.title)
    value, text = None, None
    if field == "doc_number" and (_cited()[0].search(fold(question)) or _kind_of_a_cited_text(doc, question)):
        return _cited_number(kb, doc, question, notes)
    if field == "doc_number" and doc.doc_number:
        value, text = doc.doc_number, f"{name}的文号是{doc.doc_number}。"
    elif field == "issuer" and doc.issuer:
        value, text = doc.issuer, f"{name}由{doc.issuer}印发。"
    elif field == "recipients" and doc.recipients:
        value = "、".join(doc.recipients)
        text = f"{name}的主送单位是{value}。"
    elif field == "date" and (doc.date("成文") or doc.date("发布")):
        # both dates known: the one the question names first (发布 when it asks when the page published it), the
        # other said beside it
        events = [e for e in ("成文", "发布") if doc.date(e)]
        if len(events) == 2 and re.search(_raw()["published"], question):
            events.reverse()
        event = events[0]
        value = _cn_date(doc.date(event))
        written = _date_as_written(doc, doc.date(event))
        text = f"{name}的{event}日期是{value}" + (f"（文中写作“{written}”）" if written and written != value else "")
        if len(events) == 2 and doc.date(events[1]) != doc.date(event):
            text += f"，{events[1]}日期是{_cn_date(doc.date(events[1]))}"
        text += "。"
        value = written or value
    elif field == "title":
        value, text = doc.title, f"文件标题是{name}。"
    elif field == "term":
        body = fold(doc.text)[doc.body_start:doc.body_end or None]
        stated = list(_patterns()[2].finditer(body))
        if not stated:
            return Answer(question, "document", False, f"未找到依据：{name}的正文没有写明施行日期或有效期。", [], [],
                          notes)
        last = stated[-1]       # the closing clause states the term; an earlier mention cites another text's
        at = doc.body_start + last.start()
        sentence = doc.text[at:doc.body_start + last.end()].strip()
        at = doc.text.index(sentence, at)       # the sentence itself, not the indent before it (in the unit above)
        unit = min((u for u in units if u.start <= at < u.end), key=lambda u: u.end - u.start)
        cite = [citation(kb, unit.unit_id, at, at + len(sentence), 1.0)]
        return Answer(question, "document", True, f"{name}写明：{sentence}", [], cite, notes)
    elif field == "attachments":
        attached = [u for u in units if u.kind == "attachment" and u.parent is None]
        if attached:
            text = f"{name}共有{len(attached)}个附件：" + "、".join(
                f"{u.label}{('（' + u.heading + '）') if u.heading else ''}" for u in attached) + "。"
        else:
            return Answer(question, "document", False, f"未找到依据：{name}中没有识别出附件。", [], [], notes)
        first = attached[0]
        cite = [citation(kb, first.unit_id, first.start, min(first.end, first.start + 40), 1.0)]
        return Answer(question, "document", True, text, [], cite, notes)
    elif field in ("parts", "count"):
        # the top level of the text's own numbering: 一、 parts, a law's 章, or 1 2 3 of decimal numbering (预案)
        parts = [u for u in units if u.kind in ("part", "chapter", "decimal") and u.parent is None]
        articles = [u for u in units if u.kind in ("article", "law_article")]
        leaves = [u for u in parts if not any(c.parent == u.unit_id for c in units if c.kind == "article")]
        if field == "parts" and parts:
            titles = (f"{u.label}{'' if u.kind == 'part' else ' '}{u.heading}" for u in parts)   # 一、总体要求, 1 总则
            text = f"{name}正文分为{len(parts)}个部分：" + "、".join(titles) + "。"
        elif field == "count" and (part := _part_named(units, question)) is not None:
            # 重点任务一共有几项: the articles (else the items) of the part the question names by its heading
            inside = [u for u in units if u.parent == part.unit_id and u.kind == "article"] or \
                [u for u in units if u.parent == part.unit_id and u.kind in ("item", "subitem")]
            if inside:
                listed = "、".join(f"{u.label}{u.heading}" for u in inside)
                text = f"{name}“{part.label}{part.heading}”共有{len(inside)}项：{listed}。"
                cite = [citation(kb, part.unit_id, part.start, min(part.end, part.start + 40), 1.0)]
                return Answer(question, "document", True, text, [], cite, notes)
        if field == "count" and text is None and (articles or parts):
            n, what = (len(articles), "条") if len(articles) >= len(leaves) else (len(parts), "项")
            items = [u for u in units if u.kind == "item"]
            through = [int(u.label.rstrip(".")) for u in items] == list(range(1, len(items) + 1))
            if through and len(items) > n:
                n, what = len(items), "条"      # items numbered through the whole text (1. … 60.)
            text = f"{name}共有{n}{what}（按文中编号计）。"
        first = (parts or articles or units)[0]
        cite = [citation(kb, first.unit_id, first.start, min(first.end, first.start + 40), 1.0)] if text else []
        return Answer(question, "document", True, text, [], cite, notes) if text else None
    if text is None:
        return Answer(question, "document", False, f"未找到依据：{name}的元数据中没有这一项。", [], [], notes)
    quote = _quote_of(kb, doc, value)
    return Answer(question, "document", True, text, [], [quote] if quote else [], notes)
