"""The real window, driven like a reader would: highlight, note, close, reopen."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from ui.window.main_window import MainWindow

if TYPE_CHECKING:
    from tests.window.conftest import Windows


def select_in_view(window: MainWindow, words: str) -> None:
    """Select ``words`` the way the mouse would: with Qt's own (UTF-16) positions."""
    found = window.view.document().find(words)
    assert not found.isNull(), words
    window.view.setTextCursor(found)


def highlight_unselected(qtbot, window: MainWindow, after: int,
                         color: str) -> tuple[int, str]:
    """A 30-character highlight from the first word after ``after``, then deselected."""
    start = window.current.text.index(" ", after) + 1
    window.create_highlight(start, start + 30, color)
    qtbot.waitUntil(lambda: len(window.highlights) == 1)
    window.editor.set_highlight(None)
    return start, window.highlights[0].id


def test_highlight_after_emoji_note_and_position_survive_restart(window: MainWindow,
                                                                 windows: Windows, qtbot) -> None:
    text = window.current.text
    assert text.index("😉") < text.index("Sur son blog Archinfo")
    assert window.view.document().characterCount() - 1 == window.view.offsets.qt_length
    select_in_view(window, "son blog Archinfo")
    qtbot.keyClicks(window.view, "3")  # third colour: blue
    qtbot.waitUntil(lambda: len(window.highlights) == 1)
    h = window.highlights[0]
    assert (h.exact, h.color) == ("son blog Archinfo", "blue")
    assert text[h.start:h.end] == "son blog Archinfo"
    assert window.editor.highlight is not None and window.editor.highlight.id == h.id
    qtbot.keyClicks(window.editor.note, "Salaun *critique* the notion")
    window.view.scroll_to_offset(text.index("Sur son blog"))
    qtbot.wait(50)
    position = window.view.offset_at_top()
    windows.close(window)  # the note is still inside its debounce delay: close must save it

    again = windows.open()
    assert [(x.exact, x.color, x.note) for x in again.highlights] == [
        ("son blog Archinfo", "blue", "Salaun *critique* the notion")]
    line = again.view.fontMetrics().height() * 3
    # put back once the view is shown and laid out (a queued step: later on a busy machine)
    qtbot.waitUntil(lambda: 0 <= again.view.y_of_offset(position) <= line)
    assert again.current.reading_position == position


@pytest.mark.document("000")
def test_undo_redo_and_card_level_with_passage(window: MainWindow, qtbot) -> None:
    text = window.current.text
    words = text.split("\n\n")[3][:40].strip()
    select_in_view(window, words)
    window.view._pick_color("green")  # the floating bar's button
    qtbot.waitUntil(lambda: len(window.highlights) == 1)
    h = window.highlights[0]
    window.goto_highlight(h.id)
    qtbot.wait(30)
    card = window.margin.cards.card_for(h.id)
    assert card is not None and card.isVisible()
    passage_y = window.view.viewport().mapToGlobal(QPoint(0, window.view.y_of_offset(h.start)))
    card_y = card.mapToGlobal(QPoint(0, 8))
    assert abs(passage_y.y() - card_y.y()) <= 2
    assert window.menus.undo_action.isEnabled()
    window.menus.undo_action.trigger()
    qtbot.waitUntil(lambda: window.highlights == [])
    assert window.margin.cards.card_for(h.id) is None
    assert window.menus.redo_action.isEnabled()
    window.menus.redo_action.trigger()
    qtbot.waitUntil(lambda: len(window.highlights) == 1)
    assert window.highlights[0].id == h.id


@pytest.mark.document("002")
def test_click_highlight_selects_card_and_card_click_flashes(window: MainWindow, qtbot) -> None:
    start, hid = highlight_unselected(qtbot, window, 400, "pink")
    window.view.scroll_to_offset(start)
    qtbot.wait(20)
    cursor = QTextCursor(window.view.document())
    cursor.setPosition(window.view.offsets.to_qt(start + 5))
    point = window.view.cursorRect(cursor).center()
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.editor.highlight is not None and window.editor.highlight.id == hid
    assert window.margin.cards.card_for(hid).property("selected") == "true"
    window.view.scroll_to_offset(0)
    window.goto_highlight(hid)
    assert window.view._flash == (start, start + 30)


