"""Who is responsible: bodies from responsibility clauses and sentences, an alias table, a reverse index.

Forms recognised (see FACTS.md):
  clause  （A、B和C等按职责分工负责）            bare list: roles "listed", the first is *listed first*, not lead
          （A牵头，B、C按职责分工负责）           A lead, B and C listed
          牵头单位：A；配合单位：B、C / 责任单位：A   lead / support / responsible
  text    由A牵头，B、C配合                        A lead, B and C support
          A会同B…   A负责…                        A lead / responsible
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .structure import skip_label
from .textutil import fold, read_table, sentence_spans
from .types import BodyMention, Responsibility, Unit

BODY_SUFFIX = r"(?:局|委|办|院|部|会|中心|分局|海关|政府|园区|联|所|队|站|室|处|厅|署|团区委)"
BODY_LIKE = re.compile(rf"^(?:区|市|县|东丽|天津|公安|规资|团|各街道|国家|中共|共青团)[\u4e00-\u9fff]{{0,16}}{BODY_SUFFIX}$")
CLAUSE = re.compile(r"（([^（）]{2,600}?)(?:等)?(按职责分工负责|分工负责|负责|牵头|配合)）")
LABELLED = re.compile(r"(牵头单位|责任单位|配合单位|主责单位|协办单位|参与单位)\s*：\s*([^；。\n]+)")
LABEL_ROLE = {"牵头单位": "lead", "主责单位": "lead", "责任单位": "responsible", "配合单位": "support",
              "协办单位": "support", "参与单位": "support"}
TEXT_LEAD = re.compile(r"^(?:由)?(?P<body>\S{2,24}?)(?P<verb>会同|牵头|负责|统筹)")
GENERIC = {"有关部门", "各部门", "各单位", "相关部门", "各有关部门", "各级", "有关单位", "其他有关部门", "有关主管部门"}
# authorities as laws name them: 国务院市场监督管理部门, 县级以上地方人民政府农业农村主管部门, 公安机关 …
LAW_BODY = r"[\u4e00-\u9fff、]{2,40}?(?:部门|机关|机构|人民政府)"
LAW_VERBS = (r"会同|商|规划和组织|组织|制定|负责|主管|统一管理|统一监督管理|管理|统筹|公布|实施|审批|确定|认定|考核|监督|决定|吊销|责令|没收|"
             r"依照|按照|给予|建立|指定|授权|批准|备案|发布|废止|公告|追究|查处|处理|调查|处罚|撤销|检查|设置")
LAW_BY = re.compile(rf"由(?P<body>{LAW_BODY}|国务院)(?:依法)?(?P<verb>{LAW_VERBS})")
LAW_SUBJECT = re.compile(rf"^(?P<body>(?:国务院|县级以上|省|设区的市|地方各级|各级|公安|国家)[^，。；：由报]{{0,38}}?"
                         rf"(?:部门|机关|机构|人民政府))(?P<verb>{LAW_VERBS}|应当|可以|在|对)")


@dataclass
class BodyTable:
    """Canonical body names and every alias that points to one of them."""
    aliases: dict[str, str] = field(default_factory=dict)   # alias → canonical
    names: list[str] = field(default_factory=list)

    @classmethod
    def load(cls, path: str | Path | None) -> "BodyTable":
        table = cls()
        for entry in read_table(path, "bodies"):
            table.add(entry["name"], entry.get("aliases", []))
        return table

    def add(self, name: str, aliases=()) -> None:
        if name not in self.names:
            self.names.append(name)
        forms = {name, *aliases}
        if name.startswith("区") and len(name) >= 4 and not name.startswith("区委"):
            forms |= {name[1:], "东丽" + name}
        for form in forms:
            self.aliases.setdefault(form, name)

    def canonical(self, name: str) -> str:
        return self.aliases.get(name, name)

    def is_body(self, name: str) -> bool:
        return name in self.aliases or bool(BODY_LIKE.match(name))

    def find(self, text: str) -> list[tuple[str, int, int]]:
        """Bodies named in free text (a question): (canonical, start, end), longest alias first, no overlaps."""
        folded = fold(text)
        found, taken = [], [False] * len(folded)
        for alias in sorted(self.aliases, key=len, reverse=True):
            for m in re.finditer(re.escape(alias), folded):
                if not any(taken[m.start():m.end()]):
                    found.append((self.aliases[alias], m.start(), m.end()))
                    for i in range(m.start(), m.end()):
                        taken[i] = True
        return sorted(found, key=lambda f: f[1])


def split_bodies(text: str, start: int, table: BodyTable) -> list[tuple[str, int, int]]:
    """'A、B和C' → [(A, s, e), …] with offsets; 和/及/与 split only where both sides are bodies."""
    pieces, pos = [], start
    for part in re.split(r"([、，,；;])", text):
        if part and part not in "、，,；;":
            pieces.extend(_split_and(part, pos, table))
        pos += len(part)
    return [(name.strip(), s, e) for name, s, e in pieces if name.strip()]


def _split_and(part: str, pos: int, table: BodyTable) -> list[tuple[str, int, int]]:
    if table.is_body(part) and part in table.aliases:
        return [(part, pos, pos + len(part))]
    for m in re.finditer(r"[和及与]", part):
        left, right = part[:m.start()], part[m.end():]
        if table.is_body(left) and (table.is_body(right) or _split_and(right, 0, table)[0][0] != right):
            return [(left, pos, pos + len(left))] + _split_and(right, pos + m.end(), table)
    return [(part, pos, pos + len(part))]


def _mentions(text: str, start: int, role: str, table: BodyTable) -> list[BodyMention]:
    return [BodyMention(name, table.canonical(name), role, s, e)
            for name, s, e in split_bodies(text, start, table)
            if name not in GENERIC and table.is_body(name)]


def clause_responsibility(doc_text: str, unit: Unit, table: BodyTable) -> Responsibility | None:
    """The bracketed clause closing a unit: （A、B和C等按职责分工负责）, possibly with 牵头 groups."""
    folded = fold(doc_text[unit.start:unit.end])
    best = None
    for m in CLAUSE.finditer(folded):
        if folded[m.end():].strip() == "" or folded[m.end():].lstrip().startswith("\n"):
            best = m  # the clause that ends the unit's own text
    if best is None:
        return None
    mentions: list[BodyMention] = []
    inner_start = unit.start + best.start(1)
    groups = re.split(r"([，；])", best.group(1))
    pos, last = inner_start, len([g for g in groups if g not in "，；"]) - 1
    index = 0
    for group in groups:
        if group in ("，", "；"):
            pos += 1
            continue
        role = "listed"
        body_text = group
        m = re.search(r"(牵头|配合|参与|等?按职责分工负责|等?分工负责|等?负责)$", group)
        if m:
            body_text = group[:m.start()]
            role = {"牵头": "lead", "配合": "support", "参与": "support"}.get(m.group(1), "listed")
        elif index == last:
            role = {"牵头": "lead", "配合": "support"}.get(best.group(2), "listed")
        body_text = re.sub(r"等$", "", body_text)
        mentions += _mentions(body_text, pos, role, table)
        pos += len(group)
        index += 1
    if not mentions:
        return None
    start, end = unit.start + best.start(), unit.start + best.end()
    return Responsibility(unit.unit_id, unit.doc_id, tuple(mentions), "clause", start, end, doc_text[start:end])


def labelled_responsibility(doc_text: str, unit: Unit, table: BodyTable) -> Responsibility | None:
    """牵头单位：A；配合单位：B、C and 责任单位：A, B inside a unit's text."""
    folded = fold(doc_text[unit.start:unit.end])
    mentions, first, last = [], None, None
    for m in LABELLED.finditer(folded):
        role = LABEL_ROLE[m.group(1)]
        mentions += _mentions(m.group(2).strip(), unit.start + m.start(2), role, table)
        first = unit.start + m.start() if first is None else first
        last = unit.start + m.end()
    if not mentions:
        return None
    return Responsibility(unit.unit_id, unit.doc_id, tuple(mentions), "clause", first, last, doc_text[first:last])


