"""Answers: the kind of question, then an extractive answer with verbatim, offset-checked citations.

Nothing here writes an answer of its own: bodies come from the cited clause, figures and sentences are
slices of the source text, and a question the corpus does not support gets `found: false`.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

import numpy as np

from . import answertypes
from .errors import BadQuestion
from .textutil import clause_spans, fold, longest_shared_piece, to_simplified
from .types import Answer, Citation

MAX_QUESTION = 500

RESPONSIBILITY = re.compile(r"谁|哪个部门|哪些部门|哪个单位|哪些单位|什么部门|什么单位|哪家|哪个局|哪些局|归哪|由哪|"
                            r"找哪|牵头单位|责任单位|负责部门|主管部门|责任部门|管不管|哪个机关|哪些机构|哪个机构|牵头部门|归口|"
                            r"责任主体|(?:部门|单位)是(?:哪|什么)|是哪个(?:部门|单位|局)的")
# 要向哪个部门报告 / 应当向谁备案: who receives what the asker has to file — a question about the asker's duty
OWN_DUTY = re.compile(r"(?:要|应当|应该|需要|必须|得)(?:先)?向(?:哪|谁|什么).{0,6}?(?:报告|备案|申请|申报|登记|报送|提交|报批)")
TASK_WORDS = re.compile(r"负责(哪些|什么|啥)|(哪些|什么|啥)(任务|工作|事|职责)|职责|任务|要做|做(哪些|什么|啥)|干(什么|啥)|"
                        r"承担|分工|牵头(哪些|什么)|参与(哪些|什么)|管(哪些|什么)|"
                        r"活儿|(啥|什么|哪些)活(?![动力])|哪几条|哪些条|负责哪条|牵扯|涉及(哪|什么)|负责的是(哪|什么)")
# the asker's own unit, unnamed (我们局要做哪些事, 本单位有什么任务)
SELF_BODY = re.compile(r"(?:我们|咱们|我|本|我们这个)(?:局|委|办|单位|部门|分局|中心|科室|处)")
# Words that, beside a body's name, still ask for its part in the plan as a whole (区发改委在质量强区里扮演什么
# 角色, 跟区知识产权局有关的条款有哪些): a question naming a body and only these asks for its tasks.
TASK_GENERIC = frozenset("""
质量 强区 质量强区 建设 区里 咱们 这里 承担 共同 一起 配合 参与 牵头 牵扯 几条 哪条 哪几条 条款 条文 活儿 活
落实 需要 点名 要管 扮演 角色 关系 分到 作用 位置 份儿 有份
""".split())


def _without_bodies(kb, question: str) -> str:
    """The question with the bodies it names (and 我们局, 本单位 …) blanked out: their names are not its topic."""
    text = list(question)
    spans = [(start, end) for _, start, end in kb.table.find(question)]
    spans += [m.span() for m in SELF_BODY.finditer(fold(question))]   # 我们局是区水务局: 我们局 is the body too
    for start, end in spans:
        text[start:end] = ["，"] * (end - start)
    return "".join(text)


def _task_topic(kb, question: str) -> list[str]:
    """What a question about a body's tasks is about, beside the body (区市场监管局在食品安全方面要做什么 →
    食品安全): its words that are neither question words nor TASK_GENERIC, without the pieces of longer ones."""
    words = [t for t in kb.tokenizer.query_tokens(_without_bodies(kb, question), kb.place_stopwords)
             if t not in TASK_GENERIC]
    return [w for w in dict.fromkeys(words) if not any(w != o and w in o for o in words)]


def _names_only_a_body(kb, question: str) -> bool:
    """Does the question name a body and nothing else to search for (its other words all TASK_GENERIC)?"""
    return not _task_topic(kb, question)


FACT = re.compile(r"多少|几个|几家|几项|几座|几亩|比例|比重|百分之|%|％|目标|指标|合格率|达到|数量|多大|多高|"
                  r"多少家|多少个|何时|什么时候|哪一年|哪年|期限|时限|不少于|亩|万元|亿元|家企业|多久|多长|"
                  r"几年|几天|几日|几个月|几小时|几倍")
REQUIREMENT = re.compile(r"要求|应当|必须|不得|禁止|严禁|需要|义务|满足|遵守|怎么做|如何|措施|规定|可以|能不能|能否|"
                         r"是否|责任|鼓励|支持|引导")
FIGURE = re.compile(r"\d+(?:\.\d+)?\s*(?:%|％|万亩|亩|家|个|项|分|亿元|万元|元|年|倍|天|日|人|座|条|次)?|"
                    r"[一二三四五六七八九十百千万两]+(?:万|亿)?(?:家|个|项|倍|年|元|日|天|个月)")


# a number with its unit, in digits or in Chinese numerals (一万元以上五万元以下, 五年内, 十倍)
NUMERAL = re.compile(r"\d|[一二三四五六七八九十百千万两]+(?:万|亿)?(?:元|倍|日|天|年|个月|小时|周|家|个|项)")


DISTRICT_BODY = re.compile(r"区[^\s，。？?、哪什么那这里些个的和与及]{1,6}?(?:委员会|局|委|办|院|中心)")


def unknown_body(kb, question: str, known: list[str]) -> str | None:
    """A district body named in the question (区教委) that neither the body table nor any document knows."""
    q = fold(question)
    for m in DISTRICT_BODY.finditer(q):
        name = m.group(0)
        if any(name in fold(b) or fold(b) in name for b in known):
            continue
        if not kb.table.find(name) and not any(name in d.text for d in kb.data.documents.values()):
            return name
    return None


def clean_question(question: str) -> tuple[str, list[str]]:
    """Strip control characters and spaces, read traditional characters as simplified ones; refuse empty and
    oversized questions with a clear message."""
    if question is None:
        raise BadQuestion("问题为空：请输入一个问题（例如：谁负责工程质量投诉处理？）")
    notes = []
    cleaned = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in question)
    if cleaned != question:
        notes.append("已删除问题中的控制字符")
    cleaned = re.sub(r"\s+", " ", cleaned).strip()
    simplified = to_simplified(cleaned)
    if simplified != cleaned:
        notes.append("问题含繁体字，已按简体字检索")
        cleaned = simplified
    if not cleaned:
        raise BadQuestion("问题为空：请输入一个问题（例如：谁负责工程质量投诉处理？）")
    if len(cleaned) > MAX_QUESTION:
        raise BadQuestion(f"问题过长（{len(cleaned)}字）：请把问题缩短到{MAX_QUESTION}字以内，一次问一件事")
    return cleaned, notes


def detect_intent(question: str, bodies: list[str]) -> str:
    """responsibility | bureau_tasks | fact | requirement | other, from the question's wording."""
    q = fold(question)
    asks_who = bool(RESPONSIBILITY.search(q))
    if bodies and not asks_who and TASK_WORDS.search(q):
        return "bureau_tasks"
    if asks_who and OWN_DUTY.search(q):
        return "requirement"   # the asker must report to some authority: the duty is theirs, not a body's task
    if asks_who or re.search(r"(归|由)(哪|谁)|找谁|谁管|负责单位|负责的(部门|单位)", q):
        return "responsibility"
    if FACT.search(q):
        return "fact"
    if REQUIREMENT.search(q):
        return "requirement"
    return "other"


