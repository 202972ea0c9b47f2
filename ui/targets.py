"""Targets: every quantified target of the plans, with indicator, value, comparison, year and source."""
from __future__ import annotations

import streamlit as st

from indexer.materials import exports
from ui.common import load_or_stop


def page() -> None:
    kb = load_or_stop()
    st.title("量化目标")
    header, rows = exports.target_rows(kb)
    keyword = st.text_input("筛选（例如：食品、农产品、企业）", "")
    if keyword:
        rows = [r for r in rows if keyword in r["指标"] or keyword in r["原文"]]
    st.caption(f"{len(rows)} 项目标；原文为方案中的原句，出处可直接引用。")
    st.dataframe(rows, column_order=header, hide_index=True, width="stretch")
    c1, c2 = st.columns(2)
    c1.download_button("下载 Excel", exports.to_xlsx({"量化目标": (header, rows)}), "量化目标.xlsx",
                       "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", key="targets-xlsx")
    c2.download_button("下载 CSV", exports.to_csv(header, rows), "量化目标.csv", "text/csv", key="targets-csv")


if __name__ in ("__main__", "__page__"):  # run as a page by st.navigation
    page()
