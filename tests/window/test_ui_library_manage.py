"""Managing the library in the real window: remove to the trash (undoable), rename,
the Trash dialog, and how the panes follow the shelves."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from tests.window.test_ui_library_choice import right_click_and_pick, selected_docs
from tests.window.test_ui_side_by_side import doc_of
from tests.window.test_ui_window import highlight_unselected
from ui.window.library.rename_dialog import format_authors, parse_authors
from ui.window.main_window import MainWindow

if TYPE_CHECKING:
    from tests.window.conftest import Windows

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier



def said(qtbot, window: MainWindow, start: str) -> None:
    """The status line comes to start with ``start``. A row changes when the operation's
    Changes arrive; its own words follow with its result, a turn of the loop later."""
    qtbot.waitUntil(lambda: window.status_label.text().startswith(start)
                    or start in window.status_label.text())

def idle(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.worker.pending == 0, timeout=20_000)


def focus(qtbot, widget: QWidget) -> None:
    """Keys reach shortcuts of an active window only (the keyboard's focus)."""
    widget.window().activateWindow()
    qtbot.waitUntil(widget.window().isActiveWindow)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def row(window: MainWindow, doc_id: str):
    i = window.library_model.row_of(doc_id)
    return window.library_model.rows[i] if i >= 0 else None


def test_remove_from_the_context_menu_then_undo_and_redo(window: MainWindow,
                                                         qtbot) -> None:
    a, b = doc_of(window, "001"), doc_of(window, "002")
    title = window.current.title
    highlight_unselected(qtbot, window, 200, "green")
    window.side_by_side.open_beside(b)
    window.show_sidebar(True)  # side by side folds the library away
    items = right_click_and_pick(qtbot, window, a, "Remove from library\tDel")
    assert "Rename…\tF2" in items
    qtbot.waitUntil(lambda: row(window, a) is None)
    said(qtbot, window, "Moved")
    assert window.primary.current is None and window.view.toPlainText() == ""
    assert window.margin.doc_note.isEnabled() is False and window.windowTitle() == "Marginalia"
    assert [p.current.id for p in window.panes[1:]] == [b]  # the other pane stays
    assert selected_docs(window) == []  # no row marked as if it were open
    status = window.status_label.text()
    assert status.startswith(f"Moved “{title[:20]}") and status.endswith(
        "to the trash · Ctrl+Z to undo")
    assert window.menus.undo_action.text() == "Undo remove document"
    focus(qtbot, window.table)
    qtbot.keyClick(window.table, Qt.Key.Key_Z, CTRL)  # back in the list, and in its pane
    qtbot.waitUntil(lambda: row(window, a) is not None)
    assert row(window, a).highlights == 1
    assert window.primary.current.id == a and len(window.highlights) == 1
    assert window.windowTitle().startswith(title)
    qtbot.keyClick(window.table, Qt.Key.Key_Z, CTRL | SHIFT)  # redo: gone again
    qtbot.waitUntil(lambda: row(window, a) is None)
    assert window.primary.current is None and len(window.panes) == 2


def test_delete_key_belongs_to_the_library_and_the_second_pane_closes(
        window: MainWindow, qtbot) -> None:
    a, b = doc_of(window, "001"), doc_of(window, "002")
    beside = window.side_by_side.open_beside(b)
    focus(qtbot, beside.view)
    qtbot.keyClick(beside.view, Qt.Key.Key_Delete)  # in the text: not a removal
    qtbot.wait(50)
    idle(qtbot, window)
    assert row(window, b) is not None and len(window.panes) == 2
    focus(qtbot, window.table)
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)  # the selected row: the main pane's
    qtbot.waitUntil(lambda: row(window, a) is None)
    assert window.primary.current is None and window.panes[1].current.id == b
    window.panes[1].view.setFocus()
    window._active = window.panes[1]
    window.library_actions.remove_action.trigger()  # Library menu: the active pane's
    qtbot.waitUntil(lambda: row(window, b) is None)
    assert len(window.panes) == 1 and not window.side_by_side.close_action.isEnabled()
    said(qtbot, window, "Moved “")


