"""The index: ingestion of a corpus folder (reading → structure, with a report), tokens (jieba), BM25,
sentence vectors, and the index folder on disk."""
