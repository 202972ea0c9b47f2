import pytest

from indexer.structure.units import canonical_label
from indexer.textutil import clause_spans, cn_to_int, fold, int_to_cn, lines_with_offsets, sentence_spans


@pytest.mark.parametrize("n", list(range(1, 200)) + [1000, 1001, 1010, 2024])
def test_numerals_round_trip(n):
    assert cn_to_int(int_to_cn(n)) == n


@pytest.mark.parametrize("text,value", [("十三", 13), ("二十六", 26), ("一百五十四", 154), ("一百零五", 105),
                                        ("二〇二四", 2024), ("十", 10), ("三十一", 31)])
def test_cn_to_int(text, value):
    assert cn_to_int(text) == value


def test_cn_to_int_rejects_other_text():
    with pytest.raises(ValueError):
        cn_to_int("十三条")


def test_fold_keeps_length_and_maps_half_width():
    raw = "(十三)加强,质量:标准;(1)〔2024〕《法》"
    assert len(fold(raw)) == len(raw)
    assert fold(raw) == "（十三）加强，质量：标准；（1）〔2024〕《法》"


def test_lines_with_offsets_handles_crlf():
    text = "一、总体\r\n(一)指导思想。\n\n末行"
    lines = lines_with_offsets(text)
    assert [l.text for l in lines] == ["一、总体", "(一)指导思想。", "", "末行"]
    assert all(text[l.start:l.end] == l.text for l in lines)


def test_sentences_are_slices_and_keep_closing_quotes():
    text = "（一）指导思想。坚持“两个确立”。“四个最严”！好\n第二行"
    spans = sentence_spans(text, 0, len(text))
    assert [text[a:b] for a, b in spans] == ["（一）指导思想。", "坚持“两个确立”。", "“四个最严”！", "好", "第二行"]


def test_clauses_split_on_commas():
    text = "质量供给更加适配,食品评价性抽检合格率达到98.5%以上,制造业达到95%。"
    assert [text[a:b] for a, b in clause_spans(text, 0, len(text))] == [
        "质量供给更加适配", "食品评价性抽检合格率达到98.5%以上", "制造业达到95%"]


@pytest.mark.parametrize("typed,label", [("(十三)", "（十三）"), ("（十三）", "（十三）"), ("十三", "（十三）"),
                                         ("13", "（十三）"), ("专栏 3", "专栏3"), ("专栏三", "专栏3"),
                                         ("第26条", "第二十六条"), ("第二十六条", "第二十六条")])
def test_canonical_labels(typed, label):
    assert canonical_label(typed) == label


def test_longest_shared_piece():
    from indexer.textutil import longest_shared_piece
    q = "全国标准化工作由哪个部门统一管理"
    law, rule = "国务院标准化行政主管部门统一管理全国标准化工作。", "国务院标准化行政主管部门统一管理全国标准化工作，履行下列职责："
    assert longest_shared_piece(q, [law, rule]) == "全国标准化工作"
    assert longest_shared_piece(q, [law, "标准化"]) == "标准化"
    assert longest_shared_piece(q, ["无关的文字"]) == ""
    assert longest_shared_piece("", [law]) == ""


@pytest.mark.parametrize("text, sentences", [
    # a stop inside an aside that closes on its line ends no sentence
    ("甲（A负责。列第一位的为牵头部门，下同），乙。丙。", ["甲（A负责。列第一位的为牵头部门，下同），乙。", "丙。"]),
    ("推进建设(省科技厅牵头。明确牵头部门的,其他部门配合,下同)。实施项目。",
     ["推进建设(省科技厅牵头。明确牵头部门的,其他部门配合,下同)。", "实施项目。"]),
    # an aside ending with its stop ends the sentence; a bracket never closed changes nothing
    ("（注：本条适用于试点。）下一句。", ["（注：本条适用于试点。）", "下一句。"]),
    ("甲（未闭合。乙。", ["甲（未闭合。", "乙。"]),
    ("一、A（x。\ny）。", ["一、A（x。", "y）。"]),
])
def test_sentences_keep_an_aside_whole(text, sentences):
    assert [text[a:b] for a, b in sentence_spans(text, 0, len(text))] == sentences


def test_a_comma_inside_closed_brackets_splits_no_clause():
    from indexer.textutil import clause_spans
    text = "本办法适用于社会公众（以下统称举报人，应当为自然人）通过专线途径举报的隐患，奖励2000元。"
    assert [text[a:b] for a, b in clause_spans(text, 0, len(text))] == [
        "本办法适用于社会公众（以下统称举报人，应当为自然人）通过专线途径举报的隐患", "奖励2000元"]
    # a bracket closing an item's number (1）) opens nothing: every comma splits
    items = "1）开展检查，2）完成整改，3）于5月底前完成"
    assert len(clause_spans(items, 0, len(items))) == 3
    # a bracket never closed in the sentence: every comma splits as before
    open_ = "按标准（试行，收费，每月100元"
    assert len(clause_spans(open_, 0, len(open_))) == 3
