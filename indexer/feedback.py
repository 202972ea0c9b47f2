"""Feedback on answers, kept in a local SQLite file so that the evaluation set can grow from real questions."""
from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path

SCHEMA = """CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created TEXT NOT NULL,
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    vote INTEGER NOT NULL CHECK (vote IN (-1, 1)),
    comment TEXT NOT NULL DEFAULT '',
    citations TEXT NOT NULL DEFAULT '[]'
)"""


class FeedbackStore:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as db:
            db.execute(SCHEMA)

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.path, timeout=10)

    def add(self, question: str, answer: dict, vote: int, comment: str = "") -> int:
        """Store one vote (1 up, -1 down) with the answer as it was shown."""
        if vote not in (1, -1):
            raise ValueError("vote is 1 or -1")
        cites = [c.get("cite") or c.get("unit_id") for c in answer.get("citations", [])]
        with self._connect() as db:
            cur = db.execute("INSERT INTO feedback (created, question, answer, vote, comment, citations) "
                             "VALUES (?, ?, ?, ?, ?, ?)",
                             (time.strftime("%Y-%m-%d %H:%M:%S"), question, answer.get("answer", ""), vote,
                              comment.strip(), json.dumps(cites, ensure_ascii=False)))
            return int(cur.lastrowid)

    def all(self, limit: int = 500) -> list[dict]:
        with self._connect() as db:
            db.row_factory = sqlite3.Row
            rows = db.execute("SELECT * FROM feedback ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
        return [dict(r) | {"citations": json.loads(r["citations"])} for r in rows]
