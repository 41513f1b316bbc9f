"""The query language (DESIGN §5), parsed by hand into Whoosh queries.

Words are all required; ``OR`` joins the clauses on each side; ``NOT word`` or
``-word`` excludes; ``"a phrase"`` matches exact (folded) words in order;
``word*`` is a prefix; ``title:`` ``author:`` ``tag:`` ``lang:`` ``kind:`` filter.
A plain word matches its folded form and its stem in every language's field, so a
reader need not know which language a passage was detected in.
"""

from __future__ import annotations

import re
from array import array
from dataclasses import dataclass, field
from typing import Any

from whoosh import query as wq
from whoosh.matching import ListMatcher, NullMatcher

from index.analysis import LANGUAGES, stem, words
from index.bulk_score import add_matcher, add_term, bulk_reader, scored_list
from index.completion import cached, completions
from index.schema import TITLE_BOOST

_TOKEN = re.compile(r'(-?)(?:([A-Za-z]+):)?(?:"([^"]*)"?|([^\s"]+))')
FIELDS = {"title": "title", "author": "authors", "authors": "authors", "tag": "tags",
          "tags": "tags", "lang": "lang", "language": "lang", "kind": "kind"}
KINDS = {"note": "annotation", "notes": "annotation", "annotation": "annotation",
         "highlight": "annotation", "document": "document", "doc": "document",
         "text": "document"}
# A filter's weight in the score: nil (Whoosh reads 0.0 as "unset", i.e. 1.0).
FILTER_SCORE = 1e-9
MAX_EXPANSION = 16  # prefix terms kept (the most frequent), so `a*` stays fast
SHORT_EXPANSION = {0: 5, 1: 5, 2: 10}  # ... for a prefix of so many letters


class Union(wq.Or):
    """An OR of many terms, read as Whoosh's preloaded array of scores.

    Whoosh picks a binary tree of union matchers above 5,000 entries, which walks
    every matching entry through every level of the tree and its block-quality
    checks: a prefix over 25,000 entries took 150 ms, 37 ms as an array.
    """

    matcher_type = wq.Or.ARRAY_MATCHER
    top = False  # the whole query (or its AndNot's left side): block skipping is sound

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        """Scored in bulk on one segment (``index.bulk_score``), else as Whoosh does."""
        bulk = bulk_reader(searcher, context)
        if bulk is None or len(self.subqueries) < 2:
            return super().matcher(searcher, context)
        scores: dict[int, float] = {}
        for sub in self.subqueries:
            self._add(scores, sub, searcher, context, bulk[1])
        return scored_list(scores, quality=self.top)

    def _add(self, scores: dict[int, float], sub: Any, searcher: Any, context: Any,
             weighting: Any) -> None:
        boost = self.boost
        if type(sub) is wq.Term and searcher.schema[sub.fieldname].scorable:
            add_term(scores, searcher, weighting, sub.fieldname, sub.text, sub.boost * boost)
        elif _filtered_term(sub):
            term, only = sub.subqueries
            add_term(scores, searcher, weighting, term.fieldname, term.text,
                     term.boost * boost, only.id_set(searcher, context), only.score * boost)
        else:
            add_matcher(scores, sub.matcher(searcher, context), boost)


def _filtered_term(q: Any) -> bool:
    """An AND of a scorable term and a language filter (a stem in its languages)."""
    return (type(q) is wq.And and len(q.subqueries) == 2 and type(q.subqueries[0]) is wq.Term
            and isinstance(q.subqueries[1], LanguageFilter) and q.boost == 1.0)


class LanguageFilter(wq.ConstantScoreQuery):
    """Entries of some languages, at a constant (nil) score: the entry ids of each
    segment are read once and kept (Whoosh's own reads them on every search: ~5 ms
    per filter over 25,000 entries)."""

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        reader = searcher.reader()
        if (context is not None and context.needs_current) or not hasattr(reader, "segment"):
            return super().matcher(searcher, context)
        ids = self._ids(searcher, context)
        return ListMatcher(ids, all_weights=self.score) if ids else NullMatcher()

    def id_set(self, searcher: Any, context: Any) -> frozenset[int]:
        """The same entries as a set, for ``index.bulk_score`` (one segment)."""
        return cached(self._key(searcher.reader(), "filter-set"),
                      lambda: frozenset(self._ids(searcher, context)))

    def _ids(self, searcher: Any, context: Any) -> array[int]:
        return cached(self._key(searcher.reader(), "filter"),
                      lambda: array("I", self.child.matcher(searcher, context).all_ids()))

    def _key(self, reader: Any, kind: str) -> tuple[Any, ...]:
        segment = reader.segment()
        return (kind, segment.segment_id(), segment.deleted_count(), repr(self.child))


@dataclass
class Clause:
    """One query item: a word, a prefix or a phrase, maybe on a field, maybe negated."""

    text: str
    field: str = ""
    phrase: bool = False
    prefix: bool = False
    negated: bool = False


@dataclass
class ParsedQuery:
    """Clauses in AND groups (each group is an OR of its clauses), and exclusions."""

    groups: list[list[Clause]] = field(default_factory=list)
    excluded: list[Clause] = field(default_factory=list)

    def clauses(self) -> list[Clause]:
        return [c for group in self.groups for c in group]


