"""Library search in the window: live, off the GUI thread, hits painted where they are."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer

from index.analysis import fold
from ui.window.main_window import MainWindow
from ui.window.reading.painting import found_color
from ui.window.search.panel import HIT_ROLE, ResultRow, emphasise, query_terms
from ui.window.workers.search import Filters, SearchWorker, compose_query


def search(qtbot, window: MainWindow, text: str) -> None:
    panel = window.search_panel
    window.search_actions.show_search()
    panel.query.setText(text)
    panel.run()
    qtbot.waitUntil(lambda: panel.shown_generation == panel.generation, timeout=30_000)


def row_for(window: MainWindow, doc_id: str, kind: str = "document") -> tuple[int, ResultRow]:
    model = window.search_panel.model
    for i in range(model.rowCount()):
        row = model.index(i, 0).data(HIT_ROLE)
        if not row.header and row.doc_id == doc_id and row.hit.kind == kind:
            return i, row
    raise AssertionError(f"no {kind} row for {doc_id}")


def painted_hits(window: MainWindow) -> list[tuple[int, int]]:
    """The hit layer as Qt paints it, converted back to code points."""
    view = window.view
    orange = found_color(view.theme).rgb()  # hits, current or not: alpha aside
    spans = [view.offsets.span_from_qt(s.cursor.selectionStart(), s.cursor.selectionEnd())
             for s in view.extraSelections()
             if s.format.background().color().rgb() == orange]
    return sorted(spans)


@pytest.mark.document("003")
def test_typing_shows_results_while_the_event_loop_turns(window: MainWindow, qtbot) -> None:
    panel = window.search_panel
    ticks: list[int] = []
    timer = QTimer(interval=2)
    timer.timeout.connect(lambda: ticks.append(1) if panel.shown_generation != panel.generation
                          else None)
    timer.start()
    window.search_actions.show_search()
    qtbot.keyClicks(panel.query, "travail")  # first search opens (builds) the index
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=30_000)
    timer.stop()
    assert ticks  # the GUI kept turning while the worker searched
    headers = [panel.model.index(i, 0).data(HIT_ROLE) for i in range(panel.model.rowCount())]
    assert any(r.header for r in headers) and any(not r.header for r in headers)
    assert "<b>" in panel.model.index(1, 0).data()
    counts = [r.count for r in headers if r.header]
    entries = len([r for r in headers if not r.header])
    assert panel.status.text() == (f"{entries} results · {sum(counts)} matches in "
                                   f"{len(counts)} documents")


@pytest.mark.document("003")
def test_opening_a_hit_after_the_emoji_paints_exactly_its_offsets(window: MainWindow,
                                                                  qtbot) -> None:
    doc_id = next(r.id for r in window.library_model.rows if r.source_name.startswith("001"))
    search(qtbot, window, "Archinfo blog")
    i, row = row_for(window, doc_id)
    window.search_panel.list.setCurrentIndex(window.search_panel.model.index(i, 0))
    window.search_panel.open_first()
    assert window.current.id == doc_id
    text = window.current.text
    assert row.hit.hits and min(s for s, _ in row.hit.hits) > text.index("😉")
    assert painted_hits(window) == sorted(row.hit.hits)
    assert {fold(text[s:e]) for s, e in row.hit.hits} <= {"archinfo", "blog", "blogs"}
    assert window.view.current_hit == 0
    window.search_actions.step_hit(1)
    assert window.view.current_hit == 1 % len(row.hit.hits)
    window.search_actions.step_hit(-1)
    assert window.view.current_hit == 0


@pytest.mark.document("002")
def test_note_hit_opens_the_document_with_its_card_selected(window: MainWindow, qtbot) -> None:
    target = next(r.id for r in window.library_model.rows if r.source_name.startswith("000"))
    window.primary.annotate(lambda a: a.create(target, 200, 240, color="green",
                                               note="Compare with the quokka survey"))
    qtbot.waitUntil(lambda: window.worker.pending == 0)
    window.search_actions.refresh_choices()
    window.search_panel.chips[("kind", "note")].setChecked(True)
    search(qtbot, window, "quokka")
    _, row = row_for(window, target, "annotation")
    window.search_actions.open_hit(row.hit, window.search_panel.results)
    assert window.current.id == target
    hid = row.hit.highlight_id
    assert window.editor.highlight is not None and window.editor.highlight.id == hid
    qtbot.wait(20)
    card = window.margin.cards.card_for(hid)
    assert card is not None and card.property("selected") == "true"


def test_did_you_mean_is_offered_and_clickable(window: MainWindow, qtbot) -> None:
    search(qtbot, window, "travailleurz ")
    panel = window.search_panel
    assert panel.model.rowCount() == 0
    assert "Did you mean" in panel.status.text() and "travailleurs" in panel.status.text()
    panel.status.linkActivated.emit("travailleurs ")
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=10_000)


def test_only_the_newest_request_is_reported(window: MainWindow, qtbot) -> None:
    worker = SearchWorker(window.services.paths)
    got: list[tuple[int, str]] = []
    worker.results.connect(lambda gen, results: got.append((gen, results.query)))
    for text in ("t", "tr", "tra", "trav", "travail"):
        last = worker.request(text)
    qtbot.waitUntil(lambda: bool(got), timeout=30_000)
    worker.close()
    assert got == [(last, "travail")]


def test_filters_become_query_clauses_before_the_typed_words() -> None:
    assert compose_query("trav", Filters(("fr", "en"), ("note",), ("kpi",))) == \
        "lang:fr OR lang:en tag:kpi kind:note trav"
    assert compose_query("trav", Filters(kinds=("document", "note"))) == "trav"
    assert compose_query("a b ", Filters(langs=("it",))) == "lang:it a b "


def test_emphasis_marks_words_prefixes_and_stems_and_escapes() -> None:
    terms = query_terms("strikes <b> travai")
    html = emphasise("A strike & the travailleurs <b>", terms)
    assert html == "A <b>strike</b> &amp; the <b>travailleurs</b> &lt;<b>b</b>&gt;"


def test_a_hit_opens_where_its_snippet_is_from(windows, qtbot, data_dir, tmp_path) -> None:
    """Not at the document's first match (its contents page): at the one its snippet
    shows, and the status line counts from there."""
    from tests.index.test_ranking import MANUAL

    source = tmp_path / "manuel.txt"
    source.write_text(MANUAL, encoding="utf-8")
    window = windows.build(data_dir, seeds=False, show=True)
    window.imports.import_files([str(source)])
    qtbot.waitUntil(lambda: len(window.library_model.rows) == 1, timeout=10_000)
    doc_id = window.library_model.rows[0].id
    search(qtbot, window, "mot de passe")
    _, row = row_for(window, doc_id)
    window.search_actions.open_hit(row.hit, window.search_panel.results)
    text = window.current.text
    start, _ = window.view.hits[window.view.current_hit]
    assert start == row.hit.at == text.index("mot de passe") and window.view.current_hit > 0
    assert window.status_label.text().startswith(
        f"Match {window.view.current_hit + 1} of {len(window.view.hits)} in this document")
