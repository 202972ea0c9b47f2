"""Who a sentence makes responsible: a body as its subject (由A牵头，B配合 / A会同B… / 国家卫生健康委要… / A：负责…
/ a heading that is a body / 财政、教育等部门要…), the members a sentence lists whatever its subject (成员由A、B组成)
and, in laws, the authorities they name (国务院…主管部门负责, 由县级以上…部门责令…)."""
from __future__ import annotations

import re
from dataclasses import replace

from indexer.structure.bodynames import (LEVEL_JOINS, LEVELS, NOT_A_NAME, BodyTable, body_before_act, body_level,
                                         collective_at, cut_word, generic_name, list_bodies, looks_like_body,
                                         split_and, vocabulary)
from indexer.textutil import fold
from indexer.types import BodyMention

# authorities as laws name them: 国务院市场监督管理部门, 县级以上地方人民政府农业农村主管部门, 公安机关 …
# …人民政府管理专利工作的部门: the department of a government in charge of some work is one authority
LAW_BODY = r"[\u4e00-\u9fff、]{2,40}?(?:部门|机关|机构|人民政府(?:管理[\u4e00-\u9fff]{1,12}?工作的部门)?)"
LAW_VERBS = (r"会同|商|规划和组织|组织|制定|负责|主管|统一管理|统一监督管理|管理|统筹|公布|实施|审批|确定|认定|考核|监督|决定|吊销|责令|没收|"
             r"依照|按照|给予|建立|指定|授权|批准|备案|发布|废止|公告|追究|查处|处理|调查|处罚|撤销|检查|设置")
LAW_BY = re.compile(rf"由(?P<body>{LAW_BODY}|国务院)(?:依法|另行|负责)?(?P<verb>{LAW_VERBS})")
LAW_SUBJECT = re.compile(rf"^(?P<body>(?:国务院|县级以上|省|设区的市|地方各级|各级|公安|国家)[^，。；：由报]{{0,38}}?"
                         rf"(?:部门|机关|机构|人民政府(?:管理[\u4e00-\u9fff]{{1,12}}?工作的部门)?))(?P<verb>{LAW_VERBS}|应当|应|可以|须|在|对)")


LEAD_NAMED = re.compile(r"([^，。；、]{2,25}?)为牵头(?:单位|部门)")
SUBJECT_TIME = re.compile(r"(?:(?:目前|当前|同时|此外|另外|下一步|近期|今后|今年|明年|其中)，|\d{4}年[^，。；]{0,14}?，|[^，。；]{2,14}(?:前|后|起|以来)，|"
                          r"(?:每年|\d{4}年)?\d{1,2}月(?:底|末|中旬|上旬|下旬)?(?:前|以前|起|后)|"
                          r"\d{4}年(?:[、和至到—-]\d{4}年)*(?:底|内)?(?:前|起|以来)?)")


def sentence_subject(doc_text: str, s: int, e: int, table: BodyTable, level: str | None, law: bool,
             headed: bool = False, known: set[str] = frozenset(), duties: bool = False,
             defined: set[str] = frozenset()) -> list[BodyMention]:
    """The bodies a sentence makes responsible (_subject_of) and those leading a mechanism it sets up (建立A牵头的…
    机制), each once."""
    found = _subject_of(doc_text, s, e, table, level, law, headed, known, duties, defined)
    if law:
        return found
    named = {b.name for b in found}
    return found + [b for b in mechanism_leads(doc_text, s, e, table, level) if b.name not in named]


def mechanism_leads(doc_text: str, s: int, e: int, table: BodyTable, level: str | None) -> list[BodyMention]:
    """建立市场监管部门牵头的联席会议制度 / 建立省级政府办公厅牵头、省级有关部门参与的工作机制 / 建立…事故区政府牵头调查
    机制: the body named right before 牵头 (the longest name there that opens the phrase or opens with a level)
    leads; bodies before 参与/配合 support."""
    sentence = fold(doc_text[s:e])
    out = []
    for m in vocabulary().mechanism_lead.finditer(sentence):
        before, at = m.group("before"), m.start("before")
        name = next((before[i:] for i in range(len(before) - 1)
                     if (i == 0 or before[i:].startswith(OFFICIAL_HEAD)) and len(before) - i <= 15
                     and looks_like_body(before[i:]) and not NOT_A_NAME.search(before[i:])
                     and before[i:] not in vocabulary().generic), None)
        if name is None:
            continue
        start = s + at + len(before) - len(name)
        out.append(_mention(name, "lead", start, start + len(name), table, level))
        if m.group("partners"):
            out += list_bodies(m.group("partners"), s + m.start("partners"), "support", table, level) or []
    return out


