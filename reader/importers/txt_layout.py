"""Telling plain text laid out by hand from prose, one blank-line chunk at a time.

A plain-text file carries its layout in its characters: line ends, tabs, runs of
spaces. Some of those line ends are only where a writer's editor wrapped the line
(a novel hard-wrapped at 70 columns: the reader wants it reflowed to the window),
others carry meaning (a poem, an address, a table, a ``--help`` summary, code: the
reader wants it as written, in monospace). The importer never changes a character;
this module only decides which of the two each chunk is.

The file is measured first, because "short" and "indented" mean nothing alone:

* its **base indent**: the commonest indentation of its lines (some READMEs indent
  all their prose by 3; code is what is indented beyond that);
* its **wrap width**: the :data:`WRAP_PERCENTILE` of the line widths in its
  multi-line chunks of text (not lists, tables or code), kept within
  [:data:`MIN_WRAP_WIDTH`, :data:`MAX_WRAP_WIDTH`]. A percentile, not the maximum,
  so a stray long line or URL does not stretch it; the floor because prose is
  rarely wrapped narrower than ~60 columns, so a file holding only a poem does not
  take the poem's line length for a wrap width.

Some chunks are two blocks with no blank line between: an underlined heading
(``Title`` / ``=====``) and its text, or a line leading into a list (``Report
bugs:`` then ``- ...`` items). They are cut there first (:func:`cuts`).

Then, chunk by chunk, in this order (the first that fits):

1. **list**: every line looks like a list item (``- x``, ``2) y``): one block a line.
2. **lines**: a line is longer than :data:`LONG_LINE`: nobody wraps by hand that far,
   this is pasted web text, one paragraph a line.
3. **table** (preformatted): columns, whatever the words. Most lines with a tab
   inside; or gaps of 2+ spaces starting or ending at one column on most lines
   (a table, ``ls -l``, ``-h, --help    show help``; a line indented to that column,
   an option's wrapped description, counts); or list items whose other lines hang
   under them (a changelog entry). Two spaces after a full stop are typing, not
   alignment. No title is taken from a table.
4. **layout** (preformatted): code or drawings. Most lines (:data:`CODE_SHARE`)
   indented :data:`CODE_INDENT` beyond the base (code, a quoted block, a centred
   title), but not a hanging-indent paragraph whose full first line wraps, nor an
   indented list item (``    a) The work must...``: nesting, not code); or most
   lines drawn (box drawing, ``+---+``, ``|...|``, no letter or digit: an
   underline), or a Markdown code fence.
5. **broken** (preformatted) or **paragraph**, by the line ends. A line end is a
   *wrap* when the next line's first word would not have fit on the line within
   :data:`FILL_RATIO` of the wrap width (a greedy wrapper breaks exactly there; the
   ratio leaves room for hand wrapping and for the percentile). Otherwise it is
   *early*; an early end after sentence punctuation is still prose (a text written
   one sentence a line), but an early end after a word, a comma or a colon is a
   deliberate break. When more than :data:`BROKEN_SHARE` of the line ends are
   deliberate breaks (verse, an address, a signature, a README's little layouts)
   the chunk is shown as written; otherwise it is prose and reflows. A single line
   has no line end to judge: it is a paragraph (unless 3. or 4. took it).

Everything is one pass over the lines per measure: linear in the file's size.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from itertools import islice, pairwise

LONG_LINE = 300  # longer than this, a line is a whole pasted paragraph
WRAP_PERCENTILE = 0.9  # the line width most lines of wrapped text stay within
MIN_WRAP_WIDTH = 60  # prose is hard-wrapped at 60-80 columns, seldom narrower
MAX_WRAP_WIDTH = 100  # beyond this, lines are not hard-wrapped at all
FILL_RATIO = 0.85  # a line is full when its next word would reach this share of the width
BROKEN_SHARE = 0.5  # more deliberate breaks than this share: keep the lines as written
ALIGNED_SHARE = 0.5  # lines of a table / tab-separated chunk, and those sharing a column
CODE_INDENT = 4  # columns beyond the base indent that make a line code (or a quote)
CODE_SHARE = 0.6  # "most lines" for indentation
ART_SHARE = 0.5  # lines drawn rather than written

LIST = "list"
LINES = "lines"
TABLE = "table"  # columns: no title is taken from it
LAYOUT = "layout"
BROKEN = "broken"
PROSE = "paragraph"

LIST_LINE = re.compile(r"^[ \t]*(?:\d{1,3}[.)]|[-*•–+]|[A-Za-z][.)])[ \t]+\S")
_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")
_INNER_TAB = re.compile(r"\S[ ]*\t")
_FENCE = re.compile(r"^ *(?:```|~~~)")
_UNDERLINE = re.compile(r"^[ ]*([-=~^*#+_.])\1{2,}$")
_HAS_WORD = re.compile(r"[^\W_]")
_CLOSERS = "\"'’”»)]"
_BOX = re.compile(r"[\u2500-\u259f]|[+|][-=]{2,}|[-=]{2,}[+|]")


def shown_lines(lines: list[str]) -> list[str]:
    """The lines as a monospace view lays them out: tabs to 8 columns, no trailing
    space (which no one sees), so widths and columns are what the eye measures."""
    return [(line.expandtabs() if "\t" in line else line).rstrip() for line in lines]


def indent(line: str) -> int:
    """Leading spaces of a shown line (tabs are already spaces there)."""
    return len(line) - len(line.lstrip(" "))


def base_indent(chunks: Iterable[list[str]]) -> int:
    """The commonest indentation of the file's lines (the smaller one on a tie)."""
    counts: Counter[int] = Counter()
    for shown in chunks:
        counts.update(indent(line) for line in shown)
    if not counts:
        return 0
    return min(counts, key=lambda width: (-counts[width], width))