def text_responsibilities(doc_text: str, unit: Unit, table: BodyTable, skip: tuple[int, int] | None) -> list[Responsibility]:
    """Sentences whose subject is a body: 区市场监管局会同有关部门…, 由区X局牵头，…配合, 区X局负责…"""
    out = []
    for s, e in sentence_spans(doc_text, unit.start, unit.end):
        if skip and s >= skip[0] and e <= skip[1]:
            continue
        s = skip_label(doc_text, s, e)
        sentence = fold(doc_text[s:e])
        mentions = []
        m = TEXT_LEAD.match(sentence)
        if m and m.group("body") not in GENERIC and table.is_body(m.group("body")):
            role = "lead" if m.group("verb") in ("会同", "牵头", "统筹") else "responsible"
            mentions.append(BodyMention(m.group("body"), table.canonical(m.group("body")), role,
                                        s + m.start("body"), s + m.end("body")))
            support = re.match(r"[，,]?([^，。；]{2,200}?)(配合|参与|协助)", sentence[m.end():])
            if m.group("verb") == "牵头" and support:
                mentions += _mentions(support.group(1), s + m.end() + support.start(1), "support", table)
        if not mentions:
            mentions = _law_authorities(sentence, s, table)
        if mentions:
            out.append(Responsibility(unit.unit_id, unit.doc_id, tuple(mentions), "text", s, e, doc_text[s:e]))
    return out


