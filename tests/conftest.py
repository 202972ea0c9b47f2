import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
PLAN = CORPUS / "dongli-quality-plan-2024.txt"
# the laws stay outside the repository: $POLICYQA_CORPUS_EXTRA, or ../shared/corpus-extra next to the checkout
EXTRA = Path(os.environ.get("POLICYQA_CORPUS_EXTRA", ROOT.parent / "shared" / "corpus-extra"))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def extra_or_skip() -> Path:
    if not EXTRA.is_dir():
        pytest.skip(f"the laws folder is not here ({EXTRA}; set POLICYQA_CORPUS_EXTRA); law tests need it")
    return EXTRA


@pytest.fixture(scope="session")
def plan_kb(tmp_path_factory):
    from indexer import KnowledgeBase
    from indexer.config import Settings
    return KnowledgeBase.open([CORPUS], tmp_path_factory.mktemp("plan-index"), Settings(embed_model="none"),
                              progress=False, log=lambda m: None)


@pytest.fixture(scope="session")
def plan_parsed():
    from indexer.reading.cleaning import clean
    from indexer.reading.loading import load
    from indexer.structure.units import parse
    source = load(PLAN)
    cleaned = clean(source)
    return source, cleaned, parse("dongli-quality-plan-2024", source.text, cleaned)
