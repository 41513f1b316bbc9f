"""A table's grid while the HTML walker reads it: where tabs and line ends go.

A table is one block (reader/text.py): rows on lines, cells split by tabs. The view
lines columns up by counting tabs, so a cell spanning columns or rows is followed or
preceded by empty cells, as a spreadsheet writes a merged cell: the words once, the
grid intact. The walker owns the text; this class only counts, so it stays small.

Some pages lay their whole text out in a table (old sites, essays, mail); folding
such a page onto one line per row would be unreadable. Elements no data table holds
(:data:`LAYOUT_SIGNS`, or two line breaks in a row) tell the walker to read the rest
of the table as ordinary blocks, as it did before tables were understood.
"""

from __future__ import annotations

from dataclasses import dataclass, field

LAYOUT_SIGNS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "hr", "pre",
                          "form", "fieldset", "article", "section", "main", "header",
                          "footer", "nav", "aside"})
MAX_SPAN = 100  # columns or rows one cell may span; more is a typo or an attack
SPAN_COLUMNS = 64  # rowspans are followed this far across: each row's work stays bounded
PAD_PER_CELL = 8  # empty cells a table may add for spans, per cell it really has
PAD_BASE = 64  # and this many besides: spans never multiply the text


def span(attrs: list[tuple[str, str | None]], name: str) -> int:
    """A cell's ``colspan``/``rowspan``, 1 when absent or not a number."""
    value = dict(attrs).get(name) or ""
    digits = value.strip().split(".")[0]
    return max(1, min(int(digits), MAX_SPAN)) if digits.isdigit() else 1


@dataclass
class TableGrid:
    """One table's rows and columns so far; ``depth`` counts the tables open inside it
    (folded into their cell), ``origin`` is the table element's, for its block."""

    origin: str = ""
    depth: int = 1
    in_head: bool = False  # inside ``thead``: its rows are header rows
    after_br: bool = False  # the last thing read was a line break
    header_rows: int = 0  # leading rows of header cells (``th`` or ``thead``)
    _rows: int = 0  # rows begun
    _row_open: bool = False
    _new_row: bool = True  # a ``tr`` began: the next cell starts a row
    _column: int = 0
    _cells: int = 0  # cells written in this row, empty ones included
    _owed: int = 0  # empty cells the last cell's colspan still owes
    _row_head: bool = True
    _body_seen: bool = False
    _budget: int = PAD_BASE
    _spans: dict[int, int] = field(default_factory=dict)  # column → rows still covered

    def row(self) -> None:
        self._new_row = True

    def cell(self, header: bool, colspan: int = 1, rowspan: int = 1) -> str:
        """What goes before a new cell's text: the tabs and line end that place it."""
        out = ""
        if self._row_open and self._new_row:
            out = self._close_row() + "\n"
        elif self._row_open:
            out = self._pad(self._owed)
        if not self._row_open:
            self._row_open, self._new_row = True, False
            self._rows += 1
            self._column = self._cells = 0
            self._row_head = True
        covered = 0
        while self._spans.get(self._column + covered, 0) > 0:
            covered += 1
        out += self._pad(covered)
        self._column += covered
        out += "\t" if self._cells else ""
        self._cells += 1
        self._row_head = self._row_head and (header or self.in_head)
        self._budget += PAD_PER_CELL
        if rowspan > 1:
            for column in range(self._column, min(self._column + colspan, SPAN_COLUMNS)):
                self._spans[column] = rowspan
        self._column += colspan
        self._owed = colspan - 1
        return out

    def close(self) -> str:
        """The empty cells owed at the table's end; the header rows are then final."""
        return self._close_row() if self._row_open else ""

    def restart(self) -> None:
        """The rows so far were written as a block (a caption came between rows)."""
        self.close()
        fresh = TableGrid(self.origin, self.depth, self.in_head)
        self.__dict__.update(fresh.__dict__)

    def _close_row(self) -> str:
        out = self._pad(self._owed)
        self._owed = 0
        trailing = 0
        while self._spans.get(self._column + trailing, 0) > 0:
            trailing += 1
        out += self._pad(trailing)
        if self._row_head and not self._body_seen:
            self.header_rows += 1
        else:
            self._body_seen = True
        self._spans = {c: n - 1 for c, n in self._spans.items() if n > 1}
        self._row_open = False
        return out

    def _pad(self, count: int) -> str:
        """``count`` empty cells after the cells written, as far as the budget goes."""
        count = min(count, self._budget)
        self._budget -= count
        if not count:
            return ""
        tabs = count if self._cells else count - 1
        self._cells += count
        return "\t" * tabs