def _subject_of(doc_text: str, s: int, e: int, table: BodyTable, level: str | None, law: bool,
                headed: bool = False, known: set[str] = frozenset(), duties: bool = False,
                defined: set[str] = frozenset()) -> list[BodyMention]:
    """由A牵头，B、C配合 / A会同B… / A负责… / A：负责… / a heading that is a body: the body that is a sentence's
    subject (and its partners). Laws name authorities in their own way. `headed`: the sentence opens a unit
    after its label; `duties`: that unit sits in a section of duties (二、职责分工); `known`: the names the
    document makes responsible elsewhere; `defined`: the short names it gives bodies (以下简称“区域管理单位”)."""
    sentence = fold(doc_text[s:e])
    if any(word in sentence for word in vocabulary().transmittals):
        return []       # A制订的《…》已经区政府同意，现转发给你们: who drafted the text passed on, no duty
    if law:
        found = _law_authorities(sentence, s, table)
        if found:
            return found
        m = vocabulary().subject_law.match(sentence)
        leads = m and (m.group("verb") in ("会同", "牵头") or vocabulary().lead_acts.match(sentence, m.start("verb")))
        if m and (found := list_bodies(SCOPE.sub("", m.group("body")), s + m.start("body"),
                                       "lead" if leads else "responsible", table, level)):
            act = vocabulary().adverbs.sub("", sentence[m.start("verb"):], count=1)
            at = len(sentence) - len(act)
            if (joined := _joined_at(act)) is not None:
                # 区人社局会同区消防救援支队开展… / 镇文物行政管理部门应当根据…，会同镇规划土地行政管理部门…: the
                # subject leads, the partners support
                found = [replace(b, role="lead") for b in found]
                found += _leading_bodies(act[joined:], s + at + joined, table, level)
            return found
        # a rule of a district or a city names its bureaus as any document does (区建管委依法负责…)
    if is_title(sentence):
        return []       # 古美路街道加强独居老人消防安全工作实施方案: a title, whatever verb follows its first name
    at = 0
    while opening := SUBJECT_TIME.match(sentence, at) or vocabulary().sentence_setting.match(sentence, at):
        first, end = _subject_list(sentence, at, defined)
        if _official_after_time(first, sentence[end:], known):
            break       # 镇文物行政管理部门接到报告后，应当…: the clause of time holds the subject
        at = opening.end()      # 2020年底前，/ 按照…的原则，在区政府的统一领导下，: the subject comes after
    opened_by = sentence[at:at + 1] == "由"
    if opened_by:
        at += 1
    names, end = _subject_list(sentence, at, defined)
    rest = sentence[end:]
    if names and opened_by and _by_modifier(sentence, end):
        names = []      # 由党委作出的决定，应当…: what a body did, named as a thing; the subject comes later
    # （一）区建管委 / 2.1.2 指挥部办公室及其职责: a heading that is a body heads its duties
    heading = rest.strip("：: ")
    # 1.街道消委办。牵头开展… under 二、职责分工: an item opening with a body and a full stop heads its duties too
    # (elsewhere such an item names what is set up: （一）街镇消防安全委员会。各街镇设立…)
    whole = headed and (not heading or heading in vocabulary().duty_headings or (duties and heading == "。"))
    if names and not (whole or (rest[:1] and rest[:1] in "：:") or _verb_after(rest)
                      or _official_after_time(names, rest, known) or _plain_subject(names, rest, known)):
        names = []
    if not names and (condition := CONDITION.match(sentence, at)):
        # 新建人防工程…设有物联设施设备的，区国动办和区域管理单位应当指导…: the case, then its subject
        names, end = _subject_list(sentence, condition.end(), defined)
        if not (names and (_verb_after(sentence[end:]) or _plain_subject(names, sentence[end:], known))):
            names = []
    if not names and (topic := TOPIC.match(sentence, at)):
        # 特种设备安全事故：区市场监管局牵头 — the case named, then its subject
        names, end = _subject_list(sentence, topic.end())
        if not (names and _verb_after(sentence[end:])):
            names = []
    if names and vocabulary().post_held.match(rest):
        names = []      # 联席会议设联络员，由各成员单位有关负责同志担任: a post set up and its holder, no duty
    if not names:       # …推进由A与B落实 / …由A牵头，B配合落实 / 经A审核批准: 由 or 经 bring the subject later
        for m in vocabulary().later_subject.finditer(sentence):
            if vocabulary().post_held.match(sentence, m.start()):
                continue    # 站长由街道分管消防安全工作的副职担任: where the holder works, not who does a task
            names, end = _subject_list(sentence, m.end(), defined)
            if names and sentence[m.start()] == "由" and _by_modifier(sentence, end):
                names = []      # 由市政府组织的事故调查，区政府配合 / 由党委作出的决定: what a body did, named as a thing
                continue
            if names and (_verb_after(sentence[end:])
                          or (sentence[m.start()] == "由" and _by_act(names, sentence[end:], known))):
                break
            if sentence[m.start()] == "由":
                names, end = _by_sectors(sentence, m.end(), defined)
                if names:
                    break
            names = []
    if names and sentence.startswith(vocabulary().entrusting_acts, end):
        # 市政府授权市工商质监局公布… / 由区政府委托区应急局组织调查: the body entrusted does the act
        act = next(w for w in vocabulary().entrusting_acts if sentence.startswith(w, end))
        entrusted, after = _subject_list(sentence, end + len(act), defined)
        # the entrusted body's own act follows it (公布…, 组织…), not a particle making it a modifier (授权的部门)
        if entrusted and re.match(r"[\u4e00-\u9fff]", sentence[after:after + 1]) \
                and not sentence[after:].startswith(NOT_A_SUBJECT):
            names, end = entrusted, after
    lead_by_role = False
    if not names and (named := vocabulary().named_role.search(sentence, at)):
        # 该项目建设主体为区应急局，统筹… / 牵头单位为区民政局: the body the sentence names by its role
        names, end = _subject_list(sentence, named.end())
        lead_by_role = bool(names) and "牵头" in named.group(0)
    if not names:       # 工业区管委会、消防、公安等相关职能部门对…, 财政、…、组织部门研究…: sectors (and bodies)
        names, end = _department_sectors(sentence, at)
        if not names:
            names, end = _sectors(sentence, at)     # 各机关、团体、企业等单位: kinds of units, no sectors
        if names and not _verb_after(sentence[end:]):
            names = []
    if not names or DONE.match(sentence, end):
        return []       # A、B会同有关部门制定了《…》: what was done, no duty
    rest = sentence[end:]
    verb_rest = vocabulary().adverbs.sub("", rest, count=1)
    verb = next((v for v in ("会同", "联合", "协同", "牵头") if verb_rest.startswith(v)), None)
    role = "lead" if lead_by_role or verb in ("会同", "牵头") or vocabulary().lead_acts.match(verb_rest) \
        or LATER_LEAD.search(verb_rest) else "responsible"
    if whole and ((after := fold(doc_text[e:e + 40]).lstrip(" \n：:。")).startswith("牵头")
                  or vocabulary().lead_acts.match(after)):
        role = "lead"       # （一）区建管委 / 牵头协调…: a body heading whose duties open with 牵头 leads
    names = [(SCOPE.sub("", n), a, a + len(SCOPE.sub("", n))) for n, a, b in names]
    split = [piece for n, a, b in names for piece in split_and(n, a, table)]     # A和B: two bodies
    named_lead = LEAD_NAMED.search(sentence[end:])      # …组成，A为牵头单位
    mentions = _shared_head([_mention(n, "lead" if named_lead and named_lead.group(1) == n else role, s + a, s + b,
                                      table, level) for n, a, b in split])
    offset = s + end + (len(rest) - len(verb_rest))
    if verb in ("会同", "联合", "协同"):     # A会同B: A leads, B supports; A联合B, A协同B: together, no lead
        partners = _leading_bodies(verb_rest[2:], offset + 2, table, level)
        mentions += partners
        after = partners[-1].end - offset if partners else 0
        if verb == "会同" and partners and verb_rest.startswith("牵头", after):
            mentions += _supporters(verb_rest, after + 2, offset, table, level)   # 由A会同B牵头，C配合
    elif verb == "牵头":       # 由A牵头，B配合 / A牵头，B等部门履行相应职责，C落实主体责任: each group its partners
        mentions += _supporters(verb_rest, 2, offset, table, level)
        # 由A牵头B、C等部门协同核实: the bodies A leads follow 牵头 at once
        mentions += [replace(b, role="support") for b in _leading_bodies(verb_rest[2:], offset + 2, table, level)]
        if with_ := re.match(rf"[，,]{CONNECTIVE}会同", verb_rest[2:]):       # 由A牵头，会同B、C…
            mentions += _leading_bodies(verb_rest[2 + with_.end():], offset + 2 + with_.end(), table, level)
    else:
        # A负责…，B配合 / A指导，B、C参与: the groups of a later clause with their own act of partners support
        named = {m.name for m in mentions}
        for comma in re.finditer(r"[，,]", verb_rest):
            mentions += [b for b in _supporters(verb_rest, comma.start(), offset, table, level) if b.name not in named]
        together = TOGETHER.match(verb_rest)      # A将与B、C等单位一起…: all of them
        if together:
            mentions += list_bodies(together.group(1), offset + together.start(1), "responsible", table, level) or []
        elif joint := LATER_TOGETHER.search(verb_rest):
            # A统筹推进…，与B、C等相关部门形成工作合力: the bodies a later clause joins to the subject's act, all of them
            mentions += [replace(b, role="responsible") for b in
                         _leading_bodies(verb_rest[joint.end():], offset + joint.end(), table, level) if b.name not in named]
        elif later := WITH_IN_CLAUSE.match(verb_rest) or LATER_WITH.search(verb_rest):
            # A和B列出…清单，会同C、D等部门将… / 由A根据…要求会同建设单位…: the subject leads what it does with the
            # partners named, bodies or not
            partners = _leading_bodies(verb_rest[later.end():], offset + later.end(), table, level)
            mentions = [replace(m, role="lead") if m.role == "responsible" else m for m in mentions] + partners
    # A对…实施监督管理，并由B负责实施: the body a later clause makes responsible answers for the sentence too
    for later in LATER_BY.finditer(sentence, end):
        names, at = _subject_list(sentence, later.end(), defined)
        if names and sentence.startswith("负责", at):
            named = {m.name for m in mentions}
            mentions += [_mention(n, "responsible", s + a, s + b, table, level) for n, a, b in names if n not in named]
    return mentions


