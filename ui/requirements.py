"""Requirements: for a kind of enterprise, the obligations in laws and the plan's measures, grouped by document."""
from __future__ import annotations

import streamlit as st

from indexer.materials import exports
from ui.common import load_or_stop


def page() -> None:
    kb = load_or_stop()
    st.title("企业合规要求")
    names = kb.actors.names()
    if not names:
        st.info("没有主体对照表（corpus/actors.json）。")
        return
    wanted = st.query_params.get("actor", names[0])
    actor = st.selectbox("企业类型", names, index=names.index(wanted) if wanted in names else 0)
    if actor != st.query_params.get("actor"):
        st.query_params["actor"] = actor
    group, _ = kb.requirements_for(actor)
    header, rows = exports.requirement_rows(kb, actor)
    st.caption(f"法律中的称谓：{'、'.join(group.terms)}。共 {len(rows)} 项；每项为原文，附出处。")
    if not any(kb.data.documents[d].kind in ("law", "regulation") for d in kb.data.documents):
        st.info("知识库目前只有方案，没有法律法规：下面只列出方案中面向企业的措施。")
    c1, c2 = st.columns(2)
    c1.download_button("下载 Excel", exports.to_xlsx({actor: (header, rows)}), f"{actor}-要求.xlsx",
                       "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", key="req-xlsx")
    c2.download_button("下载 CSV", exports.to_csv(header, rows), f"{actor}-要求.csv", "text/csv", key="req-csv")
    current = None
    for r in rows:
        if r["文件"] != current:
            current = r["文件"]
            st.subheader(f"《{current}》")
        st.markdown(f"**{r['出处'].split('》', 1)[1]}** [{r['要求']}] {r['原文']}")
        if r["所列各项"]:
            st.text(r["所列各项"])


if __name__ in ("__main__", "__page__"):  # run as a page by st.navigation
    page()
