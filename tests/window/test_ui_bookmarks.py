"""Bookmarks in the window (issue 17): Ctrl+D with a name, listed in the outline,
renamed and removed from its context menu, exported, there after a restart."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from reader.export import Exporter
from reader.export_markdown import paragraph_number

if TYPE_CHECKING:
    from tests.window.conftest import Windows
    from ui.window.main_window import MainWindow


def answers(monkeypatch: pytest.MonkeyPatch, *replies: tuple[str, bool]) -> list[tuple[str, str]]:
    """QInputDialog.getText answers ``replies`` in turn; returns (label, text) shown."""
    shown: list[tuple[str, str]] = []
    queue = list(replies)

    def get_text(parent, title, label, echo, text=""):  # type: ignore[no-untyped-def]
        shown.append((label, text))
        return queue.pop(0)

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    return shown


def press_ctrl_d(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()  # keys reach the shortcuts of the active window only
    qtbot.waitUntil(window.isActiveWindow)
    window.view.setFocus()
    qtbot.waitUntil(window.view.hasFocus)
    qtbot.keyClick(window.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)


def listed(window: MainWindow) -> list[str]:
    return [item.text() for item in window.primary.outline.model.bookmark_rows()]


def test_a_bookmark_made_listed_renamed_removed_exported_and_kept(
        window: MainWindow, windows: Windows, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    window.menus.outline.outline_action.trigger()
    panel = window.primary.outline
    assert window.current is not None
    doc_id, text = window.current.id, window.current.text
    window.view.scroll_to_offset(text.index("\n\n", len(text) // 2) + 2)
    qtbot.waitUntil(lambda: window.view.offset_at_top() > len(text) // 2)
    top = window.view.offset_at_top()
    shown = answers(monkeypatch, ("Where I stopped", True), ("", True), ("ignored", False),
                    ("Second look", True))
    press_ctrl_d(qtbot, window)
    qtbot.waitUntil(lambda: listed(window) == ["Where I stopped"])
    assert shown == [("Name (optional):", "")]
    (mark,) = panel.marks
    assert mark.offset == top
    # on a selection, at its start; unnamed, it shows its place and its words
    start = text.index("\n\n", 200) + 2
    window.view.select_span(start, start + 30)
    window.menus.outline.bookmark_action.trigger()
    qtbot.waitUntil(lambda: len(listed(window)) == 2)
    first = panel.marks[0]
    assert first.offset == start and listed(window)[1] == "Where I stopped"
    assert " ".join(text[start:start + 20].split()) in listed(window)[0]
    window.menus.outline.bookmark_action.trigger()  # the reader cancels: nothing added
    assert len(panel.marks) == 2
    # a click on a bookmark goes there
    rows = panel.model.bookmark_rows()
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.tree.visualRect(rows[1].index()).center())
    qtbot.waitUntil(lambda: abs(window.view.offset_at_top() - top) < 80)
    # renamed and removed from the context menu
    menu = panel.menu_for(rows[1].index())
    assert menu is not None
    rename, remove = menu.actions()
    rename.trigger()
    qtbot.waitUntil(lambda: listed(window)[1:] == ["Second look"])
    assert shown[-1] == ("Name:", "Where I stopped")
    menu = panel.menu_for(panel.model.bookmark_rows()[0].index())
    assert menu is not None
    menu.actions()[1].trigger()
    qtbot.waitUntil(lambda: listed(window) == ["Second look"])
    assert panel.menu_for(panel.model.section_items[0].index()) is None  # not a bookmark
    # exported with the place cited
    exporter = Exporter(window.services.library, window.services.annotations,
                        window.services.paths)
    markdown = exporter.markdown(doc_id, today="2026-01-01")
    assert f"## Bookmarks\n\n- Second look · ¶ {paragraph_number(window.current, top)}" \
        in markdown
    assert "bookmarks: 1\n" in markdown
    # there after reopening the window on the same library
    windows.close(window)
    again = windows.build()
    again.resize(1400, 900)
    again.show()
    qtbot.waitExposed(again)
    again.open_document(doc_id)
    again.menus.outline.outline_action.trigger()
    qtbot.waitUntil(lambda: listed(again) == ["Second look"])
    assert again.primary.outline.marks[0].offset == top


def test_ctrl_d_is_the_shortcut_and_with_no_document_says_so(
        windows: Windows, qtbot, tmp_path: Path) -> None:
    window = windows.build(tmp_path / "empty", seeds=False, show=True)
    qtbot.waitExposed(window)
    action = window.menus.outline.bookmark_action
    assert action.shortcut().toString() == "Ctrl+D"
    action.trigger()
    qtbot.waitUntil(lambda: "No document open" in window.status_label.text())
    if window.error_box is not None:
        window.error_box.close()
