"""BM25F scores of an OR of terms, computed posting block by posting block.

Whoosh scores a union one posting at a time through its matcher objects: a call for
the posting's id, its weight, the entry's field length (read from a column), the
score formula and the next posting, about 8 µs each. A prefix such as ``tra`` over a
5,000-document library matches ~4,000 entries in a dozen terms, so search-as-you-type
spent ~30 ms there. Here each term's posting blocks are read whole (ids and weights)
and scored in one loop against the segment's field-length norms, computed once per
segment and field; the union becomes a list of (entry, score), which Whoosh then
collects like any matcher. Scores are Whoosh's own BM25F, to the last bit.

Relies on the postings layout of the pinned Whoosh 2.7.4 (a ``ListMatcher`` for
inlined postings, else a ``W3LeafMatcher`` read block by block), like
``index.search.PostingsCache``.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from typing import Any

from index.completion import cached
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
from whoosh.matching import ListMatcher, NullMatcher, ReadTooFar
from whoosh.reading import TermNotFound
from whoosh.scoring import BM25F
from whoosh.util.numeric import byte_to_length

Scores = dict[int, float]
BLOCK = 32  # entries per block of a ScoredList


class ScoredList(ListMatcher):
    """Entries with their final scores, in blocks of ``BLOCK`` whose best score is
    known, so Whoosh's top-N collector skips blocks that cannot enter its results
    (as it does on posting blocks); skips by bisection (Whoosh's steps one by one)."""

    _i: int  # the current entry, set by ListMatcher (untyped)

    def __init__(self, ids: Sequence[int], scores: Sequence[float], position: int = 0,
                 quality: bool = False) -> None:
        super().__init__(ids, scores, position=position)
        self._quality = quality
        self._best = [max(scores[k:k + BLOCK]) for k in range(0, len(scores), BLOCK)]
        self._top = max(self._best, default=0.0)

    def copy(self) -> ScoredList:
        return ScoredList(self._ids, self._weights, self._i, self._quality)

    def id(self) -> int:
        # Past the end, the last id: Whoosh's AndNotMatcher asks for it right after
        # a skip_to_quality that may have passed the end.
        return self._ids[min(self._i, len(self._ids) - 1)]

    def next(self) -> bool:
        self._i += 1
        return self._i % BLOCK == 0  # a new block: the collector checks its quality

    def skip_to(self, id: int) -> None:  # the name is Whoosh's signature
        if not self.is_active():
            raise ReadTooFar
        if id > self._ids[self._i]:
            self._i = bisect_left(self._ids, id, self._i)

    def supports_block_quality(self) -> bool:
        # Only for the collector itself: Whoosh's IntersectionMatcher skips one side
        # by the other side's *current* block quality, which can drop good entries.
        return self._quality

    def max_quality(self) -> float:
        return self._top

    def block_max_weight(self) -> float:
        return self._best[min(self._i // BLOCK, len(self._best) - 1)]

    def block_quality(self) -> float:
        return self.block_max_weight()

    def skip_to_quality(self, minquality: float) -> int:
        skipped = 0
        while self._i < len(self._ids) and self._best[self._i // BLOCK] <= minquality:
            self._i = (self._i // BLOCK + 1) * BLOCK
            skipped += 1
        return skipped

    def replace(self, minquality: float = 0) -> Any:
        if not self.is_active() or (minquality and self._top < minquality):
            return NullMatcher()
        return self


def scored_list(scores: Scores, quality: bool = False) -> Any:
    """A matcher over ``scores``; ``quality`` when Whoosh's collector reads it directly."""
    if not scores:
        return NullMatcher()
    ids = sorted(scores)
    return ScoredList(ids, [scores[d] for d in ids], quality=quality)


def bulk_reader(searcher: Any, context: Any) -> tuple[Any, BM25F] | None:
    """The segment reader and weighting when bulk scoring applies, else None
    (a multi-segment reader, another weighting, or a caller that needs matchers)."""
    reader = searcher.reader()
    weighting = context.weighting if context is not None else searcher.weighting
    if context is not None and context.needs_current:
        return None
    if not hasattr(reader, "_terms") or type(weighting) is not BM25F:
        return None
    if getattr(reader, "segment", lambda: None)() is None:  # an empty index
        return None
    return reader, weighting


def add_term(scores: Scores, searcher: Any, weighting: BM25F, fieldname: str, text: str,
             boost: float = 1.0, only: frozenset[int] | None = None, bonus: float = 0.0) -> None:
    """Add ``fieldname:text``'s score to ``scores`` for each live entry holding it
    (of ``only``, when given, each getting ``bonus`` more: an AND with a filter)."""
    reader = searcher.reader()
    field = reader.schema[fieldname]
    try:
        matcher = reader._terms.matcher(fieldname, field.to_bytes(text), field.format)
    except TermNotFound:
        return
    parent = searcher.get_parent()
    avgfl = parent.avg_field_length(fieldname) or 1
    b = weighting._field_B.get(fieldname, weighting.B)
    k1 = weighting.K1
    norms = _norms(reader, fieldname, avgfl, b, k1)
    idf = parent.idf(fieldname, text)
    deleted = _deleted(reader)
    get = scores.get
    for ids, weights in _blocks(matcher):
        for d, w in zip(ids, weights, strict=True):
            if (only is None or d in only) and d not in deleted:
                s = idf * ((w * (k1 + 1)) / (w + norms[d]))
                scores[d] = get(d, 0.0) + s * boost + bonus


def term_weights(searcher: Any, fieldname: str, text: str) -> dict[int, float]:
    """``{entry: weight}`` of a term of an unscored field (``kind``, ``lang``), whose
    score is its weight; kept per segment, as these are filters read on every search."""
    reader = searcher.reader()
    segment = reader.segment()

    def compute() -> dict[int, float]:
        field = reader.schema[fieldname]
        try:
            matcher = reader._terms.matcher(fieldname, field.to_bytes(text), field.format)
        except TermNotFound:
            return {}
        deleted = _deleted(reader)
        return {d: w for ids, weights in _blocks(matcher)
                for d, w in zip(ids, weights, strict=True) if d not in deleted}

    return cached(("weights", segment.segment_id(), segment.deleted_count(), fieldname, text),
                  compute)


def intersect(parts: list[Scores], filters: list[tuple[dict[int, float], float]]) -> Scores:
    """Entries in every part and filter, their scores summed (filters: weight x boost)."""
    parts = sorted(parts, key=len)
    first, rest = parts[0], parts[1:]
    out: Scores = {}
    for d, score in first.items():
        for other in rest:
            more = other.get(d)
            if more is None:
                break
            score += more
        else:
            for weights, boost in filters:
                weight = weights.get(d)
                if weight is None:
                    break
                score += weight * boost
            else:
                out[d] = score
    return out


def add_matcher(scores: Scores, matcher: Any, boost: float = 1.0) -> None:
    """Add every entry of any Whoosh matcher, as its ``ArrayUnionMatcher`` would."""
    get = scores.get
    while matcher.is_active():
        d = matcher.id()
        scores[d] = get(d, 0.0) + matcher.score() * boost
        matcher.next()


def _blocks(matcher: Any) -> Iterable[tuple[Sequence[int], Sequence[float]]]:
    if isinstance(matcher, ListMatcher):
        weights = matcher._weights
        if weights is None:  # one weight for all (or Whoosh's default, 1.0)
            weights = [matcher._all_weights or 1.0] * len(matcher._ids)
        yield matcher._ids, weights
        return
    while matcher.is_active():
        if matcher._ids is None:
            matcher._read_ids()
        if matcher._weights is None:
            matcher._read_weights()
        yield matcher._ids, matcher._weights
        if matcher._lastblock:
            return
        matcher._next_block()


def _norms(reader: Any, fieldname: str, avgfl: float, b: float, k1: float) -> list[float]:
    """``K1 * ((1 - B) + B * length / avgfl)`` of each entry of the segment.

    One list per segment and field, remade when the average length changes (every
    commit changes it): keyed by it, every saved note would leave a list behind.
    """
    key = ("norms", reader.segment().segment_id(), fieldname)
    made = cached(key, lambda: [None, []])  # [(avgfl, b, k1), norms], updated in place
    if made[0] != (avgfl, b, k1):
        lengths = reader._perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
        if lengths is None:  # no lengths column: Whoosh's default length, 1
            norms = [k1 * ((1 - b) + b / avgfl)] * (reader.doc_count_all() + 1)
        else:
            norms = [k1 * ((1 - b) + b * (byte_to_length(lengths[d]) if lengths[d] else 0)
                           / avgfl) for d in range(reader.doc_count_all())]
        made[:] = [(avgfl, b, k1), norms]
    return made[1]


def _deleted(reader: Any) -> frozenset[int]:
    segment = reader.segment()
    return cached(("deleted", segment.segment_id(), segment.deleted_count()),
                  lambda: frozenset(reader._perdoc.deleted_docs()))
