"""Which documents answer: the kind a question belongs to (the plan, the laws, or both), searched with a
fallback, and the order of the top articles (the superior law first, a penalty article for a question about
consequences, an article naming the actor asked about).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from indexer.search.questions import QUOTED
from indexer.textutil import fold, longest_shared_piece, word_families
from indexer.index.tokenize import issuer_places
from indexer.search.library import Library

LAW_KINDS = {"law", "regulation"}
_WORDS = word_families("routing_words")   # data/routing_words.json
LAW_SIGNS = _WORDS["LAW_SIGNS"]
NATIONAL = _WORDS["NATIONAL"]


def unquoted(q: str) -> str:
    """The question without the terms it quotes: “全国一张单” names the plan's own term, not a national authority."""
    return QUOTED.sub("“”", q)


def named_kind(q: str, where: Locality, named: set[str] = frozenset()) -> set[str] | None:
    """The kind of document a (folded) question names outright: the kinds of the held documents it names by
    title (产品质量法 → the laws); the district or the plan itself (方案对我们有什么要求) → the plan (unless it
    also asks for a national authority); a national authority → the laws."""
    if named:
        return LAW_KINDS if named <= LAW_KINDS else {"plan"} if named == {"plan"} else None
    if NATIONAL.search(q):
        return LAW_KINDS
    return {"plan"} if where.district.search(q) or PLAN_NAMED.search(q) else None


ACCOUNTABLE = _WORDS["ACCOUNTABLE"]


# 方案 as the document asked about (方案里, 这个方案, 方案对我们), not in a law's compound (事故处置方案, 设计方案):
# the question names the plan
PLAN_NAMED = _WORDS["PLAN_NAMED"]
# the plans' words (the district's own names are added by Locality)
PLAN_SIGNS = _WORDS["PLAN_SIGNS"]


@dataclass(frozen=True)
class Locality:
    """The district the plans are issued for, read from their issuers (甲市乙区人民政府 → 乙区, in 甲市): naming
    it asks what the district does; said before the question (在乙区，/ 我们在乙区开厂，/ 甲市乙区，) it is where
    the asker is, a setting, not the district's measures asked about — an enterprise's legal duty in 乙区 is the
    law's (with 在乙区， before them, 49 of 232 dev law questions had kept their answer)."""
    district: re.Pattern    # the question asks what the district does (乙区, 区里, 我区 …)
    locative: re.Pattern    # the setting said before the question
    plan_signs: re.Pattern  # words of the district's own plans


@lru_cache(maxsize=8)
def locality(issuers: tuple[str, ...]) -> Locality:
    """The patterns for the plans issued by these issuers; without a place, the district is 区 and only its
    generic names (区里, 我区, 本区 …) name it."""
    places = [issuer_places(i) for i in issuers if i]
    places = [p for p in places if p]
    inner = sorted({p[-1][0] for p in places})
    outer = sorted({stem for p in places for stem, _ in p[:-1]})
    levels = sorted({p[-1][1] for p in places} or {"区"})
    level = "[" + "".join(levels) + "]"
    own = "|".join(f"{lv}里|我{lv}|本{lv}|全{lv}|咱们{lv}" for lv in levels)
    name = "|".join(map(re.escape, inner)) or "(?!)"
    around = f"(?:(?:{'|'.join(map(re.escape, outer))})[省市]?)?" if outer else ""
    setting = f"{around}(?:{name}){level}?"
    return Locality(
        district=re.compile(f"{name}|{own}"),
        locative=re.compile(rf"^(?:(?:我们|我|咱们|我家)?(?:是)?在{setting}[^，,。？?]{{0,12}}|{setting})[，,]"),
        plan_signs=re.compile(PLAN_SIGNS.pattern + f"|{name}|{own}"))


def plan_locality(documents) -> Locality:
    """The locality of the plans (documents other than laws and regulations) among these documents: read once
    per knowledge base (KnowledgeBase.locality)."""
    return locality(tuple(sorted({d.issuer or "" for d in documents if d.kind not in LAW_KINDS})))


def routing_text(question: str, where: Locality) -> str:
    """The question as routing reads it: folded, without its quoted terms and the setting said before it."""
    return where.locative.sub("", unquoted(fold(question)))


