"""Targets, training packs, exports and feedback (library level, no Streamlit)."""
import io

import pytest
from conftest import CORPUS
from docx import Document as read_docx
from openpyxl import load_workbook

from indexer.materials import exports

from indexer.structure import targets

from indexer.materials import training
from indexer.feedback import FeedbackStore


@pytest.fixture(scope="module")
def plan_targets(plan_kb):
    return targets.extract(plan_kb.data.documents, plan_kb.data.units)


def test_targets_are_verbatim_with_comparison_and_year(plan_kb, plan_targets):
    by_quote = {t.quote: t for t in plan_targets}
    food = by_quote["食品评价性抽检合格率达到98.5%以上"]
    assert (food.indicator, food.comparison, food.value, food.measure, food.year) == (
        "食品评价性抽检合格率", "≥", "98.5", "%", "2025")
    assert by_quote["全社会研发支出占GDP比重超过3.8%"].comparison == ">"
    assert by_quote["实施“智改数转”项目不少于100个"].comparison == "≥"
    assert by_quote["累计建成4.4万亩高标准农田"].measure == "万亩"
    doc = plan_kb.data.documents["dongli-quality-plan-2024"]
    assert all(doc.text[t.start:t.end] == t.quote for t in plan_targets)
    assert len(plan_targets) == 21


def test_training_pack_for_a_topic(plan_kb):
    pack = training.build(plan_kb, topic="工程质量", glossary_path=CORPUS / "glossary.json")
    titles = [a.title for a in pack.articles]
    assert "（十三）加强工程质量保障" in titles and "专栏3 建设工程质量管理升级工程" in titles
    assert [q for _, v, _, q in pack.targets][0].text == "政府投资市政房屋工程采用总承包模式的比例超过30%"
    doc = plan_kb.data.documents["dongli-quality-plan-2024"]
    for term, quote in pack.glossary:
        assert doc.text[quote.start:quote.end] == quote.text and term.replace("（", "(").replace("）", ")") in \
            quote.text.replace("（", "(").replace("）", ")")
    who = next(q for q in pack.questions if "加强工程质量保障" in q.question)
    assert who.answer == "区住建委、区运管局、区水务局、各街道园区"
    blank = next(q for q in pack.questions if q.question.startswith("填空"))
    assert "____" in blank.question and blank.answer == "30%"


def test_training_pack_for_a_part_as_word_and_markdown(plan_kb):
    pack = training.build(plan_kb, part="五、", glossary_path=CORPUS / "glossary.json")
    assert [a.title for a in pack.articles][:3] == ["（十三）加强工程质量保障", "（十四）提高建筑材料质量水平",
                                                   "（十五）提升东丽建造品质"]
    md = training.to_markdown(pack)
    assert md.startswith("# 五、推动建设工程品质化升级 — 培训材料") and "## 四、复习题" in md
    doc = read_docx(io.BytesIO(training.to_docx(pack)))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "加强工程质量保障" in text and "东丽政发〔2024〕5号" in text


def test_matrix_export(plan_kb):
    bodies, rows = exports.matrix_rows(plan_kb, "dongli-quality-plan-2024")
    assert len(rows) == 27 and bodies[-1] != "" and "各街道园区" in bodies
    r13 = next(r for r in rows if r["编号"] == "（十三）")
    assert r13["区住建委"] == "排第一" and r13["区水务局"] == "参与" and r13["区工信局"] == ""
    header = ["编号", "条目"] + bodies + ["原文"]
    sheet = load_workbook(io.BytesIO(exports.to_xlsx({"矩阵": (header, rows)}))).active
    assert [c.value for c in sheet[1]] == header and sheet.max_row == 28
    csv_text = exports.to_csv(header, rows).decode("utf-8-sig")
    assert csv_text.splitlines()[0].startswith("编号,条目,")
    values = exports.matrix_values(bodies, rows)
    assert values[[r["编号"] for r in rows].index("（十三）")][bodies.index("区住建委")] == 2


def test_feedback_round_trip(tmp_path):
    store = FeedbackStore(tmp_path / "f.sqlite")
    store.add("谁负责工程质量投诉处理？", {"answer": "由区住建委…", "citations": [{"cite": "《…》（十三）"}]}, 1, " 很好 ")
    store.add("东丽区人口？", {"answer": "未找到依据", "citations": []}, -1)
    rows = FeedbackStore(tmp_path / "f.sqlite").all()
    assert [(r["question"], r["vote"], r["comment"]) for r in rows] == [
        ("东丽区人口？", -1, ""), ("谁负责工程质量投诉处理？", 1, "很好")]
    assert rows[1]["citations"] == ["《…》（十三）"]
    with pytest.raises(ValueError):
        store.add("q", {}, 0)
