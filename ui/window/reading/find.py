"""Find in document: matching on the canonical text, in code points, without Qt.

Accent- and case-insensitive matching must not move offsets, so the text and the
needle are folded one character to one character (``é`` -> ``e``, ``É`` -> ``e``,
``ß`` stays itself); a match in the folded text is then a match at the same offsets
in the canonical text, and only :class:`ui.window.reading.offsets.OffsetMap` converts for Qt.
"""

from __future__ import annotations

import re

# The one accent and case fold, shared with quote matching; re-exported for callers.
from reader.folding import fold_char, fold_same_length

__all__ = ["MAX_HITS", "Finder", "fold_same_length"]

MAX_HITS = 10_000  # a one-letter query in a long book: enough to count, paint and step


def _case_only(text: str) -> str:
    """Accents folded but case kept (the "exact case" option), same length."""
    if text.isascii():
        return text
    out = []
    for ch in text:
        folded = fold_char(ch)
        out.append(folded.upper() if ch != ch.lower() and len(folded.upper()) == 1 else folded)
    return "".join(out)


class Finder:
    """Finds a needle in one document's text; folded forms are computed once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._folded: str | None = None
        self._case: str | None = None

    def _haystack(self, exact_case: bool) -> str:
        if exact_case:
            if self._case is None:
                self._case = _case_only(self.text)
            return self._case
        if self._folded is None:
            self._folded = fold_same_length(self.text)
        return self._folded

    def find_all(self, needle: str, exact_case: bool = False,
                 whole_word: bool = False) -> list[tuple[int, int]]:
        """Every non-overlapping ``(start, end)`` of ``needle``, in code points."""
        if not needle.strip():
            return []
        hay = self._haystack(exact_case)
        key = _case_only(needle) if exact_case else fold_same_length(needle)
        pattern = re.escape(key)
        if whole_word:
            pattern = rf"(?<!\w){pattern}(?!\w)"
        spans: list[tuple[int, int]] = []
        for m in re.finditer(pattern, hay):
            spans.append(m.span())
            if len(spans) >= MAX_HITS:
                break
        return spans
