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
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from .structure import skip_label
from .textutil import fold, lines_with_offsets, read_table, sentence_spans
from .types import BodyMention, Responsibility, Unit

DATA = Path(__file__).parent / "data" / "responsibility.json"
GENERIC_HEAD = ("有关", "相关", "其他", "各有关", "各相关")
OPEN_CLOSE = {"（": "）", "〔": "〕", "［": "］", "【": "】"}
NOT_A_NAME = re.compile(r"[，。；：、\s“”《》\d]|[由的要将是把]|会同|牵头|负责|配合|参与|有关|相关")
# authorities as laws name them: 国务院市场监督管理部门, 县级以上地方人民政府农业农村主管部门, 公安机关 …
LAW_BODY = r"[\u4e00-\u9fff、]{2,40}?(?:部门|机关|机构|人民政府)"
LAW_VERBS = (r"会同|商|规划和组织|组织|制定|负责|主管|统一管理|统一监督管理|管理|统筹|公布|实施|审批|确定|认定|考核|监督|决定|吊销|责令|没收|"
             r"依照|按照|给予|建立|指定|授权|批准|备案|发布|废止|公告|追究|查处|处理|调查|处罚|撤销|检查|设置")
LAW_BY = re.compile(rf"由(?P<body>{LAW_BODY}|国务院)(?:依法)?(?P<verb>{LAW_VERBS})")
LAW_SUBJECT = re.compile(rf"^(?P<body>(?:国务院|县级以上|省|设区的市|地方各级|各级|公安|国家)[^，。；：由报]{{0,38}}?"
                         rf"(?:部门|机关|机构|人民政府))(?P<verb>{LAW_VERBS}|应当|可以|在|对)")


@dataclass(frozen=True)
class Vocabulary:
    """The package's data/responsibility.json, compiled once."""
    suffixes: tuple[str, ...]
    not_bodies: tuple[str, ...]
    not_in_names: tuple[str, ...]
    generic_endings: tuple[str, ...]
    not_name_heads: tuple[str, ...]
    generic: frozenset
    collective: tuple[str, ...]            # longest first
    role_tails: tuple[tuple[str, str], ...]
    labels: dict
    label_pattern: re.Pattern
    conventions: tuple[re.Pattern, ...]
    subject: re.Pattern
    subject_law: re.Pattern
    support: re.Pattern
    table_columns: tuple[tuple[str, str], ...]
    verbs_after_subject: tuple[str, ...]
    levels: tuple[tuple[re.Pattern, str], ...]
    issuer_levels: tuple[tuple[re.Pattern, str], ...]


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    raw = json.loads(DATA.read_text(encoding="utf-8"))
    labels = dict(raw["labels"])
    verbs = "|".join(raw["subject_verbs"])
    return Vocabulary(
        tuple(sorted(raw["body_suffixes"], key=len, reverse=True)), tuple(raw["not_bodies"]), tuple(raw["not_in_names"]),
        tuple(raw["generic_endings"]), tuple(raw["not_name_heads"]), frozenset(raw["generic"]),
        tuple(sorted(raw["collective"], key=len, reverse=True)),
        tuple(sorted(((t, r) for t, r in raw["role_tails"]), key=lambda p: len(p[0]), reverse=True)), labels,
        re.compile(rf"({'|'.join(sorted(labels, key=len, reverse=True))})\s*[：:]\s*"),
        tuple(re.compile(p) for p in raw["conventions"]),
        re.compile(rf"^(?:[^，。；]{{2,14}}(?:前|后|起|以来)，)?(?:由)?(?P<body>[^，。；：]{{2,60}}?)(?P<verb>{verbs})"),
        re.compile(rf"^(?:由)?(?P<body>[^，。；：]{{2,60}}?)(?P<verb>{'|'.join(raw['subject_verbs_law'])})"),
        re.compile(rf"^[，、]?(?P<body>[^，。；]{{2,200}}?)(?:等)?(?:{'|'.join(raw['support_verbs'])})"),
        tuple((c, r) for c, r in raw["table_columns"]), tuple(sorted(raw["verbs_after_subject"], key=len, reverse=True)),
        tuple((re.compile(p), level) for p, level in raw["levels"]),
        tuple((re.compile(p), level) for p, level in raw["issuer_levels"]))


