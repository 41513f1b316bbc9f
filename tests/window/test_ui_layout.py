"""The text keeps the room: small windows and side by side give way in the side columns."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.window.test_ui_side_by_side import doc_of
from ui.window.main_window import MainWindow

if TYPE_CHECKING:
    from tests.window.conftest import Windows


@pytest.mark.document("000")
def test_a_small_window_keeps_most_of_its_width_for_the_text(window: MainWindow,
                                                             qtbot) -> None:
    window.resize(1000, 650)
    qtbot.wait(50)
    assert window.view.width() >= 0.45 * window.width()
    # the search column must not widen the side column for good
    window.search_actions.show_search()
    qtbot.wait(50)
    window.tabs.setCurrentIndex(0)
    window.resize(1000, 650)
    qtbot.wait(50)
    assert window.width() <= 1010 and window.view.width() >= 0.4 * window.width()


def test_side_by_side_folds_the_library_and_search_unfolds_it(window: MainWindow,
                                                              qtbot) -> None:
    right = window.side_by_side.open_beside(doc_of(window, "002"))
    qtbot.wait(50)
    assert window.splitter.sizes()[0] == 0
    assert min(window.primary.view.width(), right.view.width()) >= 0.28 * window.width()
    window.search_actions.show_search()
    assert window.splitter.sizes()[0] > 200
    window.show_sidebar(False)
    assert window.splitter.sizes()[0] == 0


def test_side_by_side_panes_are_named_marked_and_closable(window: MainWindow,
                                                          qtbot) -> None:
    left = window.primary
    assert left.header.isHidden()  # one pane: no header
    right = window.side_by_side.open_beside(doc_of(window, "002"))
    qtbot.wait(20)
    assert left.header.isVisible() and right.header.isVisible()
    assert left.header.title.toolTip() == left.current.title
    assert right.header.title.toolTip() == right.current.title
    assert right.header.property("active") is True and left.header.property("active") is False
    assert left.header.close_button.isHidden() and right.header.close_button.isVisible()
    left.view.setFocus()
    qtbot.waitUntil(lambda: left.header.property("active") is True)
    assert right.header.property("active") is False
    right.header.close_button.click()
    assert window.panes == [left] and left.header.isHidden()


def test_colour_labels_of_the_library_reach_the_swatches(windows: Windows,
                                                         data_dir: Path) -> None:
    from reader.paths import DataPaths
    from ui.services import open_services

    svc = open_services(DataPaths(data_dir))
    svc.annotations.set_color_label("pink", "objection")
    svc.close()
    window = windows.open("000")
    assert "objection" in window.primary.editor.color_buttons["pink"].toolTip()
    assert "objection" in window.view.bar.buttons["pink"].toolTip()


@pytest.mark.document("000")
def test_colours_renamed_from_the_window_undo_included(window: MainWindow, qtbot,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.window.notes.labels_dialog import ColorNamesDialog

    labels = window.services.annotations.color_labels()
    dialog = ColorNamesDialog(labels, window.theme, window)
    dialog.fields["pink"].setText("  objection ")
    dialog.fields["green"].setText("")  # unchanged: still its own name
    assert dialog.changed(labels) == {"pink": "objection"}
    dialog.close()
    window.rename_colors({"pink": "objection"})
    qtbot.waitUntil(lambda: "objection" in window.primary.editor.color_buttons["pink"].toolTip())
    assert window.services.annotations.color_labels()["pink"] == "objection"
    window.menus.undo_action.trigger()
    qtbot.waitUntil(lambda: "objection" not in window.view.bar.buttons["pink"].toolTip())

    def accept(dialog: ColorNamesDialog) -> int:  # the reader types a name and presses OK
        dialog.fields["blue"].setText("to quote")
        return ColorNamesDialog.DialogCode.Accepted

    monkeypatch.setattr(ColorNamesDialog, "exec", accept)
    next(a for a in window.menuBar().actions()[1].menu().actions()
         if a.text() == "&Colour names…").trigger()
    qtbot.waitUntil(lambda: window.services.annotations.color_labels()["blue"] == "to quote")