def idf_weights(kb, tokens: list[str], synonym_tokens=(), bm25=None) -> dict[str, float]:
    """idf of each question token (in the statistics of the documents searched, when given); the thesaurus
    tokens of its everyday words count at the synonym weight."""
    bm25 = bm25 or kb.data.bm25
    weights = {t: max(bm25.term_idf(t) or 0.0, 0.0) for t in set(tokens)}
    for t in synonym_tokens:
        if any(t != o and t in o for o in synonym_tokens):
            continue   # a sub-word of a longer thesaurus token (生产 of 生产总值) would count the term twice
        weights.setdefault(t, kb.settings.synonym_weight * max(bm25.term_idf(t) or 0.0, 0.0))
    return weights


def _weight_in(weights: dict[str, float], tokens: set[str]) -> float:
    """The question weight a text holds: the sum of the weights of the question tokens among its tokens."""
    return sum(w for t, w in weights.items() if t in tokens)


def best_sentence(kb, unit_id: str, tokens: list[str], prefer_figures: bool = False, dense_scores=None,
                  synonym_tokens=(), bm25=None):
    """The unit's sentence that shares the most question weight (then a figure, then the dense score)."""
    sentences = kb.data.sentences.get(unit_id, [])
    if not sentences:
        unit = kb.unit_by_id[unit_id]
        return None if not unit.text else (unit.start, unit.end, 0.0)
    weights = idf_weights(kb, tokens, synonym_tokens, bm25)
    text = kb.data.documents[kb.unit_by_id[unit_id].doc_id].text
    best, best_key = None, None
    heading = kb.unit_by_id[unit_id].heading
    for i, s in enumerate(sentences):
        lexical = _weight_in(weights, set(s.tokens))
        if heading and text[s.start:s.end].rstrip("。") == heading:
            lexical *= 0.5  # the heading repeats the topic; a sentence of the body says more
        figure = 1.0 if prefer_figures and FIGURE.search(text[s.start:s.end]) else 0.0
        dense = float(dense_scores[i]) if dense_scores is not None else 0.0
        key = (round(lexical, 6) + 0.5 * figure * (lexical > 0) + dense, -i)
        if best_key is None or key > best_key:
            best, best_key = s, key
    return best.start, best.end, best_key[0]


WHEN = re.compile(r"何时|什么时候|哪一年|哪年|到哪年|啥时候")
DATED = re.compile(r"\d{4}\s*年|年底|年内|月底|\d{1,2}\s*月")


def figure_clause(text: str, start: int, end: int, weights: dict[str, float], tokenizer,
                  when: bool = False) -> tuple[int, int] | None:
    """Inside a sentence, the comma-level clause holding a figure that best matches the question. For a
    question asking when (什么时候要超过700家), an undated clause is quoted from the nearest dated clause before
    it (到2025年,全区国家高新技术企业超过700家): one verbatim slice."""
    best, best_score = None, -1.0
    spans = clause_spans(text, start, end)
    for a, b in spans:
        piece = text[a:b]
        if not FIGURE.search(piece) or not NUMERAL.search(piece):
            continue
        score = _weight_in(weights, set(tokenizer.tokens(piece)))
        if score > best_score:
            best, best_score = (a, b), score
    if best and when and not DATED.search(text[best[0]:best[1]]):
        dated = [a for a, b in spans if b <= best[0] and DATED.search(text[a:b])]
        if dated:
            best = (dated[-1], best[1])
    return best


def citation(kb, unit_id: str, start: int, end: int, score: float, **extra) -> Citation:
    unit = kb.unit_by_id[unit_id]
    doc = kb.data.documents[unit.doc_id]
    return Citation(doc_id=doc.doc_id, doc_title=doc.title, doc_number=doc.doc_number, unit_id=unit_id,
                    label=unit.label, path=unit.path, quote=doc.text[start:end], start=start, end=end,
                    score=round(float(score), 4), cite=kb.cite(unit_id, start, end), page=doc.page_of(start),
                    **extra)


def not_found(question: str, intent: str, reason: str, notes: list[str], explain: dict | None = None) -> Answer:
    return Answer(question, intent, False, f"未找到依据：{reason}", [], [], notes, explain)


# a question word: a piece of text holding one asks something
ASKS = re.compile(r"谁|什么|啥|多少|几|哪|吗|怎么|如何|怎样|是否|能否|有没有|要不要|是不是|能不能|可不可以")


