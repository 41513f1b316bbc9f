"""A PDF page's pieces of text put in reading order: running heads dropped, columns read
one after the other, pieces on one baseline made one line.

A PDF holds positioned glyphs, not a text: what reads as a page header, a column or a
line is only geometry. This module is that geometry, in pure Python over the runs of
text :mod:`reader.importers.pdf_text` takes out of pdfium, so every rule can be
tested on made-up pages. Coordinates are PDF points, ``y`` growing upwards.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise

# Running heads live in the top and bottom of the page: this fraction of its height.
MARGIN_BAND = 0.15
# The outermost rows of a page that may be a running head (a header, a footer of two).
OUTER_ROWS = 2
# A running head is set no larger than this times the body text's size (a title at
# the top of each page of slides is no running head).
HEAD_SIZE = 1.25
# A running head stands apart from the text: a gap between baselines of this many ems.
HEAD_GAP = 1.6
# Two running heads are at "the same height" within this many points.
SAME_HEIGHT = 3.0
# A height where running heads sit: on this share of the pages (at least two), with
# this share of its lines repeated there (digits aside, so "Page 3" and "Page 4" repeat).
HEAD_PAGES = 0.2
HEAD_REPEATED = 0.5
# Pieces of text on one baseline within this fraction of the font size are one line
# (a superscript is raised by less).
SAME_ROW = 0.5
# A column whose lines end at one edge (within 2 points) this often is justified.
JUSTIFIED_LINES = 3
# Two of them closer than this many ems touch (a word and its note's number).
TOUCHING = 0.1
# A column gutter: an empty strip at least this many ems wide, with at least
# COLUMN_LINES lines on each side, most of them filling their column (prose, not a
# table's cells), and no more than SPANNING of the lines across it (titles, figures).
GUTTER_EMS = 0.8
COLUMN_LINES = 4
COLUMN_FILL = 0.6
SPANNING = 0.15

_DIGITS = re.compile(r"\d+")
_ROMAN = re.compile(r"\b(?:[ivxlc]+|[IVXLC]+)\b")
_SPACES = re.compile(r"\s+")
_PAGE_NUMBER = re.compile(
    r"^[\s\-–—|·•(\[]*(?:page\s+|p\.\s*)?(?:\d{1,5}|[ivxlcdm]{1,7})"
    r"(?:\s*(?:/|of)\s*\d{1,5})?[\s\-–—|·•)\]]*$", re.IGNORECASE)


@dataclass(slots=True)
class Segment:
    """A run of text on one baseline, as pdfium gave it (cut where a wide gap lies).

    ``hyphen``: the run ended in a hyphen pdfium saw breaking a word across lines
    (the hyphen itself is not in ``text``)."""

    text: str
    x0: float
    x1: float
    baseline: float
    size: float
    mono: bool = False
    hyphen: bool = False


@dataclass
class Page:
    """One page's runs of text and its box (``number`` is 1-based)."""

    number: int
    left: float
    bottom: float
    right: float
    top: float
    segments: list[Segment] = field(default_factory=list)


@dataclass(slots=True)
class Line:
    """One line of a column in reading order. Lines of one ``flow`` (a column of a band
    of a page) follow each other on the page; ``left``/``right`` are its edges."""

    text: str
    x0: float
    x1: float
    baseline: float
    size: float
    mono: bool
    hyphen: bool
    page: int
    flow: int
    left: float
    right: float


def lay_out(pages: list[Page]) -> list[Line]:
    """Every page's lines in reading order, running heads and page numbers left out."""
    drop_running_heads(pages)
    lines: list[Line] = []
    flow = 0
    for page in pages:
        for column in page_flows(page):
            flow += 1
            lines.extend(_column_lines(column, page.number, flow))
    return lines


# -- running heads -------------------------------------------------------------------

def drop_running_heads(pages: list[Page]) -> None:
    """Remove headers, footers and page numbers from ``pages``.

    A running head is an outermost row in the margin band, set apart from the text
    and not in a large font, at a height where running heads sit on many pages. Its
    words may change from chapter to chapter (a header naming the section), so a
    height counts when most of what sits there repeats. A bare page number there
    goes even on a page of its own."""
    body = body_size(s for page in pages for s in page.segments)
    candidates = [(page, row) for page in pages for row in _outer_rows(page)
                  if max(s.size for s in row) <= HEAD_SIZE * body]
    heads = _head_heights(candidates, sum(1 for p in pages if p.segments))
    for page, row in candidates:
        text = " ".join(s.text for s in row)
        y = row[0].baseline
        if _PAGE_NUMBER.match(text) or any(abs(y - h) <= SAME_HEIGHT for h in heads):
            dropped = {id(s) for s in row}
            page.segments = [s for s in page.segments if id(s) not in dropped]


