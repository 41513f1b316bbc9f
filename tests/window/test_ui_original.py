"""The original view (issue 17): a PDF's pages beside its text in the real window, the
same highlights on both sides, the two scrolling together, the cache bounded, and an
original that cannot be shown said in words."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from reader.export import Exporter
from reader.paths import DataPaths
from tests.reader import pdf_samples
from tests.reader.pdf_samples import LEFT, WIDTH, QtPdf, RawPdf, raw_text_page
from ui.services import open_services
from ui.window.original.pdf_view import PdfOriginal

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from tests.window.conftest import Windows
    from ui.window.main_window import MainWindow

WORDS = ("amber", "basalt", "cedar", "dune", "ember", "fjord", "granite", "heather",
         "iris", "juniper", "kelp", "lichen")


def many_pages(pages: int) -> bytes:
    """``pages`` pages of prose, each paragraph naming its page ("Page 7 speaks of
    ember …"), a running head on every page."""
    pdf = QtPdf(title="Coastal Notes")
    for number in range(1, pages + 1):
        if number > 1:
            pdf.new_page()
        pdf.text(LEFT, 40, "Coastal Notes", 9, pdf_samples.SANS)
        y = 100.0
        for k in range(6):
            word = WORDS[(number + k) % len(WORDS)]
            y = pdf.paragraph(LEFT, y, WIDTH, f"Page {number} speaks of {word} in part {k}. "
                              f"{pdf_samples.FILLER}") + 14
    return pdf.finish()


def library_with(data_dir: Path, name: str, data: bytes, tmp_path: Path) -> str:
    """A library holding the file ``name``; its document id."""
    source = tmp_path / name
    source.write_bytes(data)
    services = open_services(DataPaths(data_dir), seeds=False)
    try:
        services.import_paths([str(source)])
        return services.library.list_documents()[0].id
    finally:
        services.close()


def open_original(windows: Windows, qtbot: QtBot, data_dir: Path, doc_id: str) -> MainWindow:
    window = windows.build(data_dir, seeds=False)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    window.open_document(doc_id)
    window.menus.original.action.trigger()
    return window


def original_of(window: MainWindow) -> PdfOriginal:
    widget = window.primary.original.panel.widget
    assert isinstance(widget, PdfOriginal)
    return widget


def wait_ready(qtbot: QtBot, view: PdfOriginal) -> None:
    """The first page painted and the page map built (highlights can be drawn)."""
    qtbot.waitUntil(lambda: view.page_map is not None and bool(view.visible_pages())
                    and view.cache.get(view.visible_pages()[0],
                                       round(view.zoom * view.devicePixelRatioF(), 4))
                    is not None, timeout=10_000)
    qtbot.waitUntil(lambda: view.cache.chars(view.visible_pages()[0]) is not None)


@pytest.fixture
def pdf_doc(data_dir: Path, tmp_path: Path, qapp: QApplication) -> str:
    return library_with(data_dir, "coast.pdf", many_pages(6), tmp_path)


def test_a_drag_on_the_page_makes_a_highlight_in_the_text_margin_and_export(
        windows: Windows, qtbot: QtBot, data_dir: Path, pdf_doc: str, tmp_path: Path) -> None:
    window = open_original(windows, qtbot, data_dir, pdf_doc)
    view = original_of(window)
    assert window.primary.header.original_button.isChecked()
    wait_ready(qtbot, view)
    text = window.current.text
    start = text.index("speaks of")
    (span,) = view.page_map.spans(start, start + len("speaks of"))
    chars = view.cache.chars(span.page)
    first, last = view._box_rect(span.page, chars.box(span.start)), \
        view._box_rect(span.page, chars.box(span.end - 1))
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=first.center().toPoint())
    qtbot.mouseMove(view.viewport(), pos=(first.center() + QPointF(8, 0)).toPoint())
    qtbot.mouseMove(view.viewport(), pos=last.center().toPoint())
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=last.center().toPoint())
    qtbot.waitUntil(lambda: len(window.highlights) == 1)
    made = window.highlights[0]
    assert made.exact == "speaks of"
    assert any(h.id == made.id for h in window.view.highlights)  # painted in the text
    assert made.id in {h.id for h in window.margin.cards.highlights}  # and in the margin
    qtbot.waitUntil(lambda: made.id in view.painted)  # and on the page
    out = tmp_path / "notes"
    services = window.services
    Exporter(services.library, services.annotations, services.paths).export_markdown(
        [pdf_doc], out)
    exported = "".join(p.read_text() for p in out.glob("*.md"))
    assert "> speaks of" in exported


