"""What the reader drops on the window: files to import, or a library row to open.

Qt hands drag events to the window's own overrides; they pass them here, so the
window keeps only what ties its panes and this module decides what a drop means:
files (from a file manager) are imported, a row dragged from the library opens in
the main pane, or beside it when dropped on the right half of the reading area.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from ui.window.library.model import DOC_MIME

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow

log = logging.getLogger(__name__)


class Drops:
    """The window's drop target: accepts files and library rows, refuses the rest."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def enter(self, event: QDragEnterEvent) -> None:
        """Only what a drop can use is accepted (the cursor says so before the drop)."""
        if event.mimeData().hasUrls() or event.mimeData().hasFormat(DOC_MIME):
            event.acceptProposedAction()

    def drop(self, event: QDropEvent) -> None:
        """A library row opens where it is dropped; local files are imported."""
        window, data = self.window, event.mimeData()
        if data.hasFormat(DOC_MIME):
            event.acceptProposedAction()
            doc_id = bytes(data.data(DOC_MIME).data()).decode("utf-8")
            self.drop_document(doc_id, window.center.mapFrom(window, event.position().toPoint()))
            return
        paths = [u.toLocalFile() for u in data.urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            window.imports.import_files(paths)

    def drop_document(self, doc_id: str, at: QPoint) -> None:
        """A document dropped on the right half of the reading area opens beside."""
        if at.x() > self.window.center.width() // 2:
            self.window.side_by_side.open_beside(doc_id)
        elif at.x() >= 0:
            self.window.open_document(doc_id)
