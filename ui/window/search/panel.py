"""The library search panel (Ctrl+Shift+F / Ctrl+K): live results as you type.

Typing restarts a short debounce; then the query (with the chips' filter clauses)
goes to the :class:`SearchWorker`, and only the newest generation's results are
shown: one header row per document, then its hits with the matched words in bold.
When a word is found nowhere, the index's "did you mean" is offered as a link. The
filter chips wrap in a :class:`FlowLayout`, so however many there are the panel
stays narrow and never widens the sidebar.
"""

from __future__ import annotations

import html
import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QMargins,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QListView,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetItem,
)

from index.analysis import LANGUAGES, WORD, fold, stem
from index.cjk import has_cjk, marked
from index.query import Emphasis, emphasis
from index.search import SearchHit, SearchResults
from index.suggest import replace_words
from reader.locations import Location
from reader.tags import display_tag, normalize_tags
from ui.window.search.rich_delegate import RichTextDelegate
from ui.window.status import StatusWording
from ui.window.workers.search import Filters, SearchWorker

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
DEBOUNCE_MS = 150
HIT_ROLE = Qt.ItemDataRole.UserRole + 10
MAX_TAG_CHIPS = 8
CHIP_TEXT_WIDTH = 110  # px: a longer label is elided (whole in the tooltip)


class FlowLayout(QLayout):
    """Items left to right, wrapping onto as many lines as the width needs (after
    Qt's flow layout example): its minimum width is its widest item's, not the sum."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 4) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def insertWidget(self, index: int, widget: QWidget) -> None:
        """Put ``widget`` at ``index`` (at the end when out of range)."""
        self.addChildWidget(widget)
        at = index if 0 <= index <= len(self._items) else len(self._items)
        self._items.insert(at, QWidgetItem(widget))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Place the items in ``rect`` (when ``move``); the height they take."""
        m: QMargins = self.contentsMargins()
        area = rect.marginsRemoved(m)
        x, y, line = area.x(), area.y(), 0
        for item in self._visible():
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y, line = area.x(), y + line + self._gap, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._gap
            line = max(line, hint.height())
        return y + line - rect.y() + m.bottom() if self._visible() else 0


@dataclass(frozen=True)
class ResultRow:
    """A document header (``hit`` is its best entry) or one hit under it."""

    header: bool
    doc_id: str
    title: str
    hit: SearchHit
    count: int = 0


def query_terms(query: str | SearchResults) -> Emphasis:
    """(folded words, prefixes, stems) of the words a query looks for in the text, as
    the index decided them (:func:`index.query.emphasis_terms`: no optional stop
    word, a compound's words unstemmed); from results, exactly what their hits are
    made of; from a query's text, the word being typed also as a prefix."""
    if isinstance(query, SearchResults):
        return query.emphasis
    return emphasis(query)


def emphasise(snippet: str, terms: Emphasis) -> str:
    """``snippet`` as HTML with each word the query matched in ``<b>``; in a run of
    Chinese, Japanese or Korean, the characters of the pairs it matched."""
    plain, prefixes, stems = terms
    out: list[str] = []
    last = 0
    for m in WORD.finditer(snippet):
        if has_cjk(m.group(0)):
            ranges = [(m.start() + a, m.start() + b) for a, b in marked(m.group(0),
                                                                          plain | prefixes)]
        else:
            word = fold(m.group(0))
            hit = word in plain or any(word.startswith(p) for p in prefixes) \
                or (len(word) > 3 and any(stem(lang, word) in stems for lang in LANGUAGES))
            ranges = [(m.start(), m.end())] if hit else []
        for start, end in ranges:
            out.append(html.escape(snippet[last:start]))
            out.append(f"<b>{html.escape(snippet[start:end])}</b>")
            last = end
    out.append(html.escape(snippet[last:]))
    return "".join(out)


def group_rows(results: SearchResults) -> list[ResultRow]:
    """Rows for the list: each document's header, then its entries (text first)."""
    rows: list[ResultRow] = []
    by_doc: dict[str, list[SearchHit]] = {}
    for hit in results.hits:
        by_doc.setdefault(hit.doc_id, []).append(hit)
    for doc_id, hits in by_doc.items():
        count = sum(max(1, len(h.hits)) for h in hits)
        rows.append(ResultRow(True, doc_id, hits[0].title, hits[0], count))
        rows.extend(ResultRow(False, doc_id, h.title, h) for h in hits)
    return rows