def first_question(question: str) -> tuple[str, list[str]]:
    """Two questions in one (谁负责工程质量投诉处理？食品抽检合格率目标是多少？): the first is answered and the others
    are named in a note, rather than searched for together. A statement before a question (我家房子漏水了？找谁？)
    is part of it."""
    parts = [p.strip() for p in re.split(r"(?<=[？?])", question) if p.strip()]
    if len(parts) < 2 or not all(ASKS.search(p) for p in parts):
        return question, []
    return parts[0], [f"问题里有{len(parts)}个问句，这里只回答第一个；其余请分别提问：{''.join(parts[1:])}"]


def answer_question(kb, question: str, explain: bool = False, doc_filter=None, method: str | None = None) -> Answer:
    """The whole answering path for one question: what kind of question it is, then the answer of that kind."""
    question, notes = clean_question(question)
    question, more = first_question(question)
    notes += more
    bodies = [name for name, _, _ in kb.table.find(question)]
    intent = detect_intent(question, bodies)
    if intent not in ("bureau_tasks", "responsibility") and bodies and _names_only_a_body(kb, question):
        intent = "bureau_tasks"
    if doc_filter and not len(kb.rows_for(doc_filter)):
        return not_found(question, intent, f"没有符合筛选条件的文件（{doc_filter.describe()}），请放宽条件。", notes)
    if intent == "bureau_tasks":
        return bureau_answer(kb, question, bodies, notes, explain)
    if TASK_WORDS.search(fold(question)):
        unknown = unknown_body(kb, question, bodies)
        if unknown:
            return not_found(question, "bureau_tasks", f"知识库的文件中没有提到{unknown}，无法列出它的任务。", notes)
        if not bodies and SELF_BODY.search(fold(question)):
            return not_found(question, "bureau_tasks", "问题没有写明是哪个单位，无法列出它的任务：请写上单位名称"
                                                       "（例如：区住建委要做哪些事？）。", notes)
    if bodies and YES_NO.search(fold(question)) and _task_topic(kb, question) and _plan_bodies(kb, bodies):
        return _whether_answer(kb, question, bodies, doc_filter, method, explain, notes)
    group = kb.actors.find(question) if intent in ("requirement", "other", "fact") else None
    if intent == "requirement" and group is not None and not _topic_tokens(kb, question, group):
        return _actor_answer(kb, question, group, doc_filter, method, explain, notes)
    return _search_answer(kb, question, intent, group, doc_filter, method, explain, notes)


def _whether_answer(kb, question: str, bodies: list[str], doc_filter, method, explain: bool,
                    notes: list[str]) -> Answer:
    """工程质量投诉归区市场监管局管吗: who is responsible for the topic, then whether the bodies asked are among
    them. The body's name is no topic word here: it would find the articles that mention it."""
    ans = _search_answer(kb, _without_bodies(kb, question), "responsibility", None, doc_filter, method, explain,
                         notes, asked=question)
    return _confirm_bodies(ans, question, bodies)


def _actor_answer(kb, question: str, group, doc_filter, method, explain: bool, notes: list[str]) -> Answer:
    """What binds an actor (我们是食品厂，有什么要求): the list of its duties; a question naming the plan (方案对我们…)
    gets the plan's. An actor given no duty (检测机构: the plan reforms them, it does not bind them) gets the
    articles that treat it, saying so; if none does, the refusal says what is missing."""
    if _named_kind(kb, question) == {"plan"} and "plan" in kb.kinds_held and not (doc_filter and doc_filter.kinds):
        from .kb import DocFilter   # kb imports this module
        doc_filter = replace(doc_filter or DocFilter(), kinds=("plan",))
    listed = requirements_answer(kb, question, group, notes, doc_filter)
    if listed.found:
        return listed
    ans = _search_answer(kb, question, "requirement", group, doc_filter, method, explain,
                         notes + [f"知识库的文件中没有写明{group.name}的义务；以下是涉及的条文"])
    return ans if ans.found else listed


def _plan_bodies(kb, bodies: list[str]) -> bool:
    """Are these all bodies a plan assigns tasks to (the district's bureaus)? A law's authority (国务院市场监督管理
    部门) is part of what its article says: a question whether it is responsible is answered as any other."""
    return all(any(kb.data.documents[kb.unit_by_id[t.unit_id].doc_id].kind == "plan" for t in kb.tasks_of(b))
               for b in bodies)


# a yes/no question (区住建委管不管…, …归区市场监管局管吗, 是不是区商务局负责…)
YES_NO = re.compile(r"吗|是不是|是否|管不管|负不负责|归不归|对不对")


def _confirm_bodies(ans: Answer, question: str, asked: list[str]) -> Answer:
    """A "who" answer to a question asking whether some bodies are responsible, with the verdict first: yes,
    no (they are not among the bodies the article lists), or which are and which are not."""
    ans.question = question
    if not ans.found or not ans.responsibility:
        return ans
    listed = {r["canonical"] for r in ans.responsibility["roles"]}
    yes, no = [b for b in asked if b in listed], [b for b in asked if b not in listed]
    if not no:
        verdict = "是。"
    elif not yes:
        verdict = f"不是：条文所列单位中没有{'、'.join(no)}。"
    else:
        verdict = f"{'、'.join(yes)}在条文所列单位中，{'、'.join(no)}不在。"
    ans.answer = verdict + ans.answer
    return ans


