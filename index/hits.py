"""Hit offsets: where in a result's canonical text the words the query matched are.

Each posting holds the start offsets of its word in the canonical text; the end of
each hit is found by matching a word at that start in the stored text, so offsets
are exact code points whatever precedes them (emoji, accents, ligatures). A hit is
what the window paints and F3 steps through, so only what the query looked for is
one: a quoted phrase as one span where its words make it ("mot de passe": one hit,
not three), a compound (``pare-feu``) likewise, a word and its inflections — never
an optional stop word (:mod:`index.query`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from whoosh.reading import TermNotFound

from index.analysis import WORD, decode, words
from index.cjk import has_cjk, is_cjk, pair_end
from index.query import WHOLE_WORD_FROM, Clause, ParsedQuery, Shape, unit_of
from index.query_build import QueryBuilder, lone_cjk
from index.whoosh.phrases import values_of
from index.whoosh.schema import CONTENT_FIELDS


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
            for docnum, value in values_of(matcher, local):
                out[docnum + offset] = value
        return out


@dataclass
class HitPlan:
    """What to look up for a query's hit offsets, worked out once per query."""

    phrases: list[list[str]] = field(default_factory=list)  # quoted: each occurrence one hit
    compounds: list[list[str]] = field(default_factory=list)  # each occurrence one hit
    terms: list[tuple[str, str]] = field(default_factory=list)  # (field, term), once each
    lone: set[str] = field(default_factory=set)  # CJK characters sought alone: 1 long
    cjk: bool = False  # some words are CJK: their hits end as index.cjk says
    exact: set[str] = field(default_factory=set)  # the query's words (and phrases) as written

    @classmethod
    def of(cls, parsed: ParsedQuery, builder: QueryBuilder, form: Shape) -> HitPlan:
        plan = cls()
        for clause in parsed.clauses():
            if clause.field or form.is_optional(clause):
                continue
            if clause.phrase:
                terms = words(clause.text)
                if len(terms) > 1:
                    plan.phrases.append(terms)
                else:
                    plan.terms += [("content", t) for t in terms]
                continue
            unit = unit_of(clause.text)
            if unit.compound and not clause.prefix:
                plan.compounds.append(list(unit.core))
                if unit.joined:
                    plan.terms.extend(_word_terms(unit.joined, builder))
            else:
                plan.terms.extend(_clause_terms(clause, list(unit.core), builder))
                plan.lone.update(t for t in unit.core if lone_cjk(t))
        plan.terms = list(dict.fromkeys(plan.terms))
        plan.exact = {t for f, t in plan.terms if f == "content"} | {
            " ".join(words) for words in plan.phrases + plan.compounds}
        plan.cjk = any(has_cjk(c.text) for c in parsed.clauses())
        return plan


def hit_spans(body: str, postings: PostingsCache, docnum: int, plan: HitPlan,
              values: list[dict[int, bytes]]) -> list[tuple[int, int]]:
    """``(start, end)`` of every hit in one entry, in order (``values``: the posting
    values of the plan's terms, see :meth:`PostingsCache.all_values`)."""
    starts: set[int] = set()
    for by_entry in values:
        value = by_entry.get(docnum)
        if value:
            starts.update(decode(value)[1])
    if plan.cjk:
        spans = {(s, s + 1 if body[s:s + 1] in plan.lone else word_end(body, s))
                 for s in starts}
    else:  # the common case, one regular expression call a hit
        match = WORD.match
        spans = {(s, m.end() if (m := match(body, s)) else s) for s in starts}
    for terms in plan.phrases + plan.compounds:  # each occurrence one span
        for occurrence in _phrase_occurrences(postings, docnum, terms):
            spans.add((occurrence[0], word_end(body, occurrence[-1])))
    return sorted(spans)


def word_end(text: str, start: int) -> int:
    """The end of the word indexed at ``start`` (a CJK pair or character, see
    :mod:`index.cjk`, else the whole word)."""
    if start < len(text) and is_cjk(text[start]):
        return pair_end(text, start)
    m = WORD.match(text, start)
    return m.end() if m else start


def _clause_terms(clause: Clause, terms: list[str],
                  builder: QueryBuilder) -> Iterable[tuple[str, str]]:
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
        yield from _word_terms(term, builder)
        if lone_cjk(term):  # and the pairs it starts
            yield from (("content", pair) for pair in builder.lone_pairs(term))


def _word_terms(term: str, builder: QueryBuilder) -> Iterable[tuple[str, str]]:
    """The content fields' terms of a plain word: itself and its stems."""
    for fieldname, text in builder.word(term).iter_all_terms():
        if fieldname in CONTENT_FIELDS:
            yield fieldname, text


def _phrase_occurrences(postings: PostingsCache, docnum: int,
                        terms: list[str]) -> list[list[int]]:
    """The starts of the words of each occurrence of the phrase ``terms``."""
    lists = [postings.get("content", t, docnum) for t in terms]
    at = [dict(zip(pos, st, strict=True)) for pos, st in lists]
    return [[at[k][pos + k] for k in range(len(terms))] for pos in lists[0][0]
            if all(pos + k in at[k] for k in range(1, len(terms)))]