def parse(text: str, as_you_type: bool = False) -> ParsedQuery:
    """Parse ``text``; in search-as-you-type mode the last word is a prefix."""
    parsed = ParsedQuery()
    pending_or = pending_not = False
    last: Clause | None = None
    for m in _TOKEN.finditer(text.replace("(", " ").replace(")", " ")):
        minus, fname, quoted, bare = m.group(1), m.group(2), m.group(3), m.group(4)
        if quoted is None and not fname and not minus and bare in ("OR", "AND", "NOT"):
            pending_or = pending_or or bare == "OR"
            pending_not = pending_not or bare == "NOT"
            continue
        raw = quoted if quoted is not None else bare or ""
        clause = Clause(raw, FIELDS.get((fname or "").lower(), ""), phrase=quoted is not None,
                        prefix=quoted is None and raw.endswith("*"),
                        negated=bool(minus) or pending_not)
        if fname and not clause.field:  # "http:" or "12:30": not a filter, plain text
            clause.text = f"{fname}:{raw}"
        clause.text = clause.text.rstrip("*") if clause.prefix else clause.text
        if not clause.text.strip():
            pending_or = pending_not = False
            continue
        if clause.negated:
            parsed.excluded.append(clause)
        elif pending_or and parsed.groups:
            parsed.groups[-1].append(clause)
        else:
            parsed.groups.append([clause])
        last = clause
        pending_or = pending_not = False
    if as_you_type and last is not None and not text[-1:].isspace() and _completable(last):
        last.prefix = True
    return parsed


def _completable(clause: Clause) -> bool:
    """Whether the word being typed can be completed as a prefix."""
    return not clause.phrase and not clause.negated and clause.field in ("", "title", "authors")


class QueryBuilder:
    """Turns parsed clauses into Whoosh queries against one index reader."""

    def __init__(self, reader: Any) -> None:
        self.reader = reader
        self.expansions: dict[str, list[str]] = {}  # prefix -> terms used

    def build(self, parsed: ParsedQuery) -> Any:
        required = []
        for group in parsed.groups:
            parts = [self.clause(c) for c in group]
            required.append(parts[0] if len(parts) == 1 else Union(parts))
        positive: Any = wq.And(required) if required else wq.Every()
        if len(required) == 1 and isinstance(required[0], Union):
            required[0].top = True
        if parsed.excluded:
            return wq.AndNot(positive, Union([self.clause(c) for c in parsed.excluded]))
        return positive

    def clause(self, c: Clause) -> Any:
        if c.field == "kind":
            return wq.Term("kind", KINDS.get(c.text.lower(), c.text.lower()))
        if c.field == "lang":
            return wq.Term("lang", c.text.lower().strip())
        if c.field == "tags":
            return wq.Term("tags", "-".join(words(c.text)))
        terms = words(c.text)
        if not terms:
            return wq.NullQuery
        if c.field:
            return self._field_words(c.field, terms, c.prefix)
        if c.phrase or len(terms) > 1:
            return self._phrase(terms, c.prefix)
        if c.prefix:
            return self._prefix("content", terms[0], also_title=True)
        return self.word(terms[0])

    @staticmethod
    def word(term: str) -> Any:
        """A folded word: exact in content, title, authors, tags; stemmed everywhere.

        Stemmed fields hold only stems that differ from their word; a word that is
        its own stem (``function`` in English) is found in ``content``, in entries
        of that stemmer's language, and scored by the stem only.
        """
        parts: list[Any] = [wq.Term("content", term), wq.Term("title", term, boost=TITLE_BOOST),
                            wq.Term("authors", term), wq.Term("tags", term)]
        own: dict[str, list[Any]] = {}
        for lang in LANGUAGES:
            stemmed = stem(lang, term)
            parts.append(wq.Term(f"content_{lang}", stemmed))
            if stemmed != term:
                own.setdefault(stemmed, []).append(wq.Term("lang", lang, boost=FILTER_SCORE))
        for stemmed, langs in own.items():  # (Whoosh 2.7.4's Require matches wrongly)
            only = LanguageFilter(wq.Or(langs), FILTER_SCORE)
            parts.append(wq.And([wq.Term("content", stemmed), only]))
        return Union(parts)

    def _phrase(self, terms: list[str], prefix_last: bool) -> Any:
        if prefix_last:
            head = [wq.Phrase("content", terms[:-1])] if len(terms) > 2 else \
                [wq.Term("content", terms[0])]
            return wq.And([*head, self._prefix("content", terms[-1])])
        if len(terms) == 1:
            return wq.Term("content", terms[0])
        return wq.Phrase("content", terms)

    def _field_words(self, fieldname: str, terms: list[str], prefix: bool) -> Any:
        parts = [wq.Term(fieldname, t) for t in terms]
        if prefix:
            parts[-1] = self._prefix(fieldname, terms[-1])
        return parts[0] if len(parts) == 1 else wq.And(parts)

    def _prefix(self, fieldname: str, prefix: str, also_title: bool = False) -> Any:
        """The most frequent completions of ``prefix`` (an OR of terms, bounded)."""
        found = self.expand(fieldname, prefix)
        parts: list[Any] = [wq.Term(fieldname, t) for t in found]
        if also_title:
            parts += [wq.Term("title", t, boost=TITLE_BOOST) for t in self.expand("title", prefix)]
        return Union(parts) if parts else wq.NullQuery

    def expand(self, fieldname: str, prefix: str) -> list[str]:
        """The most frequent completions: fewer for a prefix of one or two letters,
        whose words are many and frequent (each adds a long posting list)."""
        key = f"{fieldname}:{prefix}"
        if key not in self.expansions:
            limit = MAX_EXPANSION if len(prefix) > 2 else SHORT_EXPANSION[len(prefix)]
            self.expansions[key] = completions(self.reader, fieldname, prefix, limit)
        return self.expansions[key]
