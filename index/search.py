"""Searching: ranked hits grouped by document, snippets, canonical-text hit offsets.

Hit offsets come from the index itself (each posting holds the start offsets of
its word in the canonical text); the end of each hit is found by matching a word at
that start in the stored text, so offsets are exact code points whatever precedes
them (emoji, accents, ligatures).
"""

from __future__ import annotations

import logging
import weakref
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from whoosh.matching import ListMatcher
from whoosh.reading import TermNotFound
from whoosh.scoring import BM25F

from index.analysis import WORD, decode, fold, words
from index.query import WHOLE_WORD_FROM, Clause, ParsedQuery, QueryBuilder, parse
from index.suggest import corrections, replace_words
from index.whoosh.schema import CONTENT_FIELDS

log = logging.getLogger(__name__)

SNIPPET_BEFORE = 60
SNIPPET_AFTER = 140


@dataclass
class SearchHit:
    doc_id: str
    title: str
    kind: str  # "document" | "annotation"
    score: float
    snippet: str
    hits: list[tuple[int, int]]
    highlight_id: str | None = None
    # Where the hit is, as cited ("12", "Chapter 1. Loomings"); filled by the caller,
    # which has the library (the index keeps no structure).
    page: str = ""
    chapter: str = ""

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"doc_id": self.doc_id, "title": self.title, "kind": self.kind,
                               "score": round(self.score, 4), "snippet": self.snippet,
                               "hits": [list(h) for h in self.hits],
                               "page": self.page or None, "chapter": self.chapter or None}
        if self.kind == "annotation":
            out["highlight_id"] = self.highlight_id
        return out


@dataclass
class SearchResults:
    query: str
    hits: list[SearchHit] = field(default_factory=list)
    total: int = 0
    suggestion: str = ""  # "did you mean": the query with unknown words replaced
    corrections: dict[str, str] = field(default_factory=dict)  # folded word -> suggested


def run_search(searcher: Any, text: str, limit: int = 20,
               as_you_type: bool = False) -> SearchResults:
    """Search with an open Whoosh searcher; see the module docstring for hits."""
    parsed = parse(text, as_you_type)
    results = SearchResults(text)
    if not parsed.groups and not parsed.excluded:
        return results
    builder = QueryBuilder(searcher.reader())
    found = searcher.search(builder.build(parsed), limit=max(1, limit))
    results.total = found.estimated_length()
    postings = PostingsCache(searcher.reader(), [hit.docnum for hit in found])
    bodies = body_reader(searcher)
    plan = HitPlan.of(parsed, builder)
    values = postings.all_values(plan.terms)
    hits = [_make_hit(hit, bodies[hit.docnum] or "", plan, postings, values) for hit in found]
    results.hits = _group_by_document(hits)
    results.corrections = _corrections(searcher.reader(), parsed, text, builder)
    results.suggestion = replace_words(text, results.corrections) if results.corrections else ""
    return results


def _corrections(reader: Any, parsed: ParsedQuery, text: str,
                 builder: QueryBuilder) -> dict[str, str]:
    """"Did you mean" for the query's unknown words. The word being typed counts
    as a whole word when no indexed word starts with it (``intimty``, which finds
    nothing; ``surveilance``, found by its stem only): typing on cannot make it one.
    A word that still has completions is being typed, not misspelt: nothing found
    then comes from the other words or the filters (and ``subproc`` would offer
    ``SunPro``)."""
    typed = next((c for c in reversed(parsed.clauses()) if c.prefix and not c.field), None)
    last = words(typed.text)[-1:] if typed is not None else []
    if last and not builder.expand("content", last[0]):
        parsed = parse(text)
    return corrections(reader, parsed)


def new_searcher(ix: Any) -> Any:
    return ix.searcher(weighting=BM25F())


_bodies: weakref.WeakKeyDictionary[Any, Any] = weakref.WeakKeyDictionary()


def body_reader(searcher: Any) -> Any:
    """The entries' texts by docnum (``body`` column), opened once per searcher."""
    found = _bodies.get(searcher)
    if found is None:
        reader = searcher.reader()
        found = reader.column_reader("body") if reader.has_column("body") else {}
        _bodies[searcher] = found
    return found


def _group_by_document(hits: list[SearchHit]) -> list[SearchHit]:
    """Keep ranking between documents; a document's entries stay together."""
    order: dict[str, int] = {}
    for hit in hits:
        order.setdefault(hit.doc_id, len(order))
    return sorted(hits, key=lambda h: (order[h.doc_id], h.kind != "document", -h.score))