def body_size(items: Iterable[Segment | Line]) -> float:
    """The font size most of the text is set in (0 when there is none)."""
    weights: Counter[float] = Counter()
    for item in items:
        weights[round(item.size * 2) / 2] += len(item.text)
    return weights.most_common(1)[0][0] if weights else 0.0


def _outer_rows(page: Page) -> list[list[Segment]]:
    """The rows at the top and at the bottom of ``page`` that may be running heads:
    in its margin band, at most OUTER_ROWS of them, set apart from the text by a gap
    (the first line of a page of prose is no header, however often it repeats)."""
    rows = _rows(sorted(page.segments, key=lambda s: -s.baseline))
    band = MARGIN_BAND * (page.top - page.bottom)
    found: list[list[Segment]] = []
    for k in range(min(OUTER_ROWS, len(rows))):
        if rows[k][0].baseline < page.top - band:
            break
        if len(rows) == 1 or k + 1 < len(rows) and _apart(rows[k], rows[k + 1]):
            found += rows[:k + 1]
            break
    for k in range(len(rows) - 1, max(-1, len(rows) - 1 - OUTER_ROWS), -1):
        if rows[k][0].baseline > page.bottom + band or any(rows[k] is r for r in found):
            break
        if len(rows) == 1 or k > 0 and _apart(rows[k - 1], rows[k]):
            found += rows[k:]
            break
    return found


def _apart(above: list[Segment], below: list[Segment]) -> bool:
    size = max(s.size for s in (*above, *below))
    return above[0].baseline - below[0].baseline >= HEAD_GAP * size


def _head_heights(candidates: list[tuple[Page, list[Segment]]], pages: int) -> list[float]:
    """The heights where running heads sit (see :func:`drop_running_heads`)."""
    found = sorted(((row[0].baseline, page.number, _norm(" ".join(s.text for s in row)))
                    for page, row in candidates), key=lambda c: c[0])
    heights: list[float] = []
    start = 0
    for end in range(1, len(found) + 1):
        if end < len(found) and found[end][0] - found[end - 1][0] <= SAME_HEIGHT:
            continue
        slot = found[start:end]
        start = end
        on_pages = {number for _, number, _ in slot}
        if len(on_pages) < max(2, math.ceil(HEAD_PAGES * pages)):
            continue
        counts = Counter(norm for _, _, norm in slot)
        repeated = sum(n for n in counts.values() if n >= 2)
        if repeated >= HEAD_REPEATED * len(slot):
            heights.append(sum(y for y, _, _ in slot) / len(slot))
    return heights


def _norm(text: str) -> str:
    """A running head's words without its numbers, so every page's copy is equal."""
    text = _ROMAN.sub("#", _DIGITS.sub("#", text))
    return _SPACES.sub(" ", text).strip().casefold()


# -- columns and reading order -------------------------------------------------------

def page_flows(page: Page) -> list[list[Segment]]:
    """The page's segments cut into flows in reading order: between two lines that
    span the columns, each column top to bottom, left to right; the spanning line
    after them. A page of one column is one flow, top to bottom."""
    segments = sorted(page.segments, key=lambda s: -s.baseline)
    if not segments:
        return []
    edges = column_edges(segments)
    if len(edges) == 2:
        return [segments]
    flows: list[list[Segment]] = []
    band: list[list[Segment]] = [[] for _ in edges[:-1]]
    for seg in segments:
        col = _column_of(seg, edges)
        if col is None:  # across the gutter: it closes the band above it
            flows.extend(c for c in band if c)
            flows.append([seg])
            band = [[] for _ in edges[:-1]]
        else:
            band[col].append(seg)
    flows.extend(c for c in band if c)
    return flows