def test_a_highlight_made_in_the_text_is_painted_on_its_page_and_a_click_selects_it(
        windows: Windows, qtbot: QtBot, data_dir: Path, pdf_doc: str) -> None:
    window = open_original(windows, qtbot, data_dir, pdf_doc)
    view = original_of(window)
    wait_ready(qtbot, view)
    text = window.current.text
    start = text.index("basalt")
    window.create_highlight(start, start + len("basalt"), "green")
    qtbot.waitUntil(lambda: len(window.highlights) == 1)
    hid = window.highlights[0].id
    window.editor.set_highlight(None)
    qtbot.waitUntil(lambda: hid in view.painted)
    rect = view.painted[hid][0]
    page, _ = view.page_map.locate(start)
    assert view.page_rect(page).contains(rect)
    assert rect.width() > 10 and rect.height() > 4
    view.verticalScrollBar().setValue(view.verticalScrollBar().value() + 30)
    qtbot.waitUntil(lambda: view.painted.get(hid, [rect])[0] != rect)
    assert view.painted[hid][0] == rect.translated(0, -30)  # the mark moves with its page
    rect = view.painted[hid][0]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    qtbot.waitUntil(lambda: window.editor.highlight is not None
                    and window.editor.highlight.id == hid)
    assert window.view.selected_id == hid and view.selected_id == hid
    assert window.margin.cards.selected_id == hid


def test_scrolling_the_text_brings_its_page_and_the_pages_bring_the_text(
        windows: Windows, qtbot: QtBot, data_dir: Path, pdf_doc: str) -> None:
    window = open_original(windows, qtbot, data_dir, pdf_doc)
    view = original_of(window)
    wait_ready(qtbot, view)
    text = window.current.text
    target = text.index("Page 3 speaks")
    window.view.scroll_to_offset(target)
    before = window.view.offset_at_top()
    qtbot.waitUntil(lambda: view._page_at(view.verticalScrollBar().value() + 20) == 2)
    qtbot.waitUntil(lambda: view._animation.state() != view._animation.State.Running)
    assert abs(view.verticalScrollBar().value() - view.tops[2]) < view.page_rect(2).height() / 3
    assert window.view.offset_at_top() == before  # the text did not move back
    view.verticalScrollBar().setSliderPosition(int(view.tops[1]) + 2)  # the reader drags
    qtbot.waitUntil(lambda: "Page 2 speaks" in text[window.view.offset_at_top():][:100])
    assert view._page_at(view.verticalScrollBar().value() + 20) == 1  # the pages stayed


def test_the_cache_stays_within_its_bound_on_many_pages(
        windows: Windows, qtbot: QtBot, data_dir: Path, tmp_path: Path) -> None:
    doc_id = library_with(data_dir, "long.pdf", many_pages(30), tmp_path)
    window = open_original(windows, qtbot, data_dir, doc_id)
    view = original_of(window)
    wait_ready(qtbot, view)
    page_bytes = view.cache.bytes  # a page or two
    view.cache.limit = max(1, page_bytes) * 3
    bar = view.verticalScrollBar()
    for page in range(0, 30, 3):
        bar.setValue(int(view.tops[page]))
        qtbot.waitUntil(lambda p=page: view.cache.get(
            p, round(view.zoom * view.devicePixelRatioF(), 4)) is not None, timeout=10_000)
    assert view.cache.bytes <= view.cache.limit
    assert view.cache.peak <= view.cache.limit + page_bytes  # one page over, for a moment


