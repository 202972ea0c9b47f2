"""Parsing the structure of official documents into units with exact offsets.

Plans:  一、 parts → （一） articles (heading up to the first 。) → 1. items → （1） sub-items;
        专栏N boxes with their —— bullets; the opening paragraphs, the notice and its signature.
Laws:   第X编 → 第X章 → 第X节 → 第X条 → 款 (paragraphs) → 项 （一）.
Half-width look-alikes ((十三), 1．, 一.) are recognised; labels are always canonical and full-width.
Levels may be skipped (一、 then 1.), so the tree is built with a stack of ranks, not a fixed grammar.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from indexer.reading.cleaning import DECIMAL_HEADING, Cleaned, uses_decimal_numbering
from indexer.reading.cleaning import DECIMAL_TOP as DECIMAL_TOP_HEADING
from indexer.textutil import CN_NUMERAL, Line, cn_to_int, fold, int_to_cn, strip_span, table_cells
from indexer.types import Unit

N = f"[{CN_NUMERAL}]+"

# (kind, rank, pattern) — rank orders the levels; the pattern runs on the folded line without '#' marks.
LAW_HEADINGS = [
    ("book", 1, re.compile(rf"^第({N})编\s*(.*)$")),
    ("chapter", 2, re.compile(rf"^第({N})章\s*(.*)$")),
    ("section", 3, re.compile(rf"^第({N})节\s*(.*)$")),
    ("law_article", 4, re.compile(rf"^第({N})条(?:之({N}))?[\s\u3000]*")),
    ("law_item", 6, re.compile(r"^（([一二三四五六七八九十]+)）")),
    ("law_subitem", 7, re.compile(r"^(\d{1,2})[.．、](?!\d)")),
]
PLAN_HEADINGS = [
    ("attachment", 0.5, re.compile(r"^附[件表]\s*(\d{0,2})\s*[：:]?\s*$")),     # 附表1: an attached table
    # a table row, cells split by | (HTML and .docx readers; a Markdown row opens with | too, its rule | --- | is none)
    ("row", 3, re.compile(r"^(?!\|?[\s:|-]*-{3})(?:\|\s*)?[^|]{0,60}?\s\|\s")),
    # a row pasted into a text file, its cells split by tabs (three cells or more)
    ("row", 3, re.compile(r"^[^\t|]{1,60}?\t(?=[^\t|]*\t)")),
    ("part", 1, re.compile(r"^([一二三四五六七八九十]+)[、.．]\s*(.*)$")),
    ("article", 2, re.compile(r"^（([一二三四五六七八九十]+)）")),
    ("box", 2, re.compile(r"^专栏\s*(\d+)\s*(.*)$")),
    ("item", 3, re.compile(r"^(\d{1,2})[.．、](?!\d)|^(\d{1,2})[.．](?=(?:1[0-2]|[1-9])月(?:底|末|\d|前))")),   # 2.11月30日前
    ("bullet", 3, re.compile(r"^——")),
    ("subitem", 4, re.compile(r"^（(\d{1,2})）")),
    ("subitem", 4, re.compile(r"^([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])")),
]
# Decimal numbering (应急预案 and technical documents): 1 总则 → 1.1 编制目的 → 2.1.3 成员单位职责; a label holds
# its parents' (2.1.3 is in 2.1, in 2). Read only in a document that numbers its headings this way (cleaning).
DECIMAL = ("decimal", None, DECIMAL_HEADING)
DECIMAL_TOP = ("decimal", None, DECIMAL_TOP_HEADING)
# 附件：相关单位及职责 followed by the attachment's title set again: the start of an attachment (a notice's list of
# attachments, 附件：1.… 2.…, is not followed by its title)
TITLED_ATTACHMENT = re.compile(r"^附[件表]\s*(\d{0,2})\s*[：:]\s*(\S.{1,40})$")
TABLE_START = re.compile(r"^(?:序号|\|)")     # a table's header row (| 序号 | …) or its first cell read alone
PARAGRAPH_RANK = 5
RETRIEVABLE = {"article", "box", "law_article", "preamble", "notice", "item", "subitem", "row"}
SECTION_LIKE = ("part", "chapter", "book", "section", "decimal", "attachment")   # searchable only when nothing
                                                                                  # below them is
MAX_HEADING = 40   # a first sentence longer than this is body text, not a heading


@dataclass
class _Node:
    kind: str
    rank: int
    label: str
    heading: str
    start: int          # line start (label included)
    end: int = 0
    parent: "_Node | None" = None
    children: list = field(default_factory=list)


def is_law(lines: list[Line]) -> bool:
    """A document whose lines start with 第X条 at least twice is parsed as a law or regulation."""
    pattern = LAW_HEADINGS[3][2]
    return sum(1 for line in lines if pattern.match(_heading_text(line)[0])) >= 2


def _heading_text(line: Line) -> tuple[str, int]:
    """The folded line without leading '#' marks and spaces, and how many characters were skipped."""
    folded = fold(line.text)
    stripped = folded.lstrip("# \t")
    return stripped, len(folded) - len(stripped)


def _compact(text: str) -> str:
    """总 则 → 总则: spaces between Chinese characters are layout, not content."""
    return re.sub(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", "", text.strip())


def _match_heading(line: Line, grammar, law: bool):
    text, skip = _heading_text(line)
    for kind, rank, pattern in grammar:
        m = pattern.match(text)
        if m:
            if kind == "decimal":       # 1 → 1, 1.1 → 1.5, 2.1.3 → 2: items and sub-items nest below
                rank = 1 + (m.group(1).count(".")) * 0.5
            return kind, rank, m, skip
    return None


def _titled_attachments(lines: list[Line]) -> dict[int, tuple]:
    """Lines 附件：title whose next line sets the same title again, or opens the attachment's table: attachment
    headings, as a line 附件 is."""
    out = {}
    for line, nxt in zip(lines, lines[1:]):
        text, skip = _heading_text(line)
        m = TITLED_ATTACHMENT.match(text)
        following = _heading_text(nxt)[0]
        # …, or whose next line opens its table (附件：重点任务分解表 / 序号 / 任务类型 …)
        if m and (_compact(m.group(2)) == _compact(following) or TABLE_START.match(following)):
            out[id(line)] = ("attachment", PLAN_HEADINGS[0][1], m, skip)
    return out


def _decimal_grammar(lines: list[Line]) -> list | None:
    """The plan grammar with decimal headings first, when the document numbers its headings 1.1, 2.1.3 …"""
    return [DECIMAL, DECIMAL_TOP] + PLAN_HEADINGS if uses_decimal_numbering(lines) else None


def _table_of_contents(lines: list[Line], grammar) -> set[int]:
    """Heading lines listed as a table of contents before the text (1 总则, 1.1 编制目的 … then again 1 总则 with
    its text): the first run of headings with nothing between them whose first label comes again later."""
    heads = [(i, _match_heading(line, grammar, False)) for i, line in enumerate(lines)]
    first = next(((i, f) for i, f in heads if f and f[0] == "decimal"), None)
    if first is None:
        return set()
    label = first[1][2].group(1)
    toc, i = set(), first[0]
    while i < len(lines):
        found = heads[i][1]
        if found is None:
            if _heading_text(lines[i])[0].strip():
                # the contents end at a line of text (the plan's title set again after them): contents all the
                # same when the first heading comes again later, with its text
                again = any(f and f[0] == "decimal" and f[2].group(1) == label for _, f in heads[i + 1:])
                return toc if again and len(toc) >= 3 else set()
        elif found[0] == "decimal":
            if found[2].group(1) == label and toc:
                return toc
            toc.add(id(lines[i]))
        i += 1
    return set()


def _label_and_heading(kind: str, m: re.Match, rest: str, ordinal: int) -> tuple[str, str]:
    if kind == "part":
        return f"{m.group(1)}、", _compact(m.group(2))
    if kind == "decimal":
        return m.group(1), _first_sentence(rest) if m.lastindex == 1 else _compact(m.group(2))
    if kind == "attachment":
        return f"{m.group(0)[:2]}{m.group(1)}", _compact(m.group(2)) if m.re is TITLED_ATTACHMENT else ""
    if kind == "row":       # its heading: the first cell that says something (a task), to its first stop
        cell = next((c.strip() for c in table_cells(rest) if re.search(r"[\u4e00-\u9fff]", c)), "")
        return f"第{ordinal}行", _first_sentence(re.split(r"[，；]", cell)[0])
    if kind in ("book", "chapter", "section"):
        word = {"book": "编", "chapter": "章", "section": "节"}[kind]
        return f"第{m.group(1)}{word}", _compact(m.group(2))
    if kind == "law_article":
        suffix = f"之{m.group(2)}" if m.group(2) else ""
        return f"第{m.group(1)}条{suffix}", ""
    if kind == "box":
        return f"专栏{int(m.group(1))}", _compact(m.group(2))
    if kind == "law_item":
        return f"第（{m.group(1)}）项", ""
    if kind in ("item", "law_subitem"):
        return f"{int(m.group(1) or m.group(2))}.", _first_sentence(rest)
    if kind == "subitem":
        label = f"（{int(m.group(1))}）" if m.group(1).isascii() else m.group(1)    # （1） or ①
        return label, _first_sentence(rest)
    if kind == "article":
        return f"（{m.group(1)}）", _first_sentence(rest)
    if kind == "bullet":
        return f"——{ordinal}", _first_sentence(rest)
    raise ValueError(kind)


def _first_sentence(rest: str) -> str:
    cut = rest.find("。")
    head = rest[:cut] if cut >= 0 else rest
    return head.strip() if 0 < len(head.strip()) <= MAX_HEADING else ""


def parse(doc_id: str, text: str, cleaned: Cleaned) -> list[Unit]:
    """All units of one document, in document order, each with `text == document_text[start:end]`."""
    lines = cleaned.lines
    front_lines = {id(line) for role in cleaned.front.values() for line in role}
    body = [line for line in lines if id(line) not in front_lines]
    law = is_law(body)
    grammar = LAW_HEADINGS if law else (_decimal_grammar(body) or PLAN_HEADINGS)
    if grammar[0] is DECIMAL:
        contents = _table_of_contents(body, grammar)
        body = [line for line in body if id(line) not in contents]
    root = _Node("root", 0, "", "", 0)
    stack = [root]
    counters: dict[int, int] = {}
    titled = _titled_attachments(body)
    for line in body:
        found = titled.get(id(line)) or _match_heading(line, grammar, law)
        if found is None:
            if law and stack[-1].kind in ("law_article", "paragraph", "law_item", "law_subitem"):
                _push(stack, _Node("paragraph", PARAGRAPH_RANK, "", "", line.start), counters)
            elif not law:
                _inline_subitems(line, 0, None, stack, counters)
            continue
        kind, rank, m, skip = found
        rest = fold(line.text)[skip + m.end():]
        while stack[-1].rank >= rank:
            stack.pop()
        ordinal = sum(1 for c in stack[-1].children if c.kind == kind) + 1
        label, heading = _label_and_heading(kind, m, rest, ordinal)
        node = _Node(kind, rank, label, heading, line.start + skip)
        _push(stack, node, counters)
        if not law and kind != "row":
            _inline_subitems(line, skip + m.end(), node, stack, counters)
        if kind == "law_article" and rest.strip():
            # the first 款 starts on the article's own line, right after 第X条
            first = line.start + skip + m.end()
            _push(stack, _Node("paragraph", PARAGRAPH_RANK, "", "", first), counters)
    _close(root, cleaned.body_end, text)
    units: list[Unit] = []
    _front_units(doc_id, text, cleaned, units)
    _emit(doc_id, text, root, (), None, units)
    units.sort(key=lambda u: (u.start, -u.end))
    return _assign_ids([replace(u, ordinal=i) for i, u in enumerate(units)])


# a sub-item set inside a line, after a stop or a bracketed clause: 1.深化改革。（1）推行…。（市工商局牵头负责）（2）推进…;
# a list the sentence announces (建设内容包括：（1）…；（2）…) is the sentence's content, not sub-items
INLINE_SUBITEM = re.compile(r"(?<=[。；;）)\s])（(\d{1,2})）")
INLINE_FIRST = re.compile(r"(?<=[。）)\s])（1）")


def _inline_subitems(line: Line, after: int, node: "_Node | None", stack: list, counters) -> None:
    """Sub-items numbered inside a line ((1) … (2) … in one paragraph) are units as they are on lines of their
    own: a run of consecutive numbers from （1） (two at least), or continuing the line's own sub-item."""
    folded = fold(line.text)
    first = int(node.label.strip("（）")) + 1 if node is not None and node.kind == "subitem" \
        and node.label.startswith("（") else 1
    run = []
    for m in INLINE_SUBITEM.finditer(folded, after):
        if int(m.group(1)) != first + len(run) or (not run and first == 1 and not INLINE_FIRST.match(folded, m.start())):
            break
        run.append(m)
    if len(run) < (2 if first == 1 else 1):
        return
    for m in run:
        label, heading = _label_and_heading("subitem", m, folded[m.end():], 0)
        _push(stack, _Node("subitem", 4, label, heading, line.start + m.start()), counters)


