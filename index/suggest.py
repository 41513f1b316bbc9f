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

from typing import Any

from index.analysis import WORD, fold, words
from index.completion import cached
from index.query import ParsedQuery

ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"  # indexed words are folded
FIELD = "content"


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
            if reader.doc_frequency(FIELD, word):
                continue
            best = closest(reader, word)
            if best:
                suggestion = _replace_word(suggestion, word, best)
                changed = True
    return suggestion if changed else ""


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


def _replace_word(text: str, folded: str, replacement: str) -> str:
    def swap(m: Any) -> str:
        return replacement if fold(m.group(0)) == folded else m.group(0)

    return WORD.sub(swap, text)
