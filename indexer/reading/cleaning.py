"""Cleaning: which lines are page chrome, which are a header block, and the document's metadata.

Nothing is rewritten: cleaning marks line spans (chrome, header, front matter) and reads metadata,
so that offsets into the loaded text stay valid for every quote.
"""
from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from pathlib import Path
from dataclasses import dataclass, field

from indexer.types import Source
from indexer.textutil import Line, cn_to_int, fold, lines_with_offsets, package_data

# Page chrome a scraped government page carries, matched on the folded line.
CHROME = [re.compile(p) for p in (
    r"^(?:(?:您|你)(?:所在|当前)?|所在|当前)的?(?:浏览)?位置\s*：",      # 您的位置：, 当前位置：, 您当前浏览位置：
    r"^发布(时间|日期)\s*：.*(\||来源|浏览|字体|字号|视力色|打印|分享)",   # and the page's widgets
    r".*发布(时间|日期)\s*：\s*\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}：\d{2}",     # a page's info bar: …网站 发布时间: 2016-02-23 09:40
    r"^(来源|浏览次数|阅读次数|点击数)\s*：",
    r"^作者\s*：[^。；]{0,20}来源\s*：",      # a page's info line: 作者： 来源：… 时间：…
    r"^分享到\s*：?$",
    r"^请进行滑动验证$",
    r"^(向右)?滑动(完成)?验证",
    r"^[xX×✕]$",
    r"^\S{2,20}网\s*\|\s*\d{4}-\d{1,2}-\d{1,2}$",
    r"^(版权所有|主办单位|承办单位|网站标识码|网站地图|联系我们|技术支持)",
    r".*ICP备\d+",
    r"^【?(打印本页|关闭窗口|打印|关闭|返回顶部|收藏)】?(\s*【?(打印本页|关闭窗口|打印|关闭)】?)*$",
    r"^(扫一扫|字号\s*：|【字体：|字体\s*：)",
    r"^<！--.*-->$",              # markup comments (folding turns ! into ！)
)]

ABOUT_TITLE = re.compile(r"^关于.{2,80}的(通知|决定|意见|批复|函|办法|方案|规定|报告)$")   # a title naming no issuer
# a site's banner or menu line, no part of a title: set apart by wide spaces, stars, bullets or bars
BANNER = re.compile(r"\S\s{2,}\S|[★☆●■◆▲|｜丨]")
SITE_SUFFIX = re.compile(r"\s*[-_—|｜]\s*[\u4e00-\u9fff]{2,16}(?:门户网站|政府网站|政府网|人民政府网)$")

HEADER_KEYS = ("title", "issuer", "doc_number", "date", "source", "completeness", "validity", "kind")

# 发文字号: 机关代字 + 〔年份〕 + 顺序号 + 号; real files also write [2024], (2024), 【2024】, 第36号.
DOC_NUMBER = re.compile(
    r"^(?P<org>[\u4e00-\u9fff]{2,12}?)\s*[〔\[［（【](?P<year>\d{4})[〕\]］）】]\s*第?(?P<seq>\d{1,5})\s*号$")
ORDER_NUMBER = re.compile(r"^(?P<org>[\u4e00-\u9fff]{1,12}令)\s*第\s*(?P<seq>\d{1,5})\s*号$")   # 国令第706号: an order
DAMAGED_DOC_NUMBER = re.compile(r"^(?P<org>[\u4e00-\u9fff]{2,12}?)[〔\[［（【](?P<digits>\d{5,9})[〕\]］）】]?号?$")
CN_DATE = re.compile(r"^(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日$")
# ○ (a circle) and Ｏ stand for 〇 in many typed signatures (二○○六年四月二十八日)
CN_NUMERAL_DATE = re.compile(r"^(?P<y>[〇○Ｏ零一二三四五六七八九]{4})年(?P<m>[一二三四五六七八九十]{1,3})月(?P<d>[一二三四五六七八九十]{1,3})日$")
# a labelled field's date as web pages print it: 2023-03-28, 2023/3/28, 2023.03.28, perhaps with its hour (10:00)
NUMERIC_DATE = re.compile(r"^(?P<y>\d{4})([-/.．])(?P<m>\d{1,2})\2(?P<d>\d{1,2})(?:\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?$")
DAMAGED_DATE = re.compile(r"^(?P<y>\d{4})(?P<rest>\d{2,4})$")
ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
ISSUER_ENDS = "府室厅会局部院署"
PLACE_OPENING = re.compile(r"^[\u4e00-\u9fff]{1,7}?(?:省|自治区|市|区|县|旗|镇|乡|街道)")
ISSUER_ENDINGS = "人民政府|办公室|办公厅|委员会|局|厅|部|院|署|政府"
ISSUER_LINE = re.compile(rf"^[\u4e00-\u9fff（）]{{4,40}}({ISSUER_ENDINGS})$")
# the body a title opens with (河北省人民政府办公厅关于…): a short 委/办 name too (市发展改革委关于…)
TITLE_ISSUER = re.compile(rf"^([\u4e00-\u9fff（）、]{{2,40}}?(?:{ISSUER_ENDINGS}|委|办))(?:关于|印发)")
NOTICE_ENDING = re.compile(r"的(通知|决定|意见|批复|函)$")
NOTICE_TITLE = re.compile(r"^.{2,60}(关于|印发).{2,80}的(通知|决定|意见|批复|函)$")
PUBLICITY = re.compile(r"^（此件(主动公开|公开发布|不公开|依申请公开)）$")
STRUCTURE_START = re.compile(
    r"^(#+\s*)?(第[一二三四五六七八九十百零〇]+[编章节条]|[一二三四五六七八九十]+[、.．]|（[一二三四五六七八九十]+）|专栏\s*\d+"
    r"|\|?\s*序号\s*[|\t])")      # or the header row of a table the document is (序号 | 重点任务 | 牵头单位 …)
