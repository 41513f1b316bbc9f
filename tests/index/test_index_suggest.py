""""Did you mean" from generated edits: the same answers as a scan of every word."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh.support.levenshtein import damerau_levenshtein

from index.suggest import _within_two, closest

TYPOS = ["surveilance", "lithiumm", "travailleru", "digitl", "plateforms", "donnes",
         "strkes", "colonialsme", "lavorro", "xqzvw", "ab", "intimte", "facbook",
         "surveilanse", "travialleurs"]


def _scan_closest(reader: Any, word: str) -> str:
    """Every indexed word's Damerau distance (Whoosh's ``terms_within`` uses another,
    looser distance): one edit anywhere, else two with the same first letter (words
    over three letters), the most frequent first."""
    lexicon = [t.decode("utf-8") for t in reader.lexicon("content")]
    for maxdist in (1, 2):
        found = {t for t in lexicon if t != word and damerau_levenshtein(t, word) <= maxdist
                 and (maxdist == 1 or len(word) <= 3 or t[0] == word[0])}
        if found:
            return max(found, key=lambda c: (reader.doc_frequency("content", c), c))
    return ""


def test_closest_matches_a_scan_of_every_word(services: Any) -> None:
    reader = services.indexer._fresh_searcher().reader()
    answers = {word: closest(reader, word) for word in TYPOS}
    assert answers == {word: _scan_closest(reader, word) for word in TYPOS}
    assert answers["surveilance"] == "surveillance" and answers["xqzvw"] == ""
    assert answers["surveilanse"] == "surveillance"  # two edits
    assert answers["travailleru"] == "travailleur"  # two letters swapped: one edit


@settings(max_examples=300, deadline=None)
@given(st.text("abcd", max_size=7), st.text("abcd", max_size=7))
def test_within_two_is_damerau_distance_at_most_two(a: str, b: str) -> None:
    assert _within_two(a, b) == (damerau_levenshtein(a, b) <= 2)
