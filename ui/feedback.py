"""Feedback: every thumbs up/down with its comment, to grow the evaluation set from real questions."""
from __future__ import annotations

import json

import streamlit as st

from ui.common import feedback_store


def page() -> None:
    st.title("用户反馈")
    rows = feedback_store().all()
    if not rows:
        st.info("还没有反馈。在“问答”页的回答下方点赞或点踩即可留下反馈。")
        return
    up = sum(1 for r in rows if r["vote"] == 1)
    st.caption(f"{len(rows)} 条反馈：👍 {up} · 👎 {len(rows) - up}")
    st.dataframe([{"时间": r["created"], "问题": r["question"], "评价": "👍" if r["vote"] == 1 else "👎",
                   "说明": r["comment"], "回答": r["answer"], "出处": "；".join(r["citations"])} for r in rows],
                 hide_index=True, width="stretch")
    lines = "\n".join(json.dumps({"question": r["question"], "vote": r["vote"], "comment": r["comment"],
                                  "answer": r["answer"], "citations": r["citations"]}, ensure_ascii=False)
                      for r in rows)
    st.download_button("下载 JSONL（可加入评测集）", lines.encode("utf-8"), "feedback.jsonl", "application/json")


if __name__ in ("__main__", "__page__"):  # run as a page by st.navigation
    page()