def _search_answer(kb, question: str, intent: str, group, doc_filter, method, explain: bool,
                   notes: list[str], asked: str | None = None) -> Answer:
    """The answer from a search: routed to the kind of document asked about, refused without a basis."""
    result, other = routed_search(kb, question, intent, group, doc_filter, method, asked)
    info = _explain(kb, result) if explain else None
    if not result.tokens:
        return not_found(question, intent, "问题里没有可检索的内容词，请写明事项（例如：谁负责工程质量投诉处理？）", notes, info)
    if not _has_basis(kb, question, result, intent, method):
        reason = "知识库中的文件没有涉及这个问题的条文，无法作答。"
        if result.nearest_null in kb.off_topics and (result.dense_margin or 0) < 0:
            reason = f"文件中没有涉及这个问题的条文；它更接近知识库未收录的话题（{result.nearest_null}），无法作答。"
        elif result.nearest_null in kb.missing_titles and (result.dense_margin or 0) < 0:
            reason = (f"文件中没有涉及这个问题的条文；它更接近文件中提到、但知识库没有收录的《{result.nearest_null}》，"
                      "无法作答。")
        return not_found(question, intent, reason, notes, info)
    missing = answertypes.missing(kb, question, result.hits, intent)
    if missing:
        return not_found(question, intent, f"问题问的是{missing}，但相关条文没有给出任何{missing}，无法作答。", notes, info)
    result.hits = prefer_superior(kb, question, match_penalty(kb, question, result.hits))
    if group is not None:
        result.hits = _prefer_actor(kb, result.hits, group)
    chosen = result.hits[0]
    accountable = (_accountable_hit(kb, result) if intent == "responsibility" and ACCOUNTABLE.search(fold(question))
                   else None)
    if accountable:
        chosen = accountable
    elif intent == "responsibility":
        chosen = _responsible_hit(kb, result, fold(question)) or chosen
    elif intent == "fact":
        chosen = _figure_hit(kb, result, question) or chosen
    elif DEFINITION.search(fold(question)):
        chosen = _definition_hit(kb, result) or chosen
    ordered = [chosen] + [h for h in result.hits if h.unit_id != chosen.unit_id]
    if other is not None:
        ordered = [ordered[0], other] + [h for h in ordered[1:] if h.unit_id != other.unit_id]
    citations = []
    for hit in ordered[:3]:
        dense = kb.sentence_dense_scores(question, hit.unit_id)
        span = best_sentence(kb, hit.unit_id, result.tokens, intent == "fact", dense, result.synonym_tokens,
                             result.bm25)
        if span:
            citations.append(citation(kb, hit.unit_id, span[0], span[1], hit.score))
    main = citations[0]
    unit = kb.unit_by_id[chosen.unit_id]
    doc = kb.data.documents[unit.doc_id]
    where = f"《{doc.title}》{unit.title}"
    ans = Answer(question, intent, True, "", [], citations, notes, info)
    if accountable is not None and ACCOUNTABLE_TEXT.search(fold(main.quote)):
        ans.answer = f"据{where}：{main.quote}"   # who answers for it, in the law's words (an actor, not a body)
    elif intent == "responsibility":
        _fill_responsibility(kb, ans, chosen.unit_id, where, authority_weights(kb, result, question))
        if LEAD_ASKED.search(fold(question)):
            _say_the_lead(ans)
    elif intent == "fact":
        weights = idf_weights(kb, result.tokens, result.synonym_tokens, result.bm25)
        clause = figure_clause(doc.text, main.start, main.end, weights, kb.tokenizer,
                               bool(WHEN.search(fold(question))))
        if clause:
            citations[0] = citation(kb, chosen.unit_id, clause[0], clause[1], chosen.score)
            ans.answer = f"{doc.text[clause[0]:clause[1]]}（{where}）"
        elif (after := _figure_after(kb, chosen.unit_id, main, question)) is not None:
            # the figure stands in the sentence right after the one matching the question (…的，责令改正，给予警告；
            # 拒不改正的，…并处一万元以上五万元以下罚款): both are quoted, as one slice of the text
            citations[0] = citation(kb, chosen.unit_id, main.start, after, chosen.score)
            ans.answer = f"{doc.text[main.start:after]}（{where}）"
        else:
            ans.answer = f"{main.quote}（{where}；条文未给出具体数字）"
    else:
        ans.answer = f"{main.quote}（{where}）"
    _mention_other_kind(kb, ans)
    return ans


LAW_KINDS = {"law", "regulation"}
LAW_SIGNS = re.compile(r"法律|法规|条例|本法|违法|处罚|罚款|罚多少|赔偿|许可|义务|应当|必须|不得|禁止|期限|时效|保修|"
                       r"保质期|几倍|日内|天内|检定|标签|召回|全国|国务院|国家|县级以上|主管|统一管理|监督管理")
DISTRICT = re.compile(r"东丽|区里|我区|本区|全区|咱们区")   # the question asks what the district does
NATIONAL = re.compile(r"全国|国务院|县级以上|行政主管部门|行政部门|由哪个部门主管|统一管理|监督管理")


def named_kind(q: str, named: set[str] = frozenset()) -> set[str] | None:
    """The kind of document a (folded) question names outright: the kinds of the held documents it names by
    title (产品质量法 → the laws); the district or the plan itself (方案对我们有什么要求) → the plan (unless it
    also asks for a national authority); a national authority → the laws."""
    if named:
        return LAW_KINDS if named <= LAW_KINDS else {"plan"} if named == {"plan"} else None
    if NATIONAL.search(q):
        return LAW_KINDS
    return {"plan"} if DISTRICT.search(q) or re.search(PLAN_NAMED, q) else None


ACCOUNTABLE = re.compile(r"谁(?:来|应当|要)?对[^，。？?]{1,20}负责|对[^，。？?]{1,20}负责的?是谁|谁(?:来|应当|要)?(?:赔|承担)")
# 方案 as the document asked about (方案里, 这个方案, 方案对我们), not in a law's compound (事故处置方案, 设计方案):
# the question names the plan
PLAN_NAMED = r"方案[里中上]|方案(?:有|说|提|讲|对|怎么)|(?:^|这个|本|该|实施)方案"
PLAN_SIGNS = re.compile(r"鼓励|支持|引导|扶持|帮|推动|目标|2025|2035|东丽|区里|街道|园区|" + PLAN_NAMED +
                        r"|措施|举措|打算|规划|政府会|我区|本区|全区")


