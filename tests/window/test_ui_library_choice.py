"""The library opens what the reader chose: a right click (to reach "Open beside") or a
filter never replaces the open document; a click, Enter or the arrows do."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu

from tests.window.test_ui_side_by_side import doc_of
from ui.window.library.model import ID_ROLE
from ui.window.main_window import MainWindow


def row_point(window: MainWindow, doc_id: str) -> QPoint:
    """Where ``doc_id``'s row is, in the window's coordinates (as the pointer sees it)."""
    source = window.library_model.index(window.library_model.row_of(doc_id), 0)
    index = window.proxy.mapFromSource(source)
    assert index.isValid(), doc_id
    window.table.scrollTo(index)
    centre = window.table.visualRect(index).center()
    return window.table.viewport().mapTo(window, centre)


def click(qtbot, window: MainWindow, at: QPoint,
          button: Qt.MouseButton = Qt.MouseButton.LeftButton) -> None:
    """A click through the window system, so Qt raises the context menu as it would."""
    qtbot.mouseClick(window.windowHandle(), button, Qt.KeyboardModifier.NoModifier, at)


def right_click_and_pick(qtbot, window: MainWindow, doc_id: str,
                         item: str) -> list[str]:
    """Right-click ``doc_id``'s row and pick ``item`` in its menu; the menu's items."""
    seen: list[str] = []

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, pick)  # not up yet
            return
        seen.extend(a.text() for a in menu.actions())
        chosen = next(a for a in menu.actions() if a.text() == item)
        menu.close()
        chosen.trigger()

    QTimer.singleShot(20, pick)
    click(qtbot, window, row_point(window, doc_id), Qt.MouseButton.RightButton)
    qtbot.waitUntil(lambda: bool(seen))
    return seen


def selected_docs(window: MainWindow) -> list[str]:
    return [i.data(ID_ROLE) for i in window.table.selectionModel().selectedRows()]


def test_right_click_open_beside_opens_that_row_beside(window: MainWindow,
                                                       qtbot) -> None:
    a, b = doc_of(window, "001"), doc_of(window, "002")
    assert selected_docs(window) == [a]
    items = right_click_and_pick(qtbot, window, b, "Open beside")
    assert "Open" in items
    qtbot.waitUntil(lambda: len(window.panes) == 2)
    assert [p.current.id for p in window.panes] == [a, b]
    assert selected_docs(window) == [a]  # the selection still marks the main pane's
    assert window.windowTitle().startswith(window.primary.current.title)


def test_right_click_alone_changes_nothing_and_open_replaces(window: MainWindow,
                                                             qtbot) -> None:
    a, c = doc_of(window, "001"), doc_of(window, "003")
    right_click_and_pick(qtbot, window, c, "Open")  # "Open" is a choice: it replaces
    assert window.current.id == c and selected_docs(window) == [c]
    click(qtbot, window, row_point(window, a), Qt.MouseButton.MiddleButton)
    assert window.current.id == c and selected_docs(window) == [c]  # other buttons: nothing


def test_filter_never_replaces_the_open_document(window: MainWindow, qtbot) -> None:
    a, b = doc_of(window, "001"), doc_of(window, "002")
    title = window.library_model.rows[window.library_model.row_of(b)].title
    window.filter.setText(title)
    qtbot.wait(50)
    assert window.proxy.rowCount() == 1
    assert window.proxy.index(0, 0).data(ID_ROLE) == b
    assert window.current.id == a  # one row left, still not opened
    assert selected_docs(window) == []  # and not marked as if it were
    window.filter.setText(title[:-1])  # typing on (or back) opens nothing either
    window.filter.clear()
    assert window.current.id == a and selected_docs(window) == [a]
    window.filter.setText(title)
    qtbot.keyClick(window.filter, Qt.Key.Key_Return)  # Enter in the filter: a choice
    assert window.current.id == b


def test_click_and_arrows_open_the_chosen_row(window: MainWindow, qtbot) -> None:
    c = doc_of(window, "003")
    click(qtbot, window, row_point(window, c))
    assert window.current.id == c and selected_docs(window) == [c]
    row = window.table.currentIndex().row()
    below = window.proxy.index(row + 1, 0).data(ID_ROLE)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    assert window.current.id == below and selected_docs(window) == [below]
    qtbot.keyClick(window.table, Qt.Key.Key_Up)
    assert window.current.id == c
