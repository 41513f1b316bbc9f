"""Two readings of one source, aligned: canonical offsets ↔ a rendering's characters.

The original of an EPUB or a web page is shown as Qt renders its HTML; the canonical
text is our importer's reading of the same HTML. Both say the same words, but not in
the same characters: whitespace, list numbers, the chrome the article extraction cut,
alt texts, a hyphen or a table's tabs differ. So both are reduced to their casefolded
letters and digits (the "key"), with an index map back, and the canonical text's
lines are searched in the rendering's key in order: long lines first (nearly unique,
searched far ahead, so cut chrome is skipped), then short ones inside the gaps the
long ones leave (so "Introduction" in a menu does not catch the heading). Characters
between the matched stretches are interpolated. Pure Python, no Qt.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import accumulate

# What is not a letter or a digit: dropped from the key.
_NOT_KEY = re.compile(r"[\W_]+")
_NOT_KEY_BUT_LINES = re.compile(r"[^\w\n]+")  # and "_", by str.replace: one class is faster
LONG = 24  # key characters: a line this long is searched anywhere ahead
_WINDOW = 4000  # key characters a short line may be found past where it should be
_PIECE = 8  # key characters: a line is halved no shorter
_MISSES = 200  # long lines not found whole before searches stay near the cursor
_FUZZY_MAX = 4000  # key characters: a longer line is left in the pieces found
_CLOSE_MIN = 4  # key characters: a shorter common block is a coincidence


def _fold(text: str) -> str:
    """Casefolded, one character for one: ``ß`` folds to ``ss`` and would shift the
    index map, so a character whose fold is longer stands as one (both texts alike)."""
    folded = text.casefold()
    if len(folded) == len(text):
        return folded
    table = {}
    for c in set(text):
        if len(c.casefold()) != 1:
            low = c.lower()
            table[c] = low if len(low) == 1 and len(low.casefold()) == 1 else "\ufffd"
    expanding = re.compile("[" + re.escape("".join(table)) + "]")
    return expanding.sub(lambda m: table[m.group()], text).casefold()


class _LineMap:
    """Within one line: where its gaps (what is not key) are."""

    def __init__(self, line: str) -> None:
        gaps = [m.span() for m in _NOT_KEY.finditer(line)]
        self.starts = [s for s, _ in gaps]
        self.ends = [e for _, e in gaps]
        removed = list(accumulate(e - s for s, e in gaps))
        self.removed_through = removed  # line characters dropped up to each gap's end
        self.key_before = [s - r for s, r in zip(self.starts, [0, *removed], strict=False)]

    def position(self, k: int) -> int:
        gaps = bisect_right(self.key_before, k)  # gaps before key character k
        return k + (self.removed_through[gaps - 1] if gaps else 0)

    def key_at(self, index: int) -> int:
        gap = bisect_right(self.starts, index) - 1
        if gap < 0:
            return index
        return self.key_before[gap] + index - min(index, self.ends[gap])


class Reduced:
    """A text's key (letters and digits, casefolded) and the way back to the text.

    Reduced in C (one ``re.sub``), line by line; the characters inside a line are
    mapped only when asked, once per line: a megabyte is reduced in some milliseconds."""

    def __init__(self, text: str) -> None:
        self.length = len(text)
        self._lines = text.split("\n")
        keys = _NOT_KEY_BUT_LINES.sub("", text).replace("_", "").split("\n")  # in C
        self.line_starts = list(accumulate((len(line) + 1 for line in self._lines),
                                           initial=0))[:-1]
        self.key_starts = list(accumulate(map(len, keys), initial=0))  # one more than lines
        self.key = _fold("".join(keys))
        self._maps: dict[int, _LineMap] = {}

    def _map(self, line: int) -> _LineMap:
        found = self._maps.get(line)
        if found is None:
            found = self._maps[line] = _LineMap(self._lines[line])
        return found

    def position(self, k: int) -> int:
        """The text index of key character ``k`` (``len(key)``: the text's end)."""
        if k >= len(self.key):
            return self.length
        k = max(k, 0)
        line = bisect_right(self.key_starts, k) - 1
        return self.line_starts[line] + self._map(line).position(k - self.key_starts[line])

    def key_at(self, index: int) -> int:
        """Key characters before text index ``index``."""
        index = min(max(index, 0), self.length)
        line = bisect_right(self.line_starts, index) - 1
        local = min(index - self.line_starts[line], len(self._lines[line]))
        return self.key_starts[line] + self._map(line).key_at(local)

    def line_keys(self) -> list[tuple[int, int]]:
        """The key span of each line that has letters or digits."""
        starts = self.key_starts
        return [(starts[i], starts[i + 1]) for i in range(len(starts) - 1)
                if starts[i + 1] > starts[i]]


@dataclass(frozen=True)
class _Stretch:
    canonical: int  # key index in the canonical text
    rendered: int  # key index in the rendering
    length: int


class Alignment:
    """Maps offsets between ``canonical`` and ``rendered`` in O(log n) per call."""

    def __init__(self, canonical: str, rendered: str) -> None:
        self.canonical = Reduced(canonical)
        self.rendered = Reduced(rendered)
        stretches = _align(self.canonical.key, self.canonical.line_keys(),
                           self.rendered.key)
        self._c = [s.canonical for s in stretches]
        self._r = [s.rendered for s in stretches]
        self._n = [s.length for s in stretches]
        self.matched = sum(self._n)  # key characters found in both

    def to_rendered(self, offset: int, end: bool = False) -> int:
        """The rendering's index for canonical ``offset``; ``end``: the offset ends a
        span, so it lands after the last letter before it, not before the next one."""
        return _convert(offset, end, self.canonical, self.rendered, self._c, self._r, self._n)

    def to_canonical(self, index: int, end: bool = False) -> int:
        """The canonical offset for the rendering's ``index``."""
        return _convert(index, end, self.rendered, self.canonical, self._r, self._c, self._n)


def _convert(index: int, end: bool, source: Reduced, target: Reduced, src: list[int],
             dst: list[int], lengths: list[int]) -> int:
    k = source.key_at(index)
    if end:
        if k == 0:
            return 0
        return target.position(_key_map(k - 1, src, dst, lengths, len(source.key),
                                        len(target.key))) + 1
    return target.position(_key_map(k, src, dst, lengths, len(source.key), len(target.key)))


def _key_map(k: int, src: list[int], dst: list[int], lengths: list[int], src_len: int,
             dst_len: int) -> int:
    """Key index ``k`` of one side on the other: inside a matched stretch exactly,
    between two by proportion."""
    i = bisect_right(src, k) - 1
    if i >= 0 and k < src[i] + lengths[i]:
        return dst[i] + (k - src[i])
    lo_s, lo_d = (src[i] + lengths[i], dst[i] + lengths[i]) if i >= 0 else (0, 0)
    hi_s, hi_d = (src[i + 1], dst[i + 1]) if i + 1 < len(src) else (src_len, dst_len)
    if hi_s <= lo_s:
        return lo_d
    return min(lo_d + (k - lo_s) * (hi_d - lo_d) // (hi_s - lo_s), dst_len)


def _align(ckey: str, lines: list[tuple[int, int]], rkey: str) -> list[_Stretch]:
    """Matched stretches in order of both texts: long lines (or their pieces) first,
    then the short lines between them, each inside its own gap."""
    search = _Search(ckey, rkey)
    for ks, ke in lines:
        if ke - ks >= LONG:
            search.line(ks, ke)
    placed = search.found
    starts = [s.canonical for s in placed]
    gaps: dict[int, list[tuple[int, int]]] = {}  # short lines by the stretch after them
    for ks, ke in lines:
        if ke - ks < LONG:
            gaps.setdefault(bisect_left(starts, ks), []).append((ks, ke))
    out = list(placed)
    for i, group in gaps.items():
        lower = placed[i - 1].rendered + placed[i - 1].length if i else 0
        upper = placed[i].rendered if i < len(placed) else len(rkey)
        out += _short_lines(ckey, rkey, group, lower, upper, backwards=i < len(placed))
    return sorted(out, key=lambda s: s.canonical)


def _short_lines(ckey: str, rkey: str, group: list[tuple[int, int]], lower: int,
                 upper: int, backwards: bool) -> list[_Stretch]:
    """Short lines (headings, list items, captions) inside one gap: searched back from
    the stretch after them when there is one (a heading sits just before its text;
    the menu's same words are further up), else on from the stretch before them."""
    out = []
    for ks, ke in (reversed(group) if backwards else group):
        key = ckey[ks:ke]
        if backwards:
            pos = rkey.rfind(key, max(lower, upper - _WINDOW - len(key)), upper)
            upper = pos if pos >= 0 else upper
        else:
            pos = rkey.find(key, lower, min(upper, lower + _WINDOW + len(key)))
            lower = pos + len(key) if pos >= 0 else lower
        if pos >= 0:
            out.append(_Stretch(ks, pos, ke - ks))
    return out


class _Search:
    """Long lines found in order in the rendering's key. A line the rendering says
    otherwise (an alt text, a list number, a word it lacks) is halved until halves are
    found, then matched closely in the stretch of rendering they bound. Searching the
    whole rest of the rendering is cheap once, not for every line of a text the
    rendering does not hold: past :data:`_MISSES` misses, searches stay near."""

    def __init__(self, ckey: str, rkey: str) -> None:
        self.ckey, self.rkey = ckey, rkey
        self.cursor = 0
        self.misses = 0
        self.found: list[_Stretch] = []

    def line(self, lo: int, hi: int) -> None:
        found: list[_Stretch] = []
        self._halves(lo, hi, self.cursor, found)
        if len(found) != 1 or found[0].length < hi - lo:  # not found whole
            self.misses += 1
            if found and hi - lo <= _FUZZY_MAX:
                found = self._close(lo, hi, found)
        if found:
            self.found += found
            self.cursor = found[-1].rendered + found[-1].length

    def _halves(self, lo: int, hi: int, cursor: int, out: list[_Stretch]) -> int:
        far = hi - lo >= LONG and self.misses < _MISSES
        end = len(self.rkey) if far else cursor + _WINDOW + 4 * (hi - lo)
        pos = self.rkey.find(self.ckey[lo:hi], cursor, end)
        if pos >= 0:
            out.append(_Stretch(lo, pos, hi - lo))
            return pos + hi - lo
        if hi - lo < 2 * _PIECE:
            return cursor
        mid = (lo + hi) // 2
        return self._halves(mid, hi, self._halves(lo, mid, cursor, out), out)

    def _close(self, lo: int, hi: int, found: list[_Stretch]) -> list[_Stretch]:
        """The line matched block by block (difflib) against the rendering around the
        pieces found, so only what differs is left to interpolation."""
        first, last = found[0], found[-1]
        slack = (hi - lo) // 2 + 32
        start = max(self.cursor, first.rendered - (first.canonical - lo) - slack)
        end = min(len(self.rkey), last.rendered + hi - last.canonical + slack)
        matcher = SequenceMatcher(None, self.ckey[lo:hi], self.rkey[start:end],
                                  autojunk=False)
        return [_Stretch(lo + a, start + b, n) for a, b, n in matcher.get_matching_blocks()
                if n >= _CLOSE_MIN]
