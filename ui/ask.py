"""Ask: a question box, the answer, the responsible bodies as tags, the cited article with the quote marked."""
from __future__ import annotations

import streamlit as st

from indexer.errors import BadQuestion
from ui.common import bodies_markdown, highlighted, load_or_stop

EXAMPLES = ["谁负责工程质量投诉处理？", "区水务局负责哪些任务？", "食品评价性抽检合格率要达到多少？",
            "对建材生产单位有什么要求？"]


def page() -> None:
    kb = load_or_stop()
    st.title("政策问答")
    st.caption(f"{len(kb.data.documents)} 份文件 · {len(kb.data.searchable)} 个条目 · {kb.semantic_line()}")
    if kb.embedder is None:
        st.warning("语义检索未启用（没有可用的向量模型），只用关键词（BM25）检索：口语化的问题可能找不到答案。")
    question = st.query_params.get("q", "")
    with st.form("ask"):
        typed = st.text_input("问题", value=question, placeholder="例如：谁负责工程质量投诉处理？")
        submitted = st.form_submit_button("提问", type="primary")
    if submitted:
        question = typed
        st.query_params["q"] = typed
    cols = st.columns(len(EXAMPLES))
    for col, example in zip(cols, EXAMPLES):
        if col.button(example, key=f"ex-{example}"):
            st.query_params["q"] = example
            st.rerun()
    if question.strip():
        show_answer(kb, question)


def show_answer(kb, question: str) -> None:
    try:
        answer = kb.ask(question, explain=True)
    except BadQuestion as exc:
        st.error(str(exc))
        return
    if not answer.found:
        st.warning(answer.answer)
        return
    st.subheader("回答")
    st.markdown(answer.answer)
    if answer.bureaus:
        st.markdown("负责单位：" + bodies_markdown(answer.bureaus))
    for note in answer.notes:
        st.caption(note)
    st.caption("分享链接：在地址栏复制本页地址（含 ?q=…）即可")
    for i, c in enumerate(answer.citations):
        unit = kb.unit_by_id[c.unit_id]
        doc = kb.data.documents[c.doc_id]
        header = f"{c.cite}" + (f"（{c.role}）" if c.role else "")
        with st.container(border=True):
            st.markdown(f"**[{i + 1}] {header}**  \n{' › '.join(c.path)}  \n"
                        f"《{doc.title}》 {doc.doc_number or ''}")
            st.markdown(f"> {c.quote}")
            spans = [(c.start, c.end)]
            if i == 0 and answer.responsibility:
                spans.append((answer.responsibility["start"], answer.responsibility["end"]))
            with st.expander("查看全文"):
                st.html(highlighted(unit.text, spans, unit.start))
    if answer.explain:
        with st.expander("为什么是这个结果"):
            st.json(answer.explain)