ITEM_START = re.compile(r"^(#+\s*)?\d{1,2}[、.．](?!\d)")     # an item numbered 1、 1. 1． (not 1.1, not 2019.)
# decimal numbering (应急预案): 1.1 编制目的, 2.1.3 成员单位职责, and its top level 1 总则; a document numbers
# its headings this way when at least DECIMAL_MIN lines do
# (a space after 1.1, so that 1.9月30日前 and 3.55公顷 are not headings; 2.1.3 may run into its text)
DECIMAL_HEADING = re.compile(r"^(\d{1,2}\.\d{1,2}(?=[\s\u3000])|\d{1,2}(?:\.\d{1,2}){2,3}(?=[\s\u3000]|[\u4e00-\u9fff]))")
DECIMAL_TOP = re.compile(r"^(\d{1,2})[\s\u3000]+(?=[\u4e00-\u9fff])([^，。；：,]{1,20})$")
DECIMAL_MIN = 3
ATTACHMENT_LINE = re.compile(r"^附件\s*\d{0,2}\s*[：:]?\s*$")
HISTORY_LINE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日.*(通过|修正|修订|公布|发布|批准|施行)")
VALIDITY = re.compile(r"(现行有效|已被修改|已修改|部分失效|失效|废止|尚未生效)")


@dataclass
class Cleaned:
    """What cleaning learned about a loaded text: chrome lines, header, front matter, metadata."""
    lines: list[Line]                          # content lines (chrome and header removed)
    chrome: list[Line] = field(default_factory=list)
    header: dict = field(default_factory=dict)  # key: value block ending in ---
    front: dict = field(default_factory=dict)   # role → [Line]: notice_title, doc_number, recipients …
    meta: dict = field(default_factory=dict)
    recovered: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    body_start: int = 0
    body_end: int = 0


def is_chrome(line: str) -> bool:
    folded = fold(line).strip()
    return any(p.match(folded) for p in CHROME)


def _header_block(lines: list[Line]) -> tuple[dict, int]:
    """`key: value` lines closed by `---` at the top of a file; returns (fields, index after ---)."""
    fields: dict = {}
    for i, line in enumerate(lines):
        s = line.stripped
        if s == "---":
            return (fields, i + 1) if fields else ({}, 0)
        if not s:
            continue
        m = re.match(r"^([a-z_]+)\s*:\s*(.*)$", s)
        if not m or m.group(1) not in HEADER_KEYS:
            return {}, 0
        fields[m.group(1)] = m.group(2).strip()
    return {}, 0


def clean(source: Source) -> Cleaned:
    """Split a loaded text into chrome, header and content lines, and read its metadata."""
    all_lines = lines_with_offsets(source.text)
    header, first = _header_block(all_lines)
    out = Cleaned(lines=[])
    out.header = header
    for line in all_lines[first:]:
        s = line.stripped
        if not s:
            continue
        if is_chrome(s):
            out.chrome.append(line)
            _read_chrome(fold(s), out.meta)
            continue
        out.lines.append(line)
    if not out.lines:
        out.body_start = out.body_end = len(source.text)
        return out
    out.body_start, out.body_end = out.lines[0].start, out.lines[-1].end
    _front_matter(out)
    _metadata(source, out)
    return out


