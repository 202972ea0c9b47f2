"""Streamlit pages of the policyqa app. Each page is a thin shell over indexer.KnowledgeBase."""