class SearchResultsModel(QAbstractListModel):
    """The flattened result rows; HTML in the display role for the rich delegate."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[ResultRow] = []
        self.terms: tuple[set[str], set[str], set[str]] = (set(), set(), set())

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._html(row)
        if role == HIT_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.title
        return None

    def _html(self, row: ResultRow) -> str:
        if row.header:
            found = self.tr("%n match(es)", "", row.count)
            return (f"<b>{html.escape(row.title)}</b> "
                    f"<span class='muted'>· {found}</span>")
        badge = f"<span class='badge'>{html.escape(self.tr('NOTE'))}</span> " \
            if row.hit.kind == "annotation" else ""
        hit = row.hit
        place = Location(hit.page, hit.chapter).label()
        where = f"<span class='muted'>{html.escape(place)}</span><br>" if place else ""
        return f"{where}{badge}{emphasise(hit.snippet, self.terms)}"

    def set_results(self, results: SearchResults) -> None:
        """Replace the rows (remove then insert, no reset, like the other models)."""
        self.terms = query_terms(results)
        if self.rows:
            self.beginRemoveRows(QModelIndex(), 0, len(self.rows) - 1)
            self.rows = []
            self.endRemoveRows()
        rows = group_rows(results)
        if rows:
            self.beginInsertRows(QModelIndex(), 0, len(rows) - 1)
            self.rows = rows
            self.endInsertRows()


class SearchPanel(QWidget):
    """Query box, filter chips, a status line and the grouped results."""

    hit_activated = Signal(object, object)  # SearchHit, SearchResults (for the doc's hits)

    def __init__(self, worker: SearchWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.results = SearchResults("")
        self.generation = 0
        self.shown_generation = 0
        self._open_when_ready = False
        self.chips: dict[tuple[str, str], QToolButton] = {}
        self.query = QLineEdit(self)
        self.query.setPlaceholderText(self.tr(
            "Search texts and notes…  \"phrase\"  OR  -word  pre*  tag:x"))
        self.query.setAccessibleName(self.tr("Search the library"))
        self.query.setAccessibleDescription(self.tr(
            "Search texts and notes as you type: \"a phrase\", OR, -word to leave out, "
            "pre* for a prefix, tag:x for a tag; Enter opens the first result"))
        self.query.setClearButtonEnabled(True)
        self.query.installEventFilter(self)
        self.chip_row = FlowLayout()  # texts/notes and languages
        self.tag_row = FlowLayout()
        self.status = QLabel(self)
        self.status.setObjectName("Muted")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.linkActivated.connect(self._take_suggestion)
        self._requested = ""  # the box's text the newest request was made with
        self.suggested = ""  # the "did you mean" query on offer
        self.model = SearchResultsModel(self)
        self.list = QListView(self)
        self.list.setAccessibleName(self.tr("Search results"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(RichTextDelegate(self.list))
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.setUniformItemSizes(False)
        # rows wrap to the width: laid out again when it changes (a scroll bar comes)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.activated.connect(self._activated)
        self.list.clicked.connect(self._activated)
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 6, 0, 0)
        for item in (self.query, self.chip_row, self.tag_row, self.status, self.list):
            (box.addLayout if isinstance(item, QLayout) else box.addWidget)(item)
        box.setStretch(4, 1)
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS, timeout=self.run)
        self.query.textChanged.connect(lambda _: self._timer.start())
        worker.results.connect(self.show_results)
        worker.failed.connect(self.status.setText)

    # -- chips --------------------------------------------------------------------
    def set_choices(self, langs: list[str], tags: list[str]) -> None:
        """The chips on offer: the library's languages, texts/notes, its common tags."""
        wanted = [("kind", "document", self.tr("Texts")), ("kind", "note", self.tr("Notes"))]
        wanted += [("lang", lang, lang) for lang in langs]
        wanted_tags = [("tag", t, display_tag(t))  # old spellings count as one tag
                       for t in normalize_tags(tags)[:MAX_TAG_CHIPS]]
        keep = {(k, v) for k, v, _ in wanted + wanted_tags}
        for key in [k for k in self.chips if k not in keep]:
            chip = self.chips.pop(key)
            (self.tag_row if key[0] == "tag" else self.chip_row).removeWidget(chip)
            chip.deleteLater()
        for kind, value, label in wanted + wanted_tags:
            if (kind, value) not in self.chips:
                row = self.tag_row if kind == "tag" else self.chip_row
                self.chips[(kind, value)] = self._chip(row, label, kind, value)

    def _chip(self, row: FlowLayout, label: str, kind: str, value: str) -> QToolButton:
        chip = QToolButton(self)
        chip.setObjectName("Chip")
        chip.setText(chip.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight,
                                                   CHIP_TEXT_WIDTH))
        chip.setCheckable(True)
        tips = {"kind": self.tr("Only {label}"), "lang": self.tr("Language: {label}"),
                "tag": self.tr("Tagged {label}")}
        chip.setToolTip(tips[kind].format(label=label))
        chip.setAccessibleName(chip.toolTip())
        chip.setAccessibleDescription(self.tr("A filter: when on, only matching results show"))
        chip.toggled.connect(lambda _: self.run())
        row.insertWidget(row.count(), chip)
        return chip

    def filters(self) -> Filters:
        on = [key for key, chip in self.chips.items() if chip.isChecked()]
        return Filters(tuple(v for k, v in on if k == "lang"),
                       tuple(v for k, v in on if k == "kind"),
                       tuple(v for k, v in on if k == "tag"))

    # -- searching ------------------------------------------------------------------
    def focus_query(self) -> None:
        self.query.setFocus()
        self.query.selectAll()

    def run(self) -> None:
        """Send what is in the box now (the debounce timer calls this)."""
        self._timer.stop()
        self._requested = self.query.text()
        if not self._requested.strip():
            self.generation = self.worker.request("")
            return
        self.status.setText(self.tr("Searching…"))
        self.generation = self.worker.request(self._requested, self.filters())

    def show_results(self, generation: int, results: SearchResults) -> None:
        if generation != self.generation:
            return
        self.shown_generation = generation
        self.results = results
        self.model.set_results(results)
        self.suggested = self._suggestion(results)
        offer = ""
        if self.suggested:
            s = html.escape(self.suggested)
            offer = self.tr("Did you mean {link}?").format(link=f"<a href=\"{s}\">{s}</a>")
        if results.hits:
            self.status.setText(StatusWording().found(results.total, [(h.doc_id, len(h.hits))
                                                                      for h in results.hits])
                                + (f" · {offer}" if offer else ""))
        elif offer or self._requested.strip():
            self.status.setText(" ".join((self.tr("Nothing found."), offer)).strip())
        else:
            self.status.setText("")
        if self._open_when_ready:
            self._open_when_ready = False
            self.open_first()

    def _suggestion(self, results: SearchResults) -> str:
        """The "did you mean" query for the box: its words as typed but the unknown
        ones (the chips' clauses stay chips), without a trailing space."""
        if results.corrections:
            return replace_words(self._requested, results.corrections).strip()
        return results.suggestion.strip()

    def _take_suggestion(self, link: str) -> None:
        self.query.setText(self.suggested or link.strip())
        self.query.setFocus()
        self.run()

    def _activated(self, index: QModelIndex) -> None:
        row = index.data(HIT_ROLE)
        if isinstance(row, ResultRow):
            self.hit_activated.emit(row.hit, self.results)

    def open_first(self) -> None:
        current = self.list.currentIndex()
        index = current if current.isValid() else self.model.index(0, 0)
        if index.isValid():
            self._activated(index)

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if watched is self.query and isinstance(event, QKeyEvent) \
                and event.type() == QKeyEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive():
                    self.run()
                if self.shown_generation == self.generation:
                    self.open_first()
                else:
                    self._open_when_ready = True  # opens when this query's results arrive
                return True
            if event.key() == Qt.Key.Key_Down and self.model.rowCount():
                self.list.setFocus()
                self.list.setCurrentIndex(self.model.index(0, 0))
                return True
        return super().eventFilter(watched, event)