def route(kb, intent: str, question: str, group) -> set[str] | None:
    """Which kind of document a question belongs to, when the corpus holds more than one: a district body's
    duties, the district's targets and measures → the plan; an enterprise's legal duty → the laws; a question
    with signs of neither or both → every document."""
    kinds = kb.kinds_held
    if not (kinds & LAW_KINDS) or "plan" not in kinds:
        return None
    q = fold(question)
    law, plan, named = bool(LAW_SIGNS.search(q)), bool(PLAN_SIGNS.search(q)), _named_kind(kb, question)
    if intent == "bureau_tasks" or (plan and not law) or named == {"plan"}:
        return {"plan"}
    if intent == "responsibility":
        # who does it here: the district's bodies — unless the question asks for a national authority, or who
        # is accountable for something (谁对…负责: the laws' wording; the plan assigns tasks, 按职责分工负责)
        return LAW_KINDS if (named == LAW_KINDS or ACCOUNTABLE.search(q)) and not plan else {"plan"}
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


def prefer_superior(kb, question: str, hits: list) -> list:
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
PENALTY_ASKED = re.compile(r"处罚|处分|罚款|罚金|罚多少|怎么罚|[会被将](?:被)?(?:怎么|如何|怎样)(?:处理|处置)|什么后果|"
                           r"承担什么法律责任|法律责任|吊销|没收|会被怎样|会怎么样|追究")
PENALTY_CHAPTER = re.compile(r"法律责任|罚则|处罚")


def is_penalty_unit(unit) -> bool:
    return any(PENALTY_CHAPTER.search(h) for h in unit.path[:-1])


def match_penalty(kb, question: str, hits: list, depth: int = 3) -> list:
    """Among the top hits, the units that answer the kind of question asked come first: penalty articles for
    a question about consequences, duty articles for any other (the order inside each group is kept)."""
    asked = bool(PENALTY_ASKED.search(fold(question)))
    top = hits[:depth]
    fits = [h for h in top if is_penalty_unit(kb.unit_by_id[h.unit_id]) == asked]
    if not fits:
        return hits
    return fits + [h for h in top if h not in fits] + hits[depth:]


def _prefer_actor(kb, hits: list, group, depth: int = 3) -> list:
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


def _names_actor(kb, hit, group) -> bool:
    return any(term in kb.unit_by_id[hit.unit_id].text for term in group.terms)


def _kind_group(kb, unit_id: str) -> str:
    return "law" if kb.data.documents[kb.unit_by_id[unit_id].doc_id].kind in LAW_KINDS else "other"


def routed_search(kb, question: str, intent: str, group, doc_filter, method, asked: str | None = None):
    """Search the kind of document the question is routed to; fall back to every document when that kind
    does not support an answer. Also return the best unit of the other kind when it supports one too,
    so that a question spanning plan and laws gets both. `asked`: the question as asked, when the text searched
    leaves part of it out (a body's name): routing reads it."""
    asked = asked or question
    allowed = kb.rows_for(doc_filter)
    titled = _intersect(kb.doc_rows(kb.named_documents(asked)), allowed)
    if len(titled):
        # the question names a document (产品质量法规定…): that document answers, when it can
        result = kb.searcher.search(question, rows=titled, method=method)
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
    named = _named_kind(kb, asked) == kinds   # the question names this kind: routing is a wall
    if not named and second is not None and second.hits and (
            kb.clearly_better(second, result) or (intent == "responsibility" and kb.holds_every_word(second, result))):
        # routing is a preference, not a wall: the other kind of document holds clearly more of the question
        # (or, asked who does something, all of it); the kind it was routed to is still cited beside it when
        # it holds half of the question
        best = kb.searcher.search(question, rows=allowed, method=method)
        keep = result.hits[0] if intent == "responsibility" and result.coverage >= 0.5 and best.hits and \
            _kind_group(kb, best.hits[0].unit_id) != _kind_group(kb, result.hits[0].unit_id) else None
        return best, keep
    if second is not None and second.hits and kb.supported(second, method) and second.coverage >= 0.5:
        return result, second.hits[0]
    return result, None


def _has_basis(kb, question: str, result, intent: str, method: str | None) -> bool:
    """Does the corpus support an answer: the abstention decision (kb.supported), or for a "who" question
    an article naming its bodies that holds it (_who_is_written)."""
    return bool(result.hits) and (kb.supported(result, method)
                                  or (intent == "responsibility" and _who_is_written(kb, question, result)))


def _who_is_written(kb, question: str, result) -> bool:
    """A "who" question has a basis, whatever the dense side says, in an article that names its responsible
    bodies and holds most of the question (`who_coverage`), or holds its most specific term and some of the
    rest (`abstain_coverage`): the lexical evidence is direct. The most specific term is its longest word (four
    characters or more) or the longest piece of the question the article holds word for word, if that piece
    (four characters or more) is in at most two units (`quoted_length`: 区域品牌, which jieba cuts in two).
    东丽跟滨海新区合作的事谁在对接 is (九) though its meaning is closer to the bare place name 东丽; 物业管理谁来规范
    is (十七) though closer to the off-topic 物业费收费标准."""
    top = result.hits[0].unit_id
    if not kb.responsibility_of(top):
        return False
    if result.coverage >= kb.settings.who_coverage:
        return True
    if result.coverage < kb.settings.abstain_coverage:
        return False
    row = kb.searcher.row[top]
    longest = max(result.tokens, key=len)
    return ((len(longest) >= 4 and longest in kb.searcher.token_sets[row])
            or kb.searcher.quoted_length(question, row) >= 4)