LATER_BY = re.compile(r"[，；]并?由")


SHARED_HEAD = re.compile(r"^(国务院|县级以上(?:地方)?(?:各级)?人民政府|省级人民政府|设区的市级以上地方人民政府)(?=[\u4e00-\u9fff]{2,}部门$)")


def _shared_head(mentions: list[BodyMention]) -> list[BodyMention]:
    """国务院教育行政部门、人力资源社会保障行政部门: the government the first authority belongs to is the later
    ones' too, when they name none of their own — their canonical names say so (国务院人力资源社会保障行政部门)."""
    head = SHARED_HEAD.match(mentions[0].name) if mentions else None
    if not head:
        return mentions
    return [mentions[0]] + [replace(m, canonical=head.group(1) + m.canonical, level=mentions[0].level)
                            if m.name.endswith("部门") and not m.name.startswith(OFFICIAL_HEAD + ("县级", "设区", "地方"))
                            else m for m in mentions[1:]]


def _supporters(verb_rest: str, pos: int, offset: int, table: BodyTable, level: str | None) -> list[BodyMention]:
    """The groups named after a lead's act with their own act (，B、C配合，D参与): each group's bodies support."""
    out = []
    while partners := vocabulary().support.match(verb_rest[pos:]):
        found = list_bodies(partners.group("body"), offset + pos + partners.start("body"), "support", table, level)
        if not found:
            break
        out += found
        pos += partners.end()
    return out


def _mention(name: str, role: str, start: int, end: int, table: BodyTable, level: str | None) -> BodyMention:
    """A body a sentence names, with its canonical name and its level (its own, else the issuer's)."""
    own = body_level(name, level)
    return BodyMention(name, table.canonical(name, own), role, start, end, own or "")


def is_title(sentence: str) -> bool:
    """A line without a stop or a comma that ends like a document's, a form's or an attachment's title."""
    line = sentence.strip()
    return bool(line) and not re.search(r"[，。；：！？,;:!?]", line) and line.endswith(vocabulary().title_endings)