def _push(stack: list[_Node], node: _Node, counters) -> None:
    while stack[-1].rank >= node.rank:
        stack.pop()
    parent = stack[-1]
    if node.kind == "paragraph":
        node.label = f"第{int_to_cn(sum(1 for c in parent.children if c.kind == 'paragraph') + 1)}款"
    node.parent = parent
    parent.children.append(node)
    stack.append(node)


def _close(node: _Node, end: int, text: str) -> None:
    """Each node ends where its next sibling starts (or where its parent ends)."""
    for i, child in enumerate(node.children):
        child_end = node.children[i + 1].start if i + 1 < len(node.children) else end
        _close(child, child_end, text)
    node.end = strip_span(text, node.start, end)[1] if node.kind != "root" else end


def _title(node: _Node) -> str:
    if node.kind == "bullet":
        return f"——{node.heading}" if node.heading else node.label
    if node.kind in ("book", "chapter", "section", "box"):
        return f"{node.label} {node.heading}".strip()
    return f"{node.label}{node.heading}"


def _list_of_titles(text: str, node: _Node) -> bool:
    """附件：1.…统计表 2.…宣传实例: a notice's list of its attachments, each item a bare title. Such items are no
    units to search (they only name what is attached); the list is searched as a whole."""
    return node.kind == "attachment" and bool(node.children) and all(
        c.kind == "item" and not c.children and "\n" not in text[c.start:c.end].strip()
        and not re.search(r"[，。；：,;]", text[c.start:c.end]) for c in node.children)


