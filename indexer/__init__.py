"""policyqa: a knowledge base and answer desk for Chinese policy documents.

    from indexer import KnowledgeBase
    kb = KnowledgeBase.open(["corpus"])
    kb.ask("谁负责工程质量投诉处理？").to_dict()
"""
import os

# Matrix-vector products here are small; OpenBLAS worker threads that spin after each one steal the two
# cores from the embedding engine (measured: 80 ms per question instead of 12). One BLAS thread is enough.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

__version__ = "0.1.0"


def __getattr__(name):
    if name == "KnowledgeBase":
        from indexer.kb import KnowledgeBase
        return KnowledgeBase
    raise AttributeError(name)
