"""An EPUB's original beside its text in the real window (issue 17): View → Original
shows the book's own rendering, a selection there is a highlight in the text, the
margin and the export, and a highlight made in the text is painted there."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from reader.export import Exporter
from tests.window.test_source_original import make_book, point_at, qt_span
from tests.window.test_ui_original import library_with
from ui.window.original.source_view import SourceOriginal


def book_with_its_original(windows: Any, qtbot: Any, data_dir: Path,
                           tmp_path: Path) -> tuple[str, Any, SourceOriginal]:
    """A window on an EPUB with View → Original open, read, laid out and aligned."""
    doc_id = library_with(data_dir, "harbour.epub", make_book(tmp_path).read_bytes(),
                          tmp_path)
    window = windows.build(data_dir, seeds=False, show=True)
    window.resize(1400, 900)
    qtbot.waitExposed(window)
    window.open_document(doc_id)
    assert window.menus.original.action.isEnabled()
    window.menus.original.action.trigger()
    qtbot.waitUntil(lambda: isinstance(window.primary.original.panel.widget, SourceOriginal))
    source = window.primary.original.panel.widget
    qtbot.waitUntil(lambda: source.mapping is not None)
    return doc_id, window, source


def test_an_epubs_original_and_its_text_share_their_highlights(
        windows: Any, qtbot: Any, data_dir: Path, tmp_path: Path) -> None:
    doc_id, window, source = book_with_its_original(windows, qtbot, data_dir, tmp_path)
    assert "before the storm" in source.document().toPlainText()
    lo, hi = qt_span(source, "before the storm")
    qtbot.mousePress(source.viewport(), Qt.MouseButton.LeftButton, pos=point_at(source, lo))
    qtbot.mouseMove(source.viewport(), point_at(source, hi, right=True))
    qtbot.mouseRelease(source.viewport(), Qt.MouseButton.LeftButton,
                       pos=point_at(source, hi, right=True))
    qtbot.waitUntil(lambda: len(window.highlights) == 1, timeout=10_000)
    made = window.highlights[0]
    assert made.exact == "before the storm"
    painted = {s.cursor.selectedText() for s in source.extraSelections()}
    assert "before the storm" in painted
    text = window.current.text
    start = text.index("A keeper climbed")
    window.create_highlight(start, start + len("A keeper climbed"), "pink")
    qtbot.waitUntil(lambda: len(window.highlights) == 2, timeout=10_000)
    qtbot.waitUntil(lambda: "A keeper climbed" in {s.cursor.selectedText()
                                                   for s in source.extraSelections()})
    bar = source.verticalScrollBar()
    before = bar.value()
    window.view.scroll_to_offset(text.index("The Lighthouse"))  # the text leads…
    qtbot.waitUntil(lambda: bar.value() > before)  # …and the original follows
    out = tmp_path / "notes"
    services = window.services
    Exporter(services.library, services.annotations, services.paths).export_markdown(
        [doc_id], out)
    exported = "".join(p.read_text(encoding="utf-8") for p in out.glob("*.md"))
    assert "> before the storm" in exported and "> A keeper climbed" in exported


def test_the_original_keeps_the_column_it_borrowed_once_its_page_is_shown(
        windows: Any, qtbot: Any, data_dir: Path, tmp_path: Path) -> None:
    """The library's column lent to the original stays its width when the page arrives
    and the splitter lays out again (it fell back to ~256 px: the widths grown by
    stretch were never set)."""
    from ui.window.original.room import NARROWEST, SETTLE_MS

    _, window, source = book_with_its_original(windows, qtbot, data_dir, tmp_path)
    qtbot.wait(SETTLE_MS + 100)
    panel = window.primary.original.panel
    lent = panel.width()
    assert lent >= NARROWEST
    source.updateGeometry()  # any relayout of the splitter, as a page arriving makes
    window.primary.updateGeometry()
    qtbot.wait(50)
    assert abs(panel.width() - lent) <= 2


def test_switching_documents_shows_one_original_and_stops_the_last_ones_thread(
        windows: Any, qtbot: Any, data_dir: Path, tmp_path: Path) -> None:
    """From a PDF to an EPUB and back: the pane shows the new document's original only,
    at once (not when the event loop gets to deleting the old widget), and the old
    widget's worker is stopped before it goes."""
    from tests.window.test_ui_original import many_pages, wait_ready
    from ui.window.original.pdf_view import PdfOriginal

    library_with(data_dir, "coast.pdf", many_pages(3), tmp_path)
    library_with(data_dir, "harbour.epub", make_book(tmp_path).read_bytes(), tmp_path)
    window = windows.build(data_dir, seeds=False, show=True)
    ids = {d.source_name: d.id for d in window.services.library.list_documents()}
    pdf, book = ids["coast.pdf"], ids["harbour.epub"]
    window.resize(1400, 860)
    qtbot.waitExposed(window)
    window.open_document(pdf)
    window.menus.original.action.trigger()
    panel = window.primary.original.panel
    first = panel.widget
    assert isinstance(first, PdfOriginal)
    wait_ready(qtbot, first)
    book_doc = window.services.library.get(book)
    panel.load(book_doc, [])  # what the pane does once the document is open
    assert isinstance(panel.widget, SourceOriginal)
    assert first.isHidden() and first.renderer.isFinished()  # at once, before it goes
    qtbot.waitUntil(lambda: panel.widget.isVisible())
    shown = [w for w in panel.findChildren(QWidget)
             if isinstance(w, (PdfOriginal, SourceOriginal)) and w.isVisible()]
    assert shown == [panel.widget]
    window.open_document(book)
    qtbot.waitUntil(lambda: panel.widget.mapping is not None)
    window.open_document(pdf)
    qtbot.waitUntil(lambda: isinstance(panel.widget, PdfOriginal) and panel.widget.isVisible())
    shown = [w for w in panel.findChildren(QWidget)
             if isinstance(w, (PdfOriginal, SourceOriginal)) and w.isVisible()]
    assert shown == [panel.widget]