def _emit(doc_id: str, text: str, node: _Node, path: tuple, parent: str | None, units: list[Unit]) -> None:
    titles = _list_of_titles(text, node)
    for child in node.children:
        if child.kind == "paragraph" and sum(1 for c in node.children if c.kind == "paragraph") == 1:
            # an article of one paragraph has no 款 to cite: its 项 hang from the article itself
            _emit(doc_id, text, child, path, parent, units)
            continue
        start, end = strip_span(text, child.start, child.end)
        child_path = path + ((_title(child),) if child.kind not in ("paragraph", "law_item", "law_subitem") else ())
        key = f"{parent}/{child.label}" if parent else child.label
        retrievable = (child.kind in RETRIEVABLE and not titles) or \
            (child.kind in SECTION_LIKE and (not _has_retrievable(child) or _list_of_titles(text, child))) or \
            (child.kind in ("decimal", "part") and _own_text(text, child))
        units.append(Unit(unit_id=key, doc_id=doc_id, kind=child.kind, label=child.label, heading=child.heading,
                          path=child_path, start=start, end=end, text=text[start:end], parent=parent,
                          retrievable=retrievable))
        _emit(doc_id, text, child, child_path, key, units)


def _own_text(text: str, node: _Node) -> bool:
    """Does a section say something of its own before its first sub-section (2.1 指挥部: 总指挥：…, then 2.1.1)?"""
    stop = node.children[0].start if node.children else node.end
    own = "".join(text[node.start:stop].split())
    return len(own) - len(node.label) - len("".join(node.heading.split())) >= 10


