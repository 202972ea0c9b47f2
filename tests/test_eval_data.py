"""The evaluation questions: the JSONL is what its script writes, golds name units that exist, and the held-out
half does not repeat the development half (a repeated question is tuned on, not held out)."""
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLAN = ROOT / "eval" / "questions_plan.jsonl"

# held-out questions that repeat a dev question word for word, found after test-1 and test-2 were run (session 11)
# and left as they were run; test-3 was checked before its run. No new one may join them.
KNOWN_REPEATS = {"“沙盒监管”是什么？", "东丽区的房价是多少？", "东丽区哪家医院最好？", "产业链全面质量管理由哪些部门负责？",
                 "区财政局要做哪些事？", "东丽区有多少人口？", "“标准化+”行动是什么？", "建材生产单位和供应单位要承担什么责任？"}


def _questions(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_jsonl_is_what_the_script_writes(tmp_path):
    out = tmp_path / "q.jsonl"
    subprocess.run([sys.executable, str(ROOT / "eval" / "questions_plan.py"), str(out)], check=True,
                   capture_output=True)
    assert out.read_text(encoding="utf-8") == PLAN.read_text(encoding="utf-8")


def test_the_held_out_half_does_not_repeat_the_dev_half():
    questions = _questions(PLAN)
    dev = {q["question"] for q in questions if q["split"] == "dev"}
    repeated = {q["question"] for q in questions if q["split"] == "test" and q["question"] in dev}
    assert repeated <= KNOWN_REPEATS, sorted(repeated - KNOWN_REPEATS)


def test_gold_units_are_units_of_the_plan(plan_kb):
    labels = {u.label for u in plan_kb.data.units if u.doc_id == "dongli-quality-plan-2024"}
    questions = _questions(PLAN)
    missing = {(q["id"], g) for q in questions for g in q["gold_units"] if g not in labels}
    assert not missing, sorted(missing)[:10]
    assert {q["split"] for q in questions} == {"dev", "test"}
