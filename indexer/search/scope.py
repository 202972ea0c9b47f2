"""Topics outside the knowledge base (indexer/data/offtopic.json, extended by a corpus folder's offtopic.json): everyday public-service subjects the documents do
not treat — pensions, school places, parking fees … Each line is encoded with the titles as a "null"
text: a question closer to one of them than to every sentence of the documents has a negative dense
margin and is answered 未找到依据. A document that does treat the subject wins by matching better, so
adding such a document needs no edit here.
"""
from __future__ import annotations

import json
from pathlib import Path

from indexer.errors import PolicyQAError
from indexer.textutil import PACKAGE_DATA


def load_off_topics(path: Path | None) -> list[str]:
    """The topic lines, or none without a file. A broken file is an error, not an empty list."""
    if path is None:
        return []
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PolicyQAError(f"{path}: cannot read the off-topic list ({exc})") from exc
    topics = data.get("topics") if isinstance(data, dict) else None
    if not isinstance(topics, list) or not all(isinstance(t, str) and t.strip() for t in topics):
        raise PolicyQAError(f"{path}: expected {{\"topics\": [\"…\", …]}} with non-empty strings")
    return [t.strip() for t in topics]


PACKAGE_LIST = PACKAGE_DATA / "offtopic.json"


def layered_off_topics(paths: list[Path | None]) -> list[str]:
    """The package's list, then the lines a corpus folder's own list adds."""
    out: list[str] = []
    for path in paths:
        out += [t for t in load_off_topics(path) if t not in out]
    return out
