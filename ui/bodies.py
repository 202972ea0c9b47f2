"""Bodies: everything a body is responsible for, whether it is named first or alongside, who shares each task."""
from __future__ import annotations

from collections import Counter

import streamlit as st

from ui.common import highlighted, load_or_stop

ROLE = {"lead": "牵头", "support": "配合", "responsible": "负责"}


def page() -> None:
    kb = load_or_stop()
    st.title("单位职责")
    names = sorted(kb.reverse, key=lambda n: (-len(kb.reverse[n]), n))
    wanted = kb.table.canonical(st.query_params.get("body", names[0] if names else ""))
    index = names.index(wanted) if wanted in names else 0
    body = st.selectbox("单位", names, index=index, format_func=lambda n: f"{n}（{len(kb.reverse[n])}项）")
    if body != st.query_params.get("body"):
        st.query_params["body"] = body
    tasks = sorted(kb.tasks_of(body), key=lambda t: kb.unit_by_id[t.unit_id].ordinal)
    first = sum(1 for t in tasks if t.position == 1)
    st.markdown(f"**{body}** 在 {len(tasks)} 个条目中被列为责任单位，其中 {first} 项排在第一位"
                f"（排第一不等于牵头：只有写明“牵头”“会同”的才是牵头）。")
    parts = Counter(kb.unit_by_id[t.unit_id].path[0] if len(kb.unit_by_id[t.unit_id].path) > 1 else "（其他）"
                    for t in tasks)
    if parts:
        st.bar_chart({"条目数": dict(parts)}, horizontal=True)
    st.dataframe([{"条目": kb.unit_by_id[t.unit_id].title, "文件": kb.data.documents[kb.unit_by_id[t.unit_id].doc_id].title,
                   "角色": ROLE.get(t.role) or ("排第一" if t.position == 1 else "参与"),
                   "共同负责": "、".join(t.shared_with)} for t in tasks], hide_index=True, width="stretch")
    for t in tasks:
        unit = kb.unit_by_id[t.unit_id]
        found = [r for r in kb.responsibility_of(t.unit_id) if any(b.canonical == body for b in r.bodies)]
        with st.expander(f"{unit.title}"):
            st.caption(" › ".join(unit.path))
            st.html(highlighted(unit.text, [(r.start, r.end) for r in found], unit.start))


if __name__ in ("__main__", "__page__"):  # run as a page by st.navigation
    page()