class PostingsCache:
    """Posting values of the result entries, reading each term's list once.

    Each (field, term) is read segment by segment: a block of postings whose
    docnums hold no result is skipped unread, and a result is found in a block
    by bisection, instead of Whoosh's ``skip_to`` stepping posting by posting.
    """

    def __init__(self, reader: Any, docnums: list[int]) -> None:
        self.docnums = sorted(docnums)
        self._leaves: list[tuple[Any, int, list[int]]] = []
        for leaf, offset in reader.leaf_readers():
            end = offset + leaf.doc_count_all()
            local = [d - offset for d in self.docnums if offset <= d < end]
            if local:
                self._leaves.append((leaf, offset, local))
        self._values: dict[tuple[str, str], dict[int, bytes]] = {}

    def get(self, fieldname: str, term: str, docnum: int) -> tuple[list[int], list[int]]:
        """(positions, starts) of ``term`` in entry ``docnum``; empty when absent."""
        value = self.values(fieldname, term).get(docnum)
        return decode(value) if value else ([], [])

    def all_values(self, terms: list[tuple[str, str]]) -> list[dict[int, bytes]]:
        """:meth:`values` of each ``(field, term)`` that holds a result entry."""
        return [found for f, t in terms if (found := self.values(f, t))]

    def values(self, fieldname: str, term: str) -> dict[int, bytes]:
        """``{docnum: encoded value}`` of ``term`` in the result entries."""
        key = (fieldname, term)
        found = self._values.get(key)
        if found is None:
            found = self._values[key] = self._read(fieldname, term)
        return found

    def _read(self, fieldname: str, term: str) -> dict[int, bytes]:
        out: dict[int, bytes] = {}
        fmt = self._leaves[0][0].schema[fieldname].format if self._leaves else None
        for leaf, offset, local in self._leaves:
            try:  # the raw postings: results are never deleted entries
                matcher = leaf._terms.matcher(fieldname, term.encode("utf-8"), fmt)
            except TermNotFound:  # the word is not in this field of this segment
                continue
            for docnum, value in _values_of(matcher, local):
                out[docnum + offset] = value
        return out


def _values_of(matcher: Any, targets: list[int]) -> Iterable[tuple[int, bytes]]:
    """``(docnum, value)`` of the sorted ``targets`` found in one segment's postings.

    Relies on the matchers of the pinned Whoosh 2.7.4: a ``ListMatcher`` for
    inlined postings, else a ``W3LeafMatcher`` read block by block.
    """
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


@dataclass
class HitPlan:
    """What to look up for a query's hit offsets, worked out once per query."""

    phrases: list[list[str]] = field(default_factory=list)
    terms: list[tuple[str, str]] = field(default_factory=list)  # (field, term), once each

    @classmethod
    def of(cls, parsed: ParsedQuery, builder: QueryBuilder) -> HitPlan:
        plan = cls()
        for clause in parsed.clauses():
            if clause.field:
                continue
            terms = words(clause.text)
            if clause.phrase and len(terms) > 1:
                plan.phrases.append(terms)
            else:
                plan.terms.extend(_clause_terms(clause, terms, builder))
        plan.terms = list(dict.fromkeys(plan.terms))
        return plan


def _make_hit(hit: Any, body: str, plan: HitPlan, postings: PostingsCache,
              values: list[dict[int, bytes]]) -> SearchHit:
    stored = hit.fields()
    kind = stored.get("kind", "document")
    title = stored.get("title", "")
    starts = sorted(_hit_starts(postings, hit.docnum, plan, values))
    if kind == "annotation":
        span = stored.get("span")
        spans = [(int(span[0]), int(span[1]))] if span else []
        snippet = annotation_snippet(body, spans[0] if spans else None,
                                     starts[0] if starts else 0)
    else:
        spans = [(s, _word_end(body, s)) for s in starts]
        snippet = make_snippet(body, _snippet_anchor(body, title, starts))
    return SearchHit(stored.get("doc_id", ""), title, kind, float(hit.score),
                     snippet, spans, stored.get("highlight_id") or None)


def _snippet_anchor(body: str, title: str, starts: list[int]) -> int:
    """Where a text's snippet is centred: its first hit past the title (shown above
    the snippet already) when the text opens with it and has hits further in."""
    if not starts:
        return 0
    first_block = body.find("\n")
    if first_block > 0 and words(body[:first_block]) == words(title):
        return next((s for s in starts if s > first_block), starts[0])
    return starts[0]


def _word_end(text: str, start: int) -> int:
    m = WORD.match(text, start)
    return m.end() if m else start


