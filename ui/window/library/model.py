"""Qt item models over plain domain rows: the library table and highlight lists.

Updates insert, remove or change rows instead of resetting, so the selection and
the scroll position of the views survive an import or a new highlight.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QAbstractTableModel,
    QCollator,
    QCollatorSortKey,
    QDate,
    QLocale,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from reader.model import DocumentSummary, Highlight
from ui.window.reading.progress import percent_words

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
HIGHLIGHT_ROLE = Qt.ItemDataRole.UserRole + 3  # a highlight list's row: the Highlight
DOC_MIME = "application/x-marginalia-document"  # a dragged library row: its document id

# the source (English) texts; headerData translates them (context "LibraryModel")
COLUMNS = (QT_TRANSLATE_NOOP("LibraryModel", "Title"), QT_TRANSLATE_NOOP("LibraryModel", "Author"),
           QT_TRANSLATE_NOOP("LibraryModel", "Lang"),
           QT_TRANSLATE_NOOP("LibraryModel", "Highlights"),
           QT_TRANSLATE_NOOP("LibraryModel", "Added"),
           QT_TRANSLATE_NOOP("LibraryModel", "Last read"),
           QT_TRANSLATE_NOOP("LibraryModel", "Read"))
COLUMN_TIPS = (QT_TRANSLATE_NOOP("LibraryModel", "Title"),
               QT_TRANSLATE_NOOP("LibraryModel", "Authors"),
               QT_TRANSLATE_NOOP("LibraryModel", "Languages"),
               QT_TRANSLATE_NOOP("LibraryModel", "Number of highlights"),
               QT_TRANSLATE_NOOP("LibraryModel", "Added to the library"),
               QT_TRANSLATE_NOOP("LibraryModel", "Last read"),
               QT_TRANSLATE_NOOP("LibraryModel",
                                 "How far through its text you have read (where you left it)"))
NUMBER_COLUMNS = (3, 6)  # right-aligned, header too


def _short_date(iso: str | None, locale: QLocale) -> str:
    """``3 Nov 2026``, ``3 nov. 2026``: day, the month in ``locale``'s words and the
    whole year (no ambiguous ``26``, no month-first digits)."""
    if not iso:
        return ""
    try:
        when = datetime.fromisoformat(iso).astimezone()
    except ValueError:
        return iso[:10]
    return locale.toString(QDate(when.year, when.month, when.day), "d MMM yyyy")


def title_collator(locale: QLocale) -> QCollator:
    """How a reader of ``locale`` orders titles: accents and case as in a dictionary,
    numbers by value ("Chapitre 2" before "Chapitre 10"). The C locale (``LANG=C``)
    collates bytes, capitals first: English's order then."""
    if locale.language() == QLocale.Language.C:
        locale = QLocale(QLocale.Language.English)
    collator = QCollator(locale)
    collator.setNumericMode(True)
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return collator


