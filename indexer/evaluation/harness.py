"""The evaluation harness: gold questions in, the figures that judge every retrieval change out.

Each question in eval/questions*.jsonl has: id, question, intent, answerable, doc, gold_units (labels),
gold_bodies (for responsibility), figure (for facts), body (for a body's tasks), style (plan | everyday),
split (dev | test). Questions on documents that are not indexed are skipped, and the count is printed.
"""
from __future__ import annotations

import json
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from indexer.errors import PolicyQAError

DEFAULT_QUESTIONS = Path("eval")


def load_questions(path: str | Path | None = None, split: str = "all") -> list[dict]:
    """Questions from one JSONL file, or from every eval/questions*.jsonl (the plan's and the laws')."""
    path = Path(path) if path else DEFAULT_QUESTIONS
    files = sorted(path.glob("questions*.jsonl")) if path.is_dir() else [path]
    if not files or not all(f.exists() for f in files):
        raise PolicyQAError(f"{path}: no questions file (run from the project folder or give --questions)")
    questions = [json.loads(line) for f in files for line in f.read_text(encoding="utf-8").splitlines()
                 if line.strip()]
    return [q for q in questions if split == "all" or q.get("split") == split]


def usable(q: dict, kb) -> bool:
    """A question can be asked of this knowledge base when the documents it is about are held."""
    held = set(kb.data.documents)
    if q.get("doc") == "mixed":
        docs = {g.split("#")[0] for g in q.get("gold_units", [])}
        return docs <= held and len(held) > 1
    return not q.get("doc") or q["doc"] in held


@dataclass
class Outcome:
    question: dict
    answer: dict
    seconds: float
    unit_at1: bool | None = None
    unit_at3: bool | None = None
    bodies_ok: bool | None = None
    tasks_ok: bool | None = None
    figure_ok: bool | None = None
    span_ok: bool | None = None
    verdict_ok: bool | None = None   # a yes/no "who" question (区住建委管不管…): the answer's verdict
    found_ok: bool = False
    intent_ok: bool = False
    quotes: list[bool] = field(default_factory=list)


def gold_ids(q: dict) -> set[str]:
    """Gold unit ids: `doc#label` as written, or a label of the question's document."""
    return {g if "#" in g else f"{q['doc']}#{g}" for g in q.get("gold_units", []) if "#" in g or q.get("doc")}


def quote_ok(kb, citation: dict) -> bool:
    """The quote is a verbatim slice of its document and lies inside the unit it cites."""
    doc = kb.data.documents.get(citation["doc_id"])
    unit = kb.unit_by_id.get(citation["unit_id"])
    if doc is None or unit is None:
        return False
    s, e = citation["start"], citation["end"]
    return doc.text[s:e] == citation["quote"] and unit.start <= s and e <= unit.end and e > s


def judge(kb, q: dict, answer: dict, seconds: float) -> Outcome:
    o = Outcome(q, answer, seconds)
    answerable = q.get("answerable", True)
    o.found_ok = answer.get("found", False) == answerable
    o.intent_ok = answer.get("intent") == q["intent"]
    cited = [c["unit_id"] for c in answer.get("citations", [])]
    o.quotes = [quote_ok(kb, c) for c in answer.get("citations", [])] if answer.get("found") else []
    if not answerable:
        return o
    gold = gold_ids(q)
    if q["intent"] == "bureau_tasks":
        # a body's tasks on one topic (区住建委在物业管理方面要做什么): those units first, then the rest
        listed = cited[:len(gold)] if q.get("topic") else cited
        o.tasks_ok = answer.get("found", False) and set(listed) == gold
        return o
    o.unit_at1 = bool(cited) and answer.get("found", False) and cited[0] in gold
    o.unit_at3 = answer.get("found", False) and any(c in gold for c in cited[:3])
    if q["intent"] == "responsibility":
        o.bodies_ok = answer.get("found", False) and answer.get("bureaus", []) == q.get("gold_bodies", [])
    if q.get("span"):  # the answer must cite the plan and a law among its first three citations
        kinds = {c["doc_id"].startswith("dongli") for c in answer.get("citations", [])[:3] if c["unit_id"] in gold}
        o.span_ok = answer.get("found", False) and kinds == {True, False}
    if q.get("verdict"):   # 是 / 不是 …: the answer opens with the verdict
        o.verdict_ok = answer.get("found", False) and answer.get("answer", "").startswith(q["verdict"])
    if q.get("figure"):
        text = answer.get("answer", "").replace("％", "%")
        o.figure_ok = answer.get("found", False) and q["figure"] in text
    return o