def looks_like_body(name: str) -> bool:
    """A government body by the morphology of its name (…部/委/局/办/署/人民政府 …, 各区、县级市); its other names
    may follow in brackets (区经委（商务委）, 区委宣传部（区文明办、区政府新闻办）)."""
    v = vocabulary()
    if name in v.collective:
        return True
    base = re.sub(r"（[^（）]{1,30}）$", "", name)
    if base.startswith(v.not_name_heads) or any(w in base for w in v.not_in_names):
        return False
    if not 2 <= len(base) <= 25 or base in v.generic or base.startswith(GENERIC_HEAD) or \
            NOT_A_NAME.search(base.replace("（", "").replace("）", "")):
        return False
    return (base.endswith(v.suffixes) or base.endswith("部门")) and not base.endswith(v.not_bodies)


def body_level(name: str, default: str | None) -> str | None:
    """国家 / 省 / 市 / 区 / 县 / 街道 from the name's own prefix, else the issuer's level."""
    for pattern, level in vocabulary().levels:
        if pattern.match(name):
            return level
    return default


def issuer_level(issuer: str | None) -> str | None:
    """The level of government of a document's issuer: 国务院办公厅 → 国家, …区人民政府 → 区."""
    for pattern, level in vocabulary().issuer_levels:
        if issuer and pattern.search(issuer):
            return level
    return None


@dataclass
class BodyTable:
    """A corpus's own aliases for its bodies (local knowledge: corpus/bodies.json). It applies to bodies of its
    own level only, so a national 发展改革委 is never the district's 区发改委."""
    aliases: dict[str, str] = field(default_factory=dict)   # alias → canonical
    names: list[str] = field(default_factory=list)
    level: str | None = None
    place: str | None = None       # the table's place name: 区X is also written <place>区X

    @classmethod
    def load(cls, path: str | Path | None) -> "BodyTable":
        meta = json.loads(Path(path).read_text(encoding="utf-8")) if path and Path(path).exists() else {}
        table = cls(level=meta.get("level"), place=meta.get("place"))
        for entry in read_table(path, "bodies"):
            table.add(entry["name"], entry.get("aliases", []))
        return table

    def add(self, name: str, aliases=()) -> None:
        if name not in self.names:
            self.names.append(name)
        forms = {name, *aliases}
        # 区X is also X; but 区委宣传部 is the party committee's, 委宣传部 is no name
        if self.level and name.startswith(self.level) and len(name) >= 4 and name[len(self.level)] != "委":
            forms.add(name[len(self.level):])
            if self.place:
                forms.add(self.place + name)
        for form in forms:
            self.aliases.setdefault(form, name)

    def canonical(self, name: str, level: str | None = None) -> str:
        """The table's name for `name`; a body of another level than the table's keeps its own name."""
        if level and self.level and level != self.level:
            return name
        return self.aliases.get(name, name)

    def is_body(self, name: str) -> bool:
        return name in self.aliases or looks_like_body(name)

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


# ------------------------------------------------------------------ lists of bodies

def split_bodies(text: str, start: int, table: BodyTable) -> list[tuple[str, int, int]]:
    """'A、B和C' → [(A, s, e), …] with offsets. Collective bodies (各区、县级市) stay whole; 和/及/与 split only
    where both sides are bodies (文化和旅游部 stays one)."""
    atoms, pos = [], 0
    pattern = "|".join(re.escape(c) for c in vocabulary().collective)
    inside = _bracketed(text)
    for m in re.finditer(rf"({pattern})(?=[、，；和及与等]|$)|[、，；]", text):
        if not m.group(1) and inside[m.start()]:
            continue        # 区委宣传部（区文明办、区政府新闻办）: a body with its other names, one body
        if m.group(1):
            atoms.append((text[pos:m.start()], pos))
            atoms.append((m.group(1), m.start(), True))
        else:
            atoms.append((text[pos:m.start()], pos))
        pos = m.end()
    atoms.append((text[pos:], pos))
    out = []
    for atom in atoms:
        piece, at = atom[0], atom[1]
        if len(atom) == 3:
            out.append((piece, start + at, start + at + len(piece)))
            continue
        lead = len(piece) - len(piece.lstrip())
        piece = piece.strip()
        if piece[:1] in ("由", "和", "及", "与"):
            piece, lead = piece[1:], lead + 1
        piece = re.sub(r"(?:等|和|及|与)$", "", piece)
        if piece:
            out.extend(_split_and(piece, start + at + lead, table))
    return out


