"""The highlight editor as a reader sees it (UI review): Write / Preview instead of the
note shown twice, a preview that wraps, the note opened at its start, colour buttons
with tooltips, tags that may hold spaces."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from tests.window.test_margin_ux import LONG_NOTE, link_colors, with_note
from ui.window.main_window import MainWindow
from ui.window.notes.editor import TAGS_PLACEHOLDER, parse_tags
from ui.window.theme import resolve_theme


@pytest.mark.document("002")
def test_preview_links_follow_the_theme(window: MainWindow, qtbot) -> None:
    start = window.current.text.index(" ", 400) + 1
    with_note(qtbot, window, start, "See [the report](https://example.org) here.")
    window.editor.mode.setCurrentIndex(window.editor.PREVIEW)
    for name in ("dark", "sepia", "light"):
        window.set_theme(name, remember=False)
        accent = QColor(resolve_theme(name).accent).name()
        assert link_colors(window.editor.preview.document()) == {accent}, name


@pytest.mark.document("002")
def test_editor_preview_is_labelled_wraps_and_note_opens_at_its_start(
        window: MainWindow, qtbot) -> None:
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


@pytest.mark.document("002")
def test_colour_buttons_have_tooltips_from_the_start(window: MainWindow) -> None:
    buttons = window.editor.color_buttons
    assert all(b.toolTip() for b in buttons.values())
    assert buttons["yellow"].toolTip() == "Yellow"
    window.editor.set_labels({"pink": "objection"})
    assert buttons["pink"].toolTip() == "objection (pink)"
    assert buttons["green"].toolTip() == "Green"


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


@pytest.mark.document("002")
def test_tags_with_spaces_survive_the_editor(window: MainWindow, qtbot) -> None:
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




@pytest.mark.document("002")
def test_preferred_height_gives_the_note_its_lines_under_a_long_quote(
        window: MainWindow, qtbot) -> None:
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