# a page's bar dating it: 发布时间：2016-06-28, 时间：2020年10月16日 (来源：… 时间：… on a page's info line)
CHROME_DATE = re.compile(r"(?:发布)?(?:时间|日期)\s*：\s*(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})")


def _read_chrome(folded: str, meta: dict) -> None:
    m = CHROME_DATE.search(folded)
    if m and _valid_date(*map(int, m.groups())):
        meta["发布"] = _iso(*map(int, m.groups()))
    m = re.search(r"来源\s*：\s*([^|｜]+)", folded)
    if m:       # up to the next field of the bar (来源：遂宁市人民政府办公室 发布时间：2016-06-28 …); none if empty
        site = re.split(r"(?:^|\s+)[\u4e00-\u9fff]{2,6}\s*：", m.group(1).strip())[0].strip()
        if site:
            meta["site"] = site
    m = VALIDITY.search(folded)
    if m and ("时效" in folded or "有效性" in folded):
        meta["validity"] = m.group(1)


def _iso(y: int, m: int, d: int) -> str:
    return dt.date(y, m, d).isoformat()


def _valid_date(y: int, m: int, d: int) -> bool:
    try:
        dt.date(y, m, d)
    except ValueError:
        return False
    return 1949 <= y <= dt.date.today().year + 1


# ---------------------------------------------------------------- front matter

@functools.lru_cache(maxsize=1)
def _meta_line():
    """发文机关：… / 标题：… / 发文字号：…: the labelled metadata lines of government pages (data/metadata.json)."""
    labels = package_data("metadata")["labels"]
    fields = dict(labels)
    names = "|".join(sorted(fields, key=len, reverse=True))
    return re.compile(rf"^({names})\s*：\s*(\S.*)?$"), fields


@functools.lru_cache(maxsize=1)
def _recipients_end() -> re.Pattern:
    """The end of a 主送 line that names no 各… (市人民政府有关部门，直属及驻漯有关单位：), data/metadata.json."""
    return re.compile(package_data("metadata")["recipients_end"]["pattern"])


@functools.lru_cache(maxsize=1)
def _spaced_labels():
    """A label inside a line of several fields, its letters perhaps spaced out (文    号), opening the line or after a
    space, and followed by a colon or a space: 发布时间：2023-03-28   发文机构：…, 发布机构 区政府办公室 文  号 …〔2023〕1号."""
    _, fields = _meta_line()
    names = "|".join(r"\s*".join(map(re.escape, name)) for name in sorted(fields, key=len, reverse=True))
    return re.compile(rf"(?:^|(?<=\s))({names})(?:\s*：\s*|\s+)")


def _fields_on_one_line(line: str) -> list[tuple[str, str]]:
    """The fields of a line opening with a label and holding several (发布时间：2023-03-28   发文机构：彭山区人民政府;
    索 引 号 MB1534522/2023-05475 发文日期 2023-01-03). A colon-less label needs another label on its line. []
    when the line is not of that form."""
    found = list(_spaced_labels().finditer(line))
    if len(found) < 2 or found[0].start() != 0:
        return []
    pairs = []
    for m, nxt in zip(found, found[1:] + [None]):
        value = line[m.end():nxt.start() if nxt else len(line)].strip()
        if not value and "：" not in m.group(0):
            return []       # a colon-less label needs its value (浏览次数： may be left empty by the page)
        pairs.append((re.sub(r"\s+", "", m.group(1)), value))
    return pairs


def _labelled_pairs(line: str, meta_line) -> list[tuple[str, str]]:
    """发文机关：国务院办公厅, or a metadata table row 发文机关： | 国务院办公厅 | 成文日期： | 2018年12月10日
    (labels may be spaced out: 索 引 号：), or several fields on one line. [] when the line is no labelled metadata."""
    if "|" not in line and (several := _fields_on_one_line(line)):
        return several
    cells = [c.strip() for c in line.split("|")]
    pairs, i = [], 0
    while i < len(cells):
        m = meta_line.match(re.sub(r"\s+", "", cells[i]))
        if m:
            value = (m.group(2) or "").strip()
            if not value and i + 1 < len(cells) and not meta_line.match(re.sub(r"\s+", "", cells[i + 1])):
                value, i = cells[i + 1], i + 1
            pairs.append((m.group(1), value))
        elif len(cells) == 1:
            return []
        i += 1
    return pairs


