"""Every control a reader can operate inside a reading pane has a name a screen reader
says (issue 18): buttons, tool buttons, the swatches, line and text edits, the views
and the painted widgets (minimap, margin cards, fold titles), in English and in French.

The name is the one the accessibility interface gives (what a screen reader reads),
and it must hold words: a button named "✕" or "↑" says nothing.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QHeaderView,
    QLineEdit,
    QScrollBar,
    QWidget,
)

from tests.window.test_i18n_reading import english_sources, french, library_with_book, open_book
from ui.window.notes.detached import FoldLabel
from ui.window.notes.note_card import NoteCard
from ui.window.reading.minimap import Minimap

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from tests.window.conftest import Windows
    from ui.window.reading.pane import ReadingPane

# Item views, text edits and the PDF's pages are all scroll areas.
OPERABLE = (QAbstractButton, QLineEdit, QAbstractScrollArea, Minimap, NoteCard, FoldLabel)
WORDS = re.compile(r"[^\W\d_]{2}")


def operable(pane: ReadingPane) -> list[QWidget]:
    """The pane's controls, Qt's own parts of them left out (scroll bars, a tree's
    hidden header, a line edit's clear button: Qt names those)."""
    return [w for w in pane.findChildren(QWidget)
            if isinstance(w, OPERABLE) and not isinstance(w, QScrollBar | QHeaderView)
            and not isinstance(w.parentWidget(), QLineEdit)]


def spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def described(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.objectName()!r} {widget.toolTip()!r}"


def check_names(pane: ReadingPane, english: set[str] | None) -> list[str]:
    """What is wrong with the controls' names: none, without words, or English (when
    ``english``, the English texts the French must have replaced, is given)."""
    wrong = []
    for widget in operable(pane):
        name = spoken_name(widget)
        if not WORDS.search(name):
            wrong.append(f"{described(widget)}: no name ({name!r})")
        elif english is not None and name in english:
            wrong.append(f"{described(widget)}: English name {name!r}")
    return wrong


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_control_of_a_reading_pane_is_named(windows: Windows, qtbot: QtBot,
                                                  data_dir: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch,
                                                  language: str) -> None:
    doc_id = library_with_book(data_dir, tmp_path)
    if language == "fr":
        with french(tmp_path, monkeypatch):
            pane = open_book(windows, qtbot, doc_id).primary
            assert pane.minimap.accessibleName() == "Minicarte"
            wrong = check_names(pane, english_sources())
    else:
        pane = open_book(windows, qtbot, doc_id).primary
        assert pane.minimap.accessibleName() == "Minimap"
        wrong = check_names(pane, None)
    kinds = {type(w).__name__ for w in operable(pane)}
    assert {"Minimap", "NoteCard", "ReadingView", "HighlightEditor"} - kinds == \
        {"HighlightEditor"}  # the painted ones are checked; a frame is no control
    assert not wrong, "\n".join(wrong)


def test_a_symbol_button_without_a_name_is_found(windows: Windows, qtbot: QtBot,
                                                 data_dir: Path, tmp_path: Path) -> None:
    """The check itself: a close button that only says "✕" is reported."""
    pane = open_book(windows, qtbot, library_with_book(data_dir, tmp_path)).primary
    pane.original.panel.close_button.setAccessibleName("")
    wrong = check_names(pane, None)
    assert len(wrong) == 1 and "'✕'" in wrong[0]
