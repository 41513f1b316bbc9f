"""Show an EPUB's original beside its text: how long the widget's load takes.

Budget (issue 17): a book of 1 MB of text loaded in about 0.5 s — sanitised HTML from
the zip (reader/original_source.py), Qt's rich text of it, the alignment with the
canonical text (reader/text_alignment.py) and 200 highlights painted. The book is
generated from the bundled seeds' paragraphs (as bench_epub.py does), unless a path
is given. Prints figures; asserts nothing. Run:
QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_source_original.py \
    [BOOK.epub] [--chars N] [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_epub import make_epub  # noqa: E402
from reader.importers import parse_bytes  # noqa: E402
from reader.model import Document, Highlight  # noqa: E402

HIGHLIGHTS = 200


def highlights(doc: Document) -> list[Highlight]:
    step = max(1, len(doc.text) // HIGHLIGHTS)
    return [Highlight(f"h{n}", doc.id, n * step, n * step + 40, "", "", "",
                      ("yellow", "green", "blue")[n % 3])
            for n in range(HIGHLIGHTS) if n * step + 40 < len(doc.text)]


def phases(book: Path, doc: Document) -> dict[str, float]:
    """The load's parts, each timed on its own."""
    from PySide6.QtGui import QTextDocument

    from reader.original_source import read_original
    from reader.text_alignment import Alignment

    out = {}
    t0 = time.perf_counter()
    shown = read_original(book)
    out["sanitised HTML"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    qdoc = QTextDocument()
    qdoc.setHtml(shown.html)
    plain = qdoc.toPlainText()
    out["Qt rich text"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    Alignment(doc.text, plain)
    out["alignment"] = time.perf_counter() - t0
    shown.close()
    return out


def load_and_wait(view: object, doc: Document, book: Path,
                  marks: list[Highlight]) -> tuple[float, float]:
    """Seconds until the original is shown and aligned, and the longest gap between
    two ticks of a 5 ms timer meanwhile (how long the window could not answer)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop, ticks = QEventLoop(), [time.perf_counter()]
    timer = QTimer(interval=5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    view.loaded.connect(loop.quit)  # type: ignore[attr-defined]
    view.problem.connect(loop.quit)  # type: ignore[attr-defined]
    timer.start()
    t0 = time.perf_counter()
    view.load(doc, book, marks)  # type: ignore[attr-defined]
    ticks.append(time.perf_counter())
    loop.exec()
    ready = time.perf_counter() - t0
    timer.stop()
    ticks.append(time.perf_counter())
    view.loaded.disconnect(loop.quit)  # type: ignore[attr-defined]
    view.problem.disconnect(loop.quit)  # type: ignore[attr-defined]
    return ready, max(b - a for a, b in zip(ticks, ticks[1:], strict=False))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("book", nargs="?", help="an EPUB (default: a generated book)")
    parser.add_argument("--chars", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    from ui.window.original.source_view import SourceOriginal
    from ui.window.theme import LIGHT

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        book = Path(args.book) if args.book else Path(tmp) / "book.epub"
        if not args.book:
            make_epub(book, args.chars)
        parsed = parse_bytes(book.name, book.read_bytes())
        doc = Document("bench", 1, parsed.title, (), (), book.name, "utf-8", "", "",
                       parsed.body)
        marks = highlights(doc)
        view = SourceOriginal(LIGHT)
        view.resize(700, 900)
        view.show()
        app.processEvents()
        loads, stalls, parts = [], [], []
        for _ in range(args.runs):
            ready, stall = load_and_wait(view, doc, book, marks)
            loads.append(ready)
            stalls.append(stall)
            parts.append(phases(book, doc))
        matched = view.mapping.matched / max(1, len(view.mapping.canonical.key)) \
            if view.mapping else 0.0
        view.close()
        size = book.stat().st_size
    median = statistics.median
    print(f"book: {book.name}, {size / 1e6:.2f} MB file, {len(doc.text) / 1e6:.2f} M "
          f"characters of text, {len(marks)} highlights")
    print(f"load in the widget until shown and aligned ({args.runs} runs): median "
          f"{median(loads) * 1000:.0f} ms, max {max(loads) * 1000:.0f} ms (budget ~500 ms)")
    print(f"  the GUI thread's longest pause meanwhile: median {median(stalls) * 1000:.0f} ms,"
          f" max {max(stalls) * 1000:.0f} ms (reading and alignment run on a worker)")
    for name in parts[0]:
        print(f"  {name}: median {median(p[name] for p in parts) * 1000:.0f} ms")
    print(f"canonical letters and digits placed exactly: {matched:.1%}")


if __name__ == "__main__":
    main()