CONNECTIVE = "(?:并|同时|还|要|并要)?"     # opening a later clause of the same subject
LATER_WITH = re.compile(rf"[，；]{CONNECTIVE}会同")
WITH_IN_CLAUSE = re.compile(r"^[^，。；]{0,30}?会同")


def _joined_at(act: str) -> int | None:
    """Where the partners of a subject's act begin: after 会同 opening the act, inside its first clause (由A根据…要求
    会同B…) or opening a later clause (A…，并会同B…); None when the act names no 会同."""
    m = WITH_IN_CLAUSE.match(act) or LATER_WITH.search(act)
    return m.end() if m else None
# A参照…，牵头制定…: a later clause of the subject's own that opens with 牵头
LATER_LEAD = re.compile(rf"^[^。；]*?，{CONNECTIVE}(?:牵头|负责牵头)(?!单位|部门)")


TOPIC = re.compile(r"[^，。；：:（）]{2,24}[：:](?:由)?")
CONDITION = re.compile(r"[^，。；：:]{2,40}?的[，,]")
# a bracket after a name listing what the body answers for (区应急局（经营、储存、使用）) or giving its short name
# (（以下简称“市交安委”）): no part of its name
SCOPE = re.compile(r"（(?:以下简称|简称|下称)[^（）]*）$|（[^（）]*[、，和及][^（）]*）$")
LATER_TOGETHER = re.compile(r"[，；](?:并|同时|还)?与(?=[^，。；]{2,60}?(?:形成|加强|建立|共同|密切|协同|一起|做好|联合|开展))")
TOGETHER = re.compile(r"^[与和同]([^，。；]{2,80}?)(?:等(?:有关)?(?:单位|部门))?(?:一起|共同)")
# 国务院各有关部门: not 国务院; 建设主管部门包括A、B: the kind defined, no subject
NOT_A_SUBJECT = ("的", "之", "所", "关于", "等", "各", "有关", "相关", "下属", "直属", "包括", "包含")
OFFICIAL_HEAD = vocabulary().official_heads
# 财政、教育等部门 / …统计等市场监管领域有关部门 / …邮政等行业主管部门: the sectors, then the kind of department
SECTORS = re.compile(r"^((?:[\u4e00-\u9fff]{2,8}?、)+[\u4e00-\u9fff]{2,8}?)等?(?:有关|相关)?"
                     r"(?:[\u4e00-\u9fff]{2,6}?(?:领域|系统)(?:有关|相关)?)?(?:行业)?(?:主管)?部门")


def _by_sectors(sentence: str, at: int, defined: set[str]) -> tuple[list[tuple[str, int, int]], int]:
    """由公安、交通部门梳理资源 / 由A、B等相关部门和各区…负责: after 由, sectors named for their departments (and the
    bodies listed after them) doing an act — not members (由A、B组成) nor a clause's end."""
    names, end = _sector_list(sentence, at)
    if not sentence[:end].endswith("部门"):
        return [], at       # 由道路、排水、水利等单位协同解决: kinds of units, not departments
    if names and sentence[end:end + 1] in ("和", "、", "及"):
        more, after = _subject_list(sentence, end + 1, defined)
        if more:
            names, end = names + more, after
    rest = sentence[end:]
    if not names or not rest or rest[:1] in "，。；：、）)" or rest.startswith(BY_NOT_ACT) or PEOPLE.match(rest) \
            or re.match(r"[^，。；]*(?:组成|担任)", rest) or rest.startswith("的"):
        return [], at       # 成员由A、B等部门负责同志组成 / …的主要负责人担任: members, not a subject
    return names, end


def _verb_after(rest: str) -> bool:
    """Does `rest` open with the act of a subject (an adverb may come first)? An act already done (…报送了《请示》)
    is a fact reported, no duty."""
    verbs = vocabulary().verbs_after_subject
    for text in (vocabulary().adverbs.sub("", rest, count=1), rest):
        verb = next((v for v in verbs if text.startswith(v)), None)
        if verb and not text.startswith((verb + "了", "负责人", "负责同志")):
            return True
    return False


BY_NOT_ACT = ("组成", "担任", "构成", "为", "是", "于")
BY_MODIFIER = re.compile(r"(?!根据|按照|按|依据|依照|遵照|在|对|对于|结合|围绕|针对|会同|向|与|和|同|及|为|从|以|通过|经)"
                         r"[^，。；：的]{1,6}的(?![，。；])")


def _by_modifier(sentence: str, end: int) -> bool:
    """由A作出的…, 由A组织的…: the bodies after 由 (ending at `end`) and their act make a modifier, a thing they did,
    not their duty (not 由A根据…的要求…: a setting before A's act)."""
    return bool(BY_MODIFIER.match(sentence, end))


def _by_act(names: list, rest: str, known: set[str]) -> bool:
    """…，由A + any act (市级文物保护单位由市文物行政管理部门提出建议名录): after 由, an official name followed by what
    is neither a particle nor a member's role (由A、B组成, 由区长担任) is the subject of that act."""
    return _plain_subject(names, rest, known) and not rest.startswith(BY_NOT_ACT)


DONE = re.compile(r"[^，。；]*?[\u4e00-\u9fff]了[《“]")
AFTER_TIME = re.compile(r"[^，。；：]{1,16}?(?:后|时|前|之后|以后|期间)[，,]")


def _verb_after_time(rest: str) -> bool:
    """镇文物行政管理部门接到报告后，应当立即…: the subject's act after a clause of time."""
    m = AFTER_TIME.match(rest)
    return bool(m) and _verb_after(rest[m.end():])


