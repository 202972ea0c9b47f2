"""Reading a question: cleaning it (control characters, traditional characters, spaces, greetings and thanks,
its ending, two questions in one), and the kind of question it is (who is responsible, a body's tasks, a
figure, a requirement, anything else).
"""
from __future__ import annotations

import re
import unicodedata

from indexer.errors import BadQuestion
from indexer.textutil import fold, package_data, to_simplified, word_families

MAX_QUESTION = 500
_WORDS = word_families("question_words")   # data/question_words.json
SPOKEN: dict[str, str] = package_data("question_words")["spoken"]


RESPONSIBILITY = _WORDS["RESPONSIBILITY"]


# 要向哪个部门报告 / 应当向谁备案: who receives what the asker has to file — a question about the asker's duty
OWN_DUTY = _WORDS["OWN_DUTY"]


TASK_WORDS = _WORDS["TASK_WORDS"]
BODY_THEN_ACT = _WORDS["BODY_THEN_ACT"]     # what follows a body a question opens with as its subject


# the asker's own unit, unnamed (我们局要做哪些事, 本单位有什么任务)
SELF_BODY = _WORDS["SELF_BODY"]
SELF_BEFORE_NAME = _WORDS["SELF_BEFORE_NAME"]     # 我们发改委: the asker's own unit, then its name


FACT = _WORDS["FACT"]


REQUIREMENT = _WORDS["REQUIREMENT"]


_CJK = r"\u4e00-\u9fff，。？！、：；“”（）《》"
_CJK_SPACE = re.compile(rf"(?<=[{_CJK}]) (?=[{_CJK}])")


# a question word: a piece of text holding one asks something
ASKS = _WORDS["ASKS"]


_CLOSERS = "”’）)】」』》"


def _split_end(text: str) -> tuple[str, str]:
    """The text and the marks it ends with (？, 。, ！, ~, ……, an emoji …), closing quotes and brackets kept."""
    i = len(text)
    while i and text[i - 1] not in _CLOSERS and unicodedata.category(text[i - 1])[0] in "PS":
        i -= 1
    return text[:i], text[i:]


# greetings, thanks and urgency around a question (你好，请问… 谢谢！): the offline model read 11–22 of the 517 dev
# "who" questions otherwise when one was added, most of them as nearer to no article
_SEP = r"[，,。.!！:：~～\s]"
_ASKING = (r"请问一下|请问下|请问|麻烦问一下|麻烦问下|麻烦请问|"
           r"(?:我|我们)?(?:想|要)?(?:问一下|问下|咨询一下|咨询下|请教一下|(?:请教|问)(?:一个|个)问题|请教|了解一下)|"
           r"(?:请|麻烦)?帮(?:我|我们|忙)?(?:查一下|查下|查查|看一下|看看)")
_GREETING = re.compile(rf"^(?:(?:你好|您好|老师好|老师您好|领导好|大家好|hello|hi|打扰一下|打扰了|求助|急急急|急){_SEP}+|"
                       rf"(?:{_ASKING}){_SEP}*)+", re.I)
_THANKS = re.compile(r"(?<=[？?。.!！，,\s])(?:谢谢您|谢谢你|谢谢了|谢谢|多谢|感谢|麻烦了|辛苦了|在线等|急急急|急)$")


# the asker introducing themselves in general terms (我们是一家企业，): every enterprise is one; a self-description
# that says what they do (我是开饭馆的, 我们是做建筑的) is part of the question and stays
_INTRO = re.compile(rf"^(?:我们|我|咱们)(?:这边|这里)?(?:是|就是)(?:一家|一个|一名|个|家)?(?:普通的?)?"
                    rf"(?:企业|公司|单位|小企业|中小企业|民营企业|小微企业|企业主|老板|市民|居民|老百姓|消费者|群众){_SEP}+")


def _without_courtesy(text: str) -> str:
    """The question without the greeting before it, a general self-introduction or the thanks after it (kept
    if nothing else is left)."""
    body, marks = _split_end(_INTRO.sub("", _GREETING.sub("", text)))
    thanked = _THANKS.sub("", body)
    stripped = (thanked if thanked != body else body + marks).strip().rstrip("，,、 ")
    return stripped or text


def _question_end(text: str) -> str:
    """谁管 / 谁管呢 / 谁管? / 谁管。/ 谁管~ / 谁管🙏 → 谁管？ (the offline model read dev questions apart by these
    endings: up to 15 answers changed). A sentence that asks nothing (我家房子漏水了。) is left as typed."""
    head, marks = _split_end(text)
    if not head or not (ASKS.search(fold(head)) or "？" in marks or "?" in marks):
        return text
    return (head[:-1] if head[-1] in "呢啊呀" and len(head) > 1 else head) + "？"


