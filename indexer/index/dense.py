"""Dense retrieval at sentence level: each unit is scored by its best-matching sentence.

One vector per article scores poorly on long articles (FACTS.md: 0.79 at 1 for e5); the best sentence of
each unit scores 0.94. Sentence vectors are cached on disk per model, keyed by the hash of the text
encoded, so adding a document encodes only its own sentences.
"""
from __future__ import annotations

import hashlib
import json
import os
from collections import OrderedDict
from pathlib import Path

import numpy as np
from threadpoolctl import threadpool_limits
from tqdm import tqdm

from indexer.index.store import IndexData


def text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


class VectorCache:
    """Vectors of one model on disk: keys.json (text hashes) and vectors.npy, replaced atomically."""

    def __init__(self, folder: Path, model_name: str, dimension: int) -> None:
        slug = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in model_name)
        self.folder = Path(folder) / slug
        self.model_name, self.dimension = model_name, dimension
        self.rows: dict[str, int] = {}
        self.matrix = np.zeros((0, dimension), dtype=np.float32)
        keys_file, vectors_file = self.folder / "keys.json", self.folder / "vectors.npy"
        if keys_file.exists() and vectors_file.exists():
            meta = json.loads(keys_file.read_text(encoding="utf-8"))
            matrix = np.load(vectors_file, allow_pickle=False)
            if meta.get("model") == model_name and meta.get("dimension") == dimension \
                    and matrix.shape == (len(meta["keys"]), dimension):
                self.rows = {k: i for i, k in enumerate(meta["keys"])}
                self.matrix = matrix

    def missing(self, keys: list[str]) -> list[str]:
        return [k for k in dict.fromkeys(keys) if k not in self.rows]

    def add(self, keys: list[str], vectors: np.ndarray) -> None:
        start = len(self.rows)
        for i, k in enumerate(keys):
            self.rows[k] = start + i
        self.matrix = np.vstack([self.matrix, vectors.astype(np.float32)])

    def get(self, keys: list[str]) -> np.ndarray:
        return self.matrix[[self.rows[k] for k in keys]] if keys else np.zeros((0, self.dimension), np.float32)

    def save(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        tmp_v, tmp_k = self.folder / f"vectors.{os.getpid()}.npy", self.folder / f"keys.{os.getpid()}.json"
        np.save(tmp_v, self.matrix)
        keys = sorted(self.rows, key=self.rows.get)
        tmp_k.write_text(json.dumps({"model": self.model_name, "dimension": self.dimension, "keys": keys}),
                         encoding="utf-8")
        tmp_v.replace(self.folder / "vectors.npy")
        tmp_k.replace(self.folder / "keys.json")


def passage_text(heading: str, sentence: str) -> str:
    """What is encoded for a sentence: the unit's heading gives it its topic (加强工程质量保障：…)."""
    return f"{heading}：{sentence}" if heading and not sentence.startswith(heading) else sentence


class DenseIndex:
    """Sentence vectors of every searchable unit, and question scoring over them."""

    def __init__(self, data: IndexData, embedder, cache_dir: Path, progress: bool = True, log=lambda m: None,
                 null_texts: list[tuple[str | None, str]] = (), on_progress=None, probes: list[str] = ()):
        # numpy may have been imported (by Streamlit, say) before OPENBLAS_NUM_THREADS could be set
        threadpool_limits(1, user_api="blas")
        self.embedder = embedder
        units = {u.unit_id: u for u in data.units}
        texts, self.starts, self.counts = [], [], []
        self.sentence_rows: dict[str, tuple[int, int]] = {}
        for uid in data.searchable:
            unit = units[uid]
            doc_text = data.documents[unit.doc_id].text
            sentences = data.sentences.get(uid, [])
            self.sentence_rows[uid] = (len(texts), len(texts) + len(sentences))
            self.starts.append(len(texts))
            self.counts.append(len(sentences))
            texts += [passage_text(unit.heading, doc_text[s.start:s.end]) for s in sentences]
        # (doc_id or None for every document, text): titles and issuers of each document, the corpus's place names
        self.null_texts = list(dict.fromkeys((d, t) for d, t in null_texts if t))
        self.null_docs = [d for d, _ in self.null_texts]
        texts += [t for _, t in self.null_texts]
        keys = [text_key(t) for t in texts]
        cache = VectorCache(cache_dir, embedder.name, embedder.dimension)
        missing = cache.missing(keys)
        if missing:
            by_key = dict(zip(keys, texts))
            log(f"Encoding {len(missing)} sentences with {embedder.name} …")
            batch = 16
            bar = tqdm(total=len(missing), desc="encoding", unit="sentence",
                       disable=not progress or len(missing) < 50, leave=False)
            for i in range(0, len(missing), batch):
                chunk = missing[i:i + batch]
                cache.add(chunk, embedder.encode_units([by_key[k] for k in chunk]))
                bar.update(len(chunk))
                if on_progress:
                    on_progress("encoding", min(i + batch, len(missing)), len(missing))
                if (i // batch) % 20 == 19:
                    cache.save()  # an interrupted encoding keeps what it has done
            bar.close()
            cache.save()
        n_null = len(self.null_texts)
        vectors = cache.get(keys)
        self.matrix, self.null_matrix = vectors[:len(keys) - n_null], vectors[len(keys) - n_null:]
        self._probe_best = self._probe_maxima(list(dict.fromkeys(probes)), cache, data, units)
        self._starts = np.array(self.starts, dtype=np.int64)
        self._empty = np.array(self.counts) == 0
        self._queries: OrderedDict[str, np.ndarray] = OrderedDict()

    def _probe_maxima(self, probes: list[str], cache: VectorCache, data: IndexData, units: dict) -> dict:
        """For each document, the best similarity each probe question (an off-topic line asked as a question)
        reaches among its sentences: {doc_id: array over probes}."""
        if not probes or not self.size:
            return {}
        keys = [text_key("\0query\0" + p) for p in probes]   # a question's vector, not the passage's
        missing = [i for i, k in enumerate(keys) if k not in cache.rows]
        if missing:
            cache.add([keys[i] for i in missing], self.embedder.encode_queries([probes[i] for i in missing]))
            cache.save()
        sims = self.matrix @ cache.get(keys).T            # sentences × probes
        best: dict[str, np.ndarray] = {}
        for uid, (a, b) in self.sentence_rows.items():
            if b > a:
                doc = units[uid].doc_id
                top = sims[a:b].max(axis=0)
                best[doc] = np.maximum(best[doc], top) if doc in best else top
        return best

    def lift(self, doc_ids: set[str] | None = None) -> float:
        """How much searching several documents at once raises the best match an unrelated question finds,
        over the best single document among them: more sentences, higher maxima by chance alone. The dense
        margin is reduced by it, so one threshold holds for one document and for ten. 0 for one document."""
        docs = [d for d in self._probe_best if doc_ids is None or d in doc_ids]
        if len(docs) < 2:
            return 0.0
        together = np.max([self._probe_best[d] for d in docs], axis=0).mean()
        alone = max(self._probe_best[d].mean() for d in docs)
        return float(together - alone)

    @property
    def size(self) -> int:
        return len(self.matrix)

    def query_vector(self, question: str) -> np.ndarray:
        """The question's vector; the last few are kept, since answering asks for it more than once."""
        if question not in self._queries:
            self._queries[question] = self.embedder.encode_queries([question])[0]
            if len(self._queries) > 64:
                self._queries.popitem(last=False)
        return self._queries[question]

    def sentence_scores(self, question: str) -> np.ndarray:
        return self.matrix @ self.query_vector(question) if self.size else np.zeros(0, dtype=np.float32)

    def unit_scores(self, question: str) -> np.ndarray:
        """Every searchable unit's best sentence similarity (-1 for a unit without sentences)."""
        # a sentinel row keeps every start a valid index, even for empty units at the end
        sims = np.append(self.sentence_scores(question), np.float32(-1.0))
        if not len(self._starts):
            return np.zeros(0)
        best = np.maximum.reduceat(sims, self._starts).astype(np.float64)
        best[self._empty] = -1.0
        return best

    def null_match(self, question: str, doc_ids: set[str] | None = None) -> tuple[float, str | None]:
        """The "null" text closest to the question and its similarity: the titles and issuers of the documents
        searched, the corpus's place names and the off-topic lines (indexer/data/offtopic.json).

        A sentence that answers a question matches it better than a document's title does; a question
        outside the corpus matches a title or an off-topic line about as well as any sentence (see
        `dense_margin` in search.py). Only the titles of the documents searched count: a law's title says
        nothing about a question on the plan.
        """
        rows = [i for i, d in enumerate(self.null_docs) if doc_ids is None or d is None or d in doc_ids]
        if not rows:
            return 0.0, None
        sims = self.null_matrix[rows] @ self.query_vector(question)
        best = int(np.argmax(sims))
        return float(sims[best]), self.null_texts[rows[best]][1]

    def scores_in_unit(self, question: str, unit_id: str) -> np.ndarray | None:
        span = self.sentence_rows.get(unit_id)
        if span is None:
            return None
        return self.sentence_scores(question)[span[0]:span[1]]
