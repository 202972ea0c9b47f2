"""Documents: the outline of every document (parts → articles → items; 章 → 条 → 款), each unit with its bodies
and cross-references; the documents the corpus names but does not hold."""
from __future__ import annotations

import streamlit as st

from ui.common import highlighted, load_or_stop

def page() -> None:
    kb = load_or_stop()
    st.title("文件")
    docs = list(kb.data.documents.values())
    ids = [d.doc_id for d in docs]
    wanted = st.query_params.get("doc", ids[0])
    doc_id = st.selectbox("文件", ids, index=ids.index(wanted) if wanted in ids else 0,
                          format_func=lambda i: kb.data.documents[i].title)
    if doc_id != st.query_params.get("doc"):
        st.query_params["doc"] = doc_id
    doc = kb.data.documents[doc_id]
    meta = [f"发文机关：{doc.issuer or '—'}", f"发文字号：{doc.doc_number or '—'}", f"类别：{doc.kind} / {doc.level or '—'}",
            "日期：" + ("，".join(f"{e} {d}" for e, d in doc.dates) or "—"), f"效力：{doc.validity or '未注明'}"]
    st.markdown(" · ".join(meta))
    for w in doc.warnings:
        st.caption(f"注：{w}")
    focus = st.query_params.get("unit")
    if focus and focus in kb.unit_by_id:
        show_unit(kb, kb.unit_by_id[focus], expanded=True)
        st.divider()
    units = [u for u in kb.data.units if u.doc_id == doc_id]
    for unit in units:
        if unit.parent is None:
            with st.expander(unit.title, expanded=False):
                for child in kb.children.get(unit.unit_id, []):
                    if child.retrievable:
                        show_unit(kb, child)
                if unit.retrievable:
                    show_unit(kb, unit)
    missing = kb.missing_documents()
    if missing:
        st.subheader("提到但未收录的文件")
        for title, refs in missing.items():
            where = "、".join(sorted({kb.cite(r.unit_id, r.start, r.end) for r in refs}))
            st.markdown(f"- 《{title}》：见 {where}")


def show_unit(kb, unit, expanded: bool = False) -> None:
    st.markdown(f"**{unit.title}**")
    found = kb.responsibility_of(unit.unit_id)
    bodies = [b.name for r in found for b in r.bodies]
    if bodies:
        st.markdown("责任单位：" + " ".join(f":blue-badge[{b}]" for b in dict.fromkeys(bodies)))
    refs = kb.references_in(unit.unit_id)
    if refs:
        for r in refs:
            if r.target_unit and not r.target_unit.endswith("#"):
                target = kb.unit_by_id.get(r.target_unit)
                if target:
                    st.page_link(_documents_page(), label=f"引用 {r.text} → {kb.cite(target.unit_id, target.start, target.end)}",
                                 query_params={"doc": target.doc_id, "unit": target.unit_id})
            elif r.target_doc:
                st.page_link(_documents_page(), label=f"引用 {r.text}", query_params={"doc": r.target_doc})
            else:
                st.caption(f"引用 {r.text}（知识库未收录）")
    if expanded:
        st.html(highlighted(unit.text, [], unit.start))
    else:
        st.text(unit.text[:300] + ("……" if len(unit.text) > 300 else ""))


def _documents_page():
    from ui.common import PAGES
    return PAGES["documents"]


if __name__ in ("__main__", "__page__"):  # run as a page by st.navigation
    page()
