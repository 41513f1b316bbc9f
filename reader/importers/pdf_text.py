"""A PDF page's text out of pdfium: its characters, cut into runs on one baseline,
each with where it stands, its font size and whether its font is monospaced.

pdfium gives a page's characters in content order, with the line breaks and the
spaces it infers (``\\r\\n``, and a mark where a hyphen broke a word at a line end),
and boxes around each text object. A line here is what pdfium breaks, cut again
where a wide gap lies in it: pdfium joins text at one height, columns side by side
included. Calls into pdfium are few per line; a page's text comes in one call.
"""

from __future__ import annotations

import ctypes
import re
from collections.abc import Iterator
from itertools import pairwise

# pypdfium2 ships no type hints; only the PDF importer's modules touch it.
import pypdfium2.raw as c  # type: ignore[import-untyped]

from reader.importers.pdf_layout import Page, Segment
from reader.pdf_pages import page_characters

# A line is cut where a gap wider than this many ems lies between two of its runs.
GAP_SPLIT_EMS = 1.8
_LINES = re.compile("[^\r\n\ufffe\x02]+[\ufffe\x02]?")
_SPACES = re.compile(r"\s+")
_LETTER = re.compile(r"[^\W\d_]")
_ALNUM = re.compile(r"[^\W_]")
_HYPHEN_MARKS = "\ufffe\x02\xad"  # pdfium's mark of a word broken at a line end; soft
_MONO_NAME = re.compile(r"mono|courier|consol|cmtt|menlo|typewriter|code|tt(?:\d|$|[-_,])|"
                        r"pcr[rbo]", re.IGNORECASE)
_FIXED_PITCH = 1  # a font descriptor's FixedPitch flag (PDF 32000-1, table 123)


def read_page(page: c.FPDF_PAGE, number: int) -> Page:
    """The page's box and its runs of text; its text page closed before returning."""
    box = c.FS_RECTF()
    if not c.FPDF_GetPageBoundingBox(page, box):
        box.left, box.bottom = 0.0, 0.0
        box.right, box.top = c.FPDF_GetPageWidthF(page), c.FPDF_GetPageHeightF(page)
    read = Page(number, box.left, box.bottom, box.right, box.top)
    textpage = c.FPDFText_LoadPage(page)
    if not textpage:
        return read
    try:
        read.segments = _segments(textpage)
    finally:
        c.FPDFText_ClosePage(textpage)
    return read


def _segments(textpage: c.FPDF_TEXTPAGE) -> list[Segment]:
    """The page's lines as pdfium breaks them, cut at wide gaps."""
    count = c.FPDFText_CountChars(textpage)
    if count <= 0:
        return []
    reader = _Lines(textpage, page_characters(textpage, count))
    return [seg for match in _LINES.finditer(reader.text) for seg in reader.line(*match.span())]


