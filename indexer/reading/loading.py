"""Loading files into text: .txt/.md (UTF-8, UTF-16 or GB18030), .html, .pdf (pypdf, pages kept), .docx.

The text a loader returns is the text every quote is sliced from. For .txt and .md it is the decoded
file, unchanged; for the other formats it is the text layer the loader extracted.
"""
from __future__ import annotations

import codecs
import hashlib
import html
import re

from html.parser import HTMLParser
from pathlib import Path

from indexer.errors import EmptyDocument, UnreadableDocument, UnsupportedFormat
from indexer.types import Source  # re-exported: the reading stage produces it

SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")
MAX_BYTES = 50 * 1024 * 1024


def file_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def load(path: str | Path) -> Source:
    """Read one file. Raises UnreadableDocument, EmptyDocument or UnsupportedFormat with the file's name."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise UnsupportedFormat(f"{path}: unsupported file type '{suffix}' (supported: {', '.join(SUFFIXES)})")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableDocument(f"{path}: cannot read the file ({exc.strerror or exc})") from exc
    if len(data) > MAX_BYTES:
        raise UnreadableDocument(f"{path}: {len(data) // 2**20} MB is larger than the {MAX_BYTES // 2**20} MB limit")
    if not data.strip():
        raise EmptyDocument(f"{path}: the file is empty")
    digest = file_hash(data)
    if suffix == ".pdf":
        return _load_pdf(path, data, digest)
    if suffix == ".docx":
        from indexer.reading.docx_loader import load_docx  # python-docx is imported only when a .docx is read
        return load_docx(path, data, digest)
    text, encoding, warnings = decode(data, str(path), declared=_declared_charset(data) if suffix in (".html", ".htm") else None)
    if suffix in (".html", ".htm"):
        text, title = html_to_text(text)
        if not text.strip():
            raise EmptyDocument(f"{path}: the HTML page has no text")
        return Source(str(path), text, "html", encoding, (), tuple(warnings), digest, title)
    if not text.strip():
        raise EmptyDocument(f"{path}: the file holds only whitespace")
    return Source(str(path), text, suffix.lstrip("."), encoding, (), tuple(warnings), digest)


# ---------------------------------------------------------------- encodings

_PLAUSIBLE = re.compile(r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2000-\u206f\u0020-\u007e\s·—…“”‘’《》〔〕]")


def _common_share(text: str) -> float:
    """Share of Chinese characters among the 3,755 common ones (GB2312 level 1, lead bytes B0–D7).

    Real Chinese prose scores above 0.9; bytes of another encoding decoded as GB18030 give rare
    characters (Qualität → Qualit鋞) and score low.
    """
    han = [ch for ch in text if "\u4e00" <= ch <= "\u9fff"]
    if not han:
        return 0.0
    common = 0
    for ch in han:
        try:
            common += 0xB0 <= ch.encode("gb2312")[0] <= 0xD7
        except UnicodeEncodeError:
            pass
    return common / len(han)


def _plausible_chinese(text: str) -> bool:
    """True when nearly every character is one a Chinese official text uses, and most are common ones."""
    if not text:
        return False
    good = len(_PLAUSIBLE.findall(text))
    return good / len(text) >= 0.97 and _common_share(text) >= 0.8


def _declared_charset(data: bytes) -> str | None:
    m = re.search(rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_-]+)", data[:4096], re.I)
    return m.group(1).decode("ascii").lower() if m else None


def decode(data: bytes, name: str, declared: str | None = None) -> tuple[str, str, list[str]]:
    """Bytes to text: BOMs, UTF-8, a declared charset, then GB18030 if the result reads as Chinese.

    Anything else is refused rather than decoded into mojibake.
    """
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", name), "utf-8-sig", []
    for bom, enc in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return _strict(data[2:], enc, name), enc, []
    if b"\x00" in data:
        raise UnreadableDocument(f"{name}: looks like a binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    candidates = []
    if declared and declared not in ("utf-8", "utf8"):
        candidates.append("gb18030" if declared in ("gb2312", "gbk", "gb18030") else declared)
    candidates += [c for c in ("gb18030", "big5") if c not in candidates]
    for enc in candidates:
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        if _plausible_chinese(text):
            return text, enc, [f"{name}: not UTF-8; decoded as {enc.upper()}"]
    raise UnreadableDocument(
        f"{name}: unknown text encoding (not UTF-8, UTF-16 or GB18030); save the file as UTF-8 and add it again")


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise UnreadableDocument(f"{name}: declares {encoding} by its byte-order mark but is not valid {encoding} "
                                 f"(byte {exc.start})") from exc


# ---------------------------------------------------------------- HTML

_BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
          "table", "ul", "ol", "blockquote", "pre", "hr", "dt", "dd", "title"}
_SKIP = {"script", "style", "noscript", "head", "template", "svg"}


MAX_CELL = 400   # a cell longer than this is page layout (a whole article in a <td>), not a table cell


class _TextExtractor(HTMLParser):
    """Visible text, one block a line. A table row whose cells are all short is one line, cells separated by
    " | " (as the .docx reader writes them); layout tables (a page inside a cell) stay blocks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.title: str | None = None
        self._in_title = False
        self.rows: list[list[list[str]]] = []     # open rows (nested tables), each a list of cells' parts
        self.in_cell: list[bool] = []             # per open row: is a cell open

    def _sink(self) -> list[str]:
        return self.rows[-1][-1] if self.rows and self.in_cell[-1] and self.rows[-1] else self.parts

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self.skip += 1
        if tag == "title":
            self._in_title = True
        if tag == "tr":
            self.rows.append([])
            self.in_cell.append(False)
        elif tag in ("td", "th") and self.rows:
            self.rows[-1].append([])
            self.in_cell[-1] = True
        elif tag in _BLOCK:
            self._sink().append("\n")

    def handle_endtag(self, tag):
        if tag in _SKIP and self.skip:
            self.skip -= 1
        if tag == "title":
            self._in_title = False
        if tag in ("td", "th") and self.rows:
            self.in_cell[-1] = False
        elif tag == "tr" and self.rows:
            self._flush_row()
        elif tag in _BLOCK:
            self._sink().append("\n")

    def _flush_row(self) -> None:
        cells = ["".join(c) for c in self.rows.pop()]
        self.in_cell.pop()
        sink = self._sink()
        flat = [re.sub(r"\s+", " ", c).strip() for c in cells]
        if len(cells) >= 2 and all(len(c) <= MAX_CELL for c in flat) and any(flat):
            sink.append("\n" + " | ".join(flat) + "\n")
        else:
            sink.extend(["\n", *cells, "\n"])

    def handle_data(self, data):
        if self._in_title:
            self.title = (self.title or "") + data.strip()
        if not self.skip:
            self._sink().append(data)

    def close(self):
        super().close()
        while self.rows:        # a row never closed still holds text
            self._flush_row()


