"""Quotes: the sentence of a unit that answers, the clause holding a figure, and citations that are verbatim
slices of the source with their offsets.
"""
from __future__ import annotations

import re

from indexer.textutil import clause_spans, word_families
from indexer.types import Answer, Citation
from indexer.search.library import Library

_WORDS = word_families("answer_words")   # data/answer_words.json

FIGURE = _WORDS["FIGURE"]


# a number with its unit, in digits or in Chinese numerals (一万元以上五万元以下, 五年内, 十倍)
NUMERAL = _WORDS["NUMERAL"]


def idf_weights(kb: Library, tokens: list[str], synonym_tokens=(), bm25=None) -> dict[str, float]:
    """idf of each question token (in the statistics of the documents searched, when given); the thesaurus
    tokens of its everyday words count at the synonym weight."""
    bm25 = bm25 or kb.data.bm25
    weights = {t: max(bm25.term_idf(t) or 0.0, 0.0) for t in set(tokens)}
    for t in synonym_tokens:
        if any(t != o and t in o for o in synonym_tokens):
            continue   # a sub-word of a longer thesaurus token (生产 of 生产总值) would count the term twice
        weights.setdefault(t, kb.settings.synonym_weight * max(bm25.term_idf(t) or 0.0, 0.0))
    return weights


def weight_in(weights: dict[str, float], tokens: set[str]) -> float:
    """The question weight a text holds: the sum of the weights of the question tokens among its tokens."""
    return sum(w for t, w in weights.items() if t in tokens)


def best_sentence(kb: Library, unit_id: str, tokens: list[str], prefer_figures: bool = False, dense_scores=None,
                  synonym_tokens=(), bm25=None, wanted=()):
    """The unit's sentence that shares the most question weight (then a figure, or the kind of value asked for:
    `wanted`, the evidence patterns of the answer types asked, such as 每月 for 多久一次; then the dense score)."""
    sentences = kb.data.sentences.get(unit_id, [])
    if not sentences:
        unit = kb.unit_by_id[unit_id]
        return None if not unit.text else (unit.start, unit.end, 0.0)
    weights = idf_weights(kb, tokens, synonym_tokens, bm25)
    text = kb.data.documents[kb.unit_by_id[unit_id].doc_id].text
    best, best_key, holding, holding_key = None, None, None, None
    heading = kb.unit_by_id[unit_id].heading
    # the words of the unit's heading ((1)全面落实“多证合一”改革) are its topic, the same for each of its sentences: the
    # question's other words (服务模式) tell which sentence answers, when it has some
    topic = set(kb.tokenizer.tokens(heading)) if heading else set()
    if any(w not in topic and v > 0 for w, v in weights.items()):
        weights = {w: (v * 0.5 if w in topic else v) for w, v in weights.items()}
    for i, s in enumerate(sentences):
        lexical = weight_in(weights, set(s.tokens))
        if heading and text[s.start:s.end].rstrip("。") == heading:
            lexical *= 0.5  # the heading repeats the topic; a sentence of the body says more
        sentence = text[s.start:s.end]
        figure = 1.0 if prefer_figures and FIGURE.search(sentence) else 0.0
        dense = float(dense_scores[i]) if dense_scores is not None else 0.0
        key = (round(lexical, 6) + 0.5 * figure * (lexical > 0) + dense, -i)
        if best_key is None or key > best_key:
            best, best_key = s, key
        # a sentence holding the kind of value asked for (每半年 for 多长时间…一次) and a word of the question
        if lexical > 0 and any(p.search(sentence) for p in wanted) and (holding is None or key > holding_key):
            holding, holding_key = s, key
    chosen = text[best.start:best.end]
    if holding is not None and not FIGURE.search(chosen) and not any(p.search(chosen) for p in wanted):
        return holding.start, holding.end, holding_key[0]   # the best sentence gives no value: the one that does
    return best.start, best.end, best_key[0]


