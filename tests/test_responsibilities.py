import pytest
from conftest import CORPUS

from indexer.structure.bodynames import BodyTable, split_bodies
from indexer.structure.responsibilities import extract, parse_clause, reverse_index
from indexer.types import Unit

TABLE = BodyTable.load(CORPUS / "bodies.json")


def _unit(text: str, uid: str = "d#（一）") -> Unit:
    return Unit(uid, "d", "article", "（一）", "", ("（一）",), 0, len(text), text, None, True)


@pytest.fixture(scope="module")
def plan_found(plan_parsed):
    source, _, units = plan_parsed
    return source, units, extract(source.text, units, TABLE)


def test_26_articles_carry_a_clause(plan_found):
    _, units, found = plan_found
    clauses = [r for r in found if r.source == "clause"]
    assert len(clauses) == 26
    labels = {u.unit_id: u.label for u in units}
    assert [labels[r.unit_id] for r in clauses][:3] == ["（三）", "（四）", "（五）"]
    assert all(r.bodies[-1].name == "各街道园区" for r in clauses)


def test_clause_bodies_exactly_as_written_with_offsets(plan_found):
    source, _, found = plan_found
    r = next(r for r in found if r.unit_id.endswith("#（十三）"))
    assert r.names == ["区住建委", "区运管局", "区水务局", "各街道园区"]
    assert r.quote == "(区住建委、区运管局、区水务局和各街道园区等按职责分工负责)"
    assert source.text[r.start:r.end] == r.quote
    assert all(source.text[b.start:b.end] == b.name for b in r.bodies)
    assert {b.role for b in r.bodies} == {"listed"}   # a bare list names no lead


def test_sentence_with_a_body_as_subject(plan_found):
    source, _, found = plan_found
    r = next(r for r in found if r.unit_id.endswith("#（三十一）"))
    assert r.source == "text" and r.names == ["区市场监管局"] and r.bodies[0].role == "lead"
    assert r.quote.startswith("区市场监管局会同有关部门加强跟踪分析和督促指导")


def test_lead_and_listed_in_one_clause():
    text = "（一）加强质量监管。开展抽查。（区市场监管局牵头，区工信局、区商务局按职责分工负责）"
    r = extract(text, [_unit(text)], TABLE)[0]
    assert [(b.name, b.role) for b in r.bodies] == [("区市场监管局", "lead"), ("区工信局", "listed"), ("区商务局", "listed")]


def test_labelled_lead_and_support():
    text = "（一）加强工程监管。内容。牵头单位：区住建委；配合单位：区水务局、区运管局"
    r = extract(text, [_unit(text)], TABLE)[0]
    assert [(b.name, b.role) for b in r.bodies] == [("区住建委", "lead"), ("区水务局", "support"), ("区运管局", "support")]


def test_you_x_qiantou_in_text():
    text = "（一）完善投诉机制。由区市场监管局牵头，区商务局、区住建委配合，建立投诉处理机制。"
    r = extract(text, [_unit(text)], TABLE)[0]
    assert r.source == "text"
    assert [(b.name, b.role) for b in r.bodies] == [("区市场监管局", "lead"), ("区商务局", "support"), ("区住建委", "support")]


def test_law_sentences_name_the_authority_that_acts():
    # 由X废止 / 由X依法追究 / 由X公告废止: the authority of every such clause, not only of the first
    text = ("第三十九条 企业制定的标准不符合规定的，由标准化行政主管部门责令限期改正；逾期不改正的，"
            "由省级以上人民政府标准化行政主管部门废止相关标准。构成犯罪的，由司法机关依法追究刑事责任。")
    unit = Unit("d#第三十九条", "d", "law_article", "第三十九条", "", ("第三十九条",), 0, len(text), text, None, True)
    names = [b.name for r in extract(text, [unit], TABLE) for b in r.bodies]
    assert names == ["标准化行政主管部门", "省级以上人民政府标准化行政主管部门", "司法机关"]
    text = "第三条 国家法定计量单位的名称、符号由国务院公布。"   # 国务院 itself, though shorter than 4 characters
    unit = Unit("d#第三条", "d", "law_article", "第三条", "", ("第三条",), 0, len(text), text, None, True)
    assert [b.name for r in extract(text, [unit], TABLE) for b in r.bodies] == ["国务院"]


def test_he_inside_a_name_is_not_a_separator():
    names = [n for n, _, _ in split_bodies("区住房和城乡建设委员会、区数据局和各街道园区", 0, TABLE)]
    assert names == ["区住房和城乡建设委员会", "区数据局", "各街道园区"]


def test_generic_words_are_not_bodies():
    text = "（一）加强协作。各部门要加强沟通配合。有关部门负责督促。"
    assert extract(text, [_unit(text)], TABLE) == []


@pytest.mark.parametrize("alias,name", [("住建委", "区住建委"), ("区住房和城乡建设委员会", "区住建委"),
                                        ("东丽区住建委", "区住建委"), ("市场监督管理局", "区市场监管局"),
                                        ("天津市公安局东丽分局", "公安东丽分局"), ("街道", "各街道园区")])
def test_aliases(alias, name):
    assert TABLE.canonical(alias) == name
    assert [found[0] for found in TABLE.find(f"{alias}负责哪些任务？")] == [name]


def test_district_party_office_is_not_shortened():
    assert "委宣传部" not in TABLE.aliases


def test_reverse_index(plan_found):
    _, units, found = plan_found
    labels = {u.unit_id: u.label for u in units}
    index = reverse_index(found)
    assert [labels[t.unit_id] for t in index["区水务局"]] == ["（十三）", "（十四）", "（十五）"]
    assert len(index["各街道园区"]) == 26
    assert len(index["区市场监管局"]) == 23
    first = index["区住建委"][0]
    assert labels[first.unit_id] == "（四）" and first.position == 7
    assert "区发改委" in first.shared_with


@pytest.mark.parametrize("note", ["下同", "以下同", "后同"])
def test_a_labelled_list_whose_last_group_names_its_own_role(note):
    """（牵头指导处室：A，B、C为实施单位，下同）: A leads; B and C are 实施单位 (listed, no lead); the note is no body."""
    text = f"开展抽查。（牵头指导处室：市局产品质量安全监督管理处，各区市场监管局、机场分局为实施单位，{note}）"
    start = text.index("（") + 1
    found = parse_clause(text, start, len(text) - 1, BodyTable(), "市")
    assert [(b.name, b.role) for b in found] == [("市局产品质量安全监督管理处", "lead"), ("各区市场监管局", "listed"),
                                                 ("机场分局", "listed")]


def test_a_labelled_list_naming_its_lead_by_role():
    text = "（责任单位：区民政局为牵头单位）"
    found = parse_clause(text, 1, len(text) - 1, BodyTable(), "区")
    assert [(b.name, b.role) for b in found] == [("区民政局", "lead")]
