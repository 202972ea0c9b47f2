"""The plan and the nine laws together (needs ../shared/corpus-extra; skipped with a reason without it)."""
import json

import pytest
from conftest import CORPUS, EXTRA, extra_or_skip

from indexer.kb import DocFilter


@pytest.fixture(scope="module")
def law_kb(tmp_path_factory):
    extra_or_skip()
    from indexer import KnowledgeBase
    from indexer.config import Settings
    return KnowledgeBase.open([CORPUS, EXTRA], tmp_path_factory.mktemp("law-index"), Settings(embed_model="none"),
                              progress=False, log=lambda m: None)


def test_ten_documents_and_the_readme_skipped(law_kb):
    assert len(law_kb.data.documents) == 10
    report = {row["path"].split("/")[-1]: row for row in law_kb.data.report}
    assert report["README.md"]["status"] == "skipped"


def test_law_metadata(law_kb):
    pq = law_kb.data.documents["product-quality-law-2018"]
    assert (pq.title, pq.kind, pq.level, pq.issuer) == ("中华人民共和国产品质量法", "law", "法律", "全国人民代表大会常务委员会")
    assert ("通过", "1993-02-22") in pq.dates and ("修正", "2018-12-29") in pq.dates
    assert pq.history[0].startswith("1993年2月22日")
    cq = law_kb.data.documents["construction-quality-regulation-2019"]
    assert (cq.kind, cq.level, cq.doc_number) == ("regulation", "行政法规", "国务院令第279号")
    old = law_kb.data.documents["standardization-law-implementing-regulation-1990"]
    assert any("效力需要核实" in w for w in old.warnings)
    plan = law_kb.data.documents["dongli-quality-plan-2024"]
    assert (plan.kind, plan.level) == ("plan", "地方规范性文件")


def test_law_citation_to_paragraph_and_item(law_kb):
    unit = law_kb.unit("第二十六条", "product-quality-law-2018")
    item = law_kb.unit_by_id["product-quality-law-2018#第二十六条/第二款/第（一）项"]
    cite = law_kb.cite(unit.unit_id, item.start + 3, item.end)
    assert cite == "《中华人民共和国产品质量法》第二十六条第二款第（一）项"
    one_paragraph = law_kb.unit("第三十四条", "food-safety-law-2021")
    item = law_kb.children[one_paragraph.unit_id][0]
    assert law_kb.cite(one_paragraph.unit_id, item.start, item.end) == "《中华人民共和国食品安全法》第三十四条第（一）项"


def test_law_answer_is_verbatim_and_cited(law_kb):
    a = law_kb.ask("全国产品质量监督工作由哪个部门主管？")
    assert a.citations[0].unit_id == "product-quality-law-2018#第八条"
    assert a.bureaus == ["国务院市场监督管理部门"]
    doc = law_kb.data.documents["product-quality-law-2018"]
    assert all(law_kb.data.documents[c.doc_id].text[c.start:c.end] == c.quote for c in a.citations)
    assert doc.text[a.citations[0].start:a.citations[0].end] == "国务院市场监督管理部门主管全国产品质量监督工作。"


def test_plan_responsibility_is_routed_to_the_plan(law_kb):
    a = law_kb.ask("谁负责工程质量投诉处理？")
    assert a.citations[0].label == "（十三）" and a.bureaus == ["区住建委", "区运管局", "区水务局", "各街道园区"]


def test_question_spanning_plan_and_law_cites_both(law_kb):
    a = law_kb.ask("产品质量监督抽查由谁组织？")
    cited = {c.unit_id for c in a.citations[:3]}
    assert {"product-quality-law-2018#第十五条", "dongli-quality-plan-2024#（二十七）"} <= cited
    assert "另见" in a.answer
    # of the law's authority sentences, the one naming who does the act asked about (组织), not 第十七条's
    # 由实施监督抽查的市场监督管理部门责令…改正, which holds more of the question's other words
    assert a.bureaus == ["国务院市场监督管理部门"]