def _hit_starts(postings: PostingsCache, docnum: int, plan: HitPlan,
                values: list[dict[int, bytes]]) -> set[int]:
    """Start offsets of every matched word occurrence in one entry (``values``: the
    posting values of the plan's terms, see :meth:`PostingsCache.all_values`)."""
    starts: set[int] = set()
    for terms in plan.phrases:
        starts |= _phrase_starts(postings, docnum, terms)
    for by_entry in values:
        value = by_entry.get(docnum)
        if value:
            starts.update(decode(value)[1])
    return starts


def _clause_terms(clause: Clause, terms: list[str],
                  builder: QueryBuilder) -> Iterable[tuple[str, str]]:
    if clause.phrase:  # quoted: exact words only
        for term in terms:
            yield "content", term
        return
    if clause.prefix:
        for term in terms[:-1]:
            yield "content", term
        for term in builder.expand("content", terms[-1]):
            yield "content", term
        if len(terms) > 1 or len(terms[-1]) < WHOLE_WORD_FROM:
            yield "content", terms[-1]
            return
        terms = terms[-1:]  # the word being typed: also a whole word, stemmed
    for term in terms:
        for fieldname, text in builder.word(term).iter_all_terms():
            if fieldname in CONTENT_FIELDS:
                yield fieldname, text


def _phrase_starts(postings: PostingsCache, docnum: int, terms: list[str]) -> set[int]:
    """Starts of each word of each occurrence of the phrase ``terms``."""
    lists = [postings.get("content", t, docnum) for t in terms]
    at = [dict(zip(pos, st, strict=True)) for pos, st in lists]
    found: set[int] = set()
    for pos in lists[0][0]:
        if all(pos + k in at[k] for k in range(1, len(terms))):
            found.update(at[k][pos + k] for k in range(len(terms)))
    return found


def make_snippet(text: str, around: int, before: int = SNIPPET_BEFORE,
                 after: int = SNIPPET_AFTER) -> str:
    """About 200 characters of ``text`` around ``around``, cut at spaces, one line.

    It never reaches back past the start of the block (paragraph, heading, byline)
    holding ``around``: the room left goes after it instead.
    """
    block = text.rfind("\n", 0, around) + 1
    lo = max(block, around - before)
    hi = min(len(text), around + after + before - (around - lo))
    if lo > block:
        space = text.find(" ", lo, around)
        lo = space + 1 if space >= 0 else lo
    if hi < len(text):
        space = text.rfind(" ", around, hi)
        hi = space if space > around else hi
    piece = " ".join(text[lo:hi].split())
    return ("…" if lo > block else "") + piece + ("…" if hi < len(text) else "")


QUOTE_ROOM = 70  # characters of the other part of a note hit: quote or note
NOTE_ROOM = 90


def annotation_snippet(body: str, span: tuple[int, int] | None, around: int) -> str:
    """A note hit as ``“quote” — note``: the part holding the hit around it, the
    other part's start; the note as plain text (its Markdown rendered, then
    stripped). A document note (no ``span``) is its note alone."""
    quote, note = split_annotation(body, span)
    from reader.markdown import plain_note  # markdown-it only when a note is shown

    plain = plain_note(note)
    if not span:
        return make_snippet(plain, _same_word_in(plain, body, around))
    if around < len(quote) or not plain:
        quoted = make_snippet(quote, around)
        rest = make_snippet(plain, 0, 0, NOTE_ROOM) if plain else ""
    else:
        quoted = make_snippet(quote, 0, 0, QUOTE_ROOM)
        rest = make_snippet(plain, _same_word_in(plain, body, around))
    return f"“{quoted}”" + (f" — {rest}" if rest else "")


def split_annotation(body: str, span: tuple[int, int] | None) -> tuple[str, str]:
    """(quote, note) of an annotation entry's text (see :mod:`index.entries`)."""
    if not span:
        return "", body
    length = span[1] - span[0]
    if len(body) == length:
        return body, ""
    if body[length:length + 2] == "\n\n":
        return body[:length], body[length + 2:]
    quote, _, note = body.partition("\n\n")  # a detached highlight: its span moved
    return quote, note


def _same_word_in(plain: str, body: str, at: int) -> int:
    """Where the word at ``body[at]`` first occurs in ``plain`` (0 when it does not)."""
    m = WORD.match(body, at)
    if not m:
        return 0
    wanted = fold(m.group(0))
    return next((w.start() for w in WORD.finditer(plain) if fold(w.group(0)) == wanted), 0)