class _Lines:
    """One text page's lines: where each stands, its size and its font.

    What is asked of pdfium is asked of few characters, for each call costs: a
    line's boxes (one per text object: a few), and five of its letters for the
    font: the largest size of the first, middle and last (a footnote's mark, a
    list's number or words of code, often set smaller, do not make a line of prose
    small), monospaced when all five are (a line of prose may hold words of code)."""

    def __init__(self, textpage: c.FPDF_TEXTPAGE, text: str) -> None:
        self.textpage, self.text = textpage, text
        self._mono: dict[tuple[bytes, int], bool] = {}
        self._name = ctypes.create_string_buffer(128)
        self._flags = ctypes.c_int()
        self._x, self._y = ctypes.c_double(), ctypes.c_double()
        self._edges = tuple(ctypes.c_double() for _ in range(4))
        self._box = c.FS_RECTF()

    def line(self, start: int, end: int) -> Iterator[Segment]:
        """The line ``[start, end)`` of the page's text as segments: itself, or its
        pieces between gaps wider than GAP_SPLIT_EMS."""
        text = self.text
        hyphen = text[end - 1] in _HYPHEN_MARKS
        end -= hyphen
        size, baseline, mono = self.probe(start, end)
        pieces = self._pieces(start, end, GAP_SPLIT_EMS * size)
        for a, b, x0, x1 in pieces:
            if len(pieces) > 1:
                size, baseline, mono = self.probe(a, b)
            piece = text[a:b]
            broken = hyphen and b == end
            if "\xad" in piece:  # soft hyphens: invisible, but one at the end broke a word
                broken = broken or piece.rstrip().endswith("\xad")
                piece = piece.replace("\xad", "")
            clean = " ".join(piece.split())
            if clean:
                yield Segment(clean, x0, x1, baseline, size, mono, broken)

    def _pieces(self, start: int, end: int, gap: float) -> list[tuple[int, int, float, float]]:
        """(start, end, left, right) of each piece, read off the boxes pdfium draws
        around its text objects; in a PDF that draws each glyph on its own (Qt's,
        some others) that is a box per character, so there the words' edges are read."""
        found = c.FPDFText_CountRects(self.textpage, start, end - start)
        if found <= 0:
            return []
        if found > 2 * self.text.count(" ", start, end) + 4:
            return self._word_pieces(start, end, gap)
        rects = self._rects(found)
        cuts = [i for i in range(1, len(rects)) if rects[i][0] - rects[i - 1][1] > gap]
        if not cuts:
            return [(start, end, min(r[0] for r in rects), max(r[1] for r in rects))]
        bounds = [start, *(self._first_char(start, end, i) for i in cuts), end]
        groups = [rects[a:b] for a, b in pairwise([0, *cuts, len(rects)])]
        return [(a, b, min(r[0] for r in group), max(r[1] for r in group))
                for (a, b), group in zip(pairwise(bounds), groups, strict=True)]

    def _rects(self, found: int) -> list[tuple[float, float]]:
        """The left and right of the ``found`` boxes the last count of boxes made."""
        get, textpage = c.FPDFText_GetRect, self.textpage
        left, top, right, bottom = self._edges
        return [(left.value, right.value) for i in range(found)
                if get(textpage, i, left, top, right, bottom)]

    def _first_char(self, start: int, end: int, rect: int) -> int:
        """The first character in box ``rect`` of the range: the shortest prefix of
        the range that has ``rect + 1`` boxes, found by bisection."""
        lo, hi = 1, end - start
        while lo < hi:
            mid = (lo + hi) // 2
            if c.FPDFText_CountRects(self.textpage, start, mid) > rect:
                hi = mid
            else:
                lo = mid + 1
        return start + lo - 1

    def _word_pieces(self, start: int, end: int,
                     gap: float) -> list[tuple[int, int, float, float]]:
        """:meth:`_pieces` from the edges of the characters on each side of a space."""
        text, textpage, box = self.text, self.textpage, self._box
        box_of = c.FPDFText_GetLooseCharBox
        first = next((i for i in range(start, end) if not text[i].isspace()), start)
        last = next((i for i in range(end - 1, first, -1) if not text[i].isspace()), first)
        pieces: list[tuple[int, int, float, float]] = []
        box_of(textpage, first, box)
        begin, left = first, box.left
        for space in _SPACES.finditer(text, first, last):
            box_of(textpage, space.start() - 1, box)
            before = box.right
            box_of(textpage, space.end(), box)
            if box.left - before > gap:
                pieces.append((begin, space.start(), left, before))
                begin, left = space.end(), box.left
        box_of(textpage, last, box)
        pieces.append((begin, end, left, box.right))
        return pieces

    def probe(self, start: int, end: int) -> tuple[float, float, bool]:
        """The size, the baseline and whether the font is monospaced."""
        text = self.text
        found = _LETTER.search(text, start, min(end, start + 12)) or \
            _ALNUM.search(text, start, end)
        first = found.start() if found else start
        last = next((i for i in range(end - 1, first, -1) if text[i].isalnum()), first)
        probes = [first]
        for k in (1, 2, 3):
            at = _ALNUM.search(text, first + (last - first) * k // 4, last)
            probes.append(at.start() if at else last)
        probes.append(last)
        size = max(self._size(probes[0]), self._size(probes[2]), self._size(probes[4]))
        c.FPDFText_GetCharOrigin(self.textpage, probes[2], self._x, self._y)
        return size, self._y.value, all(self._is_mono(i) for i in probes)

    def _size(self, index: int) -> float:
        size = float(c.FPDFText_GetFontSize(self.textpage, index))
        if size >= 2:
            return size
        # A font scaled by its text matrix (1 Tf): its box says the real size.
        c.FPDFText_GetLooseCharBox(self.textpage, index, self._box)
        return max(1.0, (self._box.top - self._box.bottom) / 1.2)

    def _is_mono(self, index: int) -> bool:
        length = c.FPDFText_GetFontInfo(self.textpage, index, self._name, len(self._name),
                                        self._flags)
        if length <= 0:
            return False  # a character pdfium made up (a space): no font to tell
        name = self._name.raw[: length - 1] if length <= len(self._name) else b""
        key = (name, self._flags.value)
        known = self._mono.get(key)
        if known is None:
            known = self._mono[key] = bool(self._flags.value & _FIXED_PITCH) or bool(
                _MONO_NAME.search(name.decode("latin-1")))
        return known


def has_image(page: c.FPDF_PAGE) -> bool:
    """Whether the page shows an image, itself or inside a form (a scan's page)."""
    count = min(c.FPDFPage_CountObjects(page), 500)
    return any(_shows_image(c.FPDFPage_GetObject(page, i), 3) for i in range(count))


def _shows_image(obj: c.FPDF_PAGEOBJECT, depth: int) -> bool:
    kind = c.FPDFPageObj_GetType(obj)
    if kind == c.FPDF_PAGEOBJ_IMAGE:
        return True
    if kind != c.FPDF_PAGEOBJ_FORM or not depth:
        return False
    count = min(c.FPDFFormObj_CountObjects(obj), 500)
    return any(_shows_image(c.FPDFFormObj_GetObject(obj, j), depth - 1) for j in range(count))