def test_a_who_question_in_the_laws_words_goes_to_the_laws(law_kb):
    # a "who" question goes to the plan first; the laws hold every word of this one and the plan does not
    # (its （二十七） has 事故强制报告与调查 but no 食品): the law answers, the plan is cited beside it
    a = law_kb.ask("食品安全事故报告后，由哪个部门组织调查处理？")
    assert a.citations[0].doc_id == "food-safety-law-2021"
    assert "dongli-quality-plan-2024#（二十七）" in {c.unit_id for c in a.citations[:3]}


def test_each_word_of_the_question_counts_once():
    from indexer.answers.answering import PREDICATE, _words_score
    weights = {"产品质量": 2.0, "产品": 0.5, "品质": 2.0, "质量": 0.7, "组织": 2.0}
    assert _words_score(weights, {"产品质量", "产品", "品质", "质量"}) == 2.0
    assert _words_score(weights, {"产品", "组织"}) == 2.5
    assert PREDICATE.search("产品质量监督抽查由谁组织？").group(1) == "组织"
    assert PREDICATE.search("标准的实施由哪个部门监督检查？").group(1) == "监督检查"


def test_a_law_leads_the_regulation_that_repeats_it(law_kb):
    # 标准化法第五条 and the 1990 实施条例第六条 both say 国务院标准化行政主管部门统一管理全国标准化工作
    a = law_kb.ask("全国标准化工作由哪个部门统一管理？")
    assert [c.unit_id for c in a.citations[:2]] == ["standardization-law-2017#第五条",
                                                   "standardization-law-implementing-regulation-1990#第六条"]
    assert a.bureaus == ["国务院标准化行政主管部门"]


def test_the_text_that_answers_more_of_the_question_keeps_the_lead(law_kb):
    from indexer.search.routing import prefer_superior
    from indexer.types import Hit
    # 食品安全法第十二条 (有权举报) is the superior text, but only the 实施条例第六十五条 speaks of 奖励
    reward, law = "food-safety-law-implementing-regulation-2019#第六十五条", "food-safety-law-2021#第十二条"
    hits = [Hit(reward, 2.0, {}, {}), Hit(law, 1.0, {}, {})]
    order = lambda q: [h.unit_id for h in prefer_superior(law_kb, q, hits)]  # noqa: E731
    assert order("举报食品安全违法行为有奖励吗？") == [reward, law]
    assert order("可以举报食品安全违法行为吗？") == [law, reward]


def test_duty_articles_come_before_penalties_in_the_top_three(law_kb):
    from indexer.search.routing import match_penalty
    from indexer.types import Hit
    duty, penalty, law = ("standardization-law-implementing-regulation-1990#第二十三条",
                          "standardization-law-implementing-regulation-1990#第三十三条",
                          "standardization-law-2017#第二十五条")
    hits = [Hit(duty, 3.0, {}, {}), Hit(penalty, 2.0, {}, {}), Hit(law, 1.0, {}, {})]
    assert [h.unit_id for h in match_penalty(law_kb, "不符合强制性标准的产品能进口吗？", hits)] == [duty, law, penalty]
    assert law_kb.ask("不符合强制性标准的产品能进口吗？").citations[0].unit_id == law


