"""The app's pages, run with streamlit.testing.v1.AppTest (no browser)."""
from conftest import ROOT
from streamlit.testing.v1 import AppTest


def _page(page: str | None = None, **params) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=180)
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    if page:
        at.switch_page(f"ui/{page}.py")
        at.run()
    assert not at.exception, at.exception
    return at


def _text(at: AppTest) -> str:
    return "\n".join(str(m.value) for m in at.markdown) + "\n".join(str(c.value) for c in at.caption)


def test_ask_from_a_shared_link():
    at = _page(q="谁负责工程质量投诉处理？")
    text = _text(at)
    assert "区住建委、区运管局、区水务局和各街道园区" in text
    assert "《东丽区质量强区建设实施方案》（十三）" in text
    assert "东丽政发〔2024〕5号" in text
    assert "Semantic search" in text or any("语义检索未启用" in str(w.value) for w in at.warning)
    if "Semantic search" in text:
        from indexer.search.scope import load_off_topics
        from indexer.index.synonyms import Thesaurus
        words = len(Thesaurus.load(ROOT / "indexer" / "data" / "synonyms.json"))
        lines = len(load_off_topics(ROOT / "indexer" / "data" / "offtopic.json"))
        assert words > 50 and lines > 20
        assert f"同义词表 {words} 词" in text and f"库外话题 {lines} 条" in text and "提到未收录的文件 2 份" in text
    assert [e.label for e in at.expander][:1] == ["查看全文（引文已标出）"]


def test_ask_not_found_and_bad_question():
    at = _page(q="东丽区最低工资标准是多少？")
    assert any("未找到依据" in str(w.value) for w in at.warning)
    at = _page(q="质" * 600)
    assert any("问题过长" in str(e.value) for e in at.error)


def test_ask_shows_the_notes_and_the_verdict():
    at = _page(q="誰負責工程質量投訴處理？食品抽檢合格率目標是多少？")
    text = _text(at)
    assert "问题含繁体字，已按简体字检索" in text and "问题里有2个问句，这里只回答第一个" in text
    assert "区住建委、区运管局、区水务局和各街道园区" in text
    at = _page(q="工程质量投诉归区市场监管局管吗？")
    assert "不是：条文所列单位中没有区市场监管局。" in _text(at)
    at = _page(q="我们局要做哪些事？")   # not found: the reason is shown
    assert any("问题没有写明是哪个单位" in str(w.value) for w in at.warning)


def test_ask_form_sets_the_link():
    at = _page()
    at.text_input[0].input("区水务局负责哪些任务？")
    at.button[0].click()
    at.run()
    assert at.query_params["q"] == ["区水务局负责哪些任务？"] or at.query_params["q"] == "区水务局负责哪些任务？"
    assert "区水务局负责3项任务" in _text(at)


def test_body_page():
    at = _page("bodies", body="水务局")
    assert at.selectbox[0].value == "区水务局"
    rows = at.dataframe[0].value
    assert list(rows["条目"]) == ["（十三）加强工程质量保障", "（十四）提高建筑材料质量水平", "（十五）提升东丽建造品质"]


def test_matrix_page_has_a_heat_map_and_downloads():
    at = _page("matrix")
    assert len(at.get("plotly_chart")) == 1
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels == ["下载 Excel", "下载 CSV"]
    assert len(at.dataframe[0].value) == 27


def test_matrix_filters():
    at = _page("matrix")
    at.multiselect[1].select("区水务局")
    at.run()
    assert len(at.dataframe[0].value) == 3


def test_documents_page_lists_missing_documents():
    at = _page("documents")
    assert "提到但未收录的文件" in [s.value for s in at.subheader]
    assert any("天津市质量强市建设纲要" in str(m.value) for m in at.markdown)


def test_targets_page():
    at = _page("targets")
    rows = at.dataframe[0].value
    assert "98.5" in list(rows["数值"]) and len(rows) >= 20
    at.text_input[0].input("食品")
    at.run()
    assert list(at.dataframe[0].value["原文"]) == ["食品评价性抽检合格率达到98.5%以上"]


def test_training_page():
    at = _page("training")
    assert any("工程质量 — 培训材料" in str(m.value) for m in at.markdown)
    assert [b.proto.label for b in at.get("download_button")] == ["下载 Word 讲义", "下载 Markdown"]


def test_requirements_page_on_the_plan_alone():
    at = _page("requirements")
    assert at.selectbox[0].value == "食品生产企业"
    assert any("只有方案" in str(i.value) for i in at.info)


def test_feedback_page(tmp_path, monkeypatch):
    from indexer.feedback import FeedbackStore
    store = FeedbackStore(tmp_path / "fb.sqlite")
    store.add("谁负责工程质量投诉处理？", {"answer": "…", "citations": [{"cite": "（十三）"}]}, -1, "漏了区住建委")
    import ui.common
    monkeypatch.setattr(ui.common, "feedback_store", lambda: store)
    at = _page("feedback")
    assert list(at.dataframe[0].value["说明"]) == ["漏了区住建委"]
