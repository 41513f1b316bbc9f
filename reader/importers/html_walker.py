"""The one definition of blocks for HTML and XHTML: element events in, canonical text
and spans out.

Web pages (html_import.py) and EPUB chapters (epub_import.py) are both lxml trees,
walked into this class by epub_feeder.Feeder as start, end and text events. We keep the
words, the block structure (tables as one block of rows and cells, definition lists as
terms and definitions), emphasis and link targets (as marks, never followed), and drop
everything else: no script runs, nothing is fetched.
"""

from __future__ import annotations

import re
from collections import Counter

from reader.importers.html_tables import LAYOUT_SIGNS, TableGrid, span
from reader.text import Mark, TextBuilder

_DROP = {"script", "style", "template", "noscript", "svg", "iframe", "object", "embed",
         "canvas", "math", "select", "button", "head", "title"}
_BLOCKS = {"p", "div", "section", "article", "header", "footer", "main", "aside", "nav",
           "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "tr", "dt", "dd",
           "figcaption", "table", "ul", "ol", "dl", "figure", "form", "fieldset", "address",
           "caption", "hr", "body", "html", "center", "details", "summary"}
_KINDS = {"pre": ("code", 0), "dt": ("term", 0), "dd": ("definition", 0),
          "blockquote": ("quote", 0), **{f"h{n}": ("heading", n) for n in range(1, 7)}}
_MARKS = {"em": "emphasis", "i": "emphasis", "cite": "emphasis", "strong": "strong",
          "b": "strong", "code": "code", "kbd": "code", "tt": "code", "samp": "code",
          "a": "link"}
_CELLS = ("td", "th")
# The only elements whose attributes the walker reads (``href``, ``colspan``,
# ``rowspan``): a feeder need not copy any other element's.
ATTRIBUTES_READ = frozenset({"a", *_CELLS})
# Dropped with what they hold (their tails stay): a feeder may cut them out first.
DROPPED = frozenset(_DROP)
# Inline elements the walker makes nothing of: their words are their parent's. A page
# may unwrap them before the walk (an EPUB may not: its CFI paths count elements).
INERT = frozenset({"span", "font", "small", "big", "u", "s", "strike", "ins", "del", "mark",
                   "abbr", "acronym", "sub", "sup", "label", "bdi", "bdo", "time", "data",
                   "q", "var", "dfn", "nobr", "wbr"})
_SPACE = re.compile(r"\s+")
RULE_TEXT = "* * *"

# What the buffer held when the current table cell began: pieces, characters, pending
# marks and anchors; a table turning out to be a layout is cut there.
_Snapshot = tuple[int, int, int, int]
_Pending = tuple[int, int, str, dict[str, str]]


