"""Search on the seeds: multilingual matching, query language, hit offsets."""

from __future__ import annotations

import re

import pytest

from index.analysis import WORD, fold, stem, words
from index.query import parse
from tests.conftest import seed_id


def found(services: object, query: str, **kw: object) -> set[str]:
    """The seed prefixes ("000"...) of the documents a query finds."""
    ids = {seed_id(services, p): p for p in ("000", "001", "002", "003", "004")}
    hits = services.indexer.search(query, limit=50, **kw).hits  # type: ignore[attr-defined]
    return {ids[h.doc_id] for h in hits if h.kind == "document"}


def test_folding_and_stemming_meet_on_both_sides() -> None:
    assert words("DONNÉES Œuvre straße") == ["donnees", "oeuvre", "strasse"]
    assert fold("Données") == fold("donnees") == "donnees"
    assert stem("fr", fold("travailleurs")) == stem("fr", "travailleur")
    assert stem("en", "strikes") == stem("en", "strike")


def test_accented_query_words_without_accents(services: object) -> None:
    assert {"002", "003"} <= found(services, "donnees personnelles")
    assert found(services, "donnees personnelles") == found(services, "DONNÉES Personnelles")


def test_french_stemming(services: object) -> None:
    assert "000" in found(services, "travailleur")


def test_english_stemming(services: object) -> None:
    assert {"001", "002"} <= found(services, "strikes")
    assert {"001", "002"} <= found(services, "strike")


def test_phrase(services: object) -> None:
    result = found(services, '"digital labor"')
    assert {"001", "002"} <= result
    assert "004" not in result


def test_rare_word_only_where_it_is(services: object) -> None:
    assert found(services, "lithium") == {"002"}


def test_did_you_mean(services: object) -> None:
    result = services.indexer.search("surveilance")  # type: ignore[attr-defined]
    assert result.suggestion == "surveillance"
    assert services.indexer.search("surveillance").suggestion == ""  # type: ignore[attr-defined]


def test_did_you_mean_when_nothing_found(services: object) -> None:
    result = services.indexer.search("lithiumm")  # type: ignore[attr-defined]
    assert result.suggestion == "lithium"


def test_prefix(services: object) -> None:
    assert "002" in found(services, "colonial*")
    assert "004" not in found(services, "colonial*")


def test_language_filter(services: object) -> None:
    everything = found(services, "strike")
    french = found(services, "strike lang:fr")
    assert french <= everything
    assert "001" in french  # English and French posts
    assert found(services, "lang:fr") == {"000", "001", "002", "003", "004"}
    assert found(services, "lang:it") == {"002"}


def test_or_not_and_minus(services: object) -> None:
    lithium, intimite = found(services, "lithium"), found(services, "intimité")
    assert found(services, "lithium OR intimité") == lithium | intimite
    assert found(services, "lithium intimité") == lithium & intimite
    assert "002" not in found(services, "strikes -lithium")
    assert found(services, "strikes NOT lithium") == found(services, "strikes -lithium")


def test_field_filters(services: object) -> None:
    assert found(services, "title:bolivia") == {"002"}
    assert found(services, "author:casilli") == {"001", "002"}
    assert found(services, "author:masutti") == {"003"}


def test_search_as_you_type(services: object) -> None:
    assert found(services, "lith", as_you_type=True) == {"002"}
    assert found(services, "lith") == set()
    assert parse("digital lab", as_you_type=True).clauses()[-1].prefix
    assert not parse("digital lab ", as_you_type=True).clauses()[-1].prefix


def test_results_grouped_ranked_with_snippets(services: object) -> None:
    hits = services.indexer.search("strikes").hits  # type: ignore[attr-defined]
    assert hits[0].doc_id == seed_id(services, "001")  # the essay itself ranks first
    assert all(h.snippet for h in hits)
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def _occurrences(text: str, wanted: str) -> set[tuple[int, int]]:
    return {(m.start(), m.end()) for m in WORD.finditer(text.lower()) if fold(m.group()) == wanted}


@pytest.mark.parametrize("word", ["archinfo", "salaün", "jean", "lyon"])
def test_hit_offsets_are_canonical_after_the_emoji(services: object, word: str) -> None:
    doc_id = seed_id(services, "001")
    text = services.library.get(doc_id).text  # type: ignore[attr-defined]
    emoji = text.index("😉")
    hit = next(h for h in services.indexer.search(f'"{word}"').hits  # type: ignore[attr-defined]
               if h.doc_id == doc_id)
    expected = _occurrences(text, fold(word))
    assert set(hit.hits) == expected
    assert any(start > emoji for start, _ in hit.hits)
    assert all(fold(text[s:e]) == fold(word) for s, e in hit.hits)


def test_stemmed_hits_point_at_the_inflected_words(services: object) -> None:
    doc_id = seed_id(services, "000")
    text = services.library.get(doc_id).text  # type: ignore[attr-defined]
    hit = next(h for h in services.indexer.search("travailleur").hits  # type: ignore[attr-defined]
               if h.doc_id == doc_id)
    surfaces = {fold(text[s:e]) for s, e in hit.hits}
    assert "travailleurs" in surfaces
    assert all(re.fullmatch(r"travailleu\w*", w) for w in surfaces)


def test_phrase_hits_cover_only_the_phrase(services: object) -> None:
    doc_id = seed_id(services, "001")
    text = services.library.get(doc_id).text  # type: ignore[attr-defined]
    hit = next(h for h in services.indexer.search('"digital labor"').hits  # type: ignore[attr-defined]
               if h.doc_id == doc_id)
    pieces = [" ".join(fold(text[s:e]).split()) for s, e in sorted(hit.hits)]
    assert pieces and set(pieces) == {"digital labor"}  # one hit a phrase, not a word
