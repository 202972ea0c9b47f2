"""Upload: a document from the browser is checked, indexed with a progress bar and reported; other sessions keep
using the current knowledge base until the new one is ready."""
from __future__ import annotations

import tempfile
from pathlib import Path

import streamlit as st

from indexer import KnowledgeBase
from indexer.config import load_settings
from indexer.errors import DocumentExists, PolicyQAError
from ui.common import ROOT, corpus_paths, load_or_stop, shared

UPLOADS = ROOT / "corpus" / "uploads"


def page() -> None:
    load_or_stop()
    st.title("上传文件")
    st.caption("支持 PDF、TXT、Markdown、HTML、DOCX。文件先经检查，再加入知识库（保存在 corpus/uploads/）。")
    upload = st.file_uploader("选择文件", type=["pdf", "txt", "md", "html", "htm", "docx"])
    if upload is None or not st.button("检查并加入知识库", type="primary"):
        return
    name = Path(upload.name).name
    bar = st.progress(0.0, text="正在检查文件……")

    def progress(stage: str, done: int, total: int) -> None:
        label = {"reading": "读取文件", "encoding": "编码句子"}.get(stage, stage)
        bar.progress(min(1.0, done / max(total, 1)), text=f"{label}：{done}/{total}")

    state = shared()
    with tempfile.TemporaryDirectory() as tmp:
        candidate = Path(tmp) / name
        candidate.write_bytes(upload.getvalue())
        try:
            with state["lock"]:   # one rebuild at a time; everyone else keeps answering from the current index
                kb, report = KnowledgeBase.add(candidate, corpus_paths(), UPLOADS, settings=load_settings(),
                                               progress=False, log=lambda m: None, on_progress=progress)
                state["kb"] = kb
        except DocumentExists:
            st.error(f"已有同名文件 {name}，内容不同；请改名后再上传。")
            return
        except PolicyQAError as exc:
            st.error(f"无法加入：{exc}")
            return
    bar.progress(1.0, text="完成")
    st.success(f"已加入《{kb.data.documents[report['doc_id']].title}》：{report['units']} 个单元，"
               f"{report['articles']} 条，{report['responsibilities']} 个条目写明了责任单位。")
    for w in report["warnings"]:   # pages without a text layer, recovered values, encodings
        st.caption(f"注：{w}")


if __name__ in ("__main__", "__page__"):  # run as a page by st.navigation
    page()
