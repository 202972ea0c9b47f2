"""A body's tasks: every unit it is responsible for, those on one topic first, and whether some bodies are
among those an article names.
"""
from __future__ import annotations

import re
from functools import lru_cache

from indexer.search.questions import BODY_THEN_ACT, SELF_BEFORE_NAME, SELF_BODY, SETTING_AFTER, TASK_WORDS
from indexer.answers.quoting import best_sentence, citation, not_found
from indexer.textutil import fold, package_data
from indexer.types import Answer
from indexer.search.library import Library
from indexer.structure.bodynames import looks_like_body, vocabulary

# Words that, beside a body's name, still ask for its part in a document as a whole (data/question_stopwords.json,
# task_generic): a question naming a body and only these (and kb.title_words) asks for its tasks.
TASK_GENERIC = frozenset(package_data("question_stopwords")["task_generic"])


def without_bodies(kb: Library, question: str) -> str:
    """The question with the bodies it names (and 我们局, 本单位 …) blanked out: their names are not its topic."""
    text = list(question)
    spans = [(start, end) for _, start, end in kb.table.find(question)]
    spans += [m.span() for m in SELF_BODY.finditer(fold(question))]   # 我们局是区水务局: 我们局 is the body too
    for start, end in spans:
        text[start:end] = ["，"] * (end - start)
    return "".join(text)


def task_topic(kb: Library, question: str) -> list[str]:
    """What a question about a body's tasks is about, beside the body (区市场监管局在食品安全方面要做什么 →
    食品安全): its words that are neither question words nor TASK_GENERIC, without the pieces of longer ones."""
    words = [t for t in kb.tokenizer.query_tokens(without_bodies(kb, question), kb.place_stopwords)
             if t not in TASK_GENERIC and t not in kb.title_words]
    return [w for w in dict.fromkeys(words) if not any(w != o and w in o for o in words)]


def names_only_a_body(kb: Library, question: str) -> bool:
    """Does the question name a body and nothing else to search for (its other words all TASK_GENERIC)?"""
    return not task_topic(kb, question)


DISTRICT_BODY = re.compile(r"区[^\s，。？?、哪什么那这里些个的和与及]{1,6}?(?:委员会|局|委|办|院|中心)")


def asked_bodies(question: str) -> list[str]:
    """Names of bodies in a question by their form: a district body anywhere (区教委), and the body a question
    opens with (税务总局在…负责哪些工作, 国家发展改革委承担什么职责), whatever its level."""
    q = fold(question)
    names = [m.group(0) for m in DISTRICT_BODY.finditer(q)]
    q = SELF_BEFORE_NAME.sub("", q, count=1)       # 我们发改委在…: the name after the asker's own unit
    # 镇市场监管所在…: what follows the body (在) is no part of a word the name would cut (所在)
    opening = next((q[:i] for i in range(min(len(q), 20), 1, -1) if looks_like_body(q[:i])
                    and BODY_THEN_ACT.match(q[i:])), None)
    if opening:
        names = [n for n in names if n not in opening]     # 西咸新区管委会: 区管委 is a piece of it
        if not any(opening in n for n in names):
            names.insert(0, opening)
    return names




def unknown_body(kb: Library, question: str, known: list[str]) -> str | None:
    """A body named in the question (区教委, 税务总局在…) that neither the body table nor any document knows."""
    for name in asked_bodies(question):
        if any(name in fold(b) or fold(b) in name for b in known):
            continue
        if not _known_name(kb, name):
            return name
    return None


def _known_name(kb: Library, name: str) -> bool:
    """Does the body table or any document know this name?"""
    return bool(kb.table.find(name)) or any(name in d.text for d in kb.data.documents.values())


_STEM = re.compile(r"^(?:[\u4e00-\u9fff]{2,3}?区|区|国家)?(.+?)(?:委员会|办公室|部门|分局|局|委|办|院|部)$")


def _stem(name: str) -> str:
    m = _STEM.match(name)
    return m.group(1) if m else name


