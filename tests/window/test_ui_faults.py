"""The window under faults (issue 9): a refused save keeps the edit, says so, retries;
closing with an unsaved edit keeps it in a recovery file that the next start saves;
a damaged index rebuilds while the window stays usable."""

from __future__ import annotations

import errno
import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt, QTimer

from index.indexer import Indexer
from reader.annotations import Annotations
from reader.errors import StoreError
from reader.paths import DataPaths
from tests.conftest import FullDisk
from tests.index.test_index_maintenance import (
    _delete_folder,
    _delete_toc,
    _garbage_toc,
    _truncate_segment,
)
from tests.window.test_ui_window import select_in_view
from ui.window.main_window import MainWindow
from ui.window.unsaved import recovery_path

if TYPE_CHECKING:
    from tests.window.conftest import Windows


@contextmanager
def disk_full(window: MainWindow) -> Iterator[None]:
    """Every commit of the window's write worker fails until the block ends."""
    window.worker.wait()
    store = window.worker.services_on_thread().store
    real = store.conn
    store.conn = FullDisk(real)  # type: ignore[assignment]
    try:
        yield
    finally:
        window.worker.wait()
        store.conn = real


def new_highlight(qtbot, window: MainWindow, words: str = "son blog Archinfo") -> str:
    select_in_view(window, words)
    qtbot.keyClicks(window.view, "3")
    qtbot.waitUntil(lambda: any(h.exact == words for h in window.highlights))
    return next(h.id for h in window.highlights if h.exact == words)


def stored(window: MainWindow, hid: str):
    return window.services.annotations.get(hid)


def test_refused_note_stays_in_the_editor_and_retry_saves_it(window: MainWindow,
                                                             qtbot) -> None:
    hid = new_highlight(qtbot, window)
    pane = window.primary
    with disk_full(window):
        qtbot.keyClicks(window.editor.note, "une idee a garder")
        window.editor.flush()
        qtbot.waitUntil(lambda: ("note", hid) in pane.unsaved)
        assert "disk is full" in window.status_label.text()
        assert window.error_box is not None and window.error_box.isVisible()
        assert not window.error_box.isModal()
        assert window.editor.note.toPlainText() == "une idee a garder"
        assert window.editor.unsaved_label.isVisible()
        assert pane.unsaved_bar.isVisible() and "note" in pane.unsaved_bar.label.text()
        assert stored(window, hid).note == ""
        window.select_highlight(hid)  # shown again from the store: the kept text wins
        assert window.editor.note.toPlainText() == "une idee a garder"
        qtbot.mouseClick(pane.unsaved_bar.retry_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.worker.pending == 0)
        assert ("note", hid) in pane.unsaved  # still full: still kept
    qtbot.mouseClick(pane.unsaved_bar.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not pane.unsaved)
    assert stored(window, hid).note == "une idee a garder"
    assert not pane.unsaved_bar.isVisible() and not window.editor.unsaved_label.isVisible()
    assert window.editor.note.toPlainText() == "une idee a garder"


def test_refused_colour_tags_and_document_note_are_saved_by_the_next_edit(
        window: MainWindow, qtbot) -> None:
    hid = new_highlight(qtbot, window)
    doc_id = window.current.id
    pane = window.primary
    with disk_full(window):
        qtbot.mouseClick(window.editor.color_buttons["green"], Qt.MouseButton.LeftButton)
        window.editor.tags.setFocus()
        qtbot.keyClicks(window.editor.tags, "lecture, objection")
        qtbot.keyClick(window.editor.tags, Qt.Key.Key_Return)
        window.margin.doc_note.setPlainText("Sur tout le texte")
        window.margin.flush()
        qtbot.waitUntil(lambda: len(pane.unsaved) == 3)
        assert {k for k, _ in pane.unsaved} == {"color", "tags", "doc_note"}
        window.select_highlight(hid)  # shown again: from the kept edits, not the store
        assert window.margin.doc_note.toPlainText() == "Sur tout le texte"
        assert window.editor.color_buttons["green"].isChecked()
    assert (stored(window, hid).color, stored(window, hid).tags) == ("blue", ())
    qtbot.keyClicks(window.editor.note, "ensuite")  # the next edit carries the kept ones
    window.editor.flush()
    qtbot.waitUntil(lambda: not pane.unsaved)
    h = stored(window, hid)
    assert (h.color, h.tags, h.note) == ("green", ("lecture", "objection"), "ensuite")
    assert window.services.annotations.document_note(doc_id) == "Sur tout le texte"


def test_unsaved_edit_survives_closing_in_a_recovery_file(
        window: MainWindow, windows: Windows, qtbot, data_dir: Path) -> None:
    hid = new_highlight(qtbot, window)
    with disk_full(window):
        qtbot.keyClicks(window.editor.note, "ecrit sur un disque plein")
        window.editor.flush()
        qtbot.waitUntil(lambda: bool(window.primary.unsaved))
        qtbot.keyClicks(window.editor.note, ", et encore")  # still typing when closing
        windows.close(window)
    path = recovery_path(DataPaths(data_dir))
    saved = json.loads(path.read_text("utf-8"))["edits"]
    assert saved == [{"kind": "note", "target": hid,
                      "value": "ecrit sur un disque plein, et encore"}]

    again = windows.open()
    qtbot.waitUntil(lambda: not path.exists())
    assert stored(again, hid).note == "ecrit sur un disque plein, et encore"
    assert not again.primary.unsaved