@pytest.mark.document("003")
def test_overlapping_highlights_both_painted(window: MainWindow, qtbot) -> None:
    window.create_highlight(100, 160, "yellow")
    window.create_highlight(140, 200, "blue")
    qtbot.waitUntil(lambda: len(window.highlights) == 2)
    painted = sorted((s.cursor.selectionStart(), s.cursor.selectionEnd(),
                      s.format.background().color().name(), s.format.underlineColor().name())
                     for s in window.view.extraSelections())
    to_qt = window.view.offsets.span_to_qt
    theme = window.view.theme
    yellow, blue = theme.solid("yellow").name(), theme.solid("blue").name()
    # one layer per stretch; the overlap is filled with one colour, underlined in the other
    assert [p[:2] for p in painted] == [to_qt(100, 140), to_qt(140, 160), to_qt(160, 200)]
    assert painted[0][2] == yellow and painted[2][2] == blue
    assert {painted[1][2], painted[1][3]} == {yellow, blue}


@pytest.mark.document("004")
def test_tags_and_colour_edit_through_the_editor(window: MainWindow, qtbot) -> None:
    window.create_highlight(50, 90, "yellow")
    qtbot.waitUntil(lambda: window.editor.highlight is not None)
    window.editor.tags.setText("#labour, platforms labour")
    window.editor.tags.editingFinished.emit()
    window.editor.color_buttons["purple"].click()
    qtbot.waitUntil(lambda: window.highlights[0].color == "purple"
                    and window.highlights[0].tags != ())
    assert sorted(window.highlights[0].tags) == ["labour", "platforms"]
    window.editor.delete_button.click()
    qtbot.waitUntil(lambda: window.highlights == [])


def test_document_note_saved_on_close(window: MainWindow, windows: Windows, qtbot) -> None:
    qtbot.keyClicks(window.margin.doc_note, "Read with the 2024 report")
    windows.close(window)
    again = windows.open()
    assert again.margin.doc_note.toPlainText() == "Read with the 2024 report"


@pytest.mark.parametrize("key", ["Ctrl+=", "Ctrl+-"])
def test_font_size_shortcuts_change_size_and_persist(window: MainWindow, windows: Windows,
                                                     key: str) -> None:
    before = window.font_size
    action = next(a for a in window.findChildren(type(window.menus.undo_action))
                  if a.shortcut().toString() == key)
    action.trigger()
    assert window.font_size != before
    assert window.view.document().characterCount() - 1 == window.view.offsets.qt_length
    size = window.font_size
    windows.close(window)
    again = windows.open()
    assert again.font_size == size


@pytest.mark.document("002")
def test_selected_card_is_never_left_under_the_editor(window: MainWindow, qtbot) -> None:
    start, hid = highlight_unselected(qtbot, window, 3000, "yellow")
    area = window.margin.cards
    # the passage near the bottom of the text: its card falls below the card area
    window.view.scroll_to_offset(start, slack=window.view.viewport().height() - 12)
    qtbot.wait(20)
    card = area.card_for(hid)
    assert card is not None and card.geometry().bottom() > area.height()
    window.select_highlight(hid)
    qtbot.wait(20)
    card = area.card_for(hid)
    assert card is not None and card.isVisible()
    assert card.y() >= 0 and card.geometry().bottom() < area.height()
    passage_y = window.view.viewport().mapToGlobal(QPoint(0, window.view.y_of_offset(start)))
    assert abs(passage_y.y() - card.mapToGlobal(QPoint(0, 8)).y()) <= 2  # still level


def test_a_document_that_fails_to_open_leaves_the_one_shown_in_place(
        window: MainWindow, qtbot) -> None:
    """The pane lets go of the shown text before it reads the next (a large page's
    memory is not counted twice); should the next fail, the first is shown again
    where it was, with its highlights."""
    shown = window.current
    text = shown.text
    start, hid = highlight_unselected(qtbot, window, text.index("Sur son blog"), "green")
    window.view.scroll_to_offset(start)
    qtbot.wait(50)
    top = window.view.offset_at_top()
    with qtbot.waitSignal(window.primary.failed) as failed:
        assert not window.primary.open_document("no-such-document")
    assert "no-such-document" in failed.args[0]
    assert window.current.id == shown.id and window.view.document_ is shown
    assert "Sur son blog" in window.view.document().toPlainText()  # its text is back
    assert window.view.document().characterCount() - 1 == window.view.offsets.qt_length
    assert abs(window.view.offset_at_top() - top) <= 80
    assert [h.id for h in window.view.highlights] == [hid]