def test_a_question_naming_the_district_goes_to_the_plan(law_kb):
    from indexer.search.routing import route
    assert route(law_kb, "other", "计量器具检定方面东丽区有什么安排？", None) == {"plan"}
    assert route(law_kb, "other", "计量器具检定有什么规定？", None) == {"law", "regulation"}
    # 方案 names the plan when the question asks about it, not inside a law's compound (事故处置方案)
    assert route(law_kb, "other", "晚上想逛夜市，方案里有什么说法？", None) == {"plan"}
    assert route(law_kb, "other", "方案是根据什么文件制定的？", None) == {"plan"}
    assert route(law_kb, "requirement", "我们是建设单位，方案要求我们承担什么质量责任？", None) == {"plan"}
    assert route(law_kb, "requirement", "我们是行业协会，方案希望我们做什么？", None) == {"plan"}
    assert route(law_kb, "requirement", "设计方案要求写明什么？", None) != {"plan"}
    # where the asker is (在东丽区，…) is a setting, not the district's measures asked about
    assert route(law_kb, "requirement", "在东丽区，销售者进货时要做什么检查验收？", None) != {"plan"}
    assert route(law_kb, "requirement", "天津东丽，销售者进货时要做什么检查验收？", None) != {"plan"}
    assert law_kb.ask("我们在东丽区开厂，产品质量应当符合哪些要求？").citations[0].unit_id == \
        law_kb.ask("产品质量应当符合哪些要求？").citations[0].unit_id
    assert route(law_kb, "requirement", "食品企业要制定食品安全事故处置方案吗？", None) != {"plan"}
    a = law_kb.ask("食品企业要制定食品安全事故处置方案吗？")
    assert a.citations[0].unit_id == "food-safety-law-2021#第一百零二条"
    assert route(law_kb, "responsibility", "全国计量工作由哪个部门主管？", None) == {"law", "regulation"}
    # a quoted term is named, not asked: “全国一张单” is the plan's own term, not a national authority
    assert route(law_kb, "responsibility", "“全国一张单”的市场准入负面清单谁来落实？", None) == {"plan"}
    # who imposes a penalty is the laws' question (the plan imposes none); the plan's 免罚 and 惩罚性赔偿 are its own
    assert route(law_kb, "responsibility", "计量方面的罚款由谁来决定？", None) == {"law", "regulation"}
    assert route(law_kb, "responsibility", "卖假冒伪劣的谁来罚？", None) == {"law", "regulation"}
    assert route(law_kb, "responsibility", "轻微违法行为免罚制度谁来实施？", None) == {"plan"}
    assert route(law_kb, "responsibility", "惩罚性赔偿制度谁来落实？", None) == {"plan"}
    # a penalty waived is no penalty asked about
    assert route(law_kb, "responsibility", "小错不罚款的包容审慎监管谁来搞？", None) == {"plan"}
    assert route(law_kb, "responsibility", "轻微违法不予处罚由谁来推行？", None) == {"plan"}


def test_filters(law_kb):
    only_laws = DocFilter(kinds=("law",))
    a = law_kb.ask("谁负责工程质量投诉处理？", doc_filter=only_laws)
    assert all(law_kb.data.documents[c.doc_id].kind == "law" for c in a.citations)
    by_issuer = DocFilter(issuers=("国务院",))
    hits = law_kb.search("施工单位的质量责任", doc_filter=by_issuer).hits
    assert hits and all("国务院" in law_kb.data.documents[h.unit_id.split("#")[0]].issuer for h in hits)
    assert law_kb.search("质量", doc_filter=DocFilter(doc_ids=("metrology-law-2018",))).hits[0].unit_id.startswith(
        "metrology-law-2018#")
    assert law_kb.search("质量", doc_filter=DocFilter(validity=("现行有效",))).hits == []
    a = law_kb.ask("谁负责工程质量投诉处理？", doc_filter=DocFilter(kinds=("law",), validity=("废止",)))
    assert not a.found and "没有符合筛选条件的文件（类别：law；效力：废止）" in a.answer
    # a filtered search ranks with the statistics of the documents it admits
    one = DocFilter(doc_ids=("metrology-law-2018",))
    assert law_kb.search("计量检定", doc_filter=one).hits[0].unit_id.startswith("metrology-law-2018#")
    assert law_kb.searcher.statistics(law_kb.rows_for(one)).n_units == len(law_kb.rows_for(one))


def test_cross_references(law_kb):
    refs = law_kb.cross_references
    by_text = {(r.unit_id, r.text): r for r in refs}
    r = by_text[("agri-product-quality-safety-law-2022#第三条", "《中华人民共和国食品安全法》")]
    assert r.target_doc == "food-safety-law-2021"
    implementing = [r for r in refs if r.unit_id.startswith("food-safety-law-implementing") and r.text == "第一百一十一条"]
    assert implementing[0].target_unit == "food-safety-law-2021#第一百一十一条"   # 食品安全法第一百一十一条, no 《》
    previous = next(r for r in refs if r.kind == "paragraph" and r.unit_id == "agri-product-quality-safety-law-2022#第三十六条")
    assert previous.target_unit == "agri-product-quality-safety-law-2022#第三十六条/第一款"
    assert all(r.target_unit for r in refs if r.kind != "title")


