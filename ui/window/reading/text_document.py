"""The canonical text as a ``QTextDocument``: blocks and marks formatted on top of
exactly the canonical characters (formats never add any), so view positions stay
canonical offsets once converted by :class:`ui.window.reading.offsets.OffsetMap`."""

from __future__ import annotations

import logging
import re
from bisect import bisect_left, bisect_right

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextList,
    QTextListFormat,
)

from reader.language import RIGHT_TO_LEFT
from reader.text import Block, DocumentText, Mark
from ui.structure import has_own_marker
from ui.window.reading.block_styles import MONO_FAMILIES, style_block
from ui.window.reading.offsets import OffsetMap
from ui.window.reading.tables import TableFit, format_table
from ui.window.theme import Theme

log = logging.getLogger(__name__)

SERIF_FAMILIES = ["Literata", "Charter", "Georgia", "Source Serif Pro", "Noto Serif",
                  "DejaVu Serif", "serif"]


def serif_font(point_size: float) -> QFont:
    font = QFont()
    font.setFamilies(SERIF_FAMILIES)
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSizeF(point_size)
    return font


def build_document(body: DocumentText, theme: Theme, size: float,
                   reflow: bool = False, offsets: OffsetMap | None = None,
                   page: float | None = None) -> QTextDocument:
    """A ``QTextDocument`` whose plain text is ``body.text``, formatted by its spans
    (all at once; the view formats a long one a stretch at a time: :class:`Formatter`)."""
    formatter = Formatter(body, theme, size, reflow, offsets, page)
    formatter.finish()
    return formatter.doc


