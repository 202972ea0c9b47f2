"""What the stages after the index read from the knowledge base, by name: the answering, routing and materials
code receives a `Library`, never the application. `KnowledgeBase` is the one implementation; a test checks that
every attribute those stages use is declared here and that KnowledgeBase provides each.

Grouped by what it is: the index (documents, units, responsibilities), the question's tools (tokenizer,
thesaurus-aware searcher, the body table, settings), what the corpus knows beyond its units (targets, actors,
missing titles, off-topic list), and the searches and judgements answering asks for.
"""
from __future__ import annotations

from typing import Protocol

import numpy as np

from indexer.config import Settings
from indexer.index.store import IndexData
from indexer.index.tokenize import Tokenizer
from indexer.search.searcher import SearchResult, Searcher
from indexer.structure.bodynames import BodyTable
from indexer.structure.requirements import ActorTable
from indexer.types import Answer, DocFilter, Responsibility, Unit


class Library(Protocol):
    # the index
    data: IndexData
    unit_by_id: dict[str, Unit]
    children: dict[str | None, list[Unit]]
    # reading and searching a question
    settings: Settings
    tokenizer: Tokenizer
    searcher: Searcher
    table: BodyTable                       # the bodies' names and aliases, the corpus's and the documents'
    place_stopwords: frozenset[str] | set[str]
    off_topics: list[str]
    actors: ActorTable

    # what the corpus knows beyond its units
    @property
    def targets(self) -> list: ...
    @property
    def kinds_held(self) -> set[str]: ...
    @property
    def title_words(self) -> frozenset[str]: ...
    @property
    def locality(self): ...
    @property
    def missing_titles(self) -> list[str]: ...

    # lookups
    def responsibility_of(self, unit_id: str) -> list[Responsibility]: ...
    def tasks_of(self, body: str): ...
    def unit(self, ref: str, doc: str | None = None) -> Unit: ...
    def cite(self, unit_id: str, start: int, end: int) -> str: ...
    def named_documents(self, question: str) -> list[str]: ...
    def without_titles(self, question: str) -> str: ...
    def requirements_for(self, actor: str, doc_filter: DocFilter | None = None): ...

    # rows of the index a search may be limited to
    def rows_for(self, doc_filter: DocFilter | None) -> np.ndarray | None: ...
    def kind_rows(self, kinds: set[str]) -> np.ndarray: ...
    def doc_rows(self, doc_ids: list[str]) -> np.ndarray: ...

    # searches and judgements
    def search(self, question: str, k: int = 10, doc_filter: DocFilter | None = None,
               method: str | None = None) -> SearchResult: ...
    def supported(self, result: SearchResult, method: str | None = None) -> bool: ...
    def clearly_better(self, a: SearchResult, b: SearchResult) -> bool: ...
    def holds_every_word(self, a: SearchResult, b: SearchResult) -> bool: ...
    def sentence_dense_scores(self, question: str, unit_id: str): ...
    def body_tasks(self, body: str) -> Answer: ...