def test_closing_asks_when_not_even_a_recovery_file_can_be_written(
        window: MainWindow, qtbot, data_dir: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import ui.window.recovery

    hid = new_highlight(qtbot, window)

    def no_room(*_: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    def refuse(self: object, hid: str, note: str) -> None:
        raise StoreError("library.sqlite3: the disk is full; nothing was saved")

    monkeypatch.setattr(ui.window.recovery, "save_recovery", no_room)
    monkeypatch.setattr(Annotations, "set_note", refuse)  # still refused after reopening
    asked: list[int] = []
    answers = iter([False, True])
    monkeypatch.setattr(window.recovery, "confirm_discard",
                        lambda edits, problem: asked.append(len(edits)) or next(answers))
    qtbot.keyClicks(window.editor.note, "perdu")
    window.editor.flush()
    qtbot.waitUntil(lambda: bool(window.primary.unsaved))
    assert not window.close()  # "No": the window stays, the edit too
    assert window.isVisible() and asked == [1]
    assert window.editor.note.toPlainText() == "perdu"
    assert window.primary.unsaved_bar.isVisible()
    assert window.close()  # "Yes": the reader chose to lose it
    assert asked == [1, 1]
    window.services.close()
    assert stored_note(data_dir, hid) == ""


def stored_note(data_dir: Path, hid: str) -> str:
    conn = sqlite3.connect(data_dir / "library.sqlite3")
    try:
        return str(conn.execute("SELECT note FROM highlights WHERE id = ?", (hid,)).fetchone()[0])
    finally:
        conn.close()


@pytest.mark.document("002")
def test_window_start_opens_at_the_saved_reading_position(
        window: MainWindow, windows: Windows, qtbot) -> None:
    text = window.current.text
    window.view.scroll_to_offset(len(text) // 2)
    qtbot.wait(20)
    position = window.view.offset_at_top()
    assert position > len(text) // 3
    windows.close(window)

    again = windows.build()  # opens the document before it is shown
    assert again.current is not None and again.current.reading_position == position
    again.show()
    qtbot.waitExposed(again)
    qtbot.wait(50)
    line = again.view.fontMetrics().height() * 3
    assert 0 <= again.view.y_of_offset(position) <= line


@pytest.mark.parametrize("damage", [_delete_toc, _truncate_segment, _garbage_toc,
                                    _delete_folder])
def test_index_damaged_while_running_rebuilds_and_the_window_stays_usable(
        windows: Windows, qtbot, data_dir: Path, monkeypatch: pytest.MonkeyPatch,
        damage) -> None:
    armed, entered, gate = threading.Event(), threading.Event(), threading.Event()
    real = Indexer.rebuild

    def held(self: Indexer, *args: object, **kwargs: object) -> object:
        if armed.is_set():  # the rebuild waits until the test saw the window meanwhile
            entered.set()
            gate.wait(30)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Indexer, "rebuild", held)
    window = windows.open()
    bolivia = next(r.id for r in window.library_model.rows if r.source_name.startswith("002"))
    assert search_docs(qtbot, window, "lithium") == [bolivia]
    paths = DataPaths(data_dir)
    old = paths.index / (paths.index / "CURRENT").read_text().strip()
    damage(old)
    armed.set()
    with qtbot.waitSignal(window.search_worker.results, timeout=30000) as blocker:
        window.search_worker.request("lithium")
        qtbot.waitUntil(lambda: window.status_label.text() == "Rebuilding the search index…")
        assert entered.is_set() and window.long_work.progress.isVisible()
        ticks: list[int] = []
        timer = QTimer(window, interval=5, timeout=lambda: ticks.append(1))
        timer.start()
        qtbot.waitUntil(lambda: len(ticks) >= 3)  # the event loop turns during the rebuild
        window.filter.setText("bolivia")  # and the window answers the reader
        assert window.proxy.rowCount() == 1
        window.filter.clear()
        gate.set()
    timer.stop()
    assert [h.doc_id for h in blocker.args[1].hits] == [bolivia]
    qtbot.waitUntil(lambda: window.status_label.text() == "The search index was rebuilt.")
    assert not window.long_work.progress.isVisible()
    current = paths.index / (paths.index / "CURRENT").read_text().strip()
    assert current != old and current.is_dir()
    assert search_docs(qtbot, window, "lithium") == [bolivia]


def search_docs(qtbot, window: MainWindow, query: str) -> list[str]:
    with qtbot.waitSignal(window.search_worker.results, timeout=30000) as blocker:
        window.search_worker.request(query)
    return [h.doc_id for h in blocker.args[1].hits]


def test_window_and_application_carry_the_app_icon(window: MainWindow) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert app.desktopFileName() == "marginalia"
    for icon in (window.windowIcon(), app.windowIcon()):
        assert not icon.isNull()
        assert not icon.pixmap(48, 48).toImage().isNull()


def test_closing_the_second_pane_mid_save_keeps_its_refused_note(
        window: MainWindow, qtbot) -> None:
    other = next(r.id for r in window.library_model.rows if r.source_name.startswith("002"))
    right = window.side_by_side.open_beside(other)
    right.create_highlight(100, 140, "yellow")
    qtbot.waitUntil(lambda: len(right.highlights) == 1)
    hid = right.highlights[0].id
    with disk_full(window):
        qtbot.keyClicks(right.editor.note, "pas encore sauve")
        # closing flushes the note: its refusal comes back after the close
        window.side_by_side.close_beside()
        qtbot.waitUntil(lambda: ("note", hid) in window.primary.unsaved)
    assert window.primary.unsaved["note", hid].value == "pas encore sauve"
    window.primary.retry_unsaved()
    qtbot.waitUntil(lambda: not window.primary.unsaved)
    assert stored(window, hid).note == "pas encore sauve"