def route(kb: Library, intent: str, question: str, group) -> set[str] | None:
    """Which kind of document a question belongs to, when the corpus holds more than one: a district body's
    duties, the district's targets and measures → the plan; an enterprise's legal duty → the laws; a question
    with signs of neither or both → every document."""
    kinds = kb.kinds_held
    if not (kinds & LAW_KINDS) or "plan" not in kinds:
        return None
    where = kb.locality
    q = routing_text(question, where)
    law, plan, named = bool(LAW_SIGNS.search(q)), bool(where.plan_signs.search(q)), named_kind_in(kb, question)
    if intent == "bureau_tasks" or (plan and not law) or named == {"plan"}:
        return {"plan"}
    if intent == "responsibility":
        # who does it here: the district's bodies — unless the question asks for a national authority, or who
        # is accountable for something (谁对…负责: the laws' wording; the plan assigns tasks, 按职责分工负责), or
        # who imposes a penalty (罚款由谁决定, 谁来罚: the plan imposes none)
        # (not 不罚款 / 免罚: 轻微违法不罚款这种包容监管谁来推 asks who promotes a measure of the plan)
        penalty = PENALTY_ASKED.search(NO_PENALTY.sub("", q))
        return LAW_KINDS if (named == LAW_KINDS or ACCOUNTABLE.search(q) or penalty) and not plan else {"plan"}
    if law and not plan:
        return LAW_KINDS
    if intent == "requirement" and group is not None and not plan:
        return LAW_KINDS
    if intent == "fact" and not law:
        return {"plan"}   # the quantified targets are the plan's
    return None


RANK = {"law": 0, "regulation": 1}


def _precedence(doc) -> tuple[int, int]:
    """Sorts superior texts first: laws before regulations, then the most recently amended."""
    latest = max((d for _, d in doc.dates), default="0000")
    return RANK[doc.kind], -int(latest[:4])


def prefer_superior(kb: Library, question: str, hits: list) -> list:
    """When a law and a regulation (or an older text) both carry the question's words verbatim among the top
    two hits, the superior one leads (上位法: a law before the regulation implementing it; then the newer text).
    The other stays second: both are cited."""
    if len(hits) < 2:
        return hits
    first, second = (kb.unit_by_id[h.unit_id] for h in hits[:2])
    if first.doc_id == second.doc_id:
        return hits
    d1, d2 = kb.data.documents[first.doc_id], kb.data.documents[second.doc_id]
    if d1.kind not in RANK or d2.kind not in RANK:
        return hits
    if _precedence(d2) >= _precedence(d1):
        return hits
    if len(longest_shared_piece(fold(question), [fold(first.text), fold(second.text)])) < kb.settings.gate:
        return hits
    asked = set(kb.tokenizer.query_tokens(question, kb.place_stopwords))
    tokens = kb.searcher.token_sets
    if asked & tokens[kb.searcher.row[first.unit_id]] - tokens[kb.searcher.row[second.unit_id]]:
        return hits   # the first answers more of the question (举报 … 奖励): it keeps the lead
    return [hits[1], hits[0]] + hits[2:]


# a question about what happens to an offender (处罚, 罚款, 会怎么处理) is answered by the chapter 法律责任 / 罚则;
# any other question by the article stating the duty itself, not by the penalty for breaking it
PENALTY_ASKED = _WORDS["PENALTY_ASKED"]

# a penalty waived (不罚款, 免罚, 不予处罚) is no penalty asked about
NO_PENALTY = _WORDS["NO_PENALTY"]


PENALTY_CHAPTER = _WORDS["PENALTY_CHAPTER"]


def is_penalty_unit(unit) -> bool:
    return any(PENALTY_CHAPTER.search(h) for h in unit.path[:-1])


def match_penalty(kb: Library, question: str, hits: list, depth: int = 3) -> list:
    """Among the top hits, the units that answer the kind of question asked come first: penalty articles for
    a question about consequences, duty articles for any other (the order inside each group is kept)."""
    asked = bool(PENALTY_ASKED.search(fold(question)))
    top = hits[:depth]
    fits = [h for h in top if is_penalty_unit(kb.unit_by_id[h.unit_id]) == asked]
    if not fits:
        return hits
    return fits + [h for h in top if h not in fits] + hits[depth:]


def prefer_actor(kb: Library, hits: list, group, depth: int = 3) -> list:
    """When the top law article does not name the actor the question asks about (卖家 → 销售者, 农户 → 农产品生产者)
    and one close behind it of the same kind (duty or penalty) does (score at least `actor_ratio` of the top),
    that one leads."""
    top = hits[0]
    if kb.unit_by_id[top.unit_id].kind != "law_article" or top.score <= 0 or _names_actor(kb, top, group):
        return hits
    penalty = is_penalty_unit(kb.unit_by_id[top.unit_id])   # match_penalty's order of duty and penalty stays
    for h in hits[1:depth]:
        if (h.score >= kb.settings.actor_ratio * top.score and kb.unit_by_id[h.unit_id].kind == "law_article"
                and is_penalty_unit(kb.unit_by_id[h.unit_id]) == penalty and _names_actor(kb, h, group)):
            return [h] + [x for x in hits if x is not h]
    return hits


