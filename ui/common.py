"""What every page shares: the knowledge base (loaded once per process) and rendering helpers."""
from __future__ import annotations

import html
from pathlib import Path

import streamlit as st

from indexer import KnowledgeBase
from indexer.config import load_settings
from indexer.errors import PolicyQAError

ROOT = Path(__file__).resolve().parent.parent


@st.cache_resource(show_spinner="正在载入知识库……")
def knowledge_base() -> KnowledgeBase:
    """One KnowledgeBase per server process, shared by every session."""
    messages: list[str] = []
    kb = KnowledgeBase.open([ROOT / "corpus"], settings=load_settings(), progress=False, log=messages.append)
    kb.startup_messages = messages
    return kb


def load_or_stop() -> KnowledgeBase:
    try:
        return knowledge_base()
    except PolicyQAError as exc:
        st.error(f"知识库无法载入：{exc}")
        st.stop()


def highlighted(text: str, spans: list[tuple[int, int]], base: int) -> str:
    """The unit's text as HTML with the quoted spans (document offsets) marked."""
    out, pos = [], 0
    for start, end in sorted(spans):
        s, e = max(start - base, pos), min(end - base, len(text))
        if s >= e:
            continue
        out.append(html.escape(text[pos:s]))
        out.append(f"<mark>{html.escape(text[s:e])}</mark>")
        pos = e
    out.append(html.escape(text[pos:]))
    return ("<div style='white-space:pre-wrap;line-height:1.8;font-size:0.95rem'>" + "".join(out) + "</div>")


def bodies_markdown(names: list[str]) -> str:
    return " ".join(f":blue-badge[{name}]" for name in names)
