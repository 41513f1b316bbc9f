"""Tab goes round the window: from the library filter through the library, the text,
the notes margin (and, on the Search tab, the search field), each stop once per
round, every stop one the reader can see and use."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from ui.window.main_window import MainWindow
from ui.window.notes.note_card import NoteCard

ROUND_LIMIT = 2000  # widgets in the chain; a longer walk is a chain that never closes


def takes_tab(widget: QWidget, window: MainWindow) -> bool:
    """What Qt's Tab would stop at (``QWidget.focusNextPrevChild``'s own test)."""
    return (bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.isEnabled()
            and widget.isVisibleTo(window) and widget.focusProxy() is None
            and widget.window() is window)


def tab_round(window: MainWindow, start: QWidget) -> list[QWidget]:
    """The Tab stops of one round of the focus chain, from ``start`` back to it."""
    assert takes_tab(start, window), f"Tab never stops at {describe(start)}"
    stops: list[QWidget] = [start]
    widget = start.nextInFocusChain()
    for _ in range(ROUND_LIMIT):
        if widget is start:
            return stops
        if takes_tab(widget, window):
            assert widget not in stops, f"{describe(widget)} comes twice in one Tab round"
            stops.append(widget)
        widget = widget.nextInFocusChain()
    raise AssertionError("the focus chain never comes back to where it started")


def describe(widget: QWidget) -> str:
    name = widget.objectName() or widget.accessibleName()
    return type(widget).__name__ + (f" {name!r}" if name else "")


def on_tab(window: MainWindow, index: int, start: QWidget) -> list[QWidget]:
    window.tabs.setCurrentIndex(index)
    QCoreApplication.processEvents()
    stops = tab_round(window, start)
    for widget in stops:
        assert widget.isVisible() and widget.isEnabled(), describe(widget)
    return stops


def test_tab_goes_round_the_library_text_and_margin(window: MainWindow) -> None:
    stops = on_tab(window, 0, window.filter)
    order = [describe(w) for w in stops]
    for wanted in (window.filter, window.table, window.view):
        assert wanted in stops, f"{describe(wanted)} is not on the Tab round {order}"
    margin = [w for w in stops if w is window.margin.doc_note or isinstance(w, NoteCard)]
    assert margin, f"nothing of the notes margin is on the Tab round {order}"
    assert stops[1] is window.table, f"Tab from the filter goes to the table: {order}"


def test_the_search_tab_puts_its_field_on_the_round(window: MainWindow) -> None:
    stops = on_tab(window, 1, window.search_panel.query)
    assert window.view in stops, [describe(w) for w in stops]
    assert window.margin.doc_note in stops and window.filter not in stops