def _official_after_time(names: list, rest: str, known: set[str]) -> bool:
    """An official name (市/区/镇… before it, or named elsewhere as responsible), a clause of time, its act."""
    return bool(names) and all(official_name(n, known) for n, _, _ in names) and _verb_after_time(rest)


def _names_and_act(text: str, at: int) -> bool:
    """Does `text` go on at `at` with bodies and their act (由消防办承担: yes; 由行政主要领导担任主任: no)?"""
    names, end = _subject_list(text, at)
    return bool(names) and _verb_after(text[end:])


KIND_AFTER = re.compile(r"(?!及|和|与|以及)(?:[\u4e00-\u9fff]{2,10}、)*[\u4e00-\u9fff]{2,10}?等?(?:有关)?(?:部门|机关|机构)")
PEOPLE = re.compile(r"(?:分管[^，。；]{0,12}?的|分管|主要|相关)?(?:工作人员|负责人|领导|负责同志|秘书长)")


def official_name(name: str, known: set[str]) -> bool:
    """Has a name the shape of an official name (a level before it: 国家/省/市/区/县/镇/各 …), or does the document
    name it elsewhere as responsible (its other names in brackets aside: 公安青浦分局（交警支队）)?"""
    return (len(name) >= 3 and name.startswith(OFFICIAL_HEAD)) or re.sub(r"（[^（）]*）$", "", name) in known


def _plain_subject(names: list, rest: str, known: set[str]) -> bool:
    """A sentence opening with a body's name and going on with its act (国家卫生健康委推行…): the name is the
    subject when it has the shape of an official name (a level before it: 国家/省/市/区/县/各 …) or the document
    names it elsewhere as responsible, and no particle makes it a modifier (国务院办公厅关于…, 区财政局的…)."""
    official = all(official_name(n, known) for n, _, _ in names) \
        or bool(vocabulary().role_named_after.match(rest))       # 属地镇政府是责任主体: the text gives it a role
    title = not re.search(r"[，。；：]", rest) and len(rest) <= 30       # 国务院…部际联席会议制度: a title, no act
    # 国家卫生健康委及其他国务院部门、…医院: a name inside a longer subject
    joined = re.match(r"(?:及|和|以及|与)(?:其他|其它)", rest)
    # 各街镇申请备案的消纳场所，由…: the name is inside the modifier of a clause's noun, no subject
    modifier = re.match(r"(?!是|为)[^，。；：的]{1,6}的[^，。；：的]{1,10}[，,]", rest)
    # 县级以上人民政府食品安全监督管理等部门… / 各级人民政府工作人员…: the name goes on (its departments, its staff)
    goes_on = KIND_AFTER.match(rest) or PEOPLE.match(rest)
    # 街道消防委日常运作可由消防办承担: 由 brings the subject of the clause later
    clause = re.split(r"[，。；]", rest, maxsplit=1)[0]
    by_other = any(clause[m.start():m.end()].startswith("由") and _names_and_act(clause, m.end())
                   for m in vocabulary().later_subject.finditer(clause))
    # 联席会议由管委会分管主任担任召集人: 由 brings another subject (a body made of members, 由A、B组成, stays one)
    by_another = rest.startswith("由") and not re.match(r"由[^，。；]*组成", rest)
    return official and bool(rest) and not title and not rest.startswith(NOT_A_SUBJECT) and not by_another \
        and rest[:1] not in "，、）)。" \
        and not joined and not modifier and not goes_on and not by_other


def _sectors(sentence: str, at: int) -> tuple[list[tuple[str, int, int]], int]:
    """财政、发展改革、教育等部门要…: the sectors' departments, named as the text names them."""
    m = SECTORS.match(sentence[at:])
    if not m:
        return [], at
    names, pos = [], at
    for piece in m.group(1).split("、"):
        if NOT_A_NAME.search(piece) or piece in vocabulary().generic or LEVELS_SHARING.match(piece + "、"):
            return [], at
        names.append((piece, pos, pos + len(piece)))
        pos += len(piece) + 1
    return names, at + m.end()


SECTOR_NOT_HEADS = ("同级", "有关", "相关", "其他", "其它", "各有关", "各相关")


def _sector_list(text: str, at: int) -> tuple[list[tuple[str, int, int]], int]:
    """会同应急、消防、公安等相关单位 / 由公安、交通部门梳理…: sectors (not bodies by their form) named for their
    departments, closing with the kind of body they are; each sector a body as written (the last with its 部门 when
    no 等 comes before it: 财政和医保部门). ([], at) when `text` holds no such list at `at`."""
    v = vocabulary()
    m = v.sector_list.match(text, at)
    if not m:
        return [], at
    listed, start = m.group("list"), m.start("list")
    keep = {f: f.replace("和", "\0") for f in v.joined_fields}       # 工业和信息化: one field
    for field, masked in keep.items():
        listed = listed.replace(field, masked)
    pieces = re.split(r"(以及|、|和|及)", listed)
    for i in range(len(pieces) - 3, -1, -2):
        # 商务和投资促进局: a field joined to a body's name by 和 is one body, not the sector 商务 and a body
        if pieces[i + 1] == "和" and not looks_like_body(pieces[i]) and looks_like_body(pieces[i + 2]) \
                and not pieces[i].endswith(v.suffixes):
            pieces[i:i + 3] = [pieces[i] + "\0" + pieces[i + 2]]
    names, pos = [], 0
    for piece in pieces:
        if piece in ("以及", "、", "和", "及"):
            pos += len(piece)
            continue
        name = piece.replace("\0", "和")
        if NOT_A_NAME.search(name) or "等" in name or name in v.generic or name.startswith(SECTOR_NOT_HEADS) \
                or not 2 <= len(name) <= 10:
            return [], at
        names.append((name, start + pos, start + pos + len(name)))
        pos += len(piece)
    if len(names) < 2:
        return [], at       # 医保部门, 食品安全监督管理等部门 (a law's authority): a kind of body, no list of sectors
    if m.group("kind") == "部门":
        last, a, b = names[-1]
        names[-1] = (last + "部门", a, b + 2)
    return names, m.end()


