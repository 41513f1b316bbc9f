""""Did you mean": each unknown word replaced by the closest indexed word.

Whoosh's ``terms_within`` computes a Damerau-Levenshtein distance in Python for
every indexed word with the same first letter: ~25 ms a word on a 5,000-document
library, paid by every query holding a word that is not in the index. Here the
words one edit away are generated (a few hundred) and looked up in each segment's
word set, kept per segment; only when none exists are the words of about the same
length and the same first letter checked for two edits, with a distance that gives
up as soon as it exceeds two.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from whoosh.reading import TermNotFound

from index.analysis import WORD, decode, fold, words
from index.cjk import has_cjk
from index.completion import cached
from index.query import ParsedQuery

ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"  # indexed words are folded
FIELD = "content"
WRITTEN_ENTRIES = 8  # entries read to see how a suggested word is written...
WRITTEN_OCCURRENCES = 40  # ... and occurrences


def suggest(reader: Any, parsed: ParsedQuery, text: str) -> str:
    """The query with each unknown word replaced by the closest indexed word, as
    the texts write it (``intimité``, not the folded ``intimite``); "" when none.

    Also offered when stemming found something for a word that occurs nowhere as
    typed (``surveilance`` shares the stem ``surveil`` with ``surveillance``).
    Prefix clauses are skipped: parse without ``as_you_type`` to include the word
    being typed.
    """
    found = corrections(reader, parsed)
    return replace_words(text, found) if found else ""


def corrections(reader: Any, parsed: ParsedQuery) -> dict[str, str]:
    """``{folded unknown word: the closest indexed word, as written}``."""
    found: dict[str, str] = {}
    for clause in parsed.clauses():
        if clause.field or clause.prefix:
            continue
        for word in words(clause.text):  # (CJK pairs have no spelling to correct)
            if word in found or has_cjk(word) or reader.doc_frequency(FIELD, word):
                continue
            best = closest(reader, word)
            if best:
                found[word] = written_form(reader, best)
    return found


def replace_words(text: str, found: dict[str, str]) -> str:
    """``text`` with each word whose folded form is in ``found`` replaced, in the
    case it was typed in (``Intimty`` gives ``Intimité``); the rest kept as typed."""
    def swap(m: Any) -> str:
        typed = m.group(0)
        replacement = found.get(fold(typed))
        if replacement is None:
            return typed
        if len(typed) > 1 and typed.isupper():
            return replacement.upper()
        if typed[:1].isupper():
            return replacement[:1].upper() + replacement[1:]
        return replacement

    return WORD.sub(swap, text)


def written_form(reader: Any, term: str) -> str:
    """How the texts write the folded ``term``: its commonest spelling in the
    first entries holding it, read at its hit offsets in their stored text.

    Lowercase when the texts write it so anywhere (a sentence's first word is
    capitalised) or only in capitals (a heading); else the commonest form
    (``Facebook``); ``term`` when unknown.
    """
    if not reader.has_column("body"):
        return term
    try:
        matcher = reader.postings(FIELD, term)
    except TermNotFound:
        return term
    bodies = reader.column_reader("body")
    forms: Counter[str] = Counter()
    entries = 0
    while matcher.is_active() and entries < WRITTEN_ENTRIES \
            and sum(forms.values()) < WRITTEN_OCCURRENCES:
        body = bodies[matcher.id()] or ""
        for start in decode(matcher.value())[1][:WRITTEN_OCCURRENCES]:
            m = WORD.match(body, start)
            if m and fold(m.group(0)) == term:
                forms[m.group(0)] += 1
        entries += 1
        matcher.next()
    if not forms:
        return term
    by_lower: Counter[str] = Counter()
    for form, count in forms.items():
        by_lower[form.lower()] += count
    lower = max(by_lower, key=lambda f: (by_lower[f], f))
    if lower in forms or lower.upper() in forms:  # all capitals: a heading
        return lower
    return max((f for f in forms if f.lower() == lower), key=lambda f: (forms[f], f))


def closest(reader: Any, word: str) -> str:
    """The most frequent indexed word one edit from ``word`` (a letter added,
    dropped, changed, or two swapped), else two edits with the same first letter
    (for words over three letters); ties alphabetical; "" when none."""
    lexicons = [_lexicon(leaf) for leaf, _ in reader.leaf_readers()]
    near = {e for e in _edits(word) if any(e in known for known, _ in lexicons)}
    if not near:
        near = {t for _, by_initial in lexicons
                for t in _candidates(by_initial, word) if _within_two(word, t)}
    near.discard(word)
    return max(near, key=lambda c: (reader.doc_frequency(FIELD, c), c), default="")


def _edits(word: str) -> set[str]:
    letters = ALPHABET + "".join(set(word) - set(ALPHABET))
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return ({a + b[1:] for a, b in splits if b}
            | {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
            | {a + c + b[1:] for a, b in splits if b for c in letters}
            | {a + c + b for a, b in splits for c in letters})


def _candidates(by_initial: dict[str, list[str]], word: str) -> list[str]:
    pool = by_initial.get(word[0], []) if len(word) > 3 else \
        [t for terms in by_initial.values() for t in terms]
    return [t for t in pool if abs(len(t) - len(word)) <= 2]


def _lexicon(leaf: Any) -> tuple[frozenset[str], dict[str, list[str]]]:
    """One segment's words: as a set, and by first letter (kept per segment)."""
    def compute() -> tuple[frozenset[str], dict[str, list[str]]]:
        terms = [t.decode("utf-8") for t in leaf.lexicon(FIELD)]
        by_initial: dict[str, list[str]] = {}
        for term in terms:
            by_initial.setdefault(term[:1], []).append(term)
        return frozenset(terms), by_initial

    segment = leaf.segment() if hasattr(leaf, "segment") else None
    if segment is None:  # an empty index's reader
        return compute()
    return cached(("lexicon", segment.segment_id(), FIELD), compute)


def _within_two(a: str, b: str) -> bool:
    """Whether the optimal-string-alignment distance of ``a`` and ``b`` is ≤ 2,
    abandoned at the first row whose every cell is over 2."""
    before: list[int] = []
    row = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            best = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + cost)
            if (cost and i > 1 and j > 1 and a[i - 1] == b[j - 2]
                    and a[i - 2] == b[j - 1]):
                best = min(best, before[j - 2] + 1)
            current[j] = best
        if min(current) > 2:
            return False
        before, row = row, current
    return row[-1] <= 2
