"""What the reading view paints over its text: highlights, hits, the flash.

All of it is Qt's extra selections, never formats in the document, so painting 500
highlights never touches the text or its undo. Built afresh from the view's state
each time something changes (a selection, a hit, a flash tick): the layers of
overlapping highlights come from :mod:`ui.window.reading.layers`.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument, QTextFormat
from PySide6.QtWidgets import QTextEdit

from reader.model import Highlight
from ui.window.reading.layers import layers
from ui.window.reading.offsets import OffsetMap
from ui.window.reading.text_document import select_in
from ui.window.theme import Theme

CURRENT_HIT_INK = "#1f2328"  # dark on the solid orange of the current hit, on every theme
FLASH_ALPHA = 90


def found_color(theme: Theme) -> QColor:
    """Search and find hits: orange, unlike any highlight colour, on every theme."""
    return QColor("#e8892b" if theme.is_dark else "#ff9a3c")


@dataclass(frozen=True)
class Marks:
    """What is painted: highlights (one selected), hits (one current), a flashed span."""

    highlights: list[Highlight]
    selected_id: str | None
    hits: list[tuple[int, int]]
    current_hit: int
    flash: tuple[int, int] | None


def painted(doc: QTextDocument, offsets: OffsetMap, theme: Theme,
            marks: Marks) -> list[QTextEdit.ExtraSelection]:
    """The extra selections of ``marks`` on ``doc``, innermost highlight last."""
    selections: list[QTextEdit.ExtraSelection] = []
    for layer in layers(marks.highlights, marks.selected_id):
        background = theme.highlight(layer.fill, layer.strong)
        underline = theme.solid(layer.underline) if layer.underline else None
        ink = QColor(theme.paper) if layer.strong and theme.is_dark else None
        selections.append(_extra(doc, offsets, (layer.start, layer.end), background,
                                 underline, ink))
    selections += hit_selections(doc, offsets, theme, marks.hits, marks.current_hit)
    if marks.flash:
        color = QColor(theme.accent)
        color.setAlpha(FLASH_ALPHA)
        selections.append(_extra(doc, offsets, marks.flash, color, None))
    return selections


def hit_selections(doc: QTextDocument, offsets: OffsetMap, theme: Theme,
                   hits: list[tuple[int, int]],
                   current_hit: int) -> list[QTextEdit.ExtraSelection]:
    """Hits get the theme's search colour; the current one is solid, in dark ink."""
    found = found_color(theme)
    out: list[QTextEdit.ExtraSelection] = []
    for i, span in enumerate(hits):
        color = QColor(found)
        current = i == current_hit
        if not current:
            color.setAlpha(110)
        out.append(_extra(doc, offsets, span, color, None,
                          QColor(CURRENT_HIT_INK) if current else None))
    return out


def _extra(doc: QTextDocument, offsets: OffsetMap, span: tuple[int, int],
           background: QColor, underline: QColor | None,
           ink: QColor | None = None) -> QTextEdit.ExtraSelection:
    sel = QTextEdit.ExtraSelection()
    cursor = QTextCursor(doc)
    select_in(cursor, offsets.span_to_qt(*span))
    sel.cursor = cursor
    fmt = QTextCharFormat()
    fmt.setBackground(background)
    if ink is not None:
        fmt.setForeground(ink)
    if underline is not None:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(underline)
        fmt.setProperty(QTextFormat.Property.FullWidthSelection, False)
    sel.format = fmt
    return sel