def outcome_row(o: Outcome) -> dict:
    """One judged question as JSON: what was asked, what was cited, and each verdict."""
    return {"id": o.question.get("id"), "question": o.question["question"], "split": o.question.get("split"),
            "found": o.answer.get("found", False),
            "cited": [c["unit_id"] for c in o.answer.get("citations", [])],
            "bureaus": o.answer.get("bureaus", []), "ms": round(o.seconds * 1000, 1),
            **{k: getattr(o, k) for k in ("unit_at1", "unit_at3", "bodies_ok", "tasks_ok", "figure_ok",
                                          "span_ok", "verdict_ok", "found_ok", "intent_ok")},
            "quotes_ok": all(o.quotes)}


def run(kb, questions: list[dict], method: str | None = None) -> list[Outcome]:
    """Ask every question once (the index and model are already loaded) and judge the answers."""
    outcomes = []
    for q in questions:
        started = time.perf_counter()
        try:
            answer = kb.ask(q["question"], method=method).to_dict() if method else kb.ask(q["question"]).to_dict()
        except PolicyQAError as exc:
            answer = {"found": False, "error": str(exc), "citations": [], "bureaus": []}
        outcomes.append(judge(kb, q, answer, time.perf_counter() - started))
    return outcomes


def _rate(values) -> str:
    values = [v for v in values if v is not None]
    return f"{sum(values) / len(values):.3f}" if values else "–"


def summary_rows(outcomes: list[Outcome], key) -> list[list[str]]:
    groups: dict[str, list[Outcome]] = {}
    for o in outcomes:
        groups.setdefault(key(o), []).append(o)
    rows = []
    for name in sorted(groups) + ["all"]:
        group = outcomes if name == "all" else groups[name]
        rows.append([name, str(len(group)), _rate(o.unit_at1 for o in group), _rate(o.unit_at3 for o in group),
                     _rate(o.bodies_ok for o in group), _rate(o.tasks_ok for o in group),
                     _rate(o.figure_ok for o in group), _rate(o.found_ok for o in group)])
    return rows


HEADER = ["group", "n", "unit@1", "unit@3", "bodies EM", "tasks EM", "figure", "found ok"]


def markdown_table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def abstention(outcomes: list[Outcome]) -> dict:
    """Precision and recall of 'not found' as a prediction of 'the corpus cannot answer this'."""
    said_no = [o for o in outcomes if not o.answer.get("found", False)]
    truly_no = [o for o in outcomes if not o.question.get("answerable", True)]
    correct = [o for o in said_no if not o.question.get("answerable", True)]
    return {"accuracy": sum(o.found_ok for o in outcomes) / len(outcomes) if outcomes else 0.0,
            "precision": len(correct) / len(said_no) if said_no else 1.0,
            "recall": len(correct) / len(truly_no) if truly_no else 1.0,
            "said_not_found": len(said_no), "unanswerable": len(truly_no)}