# a kind of body closing a list (等有关部门, 等建设主管部门, 等相关监督管理部门) or following it (及其他有关单位,
# 和相关监督管理部门): no body of its own
KIND = r"(?:[\u4e00-\u9fff]{0,6}?(?:主管|行政|职能|成员|监督管理|管理))?(?:部门|单位|机构)"
OTHERS = re.compile(rf"(?:及|和|以及|与)(?=其|有关|相关)(?:其他|其它|其)?(?:有关|相关)?{KIND}")


NAME_ENDINGS = tuple(vocabulary().suffixes) + ("部门", "成员单位", "）", ")")


def _subject_list(sentence: str, at: int, defined: set[str] = frozenset()) -> tuple[list[tuple[str, int, int]], int]:
    """The bodies opening `sentence` at `at` (A、B和C…). Of the names a body could end at, the longest followed
    by a separator or a verb of `verbs_after_subject` (区建管委 in 区建管委委托…), else the longest followed by
    anything but a character that continues a name; ([], at) when it does not open with a body. `defined`: names
    the document gives bodies (（以下简称“区域管理单位”）), bodies whatever their form."""
    names, pos = [], at
    while pos < len(sentence):
        kind = GENERIC_IN_LIST.match(sentence, pos)
        if names and kind and generic_name(kind.group(1)) and "等" not in kind.group(1) \
                and (_body_at(sentence, kind.end()) or _department_sectors(sentence, kind.end())[0]):
            # 区应急局、行业主管部门、各街道、镇有序组织 / 区文明办、各行业管理部门和街镇: a kind of body inside a list
            pos = kind.end()    # (bodies after it), no body of its own
            continue
        if names and (closing := _generic_closing(sentence, pos)):
            pos = closing       # 由事发地所在社区、相关职能部门视情会同…: a kind of body closing the list
            break
        if names and sentence[pos - 1:pos] in "、和" and (sectors := _department_sectors(sentence, pos))[0]:
            names += sectors[0]     # 事发地所在社区、相关职能部门和公安、卫生健康等主管部门应…: sectors closing it
            pos = sectors[1]
            break
        # a name (and a bracket after it) ends as bodies' names end; a collective (各区、县级市) is found whole below
        ends = [end for end in range(min(len(sentence), pos + 56), pos + 1, -1)
                if sentence.endswith(NAME_ENDINGS, pos, end) and looks_like_body(sentence[pos:end])
                and sentence[pos:end] not in vocabulary().generic and not cut_word(sentence, end)]
        ends = sorted(set(ends) | {pos + len(k) for k in defined if sentence.startswith(k, pos)}, reverse=True)
        if not ends and (levels := LEVELS_SHARING.match(sentence, pos)):
            # 市和区、县文物行政管理部门: levels sharing one name, one authority
            ends = [end for end in range(min(len(sentence), levels.end() + 25), levels.end() + 1, -1)
                    if sentence.endswith(NAME_ENDINGS, levels.end(), end) and looks_like_body(sentence[levels.end():end])
                    and not cut_word(sentence, end)]
        collective = collective_at(sentence, pos)       # 各街道、镇作为…: one body, its 、 inside
        if collective and (not ends or collective >= ends[0]):
            ends = [collective]
        chosen = next((end for end in ends if end == len(sentence) or sentence[end] in "、：:，和及与或等"
                       or _verb_after(sentence[end:])), None)
        if chosen is None and ends:
            chosen = ends[0]
        if chosen is None and not names:
            chosen = _shared_suffix(sentence, pos)
        if chosen is None:
            break
        names.append((sentence[pos:chosen], pos, chosen))
        pos = chosen
        if sentence.startswith("或者", pos) and _body_at(sentence, pos + 2):
            pos += 2        # 区管理委员会或者镇人民政府负责…: alternatives, both bodies
            continue
        if sentence[pos:pos + 1] == "、" or (sentence[pos:pos + 1] in "和及与或" and (_body_at(sentence, pos + 1)
                                                                            or sentence.startswith(tuple(defined), pos + 1))):
            pos += 1
            continue
        others = OTHERS.match(sentence, pos)
        if others:          # …区政府新闻办及其他有关单位组成, 区国动办和相关监督管理部门: the others are no body of their own
            pos = others.end()
            break
        if sentence[pos:pos + 1] == "等":
            pos += 1
            # 等部门 / 等有关单位 / 等建设主管部门: the kind of the bodies listed, no body of its own
            generic = re.match(rf"(?:有关|相关)?{KIND}", sentence[pos:])
            pos += generic.end() if generic else 0
        break
    if names and sentence[pos - 1:pos] in "、和及与":
        pos -= 1
    count = vocabulary().member_count.match(sentence, pos) if names else None       # A、B、C9个部门和单位组成
    return names, count.end() if count else pos


GENERIC_IN_LIST = re.compile(r"([\u4e00-\u9fff]{0,8}?(?:部门|单位|机构|机关))[、和]")


def _generic_closing(sentence: str, pos: int) -> int | None:
    """Where a kind of body closing a list of bodies ends, when the list's act follows it (…、相关职能部门视情会同…)."""
    return next((end for end in range(min(len(sentence), pos + 12), pos + 1, -1)
                 if sentence.endswith(("部门", "单位", "机构", "机关"), pos, end) and _kind_in_list(sentence[pos:end])
                 and _verb_after(sentence[end:])), None)


