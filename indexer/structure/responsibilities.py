"""Who is responsible: bodies named by responsibility clauses and sentences, with their roles and level.

Conventions of Chinese official documents implemented here (the vocabulary is data: data/responsibility.json):
- a bracketed clause names bodies and closes with the role they take: （A、B负责）, （A、B等按职责分工负责）,
  （A牵头负责）, （A牵头，B、C参与）, （A、B指导）, 〔责任单位：A、B〕, （牵头单位：A，配合单位：B、C，各区、县级市）;
- a clause covers the text between the previous clause of its unit and itself: a clause inside a paragraph answers
  for the sentences before it, a clause closing an item for that item;
- 牵头 / 牵头单位 / the subject of 会同 lead; 配合 / 参与 / 配合单位 / the objects of 会同 support; a bare list names
  no lead, its first body is only *listed first*, unless the document states once that the first listed leads
  (列第一位者为牵头单位，下同), which holds for that clause and every later one;
- a body is recognised by the morphology of government names (…部/委/局/办/署/海关/人民政府 …, collective
  各区、县级市) inside such a clause, with no table; its level (国家/省/市/区/县/街道) comes from its own name or,
  without one, from the issuer's; a corpus alias table applies only to bodies of its own level;
- sentences whose subject is a body: 由A牵头，B、C配合 / A会同B… / A负责…; laws name authorities
  (国务院市场监督管理部门主管…, 由县级以上…部门责令…).
Names of bodies are read in bodynames.py, sentences' subjects in subjects.py; this module finds the clauses, table
rows and conventions of a document and places each responsibility on its unit.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from indexer.structure.bodynames import BodyTable, body_level, cell_bodies, defined_bodies, issuer_level, label_role, list_bodies, role_by_words, vocabulary
from indexer.structure.units import skip_label
from indexer.structure.subjects import (led_by_heading, listed_subjects_inside, members_named, official_name,
                                       sentence_subject, subject_clauses)
from indexer.textutil import Line, fold, lines_with_offsets, sentence_spans, table_cells
from indexer.types import BodyMention, Responsibility, Unit

OPEN_CLOSE = {"（": "）", "〔": "〕", "［": "］", "【": "】"}


def bracket_spans(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """Top-level bracketed spans (open, close) in folded[start:end]; nested brackets stay inside. An opening
    bracket never closed (a page's 【字体： button, a damaged line) is read as if it were not there: the text after
    it is searched again from the next character."""
    spans: list[tuple[int, int]] = []
    while start < end:
        stack: list[tuple[int, str]] = []
        for i in range(start, end):
            ch = folded[i]
            if ch in OPEN_CLOSE:
                stack.append((i, OPEN_CLOSE[ch]))
            elif stack and ch == stack[-1][1]:
                s, _ = stack.pop()
                if not stack:
                    spans.append((s, i))
            elif ch in "）〕］】" and stack:
                stack.clear()      # a stray closing bracket of another kind: start afresh
        if not stack:
            break
        opened = stack[0][0]
        line_end = folded.find("\n", opened, end)
        line_end = end if line_end < 0 else line_end
        rest = folded[opened + 1:line_end]
        if rest.strip() and not folded[line_end:end].strip() and not re.search(r"[（(【〔［\[。]", rest):
            # the text's last line opens a bracket it never closes (…错位发展。(市经信委牵头落实: a page cut off):
            # the bracket runs to the line's end
            spans.append((opened, line_end))
            break
        start = opened + 1
    return spans


def _tail(group: str) -> tuple[str, str | None]:
    """A group's names and the role its closing words give; words between the names and the role word
    (A、B按职责牵头负责, A分别负责) are no part of a name."""
    for tail, role in vocabulary().role_tails:
        if group.endswith(tail) and len(group) > len(tail):
            names = group[:-len(tail)]
            return (vocabulary().trailing_adverbs.sub("", names) or names), role
    return group, None


def parse_clause(text: str, start: int, end: int, table: BodyTable, level: str | None) -> list[BodyMention] | None:
    """The bodies of a clause text[start:end] (inside its brackets, or a labelled line), or None if it is none."""
    folded = fold(text[start:end])
    cut = folded.find("。")
    if cut >= 0:             # 〔责任单位：A、B按职责分工负责。具体任务均涉及…，下同。〕: a note follows
        folded = folded[:cut]
    labels = list(vocabulary().label_pattern.finditer(folded))
    if labels:
        return _labelled(folded, start, labels, table, level)
    mentions, tailed, pos = [], False, 0
    for group in re.split(_group_separator(), folded):
        at, pos = pos, pos + len(group)
        if group in ("，", "；", "、") or not group.strip():
            continue
        found = _tailed_group(group, start + at, table, level)
        if found is None:
            continue
        body_mentions, has_tail = found
        tailed = tailed or has_tail
        mentions += body_mentions
    return mentions if tailed and mentions else None


@lru_cache(maxsize=1)
def _group_separator() -> re.Pattern:
    """，/； between the groups of a clause, and 、 right after a group's role word (（A牵头负责、B组织落实）)."""
    endings = sorted({tail[-2:] for tail, _ in vocabulary().role_tails if len(tail) >= 2})
    return re.compile("([，；]|(?:" + "|".join(f"(?<={e})" for e in endings) + ")、)")


def _tailed_group(group: str, start: int, table: BodyTable, level: str | None):
    stripped = group.rstrip()
    names, role = _tail(stripped)
    if "会同" in names:      # A会同B负责: A leads, B supports
        left, right = names.split("会同", 1)
        lead = list_bodies(left, start, "lead", table, level)
        support = list_bodies(right, start + len(left) + 2, "support", table, level)
        if lead and support is not None:
            return lead + support, True
        return None
    mentions = list_bodies(names, start, role or "listed", table, level)
    if not mentions and "由" in names:      # （技工院校内由A负责）: the scope, then the body
        at = names.rindex("由") + 1
        mentions = list_bodies(names[at:], start + at, role or "listed", table, level)
    if not mentions:
        return None
    return mentions, role is not None


def _labelled(folded: str, start: int, labels: list, table: BodyTable, level: str | None):
    mentions = []
    for i, m in enumerate(labels):
        stop = labels[i + 1].start() if i + 1 < len(labels) else len(folded)
        # the list ends at the line's end or at another field (（负责部门：A，适用范围：福建自贸试验区）)
        value = re.split(r"[；。\n]|[，,]\s*[\u4e00-\u9fff]{2,6}[：:]", folded[m.end():stop])[0]
        mentions += _labelled_value(value, start + m.end(), label_role(m.group(1)), table, level)
    return mentions or None


def _labelled_value(value: str, start: int, role: str, table: BodyTable, level: str | None) -> list[BodyMention]:
    """One label's list: a closing note is no body (…，下同), and a last group may name its own role
    (牵头指导处室：A，B、C为实施单位: A leads, B and C are listed as 实施单位)."""
    v = vocabulary()
    value = value.rstrip("，、 ")
    note = next((n for n in sorted(v.list_notes, key=len, reverse=True) if value.endswith(("，" + n, "," + n))), None)
    if note:
        value = value[:-len(note) - 1].rstrip("，、 ")
    own = v.role_suffix.search(value)
    if own:
        head, _ = _tail(value[:own.start()].rstrip("，、 "))
        first = (list_bodies(head, start, role, table, level, lenient=True) or []) if head else []
        rest = list_bodies(own.group("names"), start + own.start("names"), label_role(own.group("label")), table,
                           level, lenient=True) or []
        return first + rest
    names, _ = _tail(value)
    return list_bodies(names, start, role, table, level, lenient=True) or []


# ------------------------------------------------------------------ a whole document

NOT_CITABLE = {"paragraph", "law_item", "law_subitem", "bullet"}   # 款, 项 and —— bullets cite their article or box


def extract(doc_text: str, units: list[Unit], table: BodyTable, issuer: str | None = None) -> list[Responsibility]:
    """Every responsibility of a document, in document order, each attached to the smallest citable unit holding
    it and covering (scope_start…end) the text it answers for."""
    if not units:
        return []
    level = issuer_level(issuer)
    folded = fold(doc_text)
    lo, hi = min(u.start for u in units), max(u.end for u in units)
    found: list[tuple[int, int, list[BodyMention], str]] = []
    brackets = bracket_spans(folded, lo, hi)
    for s, e in brackets:
        bodies = parse_clause(doc_text, s + 1, e, table, level)
        if bodies:
            found.append((s, min(e + 1, hi), bodies, "clause"))
    found += _labelled_lines(doc_text, folded, lo, hi, brackets, table, level)
    found += table_rows(doc_text, lo, hi, table, level)
    headers: dict[int, int] = {}      # a flat table's first row: where its header ends
    found += flat_table_rows(doc_text, lo, hi, table, level, headers)
    found.sort(key=lambda f: f[0])
    found = _apply_conventions(folded, lo, hi, found)
    placed = _Placer(units)
    out, last_end = [], {}
    for s, e, bodies, source in found:
        unit = placed.smallest(s, e)
        if unit is None:
            continue
        # a clause or a row answers for the text since the previous one of its unit (a flat table's first row, for
        # the text since its header)
        scope = max(unit.start, last_end.get(unit.unit_id, unit.start), headers.get(s, -1))
        last_end[unit.unit_id] = e
        out.append(Responsibility(unit.unit_id, unit.doc_id, tuple(bodies), source, s, e, doc_text[s:e], scope))
    spans = [(s, e) for s, e, _, _ in found]
    # names the document itself makes responsible, and the short names it gives bodies (以下简称“区域管理单位”)
    defined = defined_bodies(folded)
    known = {b.name for _, _, bodies, _ in found for b in bodies} | defined
    # names read whole wherever a sentence opens with them: those defined, and those of an official form the document
    # makes responsible in its clauses (区土方工作专班), not a collective kind (各监督管理部门)
    defined |= {k for k in known if official_name(k, set()) and not k.startswith("各")}
    heading_bodies: dict[str, list[BodyMention]] = {}     # a unit whose heading is a body (（一）区绿化市容局)
    duties_until = -1       # the end of a line of duties (区应急管理局：参与…；负责…启用。) its body answers for
    for sentence in sentence_spans(doc_text, lo, hi):
        # a sentence naming several subjects is read piece by piece (subject_clauses); a piece naming none joins
        # the next (中央所属…的认定，由中央宣传部会同…: the subject answers for the whole)
        pieces = subject_clauses(doc_text, *sentence, table, level)
        carry = None
        for k, (s, e) in enumerate(pieces):
            joined, carry = carry, None
            piece_start = s if joined is None else joined
            if s < duties_until:
                continue
            inside = [b for a, b in spans if a < e and s < b]
            if inside:
                # a clause answers for the text before it; what follows it in the sentence (…负责），国务院X部门组织制定…)
                # may name a subject of its own
                s = max(inside)
                while s < e and doc_text[s] in "，,；;、 \n":
                    s += 1
                if e - s < 6:
                    continue
            unit = placed.smallest(s, e)
            if unit is None:
                continue
            skipped = skip_label(doc_text, s, e)
            part = PART_HEADING.match(doc_text, s) if skipped == s else None
            if part and e - s > 32:
                # 三、市住房保障房屋管理局负责住宅小区管理、…: a part that is one sentence, read as an article's is
                skipped, part = part.end(), None
            elif part and "，" not in doc_text[s:e]:
                skipped = part.end()        # 一、区数据局 heading the duties below it
            bodies = sentence_subject(doc_text, skipped, e, table, level, unit.kind == "law_article",
                                      headed=skipped > s, known=known, duties=in_duty_section(unit), defined=defined)
            if part and not all(official_name(b.name, known) for b in bodies):
                bodies = []                 # 四、建设多元办学格局, 一、适用范围及部门职责: a heading naming no body
            heads = None
            if bodies and skipped > s and e - skipped <= 30 and "，" not in doc_text[skipped:e]:   # a short heading
                heading_bodies[unit.unit_id] = bodies
                # the unit's own heading answers for the whole unit, items included; so does the heading of an item
                # an article holds (第十五条…（二）市财政部门职责 1.… 4.负责建设维护…): up to that item's end
                heads = unit if s == unit.start else placed.opened_at(s, e)
            elif not bodies and unit.unit_id in heading_bodies:
                bodies = led_by_heading(doc_text, skipped, e, heading_bodies[unit.unit_id], table, level)
            s = opening = skipped
            if not bodies and unit.kind != "law_article":
                s, bodies = listed_subjects_inside(doc_text, s, e, table, level)
            named = {b.name for b in bodies}      # 成员由A、B组成: the sentence's members, whatever its subject
            members = members_named(doc_text, opening, e, table, level)
            listed = {m.name for m in members}
            # 联席会议由A、B共2个单位组成，A为牵头单位: the subject's list, with its lead, is the members' own
            if members and named <= listed and not (named == listed and any(b.role == "lead" for b in bodies)):
                bodies = members        # 联席会议由A、B，C、D等组成: the subject read after the comma is a member,
                s = opening             # and the sentence is quoted whole
            else:
                bodies = list(bodies) + [m for m in members if m.name not in named]
            line_end = doc_text.find("\n", e)
            line_end = line_end if line_end >= 0 else hi
            if bodies and DUTIES_LINE.match(fold(doc_text[bodies[-1].end:e])):
                # A：duties; more duties: the whole line is the body's (its sentences after the first name no body)
                e = duties_until = line_end
            elif bodies and fold(doc_text[bodies[-1].end:e]).strip() == "。" and unit.unit_id in heading_bodies:
                # 1.街道消委办。牵头开展…; …: the item's line is the body's duties (a later sentence may name a subject
                # of its own: 消委办负责…，协同建管中心…)
                e = line_end
            if bodies and joined is not None and not doc_text[s:e].startswith(doc_text[joined:s].strip()):
                # the pieces before, naming no subject, are what this piece's subject answers for too
                s = skip_label(doc_text, joined, e)
            if bodies:
                e -= doc_text[e - 1] in "，,"         # a piece of a sentence is quoted without its comma
                out.append(Responsibility(unit.unit_id, unit.doc_id, tuple(bodies), "text", s, e, doc_text[s:e], s,
                                          max(e, heads.end) if heads else -1))
            elif k + 1 < len(pieces):
                carry = piece_start
    out = _with_document_levels(out)
    return sorted((replace(r, bodies=_as_written(doc_text, r.bodies)) for r in out), key=lambda r: r.start)


def _with_document_levels(found: list[Responsibility]) -> list[Responsibility]:
    """A body a document names without its level (省发改委、省工信委、科技厅、商务厅; 市经贸委、国土房管局) is the one it
    names with it elsewhere (省商务厅, 市国土房管局): its canonical name says so, its name stays as written. Only when
    one level fits (省X and 市X both named: left alone) and the name has no level of its own."""
    levels = vocabulary().level_words
    written = {b.canonical for r in found for b in r.bodies}
    with_level: dict[str, set[str]] = {}
    for name in written:
        for w in levels:
            if name.startswith(w) and len(name) - len(w) >= 2 and name[len(w):] in written:
                with_level.setdefault(name[len(w):], set()).add(name)
    meant = {bare: names.pop() for bare, names in with_level.items()
             if len(names) == 1 and body_level(bare, None) is None and not bare.startswith("各")}
    if not meant:
        return found
    return [replace(r, bodies=tuple(replace(b, canonical=meant[b.canonical]) if b.canonical in meant else b
                                    for b in r.bodies)) for r in found]


def _as_written(doc_text: str, bodies: tuple) -> tuple:
    """Each body's name as the document writes it (经委(商务委), its brackets half-width): names are read on the
    folded text, whose characters stand where the document's do; the canonical name stays folded."""
    return tuple(replace(b, name=written) if (written := doc_text[b.start:b.end]) != b.name and fold(written) == b.name
                 else b for b in bodies)


def in_duty_section(unit: Unit) -> bool:
    """Does a unit sit in a section of duties (二、职责分工, 三、任务分工)?"""
    return any(word in heading for heading in unit.path[:-1] for word in vocabulary().duty_sections)


PART_HEADING = re.compile(r"[一二三四五六七八九十]{1,3}、")
DUTIES_LINE = re.compile(r"^[）)]?[：:]")    # 区应急管理局：参与…: a body, a colon, its duties


def _labelled_lines(doc_text, folded, lo, hi, brackets, table, level):
    """牵头单位：A / 责任单位：B、C lines outside brackets; labels on consecutive lines make one responsibility."""
    groups: list[list[int]] = []
    for m in vocabulary().label_pattern.finditer(folded, lo, hi):
        if any(a < m.start() < b for a, b in brackets):
            continue
        line_end = m.end()
        while line_end < hi and folded[line_end] not in "\n。；":
            line_end += 1
        if groups and not folded[groups[-1][1]:m.start()].strip(" \n；，。\t"):
            groups[-1][1] = line_end
        else:
            groups.append([m.start(), line_end])
    out = []
    for s, e in groups:
        bodies = parse_clause(doc_text, s, e, table, level)
        if bodies:
            out.append((s, e, bodies, "clause"))
    return out


def _column_role(cell: str) -> str | None:
    """The role a task table's header cell gives its column (牵头单位 → lead, 完成时限 → deadline), or None."""
    # a header's cells are short labels: a task saying 相关行业主管部门会同… is a row's text
    role = next((r for name, r in vocabulary().table_columns if name in cell), None) if len(cell) <= 12 else None
    if role is None and len(cell) <= 8 and cell.endswith(vocabulary().table_column_endings):
        role = role_by_words(cell)      # 落实推进单位, 承办部门
    return role


BODY_ROLES = ("lead", "listed", "support")


def _table_header(cells: list[str]) -> dict[int, str] | None:
    """Column → role for a task-division table's header row, or None if the row is no such header."""
    roles = {i: role for i, cell in enumerate(cells) if (role := _column_role(cell))}
    return roles if any(r in BODY_ROLES for r in roles.values()) else None


HEADER_CELL = 20        # a header cell read one per line is a short label without a stop
FRAGMENT = 3            # 牵头 / 部门: a label broken over two lines, each half this short at most


def _flat_header(lines: list, at: int, table: BodyTable) -> tuple[int, list[str]] | None:
    """A task table's header read one cell per line (序号 / 重点任务 / 牵头 / 部门 / 配合 / 部门 / 完成时限): the
    index of its last line (from `at`) and the roles of its columns in order; a label broken over two short lines is
    one cell.
    None unless a cell names a column of bodies and another a column role, or two header cells of no body
    (序号 / 工作任务) come before that one column (a lone label is none). A cell naming bodies
    (各相关部门和单位, 各行业主管部门) is a row's, not a label."""
    roles: list[str] = []
    last = -1
    labels = 0          # header cells of no body before the first column of bodies (序号, 重点任务)
    i = at
    while i < len(lines):
        cell = lines[i].text.strip()
        if len(cell) > HEADER_CELL or re.search(r"[，。；：,;:]", cell):
            break
        role = None if cell.startswith("各") or cell_bodies(cell, 0, "listed", table, None) else _column_role(cell)
        if role is None and not roles and any(w in cell for w in vocabulary().table_header_words):
            labels += 1
        if role is None and len(cell) <= FRAGMENT and i + 1 < len(lines) \
                and len(nxt := lines[i + 1].text.strip()) <= FRAGMENT and _column_role(cell + nxt):
            role = _column_role(cell + nxt)
            i += 1
        if role:
            roles.append(role)
            last = i
        i += 1
    if any(r in BODY_ROLES for r in roles) and (len(roles) >= 2 or labels >= 2):
        return last, roles
    return None


def flat_table_rows(doc_text: str, lo: int, hi: int, table: BodyTable, level: str | None,
                    headers: dict[int, int] | None = None) -> list:
    """Rows of a task table whose cells reached the text one per line (a web page or a PDF saved as text): after
    a header read by _flat_header, each run of lines naming only bodies is a row's body cells, matched to the
    header's columns of bodies in order. More lines than columns: the first column's cell held several names on
    lines of their own (the annotators' reading of 设施运行处 / 设施养护处 under 牵头部门); fewer: a cell was
    merged with the row above and which one is unknown, so the bodies are listed without a role."""
    lines = [line for line in lines_with_offsets(doc_text, lo, hi) if line.text.strip()]
    out: list = []
    i = 0
    while i < len(lines):
        header = _flat_header(lines, i, table) if _may_open_header(lines[i].text.strip()) else None
        if header is None:
            i += 1
            continue
        last, roles = header
        columns = [r for r in roles if r in BODY_ROLES]
        i = last + 1
        run: list = []
        header_end = lines[last].end
        while i <= len(lines):
            line = lines[i] if i < len(lines) else None
            text = line.text.strip() if line else ""
            ends = line is None or text.startswith("附件") or \
                _may_open_header(text) and _flat_header(lines, i, table) is not None
            # a line holding only the next row's number (序号) is no cell of this row: it opens the next
            number = bool(ROW_NUMBER.fullmatch(text))
            cells = None if ends or number else cell_bodies(line.text, line.start, "listed", table, level)
            if cells is not None and not run and i > 0 and _unfinished_heading(lines[i - 1].text):
                cells = None        # 5.实化运行消防 / 安全委员会: a task's heading wrapped, not a cell of bodies
            if cells is not None:
                if run and run[-1][0].text.rstrip().endswith(("、", "，", ",")):
                    # 区委编办、 / 各街道: one cell wrapped after its comma
                    previous, earlier = run.pop()
                    line, cells = Line(previous.start, line.end, doc_text[previous.start:line.end]), earlier + cells
                run.append((line, cells))
                i += 1
                continue
            if run:
                out.append(_flat_row(run, columns))
                if headers is not None and header_end is not None and out[-1][2]:
                    headers[out[-1][0]] = header_end
                    header_end = None
                run = []
            if ends:
                break
            i += 1
    return [row for row in out if row[2]]


ROW_NUMBER = re.compile(r"\d{1,3}[.．、]?")
ITEM_HEADING = re.compile(r"^(?:\d{1,2}[.．、]|[（(][\d一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)")


def _unfinished_heading(text: str) -> bool:
    """A numbered line that ends without a stop (5.实化运行消防): its text goes on on the next line."""
    text = text.strip()
    return bool(ITEM_HEADING.match(text)) and text[-1] not in "。；：:;！？）)"


def _may_open_header(text: str) -> bool:
    """Can a line open a task table's header (a role label, a fragment of one, 序号 or 工作任务)?"""
    return bool(_column_role(text)) or len(text) <= FRAGMENT or \
        (len(text) <= HEADER_CELL and any(w in text for w in vocabulary().table_header_words))


def _flat_row(run: list, columns: list[str]) -> tuple:
    if len(run) < len(columns):
        roles = ["listed"] * len(run)
    else:
        roles = [columns[0]] * (len(run) - len(columns) + 1) + columns[1:]
    mentions, named = [], set()
    for (_, cells), role in zip(run, roles):
        for m in cells:
            if m.name not in named:     # one body in two columns (配合 and 实施) keeps its first role
                named.add(m.name)
                mentions.append(replace(m, role=role))
    return run[0][0].start, run[-1][0].end, mentions, "table"


def table_rows(doc_text: str, lo: int, hi: int, table: BodyTable, level: str | None) -> list:
    """Rows of task-division tables (序号 | 任务 | 牵头单位 | 配合单位 | 完成时限, one row a line, cells split by |):
    each row's bodies from its role columns. A row with one or two cells fewer than the header lost merged cells
    on the left, so cells are matched from the right."""
    out, header, width = [], None, 0
    for line in lines_with_offsets(doc_text, lo, hi):
        if "|" not in line.text and line.text.strip().count("\t") < 2:
            text = line.text.strip()
            if len(text) > 60 or text.startswith("附件"):   # a paragraph or an attachment: the table ended
                header = None                             # (a short line is a section row of the table)
            continue
        raw = table_cells(line.text)
        cells = [c.strip() for c in raw]
        roles = _table_header(cells)
        if roles:
            header, width = roles, len(cells)
            continue
        if header is None or len(cells) < max(2, width - 2) or len(cells) > width:
            header = None if len(cells) > width else header     # another table
            continue
        shift = width - len(cells)
        mentions = []
        pos = line.start
        starts = []
        for cell in raw:
            starts.append(pos)
            pos += len(cell) + 1
        for i, cell in enumerate(raw):
            role = header.get(i + shift)
            if role in ("lead", "listed", "support") and cell.strip():
                lead_ws = len(cell) - len(cell.lstrip())
                mentions += list_bodies(fold(cell.strip()), starts[i] + lead_ws, role, table, level, lenient=True) or []
        if mentions:
            out.append((line.start, line.end, mentions, "table"))
    return out


def _apply_conventions(folded: str, lo: int, hi: int, found: list) -> list:
    """列第一位者为牵头单位，下同: from the clause stating it on, the first body of a list without a lead leads."""
    starts = [m.start() for p in vocabulary().conventions for m in p.finditer(folded, lo, hi)]
    if not starts:
        return found
    first = min(starts)
    out = []
    for s, e, bodies, source in found:
        if e > first and bodies and not any(b.role == "lead" for b in bodies) and bodies[0].role == "listed":
            bodies = [replace(bodies[0], role="lead")] + bodies[1:]
        out.append((s, e, bodies, source))
    return out


class _Placer:
    """The smallest citable unit holding a span (units nest, so it is the containing one that starts last)."""

    def __init__(self, units: list[Unit]) -> None:
        self.units = sorted((u for u in units if u.kind not in NOT_CITABLE), key=lambda u: (u.start, -u.end))
        self.starts = [u.start for u in self.units]
        self.nested = {}        # the units no citation names (an article's items), by where they start
        for u in units:
            if u.kind in NOT_CITABLE:
                self.nested.setdefault(u.start, u)

    def smallest(self, s: int, e: int) -> Unit | None:
        best = None
        for i in range(bisect.bisect_right(self.starts, s) - 1, -1, -1):
            u = self.units[i]
            if u.start <= s and e <= u.end and (best is None or u.end - u.start < best.end - best.start):
                best = u
                if u.kind not in ("preamble", "notice"):
                    break
        return best

    def opened_at(self, s: int, e: int) -> Unit | None:
        """The item (a unit no citation names) a span opens, holding it whole."""
        u = self.nested.get(s)
        return u if u is not None and e <= u.end else None


@dataclass(frozen=True)
class Task:
    """One entry of a body's reverse index."""
    unit_id: str
    role: str
    source: str
    position: int            # 1 = listed first
    shared_with: tuple[str, ...]


def reverse_index(responsibilities: list[Responsibility]) -> dict[str, list[Task]]:
    """Canonical body → every unit it is responsible for, in the order the responsibilities come."""
    index: dict[str, list[Task]] = {}
    for r in responsibilities:
        names = [b.canonical for b in r.bodies]
        for position, body in enumerate(r.bodies, 1):
            tasks = index.setdefault(body.canonical, [])
            if any(t.unit_id == r.unit_id and t.role == body.role for t in tasks):
                continue
            others = tuple(n for n in names if n != body.canonical)
            tasks.append(Task(r.unit_id, body.role, r.source, position, others))
    return index
