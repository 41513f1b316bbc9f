"""Links in the text (issue 17): a click follows an internal link, Alt+Left comes back,
a link out of the document asks first and opens nothing when cancelled."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QTextCursor
from PySide6.QtWidgets import QMessageBox

from reader.text import Mark
from tests.window.test_ui_outline import import_file, open_book, write_book
from ui.window.outline import links as links_module

if TYPE_CHECKING:
    from tests.window.conftest import Windows
    from ui.window.main_window import MainWindow
    from ui.window.reading.view import ReadingView


def link(window: MainWindow, words: str) -> Mark:
    assert window.current is not None
    text = window.current.text
    return next(m for m in window.current.body.marks
                if m.kind == "link" and text[m.start:m.end] == words)


def click_at(qtbot, view: ReadingView, offset: int) -> None:  # type: ignore[no-untyped-def]
    """A plain click (no drag) on the character at ``offset``."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.offsets.to_qt(offset))
    rect = view.cursorRect(cursor)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(rect.left() + 2, rect.center().y()))


def block_of(window: MainWindow, offset: int) -> int:
    assert window.current is not None
    return window.current.body.block_at(offset)


def at_top(view: ReadingView, offset: int) -> bool:
    """``offset``'s line is the first one shown (scroll_to_offset leaves 4 px above)."""
    return 0 <= view.y_of_offset(offset) <= 8


def shown(view: ReadingView, offset: int) -> bool:
    return 0 <= view.y_of_offset(offset) < view.viewport().height() - 20


def test_an_internal_link_goes_there_and_alt_left_comes_back(windows: Windows, qtbot,
                                                            data_dir: Path, tmp_path: Path) -> None:
    window = open_book(windows, qtbot, data_dir, tmp_path)
    view = window.view
    goal = link(window, "the goal")
    target = int(goal.attrs["to"])
    assert window.current is not None and \
        window.current.text[target:].startswith("The goal is here.")
    view.scroll_to_offset(0)
    click_at(qtbot, view, goal.start + 1)
    qtbot.waitUntil(lambda: at_top(view, target))
    assert view._flash is not None and view._flash[0] == target  # the target flashes
    follower = window.primary.outline.links
    assert len(follower.back_stack) == 1
    window.activateWindow()  # keys reach the shortcuts of the active window only
    qtbot.waitUntil(window.isActiveWindow)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: view.verticalScrollBar().value() == 0 and shown(view, goal.start))
    assert follower.back_stack == [] and len(follower.forward_stack) == 1
    scrolled = follower.forward_stack[-1].scrolled
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    # back where Alt+Left was pressed (the focused view's frame may shift a line by px)
    qtbot.waitUntil(lambda: view.verticalScrollBar().value() == scrolled
                    and 0 <= view.y_of_offset(target) <= 16)
    actions = window.menus.outline
    assert actions.back_action.shortcut().toString() == "Alt+Left"
    assert actions.forward_action.shortcut().toString() == "Alt+Right"


def test_a_footnote_reference_opens_the_note(windows: Windows, qtbot, data_dir: Path,
                                             tmp_path: Path) -> None:
    window = open_book(windows, qtbot, data_dir, tmp_path)
    view = window.view
    note = link(window, "1")
    view.scroll_to_offset(0)
    assert window.current is not None
    target = window.current.text.index("The first note says little.")
    assert note.attrs["to"] == str(target)
    click_at(qtbot, view, note.start)
    qtbot.waitUntil(lambda: shown(view, target))  # the last block: as far as it scrolls
    assert view.verticalScrollBar().value() == view.verticalScrollBar().maximum()


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.Cancel,
                                    QMessageBox.StandardButton.Open])
def test_a_link_out_asks_first_and_cancelling_opens_nothing(
        windows: Windows, qtbot, data_dir: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> None:
    asked: list[str] = []
    opened: list[QUrl] = []

    def question(parent, title, text, buttons, default):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answer

    monkeypatch.setattr(links_module.QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url)
                                                                   or True))
    window = open_book(windows, qtbot, data_dir, tmp_path)
    view = window.view
    away = link(window, "the web")
    view.scroll_to_offset(0)
    top = view.verticalScrollBar().value()
    click_at(qtbot, view, away.start + 1)
    qtbot.waitUntil(lambda: len(asked) == 1)
    assert "https://example.org/away" in asked[0]
    if answer == QMessageBox.StandardButton.Cancel:
        assert opened == []
    else:
        assert [u.toString() for u in opened] == ["https://example.org/away"]
    assert view.verticalScrollBar().value() == top  # the text stayed where it was
    assert window.primary.outline.links.back_stack == []


def _forget_targets(data_dir: Path, doc_id: str) -> None:
    """The document as imported before links were resolved: no ``to``; one link to a
    heading's slug, one to an id no heading has."""
    conn = sqlite3.connect(data_dir / "library.sqlite3")
    with conn:
        (vid, raw), = conn.execute("SELECT v.id, v.marks FROM versions v JOIN documents d "
                                   "ON v.id = d.current_version WHERE d.id=?", (doc_id,))
        marks = json.loads(raw)
        for row in marks:
            row[3].pop("to", None)
            if row[3].get("href") == "c3.xhtml#goal":
                row[3]["href"] = "#chapter-three"
            elif row[3].get("href") == "notes.xhtml#n1":
                row[3]["href"] = "#n1"
        conn.execute("UPDATE versions SET marks=? WHERE id=?", (json.dumps(marks), vid))
    conn.close()


def test_links_of_a_document_imported_before(windows: Windows, qtbot, data_dir: Path,
                                             tmp_path: Path) -> None:
    doc_id = import_file(data_dir, write_book(tmp_path))
    _forget_targets(data_dir, doc_id)
    window = windows.build()
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    window.open_document(doc_id)
    view = window.view
    assert window.current is not None
    heading = window.current.text.index("Chapter Three")
    view.scroll_to_offset(0)
    click_at(qtbot, view, link(window, "the goal").start + 1)  # by the heading's slug
    qtbot.waitUntil(lambda: at_top(view, heading))
    view.scroll_to_offset(0)
    click_at(qtbot, view, link(window, "1").start)
    qtbot.waitUntil(lambda: "target is not known (#n1): re-import the document"
                    in window.status_label.text())
    if window.error_box is not None:
        window.error_box.close()
