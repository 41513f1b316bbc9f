"""Reading progress: the line above the text, the status bar, the library's row and
File → Open recent, through a restart of the real window (issue 17)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt

from reader.model import DocumentSummary
from reader.paths import DataPaths
from reader.text import Block, DocumentText
from tests.conftest import seed_id
from tests.reader import pdf_samples
from ui.services import open_services
from ui.window.library.model import COLUMNS, ID_ROLE, LibraryModel
from ui.window.main_window import MainWindow
from ui.window.reading.progress import LINE_HEIGHT, page_count, percent_words, progress_words

if TYPE_CHECKING:
    from tests.window.conftest import Windows

SIZE = (1400, 900)
EARLIER = "2020-05-01T08:00:00+00:00"
READ = COLUMNS.index("Read")


def read_long_ago(data_dir: Path) -> tuple[str, str]:
    """(the document to read now, one read long ago): the library set up beforehand."""
    services = open_services(DataPaths(data_dir))
    try:
        now, before = seed_id(services, "002"), seed_id(services, "000")
        services.library.set_reading_position(before, 40)
        with services.store.transaction() as conn:
            conn.execute("UPDATE documents SET last_read_at=? WHERE id=?", (EARLIER, before))
    finally:
        services.close()
    return now, before


def shown(windows: Windows, qtbot, open_ref: str | None = None) -> MainWindow:  # type: ignore[no-untyped-def]
    window = windows.build(open_ref=open_ref)
    window.resize(*SIZE)
    window.show()
    qtbot.waitExposed(window)
    return window


def percent_of(text: str) -> int:
    assert text.endswith("%"), text
    return int(text[:-1])


def test_progress_after_a_restart_in_the_row_the_status_and_open_recent(
        windows: Windows, data_dir: Path, qtbot) -> None:
    doc_id, before = read_long_ago(data_dir)
    window = shown(windows, qtbot, doc_id)
    length = len(window.current.text)
    line = window.primary.progress
    assert line.isVisible() and line.height() == LINE_HEIGHT
    view_top = window.view.mapTo(window, QPoint(0, 0)).y()
    assert line.mapTo(window, QPoint(0, 0)).y() + LINE_HEIGHT <= view_top  # above the text
    window.view.scroll_to_offset(length // 2)
    qtbot.waitUntil(lambda: line.fraction > 0.3)
    position = window.view.offset_at_top()
    assert window.progress_status.text() == percent_words(position / length)
    assert line.fraction == position / length
    windows.close(window)

    again = shown(windows, qtbot)  # the last document read opens where it was left
    assert again.current is not None and again.current.id == doc_id
    row = again.library_model.rows[again.library_model.row_of(doc_id)]
    assert row.progress == position / length
    cell = again.library_model.index(again.library_model.row_of(doc_id), READ).data()
    assert cell == percent_words(position / length) and 30 <= percent_of(cell) <= 70
    # once laid out at the saved position, the status says what the row says
    qtbot.waitUntil(lambda: abs(percent_of(again.progress_status.text())
                                - percent_of(cell)) <= 1)
    recent = again.menus.recent
    recent.menu.aboutToShow.emit()  # as the reader opens File → Open recent
    titles = [again.services.library.summary(d).title for d in (doc_id, before)]
    assert recent.ids == [doc_id, before] and len(recent.titles()) == 2
    assert all(full.startswith(title.removesuffix("…"))
               for title, full in zip(recent.titles(), titles, strict=True))
    recent.menu.actions()[1].trigger()
    qtbot.waitUntil(lambda: again.current is not None and again.current.id == before)
    recent.menu.aboutToShow.emit()
    assert recent.ids[0] == before  # the one being read comes first
    reading = again.current
    recent.menu.actions()[0].trigger()  # already open: left as it is, not reloaded
    assert again.current is reading


def test_the_end_of_the_scroll_is_the_whole_document(windows: Windows, qtbot) -> None:
    window = windows.open("002")
    bar = window.view.verticalScrollBar()
    assert bar.maximum() > 0
    window.view.scroll_to_y(bar.maximum())
    qtbot.waitUntil(lambda: window.progress_status.text() == "100%")
    assert window.primary.progress.fraction == 1.0
    window.view.scroll_to_y(0)
    qtbot.waitUntil(lambda: window.progress_status.text() == "0%")


def test_the_status_follows_the_pane_beside(windows: Windows, qtbot) -> None:
    window = windows.open("002")
    other = next(r.id for r in window.library_model.rows if r.id != window.current.id)
    bar = window.view.verticalScrollBar()
    window.view.scroll_to_y(bar.maximum())
    qtbot.waitUntil(lambda: window.progress_status.text() == "100%")
    beside = window.side_by_side.open_beside(other)
    qtbot.waitUntil(lambda: window.progress_status.text() == beside.progress.words)
    assert beside.progress.words != "100%"
    window.side_by_side.close_beside()
    window.primary.view.setFocus()
    qtbot.waitUntil(lambda: window.progress_status.text() == "100%")


def test_a_paged_text_says_its_page_and_how_many() -> None:
    text = "one\ntwo\nthree"
    blocks = (Block(0, 3, page=1), Block(4, 7, page=2), Block(8, 13, page=3))
    labelled = DocumentText(text, blocks, pages=("i", "ii", "1"))
    assert progress_words(labelled, 5, 0.4) == "p. ii of 3"
    numbered = DocumentText(text, blocks)
    assert progress_words(numbered, 9, 0.7) == "p. 3 of 3"
    assert progress_words(DocumentText(text, (Block(0, 13),)), 9, 0.7) == "70%"


def test_a_pdf_says_its_page_of_its_pages(windows: Windows, qtbot, tmp_path: Path) -> None:
    window = windows.build(tmp_path / "data", seeds=False, show=True)
    pdf = tmp_path / "book.pdf"
    pdf.write_bytes(pdf_samples.book())
    window.imports.import_files([str(pdf)])
    qtbot.waitUntil(lambda: window.current is not None, timeout=20_000)
    body = window.current.body
    pages = page_count(body)
    assert pages == 5
    qtbot.waitUntil(lambda: window.progress_status.text() == f"p. 1 of {pages}")
    window.view.scroll_to_offset(next(b for b in body.blocks if b.page == 3).start)

    def page_at_top() -> str:
        return body.page_label(body.blocks[body.block_at(window.view.offset_at_top())].page)

    qtbot.waitUntil(lambda: window.progress_status.text() == f"p. {page_at_top()} of {pages}")
    assert page_at_top() != body.page_label(1)


def test_the_read_column_says_and_sorts_by_how_far(qtbot) -> None:
    base = DocumentSummary("a", "Alpha", (), (), "a.txt", "2026-01-01T00:00:00+00:00", None,
                           "utf-8", 1000)
    rows = [base, replace(base, id="b", title="Beta", progress=0.4271),
            replace(base, id="c", title="Gamma", progress=1.0)]
    model = LibraryModel()
    model.update(rows)
    shown = {model.index(i, 0).data(ID_ROLE): model.index(i, READ).data() for i in range(3)}
    assert shown == {"a": "", "b": percent_words(0.4271), "c": "100%"}
    assert shown["b"] == "42%"  # rounded down: only the very end says 100%
    model.sort(READ, Qt.SortOrder.DescendingOrder)
    assert [model.index(i, 0).data(ID_ROLE) for i in range(3)] == ["c", "b", "a"]