def _front_matter(out: Cleaned) -> None:
    """Roles of the lines before the first heading: notice title, 发文字号, recipients, signature …"""
    front: dict[str, list[Line]] = {}
    heading_at = next((i for i, line in enumerate(out.lines) if STRUCTURE_START.match(fold(line.stripped))),
                      len(out.lines))
    if uses_decimal_numbering(out.lines):
        heading_at = min(heading_at, next((i for i, line in enumerate(out.lines) if _decimal_start(out.lines, i)),
                                          heading_at))
    if heading_at == len(out.lines):
        # no part heading at all: a text whose top level is its numbered items (1、在兰州设立…事宜) starts at the first
        heading_at = next((i for i, line in enumerate(out.lines) if ITEM_START.match(fold(line.stripped))), heading_at)
    lines = out.lines[:heading_at]
    meta_line, fields = _meta_line()
    skip_next = 0
    # a notice set as the page's title (# 关于印发…的通知) whose text, signed and dated, is followed by a line 附件
    # and the attachment itself: the title is the notice's, the lines after 附件 the attachment's title and opening
    notice_with_attachment = _notice_with_attachment(lines)
    for i, line in enumerate(lines):
        s = fold(line.stripped).lstrip("#").strip()
        if skip_next:
            skip_next -= 1
            continue
        pairs = _labelled_pairs(s, meta_line)
        if pairs:
            front.setdefault("labelled", []).append(line)
            for label, value in pairs:
                if value:
                    out.meta.setdefault("labelled", {})[fields[label]] = value
            continue
        nxt = fold(lines[i + 1].stripped) if i + 1 < len(lines) else ""
        if ("notice_title" not in front and not NOTICE_TITLE.match(s) and "。" not in s and nxt
                and not DOC_NUMBER.match(s) and not DAMAGED_DOC_NUMBER.match(s)
                and len(s) + len(nxt) <= 120 and NOTICE_TITLE.match(s + nxt)
                and not (NOTICE_TITLE.match(nxt) and not nxt.startswith(("关于", "印发")))
                and not BANNER.search(s)):
            # (a line before a title naming its issuer, 法搜网--中国法律信息搜索网, is no part of it, nor a site's
            # banner: ★全国文明县城  ★国家卫生城市)
            front["notice_title"] = [line, lines[i + 1]]     # a title set on two lines is one title
            skip_next = 1
            continue
        if line.stripped.startswith("# ") and notice_with_attachment and "notice_title" not in front:
            front["notice_title"] = [line]
        elif notice_with_attachment and ATTACHMENT_LINE.match(s) and "signature" in front and "title" not in front:
            front["attachment"] = [line]     # the 附件 line between the notice's signature and the plan's title
        elif "attachment" in front and "title" not in front and "。" not in s and len(s) <= 100:
            front["title"] = [line]          # the attachment's title, however long
        elif line.stripped.startswith("# ") and "title" not in front:
            front["title"] = [line]          # a markdown title line
        elif DOC_NUMBER.match(_unbracketed(s)) or DAMAGED_DOC_NUMBER.match(s):
            front.setdefault("doc_number", []).append(line)     # 国发〔2019〕5号, or in brackets: （北政发〔2010〕39号）
        elif not front.keys() - {"labelled"} and _masthead().match(s):
            front["masthead"] = [line]       # 版头: 某某市某某区人民政府文件, the issuer's mark above the 文号
        elif NOTICE_TITLE.match(_unbooked(TITLE_DOC_NUMBER.sub("", s))) and "notice_title" not in front:
            front["notice_title"] = [line]      # in book marks too: 《某市人民政府办公厅关于…的通知》, its 文号 after it
        elif HISTORY_LINE.match(s) or ("history" in front and "title" in front):
            # a law's amendment history runs from its title to the first 章/条, wrapped lines included
            front.setdefault("history", []).append(line)
        elif PUBLICITY.match(s):
            front.setdefault("signature", []).append(line)
        elif _is_date_line(s):
            front.setdefault("date", []).append(line)
            front.setdefault("signature", []).append(line)
        elif _signs(lines, i):
            front.setdefault("issuer", []).append(line)
            front.setdefault("signature", []).append(line)
        elif s.endswith("：") and len(s) <= 60 and "recipients" not in front and "。" not in s and (
                "各" in s or (("doc_number" in front or "notice_title" in front) and "notice_body" not in front)
                or ("preamble" not in front and "notice_body" not in front and _recipients_end().search(s))):
            front["recipients"] = [line]     # 主送机关: 各省、自治区…：, or the one body a 批复 answers (教育部：)
        elif "title" in front and s == fold(front["title"][0].stripped).lstrip("#").strip():
            # the page's title line repeated above the text (# 关于…的通知, 文号, 关于…的通知): a notice's title, or
            # a repeat that is no opening text
            front["notice_title" if NOTICE_ENDING.search(s) and "notice_title" not in front else "title_repeat"] = [line]
        elif not re.search(r"^《[^《》]*》$|^[^《]+《[^《》]*》$", s) and "。" not in s and len(s) <= 40 \
                and "title" not in front and not s.endswith("：") \
                and not re.fullmatch(r"（[^（）]*）", s) and (
                "signature" in front or ATTACHMENT_LINE.match(fold(lines[i - 1].stripped) if i else "")):
            front["title"] = [line]          # the plan's own title after the notice's signature or its 附件 line
            last = s
            while i + 1 + skip_next < len(lines) and len(front["title"]) < 4:
                after = fold(lines[i + 1 + skip_next].stripped)
                second = len(front["title"]) == 1 and _title_goes_on(after)
                joined = last.endswith(("和", "及", "与", "暨", "的")) and 0 < len(after) <= 40 \
                    and not re.search(r"[，。：；！？]", after)
                if not (second or joined):
                    break
                # …2023年重点工作 / 任务分解和责任分工方案: one title; a line ending with 和 goes on whatever follows
                # (…第十四个五年规划和 / 二〇三五年远景目标纲要区级任务分工方案)
                front["title"].append(lines[i + 1 + skip_next])
                skip_next += 1
                last = after
        elif "title" in front or ("notice_title" not in front and "signature" not in front):
            front.setdefault("preamble", []).append(line)
        else:
            front.setdefault("notice_body", []).append(line)
    if "title" not in front and "notice_title" not in front and front.get("preamble"):
        # a leading short line, no full stop or colon, after any site banner (★全国文明县城  ★国家卫生城市); a line
        # 关于…的通知 among the opening's short lines before it is the title (吐鲁番市人民政府 / 政府信息公开 / 关于…的通知)
        at = next((k for k, line in enumerate(front["preamble"]) if not BANNER.search(fold(line.stripped))), 0)
        short = list(itertools.takewhile(lambda line: "。" not in line.stripped and len(line.stripped) <= 100,
                                         front["preamble"]))
        at = next((k for k, line in enumerate(short) if ABOUT_TITLE.match(fold(line.stripped))), at)
        first = front["preamble"][at]
        s = fold(first.stripped).lstrip("#").strip()
        if "。" not in s and len(s) <= 40 and not s.endswith("："):
            front["title"] = [first]
            # the banner above the title is the page's, no opening text
            front["banner"], front["preamble"] = front["preamble"][:at], front["preamble"][at + 1:]
    out.front = {k: v for k, v in front.items() if v}


