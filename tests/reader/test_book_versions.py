"""Highlights in a book follow it to a new version of the same file (EPUB and PDF)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.reader.test_epub_import import chapter, epub, opf


def _book(first: str, second: str) -> bytes:
    return epub({"OEBPS/content.opf": opf([("a", "a.xhtml"), ("b", "b.xhtml")],
                                          '<itemref idref="a"/><itemref idref="b"/>'),
                 "OEBPS/a.xhtml": chapter(f"<h1>One</h1><p>{first}</p>"),
                 "OEBPS/b.xhtml": chapter(f"<h1>Two</h1><p>{second}</p>")})


def _reimported(services: Any, path: Path, data: bytes) -> str:
    path.write_bytes(data)
    report = services.import_paths([str(path)])
    assert not report.refused, report.refused
    return report.outcomes[0].status


def test_an_epubs_highlight_moves_with_a_revised_edition(empty_services: Any,
                                                         tmp_path: Path) -> None:
    path = tmp_path / "novel.epub"
    assert _reimported(empty_services, path, _book("Call me Ishmael.",
                                                   "The whale surfaced at dawn.")) == "added"
    doc = empty_services.library.list_documents()[0].id
    hl, _ = empty_services.annotations.create_from_quote(doc, "whale surfaced", note="!")
    revised = _book("Call me Ishmael. A new preface sentence, added in this edition.",
                    "The whale surfaced at dawn.")
    assert _reimported(empty_services, path, revised) == "new_version"
    moved = empty_services.annotations.get(hl.id)
    text = empty_services.library.get(doc).text
    assert moved.status in ("exact", "moved") and moved.note == "!"
    assert text[moved.start:moved.end] == "whale surfaced" and moved.start > hl.start


def _paper(*pages: list[str]) -> bytes:
    from tests.reader.pdf_samples import RawPdf, raw_text_page

    return RawPdf([raw_text_page(f"Part {n}", lines) for n, lines in enumerate(pages, 1)],
                  info={"Title": "A Paper"}).build()


def test_a_pdfs_highlight_follows_a_new_version_and_says_its_new_page(
        empty_services: Any, tmp_path: Path) -> None:
    path = tmp_path / "paper.pdf"
    first = ["Results are preliminary.", "The method converges quickly."]
    assert _reimported(empty_services, path, _paper(["An opening line."], first)) == "added"
    doc = empty_services.library.list_documents()[0].id
    hl, _ = empty_services.annotations.create_from_quote(doc, "converges quickly")
    locate = empty_services.locations.at
    assert locate(doc, hl.start).page == "2"
    revised = _paper(["An opening line."], ["A new page of related work."], first)
    assert _reimported(empty_services, path, revised) == "new_version"
    moved = empty_services.annotations.get(hl.id)
    assert moved.status in ("exact", "moved")
    assert empty_services.library.get(doc).text[moved.start:moved.end] == "converges quickly"
    assert locate(doc, moved.start).page == "3"  # read off the new version, never stored
