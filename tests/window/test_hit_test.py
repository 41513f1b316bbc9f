"""The view's own hit test finds the same character as Qt's, without walking the
document from its top (``ui/window/reading/hit_test.py``)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint

from ui.window.main_window import MainWindow
from ui.window.reading.hit_test import HitTest


@pytest.mark.parametrize("prefix", ["001", "003"])
def test_the_binary_search_agrees_with_qt_everywhere_on_the_page(windows: Any, qtbot: Any,
                                                                 prefix: str) -> None:
    window: MainWindow = windows.open(prefix)
    view = window.view
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    checked = 0
    hits = HitTest(view.document())
    for value in (0, bar.maximum() // 3, bar.maximum()):
        bar.setValue(value)
        for y in range(2, view.viewport().height() - 2, 23):
            for x in (30, view.viewport().width() // 2, view.viewport().width() - 30):
                doc_x, doc_y = x + view.horizontalScrollBar().value(), y + bar.value()
                if not _on_a_line(view, doc_x, doc_y):
                    continue  # in a margin Qt answers anything (the text's end, even)
                ours = hits.position_at(doc_x, doc_y)
                assert ours == view.cursorForPosition(QPoint(x, y)).position(), (value, x, y)
                checked += 1
    assert checked > 50
    assert hits.position_at(30, 1) == 0  # above the first line: its start
    last = view.document().lastBlock().position()
    assert hits.position_at(30, 10**7) >= last  # below the end: on the last line
    assert hits.position_at(30, 10**7) >= last  # …again, starting from the last block


def _on_a_line(view: Any, x: float, y: float) -> bool:
    doc = view.document()
    block = doc.begin()
    while block.isValid():
        rect = doc.documentLayout().blockBoundingRect(block)
        layout = block.layout()
        for n in range(layout.lineCount()):
            line = layout.lineAt(n)
            top = rect.top() + line.y()
            if top <= y < top + line.height() and rect.left() <= x < rect.right():
                return True
        block = block.next()
    return False
