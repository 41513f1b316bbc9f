"""Bookmarks in the window: Ctrl+D, and rename or remove from the outline panel.

A bookmark marks the selection's start when there is one, else the line at the top
of the view. Writes go through the write worker (reader/bookmarks.py on its thread);
their ``Changes`` (``bookmarks``) bring every pane showing that document up to date
(ui/window/following.py), so nothing is refreshed here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from reader.bookmarks import Bookmark, Bookmarks
from reader.changes import Changes
from reader.errors import MarginaliaError
from reader.model import Document
from ui.services import Services
from ui.window.reading.view import ReadingView
from ui.window.workers.write import WriteWorker

log = logging.getLogger(__name__)


class BookmarkActions:
    """One pane's bookmark commands; ``current`` gives the pane's document."""

    def __init__(self, parent: QWidget, view: ReadingView, services: Services,
                 worker: WriteWorker, current: Callable[[], Document | None],
                 failed: Callable[[str], None]) -> None:
        self.parent, self.view, self.services, self.worker = parent, view, services, worker
        self.current = current
        self.failed = failed

    def read(self, doc_id: str) -> list[Bookmark]:
        """The document's bookmarks (a read, on the GUI thread); [] when unreadable."""
        try:
            return Bookmarks(self.services.store).for_document(doc_id)
        except MarginaliaError as exc:
            log.warning("bookmarks of %s unavailable: %s", doc_id, exc)
            return []

    def place(self) -> int:
        span = self.view.selection_span()
        return span[0] if span else self.view.offset_at_top()

    def add(self, name: str | None = None,
            done: Callable[[Bookmark], None] | None = None) -> None:
        """Ctrl+D: asks for an optional name unless ``name`` is given (tests, scripts)."""
        doc = self.current()
        if doc is None:
            self.failed(QCoreApplication.translate(
                "BookmarkActions", "No document open: open one to bookmark a place in it"))
            return
        if name is None:
            name = self._ask(QCoreApplication.translate("BookmarkActions", "Add bookmark"),
                             QCoreApplication.translate("BookmarkActions", "Name (optional):"),
                             "")
            if name is None:
                return
        doc_id, offset, chosen = doc.id, self.place(), name

        def task(s: Services, _: object) -> Bookmark:
            bookmark, changes = Bookmarks(s.store).add(doc_id, offset, chosen)
            s.apply(changes)
            return bookmark

        self.worker.run(task, done, self.failed)

    def rename(self, bookmark: Bookmark, name: str | None = None) -> None:
        if name is None:
            name = self._ask(QCoreApplication.translate("BookmarkActions", "Rename bookmark"),
                             QCoreApplication.translate("BookmarkActions", "Name:"),
                             bookmark.name)
            if name is None:
                return
        bid, chosen = bookmark.id, name
        self.worker.run(lambda s, _: _applied(s, Bookmarks(s.store).rename(bid, chosen)),
                        None, self.failed)

    def remove(self, bookmark: Bookmark) -> None:
        bid = bookmark.id
        self.worker.run(lambda s, _: _applied(s, Bookmarks(s.store).remove(bid)),
                        None, self.failed)

    def _ask(self, title: str, label: str, text: str) -> str | None:
        name, ok = QInputDialog.getText(self.parent, title, label, QLineEdit.EchoMode.Normal,
                                        text)
        return name if ok else None


def _applied(services: Services, changes: Changes) -> Changes:
    services.apply(changes)
    return changes
