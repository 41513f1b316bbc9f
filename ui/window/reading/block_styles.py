"""How each kind of block looks in the reading view: headings, quotes, code, terms.

One small function per kind sets the block's and its characters' formats (sizes
relative to the reading size, colours from the theme); paragraphs keep the base
format and tables are ``tables.py``'s. Formats never add characters.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QTextBlockFormat, QTextCharFormat

from reader.text import Block
from ui.window.theme import Theme

MONO_FAMILIES = ["JetBrains Mono", "DejaVu Sans Mono", "Noto Sans Mono", "monospace"]
HEADING_SCALE = {1: 1.6, 2: 1.35, 3: 1.2, 4: 1.1, 5: 1.0, 6: 1.0}
_PROPORTIONAL = QTextBlockFormat.LineHeightTypes.ProportionalHeight.value

Style = Callable[[QTextBlockFormat, QTextCharFormat, int, Theme, float], None]


def style_block(block_fmt: QTextBlockFormat, char_fmt: QTextCharFormat, block: Block,
                theme: Theme, size: float) -> None:
    """``block``'s kind's look set on its formats (nothing for a kind without one)."""
    style = _STYLES.get(block.kind)
    if style is not None:
        style(block_fmt, char_fmt, block.level, theme, size)


def _heading(block_fmt: QTextBlockFormat, char_fmt: QTextCharFormat, level: int,
             theme: Theme, size: float) -> None:
    char_fmt.setFontPointSize(size * HEADING_SCALE.get(level or 1, 1.0))
    char_fmt.setFontWeight(QFont.Weight.Bold)
    block_fmt.setLineHeight(125, _PROPORTIONAL)
    block_fmt.setTopMargin(size * 0.6)


def _quote(block_fmt: QTextBlockFormat, char_fmt: QTextCharFormat, level: int,
           theme: Theme, size: float) -> None:
    block_fmt.setLeftMargin(28)
    block_fmt.setRightMargin(12)
    char_fmt.setFontItalic(True)
    char_fmt.setForeground(QColor(theme.muted))


def _list_item(block_fmt: QTextBlockFormat, char_fmt: QTextCharFormat, level: int,
               theme: Theme, size: float) -> None:
    block_fmt.setLeftMargin(22)


def _code(block_fmt: QTextBlockFormat, char_fmt: QTextCharFormat, level: int,
          theme: Theme, size: float) -> None:
    char_fmt.setFontFamilies(MONO_FAMILIES)
    char_fmt.setFontPointSize(size * 0.85)
    block_fmt.setBackground(QColor(theme.code_bg))
    block_fmt.setLeftMargin(12)
    block_fmt.setLineHeight(120, _PROPORTIONAL)


def _preformatted(block_fmt: QTextBlockFormat, char_fmt: QTextCharFormat, level: int,
                  theme: Theme, size: float) -> None:
    """Lines as written: monospace, close together, no band (unlike code). A line
    too long for the page still wraps (the view never scrolls sideways), its further
    lines hanging, so the written line stays visibly one."""
    char_fmt.setFontFamilies(MONO_FAMILIES)
    char_fmt.setFontPointSize(size * 0.85)
    block_fmt.setLineHeight(118, _PROPORTIONAL)
    block_fmt.setLeftMargin(size * 2)
    block_fmt.setTextIndent(-size * 2)


def _term(block_fmt: QTextBlockFormat, char_fmt: QTextCharFormat, level: int,
          theme: Theme, size: float) -> None:
    char_fmt.setFontWeight(QFont.Weight.DemiBold)
    block_fmt.setTopMargin(size * 0.4)
    block_fmt.setLineHeight(135, _PROPORTIONAL)


def _definition(block_fmt: QTextBlockFormat, char_fmt: QTextCharFormat, level: int,
                theme: Theme, size: float) -> None:
    block_fmt.setLeftMargin(28)


def _rule(block_fmt: QTextBlockFormat, char_fmt: QTextCharFormat, level: int,
          theme: Theme, size: float) -> None:
    block_fmt.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    char_fmt.setForeground(QColor(theme.muted))


_STYLES: dict[str, Style] = {
    "heading": _heading, "quote": _quote, "list_item": _list_item, "code": _code,
    "preformatted": _preformatted, "term": _term, "definition": _definition, "rule": _rule}
