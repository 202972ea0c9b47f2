"""Ask: the answer in one sentence, the bodies as tags, the cited unit with the quote marked inside the whole
article, why this result, a shareable link, and a thumbs up/down."""
from __future__ import annotations

import streamlit as st

from indexer.errors import BadQuestion
from ui.common import body_links, feedback_store, highlighted, load_or_stop, semantic_banner

EXAMPLES = ["谁负责工程质量投诉处理？", "区水务局负责哪些任务？", "食品评价性抽检合格率要达到多少？",
            "我家新买的房子漏水找谁？", "对建材生产单位有什么要求？"]


def page() -> None:
    kb = load_or_stop()
    st.title("政策问答")
    semantic_banner(kb)
    question = st.query_params.get("q", "")
    with st.form("ask"):
        typed = st.text_input("问题", value=question, placeholder="例如：谁负责工程质量投诉处理？")
        if st.form_submit_button("提问", type="primary"):
            question = typed
            st.query_params["q"] = typed
    st.caption("示例：")
    cols = st.columns(len(EXAMPLES))
    for col, example in zip(cols, EXAMPLES):
        if col.button(example, key=f"ex-{example}", width="stretch"):
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
        for note in answer.notes:   # 已按简体字检索, 只回答第一个问句 …: said whether or not an answer was found
            st.caption(note)
        for c in answer.citations[:1]:      # a refusal pointing to the closest text (谁牵头 where it names no body)
            st.markdown(f"**最相关的条文：{c.cite}**  \n> {c.quote}")
        _feedback(question, answer.to_dict())
        return
    st.subheader("回答")
    st.markdown(answer.answer)
    if answer.bureaus:
        st.markdown("**负责单位**（点击查看该单位的全部任务）")
        body_links(answer.bureaus, "answer")
    for note in answer.notes:
        st.caption(note)
    st.caption("分享：复制地址栏中的链接（含 ?q=…）即可打开同一个回答。")
    for i, c in enumerate(answer.citations):
        unit = kb.unit_by_id[c.unit_id]
        doc = kb.data.documents[c.doc_id]
        with st.container(border=True):
            role = f"（{c.role}）" if c.role else ""
            st.markdown(f"**[{i + 1}] {c.cite}**{role}  \n{' › '.join(c.path)}  \n"
                        f"《{doc.title}》 {doc.doc_number or ''}" + (f" · 第{c.page}页" if c.page else ""))
            st.markdown(f"> {c.quote}")
            spans = [(c.start, c.end)]
            if i == 0 and answer.responsibility:
                spans.append((answer.responsibility["start"], answer.responsibility["end"]))
            with st.expander("查看全文（引文已标出）", expanded=(i == 0)):
                st.html(highlighted(unit.text, spans, unit.start))
    if answer.explain:
        with st.expander("为什么是这个结果"):
            e = answer.explain
            st.markdown(f"检索词：{'、'.join(e.get('tokens', [])) or '（无）'}；覆盖率 {e.get('coverage')}；"
                        f"语义相似度 {e.get('dense_best')}；融合：{e.get('fusion', {}).get('method')}")
            st.dataframe([{"条目": h["label"], "文件": h["unit_id"].split("#")[0], "融合得分": h["score"],
                           "BM25 名次": h["ranks"].get("bm25"), "语义 名次": h["ranks"].get("dense")}
                          for h in e.get("hits", [])], hide_index=True)
    _feedback(question, answer.to_dict())


def _feedback(question: str, answer: dict) -> None:
    key = f"fb-{hash(question)}"
    st.markdown("**这个回答有用吗？**")
    vote = st.feedback("thumbs", key=key)
    if vote is not None:
        comment = st.text_input("补充说明（可选）", key=f"{key}-comment")
        if st.button("提交反馈", key=f"{key}-send"):
            feedback_store().add(question, answer, 1 if vote == 1 else -1, comment)
            st.success("已记录，谢谢。")


if __name__ in ("__main__", "__page__"):  # run as a page by st.navigation
    page()
