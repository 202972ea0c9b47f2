"""Quantified targets of plans: 98.5%以上, 115家, 4.4万亩, 不少于100个, 超过30% … with indicator, value,
comparison, year and the unit that states them. Each target is a verbatim clause with its offsets.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from indexer.textutil import clause_spans, fold

VALUE = re.compile(r"(?P<before>超过|不少于|不低于|达到|达|保持在|低于|不超过|控制在)?"
                   r"(?P<number>\d+(?:\.\d+)?)(?P<unit>%|万亩|亩|家|个|项|分|条|座|亿元|万元|倍)"
                   r"(?P<after>以上|以下|左右)?")
YEAR = re.compile(r"(?:到|至)?(20\d\d)年")
COMPARISON = {"超过": ">", "不少于": "≥", "不低于": "≥", "达到": "≥", "达": "≥", "保持在": "≥", "低于": "<",
              "不超过": "≤", "控制在": "≤"}


@dataclass(frozen=True)
class Target:
    doc_id: str
    unit_id: str
    indicator: str               # 食品评价性抽检合格率
    value: str                   # 98.5
    measure: str                 # %
    comparison: str              # ≥, >, =, ≤ … as the words say
    wording: str                 # 达到…以上 (the words that give the comparison)
    year: str | None             # 2025
    start: int
    end: int
    quote: str                   # the clause, verbatim: 食品评价性抽检合格率达到98.5%以上


def _comparison(before: str | None, after: str | None) -> str:
    if after == "以上":
        return "≥" if before in (None, "达到", "达", "保持在") else COMPARISON.get(before, "≥")
    if after == "以下":
        return "≤"
    return COMPARISON.get(before, "=")


def _indicator(clause: str, match: re.Match) -> str:
    head = clause[:match.start()].strip()
    head = re.sub(r"^(到|至)?20\d\d年", "", head).strip("，, ")
    head = re.sub(r"均$", "", head)
    tail = clause[match.end():].strip("，,。 ")
    if not head or head in ("累计建成", "累计培育", "推动", "建立", "新增", "实施"):
        return f"{head}{tail}".strip() or clause
    return head


def extract(documents: dict, units: list) -> list[Target]:
    """Every quantified target in the searchable units of plans, in document order."""
    out = []
    for unit in units:
        doc = documents[unit.doc_id]
        if not unit.retrievable or doc.kind != "plan":
            continue
        unit_year = YEAR.search(unit.text)
        for start, end in clause_spans(doc.text, unit.start, unit.end):
            clause = fold(doc.text[start:end])
            for m in VALUE.finditer(clause):
                if m.group("unit") in ("个", "家", "项", "条") and not m.group("before") and "累计" not in clause \
                        and not re.search(r"(建立|新增|实施|推动|培育|建成)", clause[:m.start()]):
                    continue  # a bare count (6条主导产业链 is kept through 推动) is not a target
                sentence_year = YEAR.search(fold(doc.text[max(unit.start, start - 40):start + 1]))
                year = (sentence_year or unit_year).group(1) if (sentence_year or unit_year) else None
                out.append(Target(unit.doc_id, unit.unit_id, _indicator(clause, m), m.group("number"),
                                  m.group("unit"), _comparison(m.group("before"), m.group("after")),
                                  f"{m.group('before') or ''}…{m.group('after') or ''}".strip("…"),
                                  year, start, end, doc.text[start:end]))
    return out