def _bracketed(text: str) -> list[bool]:
    """For each character: is it inside （…）?"""
    depth, out = 0, []
    for ch in text:
        depth += ch == "（"
        out.append(depth > 0)
        depth -= ch == "）" and depth > 0
    return out


def _split_and(part: str, pos: int, table: BodyTable) -> list[tuple[str, int, int]]:
    if part in table.aliases:
        return [(part, pos, pos + len(part))]
    for m in re.finditer(r"[和及与]", part):
        left, right = part[:m.start()], part[m.end():]
        if table.is_body(left) and right and table.is_body(_split_and(right, 0, table)[0][0]):
            return [(left, pos, pos + len(left))] + _split_and(right, pos + m.end(), table)
    return [(part, pos, pos + len(part))]


def _group(text: str, start: int, role: str, table: BodyTable, level: str | None,
           lenient: bool = False) -> list[BodyMention] | None:
    """The bodies of one list, or None when a piece of it is neither a body nor a generic word. `lenient`: a
    labelled list (责任单位：…) names bodies by definition; a short piece that reads as a name is one."""
    v = vocabulary()
    mentions = []
    for name, s, e in split_bodies(text, start, table):
        if name in v.generic or name.startswith(("有关", "相关", "其他")) or name.endswith(v.generic_endings):
            continue
        if not table.is_body(name):
            if lenient and len(name) <= 16 and not NOT_A_NAME.search(name):
                pass
            else:
                return None
        own = body_level(name, level)
        mentions.append(BodyMention(name, table.canonical(name, own), role, s, e, own or ""))
    return mentions


# ------------------------------------------------------------------ clauses

