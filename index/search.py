"""Searching: ranked hits grouped by document, snippets, canonical-text hit offsets.

The query is parsed and shaped once (:mod:`index.query`), built into Whoosh queries
(:mod:`index.query_build`), and each result's hit offsets come from the index itself
(:mod:`index.hits`). The command line and the window both search through here.
"""

from __future__ import annotations

import logging
import weakref
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from whoosh.scoring import BM25F

from index.analysis import WORD, fold, words
from index.hits import HitPlan, PostingsCache, hit_spans
from index.query import Emphasis, ParsedQuery, emphasis_terms, parse, shape
from index.query_build import QueryBuilder
from index.suggest import corrections, replace_words

log = logging.getLogger(__name__)

SNIPPET_BEFORE = 60
SNIPPET_AFTER = 140
SNIPPET_CANDIDATES = 2000  # hits weighed for where the snippet goes


@dataclass
class SearchHit:
    doc_id: str
    title: str
    kind: str  # "document" | "annotation"
    score: float
    snippet: str
    hits: list[tuple[int, int]]
    highlight_id: str | None = None
    at: int = 0  # where the snippet is taken from: where the result is cited and opens
    # Where the hit is, as cited ("12", "Chapter 1. Loomings"); filled by the caller,
    # which has the library (the index keeps no structure).
    page: str = ""
    chapter: str = ""

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"doc_id": self.doc_id, "title": self.title, "kind": self.kind,
                               "score": round(self.score, 4), "snippet": self.snippet,
                               "hits": [list(h) for h in self.hits], "at": self.at,
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
    # The words the hits are made of, for bold in snippets (index.query.emphasis_terms)
    emphasis: Emphasis = field(default_factory=lambda: (set(), set(), set()))


def run_search(searcher: Any, text: str, limit: int = 20,
               as_you_type: bool = False) -> SearchResults:
    """Search with an open Whoosh searcher; see the module docstring for hits."""
    parsed = parse(text, as_you_type)
    results = SearchResults(text)
    if not parsed.groups and not parsed.excluded:
        return results
    builder = QueryBuilder(searcher.reader())
    builder.settle(parsed)
    form = shape(parsed)
    found = searcher.search(builder.build(parsed, form), limit=max(1, limit))
    # Exact, as both faces say it: fewer scored than asked for means none was skipped;
    # else one unscored pass counts them (estimated_length is only an upper bound).
    results.total = found.scored_length() if found.scored_length() < limit else len(found)
    results.emphasis = emphasis_terms(parsed, form)
    postings = PostingsCache(searcher.reader(), [hit.docnum for hit in found])
    bodies = body_reader(searcher)
    plan = HitPlan.of(parsed, builder, form)
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


def _make_hit(hit: Any, body: str, plan: HitPlan, postings: PostingsCache,
              values: list[dict[int, bytes]]) -> SearchHit:
    stored = hit.fields()
    kind = stored.get("kind", "document")
    title = stored.get("title", "")
    spans = hit_spans(body, postings, hit.docnum, plan, values)
    starts = [start for start, _ in spans]
    if kind == "annotation":
        span = stored.get("span")
        spans = [(int(span[0]), int(span[1]))] if span else []
        snippet = annotation_snippet(body, spans[0] if spans else None,
                                     starts[0] if starts else 0)
        at = starts[0] if starts else 0
    else:
        at = _snippet_anchor(body, title, spans, plan.exact)
        snippet = make_snippet(body, at)
    return SearchHit(stored.get("doc_id", ""), title, kind, float(hit.score),
                     snippet, spans, stored.get("highlight_id") or None, at)


def _snippet_anchor(body: str, title: str, spans: list[tuple[int, int]],
                    exact: set[str]) -> int:
    """Where a text's snippet is centred: at the hit whose stretch of text (a
    snippet's length from it) holds the most of the query's words as written, then
    the most different words, then the most hits, the first such. A contents page
    dense with one stem ("Passer", "Managing") so loses to the paragraph that says
    "mot de passe". Past the title (shown above the snippet) when the text opens
    with it and has hits further in."""
    if not spans:
        return 0
    first_block = body.find("\n")
    if first_block > 0 and words(body[:first_block]) == words(title):
        spans = [sp for sp in spans if sp[0] > first_block] or spans
    spans = spans[:SNIPPET_CANDIDATES]
    keys = [" ".join(words(body[lo:hi])) for lo, hi in spans]
    counts: Counter[str] = Counter()
    best: tuple[int, int, int] = (-1, -1, -1)
    best_at, ahead = spans[0][0], 0
    for i, (start, _) in enumerate(spans):
        while ahead < len(spans) and spans[ahead][0] < start + SNIPPET_AFTER:
            counts[keys[ahead]] += 1
            ahead += 1
        seen = [key for key, n in counts.items() if n]
        score = (sum(key in exact for key in seen), len(seen), ahead - i)
        if score > best:
            best, best_at = score, start
        counts[keys[i]] -= 1
    return best_at


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
