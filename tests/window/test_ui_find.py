"""Find in document: accent- and case-insensitive in Python, offsets exact in Qt."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from ui.window.main_window import MainWindow
from ui.window.reading.find import Finder, fold_same_length
from ui.window.reading.painting import found_color


@given(st.text())
def test_folding_keeps_every_offset(text: str) -> None:
    assert len(fold_same_length(text)) == len(text)


def test_accents_case_and_whole_words() -> None:
    finder = Finder("Café au café 😉 CAFÉS, cafe")
    assert finder.find_all("cafe") == [(0, 4), (8, 12), (15, 19), (22, 26)]
    assert finder.find_all("CAFÉ", exact_case=True) == [(15, 19)]
    assert finder.find_all("Cafe", exact_case=True) == [(0, 4)]
    assert finder.find_all("café", whole_word=True) == [(0, 4), (8, 12), (22, 26)]
    assert finder.find_all("  ") == []
    assert Finder("ÉTÉ").find_all("été") == [(0, 3)]


def test_find_bar_counts_paints_and_steps(window: MainWindow, qtbot) -> None:
    text = window.current.text
    window.search_actions.find_in_document()
    bar = window.primary.find_bar
    assert bar.isVisible()
    qtbot.keyClicks(bar.query, "ARCHINFO")
    qtbot.waitUntil(lambda: bool(window.view.hits), timeout=2000)
    expected = [(i, i + 8) for i in range(len(text)) if text[i:i + 8].lower() == "archinfo"]
    assert window.view.hits == expected and min(expected)[0] > text.index("😉")
    orange = found_color(window.view.theme).rgb()  # the hits among what the view paints
    painted = sorted(window.view.offsets.span_from_qt(s.cursor.selectionStart(),
                                                      s.cursor.selectionEnd())
                     for s in window.view.extraSelections()
                     if s.format.background().color().rgb() == orange)
    assert painted == expected
    assert bar.count.text().endswith(f"of {len(expected)}")
    first = window.view.current_hit
    bar.find_next()
    assert window.view.current_hit == (first + 1) % len(expected)
    bar.case.setChecked(True)
    assert window.view.hits == [] and bar.count.text() == "No match"
    qtbot.keyClick(bar.query, Qt.Key.Key_Escape)
    assert not bar.isVisible() and window.view.hits == []
