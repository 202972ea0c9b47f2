""".docx loading with python-docx, keeping Word's automatic numbering.

`paragraph.text` drops automatic numbering, so an auto-numbered `一、` heading would vanish; the
numbering definitions are read here and the label is written back in front of the paragraph.
"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

from indexer.errors import EmptyDocument, UnreadableDocument
from indexer.textutil import int_to_cn

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_CHINESE_FORMATS = {"chineseCounting", "chineseCountingThousand", "ideographTraditional",
                    "taiwaneseCounting", "taiwaneseCountingThousand", "japaneseCounting"}


def _format_number(value: int, fmt: str) -> str:
    if fmt in _CHINESE_FORMATS:
        return int_to_cn(value)
    if fmt == "lowerLetter":
        return chr(ord("a") + (value - 1) % 26)
    if fmt == "upperLetter":
        return chr(ord("A") + (value - 1) % 26)
    return str(value)


def _numbering_levels(document) -> dict:
    """numId → {ilvl: (numFmt, lvlText, start)} from the numbering part, or {} when there is none."""
    try:
        root = document.part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):
        return {}
    abstract = {}
    for an in root.iter(f"{_W}abstractNum"):
        levels = {}
        for lvl in an.iter(f"{_W}lvl"):
            fmt = lvl.find(f"{_W}numFmt")
            text = lvl.find(f"{_W}lvlText")
            start = lvl.find(f"{_W}start")
            levels[int(lvl.get(f"{_W}ilvl"))] = (
                fmt.get(f"{_W}val") if fmt is not None else "decimal",
                text.get(f"{_W}val") if text is not None else "%1.",
                int(start.get(f"{_W}val")) if start is not None else 1)
        abstract[an.get(f"{_W}abstractNumId")] = levels
    nums = {}
    for num in root.iter(f"{_W}num"):
        ref = num.find(f"{_W}abstractNumId")
        if ref is not None:
            nums[num.get(f"{_W}numId")] = abstract.get(ref.get(f"{_W}val"), {})
    return nums


def _num_props(paragraph):
    ppr = paragraph._p.pPr
    numpr = ppr.numPr if ppr is not None else None
    if numpr is None and paragraph.style is not None:
        style_ppr = paragraph.style.element.pPr
        numpr = style_ppr.numPr if style_ppr is not None else None
    if numpr is None or numpr.numId is None:
        return None
    ilvl = numpr.ilvl.val if numpr.ilvl is not None else 0
    return str(numpr.numId.val), int(ilvl)


def docx_lines(document) -> list[str]:
    """Paragraph texts with automatic numbering restored, then table rows as `cell | cell`."""
    levels = _numbering_levels(document)
    counters: dict[str, dict[int, int]] = {}
    lines = []
    for paragraph in document.paragraphs:
        text = paragraph.text
        props = _num_props(paragraph)
        if props and props[0] in levels and props[1] in levels[props[0]]:
            num_id, ilvl = props
            count = counters.setdefault(num_id, {})
            fmt, pattern, start = levels[num_id][ilvl]
            count[ilvl] = count.get(ilvl, start - 1) + 1
            for deeper in [k for k in count if k > ilvl]:
                del count[deeper]
            label = pattern
            for k in range(ilvl + 1):
                value = count.get(k, levels[num_id].get(k, ("decimal", "", 1))[2])
                label = label.replace(f"%{k + 1}", _format_number(value, levels[num_id].get(k, (fmt,))[0]))
            text = label + text
        lines.append(text)
    for table in document.tables:
        for row in table.rows:
            cells = [c.text.strip().replace("\n", " ") for c in row.cells]
            lines.append(" | ".join(cells))
    return lines


def load_docx(path: Path, data: bytes, digest: str):
    from docx import Document as open_docx

    from indexer.types import Source

    try:
        document = open_docx(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise UnreadableDocument(f"{path}: broken or unreadable .docx ({type(exc).__name__}: {exc})") from exc
    text = "\n\n".join(line for line in docx_lines(document) if line.strip())
    if not text.strip():
        raise EmptyDocument(f"{path}: the Word document has no text")
    return Source(str(path), text + "\n", "docx", None, (), (), digest)
