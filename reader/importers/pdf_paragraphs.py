"""A PDF's lines, in reading order, made blocks: paragraphs, headings, list items and
preformatted text, words broken by a hyphen at a line end made whole again.

The lines come from :mod:`reader.importers.pdf_layout`; nothing here knows pdfium.
What ends a paragraph is what a reader sees end one: a wider gap than the lines'
own spacing, a line indented, a line that stops short where the next word would
have fit, a change of font size, a bullet. Headings are the outline's own titles
where the page shows them, and otherwise short lines in a larger font.
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import pairwise
from statistics import median

from reader.importers.pdf_headings import (
    LaidBlock,
    OutlineTarget,
    is_leader,
    match_outline,
    size_headings,
)
from reader.importers.pdf_layout import Line, body_size

# A change of font size by more than this share starts a new block.
SIZE_CHANGE = 0.08
# A gap between baselines wider than the usual one by this factor starts a paragraph.
GAP_FACTOR = 1.3
# A first line indented by this many ems starts a paragraph.
INDENT_EMS = 0.8
# Code goes on over blank lines: a gap up to this many times the usual one.
CODE_GAPS = 2.6
# A line ends its paragraph when the next line's first word, and this many ems, fit
# in what is left of the column after it.
SLACK_EMS = 1.0
# A paragraph's first line may hang out of it by up to this many ems.
HANGING_EMS = 4.0
# Footnotes: set in a font at most this share of the body's.
FOOTNOTE_SIZE = 0.9

MARKER = re.compile(r"(?:[•◦▪‣●○■□∙➢►✓*+–-]|\(?\d{1,3}[.)]|\(?[a-z][.)]|[A-Z]\)|\([ivx]+\))\s")
_ORDERED = re.compile(r"\(?[\da-zA-Z]")
_TERMINAL = re.compile(r"[.!?:][\"”’)\]]*$")
_COMPOUND = re.compile(r"\w+(?:-\w+)+")


def make_blocks(lines: list[Line], outline: list[OutlineTarget]) -> list[LaidBlock]:
    """The document's blocks, in reading order."""
    if not lines:
        return []
    body = body_size(lines)
    heads = match_outline(lines, outline)
    spacing = _Spacing(lines)
    compounds = _compounds(lines)
    blocks: list[LaidBlock] = []
    i = 0
    while i < len(lines):
        if i in heads:
            head = heads[i]
            group, i = lines[i:head.end], head.end
            blocks.append(LaidBlock(group[0].page, "heading", min(head.level, 6),
                                    join_lines(group, compounds), group[-1].size, group,
                                    list(head.entries)))
            continue
        end, right = i + 1, lines[i].x1
        before = lines[i - 1] if i else None
        while end < len(lines) and end not in heads and not new_paragraph(
                lines[end - 1], lines[end], (before, lines[i], right), spacing):
            right = max(right, lines[end].x1)
            end += 1
        blocks.append(_block(lines[i:end], compounds, spacing))
        i = end
    size_headings(blocks, body)
    return _footnotes_after(blocks, body, compounds)


def _footnotes_after(blocks: list[LaidBlock], body: float,
                     compounds: set[str]) -> list[LaidBlock]:
    """A paragraph broken by a page's footnotes made whole, the footnotes after it:
    the small print between two pages is not read in the middle of a sentence."""
    blocks = list(blocks)
    out: list[LaidBlock] = []
    notes_held: list[LaidBlock] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        notes = i + 1
        while notes < len(blocks) and blocks[notes].page == block.page \
                and blocks[notes].size <= FOOTNOTE_SIZE * body < block.size:
            notes += 1
        if notes > i + 1 and notes < len(blocks) and _goes_on(block, blocks[notes]):
            block.lines = block.lines + blocks[notes].lines
            block.text = join_lines(block.lines, compounds)
            notes_held += blocks[i + 1:notes]
            blocks[notes] = block  # it may go on over the next page's footnotes too
            i = notes
            continue
        out += [block, *notes_held]
        notes_held = []
        i += 1
    return out + notes_held


def _goes_on(block: LaidBlock, after: LaidBlock) -> bool:
    """Whether ``after``, at the top of the next page, goes on with ``block``."""
    return (block.kind in ("paragraph", "list_item") and after.kind == "paragraph"
            and after.page == block.page + 1 and abs(after.size - block.size) < 0.5
            and not MARKER.match(after.text) and _continues(block.lines[-1], after.lines[0]))


class _Spacing:
    """The usual distance between baselines, per font size: the document's own."""

    def __init__(self, lines: list[Line]) -> None:
        gaps: dict[float, list[float]] = defaultdict(list)
        for a, b in pairwise(lines):
            gap = a.baseline - b.baseline
            if a.flow == b.flow and abs(a.size - b.size) < 0.5 and 0.8 * a.size < gap \
                    < 3 * a.size:
                gaps[round(a.size)].append(gap)
        self._usual = {size: median(found) for size, found in gaps.items()}

    def of(self, size: float) -> float:
        return self._usual.get(round(size), 1.2 * size)


