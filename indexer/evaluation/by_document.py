"""Evaluation by document: each document indexed alone, as a user adding a new folder would, and judged on
questions written from its text (eval/policies, eval/unseen), and its responsibility clauses compared with a
hand annotation (precision and recall of bodies and of the lead).

Figures are reported per document and per split, so that documents used in development and documents nobody
tuned on are never pooled.
"""
from __future__ import annotations

import json
import re
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from indexer.errors import PolicyQAError
from indexer.reading.cleaning import read_doc_number
from indexer.textutil import fold

SUFFIXES = (".html", ".htm", ".txt", ".pdf", ".docx", ".md")


def read_jsonl(path: str | Path) -> list[dict]:
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def find_document(doc_id: str, folders: list[Path]) -> Path | None:
    for folder in folders:
        for suffix in SUFFIXES:
            if (folder / f"{doc_id}{suffix}").exists():
                return folder / f"{doc_id}{suffix}"
    return None


OPENING_KINDS = ("row", "notice", "signature", "preamble", "attachment")


def label_paths(kb) -> dict[str, str]:
    """unit id → its label path from the top (三、（二）1.), the form golds are written in. A document sent
    with a notice (印发…的通知, a 批复 and its 附件) is the notice's attachment: its units' paths start with 附件, and
    the notice's own text, the opening text before the first heading, is 前言."""
    out = {}
    with_notice = {u.doc_id for u in kb.data.units if u.kind == "notice"}
    # a table's rows before the text's first heading (a task table that is the whole attachment) lie in its 前言
    first_heading: dict[str, int] = {}
    for unit in kb.data.units:
        if unit.kind not in OPENING_KINDS:
            first_heading[unit.doc_id] = min(first_heading.get(unit.doc_id, unit.start), unit.start)
    for unit in kb.data.units:
        labels, node = [], unit
        while node is not None:
            # golds cite a law's article without its 章/节 (articles are numbered through the whole text); a
            # decimal label (2.1.3) holds its parents' (2.1, 2) already
            if node.kind not in ("paragraph", "book", "chapter", "section") and node.label not in ("印发通知",) \
                    and not (labels and labels[-1].startswith(node.label + ".") and node.kind == "decimal"):
                labels.append(node.label)
            node = kb.unit_by_id.get(node.parent) if node.parent else None
        path = re.sub(r"^附表", "附件", "".join(reversed(labels)))    # an attached table (附表1) is an attachment
        if unit.kind == "row" and unit.parent is None and unit.start < first_heading.get(unit.doc_id, unit.end):
            path = "前言" + path
        if unit.kind == "notice":
            path = "前言"       # the notice's text is the opening text before the first heading (SPEC.md: 前言)
        elif unit.doc_id in with_notice and unit.kind != "signature" and not path.startswith("附件"):
            path = "附件" + path
        out[unit.unit_id] = path
    return out


# 附件 before a unit of the attachment's own numbering (附件二、, 附件（三）, 附件前言): the single attachment
IN_ATTACHMENT = re.compile(r"^附件(?=[一二三四五六七八九十]+、|（|前言|第|\d+\.)")


def unit_matches(cited: str, gold: str) -> bool:
    """The cited unit is the gold or lies inside it, or is the article holding a gold item (第五条 for
    第五条第一款); a whole part (一、) does not answer for one of its articles. A gold written with or without
    the 附件 of a single attachment (附件二、 or 二、) names the same unit."""
    if not cited or not gold:
        return False
    if cited.startswith(gold):
        return True
    cited, gold = IN_ATTACHMENT.sub("", cited), IN_ATTACHMENT.sub("", gold)
    if cited.startswith(gold):
        return True
    return gold.startswith(cited) and not re.fullmatch(r"[一二三四五六七八九十]+、", cited)


@dataclass
class Judged:
    question: dict
    answer: dict
    seconds: float
    checks: dict = field(default_factory=dict)     # measure → bool


def judge(q: dict, answer: dict, paths: dict[str, str]) -> dict:
    """The measures a question takes part in, each True or False."""
    checks = {}
    cited = [paths.get(c["unit_id"], "") for c in answer.get("citations", [])]
    if not q.get("answerable", True):
        checks["refused"] = not answer["found"]
        return checks
    intent = q["intent"]
    if intent == "bureau_tasks":
        gold = q["gold_units"]
        # every gold unit cited (or a unit inside it), and every citation inside a gold unit
        checks["tasks_exact"] = bool(answer["found"] and cited and
                                     all(any(unit_matches(c, g) for c in cited) for g in gold) and
                                     all(any(unit_matches(c, g) for g in gold) for c in cited))
        return checks
    if q.get("gold_units"):
        checks["unit_at1"] = bool(cited) and any(unit_matches(cited[0], g) for g in q["gold_units"])
    if intent == "responsibility":
        checks["bodies_exact"] = answer.get("bureaus", []) == q.get("gold_bodies", [])
        if q.get("gold_lead"):
            checks["lead_right"] = answer.get("lead", []) == q["gold_lead"]
        else:
            checks["no_false_lead"] = not answer.get("lead")
    if intent in ("fact", "document") and q.get("figure"):
        text = fold(answer.get("answer", "") + "".join(c.get("quote", "") for c in answer.get("citations", [])))
        # a 文号 is read as the product reads one (西政办发[2021]20号 is 西政办发〔2021〕20号)
        figure = fold(str(q["figure"]))
        figure = read_doc_number(figure)[0] or figure
        checks["figure"] = answer["found"] and (figure in text or fold(str(q["figure"])) in text)
    return checks


