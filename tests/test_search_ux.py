"""Search as a reader meets it: chips that wrap."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from tests.test_ui_window import close_window, open_window

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

LONG_TAGS = [f"a rather long tag name number {i} about platform labour" for i in range(8)]


# -- the chips wrap: one visit to Search never widens the sidebar --------------------
def test_many_long_tags_keep_the_search_panel_narrow(qtbot: Any, data_dir: Path) -> None:
    window = open_window(qtbot, data_dir, "000")
    target = window.current.id
    window.primary.annotate(lambda a: a.create(target, 200, 240, tags=LONG_TAGS))
    qtbot.waitUntil(lambda: window.worker.pending == 0)
    before = window.tabs.minimumSizeHint().width()
    window.show_search()
    window.refresh_search_choices()
    QApplication.processEvents()
    panel = window.search_panel
    assert sum(k == "tag" for k, _ in panel.chips) == 8
    assert panel.minimumSizeHint().width() <= 220
    assert window.tabs.minimumSizeHint().width() <= max(before, 220) + 20
    window.resize(1000, 650)
    QApplication.processEvents()
    sidebar, rest = window.splitter.sizes()
    assert rest >= 600  # the reading pane keeps its room
    # every chip is on screen, inside the panel: the rows wrapped
    for chip in panel.chips.values():
        assert chip.isVisible()
        assert chip.geometry().right() <= panel.width()
    tops = {chip.geometry().top() for (kind, _), chip in panel.chips.items() if kind == "tag"}
    assert len(tops) > 1
    assert panel.chips[("tag", LONG_TAGS[0])].toolTip().endswith(LONG_TAGS[0])
    close_window(window)


def test_chips_that_go_away_leave_the_rows(qtbot: Any, data_dir: Path) -> None:
    window = open_window(qtbot, data_dir)
    panel = window.search_panel
    panel.set_choices(["en", "fr"], ["x", "y"])
    panel.set_choices(["fr"], ["y"])
    assert sorted(panel.chips) == [("kind", "document"), ("kind", "note"), ("lang", "fr"),
                                   ("tag", "y")]
    assert panel.chip_row.count() == 3 and panel.tag_row.count() == 1
    close_window(window)
