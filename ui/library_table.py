"""The library table: titles keep the room, minor columns give way when it is narrow.

A stretched Title column only gets what the other columns leave; in a narrow
library (side by side) that was nothing ("W…"). So columns are hidden by priority
as the table narrows (last read, added, language, highlights, author) and come back
when it widens: the title always keeps at least ``MIN_TITLE`` pixels.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

MIN_TITLE = 170
WIDTHS = {1: 110, 2: 52, 3: 76, 4: 88, 5: 88}  # author, lang, highlights, added, read
GIVE_WAY = (5, 4, 2, 3, 1)  # first hidden first
WIDEST_DATE = "30 Sep 2026"


class LibraryTable(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verticalHeader().hide()
        self.setShowGrid(False)
        self.setWordWrap(False)

    def setModel(self, model: object) -> None:  # noqa: N802
        """Per-section modes need the sections, so they are set once there is a model."""
        super().setModel(model)  # type: ignore[arg-type]
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(30)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # titles get the room
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.widths = self._widths()
        for column, width in self.widths.items():
            header.resizeSection(column, width)
        self.fit_columns()

    def _widths(self) -> dict[int, int]:
        """``WIDTHS``, widened if this font needs more for a header or a date."""
        model = self.model()
        header = self.horizontalHeader().fontMetrics()
        cell = self.fontMetrics()
        widths = dict(WIDTHS)
        for column in widths:
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            widths[column] = max(widths[column], header.horizontalAdvance(title) + 26)
        for column in (4, 5):
            widths[column] = max(widths[column], cell.horizontalAdvance(WIDEST_DATE) + 14)
        return widths

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Show the most useful columns that leave the title ``MIN_TITLE`` pixels."""
        widths = getattr(self, "widths", WIDTHS)
        room = self.viewport().width() - MIN_TITLE
        shown = set(widths)
        for column in GIVE_WAY:
            if sum(widths[c] for c in shown) <= room:
                break
            shown.discard(column)
        if 5 in shown and len(shown) == len(widths) and room < sum(widths.values()) + 60:
            shown.discard(5)  # "last read" only when there is plenty of room
        for column in widths:
            self.setColumnHidden(column, column not in shown)