MEASURES = ("unit_at1", "bodies_exact", "lead_right", "no_false_lead", "tasks_exact", "figure", "refused")


def evaluate(questions: list[dict], folders: list[Path], embed_model: str = "none", log=print) -> list[Judged]:
    """Index each document of the questions alone and ask its questions."""
    from indexer.config import load_settings
    from indexer.kb import KnowledgeBase
    by_doc: dict[str, list[dict]] = {}
    for q in questions:
        by_doc.setdefault(q["doc"], []).append(q)
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for doc_id, qs in by_doc.items():
            path = find_document(doc_id, folders)
            if path is None:
                raise PolicyQAError(f"document {doc_id} not found in {', '.join(map(str, folders))}")
            settings = load_settings(embed_model=embed_model)
            kb = KnowledgeBase.open([path], Path(tmp) / doc_id, settings, progress=False, log=lambda m: None)
            paths = label_paths(kb)
            for q in qs:
                started = time.perf_counter()
                answer = kb.ask(q["question"]).to_dict()
                seconds = time.perf_counter() - started
                out.append(Judged(q, answer, seconds, judge(q, answer, paths)))
            log(f"  {doc_id}: {len(qs)} questions")
    return out


def table(judged: list[Judged], key) -> list[tuple[str, dict]]:
    """Rows (group, {measure: (right, asked)}) grouped by key(question)."""
    groups: dict[str, dict] = {}
    for j in judged:
        row = groups.setdefault(key(j.question), {m: [0, 0] for m in MEASURES})
        for m, ok in j.checks.items():
            row[m][0] += bool(ok)
            row[m][1] += 1
    return sorted(groups.items())


def timing(judged: list[Judged]) -> str:
    """Time per question, index load excluded."""
    ms = sorted(j.seconds * 1000 for j in judged)
    if not ms:
        return "- no question asked"
    return f"- time per question: p50 {ms[len(ms) // 2]:.1f} ms, p95 {ms[min(len(ms) - 1, int(len(ms) * 0.95))]:.1f} ms"


def markdown(rows: list[tuple[str, dict]], title: str) -> str:
    lines = [f"| {title} | " + " | ".join(MEASURES) + " |", "| --- |" + " --- |" * len(MEASURES)]
    for name, row in rows:
        cells = [f"{r}/{n} = {r / n:.2f}" if n else "–" for r, n in (row[m] for m in MEASURES)]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


# ------------------------------------------------------------------ extraction against the annotation

def _norm_with_map(text: str) -> tuple[str, list[int]]:
    """Folded text without whitespace, and the original offset of each kept character."""
    chars, where = [], []
    for i, ch in enumerate(fold(text)):
        if not ch.isspace():
            chars.append(ch)
            where.append(i)
    return "".join(chars), where


def locate(gold: list[dict], text: str) -> list[tuple[int, int] | None]:
    """Offsets of every annotated clause in the document, the k-th copy of a quote for its k-th annotation."""
    norm, where = _norm_with_map(text)
    folded = fold(text)
    seen: Counter = Counter()
    out = []
    for g in gold:
        exact = fold(g.get("quote", ""))
        quote = "".join(exact.split())
        if not quote:
            out.append(None)
            continue
        if "\n" in exact.strip():
            # a quote over several lines (a table's cell read one per line) is found as written first: the same
            # names in one line (a clause of the text) are another place
            pos, k = -1, seen[exact]
            for _ in range(k + 1):
                pos = folded.find(exact.strip(), pos + 1)
                if pos < 0:
                    break
            if pos >= 0:
                seen[exact] += 1
                out.append((pos, pos + len(exact.strip())))
                continue
        pos, k = -1, seen[quote]
        for _ in range(k + 1):
            pos = norm.find(quote, pos + 1)
            if pos < 0:
                break
        seen[quote] += 1
        out.append(None if pos < 0 else (where[pos], where[pos + len(quote) - 1] + 1))
    return out