def bracket_spans(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """Top-level bracketed spans (open, close) in folded[start:end]; nested brackets stay inside."""
    spans, stack = [], []
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
    return spans


def _tail(group: str) -> tuple[str, str | None]:
    for tail, role in vocabulary().role_tails:
        if group.endswith(tail) and len(group) > len(tail):
            return group[:-len(tail)], role
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
    for group in re.split(r"([，；])", folded):
        at, pos = pos, pos + len(group)
        if group in ("，", "；") or not group.strip():
            continue
        found = _tailed_group(group, start + at, table, level)
        if found is None:
            continue
        body_mentions, has_tail = found
        tailed = tailed or has_tail
        mentions += body_mentions
    return mentions if tailed and mentions else None


def _tailed_group(group: str, start: int, table: BodyTable, level: str | None):
    stripped = group.rstrip()
    names, role = _tail(stripped)
    if "会同" in names:      # A会同B负责: A leads, B supports
        left, right = names.split("会同", 1)
        lead = _group(left, start, "lead", table, level)
        support = _group(right, start + len(left) + 2, "support", table, level)
        if lead and support is not None:
            return lead + support, True
        return None
    mentions = _group(names, start, role or "listed", table, level)
    if not mentions:
        return None
    return mentions, role is not None


def _labelled(folded: str, start: int, labels: list, table: BodyTable, level: str | None):
    mentions = []
    for i, m in enumerate(labels):
        stop = labels[i + 1].start() if i + 1 < len(labels) else len(folded)
        value = re.split(r"[；。\n]", folded[m.end():stop])[0]
        names, _ = _tail(value.rstrip("，、 "))
        found = _group(names, start + m.end(), vocabulary().labels[m.group(1)], table, level, lenient=True)
        mentions += found or []
    return mentions or None


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
            found.append((s, e + 1, bodies, "clause"))
    found += _labelled_lines(doc_text, folded, lo, hi, brackets, table, level)
    found += table_rows(doc_text, lo, hi, table, level)
    found.sort(key=lambda f: f[0])
    found = _apply_conventions(folded, lo, hi, found)
    placed = _Placer(units)
    out, last_end = [], {}
    for s, e, bodies, source in found:
        unit = placed.smallest(s, e)
        if unit is None:
            continue
        scope = max(unit.start, last_end.get(unit.unit_id, unit.start))
        last_end[unit.unit_id] = e
        out.append(Responsibility(unit.unit_id, unit.doc_id, tuple(bodies), source, s, e, doc_text[s:e], scope))
    spans = [(s, e) for s, e, _, _ in found]
    known = {b.name for _, _, bodies, _ in found for b in bodies}     # names the document itself makes responsible
    for s, e in sentence_spans(doc_text, lo, hi):
        if any(a < e and s < b for a, b in spans):
            continue
        unit = placed.smallest(s, e)
        if unit is None:
            continue
        skipped = skip_label(doc_text, s, e)
        bodies = _subject(doc_text, skipped, e, table, level, unit.kind == "law_article", headed=skipped > s,
                          known=known)
        s = skipped
        if bodies:
            out.append(Responsibility(unit.unit_id, unit.doc_id, tuple(bodies), "text", s, e, doc_text[s:e], s))
    return sorted(out, key=lambda r: r.start)


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


def _table_header(cells: list[str]) -> dict[int, str] | None:
    """Column → role for a task-division table's header row, or None if the row is no such header."""
    roles = {}
    for i, cell in enumerate(cells):
        role = next((r for name, r in vocabulary().table_columns if name in cell), None)
        if role:
            roles[i] = role
    return roles if any(r in ("lead", "listed", "support") for r in roles.values()) else None


def table_rows(doc_text: str, lo: int, hi: int, table: BodyTable, level: str | None) -> list:
    """Rows of task-division tables (序号 | 任务 | 牵头单位 | 配合单位 | 完成时限, one row a line, cells split by |):
    each row's bodies from its role columns. A row with one or two cells fewer than the header lost merged cells
    on the left, so cells are matched from the right."""
    out, header, width = [], None, 0
    for line in lines_with_offsets(doc_text, lo, hi):
        if "|" not in line.text:
            text = line.text.strip()
            if len(text) > 60 or text.startswith("附件"):   # a paragraph or an attachment: the table ended
                header = None                             # (a short line is a section row of the table)
            continue
        cells = [c.strip() for c in line.text.split("|")]
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
        for cell in line.text.split("|"):
            starts.append(pos)
            pos += len(cell) + 1
        for i, cell in enumerate(line.text.split("|")):
            role = header.get(i + shift)
            if role in ("lead", "listed", "support") and cell.strip():
                lead_ws = len(cell) - len(cell.lstrip())
                mentions += _group(fold(cell.strip()), starts[i] + lead_ws, role, table, level, lenient=True) or []
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

    def smallest(self, s: int, e: int) -> Unit | None:
        import bisect
        best = None
        for i in range(bisect.bisect_right(self.starts, s) - 1, -1, -1):
            u = self.units[i]
            if u.start <= s and e <= u.end and (best is None or u.end - u.start < best.end - best.start):
                best = u
                if u.kind not in ("preamble", "notice"):
                    break
        return best


LEAD_NAMED = re.compile(r"([^，。；、]{2,25}?)为牵头(?:单位|部门)")
SUBJECT_TIME = re.compile(r"^(?:(?:目前|当前|同时|此外|另外|下一步|近期|今后|今年|明年|其中)，|\d{4}年[^，。；]{0,14}?，|[^，。；]{2,14}(?:前|后|起|以来)，|"
                          r"(?:每年|\d{4}年)?\d{1,2}月(?:底|末|中旬|上旬|下旬)?(?:前|以前|起|后)|"
                          r"\d{4}年(?:[、和至到—-]\d{4}年)*(?:底|内)?(?:前|起|以来)?)")


def _subject(doc_text: str, s: int, e: int, table: BodyTable, level: str | None, law: bool,
             headed: bool = False, known: set[str] = frozenset()) -> list[BodyMention]:
    """由A牵头，B、C配合 / A会同B… / A负责… / A：负责… / a heading that is a body: the body that is a sentence's
    subject (and its partners). Laws name authorities in their own way."""
    sentence = fold(doc_text[s:e])
    if law:
        found = _law_authorities(sentence, s, table)
        if found:
            return found
        m = vocabulary().subject_law.match(sentence)
        if not m:
            return []
        role = "lead" if m.group("verb") in ("会同", "牵头") else "responsible"
        return _group(m.group("body"), s + m.start("body"), role, table, level) or []
    at = 0
    time = SUBJECT_TIME.match(sentence)
    if time:
        at = time.end()
    if sentence[at:at + 1] == "由":
        at += 1
    names, end = _subject_list(sentence, at)
    rest = sentence[end:]
    whole = headed and not rest.strip("：: ")     # （一）区建管委: a heading that is a body heads its duties
    if names and not (whole or (rest[:1] and rest[:1] in "：:") or _verb_after(rest)
                      or _plain_subject(names, rest, known)):
        names = []
    if not names:       # …推进由A与B落实 / …由A牵头，B配合落实 / 经A审核批准: 由 or 经 bring the subject later
        for m in re.finditer("由|经", sentence):
            names, end = _subject_list(sentence, m.end())
            if names and _verb_after(sentence[end:]):
                break
            names = []
    if not names:
        names, end = _sectors(sentence, at)
        if names and not _verb_after(sentence[end:]):
            names = []
    if not names:
        return []
    rest = sentence[end:]
    verb_rest = ADVERB.sub("", rest, count=1)
    verb = next((v for v in ("会同", "牵头") if verb_rest.startswith(v)), None)
    role = "lead" if verb else "responsible"
    split = [piece for n, a, b in names for piece in _split_and(n, a, table)]     # A和B: two bodies
    named_lead = LEAD_NAMED.search(sentence[end:])      # …组成，A为牵头单位
    mentions = [BodyMention(n, table.canonical(n, body_level(n, level)),
                            "lead" if named_lead and named_lead.group(1) == n else role, s + a, s + b,
                            body_level(n, level) or "")
                for n, a, b in split]
    offset = s + end + (len(rest) - len(verb_rest))
    if verb == "会同":
        mentions += _leading_bodies(verb_rest[2:], offset + 2, table, level)
    elif verb == "牵头":
        partners = vocabulary().support.match(verb_rest[2:])
        if partners:
            mentions += _group(partners.group("body"), offset + 2 + partners.start("body"), "support",
                               table, level) or []
    else:
        together = TOGETHER.match(verb_rest)      # A将与B、C等单位一起…: all of them
        if together:
            mentions += [replace(m, role="responsible") for m in
                         _group(together.group(1), offset + together.start(1), "responsible", table, level) or []]
    return mentions


ADVERB = re.compile(r"^(?:已经|已|正在|将|要|也|还|仍|继续|进一步|要继续|应|应当)")
TOGETHER = re.compile(r"^[与和同]([^，。；]{2,80}?)(?:等(?:有关)?(?:单位|部门))?(?:一起|共同)")
NOT_A_SUBJECT = ("的", "之", "所", "关于", "等", "各", "有关", "相关", "下属", "直属")   # 国务院各有关部门: not 国务院
OFFICIAL_HEAD = ("国家", "国务院", "中央", "省", "市", "区", "县", "各", "自治区")
SECTORS = re.compile(r"^((?:[\u4e00-\u9fff]{2,8}?、)+[\u4e00-\u9fff]{2,8}?)等?(?:有关)?部门")


def _verb_after(rest: str) -> bool:
    return ADVERB.sub("", rest, count=1).startswith(vocabulary().verbs_after_subject) or \
        rest.startswith(vocabulary().verbs_after_subject)


def _plain_subject(names: list, rest: str, known: set[str]) -> bool:
    """A sentence opening with a body's name and going on with its act (国家卫生健康委推行…): the name is the
    subject when it has the shape of an official name (a level before it: 国家/省/市/区/县/各 …) or the document
    names it elsewhere as responsible, and no particle makes it a modifier (国务院办公厅关于…, 区财政局的…)."""
    official = all(n in known or (len(n) >= 3 and n.startswith(OFFICIAL_HEAD)) for n, _, _ in names)
    return official and bool(rest) and not rest.startswith(NOT_A_SUBJECT) and rest[:1] not in "，、）)"


def _sectors(sentence: str, at: int) -> tuple[list[tuple[str, int, int]], int]:
    """财政、发展改革、教育等部门要…: the sectors' departments, named as the text names them."""
    m = SECTORS.match(sentence[at:])
    if not m:
        return [], at
    names, pos = [], at
    for piece in m.group(1).split("、"):
        if NOT_A_NAME.search(piece) or piece in vocabulary().generic:
            return [], at
        names.append((piece, pos, pos + len(piece)))
        pos += len(piece) + 1
    return names, at + m.end()


def _subject_list(sentence: str, at: int) -> tuple[list[tuple[str, int, int]], int]:
    """The bodies opening `sentence` at `at` (A、B和C…). Of the names a body could end at, the longest followed
    by a separator or a verb of `verbs_after_subject` (区建管委 in 区建管委委托…), else the longest followed by
    anything but a character that continues a name; ([], at) when it does not open with a body."""
    names, pos, verbs = [], at, vocabulary().verbs_after_subject
    while pos < len(sentence):
        ends = [end for end in range(min(len(sentence), pos + 25), pos + 1, -1)
                if looks_like_body(sentence[pos:end]) and sentence[pos:end] not in vocabulary().generic]
        chosen = next((end for end in ends if end == len(sentence) or sentence[end] in "、：:，和及与等"
                       or _verb_after(sentence[end:])), None)
        if chosen is None and ends:
            chosen = ends[0]
        if chosen is None:
            break
        names.append((sentence[pos:chosen], pos, chosen))
        pos = chosen
        if sentence[pos:pos + 1] == "、" or (sentence[pos:pos + 1] in "和及与" and not _verb_after(sentence[pos:])):
            pos += 1
            continue
        if sentence[pos:pos + 1] == "等":
            pos += 1
            generic = re.match(r"(?:有关|相关)?(?:部门|单位|机构)", sentence[pos:])
            pos += generic.end() if generic else 0
        break
    if names and sentence[pos - 1:pos] in "、和及与":
        pos -= 1
    return names, pos


def _leading_bodies(text: str, start: int, table: BodyTable, level: str | None) -> list[BodyMention]:
    """The objects of 会同: the bodies at the head of `text` (财政部、商务部制定… → 财政部, 商务部)."""
    out, pos = [], 0
    for piece in re.split(r"(、)", text):
        if piece == "、":
            pos += 1
            continue
        name = piece if looks_like_body(piece) else next(
            (piece[:i] for i in range(min(len(piece), 25), 1, -1) if looks_like_body(piece[:i])), None)
        if name is None:
            break
        if name not in vocabulary().generic:
            own = body_level(name, level)
            out.append(BodyMention(name, table.canonical(name, own), "support", start + pos, start + pos + len(name),
                                   own or ""))
        if name != piece:
            break
        pos += len(piece)
    return out


def _law_authorities(sentence: str, offset: int, table: BodyTable) -> list[BodyMention]:
    """国务院市场监督管理部门主管…, 由县级以上地方市场监督管理部门责令… : the authorities a law sentence names."""
    mentions, seen = [], set()
    candidates = [LAW_SUBJECT.match(sentence)] + list(LAW_BY.finditer(sentence))
    for m in candidates:
        if m is None:
            continue
        body = m.group("body")
        if body in vocabulary().generic or body.startswith(("其他", "有关", "相关")) or \
                (len(body) < 4 and body != "国务院") or body in seen:
            continue
        seen.add(body)
        role = "lead" if m.group("verb") in ("会同", "商") else "responsible"
        for name, start, end in _split_authorities(body, offset + m.start("body")):
            if name not in vocabulary().generic and not name.startswith(("其他", "有关", "相关")):
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