def _kind_in_list(name: str) -> bool:
    """A kind of body inside or closing a list of bodies (相关职能部门, 行业主管部门); not a list itself (财政部等有关
    部门) nor the 各部门 of an exhortation (各级政府、各有关部门要…)."""
    return generic_name(name) and "等" not in name and "、" not in name and not name.startswith("各")


def _department_sectors(sentence: str, pos: int) -> tuple[list[tuple[str, int, int]], int]:
    """Sectors closed by 等…部门 at `pos` (公安、卫生健康、民政等主管部门), as _sector_list reads them; ([], pos) for
    any other list (各机关、团体、企业等单位 are kinds of units, 财政、医保部门 no list closed by 等)."""
    names, end = _sector_list(sentence, pos)
    return (names, end) if names and re.search(r"等[^、]{0,8}部门$", sentence[:end]) else ([], pos)


LEVELS_SHARING = re.compile(rf"(?:(?:{LEVELS})(?:{LEVEL_JOINS}))+(?={LEVELS})")
SHARED_SUFFIX = re.compile(r"(?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4}")


def _shared_suffix(sentence: str, pos: int) -> int | None:
    """吴泾、塘湾派出所：负责…: places listed before the name of the kind of body each has, heading a line of duties,
    one name for them all (the last piece a body by its form, not a sector's 部门: 财政、教育部门 are sectors).
    Where it ends, or None."""
    m = SHARED_SUFFIX.match(sentence, pos)
    if not m:
        return None
    last_start = sentence.rfind("、", pos, m.end()) + 1
    for end in range(min(len(sentence), last_start + 10), last_start + 2, -1):
        last = sentence[last_start:end]
        if sentence[end:end + 1] in ("：", ":") and looks_like_body(last) and not last.endswith("部门") and \
                not any(looks_like_body(p) for p in sentence[pos:last_start - 1].split("、")):
            return end
    return None


def listed_subjects_inside(doc_text: str, s: int, e: int, table: BodyTable, level: str | None) -> tuple[int, list[BodyMention]]:
    """…落实各有关部门工作职责，规建办、动迁办、城运中心等部门要建立… / …，公安、应急、消防等部门要…: a later clause of a
    sentence opening with a list of two bodies (or sectors) or more and their act (not a mere 和, 与, 对, 在), or one
    body taking charge. (Where that clause starts, its bodies), else (s, [])."""
    sentence = fold(doc_text[s:e])
    for m in re.finditer(r"[，；]", sentence):
        names, end, act = _clause_opening(sentence, m.end())
        if len(names) >= 2 and _verb_after(sentence[end:]) and not sentence[end:end + 1] in "和与对在":
            return s + m.end(), [_mention(n, "responsible", s + a, s + b, table, level) for n, a, b in names]
        if len(names) == 1 and _takes_charge(act):
            # 将…纳入考核，区发展改革委会同有关单位督促推进…: one body taking charge in a later clause
            found = sentence_subject(doc_text, s + m.end(), e, table, level, False)
            if found:
                return s + m.end(), found
    return s, []


LATER_OWN_VERBS = ("会同", "牵头", "负责")


def _clause_opening(sentence: str, at: int) -> tuple[list[tuple[str, int, int]], int, str]:
    """The bodies (or sectors: 公安、应急、消防等部门) a clause opens with at `at`, where they end, and the clause's
    act after them, its adverbs left out."""
    names, end = _subject_list(sentence, at)
    if not names:
        names, end = _sectors(sentence, at)
    return names, end, vocabulary().adverbs.sub("", sentence[end:], count=1)


def _takes_charge(act: str) -> bool:
    """Does a body's act take charge (会同, 牵头, 负责) or give it a role (是…责任主体)?"""
    return act.startswith(LATER_OWN_VERBS) or bool(vocabulary().role_named_after.match(act))


def _bound(names: list, rest: str) -> bool:
    """…编制计划，区国动办应同步编制… / …的火灾，区政府组织开展调查: one official name and its act open a clause of
    their own; not a place or a partner's act (，区政府在…, ，区财政局配合), nor a preamble's decision (…，国务院决定…)."""
    verb = next((v for v in vocabulary().verbs_after_subject if rest.startswith(v)), None)     # the longest first
    return len(names) == 1 and official_name(names[0][0], set()) and _verb_after(rest) \
        and verb not in ("在", "对", "与", "和", "于", "决定") and not rest.startswith(vocabulary().support_acts)


def subject_clauses(doc_text: str, s: int, e: int, table: BodyTable, level: str | None) -> list[tuple[int, int]]:
    """A sentence cut where a later clause names a subject of its own (区政府是…责任主体，…，区建设管理委会同A、B…
    / 区防汛指挥部负责…，区国动办和相关监督管理部门依法负责…): one body taking charge (会同, 牵头, 负责) or two
    bodies or more and their act, not partners (，B、C配合). Each piece answers for itself."""
    sentence = fold(doc_text[s:e])
    cuts, depth, last = [], 0, 0
    # a list of members (联席会议由A、B，C、D等部门组成) is one list, whatever commas it holds
    members = [m.span("names") for p in vocabulary().member_lists for m in p.finditer(sentence)]
    for i, ch in enumerate(sentence):
        depth += (ch in "（(") - (ch in "）)")
        if ch not in "，," or depth > 0 or any(a <= i < b for a, b in members):
            continue
        names, end, act = _clause_opening(sentence, i + 1 + (sentence[i + 1:i + 2] == "由"))
        # 每年12月下旬，各部门应… / 为此，区政府要…: a short setting is no clause of its own
        setting = i - last <= 10
        if names and (_takes_charge(act) or (_bound(names, sentence[end:]) and not setting)
                      or (len(names) >= 2 and _verb_after(sentence[end:])
                          and not act.startswith(vocabulary().support_acts) and sentence[end:end + 1] not in "和与对在")):
            cuts.append(s + i + 1)
            last = i + 1
    bounds = [s] + cuts + [e]       # a piece keeps its comma: it is read as a clause, not as a title
    return list(zip(bounds, bounds[1:]))