def _within(short: str, long: str) -> bool:
    """Are short's characters in long, in order (市监 in 市场监管)?"""
    it = iter(long)
    return all(ch in it for ch in short)


def body_meant(kb: Library, name: str) -> str | None:
    """The one known body an unknown district body's name stands for (区住建局 → 区住建委, 区市监局 → 区市场监管局,
    区文旅局 → 区文旅体局): the same stem, or its characters in order, beginning alike. None if no body or several
    fit."""
    return _body_of_stem(kb, _stem(name))


def _body_of_stem(kb: Library, stem: str) -> str | None:
    if len(stem) < 2:
        return None
    fits = {b for b in kb.table.names for s in _stems(b) if s and s[0] == stem[0] and s != b and
            (_within(stem, s) or (len(s) >= 3 and _within(s, stem)))}     # 区市监局 → 区市场监管局, and the full
    return fits.pop() if len(fits) == 1 else None                         # 国家发展和改革委员会 → 国家发展改革委


@lru_cache(maxsize=1)
def _levels_longest_first() -> tuple[str, ...]:
    return tuple(sorted(vocabulary().level_words, key=len, reverse=True))     # 市委 before 市


def _stems(name: str) -> list[str]:
    """A known body's stem, and its stem without the level it opens with (市发展改革委: 市发展改革, 发展改革), so that
    a name asked without its level (发改委) finds it."""
    stem = _stem(name)
    level = next((w for w in _levels_longest_first() if stem.startswith(w)), None)
    return [stem, stem[len(level):]] if level and len(stem) > len(level) + 1 else [stem]


def name_known_bodies(kb: Library, question: str) -> tuple[str, list[str]]:
    """The question with each unknown body that stands for one known body renamed (区住建局 → 区住建委, 国家发展和改革
    委员会 → 国家发展改革委), saying so in a note; other unknown names are left for unknown_body to refuse."""
    notes = []
    for name in asked_bodies(question):
        meant = None if _known_name(kb, name) else body_meant(kb, name)
        if not meant and not kb.table.find(name):
            meant = _with_level_words(kb, name)
        if meant:
            question = question.replace(name, meant)
            notes.append(f"文件中没有“{name}”，按{meant}回答")
    if TASK_WORDS.search(fold(question)) and not kb.table.find(question):
        # a bureau named by its field (住建部门要做哪些事, 市场监管部门负责哪些任务): its tasks are asked
        for m in re.finditer(r"部门", question):
            for field in (question[m.start() - size:m.start()] for size in (4, 3, 2) if m.start() >= size):
                meant = _body_of_stem(kb, field) if re.fullmatch(r"[\u4e00-\u9fff]+", field) else None
                if meant:
                    notes.append(f"“{field}部门”按{meant}回答")
                    return question[:m.start() - len(field)] + meant + question[m.end():], notes
    return question, notes


def _with_level_words(kb: Library, name: str) -> str | None:
    """工商局 → 市工商局, 编办 → 区委编办: the one known body whose name is the one asked with a level before it."""
    fits = {b for b in kb.table.names if b.endswith(name) and b[:-len(name)] in vocabulary().level_words}
    return fits.pop() if len(fits) == 1 else None


def plan_bodies(kb: Library, bodies: list[str]) -> bool:
    """Are these all bodies a plan assigns tasks to (the district's bureaus)? A law's authority (国务院市场监督管理
    部门) is part of what its article says: a question whether it is responsible is answered as any other."""
    return all(any(kb.data.documents[kb.unit_by_id[t.unit_id].doc_id].kind == "plan" for t in kb.tasks_of(b))
               for b in bodies)


def confirm_bodies(ans: Answer, question: str, asked: list[str]) -> Answer:
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


ROLE_RANK = {"lead": 0, "listed": 1, "responsible": 1, "support": 2}


def _one_per_unit(tasks: list) -> list:
    """A unit once, with the body's strongest role in it: two clauses of one article (a sentence and its bracketed
    tail) are one task."""
    best: dict[str, object] = {}
    for t in tasks:
        if t.unit_id not in best or ROLE_RANK.get(t.role, 3) < ROLE_RANK.get(best[t.unit_id].role, 3):
            best[t.unit_id] = t
    return [t for t in tasks if best[t.unit_id] is t]