def clean_question(question: str) -> tuple[str, list[str]]:
    """Strip control characters and spaces, read traditional characters as simplified ones, leave out a greeting,
    thanks or a general self-introduction, give the question one ending (？); refuse empty and oversized questions
    with a clear message."""
    if question is None:
        raise BadQuestion("问题为空：请输入一个问题（例如：谁负责工程质量投诉处理？）")
    notes = []
    cleaned = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in question)
    if cleaned != question:
        notes.append("已删除问题中的控制字符")
    cleaned = re.sub(r"\s+", " ", cleaned).strip()
    if not cleaned:
        raise BadQuestion("问题为空：请输入一个问题（例如：谁负责工程质量投诉处理？）")
    if len(cleaned) > MAX_QUESTION:   # refused before any work on it (converting a megabyte takes seconds)
        raise BadQuestion(f"问题过长（{len(cleaned)}字）：请把问题缩短到{MAX_QUESTION}字以内，一次问一件事")
    simplified = to_simplified(cleaned)   # first: the greetings and question words below are simplified
    if simplified != cleaned:
        notes.append("问题含繁体字，已按简体字检索")
        cleaned = simplified
    # 谁 负 责 … (text copied from a PDF): the spaces are no words' edges, between Chinese characters or when
    # every character stands alone (B I M 技 术)
    pieces = cleaned.split(" ")
    cleaned = "".join(pieces) if len(pieces) >= 4 and all(len(p) == 1 for p in pieces) else _CJK_SPACE.sub("", cleaned)
    spoken = [w for w in SPOKEN if w in cleaned]
    if spoken:      # 啥时候 → 什么时候: every pattern reads the written word
        notes.append("问题中的口语词已按书面语理解：" + "，".join(f"“{w}”读作“{SPOKEN[w]}”" for w in spoken))
        for w in spoken:
            cleaned = cleaned.replace(w, SPOKEN[w])
    return _question_end(_without_courtesy(cleaned)), notes


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
    if not bodies and re.search(r"负责[？?]?$", q):
        return "responsibility"   # a search-box query (建材追溯 负责); 区住建委负责 asks for the body's tasks
    if FACT.search(q):
        return "fact"
    if REQUIREMENT.search(q):
        return "requirement"
    return "other"


def first_question(question: str) -> tuple[str, list[str]]:
    """Two questions in one (谁负责工程质量投诉处理？食品抽检合格率目标是多少？): the first is answered and the others
    are named in a note, rather than searched for together. A statement before a question (我家房子漏水了？找谁？)
    is part of it, and so is a question quoted inside it (“谁来管？”是什么意思？)."""
    quoted = re.sub(r"“[^”]*”|\"[^\"]*\"|「[^」]*」", lambda m: "＂" * len(m.group(0)), question)
    ends = [m.end() for m in re.finditer(r"[？?]", quoted)]
    parts = [p.strip() for p in (question[a:b] for a, b in zip([0] + ends, ends + [len(question)])) if p.strip()]
    if len(parts) < 2 or not all(ASKS.search(p) for p in parts):
        return question, []
    parts = _with_follow_ups(parts)
    if len(parts) < 2:
        return question, []
    return parts[0], [f"问题里有{len(parts)}个问句，这里只回答第一个；其余请分别提问：{''.join(parts[1:])}"]


# a question asking about the one before it (能先赔钱给我吗？这个谁来推？): one question, not two
FOLLOW_UP = _WORDS["FOLLOW_UP"]


def _with_follow_ups(parts: list[str]) -> list[str]:
    joined: list[str] = []
    for part in parts:
        if joined and FOLLOW_UP.match(part):
            joined[-1] += part
        else:
            joined.append(part)
    return joined


# what a question puts in quotation marks (“全国一张单”, 方案里“全面质量管理”是怎么说的): named, not asked
QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|「[^」]*」")


def quoted_phrases(question: str) -> list[str]:
    """The phrases a (folded) question quotes, without their marks: “全面质量管理” → 全面质量管理."""
    return [p for p in (m.group(0)[1:-1].strip() for m in QUOTED.finditer(question)) if len(p) >= 2]


# a yes/no question (区住建委管不管…, …归区市场监管局管吗, 是不是区商务局负责…, 团区委参不参与): 吗, 是否, or a
# verb's A-not-A form (管不管, 负不负责, 参不参与, 抓不抓); a choice between bodies (是区住建委管还是区市场监管局管)
# is answered with a verdict too
YES_NO = _WORDS["YES_NO"]


LEAD_ASKED = _WORDS["LEAD_ASKED"]
# what follows a body named as the setting after 在 (在联席会议中承担哪些职责): no second body asked about
SETTING_AFTER = _WORDS["SETTING_AFTER"]
