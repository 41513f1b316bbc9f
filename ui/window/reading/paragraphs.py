"""A place in a document as a paragraph and a fraction of it: what two panes showing
versions or translations of one text share to scroll together (their offsets differ,
their paragraphs correspond), and what ``--open DOC#PARAGRAPH`` names."""

from __future__ import annotations

from bisect import bisect_right

from reader.model import Document
from ui.window.reading.view import ReadingView


def paragraph_position(view: ReadingView, document: Document | None) -> tuple[int, float]:
    """(block index, fraction of that block above the top of ``view``)."""
    if document is None or not document.body.blocks:
        return 0, 0.0
    blocks = document.body.blocks
    top = view.offset_at_top()
    index = max(0, bisect_right([b.start for b in blocks], top) - 1)
    y0 = view.y_of_offset(blocks[index].start)
    y1 = view.y_of_offset(blocks[index].end) + view.fontMetrics().height()
    return index, min(1.0, max(0.0, -y0 / max(1, y1 - y0)))


def scroll_to_paragraph(view: ReadingView, document: Document | None, index: int,
                        fraction: float) -> None:
    """Put block ``index`` (clamped) at the top, ``fraction`` of it scrolled past."""
    if document is None or not document.body.blocks:
        return
    blocks = document.body.blocks
    block = blocks[min(max(index, 0), len(blocks) - 1)]
    y0 = view.y_of_offset(block.start)
    y1 = view.y_of_offset(block.end) + view.fontMetrics().height()
    bar = view.verticalScrollBar()
    view.scroll_to_y(int(bar.value() + y0 + fraction * (y1 - y0)))
