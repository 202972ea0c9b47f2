"""The front door: `KnowledgeBase` opens (or builds) an index and answers questions.

The CLI, the app and the evaluation harness all go through this class; nothing below it knows about them.
"""
from __future__ import annotations

import hashlib
import os
import re
import shutil
import sys
from functools import cached_property
from pathlib import Path

import numpy as np

from indexer.answers import answering
from indexer.config import Settings, load_settings
from indexer.errors import DocumentExists, IndexMismatch, IndexMissing, PolicyQAError, UnknownUnit
from indexer.index import build
from indexer.index import store
from indexer.index.dense import DenseIndex
from indexer.index.embedding import select as select_embedder
from indexer.index.ingest import ingest_file
from indexer.index.synonyms import PACKAGE_TABLE, Thesaurus
from indexer.index.tokenize import Tokenizer, place_names
from indexer.search import fusion
from indexer.search.routing import LAW_KINDS
from indexer.search.scope import PACKAGE_LIST, layered_off_topics
from indexer.structure import requirements
from indexer.structure import crossrefs
from indexer.structure.bodynames import BodyTable
from indexer.structure.responsibilities import reverse_index
from indexer.structure.units import canonical_label
from indexer.textutil import book_title, fold
from indexer.types import Answer, DocFilter, Responsibility, Unit

DEFAULT_CORPUS = "corpus"


def default_corpus() -> list[str]:
    """$POLICYQA_CORPUS (folders separated by the path separator, e.g. corpus:../shared/corpus-extra) or ./corpus."""
    value = os.environ.get("POLICYQA_CORPUS", "")
    return [p for p in value.split(os.pathsep) if p] or [DEFAULT_CORPUS]


def _stderr(message: str) -> None:
    print(message, file=sys.stderr)


def data_file(corpus: list[str | Path], name: str) -> Path | None:
    """A table kept next to the documents (bodies.json, actors.json): the first corpus folder holding it."""
    for path in corpus:
        candidate = Path(path) / name
        if Path(path).is_dir() and candidate.exists():
            return candidate
    return None


def default_index_dir(corpus: list[str | Path]) -> Path:
    """One index folder per set of corpus paths, under $POLICYQA_HOME or ./.policyqa."""
    home = Path(os.environ.get("POLICYQA_HOME", ".policyqa"))
    key = hashlib.sha256("\n".join(sorted(str(Path(p).resolve()) for p in corpus)).encode()).hexdigest()[:10]
    return home / f"index-{key}"


def check_document(path: str | Path, corpus: list[str | Path]):
    """Read one file as the index would, before it joins a corpus: (the parsed document, its ingestion report).
    Raises PolicyQAError naming what is wrong (unreadable, empty, unsupported) so that nothing bad is added."""
    return ingest_file(Path(path), "candidate", BodyTable.load(data_file(corpus, "bodies.json")))


def place_document(source: str | Path, folder: str | Path, replace: bool = False) -> tuple[Path, bool]:
    """Copy a checked file into a corpus folder under its own name: (where it is, whether it was copied). The
    same bytes already there are kept; a different file of that name raises DocumentExists unless `replace`."""
    source, folder = Path(source), Path(folder)
    target = folder / source.name
    if target.exists() and (target.resolve() == source.resolve() or target.read_bytes() == source.read_bytes()):
        return target, False
    if target.exists() and not replace:
        raise DocumentExists(f"{target} exists with other content")
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    return target, True


