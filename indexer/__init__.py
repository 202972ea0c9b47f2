"""policyqa: a knowledge base and answer desk for Chinese policy documents.

    from indexer import KnowledgeBase
    kb = KnowledgeBase.open(["corpus"])
    kb.ask("谁负责工程质量投诉处理？").to_dict()
"""
__version__ = "0.1.0"


def __getattr__(name):
    if name == "KnowledgeBase":
        from .kb import KnowledgeBase
        return KnowledgeBase
    raise AttributeError(name)
