"""Where a canonical offset stands on a PDF's pages, and back: the original view's map.

The PDF importer made the canonical text out of pdfium's characters, but not one for
one: running heads and page numbers dropped, line-end hyphens mended, lines joined,
spaces folded. So the two are aligned here rather than counted: both are reduced to
their letters and digits, casefolded (the keys), with maps back to where each key
came from; the canonical keys are then looked for in the pages' keys in order, a
short run at a time, nearest first (:func:`_match`: a run straddling a dropped
running head is matched in two pieces, one that differs is left out and the text
found again further on; after a long stretch lost, anywhere, confirmed by the run
after it). Each matched key is an anchor (canonical offset, page character);
anything between two anchors is interpolated. Pages are 0-based here (``Block.page``
counts from 1).

Boxes (:class:`PageChars`) are read only for the pages shown; the map needs the
pages' text only. No pdfium, no Qt: :mod:`reader.pdf_pages` reads both.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

RUN = 12  # canonical keys looked for at a time
WINDOW = 4000  # how far ahead of the last match a run may be found (a page's worth)
LOST_RUNS = 4  # after this many runs' keys not found nearby, a run is looked for anywhere
FAR_TRIES = 5  # occurrences of a run looked at when it is looked for anywhere
MIN_PIECE = 4  # the shortest prefix of a run looked for, and only NEAR ahead (a short
NEAR = 120  # piece is found anywhere far enough: a running head is a few dozen keys)
Box = tuple[float, float, float, float]  # left, bottom, right, top (PDF points, y up)


def keys(text: str) -> tuple[str, array[int]]:
    """The letters and digits of ``text`` casefolded, and for each key the index of
    the character it came from (a character folding to two keys, "ß", gives both)."""
    out: list[str] = []
    where = array("i")
    for i, ch in enumerate(text):
        if ch.isalnum():
            folded = ch.casefold()
            out.append(folded)
            where.extend([i] * len(folded))
    return "".join(out), where


@dataclass(frozen=True)
class PageChars:
    """A page's characters as pdfium indexes them, and each one's loose box (four
    floats per character: left, bottom, right, top; all zero for a space or a
    character pdfium made up). Read by :mod:`reader.pdf_pages`."""

    text: str
    boxes: array[float]

    def box(self, index: int) -> Box:
        b = self.boxes
        return b[4 * index], b[4 * index + 1], b[4 * index + 2], b[4 * index + 3]

    @cached_property
    def lowest_tops(self) -> list[float]:
        """For each character, the lowest top of the boxes up to it (spaces skipped):
        never increasing, so the first line below a height is found by bisection."""
        out: list[float] = []
        low = float("inf")
        boxes = self.boxes
        for i in range(len(self.text)):
            if boxes[4 * i + 2] > boxes[4 * i]:
                low = min(low, boxes[4 * i + 3])
            out.append(low)
        return out


@dataclass(frozen=True)
class PageSpan:
    """Characters ``[start, end)`` of page ``page`` (pdfium's indices)."""

    page: int
    start: int
    end: int


class PageMap:
    """Canonical offsets <-> (page, character) for one document version and its PDF."""

    def __init__(self, text: str, pages: Sequence[str]) -> None:
        self.length = len(text)
        self.page_lengths = [len(p) for p in pages]
        canon, self._canon_at = keys(text)
        parts: list[str] = []
        self._char_at = array("i")  # page key position -> character index in its page
        self._page_starts = [0]  # where each page's keys begin, in page key positions
        for page in pages:
            found, where = keys(page)
            parts.append(found)
            self._char_at.extend(where)
            self._page_starts.append(self._page_starts[-1] + len(found))
        self._offsets = array("i")  # anchors: canonical offset ...
        self._positions = array("i")  # ... and the page key position matched to it
        self._align(canon, "".join(parts))

    def _align(self, canon: str, paged: str) -> None:
        """Runs of RUN keys matched in order (see :func:`_match`); after a long stretch
        lost, a run is looked for anywhere (from a little behind: the matches that
        went too far ahead are dropped)."""
        cursor = lost = i = 0
        while i < len(canon):
            found, size = _match(paged, canon[i: i + RUN], cursor)
            if found < 0 and lost >= LOST_RUNS * RUN:
                lost = 0
                found = _far(paged, canon[i: i + RUN], canon[i + RUN: i + 2 * RUN],
                             max(0, cursor - WINDOW))
                size = min(RUN, len(canon) - i)
                if 0 <= found < cursor:
                    self._drop_from(found)
            if found < 0:
                lost += 1
                i += 1
                continue
            lost = 0
            self._offsets.extend(self._canon_at[i: i + size])
            self._positions.extend(range(found, found + size))
            cursor = found + size
            i += size

    def _drop_from(self, position: int) -> None:
        k = bisect_left(self._positions, position)
        del self._offsets[k:], self._positions[k:]

    @property
    def page_count(self) -> int:
        return len(self.page_lengths)

    @property
    def anchored(self) -> int:
        """How many keys were matched (a measure of the alignment, for tests)."""
        return len(self._offsets)

    def _page_of_position(self, position: int) -> int:
        return max(0, bisect_right(self._page_starts, position) - 1)

    # -- canonical -> pages ---------------------------------------------------------------
    def locate(self, offset: int) -> tuple[int, int]:
        """(page, character) where canonical ``offset`` stands, interpolated between
        the anchors around it."""
        if not self._offsets:
            return 0, 0
        k = bisect_right(self._offsets, offset) - 1
        if k < 0:
            position = self._positions[0]
            return self._page_of_position(position), self._char_at[position]
        position = self._positions[k]
        page = self._page_of_position(position)
        char = self._char_at[position] + (offset - self._offsets[k])
        if k + 1 < len(self._positions):
            after = self._positions[k + 1]
            if self._page_of_position(after) == page:
                char = min(char, self._char_at[after])
        return page, max(0, min(char, self.page_lengths[page] - 1 if self.page_lengths[page]
                                 else 0))

    def page_of(self, offset: int) -> int:
        return self.locate(offset)[0]

    def spans(self, start: int, end: int) -> list[PageSpan]:
        """The page characters showing canonical ``[start, end)``, one span per page."""
        if end <= start or not self._offsets:
            return []
        k0, k1 = bisect_left(self._offsets, start), bisect_left(self._offsets, end)
        if k0 == k1:  # no letter or digit inside: where it would stand
            page, char = self.locate(start)
            return [PageSpan(page, char, char + max(1, min(end - start, 8)))]
        first = self._page_of_position(self._positions[k0])
        last = self._page_of_position(self._positions[k1 - 1])
        out = []
        for page in range(first, last + 1):
            lo = max(k0, bisect_left(self._positions, self._page_starts[page], k0, k1))
            hi = min(k1, bisect_left(self._positions, self._page_starts[page + 1], k0, k1))
            if lo < hi:
                out.append(PageSpan(page, self._char_at[self._positions[lo]],
                                    self._char_at[self._positions[hi - 1]] + 1))
        return out

    def page_top(self, page: int) -> int:
        """The canonical offset of the first text matched on ``page`` (or after it)."""
        if not self._offsets or page >= self.page_count:
            return self.length
        k = bisect_left(self._positions, self._page_starts[max(0, page)])
        return self._offsets[k] if k < len(self._offsets) else self.length

    # -- pages -> canonical ---------------------------------------------------------------
    def offset_at(self, page: int, char: int) -> int:
        """The canonical offset of character ``char`` of ``page``: its own anchor's,
        or interpolated from the one before (a running head's gives the nearest)."""
        if not self._offsets or not 0 <= page < self.page_count:
            return 0
        begin, stop = self._page_starts[page], self._page_starts[page + 1]
        position = bisect_left(self._char_at, char, begin, stop)
        k = bisect_left(self._positions, position)
        if k < len(self._positions) and self._positions[k] == position:
            return self._offsets[k]
        if k == 0:
            return self._offsets[0]
        before = self._offsets[k - 1]
        guess = before + max(1, char - self._char_at[self._positions[k - 1]])
        if k < len(self._offsets):
            guess = min(guess, self._offsets[k])
        return min(guess, self.length)


def _match(paged: str, run: str, cursor: int) -> tuple[int, int]:
    """(where, how many keys) of ``run`` matched ahead of ``cursor``, nearest first:
    the run just ahead; as much of it as goes on right at the cursor, or its longest
    prefix just ahead (the rest is past a dropped running head); the run a page on."""
    found = paged.find(run, cursor, cursor + NEAR + len(run))
    if found >= 0:
        return found, len(run)
    same = 0
    while same < len(run) and cursor + same < len(paged) and paged[cursor + same] == run[same]:
        same += 1
    if same:
        return cursor, same
    for size in range(len(run) - 1, MIN_PIECE - 1, -1):
        found = paged.find(run[:size], cursor, cursor + NEAR + size)
        if found >= 0:
            return found, size
    return paged.find(run, cursor, cursor + WINDOW + len(run)), len(run)


def _far(paged: str, run: str, after: str, cursor: int) -> int:
    """``run`` anywhere ahead of ``cursor``, where the run after it follows too (a
    phrase repeated far ahead, in an index, is not taken for the text lost here)."""
    found = paged.find(run, cursor)
    for _ in range(FAR_TRIES):
        if found < 0 or paged.startswith(after, found + len(run)):
            return found
        found = paged.find(run, found + 1)
    return -1


# -- a page's boxes -------------------------------------------------------------------------
def rects(chars: PageChars, start: int, end: int) -> list[Box]:
    """The boxes of characters ``[start, end)`` merged into one per line piece: a
    character joins the current box when it stands on the same line and near it
    (not across a column's gutter)."""
    out: list[list[float]] = []
    for i in range(max(0, start), min(end, len(chars.text))):
        left, bottom, right, top = chars.box(i)
        if right <= left or top <= bottom:
            continue  # a space, or a character pdfium made up
        if out:
            cur = out[-1]
            height = cur[3] - cur[1]
            overlap = min(top, cur[3]) - max(bottom, cur[1])
            if overlap > 0.5 * min(height, top - bottom) and \
                    cur[0] - height <= left <= cur[2] + 1.5 * height:
                cur[0], cur[1] = min(cur[0], left), min(cur[1], bottom)
                cur[2], cur[3] = max(cur[2], right), max(cur[3], top)
                continue
        out.append([left, bottom, right, top])
    return [(r[0], r[1], r[2], r[3]) for r in out]


def char_at(chars: PageChars, x: float, y: float) -> int | None:
    """The character under the point (PDF points), else the nearest one on its line,
    else the nearest on the page; None on a page without text."""
    best: int | None = None
    best_cost = float("inf")
    for i in range(len(chars.text)):
        left, bottom, right, top = chars.box(i)
        if right <= left:
            continue
        dx = 0.0 if left <= x <= right else min(abs(x - left), abs(x - right))
        dy = 0.0 if bottom <= y <= top else min(abs(y - bottom), abs(y - top))
        if dx == 0.0 and dy == 0.0:
            return i
        cost = dx + 20.0 * dy  # another line is much further than a word away
        if cost < best_cost:
            best, best_cost = i, cost
    return best


def char_below(chars: PageChars, y: float) -> int:
    """The first character (in the page's order) whose line is at or below ``y``
    (PDF points, y up): what a reader sees first when the page's top is at ``y``."""
    lowest = chars.lowest_tops
    if not lowest:
        return 0
    # lowest_tops never increases: the first index at or below y, by bisection
    lo, hi = 0, len(lowest)
    while lo < hi:
        mid = (lo + hi) // 2
        if lowest[mid] <= y + 1.0:
            hi = mid
        else:
            lo = mid + 1
    return min(lo, len(lowest) - 1)
