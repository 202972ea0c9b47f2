"""Answer types: the kind of value a question asks for, and the evidence a text must hold to give one.

A question asking for a sum (学费多少钱, 罚多少), a date (截止日期是哪天, 什么时候公布), a time of day (几点), how
often (几次), a length of time (多久) or a detail a service desk gives and a policy text rarely does (an address
or a place to collect something, a website, a person's name, a list of members, the conditions to qualify, the
papers of an application, a benefit such as free rent, a rate, a certificate) is refused, naming what is
missing, when none of the top units holds such a value. One row per type, in one table. In a "who" question the
ask is who: only a person's name or the members themselves are asked there (局长是谁, 哪家公司是链主企业); the
other kinds are only mentioned (网站上卖的东西质量差谁来管, 贷款利率太高金融扶持谁负责) and do not refuse it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from indexer.textutil import fold, package_data
from indexer.search.library import Library
from indexer.structure.responsibilities import NOT_CITABLE


@dataclass(frozen=True)
class AnswerType:
    name: str                 # as the refusal names it: 金额, 日期, 地址 …
    asked: re.Pattern         # the question asks for one
    evidence: re.Pattern      # a text holding one
    any_intent: bool = True   # False: only in a figure question (a 补贴 in 政府支持吗 is not a request for a sum)
    who: bool = False         # asked in a "who" question too (局长是谁); other kinds are only mentioned there
    numeric: bool = False     # a value written with numerals: looked for deeper among the hits (TYPED_DEPTH)
    named_by: tuple[re.Pattern, ...] = ()   # the nouns naming such a value (罚款, 补贴 …), each with its kin




_RAW = package_data("answer_types")     # data/answer_types.json


def _load() -> tuple[AnswerType, ...]:
    """The table of answer types, data/answer_types.json (one row per type, in order)."""
    rows = _RAW["types"]
    out = []
    for row in rows:
        flags = re.I if row.get("ignore_case") else 0
        out.append(AnswerType(row["name"], re.compile(row["asked"], flags), re.compile(row["evidence"], flags),
                              any_intent=not row.get("figure_questions_only", False),
                              who=row.get("asked_in_who_questions", False), numeric=row.get("numeric", False),
                              named_by=tuple(re.compile(kin) for kin in row.get("named_by", ()))))
    return tuple(out)


TYPES = _load()


COUNTED = re.compile(_RAW["counted"])
COUNTED_BARE = re.compile(_RAW["counted_without_measure"])
COUNTED_DEPTH = 10       # how deep among the hits a sentence giving the very count asked is looked for


def counted(question: str) -> re.Pattern | None:
    """几个省 / 多少家企业: the sentences giving that count (10个省, 二十家企业), or None. Some nouns are counted
    without the measure word 个 (counted_without_measure: 几个人 → 每班不少于2人)."""
    q = fold(question)
    if m := COUNTED_BARE.search(q):
        return re.compile(rf"(?:\d+\s*(?:个)?|[一二三四五六七八九十两百千万]+个){re.escape(m.group('noun'))}")
    if m := COUNTED.search(q):
        return re.compile(rf"(?:\d+|[一二三四五六七八九十两百千万]+)\s*{m.group('measure')}{re.escape(m.group('noun'))}")
    return None


INTERROGATIVE = re.compile(_RAW["interrogative"])


def asked(question: str) -> list[AnswerType]:
    """The answer types a question asks for. A type matched by a bare noun (名单) is only mentioned when another
    is matched by words holding a question word (在什么时间前把名单报上去 asks a 时限)."""
    q = fold(question)
    matched = [(t, m) for t in TYPES if (m := t.asked.search(q))]
    asking = [t for t, m in matched if INTERROGATIVE.search(m.group(0))]
    return asking or [t for t, _ in matched]


def wanted_evidence(question: str, intent: str) -> tuple[re.Pattern, ...]:
    """The evidence patterns of the kinds of value a non-"who" question asks for (每月 for 多久一次): the quote
    should give one. A figure-only kind counts in a figure question only."""
    if intent == "responsibility":
        return ()
    return tuple(t.evidence for t in asked(question) if t.any_intent or intent == "fact")


# how deep among the hits a value written with numerals is looked for: such a value is a strong filter, so a unit a
# little lower in the ranking that gives one (25分钟内 fourth for 多长时间内要报告) still answers; kinds named by
# common words (条件, 流程) are looked for in the top three only
DEPTH, TYPED_DEPTH = 3, 5


def depth_for(kinds: list[AnswerType]) -> int:
    """How deep among the hits a question asking these kinds of value (`asked`) is answered."""
    return TYPED_DEPTH if any(t.numeric for t in kinds) else DEPTH


def missing(kb: Library, question: str, hits, intent: str = "fact", tokens: list[str] = ()) -> str | None:
    """The name of the kind of value a question asks for when none of the top units holds one (the top five for a
    value written with numerals, the top three otherwise). With the
    question's `tokens`, only units holding one of them count (有几个公园: the count of 700 enterprises in an
    article that does not mention parks is no answer). A unit giving the very count asked (10个省 for 几个省) is
    looked for deeper (COUNTED_DEPTH)."""
    count = counted(question)
    if count and any(count.search(kb.unit_by_id[h.unit_id].text) and
                     (not tokens or _holds_a_word(kb, h.unit_id, tokens)) for h in hits[:COUNTED_DEPTH]):
        return None
    measure = _by_measure(question) if count and tokens and intent not in ("responsibility", "bureau_tasks") else None
    if measure and not any(_sentence_holds(kb, h.unit_id, measure, tokens) for h in hits[:TYPED_DEPTH]):
        return "数量"     # 每个站要配几名队员: no sentence beside the question's words counts anything in 名
    q = fold(question)
    for t in asked(question):
        if (intent == "responsibility" and not t.who) or not (t.any_intent or intent == "fact"):
            continue
        top = hits[:TYPED_DEPTH if t.numeric else DEPTH]
        # the noun the question names the value by, with its kin: 罚款多少 wants a sum beside 罚 (not a project's
        # 投资2000亿元 nor a title's 30万元 beside other words of the question); 哪家医院 a hospital, not a school
        named = [kin for kin in t.named_by if kin.search(q)]
        if t.numeric and tokens:
            # a value written with numerals answers beside a word of the question, in one sentence (罚款多少: a
            # sum in a sentence on 罚款, not the 50万元 of a project's size elsewhere in the article)
            if not any(_sentence_holds(kb, h.unit_id, t.evidence, tokens, named)
                       or labelled_value(kb, kb.unit_by_id[h.unit_id], (t.evidence,)) for h in top):
                return t.name
            continue
        units = [kb.unit_by_id[h.unit_id] for h in top if not tokens or _holds_a_word(kb, h.unit_id, tokens)]
        if not any(m for u in units for m in t.evidence.finditer(u.text)
                   if not named or any(kin.search(m.group(0)) for kin in named)):
            return t.name
    return None


LABELLED_VALUE = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,6}[ \t]*[：:][ \t]*[^。；;）)\n：:]{1,40}")


def labelled_value(kb: Library, unit, wanted) -> tuple[int, int] | None:
    """The unit's first label-and-value of its own (时间节点：2025年4月 in its bracket, 时限要求：持续推进 on a line of its
    own; not one of an item inside it) whose label names the kind of value asked for (a deadline's 时间节点, not
    对应措施：…每月…), label included, or None."""
    if not wanted:
        return None
    text = kb.data.documents[unit.doc_id].text
    inner = [c for c in kb.children.get(unit.unit_id, []) if c.kind not in NOT_CITABLE]
    for m in LABELLED_VALUE.finditer(text, unit.start, unit.end):
        if any(w.match(m.group(0)) for w in wanted) and not any(u.start <= m.start() < u.end for u in inner):
            return m.start(), m.end()
    return None


def _by_measure(question: str) -> re.Pattern | None:
    """A count in the measure the question counts in, or one alike (几名队员 → 3名, 十余人), whatever it counts; None
    when the question asks no count (哪几个区 asks which, 好几家 says several)."""
    q = fold(question)
    bare = COUNTED_BARE.search(q)
    m = bare or COUNTED.search(q)
    if not m or q[max(0, m.start() - 1):m.start()] in ("哪", "好"):
        return None
    measure = m.group("noun") if bare else m.group("measure")
    alike = _RAW["measure_alike"].get(measure, re.escape(measure))
    return re.compile(rf"(?:\d+|[一二三四五六七八九十两百千万]+)\s*余?\s*(?:{alike})")


def _sentence_holds(kb: Library, unit_id: str, evidence: re.Pattern, tokens: list[str],
                    named: list[re.Pattern] = ()) -> bool:
    """Does one of the unit's sentences hold a value of the kind (evidence) beside a word of the question: in the
    sentence, in the one before it (…未按要求进行食品贮存、运输的，…；拒不改正的，…并处一万元以上罚款) or in the
    unit's heading ((二)主要目标。2025年,…)? With `named` (the kin of a noun the question names the value by), the
    sentence holding the value, or the one before it, holds one of them too."""
    unit = kb.unit_by_id[unit_id]
    text = kb.data.documents[unit.doc_id].text
    words = set(tokens)
    heading = bool(unit.heading) and not words.isdisjoint(kb.tokenizer.tokens(unit.heading))
    before, before_text = [], ""
    for s in kb.data.sentences.get(unit_id, []):
        sentence = untitled(text[s.start:s.end])
        if evidence.search(sentence) and (heading or not (words.isdisjoint(s.tokens) and words.isdisjoint(before))) \
                and (not named or any(kin.search(sentence + before_text) for kin in named)):
            return True
        before, before_text = s.tokens, sentence
    return False


TITLED = re.compile(r"《[^《》]*》")


def untitled(text: str) -> str:
    """The text with the titles it quotes blanked: the year of 《2026年…工作方案》 names a document, it is no value."""
    return TITLED.sub(lambda m: " " * len(m.group(0)), text)


def _holds_a_word(kb: Library, unit_id: str, tokens: list[str]) -> bool:
    return not kb.searcher.token_sets[kb.searcher.row[unit_id]].isdisjoint(tokens)
