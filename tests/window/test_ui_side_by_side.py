"""Two documents side by side: own highlights and margins, paragraph-synchronised scrolling."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QPoint

from ui.window.main_window import MainWindow

if TYPE_CHECKING:
    from tests.window.conftest import Windows


def doc_of(window: MainWindow, prefix: str) -> str:
    return next(r.id for r in window.library_model.rows if r.source_name.startswith(prefix))


def test_two_documents_independent_highlights_and_synced_scrolling(window: MainWindow,
                                                                    windows: Windows,
                                                                    qtbot) -> None:
    left = window.primary
    right = window.side_by_side.open_beside(doc_of(window, "002"))
    assert window.panes == [left, right] and right.current.id == doc_of(window, "002")
    left.create_highlight(100, 140, "yellow")
    right.create_highlight(300, 360, "blue")
    qtbot.waitUntil(lambda: len(left.highlights) == 1 and len(right.highlights) == 1)
    assert left.highlights[0].document_id == left.current.id
    assert right.highlights[0].document_id == right.current.id
    assert [h.color for h in left.view.highlights] == ["yellow"]
    assert [h.color for h in right.view.highlights] == ["blue"]
    assert right.margin.cards.highlights[0].start == 300
    assert right.editor.highlight is not None and left.editor.highlight is not None

    window.side_by_side.set_sync_scrolling(True)
    blocks = left.current.body.blocks
    target = min(12, len(blocks) - 1, len(right.current.body.blocks) - 1)
    qtbot.wait(100)  # let both panes settle their layout (widths, wrapping) first
    left.scroll_to_paragraph(target, 0.4)  # scrolls the view: the sync follows its signal
    index, fraction = left.paragraph_position()
    assert index == target and 0.0 < fraction < 1.0
    assert left.view.offset_at_top() > blocks[target - 1].end
    assert right.paragraph_position()[0] == target
    window.side_by_side.set_sync_scrolling(False)
    left.view.scroll_to_offset(0)
    assert right.paragraph_position()[0] == target  # no longer follows
    windows.close(window)

    again = windows.open()
    assert len(again.panes) == 2 and again.panes[1].current.id == doc_of(again, "002")
    assert again.side_by_side.sync_scrolling is False
    again.side_by_side.close_beside()
    assert len(again.panes) == 1


@pytest.mark.document("000")
def test_sync_setting_remembered_and_drop_on_right_half_opens_beside(window: MainWindow,
                                                                      windows: Windows) -> None:
    width = window.center.width()
    window.drops.drop_document(doc_of(window, "003"), QPoint(width // 4, 50))
    assert len(window.panes) == 1 and window.current.id == doc_of(window, "003")
    window.drops.drop_document(doc_of(window, "004"), QPoint(width * 3 // 4, 50))
    assert len(window.panes) == 2 and window.panes[1].current.id == doc_of(window, "004")
    window.side_by_side.set_sync_scrolling(True)
    windows.close(window)
    again = windows.open("003")
    assert again.side_by_side.sync_scrolling and again.side_by_side.sync_action.isChecked()
    assert again.panes[1].current.id == doc_of(again, "004")