def timings(outcomes: list[Outcome]) -> dict:
    ms = sorted(o.seconds * 1000 for o in outcomes)
    if not ms:
        return {"mean": 0.0, "p50": 0.0, "p95": 0.0}
    return {"mean": statistics.fmean(ms), "p50": ms[len(ms) // 2], "p95": ms[min(len(ms) - 1, int(len(ms) * 0.95))]}


def _kind(o: Outcome) -> str:
    return o.question["intent"] if o.question.get("answerable", True) else "unanswerable"


def _batch(o: Outcome) -> str:
    """The batch a question was written in: its `batch`, or the first of its split (test-1, dev-1)."""
    return o.question.get("batch") or f"{o.question.get('split', '?')}-1"


def _document(o: Outcome) -> str:
    doc = o.question.get("doc")
    if not o.question.get("answerable", True):
        return "unanswerable"
    return doc.split("-20")[0] if doc else "?"


def report(outcomes: list[Outcome], title: str) -> str:
    quotes = [ok for o in outcomes for ok in o.quotes]
    a, t = abstention(outcomes), timings(outcomes)
    intent_ok = [o.intent_ok for o in outcomes if o.question.get("answerable", True)]
    spans = [o.span_ok for o in outcomes if o.span_ok is not None]
    verdicts = [o.verdict_ok for o in outcomes if o.verdict_ok is not None]
    parts = [f"## {title}", "", "By question kind:", "",
             markdown_table(HEADER, summary_rows(outcomes, _kind)),
             "", "By phrasing:", "",
             markdown_table(HEADER, summary_rows(outcomes, lambda o: o.question.get("style", "plan"))), ""]
    if len({_document(o) for o in outcomes} - {"unanswerable"}) > 1:
        parts += ["By document (mixed: questions on the plan and the laws together):", "",
                  markdown_table(HEADER, summary_rows(outcomes, _document)), ""]
    if any(o.question.get("batch") for o in outcomes):
        # a split written in several batches (the plan's test half: its first 128 questions, then test-2): each
        # batch's figures beside the whole, so that a batch added later never hides how the first one does
        parts += ["By batch and question kind:", "",
                  markdown_table(HEADER, summary_rows(outcomes, lambda o: f"{_batch(o)} {_kind(o)}")), ""]
        for name in sorted({_batch(o) for o in outcomes}):
            b = abstention([o for o in outcomes if _batch(o) == name])
            parts.append(f"- abstention, {name}: precision {b['precision']:.3f}, recall {b['recall']:.3f}"
                         f" ({b['said_not_found']} said not found, {b['unanswerable']} unanswerable)")
        parts.append("")
    if spans:
        parts.append(f"- questions spanning plan and laws that cite both: {sum(spans)}/{len(spans)}")
    if verdicts:
        parts.append(f"- yes/no questions whose answer opens with the right verdict: {sum(verdicts)}/{len(verdicts)}")
    parts += [f"- quotes verbatim and inside the cited unit: {sum(quotes)}/{len(quotes)}"
              f" ({(sum(quotes) / len(quotes) if quotes else 1):.3f})",
              f"- abstention: accuracy {a['accuracy']:.3f}, precision {a['precision']:.3f}, recall {a['recall']:.3f}"
              f" ({a['said_not_found']} said not found, {a['unanswerable']} unanswerable)",
              f"- intent detected correctly: {_rate(intent_ok)} (answerable questions)",
              f"- time per question: mean {t['mean']:.1f} ms, p50 {t['p50']:.1f} ms, p95 {t['p95']:.1f} ms"]
    return "\n".join(parts)


def failures(outcomes: list[Outcome]) -> str:
    lines = []
    for o in outcomes:
        bad = [name for name in ("unit_at1", "bodies_ok", "tasks_ok", "figure_ok", "span_ok", "verdict_ok")
               if getattr(o, name) is False]
        if not o.found_ok:
            bad.append("found")
        if bad:
            cited = [c["label"] for c in o.answer.get("citations", [])][:3]
            lines.append(f"- {o.question['id']} [{', '.join(bad)}] {o.question['question']} → "
                         f"found={o.answer.get('found')} cited={cited} gold={o.question.get('gold_units')} "
                         f"bureaus={o.answer.get('bureaus')}")
    return "\n".join(lines) or "(none)"


def usable_questions(kb, args) -> list[dict]:
    """The questions of --questions / --split that this knowledge base can be asked."""
    return [q for q in load_questions(args.questions, args.split) if usable(q, kb)]


def main(kb, args) -> int:
    questions = load_questions(args.questions, args.split)
    asked = [q for q in questions if usable(q, kb)]
    skipped = len(questions) - len(asked)
    outcomes = run(kb, asked)
    title = f"policyqa eval: {len(asked)} questions (split {args.split}; {kb.semantic_line()})"
    text = report(outcomes, title)
    if skipped:
        text += f"\n- skipped {skipped} questions on documents that are not indexed"
    if args.failures:
        text += "\n\nFailures:\n" + failures(outcomes)
    if args.json:
        print(json.dumps({"questions": len(asked), "skipped": skipped, "report": text,
                          "outcomes": [outcome_row(o) for o in outcomes]}, ensure_ascii=False))
    else:
        print(text)
    if args.report:
        Path(args.report).write_text(text + "\n", encoding="utf-8")
        print(f"\nwritten: {args.report}", file=sys.stderr)
    return 0
