"""Search: a question read once (its kind, cleaned), routed to the documents that answer it, scored by BM25
and vectors, fused."""
