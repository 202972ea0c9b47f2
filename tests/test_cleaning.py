import pytest
from conftest import PLAN

from indexer.reading.cleaning import clean, is_chrome, read_date, read_doc_number
from indexer.reading.loading import load


def test_seed_metadata_is_read_and_damaged_values_recovered():
    cleaned = clean(load(PLAN))
    meta = cleaned.meta
    assert meta["title"] == "东丽区质量强区建设实施方案"
    assert meta["notice_title"] == "东丽区人民政府关于印发东丽区质量强区建设实施方案的通知"
    assert meta["issuer"] == "天津市东丽区人民政府"
    assert meta["doc_number"] == "东丽政发〔2024〕5号"
    assert meta["成文"] == "2024-08-22"
    assert meta["发布"] == "2024-08-30"
    assert meta["recipients"] == ["各街道办事处", "各委、办、局", "各直属单位"]
    assert cleaned.recovered == ["doc_number", "成文日期"]
    assert any("recovered" in w for w in cleaned.warnings)


def test_seed_page_chrome_is_not_content():
    source = load(PLAN)
    cleaned = clean(source)
    chrome = [line.stripped for line in cleaned.chrome]
    assert chrome == ["您所在位置: 政策法规 >> 本区政策法规 >> 新闻详情", "发布时间:2024-08-30 | 来源:东丽区政府网 | 专栏:政策法规",
                      "分享到:", "东丽区政府网 | 2024-08-30", "请进行滑动验证", "x"]
    content = " ".join(line.text for line in cleaned.lines)
    assert "分享到" not in content and "滑动验证" not in content
    assert source.text[:cleaned.body_end].endswith("重大事项及时向区委、区政府请示报告。")


@pytest.mark.parametrize("line", ["您所在位置: 首页 >> 政策", "当前位置：首页", "分享到：", "请进行滑动验证", "x", "×",
                                  "东丽区政府网 | 2024-08-30", "版权所有：天津市东丽区人民政府", "津ICP备05004713号",
                                  "【打印本页】【关闭窗口】", "<!-- INFO END -->"])
def test_chrome_lines(line):
    assert is_chrome(line)


@pytest.mark.parametrize("line", ["一、总体要求", "（一）指导思想。", "区住建委", "x射线检测", "专栏：政策法规解读工程"])
def test_content_lines_are_not_chrome(line):
    assert not is_chrome(line)


@pytest.mark.parametrize("raw,number,recovered", [
    ("东丽政发〔2024〕5号", "东丽政发〔2024〕5号", False),
    ("东丽政发[2024]5号", "东丽政发〔2024〕5号", False),
    ("东丽政发(2024)5号", "东丽政发〔2024〕5号", False),
    ("东丽政发【2024】5号", "东丽政发〔2024〕5号", False),
    ("津政发〔2023〕第36号", "津政发〔2023〕36号", False),
    ("东丽政发〔20245", "东丽政发〔2024〕5号", True),
    ("东丽政发〔202412", "东丽政发〔2024〕12号", True),
])
def test_doc_numbers(raw, number, recovered):
    assert read_doc_number(raw)[:2] == (number, recovered)


@pytest.mark.parametrize("raw", ["东丽政发〔202405", "东丽政发〔18505"])
def test_damaged_doc_number_without_a_single_reading(raw):
    number, recovered, warning = read_doc_number(raw)
    assert number is None and not recovered and "no single reading" in warning


@pytest.mark.parametrize("raw,iso,recovered", [
    ("2024年8月22日", "2024-08-22", False),
    ("二〇一〇年十二月二十二日", "2010-12-22", False),
    ("2024822", "2024-08-22", True),
    ("20241231", "2024-12-31", True),
    ("2024132", None, False),   # 1月32日 and 13月2日 are both impossible
    ("2023-03-28", "2023-03-28", False), ("2023/3/8", "2023-03-08", False),     # a labelled field's date on a page
    ("二○○六年四月二十八日", "2006-04-28", False),     # ○ typed for 〇
    ("2023.01.05 10:00", "2023-01-05", False), ("2023-13-01", None, False), ("2023-03/28", None, False),
])
def test_dates(raw, iso, recovered):
    assert read_date(raw)[:2] == (iso, recovered)


def test_ambiguous_damaged_date_is_left_unset_with_a_warning():
    iso, recovered, warning = read_date("2024111")  # 1月11日 or 11月1日
    assert iso is None and "2 readings" in warning


def test_publication_date_breaks_a_tie():
    assert read_date("2024111", not_after="2024-05-01") == ("2024-01-11", True, None)


def test_gb18030_page_with_chrome(tmp_path):
    page = "您所在位置: 首页\n\n关于印发某区质量提升方案的通知\n\n某政发〔2023〕7号\n\n一、总体要求\n\n（一）指导思想。推动质量变革。\n\n分享到:\n"
    f = tmp_path / "gbk.txt"
    f.write_bytes(page.encode("gb18030"))
    cleaned = clean(load(f))
    assert cleaned.meta["doc_number"] == "某政发〔2023〕7号"
    assert cleaned.meta["title"] == "某区质量提升方案"
    assert [line.stripped for line in cleaned.chrome] == ["您所在位置: 首页", "分享到:"]


@pytest.mark.parametrize("attachment", ["附件", "附件1"])
def test_a_notice_titled_as_the_page_with_its_plan_as_attachment(tmp_path, attachment):
    """# 关于印发…的通知, its text, signature and date, then 附件 and the plan: the notice is the notice, the plan's
    title and opening paragraph follow the 附件 line, whatever the title's length."""
    long_title = "某区为老旧小区内既有的四十个集中充电场所加装消防设施的为民办实事项目实施方案"
    page = (f"# 关于印发《{long_title}》的通知\n\n区财政局、各街道办事处：\n\n现将方案印发给你们，请认真落实。\n\n特此通知。\n\n"
            f"附件：{long_title}\n\n某区应急管理局\n\n2026年2月26日\n\n{attachment}\n\n{long_title}\n\n"
            "为完成建设任务，特制定本实施方案。\n\n一、工作目标\n\n改善消防安全环境。\n")
    f = tmp_path / "notice.txt"
    f.write_text(page, encoding="utf-8")
    cleaned = clean(load(f))
    roles = {role: [line.stripped for line in lines] for role, lines in cleaned.front.items()}
    assert roles["notice_title"] == [f"# 关于印发《{long_title}》的通知"]
    assert cleaned.meta["notice_title"] == f"关于印发《{long_title}》的通知"
    assert roles["notice_body"][0] == "现将方案印发给你们，请认真落实。"
    assert roles["attachment"] == [attachment]
    assert roles["title"] == [long_title]
    assert roles["preamble"] == ["为完成建设任务，特制定本实施方案。"]


def test_a_page_titled_notice_without_an_attachment_line_keeps_its_text_as_opening():
    """Without a 附件 line after the signature, the text under a # notice title stays the opening (前言)."""
    from indexer.types import Source
    text = "# 关于印发某区方案的通知\n\n为推进工作，制定本方案。\n\n一、目标\n\n改善环境。\n"
    cleaned = clean(Source(path="x.txt", text=text, fmt="txt"))
    assert "notice_title" not in cleaned.front
    assert [line.stripped for line in cleaned.front["preamble"]] == ["为推进工作，制定本方案。"]
