import pytest
from pdfmaker import encrypt, make_pdf

from indexer.errors import EmptyDocument, UnreadableDocument, UnsupportedFormat
from indexer.reading.loading import decode, html_to_text, load, reflow_page

PLAN_SNIPPET = "一、总体要求\n\n（一）指导思想。以新发展理念为指导，推动质量变革。\n"


def test_utf8_text_is_returned_unchanged(tmp_path):
    f = tmp_path / "plan.txt"
    f.write_bytes(PLAN_SNIPPET.encode("utf-8"))
    source = load(f)
    assert source.text == PLAN_SNIPPET and source.encoding == "utf-8" and not source.warnings


def test_gb18030_is_detected_and_reported(tmp_path):
    f = tmp_path / "gbk.txt"
    f.write_bytes(PLAN_SNIPPET.encode("gb18030"))
    source = load(f)
    assert source.text == PLAN_SNIPPET
    assert source.encoding == "gb18030"
    assert "GB18030" in source.warnings[0]


def test_utf16_with_bom(tmp_path):
    f = tmp_path / "u16.txt"
    f.write_bytes(b"\xff\xfe" + PLAN_SNIPPET.encode("utf-16-le"))
    assert load(f).text == PLAN_SNIPPET


def test_utf8_bom_is_dropped(tmp_path):
    f = tmp_path / "bom.txt"
    f.write_bytes(b"\xef\xbb\xbf" + PLAN_SNIPPET.encode("utf-8"))
    assert load(f).text == PLAN_SNIPPET


def test_unknown_encoding_is_refused_not_mangled(tmp_path):
    f = tmp_path / "mystery.txt"
    f.write_bytes(bytes([0x80, 0xFF, 0xFD, 0x80]) * 20)
    with pytest.raises(UnreadableDocument, match="unknown text encoding"):
        load(f)


def test_latin1_bytes_that_do_not_read_as_chinese_are_refused():
    data = "Qualität für Straße, Ärger über Maße".encode("latin-1")
    with pytest.raises(UnreadableDocument):
        decode(data, "x.txt")


@pytest.mark.parametrize("content", [b"", b"   \n\n\t  "])
def test_empty_files(tmp_path, content):
    f = tmp_path / "empty.txt"
    f.write_bytes(content)
    with pytest.raises(EmptyDocument, match="empty.txt"):
        load(f)


def test_binary_file(tmp_path):
    f = tmp_path / "bin.txt"
    f.write_bytes(b"\x00\x01\x02abc\x00" * 10)
    with pytest.raises(UnreadableDocument, match="binary"):
        load(f)


def test_unsupported_suffix(tmp_path):
    f = tmp_path / "table.xlsx"
    f.write_bytes(b"PK")
    with pytest.raises(UnsupportedFormat, match=".xlsx"):
        load(f)


def test_html_keeps_blocks_and_drops_scripts(tmp_path):
    page = ("<html><head><title>东丽区政府网</title><script>var x=1;</script></head><body>"
            "<div>您所在位置: 首页</div><p>一、总体要求</p><p>（一）指导思想。推动&nbsp;质量变革。</p>"
            "<style>p{}</style></body></html>")
    f = tmp_path / "page.html"
    f.write_text(page, encoding="utf-8")
    source = load(f)
    assert "var x" not in source.text and "p{}" not in source.text
    assert "一、总体要求\n\n（一）指导思想。推动 质量变革。" in source.text
    assert source.html_title == "东丽区政府网"


def test_html_in_gbk_with_meta_charset(tmp_path):
    page = '<html><head><meta charset="gbk"></head><body><p>（一）加强工程质量保障。</p></body></html>'
    f = tmp_path / "gbk.html"
    f.write_bytes(page.encode("gbk"))
    assert "（一）加强工程质量保障。" in load(f).text


def test_html_to_text_without_body_text():
    text, _ = html_to_text("<html><script>x</script></html>")
    assert text.strip() == ""


def test_pdf_pages_are_kept_and_empty_pages_reported(tmp_path):
    f = tmp_path / "plan.pdf"
    f.write_bytes(make_pdf([["一、总体要求", "（一）指导思想。推动质量变革。"], [], ["（二）主要目标。合格率达到98%。"]]))
    source = load(f)
    assert len(source.pages) == 3
    first, blank, third = (source.text[s:e] for s, e in source.pages)
    assert first == "一、总体要求\n（一）指导思想。推动质量变革。"
    assert blank == ""
    assert third == "（二）主要目标。合格率达到98%。"
    assert "page(s) 2" in source.warnings[0]


def test_pdf_without_text_layer(tmp_path):
    f = tmp_path / "scan.pdf"
    f.write_bytes(make_pdf([[], []]))
    with pytest.raises(EmptyDocument, match="no text layer"):
        load(f)


def test_encrypted_pdf(tmp_path):
    f = tmp_path / "locked.pdf"
    f.write_bytes(encrypt(make_pdf([["（一）加强工程质量保障。"]])))
    with pytest.raises(UnreadableDocument, match="encrypted"):
        load(f)


def test_broken_pdf(tmp_path):
    f = tmp_path / "broken.pdf"
    f.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage without xref")
    with pytest.raises((UnreadableDocument, EmptyDocument), match="broken.pdf"):
        load(f)


def test_reflow_joins_wrapped_lines_but_not_headings():
    page = "（一）指导思想。以习近平新时代中国特色社会主义思想为指导，全面贯彻党的\n二十大精神。\n- 3 -\n二、推动发展\n（二）主要目标。"
    assert reflow_page(page) == "（一）指导思想。以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神。\n\n二、推动发展\n（二）主要目标。"


def test_docx_keeps_automatic_numbering(tmp_path):
    from docx import Document
    d = Document()
    d.add_paragraph("某区质量提升工作方案")
    d.add_paragraph("加强工程质量监管。开展专项检查。", style="List Number")
    d.add_paragraph("提升服务质量。完善投诉机制。", style="List Number")
    table = d.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "重点任务", "牵头单位"
    f = tmp_path / "plan.docx"
    d.save(f)
    source = load(f)
    assert "1.加强工程质量监管。开展专项检查。" in source.text
    assert "2.提升服务质量。完善投诉机制。" in source.text
    assert "重点任务 | 牵头单位" in source.text


def test_broken_docx(tmp_path):
    f = tmp_path / "broken.docx"
    f.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(UnreadableDocument, match="broken.docx"):
        load(f)
