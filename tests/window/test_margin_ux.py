"""The notes margin as a reader sees it (UI review): cards as tall as their content
and level with their passages, long notes cut with "… more", links that follow the
theme, detached highlights drawn as cards, the document note without a document."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from reader.model import Highlight
from ui.window.main_window import MainWindow
from ui.window.notes.detached import ORPHAN_ROWS
from ui.window.notes.note_card import CARD_INSET, MORE, NOTE_LINES, NoteCard
from ui.window.theme import resolve_theme

if TYPE_CHECKING:
    from tests.window.conftest import Windows

LONG_NOTE = "\n\n".join(["This is a long note. " * 12, "- first point\n- second point",
                         "> a quoted line", "The last paragraph."])


def with_note(qtbot, window: MainWindow, start: int, note: str,
              color: str = "pink", tags: tuple[str, ...] = ()) -> str:
    """A highlight of 30 characters at ``start`` with ``note``, selected; its id."""
    doc_id = window.current.id
    before = len(window.highlights)
    window.primary.annotate(lambda a: a.create(doc_id, start, start + 30, color=color,
                                               note=note, tags=tags), select_new=True)
    qtbot.waitUntil(lambda: len(window.highlights) == before + 1)
    hid = next(h.id for h in window.highlights if h.start == start)
    window.goto_highlight(hid)
    qtbot.wait(30)
    return hid


def card_bottom_gap(card: NoteCard) -> int:
    """Pixels between the card's last shown line and its bottom edge."""
    shown = [w for w in (card.quote, card.note, card.tags) if w.isVisible()]
    return card.height() - max(w.geometry().bottom() + 1 for w in shown)


@pytest.mark.document("002")
def test_long_note_card_is_cut_after_a_few_lines_and_says_more(window: MainWindow, qtbot) -> None:
    start = window.current.text.index(" ", 400) + 1
    hid = with_note(qtbot, window, start, LONG_NOTE, tags=("ai companions",))
    card = window.margin.cards.card_for(hid)
    assert card is not None and card.isVisible()
    line = card.note.fontMetrics().lineSpacing()
    assert card.note.clamped
    # six lines of note and one of "… more", not the whole note (about 15 lines)
    assert card.note.height() <= (NOTE_LINES + 1) * line + 4
    assert card.note.height() < card.note._doc.size().height()
    assert card.height() == card.heightForWidth(card.width())
    assert card.tags.isVisible() and card.tags.text() == "#ai-companions"
    assert card_bottom_gap(card) <= 8 + 3  # the layout's padding and the border
    image = card.note.grab().toImage()
    muted = QColor(window.theme.muted)
    cue_rows = range(image.height() - line, image.height())
    assert any(image.pixelColor(x, y) == muted for y in cue_rows for x in range(60)), MORE
    # level with its passage, as every card
    passage = window.view.viewport().mapToGlobal(QPoint(0, window.view.y_of_offset(start)))
    assert abs(passage.y() - card.mapToGlobal(QPoint(0, CARD_INSET)).y()) <= 2


@pytest.mark.document("002")
def test_short_note_card_is_as_tall_as_its_content(window: MainWindow, qtbot) -> None:
    start = window.current.text.index(" ", 400) + 1
    hid = with_note(qtbot, window, start, "Who")
    card = window.margin.cards.card_for(hid)
    assert card is not None
    line = card.note.fontMetrics().lineSpacing()
    assert not card.note.clamped
    assert card.note.height() <= line + 1
    assert card.quote.height() == card.quote.heightForWidth(card.quote.width())
    assert card.note.y() - card.quote.geometry().bottom() - 1 <= 4  # the layout spacing
    assert card_bottom_gap(card) <= 8 + 3


def test_cards_are_sized_for_their_width_without_a_window(qtbot) -> None:
    theme = resolve_theme("light")
    card = NoteCard(None)  # type: ignore[arg-type]
    qtbot.addWidget(card)
    h = Highlight("h", "d", 0, 5, "a quote", "", "", note="word " * 200)
    card.show_highlight(h, theme, False)
    heights = {}
    for width in (220, 300, 500):
        card.fit(width)
        heights[width] = card.height()
        assert card.height() == card.heightForWidth(width)
    assert card.note.clamped  # at every width: 200 words are far more than six lines
    short = Highlight("h2", "d", 0, 5, "a quote", "", "", note="one line")
    card.show_highlight(short, theme, False)
    card.fit(300)
    assert card.height() < heights[300]
    assert not card.note.clamped


