"""Import and index a novel-sized EPUB (1.2 MB of text), then open it in the window.

Budgets (issue 15): imported and indexed in ≤ 2 s; opened in the window in ≤ 0.5 s.
The book is built from the bundled seeds' paragraphs (real prose in several
languages), cycled into 40 chapters with an EPUB 3 nav, unless a path is given.
Prints figures; asserts nothing. Run:
QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_epub.py [BOOK.epub] [--runs N]
"""

from __future__ import annotations

import argparse
import html
import statistics
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.paths import DataPaths  # noqa: E402
from ui.services import open_services  # noqa: E402

TARGET_CHARS = 1_200_000
CHAPTERS = 40
_OPF = """<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:identifier id="id">bench</dc:identifier>
<dc:title>A Long Novel</dc:title><dc:creator>Bench Mark</dc:creator>
<dc:language>fr</dc:language></metadata>
<manifest><item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
{items}</manifest><spine>{refs}</spine></package>"""
_CONTAINER = """<?xml version="1.0"?><container version="1.0"
 xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>
<rootfile full-path="OEBPS/book.opf" media-type="application/oebps-package+xml"/>
</rootfiles></container>"""
_PAGE = """<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml"
 xmlns:epub="http://www.idpf.org/2007/ops"><head><title>{title}</title></head>
<body>{body}</body></html>"""


def seed_paragraphs() -> list[str]:
    from reader.importers import parse_bytes

    out: list[str] = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        body = parse_bytes(path.name, path.read_bytes()).body
        out += [body.text[b.start:b.end] for b in body.blocks if b.end - b.start > 200]
    return out


def make_epub(path: Path, chars: int = TARGET_CHARS) -> int:
    """Write the benchmark's book of about ``chars`` characters (the seeds'
    paragraphs in 40 chapters); returns its characters of text."""
    paragraphs = seed_paragraphs()
    per_chapter = chars // CHAPTERS
    chapters, total, i = [], 0, 0
    for n in range(1, CHAPTERS + 1):
        parts, size = [f"<h1>Chapitre {n}</h1>"], 0
        while size < per_chapter:
            text = paragraphs[i % len(paragraphs)]
            parts.append(f"<p>{html.escape(text)}</p>")
            size, i = size + len(text), i + 1
        chapters.append("".join(parts))
        total += size
    nav = "".join(f'<li><a href="c{n}.xhtml">Chapitre {n}</a></li>'
                  for n in range(1, CHAPTERS + 1))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("mimetype", "application/epub+zip", zipfile.ZIP_STORED)
        z.writestr("META-INF/container.xml", _CONTAINER)
        items = "".join(f'<item id="c{n}" href="c{n}.xhtml" media-type="application/xhtml+xml"/>'
                        for n in range(1, CHAPTERS + 1))
        refs = "".join(f'<itemref idref="c{n}"/>' for n in range(1, CHAPTERS + 1))
        z.writestr("OEBPS/book.opf", _OPF.format(items=items, refs=refs))
        z.writestr("OEBPS/nav.xhtml", _PAGE.format(
            title="Contents", body=f'<nav epub:type="toc"><ol>{nav}</ol></nav>'))
        for n, body in enumerate(chapters, 1):
            z.writestr(f"OEBPS/c{n}.xhtml", _PAGE.format(title=f"Chapitre {n}", body=body))
    return total


def time_import(book: Path, runs: int) -> tuple[list[float], list[float], str, Path]:
    """(parse times, import+index times, document id, a data dir that holds it)."""
    from reader.importers import parse_bytes

    data = book.read_bytes()
    parse_times, import_times = [], []
    keep = Path(tempfile.mkdtemp(prefix="bench-epub-"))
    doc_id = ""
    for run in range(runs):
        t0 = time.perf_counter()
        parse_bytes(book.name, data)
        parse_times.append(time.perf_counter() - t0)
        root = keep if run == runs - 1 else Path(tempfile.mkdtemp(prefix="bench-epub-"))
        services = open_services(DataPaths(root), seeds=False)
        services.indexer  # noqa: B018 - opened before the clock: the import is timed
        t0 = time.perf_counter()
        report = services.import_paths([str(book)])
        import_times.append(time.perf_counter() - t0)
        doc_id = report.outcomes[0].document_id
        services.close()
    return parse_times, import_times, doc_id, keep


def time_open(root: Path, doc_id: str, runs: int) -> list[float]:
    from PySide6.QtWidgets import QApplication

    from ui.window.app import build_window

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = build_window(DataPaths(root), seeds=False)
    window.resize(1440, 900)
    window.show()
    app.processEvents()
    times = []
    for _ in range(runs):
        window.primary.current = None  # a real reopen each time
        t0 = time.perf_counter()
        window.open_document(doc_id)
        app.processEvents()  # painted
        times.append(time.perf_counter() - t0)
    window.close()
    window.services.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("book", nargs="?", help="an EPUB (default: a generated novel)")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        book = Path(args.book) if args.book else Path(tmp) / "novel.epub"
        if not args.book:
            make_epub(book)
        parse_times, import_times, doc_id, root = time_import(book, args.runs)
        from reader.library import Library
        from reader.store import Store

        store = Store(DataPaths(root).database)
        text = Library(store, DataPaths(root)).get(doc_id).text
        store.close()
        open_times = time_open(root, doc_id, args.runs)
        size = book.stat().st_size
    median = statistics.median
    print(f"book: {book.name}, {size / 1e6:.2f} MB file, "
          f"{len(text) / 1e6:.2f} M characters of text")
    print(f"parse only ({args.runs} runs): median {median(parse_times):.2f} s")
    print(f"import + index: median {median(import_times):.2f} s, "
          f"max {max(import_times):.2f} s (budget 2 s)")
    print(f"open in the window: median {median(open_times) * 1000:.0f} ms, "
          f"max {max(open_times) * 1000:.0f} ms (budget 500 ms)")


if __name__ == "__main__":
    main()
