"""The one conversion between Python code point offsets and Qt UTF-16 positions.

Everything in Marginalia counts code points (docs/ARCHITECTURE.md); Qt's ``QTextDocument``
counts UTF-16 code units, so a character outside the Basic Multilingual Plane (an
emoji such as 😉) is one offset for us and two for Qt. Every crossing between the
two worlds goes through :class:`OffsetMap`, so the rule lives in exactly one place.
No Qt import: the mapping is plain arithmetic and is property-tested on its own.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

# Characters past the Basic Multilingual Plane: two UTF-16 units each. Found by the
# regex engine, not a Python loop: a 3-million-character page is read in milliseconds.
_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


class OffsetMap:
    """Converts offsets for one text in O(log n) per call.

    Only astral characters (code point > U+FFFF) shift the two counts apart, so
    the map keeps their code point positions and answers with a bisection.
    """

    __slots__ = ("_astral", "_astral_qt", "length", "qt_length")

    def __init__(self, text: str) -> None:
        astral = [m.start() for m in _ASTRAL.finditer(text)] if not text.isascii() else []
        self._astral = astral
        # UTF-16 position of each astral character (its high surrogate).
        self._astral_qt = [pos + k for k, pos in enumerate(astral)]
        self.length = len(text)
        self.qt_length = len(text) + len(astral)

    def to_qt(self, offset: int) -> int:
        """The UTF-16 position of code point ``offset`` (clamped to the text)."""
        offset = min(max(offset, 0), self.length)
        return offset + bisect_left(self._astral, offset)

    def from_qt(self, position: int) -> int:
        """The code point offset at UTF-16 ``position``.

        A position inside a surrogate pair (between its two halves) is rounded
        down to the start of the character, so a selection never splits one.
        """
        position = min(max(position, 0), self.qt_length)
        whole = bisect_right(self._astral_qt, position - 2)  # astral chars entirely before
        if whole < len(self._astral_qt) and self._astral_qt[whole] == position - 1:
            return position - 1 - whole  # between the two halves: the character's start
        return position - whole

    def span_to_qt(self, start: int, end: int) -> tuple[int, int]:
        return self.to_qt(start), self.to_qt(end)

    def span_from_qt(self, start: int, end: int) -> tuple[int, int]:
        return self.from_qt(start), self.from_qt(end)
