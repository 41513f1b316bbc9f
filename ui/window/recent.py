"""File → Open recent: the documents last read, newest first, with their titles.

The list is read from the library each time the menu opens (``Library.recent``), so
a document just read is in it and one removed since is not; choosing one opens it in
the main pane, where it was left.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu

from reader.errors import MarginaliaError
from reader.text import clip
from ui.window.reading.progress import percent_words

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow

log = logging.getLogger(__name__)

RECENT = 10
TITLE_WIDTH = 70


class RecentDocuments(QObject):
    """Fills ``menu`` as it opens; ``titles()`` is what it last listed."""

    def __init__(self, window: MainWindow, menu: QMenu, limit: int = RECENT) -> None:
        super().__init__(menu)
        self.window, self.menu, self.limit = window, menu, limit
        self.ids: list[str] = []
        menu.setToolTipsVisible(True)
        menu.aboutToShow.connect(self.refresh)
        menu.addAction(self.tr("No document read yet")).setEnabled(False)  # read when opened

    def refresh(self) -> None:
        self.menu.clear()
        try:
            rows = self.window.services.library.recent(self.limit)
        except MarginaliaError as exc:  # a busy or damaged library: said in the menu
            log.warning("recent documents unavailable: %s", exc)
            self.menu.addAction(self.tr("Not available: {reason}").format(
                reason=exc)).setEnabled(False)
            self.ids = []
            return
        reading = self._reading()
        rows.sort(key=lambda row: row.id != reading)  # stable: the others by date
        self.ids = [row.id for row in rows]
        if not rows:
            self.menu.addAction(self.tr("No document read yet")).setEnabled(False)
        for i, row in enumerate(rows, 1):
            number = f"&{i}" if i < 10 else f"1&{i - 10}" if i < 20 else str(i)
            title = clip(" ".join(row.title.split()), TITLE_WIDTH).replace("&", "&&")
            action = self.menu.addAction(f"{number}  {title}")
            action.setToolTip(self.tr("{source} · {percent} read").format(
                source=row.source_name, percent=percent_words(row.progress)))
            action.triggered.connect(lambda _=False, d=row.id: self.open(d))

    def open(self, doc_id: str) -> None:
        """Open ``doc_id`` in the main pane; the one open there stays as it is (reopened,
        it would go back to the position saved before the last scroll)."""
        if self._reading() != doc_id:
            self.window.open_document(doc_id)

    def _reading(self) -> str:
        """The main pane's document: read now, so first, though its position may not
        be saved yet (positions are saved to the second, a moment after a scroll)."""
        current = self.window.current
        return current.id if current is not None else ""

    def titles(self) -> list[str]:
        """The items' texts as the reader reads them (no mnemonics, no numbers)."""
        return [a.text().split("  ", 1)[-1].replace("&&", "&")
                for a in self.menu.actions() if a.isEnabled()]