def extraction_scores(gold: list[dict], found: list, text: str) -> dict:
    """Precision and recall of bodies (as written, per clause) and of the lead, one document."""
    spans = locate(gold, text)
    tp = fp = fn = ltp = lfp = lfn = 0
    unlocated = sum(1 for g, s in zip(gold, spans) if s is None and g.get("bodies"))
    used = set()
    for g, span in zip(gold, spans):
        if not g.get("bodies"):
            continue
        match = None
        if span is not None:
            match = next((i for i, r in enumerate(found) if i not in used and r.start < span[1] and span[0] < r.end),
                         None)
        names = Counter(b.name for b in found[match].bodies) if match is not None else Counter()
        leads = Counter(b.name for b in found[match].bodies if b.role == "lead") if match is not None else Counter()
        if match is not None:
            used.add(match)
        gold_names, gold_leads = Counter(g["bodies"]), Counter(g.get("lead", []))
        tp += sum((names & gold_names).values())
        fp += sum((names - gold_names).values())
        fn += sum((gold_names - names).values())
        ltp += sum((leads & gold_leads).values())
        lfp += sum((leads - gold_leads).values())
        lfn += sum((gold_leads - leads).values())
    for i, r in enumerate(found):      # extracted where nothing is annotated
        if i not in used:
            fp += len(r.bodies)
            lfp += sum(1 for b in r.bodies if b.role == "lead")
    return {"clauses": sum(1 for g in gold if g.get("bodies")), "unlocated": unlocated,
            "tp": tp, "fp": fp, "fn": fn, "ltp": ltp, "lfp": lfp, "lfn": lfn}


def extraction_report(clauses: list[dict], folders: list[Path]) -> list[tuple[str, dict]]:
    """Per annotated document: its clauses against what `responsibilities.extract` finds."""
    from indexer.reading import cleaning
    from indexer.reading import loading
    from indexer.structure.units import parse
    from indexer.structure.bodynames import BodyTable
    from indexer.structure.responsibilities import extract
    by_doc: dict[str, list[dict]] = {}
    for c in clauses:
        by_doc.setdefault(c["doc"], []).append(c)
    rows = []
    for doc_id, gold in by_doc.items():
        path = find_document(doc_id, folders)
        if path is None:
            raise PolicyQAError(f"document {doc_id} not found in {', '.join(map(str, folders))}")
        source = loading.load(path)
        cleaned = cleaning.clean(source)
        units = parse(doc_id, source.text, cleaned)
        found = extract(source.text, units, BodyTable(), cleaned.meta.get("issuer"))
        rows.append((doc_id, extraction_scores(gold, found, source.text)))
    return rows


def extraction_markdown(rows: list[tuple[str, dict]]) -> str:
    def pr(tp, fp, fn):
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        return f"{p:.2f}", f"{r:.2f}"
    lines = ["| document | clauses | bodies P | bodies R | lead P | lead R | bodies tp/fp/fn | lead tp/fp/fn |",
             "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    if not rows:
        return "(no annotated document in this split)"
    total = Counter()
    for doc, s in rows + [("**all**", None)]:
        if s is None:
            s = dict(total)
        else:
            total.update({k: v for k, v in s.items()})
        bp, br = pr(s["tp"], s["fp"], s["fn"])
        lp, lr = pr(s["ltp"], s["lfp"], s["lfn"])
        lines.append(f"| {doc} | {s['clauses']} | {bp} | {br} | {lp} | {lr} | {s['tp']}/{s['fp']}/{s['fn']} | "
                     f"{s['ltp']}/{s['lfp']}/{s['lfn']} |")
    return "\n".join(lines)


def main(args) -> int:
    """policyqa eval-docs: per-document answers and extraction, written as one markdown report."""
    folders = [Path(p) for p in (args.docs or [])]
    questions = [q for f in args.questions for q in read_jsonl(f)
                 if args.split == "all" or q.get("split") == args.split]
    judged = evaluate(questions, folders, args.embed_model or "none", log=lambda m: print(m, flush=True))
    parts = [f"Questions: {', '.join(args.questions)}; split {args.split}; model {args.embed_model or 'none'}.",
             "", "## By split", "", markdown(table(judged, lambda q: q.get("split", "?")), "split"),
             "", "## By document", "", markdown(table(judged, lambda q: f"{q['doc']} ({q.get('split')})"), "document"),
             "", "## By style", "", markdown(table(judged, lambda q: q.get("style", "?")), "style"),
             "", timing(judged)]
    if args.clauses:
        clauses = [c for f in args.clauses for c in read_jsonl(f)
                   if args.split == "all" or c.get("split", args.split) == args.split]
        rows = extraction_report(clauses, folders)
        parts += ["", "## Responsibility extraction against the annotation", "", extraction_markdown(rows)]
    if args.failures:
        parts += ["", "## Wrong answers", ""]
        for j in judged:
            bad = [m for m, ok in j.checks.items() if not ok]
            if bad:
                a = j.answer
                cited = [c.get("label") for c in a.get("citations", [])][:3]
                parts.append(f"- {j.question['id']} {j.question['question']} — {', '.join(bad)}; cited {cited}, "
                             f"bodies {a.get('bureaus')}, lead {a.get('lead')}; gold {j.question.get('gold_units')} "
                             f"{j.question.get('gold_bodies', '')} {j.question.get('gold_lead', '')}")
    text = "\n".join(parts)
    print(text)
    if args.report:
        Path(args.report).write_text(text + "\n", encoding="utf-8")
    return 0
