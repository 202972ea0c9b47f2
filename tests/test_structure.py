import json
import re
from collections import Counter
from pathlib import Path

import pytest
from conftest import EXTRA, PLAN, extra_or_skip
from golden_io import golden_path, snapshot

from indexer.reading.cleaning import clean
from indexer.reading.loading import Source, load
from indexer.structure.units import parse


def _parse_text(text: str, doc_id: str = "t"):
    source = Source("t.txt", text, "txt")
    return parse(doc_id, text, clean(source))


def test_plan_has_31_articles_7_boxes_10_parts(plan_parsed):
    _, _, units = plan_parsed
    kinds = Counter(u.kind for u in units)
    assert (kinds["article"], kinds["box"], kinds["part"]) == (31, 7, 10)
    assert [u.label for u in units if u.kind == "box"] == [f"专栏{i}" for i in range(1, 8)]


def test_every_unit_is_an_exact_slice(plan_parsed):
    source, _, units = plan_parsed
    for u in units:
        assert source.text[u.start:u.end] == u.text
        assert u.text == u.text.strip()


def test_half_width_labels_are_cited_full_width(plan_parsed):
    source, _, units = plan_parsed
    article = next(u for u in units if u.unit_id.endswith("#（十三）"))
    assert source.text[article.start:article.start + 4] == "(十三)"   # the seed writes ASCII parentheses
    assert article.label == "（十三）" and article.heading == "加强工程质量保障"
    assert article.path == ("五、推动建设工程品质化升级", "（十三）加强工程质量保障")
    assert article.text.endswith("(区住建委、区运管局、区水务局和各街道园区等按职责分工负责)")


def test_boxes_and_bullets(plan_parsed):
    _, _, units = plan_parsed
    box = next(u for u in units if u.label == "专栏3")
    bullets = [u for u in units if u.parent == box.unit_id]
    assert [b.heading for b in bullets] == ["推进建设工程质量管理标准化", "严格质量追溯", "实施样板示范"]
    assert box.path == ("五、推动建设工程品质化升级", "专栏3 建设工程质量管理升级工程")


def test_targets_article_spans_its_bullets_and_the_2035_paragraph(plan_parsed):
    _, _, units = plan_parsed
    targets = next(u for u in units if u.unit_id.endswith("#（二）"))
    assert "2035年" in targets.text
    assert len([u for u in units if u.parent == targets.unit_id and u.kind == "bullet"]) == 6


def test_front_matter_units(plan_parsed):
    _, _, units = plan_parsed
    by_kind = {u.kind: u for u in units}
    assert by_kind["preamble"].text.startswith("为贯彻落实党中央") and by_kind["preamble"].retrievable
    assert by_kind["notice"].text == "现将《东丽区质量强区建设实施方案》印发给你们,请遵照执行。"
    assert by_kind["signature"].text.startswith("天津市东丽区人民政府") and not by_kind["signature"].retrievable


def test_plan_matches_golden_file():
    expected = json.loads(golden_path("dongli-quality-plan-2024").read_text(encoding="utf-8"))
    assert json.loads(json.dumps(snapshot(PLAN, "dongli-quality-plan-2024"), ensure_ascii=False)) == expected


def _readme_counts() -> dict[str, int]:
    rows = re.findall(r"^\| (\S+\.txt) \|.*\| (\d+) \|$", (EXTRA / "README.md").read_text(encoding="utf-8"), re.M)
    return {name: int(count) for name, count in rows}


def test_every_law_has_the_article_count_its_readme_lists():
    extra_or_skip()
    counts = _readme_counts()
    assert len(counts) == 9
    for name, count in counts.items():
        source = load(EXTRA / name)
        units = parse(name, source.text, clean(source))
        articles = [u for u in units if u.kind == "law_article"]
        assert len(articles) == count, name
        assert all(source.text[u.start:u.end] == u.text for u in units)


@pytest.mark.parametrize("name", sorted(_readme_counts()) if EXTRA.is_dir() else [])
def test_laws_match_golden_files(name):
    expected = json.loads(golden_path(Path(name).stem).read_text(encoding="utf-8"))
    assert json.loads(json.dumps(snapshot(EXTRA / name, Path(name).stem), ensure_ascii=False)) == expected


def test_law_paragraphs_and_items():
    extra = extra_or_skip()
    source = load(extra / "product-quality-law-2018.txt")
    units = {u.unit_id.split("#")[1]: u for u in parse("pq", source.text, clean(source))}
    assert units["第二十六条/第二款"].text.startswith("产品质量应当符合下列要求：")
    assert units["第二十六条/第二款/第（一）项"].text.startswith("（一）不存在危及人身、财产安全的不合理的危险")
    assert units["第二十六条"].path == ("第三章 生产者、销售者的产品质量责任和义务", "第一节 生产者的产品质量责任和义务",
                                       "第二十六条")
    assert "第十二条/第一款" not in units   # a one-paragraph article has no separate 款


def test_law_header_and_markup_are_not_text():
    extra = extra_or_skip()
    source = load(extra / "metrology-law-2018.txt")
    cleaned = clean(source)
    assert cleaned.meta["title"] == "中华人民共和国计量法"
    units = parse("m", source.text, cleaned)
    assert not any("INFO END" in u.text or u.text.startswith("title:") for u in units)
    assert units[0].label == "第一章" and units[0].heading == "总则"


def test_mixed_widths_variants_and_skipped_levels():
    text = ("某区质量提升方案\n\n一、总体要求\n\n(一)指导思想。推动质量变革。\n\n（二）主要目标。到2025年达到95%。\n\n"
            "二.重点任务\n\n1.加强工程质量。内容一。\n\n（1）细项。内容。\n\n2．提升服务质量。内容二。\n\n"
            "三、保障措施\n\n1、加强领导。内容三。\n")
    units = _parse_text(text)
    labels = [(u.kind, u.label, u.heading) for u in units]
    assert ("article", "（一）", "指导思想") in labels and ("article", "（二）", "主要目标") in labels
    assert ("part", "二、", "重点任务") in labels
    assert ("item", "1.", "加强工程质量") in labels and ("item", "2.", "提升服务质量") in labels
    assert ("subitem", "（1）", "细项") in labels
    item = next(u for u in units if u.kind == "item" and u.heading == "加强领导")
    assert item.parent.endswith("三、")              # 三、 followed directly by 1.: a skipped level
    assert len({u.unit_id for u in units}) == len(units)   # repeated labels get path ids


def test_articles_numbered_again_in_each_part_get_distinct_ids():
    text = "一、甲\n\n（一）子一。内容。\n\n二、乙\n\n（一）子二。内容。\n"
    ids = [u.unit_id for u in _parse_text(text, "d") if u.kind == "article"]
    assert ids == ["d#一、/（一）", "d#二、/（一）"]
