"""What every page shares: one knowledge base per server process, the page registry, rendering helpers."""
from __future__ import annotations

import html
import os
import threading
from pathlib import Path

import streamlit as st

from indexer import KnowledgeBase
from indexer.kb import default_corpus
from indexer.config import load_settings
from indexer.errors import PolicyQAError
from indexer.feedback import FeedbackStore

ROOT = Path(__file__).resolve().parent.parent
PAGES: dict = {}          # filled by app.py: name → st.Page, for links between pages


def corpus_paths() -> list[Path]:
    """$POLICYQA_CORPUS (e.g. corpus:../shared/corpus-extra) or corpus/, relative to the project folder."""
    return [ROOT / p for p in default_corpus()]   # an absolute path stays absolute under /


@st.cache_resource(show_spinner="正在载入知识库……")
def shared() -> dict:
    """The knowledge base every session uses; an upload swaps in a new one when it is ready."""
    messages: list[str] = []
    kb = KnowledgeBase.open(corpus_paths(), settings=load_settings(), progress=False, log=messages.append)
    return {"kb": kb, "messages": messages, "lock": threading.Lock()}


def load_or_stop() -> KnowledgeBase:
    try:
        return shared()["kb"]
    except PolicyQAError as exc:
        st.error(f"知识库无法载入：{exc}")
        st.stop()


@st.cache_resource
def feedback_store() -> FeedbackStore:
    home = Path(os.environ.get("POLICYQA_HOME", ROOT / ".policyqa"))
    return FeedbackStore(home / "feedback.sqlite")


def semantic_banner(kb: KnowledgeBase) -> None:
    """The active semantic model, or a warning that there is none."""
    if kb.embedder is None:
        st.warning("语义检索未启用（没有可用的向量模型），只用关键词（BM25）检索：口语化的问题可能找不到答案。")
    else:
        st.caption(f"{len(kb.data.documents)} 份文件 · {len(kb.data.searchable)} 个条目 · "
                   f"同义词表 {len(kb.thesaurus)} 词 · 库外话题 {len(kb.off_topics)} 条 · "
                   f"提到未收录的文件 {len(kb.missing_titles)} 份 · {kb.semantic_line()}")
        if not kb.off_topics:
            st.info("没有库外话题表（indexer/data/offtopic.json）：与文件无关的问题更容易被误答。")


def highlighted(text: str, spans: list[tuple[int, int]], base: int) -> str:
    """A unit's text as HTML with the quoted spans (document offsets) marked."""
    out, pos = [], 0
    for start, end in sorted(spans):
        s, e = max(start - base, pos), min(end - base, len(text))
        if s >= e:
            continue
        out.append(html.escape(text[pos:s]))
        out.append(f"<mark>{html.escape(text[s:e])}</mark>")
        pos = e
    out.append(html.escape(text[pos:]))
    return "<div style='white-space:pre-wrap;line-height:1.8;font-size:0.95rem'>" + "".join(out) + "</div>"


def body_links(names: list[str], key: str) -> None:
    """Each responsible body as a tag that opens its page."""
    if not names:
        return
    cols = st.columns(min(len(names), 6))
    for i, name in enumerate(names):
        with cols[i % len(cols)]:
            st.page_link(PAGES["bodies"], label=name, icon=":material/account_balance:",
                         query_params={"body": name})


def plan_doc(kb: KnowledgeBase) -> str | None:
    return next((d.doc_id for d in kb.data.documents.values() if d.kind == "plan"), None)
