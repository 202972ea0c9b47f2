"""BM25 over units: Okapi BM25 as rank_bm25 computes it, stored as a sparse matrix (no pickle).

Two idf rules. "okapi" is rank_bm25's: log((N − df + 0.5) / (df + 0.5)), a negative value replaced by ε · the
mean idf. It breaks down on a small collection: with two units a word in one of them weighs log(1.5/1.5) = 0, so
a folder holding one short notice (a 前言 and one article) gives every question a score of 0. "lucene" is the
rule Lucene and Elasticsearch use, log(1 + (N − df + 0.5) / (df + 0.5)): the same order of words by rarity,
always positive, and nearly the same weights on a large collection (log(N/df) for a rare word either way).
"auto" (the default) is okapi where okapi can rank, lucene where it cannot: a word held by one unit has a positive
okapi weight only when N > 2 (log((N − 0.5) / 1.5) > 0). Lucene everywhere was measured too (development BM25
report, session 26): 9 answers right, 9 wrong, scattered over large documents whose thresholds were set with okapi.

The term-unit weights are precomputed at build time, so a query is a sum of a few posting lists:
microseconds per token instead of a scan over every unit. `tests/test_lexical.py` checks the scores
against `rank_bm25.BM25Okapi` on the same tokens.
"""
from __future__ import annotations

import json
import math
from collections import Counter
from pathlib import Path

import numpy as np

from indexer.errors import UnknownStrategy


class BM25:
    IDF_RULES = ("auto", "okapi", "lucene")

    def __init__(self, k1: float = 1.5, b: float = 0.75, epsilon: float = 0.25, idf: str = "auto") -> None:
        if idf not in self.IDF_RULES:
            raise UnknownStrategy(f"unknown idf rule '{idf}' (valid: {', '.join(self.IDF_RULES)})")
        self.k1, self.b, self.epsilon, self.idf_rule = k1, b, epsilon, idf
        self.vocab: dict[str, int] = {}
        self.idf = np.zeros(0, dtype=np.float64)
        self.indptr = np.zeros(1, dtype=np.int64)     # postings of term t: indptr[t]:indptr[t+1]
        self.indices = np.zeros(0, dtype=np.int32)    # unit numbers
        self.weights = np.zeros(0, dtype=np.float64)  # idf(t) · tf·(k1+1) / (tf + k1·(1-b+b·dl/avgdl))
        self.n_units = 0

    @property
    def params(self) -> dict:
        return {"k1": self.k1, "b": self.b, "epsilon": self.epsilon, "idf": self.idf_rule}

    def fit(self, corpus_tokens: list[list[str]]) -> "BM25":
        """Build from one token list per unit (idf by the rule chosen; "okapi" is rank_bm25's, negative → ε·mean)."""
        self.n_units = n = len(corpus_tokens)
        counts = [Counter(tokens) for tokens in corpus_tokens]
        lengths = np.array([len(t) for t in corpus_tokens], dtype=np.float64)
        avgdl = lengths.mean() if n and lengths.sum() else 1.0
        df: Counter = Counter()
        for c in counts:
            df.update(c.keys())
        self.vocab = {term: i for i, term in enumerate(sorted(df))}
        idf = np.zeros(len(self.vocab), dtype=np.float64)
        negative = []
        for term, i in self.vocab.items():
            idf[i] = self._idf(n, df[term])
            if idf[i] < 0:
                negative.append(i)
        if negative:
            idf[negative] = self.epsilon * (idf.sum() / len(idf))
        self.idf = idf
        postings: list[list[tuple[int, float]]] = [[] for _ in self.vocab]
        for unit, c in enumerate(counts):
            norm = self.k1 * (1 - self.b + self.b * lengths[unit] / avgdl)
            for term, tf in c.items():
                t = self.vocab[term]
                postings[t].append((unit, idf[t] * tf * (self.k1 + 1) / (tf + norm)))
        self.indptr = np.zeros(len(self.vocab) + 1, dtype=np.int64)
        self.indptr[1:] = np.cumsum([len(p) for p in postings])
        self.indices = np.array([u for p in postings for u, _ in p], dtype=np.int32)
        self.weights = np.array([w for p in postings for _, w in p], dtype=np.float64)
        return self

    def scores(self, query_tokens: list[str]) -> np.ndarray:
        """BM25 score of every unit; repeated query tokens count again, as in rank_bm25."""
        out = np.zeros(self.n_units, dtype=np.float64)
        for token in query_tokens:
            t = self.vocab.get(token)
            if t is None:
                continue
            lo, hi = self.indptr[t], self.indptr[t + 1]
            out[self.indices[lo:hi]] += self.weights[lo:hi]
        return out

    def term_idf(self, token: str) -> float | None:
        t = self.vocab.get(token)
        return None if t is None else float(self.idf[t])

    def units_holding(self, token: str) -> int:
        """How many units hold the token (its document frequency)."""
        t = self.vocab.get(token)
        return 0 if t is None else int(self.indptr[t + 1] - self.indptr[t])

    def _idf(self, n: int, df: int) -> float:
        if self.idf_rule == "lucene" or (self.idf_rule == "auto" and n <= 2):
            return math.log(1 + (n - df + 0.5) / (df + 0.5))
        return math.log(n - df + 0.5) - math.log(df + 0.5)

    def max_idf(self) -> float:
        """The idf an unseen term would get (df = 0), for measuring how much of a question is covered."""
        return self._idf(self.n_units, 0) if self.n_units else 0.0

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        terms = sorted(self.vocab, key=self.vocab.get)
        (folder / "vocab.json").write_text(json.dumps({"params": self.params, "n_units": self.n_units,
                                                       "terms": terms}, ensure_ascii=False), encoding="utf-8")
        np.save(folder / "idf.npy", self.idf)
        np.save(folder / "indptr.npy", self.indptr)
        np.save(folder / "indices.npy", self.indices)
        np.save(folder / "weights.npy", self.weights)

    @classmethod
    def load(cls, folder: Path) -> "BM25":
        meta = json.loads((folder / "vocab.json").read_text(encoding="utf-8"))
        bm25 = cls(**meta["params"])
        bm25.n_units = meta["n_units"]
        bm25.vocab = {term: i for i, term in enumerate(meta["terms"])}
        for name in ("idf", "indptr", "indices", "weights"):
            setattr(bm25, name, np.load(folder / f"{name}.npy", allow_pickle=False))
        return bm25
