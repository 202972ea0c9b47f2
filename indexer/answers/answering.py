"""Answers: the kind of question, then an extractive answer with verbatim, offset-checked citations.

Nothing here writes an answer of its own: bodies come from the cited clause, figures and sentences are
slices of the source text, and a question the corpus does not support gets `found: false`. The stages it
calls: `questions` (what is asked), `routing` (which documents), `quoting` (the sentence and its offsets),
`bureaus` (a body's tasks), `answertypes` (the kind of value asked for).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from indexer.answers import answertypes
from indexer.answers.document_answers import asked_field, document_answer, names_a_part
from indexer.answers.bureaus import (bureau_answer, confirm_bodies, name_known_bodies, names_only_a_body, plan_bodies,
                      task_topic, unknown_body, without_bodies)
from indexer.search.questions import (LEAD_ASKED, SELF_BODY, TASK_WORDS, YES_NO, clean_question, detect_intent,
                        first_question)
from indexer.answers.quoting import (FIGURE, NUMERAL, WHEN, best_sentence, citation, figure_clause, idf_weights, not_found,
                      weight_in)
from indexer.search.routing import (ACCOUNTABLE, kind_group, match_penalty, named_kind_in, prefer_actor, prefer_superior,
                      routed_search, routing_text)
from indexer.textutil import book_title, fold, longest_shared_piece, sentence_spans, word_families
from indexer.types import Answer, DocFilter, Hit
from indexer.answers.unitrefs import referenced_units
from indexer.search.library import Library
from indexer.structure.bodynames import vocabulary
from indexer.structure.subjects import members_named

_WORDS = word_families("answer_words")   # data/answer_words.json


@dataclass(frozen=True)
class Question:
    """A question read once: its cleaned text (the first question, the bodies it names as the documents name them),
    the notes reading it produced, the bodies, its kind, and the signs the answering path branches on."""
    text: str
    notes: tuple[str, ...]
    bodies: tuple[str, ...]
    intent: str
    asks_tasks: bool          # 负责哪些, 要做什么 …
    names_self: bool          # 我们局 …: a body not named
    whether: bool             # 是不是, 归…管吗 …


def read_question(kb: Library, raw: str) -> Question:
    question, notes = clean_question(raw)
    question, more = first_question(question)
    notes += more
    question, more = name_known_bodies(kb, question)
    notes += more
    # a body named inside a document's title (《国务院办公厅关于…的意见》) is no body asked about
    untitled = re.sub(r"《[^》]*》", lambda m: "　" * len(m.group(0)), question)
    bodies = [name for name, _, _ in kb.table.find(untitled)]
    intent = detect_intent(question, bodies)
    if intent not in ("bureau_tasks", "responsibility") and bodies and names_only_a_body(kb, question):
        intent = "bureau_tasks"
    folded = fold(question)
    return Question(question, tuple(notes), tuple(bodies), intent, bool(TASK_WORDS.search(folded)),
                    bool(SELF_BODY.search(folded)), bool(YES_NO.search(folded)))


SIGNED_FIELDS = ("doc_number", "issuer", "date", "title")


def answer_question(kb: Library, question: str, explain: bool = False, doc_filter=None, method: str | None = None) -> Answer:
    """The whole answering path for one question: the question read once, then the answer of its kind."""
    q = read_question(kb, question)
    question, notes, bodies, intent = q.text, list(q.notes), list(q.bodies), q.intent
    if doc_filter and not len(kb.rows_for(doc_filter)):
        return not_found(question, intent, f"没有符合筛选条件的文件（{doc_filter.describe()}），请放宽条件。", notes)
    if intent == "bureau_tasks":
        # 卫生健康委在联席会议里负责什么: a body asked about that no document knows is not another body's question
        unknown = unknown_body(kb, question, bodies)
        if unknown:
            return not_found(question, "bureau_tasks", f"知识库的文件中没有提到{unknown}，无法列出它的任务。", notes)
        return bureau_answer(kb, question, bodies, notes, explain)
    named_units = referenced_units(kb, question, intent, doc_filter)
    if named_units is not None:
        return _unit_answer(kb, question, intent, named_units, notes)
    if q.asks_tasks:
        unknown = unknown_body(kb, question, bodies)
        if unknown:
            return not_found(question, "bureau_tasks", f"知识库的文件中没有提到{unknown}，无法列出它的任务。", notes)
        if not bodies and q.names_self:
            return not_found(question, "bureau_tasks", "问题没有写明是哪个单位，无法列出它的任务：请写上单位名称"
                                                       "（例如：区住建委要做哪些事？）。", notes)
    whether = q.whether
    if bodies and (whether or intent == "responsibility") and task_topic(kb, question) and plan_bodies(kb, bodies):
        # 工程质量投诉归区市场监管局管吗, 除了区市场监管局，食品安全还有哪些部门负责: the bodies named are not the topic
        # (searched, they find the articles that mention them, such as （三十一）); the topic's article answers, with
        # the verdict first when whether they are responsible is asked. When the topic alone finds nothing
        # (区市场监管局局长是谁: 局长), a "who" question is answered as asked, and refused with its own reason
        ans = _search_answer(kb, without_bodies(kb, question), "responsibility", None, doc_filter, method, explain,
                             list(notes), asked=question)
        if whether:
            return confirm_bodies(ans, question, bodies)
        if ans.found:
            ans.question = question
            return ans
    # a body named beside 文号, 发文机关 or 成文日期 is the issuer (区政府办公室转发这份细则的通知是哪天发出的); beside 一共有
    # 多少项 it is the body whose tasks are counted
    field = asked_field(question, bool(kb.named_documents(question)))
    if field and (not bodies or field in SIGNED_FIELDS):
        told = document_answer(kb, question, field, notes, doc_filter)
        if told is not None:
            return told
    if intent in ("fact", "other") and TARGETS_ASKED.search(fold(question)):
        listed = targets_answer(kb, question, notes, doc_filter)
        if listed is not None:
            return listed
    group = kb.actors.find(question) if intent in ("requirement", "other", "fact") else None
    if intent == "requirement" and group is not None and not _topic_tokens(kb, question, group):
        return _actor_answer(kb, question, group, doc_filter, method, explain, notes)
    ans = _search_answer(kb, question, intent, group, doc_filter, method, explain, notes)
    if not ans.found and asked_field(question, True) == "count" and names_a_part(kb, question):
        # 重点任务一共有几项, when no sentence gives the number: the size of the part the question names
        return document_answer(kb, question, "count", notes, doc_filter) or ans
    return ans


# the targets as a list (主要目标有哪些, 食品方面有哪些指标), not one figure (食品抽检合格率目标是多少)
TARGETS_ASKED = _WORDS["TARGETS_ASKED"]
# words that ask for the targets without narrowing them to a topic (with the documents' titles' words and years)
TARGET_GENERIC = frozenset("目标 主要 主要目标 指标 量化 建设 方案 实现 达到 具体 年底 今年".split())


def targets_answer(kb: Library, question: str, notes: list[str], doc_filter=None) -> Answer | None:
    """The plans' quantified targets, each quoted (98.5%以上, 115家 …): all of them, those of the article 主要目标
    when the question says so, or those on the question's topic (食品方面的目标). None when no target fits: the
    question is then answered by a search."""
    found = [t for t in kb.targets if not doc_filter or doc_filter.admits(kb.data.documents[t.doc_id])]
    if "主要目标" in question:
        found = [t for t in found if any("主要目标" in p for p in kb.unit_by_id[t.unit_id].path)]
    topic = [w for w in kb.tokenizer.query_tokens(question, kb.place_stopwords)
             if w not in TARGET_GENERIC and w not in kb.title_words and not re.fullmatch(r"\d{4}", w)]
    if topic:
        found = [t for t in found if any(w in fold(t.quote).lower() for w in topic)]
    if not found:
        return None
    years = sorted({t.year for t in found if t.year})
    when = f"（{'、'.join(years)}年）" if years else ""
    answer = f"量化目标{len(found)}项{when}：" + "；".join(t.quote for t in found) + "。"
    citations = [citation(kb, t.unit_id, t.start, t.end, 0.0) for t in found]
    return Answer(question, "fact", True, answer, [], citations, notes)


def _actor_answer(kb: Library, question: str, group, doc_filter, method, explain: bool, notes: list[str]) -> Answer:
    """What binds an actor (我们是食品厂，有什么要求): the list of its duties; a question naming the plan (方案对我们…)
    gets the plan's. An actor given no duty (检测机构: the plan reforms them, it does not bind them) gets the
    articles that treat it, saying so; if none does, the refusal says what is missing."""
    if named_kind_in(kb, question) == {"plan"} and "plan" in kb.kinds_held and not (doc_filter and doc_filter.kinds):
        doc_filter = replace(doc_filter or DocFilter(), kinds=("plan",))
    listed = requirements_answer(kb, question, group, notes, doc_filter)
    if listed.found:
        return listed
    ans = _search_answer(kb, question, "requirement", group, doc_filter, method, explain,
                         notes + [f"知识库的文件中没有写明{group.name}的义务；以下是涉及的条文"])
    return ans if ans.found else listed


def _search_answer(kb: Library, question: str, intent: str, group, doc_filter, method, explain: bool,
                   notes: list[str], asked: str | None = None) -> Answer:
    """The answer from a search: routed to the kind of document asked about, refused without a basis."""
    where_asked = routing_text(asked or question, kb.locality)
    placed = [d for d in kb.placed_documents(where_asked)
              if not doc_filter or doc_filter.admits(kb.data.documents[d])]
    result, other = routed_search(kb, question, intent, group, doc_filter, method, asked, placed)
    if placed and result.hits and kb.unit_by_id[result.hits[0].unit_id].doc_id not in placed:
        # 成都…: the place's documents gave no basis, so the library's others are searched, and the answer says so
        said = kb.places_named(where_asked)
        places = "、".join(sorted(p for p in said if not any(p != o and p in o for o in said)))
        notes = notes + [f"问题提到的{places}的文件中没有找到依据，以下依据来自其他文件"]
    if intent == "fact":
        _add_the_count_asked(kb, question, result, method)
    info = _explain(kb, result) if explain else None
    reason = _refusal(kb, question, result, intent, method)
    if reason:
        return not_found(question, intent, reason, notes, info)
    result.hits = prefer_superior(kb, question, match_penalty(kb, question, result.hits))
    if group is not None:
        result.hits = prefer_actor(kb, result.hits, group)
    chosen, accountable = _chosen_hit(kb, question, intent, result)
    # a unit sharing no word with the question (nor a thesaurus term) is no basis to show beside the answer: on
    # the dev half such a unit in second or third place was never the one asked about (138 of them)
    ordered = [chosen] + [h for h in result.hits if h.unit_id != chosen.unit_id and h.scores["bm25"] > 0]
    if other is not None:
        ordered = [ordered[0], other] + [h for h in ordered[1:] if h.unit_id != other.unit_id]
    held = _post_held(kb, question, ordered[:3])
    if held is not None:
        # 召集人由谁担任: the sentence giving the post's holder (a leader, not a body), whatever names the bodies
        unit = kb.unit_by_id[held.unit_id]
        where = f"{book_title(kb.data.documents[unit.doc_id].title)}{unit.title}"
        ans = Answer(question, intent, True, f"据{where}：{held.quote}", [], [held], notes, info)
        ans.bureaus = [b.name for r in kb.responsibility_of(held.unit_id) if held.start <= r.start < held.end
                       for b in r.bodies]
        return ans
    citations = []
    wanted = answertypes.wanted_evidence(question, intent)
    for hit in ordered[:3]:
        dense = kb.sentence_dense_scores(question, hit.unit_id)
        span = best_sentence(kb, hit.unit_id, result.tokens, intent == "fact", dense, result.synonym_tokens,
                             result.bm25, wanted)
        if span:
            citations.append(citation(kb, hit.unit_id, span[0], span[1], hit.score))
    main = citations[0]
    unit = kb.unit_by_id[chosen.unit_id]
    where = f"{book_title(kb.data.documents[unit.doc_id].title)}{unit.title}"
    ans = Answer(question, intent, True, "", [], citations, notes, info)
    if accountable is not None and ACCOUNTABLE_TEXT.search(fold(main.quote)):
        ans.answer = f"据{where}：{main.quote}"   # who answers for it, in the law's words (an actor, not a body)
    elif intent == "responsibility":
        lead_asked = bool(LEAD_ASKED.search(fold(question)))
        _fill_responsibility(kb, ans, chosen.unit_id, where, authority_weights(kb, result, question),
                             lead_asked=lead_asked, members_asked=bool(MEMBERS_ASKED.search(fold(question))))
        if lead_asked:
            if not ans.bureaus and answertypes.counted(question) is None:
                # 谁牵头: the closest text names no body at all, so no lead either: refused, the text shown
                # (几个牵头部门 asks a count, which such a text may give)
                cited = f"{book_title(kb.data.documents[unit.doc_id].title)}{unit.label}"
                return Answer(question, intent, False, f"未找到依据：最相关的条文是{cited}，它没有写明牵头单位或负责单位，"
                              "无法作答。", [], ans.citations, notes, info)
            _say_the_lead(ans)
        _name_a_close_second(kb, ans)
    elif intent == "fact":
        _fill_figure(kb, ans, chosen, result, where)
    elif ITEMS_ASKED.search(fold(question)) and not _names_an_item(kb, question, chosen.unit_id) and \
            (items := _items(kb, chosen.unit_id)):
        # the items a unit lists (——推进建设工程质量管理标准化 …), each quoted by its heading
        ans.answer = f"{unit.title}共{len(items)}项：" + "；".join(
            f"{i}. {c.quote}" for i, c in enumerate(items, 1)) + f"。（{where}）"
        ans.citations = items + [c for c in citations if c.unit_id != chosen.unit_id]
    else:
        item = _item_headed(kb, chosen.unit_id, main)
        if item is not None:   # the sentence quoted is an item's heading only: the item is quoted whole
            ans.citations[0] = main = citation(kb, chosen.unit_id, item[0], item[1], chosen.score)
        ans.answer = f"{main.quote}（{where}）"
    _mention_other_kind(kb, ans)
    return ans


# a post of a body the text sets up (召集人由谁担任, 谁当组长), and a sentence giving its holder (由A担任召集人)
ROLE_HOLDER = _WORDS["ROLE_HOLDER"]
ROLE_HELD = _WORDS["ROLE_HELD"]


def _post_held(kb: Library, question: str, hits):
    """The first sentence of the top hits naming the post the question asks about with its holder (分管民政的区级
    领导担任联席会议召集人 for 召集人由谁担任; not 副召集人 unless asked), cited; None when the question asks no
    post or no hit gives its holder."""
    m = ROLE_HOLDER.search(fold(question))
    if not m:
        return None
    post = m.group("role") or m.group("role2")
    plain = re.compile(("" if post.startswith("副") or post.startswith("常务") else "(?<![副务])") + re.escape(post))
    for hit in hits:
        text = kb.data.documents[kb.unit_by_id[hit.unit_id].doc_id].text
        for s in kb.data.sentences.get(hit.unit_id, []):
            for piece_start, piece_end in _clauses_of(text, s.start, s.end):
                piece = fold(text[piece_start:piece_end])
                if plain.search(piece) and ROLE_HELD.search(piece):
                    return citation(kb, hit.unit_id, piece_start, piece_end, hit.score)
    return None


def _clauses_of(text: str, start: int, end: int):
    """The parts of a sentence between its semicolons and 。 (a sentence listing several posts: 召集人…；副召集人…)."""
    at = start
    for m in re.finditer(r"[；;。]", text[start:end]):
        yield at, start + m.end()
        at = start + m.end()
    if at < end and text[at:end].strip():
        yield at, end


# the items of a 专栏 (or of any unit listing ——items): 专栏里有哪几项, 品牌建设工程包括哪些行动
ITEMS_ASKED = _WORDS["ITEMS_ASKED"]


def _bullets(kb: Library, unit_id: str) -> list:
    return [c for c in kb.children.get(unit_id, []) if c.kind == "bullet" and c.heading]


def _names_an_item(kb: Library, question: str, unit_id: str) -> bool:
    """Does the question name one of the unit's items (农业提质增效行动有哪些内容: the item's content is asked, not
    the list)? A piece of four characters or more of an item's heading that the unit's own heading lacks."""
    q, own = fold(question), fold(kb.unit_by_id[unit_id].heading or "")
    for b in _bullets(kb, unit_id):
        piece = longest_shared_piece(q, [fold(b.heading)])
        if len(piece) >= 4 and piece not in own:
            return True
    return False


def _item_headed(kb: Library, unit_id: str, cited) -> tuple[int, int] | None:
    """The span of the item (——开展农业提质增效行动。落实高标准农田…) whose heading alone is the quoted sentence."""
    for b in _bullets(kb, unit_id):
        if b.start <= cited.start < b.end and cited.quote.strip("—。 ") == b.heading:
            return cited.start, b.end
    return None


def _items(kb: Library, unit_id: str) -> list:
    """A citation of each item a unit lists, by its heading, in the unit itself."""
    text = kb.data.documents[kb.unit_by_id[unit_id].doc_id].text
    items = []
    for b in _bullets(kb, unit_id):
        start = text.find(b.heading, b.start, b.end)
        if start >= 0:
            items.append(citation(kb, unit_id, start, start + len(b.heading), 0.0))
    return items


def _refusal(kb: Library, question: str, result, intent: str, method) -> str | None:
    """Why the search result gives no answer, if it does not: no words to search, no basis (and what the
    question is closer to), or a kind of value asked for that none of the top units holds."""
    if not result.tokens:
        return "问题里没有可检索的内容词，请写明事项（例如：谁负责工程质量投诉处理？）"
    if not _has_basis(kb, question, result, intent, method):
        if result.nearest_null in kb.off_topics and (result.dense_margin or 0) < 0:
            return f"文件中没有涉及这个问题的条文；它更接近知识库未收录的话题（{result.nearest_null}），无法作答。"
        if result.nearest_null in kb.missing_titles and (result.dense_margin or 0) < 0:
            return (f"文件中没有涉及这个问题的条文；它更接近文件中提到、但知识库没有收录的{book_title(result.nearest_null)}，"
                    "无法作答。")
        return "知识库中的文件没有涉及这个问题的条文，无法作答。"
    missing = answertypes.missing(kb, question, result.hits, intent, tokens=result.tokens + result.synonym_tokens)
    if missing:
        return f"问题问的是{missing}，但相关条文没有给出任何{missing}，无法作答。"
    return None


def _chosen_hit(kb: Library, question: str, intent: str, result):
    """The unit that answers, among the top hits, for the kind of question (and the accountable one, if asked
    who answers for something)."""
    q = fold(question)
    accountable = _accountable_hit(kb, result) if intent == "responsibility" and ACCOUNTABLE.search(q) else None
    chosen = result.hits[0]
    if accountable:
        chosen = accountable
    elif intent == "responsibility":
        chosen = _members_hit(kb, result, q) or _responsible_hit(kb, result, q) or chosen
    elif intent == "fact":
        chosen = _figure_hit(kb, result, question) or chosen
    elif DEFINITION.search(q):
        chosen = _definition_hit(kb, result) or chosen
    return chosen, accountable


def _fill_figure(kb: Library, ans: Answer, chosen, result, where: str) -> None:
    """A figure question's answer: the clause holding the figure, or the sentence after the quoted one when the
    figure stands there, or the sentence saying no figure is given."""
    unit = kb.unit_by_id[chosen.unit_id]
    main, doc = ans.citations[0], kb.data.documents[unit.doc_id]
    weights = idf_weights(kb, result.tokens, result.synonym_tokens, result.bm25)
    wanted = answertypes.wanted_evidence(ans.question, "fact")
    if unit.kind == "row":      # a table's row: its cells (task, bodies, deadline) are read together
        clause = (main.start, main.end)
    elif (labelled := answertypes.labelled_value(kb, unit, wanted)):
        clause = labelled       # 时间节点：2025年4月, 时限要求：持续推进: the unit's line labelled with the kind asked
    else:
        count = answertypes.counted(ans.question)      # 几个人: the clause giving that count (每班不少于2人) first
        clause = figure_clause(doc.text, main.start, main.end, weights, kb.tokenizer,
                               bool(WHEN.search(fold(ans.question))), ((count,) if count else ()) + wanted)
    if clause:
        ans.citations[0] = citation(kb, chosen.unit_id, clause[0], clause[1], chosen.score)
        ans.answer = f"{doc.text[clause[0]:clause[1]]}（{where}）"
    elif (after := _figure_after(kb, chosen.unit_id, main, ans.question)) is not None:
        # the figure stands in the sentence right after the one matching the question (…的，责令改正，给予警告；
        # 拒不改正的，…并处一万元以上五万元以下罚款): both are quoted, as one slice of the text
        ans.citations[0] = citation(kb, chosen.unit_id, main.start, after, chosen.score)
        ans.answer = f"{doc.text[main.start:after]}（{where}）"
    else:
        ans.answer = f"{main.quote}（{where}；条文未给出具体数字）"


def _has_basis(kb: Library, question: str, result, intent: str, method: str | None) -> bool:
    """Does the corpus support an answer: the abstention decision (kb.supported), or for a "who" question
    an article naming its bodies that holds it (_who_is_written)."""
    return bool(result.hits) and (kb.supported(result, method)
                                  or (intent == "responsibility" and _who_is_written(kb, question, result)))


def _who_is_written(kb: Library, question: str, result) -> bool:
    """A "who" question has a basis, whatever the dense side says, in an article that names its responsible
    bodies and holds most of the question (`who_coverage`), or holds its most specific term and some of the
    rest (`abstain_coverage`): the lexical evidence is direct. The most specific term is its longest word (four
    characters or more) or the longest piece of the question the article holds word for word, if that piece
    (four characters or more) is in at most two units (`quoted_length`: 区域品牌, which jieba cuts in two), or a
    word of the question no other unit searched holds (疫苗从出厂到打进胳膊能不能全程追溯，谁来管: 疫苗 is (十)'s alone),
    or an everyday phrase (four characters or more) whose thesaurus term the article holds (好货卖好价 → 优质优价).
    乙区跟邻区合作的事谁在对接 is (九) though the model found it closer to the bare place name 乙区 (before the
    place names left the text it reads); 物业管理谁来规范 is (十七) though closer to the off-topic 物业费收费标准."""
    top = result.hits[0].unit_id
    if not kb.responsibility_of(top):
        # the opening text (its purpose: 做好迎接省政府考核评比工作) first: a unit close behind that names bodies and
        # holds the clause that asks (城市园林绿化由哪个部门负责) is a basis
        return kb.unit_by_id[top].kind in WORDY_KINDS and _clause_answering_hit(kb, question, result) is not None
    if result.coverage >= kb.settings.who_coverage:
        return True
    row = kb.searcher.row[top]
    if _asked_clause_covered(kb, question, result, row):
        return True
    if result.coverage < kb.settings.abstain_coverage:
        return False
    longest = max(result.tokens, key=len)
    bm25 = result.bm25 or kb.searcher.data.bm25
    own_word = any(t in kb.searcher.token_sets[row] and bm25.units_holding(t) == 1 for t in result.tokens)
    text = kb.searcher.folded_text(row)
    by_term = any(len(e.word) >= 4 and any(t in text for t in e.terms) for e in result.expansions)
    return ((len(longest) >= 4 and longest in kb.searcher.token_sets[row])
            or kb.searcher.quoted_length(question, row) >= 4 or own_word or by_term)


def _asked_clause_tokens(question: str, tokens: list[str]) -> list[str] | None:
    """The question's words in the clause that asks, after its last comma, when the question opens with its setting
    (迎接省里城市精细化管理考核，城市园林绿化由哪个部门负责) and that clause holds two words or more; else None."""
    q = fold(question).rstrip("，？?")
    if "，" not in q:
        return None
    clause = q.rsplit("，", 1)[1]
    own = [t for t in tokens if t in clause]
    return own if len(set(own)) >= 2 else None


def _asked_clause_covered(kb: Library, question: str, result, row: int) -> bool:
    """A "who" question that opens with its setting (漯河迎接省里精细化管理检查，住宅小区管理这块归谁): the clause
    that asks, after the last comma, holds two words or more and the article holds `who_coverage` of it."""
    tokens = _asked_clause_tokens(question, result.tokens)
    return tokens is not None and kb.searcher.coverage(
        tokens, row, result.expansions, result.bm25 or kb.searcher.data.bm25) >= kb.settings.who_coverage


def _clause_answering_hit(kb: Library, question: str, result):
    """The second or third hit that names bodies and holds the clause that asks, if one does."""
    return next((h for h in result.hits[1:3] if kb.responsibility_of(h.unit_id)
                 and _asked_clause_covered(kb, question, result, kb.searcher.row[h.unit_id])), None)


def _name_a_close_second(kb: Library, ans: Answer) -> None:
    """A "who" question two articles answer almost equally well (the second scores at least `close_second` of the
    first) names the second's bodies too: on the dev half 28 of 815 "who" answers have such a second, and 9 of
    them had the article asked about second (召回制度: （五） behind （二十七）), a third of the wrong answers."""
    if len(ans.citations) < 2 or not ans.bureaus:
        return
    first, second = ans.citations[0], ans.citations[1]
    if first.score <= 0 or second.score < kb.settings.close_second * first.score:
        return
    if kind_group(kb, first.unit_id) != kind_group(kb, second.unit_id):
        return   # the other kind of document is named by _mention_other_kind
    found = kb.responsibility_of(second.unit_id)
    if found and found[0].source == "clause":
        ans.notes.append(f"相近的条文{second.cite}也可能回答这个问题，它由{found[0].quote.strip('（）() ')}")


def _mention_other_kind(kb: Library, ans: Answer) -> None:
    """Name, in the answer, the first citation from another kind of document than the main one."""
    if len(ans.citations) < 2:
        return
    main = kind_group(kb, ans.citations[0].unit_id)
    other = next((c for c in ans.citations[1:] if kind_group(kb, c.unit_id) != main), None)
    if other is not None:
        extra = ""
        found = kb.responsibility_of(other.unit_id)
        if ans.intent == "responsibility" and found and found[0].source == "clause":
            extra = f"（{found[0].quote.strip('（）() ')}）"
        ans.answer += f" 另见{other.cite}：{other.quote}{extra}"


def _topic_tokens(kb: Library, question: str, group) -> list[str]:
    """The question's content words beyond the actor's name: none means 'list everything for this actor'."""
    actor_tokens = set()
    for name in (group.name, *group.asks, *group.terms):
        if name in fold(question):
            actor_tokens |= set(kb.tokenizer.tokens(name))
    generic = {"企业", "公司", "我们", "我司", "作为", "遵守", "满足", "义务", "法定", "履行", "法律", "法规", "规定", "要求",
               "应当", "必须", "注意", "需要"}
    return [t for t in kb.tokenizer.query_tokens(question, kb.place_stopwords)
            if t not in actor_tokens and t not in generic]


def requirements_answer(kb: Library, question: str, group, notes: list[str], doc_filter=None, limit: int = 12) -> Answer:
    """Everything that binds an actor: the laws' obligations first, then the plan's measures, each quoted."""
    _, found = kb.requirements_for(group.name, doc_filter)
    if not found:
        return not_found(question, "requirement", f"知识库的文件中没有写明{group.name}的义务。", notes)
    citations = [citation(kb, o.unit_id, o.start, o.end, 0.0, role=o.modality) for o in found[:limit]]
    by_doc: dict[str, int] = {}
    for o in found:
        by_doc[kb.data.documents[o.doc_id].title] = by_doc.get(kb.data.documents[o.doc_id].title, 0) + 1
    summary = "；".join(f"{book_title(title)}{n}项" for title, n in by_doc.items())
    kinds = "".join(f" --kind {k}" for k in (doc_filter.kinds if doc_filter else ()))
    answer = (f"适用于{group.name}的规定共{len(found)}项：{summary}。以下列出前{len(citations)}项，"
              f"完整清单：policyqa requirements --actor {group.name}{kinds}")
    return Answer(question, "requirement", True, answer, [], citations, notes)


def _figure_hit(kb: Library, result, question: str = "", depth: int = 3):
    """Among the top hits, the unit whose figure-bearing sentence carries the most question weight. When the
    question asks for a kind of value (罚多少钱 → a sum), only sentences holding one count, and the first hit
    holding one answers even if its figure stands in a sentence of its own (…并处一万元以上五万元以下罚款); a value
    written with numerals none of the top hits gives is looked for a little deeper (answertypes.TYPED_DEPTH)."""
    weights = idf_weights(kb, result.tokens, result.synonym_tokens, result.bm25)
    # the words of a plan's title (清水行动) name the document, not the sentence asked about (动员部署阶段)
    if any(w not in kb.title_words for w in weights):
        weights = {w: (0.0 if w in kb.title_words else v) for w, v in weights.items()}
    kinds = answertypes.asked(question)
    typed = [t.evidence for t in kinds]
    deeper = result.hits[depth:answertypes.depth_for(kinds)] if typed else []
    # 几个省: a sentence giving that very count (10个省) answers first, and is looked for deeper still
    count = answertypes.counted(question)
    counting = _counting_hit(kb, result.hits[:answertypes.COUNTED_DEPTH], count, weights) if count else None
    if counting is not None:
        return counting
    for hits in (result.hits[:depth], deeper):
        best, best_score, first_typed = None, 0.0, None
        for hit in hits:
            unit = kb.unit_by_id[hit.unit_id]
            text = kb.data.documents[unit.doc_id].text
            if (labelled := answertypes.labelled_value(kb, unit, typed)) is not None:
                # 时间节点：2025年4月 in the item's bracket: the item's label and heading say what it dates
                first_typed = first_typed or hit
                words = set(kb.tokenizer.tokens(text[labelled[0]:labelled[1]] + (unit.heading or "")))
                if (score := weight_in(weights, words)) > best_score + 1e-9:
                    best, best_score = hit, score
            for s in kb.data.sentences.get(hit.unit_id, []):
                sentence = text[s.start:s.end]
                if not FIGURE.search(sentence) or not NUMERAL.search(sentence):
                    continue
                if typed and not any(f.search(answertypes.untitled(sentence)) for f in typed):
                    continue
                first_typed = first_typed or hit
                score = weight_in(weights, set(s.tokens))
                if score > best_score + 1e-9:
                    best, best_score = hit, score
        found = best or (first_typed if typed else None)
        if found or not typed:
            return found
    return None


def _add_the_count_asked(kb: Library, question: str, result, method) -> None:
    """几个省: a unit of the documents found giving that very count (10个省) a little deeper than the hits kept
    joins them, last (the count asked is rarely the topic's most repeated words)."""
    count = answertypes.counted(question)
    if count is None or not result.hits:
        return
    weights = idf_weights(kb, result.tokens, result.synonym_tokens, result.bm25)
    if _counting_hit(kb, result.hits, count, weights) is not None:
        return
    rows = kb.doc_rows(list(dict.fromkeys(kb.unit_by_id[h.unit_id].doc_id for h in result.hits)))
    deeper = kb.searcher.search(question, k=answertypes.COUNTED_DEPTH, rows=rows, method=method).hits
    found = _counting_hit(kb, deeper, count, weights)
    if found is not None:
        result.hits = result.hits + [found]


def _counting_hit(kb: Library, hits, count: re.Pattern, weights: dict[str, float]):
    """The first hit (best ranked) with a sentence giving the count asked (10个省) and a word of the question."""
    for hit in hits:
        unit = kb.unit_by_id[hit.unit_id]
        text = kb.data.documents[unit.doc_id].text
        if any(count.search(text[s.start:s.end]) and weight_in(weights, set(s.tokens)) > 0
               for s in kb.data.sentences.get(hit.unit_id, [])):
            return hit
    return None


def _figure_after(kb: Library, unit_id: str, main, question: str) -> int | None:
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


DEFINITION = _WORDS["DEFINITION"]


DEFINES = _WORDS["DEFINES"]


def _definition_hit(kb: Library, result, depth: int = 5):
    """For 'what is X': the unit among the top hits whose sentence defines a word of the question (本法所称…是指)."""
    weights = idf_weights(kb, result.tokens, result.synonym_tokens, result.bm25)
    best, best_score = None, 0.0
    for hit in result.hits[:depth]:
        text = kb.data.documents[kb.unit_by_id[hit.unit_id].doc_id].text
        for s in kb.data.sentences.get(hit.unit_id, []):
            if DEFINES.search(text[s.start:s.end]):
                score = weight_in(weights, set(s.tokens))
                if score > best_score:
                    best, best_score = hit, score
    return best


ACCOUNTABLE_TEXT = _WORDS["ACCOUNTABLE_TEXT"]


def _accountable_hit(kb: Library, result, depth: int = 3):
    """For 谁对…负责 / 谁来赔: the first of the top units that says who is accountable or liable
    (…应当对其…质量安全负责, 销售者应当承担赔偿责任)."""
    return next((h for h in result.hits[:depth] if ACCOUNTABLE_TEXT.search(fold(kb.unit_by_id[h.unit_id].text))),
                None)


WORDY_KINDS = ("notice", "preamble", "part", "decimal", "item", "subitem")


# the members of a body the text sets up asked (联席会议由哪些部门组成, 领导小组的成员单位有哪些)
MEMBERS_ASKED = _WORDS["MEMBERS_ASKED"]
# who acts in a sentence naming no body (国家融资担保基金要推动…)
SENTENCE_ACTOR = _WORDS["SENTENCE_ACTOR"]


def _lists_members(kb: Library, r) -> bool:
    """Are a responsibility's bodies the members its sentence lists (联席会议由A、B…组成, 成员包括A、B…), as the
    extraction reads them (subjects.members_named)? Read in the sentence, not the quote (a list read after a comma is
    quoted from its comma); a sentence whose list names no body (成员由各方代表组成) lists none, whatever its subject."""
    start, end = next(((s.start, s.end) for s in kb.data.sentences.get(r.unit_id, []) if s.start <= r.start < s.end),
                      (r.start, r.end))
    members = {m.start for m in members_named(kb.data.documents[r.doc_id].text, start, end, kb.table, None)}
    return any(b.start in members for b in r.bodies)


def _members_hit(kb: Library, result, question: str):
    """Asked the members of a kind of body (联席会议都有哪些部门参加): the unit of the top hit's document naming that
    kind whose sentence lists members — the first such among the hits, else the one holding most of the question's
    words (a long list of members ranks low on the question's own words); None when the question asks no members
    or the document lists none."""
    asked = MEMBERS_ASKED.search(fold(question))
    if not asked:
        return None
    doc = kb.unit_by_id[result.hits[0].unit_id].doc_id
    listing = [u.unit_id for u in kb.data.units if u.doc_id == doc and u.unit_id in kb.searcher.row
               and asked.group("group") in u.text
               and any(_lists_members(kb, r) for r in kb.responsibility_of(u.unit_id))]
    if not listing:
        return None
    hit = next((h for h in result.hits if h.unit_id in listing), None)
    if hit is not None:
        return hit
    weights = idf_weights(kb, result.tokens, [], result.bm25)
    best = max(listing, key=lambda uid: _words_score(weights, kb.searcher.token_sets[kb.searcher.row[uid]]))
    return Hit(best, 0.0, scores={"bm25": 0.0})


def _names_a_lead(kb: Library, unit_id: str) -> bool:
    return any(b.role == "lead" for r in kb.responsibility_of(unit_id) for b in r.bodies)


def _responsible_hit(kb: Library, result, question: str = ""):
    """A unit that names its responsible bodies, if one ranks close enough to the top hit. For a question
    asking whom to turn to (向谁检举), a top unit naming who receives it answers already."""
    top = result.hits[0]
    if "向" in question and RECEIVER.search(fold(kb.unit_by_id[top.unit_id].text)):
        return top
    if LEAD_ASKED.search(question) and not _names_a_lead(kb, top.unit_id):
        # 牵头单位是哪个: the top unit names no lead; a close one that does (a task table's row for the article
        # that only says who acts) answers; of several, the one whose leading clause holds most of the question
        leads = [hit for hit in result.hits[1:] if _names_a_lead(kb, hit.unit_id)
                 and _lexically_close(kb, hit, top)]
        if leads:
            weights = idf_weights(kb, result.tokens, [], result.bm25)
            return max(leads, key=lambda hit: max(_words_score(weights, set(kb.tokenizer.tokens(r.quote)))
                                                  for r in kb.responsibility_of(hit.unit_id)
                                                  if any(b.role == "lead" for b in r.bodies)))
    # an article of a law or a rule: the authority closest to the question (asked who leads, the lead above)
    if kb.unit_by_id[top.unit_id].kind == "law_article" and kb.responsibility_of(top.unit_id):
        return _best_authority(kb, result, question) or top
    kind = kb.unit_by_id[top.unit_id].kind
    if kb.responsibility_of(top.unit_id) or kind not in ("box", "law_article", "article") + WORDY_KINDS:
        return top
    if kind in WORDY_KINDS:       # a notice, an opening or a section speaks like an article: it stands aside alike
        kind = "article"
        # lifted by the question's setting (做好迎接省政府考核评比工作，城市园林绿化谁负责): a unit close behind that
        # names bodies and holds the clause that asks answers, however far the setting's words lifted the first
        if (hit := _clause_answering_hit(kb, question, result)) is not None:
            return hit
    # a 专栏 never names bodies, and most law articles name duties of enterprises, not authorities:
    # a unit close behind in the ranking that names who is responsible answers "who" better. A plan article
    # without a clause (主要目标, 狠抓贯彻落实) stands aside only for one holding at least as much of the question's
    # own words (by weight): 研发支出占GDP比重谁来提高 stays with the target, which names no body
    # the question's own words, not the thesaurus's; of a question opening with its setting, those of the clause that asks
    weights = idf_weights(kb, _asked_clause_tokens(question, result.tokens) or result.tokens, [], result.bm25)
    held = _words_score(weights, kb.searcher.token_sets[kb.searcher.row[top.unit_id]])
    close = [hit for hit in result.hits[1:] if kb.responsibility_of(hit.unit_id)
             and hit.score >= kb.settings.responsibility_ratio * top.score
             and (kind != "article" or _words_score(weights, kb.searcher.token_sets[kb.searcher.row[hit.unit_id]]) >= held)]
    if close:
        return close[0]
    return top if kind == "article" else None


def _lexically_close(kb: Library, hit, top) -> bool:
    """Does `hit` score at least `responsibility_ratio` of the top hit's BM25 score? A ratio of the question's
    words, on the BM25 scale whatever the fusion: a fused score (a z-score, negative or near 0) has no ratio."""
    ratio = kb.settings.responsibility_ratio
    return hit.scores.get("bm25", hit.score) >= ratio * top.scores.get("bm25", top.score)


def _words_score(weights: dict[str, float], tokens: set[str]) -> float:
    """The weight of the question's words found in a sentence, each word once: a compound found (产品质量)
    is not counted again through the pieces search segmentation also made of it (产品, 品质, 质量)."""
    found: list[str] = []
    for t in sorted((t for t in weights if t in tokens), key=len, reverse=True):
        if not any(t in longer for longer in found):
            found.append(t)
    # a compound is worth at least its pieces: a sentence holding 区土方规划工作小组 never counts less than one
    # holding only 土方 and 小组 (pieces that overlap, 产品|品质|质量, count once)
    return sum(max(weights[t], _pieces_worth(t, weights)) for t in found)


def _pieces_worth(compound: str, weights: dict[str, float]) -> float:
    """The weight of the question's words inside a compound that do not overlap (the heaviest first)."""
    taken, worth = [False] * len(compound), 0.0
    for piece, w in sorted(((p, w) for p, w in weights.items() if p != compound and p in compound), key=lambda x: -x[1]):
        at = compound.find(piece)
        if not any(taken[at:at + len(piece)]):
            taken[at:at + len(piece)] = [True] * len(piece)
            worth += w
    return worth


# the act a "who" question asks about: 监督抽查由谁组织 → 组织, 由哪个部门监督检查 → 监督检查
PREDICATE = _WORDS["PREDICATE"]


def authority_weights(kb: Library, result, question: str) -> dict[str, float]:
    """Question word weights for choosing among authority sentences: the act asked about (…由谁组织 → 组织)
    counts twice, since the sentence must name who does *that*."""
    weights = idf_weights(kb, result.tokens, result.synonym_tokens, result.bm25)
    asked = PREDICATE.search(fold(question))
    if asked:
        for t in kb.tokenizer.tokens(asked.group(1)):
            if t in weights:
                weights[t] *= 2
    return weights


def _best_authority(kb: Library, result, question: str = "", depth: int = 3):
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
RECEIVER = _WORDS["RECEIVER"]


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


HEADED_LEADS = _WORDS["HEADED_LEADS"]


def _fill_responsibility(kb: Library, ans: Answer, unit_id: str, where: str, weights: dict[str, float],
                         lead_asked: bool = False, members_asked: bool = False) -> None:
    """The bodies answering "who" in a unit: of its clauses and sentences, the one answering for the quoted text
    (asked who leads, one naming a lead first), and the answer's text, bodies, lead and roles."""
    found = kb.responsibility_of(unit_id)
    receivers = RECEIVER.findall(fold(ans.citations[0].quote)) if not found else []
    if receivers:
        # 向市场监督管理部门或者其他有关部门检举: the sentence says who receives it, which answers "向谁"
        ans.bureaus = list(dict.fromkeys(n for body in receivers for n in re.split(r"、|或者|和", body) if n))
        ans.answer = f"据{where}：{ans.citations[0].quote}"
        return
    actor = SENTENCE_ACTOR.match(fold(ans.citations[0].quote)) if not found else None
    if actor and actor.group("actor") not in vocabulary().generic:
        # 国家融资担保基金要推动…: no body, but the sentence says who acts
        ans.bureaus = [a for a in re.split(r"和|及", actor.group("actor")) if a]
        ans.answer = f"据{where}：{ans.citations[0].quote}"
        return
    if not found:
        ans.answer = f"{where}没有写明负责单位。相关条文：{ans.citations[0].quote}"
        ans.notes.append("该条文未写明责任单位")
        return
    main = found[0]
    if len(found) > 1:  # several clauses or authorities: those answering for the quoted text, else the unit's
        quote = ans.citations[0]       # own before a heading's over its items; of them the closest in words
        # a sentence naming several subjects (区政府是…，区建设管理委会同…) carries none: words choose among them
        own = [r for r in found if r.source == "text" and quote.start <= r.start < quote.end]
        carried = None if len(own) > 1 else _subject_carried(kb.data.documents[found[0].doc_id].text, found,
                                                            quote.start)

        def covers(r) -> bool:
            return r.scope[0] < quote.end and quote.start < r.scope[1]

        text = kb.data.documents[found[0].doc_id].text

        def answered(r) -> set[str]:
            """The words of what a responsibility answers for: a clause's or a row's the text before it (建设一批众创空间
            （…省科技厅牵头）, 3 / 科创贷 / 县科技服务中心), a sentence's its own."""
            return set(kb.tokenizer.tokens(text[r.scope[0]:r.end] if r.source in ("clause", "table")
                                           and r.scope_end < 0 else r.quote))
        # asked who leads (国家层面是哪个部门牵头), the unit's sentence naming a lead (市场监管总局要发挥牵头作用…) first;
        # a task table's row names who does its task in its own columns, whatever the task's sentence says
        # asked the members (联席会议由哪些部门组成), the sentence listing them first
        main = max(found, key=lambda r: (members_asked and _lists_members(kb, r),
                                         lead_asked and any(b.role == "lead" for b in r.bodies),
                                         r.scope_end < 0 and covers(r), r.source == "table", r is carried,
                                         r.unit_id == unit_id, covers(r),
                                         _words_score(weights, answered(r))))
    # a heading that is a body (（一）X委员会职责) answers for its items: the item quoted stays the citation
    headed = main.scope_end >= 0 and not main.start <= ans.citations[0].start < main.end
    if main.source == "text" and main.start != ans.citations[0].start and not headed:
        # the sentence that names the authority is the one that answers "who"
        ans.citations[0] = citation(kb, unit_id, main.start, main.end, ans.citations[0].score)
    bodies = main.bodies
    if headed and HEADED_LEADS.search(fold(ans.citations[0].quote)):
        # （一）X委员会职责 / 4.部署并牵头开展…: the heading's body leads what the item says it leads
        bodies = tuple(replace(b, role="lead") for b in bodies)
    ans.bureaus = [b.name for b in bodies]
    ans.lead = [b.name for b in bodies if b.role == "lead"]
    ans.responsibility = {"quote": main.quote, "start": main.start, "end": main.end, "source": main.source,
                          "roles": [{"body": b.name, "canonical": b.canonical, "role": b.role, "level": b.level,
                                     "start": b.start, "end": b.end} for b in bodies]}
    inner = main.quote.strip()
    if main.source == "table" and "\n" in inner:     # a row saved a cell a line (|\n市住建局、市城管局\n|)
        inner = " | ".join(c for c in (line.strip().strip("|").strip() for line in inner.splitlines()) if c)
    if inner[:1] in "（(" and inner[-1:] in "）)":
        inner = inner[1:-1]         # （A牵头，B参与）: the clause without its brackets, a note closing it kept whole
    if headed:
        ans.answer = f"据{where}（{inner}）：{ans.citations[0].quote}"
    elif main.source == "clause" and not vocabulary().label_pattern.match(inner):   # 责任单位：A、B is quoted as is
        ans.answer = f"据{where}，由{inner}。"
    else:
        ans.answer = f"据{where}：{inner}"


def _subject_carried(text: str, found: list, at: int):
    """区市场监管局负责A。配合B。整治C。: a sentence without a subject goes on with the last subject named before it
    in its paragraph; that sentence's responsibility answers for it (None when the paragraph names none before)."""
    before = [r for r in found if r.source == "text" and r.start <= at and "\n" not in text[r.start:at]]
    return max(before, key=lambda r: r.start) if before else None


def _unit_answer(kb: Library, question: str, intent: str, units: list, notes: list[str]) -> Answer:
    """A question naming a unit by its label (第十三条谁负责？, （十三）讲了什么？): that unit answers, its clause for
    "who", its whole text for what it says. A label several documents use is not guessed at: they are listed."""
    if len(units) > 1:
        names = "、".join(f"{book_title(kb.data.documents[u.doc_id].title)}{u.label}" for u in units[:8])
        more = f"等{len(units)}处" if len(units) > 8 else ""
        return not_found(question, intent, f"这个编号在多部文件中都有：{names}{more}。请写明是哪部文件"
                                           f"（例如：方案第十三条谁负责？产品质量法第十三条讲了什么？）。", notes)
    unit = units[0]
    where = f"{book_title(kb.data.documents[unit.doc_id].title)}{unit.title}"
    if intent != "responsibility":
        quote = citation(kb, unit.unit_id, unit.start, unit.end, 1.0)
        return Answer(question, intent, True, f"{where}：{quote.quote}", [], [quote], notes, None)
    found = kb.responsibility_of(unit.unit_id)
    if found:
        start, end = found[0].start, found[0].end
    else:   # the unit's first sentence (its heading), quoted beside "names no body"
        start, end = sentence_spans(kb.data.documents[unit.doc_id].text, unit.start, unit.end)[0]
    ans = Answer(question, intent, True, "", [], [citation(kb, unit.unit_id, start, end, 1.0)], notes, None)
    _fill_responsibility(kb, ans, unit.unit_id, where, {})
    return ans


def _explain(kb: Library, result) -> dict:
    return {"tokens": result.tokens, "method": result.method, "coverage": round(result.coverage, 3),
            "synonyms": {e.word: list(e.terms) for e in result.expansions},
            "dense_best": None if result.dense_best is None else round(result.dense_best, 3),
            "dense_margin": None if result.dense_margin is None else round(result.dense_margin, 3),
            "nearest_null": result.nearest_null,
            "fusion": result.details,
            "hits": [{"unit_id": h.unit_id, "label": kb.unit_by_id[h.unit_id].label, "score": round(h.score, 4),
                      "ranks": {k: int(v) for k, v in h.ranks.items()},
                      "scores": {k: round(v, 4) for k, v in h.scores.items()}} for h in result.hits]}
