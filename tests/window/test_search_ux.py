"""Search as a reader meets it: chips that wrap, "did you mean" while typing, as the
texts write it, note hits in plain words, counts in proper English."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from index.search import annotation_snippet, make_snippet, split_annotation
from index.suggest import replace_words
from reader.markdown import plain_note
from tests.conftest import seed_id
from tests.window.test_ui_search import search
from ui.window.main_window import MainWindow
from ui.window.search.panel import emphasise, query_terms
from ui.wording import count as plural

LONG_TAGS = [f"a rather long tag name number {i} about platform labour" for i in range(8)]


# -- the chips wrap: one visit to Search never widens the sidebar --------------------
@pytest.mark.document("000")
def test_many_long_tags_keep_the_search_panel_narrow(window: MainWindow, qtbot: Any) -> None:
    target = window.current.id
    window.primary.annotate(lambda a: a.create(target, 200, 240, tags=LONG_TAGS))
    qtbot.waitUntil(lambda: window.worker.pending == 0)
    before = window.tabs.minimumSizeHint().width()
    window.search_actions.show_search()
    window.search_actions.refresh_choices()
    QApplication.processEvents()
    panel = window.search_panel
    assert sum(k == "tag" for k, _ in panel.chips) == 8
    assert panel.minimumSizeHint().width() <= 220
    assert window.tabs.minimumSizeHint().width() <= max(before, 220) + 20
    window.resize(1000, 650)
    QApplication.processEvents()
    sidebar, rest = window.splitter.sizes()
    assert rest >= 600  # the reading pane keeps its room
    # every chip is on screen, inside the panel: the rows wrapped
    for chip in panel.chips.values():
        assert chip.isVisible()
        assert chip.geometry().right() <= panel.width()
    tops = {chip.geometry().top() for (kind, _), chip in panel.chips.items() if kind == "tag"}
    assert len(tops) > 1
    tag = LONG_TAGS[0].replace(" ", "-")  # the one spelling of a tag (reader.tags)
    assert panel.chips[("tag", tag)].toolTip().endswith("#" + tag)


def test_chips_that_go_away_leave_the_rows(window: MainWindow) -> None:
    panel = window.search_panel
    panel.set_choices(["en", "fr"], ["x", "y"])
    panel.set_choices(["fr"], ["y"])
    assert sorted(panel.chips) == [("kind", "document"), ("kind", "note"), ("lang", "fr"),
                                   ("tag", "y")]
    assert panel.chip_row.count() == 3 and panel.tag_row.count() == 1


# -- the word being typed is also a whole word ----------------------------------------
def _docs(services: Any, query: str, as_you_type: bool) -> set[str]:
    return {h.doc_id for h in services.indexer.search(query, limit=50,
                                                      as_you_type=as_you_type).hits}


def test_the_word_being_typed_also_matches_as_a_whole_word(services: Any) -> None:
    typed = _docs(services, "travailleures", as_you_type=True)
    assert typed and typed == _docs(services, "travailleures", as_you_type=False)
    assert seed_id(services, "000") in typed
    # its hits are painted: stemmed matches have offsets too
    hit = next(h for h in services.indexer.search("travailleures", as_you_type=True).hits
               if h.doc_id == seed_id(services, "000"))
    text = services.library.get(hit.doc_id).text
    assert hit.hits and all(text[s:e].lower().startswith("travailleu") for s, e in hit.hits)
    assert "<b>travailleurs</b>" in emphasise("les travailleurs", query_terms("travailleures"))
    # completions still count
    assert seed_id(services, "002") in _docs(services, "lith", as_you_type=True)


@pytest.mark.parametrize(("typed", "suggested"), [
    ("intimty", "intimité"), ("surveilance", "surveillance"), ("Intimty", "Intimité"),
    ("donnees intimty", "donnees intimité"), ("intimty ", "intimité ")])
def test_did_you_mean_while_typing_as_the_texts_write_it(services: Any, typed: str,
                                                         suggested: str) -> None:
    for as_you_type in (True, False):
        assert services.indexer.search(typed, as_you_type=as_you_type).suggestion == suggested


def test_no_suggestion_for_a_word_still_being_typed(services: Any) -> None:
    assert services.indexer.search("lithium travai", as_you_type=True).suggestion == ""
    assert services.indexer.search("travai", as_you_type=True).suggestion == ""


def test_replace_words_keeps_the_other_words_and_the_case() -> None:
    found = {"intimty": "intimité", "facbook": "Facebook"}
    assert replace_words("Les INTIMTY facbook, tag:x", found) == "Les INTIMITÉ Facebook, tag:x"


# -- snippets ---------------------------------------------------------------------------
def test_notes_are_plain_text_quote_then_note() -> None:
    note = "A **note** with *emphasis* and a [link](https://example.org).\n\n- one\n- two"
    assert plain_note(note) == "A note with emphasis and a link. one two"
    assert plain_note("`x < y` &amp; <b>raw</b>") == "x < y & <b>raw</b>"
    body = f"the quoted words\n\n{note}"
    assert split_annotation(body, (10, 26)) == ("the quoted words", note)
    assert split_annotation("the quoted words", (10, 26)) == ("the quoted words", "")
    assert annotation_snippet(body, (10, 26), body.index("emphasis")) == \
        "“the quoted words” — A note with emphasis and a link. one two"
    assert annotation_snippet(body, (10, 26), 4) == \
        "“the quoted words” — A note with emphasis and a link. one two"
    assert annotation_snippet("the quoted words", (10, 26), 4) == "“the quoted words”"
    assert annotation_snippet("Just a *document* note", None, 7) == "Just a document note"


def test_a_long_note_is_cut_around_its_hit() -> None:
    quote = "q " * 200
    note = "lorem " * 100 + "target " + "ipsum " * 100
    body = f"{quote}\n\n{note}"
    snippet = annotation_snippet(body, (0, len(quote)), body.index("target"))
    assert snippet.startswith("“q q") and "…” — …" in snippet and "target" in snippet
    assert len(snippet) < 330


def test_a_text_snippet_starts_at_the_hit_s_paragraph() -> None:
    text = "Title\n\nAn Author\n\nThe body holds the word here."
    assert make_snippet(text, text.index("word")) == "The body holds the word here."
    assert make_snippet(text, 0).startswith("Title An Author")  # the hit is in the title
    long = "x" * 50 + " " + "y " * 100 + "\n\n" + "z " * 20 + "hit " + "w " * 200
    snippet = make_snippet(long, long.index("hit"))
    assert snippet.startswith("z z") and "y" not in snippet and snippet.endswith("…")


def test_document_snippets_skip_the_title_and_byline(services: Any) -> None:
    doc_id = seed_id(services, "000")
    hit = next(h for h in services.indexer.search("travailleurs").hits if h.doc_id == doc_id)
    assert hit.snippet.startswith("L’enquête sur les travailleurs")


@pytest.mark.document("000")
def test_note_hits_in_the_window_read_as_quote_then_note(window: MainWindow,
                                                         qtbot: Any) -> None:
    target = window.current.id
    quote = " ".join(window.current.text[200:240].split())
    window.primary.annotate(lambda a: a.create(
        target, 200, 240, note="A **quokka** with *emphasis* and a [link](https://example.org)"))
    qtbot.waitUntil(lambda: window.worker.pending == 0)
    search(qtbot, window, "quokka")
    panel = window.search_panel
    rows = [panel.model.index(i, 0).data() for i in range(panel.model.rowCount())]
    assert rows[1] == (f"<span class='badge'>NOTE</span> “{quote}” — A <b>quokka</b> with "
                       "emphasis and a link")
    assert panel.status.text() == "1 result · 1 match in 1 document"


# -- the status line ---------------------------------------------------------------------
def test_plurals() -> None:
    assert plural(1, "match", "matches") == "1 match"
    assert plural(0, "match", "matches") == "0 matches"
    assert plural(7, "document", "documents") == "7 documents"


def test_did_you_mean_in_the_window_while_typing(window: MainWindow, qtbot: Any) -> None:
    panel = window.search_panel
    window.search_actions.refresh_choices()
    panel.chips[("lang", "fr")].setChecked(True)
    search(qtbot, window, "intimty ")
    assert panel.model.rowCount() == 0
    assert panel.suggested == "intimité"  # no filter clause, no trailing space
    assert panel.status.text() == 'Nothing found. Did you mean <a href="intimité">intimité</a>?'
    panel.status.linkActivated.emit("intimité")
    assert panel.query.text() == "intimité"
    qtbot.waitUntil(lambda: panel.shown_generation == panel.generation, timeout=10_000)
    assert panel.model.rowCount() > 0 and panel.status.text().endswith("documents")
    search(qtbot, window, "surveilance")  # found by its stem, and a better spelling offered
    assert panel.model.rowCount() > 0
    assert panel.status.text().endswith(' · Did you mean <a href="surveillance">'
                                        'surveillance</a>?')