def test_documents_named_but_not_held(law_kb):
    missing = law_kb.missing_documents()
    assert "天津市质量强市建设纲要" in missing
    assert missing["天津市质量强市建设纲要"][0].unit_id == "dongli-quality-plan-2024#前言"
    assert "中华人民共和国食品安全法" not in missing     # held
    assert not any(t.startswith("关于修改") for t in missing)


@pytest.mark.parametrize("actor,article,expect", [
    ("食品生产者", "food-safety-law-2021#第三十四条", "禁止"),
    ("销售者", "product-quality-law-2018#第三十三条", "应当"),
    ("施工单位", "construction-quality-regulation-2019#第二十八条", "必须"),
])
def test_requirements_by_actor(law_kb, actor, article, expect):
    group, found = law_kb.requirements_for(actor)
    ours = [o for o in found if o.unit_id == article]
    assert ours and ours[0].modality == expect
    for o in found:
        assert law_kb.data.documents[o.doc_id].text[o.start:o.end] == o.quote


def test_prohibition_lists_its_items(law_kb):
    _, found = law_kb.requirements_for("食品厂")
    banned = next(o for o in found if o.unit_id == "food-safety-law-2021#第三十四条")
    assert len(banned.items) == 13
    assert {o.source for o in found} == {"law", "plan"}


def test_requirements_list_answer(law_kb):
    a = law_kb.ask("我们是食品生产企业，要满足哪些要求？")
    assert a.intent == "requirement" and a.found and "适用于食品生产企业的规定" in a.answer
    assert a.citations[0].doc_title == "中华人民共和国食品安全法"


def test_unknown_actor(law_kb):
    with pytest.raises(Exception, match="unknown kind of enterprise"):
        law_kb.requirements_for("宇航员")


def test_docs_and_requirements_commands(capsys, tmp_path):
    extra_or_skip()
    from indexer import cli
    args = ["--corpus", str(CORPUS), "--corpus", str(EXTRA), "--index", str(tmp_path / "idx"), "--quiet",
            "--embed-model", "none", "--json"]
    assert cli.main(["docs", *args]) == 0
    docs = json.loads(capsys.readouterr().out)
    assert len(docs["documents"]) == 10 and "天津市质量强市建设纲要" in docs["named_but_not_held"]
    assert cli.main(["requirements", "--actor", "施工单位", *args]) == 0
    rows = json.loads(capsys.readouterr().out)["requirements"]
    assert rows[0]["doc_title"] == "建设工程质量管理条例"
    assert all(r["quote"] for r in rows)


def test_penalty_articles_answer_questions_about_consequences_only(law_kb):
    from indexer.search.routing import is_penalty_unit, match_penalty
    from indexer.types import Hit
    duty = "standardization-law-2017#第二十七条"        # 企业应当公开其执行的标准
    penalty = "standardization-law-2017#第三十八条"     # 第五章 法律责任: 未公开 … 责令限期改正
    assert is_penalty_unit(law_kb.unit_by_id[penalty]) and not is_penalty_unit(law_kb.unit_by_id[duty])
    assert is_penalty_unit(law_kb.unit_by_id["product-quality-law-2018#第四十九条"])  # 第五章 罚则
    hits = [Hit(penalty, 2.0, {}, {}), Hit(duty, 1.0, {}, {})]
    order = lambda q, hs: [h.unit_id for h in match_penalty(law_kb, q, hs)]  # noqa: E731
    assert order("企业要公开执行的标准吗？", hits) == [duty, penalty]
    assert order("企业不公开执行的标准会怎么处理？", hits) == [penalty, duty]
    assert order("企业不公开执行的标准会怎么处理？", hits[::-1]) == [penalty, duty]
    assert order("工作人员包庇不公开标准的企业会受什么处分？", hits[::-1]) == [penalty, duty]   # 处分 too
    assert order("企业不公开标准被罚了怎么办？", hits[::-1]) == [penalty, duty]   # 被罚 asks about the penalty too
    # "what must be done" is not "what happens to the offender"
    assert order("企业发现执行的标准没公开要怎么处理？", hits) == [duty, penalty]
    # only the top three are reordered: a penalty article further down does not jump ahead
    far = [Hit(duty, 4.0, {}, {})] + [Hit(f"standardization-law-2017#第{n}条", 3.0, {}, {})
                                       for n in ("五", "六", "七")] + [Hit(penalty, 1.0, {}, {})]
    assert order("企业不公开执行的标准会怎么处理？", far)[0] == duty


