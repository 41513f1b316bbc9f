"""The highlights on a PDF's page: which rects of it each one covers, and their paint.

Rects are in pixels from the page's own top-left corner at the view's zoom, so a page's
are worked out once (through the page map and pdfium's character boxes) and stay true
however the pages scroll; the view moves them to where the page is when it paints.
Overlaps are painted as the text view paints them, one layer per stretch
(:mod:`ui.window.reading.layers`), multiplied into the page as a marker's ink would be.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter

from reader.model import Highlight
from reader.page_map import Box, PageChars, PageMap, rects
from ui.window.reading.layers import layers
from ui.window.theme import Theme

ToPixels = Callable[[Box], QRectF]  # a box in page points -> page pixels


@dataclass(frozen=True)
class PageMark:
    """Rects of one page: a highlight's own (``hid``; where a click finds it) or a
    layer to fill (``hid`` empty)."""

    hid: str
    color: str
    strong: bool
    rects: tuple[QRectF, ...]


def span_rects(page_map: PageMap, chars: PageChars, page: int, start: int, end: int,
               to_pixels: ToPixels) -> tuple[QRectF, ...]:
    """Canonical ``[start, end)`` on ``page``, in page pixels."""
    return tuple(to_pixels(box) for span in page_map.spans(start, end) if span.page == page
                 for box in rects(chars, span.start, span.end))


class PageMarks:
    """Each page's marks, worked out when first painted; cleared on any change."""

    def __init__(self) -> None:
        self._pages: dict[int, list[PageMark]] = {}

    def clear(self, page: int | None = None) -> None:
        if page is None:
            self._pages.clear()
        else:
            self._pages.pop(page, None)

    def of(self, page: int, page_map: PageMap, chars: PageChars, highlights: list[Highlight],
           selected_id: str | None, to_pixels: ToPixels) -> list[PageMark]:
        if page not in self._pages:
            live = [h for h in highlights if h.status != "orphaned"]
            found = [PageMark("", layer.fill, layer.strong,
                              span_rects(page_map, chars, page, layer.start, layer.end,
                                         to_pixels))
                     for layer in layers(live, selected_id)]
            found += [PageMark(h.id, h.color, False,
                               span_rects(page_map, chars, page, h.start, h.end, to_pixels))
                      for h in live]
            self._pages[page] = [m for m in found if m.rects]
        return self._pages[page]


def paint(painter: QPainter, theme: Theme, marks: list[PageMark], at: QPointF,
          selection: tuple[QRectF, ...] = ()) -> None:
    """The layers of ``marks`` and the reader's ``selection``, the page's corner at ``at``."""
    painter.save()
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Multiply)
    painter.setPen(Qt.PenStyle.NoPen)
    for mark in marks:
        if mark.hid:
            continue  # a highlight's own rects: its layers paint it
        fill = theme.highlight(mark.color, mark.strong)
        fill.setAlpha(max(fill.alpha(), 150 if mark.strong else 110))
        for rect in mark.rects:
            painter.fillRect(rect.translated(at), fill)
    if selection:
        fill = QColor(theme.accent)
        fill.setAlpha(110)
        for rect in selection:
            painter.fillRect(rect.translated(at), fill)
    painter.restore()
