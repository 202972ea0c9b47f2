"""Small text helpers shared by every stage: width folding, lines with offsets, numerals, sentences.

Every helper here keeps offsets valid: `fold` maps one character to one character, so a match found
in the folded text is at the same offsets in the original.
"""
from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path

PACKAGE_DATA = Path(__file__).parent / "data"     # the general knowledge shipped with the package

# Half-width punctuation that scraped pages write where the official file has the full-width form.
# One character to one character, so offsets computed on the folded text hold in the original.
_FOLD = str.maketrans({
    "(": "（", ")": "）", ",": "，", ":": "：", ";": "；", "?": "？", "!": "！",
    "[": "［", "]": "］", "\u3000": " ", "\xa0": " ",
})


def table_cells(line: str) -> list[str]:
    """A table row's cells, as written (not stripped): split by | (the HTML and .docx readers, Markdown) or, in a
    row without |, by tabs (a table pasted into a text file)."""
    return line.split("|") if "|" in line else line.split("\t")


def fold(text: str) -> str:
    """Full-width punctuation for its half-width look-alike, same length as the input."""
    return text.translate(_FOLD)


def book_title(title: str) -> str:
    """A title in book-title marks, a title nested in it marked 〈〉 as GB/T 15834 writes it
    (2006年《政府工作报告》要求… → 《2006年〈政府工作报告〉要求…》)."""
    return "《" + title.replace("《", "〈").replace("》", "〉") + "》"


@functools.lru_cache(maxsize=1)
def _t2s():
    from opencc import OpenCC   # opencc-python-reimplemented: pure Python, dictionaries inside the wheel
    return OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional characters as simplified ones (誰負責工程質量投訴處理 → 谁负责工程质量投诉处理); simplified
    text comes back unchanged. For questions only: documents are quoted as they are written."""
    return _t2s().convert(text)


@dataclass(frozen=True)
class Line:
    start: int   # offset of the first character of the line
    end: int     # offset just past the last character (newline excluded)
    text: str

    @property
    def stripped(self) -> str:
        return self.text.strip()


_EOL = re.compile(r"\r\n|\r|\n")


def longest_shared_piece(question: str, texts: list[str]) -> str:
    """The longest piece of `question` found verbatim in every text. If a piece of length L is found, one of
    length L-1 is too, so the length is found by binary search."""
    lo, hi, piece = 0, len(question), ""
    while lo < hi:
        mid = (lo + hi + 1) // 2
        found = next((question[i:i + mid] for i in range(len(question) - mid + 1)
                      if all(question[i:i + mid] in t for t in texts)), None)
        if found:
            lo, piece = mid, found
        else:
            hi = mid - 1
    return piece


def lines_with_offsets(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    """The lines of text[start:end] with their offsets; \r\n and \r endings are handled."""
    end = len(text) if end is None else end
    out, pos = [], start
    while True:
        m = _EOL.search(text, pos, end)
        if m is None:
            out.append(Line(pos, end, text[pos:end]))
            return out
        out.append(Line(pos, m.start(), text[pos:m.start()]))
        pos = m.end()


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) so that it neither begins nor ends with whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
              "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
CN_NUMERAL = "零〇一二两三四五六七八九十百千"


def cn_to_int(numeral: str) -> int:
    """一 → 1, 十三 → 13, 二十六 → 26, 一百五十四 → 154, 一〇五 → 105."""
    if not numeral or any(ch not in CN_NUMERAL for ch in numeral):
        raise ValueError(f"not a Chinese numeral: {numeral!r}")
    if not any(ch in _CN_UNITS for ch in numeral):  # digit by digit, as in 二〇二四
        value = 0
        for ch in numeral:
            value = value * 10 + _CN_DIGITS[ch]
        return value
    total, digit = 0, 0
    for ch in numeral:
        if ch in _CN_DIGITS:
            digit = _CN_DIGITS[ch]
        else:
            total += (digit or 1) * _CN_UNITS[ch]
            digit = 0
    return total + digit


def int_to_cn(number: int) -> str:
    """1 → 一, 13 → 十三, 26 → 二十六, 105 → 一百零五, 154 → 一百五十四 (as laws number articles)."""
    if not 0 < number < 10000:
        raise ValueError(f"out of range: {number}")
    digits = "零一二三四五六七八九"
    parts, units = [], [(1000, "千"), (100, "百"), (10, "十"), (1, "")]
    rest, pending_zero = number, False
    for value, unit in units:
        d, rest = divmod(rest, value)
        if d:
            if pending_zero:
                parts.append("零")
            parts.append(digits[d] + unit)
            pending_zero = False
        elif parts:
            pending_zero = True
    text = "".join(parts)
    return text[1:] if text.startswith("一十") else text


_SENTENCE_END = "。！？；!?;"


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of text[start:end] as offsets: ended by 。！？； or a line break, whitespace trimmed. A stop inside
    brackets that close on the same line ends no sentence: (…等负责。列第一位的为牵头部门，下同) is one aside."""
    spans: list[tuple[int, int]] = []

    def close(a: int, b: int) -> None:
        a, b = strip_span(text, a, b)
        if b > a:
            spans.append((a, b))

    s, i, depth = start, start, 0
    while i < end:
        ch = text[i]
        if ch in "\r\n":
            close(s, i)
            s = i = i + 1
            depth = 0
        elif ch in "（(":
            depth += 1
            i += 1
        elif ch in "）)":
            depth = max(0, depth - 1)
            i += 1
        elif ch in _SENTENCE_END and depth and text[i + 1:i + 2] not in ("）", ")") \
                and _closes_on_line(text, i + 1, end, depth):
            i += 1
        elif ch in _SENTENCE_END:
            depth = 0
            stop = i + 1
            # keep a closing quote or bracket with its sentence: 。” or 。）
            while stop < end and text[stop] in "”’）)》」":
                stop += 1
            close(s, stop)
            s = i = stop
        else:
            i += 1
    close(s, end)
    return spans


