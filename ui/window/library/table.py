"""The library table: titles keep the room, minor columns give way when it is narrow.

A stretched Title column only gets what the other columns leave; in a narrow
library (side by side) that was nothing ("W…"). So columns are hidden by priority
as the table narrows (last read, added, language, highlights, progress, author) and
come back when it widens: the title always keeps at least ``MIN_TITLE`` pixels.

A row opens when the reader chooses it (:attr:`LibraryTable.chosen`): a left click
released without a drag, Enter, a double click, or the keyboard moving the current
row. Nothing else does: a right click only names the row its menu is about (the
selection stays on the open document, so "Open beside" really puts another one
beside it), a drag only carries the row (to a pane), and a filter or a library
update that moves the selection opens nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

MIN_TITLE = 170
# author, lang, highlights, added, read, progress
WIDTHS = {1: 110, 2: 52, 3: 76, 4: 88, 5: 88, 6: 50}
GIVE_WAY = (5, 4, 2, 3, 6, 1)  # first hidden first
WIDEST_DATE = "30 Sep 2026"


class LibraryTable(QTableView):
    chosen = Signal(QModelIndex)  # the reader chose this row to read
    unchosen = Signal()  # a click or drag ended choosing nothing: show the open row again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clicking = False
        self.activated.connect(self.chosen)  # Enter, a double click
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
        self.setAccessibleName(self.tr("Library"))
        self.setAccessibleDescription(self.tr(
            "Your documents: choosing one opens it; drag it to the right half of the text "
            "to read it beside"))

    def setModel(self, model: object) -> None:
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

    # -- what opens a row: the reader's choice, nothing else ------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Only the left button selects; the others leave the selection alone (the
        right one's context menu comes separately, for the row under the pointer)."""
        if event.button() != Qt.MouseButton.LeftButton:
            event.accept()
            return
        self._clicking = True
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            super().mouseDoubleClickEvent(event)
        else:
            event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """A click (no drag came of it) chooses the row it selected."""
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or not self._clicking:
            return
        self._clicking = False
        current = self.currentIndex()
        if current.isValid() and self.selectionModel().isRowSelected(current.row()):
            self.chosen.emit(current)
        else:
            self.unchosen.emit()  # a click beside the rows, or one that deselected

    def startDrag(self, actions: Qt.DropAction) -> None:
        """A dragged row goes where it is dropped, not into the main pane."""
        self._clicking = False
        super().startDrag(actions)
        self.unchosen.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Moving the current row with the keyboard (arrows, Page, Home, a typed
        title) chooses it, as a click would."""
        before = QPersistentModelIndex(self.currentIndex())
        super().keyPressEvent(event)
        current = self.currentIndex()
        if current.isValid() and current.row() != before.row():
            self.chosen.emit(current)

    def choose_shown(self) -> None:
        """Enter in the filter box: the row it narrowed down to (the selected one if
        shown, else the first) is the reader's choice."""
        current = self.currentIndex()
        if not (current.isValid() and self.selectionModel().isRowSelected(current.row())):
            current = self.model().index(0, 0)
        if current.isValid():
            self.chosen.emit(current)

    def select_only(self, index: QModelIndex) -> None:
        """Select ``index``'s row and show it, or nothing when it is not shown (filtered
        out): the selection marks the open document, never another one."""
        if not index.isValid():
            self.clearSelection()
        elif not self.selectionModel().isRowSelected(index.row()):
            self.selectRow(index.row())
            self.scrollTo(index)

    def resizeEvent(self, event: QResizeEvent) -> None:
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