def test_an_original_that_cannot_be_shown_is_said_in_words(
        windows: Windows, qtbot: QtBot, data_dir: Path, pdf_doc: str) -> None:
    kept = next(DataPaths(data_dir).originals.glob("*.pdf"))
    kept.write_bytes(b"%PDF-1.4 nothing here")
    window = open_original(windows, qtbot, data_dir, pdf_doc)
    panel = window.primary.original.panel
    qtbot.waitUntil(lambda: panel.message.isVisible())
    assert "cannot be shown" in panel.message.text() and "damaged" in panel.message.text()
    kept.unlink()
    window.primary.original.set_open(False)
    window.primary.original.set_open(True)  # tried again: now the file is gone
    qtbot.waitUntil(lambda: "missing" in panel.message.text())
    assert window.view.document_ is not None  # the text is still there


def test_an_encrypted_original_asks_for_its_password(
        windows: Windows, qtbot: QtBot, data_dir: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    data = RawPdf([raw_text_page("Secret", ["Words of the secret page."])],
                  user_password="pw").build()
    source = tmp_path / "secret.pdf"
    source.write_bytes(data)
    services = open_services(DataPaths(data_dir), seeds=False)
    services.import_paths([str(source)], password="pw")
    doc_id = services.library.list_documents()[0].id
    services.close()
    window = open_original(windows, qtbot, data_dir, doc_id)
    panel = window.primary.original.panel
    qtbot.waitUntil(lambda: panel.unlock_button.isVisible())
    assert "needs its password" in panel.message.text()
    assert "secret.pdf: wrong password" not in panel.message.text()
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a: ("pw", True)))
    panel.unlock_button.click()
    wait_ready(qtbot, original_of(window))
    assert not panel.message.isVisible()


def test_the_action_is_off_for_a_text_and_the_choice_is_remembered(
        windows: Windows, qtbot: QtBot, data_dir: Path, pdf_doc: str) -> None:
    window = open_original(windows, qtbot, data_dir, pdf_doc)
    qtbot.waitUntil(lambda: window.worker.pending == 0)
    windows.close(window)
    again = windows.build(data_dir, seeds=False, show=True)
    again.open_document(pdf_doc)
    assert again.primary.original.is_open
    qtbot.mouseClick(again.primary.header.original_button, Qt.MouseButton.LeftButton,
                     pos=QPoint(5, 5))
    assert not again.primary.original.is_open
    # the column it had borrowed was kept at its own width, and comes back on closing
    qtbot.waitUntil(lambda: again.splitter.sizes()[0] > 200)


def test_the_toolbar_fits_the_page_and_zooms_keeping_the_page_in_sight(
        windows: Windows, qtbot: QtBot, data_dir: Path, pdf_doc: str) -> None:
    window = open_original(windows, qtbot, data_dir, pdf_doc)
    view = original_of(window)
    wait_ready(qtbot, view)
    fit_width, fit_page, zoom_out, zoom_in = window.primary.original.panel.zoom_buttons
    width = view.page_rect(0).width()
    assert width == pytest.approx(view.viewport().width() - 24, abs=2)  # fit width at first
    view.verticalScrollBar().setValue(int(view.tops[2]))
    fit_page.click()
    assert view.page_rect(2).height() <= view.viewport().height()
    assert view._page_at(view.verticalScrollBar().value() + 20) == 2  # still on page 3
    before = view.zoom
    zoom_in.click()
    assert view.zoom == pytest.approx(before * 1.2)
    qtbot.waitUntil(lambda: view.cache.get(2, round(view.zoom * view.devicePixelRatioF(), 4))
                    is not None)  # rendered again, sharp at the new zoom
    fit_width.click()
    assert view.page_rect(0).width() == pytest.approx(width, abs=2)
    centre = QPointF(view.viewport().rect().center())
    wheel = QWheelEvent(centre, view.viewport().mapToGlobal(centre), QPoint(0, 0),
                        QPoint(0, -120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), wheel)  # Ctrl+wheel down: smaller
    assert view.page_rect(0).width() == pytest.approx(width / 1.2, abs=2)


def test_closing_the_window_stops_the_page_renderer(windows: Windows, qtbot: QtBot,
                                                   data_dir: Path, pdf_doc: str) -> None:
    window = open_original(windows, qtbot, data_dir, pdf_doc)
    view = original_of(window)
    wait_ready(qtbot, view)
    assert view.renderer.isRunning()
    windows.close(window)
    assert view.renderer.isFinished()  # not left for the interpreter's exit to meet