def test_routing_is_a_preference_when_the_laws_hold_the_question(law_kb, monkeypatch):
    # 向谁 makes it a responsibility question (→ the plan, which covers a third of it: (十一) 消费品质量), but
    # 产品质量法第二十二条 holds all of it: 消费者有权就产品质量问题，向产品的生产者、销售者查询
    a = law_kb.ask("消费者可以向谁查询产品质量问题？")
    assert a.citations[0].unit_id == "product-quality-law-2018#第二十二条"
    from dataclasses import replace
    walled = replace(law_kb.settings, route_override_bm25=9.0)
    monkeypatch.setattr(law_kb, "holds_every_word", lambda a, b: False)   # nor does holding all of it count
    law_kb.settings, saved = walled, law_kb.settings
    try:
        assert law_kb.ask("消费者可以向谁查询产品质量问题？").citations[0].doc_id == "dongli-quality-plan-2024"
    finally:
        law_kb.settings = saved
    # naming the district keeps the plan even where a law shares more words
    a = law_kb.ask("我区在帮企业制定国际标准方面有什么举措？")
    assert a.citations[0].doc_id == "dongli-quality-plan-2024"


def test_a_search_of_the_plan_ranks_as_an_index_of_the_plan_alone(law_kb, plan_kb):
    # idf and average length are those of the documents searched: indexing the laws next to the plan does
    # not reorder the plan's articles for a question routed to the plan
    from conftest import ROOT
    questions = [json.loads(line)["question"] for line in
                 (ROOT / "eval" / "questions_plan.jsonl").read_text(encoding="utf-8").splitlines()][::4]
    rows = law_kb.kind_rows({"plan"})
    assert len(questions) > 80
    compared = 0
    for q in questions:
        alone, together = plan_kb.searcher.search(q), law_kb.searcher.search(q, rows=rows)
        if alone.tokens != together.tokens:
            continue   # the laws' terms join jieba's dictionary (计量检定): the question is cut differently
        compared += 1
        # the same order, but for two units whose scores are within 1% (the laws' terms in jieba's dictionary
        # can cut a unit's text a little differently: 我们是卖建材的… had （四） and 专栏2 at 1.913 and 1.918)
        for a, b in zip(together.hits, alone.hits):
            assert a.unit_id == b.unit_id or a.score == pytest.approx(b.score, rel=0.01), q
        assert together.coverage == pytest.approx(alone.coverage, abs=1e-3), q
    assert compared >= 0.9 * len(questions)
    # the whole-corpus statistics are still used when nothing is filtered
    assert law_kb.searcher.statistics(None) is law_kb.data.bm25
    assert law_kb.searcher.statistics(rows).n_units == len(rows)


def test_an_answer_from_the_laws_needs_a_word_of_the_question(law_kb):
    # the laws always hold a sentence close in meaning; with no word of the question in the article there is
    # no basis to answer from them (下水道堵了归哪个部门管 is not a matter of 农产品质量安全法第五十六条)
    from types import SimpleNamespace

    from indexer.search.routing import LAW_KINDS, _needs_a_shared_word
    from indexer.types import Hit
    law, plan = "agri-product-quality-safety-law-2022#第五十六条", "dongli-quality-plan-2024#（十三）"
    result = lambda unit, coverage: SimpleNamespace(hits=[Hit(unit, 1.0, {}, {})], coverage=coverage)  # noqa: E731
    assert _needs_a_shared_word(law_kb, result(law, 0.0), LAW_KINDS).hits == []
    assert _needs_a_shared_word(law_kb, result(law, 0.2), LAW_KINDS).hits
    assert _needs_a_shared_word(law_kb, result(plan, 0.0), LAW_KINDS).hits   # the plan keeps its own rule
    assert _needs_a_shared_word(law_kb, result(plan, 0.0), {"plan"}).hits == []


