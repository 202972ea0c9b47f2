"""Responsibility matrix: units × bodies as a heat map, filtered by part and body, exported to Excel and CSV."""
from __future__ import annotations

import plotly.express as px
import streamlit as st

from indexer.materials import exports
from ui.common import load_or_stop, plan_doc


def page() -> None:
    kb = load_or_stop()
    st.title("责任矩阵")
    docs = {d.doc_id: d.title for d in kb.data.documents.values() if any(r.doc_id == d.doc_id
                                                                          for r in kb.data.responsibilities)}
    default = plan_doc(kb)
    doc_id = st.selectbox("文件", list(docs), index=list(docs).index(default) if default in docs else 0,
                          format_func=docs.get)
    bodies, rows = exports.matrix_rows(kb, doc_id)
    parts = sorted({r["部分"] for r in rows if r["部分"]}, key=lambda p: next(i for i, r in enumerate(rows) if r["部分"] == p))
    c1, c2 = st.columns(2)
    chosen_parts = c1.multiselect("部分", parts, placeholder="全部")
    chosen_bodies = c2.multiselect("单位", bodies, placeholder="全部")
    if chosen_parts:
        rows = [r for r in rows if r["部分"] in chosen_parts]
    if chosen_bodies:
        rows = [r for r in rows if any(r.get(b) for b in chosen_bodies)]
        bodies = chosen_bodies
    if not rows:
        st.info("没有符合条件的条目。")
        return
    values = exports.matrix_values(bodies, rows)
    fig = px.imshow(values, x=bodies, y=[r["编号"] for r in rows], aspect="auto", zmin=0, zmax=2,
                    color_continuous_scale=["#ffffff", "#9ecae1", "#08519c"],
                    labels={"color": "2 排第一/牵头 · 1 列为责任单位"})
    fig.update_layout(height=max(400, 22 * len(rows)), margin=dict(l=10, r=10, t=30, b=10),
                      xaxis=dict(side="top", tickangle=-45))
    st.plotly_chart(fig, width="stretch")
    header = ["编号", "条目", "部分"] + bodies + ["原文", "出处"]
    c1, c2 = st.columns(2)
    c1.download_button("下载 Excel", exports.to_xlsx({"责任矩阵": (header, rows)}), "责任矩阵.xlsx",
                       "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", key="matrix-xlsx")
    c2.download_button("下载 CSV", exports.to_csv(header, rows), "责任矩阵.csv", "text/csv", key="matrix-csv")
    st.dataframe(rows, column_order=header, hide_index=True, width="stretch")


if __name__ in ("__main__", "__page__"):  # run as a page by st.navigation
    page()
