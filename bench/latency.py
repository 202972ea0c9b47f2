"""Latency benchmark: load time, and time per question of `policyqa ask -` after loading.

    .venv/bin/python bench/latency.py [--corpus PATH ...] [--embed-model NAME] [--repeat N]

Prints load time, then p50/p95/max per question in-process, then the wall time of `policyqa ask -` on
the same questions through a pipe (load included, then per question).
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--corpus", action="append")
    p.add_argument("--embed-model")
    p.add_argument("--repeat", type=int, default=3)
    args = p.parse_args()
    from indexer import KnowledgeBase
    from indexer.config import load_settings
    questions = [json.loads(line)["question"] for f in sorted((ROOT / "eval").glob("questions*.jsonl"))
                 for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    settings = load_settings(embed_model=args.embed_model)
    started = time.perf_counter()
    kb = KnowledgeBase.open(args.corpus, settings=settings, progress=False, log=lambda m: None)
    load = time.perf_counter() - started
    kb.ask(questions[0])  # first call warms caches
    times = []
    for _ in range(args.repeat):
        for q in questions:
            t = time.perf_counter()
            kb.ask(q)
            times.append((time.perf_counter() - t) * 1000)
    times.sort()
    print(f"{kb.semantic_line()}")
    print(f"load (index present): {load:.2f} s; {len(questions)} questions × {args.repeat}")
    print(f"in-process per question: p50 {times[len(times) // 2]:.2f} ms, p95 {times[int(len(times) * 0.95)]:.2f} ms, "
          f"max {times[-1]:.2f} ms, mean {statistics.fmean(times):.2f} ms")
    cmd = [str(ROOT / ".venv" / "bin" / "policyqa"), "ask", "-", "--quiet"]
    for c in args.corpus or []:
        cmd += ["--corpus", c]
    if args.embed_model:
        cmd += ["--embed-model", args.embed_model]
    t = time.perf_counter()
    subprocess.run(cmd, input="\n".join(questions[:1]) + "\n", capture_output=True, text=True, check=True)
    one = time.perf_counter() - t
    t = time.perf_counter()
    out = subprocess.run(cmd, input="\n".join(questions) + "\n", capture_output=True, text=True, check=True)
    many = time.perf_counter() - t
    answered = len(out.stdout.splitlines())
    print(f"`policyqa ask -`: 1 question {one:.2f} s (start-up and load); {answered} questions {many:.2f} s "
          f"→ {(many - one) / max(answered - 1, 1) * 1000:.1f} ms per question after loading")
    return 0


if __name__ == "__main__":
    sys.exit(main())