def _has_retrievable(node: _Node) -> bool:
    return any(c.kind in RETRIEVABLE or c.kind in SECTION_LIKE or _has_retrievable(c) for c in node.children)


def _front_units(doc_id: str, text: str, cleaned: Cleaned, units: list[Unit]) -> None:
    """The opening paragraphs, the notice that publishes the plan, and the signature block."""
    for role, kind, label in (("preamble", "preamble", "前言"), ("notice_body", "notice", "印发通知"),
                              ("signature", "signature", "落款")):
        lines = cleaned.front.get(role)
        if not lines:
            continue
        start, end = strip_span(text, lines[0].start, lines[-1].end)
        units.append(Unit(unit_id=label, doc_id=doc_id, kind=kind, label=label, heading="", path=(label,),
                          start=start, end=end, text=text[start:end], parent=None,
                          retrievable=kind in RETRIEVABLE))


def _assign_ids(units: list[Unit]) -> list[Unit]:
    """`doc#（十三）` when a label is unique in the document, else parent id + label: `doc#第二十六条/第二款`.
    A label path that still repeats (a notice's 一、 and its attachment's 一、) gets `@2`, `@3` …: ids are unique."""
    counts: dict[str, int] = {}
    for u in units:
        counts[u.label] = counts.get(u.label, 0) + 1
    current: dict[str, str] = {}      # a unit's provisional key → the id of the last unit with that key
    taken: dict[str, int] = {}
    out = []
    for u in units:  # parents come before their children in document order
        parent = current.get(u.parent) if u.parent else None
        short = u.label if counts[u.label] == 1 or not parent else f"{parent.split('#', 1)[1]}/{u.label}"
        uid = f"{u.doc_id}#{short}"
        taken[uid] = taken.get(uid, 0) + 1
        if taken[uid] > 1:
            uid = f"{uid}@{taken[uid]}"
        current[u.unit_id] = uid
        out.append(replace(u, unit_id=uid, parent=parent))
    return out


