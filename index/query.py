"""The query language (docs/ARCHITECTURE.md, the index), parsed by hand into Whoosh queries.

Words are all required; ``OR`` joins the clauses on each side; ``NOT word`` or
``-word`` excludes; ``"a phrase"`` matches exact (folded) words in order;
``word*`` is a prefix; ``title:`` ``author:`` ``tag:`` ``lang:`` ``kind:`` filter.
A plain word matches its folded form and its stem in every language's field, so a
reader need not know which language a passage was detected in. In search-as-you-type
mode the word being typed matches its completions and, as a plain word, itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from whoosh import query as wq

from index.analysis import LANGUAGES, stem, words
from index.completion import completions
from index.whoosh.schema import TITLE_BOOST
from index.whoosh.scored_queries import Both, LanguageFilter, Union

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
WHOLE_WORD_FROM = 3  # letters from which the word being typed is also stemmed


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
        positive: Any = Both(required) if len(required) > 1 else \
            required[0] if required else wq.Every()
        if isinstance(positive, (Union, Both)):
            positive.top = True  # the whole query: the collector may skip by quality
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
            return self.typed(terms[0])
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

    def typed(self, term: str) -> Any:
        """The word being typed: its completions, or the word itself as a whole word
        (stemmed, like :meth:`word`), so ``travailleures`` finds ``travailleurs``
        while typing as it does once typed, and a rare word is never crowded out of
        its own completions. A word of one or two letters is not stemmed (its stems
        are long posting lists, and its completions cover them)."""
        if len(term) < WHOLE_WORD_FROM:
            parts = [wq.Term("content", term), wq.Term("title", term, boost=TITLE_BOOST)]
        else:
            parts = list(self.word(term).subqueries)
        parts += [wq.Term("content", t) for t in self.expand("content", term) if t != term]
        parts += [wq.Term("title", t, boost=TITLE_BOOST) for t in self.expand("title", term)
                  if t != term]
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

    def _prefix(self, fieldname: str, prefix: str) -> Any:
        """The most frequent completions of ``prefix`` and the word itself (an OR of
        terms, bounded)."""
        found = self.expand(fieldname, prefix)
        parts: list[Any] = [wq.Term(fieldname, t) for t in found]
        if prefix not in found:
            parts.append(wq.Term(fieldname, prefix))
        return Union(parts)

    def expand(self, fieldname: str, prefix: str) -> list[str]:
        """The most frequent completions: fewer for a prefix of one or two letters,
        whose words are many and frequent (each adds a long posting list)."""
        key = f"{fieldname}:{prefix}"
        if key not in self.expansions:
            limit = MAX_EXPANSION if len(prefix) > 2 else SHORT_EXPANSION[len(prefix)]
            self.expansions[key] = completions(self.reader, fieldname, prefix, limit)
        return self.expansions[key]
