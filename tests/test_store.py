import json
import shutil

import pytest
from conftest import PLAN

from indexer import KnowledgeBase

from indexer.index import store
from indexer.config import Settings
from indexer.errors import IndexMismatch, IndexMissing

QUESTIONS = ["谁负责工程质量投诉处理？", "食品评价性抽检合格率要达到多少？", "区水务局负责哪些任务？"]


@pytest.fixture()
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(PLAN, folder / PLAN.name)
    shutil.copy(PLAN.parent / "bodies.json", folder / "bodies.json")
    return folder


def _open(corpus, index, **kw):
    return KnowledgeBase.open([corpus], index, Settings(embed_model="none"), progress=False,
                              log=kw.pop("log", lambda m: None), **kw)


def test_save_load_gives_the_same_answers(corpus, tmp_path):
    built = _open(corpus, tmp_path / "idx")
    loaded = _open(corpus, tmp_path / "idx", rebuild="never")
    for q in QUESTIONS:
        assert built.ask(q).to_dict() == loaded.ask(q).to_dict()
    assert [u.text for u in built.data.units] == [u.text for u in loaded.data.units]


def test_the_same_corpus_named_by_a_relative_path_is_not_rebuilt(corpus, tmp_path, monkeypatch):
    # the app names the corpus by its absolute path, the CLI by corpus/: one index serves both
    _open(corpus, tmp_path / "idx")
    monkeypatch.chdir(corpus.parent)
    assert len(_open("corpus", tmp_path / "idx", rebuild="never").data.documents) == 1


def test_manifest_describes_the_index(corpus, tmp_path):
    _open(corpus, tmp_path / "idx")
    manifest = json.loads((tmp_path / "idx" / "manifest.json").read_text(encoding="utf-8"))
    for key in ("schema", "package", "parser", "tokenizer", "bm25", "corpus", "settings", "created", "files"):
        assert key in manifest
    assert manifest["counts"]["searchable"] == 40
    assert not list(tmp_path.glob("idx.tmp-*")) and not list(tmp_path.glob("idx.old-*"))


def test_changed_corpus_is_refused_or_rebuilt(corpus, tmp_path):
    _open(corpus, tmp_path / "idx")
    (corpus / "extra.txt").write_text("一、附则\n\n（一）施行日期。本方案自印发之日起施行。\n", encoding="utf-8")
    with pytest.raises(IndexMismatch, match="policyqa index"):
        _open(corpus, tmp_path / "idx", rebuild="never")
    messages = []
    kb = _open(corpus, tmp_path / "idx", log=messages.append)
    assert "extra" in kb.data.documents and any("out of date" in m for m in messages)
    report = {row["path"].split("/")[-1]: row for row in kb.data.report}
    assert report[PLAN.name]["message"] == "unchanged"   # the plan was reused, not parsed again


def test_other_settings_do_not_load_a_stale_index(corpus, tmp_path):
    _open(corpus, tmp_path / "idx")
    with pytest.raises(IndexMismatch, match="settings"):
        KnowledgeBase.open([corpus], tmp_path / "idx", Settings(embed_model="none", k1=1.2), rebuild="never",
                           progress=False, log=lambda m: None)


def test_missing_index_is_refused_when_asked(corpus, tmp_path):
    with pytest.raises(IndexMissing):
        _open(corpus, tmp_path / "nothing", rebuild="never")


def test_load_refuses_a_manifest_from_another_corpus(corpus, tmp_path):
    _open(corpus, tmp_path / "idx")
    expected = store.expected_manifest({"other.txt": "0"}, Settings().index_key(), "none")
    with pytest.raises(IndexMismatch, match="corpus"):
        store.load(tmp_path / "idx", expected)


def test_a_change_in_the_parsing_code_makes_the_index_stale(corpus, tmp_path, monkeypatch):
    _open(corpus, tmp_path / "idx")
    monkeypatch.setattr(store, "code_fingerprint", lambda: "changed-code")
    with pytest.raises(IndexMismatch, match="code"):
        _open(corpus, tmp_path / "idx", rebuild="never")
