"""What ties a reading pane's text to its original: the panel's place in the pane, the
two sides scrolling together, highlights made and selected on either side, and the
View → Original item that opens it.

Following goes both ways through canonical offsets: the text scrolled says which
offset is at its top and the original brings it there; the original scrolled says
the same and the text follows. A side moving because the other did says nothing
back (``_syncing``), so the two never chase each other.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction, QKeySequence

from reader.model import COLORS, Highlight
from ui.window.original.panel import OriginalPanel, has_original_view
from ui.window.original.room import Room
from ui.window.theme import Theme

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow
    from ui.window.reading.pane import ReadingPane

log = logging.getLogger(__name__)

SHORTCUT = "Ctrl+Shift+P"
MIN_LENT = 300  # the narrowest library column the original takes the place of


class OriginalLink:
    """The original of one pane: shown when wanted and the document has one."""

    def __init__(self, pane: ReadingPane) -> None:
        self.pane = pane
        self.panel = OriginalPanel(pane.services, pane.view.theme, pane)
        self.panel.hide()
        self.text_side = pane.view.parentWidget()  # the text's column in the pane's splitter
        pane.splitter.insertWidget(pane.splitter.indexOf(self.text_side), self.panel)
        pane.splitter.setCollapsible(pane.splitter.indexOf(self.panel), False)
        self.wanted = False
        self.remember: Callable[[bool], None] | None = None  # the window's memory, if any
        self.on_change: Callable[[], None] | None = None  # the menu item's refresh
        self.room = Room(pane.splitter, self.panel, self.text_side)
        self.color = COLORS[0]  # the colour the reader last highlighted with
        self._syncing = False
        self._loaded: tuple[str, int] | None = None  # (document, version) the panel shows
        self.panel.close_requested.connect(lambda: self.set_open(False))
        self.panel.offset_shown.connect(self._original_moved)
        self.panel.selected.connect(self._selected)
        self.panel.highlight_clicked.connect(pane.select_highlight)
        pane.view.viewport_moved.connect(self._text_moved)
        pane.view.highlight_requested.connect(self._remember_color)
        pane.header.original_button.clicked.connect(lambda on: self.set_open(bool(on)))
        pane.opened.connect(lambda _: self.document_opened())

    def shutdown(self) -> None:
        """The window is closing: stop the original's worker thread now, not at the
        interpreter's exit (a QThread still waiting then brings the process down)."""
        stop = getattr(self.panel.widget, "shutdown", None)
        if callable(stop):
            stop()

    @property
    def available(self) -> bool:
        return has_original_view(self.pane.current)

    @property
    def is_open(self) -> bool:
        return self.panel.isVisibleTo(self.pane)

    def toggle(self) -> None:
        self.set_open(not self.is_open)

    def set_open(self, on: bool) -> None:
        """Open (when the document has an original) or close the original; the
        choice is kept for the next documents and, through ``remember``, sessions."""
        self.wanted = on
        if self.remember is not None:
            self.remember(on)
        self._show()

    def document_opened(self) -> None:
        self._show()

    def _show(self) -> None:
        pane, doc = self.pane, self.pane.current
        showing = self.wanted and self.available and doc is not None
        pane.header.show_original(self.available, showing, doc.title if doc else "")
        if not showing or doc is None:
            if self.panel.isVisibleTo(pane):
                self.room.close()
        else:
            self._open_panel()
        if self.on_change is not None:
            self.on_change()

    def _open_panel(self) -> None:
        pane, doc = self.pane, self.pane.current
        assert doc is not None
        opening = not self.panel.isVisibleTo(pane)
        if self._loaded != (doc.id, doc.version_id) or self.panel.has_problem:  # or again
            self._loaded = (doc.id, doc.version_id)
            self.panel.load(doc, pane.highlights)
            self.panel.set_highlights(pane.highlights, self._selected_id())
        if opening and not pane.isVisible():  # at start: sized once the window is laid out
            self.panel.show()
            QTimer.singleShot(0, self.pane, self._first_room)
        elif opening:
            self.room.open()
        self.panel.show_offset(self._text_top())

    def _first_room(self) -> None:
        if self.panel.isVisible():
            self.panel.hide()
            self.room.open()

    def _selected_id(self) -> str | None:
        shown = self.pane.editor.highlight
        return shown.id if shown is not None else None

    # -- the pane's news -----------------------------------------------------------------------
    def set_highlights(self, highlights: list[Highlight]) -> None:
        if self._loaded is not None:
            self.panel.set_highlights(highlights, self._selected_id())

    def select(self, hid: str | None) -> None:
        if self._loaded is not None:
            self.panel.set_highlights(self.pane.highlights, hid)

    def set_theme(self, theme: Theme) -> None:
        self.panel.set_theme(theme)

    # -- following -----------------------------------------------------------------------------
    def _text_moved(self) -> None:
        if self._syncing or not self.panel.isVisible() or self.pane.current is None:
            return
        self._syncing = True
        try:
            self.panel.show_offset(self._text_top())
        finally:
            self._syncing = False

    def _text_top(self) -> int:
        """The offset at the top of the text (0 when it is scrolled to its very top:
        the first line's middle is not the page's top, the running head above it)."""
        view = self.pane.view
        return 0 if view.verticalScrollBar().value() == 0 else view.offset_at_top()

    def _original_moved(self, offset: int) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            self.pane.view.scroll_to_offset(offset)
        finally:
            self._syncing = False

    def _selected(self, start: int, end: int) -> None:
        self.pane.create_highlight(start, end, self.color)

    def _remember_color(self, _start: int, _end: int, color: str) -> None:
        self.color = color


class OriginalMenuItem:
    """View → Original: acts on the active pane, enabled when its document has an
    original view; restores the remembered choice on the main pane at start."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.action = QAction(QCoreApplication.translate("OriginalMenuItem", "O&riginal"), window)
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.setToolTip(QCoreApplication.translate(
            "OriginalMenuItem", "The document's own pages beside its text"))
        self.action.triggered.connect(lambda _=False: self.toggle())
        primary = window.primary.original
        primary.remember = window.memory.remember_original_open
        primary.wanted = window.memory.original_open()
        primary.on_change = self.refresh
        primary.room.borrow, primary.room.give_back = self.borrow_library, self.give_library_back

    def borrow_library(self) -> int:
        """Fold the library column for the original (one pane only: side by side has
        folded it already); the width it had, or 0 when it was too narrow to lend."""
        if len(self.window.panes) > 1:
            return 0
        sizes = self.window.splitter.sizes()
        if sizes[0] < MIN_LENT:
            return 0
        self.window.splitter.setSizes([0, sizes[0] + sizes[1]])
        return sizes[0]

    def give_library_back(self, width: int) -> None:
        sizes = self.window.splitter.sizes()
        if sizes[0] == 0 and sizes[1] > width:
            self.window.splitter.setSizes([width, sizes[1] - width])

    def toggle(self) -> None:
        link = self.window.active_pane().original
        if not link.available:
            self.window.show_error(QCoreApplication.translate(
                "OriginalMenuItem", "This document has no original view (PDFs, EPUBs, web "
                "pages and Markdown have one)."))
            self.refresh()
            return
        link.toggle()
        self.refresh()

    def refresh(self) -> None:
        """Checked and enabled as the active pane's original is (before the menu shows)."""
        for pane in self.window.panes:
            pane.original.on_change = self.refresh
        link = self.window.active_pane().original
        self.action.setEnabled(link.available)
        self.action.setChecked(link.is_open)
