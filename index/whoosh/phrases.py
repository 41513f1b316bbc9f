"""Posting values of chosen entries, and the phrase bonus scored from them.

Whoosh scores a phrase as the sum of its words' scores wherever it occurs once, so
``mot de passe`` weighs as much in a chapter that says it once as in the one that
says it forty times, and a phrase of stop words (``de``) weighs what ``de`` does.
Here a phrase is scored as one word would be: BM25 of its number of occurrences in
the entry's ``content``, with the inverse frequency of its rarest word (a phrase is
at least as rare). A bonus is only computed for entries the rest of the query found
(the best ``PHRASE_CANDIDATES`` of them), reading the posting values of those only;
a phrase that must match (quoted, or a compound such as ``built-in``) reads the
values of the entries holding all its words, found from their posting ids (Whoosh
walks every such entry's positions through span matchers, ~5 ms on 500 pages).

Relies on the postings layout of the pinned Whoosh 2.7.4 (a ``ListMatcher`` for
inlined postings, else a ``W3LeafMatcher`` read block by block), like
``index.whoosh.bulk_score``.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from typing import Any

from index.analysis import decode
from index.whoosh.bulk_score import Scores, _blocks, _deleted, _norms
from whoosh.matching import ListMatcher
from whoosh.reading import TermNotFound
from whoosh.scoring import BM25F

PHRASE_CANDIDATES = 400  # entries, the best first, whose phrases are counted
FIELD = "content"


def values_of(matcher: Any, targets: list[int]) -> Iterable[tuple[int, bytes]]:
    """``(docnum, value)`` of the sorted ``targets`` found in one segment's postings:
    a block of postings that holds no target is skipped unread, and a target is
    found in a block by bisection (Whoosh's ``skip_to`` steps posting by posting)."""
    if isinstance(matcher, ListMatcher):
        yield from _bisect_values(matcher._ids, matcher._values, targets)
        return
    at = 0
    while matcher.is_active() and at < len(targets):
        last = matcher.block_max_id()
        upto = bisect_right(targets, last, at)
        if upto > at:
            if matcher._ids is None:
                matcher._read_ids()
            if matcher._values is None:
                matcher._read_values()
            yield from _bisect_values(matcher._ids, matcher._values, targets[at:upto])
            at = upto
        matcher._next_block()


def _bisect_values(ids: Sequence[int], values: Sequence[bytes],
                   targets: list[int]) -> Iterable[tuple[int, bytes]]:
    for target in targets:
        k = bisect_left(ids, target)
        if k < len(ids) and ids[k] == target:
            yield target, values[k]


def segment_values(reader: Any, fieldname: str, term: str,
                   targets: list[int]) -> dict[int, bytes]:
    """``{docnum: value}`` of ``term`` in the sorted ``targets`` of one segment."""
    fmt = reader.schema[fieldname].format
    try:
        matcher = reader._terms.matcher(fieldname, term.encode("utf-8"), fmt)
    except TermNotFound:
        return {}
    return dict(values_of(matcher, targets))


def phrase_count(positions: list[list[int]]) -> int:
    """Occurrences of a phrase, from each of its words' positions in one entry."""
    rarest = min(range(len(positions)), key=lambda k: len(positions[k]))
    starts = [p - rarest for p in positions[rarest]]
    for k, found in enumerate(positions):
        if k != rarest and starts:
            have = set(found)
            starts = [s for s in starts if s + k in have]
    return len(starts)


class _Scorer:
    """BM25 of a phrase's occurrences in one segment's ``content``, as for a word."""

    def __init__(self, searcher: Any, weighting: Any) -> None:
        self.reader = searcher.reader()
        self.parent = searcher.get_parent()
        model = weighting if isinstance(weighting, BM25F) else BM25F()
        self.k1, b = model.K1, model._field_B.get(FIELD, model.B)
        self.norms = _norms(self.reader, FIELD, self.parent.avg_field_length(FIELD) or 1,
                            b, self.k1)
        self.values: dict[str, dict[int, bytes]] = {}

    def read(self, words: list[str], targets: list[int]) -> None:
        for word in words:
            if word not in self.values:
                self.values[word] = segment_values(self.reader, FIELD, word, targets)

    def scores(self, phrase: list[str], boost: float) -> Scores:
        """``{entry: score}`` of the entries read that hold ``phrase``."""
        found = [self.values[w] for w in phrase]
        holding = set(found[0]).intersection(*found[1:])
        out: Scores = {}
        if not holding:
            return out
        idf = max(self.parent.idf(FIELD, w) for w in phrase)
        k1, norms = self.k1, self.norms
        for d in sorted(holding):
            tf = phrase_count([decode(v[d])[0] for v in found])
            if tf:
                out[d] = boost * idf * (tf * (k1 + 1)) / (tf + norms[d])
        return out


def add_phrases(scores: Scores, searcher: Any, weighting: Any,
                phrases: list[tuple[list[str], float]]) -> None:
    """Add each phrase's bonus (times its boost) to the entries of ``scores`` that
    hold it; the bonuses are summed first, then added, entry by entry."""
    if not scores or not hasattr(searcher.reader(), "_terms"):
        return
    targets = sorted(scores) if len(scores) <= PHRASE_CANDIDATES else sorted(
        d for d, _ in heapq.nlargest(PHRASE_CANDIDATES, scores.items(),
                                     key=lambda item: (item[1], -item[0])))
    scorer = _Scorer(searcher, weighting)
    bonus: Scores = {}
    for phrase, boost in phrases:
        scorer.read(phrase, targets)
        for d, more in scorer.scores(phrase, boost).items():
            bonus[d] = bonus.get(d, 0.0) + more
    for d, more in bonus.items():
        scores[d] += more


def phrase_scores(searcher: Any, weighting: Any, phrase: list[str],
                  boost: float = 1.0) -> Scores:
    """``{entry: score}`` of the live entries of one segment holding ``phrase``:
    the entries holding all its words (the rarest word's first, narrowed by the
    others' posting ids), then their positions."""
    reader = searcher.reader()
    if not hasattr(reader, "_terms"):
        return {}
    holding: set[int] | None = None
    for word in sorted(set(phrase), key=lambda w: reader.doc_frequency(FIELD, w)):
        ids = _ids(reader, word)
        holding = ids if holding is None else holding & ids
        if not holding:
            return {}
    scorer = _Scorer(searcher, weighting)
    scorer.read(phrase, sorted((holding or set()) - _deleted(reader)))
    return scorer.scores(phrase, boost)


def _ids(reader: Any, word: str) -> set[int]:
    fmt = reader.schema[FIELD].format
    try:
        matcher = reader._terms.matcher(FIELD, word.encode("utf-8"), fmt)
    except TermNotFound:
        return set()
    found: set[int] = set()
    for ids, _ in _blocks(matcher):
        found.update(ids)
    return found
