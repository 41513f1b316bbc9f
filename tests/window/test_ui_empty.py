"""An empty library says how to import, and its button imports (issue 17)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog

from reader.formats import extensions_listed
from ui.window.help.empty_library import EMPTY_TITLE, IMPORT_BUTTON
from ui.window.reading.view import NO_DOCUMENT

if TYPE_CHECKING:
    from tests.window.conftest import Windows


def test_an_empty_library_says_how_to_import_and_its_button_does(
        windows: Windows, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = windows.build(tmp_path / "empty", seeds=False, show=True)
    qtbot.waitExposed(window)
    empty = window.empty_library
    assert empty.isVisible() and window.view.placeholderText() == ""
    assert empty.geometry() == window.view.viewport().rect()  # over the whole page
    said = empty.label.text()
    key = QKeySequence(QKeySequence.StandardKey.Open).toString(
        QKeySequence.SequenceFormat.NativeText)
    for words in (EMPTY_TITLE, f"File → Import… ({key})", "drag files",
                  "marginalia import FILE…", extensions_listed()):
        assert words in said, words
    assert empty.button.text() == IMPORT_BUTTON and empty.button.isVisible()

    notes = tmp_path / "notes.md"
    notes.write_text("# Notes\n\nSomething to read.\n", encoding="utf-8")
    asked: list[str] = []

    def pick(*args: object, **kwargs: object) -> tuple[list[str], str]:
        asked.append("asked")
        return [str(notes)], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", pick)
    qtbot.mouseClick(empty.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current is not None)
    assert asked == ["asked"] and window.current.title == "Notes"
    assert not empty.isVisible()


def test_with_documents_but_none_open_the_view_says_pick_one(windows: Windows, qtbot) -> None:
    window = windows.open("001")
    assert not window.empty_library.isVisible()
    assert window.view.placeholderText() == NO_DOCUMENT
    window.library_actions.remove([r.id for r in window.library_model.rows])
    qtbot.waitUntil(lambda: not window.library_model.rows)
    qtbot.waitUntil(window.empty_library.isVisible)  # everything removed: empty again
    assert window.current is None and window.view.placeholderText() == ""
    window.undo()
    qtbot.waitUntil(lambda: bool(window.library_model.rows))
    assert not window.empty_library.isVisible()
    assert window.view.placeholderText() == NO_DOCUMENT