WHEN = _WORDS["WHEN"]


DATED = _WORDS["DATED"]


def figure_clause(text: str, start: int, end: int, weights: dict[str, float], tokenizer,
                  when: bool = False, wanted=()) -> tuple[int, int] | None:
    """Inside a sentence, the comma-level clause holding a figure that best matches the question, or, with no
    number in it, the clause holding the kind of value asked for (`wanted`: 每月 for 多久一次). For a
    question asking when (什么时候要超过700家), an undated clause is quoted from the nearest dated clause before
    it (到2025年,全区国家高新技术企业超过700家): one verbatim slice."""
    best, best_score = None, (-1.0, -1.0)
    spans = clause_spans(text, start, end)
    numeric = [(a, b) for a, b in spans if FIGURE.search(text[a:b]) and NUMERAL.search(text[a:b])]
    asked = [(a, b) for a, b in spans if any(p.search(text[a:b]) for p in wanted)]
    # the clauses with a number giving the kind of value asked for (于2025年5月底完成 beside 按照以下三个阶段, asked
    # when), else those giving it without a number (每月公布… beside “12345”热线), else the clauses with a number
    both = [c for c in numeric if c in set(asked)]
    for a, b in both or asked or numeric:
        # the words around the number say what it counts (…不得低于乡道每年每公里5000元，村道每年每公里3000元:
        # 村道 asked picks the second; 建设15家以上国家级科技企业孵化器): they count first, then the clause's with
        # the case it is set for (首次申请的，首付款比例不低于30%，第二次申请的，首付款比例不低于40%: 第二次 the second)
        number = NUMERAL.search(text, a, b)
        near = text[max(a, number.start() - 8):min(b, number.end() + 10)] if number else ""
        case = _case_before(text, spans, (a, b))
        words = set(tokenizer.tokens(text[a:b])) | (set(tokenizer.tokens(text[case[0]:case[1]])) if case else set())
        score = (weight_in(weights, set(tokenizer.tokens(near))), weight_in(weights, words))
        if best is None or score > best_score:
            best, best_score = (a, b), score
    if best and (case := _case_before(text, spans, best)) and \
            weight_in(weights, set(tokenizer.tokens(text[case[0]:case[1]]))) > 0:
        best = (case[0], best[1])       # the case asked about is quoted with its figure
    if best and len(re.sub(r"[\d.%％年月日到至，,、\s]", "", text[best[0]:best[1]])) < 4:
        return start, end   # the clause is only a date or a number (2035年,): the sentence says what it is about
    if best and when and not DATED.search(text[best[0]:best[1]]):
        dated = [a for a, b in spans if b <= best[0] and DATED.search(text[a:b])]
        if dated:
            best = (dated[-1], best[1])
    return best


def _case_before(text: str, spans: list[tuple[int, int]], clause: tuple[int, int]) -> tuple[int, int] | None:
    """The clause setting the case a clause is for, right before it (第二次申请住房公积金贷款的，…), if any."""
    k = spans.index(clause)
    if k and text[spans[k - 1][0]:spans[k - 1][1]].rstrip("，,；; ").endswith("的"):
        return spans[k - 1]
    return None


def citation(kb: Library, unit_id: str, start: int, end: int, score: float, **extra) -> Citation:
    unit = kb.unit_by_id[unit_id]
    doc = kb.data.documents[unit.doc_id]
    return Citation(doc_id=doc.doc_id, doc_title=doc.title, doc_number=doc.doc_number, unit_id=unit_id,
                    label=unit.label, path=unit.path, quote=doc.text[start:end], start=start, end=end,
                    score=round(float(score), 4), cite=kb.cite(unit_id, start, end), page=doc.page_of(start),
                    **extra)


def not_found(question: str, intent: str, reason: str, notes: list[str], explain: dict | None = None) -> Answer:
    return Answer(question, intent, False, f"未找到依据：{reason}", [], [], notes, explain)