def _named_kind(kb, question: str) -> set[str] | None:
    """named_kind() with the kinds of the held documents the question names by title."""
    return named_kind(fold(question), {kb.data.documents[d].kind for d in kb.named_documents(question)})


def _needs_a_shared_word(kb, result, kinds: set[str]):
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


def _mention_other_kind(kb, ans: Answer) -> None:
    """Name, in the answer, the first citation from another kind of document than the main one."""
    if len(ans.citations) < 2:
        return
    main = _kind_group(kb, ans.citations[0].unit_id)
    other = next((c for c in ans.citations[1:] if _kind_group(kb, c.unit_id) != main), None)
    if other is not None:
        extra = ""
        found = kb.responsibility_of(other.unit_id)
        if ans.intent == "responsibility" and found and found[0].source == "clause":
            extra = f"（{found[0].quote.strip('（）() ')}）"
        ans.answer += f" 另见{other.cite}：{other.quote}{extra}"


def _topic_tokens(kb, question: str, group) -> list[str]:
    """The question's content words beyond the actor's name: none means 'list everything for this actor'."""
    actor_tokens = set()
    for name in (group.name, *group.asks, *group.terms):
        if name in fold(question):
            actor_tokens |= set(kb.tokenizer.tokens(name))
    generic = {"企业", "公司", "我们", "我司", "作为", "遵守", "满足", "义务", "法定", "履行", "法律", "法规", "规定", "要求",
               "应当", "必须", "注意", "需要"}
    return [t for t in kb.tokenizer.query_tokens(question, kb.place_stopwords)
            if t not in actor_tokens and t not in generic]


def order_requirements(kb, group, found: list) -> list:
    """Obligations in laws before plan measures; documents that name the actor most specifically (食品生产者
    before 生产者) first, laws before regulations, the document with most obligations first; then text order."""
    level = {"law": 0, "regulation": 1}

    def specificity(o) -> int:
        parts = [o.actor, *re.split(r"[、和及]", o.actor)]
        return min((group.terms.index(p) for p in parts if p in group.terms), default=len(group.terms))

    best, count = {}, {}
    for o in found:
        best[o.doc_id] = min(best.get(o.doc_id, 99), specificity(o) if o.source == "law" else 99)
        count[o.doc_id] = count.get(o.doc_id, 0) + 1
    return sorted(found, key=lambda o: (o.source != "law", best[o.doc_id],
                                        level.get(kb.data.documents[o.doc_id].kind, 2), -count[o.doc_id], o.doc_id,
                                        kb.unit_by_id[o.unit_id].ordinal, o.start))


def requirements_answer(kb, question: str, group, notes: list[str], doc_filter=None, limit: int = 12) -> Answer:
    """Everything that binds an actor: the laws' obligations first, then the plan's measures, each quoted."""
    _, found = kb.requirements_for(group.name, doc_filter)
    if not found:
        return not_found(question, "requirement", f"知识库的文件中没有写明{group.name}的义务。", notes)
    ordered = order_requirements(kb, group, found)
    citations = [citation(kb, o.unit_id, o.start, o.end, 0.0, role=o.modality) for o in ordered[:limit]]
    by_doc: dict[str, int] = {}
    for o in found:
        by_doc[kb.data.documents[o.doc_id].title] = by_doc.get(kb.data.documents[o.doc_id].title, 0) + 1
    summary = "；".join(f"《{title}》{n}项" for title, n in by_doc.items())
    kinds = "".join(f" --kind {k}" for k in (doc_filter.kinds if doc_filter else ()))
    answer = (f"适用于{group.name}的规定共{len(found)}项：{summary}。以下列出前{len(citations)}项，"
              f"完整清单：policyqa requirements --actor {group.name}{kinds}")
    return Answer(question, "requirement", True, answer, [], citations, notes)


def _figure_hit(kb, result, question: str = "", depth: int = 3):
    """Among the top hits, the unit whose figure-bearing sentence carries the most question weight. When the
    question asks for a kind of value (罚多少钱 → a sum), only sentences holding one count, and the first hit
    holding one answers even if its figure stands in a sentence of its own (…并处一万元以上五万元以下罚款)."""
    weights = idf_weights(kb, result.tokens, result.synonym_tokens, result.bm25)
    typed = [t.evidence for t in answertypes.asked(question)]
    best, best_score, first_typed = None, 0.0, None
    for hit in result.hits[:depth]:
        unit = kb.unit_by_id[hit.unit_id]
        text = kb.data.documents[unit.doc_id].text
        for s in kb.data.sentences.get(hit.unit_id, []):
            sentence = text[s.start:s.end]
            if not FIGURE.search(sentence) or not NUMERAL.search(sentence):
                continue
            if typed and not any(f.search(sentence) for f in typed):
                continue
            first_typed = first_typed or hit
            score = _weight_in(weights, set(s.tokens))
            if score > best_score + 1e-9:
                best, best_score = hit, score
    return best or (first_typed if typed else None)


def _figure_after(kb, unit_id: str, main, question: str) -> int | None:
    """The end of the sentence right after the quoted one, when that sentence holds the figure asked for."""
    sentences = kb.data.sentences.get(unit_id, [])
    text = kb.data.documents[kb.unit_by_id[unit_id].doc_id].text
    typed = [t.evidence for t in answertypes.asked(question)] or [FIGURE]
    for s, following in zip(sentences, sentences[1:]):
        if s.start == main.start and following.start - s.end <= 2:
            piece = text[following.start:following.end]
            if NUMERAL.search(piece) and any(f.search(piece) for f in typed):
                return following.end
    return None


DEFINITION = re.compile(r"什么是|是指什么|指的是什么|指什么|是什么意思|的定义|含义|所说的")
DEFINES = re.compile(r"所称|是指|系指|指的是")