def _title_goes_on(s: str) -> bool:
    """Is a short line right after a title's first line the rest of the title (任务分解和责任分工方案, （2023—2025年）),
    not a date, a 文号, a signing body, a recipients' line or the opening text?"""
    return (0 < len(s) <= 30 and not re.search(r"[，。：；！？]", s) and not DOC_NUMBER.match(s)
            and s.count("（") == s.count("）") and not re.search(r"年.{0,3}月.{0,3}日", s)
            and not _is_date_line(s) and not ISSUER_LINE.match(s) and not PUBLICITY.match(s)
            and not STRUCTURE_START.match(s))


@functools.lru_cache(maxsize=1)
def _masthead() -> re.Pattern:
    """The issuer's mark of an official document's 版头 (某某区人民政府文件), data/metadata.json masthead."""
    return re.compile(package_data("metadata")["masthead"]["pattern"])


def _notice_with_attachment(lines: list[Line]) -> bool:
    """Front lines that open with a notice title (# 关于印发…的通知) and hold, after a date line, a line 附件."""
    if not lines or not NOTICE_TITLE.match(fold(lines[0].stripped).lstrip("#").strip()):
        return False
    dated = False
    for line in lines[1:]:
        s = fold(line.stripped).lstrip("#").strip()
        if _is_date_line(s):
            dated = True
        elif dated and ATTACHMENT_LINE.match(s):
            return True
    return False


def uses_decimal_numbering(lines: list[Line]) -> bool:
    return sum(1 for line in lines if DECIMAL_HEADING.match(fold(line.stripped).lstrip("# "))) >= DECIMAL_MIN


def _decimal_start(lines: list[Line], i: int) -> bool:
    """1.1 编制目的 starts the text; so does 1 总则 when a decimal heading follows within three lines."""
    s = fold(lines[i].stripped).lstrip("# ")
    if DECIMAL_HEADING.match(s):
        return True
    return bool(DECIMAL_TOP.match(s)) and any(DECIMAL_HEADING.match(fold(line.stripped).lstrip("# "))
                                               for line in lines[i + 1:i + 4])