def members_named(doc_text: str, s: int, e: int, table: BodyTable, level: str | None) -> list[BodyMention]:
    """The members a sentence names whatever its subject (…为召集人单位，成员由A、B等部门单位组成 / A、B相关领导为
    成员的协调小组): listed bodies, without the people named after them (相关领导) or the kind closing the list
    (等部门)."""
    sentence = fold(doc_text[s:e])
    v = vocabulary()
    out = []
    for pattern in v.member_lists:
        for m in pattern.finditer(sentence):
            names = re.split(r"等(?=[^、]{0,8}(?:部门|单位|机构|及|和))", m.group("names"))[0]
            names = v.member_name_tails.sub("", names)
            # a comma inside the list of members (A、B、C，D、E等25个部门) separates names as 、 does
            out += list_bodies(names.replace("，", "、"), s + m.start("names"), "listed", table, level,
                               members=True) or []
    return out


def led_by_heading(doc_text: str, s: int, e: int, heading: list[BodyMention], table: BodyTable,
                   level: str | None) -> list[BodyMention]:
    """（一）区绿化市容局 … 牵头区建管委、区交通委，每周开展联合执法检查: a sentence without a subject that leads named
    partners, under a heading that is a body: the heading's body leads, the partners support."""
    sentence = fold(doc_text[s:e])
    m = re.match(rf"{CONNECTIVE}(?:牵头|会同)", sentence)
    if not m:
        return []
    partners = _leading_bodies(sentence[m.end():], s + m.end(), table, level)
    if not partners:
        return []
    return [replace(b, role="lead") for b in heading] + partners


def _body_at(sentence: str, pos: int) -> bool:
    """Does a body's name start at `pos` (区公安分局和|区公安消防支队列出…)?"""
    return any(looks_like_body(sentence[pos:end]) and not cut_word(sentence, end)
               for end in range(min(len(sentence), pos + 25), pos + 1, -1))


def _leading_bodies(text: str, start: int, table: BodyTable, level: str | None) -> list[BodyMention]:
    """The objects of 会同: the bodies at the head of `text` (财政部、商务部制定… → 财政部, 商务部)."""
    out, pos = [], 0
    for piece in re.split(r"(、|和(?=[^、，。；]{0,3}(?:区|市|县|省|国家|镇|乡|街道)))", text):
        if piece in ("、", "和") or piece.startswith("和") or re.sub(r"^(?:有关|相关|其他)", "", piece) in vocabulary().generic:
            pos += len(piece)       # 会同相关部门和镇人民政府: the kind of body before a named one is none of its own
            continue
        name = piece if looks_like_body(piece) else _name_before_act(piece)
        if name is None or (piece[len(name):].startswith(NOT_A_SUBJECT) and not piece[len(name):].startswith("等")):
            break           # 会同国务院有关部门: 国务院 names whose departments, not a body of its own (A等部门 names A)
        if name not in vocabulary().generic:
            # 会同区应急局和消防救援支队: 和 between two bodies, whatever their level
            out += [_mention(n, "support", start + pos + a, start + pos + b, table, level)
                    for n, a, b in split_and(name, 0, table)]
        if name != piece:
            break
        pos += len(piece)
    if not out:     # 会同应急、消防、公安等相关单位: sectors named for their departments
        sectors, _ = _sector_list(text, 0)
        out = [_mention(n, "support", start + a, start + b, table, level) for n, a, b in sectors]
    return out


def _name_before_act(piece: str) -> str | None:
    """The body opening `piece`: the longest name followed by its act (市公安局查处客运线路沿线站外上客: 市公安局, not
    …沿线站), else the longest name; None when it opens with none."""
    ends = [i for i in range(min(len(piece), 25), 1, -1) if looks_like_body(piece[:i]) and not cut_word(piece, i)]
    return next((piece[:i] for i in ends if _verb_after(piece[i:]) and piece[i:i + 1] not in "和与及"),
                piece[:ends[0]] if ends else None)


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
        if head := body_before_act(body):      # 由市文物行政管理部门报国务院文物行政管理部门备案: the first body acts
            role = "lead" if "会同" in body[len(head):] else "responsible"
            body = head
        for name, start, end in _split_authorities(body, offset + m.start("body")):
            if name not in vocabulary().generic and not name.startswith(("其他", "有关", "相关")):
                mentions.append(BodyMention(name, table.canonical(name), role, start, end))
    return mentions


def _split_authorities(body: str, offset: int) -> list[tuple[str, int, int]]:
    """国务院农业农村主管部门、市场监督管理部门 → both; 国务院铁路、交通、水利等有关部门 stays whole; alternatives
    (区管理委员会或镇人民政府) are both bodies."""
    for separators in (r"和|或者|或", r"、|和|或者|或"):     # A和省、自治区、直辖市…部门: 和 first, then 、 too
        parts, pos = [], 0
        for m in re.finditer(separators, body):
            parts.append((body[pos:m.start()], pos))
            pos = m.end()
        parts.append((body[pos:], pos))
        # 市交通委、区交通行政管理部门: a body by its form too (国务院和省…人民政府的…部门: the departments of both)
        if len(parts) > 1 and all((re.search(r"(部门|机关|机构|人民政府)$", p) and len(p) >= 4)
                                  or ("的" not in body and looks_like_body(p)) for p, _ in parts):
            return [(p, offset + at, offset + at + len(p)) for p, at in parts]
    return [(body, offset, offset + len(body))]
