import numpy as np
import pytest
from rank_bm25 import BM25Okapi

from indexer.index.lexical import BM25


@pytest.fixture(scope="module")
def plan_tokens(plan_kb):
    return plan_kb.data.unit_tokens


QUERIES = [["工程质量", "投诉"], ["食品", "合格率", "合格率"], ["质量"], ["不存在的词"], [], ["区住建委", "绿色", "建筑"]]


@pytest.mark.parametrize("query", QUERIES)
def test_scores_equal_rank_bm25(plan_tokens, query):
    ours = BM25().fit(plan_tokens).scores(query)
    reference = BM25Okapi(plan_tokens).get_scores(query)
    assert np.allclose(ours, reference)


def test_scores_equal_rank_bm25_with_other_parameters(plan_tokens):
    ours = BM25(k1=1.2, b=0.5, epsilon=0.1).fit(plan_tokens).scores(["标准", "计量", "质量"])
    reference = BM25Okapi(plan_tokens, k1=1.2, b=0.5, epsilon=0.1).get_scores(["标准", "计量", "质量"])
    assert np.allclose(ours, reference)


def test_negative_idf_gets_epsilon_times_mean_like_rank_bm25():
    corpus = [["质量", "工程"], ["质量", "食品"], ["质量", "服务"], ["标准"]]
    ours, ref = BM25().fit(corpus), BM25Okapi(corpus)
    assert np.isclose(ours.term_idf("质量"), ref.idf["质量"])
    assert np.allclose(ours.scores(["质量"]), ref.get_scores(["质量"]))


def test_empty_corpus_and_empty_query():
    bm25 = BM25().fit([])
    assert bm25.scores(["质量"]).shape == (0,)
    assert BM25().fit([["质量"]]).scores([]).tolist() == [0.0]


def test_save_load_round_trip(tmp_path, plan_tokens):
    bm25 = BM25().fit(plan_tokens)
    bm25.save(tmp_path / "bm25")
    loaded = BM25.load(tmp_path / "bm25")
    for query in QUERIES:
        assert np.array_equal(bm25.scores(query), loaded.scores(query))
    assert loaded.params == bm25.params


@pytest.mark.parametrize("question,words", [("房屋租赁服务谁来管？", ["房屋", "租赁", "服务"]),
                                            ("农药超标谁来查？", ["农药", "超标"]),
                                            # the A-not-A form of a yes/no question: jieba leaves 不能, 不是 …
                                            ("买到假货能不能让商家加倍赔？", ["假货", "商家", "加倍"]),
                                            ("企业可不可以不公开标准？", ["企业", "公开", "标准"]),
                                            ("是不是所有食品都要检验？", ["所有", "食品", "检验"]),
                                            # conversational filler: 听说, 这事, 操心, 说了算, 帮忙 …
                                            ("听说有保护工程，这事谁操心？", ["保护", "工程"]),
                                            ("工地质量谁说了算？", ["工地", "质量"]),
                                            # 有没有 (jieba: 有 + 没有) and 自己: no document holds either
                                            ("有没有自己的餐饮品牌？", ["餐饮", "品牌"]),
                                            # a story's filler: 旁边, 老是, 不好, 一起, 起来 …
                                            ("小区旁边的工地老是不好好管，谁来一起抓起来？", ["小区", "工地", "好好"]),
                                            ("工地质量到底是哪个单位管？", ["工地", "质量"])])
def test_question_words_are_not_searched(question, words):
    # jieba keeps 谁来管 and 来查 whole: they are question words, and an article never holds them; so is 能不能
    from indexer.index.tokenize import Tokenizer
    assert Tokenizer().query_tokens(question) == words


def test_enumeration_items_are_words():
    from indexer.index.tokenize import Tokenizer, enumeration_terms
    text = "鼓励提供助餐、助洁、助医、助急、助浴、助行等养老服务。丰富24小时便利店、书店、影院、酒吧等业态。"
    terms = enumeration_terms(text)
    assert {"助餐", "助洁", "助浴", "助行", "书店", "影院"} <= set(terms)
    assert "利店" not in terms and "便利店" not in terms   # a longer first item is not cut to two characters
    assert enumeration_terms("质量经理、质量工程师、质量技术能手队伍") == []   # items longer than two: left to jieba
    # jieba alone cuts 找助 + 餐助 + 浴; with the plan's enumerations as words the question holds 助餐 and 助浴
    assert Tokenizer().query_tokens("想找助餐助浴的服务") != ["助餐", "助浴", "服务"]
    assert Tokenizer(terms).query_tokens("想找助餐助浴的服务") == ["助餐", "助浴", "服务"]


def test_units_holding_counts_documents_not_occurrences():
    bm25 = BM25().fit([["质量", "质量", "工程"], ["质量"], ["食品"]])
    assert [bm25.units_holding(t) for t in ("质量", "工程", "食品", "疫苗")] == [2, 1, 1, 0]


def test_idf_rules_okapi_and_lucene_formulas():
    corpus = [["质量", "工程"], ["质量", "食品"], ["标准"], ["计量"]]
    n = 4
    okapi, lucene = BM25(idf="okapi").fit(corpus), BM25(idf="lucene").fit(corpus)
    assert np.isclose(okapi.term_idf("工程"), np.log((n - 1 + 0.5) / 1.5))
    assert np.isclose(lucene.term_idf("工程"), np.log(1 + (n - 1 + 0.5) / 1.5))
    assert np.isclose(lucene.term_idf("质量"), np.log(1 + (n - 2 + 0.5) / 2.5))
    assert np.isclose(lucene.max_idf(), np.log(1 + (n + 0.5) / 0.5))
    # rarer weighs more under either rule
    assert lucene.term_idf("工程") > lucene.term_idf("质量") > 0


def test_auto_idf_is_rank_bm25_from_three_units_and_still_ranks_two():
    """rank_bm25's idf gives a word held by one of two units log(1.5/1.5) = 0 and every other word ε · a negative
    mean: a folder holding one short notice (a 前言 and one article) scored every question 0 and refused it."""
    three = [["推进", "示范区", "建设"], ["印发", "通知"], ["加强", "宣传"]]
    assert np.allclose(BM25().fit(three).scores(["示范区", "宣传"]),
                       BM25Okapi(three).get_scores(["示范区", "宣传"]))
    two = [["印发", "通知", "建设"], ["推进", "示范区", "建设"]]
    assert np.allclose(BM25(idf="okapi").fit(two).scores(["示范区"]), 0.0)   # the degenerate case
    scores = BM25().fit(two).scores(["示范区", "建设"])
    assert scores[1] > scores[0] > 0


def test_unknown_idf_rule_is_refused():
    from indexer.errors import UnknownStrategy
    with pytest.raises(UnknownStrategy, match="idf rule"):
        BM25(idf="bm25l")


def test_idf_rule_round_trips_with_the_index(tmp_path):
    bm25 = BM25(idf="lucene").fit([["质量"], ["标准"]])
    bm25.save(tmp_path / "bm25")
    assert BM25.load(tmp_path / "bm25").params["idf"] == "lucene"