def _signs(lines: list[Line], i: int) -> bool:
    """Line i signs the text: it and the issuer lines after it, one body per line, lead to the date line (one body's
    signature, or several bodies' when they issue the text jointly)."""
    j = i
    while j < len(lines) and ISSUER_LINE.match(fold(lines[j].stripped)):
        j += 1
    return i < j < len(lines) and _is_date_line(fold(lines[j].stripped))


def _signature_issuers(out: Cleaned) -> str:
    """The bodies of the first signature, joined with 、 when several sign on consecutive lines."""
    at = {id(line): k for k, line in enumerate(out.lines)}
    signed = out.front["issuer"]
    run = [signed[0]]
    for line in signed[1:]:
        if at[id(line)] != at[id(run[-1])] + 1:
            break
        run.append(line)
    return "、".join(name for line in run for name in _signed_names(fold(line.stripped)))


def _signed_names(line: str) -> list[str]:
    """The bodies of one signature line: two or more when a table layout set them side by side without a space
    (黄浦区教育局黄浦区文化和旅游局), cut where the line's opening place name comes back after a body's ending."""
    place = PLACE_OPENING.match(line)
    if not place:
        return [line]
    cut = rf"(?<=[{ISSUER_ENDS}])(?={re.escape(place.group(0))})"
    return [name for name in re.split(cut, line) if name]


def _is_date_line(s: str) -> bool:
    return bool(CN_DATE.match(s) or CN_NUMERAL_DATE.match(s) or DAMAGED_DATE.match(s))


# ---------------------------------------------------------------- metadata

def _unbooked(s: str) -> str:
    """A line wholly in book marks without them (《…的通知》 → …的通知)."""
    return s[1:-1].strip() if re.fullmatch(r"《[^《》]+》", s) else s


def _unbracketed(s: str) -> str:
    """A line wholly in brackets without them (（北政发〔2010〕39号） → 北政发〔2010〕39号)."""
    return s[1:-1].strip() if re.fullmatch(r"（[^（）]+）", s) else s


SENDS = re.compile(r"印发|转发|下发|颁发|发布|公布")   # a notice that sends a text it names in 《》
# …的实施意见（池政〔2017〕101号）; its year in any of the brackets DOC_NUMBER reads (《…的通知》（鲁政办字（2019）58号）)
TITLE_DOC_NUMBER = re.compile(r"\s*（([^（）]{2,12}?[〔\[［【（]\d{4}[〕\]］】）]第?\d{1,5}号)）$")


def read_doc_number(s: str) -> tuple[str | None, bool, str | None]:
    """(normalised 发文字号, recovered?, warning) from one line."""
    s = _unbracketed(fold(s).strip())
    m = DOC_NUMBER.match(s)
    if m:
        return f"{m['org']}〔{m['year']}〕{int(m['seq'])}号", False, None
    m = ORDER_NUMBER.match(s)
    if m:
        return f"{m['org']}第{int(m['seq'])}号", False, None
    m = DAMAGED_DOC_NUMBER.match(s)
    if not m:
        return None, False, None
    digits = m["digits"]
    year, seq = digits[:4], digits[4:]
    # the year is always four digits, so the reading is unique when the rest is a plain sequence number
    if 1949 <= int(year) <= dt.date.today().year + 1 and seq and not seq.startswith("0"):
        return f"{m['org']}〔{year}〕{int(seq)}号", True, None
    return None, False, f"damaged 发文字号 '{s}' admits no single reading; left unset"


def read_date(s: str, not_after: str | None = None) -> tuple[str | None, bool, str | None]:
    """(ISO date, recovered?, warning) from 2024年8月22日, 二〇二四年八月二十二日, 2024-08-22 or damaged 2024822."""
    s = fold(s).strip()
    m = CN_DATE.match(s) or NUMERIC_DATE.match(s)
    if m and _valid_date(int(m["y"]), int(m["m"]), int(m["d"])):
        return _iso(int(m["y"]), int(m["m"]), int(m["d"])), False, None
    m = CN_NUMERAL_DATE.match(s)
    if m:
        y, mo, d = cn_to_int(re.sub("[○Ｏ]", "〇", m["y"])), cn_to_int(m["m"]), cn_to_int(m["d"])
        if _valid_date(y, mo, d):
            return _iso(y, mo, d), False, None
    m = DAMAGED_DATE.match(s)
    if not m:
        return None, False, None
    y, rest = int(m["y"]), m["rest"]
    readings = set()
    for cut in (1, 2):
        month, day = rest[:cut], rest[cut:]
        if not day or len(day) > 2:
            continue
        mo, d = int(month), int(day)
        if _valid_date(y, mo, d):
            iso = _iso(y, mo, d)
            if not_after is None or iso <= not_after:
                readings.add(iso)
    if len(readings) == 1:
        return readings.pop(), True, None
    return None, False, (f"damaged date '{s}' admits {len(readings)} readings "
                         f"({', '.join(sorted(readings)) or 'none'}); left unset")


