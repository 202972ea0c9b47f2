from dataclasses import replace

import numpy as np
import pytest

from indexer.search import fusion
from indexer.config import Settings
from indexer.errors import UnknownStrategy


@pytest.fixture(scope="module")
def fake_kb(tmp_path_factory):
    from conftest import CORPUS

    from indexer import KnowledgeBase
    return KnowledgeBase.open([CORPUS], tmp_path_factory.mktemp("fake-index"), Settings(embed_model="fake"),
                              progress=False, log=lambda m: None)


QUESTIONS = ["谁负责工程质量投诉处理？", "我家新买的房子漏水找谁？", "食品抽检合格率要达到多少？", "质量", "区水务局"]


@pytest.mark.parametrize("method", ["rrf", "zscore", "gated"])
def test_dense_weight_zero_is_exactly_bm25(fake_kb, method):
    fake_kb.searcher.settings = replace(fake_kb.settings, dense_weight=0.0)
    try:
        for q in QUESTIONS:
            fused = [h.unit_id for h in fake_kb.searcher.search(q, k=40, method=method).hits]
            bm25 = [h.unit_id for h in fake_kb.searcher.search(q, k=40, method="bm25").hits]
            assert fused == bm25, q
    finally:
        fake_kb.searcher.settings = fake_kb.settings


def test_dense_alone_follows_dense_scores(fake_kb):
    q = "工程质量保修"
    hits = fake_kb.searcher.search(q, k=40, method="dense").hits
    scores = [h.scores["dense"] for h in hits]
    assert scores == sorted(scores, reverse=True)


def test_gate_keeps_bm25_for_a_question_quoting_the_plan(fake_kb):
    result = fake_kb.searcher.search("完善工程质量投诉处理机制", method="gated")
    assert result.details["lexical_confident"] and result.details["dense_weight"] == 0.0
    assert result.details["quoted_length"] >= 12
    loose = fake_kb.searcher.search("房子漏水找谁", method="gated")
    assert not loose.details["lexical_confident"] and loose.details["dense_weight"] > 0


def test_zscore_with_flat_scores_is_stable():
    mask = np.ones(4, dtype=bool)
    assert fusion.zscore(np.zeros(4), mask).tolist() == [0, 0, 0, 0]


def test_rrf_ranks_mask_out_other_units():
    scores = np.array([3.0, 1.0, 2.0])
    assert fusion.ranks(scores, np.array([True, True, False])).tolist() == [1, 2, 3]


def test_unknown_method_lists_the_valid_ones():
    with pytest.raises(UnknownStrategy, match="valid: bm25, dense, rrf, zscore, gated"):
        fusion.check("cosine")


def test_no_dense_scores_means_bm25():
    lexical = np.array([1.0, 3.0])
    fused, details = fusion.fuse("gated", lexical, None, np.ones(2, bool), Settings())
    assert fused.tolist() == [1.0, 3.0] and details["method"] == "bm25"


def test_a_unit_restating_the_title_is_not_lifted_by_the_dense_side_alone():
    """A notice's text or 前言 (restating=True) close to the model but not to the words asked keeps its lexical
    standing: the article the words find comes first; without `restating` the model's closeness wins."""
    from types import SimpleNamespace
    from indexer.search import fusion
    lexical, dense = np.array([1.0, 2.0, 0.0]), np.array([3.0, 0.0, 0.0])
    mask = np.ones(3, dtype=bool)
    settings = SimpleNamespace(dense_weight=0.6, gate=6, rrf_k=60)
    for method in ("gated", "zscore"):
        plain, _ = fusion.fuse(method, lexical, dense, mask, settings)
        capped, _ = fusion.fuse(method, lexical, dense, mask, settings, restating=np.array([True, False, False]))
        assert int(np.argmax(plain)) == 0 and int(np.argmax(capped)) == 1
    # a unit the words also find first keeps its place
    capped, _ = fusion.fuse("gated", np.array([2.0, 1.0, 0.0]), dense, mask, settings,
                            restating=np.array([True, False, False]))
    assert int(np.argmax(capped)) == 0
