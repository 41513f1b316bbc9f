"""A table block laid out on tab stops, since a ``QTextTable`` would add characters.

A table is one block of the canonical text: rows on lines (so each row is a Qt block
of its own), cells split by tabs. Every row gets the same tab positions, one per
column, placed from the widest cell of each column as the table's own font draws it,
so the cells line up without a character added and offsets stay canonical. A column
is capped at a third of the reading column, so one long cell cannot push the others
off the page; a row too long for the page wraps, its further lines hanging under a
column's start (the last one's, where the long cell usually is).

Tab stops are distances, not fractions of the page: on a page narrower than the
reading measure (a narrow window, two documents side by side) the last columns may
start near its edge, so :class:`TableFit` moves the hang of the wrapped lines
whenever the page's width changes.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QSizeF
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)

from ui.structure import table_rows
from ui.window.reading.offsets import OffsetMap
from ui.window.theme import Theme

TABLE_SCALE = 0.9  # the table's font, against the text's
MEASURE_CHARS = 73.5  # the reading column: the view's 70 average characters, and 5 %
COLUMN_CAP = 1 / 3  # of the measure: the widest a column is made
GAP_EMS = 1.4  # between two columns, in the table font's em
LAST_ROOM_EMS = 9.0  # wrapped lines hang under the last column if it leaves them this,
HANG_ANY = 1 / 3  # else under the last column starting before this much of the page
TAB_SCALE = 1.4  # of the table's font: its tabs, to pad each row's line
ROW_LINE_HEIGHT = 100  # percent: bands that touch, no gap between rows
REFIT_STEP = 8.0  # pixels: page widths closer than this share one fit


@dataclass(frozen=True)
class TableLayout:
    """Where the columns of one table start (x, from the text's left edge) and where
    a row's wrapped lines start."""

    starts: tuple[float, ...]
    hang: float


@dataclass(frozen=True)
class TableShape:
    """What placing a table's columns needs, measured once: each column's widest cell
    (capped at a third of the reading measure) and the gap between columns, in pixels
    of the table's font."""

    widths: tuple[float, ...]
    gap: float
    em: float

    def layout(self, page: float) -> TableLayout:
        """Column starts, and the hang for a text column ``page`` wide: the columns
        keep their places on a narrow page (a row wraps sooner), the hang moves."""
        starts = [sum(self.widths[:column]) + self.gap * column
                  for column in range(len(self.widths))]
        return TableLayout(tuple(starts), _hang(starts, page, self.em * LAST_ROOM_EMS))


def table_shape(rows: list[list[str]], header_rows: int, font: QFont,
                measure: float) -> TableShape:
    """Each column's widest cell in ``font`` (header cells measured bold), at most a
    third of the reading ``measure``."""
    plain = QFontMetricsF(font)
    bold_font = QFont(font)
    bold_font.setWeight(QFont.Weight.Bold)
    bold = QFontMetricsF(bold_font)
    widths = [0.0] * max((len(row) for row in rows), default=0)
    for index, row in enumerate(rows):
        metrics = bold if index < header_rows else plain
        for column, cell in enumerate(row):
            widths[column] = max(widths[column], metrics.horizontalAdvance(cell))
    em = plain.horizontalAdvance("M")
    return TableShape(tuple(min(width, measure * COLUMN_CAP) for width in widths),
                      em * GAP_EMS, em)


def _hang(starts: list[float], page: float, room: float) -> float:
    """Where a row's wrapped lines start: under the last column, where a long cell
    usually is, when that leaves them ``room``; else under an early column."""
    if starts and page - starts[-1] >= room:
        return starts[-1]
    return max((start for start in starts if start <= page * HANG_ANY), default=0.0)


def reading_measure(doc: QTextDocument) -> float:
    """The width the reading view gives its text column (``view.LINE_CHARS``)."""
    return QFontMetricsF(doc.defaultFont()).averageCharWidth() * MEASURE_CHARS


def format_table(cursor: QTextCursor, span: tuple[int, int], body: str, header_rows: int,
                 theme: Theme, size: float, fit: float | None = None) -> TableShape:
    """Format the table block at Qt ``span`` whose canonical text is ``body``: fonts,
    bands and margins for good, its columns for the reading measure (until a
    :class:`TableFit` places them for the page; ``fit``: for that width now). Returns
    its shape, for the fit."""
    rows = table_rows(body)
    header_rows = min(max(header_rows, 0), len(rows))
    font = QFont(cursor.document().defaultFont())
    font.setPointSizeF(size * TABLE_SCALE)
    measure = reading_measure(cursor.document())
    shape = table_shape(rows, header_rows, font, measure)
    layout = shape.layout(fit or measure)
    _table_font(cursor, span, body, size)
    cursor.setPosition(span[0])
    block = cursor.block()
    for index in range(len(rows)):
        if not block.isValid():
            break
        fmt = block.blockFormat()
        _band(fmt, theme, index, header_rows, len(rows), size)
        _place(fmt, layout)
        QTextCursor(block).setBlockFormat(fmt)
        if index < header_rows:
            _embolden(block)
        block = block.next()
    return shape


def _table_font(cursor: QTextCursor, span: tuple[int, int], body: str, size: float) -> None:
    """The table's smaller font; its tabs, which draw nothing, set larger, so each row's
    line is taller than its text: the padding a row's band needs (a band covers the
    line's own height, never a block's margins or line spacing)."""
    cursor.setPosition(span[0])
    cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
    fmt = QTextCharFormat()
    fmt.setFontPointSize(size * TABLE_SCALE)
    cursor.mergeCharFormat(fmt)
    tall = QTextCharFormat()
    tall.setFontPointSize(size * TABLE_SCALE * TAB_SCALE)
    offsets = OffsetMap(body)
    for at in (i for i, char in enumerate(body) if char == "\t"):
        cursor.setPosition(span[0] + offsets.to_qt(at))
        cursor.setPosition(span[0] + offsets.to_qt(at + 1), QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(tall)


def _band(fmt: QTextBlockFormat, theme: Theme, index: int, header_rows: int, count: int,
          size: float) -> None:
    """A row's band (the header's the strongest, every other body row's faint) and the
    table's margins, on its first and last rows only so the bands touch. (No ruled
    line: a block with a ``BlockTrailingHorizontalRulerWidth`` is copied as a bare
    ``<hr>``, its text lost.)"""
    fmt.setLineHeight(ROW_LINE_HEIGHT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    fmt.setTopMargin(size * 0.5 if index == 0 else 0)
    fmt.setBottomMargin(size * 0.6 if index == count - 1 else 0)
    fmt.setRightMargin(0)
    if index < header_rows:
        fmt.setBackground(QColor(theme.card_border))
    elif (index - header_rows) % 2 == 1:
        fmt.setBackground(QColor(theme.code_bg))


def _place(fmt: QTextBlockFormat, layout: TableLayout) -> None:
    """The table's tab stops, and the hanging indent of a row's wrapped lines."""
    fmt.setTabPositions([QTextOption.Tab(x, QTextOption.TabType.LeftTab)
                         for x in layout.starts[1:]])
    fmt.setLeftMargin(layout.hang)
    fmt.setTextIndent(-layout.hang)


def _embolden(block: QTextBlock) -> None:
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold)
    cursor.mergeCharFormat(fmt)


class TableFit(QObject):
    """Hangs a document's wrapped table rows again when its page width changes, for
    the narrower of the page and the reading measure, so wrapped lines never start
    near the page's edge. Lives as long as the document (its child)."""

    def __init__(self, doc: QTextDocument, page: float | None = None) -> None:
        super().__init__(doc)
        self.doc = doc
        self.measure = reading_measure(doc)
        self.tables: list[tuple[int, int, TableShape]] = []  # first Qt position, rows
        self.fitted = max(REFIT_STEP, min(self.measure, page)) if page else self.measure

    def follow_width(self) -> None:
        """Refit on every change of the page's size, once the document is formatted
        (asking for its layout earlier would lay it out again at each format)."""
        if self.tables:
            self.doc.documentLayout().documentSizeChanged.connect(self._refit)

    def add(self, position: int, rows: int, shape: TableShape) -> None:
        self.tables.append((position, rows, shape))

    def page_width(self) -> float:
        """The text column's width: the page less the root frame's margins; the
        width already fitted while the document has none (before a view shows it)."""
        width = self.doc.textWidth()
        if width <= 0:
            return self.fitted
        frame = self.doc.rootFrame().frameFormat()
        return width - frame.leftMargin() - frame.rightMargin() - 2 * frame.padding() \
            - 2 * frame.border()

    def _refit(self, _size: QSizeF | None = None) -> None:
        measure = max(REFIT_STEP, min(self.measure, self.page_width()))
        if abs(measure - self.fitted) < REFIT_STEP:
            return
        self.fitted = measure  # first: the changes below lay out, and call again
        cursor = QTextCursor(self.doc)
        cursor.beginEditBlock()  # one layout for all the rows, not one per row
        try:
            self._hang_rows(cursor, measure)
        finally:
            cursor.endEditBlock()

    def _hang_rows(self, cursor: QTextCursor, measure: float) -> None:
        for position, rows, shape in self.tables:
            layout = shape.layout(measure)
            block = self.doc.findBlock(position)
            if abs(block.blockFormat().leftMargin() - layout.hang) < 0.5:
                continue  # the stops never move: only the hang can have
            for _ in range(rows):
                if not block.isValid():
                    break
                fmt = block.blockFormat()
                _place(fmt, layout)
                cursor.setPosition(block.position())
                cursor.setBlockFormat(fmt)
                block = block.next()
