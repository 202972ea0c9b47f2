"""Topics outside the knowledge base (indexer/data/offtopic.json) and questions about bodies no document names."""
import json

import pytest

from indexer.errors import PolicyQAError
from indexer.search.scope import load_off_topics


def test_off_topic_file_is_read_and_checked(tmp_path):
    assert load_off_topics(None) == []
    good = tmp_path / "offtopic.json"
    good.write_text(json.dumps({"topics": [" 天气预报 ", "户口迁移"]}, ensure_ascii=False), encoding="utf-8")
    assert load_off_topics(good) == ["天气预报", "户口迁移"]
    broken = tmp_path / "broken.json"
    broken.write_text("{\"topics\": [", encoding="utf-8")
    with pytest.raises(PolicyQAError, match="cannot read the off-topic list"):
        load_off_topics(broken)
    wrong = tmp_path / "wrong.json"
    wrong.write_text(json.dumps({"topics": ["天气", ""]}), encoding="utf-8")
    with pytest.raises(PolicyQAError, match="non-empty strings"):
        load_off_topics(wrong)


def test_the_corpus_list_is_loaded_and_not_indexed_as_a_document(plan_kb):
    assert len(plan_kb.off_topics) >= 20
    paths = [row["path"] for row in plan_kb.data.report]
    assert not any(p.endswith(("offtopic.json", "synonyms.json")) for p in paths)
    assert list(plan_kb.data.documents) == ["dongli-quality-plan-2024"]


def test_a_question_closest_to_an_off_topic_line_is_not_answered(tmp_path):
    # the fake embedder gives a question identical to a line similarity 1 with it: no sentence can match better
    from conftest import CORPUS

    from indexer import KnowledgeBase
    from indexer.config import Settings
    kb = KnowledgeBase.open([CORPUS], tmp_path / "idx", Settings(embed_model="fake"), progress=False,
                            log=lambda m: None)
    topic = next(t for t in kb.off_topics if "天气" in t)
    a = kb.ask(topic)
    assert not a.found and topic in a.answer and "未收录" in a.answer
    result = kb.search(topic)
    assert result.nearest_null == topic and result.dense_margin < 0
    # the plan's own wording still wins over every off-topic line
    a = kb.ask("谁负责工程质量投诉处理？")
    assert a.found and a.citations[0].label == "（十三）"


def test_a_body_no_document_names_gets_a_clear_reply(plan_kb):
    from indexer.answers.bureaus import unknown_body
    a = plan_kb.ask("区教委负责哪些任务？")
    assert not a.found and "区教委" in a.answer
    assert plan_kb.ask("区住建委负责哪些任务？").found
    assert unknown_body(plan_kb, "区里哪个局负责工程质量？", []) is None
    assert unknown_body(plan_kb, "区住建委负责哪些任务？", ["区住建委"]) is None
    assert unknown_body(plan_kb, "区档案局要做哪些事？", []) == "区档案局"


def test_searching_more_documents_lifts_the_bar_by_what_chance_alone_adds(tmp_path):
    from conftest import CORPUS, EXTRA, extra_or_skip

    from indexer import KnowledgeBase
    from indexer.config import Settings
    extra_or_skip()
    kb = KnowledgeBase.open([CORPUS, EXTRA], tmp_path / "idx", Settings(embed_model="fake"), progress=False,
                            log=lambda m: None)
    dense = kb.dense
    assert set(dense._probe_best) == set(kb.data.documents)
    for doc in kb.data.documents:
        assert dense.lift({doc}) == 0.0          # one document: nothing to correct
    laws = {d for d, doc in kb.data.documents.items() if doc.kind != "plan"}
    assert dense.lift(None) >= dense.lift(laws) >= 0.0 and dense.lift(None) > 0.0
    # the margin of a search over every document is reduced by exactly that lift
    q = "谁负责工程质量投诉处理？"
    result = kb.search(q)
    null, _ = dense.null_match(q, None)
    assert abs(result.dense_margin - (result.dense_best - null - dense.lift(None))) < 1e-9


def test_a_question_closest_to_a_document_named_but_not_held_says_so(tmp_path):
    # the plan names 《天津市质量强市建设纲要》 without the knowledge base holding it: its title is a "null" text,
    # and the fake embedder gives a question identical to it similarity 1 with it
    from conftest import CORPUS

    from indexer import KnowledgeBase
    from indexer.config import Settings
    kb = KnowledgeBase.open([CORPUS], tmp_path / "idx", Settings(embed_model="fake"), progress=False,
                            log=lambda m: None)
    assert "天津市质量强市建设纲要" in kb.missing_titles and kb.status()["missing_titles"] == len(kb.missing_titles)
    a = kb.ask("天津市质量强市建设纲要")
    assert not a.found and "《天津市质量强市建设纲要》" in a.answer and "没有收录" in a.answer
    assert kb.ask("谁负责工程质量投诉处理？").citations[0].label == "（十三）"