def _definition_hit(kb, result, depth: int = 5):
    """For 'what is X': the unit among the top hits whose sentence defines a word of the question (本法所称…是指)."""
    weights = idf_weights(kb, result.tokens, result.synonym_tokens, result.bm25)
    best, best_score = None, 0.0
    for hit in result.hits[:depth]:
        text = kb.data.documents[kb.unit_by_id[hit.unit_id].doc_id].text
        for s in kb.data.sentences.get(hit.unit_id, []):
            if DEFINES.search(text[s.start:s.end]):
                score = _weight_in(weights, set(s.tokens))
                if score > best_score:
                    best, best_score = hit, score
    return best


ACCOUNTABLE_TEXT = re.compile(r"对[^，。；]{1,30}负责|承担[^，。；]{0,10}责任|应当赔偿|负责赔偿")


def _accountable_hit(kb, result, depth: int = 3):
    """For 谁对…负责 / 谁来赔: the first of the top units that says who is accountable or liable
    (…应当对其…质量安全负责, 销售者应当承担赔偿责任)."""
    return next((h for h in result.hits[:depth] if ACCOUNTABLE_TEXT.search(fold(kb.unit_by_id[h.unit_id].text))),
                None)


def _responsible_hit(kb, result, question: str = ""):
    """A unit that names its responsible bodies, if one ranks close enough to the top hit. For a question
    asking whom to turn to (向谁检举), a top unit naming who receives it answers already."""
    top = result.hits[0]
    if "向" in question and RECEIVER.search(fold(kb.unit_by_id[top.unit_id].text)):
        return top
    if kb.unit_by_id[top.unit_id].kind == "law_article" and kb.responsibility_of(top.unit_id):
        return _best_authority(kb, result, question) or top
    if kb.responsibility_of(top.unit_id) or kb.unit_by_id[top.unit_id].kind not in ("box", "law_article"):
        return top  # a plan article without a clause is answered as such: it names no body
    # a 专栏 never names bodies, and most law articles name duties of enterprises, not authorities:
    # a unit close behind in the ranking that names who is responsible answers "who" better
    for hit in result.hits[1:]:
        if kb.responsibility_of(hit.unit_id) and hit.score >= kb.settings.responsibility_ratio * top.score:
            return hit
    return None


def _words_score(weights: dict[str, float], tokens: set[str]) -> float:
    """The weight of the question's words found in a sentence, each word once: a compound found (产品质量)
    is not counted again through the pieces search segmentation also made of it (产品, 品质, 质量)."""
    found: list[str] = []
    for t in sorted((t for t in weights if t in tokens), key=len, reverse=True):
        if not any(t in longer for longer in found):
            found.append(t)
    return sum(weights[t] for t in found)


# the act a "who" question asks about: 监督抽查由谁组织 → 组织, 由哪个部门监督检查 → 监督检查
PREDICATE = re.compile(r"(?:由|归)(?:谁|哪个|哪些|什么)(?:部门|单位|机关|机构)?(?:来|负责)?([\u4e00-\u9fff]{2,6})[？?。，]?$")


def authority_weights(kb, result, question: str) -> dict[str, float]:
    """Question word weights for choosing among authority sentences: the act asked about (…由谁组织 → 组织)
    counts twice, since the sentence must name who does *that*."""
    weights = idf_weights(kb, result.tokens, result.synonym_tokens, result.bm25)
    asked = PREDICATE.search(fold(question))
    if asked:
        for t in kb.tokenizer.tokens(asked.group(1)):
            if t in weights:
                weights[t] *= 2
    return weights


def _best_authority(kb, result, question: str = "", depth: int = 3):
    """Among the top law articles close to the first, the one whose authority sentence shares most of the
    question (统一管理全国标准化工作 for 全国标准化工作由哪个部门统一管理)."""
    weights = authority_weights(kb, result, question)
    top = result.hits[0]
    best, best_score = None, -1.0
    for hit in result.hits[:depth]:
        if hit.score < kb.settings.responsibility_ratio * top.score:
            continue
        for r in kb.responsibility_of(hit.unit_id):
            score = _words_score(weights, set(kb.tokenizer.tokens(r.quote)))
            if score > best_score + 1e-9:
                best, best_score = hit, score
    return best


# the authorities a sentence sends something to: 向市场监督管理部门或者其他有关部门检举
RECEIVER = re.compile(r"向([\u4e00-\u9fff、]{2,40}?(?:部门|机关|机构|人民政府))(?:[^，。；]{0,12}?)"
                      r"(?:检举|举报|投诉|申诉|报告|申请|备案|提出|提交|报送)")


LEAD_ASKED = re.compile(r"牵头|主责|带头|挑头")


def _say_the_lead(ans: Answer) -> None:
    """Asked who leads (哪个局牵头): the lead where the text names one (牵头, 会同), else that it names none —
    a bare list (…等按职责分工负责) has no lead, only a body listed first."""
    roles = (ans.responsibility or {}).get("roles") or []
    if not roles:
        return
    leads = [r["body"] for r in roles if r["role"] == "lead"]
    if leads:
        ans.answer = f"牵头：{'、'.join(leads)}。" + ans.answer
    elif ans.responsibility["source"] == "clause":
        ans.answer = f"条文没有写明牵头单位（所列单位按职责分工负责，排第一位的是{roles[0]['body']}）。" + ans.answer


