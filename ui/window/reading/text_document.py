"""The canonical text as a ``QTextDocument``: blocks and marks formatted on top of
exactly the canonical characters (formats never add any), so view positions stay
canonical offsets once converted by :class:`ui.window.reading.offsets.OffsetMap`."""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextList,
    QTextListFormat,
)

from reader.text import Block, DocumentText
from ui.window.reading.offsets import OffsetMap
from ui.window.theme import Theme

log = logging.getLogger(__name__)
_MARKER = re.compile(r"[ \t]*(?:[-*+•‣◦–]|\d{1,3}[.)]|[a-zA-Z][.)])[ \t]")

SERIF_FAMILIES = ["Literata", "Charter", "Georgia", "Source Serif Pro", "Noto Serif",
                  "DejaVu Serif", "serif"]
MONO_FAMILIES = ["JetBrains Mono", "DejaVu Sans Mono", "Noto Sans Mono", "monospace"]
HEADING_SCALE = {1: 1.6, 2: 1.35, 3: 1.2, 4: 1.1, 5: 1.0, 6: 1.0}


def serif_font(point_size: float) -> QFont:
    font = QFont()
    font.setFamilies(SERIF_FAMILIES)
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSizeF(point_size)
    return font


def build_document(body: DocumentText, theme: Theme, size: float) -> QTextDocument:
    """A ``QTextDocument`` whose plain text is ``body.text``, formatted by its spans."""
    doc = QTextDocument()
    doc.setUndoRedoEnabled(False)
    doc.setDefaultFont(serif_font(size))
    doc.setDocumentMargin(28)
    doc.setPlainText(body.text)
    offsets = OffsetMap(body.text)
    cursor = QTextCursor(doc)
    base = QTextBlockFormat()
    base.setLineHeight(155, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.setBlockFormat(base)
    _shrink_blank_lines(doc, size)
    lists = _Lists(body.text)
    for block, after in zip(body.blocks, [*body.blocks[1:], None], strict=True):
        span = offsets.span_to_qt(block.start, block.end)
        if block.kind != "paragraph":
            _format_block(cursor, span, block.kind, block.level, theme, size)
        lists.follow(cursor, span, block)
        if after is not None and after.start == block.end + 1 and block.kind != "list_item":
            _gap_after(cursor, span, size)  # no blank line between: space them anyway
    for mark in body.marks:
        _format_mark(cursor, offsets.span_to_qt(mark.start, mark.end), mark.kind,
                     mark.attrs, theme)
    if doc.characterCount() - 1 != offsets.qt_length:
        log.error("reading view length %d differs from the text's %d UTF-16 units",
                  doc.characterCount() - 1, offsets.qt_length)
    return doc


def _shrink_blank_lines(doc: QTextDocument, size: float) -> None:
    """Blank lines separate paragraphs: keep them, but as half-height gaps."""
    fmt = QTextCharFormat()
    fmt.setFontPointSize(max(4.0, size * 0.45))
    block_fmt = QTextBlockFormat()
    block_fmt.setLineHeight(100, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    block = doc.begin()
    cursor = QTextCursor(doc)
    while block.isValid():
        if block.length() == 1:
            cursor.setPosition(block.position())
            cursor.setBlockCharFormat(fmt)
            cursor.setBlockFormat(block_fmt)
        block = block.next()


class _Lists:
    """Bullets and numbers drawn by Qt (``QTextList``: no characters are added, so
    offsets stay canonical) for list items whose text carries no marker of its own
    (Markdown and HTML drop theirs; a plain-text file keeps its "- " or "1.")."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.current: QTextList | None = None
        self.level = -1

    def follow(self, cursor: QTextCursor, span: tuple[int, int], block: Block) -> None:
        if block.kind != "list_item" or _MARKER.match(self.text, block.start):
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


def _format_block(cursor: QTextCursor, span: tuple[int, int], kind: str, level: int,
                  theme: Theme, size: float) -> None:
    select_in(cursor, span)
    block_fmt = cursor.blockFormat()
    char_fmt = QTextCharFormat()
    if kind == "heading":
        char_fmt.setFontPointSize(size * HEADING_SCALE.get(level or 1, 1.0))
        char_fmt.setFontWeight(QFont.Weight.Bold)
        block_fmt.setLineHeight(125, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        block_fmt.setTopMargin(size * 0.6)
    elif kind == "quote":
        block_fmt.setLeftMargin(28)
        block_fmt.setRightMargin(12)
        char_fmt.setFontItalic(True)
        char_fmt.setForeground(QColor(theme.muted))
    elif kind == "list_item":
        block_fmt.setLeftMargin(22)
    elif kind == "code":
        char_fmt.setFontFamilies(MONO_FAMILIES)
        char_fmt.setFontPointSize(size * 0.85)
        block_fmt.setBackground(QColor(theme.code_bg))
        block_fmt.setLeftMargin(12)
        block_fmt.setLineHeight(120, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    elif kind == "rule":
        block_fmt.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        char_fmt.setForeground(QColor(theme.muted))
    cursor.setBlockFormat(block_fmt)
    cursor.mergeCharFormat(char_fmt)


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
        # Shown as a link, never followed: no anchor, only a tooltip with the address.
        fmt.setForeground(QColor(theme.accent))
        fmt.setFontUnderline(True)
        fmt.setToolTip(attrs.get("href", ""))
    cursor.mergeCharFormat(fmt)
