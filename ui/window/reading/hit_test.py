"""Which character is at a point of the reading view, without walking the document.

``QTextEdit.cursorForPosition`` walks the document's blocks from the top: on an
8 MB page (27,000 blocks) one call takes 0.3 s, and the view asks on every scroll
(the position saved, the minimap, the outline, the progress line, the other pane
and the original page following). The view's blocks all sit in the root frame, one
under the other, so a search over their laid-out rectangles finds the block, and its
own lines the character. The search gallops out from the block found last (the
reader is rarely far from where they were), so it asks Qt for the layout of blocks
near there only: a first probe in the middle of a document just opened would lay out
half of it.
"""

from __future__ import annotations

from PySide6.QtGui import QAbstractTextDocumentLayout, QTextBlock, QTextDocument


class HitTest:
    """Hit tests on one document; remembers the block it found last."""

    def __init__(self, doc: QTextDocument) -> None:
        self.doc = doc
        self.last = 0  # block number

    def position_at(self, x: float, y: float) -> int:
        """The Qt position under document coordinates (``x``, ``y``)."""
        doc, layout = self.doc, self.doc.documentLayout()
        count = doc.blockCount()
        start = min(self.last, count - 1)
        low, high = self._bracket(layout, start, count, y)
        while low < high:  # the first block whose bottom is below y
            middle = (low + high) // 2
            if y >= layout.blockBoundingRect(doc.findBlockByNumber(middle)).bottom():
                low = middle + 1
            else:
                high = middle
        self.last = low
        block = doc.findBlockByNumber(low)
        return _in_block(block, layout.blockBoundingRect(block).topLeft().toTuple(), x, y)

    def _bracket(self, layout: QAbstractTextDocumentLayout, start: int, count: int,
                 y: float) -> tuple[int, int]:
        """Block numbers (low, high) with the answer between them, found by
        doubling steps from ``start`` up or down."""
        def bottom(n: int) -> float:
            return float(layout.blockBoundingRect(self.doc.findBlockByNumber(n)).bottom())

        if y >= bottom(start):  # below: gallop down the page (the last block, at most)
            step, low = 1, min(start + 1, count - 1)
            while low + step < count and y >= bottom(low + step):
                low, step = low + step, step * 2
            return low, min(count - 1, low + step)
        step, high = 1, start  # above: gallop up
        while high - step >= 0 and y < bottom(high - step):
            high, step = high - step, step * 2
        return max(0, high - step), high


def _in_block(block: QTextBlock, origin: tuple[float, float], x: float, y: float) -> int:
    lines = block.layout()
    if lines is None or lines.lineCount() == 0:
        return block.position()
    left, top = origin
    line = lines.lineAt(lines.lineCount() - 1)
    for n in range(lines.lineCount()):
        candidate = lines.lineAt(n)
        if y < top + candidate.y() + candidate.height():
            line = candidate
            break
    column = line.xToCursor(x - left)
    return block.position() + min(column, block.length() - 1)
