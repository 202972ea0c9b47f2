"""A search thesaurus (同义词表): everyday words → the words official documents use for the same thing.

People ask "房子漏水找谁？"; the plan says 工程质量 and 质量保修. The table lives next to the documents
(indexer/data/synonyms.json, extended by a corpus folder's synonyms.json), is read at query time (editing it needs no re-index), and is visible: `--explain`
shows which words were expanded into which terms.
"""
from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from indexer.errors import PolicyQAError
from indexer.textutil import PACKAGE_DATA, fold


def _norm(text: str) -> str:
    """Full-width letters and digits as ASCII, lower case: ＧＤＰ, GDP and gdp are one word."""
    return unicodedata.normalize("NFKC", fold(text)).lower()


@dataclass(frozen=True)
class Expansion:
    word: str                 # the everyday word found in the question
    terms: tuple[str, ...]    # the document terms it stands for


PACKAGE_TABLE = PACKAGE_DATA / "synonyms.json"


class Thesaurus:
    def __init__(self, entries: dict[str, list[str]] | None = None) -> None:
        self.entries = {_norm(k): tuple(fold(t) for t in v) for k, v in (entries or {}).items()}
        # longest words first, so that 网上平台 is found before 网上
        self._words = sorted(self.entries, key=len, reverse=True)

    @classmethod
    def load(cls, path: Path | None) -> "Thesaurus":
        if path is None:
            return cls()
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            terms = data["terms"]
            if not isinstance(terms, dict) or not all(
                    isinstance(k, str) and len(k) >= 1 and isinstance(v, list) and v and all(isinstance(t, str) and t
                                                                                           for t in v)
                    for k, v in terms.items()):
                raise ValueError("'terms' must map each word to a non-empty list of terms")
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise PolicyQAError(f"{path}: not a valid synonyms table ({exc})") from exc
        return cls(terms)

    @classmethod
    def layered(cls, paths: list[Path | None]) -> "Thesaurus":
        """The package's general thesaurus, then a corpus folder's own table: a later table adds words and
        overrides the terms of a word it repeats."""
        entries: dict[str, list[str]] = {}
        for path in paths:
            if path is not None:
                entries.update({k: list(v) for k, v in cls.load(path).entries.items()})
        return cls(entries)

    def __len__(self) -> int:
        return len(self.entries)

    def expand(self, question: str) -> list[Expansion]:
        """The everyday words of a question with their document terms; a word inside a longer one found
        first (网上 inside 网上平台) is not counted twice."""
        q = _norm(question)
        taken = [False] * len(q)
        out = []
        for word in self._words:
            start = q.find(word)
            while start >= 0:
                if not any(taken[start:start + len(word)]):
                    for i in range(start, start + len(word)):
                        taken[i] = True
                    out.append(Expansion(word, self.entries[word]))
                    break
                start = q.find(word, start + 1)
        return out