def wrap_width(chunks: Iterable[list[str]]) -> int:
    """The width the file's text is wrapped at: a percentile of its multi-line chunks'
    line widths (a histogram, so linear), clamped to the widths prose is wrapped at."""
    histogram = [0] * (LONG_LINE + 1)
    for shown in chunks:
        if len(shown) > 1:
            for line in shown:
                if len(line) <= LONG_LINE:
                    histogram[len(line)] += 1
    width = _percentile(histogram, WRAP_PERCENTILE)
    return min(max(width, MIN_WRAP_WIDTH), MAX_WRAP_WIDTH)


def _percentile(histogram: list[int], share: float) -> int:
    """The smallest width at least ``share`` of the counted lines stay within (0: none)."""
    rank, seen = share * sum(histogram), 0
    for width, count in enumerate(histogram):
        seen += count
        if count and seen >= rank:
            return width
    return 0


def structure(raw: list[str], shown: list[str], base: int) -> str | None:
    """:data:`LIST`, :data:`LINES`, :data:`TABLE` or :data:`LAYOUT` when its shape decides
    it; ``None`` when only its line ends can (see :func:`by_line_ends`)."""
    if all(LIST_LINE.match(line) for line in raw):
        return LIST
    if max(len(line) for line in raw) > LONG_LINE:
        return LINES
    if _tabbed(raw) or _aligned(shown) or _hanging_list(shown):
        return TABLE
    if _indented(shown, base) or _drawn(shown):
        return LAYOUT
    return None


def by_line_ends(shown: list[str], width: int) -> str:
    """:data:`BROKEN` when most line ends are deliberate, else :data:`PROSE`."""
    breaks = len(shown) - 1
    if breaks < 1:
        return PROSE
    deliberate = sum(1 for line, after in pairwise(shown)
                     if _early(line, after, width) and not _ends_sentence(line))
    return BROKEN if deliberate > BROKEN_SHARE * breaks else PROSE


def wrapped_at(line: str, after: str, width: int) -> bool:
    """Whether ``line`` ends only because it was full: the title test, since a
    prose paragraph's first line is no title, however it ends."""
    return len(line) <= width and not _early(line, after, width)


def _ends_sentence(line: str) -> bool:
    """A full stop, ``!``, ``?`` or ellipsis last, closing quotes and brackets aside."""
    return line.rstrip(_CLOSERS)[-1:] in (".", "!", "?", "…")


def _early(line: str, after: str, width: int) -> bool:
    """The next line's first word would have fit on this line."""
    rest = after.lstrip(" ")  # shown lines: tabs already spaces
    space = rest.find(" ")
    room = len(rest) if space < 0 else space
    return len(line) + 1 + room < FILL_RATIO * width


def _tabbed(raw: list[str]) -> bool:
    """Most lines with a tab after some text: tab-separated columns (leading tabs are
    indentation, for :func:`_indented`)."""
    if len(raw) < 2:
        return False
    tabbed = sum(1 for line in raw if "\t" in line and _INNER_TAB.search(line))
    return tabbed >= ALIGNED_SHARE * len(raw)


