"""The window and ``marginalia search`` answer a query alike (issue 16): the same
entries in the same order, and the same count said in the same words."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.window.test_ui_search import search
from ui.window.main_window import MainWindow


def _entries(hits: list[dict[str, Any]]) -> list[tuple[str, str, str | None]]:
    return [(h["doc_id"], h["kind"], h.get("highlight_id")) for h in hits]


@pytest.mark.parametrize("query", ["mot de passe", "travail", "la", "surveillance des données",
                                   '"la vie privée"', "privacy OR vie"])
def test_the_window_and_the_command_line_rank_and_count_alike(window: MainWindow, qtbot: Any,
                                                              cli: Any, query: str) -> None:
    doc = window.current
    assert doc is not None
    window.primary.annotate(lambda a: a.create(doc.id, 100, 140, note="travail et vie privée"))
    qtbot.waitUntil(lambda: window.worker.pending == 0)
    search(qtbot, window, query)
    results = window.search_panel.results
    shown = _entries([h.to_json() for h in results.hits])
    code, out, _ = cli("search", "--json", "--limit", str(len(shown) or 1), query)
    assert code == 0
    answer = json.loads(out)
    assert _entries(answer["hits"]) == shown
    assert answer["total"] == results.total
    code, text, _ = cli("search", "--limit", str(len(shown) or 1), query)
    if shown:  # the count line the window shows before any "did you mean"
        status = window.search_panel.status.text().split(" · Did you mean")[0]
        assert text.splitlines()[0] == status


def test_a_count_beyond_the_shown_rows_is_exact_and_says_so(cli: Any) -> None:
    code, out, _ = cli("search", "--json", "--limit", "2", "la")
    full = json.loads(cli("search", "--json", "--limit", "500", "la")[1])
    assert code == 0 and json.loads(out)["total"] == full["total"] == len(full["hits"]) > 2
    text = cli("search", "--limit", "2", "la")[1]
    assert text.splitlines()[0] == f"{full['total']} results, the best 2 shown"
