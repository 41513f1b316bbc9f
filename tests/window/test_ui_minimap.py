"""The minimap marks highlights and hits where they are in the laid-out document."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from ui.window.main_window import MainWindow


def layout_fraction(view, offset: int) -> float:
    """Where ``offset``'s line is, read from the document layout (not the view)."""
    doc = view.document()
    pos = view.offsets.to_qt(offset)
    block = doc.findBlock(pos)
    line = block.layout().lineForTextPosition(pos - block.position())
    top = doc.documentLayout().blockBoundingRect(block).top() + line.y()
    return top / doc.size().height()


@pytest.mark.document("002")
def test_marks_match_highlights_and_click_jumps(window: MainWindow, qtbot) -> None:
    text = window.current.text
    spans = [(text.index(" ", n) + 1, text.index(" ", n) + 25) for n in
             (300, len(text) // 2, len(text) - 400)]
    for (start, end), color in zip(spans, ("yellow", "blue", "pink"), strict=True):
        window.create_highlight(start, end, color)
    qtbot.waitUntil(lambda: len(window.highlights) == 3)
    minimap = window.primary.minimap
    marks = [m for m in minimap.marks if m.kind == "highlight"]
    assert [m.offset for m in marks] == [s for s, _ in spans]
    assert [m.color.name() for m in marks] == [window.theme.solid(c).name()
                                               for c in ("yellow", "blue", "pink")]
    for mark in marks:
        assert abs(mark.fraction - layout_fraction(window.view, mark.offset)) < 0.01
    assert marks[0].fraction < 0.2 < marks[1].fraction < 0.8 < marks[2].fraction
    last = marks[-1]
    qtbot.mouseClick(minimap, Qt.MouseButton.LeftButton,
                     pos=QPoint(5, int(last.fraction * minimap.height())))
    y = window.view.y_of_offset(last.offset)
    assert 0 <= y < window.view.viewport().height()
    window.view.set_hits([(10, 14), (len(text) - 20, len(text) - 10)])
    hits = [m for m in minimap.marks if m.kind == "hit"]
    assert len(hits) == 2 and hits[0].fraction < 0.05 < 0.95 < hits[1].fraction
