import io
import json
import shutil

import pytest
from conftest import CORPUS, PLAN
from pdfmaker import encrypt, make_pdf

from indexer import cli
def run(capsys, *argv, stdin: str | None = None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture()
def index_args(tmp_path):
    return ["--corpus", str(CORPUS), "--index", str(tmp_path / "idx"), "--quiet", "--embed-model", "none"]


def test_ask_json(capsys, index_args):
    code, out, _ = run(capsys, "ask", "谁负责工程质量投诉处理？", "--json", *index_args)
    answer = json.loads(out)
    assert code == 0 and answer["bureaus"] == ["区住建委", "区运管局", "区水务局", "各街道园区"]
    assert answer["citations"][0]["label"] == "（十三）"
    assert set(answer) >= {"question", "intent", "found", "answer", "bureaus", "citations"}


def test_ask_text_output(capsys, index_args):
    code, out, _ = run(capsys, "ask", "区水务局负责哪些任务？", *index_args)
    assert code == 0 and "（十三）" in out and "（十五）" in out and "依据" in out


def test_ask_stdin_one_json_per_line(capsys, monkeypatch, index_args):
    code, out, _ = run(capsys, "ask", "-", *index_args, stdin="谁负责工程质量投诉处理？\n\n" + "质" * 10000 + "\n东丽区最低工资标准是多少？\n",
                       monkeypatch=monkeypatch)
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(rows) == 4
    assert rows[0]["found"] and "问题为空" in rows[1]["error"] and "问题过长" in rows[2]["error"]
    assert rows[3]["found"] is False


def test_ask_explain(capsys, index_args):
    _, out, _ = run(capsys, "ask", "谁负责工程质量投诉处理？", "--json", "--explain", *index_args)
    explain = json.loads(out)["explain"]
    assert explain["hits"][0]["ranks"]["bm25"] == 1 and explain["tokens"]


def test_show_and_bureau(capsys, index_args):
    code, out, _ = run(capsys, "show", "(十三)", "--json", *index_args)
    unit = json.loads(out)
    assert code == 0 and unit["label"] == "（十三）" and unit["responsibilities"][0]["source"] == "clause"
    code, out, _ = run(capsys, "bureau", "水务局", "--json", *index_args)
    assert [c["label"] for c in json.loads(out)["citations"]] == ["（十三）", "（十四）", "（十五）"]
    code, out, _ = run(capsys, "bureau", "--list", *index_args)
    assert out.splitlines()[0].startswith("各街道园区\t26")


def test_errors_are_messages_not_tracebacks(capsys, index_args):
    code, _, err = run(capsys, "show", "第九百条", *index_args)
    assert code == 2 and err.startswith("Error: no unit")
    code, _, err = run(capsys, "ask", "", *index_args)
    assert code == 2 and "问题为空" in err
    code, _, err = run(capsys, "ask", "谁负责？", "--fusion", "magic", *index_args)
    assert code == 2 and "valid: bm25" in err


def test_bad_files_are_reported_and_the_rest_is_indexed(capsys, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(PLAN, corpus / PLAN.name)
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "mystery.txt").write_bytes(bytes([0x80, 0xFF]) * 40)
    (corpus / "scan.pdf").write_bytes(make_pdf([[], []]))
    (corpus / "locked.pdf").write_bytes(encrypt(make_pdf([["（一）加强工程质量保障。"]])))
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.4 nonsense")
    (corpus / "README.md").write_text("# about this folder\n", encoding="utf-8")
    (corpus / "gbk.txt").write_bytes("一、附则\n\n（一）施行日期。本方案自印发之日起施行。\n".encode("gb18030"))
    code, out, err = run(capsys, "index", "--corpus", str(corpus), "--index", str(tmp_path / "idx"), "--json",
                         "--quiet", "--embed-model", "none")
    report = {row["path"].split("/")[-1]: row for row in json.loads(out)["report"]}
    assert code == 0
    assert report[PLAN.name]["status"] == "indexed" and report["gbk.txt"]["status"] == "indexed"
    assert "GB18030" in report["gbk.txt"]["warnings"][0]
    assert "empty" in report["empty.txt"]["message"]
    assert "unknown text encoding" in report["mystery.txt"]["message"]
    assert "no text layer" in report["scan.pdf"]["message"]
    assert "encrypted" in report["locked.pdf"]["message"]
    assert report["broken.pdf"]["status"] == "error"
    assert report["README.md"]["status"] == "skipped"
    code, out, _ = run(capsys, "ask", "谁负责工程质量投诉处理？", "--json", "--corpus", str(corpus), "--index",
                       str(tmp_path / "idx"), "--quiet", "--no-rebuild")
    assert json.loads(out)["citations"][0]["label"] == "（十三）"


def test_add_checks_copies_and_indexes(capsys, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(PLAN, corpus / PLAN.name)
    new = tmp_path / "notice.txt"
    new.write_bytes("某区关于加强计量工作的实施意见\n\n一、工作措施\n\n（一）加强计量监督。开展计量器具检定。（区市场监管局牵头，区工信局配合）\n"
                    .encode("gb18030"))
    args = ["--corpus", str(corpus), "--index", str(tmp_path / "idx"), "--quiet", "--embed-model", "none"]
    code, out, _ = run(capsys, "add", str(new), *args)
    assert code == 0 and (corpus / "notice.txt").exists() and "1 with responsible bodies" in out
    code, out, _ = run(capsys, "ask", "计量器具检定由谁牵头？", "--json", *args)
    answer = json.loads(out)
    assert answer["bureaus"] == ["区市场监管局", "区工信局"] and answer["responsibility"]["roles"][0]["role"] == "lead"
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code, _, err = run(capsys, "add", str(empty), *args)
    assert code == 2 and "empty" in err and not (corpus / "empty.txt").exists()
    new.write_text("一、其他\n\n（一）不同的内容。\n", encoding="utf-8")
    code, _, err = run(capsys, "add", str(new), *args)
    assert code == 2 and "--replace" in err


PLAN_ID = PLAN.stem


def test_eval_json_lists_each_question(capsys, tmp_path, index_args):
    questions = tmp_path / "q.jsonl"
    rows = [{"id": "a", "question": "谁负责工程质量投诉处理？", "intent": "responsibility", "doc": PLAN_ID,
             "gold_units": ["（十三）"], "gold_bodies": ["区住建委", "区运管局", "区水务局", "各街道园区"], "split": "dev"},
            {"id": "b", "question": "东丽区最低工资标准是多少？", "intent": "fact", "doc": PLAN_ID, "gold_units": [],
             "answerable": False, "split": "dev"}]
    questions.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    code, out, _ = run(capsys, "eval", "--questions", str(questions), "--split", "dev", "--json", *index_args)
    result = json.loads(out)
    assert code == 0 and result["questions"] == 2 and "responsibility" in result["report"]
    first, second = result["outcomes"]
    assert first["unit_at1"] and first["bodies_ok"] and first["cited"][0] == f"{PLAN_ID}#（十三）"
    assert second["found"] is False and second["found_ok"] and second["unit_at1"] is None


def test_eval_reports_each_batch_beside_the_whole(capsys, tmp_path, index_args):
    # a split written in two batches: the second never hides how the first does
    questions = tmp_path / "q.jsonl"
    rows = [{"id": "a", "question": "谁负责工程质量投诉处理？", "intent": "responsibility", "doc": PLAN_ID,
             "gold_units": ["（十三）"], "gold_bodies": ["区住建委", "区运管局", "区水务局", "各街道园区"], "split": "test"},
            {"id": "b", "question": "谁负责工程质量投诉处理？", "intent": "responsibility", "doc": PLAN_ID,
             "gold_units": ["（十四）"], "gold_bodies": [], "split": "test", "batch": "test-2"},
            {"id": "c", "question": "东丽区最低工资标准是多少？", "intent": "fact", "doc": PLAN_ID, "gold_units": [],
             "answerable": False, "split": "test", "batch": "test-2"}]
    questions.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    code, out, _ = run(capsys, "eval", "--questions", str(questions), "--split", "test", *index_args)
    assert code == 0 and "By batch and question kind:" in out
    assert "| test-1 responsibility | 1 | 1.000 |" in out and "| test-2 responsibility | 1 | 0.000 |" in out
    assert "| test-2 unanswerable | 1 |" in out and "- abstention, test-2: precision 1.000, recall 1.000" in out


def test_a_closed_pipe_is_not_a_traceback(tmp_path):
    import subprocess
    import sys
    from conftest import ROOT
    # `policyqa ask … | head -1`: the reader leaves after one line
    cmd = [sys.executable, "-m", "indexer.cli", "ask", "-", "--corpus", str(CORPUS), "--index", str(tmp_path / "idx"),
           "--quiet", "--embed-model", "none"]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdin.write("区水务局负责哪些任务？\n".encode() * 300)   # far more output than a pipe holds
    proc.stdin.close()
    proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait() == 0 and "Traceback" not in err


def test_placing_a_document_keeps_same_bytes_and_refuses_a_different_file_of_that_name(tmp_path):
    from indexer.errors import DocumentExists
    from indexer.kb import place_document
    folder, source = tmp_path / "corpus", tmp_path / "a.txt"
    source.write_text("一、甲\n", encoding="utf-8")
    assert place_document(source, folder) == (folder / "a.txt", True)
    assert place_document(source, folder) == (folder / "a.txt", False)        # the same bytes: nothing copied
    source.write_text("一、乙\n", encoding="utf-8")
    with pytest.raises(DocumentExists):
        place_document(source, folder)
    assert (folder / "a.txt").read_text(encoding="utf-8") == "一、甲\n"           # nothing lost
    assert place_document(source, folder, replace=True) == (folder / "a.txt", True)
    assert (folder / "a.txt").read_text(encoding="utf-8") == "一、乙\n"