class Formatter:
    """Formats the document it makes a stretch of blocks (and their marks) at a time.

    Formatting is most of opening a long page (27,000 blocks and 50,000 marks of
    Node's ``all.html``: 1.8 s), so the view formats the stretch it shows first and
    the others from idle turns of the event loop. A stretch starts at a block that is
    not a list item, so each list is made whole by one stretch.
    ``reflow``: the line ends inside prose blocks are a plain-text file's hard wrap, not
    the author's breaks: they are shown as spaces (one character for one, so offsets
    hold) and the paragraph flows to the pane's width. Elsewhere a line end inside a
    paragraph is a ``<br>`` or a Markdown hard break, and stays one. ``page``: the
    width the view will give the text, when known, so tables are fitted to it now and
    not again, all of a long page re-laid out, the moment the view shows it."""

    STRETCH = 400  # blocks: about 30 ms of formatting

    def __init__(self, body: DocumentText, theme: Theme, size: float, reflow: bool = False,
                 offsets: OffsetMap | None = None, page: float | None = None) -> None:
        self.body, self.theme, self.size = body, theme, size
        self.doc = doc = QTextDocument()
        doc.setUndoRedoEnabled(False)
        doc.setDefaultFont(serif_font(size))
        doc.setDocumentMargin(28)
        doc.setPlainText(_reflowed(body) if reflow else body.text)
        self.offsets = offsets or OffsetMap(body.text)  # the view's own, when it made one
        self.cursor = QTextCursor(doc)
        base = QTextBlockFormat()
        base.setLineHeight(155, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        self.cursor.select(QTextCursor.SelectionType.Document)
        self.cursor.setBlockFormat(base)
        self.blanks = [m.start() for m in _BLANK_LINE.finditer(body.text)]
        self.tables = TableFit(doc, page)
        self.code = _CodeMarks(body.marks)
        self.marks = sorted(body.marks, key=lambda m: m.start)  # the builder's order: O(n)
        self.mark_starts = [m.start for m in self.marks]
        self.todo = _stretches(body.blocks, self.STRETCH)

    def format_at(self, offset: int) -> None:
        """Format the stretch holding ``offset`` and the one after (a screen's worth),
        then go on from there when :meth:`step` is called."""
        if not self.todo:
            _shrink_blank_lines(self.cursor, self.blanks, self.offsets, self.size)
            self._finished()
            return
        starts = [self.body.blocks[first].start for first, _ in self.todo]
        at = max(0, bisect_right(starts, offset) - 1)
        self.todo = self.todo[at:] + self.todo[:at]
        self.step()
        self.step()

    def step(self) -> bool:
        """Format the next stretch; False once the document is all formatted."""
        if not self.todo:
            return False
        first, last = self.todo.pop(0)
        self.cursor.beginEditBlock()  # shown already: one layout for the stretch, not one
        try:  # for each of its formats
            self._format(first, last)
        finally:
            self.cursor.endEditBlock()
        if not self.todo:
            self._finished()
        return bool(self.todo)

    def finish(self) -> None:
        if not self.body.blocks:
            self.format_at(0)
        while self.step():
            pass

    def _format(self, first: int, last: int) -> None:
        blocks, cursor, offsets = self.body.blocks, self.cursor, self.offsets
        start = blocks[first].start if first else 0
        end = blocks[last + 1].start if last + 1 < len(blocks) else len(self.body.text) + 1
        blanks = self.blanks[bisect_left(self.blanks, start):bisect_left(self.blanks, end)]
        _shrink_blank_lines(cursor, blanks, offsets, self.size)  # first: a block's own wins
        code_terms = _format_blocks(cursor, self.body, range(first, last + 1), offsets,
                                    self.theme, self.size, self.tables, self.code)
        _right_to_left(cursor, blocks[first:last + 1], offsets)
        low = bisect_left(self.mark_starts, start)
        high = bisect_left(self.mark_starts, end)
        for mark in self.marks[low:high]:
            _format_mark(cursor, offsets.span_to_qt(mark.start, mark.end), mark.kind,
                         mark.attrs, self.theme)
        for span in code_terms:  # already all monospace: a code mark's band would patch it
            select_in(cursor, span)
            unbanded = QTextCharFormat()
            unbanded.setBackground(QBrush(Qt.BrushStyle.NoBrush))
            cursor.mergeCharFormat(unbanded)

    def _finished(self) -> None:
        self.tables.follow_width()  # only now: a layout while formatting would redo it
        if self.doc.characterCount() - 1 != self.offsets.qt_length:
            log.error("reading view length %d differs from the text's %d UTF-16 units",
                      self.doc.characterCount() - 1, self.offsets.qt_length)


def _stretches(blocks: tuple[Block, ...], size: int) -> list[tuple[int, int]]:
    """(first, last) block indices of stretches of about ``size`` blocks, each
    starting at a block that is not a list item."""
    out: list[tuple[int, int]] = []
    first = 0
    while first < len(blocks):
        last = min(len(blocks) - 1, first + size - 1)
        while last + 1 < len(blocks) and blocks[last + 1].kind == "list_item":
            last += 1
        out.append((first, last))
        first = last + 1
    return out


def _format_blocks(cursor: QTextCursor, body: DocumentText, which: range, offsets: OffsetMap,
                   theme: Theme, size: float, tables: TableFit,
                   code: _CodeMarks) -> list[tuple[int, int]]:
    """Format the blocks ``which`` by their kind, the tables noted in ``tables``;
    returns the Qt spans of the terms set as code."""
    lists = _Lists(body.text)
    code_terms: list[tuple[int, int]] = []
    blocks = body.blocks
    for n in which:
        block = blocks[n]
        after = blocks[n + 1] if n + 1 < len(blocks) else None
        span = offsets.span_to_qt(block.start, block.end)
        if block.kind == "table":
            table = body.text[block.start:block.end]
            tables.add(span[0], table.count("\n") + 1,
                       format_table(cursor, span, table, block.level, theme, size,
                                    tables.fitted))
        elif block.kind != "paragraph":
            as_code = block.kind == "term" and _reads_as_code(body.text, block, code)
            _format_block(cursor, span, block, theme, size, as_code)
            if as_code:
                code_terms.append(span)
        lists.follow(cursor, span, block)
        if after is not None and after.start == block.end + 1 and block.kind not in _HUGGING:
            _gap_after(cursor, span, size)  # no blank line between: space them anyway
    return code_terms


_REFLOWED_KINDS = frozenset({"paragraph", "list_item", "quote", "definition"})


def _reflowed(body: DocumentText) -> str:
    """``body.text`` with the line ends inside its prose blocks turned into spaces."""
    text = body.text
    if "\n" not in text:
        return text
    parts: list[str] = []
    last = 0
    for block in body.blocks:
        if block.kind in _REFLOWED_KINDS and "\n" in text[block.start:block.end]:
            parts.append(text[last:block.start])
            parts.append(text[block.start:block.end].replace("\n", " "))
            last = block.end
    parts.append(text[last:])
    return "".join(parts)


def _right_to_left(cursor: QTextCursor, blocks: tuple[Block, ...],
                   offsets: OffsetMap) -> None:
    """Blocks in Arabic, Hebrew… read right to left even when they open on a Latin
    word or a number (Qt alone goes by the first strong character)."""
    rtl = QTextBlockFormat()
    rtl.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    for block in blocks:
        if block.lang in RIGHT_TO_LEFT:
            select_in(cursor, offsets.span_to_qt(block.start, block.end))
            cursor.mergeBlockFormat(rtl)


_BLANK_LINE = re.compile(r"^$", re.M)


def _shrink_blank_lines(cursor: QTextCursor, blanks: list[int], offsets: OffsetMap,
                        size: float) -> None:
    """Blank lines (at canonical ``blanks``) separate paragraphs: keep them, but as
    half-height gaps."""
    fmt = QTextCharFormat()
    fmt.setFontPointSize(max(4.0, size * 0.45))
    block_fmt = QTextBlockFormat()
    block_fmt.setLineHeight(100, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    for position in blanks:
        cursor.setPosition(offsets.to_qt(position))
        cursor.setBlockCharFormat(fmt)
        cursor.setBlockFormat(block_fmt)


class _Lists:
    """Bullets and numbers drawn by Qt (``QTextList``: no characters are added, so
    offsets stay canonical) for list items whose text carries no marker of its own
    (Markdown and HTML drop theirs; a plain-text file keeps its "- " or "1.")."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.current: QTextList | None = None
        self.level = -1

    def follow(self, cursor: QTextCursor, span: tuple[int, int], block: Block) -> None:
        if block.kind != "list_item" or has_own_marker(self.text, block.start):
            self.current = None
            return
        select_in(cursor, span)
        block_fmt = cursor.blockFormat()
        block_fmt.setLeftMargin(0)  # the list's own indent places the marker and text
        cursor.setBlockFormat(block_fmt)
        if self.current is not None and self.level == block.level:
            self.current.add(cursor.block())
            return
        fmt = QTextListFormat()
        fmt.setStyle(QTextListFormat.Style.ListDecimal if block.level == 1
                     else QTextListFormat.Style.ListDisc)
        fmt.setIndent(1)
        self.current, self.level = cursor.createList(fmt), block.level


def _gap_after(cursor: QTextCursor, span: tuple[int, int], size: float) -> None:
    """The half-line gap a blank line gives, for blocks a single line end separates."""
    cursor.setPosition(span[1])
    block_fmt = cursor.blockFormat()
    block_fmt.setBottomMargin(size * 0.7)
    cursor.setBlockFormat(block_fmt)


def select_in(cursor: QTextCursor, span: tuple[int, int]) -> None:
    cursor.setPosition(span[0])
    cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)


def _format_block(cursor: QTextCursor, span: tuple[int, int], block: Block, theme: Theme,
                  size: float, code: bool = False) -> None:
    """Every kind but paragraphs (the base format) and tables (``tables.py``);
    ``code``: a term that reads as a code signature, set in monospace."""
    select_in(cursor, span)
    block_fmt = cursor.blockFormat()
    char_fmt = QTextCharFormat()
    style_block(block_fmt, char_fmt, block, theme, size)
    if code:
        char_fmt.setFontFamilies(MONO_FAMILIES)
        char_fmt.setFontPointSize(size * 0.9)
    cursor.setBlockFormat(block_fmt)
    cursor.mergeCharFormat(char_fmt)


# Kinds set close to what follows them even when one line end separates them.
_HUGGING = ("list_item", "term")
# A Python-like signature: ``os.path.join(path, *paths)``, ``class dict(**kwargs)``.
_SIGNATURE = re.compile(r"(?:(?:class|exception|async|await|abstractmethod|classmethod|"
                        r"staticmethod|property)\s+)*[\w.]+(?:\[[^\]]*\])?\(.*\)", re.S)


class _CodeMarks:
    """The code marks, sorted, to ask whether a span is entirely code."""

    def __init__(self, marks: tuple[Mark, ...]) -> None:
        self.spans = sorted((m.start, m.end) for m in marks if m.kind == "code")
        self.starts = [start for start, _ in self.spans]

    def cover(self, start: int, end: int) -> bool:
        i = max(0, bisect_right(self.starts, start) - 1)
        pos = start
        while i < len(self.spans) and self.spans[i][0] <= pos < end:
            pos = max(pos, self.spans[i][1])
            i += 1
        return pos >= end


def _reads_as_code(text: str, block: Block, code: _CodeMarks) -> bool:
    """A term set as code: a signature (Sphinx's API terms), or code marks over all of it."""
    term = text[block.start:block.end]
    return bool(_SIGNATURE.match(term)) or (bool(term.strip())
                                            and code.cover(block.start, block.end))


def _format_mark(cursor: QTextCursor, span: tuple[int, int], kind: str,
                 attrs: dict[str, str], theme: Theme) -> None:
    select_in(cursor, span)
    fmt = QTextCharFormat()
    if kind == "emphasis":
        fmt.setFontItalic(True)
    elif kind == "strong":
        fmt.setFontWeight(QFont.Weight.Bold)
    elif kind == "code":
        fmt.setFontFamilies(MONO_FAMILIES)
        fmt.setBackground(QColor(theme.code_bg))
    elif kind == "link":
        # An anchor only for the view to tell a click on it (ui/window/outline/links.py
        # follows it); the tooltip shows the address.
        fmt.setForeground(QColor(theme.accent))
        fmt.setFontUnderline(True)
        fmt.setToolTip(attrs.get("href", ""))
        fmt.setAnchor(True)
        fmt.setAnchorHref(attrs.get("href", "") or "#")
    cursor.mergeCharFormat(fmt)
