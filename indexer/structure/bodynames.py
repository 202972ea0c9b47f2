"""Names of responsible bodies: the morphology of Chinese government names (…部/委/局/办/署/人民政府, collective
各区、县级市), their level of government (国家/省/市/区/县/街道), lists of them (A、B和C), and a corpus's own alias
table. The vocabulary is data: data/responsibility.json."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from indexer.textutil import PACKAGE_DATA, fold
from indexer.types import BodyMention

DATA = PACKAGE_DATA / "responsibility.json"
GENERIC_HEAD = ("有关", "相关", "其他", "各有关", "各相关")
NOT_A_NAME = re.compile(r"[，。；：、\s“”《》\d]|(?<![自理缘])由|[的要将是把了]|会同|牵头|负责|配合|参与|有关|相关")
QUOTED_WORD = re.compile(r"“([^“”，。；：、\s]{1,8})”")      # 市“两新”组织党工委: a short quoted word inside a name


def not_a_name(name: str) -> bool:
    """Does `name` hold what no body's name holds (punctuation, a verb of responsibility, 的 …)? A short quoted word
    inside it does not count (市“两新”组织党工委)."""
    return bool(NOT_A_NAME.search(QUOTED_WORD.sub(r"\1", name)))

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
    role_suffix: re.Pattern                # …，B、C为实施单位: a group of a labelled list naming its own role
    label_form_roles: tuple                # (words, role): the role of a label read by its form (支撑单位)
    list_notes: tuple[str, ...]
    named_role: re.Pattern                 # 建设主体为A / 牵头单位为A
    later_subject: re.Pattern              # 由 / 经 bringing a subject later in a sentence, not inside a word
    conventions: tuple[re.Pattern, ...]
    subject: re.Pattern
    subject_law: re.Pattern
    support: re.Pattern
    table_columns: tuple[tuple[str, str], ...]
    verbs_after_subject: tuple[str, ...]
    lead_acts: re.Pattern
    word_continues: tuple[str, ...]
    duty_headings: tuple[str, ...]
    acts_after_a_body: tuple[str, ...]
    collective_pattern: re.Pattern
    table_column_endings: tuple[str, ...]
    sentence_setting: re.Pattern
    member_count: re.Pattern
    levels: tuple[tuple[re.Pattern, str], ...]
    issuer_levels: tuple[tuple[re.Pattern, str], ...]
    adverbs: re.Pattern                    # between a subject and its verb: 及时, 依职责 (一个或几个)
    trailing_adverbs: re.Pattern           # the same words closing a list of names before its role word
    member_lists: tuple[re.Pattern, ...]   # 成员由A、B组成 inside any sentence
    member_name_tails: re.Pattern          # 相关领导 after a member's name
    title_endings: tuple[str, ...]         # a title line (…实施方案, …汇总表) names no subject
    duty_sections: tuple[str, ...]         # 二、职责分工: a section of bodies' duties
    level_words: tuple[str, ...]           # 市 of 市工商局, 区委 of 区委编办
    table_header_words: tuple[str, ...]    # 序号, 重点任务: a task table's header cells of no body
    support_acts: tuple[str, ...]          # 配合, 参与: the act of partners
    transmittals: tuple[str, ...]          # 现转发给你们: a sentence passing a text on names no duty
    role_named_after: re.Pattern           # 是…责任主体 after a body: the role the text gives it
    defined_name: re.Pattern               # （以下简称“区域管理单位”）: the short name a text gives a body
    members_of: re.Pattern                 # 市应急委成员单位: the members of a body named with its level
    official_heads: tuple[str, ...]        # 区/市/各/事发地 …: what an official name opens with
    sector_list: re.Pattern                # 会同应急、消防、公安等相关单位: sectors and the kind of body they are
    joined_fields: tuple[str, ...]         # 工业和信息化: one field whose name holds 和
    mechanism_lead: re.Pattern             # 建立A牵头、B参与的工作机制: who leads the mechanism set up
    post_held: re.Pattern                  # (设立指挥长，)由A的负责同志担任: a post's holder, no duty
    short_forms: tuple[tuple[str, str], ...]   # 人民政府 → 政府: the short form a name of that kind is written in
    offices_ending_as_acts: tuple[str, ...]   # 政务公开办: an office though it ends as 开办 does
    entrusting_acts: tuple[str, ...]      # 委托, 授权: the body entrusted after them does the act
    member_people: tuple[str, ...]        # 代表, 专家: people, no member body


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
        re.compile(rf"({'|'.join(sorted(labels, key=len, reverse=True))}|{raw['label_form']})\s*[：:]\s*"),
        re.compile(rf"(?:^|[，,])(?P<names>[^，,]+?)(?:为|是|作为)(?P<label>{'|'.join(sorted(labels, key=len, reverse=True))}|"
                   rf"{raw['label_form']})$"),
        tuple((w, r) for w, r in raw["label_form_roles"]),
        tuple(raw["list_notes"]),
        re.compile(raw["named_role"]),
        _marker_outside_words(raw["later_subject"], raw["not_later_subject"]),
        tuple(re.compile(p) for p in raw["conventions"]),
        re.compile(rf"^(?:[^，。；]{{2,14}}(?:前|后|起|以来)，)?(?:由)?(?P<body>[^，。；：]{{2,60}}?)(?P<verb>{verbs})"),
        re.compile(rf"^(?:由)?(?P<body>[^，。；：]{{2,60}}?)(?P<verb>{'|'.join(raw['subject_verbs_law'])})"),
        re.compile(rf"^[，、]?(?P<body>[^，。；]{{2,200}}?)(?:等(?:有关)?(?:部门|单位)?)?(?:{'|'.join(raw['support_adverbs'])})?"
                   rf"(?:{'|'.join(raw['support_verbs'])})"),
        tuple((c, r) for c, r in raw["table_columns"]), tuple(sorted(raw["verbs_after_subject"], key=len, reverse=True)),
        re.compile("|".join(raw["lead_acts"])), tuple(raw["word_continues"]), tuple(raw["duty_headings"]), tuple(raw["acts_after_a_body"]),
        re.compile("|".join(raw["collective_patterns"])), tuple(raw["table_column_endings"]),
        re.compile(raw["sentence_setting"]), re.compile(raw["member_count"]),
        tuple((re.compile(p), level) for p, level in raw["levels"]),
        tuple((re.compile(p), level) for p, level in raw["issuer_levels"]),
        re.compile("^(?:" + "|".join(sorted(raw["adverbs"], key=len, reverse=True)) + ")+"),
        re.compile("(?:" + "|".join(sorted(raw["adverbs"], key=len, reverse=True)) + ")+$"),
        tuple(re.compile(p) for p in raw["member_lists"]), re.compile(raw["member_name_tails"]),
        tuple(raw["title_endings"]), tuple(raw["duty_sections"]), tuple(raw["level_words"]),
        tuple(raw["table_header_words"]), tuple(raw["support_verbs"]), tuple(raw["transmittals"]),
        re.compile(raw["role_named_after"]), re.compile(raw["defined_name"]), re.compile(raw["members_of"]),
        tuple(raw["official_heads"]), re.compile(raw["sector_list"]), tuple(raw["joined_fields"]),
        re.compile(raw["mechanism_lead"]), re.compile(raw["post_held"]),
        tuple((full, short) for full, short in raw["short_forms"]), tuple(raw["offices_ending_as_acts"]),
        tuple(raw["entrusting_acts"]), tuple(raw["member_people"]))


def _marker_outside_words(markers: list[str], words: list[str]) -> re.Pattern:
    """One of `markers` where it is no part of one of `words` (经 but not 经济 or 已经, 由 but not 由于)."""
    alternatives = []
    for marker in markers:
        behind = "".join(f"(?<!{re.escape(w[:w.find(marker)])})" for w in words if w.find(marker) > 0)
        ahead = "".join(f"(?!{re.escape(w[w.find(marker) + len(marker):])})" for w in words
                        if w.find(marker) >= 0 and not w.endswith(marker))
        alternatives.append(behind + re.escape(marker) + ahead)
    return re.compile("|".join(alternatives))


# brackets inside a bracketed clause written another way (（…各县级市<区>人民政府<管委会>按职责分工负责）, 〈区〉,
# ［区］): read as the round brackets of a name's other names
INNER_BRACKETS = re.compile(r"[<〈［\[]([^<>〈〉［］\[\]（）]{1,30})[>〉］\]]")


def looks_like_body(name: str) -> bool:
    """A government body by the morphology of its name (…部/委/局/办/署/人民政府 …, 各区、县级市); its other names
    may follow in brackets (区经委（商务委）, 区委宣传部（区文明办、区政府新闻办）)."""
    v = vocabulary()
    if name in v.collective or collective_name(name) or v.collective_pattern.fullmatch(name):
        return True
    if name.startswith(("（", "(")):
        return False        # （市交通委: a clause's bracket, not a name
    base = re.sub(r"（[^（）]{1,30}）$", "", INNER_BRACKETS.sub(r"（\1）", name))
    if base.endswith("成员单位") and (members := v.members_of.fullmatch(base)):
        # 市应急委成员单位: the members of a body named with its level are bodies; 各成员单位 is a kind
        return looks_like_body(members.group(1))
    if not (base.endswith(v.suffixes) or base.endswith("部门")) or not 2 <= len(base) <= 25 \
            or _ends_as_no_body(base):
        return False        # the ending first: most pieces of text tried as names fail here, cheaply
    if base.startswith(v.not_name_heads) or any(w in base for w in v.not_in_names) or v.later_subject.search(base):
        return False
    # a kind of body (行业主管部门) is none, nor a name holding one (各行业主管部门组织所辖…: the kind and its act)
    if base in v.generic or base.startswith(GENERIC_HEAD) or \
            any(w in base for w in v.generic_endings) or not_a_name(base.replace("（", "").replace("）", "")):
        return False
    # 区绿化市容局联合区房管局, 区房管局应指导街道: a body (an adverb) and its act
    return body_before_act(base) is None


def _ends_as_no_body(name: str) -> bool:
    """Does the name end as no body does (督办, 学校, 查处 …), an office named like an act (政务公开办) aside?"""
    v = vocabulary()
    return name.endswith(v.not_bodies) and not name.endswith(v.offices_ending_as_acts)


def body_before_act(name: str) -> str | None:
    """The body a longer piece opens with when an act follows it (市文物行政管理部门报国务院…部门 → 市文物行政管理部门,
    国务院办公厅通报国务院… → 国务院办公厅, 区房管局应指导街道 → 区房管局), else None."""
    v = vocabulary()
    for w in v.acts_after_a_body:
        at = name.find(w)
        while at > 0:
            head = v.trailing_adverbs.sub("", name[:at])
            if looks_like_body(head):
                return head
            at = name.find(w, at + 1)
    return None


def cut_word(text: str, end: int, rest: int = 1) -> bool:
    """Does a name ending at `end` cut a word in two (联席会|议制度, 教育部|署)? Then it is no name. `rest`: how many
    characters of the word must follow the name."""
    return any(text[end - k:end - k + len(w)] == w for w in vocabulary().word_continues
               for k in range(1, len(w) - rest + 1))


def label_role(label: str) -> str:
    """The role a list's label gives its bodies: the table's, else by its words (牵头指导处室 → lead)."""
    return vocabulary().labels.get(label) or role_by_words(label)


def role_by_words(label: str) -> str:
    """The role a label or a table column names by its words (label_form_roles: 牵头 leads, 配合/支撑 support)."""
    return next((role for words, role in vocabulary().label_form_roles if re.search(words, label)), "listed")


def collective_name(name: str) -> bool:
    """各有关省级人民政府, 各相关区: a collective body narrowed to those concerned is still one collective body."""
    m = re.match(r"各(?:有关|相关)", name)
    return bool(m) and "各" + name[m.end():] in vocabulary().collective


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
        for entry in meta.get("bodies", []):
            table.add(entry["name"], entry.get("aliases", []))
        return table

    def add(self, name: str, aliases=()) -> None:
        if name not in self.names:
            self.names.append(name)
        forms = {name, *aliases}
        # 北海市人民政府 is also 北海市政府, 市卫生健康委员会 also 市卫生健康委
        forms |= {name.replace(full, short, 1) for full, short in vocabulary().short_forms
                  if full in name and len(name) - len(full) >= 1}
        # 区X is also X; but 区委宣传部 is the party committee's, 委宣传部 is no name
        if self.level and name.startswith(self.level) and len(name) >= 4 and name[len(self.level)] != "委":
            forms.add(name[len(self.level):])
            if self.place:
                forms.add(self.place + name)
        for form in forms:
            self.aliases.setdefault(form, name)

    def add_named(self, name: str, labelled: bool = False) -> None:
        """A body a document names, to be found in questions, when a label names it (牵头指导处室：市局认证处) or
        its name has the form of a body's: a sector of a list in a sentence (应急 and 消防 of 区公安、应急、消防部门)
        stays in its clause but is looked for in no question."""
        if labelled or name in self.names or looks_like_body(name):
            self.add(name)

    def add_responsible(self, responsibilities, texts: dict[str, str]) -> None:
        """The bodies the documents make responsible, to be found in questions: those of a body's form, those a
        label names, and the short names a document gives bodies (以下简称“区域管理单位”); `texts`: doc_id → text."""
        defined: dict[str, set[str]] = {}      # read from a document's text only when one of its names needs it

        def defined_in(doc_id: str) -> set[str]:
            if doc_id not in defined:
                defined[doc_id] = defined_bodies(fold(texts[doc_id]))
            return defined[doc_id]
        for r in responsibilities:
            for b in r.bodies:
                if r.source != "text" or b.canonical in self.names or looks_like_body(b.canonical) \
                        or b.name in defined_in(r.doc_id):
                    self.add(b.canonical)

    def canonical(self, name: str, level: str | None = None) -> str:
        """The table's name for `name`; a body of another level than the table's keeps its own name."""
        if level and self.level and level != self.level:
            return name
        return self.aliases.get(name, name)

    def is_body(self, name: str) -> bool:
        return name in self.aliases or looks_like_body(name)

    def find(self, text: str) -> list[tuple[str, int, int]]:
        """Bodies named in free text (a question): (canonical, start, end), longest alias first, no overlaps, none
        cutting a word."""
        folded = fold(text)
        found, taken = [], [False] * len(folded)
        for alias in sorted(self.aliases, key=len, reverse=True):
            for m in re.finditer(re.escape(alias), folded):
                # 联席会议|制度: a name whose word goes on for a word more is no mention of the body (处|在 is)
                if not any(taken[m.start():m.end()]) and not cut_word(folded, m.end(), rest=2):
                    found.append((self.aliases[alias], m.start(), m.end()))
                    for i in range(m.start(), m.end()):
                        taken[i] = True
        return sorted(found, key=lambda f: f[1])


# ------------------------------------------------------------------ lists of bodies

@lru_cache(maxsize=1)
def _collective_regex() -> str:
    return "|".join([vocabulary().collective_pattern.pattern] +
                    [("各(?:有关|相关)?" + re.escape(c[1:])) if c.startswith("各") else re.escape(c)
                     for c in vocabulary().collective])


@lru_cache(maxsize=1)
def _collective_opening() -> re.Pattern:
    return re.compile(f"(?:{_collective_regex()})")


def collective_at(text: str, pos: int) -> int | None:
    """Where a collective body (各街道、镇, 各区、县级市) opening at `pos` ends, the longest; None if none does."""
    m = _collective_opening().match(text, pos)
    return m.end() if m else None


# levels of government sharing one name (市和区、县文物行政管理部门): the levels and what joins them
LEVELS, LEVEL_JOINS = "省|市|区|县|镇|乡", "和|或者|或|及|、"
LEVEL_RUN = re.compile(rf"(?:由|经)?(?:{LEVELS})(?:(?:{LEVEL_JOINS})(?:{LEVELS}))*")


def split_bodies(text: str, start: int, table: BodyTable) -> list[tuple[str, int, int]]:
    """'A、B和C' → [(A, s, e), …] with offsets. Collective bodies (各区、县级市) stay whole; 和/及/与 split only
    where both sides are bodies (文化和旅游部 stays one)."""
    atoms, pos = [], 0
    pattern = _collective_regex()
    inside = _bracketed(text)
    for m in re.finditer(rf"({pattern})(?=[、，,；;和及与等]|$)|[、，,；;]", text):     # ASCII , ; too (a pasted cell)
        if not m.group(1) and inside[m.start()]:
            continue        # 区委宣传部（区文明办、区政府新闻办）: a body with its other names, one body
        if not m.group(1) and m.group(0) == "、" and LEVEL_RUN.fullmatch(text[pos:m.start()].strip()):
            continue        # 市和区、县文物行政管理部门: levels sharing one name, one authority
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
        piece = re.sub(r"等?(?:和|及|与)?$", "", piece)      # A、B等和各省级人民政府: 等 closes B's list
        named = re.sub(r"等(?:有关|相关)?(?:部门|单位|机构)$", "", piece)
        if named != piece and table.is_body(named):
            piece = named       # …、市监察局等部门: the kind closing the list is no part of the last name
            # (食品安全监督管理等部门 of a law stays one authority)
        if piece:
            out.extend(split_and(piece, start + at + lead, table))
    return out


def _bracketed(text: str) -> list[bool]:
    """For each character: is it inside （…）?"""
    depth, out = 0, []
    for ch in text:
        depth += ch == "（"
        out.append(depth > 0)
        depth -= ch == "）" and depth > 0
    return out


def split_and(part: str, pos: int, table: BodyTable) -> list[tuple[str, int, int]]:
    if part in table.aliases:
        return [(part, pos, pos + len(part))]
    for m in re.finditer(r"[和及与或]", part):      # 区管理委员会或镇人民政府: alternatives, two bodies too
        left, right = part[:m.start()], part[m.end():]
        if table.is_body(left) and right and table.is_body(split_and(right, 0, table)[0][0]):
            return [(left, pos, pos + len(left))] + split_and(right, pos + m.end(), table)
    return [(part, pos, pos + len(part))]


GENERIC_LEVEL = re.compile(r"^(?:区|市|县|镇|乡|省)(?=有关|相关|其他|其它)")     # not 各: 各有关省级人民政府 are bodies


def generic_name(name: str) -> bool:
    """A kind of body, no body of its own: 有关部门, 相关职能部门, 行业主管部门, 各相关单位, and a level before such a
    word (区相关行政执法部门, 市有关部门)."""
    v = vocabulary()
    bare = GENERIC_LEVEL.sub("", name)
    return bare in v.generic or bare.startswith(("有关", "相关", "其他", "其它")) \
        or (bare.endswith(v.generic_endings) and not v.members_of.fullmatch(bare))


@lru_cache(maxsize=1)
def _role_mark() -> re.Pattern:
    """A role written in brackets after a name in a list (市发展改革委（牵头）、市财政局): the words of label_form_roles."""
    words = "|".join(w for w, _ in vocabulary().label_form_roles)
    return re.compile(rf"[（(]((?:{words}))(?:单位|部门)?[）)]$")


@lru_cache(maxsize=1)
def _note_mark() -> re.Pattern:
    """A note in brackets after a list's last name that states a convention or closes the list (市财政局(第一责任单位为
    牵头单位,下同)): conventions and list_notes."""
    v = vocabulary()
    said = "|".join([c.pattern for c in v.conventions] + [re.escape(n) for n in v.list_notes])
    return re.compile(rf"[（(][^（）()]*(?:{said})[^（）()]*[）)]$")


def marked_role(name: str, end: int, role: str) -> tuple[str, int, str]:
    """市发展改革委（牵头） → (市发展改革委, its end, lead): the name without the bracketed role, and that role. A
    bracketed note stating a convention (市财政局（第一责任单位为牵头单位，下同）) is left out of the name too."""
    note = _note_mark().search(name)
    if note and note.start() > 0:
        name, end = name[:note.start()], end - (len(name) - note.start())
    m = _role_mark().search(name)
    if not m or m.start() == 0:
        return name, end, role
    marked = next((r for words, r in vocabulary().label_form_roles if re.fullmatch(words, m.group(1))), role)
    return name[:m.start()], end - (len(name) - m.start()), marked


def list_bodies(text: str, start: int, role: str, table: BodyTable, level: str | None,
           lenient: bool = False, members: bool = False) -> list[BodyMention] | None:
    """The bodies of one list, or None when a piece of it is neither a body nor a generic word. `lenient`: a
    labelled list (责任单位：…) names bodies by definition; a short piece that reads as a name is one. `members`: a
    list of a body's members names organisations, so among two bodies or more a short piece opening with a level
    (市社区大学 among 市委编办、市文明办…) is one too. A role in brackets after a name (市发展改革委（牵头）) is that
    body's."""
    v = vocabulary()
    mentions = []
    group_role = role
    pieces = split_bodies(text, start, table)
    bodies_named = sum(table.is_body(name) for name, _, _ in pieces) if members else 0
    for name, s, e in pieces:
        name, e, role = marked_role(name, e, group_role)
        if generic_name(name) or not re.search(r"[\u4e00-\u9fffA-Za-z]", name):
            continue        # a generic word, or a table's empty cell (——, /)
        member = members and bodies_named >= 2 and len(name) <= 12 and name.startswith(v.level_words) \
            and not not_a_name(name) and not any(w in name for w in v.not_in_names + v.member_people)
        if not table.is_body(name) and not member and not (lenient and len(name) <= 16 and not not_a_name(name)):
            return None
        own = body_level(name, level)
        mentions.append(BodyMention(name, table.canonical(name, own), role, s, e, own or ""))
    return mentions