def _closes_on_line(text: str, i: int, end: int, depth: int) -> bool:
    """Do the `depth` brackets open at i close before the line ends?"""
    while i < end and text[i] not in "\r\n":
        if text[i] in "（(":
            depth += 1
        elif text[i] in "）)":
            depth -= 1
            if depth == 0:
                return True
        i += 1
    return False


def clause_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Comma-level pieces of a sentence (，,；;。), for quoting a single figure; a comma inside brackets that close
    in the sentence (举报人（以下统称举报人，应当为自然人）通过专线…) splits nothing."""
    spans, s = [], start
    inside = _inside_closed_brackets(text, start, end)
    for i in range(start, end):
        if text[i] in "，,；;。：:" and not inside[i - start]:
            a, b = strip_span(text, s, i)
            if b > a:
                spans.append((a, b))
            s = i + 1
    a, b = strip_span(text, s, end)
    if b > a:
        spans.append((a, b))
    return spans



def _inside_closed_brackets(text: str, start: int, end: int) -> list[bool]:
    """For each character of text[start:end]: is it inside round brackets that close before `end`?"""
    inside, opened = [False] * (end - start), []
    for i in range(start, end):
        if text[i] in "（(":
            opened.append(i)
        elif text[i] in "）)" and opened:
            for j in range(opened.pop() + 1, i):
                inside[j - start] = True
    return inside


@functools.lru_cache(maxsize=None)
def package_data(name: str) -> dict:
    """The package's data/<name>.json, read once."""
    return json.loads((PACKAGE_DATA / f"{name}.json").read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=None)
def word_families(name: str) -> dict[str, re.Pattern]:
    """The families of words in the package's data/<name>.json ({"families": {NAME: {"pattern": …}}}), compiled."""
    families = package_data(name)["families"]
    return {family: re.compile(entry["pattern"]) for family, entry in families.items()}


def read_table(path: str | Path | None, key: str) -> list:
    """The list under `key` in a JSON data file kept next to the documents (bodies.json …); [] without one."""
    if not path or not Path(path).exists():
        return []
    return json.loads(Path(path).read_text(encoding="utf-8")).get(key, [])
