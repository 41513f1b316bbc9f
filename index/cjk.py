"""Chinese, Japanese and Korean: searchable by overlapping pairs of characters.

These scripts write no space between words (Korean writes one between phrases), so
the tokeniser's "word" is a whole clause. As in Lucene's CJK analyser, each run of
their characters is indexed as its overlapping character pairs (``北京天安门``:
``北京 京天 天安 安门``), which needs no dictionary and finds any word of two
characters or more, as the phrase of its pairs. The run's last character is also
indexed alone, so a one-character query finds every occurrence of it: as the start
of a pair (a prefix of the index's terms) or as that last character.

Folding keeps them whole (NFKC, no marks stripped): a kana's voicing mark is another
sound, and NFKD would take Hangul syllables apart into letters.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator
from functools import cache

# Hangul Jamo, CJK radicals, iteration marks, kana, Hangul, CJK ideographs (with
# extensions and compatibility forms), halfwidth katakana.
_RANGES = ((0x1100, 0x11FF), (0x2E80, 0x2FDF), (0x3005, 0x3007), (0x3040, 0x30FF),
           (0x3130, 0x318F), (0x31F0, 0x31FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF),
           (0xA960, 0xA97F), (0xAC00, 0xD7FF), (0xF900, 0xFAFF), (0xFF66, 0xFF9F),
           (0x20000, 0x3134F))
_STARTS = [lo for lo, _ in _RANGES]
_FIRST = chr(_RANGES[0][0])


@cache
def _run() -> re.Pattern[str]:
    """The CJK runs' expression, compiled on first need (~8 ms: sre builds a large
    character set), so a search in Latin script never pays for it."""
    return re.compile("[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _RANGES) + "]+")


def is_cjk(ch: str) -> bool:
    """Whether the character ``ch`` is CJK."""
    code = ord(ch)
    k = bisect_right(_STARTS, code) - 1
    return k >= 0 and code <= _RANGES[k][1]


def has_cjk(text: str) -> bool:
    """Whether ``text`` holds a CJK character (C-level scans only)."""
    if text.isascii() or max(text) < _FIRST:
        return False
    return _run().search(text) is not None


def fold_cjk(piece: str) -> str:
    """A CJK pair or character as the index holds it."""
    return unicodedata.normalize("NFKC", piece)


def split_word(word: str, start: int, index: bool) -> Iterator[tuple[str, int]]:
    """``(piece, offset)`` of one tokenised word that may hold CJK runs: its other
    parts as they are, each run as its character pairs, and its last character
    alone when ``index`` (a text being indexed) or when the run is one character."""
    at = 0
    for m in _run().finditer(word):
        if m.start() > at:
            yield word[at:m.start()], start + at
        run, base = m.group(0), start + m.start()
        for k in range(len(run) - 1):
            yield run[k:k + 2], base + k
        if index or len(run) == 1:
            yield run[-1], base + len(run) - 1
        at = m.end()
    if at < len(word):
        yield word[at:], start + at


def split_words(words: list[str], starts: list[int]) -> tuple[list[str], list[int]]:
    """:func:`split_word` over a tokenised text's words (``index`` pieces)."""
    out: list[str] = []
    at: list[int] = []
    for word, start in zip(words, starts, strict=True):
        if not has_cjk(word):
            out.append(word)
            at.append(start)
        else:
            for piece, offset in split_word(word, start, index=True):
                out.append(piece)
                at.append(offset)
    return out, at


def pair_end(text: str, start: int) -> int:
    """Where the CJK term indexed at ``start`` ends: a pair, or a run's last char."""
    return start + 2 if start + 1 < len(text) and is_cjk(text[start + 1]) else start + 1


def marked(word: str, terms: set[str]) -> list[tuple[int, int]]:
    """Ranges of ``word`` (a run as a snippet shows it) covered by the CJK ``terms``
    (folded pairs and characters), merged: what is shown in bold."""
    folded = fold_cjk(word)
    if len(folded) != len(word):  # halfwidth kana and the like: no safe mapping
        return []
    covered = [False] * len(word)
    for term in terms:
        if term and is_cjk(term[0]):
            for m in re.finditer(re.escape(term), folded):
                covered[m.start():m.end()] = [True] * (m.end() - m.start())
    spans: list[tuple[int, int]] = []
    for k, on in enumerate(covered):
        if on and spans and spans[-1][1] == k:
            spans[-1] = (spans[-1][0], k + 1)
        elif on:
            spans.append((k, k + 1))
    return spans
