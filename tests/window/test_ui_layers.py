"""Overlapping highlights painted as one layer per stretch: no muddy blending."""

from __future__ import annotations

from reader.model import Highlight
from ui.window.reading.layers import Layer, layers


def _h(hid: str, start: int, end: int, color: str, status: str = "exact") -> Highlight:
    return Highlight(id=hid, document_id="d", start=start, end=end, exact="x" * (end - start),
                     prefix="", suffix="", color=color, status=status)


def test_disjoint_highlights_are_one_layer_each() -> None:
    got = layers([_h("a", 0, 5, "yellow"), _h("b", 10, 12, "blue")], None)
    assert got == [Layer(0, 5, "yellow", False, None), Layer(10, 12, "blue", False, None)]


def test_overlap_fills_the_innermost_and_underlines_the_other() -> None:
    outer, inner = _h("o", 0, 20, "yellow"), _h("i", 5, 10, "pink")
    assert layers([outer, inner], None) == [
        Layer(0, 5, "yellow", False, None),
        Layer(5, 10, "pink", False, "yellow"),
        Layer(10, 20, "yellow", False, None)]


def test_selected_highlight_wins_its_whole_span() -> None:
    outer, inner = _h("o", 0, 20, "yellow"), _h("i", 5, 10, "pink")
    assert layers([outer, inner], "o") == [
        Layer(0, 5, "yellow", True, "yellow"),
        Layer(5, 10, "yellow", True, "pink"),
        Layer(10, 20, "yellow", True, "yellow")]


def test_orphans_and_empty_spans_are_not_painted_and_spans_are_exact() -> None:
    hs = [_h("a", 3, 9, "green"), _h("b", 6, 14, "blue"), _h("z", 0, 50, "pink", "orphaned"),
          _h("e", 4, 4, "yellow")]
    got = layers(hs, None)
    assert [(x.start, x.end) for x in got] == [(3, 6), (6, 9), (9, 14)]
    assert [x.fill for x in got] == ["green", "green", "blue"]  # same length: earlier first
    assert got[1].underline == "blue"
