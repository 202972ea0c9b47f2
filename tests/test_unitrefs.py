"""A question naming a unit by its label (第十三条谁负责？): the unit it names answers, not a search."""
import pytest

from indexer.answers.unitrefs import referenced_units


def _verbatim(kb, answer):
    for c in answer.citations:
        assert kb.data.documents[c.doc_id].text[c.start:c.end] == c.quote


@pytest.mark.parametrize("question", ["第13条谁负责？", "（１３）谁负责？", "（十三）条是哪些部门负责的？",
                                      "方案第十三条由哪些部门负责？", "第十三条是谁负责的"])
def test_an_article_named_by_its_number_answers_who(plan_kb, question):
    # people call the plan's （十三） 第十三条 too, and write its number in digits, full-width or not
    a = plan_kb.ask(question)
    assert a.found and a.intent == "responsibility" and a.citations[0].label == "（十三）"
    assert a.bureaus == ["区住建委", "区运管局", "区水务局", "各街道园区"]
    assert a.citations[0].quote == "(区住建委、区运管局、区水务局和各街道园区等按职责分工负责)"   # the clause itself
    _verbatim(plan_kb, a)


def test_a_box_named_by_its_number_names_no_body(plan_kb):
    a = plan_kb.ask("专栏3是哪些部门负责的？")
    assert a.found and a.citations[0].label == "专栏3" and a.bureaus == []
    assert "没有写明负责单位" in a.answer and a.citations[0].quote == "专栏3 建设工程质量管理升级工程"
    _verbatim(plan_kb, a)


def test_what_an_article_says_is_its_whole_text(plan_kb):
    a = plan_kb.ask("（二十五）讲了什么？")
    unit = plan_kb.unit("（二十五）")
    assert a.found and a.intent != "responsibility" and len(a.citations) == 1
    assert (a.citations[0].start, a.citations[0].end) == (unit.start, unit.end) and unit.text in a.answer
    _verbatim(plan_kb, a)


def test_a_label_mentioned_in_passing_is_searched_as_usual(plan_kb):
    # not asked about: a question of another kind that only mentions a label, or a label far into the question
    assert referenced_units(plan_kb, "第十三条提到的工程质量保证金要交多少？", "fact") is None
    assert referenced_units(plan_kb, "工程质量投诉处理、质量保修责任制度这些事情，方案里写在第十三条吗？谁负责？",
                            "responsibility") is None
    assert referenced_units(plan_kb, "谁负责工程质量投诉处理？", "responsibility") is None
    assert referenced_units(plan_kb, "第九十九条谁负责？", "responsibility") is None   # no such unit