def _metadata(source: Source, out: Cleaned) -> None:
    front, meta = out.front, out.meta
    header = out.header

    def first(role: str) -> str | None:
        return front[role][0].stripped if role in front else None

    if header:
        _header_metadata(header, meta)
    labelled = meta.pop("labelled", {})
    for key in ("title", "issuer", "validity", "consulting_office", "consulting_phone", "index_number"):
        if labelled.get(key):
            meta.setdefault(key, labelled[key])
    if labelled.get("doc_number"):
        _read_field(out, meta, "doc_number", "发文字号", labelled["doc_number"], read_doc_number(labelled["doc_number"]))
    for event in ("成文", "发布", "施行"):
        if labelled.get(event):
            _read_field(out, meta, event, f"{event}日期", labelled[event], read_date(labelled[event]))
    title_line = _unspaced("".join(line.stripped.lstrip("#").strip() for line in front["title"])) \
        if "title" in front else None
    notice = _unbooked(_unspaced("".join(line.stripped.lstrip("#").strip() for line in front["notice_title"]))) \
        if "notice_title" in front else None
    if title_line:
        meta.setdefault("title", title_line.lstrip("#").strip())
    if notice:
        meta["notice_title"] = notice
        m = re.search(r"印发(.+?)的通知", fold(notice))
        if "title" not in meta and m:
            meta["title"] = m.group(1).strip("《》")
    # a notice without a title line: the opening after its recipients (各县级市人民政府：/《…方案》已经…，现印发给你们)
    untitled_notice = front.get("preamble", [])[:1] if "recipients" in front and "notice_title" not in front else []
    for line in front.get("notice_body", []) + untitled_notice:
        # 现将《…方案》印发给你们: the document sent; not a text a notice of its own title cites (为做好…工作，现就
        # 《政府工作报告》确定的重点工作提出分工意见)
        m = re.search(r"《(.+?)》", line.stripped)
        if m and "title" not in meta and SENDS.search(line.stripped[m.end():]):
            meta["title"] = m.group(1)
    if "title" not in meta and source.html_title:
        meta["title"] = source.html_title
    for key in ("title", "notice_title"):
        if meta.get(key):       # a page's title ending with its site's name (…的意见-湖南省人民政府门户网站)
            meta[key] = SITE_SUFFIX.sub("", meta[key]) or meta[key]
        # a title line ending with its 文号 in brackets (…的实施意见（池政〔2017〕101号）): the number, and the title without it
        if meta.get(key) and (m := TITLE_DOC_NUMBER.search(fold(meta[key]))):
            meta[key] = _unbooked(meta[key][:m.start()].strip())
            if "doc_number" not in meta and "doc_number" not in front:
                _read_field(out, meta, "doc_number", "发文字号", m.group(1), read_doc_number(m.group(1)))
    if "doc_number" in front and "doc_number" not in meta:
        _read_field(out, meta, "doc_number", "发文字号", first("doc_number"), read_doc_number(first("doc_number")))
    if "date" in front:
        _read_field(out, meta, "成文", "成文日期", first("date"), read_date(first("date"), not_after=meta.get("发布")))
    if "成文" not in meta:     # the signature after the body (an issuer line, then a date line) dates it
        signed = [fold(b.stripped) for a, b in zip(out.lines, out.lines[1:])
                  if _is_date_line(fold(b.stripped)) and ISSUER_LINE.match(fold(a.stripped))]
        last = [fold(line.stripped) for line in out.lines[-8:] if _is_date_line(fold(line.stripped))]
        date = (signed or last[-1:] or [None])[0]
        if date:
            _read_field(out, meta, "成文", "成文日期", date, read_date(date, not_after=meta.get("发布")))
    if "issuer" in front and "issuer" not in meta:
        meta["issuer"] = _signature_issuers(out)
    by = TITLE_ISSUER.match(fold(notice or meta.get("title", "")))
    if by and labelled.get("issuer") and meta.get("issuer") == labelled["issuer"] and len(by.group(1)) > len(
            meta["issuer"]) and by.group(1).endswith(meta["issuer"][-2:]):
        meta["issuer"] = by.group(1)    # a page's field abbreviates (市政府办公室) the body its title names in full
    if "issuer" not in meta and "masthead" in front:
        meta["issuer"] = fold(first("masthead")).removesuffix("文件")
    if "issuer" not in meta and by:
        meta["issuer"] = by.group(1)        # 河北省人民政府办公厅关于…的实施意见, unsigned: the body before 关于
    if "recipients" in front:
        raw = fold(first("recipients")).rstrip("：")
        meta["recipients"] = [r.strip() for r in raw.split("，") if r.strip()]
    _history(out, meta)
    if meta.get("validity_note"):
        out.warnings.append(f"效力需要核实（文件头说明：{meta['validity_note']}）")
    if "title" not in meta and notice and not SENDS.search(notice):
        meta["title"] = notice      # 湖北省人民政府关于…的意见: a title of that form is the document's own
    if "title" not in meta:
        meta["title"] = _fallback_title(source)
        out.warnings.append(f"未能识别文件标题，以文件名“{meta['title']}”代替")


