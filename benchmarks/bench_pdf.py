"""PDF import beside poppler's ``pdftotext`` on the same file (goal: at most 1.5x).

    python benchmarks/bench_pdf.py [PDF] [--runs N] [--drawn] [--pages N]

Times Marginalia's whole parse of the file (``reader.importers.parse_bytes``: pdfium's
text, the layout into blocks, page labels and outline, the language of every block)
in this process, and ``pdftotext FILE -`` (``apt-get install poppler-utils``) as a
process, round-robin, ``N`` times each (5 by default), and prints each one's median
and best, and the ratio of the medians; beside them, pdfium's own floor (each page
and its text loaded, nothing laid out), which no importer built on it goes under.
Without a PDF it takes Debian's Developer's Reference (``apt-get install
developers-reference``, 114 pages) when installed, else (or with ``--drawn``) draws
a book of ``--pages`` pages (120 by default) with Qt. Asserts nothing.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.importers import parse_bytes  # noqa: E402
from reader.importers.pdf_import import parse as pdf_parse  # noqa: E402

DEVREF = Path("/usr/share/developers-reference/developers-reference.pdf")
GOAL = 1.5
SENTENCE = ("the keeper of the lighthouse kept a log of every ship that passed the cape "
            "and of the weather and of the birds that rested on the gallery when the wind "
            "was high nobody remembered who had started the custom of reading it aloud")


def drawn_book(path: Path, pages: int) -> None:
    """A book of ``pages`` pages: a running header, page numbers, a heading every ten
    pages, justified-looking paragraphs, a two-column page every twentieth."""
    import random

    from PySide6.QtGui import QGuiApplication

    from tests.reader.pdf_samples import LEFT, WIDTH, QtPdf

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841

    rng = random.Random(7)
    words = SENTENCE.split()
    pdf = QtPdf(title="A Drawn Book", author="Bench Mark")
    for number in range(1, pages + 1):
        if number > 1:
            pdf.new_page()
        pdf.text(LEFT, 40, "A Drawn Book", 9)
        pdf.text(290, 810, str(number), 9)
        y = 90.0
        if number % 10 == 1:
            pdf.text(LEFT, y, f"Chapter {number // 10 + 1}", 18, bold=True)
            y += 40
        columns = [(LEFT, (WIDTH - 20) / 2), (LEFT + (WIDTH + 20) / 2, (WIDTH - 20) / 2)] \
            if number % 20 == 0 else [(LEFT, WIDTH)]
        for x, width in columns:
            at = y
            while at < 760:
                text = " ".join(rng.choice(words) for _ in range(rng.randint(40, 90)))
                at = pdf.paragraph(x, at, width, text.capitalize() + ".", indent=14) + 6
    path.write_bytes(pdf.finish())


def pdfium_floor(data: bytes) -> None:
    """What no importer on pdfium can skip: each page and its text loaded, the text
    read in one call, nothing laid out."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
    finally:
        pdf.close()


def timed(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("pdf", nargs="?", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--pages", type=int, default=120, help="pages of the drawn book")
    parser.add_argument("--drawn", action="store_true",
                        help="the drawn book, even where the Developer's Reference is")
    args = parser.parse_args()
    if args.pdf is not None and not args.pdf.is_file():
        parser.error(f"{args.pdf}: no such file")
    with tempfile.TemporaryDirectory() as tmp:
        drawn = Path(tmp) / "drawn.pdf"
        path = args.pdf or (DEVREF if DEVREF.exists() and not args.drawn else drawn)
        if not path.exists():
            drawn_book(path, args.pages)
        report(path, max(1, args.runs))


def report(path: Path, runs: int) -> None:
    data = path.read_bytes()
    doc = parse_bytes(path.name, data)  # warms pdfium and the caches up, as a window has
    pages = max((b.page for b in doc.body.blocks), default=0)
    print(f"file: {path} ({len(data) / 1e6:.1f} MB, {pages} pages with text); "
          f"Marginalia: {len(doc.body.text) / 1000:.0f} K characters, "
          f"{len(doc.body.blocks)} blocks, {len(doc.body.outline)} outline entries")
    poppler = shutil.which("pdftotext")
    ours: list[float] = []
    alone: list[float] = []
    floor: list[float] = []
    theirs: list[float] = []
    for _ in range(runs):
        ours.append(timed(lambda: parse_bytes(path.name, data)))
        alone.append(timed(lambda: pdf_parse(path.name, data)))
        floor.append(timed(lambda: pdfium_floor(data)))
        if poppler:
            theirs.append(timed(lambda: subprocess.run(
                [poppler, str(path), "-"], check=True, stdout=subprocess.DEVNULL)))
    line("Marginalia parse_bytes (pdfium + layout + languages)", ours)
    line("  of which the PDF importer alone", alone)
    line("  pdfium's own floor (pages and text loaded, nothing laid out)", floor)
    if not theirs:
        print("pdftotext: not installed (apt-get install poppler-utils); no ratio")
        return
    line("pdftotext FILE - (a process, start included)", theirs)
    ratio = statistics.median(ours) / statistics.median(theirs)
    print(f"ratio of medians: {ratio:.2f}x pdftotext (goal <= {GOAL}x: "
          f"{'met' if ratio <= GOAL else 'missed'})")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of this process: {peak:.0f} MB")


def line(label: str, times: list[float]) -> None:
    print(f"{label} ({len(times)} runs): median {statistics.median(times) * 1000:.0f} ms, "
          f"best {min(times) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