class LibraryModel(QAbstractTableModel):
    """One row per document; sorted here, on keys computed once per row.

    A proxy sort asks ``data()`` (Python) twice per comparison, which took most of a
    second on 5,000 documents; sorting the row list on precomputed key tuples takes a
    few milliseconds. The proxy then only filters (see :meth:`LibraryFilter.sort`).
    """

    def __init__(self, parent: Any = None, locale: QLocale | None = None) -> None:
        super().__init__(parent)
        self.locale = locale or QLocale()  # the window's language (ui/window/i18n.py)
        self._collator = title_collator(self.locale)
        # one collation key per text: equal texts share it, so ties go on to the id
        self._collated: dict[str, QCollatorSortKey] = {}
        self.rows: list[DocumentSummary] = []
        self._keys: list[tuple[Any, ...]] = []  # per row: one sort key per column
        self._hay: list[str] = []  # per row: what the filter looks in (casefolded)
        self._display: dict[str, tuple[str, ...]] = {}  # per document id, made when shown
        self._row_of: dict[str, int] = {}
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr(COLUMN_TIPS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole:  # headers over their cells
            side = (Qt.AlignmentFlag.AlignRight if section in NUMBER_COLUMNS
                    else Qt.AlignmentFlag.AlignLeft)
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, col = index.row(), index.column()
        doc = self.rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells(doc)[col] if 0 <= col < len(COLUMNS) else ""
        if role == SORT_ROLE:
            return self._keys[row][col][0] if 0 <= col < len(COLUMNS) else None
        if role == ID_ROLE:
            return doc.id
        if role == Qt.ItemDataRole.ToolTipRole and col == 0:
            return doc.description or doc.source_name
        if role == Qt.ItemDataRole.TextAlignmentRole and col in NUMBER_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:
        return [DOC_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        """A dragged row carries its document id (drop it on the right half: beside)."""
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid() and i.row() < len(self.rows)})
        if rows:
            data.setData(DOC_MIME, self.rows[rows[0]].id.encode("utf-8"))
            data.setText(self.rows[rows[0]].title)
        return data

    def _cells(self, doc: DocumentSummary) -> tuple[str, ...]:
        """The row's shown texts, formatted once (dates are parsed only for shown rows)."""
        cells = self._display.get(doc.id)
        if cells is None:
            cells = (doc.title, ", ".join(doc.authors), ", ".join(doc.languages),
                     self.locale.toString(doc.highlights) if doc.highlights else "",
                     _short_date(doc.added_at, self.locale),
                     _short_date(doc.last_read_at, self.locale),
                     percent_words(doc.progress) if doc.progress else "")
            self._display[doc.id] = cells
        return cells

    def _collate(self, text: str) -> QCollatorSortKey:
        key = self._collated.get(text)
        if key is None:
            key = self._collated[text] = self._collator.sortKey(text)
        return key

    def _sort_keys(self, doc: DocumentSummary) -> tuple[Any, ...]:
        """One key per column; ties fall back to the title, then the id (stable order).
        Titles and authors are collated; two keys of different texts that collate
        alike ("apple", "Apple") are neither less nor equal: those rows keep their order."""
        tie = (self._collate(doc.title), doc.id)
        return (tie, (self._collate(", ".join(doc.authors)), *tie),
                (", ".join(doc.languages).casefold(), *tie), (doc.highlights, *tie),
                (doc.added_at or "", *tie), (doc.last_read_at or "", *tie),
                (doc.progress, *tie))

    @staticmethod
    def _haystack(doc: DocumentSummary) -> str:
        return " ".join((doc.title, *doc.authors, *doc.languages, doc.source_name)).casefold()

    def matches(self, row: int, words: list[str]) -> bool:
        """Whether every one of ``words`` (casefolded) is in row ``row``'s texts."""
        hay = self._hay[row]
        return all(word in hay for word in words)

    def row_of(self, doc_id: str) -> int:
        return self._row_of.get(doc_id, -1)

    def _set_row(self, i: int, doc: DocumentSummary) -> None:
        self.rows[i] = doc
        self._keys[i] = self._sort_keys(doc)
        self._hay[i] = self._haystack(doc)
        self._display.pop(doc.id, None)

    def update(self, summaries: list[DocumentSummary]) -> None:
        """Bring the rows to ``summaries``: change, remove, insert rows, then re-sort."""
        wanted = {s.id: s for s in summaries}
        for i in range(len(self.rows) - 1, -1, -1):
            if self.rows[i].id not in wanted:
                self.beginRemoveRows(QModelIndex(), i, i)
                self._display.pop(self.rows[i].id, None)
                del self.rows[i], self._keys[i], self._hay[i]
                self.endRemoveRows()
        for i, doc in enumerate(self.rows):
            fresh = wanted.pop(doc.id)
            if fresh != doc:
                self._set_row(i, fresh)
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(COLUMNS) - 1))
        new = [s for s in summaries if s.id in wanted]
        if new:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            self.rows.extend(new)
            self._keys.extend(self._sort_keys(s) for s in new)
            self._hay.extend(self._haystack(s) for s in new)
            self.endInsertRows()
        self._row_of = {doc.id: i for i, doc in enumerate(self.rows)}
        self._resort()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by ``column``; kept in that order through later updates."""
        if 0 <= column < len(COLUMNS):
            self._sort = (column, order)
            self._resort()

    def _resort(self) -> None:
        """Reorder rows by the current sort as one layout change (no reset)."""
        if self._sort is None or len(self.rows) < 2:
            return
        column, order = self._sort
        keys = [k[column] for k in self._keys]
        new_order = sorted(range(len(keys)), key=keys.__getitem__,
                           reverse=order == Qt.SortOrder.DescendingOrder)
        if all(old == new for new, old in enumerate(new_order)):
            return
        self.layoutAboutToBeChanged.emit()
        moved_to = [0] * len(new_order)
        for new, old in enumerate(new_order):
            moved_to[old] = new
        self.rows = [self.rows[i] for i in new_order]
        self._keys = [self._keys[i] for i in new_order]
        self._hay = [self._hay[i] for i in new_order]
        self._row_of = {doc.id: i for i, doc in enumerate(self.rows)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent, [self.index(moved_to[p.row()], p.column()) for p in persistent])
        self.layoutChanged.emit()


class LibraryFilter(QSortFilterProxyModel):
    """Filters on title, author, language; sorting is the library model's own."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._words: list[str] = []

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The view's header asks here; the source sorts on its precomputed keys."""
        model = self.sourceModel()
        if isinstance(model, LibraryModel):
            model.sort(column, order)
        else:
            super().sort(column, order)

    def set_query(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9: invalidateFilter is deprecated
            self.beginFilterChange()
            self._words = text.casefold().split()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = text.casefold().split()
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        if not isinstance(model, LibraryModel) or row >= len(model.rows):
            return True
        return model.matches(row, self._words)


class HighlightListModel(QAbstractListModel):
    """Highlights as a list (orphaned ones in the margin): quote, and the row itself
    (``HIGHLIGHT_ROLE``) for a delegate that draws colour, note and tags."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Highlight] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
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
        if role == HIGHLIGHT_ROLE:
            return h
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