def test_rename_dialog_updates_table_and_pane_and_survives_reopen(window: MainWindow,
                                                                  windows: Windows,
                                                                  qtbot) -> None:
    a = window.current.id
    old = window.current.title
    right_click_and_pick(qtbot, window, a, "Rename…\tF2")
    dialog = window.library_actions.rename_dialog
    assert dialog is not None and dialog.title_edit.text() == old
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.title_edit.setText("  ")
    assert not ok.isEnabled()  # no empty title
    dialog.title_edit.setText("Mon   titre à moi")
    dialog.authors_edit.setPlainText("Lovelace, Ada\nCharles Babbage")
    ok.click()
    qtbot.waitUntil(lambda: row(window, a).title == "Mon titre à moi")
    assert row(window, a).authors == ("Lovelace, Ada", "Charles Babbage")
    assert window.current.title == "Mon titre à moi"
    assert window.windowTitle() == "Mon titre à moi — Marginalia"
    said(qtbot, window, "Renamed “")
    window.undo()
    qtbot.waitUntil(lambda: row(window, a).title == old)
    assert window.current.title == old
    window.redo()
    qtbot.waitUntil(lambda: row(window, a).title == "Mon titre à moi")
    windows.close(window)
    again = windows.open()
    assert again.current.title == "Mon titre à moi"
    assert again.current.authors == ("Lovelace, Ada", "Charles Babbage")


def test_rename_beside_shows_in_the_pane_header(window: MainWindow, qtbot) -> None:
    b = doc_of(window, "002")
    pane = window.side_by_side.open_beside(b)
    dialog = window.library_actions.rename(b)
    dialog.title_edit.setText("Second")
    dialog.accept()
    qtbot.waitUntil(lambda: pane.current.title == "Second")
    assert pane.header.title.toolTip() == "Second"


def test_trash_dialog_lists_and_restores(window: MainWindow, qtbot) -> None:
    a, b = doc_of(window, "001"), doc_of(window, "002")
    highlight_unselected(qtbot, window, 200, "blue")
    window.library_actions.trash_action.trigger()
    dialog = window.library_actions.trash_dialog
    assert dialog.pages.currentWidget() is dialog.empty and "trash is empty" in dialog.empty.text()
    assert not dialog.restore_button.isEnabled()
    window.library_actions.remove([a, b])
    qtbot.waitUntil(lambda: dialog.list.topLevelItemCount() == 2)  # it follows while open
    said(qtbot, window, "Moved 2 documents to the trash")
    counts = {dialog.list.topLevelItem(i).text(2) for i in range(2)}
    assert counts == {"1", ""} and dialog.list.topLevelItem(0).text(1)  # highlights, date
    dialog.list.clearSelection()
    next(i for i in (dialog.list.topLevelItem(n) for n in range(2))
         if i.data(0, Qt.ItemDataRole.UserRole) == a).setSelected(True)
    assert dialog.restore_button.text() == "&Restore"
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: row(window, a) is not None)
    assert row(window, a).highlights == 1 and window.primary.current.id == a  # its pane again
    said(qtbot, window, "Restored “")
    assert dialog.list.topLevelItemCount() == 1
    dialog.list.topLevelItem(0).setSelected(True)
    dialog.restore_selected()
    qtbot.waitUntil(lambda: row(window, b) is not None)
    assert dialog.pages.currentWidget() is dialog.empty
    assert window.menus.undo_action.text() == "Undo restore from the trash"
    dialog.close()


def test_authors_field_reads_commas_or_lines() -> None:
    assert parse_authors("Ada Lovelace, Charles Babbage") == ["Ada Lovelace", "Charles Babbage"]
    assert parse_authors("Lovelace, Ada\n\n Babbage, Charles \n") == ["Lovelace, Ada",
                                                                       "Babbage, Charles"]
    assert parse_authors("  ") == []
    for authors in (("A", "B"), ("Lovelace, Ada", "B"), ("Solo",)):
        assert tuple(parse_authors(format_authors(authors))) == authors


def test_menus_and_f2(window: MainWindow, qtbot) -> None:
    menus = {a.text().replace("&", ""): [x.text().replace("&", "") for x in a.menu().actions()]
             for a in window.menuBar().actions()}
    backups = [t for t in menus["File"] if t.startswith(("Back up", "Restore"))]
    assert backups == ["Back up library…", "Restore…", "Back up annotations (JSON)…"]
    assert menus["Library"] == ["Rename…", "Remove from library", "", "Trash…", "",
                                "Read the whole page"]
    focus(qtbot, window.table)
    qtbot.keyClick(window.table, Qt.Key.Key_F2)
    dialog = window.library_actions.rename_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.title_edit.text() == window.current.title
    dialog.reject()
    idle(qtbot, window)
    assert window.menus.undo_action.text() == "Undo"  # cancelled: nothing sent
