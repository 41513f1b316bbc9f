"""Whoosh queries for a parsed query (:mod:`index.query`), against one index reader.

A plain word matches its folded form and its stem in every language's field, so a
reader need not know which language a passage was detected in; but a match only
through a stemmer weighs ``STEM_WEIGHT`` of one of the word as typed, so the text
that has ``paquet`` ranks above the one that has only Spanish ``paquete``. Title
and headings matches weigh more (``TITLE_BOOST``, ``HEADING_BOOST``), and the
query's phrases (``Shape.phrases``) lift the entries that hold them as written.
"""

from __future__ import annotations

from typing import Any

from whoosh import query as wq

from index.analysis import LANGUAGES, stem, words
from index.cjk import is_cjk
from index.completion import completions
from index.entries import STEM_MARK
from index.query import (
    JOINED,
    PAIR,
    RUN,
    WHOLE_WORD_FROM,
    Clause,
    ParsedQuery,
    Shape,
    Unit,
    shape,
    unit_of,
)
from index.whoosh.schema import HEADING_BOOST, TITLE_BOOST
from index.whoosh.scored_queries import (
    Both,
    ExactPhrase,
    LanguageFilter,
    PhraseBonus,
    Union,
    WithBonus,
)

KINDS = {"note": "annotation", "notes": "annotation", "annotation": "annotation",
         "highlight": "annotation", "document": "document", "doc": "document",
         "text": "document"}
# A filter's weight in the score: nil (Whoosh reads 0.0 as "unset", i.e. 1.0).
FILTER_SCORE = 1e-9
MAX_EXPANSION = 16  # prefix terms kept (the most frequent), so `a*` stays fast
SHORT_EXPANSION = {0: 5, 1: 5, 2: 10}  # ... for a prefix of so many letters
LONE_CJK_PAIRS = 64  # pairs that start with a CJK character sought alone (index.cjk)
STEM_WEIGHT = 0.3  # a match through a stemmer only, against the word as typed
# ... in a title or a heading, where words are few and a plural says the same thing
HEADING_STEM_WEIGHT = 0.8
# Phrase bonuses (index.query.Shape): the query's words as written, neighbours in
# the text; two neighbouring words of a longer query; two words written as one.
PHRASE_BOOSTS = {RUN: 1.5, PAIR: 0.75, JOINED: 1.0}


def lone_cjk(term: str) -> bool:
    """One CJK character: found as itself (a run's last) and as the start of a pair."""
    return len(term) == 1 and is_cjk(term)


def _short_field_stems(stemmed: str, as_word: bool) -> list[Any]:
    """A stem in the title and headings: where a word was stemmed to it (marked, see
    ``index.entries.with_stems``) and, when it is not the query's word, where it is
    a word itself (``functions`` finds a title saying ``function``)."""
    forms = [stemmed + STEM_MARK, stemmed] if as_word else [stemmed + STEM_MARK]
    return [wq.Term(name, form, boost=boost * HEADING_STEM_WEIGHT) for form in forms
            for name, boost in (("title", TITLE_BOOST), ("headings", HEADING_BOOST))]


