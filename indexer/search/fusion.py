"""Fusing lexical and dense scores, each method chosen by name.

    bm25     lexical scores alone
    dense    dense scores alone
    rrf      weighted reciprocal-rank fusion: (1-w)/(k+rank_bm25) + w/(k+rank_dense)
    zscore   weighted sum of z-scored lists: (1-w)·z(bm25) + w·z(dense)
    gated    zscore, but a question that quotes the best BM25 unit's own words (a piece of at least `gate`
             characters found verbatim in it) keeps BM25 alone; any other question lets the dense side in
             with weight w

With w = 0 every method returns exactly the BM25 ranking (tests/test_fusion.py).
"""
from __future__ import annotations

import numpy as np

from indexer.errors import UnknownStrategy

METHODS = ("bm25", "dense", "rrf", "zscore", "gated")


def check(method: str) -> str:
    if method not in METHODS:
        raise UnknownStrategy(f"unknown fusion method '{method}' (valid: {', '.join(METHODS)})")
    return method


def ranks(scores: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """1-based ranks among masked units; units outside the mask rank last."""
    order = np.argsort(-np.where(mask, scores, -np.inf), kind="stable")
    out = np.empty(len(scores), dtype=np.float64)
    out[order] = np.arange(1, len(scores) + 1)
    return out


def zscore(scores: np.ndarray, mask: np.ndarray) -> np.ndarray:
    values = scores[mask]
    if values.size == 0:
        return np.zeros_like(scores, dtype=np.float64)
    std = values.std()
    return (scores - values.mean()) / std if std > 0 else np.zeros_like(scores, dtype=np.float64)


def fuse(method: str, lexical: np.ndarray, dense: np.ndarray | None, mask: np.ndarray, settings,
         quoted_length: int = 0, restating: np.ndarray | None = None) -> tuple[np.ndarray, dict]:
    """Fused scores of every unit and what the fusion did (for --explain). `restating`: units that restate the
    document's title (a notice's text, a 前言); in zscore and gated fusion their dense z-score is at most their
    lexical one, so the model's closeness to the topic alone does not put them first."""
    check(method)
    w = float(settings.dense_weight)
    if method == "bm25" or dense is None:
        return lexical.astype(np.float64), {"method": "bm25"}
    if method == "dense":
        return dense.astype(np.float64), {"method": "dense"}
    if method == "rrf":
        k = settings.rrf_k
        fused = (1 - w) / (k + ranks(lexical, mask)) + w / (k + ranks(dense, mask))
        return fused, {"method": "rrf", "dense_weight": w, "k": k}
    z_lexical, z_dense = zscore(lexical, mask), zscore(dense, mask)
    if restating is not None:
        z_dense = np.where(restating, np.minimum(z_dense, z_lexical), z_dense)
    if method == "gated":
        confident = quoted_length >= settings.gate
        w = 0.0 if confident else w
        fused = (1 - w) * z_lexical + w * z_dense
        return fused, {"method": "gated", "dense_weight": w, "quoted_length": quoted_length,
                       "gate": settings.gate, "lexical_confident": confident}
    fused = (1 - w) * z_lexical + w * z_dense
    return fused, {"method": "zscore", "dense_weight": w}