def _read_field(out: Cleaned, meta: dict, key: str, name: str, raw: str, reading: tuple) -> None:
    """Store a value read from the front matter; say so when it was rebuilt from damaged text."""
    value, recovered, warning = reading
    if value:
        meta[key] = value
        if recovered:
            out.recovered.append("doc_number" if key == "doc_number" else name)
            out.warnings.append(f"{name} recovered from damaged text '{raw}' → {value}")
    if warning:
        out.warnings.append(warning)


def _unspaced(title: str) -> str:
    """A title as written, without the spaces a layout left: letters spaced out (国 务 院 工 作 规 则), spaces inside or
    beside a 《》 title (关于印发 《…分解 和…》); a space between two issuers' names (…管理局 上海市…) stays."""
    cjk = "\u4e00-\u9fff"
    title = re.sub(rf"(?<![{cjk}])[{cjk}](?: [{cjk}]){{2,}}(?![{cjk}])", lambda m: m.group(0).replace(" ", ""), title)
    title = re.sub(r"《[^《》]*》", lambda m: re.sub(rf"(?<=[{cjk}《])\s+(?=[{cjk}》])", "", m.group(0)), title)
    return re.sub(r"\s+(?=《)|(?<=》)\s+", "", title)


def _fallback_title(source: Source) -> str:
    return Path(source.path).stem


_EVENT_WORDS = (("通过", "通过"), ("修正", "修正"), ("修订", "修订"), ("公布", "公布"), ("发布", "发布"),
                ("批准", "批准"), ("施行", "施行"))
_HEADER_EVENTS = (("adopted", "通过"), ("amendment", "修正"), ("amended", "修正"), ("revised", "修订"),
                  ("revision", "修订"), ("promulgated", "公布"), ("approved", "批准"), ("in force", "施行"),
                  ("published", "发布"))


def _header_metadata(header: dict, meta: dict) -> None:
    if header.get("title"):
        meta["title"] = header["title"]
    if header.get("issuer"):
        meta["issuer"] = header["issuer"]
    number = header.get("doc_number", "")
    number = re.sub(r"\s*\(.*\)\s*$", "", number).strip()
    if number and "not given" not in number:
        meta["doc_number"] = number
    events = []
    for part in header.get("date", "").split(";"):
        m = ISO_DATE.search(part)
        if not m:
            continue
        iso = _iso(*map(int, m.groups()))
        words = part.lower()
        event = next((cn for en, cn in _HEADER_EVENTS if en in words), "日期")
        events.append((event, iso))
    if events:
        meta["header_events"] = events
    for key in ("validity", "kind"):
        if header.get(key):
            meta[key] = header[key]
    note = next((part.strip() for part in re.split(r"(?<=\.)\s+", header.get("completeness", ""))
                 if "validity" in part.lower()), None)
    if note:
        meta["validity_note"] = note


def _history(out: Cleaned, meta: dict) -> None:
    """Dates of adoption and amendment from a law's history lines, then from its header block."""
    events = []
    for line in out.front.get("history", []):
        s = fold(line.stripped)
        for m in re.finditer(r"(\d{4})年(\d{1,2})月(\d{1,2})日((?:(?!\d{4}年).)*?)(通过|修正|修订|公布|发布|批准|施行)", s):
            events.append((m.group(5), _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))))
    if out.front.get("history"):
        meta["history"] = [line.stripped for line in out.front["history"]]
    known_dates = {d for _, d in events}
    events += [e for e in meta.pop("header_events", []) if e[1] not in known_dates]
    if events:
        meta["events"] = sorted(events, key=lambda e: e[1])
