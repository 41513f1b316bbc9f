"""The query nodes Marginalia builds, each able to score a segment in bulk.

``Union`` (an OR) and ``Both`` (an AND) compute their entries' scores as one
dictionary per segment (``index.whoosh.bulk_score``) instead of Whoosh's trees of matchers
that walk every matching entry through every level in Python. Whatever they do not
know how to score in bulk (a phrase, say) is read through its own Whoosh matcher,
so every query still works, and the scores are Whoosh's BM25F either way.
"""

from __future__ import annotations

from array import array
from typing import Any

from index.completion import cached
from index.whoosh.bulk_score import (
    Scores,
    add_matcher,
    add_term,
    bulk_reader,
    intersect,
    scored_list,
    term_weights,
)
from whoosh import query as wq
from whoosh.matching import ListMatcher, NullMatcher


class Union(wq.Or):
    """An OR, scored in bulk on a segment; elsewhere Whoosh's preloaded score array
    (its binary tree of union matchers, chosen above 5,000 entries, was 4x slower)."""

    matcher_type = wq.Or.ARRAY_MATCHER
    top = False  # the whole query (or its AndNot's left side): block skipping is sound

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        bulk = bulk_reader(searcher, context)
        if bulk is None or len(self.subqueries) < 2:
            return super().matcher(searcher, context)
        return scored_list(self.scores(searcher, context, bulk[1]), quality=self.top)

    def scores(self, searcher: Any, context: Any, weighting: Any) -> Scores:
        scores: Scores = {}
        for sub in self.subqueries:
            _add(scores, sub, searcher, context, weighting, self.boost)
        return scores


class Both(wq.And):
    """An AND, scored in bulk on a segment: the scores of each part, summed over the
    entries every part holds; filters (``kind:``, ``lang:``) are kept per segment."""

    top = False

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        bulk = bulk_reader(searcher, context)
        if bulk is None or len(self.subqueries) < 2 or self.boost != 1.0:
            return super().matcher(searcher, context)
        parts: list[Scores] = []
        filters: list[tuple[dict[int, float], float]] = []
        for sub in self.subqueries:
            if type(sub) is wq.Term and not searcher.schema[sub.fieldname].scorable:
                filters.append((term_weights(searcher, sub.fieldname, sub.text), sub.boost))
            else:
                scores: Scores = {}
                _add(scores, sub, searcher, context, bulk[1], 1.0)
                parts.append(scores)
        if not parts:  # filters only: Whoosh reads them as fast
            return super().matcher(searcher, context)
        return scored_list(intersect(parts, filters), quality=self.top)


class LanguageFilter(wq.ConstantScoreQuery):
    """Entries of some languages, at a constant (nil) score: the entry ids of each
    segment are read once and kept (Whoosh's own reads them on every search: ~5 ms
    per filter over 25,000 entries)."""

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        reader = searcher.reader()
        if (context is not None and context.needs_current) or _segment(reader) is None:
            return super().matcher(searcher, context)
        ids = self._ids(searcher, context)
        return ListMatcher(ids, all_weights=self.score) if ids else NullMatcher()

    def id_set(self, searcher: Any, context: Any) -> frozenset[int]:
        """The same entries as a set, for bulk scoring (one segment)."""
        return cached(self._key(searcher.reader(), "filter-set"),
                      lambda: frozenset(self._ids(searcher, context)))

    def _ids(self, searcher: Any, context: Any) -> array[int]:
        return cached(self._key(searcher.reader(), "filter"),
                      lambda: array("I", self.child.matcher(searcher, context).all_ids()))

    def _key(self, reader: Any, kind: str) -> tuple[Any, ...]:
        segment = reader.segment()
        return (kind, segment.segment_id(), segment.deleted_count(), repr(self.child))


def _segment(reader: Any) -> Any:
    """The reader's segment; None for a multi-segment or an empty index's reader."""
    segment = getattr(reader, "segment", None)
    return segment() if segment is not None else None


def _add(scores: Scores, sub: Any, searcher: Any, context: Any, weighting: Any,
         boost: float) -> None:
    """Add ``sub``'s entries and scores (times ``boost``) to ``scores``."""
    if type(sub) is wq.Term and searcher.schema[sub.fieldname].scorable:
        add_term(scores, searcher, weighting, sub.fieldname, sub.text, sub.boost * boost)
    elif _filtered_term(sub):
        term, only = sub.subqueries
        add_term(scores, searcher, weighting, term.fieldname, term.text,
                 term.boost * boost, only.id_set(searcher, context), only.score * boost)
    elif isinstance(sub, Union):
        for part in sub.subqueries:
            _add(scores, part, searcher, context, weighting, sub.boost * boost)
    else:
        add_matcher(scores, sub.matcher(searcher, context), boost)


def _filtered_term(q: Any) -> bool:
    """An AND of a scorable term and a language filter (a stem in its languages)."""
    return (isinstance(q, wq.And) and len(q.subqueries) == 2
            and type(q.subqueries[0]) is wq.Term and q.boost == 1.0
            and isinstance(q.subqueries[1], LanguageFilter))
