"""The plain data types every stage shares: documents, units, responsibilities, hits, answers."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Source:
    """A file as read: its text (what every offset refers to), format, pages and what the reader noticed."""
    path: str
    text: str
    fmt: str                                   # txt | md | html | pdf | docx
    encoding: str | None = None
    pages: tuple[tuple[int, int], ...] = ()    # (start, end) of each page in text
    warnings: tuple[str, ...] = ()
    content_hash: str = ""
    html_title: str | None = None


@dataclass(frozen=True)
class Document:
    """One source file after loading and cleaning. `text` is what every quote is sliced from."""
    doc_id: str
    path: str
    text: str
    title: str
    kind: str                    # plan | law | regulation | notice | other
    level: str | None = None     # 法律, 行政法规, 地方规范性文件 …
    issuer: str | None = None
    doc_number: str | None = None
    dates: tuple[tuple[str, str], ...] = ()      # (event, YYYY-MM-DD): 成文, 发布, 通过, 修正, 施行 …
    recipients: tuple[str, ...] = ()
    validity: str | None = None
    recovered: tuple[str, ...] = ()              # metadata fields rebuilt from damaged text
    notice_title: str | None = None
    history: tuple[str, ...] = ()                # amendment history lines, as written
    pages: tuple[tuple[int, int], ...] = ()      # PDF: (start, end) of every page in `text`
    body_start: int = 0
    body_end: int = 0
    content_hash: str = ""
    warnings: tuple[str, ...] = ()

    def date(self, event: str) -> str | None:
        return next((d for e, d in self.dates if e == event), None)

    def page_of(self, offset: int) -> int | None:
        """1-based page number holding `offset`, for documents that have pages."""
        for number, (start, end) in enumerate(self.pages, 1):
            if start <= offset <= end:
                return number
        return None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Unit:
    """One unit of a document's structure: a part, article, item, 专栏, bullet, 章, 条, 款, 项 …"""
    unit_id: str                 # "<doc_id>#<label path>", e.g. "dongli-quality-plan-2024#（十三）"
    doc_id: str
    kind: str
    label: str                   # canonical: （十三）, 专栏3, 一、, 第二十六条, 第二款, 第（一）项
    heading: str                 # 加强工程质量保障 (may be empty)
    path: tuple[str, ...]        # headings from the top: ("五、推动建设工程品质化升级", "（十三）加强工程质量保障")
    start: int
    end: int
    text: str                    # == document.text[start:end]
    parent: str | None = None
    retrievable: bool = False    # a search unit (article, 专栏, 条, preamble)
    ordinal: int = 0             # document order
    pages: tuple[int, ...] = ()

    @property
    def title(self) -> str:
        if not self.heading:
            return self.label
        return f"{self.label} {self.heading}" if self.kind in ("box", "book", "chapter", "section") else \
            f"{self.label}{self.heading}"


@dataclass(frozen=True)
class BodyMention:
    """A responsible body as written in the text, with its place and role."""
    name: str                    # as written: 区住建委
    canonical: str               # entry in the body table (same as name when unknown)
    role: str                    # listed | lead | support | responsible
    start: int
    end: int
    level: str = ""              # 国家 | 省 | 市 | 区 | 县 | 街道: from the name, else the issuer's ("" unknown)


@dataclass(frozen=True)
class Responsibility:
    """Who is responsible for a unit, and where the text says so."""
    unit_id: str
    doc_id: str
    bodies: tuple[BodyMention, ...]
    source: str                  # clause (（…按职责分工负责）, 牵头单位：…) | text (区X局会同…)
    start: int                   # the clause or sentence that names them
    end: int
    quote: str
    scope_start: int = -1        # the text this responsibility answers for: scope_start…scope_end (clauses cover
                                 # the sentences since the previous clause of their unit); -1: start
    scope_end: int = -1          # -1: end; a heading that is a body ends its unit's (（一）X委员会职责 and its items)

    @property
    def scope(self) -> tuple[int, int]:
        return (self.start if self.scope_start < 0 else self.scope_start, self.end if self.scope_end < 0 else self.scope_end)

    @property
    def lead(self) -> list[str]:
        return [b.name for b in self.bodies if b.role == "lead"]

    @property
    def names(self) -> list[str]:
        return [b.name for b in self.bodies]


@dataclass(frozen=True)
class Hit:
    """A unit found by search, with its fused score and each retriever's rank and score."""
    unit_id: str
    score: float
    ranks: dict = field(default_factory=dict)
    scores: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Citation:
    doc_id: str
    doc_title: str
    doc_number: str | None
    unit_id: str
    label: str
    path: tuple[str, ...]
    quote: str
    start: int
    end: int
    score: float
    cite: str = ""               # 《乙区质量提升实施方案》（十三） / 《…产品质量法》第二十六条第二款第（一）项
    page: int | None = None
    role: str | None = None      # for a body's tasks: 牵头 / 配合 / 排第一位 / 参与（按职责分工负责）
    shared_with: list[str] | None = None

    def to_dict(self) -> dict:
        d = asdict(self)
        d["path"] = list(self.path)
        return {k: v for k, v in d.items() if v is not None or k in ("doc_number", "page")}


@dataclass
class Answer:
    question: str
    intent: str
    found: bool
    answer: str
    bureaus: list[str] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    explain: dict | None = None
    responsibility: dict | None = None   # the clause or sentence the bodies come from, with offsets and roles
    lead: list[str] = field(default_factory=list)   # the bodies the text makes lead (牵头, 会同, a convention)

    def to_dict(self) -> dict:
        d = {"question": self.question, "intent": self.intent, "found": self.found,
             "answer": self.answer, "bureaus": list(self.bureaus), "lead": list(self.lead),
             "citations": [c.to_dict() for c in self.citations]}
        if self.responsibility is not None:
            d["responsibility"] = self.responsibility
        if self.notes:
            d["notes"] = list(self.notes)
        if self.explain is not None:
            d["explain"] = self.explain
        return d


@dataclass(frozen=True)
class DocFilter:
    """Which documents a search may use: by id, kind (law, regulation, plan …), issuer (substring), validity."""
    doc_ids: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    issuers: tuple[str, ...] = ()
    validity: tuple[str, ...] = ()

    def admits(self, doc) -> bool:
        return ((not self.doc_ids or doc.doc_id in self.doc_ids) and (not self.kinds or doc.kind in self.kinds)
                and (not self.issuers or any(i in (doc.issuer or "") for i in self.issuers))
                and (not self.validity or (doc.validity or "未注明") in self.validity))

    def __bool__(self) -> bool:
        return bool(self.doc_ids or self.kinds or self.issuers or self.validity)

    def describe(self) -> str:
        parts = [("文件", self.doc_ids), ("类别", self.kinds), ("发布机关", self.issuers), ("效力", self.validity)]
        return "；".join(f"{name}：{'、'.join(values)}" for name, values in parts if values)
