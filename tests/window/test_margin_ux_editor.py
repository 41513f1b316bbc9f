"""The highlight editor as a reader sees it (UI review): Write / Preview instead of the
note shown twice, a preview that wraps, the note opened at its start, colour buttons
with tooltips, tags that may hold spaces."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from tests.window.test_margin_ux import LONG_NOTE, link_colors, with_note
from tests.window.test_ui_window import close_window, open_window
from ui.window.notes.editor import TAGS_PLACEHOLDER, parse_tags
from ui.window.theme import resolve_theme

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_preview_links_follow_the_theme(qtbot, data_dir: Path) -> None:  # noqa: ANN001
    window = open_window(qtbot, data_dir, "002")
    start = window.current.text.index(" ", 400) + 1
    with_note(qtbot, window, start, "See [the report](https://example.org) here.")
    window.editor.mode.setCurrentIndex(window.editor.PREVIEW)
    for name in ("dark", "sepia", "light"):
        window.set_theme(name, remember=False)
        accent = QColor(resolve_theme(name).accent).name()
        assert link_colors(window.editor.preview.document()) == {accent}, name
    close_window(window)


def test_editor_preview_is_labelled_wraps_and_note_opens_at_its_start(qtbot,  # noqa: ANN001
                                                                      data_dir: Path) -> None:
    window = open_window(qtbot, data_dir, "002")
    start = window.current.text.index(" ", 400) + 1
    long_word = "https://example.org/" + "a" * 300
    hid = with_note(qtbot, window, start, LONG_NOTE + "\n\n" + long_word)
    editor = window.editor
    assert editor.highlight is not None and editor.highlight.id == hid
    assert [b.text() for b in editor.mode.buttons] == ["Write", "Preview"]
    assert editor.note.isVisible() and not editor.preview.isVisible()  # one at a time
    assert editor.note.textCursor().position() == 0
    assert editor.note.verticalScrollBar().value() == 0
    assert editor.note.viewport().height() >= editor.NOTE_LINES * \
        editor.note.fontMetrics().lineSpacing()  # preferred_height keeps its promise
    editor.mode.buttons[1].click()
    assert editor.preview.isVisible() and not editor.note.isVisible()
    assert "first point" in editor.preview.toPlainText()
    bar = editor.preview.horizontalScrollBar()
    assert editor.preview.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert bar.maximum() == 0  # the long word wraps: nothing is cut at the right
    editor.mode.buttons[0].click()
    assert editor.note.isVisible()
    close_window(window)


def test_colour_buttons_have_tooltips_from_the_start(qtbot, data_dir: Path) -> None:
    window = open_window(qtbot, data_dir, "002")
    buttons = window.editor.color_buttons
    assert all(b.toolTip() for b in buttons.values())
    assert buttons["yellow"].toolTip() == "Yellow"
    window.editor.set_labels({"pink": "objection"})
    assert buttons["pink"].toolTip() == "objection (pink)"
    assert buttons["green"].toolTip() == "Green"
    close_window(window)


@pytest.mark.parametrize(("typed", "tags"), [
    ("ai companions", ("ai-companions",)),
    ("ai companions, ethics", ("ai-companions", "ethics")),
    ("#a #b", ("a", "b")),
    ("a, b", ("a", "b")),
    ("#labour, platforms labour", ("labour", "platforms")),
    ("ai companions #ethics", ("ai-companions", "ethics")),
    ("  spaced   out , x,,", ("spaced-out", "x")),
    ("", ()),
    ("#, ##, #  ", ()),
    ("ai companions, ai-companions, #ai-companions", ("ai-companions",)),
])
def test_tags_split_on_commas_or_hashes(typed: str, tags: tuple[str, ...]) -> None:
    assert parse_tags(typed) == tags


def test_tags_with_spaces_survive_the_editor(qtbot, data_dir: Path) -> None:
    window = open_window(qtbot, data_dir, "002")
    start = window.current.text.index(" ", 400) + 1
    with_note(qtbot, window, start, "", tags=("ai companions", "ethics"))
    editor = window.editor
    assert "commas" in TAGS_PLACEHOLDER and "#" in TAGS_PLACEHOLDER
    assert editor.tags.placeholderText() == TAGS_PLACEHOLDER
    assert editor.tags.text() == "ai-companions, ethics"
    edits: list[tuple] = []
    editor.tags_edited.connect(lambda hid, tags: edits.append(tags))
    editor.tags.editingFinished.emit()
    assert edits == []  # shown and read back unchanged: not split into three tags
    editor.tags.setText("ai companions, ethics, care work")
    editor.tags.editingFinished.emit()
    assert edits == [("ai-companions", "ethics", "care-work")]
    close_window(window)




def test_preferred_height_gives_the_note_its_lines_under_a_long_quote(qtbot,  # noqa: ANN001
                                                                     data_dir: Path) -> None:
    window = open_window(qtbot, data_dir, "002")
    text = window.current.text
    start = text.index(" ", 400) + 1
    doc_id = window.current.id
    window.primary.annotate(lambda a: a.create(doc_id, start, start + 300, note="n"),
                            select_new=True)
    qtbot.waitUntil(lambda: len(window.highlights) == 1)
    window.editor.set_highlight(None)
    window.goto_highlight(window.highlights[0].id)
    qtbot.wait(30)
    editor = window.editor
    assert editor.quote.height() > 2 * editor.quote.fontMetrics().lineSpacing()  # 3 lines
    assert abs(editor.height() - editor.preferred_height()) <= 2
    assert editor.note.viewport().height() >= editor.NOTE_LINES * \
        editor.note.fontMetrics().lineSpacing()
    close_window(window)
