"""The query nodes Marginalia builds, each able to score a segment in bulk.

``Union`` (an OR) and ``Both`` (an AND) compute their entries' scores as one
dictionary per segment (``index.whoosh.bulk_score``) instead of Whoosh's trees of matchers
that walk every matching entry through every level in Python. Whatever they do not
know how to score in bulk (a phrase, say) is read through its own Whoosh matcher,
so every query still works, and the scores are Whoosh's BM25F either way.
``WithBonus`` adds the query's phrase bonuses (``index.whoosh.phrases``) to the
entries its required part found, the same way on both paths.
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
from index.whoosh.phrases import add_phrases, phrase_scores
from whoosh import query as wq
from whoosh.matching import ArrayUnionMatcher, ListMatcher, NullMatcher, WrappingMatcher


class Union(wq.Or):
    """An OR, scored in bulk on a segment; elsewhere Whoosh's preloaded score array
    (its binary tree of union matchers, chosen above 5,000 entries, was 4x slower)."""

    matcher_type = wq.Or.ARRAY_MATCHER
    top = False  # the whole query (or its AndNot's left side): block skipping is sound

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        bulk = bulk_reader(searcher, context)
        if bulk is None or len(self.subqueries) < 2:
            found = super().matcher(searcher, context)
            return SoundUnion(found) if isinstance(found, ArrayUnionMatcher) else found
        return scored_list(self.scores(searcher, context, bulk[1]), quality=self.top)

    def scores(self, searcher: Any, context: Any, weighting: Any) -> Scores:
        scores: Scores = {}
        for sub in self.subqueries:
            _add(scores, sub, searcher, context, weighting, self.boost)
        return scores


class SoundUnion(WrappingMatcher):
    """Whoosh's preloading union matcher with a sound best score. Whoosh 2.7.4 gives
    it the best score of any one part still active (``CombinationMatcher``), which
    is neither their sum nor the scores it already preloaded: a top-N search then
    drops entries that several parts score (a word found exactly and through a
    stemmer, weighed apart). Here: the best of its preloaded scores, or what the
    parts still active can sum to, whichever is higher."""

    def max_quality(self) -> float:
        child = self.child
        ahead = sum(m.max_quality() for m in child._submatchers if m.is_active())
        return max(max(child._a, default=0.0), ahead * child._boost)

    def replace(self, minquality: float = 0) -> Any:
        if not self.is_active() or (minquality and self.max_quality() < minquality):
            return NullMatcher()
        return self


class Both(wq.And):
    """An AND, scored in bulk on a segment: the scores of each part, summed over the
    entries every part holds; filters (``kind:``, ``lang:``) are kept per segment."""

    top = False

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        bulk = bulk_reader(searcher, context)
        if bulk is None or len(self.subqueries) < 2 or self.boost != 1.0:
            return super().matcher(searcher, context)
        scores = self.scores(searcher, context, bulk[1])
        if scores is None:  # filters only: Whoosh reads them as fast
            return super().matcher(searcher, context)
        return scored_list(scores, quality=self.top)

    def scores(self, searcher: Any, context: Any, weighting: Any) -> Scores | None:
        """Scores of the entries every part holds; None when all parts are filters."""
        parts: list[Scores] = []
        filters: list[tuple[dict[int, float], float]] = []
        for sub in self.subqueries:
            if type(sub) is wq.Term and not searcher.schema[sub.fieldname].scorable:
                filters.append((term_weights(searcher, sub.fieldname, sub.text), sub.boost))
            else:
                scores: Scores = {}
                _add(scores, sub, searcher, context, weighting, 1.0)
                parts.append(scores)
        return intersect(parts, filters) if parts else None


class ExactPhrase(wq.Phrase):
    """A phrase that must match (quoted, or a compound such as ``pare-feu``): the
    entries holding its words in order, scored as one word (index.whoosh.phrases)."""

    def __init__(self, words: list[str]) -> None:
        super().__init__("content", words)

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        if _segment(searcher.reader()) is None:  # an empty index
            return super().matcher(searcher, context)
        weighting = context.weighting if context is not None else searcher.weighting
        return scored_list(phrase_scores(searcher, weighting, self.words, self.boost))


class PhraseBonus(wq.Phrase):
    """A phrase of the query's words, neighbours in ``content``, that only lifts the
    entries found otherwise (scored by ``index.whoosh.phrases``, inside
    :class:`WithBonus`; on its own, Whoosh's phrase)."""

    def __init__(self, words: list[str], boost: float) -> None:
        super().__init__("content", words, boost=boost)


class WithBonus(wq.AndMaybe):
    """The required part's entries and scores, plus the phrase bonuses they earn.

    The required part is scored in bulk when it can be, else by its Whoosh matcher;
    the bonuses are computed the same way in both cases, from the scores found.
    """

    top = False

    def __init__(self, required: Any, bonuses: list[PhraseBonus]) -> None:
        super().__init__(required, bonuses[0] if len(bonuses) == 1 else wq.Or(bonuses))
        self.bonuses = bonuses

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        bulk = bulk_reader(searcher, context)
        scores: Scores = {}
        if bulk is None:
            add_matcher(scores, self.a.matcher(searcher, context))
        else:
            _add(scores, self.a, searcher, context, bulk[1], 1.0)
        weighting = context.weighting if context is not None else searcher.weighting
        add_phrases(scores, searcher, weighting, [(b.words, b.boost) for b in self.bonuses])
        return scored_list(scores, quality=self.top)


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
    elif isinstance(sub, Both) and sub.boost == 1.0 and len(sub.subqueries) > 1 \
            and (found := sub.scores(searcher, context, weighting)) is not None:
        for d, score in found.items():
            scores[d] = scores.get(d, 0.0) + score * boost
    else:
        add_matcher(scores, sub.matcher(searcher, context), boost)


def _filtered_term(q: Any) -> bool:
    """An AND of a scorable term and a language filter (a stem in its languages)."""
    return (isinstance(q, wq.And) and len(q.subqueries) == 2
            and type(q.subqueries[0]) is wq.Term and q.boost == 1.0
            and isinstance(q.subqueries[1], LanguageFilter))