def settings_left_out(kb: Library, question: str, bodies: list[str]) -> list[str]:
    """The bodies asked about without those the question names as the setting of the others' tasks (市民政局在殡葬
    管理工作联席会议中承担哪些职责: 联席会议 is where, after 在 and before 中)."""
    q = fold(question)
    kept = []
    for name, start, end in kb.table.find(q):
        opening = q.rfind("在", max(0, start - 12), start)
        if kept and opening >= 0 and "，" not in q[opening:start] and SETTING_AFTER.match(q, end):
            continue
        kept.append(name)
    return [b for b in bodies if b in kept] or bodies[:1]


def bureau_answer(kb: Library, question: str, bodies: list[str], notes: list[str], explain: bool) -> Answer:
    """Every unit a body is responsible for, in document order; with two bodies, the tasks they share (a body named
    as the setting, 在联席会议中, is no second body)."""
    bodies = settings_left_out(kb, question, bodies)
    body = bodies[0]
    tasks = kb.tasks_of(body)
    for other in bodies[1:]:
        shared = {t.unit_id for t in kb.tasks_of(other)}
        tasks = [t for t in tasks if t.unit_id in shared]
    tasks = _one_per_unit(tasks)
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
    titles = "；".join(_task_title(kb, c) for c in citations)
    led = sum(1 for t in tasks if t.role == "lead")
    extra = f"，其中牵头{led}项" if led else ""
    answer = f"{name}负责{len(citations)}项任务{extra}：{titles}。"
    topic = task_topic(kb, question)
    on_topic = _tasks_on_topic(kb, question, [t.unit_id for t in tasks]) if topic else []
    if topic:
        # 区市场监管局在食品安全方面要做什么: the tasks on that topic first, quoted where they say what to do
        first = _quoted_on_topic(kb, on_topic, topic, {c.unit_id: c for c in citations})
        label = "、".join(topic)
        if first:
            answer = (f"{name}负责的条目中与“{label}”有关的：" + "；".join(_task_title(kb, c) for c in first)
                      + f"。\n\n{name}共负责{len(citations)}项任务{extra}：{titles}。")
            citations = first + [c for c in citations if c.unit_id not in on_topic]
        else:
            answer = f"{name}负责的条目中没有写到“{label}”。" + answer
    ans = Answer(question, "bureau_tasks", True, answer, [], citations, notes)
    if explain:
        ans.explain = {"bodies": bodies, "tasks": len(tasks), "topic": topic, "on_topic": on_topic}
    return ans


def _task_title(kb: Library, cited) -> str:
    """A task as the answer lists it: its unit's title, or, for an item with no heading of its own ((7) alone), its
    label and the start of what the body is quoted for."""
    unit = kb.unit_by_id[cited.unit_id]
    if len(unit.title.strip()) > len(unit.label) + 1:
        return unit.title
    quote = cited.quote.strip()
    return f"{unit.label}{quote[:20]}{'…' if len(quote) > 20 else ''}"


def _quoted_on_topic(kb: Library, unit_ids: list[str], topic: list[str], clause_of: dict) -> list:
    """A citation of each unit's sentence holding the topic, with the body's role from its clause citation."""
    out = []
    for unit_id in unit_ids:
        span = best_sentence(kb, unit_id, topic)
        if span:
            out.append(citation(kb, unit_id, span[0], span[1], 0.0, role=clause_of[unit_id].role,
                                shared_with=clause_of[unit_id].shared_with))
    return out


def _tasks_on_topic(kb: Library, question: str, unit_ids: list[str], most: int = 3, share: float = 0.5) -> list[str]:
    """Of a body's units, those holding at least half the weight of the question's topic words (a thesaurus
    term counting for its everyday word), best first. The whole corpus's statistics weigh the words: among a
    body's two or three units a word they share would weigh nothing."""
    searcher, text = kb.searcher, without_bodies(kb, question)
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
