"""Two documents side by side: the second pane opened and closed, the columns
balanced so the text keeps the room, paragraph-synchronised scrolling, and the
panes' headers (shown only when there are two, the active one marked).

The window owns its panes (``window.panes``, the main one first); this opens the
second through the window, so it is wired like the first, and hands a closing
pane's refused edits to the main pane once its last saves have answered.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from ui.window.layout_memory import LayoutMemory
    from ui.window.main_window import MainWindow
    from ui.window.reading.pane import ReadingPane
    from ui.window.workers.write import WriteWorker

WIDE = 1800  # a window at least this wide keeps the library beside two panes


class SideBySide(QObject):
    """The second pane and its two View menu items (``sync_action``, ``close_action``)."""

    def __init__(self, window: MainWindow, worker: WriteWorker, memory: LayoutMemory) -> None:
        super().__init__(window)
        self.window, self.worker, self.memory = window, worker, memory
        self.sync_scrolling = False
        self._syncing = False  # the other pane moving because this one did
        self.sync_action = QAction(self.tr("S&ynchronise scrolling by paragraph"), window)
        self.sync_action.setCheckable(True)
        self.sync_action.triggered.connect(lambda _=False: self.set_sync_scrolling(
            self.sync_action.isChecked()))
        self.close_action = QAction(self.tr("&Close the second pane"), window)
        self.close_action.triggered.connect(lambda _=False: self.close_beside())
        self.close_action.setEnabled(False)

    def open_beside(self, doc_id: str) -> ReadingPane:
        """Open ``doc_id`` in a second pane to the right (created on first use)."""
        window = self.window
        if len(window.panes) < 2:
            window.new_pane()
            self.balance()
            self.close_action.setEnabled(True)
        pane = window.panes[1]
        pane.open_document(doc_id)
        window.set_active_pane(pane)
        self.update_headers()
        return pane

    def close_beside(self) -> None:
        window = self.window
        if len(window.panes) < 2:
            return
        pane = window.panes.pop()
        pane.flush_edits()
        pane.save_reading_position()
        pane.hide()
        pane.setParent(None)

        def hand_over(_: object = None) -> None:  # after the pane's last saves answered
            window.primary.keep_unsaved(list(pane.unsaved.values()), pane.unsaved_reason)
            pane.deleteLater()

        self.worker.run(lambda s, _: None, hand_over, hand_over)
        window.set_active_pane(window.primary)
        self.close_action.setEnabled(False)
        self.update_headers()
        self.balance()
        self.memory.save_side_by_side()

    def balance(self) -> None:
        """Two panes: equal, each mostly text; the library folds away (drag its edge
        or View → Library to bring it back) unless the window is very wide."""
        window = self.window
        panes = window.panes
        total = max(window.splitter.width(), window.width() - 8)
        two = len(panes) > 1
        left = (0 if total < WIDE else 290) if two else min(440, int(total * 0.3))
        window.splitter.setSizes([left, total - left])
        each = (total - left) // len(panes)
        window.center.setSizes([each] * len(panes))
        margin = max(200, int(each * 0.28)) if two else max(220, int(each * 0.3))
        for pane in panes:
            pane.splitter.setSizes([each - margin, margin])

    def update_headers(self) -> None:
        """Side by side, each pane names its document; the active one is marked."""
        panes = self.window.panes
        two = len(panes) > 1
        active = self.window.active_pane()
        for i, pane in enumerate(panes):
            pane.header.setVisible(two)
            if two:
                title = pane.current.title if pane.current else self.tr("No document")
                pane.header.show_state(title, pane is active, closable=i > 0)

    # -- synchronised scrolling -------------------------------------------------------------
    def set_sync_scrolling(self, on: bool) -> None:
        self.show_sync(on)
        self.memory.save_side_by_side()
        if on and len(self.window.panes) > 1:
            self.follow(self.window.active_pane())

    def show_sync(self, on: bool) -> None:
        """Take ``on`` as the sync choice without saving it (as restored at start)."""
        self.sync_scrolling = on
        self.sync_action.setChecked(on)

    def follow(self, pane: ReadingPane) -> None:
        """``pane`` scrolled: with sync on, the other follows by paragraph (same block
        index), its own move not echoed back."""
        window = self.window
        if not self.sync_scrolling or self._syncing or len(window.panes) < 2:
            return
        other = window.panes[1] if pane is window.primary else window.primary
        self._syncing = True
        try:
            other.scroll_to_paragraph(*pane.paragraph_position())
        finally:
            self._syncing = False