@pytest.mark.document("002")
def test_links_in_cards_follow_the_theme(window: MainWindow, qtbot) -> None:
    window.set_theme("light", remember=False)
    start = window.current.text.index(" ", 400) + 1
    hid = with_note(qtbot, window, start, "See [the report](https://example.org) here.")
    for name in ("dark", "sepia", "light"):
        window.set_theme(name, remember=False)
        qtbot.wait(10)
        accent = QColor(resolve_theme(name).accent)
        card = window.margin.cards.card_for(hid)
        assert card is not None
        image = card.note.grab().toImage()
        colors = {image.pixelColor(x, y).name() for y in range(image.height())
                  for x in range(image.width())}
        assert accent.name() in colors, name  # the link's underline, drawn in the accent
        assert link_colors(card.note._doc) == {accent.name()}, name


def link_colors(doc) -> set[str]:
    found = set()
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isAnchor():
                found.add(fmt.foreground().color().name())
            it += 1
        block = block.next()
    return found


def test_document_note_waits_for_a_document(windows: Windows, qtbot, data_dir: Path) -> None:
    window = windows.build(seeds=False, show=True)
    box = window.margin.doc_note
    assert not box.isEnabled()
    assert "Open a document" in box.placeholderText()
    windows.close(window)
    window = windows.open(data_dir=data_dir / "seeded")
    box = window.margin.doc_note
    assert box.isEnabled() and "whole document" in box.placeholderText()
    pane = window.primary  # a narrow margin: the placeholder wraps
    pane.splitter.setSizes([{pane.right: 210, pane.view.parentWidget(): 800}.get(
        pane.splitter.widget(i), 0) for i in range(pane.splitter.count())])
    qtbot.wait(20)
    line = box.fontMetrics().lineSpacing()
    assert box._placeholder_lines() == 2
    assert box.viewport().height() >= 2 * line  # not cut after its first line
    collapsed = box.height()
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    assert box.height() > collapsed  # it grows while written in


def orphans(n: int) -> list[Highlight]:
    return [Highlight(f"o{i}", "d", 0, 5, f"gone passage {i} " * 3, "", "",
                      color=("yellow", "green", "blue", "pink", "purple")[i % 5],
                      note=f"note **{i}**", tags=("t",), status="orphaned")
            for i in range(n)]


@pytest.mark.document("002")
def test_detached_highlights_look_like_cards(window: MainWindow, qtbot) -> None:
    margin = window.margin
    margin.set_highlights(orphans(2))
    qtbot.wait(10)
    label = margin.orphans_label
    assert label.isVisible() and "(s)" not in label.text()
    assert label.text().endswith("2 highlights whose passages are no longer in this version")
    assert label.x() >= CARD_INSET  # the cards' margin
    view = margin.orphans
    rows = [view.sizeHintForRow(r) for r in range(2)]
    assert view.height() == sum(rows)  # as tall as its rows, no blank box
    assert view.verticalScrollBar().maximum() == 0
    margin.set_highlights(orphans(1))
    qtbot.wait(10)
    assert label.text().endswith("1 highlight whose passage is no longer in this version")
    margin.set_highlights(orphans(6))
    qtbot.wait(10)
    assert view.height() == sum(view.sizeHintForRow(r) for r in range(ORPHAN_ROWS))
    assert view.verticalScrollBar().maximum() > 0  # the others scroll
    image = view.viewport().grab().toImage()
    green = window.theme.solid("green")
    top = view.visualRect(view.model().index(1, 0))
    assert any(image.pixelColor(x, top.center().y()) == green
               for x in range(CARD_INSET, CARD_INSET + 6))  # its colour bar
    # folding the section gives the room back to the cards
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert not view.isVisible() and label.text().startswith("▸")
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert view.isVisible()


@pytest.mark.document("002")
def test_selected_detached_highlight_is_marked(window: MainWindow) -> None:
    margin = window.margin
    rows = orphans(3)
    window.primary.highlights = rows
    margin.set_highlights(rows)
    window.select_highlight("o1")
    assert [i.row() for i in margin.orphans.selectionModel().selectedIndexes()] == [1]
    margin.set_highlights(rows)  # a write brings the rows again: still marked
    assert [i.row() for i in margin.orphans.selectionModel().selectedIndexes()] == [1]
    margin.cards.select(None)
    assert margin.orphans.selectionModel().selectedIndexes() == []