def _names_actor(kb: Library, hit, group) -> bool:
    return any(term in kb.unit_by_id[hit.unit_id].text for term in group.terms)


def kind_group(kb: Library, unit_id: str) -> str:
    return "law" if kb.data.documents[kb.unit_by_id[unit_id].doc_id].kind in LAW_KINDS else "other"


def routed_search(kb: Library, question: str, intent: str, group, doc_filter, method, asked: str | None = None,
                  placed: list[str] = ()):
    """Search the kind of document the question is routed to; fall back to every document when that kind
    does not support an answer. Also return the best unit of the other kind when it supports one too,
    so that a question spanning plan and laws gets both. `asked`: the question as asked, when the text searched
    leaves part of it out (a body's name): routing reads it. `placed`: the documents of the place the question names
    (kb.placed_documents), searched first."""
    asked = asked or question
    allowed = kb.rows_for(doc_filter)
    titled = _intersect(kb.doc_rows(kb.named_documents(asked)), allowed)
    if len(titled):
        # the question names a document (产品质量法规定…): that document answers, when it can, searched for the
        # rest of the question (its title's words would find the units quoting the title)
        rest = kb.without_titles(question)
        result = kb.searcher.search(rest, rows=titled, method=method)
        if not result.tokens:
            result = kb.searcher.search(question, rows=titled, method=method)
        if result.hits and kb.supported(result, method):
            return result, None
    placed = _intersect(kb.doc_rows(list(placed)), allowed)
    if len(placed):
        # the question names a place (成都这个联席会议…, 日照是哪些部门在管) whose documents are some of the library's:
        # they answer, when they can, their words weighed as in the whole library (a place is no search word: the
        # library's places are left out of its terms)
        result = kb.searcher.search(question, rows=allowed, method=method, within=placed)
        if result.hits and kb.supported(result, method):
            return result, None
    kinds = route(kb, intent, asked, group)
    if not kinds:
        return _needs_a_shared_word(kb, kb.searcher.search(question, rows=allowed, method=method), LAW_KINDS), None
    preferred = _intersect(kb.kind_rows(kinds), allowed)
    others = _intersect(np.setdiff1d(np.arange(len(kb.data.searchable)), kb.kind_rows(kinds)), allowed)
    result = kb.searcher.search(question, rows=preferred, method=method) if len(preferred) else None
    if result is None or not result.hits or not kb.supported(result, method):
        others_kinds = kb.kinds_held - kinds
        return _needs_a_shared_word(kb, kb.searcher.search(question, rows=allowed, method=method), others_kinds), None
    second = kb.searcher.search(question, k=1, rows=others, method=method) if len(others) else None
    named = named_kind_in(kb, asked) == kinds   # the question names this kind: routing is a wall
    if not named and second is not None and second.hits and (
            kb.clearly_better(second, result) or (intent == "responsibility" and kb.holds_every_word(second, result))):
        # routing is a preference, not a wall: the other kind of document holds clearly more of the question
        # (or, asked who does something, all of it); the kind it was routed to is still cited beside it when
        # it holds half of the question
        best = kb.searcher.search(question, rows=allowed, method=method)
        keep = result.hits[0] if intent == "responsibility" and result.coverage >= 0.5 and best.hits and \
            kind_group(kb, best.hits[0].unit_id) != kind_group(kb, result.hits[0].unit_id) else None
        return best, keep
    if second is not None and second.hits and kb.supported(second, method) and second.coverage >= 0.5:
        return result, second.hits[0]
    return result, None


def named_kind_in(kb: Library, question: str) -> set[str] | None:
    """named_kind() with the kinds of the held documents the question names by title."""
    where = kb.locality
    return named_kind(routing_text(question, where), where,
                      {kb.data.documents[d].kind for d in kb.named_documents(question)})


def _needs_a_shared_word(kb: Library, result, kinds: set[str]):
    """An answer from these kinds of document needs at least one of the question's words (or a thesaurus term
    for one) in its article: the laws' thousands of sentences, or documents the question was not routed to,
    always hold something close in meaning, so a likeness of meaning alone is no basis (下水道堵了归哪个部门管
    is not answered from 农产品质量安全法). The result then has no hits and the answer is 'not found'."""
    if result.hits and result.coverage == 0:
        if kb.data.documents[kb.unit_by_id[result.hits[0].unit_id].doc_id].kind in kinds:
            result.hits = []
    return result


def _intersect(rows: np.ndarray, allowed: np.ndarray | None) -> np.ndarray:
    return rows if allowed is None else np.intersect1d(rows, allowed)