def test_a_question_naming_a_document_is_answered_from_it(law_kb):
    assert law_kb.named_documents("发现违反产品质量法的行为，可以向谁检举？") == ["product-quality-law-2018"]
    # the regulation's title contains the law's: naming the regulation names only the regulation
    assert law_kb.named_documents("食品安全法实施条例对食品贮存有什么规定？") == [
        "food-safety-law-implementing-regulation-2019"]
    assert law_kb.named_documents("谁负责工程质量投诉处理？") == []
    a = law_kb.ask("发现违反产品质量法的行为，可以向谁检举？")
    # a "who" question without legal words would go to the plan's bodies; naming the law sends it to the law,
    # and the sentence's receiving authority is the answer
    assert a.citations[0].unit_id == "product-quality-law-2018#第十条"
    assert a.bureaus == ["市场监督管理部门"] and "没有写明" not in a.answer


def test_who_is_accountable_is_answered_in_the_laws_words(law_kb):
    # 谁对…负责 is the laws' wording of accountability (the plan assigns tasks: 按职责分工负责)
    from indexer.search.routing import route
    assert route(law_kb, "responsibility", "谁对农产品的质量安全负责？", None) == {"law", "regulation"}
    assert route(law_kb, "responsibility", "谁负责农产品质量安全追溯？", None) == {"plan"}
    a = law_kb.ask("谁对建设工程的施工质量负责？")
    assert a.citations[0].unit_id == "construction-quality-regulation-2019#第二十六条"
    assert a.answer.startswith("据《建设工程质量管理条例》第二十六条：施工单位对建设工程的施工质量负责。")
    # who pays is who is liable: the article stating the liability, not an authority named further down
    a = law_kb.ask("由于销售者的过错造成他人财产损害，谁来赔？")
    assert a.citations[0].unit_id == "product-quality-law-2018#第四十二条" and "承担赔偿责任" in a.answer


def test_a_relative_date_answers_from_which_day(law_kb):
    # 自竣工验收合格之日起计算 answers 从哪天开始算: a date need not be a calendar date
    a = law_kb.ask("建设工程的保修期从哪天开始算？")
    assert a.found and a.citations[0].unit_id == "construction-quality-regulation-2019#第四十条"


def test_the_article_naming_the_actor_asked_about_leads_a_close_one_that_does_not(law_kb):
    from indexer.search.routing import prefer_actor
    from indexer.types import Hit
    seller = law_kb.actors.find("卖家")
    assert seller is not None and "销售者" in seller.terms
    amounts = "product-quality-law-2018#第四十四条"     # what is paid; names no seller
    either = "product-quality-law-2018#第四十三条"      # 可以向产品的销售者要求赔偿
    order = lambda hits: [h.unit_id for h in prefer_actor(law_kb, hits, seller)]  # noqa: E731
    assert order([Hit(amounts, 1.0, {}, {}), Hit(either, 0.9, {}, {})]) == [either, amounts]
    # far behind, it stays behind; a plan article at the top is left alone
    assert order([Hit(amounts, 1.0, {}, {}), Hit(either, 0.3, {}, {})]) == [amounts, either]
    plan = "dongli-quality-plan-2024#（五）"
    assert order([Hit(plan, 1.0, {}, {}), Hit(either, 0.9, {}, {})]) == [plan, either]


def test_conditions_and_papers_the_laws_give_are_answered(law_kb):
    # the service-detail answer types refuse what no cited text gives; the laws do give these
    assert law_kb.ask("建设工程竣工验收要具备什么条件？").citations[0].unit_id == \
        "construction-quality-regulation-2019#第十六条"
    assert law_kb.ask("保健食品注册时要提交什么材料？").citations[0].unit_id == "food-safety-law-2021#第七十七条"