def _aligned(shown: list[str]) -> bool:
    """Gaps that start or end at one column on most lines: a table, an option list.
    Lines indented to that column (an option's wrapped description) count."""
    if len(shown) < 2 or sum(1 for line in shown if "  " in line.lstrip(" ")) < 2:
        return False  # the quick look: fewer than two lines with a gap at all
    per_line = [_gap_columns(line) for line in shown]
    counts: Counter[int] = Counter()
    for columns in per_line:
        counts.update(columns)
    gapped = sum(1 for columns in per_line if columns)
    if gapped < 2:
        return False
    column, hits = counts.most_common(1)[0]
    if hits < max(2, ALIGNED_SHARE * gapped):
        return False
    aligned = sum(1 for line, columns in zip(shown, per_line, strict=True)
                  if column in columns or indent(line) == column)
    return aligned >= ALIGNED_SHARE * len(shown)


def _gap_columns(line: str) -> set[int]:
    """Where the line's inner gaps start and end, two spaces after a sentence aside."""
    columns: set[int] = set()
    for gap in _GAP.finditer(line):
        if gap.end() - gap.start() == 2 and _after_sentence(line, gap.start()):
            continue
        columns.update((gap.start(), gap.end()))
    return columns


def _after_sentence(line: str, pos: int) -> bool:
    """Whether the gap at ``pos`` follows a sentence or clause (``end.  Next``,
    ``Note:  text``): two spaces there are a typist's habit, not a column."""
    while pos > 0 and line[pos - 1] in _CLOSERS:
        pos -= 1
    return pos > 0 and line[pos - 1] in ".!?:;"


def _indented(shown: list[str], base: int) -> bool:
    """Most lines indented beyond the base: code, a quoted block, a term's indented
    description. Not a paragraph with a hanging indent (its full first line wraps),
    nor an indented list item: nesting, whose line ends :func:`by_line_ends` judges."""
    deep = sum(1 for line in shown if indent(line) - base >= CODE_INDENT)
    if deep < CODE_SHARE * len(shown):
        return False
    return not (_hanging_paragraph(shown) or (len(shown) > 1 and LIST_LINE.match(shown[0])))


def _hanging_paragraph(shown: list[str]) -> bool:
    """A first line less indented than all the others and full to the chunk's width:
    the others are its wrapped continuation (``(c) You must retain, ...``)."""
    if len(shown) < 2 or min(indent(line) for line in shown[1:]) <= indent(shown[0]):
        return False
    return not _early(shown[0], shown[1], max(len(line) for line in shown))


def _drawn(shown: list[str]) -> bool:
    """Lines drawn rather than written, or a Markdown code fence (```` ``` ````)."""
    if any(_FENCE.match(line) for line in shown):
        return True
    return sum(1 for line in shown if _drawn_line(line)) >= ART_SHARE * len(shown)


def _drawn_line(line: str) -> bool:
    """Box drawing, ``+---+`` or ``|...|`` rules and cells, or no letter or digit."""
    body = line.strip()
    if body[:1] == "|" and body[-1:] == "|":
        return True
    return bool(_BOX.search(body)) or not _HAS_WORD.search(body)


def _hanging_list(shown: list[str], first: int = 0) -> bool:
    """Items whose other lines hang under them: ``  * entry`` then ``    more``. One
    item alone is a paragraph that starts with a marker (its lines may wrap)."""
    if len(shown) - first < 3 or not LIST_LINE.match(shown[first]):
        return False
    marker, items = indent(shown[first]), 1
    for line in islice(shown, first + 1, None):
        if LIST_LINE.match(line):
            items += 1
        elif indent(line) <= marker:
            return False
    return items >= 2


def cuts(raw: list[str], shown: list[str]) -> list[int]:
    """Where a chunk is several blocks without a blank line between: after an
    underlined heading (``Title`` / ``=====``), and after the one line that leads
    into a list (``Report bugs:`` then ``- ...`` lines). Line indices, increasing."""
    found: list[int] = []
    first, width = 0, max(map(len, shown))
    while cut := _cut(raw, shown, first, width):
        first += cut
        found.append(first)
    return found


def _cut(raw: list[str], shown: list[str], first: int, width: int) -> int:
    """How many lines from ``first`` make a block of their own (0: none do). A lead
    ends in a colon or short of the chunk's ``width``, before two items at least
    (``P. J. Plauger`` after a full line is a name running on, not a list)."""
    left = len(shown) - first
    if left > 2 and _UNDERLINE.match(shown[first + 1]) and _HAS_WORD.search(shown[first]):
        return 2
    if left < 3 or LIST_LINE.match(raw[first]):
        return 0
    lead, after = shown[first], shown[first + 1]
    if not (lead.endswith(":") or _early(lead, after, width)):
        return 0
    if all(LIST_LINE.match(line) for line in islice(raw, first + 1, None)) \
            or _hanging_list(shown, first + 1):
        return 1
    return 0