LABEL_PREFIX = re.compile(r"^(#+\s*)?(第[一二三四五六七八九十百零〇]+条(之[一二三四五六七八九十]+)?[\s\u3000]*"
                          r"|\d{1,2}(?:\.\d{1,2}){1,3}[\s\u3000]+|\d{1,2}(?:\.\d{1,2}){2,3}"
                          r"|（[一二三四五六七八九十\d]+）|\d{1,2}[.．、]|[①-⑳]|——)")


def skip_label(text: str, start: int, end: int) -> int:
    """Where a sentence starts once its label (第八条, （一）, 1., ——) is left out."""
    m = LABEL_PREFIX.match(fold(text[start:end]))
    return start + m.end() if m and m.end() < end - start else start


def canonical_label(raw: str) -> str:
    """What a user types for a unit → its canonical label: (十三) → （十三）, 13 → （十三）, 第26条 → 第二十六条."""
    s = fold(raw).strip().replace(" ", "")
    m = re.fullmatch(r"第(\d+)条", s)
    if m:
        return f"第{int_to_cn(int(m.group(1)))}条"
    m = re.fullmatch(r"第(\d+)章", s)
    if m:
        return f"第{int_to_cn(int(m.group(1)))}章"
    m = re.fullmatch(r"专栏\s*(\d+|[一二三四五六七八九十]+)", s)
    if m:
        value = m.group(1)
        return f"专栏{value if value.isdigit() else cn_to_int(value)}"
    m = re.fullmatch(r"（?([一二三四五六七八九十]+)）?", s)
    if m and s.startswith("（"):
        return f"（{m.group(1)}）"
    if re.fullmatch(r"\d{1,2}", s):
        return f"（{int_to_cn(int(s))}）"
    if re.fullmatch(r"[一二三四五六七八九十]+", s):
        return f"（{s}）"
    return s
