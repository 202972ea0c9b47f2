"""policyqa app: `streamlit run app.py`. A thin shell: every page calls indexer.KnowledgeBase (see ui/)."""
import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")   # before numpy is imported (see indexer/__init__.py)

import streamlit as st  # noqa: E402

from ui.common import PAGES  # noqa: E402

st.set_page_config(page_title="policyqa 政策问答", page_icon="📑", layout="wide")

PAGES.update({
    "ask": st.Page("ui/ask.py", title="问答", icon=":material/chat:", url_path="ask", default=True),
    "bodies": st.Page("ui/bodies.py", title="单位职责", icon=":material/account_balance:", url_path="bodies"),
    "matrix": st.Page("ui/matrix.py", title="责任矩阵", icon=":material/grid_on:", url_path="matrix"),
    "documents": st.Page("ui/documents.py", title="文件", icon=":material/description:", url_path="documents"),
    "targets": st.Page("ui/targets.py", title="量化目标", icon=":material/flag:", url_path="targets"),
    "requirements": st.Page("ui/requirements.py", title="企业合规", icon=":material/rule:", url_path="requirements"),
    "training": st.Page("ui/training.py", title="培训材料", icon=":material/school:", url_path="training"),
    "upload": st.Page("ui/upload.py", title="上传文件", icon=":material/upload_file:", url_path="upload"),
    "feedback": st.Page("ui/feedback.py", title="用户反馈", icon=":material/thumb_up:", url_path="feedback"),
})
st.navigation({"查询": [PAGES["ask"], PAGES["bodies"], PAGES["requirements"]],
               "浏览": [PAGES["documents"], PAGES["matrix"], PAGES["targets"]],
               "工具": [PAGES["training"], PAGES["upload"], PAGES["feedback"]]}).run()
