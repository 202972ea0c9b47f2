"""The plan as an official-layout PDF (GB/T 9704: 28 characters a line, 22 lines a page, page numbers — N —, the
issuer as a running header), written from the plan's text, then evaluated like the text:

    .venv/bin/python eval/plan_as_pdf.py OUT_FOLDER     # writes OUT_FOLDER/dongli-quality-plan-2024.pdf (+ bodies.json)
    .venv/bin/policyqa eval --corpus OUT_FOLDER --split test

Every paragraph is cut into 28-character lines wherever the cut falls (inside a body's name too), and paragraphs
run on across pages, as in the printed file.
"""
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from pdfmaker import make_pdf  # noqa: E402

from indexer.reading.cleaning import clean  # noqa: E402
from indexer.reading.loading import load  # noqa: E402

WIDTH, HEIGHT = 28, 22


def layout(paragraphs: list[str], header: str) -> list[list[str]]:
    lines = [p[i:i + WIDTH] for p in paragraphs for i in range(0, len(p), WIDTH)]
    pages = [lines[i:i + HEIGHT] for i in range(0, len(lines), HEIGHT)]
    return [[header, *page, f"— {n} —"] for n, page in enumerate(pages, 1)]


def main(out: Path) -> None:
    source = load(ROOT / "corpus" / "dongli-quality-plan-2024.txt")
    cleaned = clean(source)
    paragraphs = [line.text.strip() for line in cleaned.lines if line.text.strip()]
    out.mkdir(parents=True, exist_ok=True)
    (out / "dongli-quality-plan-2024.pdf").write_bytes(make_pdf(layout(paragraphs, "东丽区人民政府")))
    shutil.copy(ROOT / "corpus" / "bodies.json", out / "bodies.json")
    print(f"written: {out / 'dongli-quality-plan-2024.pdf'} ({len(paragraphs)} paragraphs)")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