def column_edges(segments: list[Segment]) -> list[float]:
    """``[left, gutter..., right]``: the x of each column gutter between the text's
    edges; just ``[left, right]`` for a page of one column."""
    left = min(s.x0 for s in segments)
    right = max(s.x1 for s in segments)
    width = right - left
    if len(segments) < 2 * COLUMN_LINES or width <= 0:
        return [left, right]
    centre = left + width / 2
    if sum(1 for s in segments if s.x0 < centre < s.x1) > len(segments) / 2:
        return [left, right]  # the common case, said cheaply: lines cross the middle
    size = sorted(s.size for s in segments)[len(segments) // 2]
    gutters = [g for g in _gaps(segments, left + 0.15 * width, right - 0.15 * width)
               if g[1] - g[0] >= GUTTER_EMS * size]
    edges = [left, *((a + b) / 2 for a, b in gutters), right]
    if len(edges) > 2 and not _columns_hold(segments, edges):
        best = max(gutters, key=lambda g: g[1] - g[0])
        edges = [left, (best[0] + best[1]) / 2, right]
    return edges if len(edges) > 2 and _columns_hold(segments, edges) else [left, right]


def _gaps(segments: list[Segment], lo: float, hi: float) -> list[tuple[float, float]]:
    """Strips of ``[lo, hi]`` crossed by few lines (at most SPANNING of them).

    Between two consecutive edges the lines crossing are those begun and not yet
    ended there: two bisections, so a page of a thousand table cells stays cheap."""
    allowed = int(SPANNING * len(segments))
    starts = sorted(s.x0 for s in segments)
    ends = sorted(s.x1 for s in segments)
    points = sorted({lo, hi, *(x for s in segments for x in (s.x0, s.x1) if lo < x < hi)})
    gaps: list[tuple[float, float]] = []
    for a, b in pairwise(points):
        if bisect_right(starts, a) - bisect_right(ends, a) > allowed:
            continue
        if gaps and gaps[-1][1] == a:
            gaps[-1] = (gaps[-1][0], b)
        else:
            gaps.append((a, b))
    return gaps


def _columns_hold(segments: list[Segment], edges: list[float]) -> bool:
    """Each column has lines enough, as wide as its share of the text, most of them
    filling it with several words: prose, not a table's cells."""
    columns: list[list[Segment]] = [[] for _ in edges[:-1]]
    for seg in segments:
        col = _column_of(seg, edges)
        if col is not None:
            columns[col].append(seg)
    share = (edges[-1] - edges[0]) / len(columns)
    for column in columns:
        if len(column) < COLUMN_LINES:
            return False
        extent = max(s.x1 for s in column) - min(s.x0 for s in column)
        full = sum(1 for s in column
                   if s.x1 - s.x0 >= COLUMN_FILL * extent and s.text.count(" ") >= 2)
        if extent < COLUMN_FILL * share or full < len(column) / 2:
            return False
    return True


def _column_of(seg: Segment, edges: list[float]) -> int | None:
    """The column holding ``seg`` whole, or None when it spans a gutter."""
    for i in range(len(edges) - 1):
        if seg.x0 >= edges[i] - 1 and seg.x1 <= edges[i + 1] + 1:
            return i
    return None


def _rows(segments: list[Segment]) -> list[list[Segment]]:
    """Segments (sorted top to bottom) grouped by baseline, each row left to right."""
    rows: list[list[Segment]] = []
    for seg in segments:
        if rows and abs(rows[-1][0].baseline - seg.baseline) <= SAME_ROW * seg.size:
            rows[-1].append(seg)
        else:
            rows.append([seg])
    for row in rows:
        row.sort(key=lambda s: s.x0)
    return rows


def _column_lines(column: list[Segment], page: int, flow: int) -> list[Line]:
    """One flow's segments as lines: the pieces of one baseline joined by a space."""
    left = min(s.x0 for s in column)
    right = _right_edge(column)
    lines = []
    for row in _rows(column):
        main = max(row, key=lambda s: len(s.text))  # not a superscript beside it
        text = row[0].text
        for prev, seg in pairwise(row):  # a superscript touching its word: no space
            text += ("" if seg.x0 - prev.x1 < TOUCHING * main.size else " ") + seg.text
        lines.append(Line(text, row[0].x0, max(s.x1 for s in row), main.baseline, main.size,
                          all(s.mono for s in row), row[-1].hyphen, page, flow, left, right))
    return lines


def _right_edge(column: list[Segment]) -> float:
    """Where the column's lines end: where most end, when several do (justified text,
    a wide table or line of code sticking out), else the farthest."""
    ends = Counter(round(s.x1 / 2) for s in column)
    at, count = ends.most_common(1)[0]
    return at * 2.0 if count >= JUSTIFIED_LINES else max(s.x1 for s in column)
