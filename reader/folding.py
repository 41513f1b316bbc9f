"""The one definition of accent and case folding for matching text typed by a reader.

Find-in-document (:mod:`ui.window.reading.find`), quote matching (:mod:`reader.quote_match`) and
language detection (:mod:`reader.language`) all compare what a reader typed with a
document's text, where ``é``/``e`` and ``É``/``é`` must meet. They share this fold so
the three never disagree on what "the same letter" means. The search index has its
own word fold (``index.analysis.fold``): it also expands ligatures and is tuned for
speed on whole books, so it stays separate on purpose.

The fold here is one character to one character, so a match in the folded text is a
match at the same code point offsets in the canonical text.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache


@lru_cache(maxsize=65_536)
def fold_char(ch: str) -> str:
    """One character, lowercased and without its accents, as exactly one character.

    Only a letter that decomposes into one base and combining marks loses them: a
    Hangul syllable (which decomposes into several letters) stays itself, or ``한``
    and ``하`` would fold to the same first consonant, nor an Indic vowel sign made
    of two signs. ``İ``, whose lowercase is two characters, folds through its base to
    ``i``; a character with a one-character decomposition (``豈``) becomes it.
    """
    low = ch.lower()
    if len(low) != 1:
        low = ch
    parts = unicodedata.normalize("NFD", low)
    if unicodedata.combining(parts[0]):
        return low  # a lone mark NFC could not attach: it keeps its offset
    if not all(unicodedata.combining(mark) for mark in parts[1:]):
        return low
    base = parts[0].lower()
    return base if len(base) == 1 else parts[0]


def fold_same_length(text: str) -> str:
    """``text`` lowercased and accent-stripped, with ``len(result) == len(text)``.

    A whole book is folded for each quote matched, so: lowercase in C, then one
    C-level replace per distinct accented letter, not a Python call per character
    (folding a lowercased letter gives what folding it did, and a folded letter
    folds to itself: checked over all of Unicode by the tests).
    """
    low = text.lower()
    if text.isascii():
        return low
    if len(low) != len(text):  # ``İ`` and the like lowercase to two characters
        return "".join(map(fold_char, text))
    for ch in set(low):
        if not ch.isascii() and fold_char(ch) != ch:
            low = low.replace(ch, fold_char(ch))
    return low
