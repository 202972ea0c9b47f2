"""policyqa app: `streamlit run app.py`. A thin shell: every page calls indexer.KnowledgeBase."""
import streamlit as st

from ui import ask

st.set_page_config(page_title="policyqa 政策问答", page_icon="📑", layout="wide")

pages = [st.Page(ask.page, title="问答", url_path="ask", default=True)]
st.navigation(pages).run()
