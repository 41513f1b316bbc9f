"""Re-anchoring, named cases on real text, and the edit distance it rests on."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.anchoring import Anchor, _myers, edit_distance, reanchor, selectors
from reader.seeds import bundled_seeds
from reader.text import canonicalize


def _seed_text(prefix: str) -> str:
    for seed in bundled_seeds():
        if seed.file.startswith(prefix):
            return canonicalize(seed.data.decode("utf-8"))
    raise KeyError(prefix)


def _anchor(text: str, start: int, end: int) -> Anchor:
    exact, prefix, suffix = selectors(text, start, end)
    return Anchor(start, end, exact, prefix, suffix)


def _one(old: str, new: str, anchor: Anchor):  # type: ignore[no-untyped-def]
    return reanchor(old, new, [anchor])[0]


TEXT = _seed_text("002")
QUOTE = TEXT[5000:5120]


def test_unchanged_text_keeps_exact() -> None:
    placed = _one(TEXT, TEXT, _anchor(TEXT, 5000, 5120))
    assert (placed.status, placed.start, placed.end, placed.exact) == ("exact", 5000, 5120, QUOTE)


def test_600_chars_inserted_before_is_moved_with_exact_text() -> None:
    new = TEXT[:1000] + "x" * 300 + " nouvelle phrase " * 18 + TEXT[1000:]
    inserted = len(new) - len(TEXT)
    assert inserted >= 600
    placed = _one(TEXT, new, _anchor(TEXT, 5000, 5120))
    assert placed.status == "moved"
    assert (placed.start, placed.end) == (5000 + inserted, 5120 + inserted)
    assert new[placed.start:placed.end] == QUOTE == placed.exact


def test_edits_after_the_highlight_keep_it_exact() -> None:
    new = TEXT[:6000] + "une phrase ajoutée. " + TEXT[6000:-500]
    placed = _one(TEXT, new, _anchor(TEXT, 5000, 5120))
    assert (placed.status, placed.start, placed.exact) == ("exact", 5000, QUOTE)


def test_one_word_changed_inside_is_approximate() -> None:
    start, end = 5000, 5120
    words = TEXT[start:end].split(" ")
    middle = len(words) // 2
    words[middle] = "REMPLACÉ"
    edited = " ".join(words)
    new = TEXT[:start] + edited + TEXT[end:]
    placed = _one(TEXT, new, _anchor(TEXT, start, end))
    assert placed.status == "approximate"
    assert placed.exact == edited
    assert (placed.start, placed.end) == (start, start + len(edited))


def test_changes_inside_and_around_with_a_shift_still_found_approximately() -> None:
    start, end = 5000, 5120
    edited = TEXT[start:start + 40] + "(ajout)" + TEXT[start + 47:end]
    new = "Préambule. " * 30 + TEXT[:start - 10] + "++" + TEXT[start - 10:start] + edited \
        + TEXT[end:]
    placed = _one(TEXT, new, _anchor(TEXT, start, end))
    assert placed.status == "approximate"
    assert placed.exact == edited


def test_deleted_passage_is_orphaned_and_kept() -> None:
    anchor = _anchor(TEXT, 5000, 5120)
    new = TEXT[:4700] + TEXT[5400:]
    placed = _one(TEXT, new, anchor)
    assert placed.status == "orphaned"
    assert (placed.start, placed.end, placed.exact) == (5000, 5120, QUOTE)
    assert (placed.prefix, placed.suffix) == (anchor.prefix, anchor.suffix)


def test_same_quote_twice_right_occurrence_chosen_by_context() -> None:
    quote = "the data brokers"
    first = "Chapter one talks about how " + quote + " sell our lives to advertisers. "
    second = "Chapter two explains that " + quote + " are rarely regulated at all. "
    filler = "Some unrelated paragraph of text that sits between them. " * 5
    old = first + filler + second
    start = old.rindex(quote)
    anchor = _anchor(old, start, start + len(quote))
    # The second passage now comes first, and padding puts the *other* occurrence
    # exactly at the old offsets: context, not position, must decide.
    pad = start - (len(second) + len(filler) + first.index(quote))
    assert pad > 0
    new = second + filler + "z" * pad + first
    assert new[start:start + len(quote)] == quote
    placed = _one(old, new, anchor)
    assert placed.status == "moved"
    assert placed.start == new.index(quote)
    assert new[placed.start - 10:placed.start] == "ains that "


def test_orphan_reattaches_when_its_text_comes_back() -> None:
    anchor = _anchor(TEXT, 5000, 5120)
    orphan = Anchor(anchor.start, anchor.end, anchor.exact, anchor.prefix, anchor.suffix,
                    reliable_position=False)
    back = "Nouvelle introduction. " * 10 + TEXT
    placed = _one(TEXT[:4700] + TEXT[5400:], back, orphan)
    assert placed.status == "moved"
    assert back[placed.start:placed.end] == QUOTE


def test_emoji_offsets_are_code_points() -> None:
    text = _seed_text("001")
    emoji = text.index("\U0001F609")
    quote = "Sur son blog Archinfo"
    start = text.index(quote)
    assert start > emoji
    anchor = _anchor(text, start, start + len(quote))
    assert anchor.exact == quote
    new = "😀😀 " + text
    placed = _one(text, new, anchor)
    assert (placed.status, placed.start) == ("moved", start + 3)
    assert new[placed.start:placed.end] == quote


def _dp_distance(a: str, b: str) -> int:
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


words = st.text(alphabet="abcé😉 ", max_size=30)


@settings(max_examples=200, deadline=None)
@given(words, words)
def test_bit_parallel_distance_matches_dynamic_programming(a: str, b: str) -> None:
    assert edit_distance(a, b) == _dp_distance(a, b)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="abc", min_size=1, max_size=12), st.text(alphabet="abc", max_size=25))
def test_search_scores_are_best_substring_distances(pattern: str, text: str) -> None:
    scores = _myers(pattern, text, anchored=False)
    for j, score in enumerate(scores):
        best = min(_dp_distance(pattern, text[i:j + 1]) for i in range(j + 2))
        assert score == best
