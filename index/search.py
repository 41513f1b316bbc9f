"""Searching: ranked hits grouped by document, snippets, canonical-text hit offsets.

Hit offsets come from the index itself (each posting holds the start offsets of
its word in the canonical text); the end of each hit is found by matching a word at
that start in the stored text, so offsets are exact code points whatever precedes
them (emoji, accents, ligatures).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from whoosh.scoring import BM25F

from index.analysis import WORD, decode, fold, words
from index.query import Clause, ParsedQuery, QueryBuilder, parse
from index.schema import CONTENT_FIELDS

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

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"doc_id": self.doc_id, "title": self.title, "kind": self.kind,
                               "score": round(self.score, 4), "snippet": self.snippet,
                               "hits": [list(h) for h in self.hits]}
        if self.kind == "annotation":
            out["highlight_id"] = self.highlight_id
        return out


@dataclass
class SearchResults:
    query: str
    hits: list[SearchHit] = field(default_factory=list)
    total: int = 0
    suggestion: str = ""  # "did you mean", when nothing was found


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
    hits = [_make_hit(hit, parsed, builder, postings) for hit in found]
    results.hits = _group_by_document(hits)
    results.suggestion = suggest(searcher.reader(), parsed, text)
    return results


def new_searcher(ix: Any) -> Any:
    return ix.searcher(weighting=BM25F())


def _group_by_document(hits: list[SearchHit]) -> list[SearchHit]:
    """Keep ranking between documents; a document's entries stay together."""
    order: dict[str, int] = {}
    for hit in hits:
        order.setdefault(hit.doc_id, len(order))
    return sorted(hits, key=lambda h: (order[h.doc_id], h.kind != "document", -h.score))


class PostingsCache:
    """Posting values of the result entries, reading each term's list once.

    One matcher per (field, term) walks the sorted result docnums, instead of one
    matcher per term per result: the hits of 20 results cost one pass.
    """

    def __init__(self, reader: Any, docnums: list[int]) -> None:
        self.reader = reader
        self.docnums = sorted(docnums)
        self._values: dict[tuple[str, str], dict[int, bytes]] = {}

    def get(self, fieldname: str, term: str, docnum: int) -> tuple[list[int], list[int]]:
        """(positions, starts) of ``term`` in entry ``docnum``; empty when absent."""
        key = (fieldname, term)
        if key not in self._values:
            self._values[key] = self._read(fieldname, term)
        value = self._values[key].get(docnum)
        return decode(value) if value else ([], [])

    def _read(self, fieldname: str, term: str) -> dict[int, bytes]:
        try:
            matcher = self.reader.postings(fieldname, term)
        except Exception:  # TermNotFound: the word is not in this field at all
            return {}
        out: dict[int, bytes] = {}
        for docnum in self.docnums:
            matcher.skip_to(docnum)
            if not matcher.is_active():
                break
            if matcher.id() == docnum:
                out[docnum] = matcher.value()
        return out


def _make_hit(hit: Any, parsed: ParsedQuery, builder: QueryBuilder,
              postings: PostingsCache) -> SearchHit:
    stored = hit.fields()
    body = stored.get("body") or ""
    kind = stored.get("kind", "document")
    starts = sorted(_hit_starts(postings, hit.docnum, parsed, builder))
    spans = [(s, _word_end(body, s)) for s in starts]
    snippet = make_snippet(body, spans[0][0] if spans else 0)
    if kind == "annotation":
        span = stored.get("span")
        spans = [(int(span[0]), int(span[1]))] if span else []
    return SearchHit(stored.get("doc_id", ""), stored.get("title", ""), kind, float(hit.score),
                     snippet, spans, stored.get("highlight_id") or None)


def _word_end(text: str, start: int) -> int:
    m = WORD.match(text, start)
    return m.end() if m else start


def _hit_starts(postings: PostingsCache, docnum: int, parsed: ParsedQuery,
                builder: QueryBuilder) -> set[int]:
    """Start offsets of every matched word occurrence in one entry."""
    starts: set[int] = set()
    for clause in parsed.clauses():
        if clause.field:
            continue
        terms = words(clause.text)
        if clause.phrase and len(terms) > 1:
            starts |= _phrase_starts(postings, docnum, terms)
            continue
        for fieldname, term in _clause_terms(clause, terms, builder):
            starts.update(postings.get(fieldname, term, docnum)[1])
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
        return
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


def make_snippet(text: str, around: int) -> str:
    """About 200 characters of ``text`` around ``around``, cut at spaces, one line."""
    lo = max(0, around - SNIPPET_BEFORE)
    hi = min(len(text), around + SNIPPET_AFTER)
    if lo > 0:
        space = text.find(" ", lo, around)
        lo = space + 1 if space >= 0 else lo
    if hi < len(text):
        space = text.rfind(" ", around, hi)
        hi = space if space > around else hi
    piece = " ".join(text[lo:hi].split())
    return ("…" if lo > 0 else "") + piece + ("…" if hi < len(text) else "")


def suggest(reader: Any, parsed: ParsedQuery, text: str) -> str:
    """The query with each unknown word replaced by the closest indexed word.

    Also offered when stemming found something for a word that occurs nowhere as
    typed (``surveilance`` shares the stem ``surveil`` with ``surveillance``).
    """
    suggestion = text
    changed = False
    for clause in parsed.clauses():
        if clause.field or clause.prefix:
            continue
        for word in words(clause.text):
            if reader.doc_frequency("content", word):
                continue
            best = _closest(reader, word)
            if best:
                suggestion = _replace_word(suggestion, word, best)
                changed = True
    return suggestion if changed else ""


def _closest(reader: Any, word: str) -> str:
    for maxdist in (1, 2):
        candidates = [c.decode("utf-8") if isinstance(c, bytes) else c
                      for c in reader.terms_within("content", word, maxdist,
                                                   prefix=1 if len(word) > 3 else 0)]
        candidates = [c for c in candidates if c != word]
        if candidates:
            return max(candidates, key=lambda c: (reader.doc_frequency("content", c), c))
    return ""


def _replace_word(text: str, folded: str, replacement: str) -> str:
    def swap(m: Any) -> str:
        return replacement if fold(m.group(0)) == folded else m.group(0)

    return WORD.sub(swap, text)

