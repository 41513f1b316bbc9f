"""Qt item models over plain domain rows: the library table and highlight lists.

Updates insert, remove or change rows instead of resetting, so the selection and
the scroll position of the views survive an import or a new highlight.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from reader.model import DocumentSummary, Highlight

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
DOC_MIME = "application/x-marginalia-document"  # a dragged library row: its document id

COLUMNS = ("Title", "Author", "Lang", "Hl", "Added", "Read")
COLUMN_TIPS = ("Title", "Author(s)", "Language(s)", "Highlights", "Added to the library",
               "Last read")


def _short_date(iso: str | None) -> str:
    if not iso:
        return ""
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%d %b %y")
    except ValueError:
        return iso[:10]


class LibraryModel(QAbstractTableModel):
    """One row per document, in the order the library lists them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[DocumentSummary] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return COLUMN_TIPS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        doc = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(doc, col)
        if role == SORT_ROLE:
            return self._sort_key(doc, col)
        if role == ID_ROLE:
            return doc.id
        if role == Qt.ItemDataRole.ToolTipRole and col == 0:
            return doc.description or doc.source_name
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [DOC_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # noqa: N802
        """A dragged row carries its document id (drop it on the right half: beside)."""
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid() and i.row() < len(self.rows)})
        if rows:
            data.setData(DOC_MIME, self.rows[rows[0]].id.encode("utf-8"))
            data.setText(self.rows[rows[0]].title)
        return data

    @staticmethod
    def _display(doc: DocumentSummary, col: int) -> str:
        values = (doc.title, ", ".join(doc.authors), ", ".join(doc.languages),
                  str(doc.highlights) if doc.highlights else "",
                  _short_date(doc.added_at), _short_date(doc.last_read_at))
        return values[col] if 0 <= col < len(values) else ""

    @staticmethod
    def _sort_key(doc: DocumentSummary, col: int) -> Any:
        if col == 3:
            return doc.highlights
        if col in (4, 5):
            return (doc.added_at if col == 4 else doc.last_read_at) or ""
        return LibraryModel._display(doc, col).casefold()

    def row_of(self, doc_id: str) -> int:
        for i, doc in enumerate(self.rows):
            if doc.id == doc_id:
                return i
        return -1

    def update(self, summaries: list[DocumentSummary]) -> None:
        """Bring the rows to ``summaries``: change, remove, then insert rows."""
        wanted = {s.id: s for s in summaries}
        for i in range(len(self.rows) - 1, -1, -1):
            if self.rows[i].id not in wanted:
                self.beginRemoveRows(QModelIndex(), i, i)
                del self.rows[i]
                self.endRemoveRows()
        for i, doc in enumerate(self.rows):
            fresh = wanted.pop(doc.id)
            if fresh != doc:
                self.rows[i] = fresh
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(COLUMNS) - 1))
        new = [s for s in summaries if s.id in wanted]
        if new:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            self.rows.extend(new)
            self.endInsertRows()


class LibraryFilter(QSortFilterProxyModel):
    """Sorts on real values (dates, counts) and filters on title, author, language."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._words: list[str] = []

    def set_query(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9: invalidateFilter is deprecated
            self.beginFilterChange()
            self._words = text.casefold().split()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = text.casefold().split()
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802
        if not self._words:
            return True
        model = self.sourceModel()
        if not isinstance(model, LibraryModel) or row >= len(model.rows):
            return True
        doc = model.rows[row]
        hay = " ".join((doc.title, *doc.authors, *doc.languages, doc.source_name)).casefold()
        return all(word in hay for word in self._words)


class HighlightListModel(QAbstractListModel):
    """Highlights as a list (orphaned ones in the margin): quote and status."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Highlight] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        h = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            quote = " ".join(h.exact.split())
            return f"“{quote[:90]}{'…' if len(quote) > 90 else ''}”"
        if role == Qt.ItemDataRole.ToolTipRole:
            return h.note or h.exact
        if role == ID_ROLE:
            return h.id
        return None

    def set_rows(self, rows: list[Highlight]) -> None:
        """Replace the list with row removals and insertions (no reset)."""
        if self.rows:
            self.beginRemoveRows(QModelIndex(), 0, len(self.rows) - 1)
            self.rows = []
            self.endRemoveRows()
        if rows:
            self.beginInsertRows(QModelIndex(), 0, len(rows) - 1)
            self.rows = list(rows)
            self.endInsertRows()