class KnowledgeBase:
    """A loaded index with its tokenizer, search and answering."""

    def __init__(self, data: store.IndexData, settings: Settings, index_dir: Path, corpus: list[Path],
                 embedder=None, log=_stderr, progress: bool = False, on_progress=None) -> None:
        """`corpus`: the folders and files indexed; the tables kept next to the documents (bodies.json,
        actors.json) are read from the first folder holding each; the general thesaurus and off-topic list ship with
        the package (indexer/data) and a folder's own synonyms.json / offtopic.json extend them."""
        self.data, self.settings, self.index_dir, self.corpus = data, settings, index_dir, corpus
        self.actors = requirements.ActorTable.load(data_file(corpus, "actors.json"))
        self.log = log
        self.unit_by_id: dict[str, Unit] = {u.unit_id: u for u in data.units}
        self.children: dict[str | None, list[Unit]] = {}
        for u in data.units:
            self.children.setdefault(u.parent, []).append(u)
        self._responsibility: dict[str, list[Responsibility]] = {}
        self._doc_responsibilities: dict[str, list[Responsibility]] = {}
        for r in data.responsibilities:
            self._doc_responsibilities.setdefault(r.doc_id, []).append(r)
        self.table = BodyTable.load(data_file(corpus, "bodies.json"))
        self.table.add_responsible(data.responsibilities, {d: doc.text for d, doc in data.documents.items()})
        self.reverse = reverse_index(data.responsibilities)
        self.tokenizer = Tokenizer(data.user_words)
        self.embedder = embedder
        self.dense = None
        self.off_topics = layered_off_topics([PACKAGE_LIST, data_file(self.corpus, "offtopic.json")])
        if embedder is not None:
            null_texts = [(d.doc_id, t) for d in data.documents.values() for t in (d.title, d.issuer)]
            null_texts += [(None, p) for p in sorted(place_names([d.issuer for d in data.documents.values()]))]
            null_texts += [(None, t) for t in self.off_topics]
            # the documents the corpus names but does not hold (《中华人民共和国消费者权益保护法》): a question closer
            # to one of those than to any sentence held is about a text the knowledge base lacks
            null_texts += [(None, t) for t in self.missing_titles]
            self.dense = DenseIndex(data, embedder, Path(index_dir).parent / "vectors", progress, log, null_texts,
                                    on_progress, probes=self.off_topics + self.missing_titles)
        from indexer.search.searcher import Searcher
        self.place_stopwords = place_names([d.issuer for d in data.documents.values()])
        self.thesaurus = Thesaurus.layered([PACKAGE_TABLE, data_file(self.corpus, "synonyms.json")])
        self.searcher = Searcher(data, self.tokenizer, settings, self.dense, self.place_stopwords, self.thesaurus)
        self._doc_rows: dict[str, np.ndarray] = {}
        for i, uid in enumerate(data.searchable):
            self._doc_rows.setdefault(self.unit_by_id[uid].doc_id, []).append(i)
        self._doc_rows = {k: np.array(v) for k, v in self._doc_rows.items()}

    # ------------------------------------------------------------ opening and building

    @classmethod
    def open(cls, corpus: list[str | Path] | None = None, index_dir: str | Path | None = None,
             settings: Settings | None = None, rebuild: str = "auto", progress: bool = True,
             log=_stderr, on_progress=None) -> "KnowledgeBase":
        """Load the index of `corpus`; build or rebuild it when missing or stale (rebuild="never" refuses).

        `on_progress(stage, done, total)` is told how far reading documents and encoding sentences got
        (the app draws its progress bar with it); `progress` draws tqdm bars on stderr.
        """
        corpus = [Path(p) for p in (corpus or default_corpus())]
        settings = settings or load_settings()
        fusion.check(settings.fusion)
        index_dir = Path(index_dir) if index_dir else default_index_dir(corpus)
        bodies_path = data_file(corpus, "bodies.json")
        expected = store.expected_manifest(build.corpus_files(corpus), settings.index_key(),
                                           build.bodies_hash(bodies_path))
        embedder = select_embedder(settings.embed_model, log)
        previous = None
        if rebuild != "always":
            try:
                return cls(store.load(index_dir, expected), settings, index_dir, corpus, embedder, log, progress,
                           on_progress)
            except IndexMissing:
                if rebuild == "never":
                    raise
                log(f"Building the index at {index_dir} …")
            except IndexMismatch as exc:
                if rebuild == "never":
                    raise
                log(f"The index is out of date and is rebuilt: {exc}")
                previous = _try_load(index_dir)
        else:
            previous = _try_load(index_dir)
        data = build.build(corpus, settings, bodies_path, previous, progress, on_progress)
        store.save(data, index_dir)
        for row in data.report:
            if row["status"] == "error":
                log(f"Error: {row['message']}")
        return cls(data, settings, index_dir, corpus, embedder, log, progress, on_progress)

    @classmethod
    def add(cls, source: str | Path, corpus: list[str | Path], folder: str | Path | None = None,
            replace: bool = False, **open_args) -> tuple["KnowledgeBase", dict]:
        """Add one document: check it as the index would (a bad file raises and nothing is added), copy it into
        `folder` (default: the first corpus folder, which joins the corpus if it is not in it) and bring the
        index up to date. Returns the knowledge base and the new document's ingestion report row (its `doc_id`
        names the document in `kb.data.documents`)."""
        corpus = [Path(p) for p in corpus]
        folder = Path(folder) if folder else corpus[0]
        check_document(source, corpus)
        target, copied = place_document(source, folder, replace)
        if not copied:
            open_args.get("log", _stderr)(f"{target} is already in the corpus; the index is brought up to date")
        if folder.resolve() not in {p.resolve() for p in corpus}:
            corpus.append(folder)
        kb = cls.open(corpus, **open_args)
        row = next((r for r in kb.data.report if Path(r["path"]).resolve() == target.resolve()), None)
        if row is None:
            raise PolicyQAError(f"{target} was copied but the index does not list it; see `policyqa index`")
        return kb, row

    # ------------------------------------------------------------ lookups

    def responsibility_of(self, unit_id: str) -> list[Responsibility]:
        """The responsibilities answering for a unit's text: its own clauses, its items' clauses, and the clause
        of an enclosing unit that covers it (an item without a clause takes its article's)."""
        found = self._responsibility.get(unit_id)
        if found is None:
            unit = self.unit_by_id[unit_id]
            found = [r for r in self._doc_responsibilities.get(unit.doc_id, [])
                     if r.scope[0] < unit.end and r.scope[1] > unit.start]
            self._responsibility[unit_id] = found
        return found

    def tasks_of(self, body: str):
        return self.reverse.get(self.table.canonical(body), [])

    def rows_for(self, doc_filter: "DocFilter | None") -> np.ndarray | None:
        """BM25 rows of the documents a filter admits (None: no filter)."""
        if not doc_filter:
            return None
        rows = [self._doc_rows[d.doc_id] for d in self.data.documents.values()
                if doc_filter.admits(d) and d.doc_id in self._doc_rows]
        return np.concatenate(rows) if rows else np.array([], dtype=int)

    def kind_rows(self, kinds: set[str]) -> np.ndarray:
        return self.doc_rows([d.doc_id for d in self.data.documents.values() if d.kind in kinds])

    @cached_property
    def kinds_held(self) -> set[str]:
        return {d.kind for d in self.data.documents.values()}

    @cached_property
    def short_titles(self) -> dict[str, str]:
        """Each document's title as people write it in a question (产品质量法, not 中华人民共和国产品质量法),
        folded, with the document's id."""
        titles = {}
        for d in self.data.documents.values():
            # a notice's title names the text it issues (关于印发《X办法》的通知): people name that text
            # 关于印发国家粮食应急预案的函 names it without 《》
            named = re.findall(r"印发《(.{4,})》的(?:通知|函|决定|批复)", fold(d.title)) or \
                re.findall(r"印发([^《》]{4,}?)的(?:通知|函|决定|批复)$", fold(d.title))
            for t in [d.title] + named:
                t = _unmarked(fold(t)).replace("中华人民共和国", "")
                # a bracketed note at the end (（试行）, （2024—2027年）) is often left out
                for name in (t, re.sub(r"[（(][^（）()]{1,12}[)）]$", "", t)):
                    if len(name) >= 4:
                        titles.setdefault(name, d.doc_id)
        return titles

    def named_documents(self, question: str) -> list[str]:
        """The documents a question names by title (食品安全法实施条例 names the regulation, not also the law
        whose title it contains)."""
        q = _unmarked(fold(question))
        found = [t for t in self.short_titles if t in q]
        return [self.short_titles[t] for t in found if not any(t != o and t in o for o in found)]

    @cached_property
    def document_places(self) -> dict[str, frozenset[str]]:
        """The places each document is issued for, from its issuer and its title's opening (成都市人民政府办公厅 →
        成都市, 成都; 上海市黄浦区… → 上海市, 上海, 黄浦区, 黄浦); empty for a law or a national text."""
        return {d.doc_id: place_names([d.issuer or "", d.title or ""]) for d in self.data.documents.values()}

    def places_named(self, question: str) -> set[str]:
        """The places of the library's documents a question names (成都, 日照市), when they are issued for more than
        one place; none otherwise (in one place's library a place names the whole corpus)."""
        places = self.document_places
        if len({ps for ps in places.values() if ps}) < 2:
            return set()
        q = fold(question)
        return {p for ps in places.values() for p in ps if len(p) >= 2 and p in q}

    def placed_documents(self, question: str) -> list[str]:
        """The documents of the place a question names (成都这个联席会议… → those issued for 成都), when the place names
        some of the library's documents only; [] otherwise. Pass the question without the asker's setting (在乙区，…:
        routing.routing_text)."""
        named = self.places_named(question)
        docs = [d for d, ps in self.document_places.items() if ps & named]
        return docs if len(docs) < len(self.document_places) else []

    def without_titles(self, question: str) -> str:
        """The question with the titles of plans and notices it names blanked out (《虹口区…办法》由哪些部门负责解释 →
        由哪些部门负责解释): searched within the document named, such a title's words would find the units quoting
        the title, not the one asked about. A law's short title names its subject (食品安全法: 食品安全) and stays."""
        q = fold(question)
        bare = _unmarked(q)
        named = (t for t, d in self.short_titles.items() if t in bare and self.data.documents[d].kind not in LAW_KINDS)
        for t in sorted(named, key=len, reverse=True):
            marked = "".join(re.escape(ch) + f"{MARKS}?" for ch in t)      # a title's own marks may sit anywhere
            q = re.sub(rf"{MARKS}?{marked}(?:[（(][^（）()]{{1,6}}[)）])?{MARKS}?", lambda m: " " * len(m.group(0)), q)
        return q

    def doc_rows(self, doc_ids: list[str]) -> np.ndarray:
        rows = [self._doc_rows[d] for d in doc_ids if d in self._doc_rows]
        return np.concatenate(rows) if rows else np.array([], dtype=int)

    @cached_property
    def title_words(self) -> frozenset[str]:
        """The words of the titles of the plans and notices (质量, 提升, 实施方案 …), not the laws': in a question
        about a body's tasks or a plan's targets they name the document, not a topic in it."""
        return frozenset(w for d in self.data.documents.values() if d.kind not in LAW_KINDS
                         for t in (d.title, d.notice_title or "") for w in self.tokenizer.tokens(t) if len(w) >= 2)

    @cached_property
    def locality(self):
        """The district the plans are issued for, as routing reads it (routing.Locality)."""
        from indexer.search.routing import plan_locality
        return plan_locality(self.data.documents.values())

    @cached_property
    def targets(self) -> list:
        """The plans' quantified targets (targets.py), extracted once: the targets page and 目标有哪些 answers."""
        from indexer.structure.targets import extract
        return extract(self.data.documents, self.data.units)

    @cached_property
    def obligations(self) -> list:
        """Obligations of actors in laws and measures for enterprises in plans (requirements.py)."""
        return requirements.extract(self.data, self.actors)

    @cached_property
    def cross_references(self) -> list:
        return crossrefs.extract(self.data.documents, self.data.units)

    def missing_documents(self) -> dict:
        """Documents the corpus names (《…》) but does not hold, with where each is named."""
        return crossrefs.missing_documents(self.cross_references)

    @cached_property
    def missing_titles(self) -> list[str]:
        return list(self.missing_documents())

    def references_in(self, unit_id: str) -> list:
        unit = self.unit_by_id[unit_id]
        return [r for r in self.cross_references if r.doc_id == unit.doc_id and unit.start <= r.start < unit.end]

    def requirements_for(self, actor: str, doc_filter: "DocFilter | None" = None):
        """(actor group, obligations and plan measures in reading order: laws first, the most specific first) for
        what a user calls an actor: 食品厂, 施工单位 …"""
        group = self.actors.find(actor)
        if group is None:
            raise UnknownUnit(f"unknown kind of enterprise '{actor}' (known: {'、'.join(self.actors.names())})")
        found = requirements.for_group(self.obligations, group)
        if doc_filter:
            found = [o for o in found if doc_filter.admits(self.data.documents[o.doc_id])]
        kinds = {o.doc_id: self.data.documents[o.doc_id].kind for o in found}
        ordinals = {o.unit_id: self.unit_by_id[o.unit_id].ordinal for o in found}
        return group, requirements.order(found, group.terms, kinds, ordinals)

    def supported(self, result, method: str | None = None) -> bool:
        """Does the corpus answer the question? BM25 alone: the share of the question's weight the best unit
        covers. With a model: that share plus the dense margin (how much better the best sentence matches
        than the corpus's mere titles do), weighted; both thresholds are tuned on the dev half."""
        s = self.settings
        return self.support(result) >= (s.abstain_coverage if _lexical_only(result) else s.abstain_threshold)

    def support(self, result) -> float:
        """How strongly the corpus answers: the covered share of the question, plus (with a model) the
        weighted dense margin. `supported` compares it with the abstention threshold; routing compares the
        support of the plan with that of the laws."""
        if _lexical_only(result):
            return result.coverage
        return result.coverage + self.settings.abstain_margin_weight * result.dense_margin

    def clearly_better(self, a, b) -> bool:
        """Does search result `a` support an answer clearly better than `b` (routing between kinds)?"""
        if _lexical_only(a) or _lexical_only(b):
            return a.coverage >= b.coverage + self.settings.route_override_bm25
        return self.support(a) >= self.support(b) + self.settings.route_override

    def holds_every_word(self, a, b) -> bool:
        """Does search result `a` hold every word of the question where `b` does not (and support it more)?
        A "who" question in the laws' own words (农产品产地监测计划由哪个部门制定) is then the laws' question."""
        return a.coverage >= FULL > b.coverage and self.support(a) > self.support(b)

    def sentence_dense_scores(self, question: str, unit_id: str):
        """Similarity of the question to each quotable sentence of a unit (None without a model)."""
        if self.dense is None:
            return None
        return self.dense.scores_in_unit(self.searcher.dense_text(question), unit_id)

    def unit(self, ref: str, doc: str | None = None) -> Unit:
        """A unit by id (`doc#（十三）`) or by label as people type it: (十三), 十三, 13, 专栏3, 第26条."""
        if ref in self.unit_by_id:
            return self.unit_by_id[ref]
        label = canonical_label(ref)
        docs = [doc] if doc else list(self.data.documents)
        matches = [self.unit_by_id[f"{d}#{label}"] for d in docs if f"{d}#{label}" in self.unit_by_id]
        if not matches:
            matches = [u for u in self.data.units if u.label == label and (doc is None or u.doc_id == doc)]
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise UnknownUnit(f"no unit '{ref}'" + (f" in {doc}" if doc else "") +
                              "; try a label such as （十三）, 专栏3 or 第二十六条, or a full id")
        raise UnknownUnit(f"'{ref}' is ambiguous: " + ", ".join(u.unit_id for u in matches[:8]) +
                          " — give --doc or the full id")

    def cite(self, unit_id: str, start: int, end: int) -> str:
        """《title》 and the finest labels that hold [start, end): 第二十六条第二款第（一）项, （二）“…”."""
        unit = self.unit_by_id[unit_id]
        doc = self.data.documents[unit.doc_id]
        labels, node = [unit.label], unit
        while True:
            inner = next((c for c in self.children.get(node.unit_id, []) if c.start <= start and end <= c.end), None)
            if inner is None:
                break
            labels.append(f"“{inner.heading}”" if inner.kind == "bullet" and inner.heading else
                          inner.label if inner.kind != "bullet" else "")
            node = inner
        return f"{book_title(doc.title)}{''.join(labels)}"

    # ------------------------------------------------------------ questions

    def ask(self, question: str, explain: bool = False, doc_filter: "DocFilter | None" = None,
            method: str | None = None) -> Answer:
        """Answer one question extractively (see answering.py); `method` overrides the fusion method."""
        return answering.answer_question(self, question, explain, doc_filter, method)

    def search(self, question: str, k: int = 10, doc_filter: "DocFilter | None" = None, method: str | None = None):
        """Ranked units for a question, with each retriever's rank and score (no answer composed)."""
        return self.searcher.search(question, k, rows=self.rows_for(doc_filter), method=method)

    def body_tasks(self, body: str) -> Answer:
        """Every unit a body is responsible for, as an answer with one citation per unit."""
        found = [name for name, _, _ in self.table.find(body)] or [body]
        return answering.bureau_answer(self, f"{body}负责哪些任务？", found, [], False)

    def semantic_line(self) -> str:
        """One line for the user: which semantic model is active, or that there is none."""
        if self.embedder is None:
            return "Semantic search: off — answers use BM25 only."
        return (f"Semantic search: on — {self.embedder.name} ({self.dense.size} sentences), "
                f"fusion '{self.settings.fusion}'.")

    def status(self) -> dict:
        m = self.data.manifest
        return {"index": str(self.index_dir), "documents": len(self.data.documents),
                "units": len(self.data.units), "searchable": len(self.data.searchable),
                "responsibilities": len(self.data.responsibilities), "bodies": len(self.reverse),
                "semantic": self.embedder.name if self.embedder is not None else None, "synonyms": len(self.thesaurus),
                "off_topics": len(self.off_topics), "missing_titles": len(self.missing_titles),
                "fusion": self.settings.fusion if self.embedder is not None else "bm25", "created": m.get("created")}


FULL = 0.999   # coverage of every word of the question


def _lexical_only(result) -> bool:
    """A search result without dense evidence (no model, or the bm25 method)."""
    return result.dense_margin is None or result.method == "bm25"


def _try_load(index_dir: Path):
    try:
        return store.load(index_dir)
    except (IndexMissing, IndexMismatch, OSError, KeyError, ValueError, TypeError):
        return None  # an unreadable old index only means nothing can be reused; it is rebuilt anyway


MARKS = "[《》〈〉]"


def _unmarked(text: str) -> str:
    """Text without title marks: a title nested in a title (2006年《政府工作报告》要求…, 《2006年〈政府工作报告〉要求…》)
    is written with its marks, with other marks or with none."""
    return re.sub(MARKS, "", text)