def test_a_question_for_a_sum_is_answered_by_the_unit_holding_one(law_kb):
    # 罚多少钱 asks for a sum: 实施条例第二十五条's 2年 is a figure but not a sum; 食品安全法第一百三十二条 holds
    # 一万元以上五万元以下 in the sentence after the one matching the question, and both are quoted as one slice
    from indexer.answers.answering import _figure_after, _figure_hit
    from indexer.search.routing import match_penalty, prefer_actor
    from indexer.types import Hit
    q = "食品企业没按要求贮存运输会被罚多少钱？"
    duty, penalty = "food-safety-law-implementing-regulation-2019#第二十五条", "food-safety-law-2021#第一百三十二条"
    result = law_kb.searcher.search(q)
    result.hits = [Hit(duty, 2.0, {}, {}), Hit(penalty, 1.9, {}, {})]
    assert _figure_hit(law_kb, result, q).unit_id == penalty
    first = law_kb.data.sentences[penalty][0]
    end = _figure_after(law_kb, penalty, first, q)
    text = law_kb.data.documents["food-safety-law-2021"].text
    assert text[first.start:end].endswith("并处一万元以上五万元以下罚款；")
    # the article naming the actor (食品生产经营者) does not undo the penalty article's lead for 罚多少钱
    ordered = match_penalty(law_kb, q, result.hits)
    assert ordered[0].unit_id == penalty
    assert prefer_actor(law_kb, ordered, law_kb.actors.find(q))[0].unit_id == penalty


def test_an_enterprise_asking_what_the_plan_asks_of_it_gets_the_plan(law_kb):
    # 方案对我们有什么要求 names the plan: its measures for food producers, not every law binding them
    a = law_kb.ask("我们是食品厂，方案对我们有什么要求？")
    assert a.found and {c.doc_id for c in a.citations} == {"dongli-quality-plan-2024"}
    assert a.answer.endswith("--kind plan")
    assert len(law_kb.ask("我们是食品厂，有什么要求？").citations) > len(a.citations)   # without it: the laws too


def test_whether_a_law_authority_is_responsible_is_answered_by_the_law(law_kb):
    # a law's authority is part of what its article says: no verdict from a search without it, and the law leads
    a = law_kb.ask("产品质量监督抽查归国务院市场监督管理部门管吗？")
    assert a.citations[0].doc_id == "product-quality-law-2018" and not a.answer.startswith(("是", "不是"))
    assert "product-quality-law-2018#第十五条" in [c.unit_id for c in a.citations[:3]]
    # a district bureau still gets the verdict from the plan
    assert law_kb.ask("工程质量投诉归区市场监管局管吗？").answer.startswith("不是：条文所列单位中没有区市场监管局。")


def test_the_district_topics_competent_department_is_the_plans(law_kb):
    # 主管部门 alone is how anyone asks who is in charge; only a 行政主管部门, 国务院 … names the laws' authorities
    assert law_kb.ask("信创服务基础设施建设的主管部门？").citations[0].unit_id == "dongli-quality-plan-2024#（十六）"
    assert law_kb.ask("全国标准化工作由哪个部门统一管理？").citations[0].doc_id == "standardization-law-2017"



def test_a_label_several_documents_use_is_not_guessed(law_kb):
    # 第十三条 is the plan's （十三） and an article of most laws: the question must say which, and is told so
    a = law_kb.ask("第13条谁负责？")
    assert not a.found and "这个编号在多部文件中都有" in a.answer and "《东丽区质量强区建设实施方案》（十三）" in a.answer
    # the document named, or the rest of the question held by one of them only, says which
    assert law_kb.ask("方案第13条谁负责？").citations[0].unit_id == "dongli-quality-plan-2024#（十三）"
    assert law_kb.ask("第十四条建材的事归谁管？").citations[0].unit_id == "dongli-quality-plan-2024#（十四）"
    a = law_kb.ask("产品质量法第十三条讲了什么？")
    unit = law_kb.unit_by_id["product-quality-law-2018#第十三条"]
    assert a.found and a.citations[0].unit_id == unit.unit_id and a.citations[0].quote == unit.text
