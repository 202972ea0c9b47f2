"""Search: question → tokens → BM25 (and, with a model, dense scores) → fused hits with per-retriever ranks."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from indexer.search import fusion
from indexer.config import Settings
from indexer.index.lexical import BM25
from indexer.search.questions import RESPONSIBILITY, quoted_phrases
from indexer.index.store import IndexData
from indexer.index.synonyms import Expansion, Thesaurus
from indexer.textutil import fold, longest_shared_piece
from indexer.index.tokenize import Tokenizer
from indexer.types import Hit


@dataclass
class SearchResult:
    tokens: list[str]
    hits: list[Hit]
    coverage: float                  # share of the question's idf weight that the top unit contains
    dense_best: float | None = None  # best sentence similarity of the top unit (with a model)
    dense_margin: float | None = None  # dense_best minus the best similarity to titles, issuers and off-topic
    #                                    lines, minus the lift of searching several documents (dense.lift)
    method: str = "bm25"
    details: dict = field(default_factory=dict)
    expansions: list[Expansion] = field(default_factory=list)  # everyday words searched as document terms
    synonym_tokens: list[str] = field(default_factory=list)    # the index tokens of those terms
    nearest_null: str | None = None  # the title or off-topic line (indexer/data/offtopic.json) the question is closest to
    bm25: BM25 | None = None         # the statistics of the units searched (idf of the documents searched)


# "who" asked again at the end (…找谁，具体是哪个部门？): the model reads the question once (17 of the 541 dev
# "who" questions changed answer with it added, 8 to not found)
_AGAIN = re.compile(r"[，,]\s*(?:具体|到底|究竟)?(?:是)?(?:哪个|哪些|什么|哪一个)(?:部门|单位|局|机构)(?:呢|啊)?[？?]$")


RESTATING_KINDS = ("preamble", "notice")     # 前言, 印发通知


class Searcher:
    """Ranks the searchable units of an index for a question."""

    def __init__(self, data: IndexData, tokenizer: Tokenizer, settings: Settings, dense=None,
                 stopwords: frozenset[str] = frozenset(), thesaurus: Thesaurus | None = None) -> None:
        self.data, self.tokenizer, self.settings, self.dense = data, tokenizer, settings, dense
        self.stopwords = stopwords
        self.thesaurus = thesaurus or Thesaurus()
        self.token_sets = [set(t) for t in data.unit_tokens]
        self.row = {uid: i for i, uid in enumerate(data.searchable)}
        # a notice's text and a document's 前言 restate its title: any question on its topic is close to them, so
        # the dense side may not lift them above their lexical standing (fusion.fuse's `restating`)
        kinds = {u.unit_id: u.kind for u in data.units}
        self.restating = np.array([kinds.get(uid) in RESTATING_KINDS for uid in data.searchable], dtype=bool)
        self._statistics: dict[bytes, BM25] = {}
        names = "|".join(sorted(map(re.escape, stopwords), key=len, reverse=True))
        # 在乙区，… / 乙区的… / 甲市乙区…: where, not what (not 乙区湖, a place of its own)
        self._places = re.compile(rf"(?:在|于)?(?:{names})+(?![湖山河湾港岛镇村])(?:的|里|这边|这里|境内)?[，,]?") \
            if names else None

    def dense_text(self, question: str) -> str:
        """The question as the model reads it: without the corpus's place names (the issuers' 乙区, 甲市),
        which every document shares and which drew the question toward the bare place name among the nulls
        (prefixing 在乙区， changed the answer to 88 of the 517 dev "who" questions, 65 to not found), and with
        "who" asked once (…找谁，具体是哪个部门？ → …找谁？). A question that is only a place name is kept whole."""
        text = question
        tail = _AGAIN.search(text)
        if tail and RESPONSIBILITY.search(text[:tail.start()]):
            text = text[:tail.start()] + "？"
        if self._places is None:
            return text
        return self._places.sub("", text).strip() or text

    def statistics(self, rows: np.ndarray | None) -> BM25:
        """BM25 statistics (idf, average length) of the units searched: a search restricted to the plan ranks
        and measures words as an index of the plan alone would, whatever else the knowledge base holds."""
        if rows is None or len(rows) == len(self.data.searchable):
            return self.data.bm25
        key = np.asarray(rows, dtype=np.int64).tobytes()
        if key not in self._statistics:
            if len(self._statistics) >= 32:
                self._statistics.pop(next(iter(self._statistics)))
            self._statistics[key] = BM25(**self.data.bm25.params).fit([self.data.unit_tokens[i] for i in rows])
        return self._statistics[key]

    def coverage(self, tokens: list[str], row: int, expansions: list[Expansion] = (), bm25: BM25 | None = None
                 ) -> float:
        """idf-weighted share of the distinct question tokens found in one unit (unknown words weigh most).
        An everyday word counts as found when the unit holds one of the document terms it stands for."""
        bm25 = bm25 or self.data.bm25
        distinct = set(tokens)
        # an unknown compound whose parts are also question tokens is counted through its parts
        distinct = {t for t in distinct if bm25.term_idf(t) is not None or not any(
            o != t and o in t and bm25.term_idf(o) is not None for o in distinct)}
        if not distinct or row < 0:
            return 0.0
        weight = {t: (bm25.term_idf(t) if bm25.term_idf(t) is not None else bm25.max_idf()) for t in distinct}
        total = sum(max(w, 0.01) for w in weight.values())
        text = self._folded_texts()[row]
        by_synonym = {t for e in expansions if any(term in text for term in e.terms)
                      for t in distinct if t in e.word or e.word in t}
        f = self.settings.synonym_coverage
        found = sum(max(weight[t], 0.01) * (1.0 if t in self.token_sets[row] else f)
                    for t in distinct if t in self.token_sets[row] or t in by_synonym)
        return found / total if total else 0.0

    def quoted_length(self, question: str, row: int, rows: np.ndarray | None = None) -> int:
        """Length of the longest piece of the question found verbatim in a unit, if that piece is distinctive
        (found in at most two units): a question that quotes a document's own words (工程质量投诉处理) is a
        confident lexical match; a common phrase (食品添加剂的使用) is not."""
        if row < 0:
            return 0
        piece = longest_shared_piece(fold(question), [self.folded_text(row)])
        texts = self._folded_texts()
        searched = range(len(texts)) if rows is None else rows
        if not piece or sum(1 for i in searched if piece in texts[i]) > 2:
            return 0
        return len(piece)

    def _quoted_first(self, question: str, fused: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """Units holding a phrase the question puts in quotation marks (方案里“全面质量管理”是怎么说的) rank before
        the others, in their own order: the asker quotes the document. A phrase no unit searched holds (the
        asker's own words) changes nothing; a phrase of a document's title (“清水行动”) names the document, so
        all its units hold it."""
        phrases = quoted_phrases(fold(question))
        if not phrases:
            return fused
        texts = self._folded_texts()
        titled = self._titles_holding(phrases)
        holding = np.array([mask[i] and (any(p in texts[i] for p in phrases) or self._doc_of_row(i) in titled)
                            for i in range(len(texts))])
        if not holding.any() or holding.all():
            return fused
        lift = float(fused[mask].max() - fused[mask].min()) + 1e-6
        return np.where(holding, fused + lift, fused)

    def _titles_holding(self, phrases: list[str]) -> set[str]:
        if not hasattr(self, "_folded_titles"):
            self._folded_titles = {d.doc_id: fold(d.title or "") for d in self.data.documents.values()}
        return {doc_id for doc_id, title in self._folded_titles.items() if any(p in title for p in phrases)}

    def _doc_of_row(self, row: int) -> str:
        if not hasattr(self, "_row_docs"):
            doc_of = {u.unit_id: u.doc_id for u in self.data.units}
            self._row_docs = [doc_of[unit_id] for unit_id in self.data.searchable]
        return self._row_docs[row]

    def folded_text(self, row: int) -> str:
        """The searchable unit's text, folded (computed once for all units)."""
        return self._folded_texts()[row]

    def _folded_texts(self) -> list[str]:
        if not hasattr(self, "_folded"):
            self._folded = [fold(self._unit_text(i)) for i in range(len(self.data.searchable))]
        return self._folded

    def _unit_text(self, row: int) -> str:
        unit_id = self.data.searchable[row]
        if not hasattr(self, "_texts"):
            self._texts = {u.unit_id: u.text for u in self.data.units if u.retrievable}
        return self._texts[unit_id]

    def lexical_scores(self, tokens: list[str], extra: list[str] = (), rows: np.ndarray | None = None) -> np.ndarray:
        """BM25 of the question's tokens, plus the thesaurus tokens (`synonym_tokens`) at a lower weight, with
        the statistics of the units searched (`rows`; units outside them score 0)."""
        bm25 = self.statistics(rows)
        scores = bm25.scores(tokens)
        if extra and self.settings.synonym_weight:
            scores = scores + self.settings.synonym_weight * bm25.scores(extra)
        if bm25 is self.data.bm25:
            return scores
        out = np.zeros(len(self.data.searchable), dtype=np.float64)
        out[rows] = scores
        return out

    def abbreviations(self, tokens: list[str], bm25: BM25, rows: np.ndarray | None = None) -> list[Expansion]:
        """A two-character word the units searched never use, read as the abbreviation of a four-character phrase
        of theirs whose two words begin with its two characters (职教 → 职业教育, 集采 → 集中采购), or begin and end
        with them (管护 → 管理养护): Chinese shortens a compound to one character of each word. Only when those
        units hold one to three such phrases."""
        out = []
        for t in dict.fromkeys(tokens):
            if len(t) != 2 or bm25.term_idf(t) is not None or not all("\u4e00" <= ch <= "\u9fff" for ch in t):
                continue
            key = (t, None if rows is None else hash(np.asarray(rows).tobytes()))
            if not hasattr(self, "_phrases"):
                self._phrases = {}
            if key not in self._phrases:       # one pass over the units' text per word, then remembered
                texts = self._folded_texts()
                text = "\n".join(texts if rows is None else (texts[i] for i in rows))
                self._phrases[key] = Counter(m.group(0) for m in re.finditer(
                    f"(?={t[0]}[\u4e00-\u9fff]{t[1]}[\u4e00-\u9fff]|{t[0]}[\u4e00-\u9fff]{{2}}{t[1]})"
                    f"[\u4e00-\u9fff]{{4}}", text))
            whole = not any(t != other and t in other for other in tokens)   # 公务 of 公务员 is no word asked
            # the first characters (职业教育) as the rule; first and last (管理养护) only for a whole word of the
            # question and a phrase the units keep using (not 能力更加 once)
            terms = tuple(sorted(w for w, n in self._phrases[key].items()
                                 if bm25.term_idf(w[:2]) is not None and bm25.term_idf(w[2:]) is not None
                                 and (w[2] == t[1] or (whole and n >= 3))))
            if 0 < len(terms) <= 3:
                out.append(Expansion(t, terms))
        return out

    def synonym_tokens(self, tokens: list[str], expansions: list[Expansion], bm25: BM25 | None = None) -> list[str]:
        """Index tokens of the document terms: the term itself when the index knows it, else its words."""
        bm25 = bm25 or self.data.bm25
        out: list[str] = []
        for e in expansions:
            for term in e.terms:
                words = [term] if bm25.term_idf(term) is not None else self.tokenizer.tokens(term)
                out += [w for w in words if w not in tokens and w not in out and w not in self.stopwords]
        return out

    def search(self, question: str, k: int | None = None, rows: np.ndarray | None = None,
               method: str | None = None, within: np.ndarray | None = None) -> SearchResult:
        """Top-k hits; `rows` restricts the search to some units (a document filter, or routing), measured as an
        index of them alone; `within` restricts the hits further, measured as `rows` are (the documents of a place
        the question names: its words weigh as in the whole library, not as in one document)."""
        k = k or self.settings.top_k
        method = method or (self.settings.fusion if self.dense is not None else "bm25")
        tokens = self.tokenizer.query_tokens(question, self.stopwords)
        bm25 = self.statistics(rows)
        expansions = self.thesaurus.expand(question) + self.abbreviations(tokens, bm25, rows)
        extra = self.synonym_tokens(tokens, expansions, bm25)
        lexical = self.lexical_scores(tokens, extra, rows)
        dense_scores = self.dense.unit_scores(self.dense_text(question)) \
            if self.dense is not None and method != "bm25" else None
        mask = np.ones(len(lexical), dtype=bool) if rows is None else np.isin(np.arange(len(lexical)), rows)
        if within is not None:
            mask &= np.isin(np.arange(len(lexical)), within)
        lex_top = int(np.argmax(np.where(mask, lexical, -np.inf))) if mask.any() else -1
        quoted = self.quoted_length(question, lex_top, rows) if method == "gated" and dense_scores is not None else 0
        fused, details = fusion.fuse(method, lexical, dense_scores, mask, self.settings, quoted, self.restating)
        fused = self._quoted_first(question, fused, mask)
        order = [i for i in np.argsort(-fused, kind="stable") if mask[i]]
        lex_rank = fusion.ranks(lexical, mask).astype(int)
        dense_rank = fusion.ranks(dense_scores, mask).astype(int) if dense_scores is not None else None
        hits = []
        for i in order[:k]:
            ranks = {"bm25": lex_rank[i]}
            scores = {"bm25": float(lexical[i])}
            if dense_rank is not None:
                ranks["dense"], scores["dense"] = dense_rank[i], float(dense_scores[i])
            hits.append(Hit(self.data.searchable[i], float(fused[i]), ranks, scores))
        top_row = self.row[hits[0].unit_id] if hits else -1
        dense_best = float(dense_scores[top_row]) if dense_scores is not None and hits else None
        docs = {self.data.searchable[i].split("#")[0] for i in np.flatnonzero(mask)} \
            if rows is not None or within is not None else None
        margin, nearest_null = None, None
        if dense_best is not None:
            null, nearest_null = self.dense.null_match(self.dense_text(question), docs)
            margin = dense_best - null - self.dense.lift(docs)
        return SearchResult(tokens, hits, self.coverage(tokens, top_row, expansions, bm25), dense_best, margin, method,
                            details, expansions, extra, nearest_null, bm25)
