"""Training pack: articles, bodies, targets, glossary and review questions for a part or a topic, as Word or Markdown."""
from __future__ import annotations

import streamlit as st

from indexer.materials import training
from ui.common import ROOT, load_or_stop, plan_doc


def page() -> None:
    kb = load_or_stop()
    st.title("培训材料")
    doc_id = plan_doc(kb)
    if doc_id is None:
        st.info("知识库中没有方案类文件。")
        return
    parts = [u for u in kb.data.units if u.doc_id == doc_id and u.kind == "part"]
    mode = st.radio("范围", ["按主题", "按部分"], horizontal=True)
    if mode == "按部分":
        part = st.selectbox("部分", parts, format_func=lambda u: u.title)
        pack = training.build(kb, doc_id, part=part.label, glossary_path=ROOT / "corpus" / "glossary.json")
    else:
        topic = st.text_input("主题", "工程质量")
        if not topic.strip():
            return
        pack = training.build(kb, doc_id, topic=topic.strip(), glossary_path=ROOT / "corpus" / "glossary.json")
    if not pack.articles:
        st.warning("没有找到与这个主题相关的条文。")
        return
    name = training.slug(pack.title)
    c1, c2 = st.columns(2)
    c1.download_button("下载 Word 讲义", training.to_docx(pack), f"{name}.docx",
                       "application/vnd.openxmlformats-officedocument.wordprocessingml.document", key="pack-docx")
    c2.download_button("下载 Markdown", training.to_markdown(pack).encode("utf-8"), f"{name}.md", "text/markdown",
                       key="pack-md")
    st.caption(f"{len(pack.articles)} 个条目 · {len(pack.targets)} 项目标 · {len(pack.glossary)} 个术语 · "
               f"{len(pack.questions)} 道复习题")
    st.markdown(training.to_markdown(pack))


if __name__ in ("__main__", "__page__"):  # run as a page by st.navigation
    page()