CELL_KIND_TAIL = re.compile(r"等(?:有关|相关|其他)?(?:部门|单位|部门和单位|机构)$")


def cell_bodies(text: str, start: int, role: str, table: BodyTable, level: str | None) -> list[BodyMention] | None:
    """A line that is a whole cell of bodies in a task table read one cell per line (设施养护处 / 各相关部门和单位 /
    市交通委（计划财务处）、市道运中心): every piece is a body (by the table or its morphology), a short name that
    ends as bodies' names end (a cell holds names only, so 设施养护处 is one), or a generic word. None otherwise:
    a task's text, a figure, a heading."""
    v = vocabulary()
    if not text.strip() or re.search(r"[。；：;:！？]", text) or len(text.strip()) > 60:
        return None
    mentions = []
    cell_role = role
    for name, s, e in split_bodies(text, start, table):
        name, e, role = marked_role(name, e, cell_role)
        kind = CELL_KIND_TAIL.search(name)
        if kind and kind.start() > 0:       # 区绿化市容局等相关部门: the body, then the kind of the others
            name, e = name[:kind.start()], s + kind.start()
        if name in v.generic or name.startswith(GENERIC_HEAD) or name.endswith(v.generic_endings) or len(name) <= 1 \
                or re.fullmatch(r"各(?:部门|单位|部门和单位|部门及单位)", name):
            continue        # 相关委、办、局: the kinds of a generic word; a wrapped cell's empty end (各街道、)
        base = re.sub(r"（[^（）]{1,30}）$", "", name)
        if not table.is_body(name) and not (2 <= len(base) <= 16 and base.endswith(v.suffixes)
                                            and not _ends_as_no_body(base) and not not_a_name(base)):
            return None
        own = body_level(name, level)
        mentions.append(BodyMention(name, table.canonical(name, own), role, s, e, own or ""))
    return mentions


# ------------------------------------------------------------------ clauses


def defined_bodies(folded: str) -> set[str]:
    """The short names a document gives bodies (街道办事处、镇人民政府以及…管理局（管委会）（以下简称“区域管理单位”）):
    a name defined right after a body's name (its other names in brackets aside) that has a body's form or a kind's
    (…单位, …部门, …机构, …机关)."""
    out = set()
    for m in vocabulary().defined_name.finditer(folded):
        name = m.group(1)
        before = folded[max(0, m.start() - 40):m.start()]
        while (inner := re.search(r"（[^（）]{1,30}）$", before)) is not None:
            before = before[:inner.start()]
        if name in vocabulary().generic or not (looks_like_body(name) or name.endswith(("单位", "部门", "机构", "机关"))):
            continue
        if any(looks_like_body(before[-k:]) for k in range(2, min(len(before), 25) + 1)):
            out.add(name)
    return out