def _fill_responsibility(kb, ans: Answer, unit_id: str, where: str, weights: dict[str, float]) -> None:
    found = kb.responsibility_of(unit_id)
    receivers = RECEIVER.findall(fold(ans.citations[0].quote)) if not found else []
    if receivers:
        # 向市场监督管理部门或者其他有关部门检举: the sentence says who receives it, which answers "向谁"
        ans.bureaus = list(dict.fromkeys(n for body in receivers for n in re.split(r"、|或者|和", body) if n))
        ans.answer = f"据{where}：{ans.citations[0].quote}"
        return
    if not found:
        ans.answer = f"{where}没有写明负责单位。相关条文：{ans.citations[0].quote}"
        ans.notes.append("该条文未写明责任单位")
        return
    main = found[0]
    if len(found) > 1:  # a law article names several authorities: the sentence closest to the question
        quote = ans.citations[0]
        main = max(found, key=lambda r: (r.start <= quote.start < r.end,
                                         _words_score(weights, set(kb.tokenizer.tokens(r.quote)))))
    if main.source == "text" and main.start != ans.citations[0].start:
        # the sentence that names the authority is the one that answers "who"
        ans.citations[0] = citation(kb, unit_id, main.start, main.end, ans.citations[0].score)
    ans.bureaus = [b.name for b in main.bodies]
    ans.responsibility = {"quote": main.quote, "start": main.start, "end": main.end, "source": main.source,
                          "roles": [{"body": b.name, "canonical": b.canonical, "role": b.role,
                                     "start": b.start, "end": b.end} for b in main.bodies]}
    inner = main.quote.strip("（）() ")
    if main.source == "clause":
        ans.answer = f"据{where}，由{inner}。"
    else:
        ans.answer = f"据{where}：{inner}"


def bureau_answer(kb, question: str, bodies: list[str], notes: list[str], explain: bool) -> Answer:
    """Every unit a body is responsible for, in document order; with two bodies, the tasks they share."""
    body = bodies[0]
    tasks = kb.tasks_of(body)
    for other in bodies[1:]:
        shared = {t.unit_id for t in kb.tasks_of(other)}
        tasks = [t for t in tasks if t.unit_id in shared]
    name = "、".join(bodies)
    if not tasks:
        reason = (f"{name}没有共同负责的条目。" if len(bodies) > 1
                  else f"知识库的文件中没有写明{name}负责的条目。")
        return not_found(question, "bureau_tasks", reason, notes)
    citations = []
    for task in sorted(tasks, key=lambda t: kb.unit_by_id[t.unit_id].ordinal):
        r = next(r for r in kb.responsibility_of(task.unit_id) if any(b.canonical == body for b in r.bodies))
        citations.append(citation(kb, task.unit_id, r.start, r.end, 0.0, role=_role_text(task),
                                  shared_with=list(task.shared_with)))
    titles = "；".join(kb.unit_by_id[c.unit_id].title for c in citations)
    led = sum(1 for t in tasks if t.role == "lead")
    extra = f"，其中牵头{led}项" if led else ""
    answer = f"{name}负责{len(citations)}项任务{extra}：{titles}。"
    topic = _task_topic(kb, question)
    on_topic = _tasks_on_topic(kb, question, [t.unit_id for t in tasks]) if topic else []
    if topic:
        # 区市场监管局在食品安全方面要做什么: the tasks on that topic first, quoted where they say what to do
        label = "、".join(topic)
        role = {c.unit_id: c for c in citations}
        first = []
        for unit_id in on_topic:
            span = best_sentence(kb, unit_id, topic)
            if span:
                first.append(citation(kb, unit_id, span[0], span[1], 0.0, role=role[unit_id].role,
                                      shared_with=role[unit_id].shared_with))
        if first:
            answer = (f"{name}负责的条目中与“{label}”有关的：" + "；".join(
                kb.unit_by_id[c.unit_id].title for c in first) + f"。{name}共负责{len(citations)}项任务{extra}：{titles}。")
            citations = first + [c for c in citations if c.unit_id not in on_topic]
        else:
            answer = f"{name}负责的条目中没有写到“{label}”。" + answer
    ans = Answer(question, "bureau_tasks", True, answer, [], citations, notes)
    if explain:
        ans.explain = {"bodies": bodies, "tasks": len(tasks), "topic": topic, "on_topic": on_topic}
    return ans


def _tasks_on_topic(kb, question: str, unit_ids: list[str], most: int = 3, share: float = 0.5) -> list[str]:
    """Of a body's units, those holding at least half the weight of the question's topic words (a thesaurus
    term counting for its everyday word), best first. The whole corpus's statistics weigh the words: among a
    body's two or three units a word they share would weigh nothing."""
    searcher, text = kb.searcher, _without_bodies(kb, question)
    tokens = kb.tokenizer.query_tokens(text, kb.place_stopwords)
    expansions = searcher.thesaurus.expand(text)
    scores = searcher.lexical_scores(tokens, searcher.synonym_tokens(tokens, expansions))
    rows = [searcher.row[u] for u in unit_ids if u in searcher.row]
    covered = [(searcher.coverage(tokens, r, expansions), scores[r], r) for r in rows]
    ranked = sorted((c for c in covered if c[0] >= share), key=lambda c: (-c[0], -c[1]))
    return [searcher.data.searchable[r] for _, _, r in ranked[:most]]


def _role_text(task) -> str:
    if task.role == "lead":
        return "牵头"
    if task.role == "support":
        return "配合"
    if task.role == "responsible":
        return "负责"
    return "排第一位" if task.position == 1 else "参与（按职责分工负责）"


def _explain(kb, result) -> dict:
    return {"tokens": result.tokens, "method": result.method, "coverage": round(result.coverage, 3),
            "synonyms": {e.word: list(e.terms) for e in result.expansions},
            "dense_best": None if result.dense_best is None else round(result.dense_best, 3),
            "dense_margin": None if result.dense_margin is None else round(result.dense_margin, 3),
            "nearest_null": result.nearest_null,
            "fusion": result.details,
            "hits": [{"unit_id": h.unit_id, "label": kb.unit_by_id[h.unit_id].label, "score": round(h.score, 4),
                      "ranks": {k: int(v) for k, v in h.ranks.items()},
                      "scores": {k: round(v, 4) for k, v in h.scores.items()}} for h in result.hits]}
