"""Deeply nested HTML (the CLI audit, item 11): the importer's work grows linearly with
the nesting depth (depth 50,000 took 22 s when each tag walked the open-block stack)."""

from __future__ import annotations

import pytest

from reader.importers import html_import
from tests.nesting import count_walker_visits


@pytest.mark.parametrize(("opening", "closing"), [
    ("<div>", "</div>"), ("<div><b>", "</b></div>"), ("<li><blockquote>", "</blockquote></li>")])
def test_deep_nesting_is_linear_work(monkeypatch: pytest.MonkeyPatch, opening: str,
                                     closing: str) -> None:
    counted = count_walker_visits(monkeypatch)
    depth = 3000
    title, _, body = html_import.parse("<title>D</title>" + opening * depth + "deep text"
                                       + closing * depth)
    assert title == "D" and body.text.strip() == "deep text"
    assert counted.visits < 20 * depth  # a walk per tag would be ~depth²/2


def test_nested_lists_keep_their_kinds() -> None:
    _, _, body = html_import.parse(
        "<ol><li>one<ul><li>inner</li></ul></li></ol><blockquote><div>q</div></blockquote>"
        "<pre><span>  code</span></pre><h2><div>title</div></h2>")
    kinds = [(body.text[b.start:b.end], b.kind, b.level) for b in body.blocks]
    assert kinds == [("one", "list_item", 1), ("inner", "list_item", 0), ("q", "quote", 0),
                     ("  code", "code", 0), ("title", "heading", 2)]