def html_to_text(markup: str) -> tuple[str, str | None]:
    """Visible text of a page, one block per line; the <title> separately."""
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    raw = html.unescape("".join(parser.parts))
    lines = [re.sub(r"[ \t\r\f\v\xa0\u3000]+", " ", line).strip() for line in raw.split("\n")]
    text = "\n\n".join(line for line in lines if line)
    return text + "\n", parser.title


# ---------------------------------------------------------------- PDF

_PAGE_NUMBER = re.compile(r"^\s*[-—–－]?\s*\d{1,4}\s*[-—–－]?\s*$")
_HEADING_START = re.compile(r"^\s*(第[一二三四五六七八九十百零〇]+[编章节条]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、]|专栏|——)")


_SENTENCE_END = "。；：！？:;!?）)”"
_WHOLE_TITLE = re.compile(r"(?:关于|印发).{2,60}的(?:通知|意见|方案|决定|办法|规定|批复|函|报告|通报)$")
_DOC_NUMBER_START = re.compile(r"^[\u4e00-\u9fff]{2,10}[〔［\[（(【]\d{4}")


def reflow_page(text: str) -> str:
    """Join the lines pypdf breaks inside a paragraph (Chinese wraps without a space: 区\n市场监管局 is one
    word); drop lone page numbers (- 3 -, — 3 —). A line is wrapped when it is about as long as the page's full
    lines and does not end a sentence."""
    lines = [raw.strip() for raw in text.splitlines()]
    lengths = sorted(len(line) for line in lines if line and not _PAGE_NUMBER.match(line))
    full = lengths[int(len(lengths) * 0.9)] if lengths else 0
    out: list[str] = []
    previous = ""      # the last raw line: a wrapped line is as long as the full ones
    for line in lines:
        if not line or _PAGE_NUMBER.match(line):
            if out and out[-1] != "":
                out.append("")
            previous = ""
            continue
        if out and out[-1] and not _HEADING_START.match(line) and out[-1][-1] not in _SENTENCE_END \
                and len(previous) >= max(10, 0.8 * full) and not _WHOLE_TITLE.search(out[-1]) \
                and not _DOC_NUMBER_START.match(line):
            out[-1] += line
        else:
            out.append(line)
        previous = line
    return "\n".join(out).strip()


def _running_lines(page_texts: list[str]) -> set[str]:
    """Lines that open or close most pages (a running header or footer: the issuer, the title, 第X页): not text."""
    if len(page_texts) < 3:
        return set()
    counts: dict[str, int] = {}
    for text in page_texts:
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        for line in set(lines[:1] + lines[-1:]):
            counts[line] = counts.get(line, 0) + 1
    return {line for line, n in counts.items() if n >= max(3, len(page_texts) // 2)}


def _load_pdf(path: Path, data: bytes, digest: str) -> Source:
    import io

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnreadableDocument(f"{path}: the PDF is encrypted with a password; save an unprotected copy")
        page_texts = [page.extract_text() or "" for page in reader.pages]
    except UnreadableDocument:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise UnreadableDocument(f"{path}: broken or unreadable PDF ({type(exc).__name__}: {exc})") from exc
    except Exception as exc:  # pypdf raises assorted errors on damaged files; name them for the user
        if "crypt" in str(exc).lower():
            raise UnreadableDocument(f"{path}: the PDF is encrypted and cannot be opened ({exc})") from exc
        raise UnreadableDocument(f"{path}: unreadable PDF ({type(exc).__name__}: {exc})") from exc
    warnings, spans = [], []
    empty = [n for n, t in enumerate(page_texts, 1) if not t.strip()]
    if len(empty) == len(page_texts):
        raise EmptyDocument(f"{path}: the PDF has no text layer on any of its {len(page_texts)} pages "
                            f"(a scan?); run OCR on it and add the result")
    if empty:
        warnings.append(f"{path}: no text layer on page(s) {', '.join(map(str, empty))}; their content is not indexed")
    running = _running_lines(page_texts)
    text = ""
    for page_text in page_texts:
        body = reflow_page("\n".join(line for line in page_text.splitlines() if line.strip() not in running))
        # a paragraph running on to the next page continues the line; otherwise pages are paragraphs apart
        joined = text and body and text[-1] not in _SENTENCE_END and not _HEADING_START.match(body)
        text += "" if joined or not text else "\n\n"
        spans.append((len(text), len(text) + len(body)))
        text += body
    if running:
        warnings.append(f"{path}: running header or footer left out of the text: {'、'.join(sorted(running))}")
    return Source(str(path), text + "\n", "pdf", None, tuple(spans), tuple(warnings), digest)
