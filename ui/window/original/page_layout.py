"""Where a PDF's pages stand in the original view at a zoom: stacked one under the
other with a gap, each as wide as its points times the zoom (pixels per point)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from PySide6.QtCore import QRectF

from reader.page_map import Box

GAP = 12  # pixels between pages, and around them
Size = tuple[float, float]  # a page's width and height, in points


def fit_zoom(sizes: Sequence[Size], width: int, height: int, mode: str) -> float:
    """The zoom fitting the widest page to ``width`` pixels, and for ``mode`` "page"
    the tallest to ``height`` too."""
    zoom = max(50, width - 2 * GAP) / max(w for w, _ in sizes)
    if mode == "page":
        zoom = min(zoom, max(50, height - 2 * GAP) / max(h for _, h in sizes))
    return zoom


def stack(sizes: Sequence[Size], zoom: float) -> tuple[list[float], float, float]:
    """Each page's top, and the whole stack's height and width, in pixels."""
    tops = []
    y = float(GAP)
    for _, height in sizes:
        tops.append(y)
        y += height * zoom + GAP
    return tops, y, max((w for w, _ in sizes), default=0) * zoom + 2 * GAP


def page_at(tops: Sequence[float], y: float) -> int:
    """The page at height ``y`` of the stack (the one above when in a gap)."""
    return max(0, bisect_right(tops, y) - 1) if tops else 0


def local_rect(page_height: float, zoom: float, box: Box) -> QRectF:
    """A box in page points (y up), in pixels from the page's top-left corner."""
    left, bottom, right, top = box
    return QRectF(left * zoom, (page_height - top) * zoom, (right - left) * zoom,
                  (top - bottom) * zoom)