class Walker:
    """Element events in, canonical text and spans out. Text gathers in a buffer until
    a block tag closes it as one block, so offsets are counted once, by the builder.
    The title and authors are the page's or the package's business, not the walker's."""

    def __init__(self) -> None:
        self.builder = TextBuilder()
        # Set by a feeder that can point back (EPUB: the element's CFI path) before each
        # start tag; the block the element opens keeps it and its blocks carry it.
        self.next_origin = ""
        # Where the text after each anchor() begins in the canonical text (first wins).
        self.anchors: dict[str, int] = {}
        self._drop_depth = 0
        # Open blocks, each with what it makes of its text: (tag, kind, level, nearest
        # list, origin). Kept on the way in, so nothing walks the stack: deep nesting
        # stays linear.
        self._stack: list[tuple[str, str, int, str, str]] = []
        # How many of each block are open (read with .get: a Counter's missing key costs
        # a Python call, and most tags are never open).
        self._open = Counter[str]()
        self._buffer: list[str] = []
        self._buffer_len = 0
        self._consumed = 0  # characters flushed before the buffer: marks start from here
        self._open_marks: list[tuple[str, int, dict[str, str]]] = []
        # Closed marks of the buffer, as (start, end, kind, attrs) in buffer positions:
        # a Mark is made once, when the block is written.
        self._pending_marks: list[_Pending] = []
        self._anchors_here: list[tuple[str, int]] = []  # at a place in the buffer
        self._anchors_next: list[str] = []  # at the start of the next block
        self._grid: TableGrid | None = None  # the data table being read, if any
        self._cell_at: _Snapshot = (0, 0, 0, 0)

    # -- tags -------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """``attrs`` matter for links (``href``) and cells (spans) only."""
        if tag in _MARKS and self._grid is None and not self._drop_depth:
            self._open_mark(tag, attrs)  # the commonest element, and no block
            return
        if tag in _DROP:
            self._drop_depth += 1
            return
        if self._drop_depth:
            return
        grid = self._grid
        if grid is not None and (tag in LAYOUT_SIGNS or (tag == "br" and grid.after_br)):
            self._to_layout()
            if tag == "br":  # the first break was read as a space in a cell: a line end
                self._trim_space()
                self._text("\n", raw=True)
        if self._grid is not None:
            self._table_start(self._grid, tag, attrs)
        else:
            self._block_start(tag)
        if tag in _MARKS:
            self._open_mark(tag, attrs)

    def _open_mark(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        href = (dict(attrs).get("href") or "") if tag == "a" else ""
        self._open_marks.append((tag, self._consumed + self._buffer_len,
                                 {"href": href} if tag == "a" else {}))

    def handle_endtag(self, tag: str) -> None:
        if tag in _MARKS and not self._drop_depth:
            self._close_mark(tag)
            if self._grid is None:  # a mark is no block: nothing else to close
                return
        elif tag in _DROP:
            self._drop_depth = max(0, self._drop_depth - 1)
            return
        elif self._drop_depth:
            return
        if self._grid is not None:
            self._table_end(self._grid, tag)
        elif tag in _BLOCKS and self._open.get(tag):
            self._flush()
            self._pop(tag)

    def handle_data(self, data: str) -> None:
        if self._drop_depth:
            return
        if self._grid is None:
            self._text(data, raw=self._open.get("pre", 0) > 0)
            return
        if data.strip():
            self._grid.after_br = False
        self._text(data)

    def anchor(self, key: str) -> None:
        """Remember, as ``anchors[key]``, where the text that follows begins (an EPUB's
        table of contents points at files and element ids)."""
        self._anchors_here.append((key, self._buffer_len))

    def end_part(self) -> None:
        """Close what is open: one file's words never run into the next file's."""
        if self._grid is not None:
            self._flush_table(self._grid)
            self._grid = None
        else:
            self._flush()
        self._stack.clear()
        self._open.clear()

    def finish(self) -> None:
        self.end_part()
        for key in self._anchors_next:  # nothing follows them: the end of the text
            self.anchors.setdefault(key, self.builder.length)
        self._anchors_next = []

    # -- blocks -------------------------------------------------------------
    def _block_start(self, tag: str) -> None:
        if tag == "br":
            self._text("\n", raw=True)
        elif tag == "hr":
            self._rule()
        elif tag in _BLOCKS:
            self._flush()
            self._push(tag)
            if tag == "table":
                self._grid = TableGrid(self.next_origin)
        elif tag in _CELLS:
            self._text(" ")

    def _push(self, tag: str) -> None:
        """Open block ``tag``: its kind is its own (heading, code, list item, term,
        definition, quote) or that of the block it sits in."""
        top = self._stack[-1] if self._stack else ("", "paragraph", 0, "", "")
        kind, level, parent = top[1], top[2], top[3]
        if tag == "li":  # level 1: an item of an ordered list
            kind, level = "list_item", int(parent == "ol")
        else:
            kind, level = _KINDS.get(tag, (kind, level))
        self._stack.append((tag, kind, level, tag if tag in ("ol", "ul") else parent,
                            self.next_origin))
        self._open[tag] += 1

    def _pop(self, tag: str) -> None:
        if tag in _BLOCKS and self._open.get(tag):
            while self._stack:
                popped = self._stack.pop()[0]
                self._open[popped] -= 1
                if popped == tag:
                    break

    def _rule(self) -> None:
        self._flush()
        self.builder.origin = self.next_origin
        start, end = self.builder.add_block(RULE_TEXT, "rule")
        self._place(start, end, 0)

    # -- tables ---------------------------------------------------------------
    def _table_start(self, grid: TableGrid, tag: str,
                     attrs: list[tuple[str, str | None]]) -> None:
        """Inside a data table only its own rows and cells make structure; every other
        block, and any table inside it, is a space within the cell."""
        top = grid.depth == 1
        grid.after_br = tag == "br"
        if tag == "table":
            grid.depth += 1
        if top and tag in _CELLS:
            self._trim_space()
            self._cell_at = (len(self._buffer), self._buffer_len, len(self._pending_marks),
                             len(self._anchors_here))
            place = grid.cell(tag == "th", span(attrs, "colspan"), span(attrs, "rowspan"))
            self._text(place, raw=True)
        elif top and tag == "tr":
            grid.row()
        elif top and tag == "caption":  # its own paragraph: what came before is written
            self._flush_table(grid)
        elif top and tag in ("thead", "tbody", "tfoot"):
            grid.in_head = tag == "thead"
        elif tag in _BLOCKS or tag in _CELLS or tag == "br":
            self._text(" ")
        if tag in _BLOCKS:
            self._push(tag)  # kept for the stack's shape, should the table be a layout

    def _table_end(self, grid: TableGrid, tag: str) -> None:
        if tag == "table":
            grid.depth -= 1
            if grid.depth:
                self._text(" ")
            else:
                self._flush_table(grid)
                self._grid = None
        elif grid.depth == 1 and tag == "caption":
            self._flush("paragraph")
        elif grid.depth == 1 and tag == "thead":
            grid.in_head = False
        elif tag in _BLOCKS or tag in _CELLS:
            self._text(" ")
        self._pop(tag)

    def _flush_table(self, grid: TableGrid) -> None:
        """Write the rows read so far as one table block."""
        self._trim_space()
        self._text(grid.close(), raw=True)
        self._flush("table", grid.header_rows, grid.origin)
        grid.restart()

    def _to_layout(self) -> None:
        """The table holds what no data table does: the cells before the current one
        are written as a table, the current one and the rest are read as blocks."""
        assert self._grid is not None
        grid, self._grid = self._grid, None
        pieces, length, marks, anchors = self._cell_at
        tail = self._buffer[pieces:]
        tail_marks, tail_anchors = self._pending_marks[marks:], self._anchors_here[anchors:]
        del self._buffer[pieces:], self._pending_marks[marks:], self._anchors_here[anchors:]
        self._buffer_len = length
        grid.close()
        self._flush("table", grid.header_rows, grid.origin)
        self._buffer, self._buffer_len = tail, sum(map(len, tail))
        self._pending_marks = [(max(0, a - length), b - length, kind, attrs)
                               for a, b, kind, attrs in tail_marks]
        self._anchors_here = [(key, max(0, pos - length)) for key, pos in tail_anchors]

    # -- text -----------------------------------------------------------------
    def _text(self, data: str, raw: bool = False) -> None:
        if not raw:
            buffer = self._buffer
            after_space = not buffer or buffer[-1][-1] in " \n\t"
            if data.isspace():  # the line ends between tags: a space at most
                if not after_space:
                    buffer.append(" ")
                    self._buffer_len += 1
                return
            # Printable text has no white space but " " (no line end, tab, NBSP or
            # other separator): only a run of spaces would need folding.
            if not data.isprintable() or "  " in data:
                data = _SPACE.sub(" ", data)
            if after_space:
                data = data.lstrip(" ")
        if data:
            self._buffer.append(data)
            self._buffer_len += len(data)

    def _trim_space(self) -> None:
        """Drop the space ending the buffer (a cell's last) and the marks' hold on it,
        so a tab, not a space and a tab, separates two cells."""
        while self._buffer and self._buffer[-1].endswith(" "):
            last = self._buffer.pop()
            kept = last.rstrip(" ")
            self._buffer_len -= len(last) - len(kept)
            if kept:
                self._buffer.append(kept)
                break
        marks, end = self._pending_marks, self._buffer_len
        i = len(marks)  # marks end in the order they closed: only the last ones reach here
        while i and marks[i - 1][1] > end:
            i -= 1
            a, _, kind, attrs = marks[i]
            marks[i] = (min(a, end), end, kind, attrs)

    def _close_mark(self, tag: str) -> None:
        marks = self._open_marks
        for j in range(len(marks) - 1, -1, -1):
            if marks[j][0] == tag:
                _, opened, attrs = marks.pop(j)
                start = max(0, opened - self._consumed)  # opened in an earlier block: 0
                if self._buffer_len > start:
                    self._pending_marks.append((start, self._buffer_len, _MARKS[tag], attrs))
                return

    def _block_kind(self) -> tuple[str, int]:
        return (self._stack[-1][1], self._stack[-1][2]) if self._stack else ("paragraph", 0)

    def _flush(self, kind: str | None = None, level: int = 0, origin: str | None = None) -> None:
        """Close the text gathered so far as one block (of the innermost open block's
        kind and origin unless told), with its marks and anchors."""
        if not self._buffer and not self._pending_marks and not self._anchors_here:
            self._cell_at = (0, 0, 0, 0)  # nothing gathered: most block ends, cheaply
            return
        text = "".join(self._buffer)
        chars = " \n" if kind == "table" else (
            "\n" if self._open.get("pre") and self._grid is None else None)
        body = text.strip(chars)
        if body.strip():
            lead = len(text) - len(text.lstrip(chars))
            if kind is None:
                kind, level = self._block_kind()
            self.builder.origin = origin if origin is not None else (
                self._stack[-1][4] if self._stack else "")
            start, end = self.builder.add_block(body, kind, level)
            self._place(start, end, lead)
        else:  # no block here: the anchors belong to the next one
            self._anchors_next.extend(key for key, _ in self._anchors_here)
        self._consumed += self._buffer_len
        self._buffer, self._buffer_len, self._pending_marks = [], 0, []
        self._anchors_here, self._cell_at = [], (0, 0, 0, 0)

    def _place(self, start: int, end: int, lead: int) -> None:
        """The pending marks and anchors, from buffer positions to text offsets."""
        marks = self.builder.marks
        for first, last, kind, attrs in self._pending_marks:
            a = max(start, min(end, start + first - lead))
            b = max(start, min(end, start + last - lead))
            if b > a:
                marks.append(Mark(a, b, kind, attrs))
        for key in self._anchors_next:
            self.anchors.setdefault(key, start)
        self._anchors_next = []
        for key, pos in self._anchors_here:
            if pos - lead < end - start:
                self.anchors.setdefault(key, start + max(0, pos - lead))
            else:  # after the block's last word: where the next one begins
                self._anchors_next.append(key)


