"""A document's blocks as Markdown-like text, and the block rules both faces share.

``marginalia show`` prints a document so its structure reads in a terminal (headings,
lists, quotes, code, tables, definition lists) while every word stays exactly as in
the canonical text: only markers, indents and padding are added, never a character
of the text changed. The reading view draws the same structure with formats, and
asks here the two questions both faces must answer alike: does a list item carry its
own marker, and what are a table block's cells. No Qt: the command line imports this.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from reader.text import Block, DocumentText

# A list item that starts with a marker of its own (a plain-text file keeps "- ",
# "1." or "a)"): neither face adds another.
OWN_MARKER = re.compile(r"[ \t]*(?:[-*+•‣◦–]|\d{1,3}[.)]|[a-zA-Z][.)])[ \t]")
RULE = "* * *"
INDENT = "    "
COLUMN_GAP = "  "


def has_own_marker(text: str, start: int = 0) -> bool:
    """Whether the list item at ``text[start:]`` begins with its own marker."""
    return OWN_MARKER.match(text, start) is not None


def table_rows(body: str) -> list[list[str]]:
    """A table block's cells: rows on lines, cells split by tabs (reader/text.py)."""
    return [row.split("\t") for row in body.split("\n")]


def structured_text(body: DocumentText) -> str:
    """``body`` as Markdown-like text ending in a line end: the text between blocks is
    kept as it is, each block is written by its kind (see :func:`render_block`)."""
    text = body.text
    parts: list[str] = []
    pos = 0
    numbers = _ListNumbers(text)
    for block in body.blocks:
        if block.start < pos:  # overlapping spans: the text is already written
            continue
        parts.append(text[pos:block.start])
        parts.append(render_block(block, text[block.start:block.end], numbers.marker(block)))
        pos = block.end
    parts.append(text[pos:])
    out = "".join(parts)
    return out if out.endswith("\n") else out + "\n"


def render_block(block: Block, body: str, marker: str = "") -> str:
    """One block's text with the markers of its kind; ``marker`` a list item's own
    ("" when its text already starts with one)."""
    kind = block.kind
    if kind == "heading":
        return "#" * min(max(block.level, 1), 6) + " " + body
    if kind == "list_item":
        return _prefixed(body, marker, " " * len(marker)) if marker else body
    if kind == "quote":
        return _each_line(body, lambda line: "> " + line if line else ">")
    if kind in ("code", "preformatted", "definition"):
        return _each_line(body, lambda line: INDENT + line if line else line)
    if kind == "table":
        return aligned_table(table_rows(body), block.level)
    if kind == "rule":
        return RULE
    return body  # paragraphs, terms, kinds to come


class _ListNumbers:
    """The marker each list item gets: "- ", or "1. ", "2. "... along a run of
    ordered items (``level`` 1) no other block interrupts; "" for an item that has its
    own marker, which, like any other block, ends the run (as the reading view does)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.number = 0

    def marker(self, block: Block) -> str:
        if block.kind != "list_item" or has_own_marker(self.text, block.start):
            self.number = 0
            return ""
        if block.level != 1:
            self.number = 0
            return "- "
        self.number += 1
        return f"{self.number}. "


def aligned_table(rows: list[list[str]], header_rows: int) -> str:
    """Rows as columns padded to their widest cell (as a terminal shows it), a line of
    dashes under the header rows."""
    count = max((len(row) for row in rows), default=0)
    widths = [max((display_width(row[i]) for row in rows if i < len(row)), default=0)
              for i in range(count)]
    header_rows = min(max(header_rows, 0), len(rows))
    if header_rows:
        widths = [max(width, 3) for width in widths]
    lines = [_aligned_row(row, widths) for row in rows]
    if header_rows:
        rule = COLUMN_GAP.join("-" * width for width in widths)
        lines.insert(header_rows, rule)
    return "\n".join(lines)


def _aligned_row(cells: list[str], widths: list[int]) -> str:
    padded = [cell + " " * (widths[i] - display_width(cell)) for i, cell in enumerate(cells)]
    return COLUMN_GAP.join(padded).rstrip(" ")


def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal: wide (CJK, most emoji) count two,
    combining marks and format characters none."""
    width = 0
    for char in text:
        if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def _each_line(body: str, prefix: Callable[[str], str]) -> str:
    return "\n".join(prefix(line) for line in body.split("\n"))


def _prefixed(body: str, first: str, rest: str) -> str:
    """``first`` before the first line, ``rest`` (an indent) before the others."""
    lines = body.split("\n")
    return "\n".join([first + lines[0], *(rest + line if line else line for line in lines[1:])])
