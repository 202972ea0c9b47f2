"""The search thesaurus: everyday words found in questions, expanded to document terms, at a visible weight."""
import json
import unicodedata

import numpy as np
import pytest
from conftest import CORPUS, EXTRA, PLAN

from indexer.errors import PolicyQAError
from indexer.index.synonyms import Thesaurus


def test_longest_word_first_and_no_double_count():
    t = Thesaurus({"网上": ["线上"], "网上平台": ["网络平台"], "漏水": ["渗漏", "质量保修"]})
    found = t.expand("网上平台卖的东西漏水")
    assert [(e.word, e.terms) for e in found] == [("网上平台", ("网络平台",)), ("漏水", ("渗漏", "质量保修"))]
    assert [e.word for e in t.expand("网上买的")] == ["网上"]
    assert t.expand("工程质量投诉") == []


def test_full_width_and_ascii_questions_match_alike():
    t = Thesaurus({"GDP": ["地区生产总值"]})
    assert [e.terms for e in t.expand("研发投入占ＧＤＰ多少")] == [("地区生产总值",)]
    assert [e.terms for e in t.expand("研发投入占gdp多少")] == [("地区生产总值",)]


@pytest.mark.parametrize("content", ["", "{", '{"terms": []}', '{"terms": {"房子": []}}', '{"words": {}}'])
def test_a_broken_table_is_refused_by_name(tmp_path, content):
    path = tmp_path / "synonyms.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(PolicyQAError, match="synonyms.json"):
        Thesaurus.load(path)


def test_every_document_term_occurs_in_the_documents():
    """A term on the right that no document uses is a typo: it can never match (the documents: the plan, the laws
    when present, and the development documents of the evaluation, not its held-out sets)."""
    table = json.loads((CORPUS.parent / "indexer" / "data" / "synonyms.json").read_text(encoding="utf-8"))["terms"]
    texts = PLAN.read_text(encoding="utf-8")
    for folder in ("unseen", "fresh", "fresh2"):
        texts += "".join(p.read_text(encoding="utf-8") for p in sorted((CORPUS.parent / "eval" / folder / "docs").glob("*.txt")))
    if EXTRA.is_dir():
        texts += "".join(p.read_text(encoding="utf-8") for p in sorted(EXTRA.glob("*.txt")))
    texts = unicodedata.normalize("NFKC", texts)
    law_terms = {"渗漏", "施工单位", "施工现场", "网络交易", "电子商务", "保质期", "食用农产品", "强制检定",
                 "计量器具", "罚款", "生产者", "保修期限", "农业生产", "销售者", "经营者", "集中交易市场", "起计算",
                 "有碍食品安全疾病", "健康证明", "乳粉", "肉类",
                 "账簿", "票据", "经营场所", "拒绝", "阻挠"}
    missing = [(word, term) for word, terms in table.items() for term in terms
               if term not in texts and (EXTRA.is_dir() or term not in law_terms)]
    assert missing == []


def test_everyday_question_finds_the_article(plan_kb):
    a = plan_kb.ask("我家新买的房子漏水找谁？")
    assert a.found and a.citations[0].label == "（十三）"
    assert a.bureaus == ["区住建委", "区运管局", "区水务局", "各街道园区"]
    assert "质量保修" in a.citations[0].quote   # the sentence the everyday word stands for, not the heading


def test_explain_shows_the_expansion(plan_kb):
    info = plan_kb.ask("我家新买的房子漏水找谁？", explain=True).explain
    assert info["synonyms"]["漏水"] == ["渗漏", "质量保修", "工程质量"]


def test_weight_zero_and_no_table_give_plain_bm25(plan_kb):
    from indexer.search.searcher import Searcher
    off = Searcher(plan_kb.data, plan_kb.tokenizer, plan_kb.settings.with_overrides(synonym_weight=0.0),
                   None, plan_kb.place_stopwords, plan_kb.thesaurus)
    none = Searcher(plan_kb.data, plan_kb.tokenizer, plan_kb.settings, None, plan_kb.place_stopwords)
    question = "网上平台卖的东西质量差谁管？"
    tokens = plan_kb.tokenizer.query_tokens(question, plan_kb.place_stopwords)
    plain = plan_kb.data.bm25.scores(tokens)
    extra = plan_kb.searcher.synonym_tokens(tokens, plan_kb.thesaurus.expand(question))
    assert extra and "网络平台" in extra
    assert np.array_equal(off.lexical_scores(tokens, extra), plain)
    assert none.synonym_tokens(tokens, none.thesaurus.expand(question)) == []
    assert none.search(question).hits[0].scores["bm25"] == plain.max()
    on = plan_kb.searcher.lexical_scores(tokens, extra)
    assert (on >= plain).all() and (on > plain).any()


def test_everyday_word_counts_as_covered(plan_kb):
    s = plan_kb.searcher
    question = "房子漏水"
    tokens = plan_kb.tokenizer.query_tokens(question, plan_kb.place_stopwords)
    row = s.row["dongli-quality-plan-2024#（十三）"]
    assert s.coverage(tokens, row) == 0.0
    covered = s.coverage(tokens, row, plan_kb.thesaurus.expand(question))
    assert covered == pytest.approx(plan_kb.settings.synonym_coverage) and covered > 0