def _law_authorities(sentence: str, offset: int, table: BodyTable) -> list[BodyMention]:
    """国务院市场监督管理部门主管…, 由县级以上地方市场监督管理部门责令… : the authorities a law sentence names."""
    mentions, seen = [], set()
    candidates = [LAW_SUBJECT.match(sentence)] + list(LAW_BY.finditer(sentence))
    for m in candidates:
        if m is None:
            continue
        body = m.group("body")
        if body in GENERIC or body.startswith(("其他", "有关", "相关")) or (len(body) < 4 and body != "国务院") \
                or body in seen:
            continue
        seen.add(body)
        role = "lead" if m.group("verb") in ("会同", "商") else "responsible"
        for name, start, end in _split_authorities(body, offset + m.start("body")):
            if name not in GENERIC and not name.startswith(("其他", "有关", "相关")):
                mentions.append(BodyMention(name, table.canonical(name), role, start, end))
    return mentions


def _split_authorities(body: str, offset: int) -> list[tuple[str, int, int]]:
    """国务院农业农村主管部门、市场监督管理部门 → both; 国务院铁路、交通、水利等有关部门 stays whole."""
    parts, pos = [], 0
    for m in re.finditer(r"、|和|或者", body):
        parts.append((body[pos:m.start()], pos))
        pos = m.end()
    parts.append((body[pos:], pos))
    if len(parts) > 1 and all(re.search(r"(部门|机关|机构|人民政府)$", p) and len(p) >= 4 for p, _ in parts):
        return [(p, offset + at, offset + at + len(p)) for p, at in parts]
    return [(body, offset, offset + len(body))]


def extract(doc_text: str, units: list[Unit], table: BodyTable) -> list[Responsibility]:
    """Every responsibility in a document's retrievable units, in document order."""
    out = []
    for unit in units:
        if not unit.retrievable:
            continue
        clause = clause_responsibility(doc_text, unit, table) or labelled_responsibility(doc_text, unit, table)
        if clause:
            out.append(clause)
        out += text_responsibilities(doc_text, unit, table, (clause.start, clause.end) if clause else None)
    return out


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