def new_paragraph(a: Line, b: Line, so_far: tuple[Line | None, Line, float],
                  spacing: _Spacing) -> bool:
    """Whether line ``b``, after ``a``, begins another paragraph than ``a``'s;
    ``so_far`` is (the line before that paragraph, its first line, the edge its lines
    reach)."""
    before, first, right = so_far
    if abs(a.size - b.size) > SIZE_CHANGE * max(a.size, b.size) or a.mono != b.mono:
        return True
    if a.flow != b.flow:
        return a.mono or not _continues(a, b)
    if a.hyphen:
        return False  # a word broken across the two lines
    gap = a.baseline - b.baseline
    if b.mono:  # code keeps its short lines, its indents and its blank lines
        return gap > CODE_GAPS * spacing.of(a.size)
    if is_leader(a.text) or is_leader(b.text) or MARKER.match(b.text):
        return True  # a table of contents' lines, a list's items: one block each
    if gap > GAP_FACTOR * spacing.of(a.size) or _ended_short(a, b, max(right, b.x1)):
        return True
    if MARKER.match(first.text):  # a list item goes on under its text, not its bullet
        return not first.x0 + 0.2 * b.size < b.x0 < first.x0 + 4 * b.size
    indent = b.x0 - a.x0
    if indent <= INDENT_EMS * b.size:
        return False
    # Indented under a first line that fills the column: that line hangs out of its
    # paragraph (a footnote's number, a definition's term), when it stops mid-sentence
    # or the paragraph before hung the same way.
    return not (a is first and indent <= HANGING_EMS * b.size and a.right - a.x1 < 2 * a.size
                and (not _TERMINAL.search(a.text) or before is not None
                     and before.flow == a.flow and abs(before.x0 - b.x0) < 0.5 * b.size))


def _ended_short(a: Line, b: Line, right: float) -> bool:
    """Line ``a`` stops where ``b``'s first word, and a space, would have fit before
    ``right``, the edge its paragraph's lines reach."""
    word = b.text.split(" ", 1)[0]
    width = len(word) * (b.x1 - b.x0) / max(1, len(b.text))
    return right - a.x1 > width + SLACK_EMS * b.size


def _continues(a: Line, b: Line) -> bool:
    """Across a column or a page: ``b`` goes on with ``a``'s sentence."""
    if a.hyphen or b.text[:1].islower():
        return True
    if _TERMINAL.search(a.text) or a.right - a.x1 > 3 * a.size:
        return False
    return b.x0 - b.left <= INDENT_EMS * b.size


# -- a block's text ------------------------------------------------------------------

def _block(group: list[Line], compounds: set[str], spacing: _Spacing) -> LaidBlock:
    first = group[0]
    if all(line.mono for line in group):
        return LaidBlock(first.page, "preformatted", 0, _preformatted(group, spacing),
                         first.size, group)
    kind, level = "paragraph", 0
    marker = MARKER.match(first.text)
    if marker:
        kind, level = "list_item", int(bool(_ORDERED.match(marker.group())))
    return LaidBlock(first.page, kind, level, join_lines(group, compounds), first.size, group)


def join_lines(group: list[Line], compounds: set[str]) -> str:
    """The lines as one text: a space between them, none where a word was broken.

    A hyphen at a line end (pdfium's mark of a broken word, or a hyphen it did not
    mark) goes, unless the document writes the same compound unbroken elsewhere
    ("debian-devel"), or a digit follows ("ISO-8859"), or a capital after a small
    letter ("Franco-Prussian", not "binN-MUs"): then it is the compound's own."""
    parts = [group[0].text]
    for prev, line in pairwise(group):
        last, text = parts[-1], line.text
        if prev.hyphen or last.endswith("-") and last[-2:-1].isalpha():
            stem = last if prev.hyphen else last[:-1]
            own = text[:1].isdigit() or text[:1].isupper() and stem[-1:].islower()
            broken = not own and _compound(stem, text) not in compounds
            parts[-1] = stem if broken else stem + "-"
        else:
            parts.append(" ")
        parts.append(text)
    return "".join(parts)


def _compound(left: str, right: str) -> str:
    head = re.search(r"\w+$", left)
    tail = re.match(r"\w+", right)
    return f"{head.group() if head else ''}-{tail.group() if tail else ''}".casefold()


def _compounds(lines: list[Line]) -> set[str]:
    """Every pair of words joined by a hyphen within a line of the document."""
    found: set[str] = set()
    for token in "\n".join(line.text for line in lines).split():
        if "-" in token:
            for word in _COMPOUND.findall(token.casefold()):
                parts = word.split("-")
                found.update(f"{a}-{b}" for a, b in pairwise(parts))
    return found


def _preformatted(group: list[Line], spacing: _Spacing) -> str:
    """Lines as set: each indented by as many characters as it stands in, the blank
    lines between them kept."""
    left = min(line.x0 for line in group)
    widths = [(line.x1 - line.x0) / len(line.text) for line in group if len(line.text) > 3]
    char = median(widths) if widths else group[0].size * 0.6
    step = spacing.of(group[0].size)
    rows = []
    for i, line in enumerate(group):
        if i:
            gap = group[i - 1].baseline - line.baseline
            rows.extend([""] * max(0, round(gap / step) - 1))
        rows.append(" " * max(0, round((line.x0 - left) / char)) + line.text)
    return "\n".join(rows)