class QueryBuilder:
    """Turns parsed clauses into Whoosh queries against one index reader."""

    def __init__(self, reader: Any) -> None:
        self.reader = reader
        self.expansions: dict[str, list[str]] = {}  # prefix -> terms used

    def settle(self, parsed: ParsedQuery) -> None:
        """The word being typed is a word once the index knows it: the window then
        ranks and counts a completed query as the command line does (completions
        would add ``managers``, ``management``... to ``manager``, and reorder)."""
        for clause in parsed.clauses():
            if clause.typing and clause.prefix:
                core = unit_of(clause.text).core  # (a compound: its last part)
                if core and (clause.field or "content", core[-1]) in self.reader:
                    clause.prefix = False

    def build(self, parsed: ParsedQuery, form: Shape | None = None) -> Any:
        """The query: required groups (an optional stop word left out), lifted by
        the phrases of ``form`` (:func:`index.query.shape` of ``parsed``)."""
        form = form if form is not None else shape(parsed)
        required = []
        for group in parsed.groups:
            if len(group) == 1 and form.is_optional(group[0]):
                continue
            parts = [self.clause(c) for c in group]
            required.append(parts[0] if len(parts) == 1 else Union(parts))
        positive: Any = Both(required) if len(required) > 1 else \
            required[0] if required else wq.Every()
        if form.phrases and required:
            positive = WithBonus(positive, [PhraseBonus(ws, PHRASE_BOOSTS[kind])
                                            for ws, kind in form.phrases])
        if isinstance(positive, (Union, Both, WithBonus)):
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
        if c.phrase:
            terms = words(c.text)
            return self._phrase(terms, False) if terms else wq.NullQuery
        unit = unit_of(c.text)
        if not unit.core:
            return wq.NullQuery
        if c.field:
            return self._field_words(c.field, list(unit.core), c.prefix)
        if unit.compound:
            return self.compound(unit, c.prefix)
        if c.prefix:
            return self.typed(unit.core[0])
        if lone_cjk(unit.core[0]):
            pairs = [wq.Term("content", t) for t in self.lone_pairs(unit.core[0])]
            return Union([self.word(unit.core[0]), *pairs])
        return self.word(unit.core[0])

    @staticmethod
    def word(term: str) -> Any:
        """A folded word: exact in content, title, headings, authors, tags; stemmed
        everywhere, at ``STEM_WEIGHT``.

        Stemmed fields hold only stems that differ from their word; a word that is
        its own stem (``function`` in English) is found in ``content``, in entries
        of that stemmer's language, and scored by the stem only.
        """
        parts: list[Any] = [wq.Term("content", term), wq.Term("title", term, boost=TITLE_BOOST),
                            wq.Term("headings", term, boost=HEADING_BOOST),
                            wq.Term("authors", term), wq.Term("tags", term)]
        own: dict[str, list[Any]] = {}
        for lang in LANGUAGES:
            stemmed = stem(lang, term)
            parts.append(wq.Term(f"content_{lang}", stemmed, boost=STEM_WEIGHT))
            own.setdefault(stemmed, [])
            if stemmed != term:
                own[stemmed].append(wq.Term("lang", lang, boost=FILTER_SCORE))
        for stemmed, langs in own.items():  # (Whoosh 2.7.4's Require matches wrongly)
            if langs:
                only = LanguageFilter(wq.Or(langs), FILTER_SCORE)
                parts.append(wq.And([wq.Term("content", stemmed, boost=STEM_WEIGHT), only]))
            parts += _short_field_stems(stemmed, as_word=stemmed != term)
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
                  if t != term and not t.endswith(STEM_MARK)]
        return Union(parts)

    def compound(self, unit: Unit, prefix: bool) -> Any:
        """``pare-feu``, ``aujourd'hui``: its parts as a phrase (``pare feu`` too, never
        ``par`` alone); a hyphenated word also written as one (``e-mail``, ``email``)."""
        if prefix:
            return self._phrase(list(unit.core), True)
        phrase = ExactPhrase(list(unit.core))
        return Union([phrase, self.word(unit.joined)]) if unit.joined else phrase

    def _phrase(self, terms: list[str], prefix_last: bool) -> Any:
        if prefix_last:
            head = [ExactPhrase(terms[:-1])] if len(terms) > 2 else \
                [wq.Term("content", terms[0])]
            return wq.And([*head, self._prefix("content", terms[-1])])
        if len(terms) == 1:
            return wq.Term("content", terms[0])
        return ExactPhrase(terms)

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

    def lone_pairs(self, char: str) -> list[str]:
        """The most frequent CJK pairs that start with ``char``: with the character
        alone at the end of a run, where it occurs (all of them, up to 64 pairs)."""
        return [t for t in completions(self.reader, "content", char, LONE_CJK_PAIRS)
                if t != char]

    def expand(self, fieldname: str, prefix: str) -> list[str]:
        """The most frequent completions: fewer for a prefix of one or two letters,
        whose words are many and frequent (each adds a long posting list)."""
        key = f"{fieldname}:{prefix}"
        if key not in self.expansions:
            limit = MAX_EXPANSION if len(prefix) > 2 else SHORT_EXPANSION[len(prefix)]
            self.expansions[key] = completions(self.reader, fieldname, prefix, limit)
        return self.expansions[key]
