"""Headings of a PDF: the outline's own titles where the page shows them, else short
lines in a larger font; and the title of a document whose metadata has none.

An outline entry names a page and a title, not a place on the page: the title is
looked for among that page's lines (numbering aside: "2.1 Getting started" is the
entry "Getting started"), with the label above it ("CHAPTER" "TWO"). Sizes make the
other headings' levels, matched to the outline's where the same size serves it.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from reader.importers.pdf_layout import Line

# A heading by its looks: a font this much larger than the body's, a few short lines.
HEADING_RATIO = 1.15
HEADING_LINES = 3
HEADING_CHARS = 200
# Where the outline and the text are compared: at most this many lines make a title.
TITLE_LINES = 3

LEADER = re.compile(r"(?:\.\s?){4,}\s*\S{1,8}$")
_NUMBERING = re.compile(r"^\s*(?:(?:chapter|part|section|appendix|book|lecture)\s+)?"
                        r"(?:\d+(?:\.\d+)*\.?|[IVXLC]+\.|[A-Z][.)])\s+", re.IGNORECASE)
_CHAPTER_LABEL = re.compile(r"^(?:chapter|part|appendix|book|section|lecture|kapitel|"
                            r"chapitre|capítulo|capitolo|teil|partie)\b|^[\dIVXLC]+\.?$",
                            re.IGNORECASE)
_NOT_ALNUM = re.compile(r"[\W_]+")


@dataclass(frozen=True)
class OutlineTarget:
    """An outline entry as the layout needs it: its level (1 on top), its title and
    the page it points to (1-based; 0 when it points nowhere)."""

    level: int
    title: str
    page: int


@dataclass
class LaidBlock:
    """One block of the document: ``outline`` lists the outline entries (by index)
    whose title this block is."""

    page: int
    kind: str
    level: int
    text: str
    size: float
    lines: list[Line]
    outline: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class Head:
    """Lines ``[start, end)`` make the title of outline ``entries`` at ``level``."""

    end: int  # the line after the heading
    level: int
    entries: tuple[int, ...]


def title_from_first_page(blocks: list[LaidBlock], body: float) -> str:
    """The largest text of the first page with text, when larger than the body's."""
    first = [b for b in blocks if b.page == blocks[0].page] if blocks else []
    big = [b for b in first if b.size > body * 1.1 and len(b.text) <= HEADING_CHARS]
    return max(big, key=lambda b: b.size).text if big else ""


def is_leader(text: str) -> bool:
    """A table of contents' dot leader: "Getting started . . . . 5"."""
    return (". ." in text or "...." in text) and LEADER.search(text) is not None


def match_outline(lines: list[Line], outline: list[OutlineTarget]) -> dict[int, Head]:
    """Where each outline title is found on its page: the lines it is made of, with
    the label lines just above it ("Chapter 2"). Titles not found are left out."""
    on_page: dict[int, list[int]] = defaultdict(list)
    for i, line in enumerate(lines):
        on_page[line.page].append(i)
    heads: dict[int, Head] = {}
    taken: set[int] = set()
    keys = _LineKeys(lines)
    for index, entry in enumerate(outline):
        wanted = _keys(entry.title)
        found = keys.find(on_page.get(entry.page, []), wanted, taken) if wanted else None
        if found is None:
            continue
        start, end = found
        start = _with_label(lines, start)
        old = heads.get(start)
        if old is not None:  # two entries, one title (a part and its first chapter)
            heads[start] = Head(old.end, old.level, (*old.entries, index))
            continue
        heads[start] = Head(end, entry.level, (index,))
        taken.update(range(start, end))
    return heads


class _LineKeys:
    """Each line's text as titles are compared (:func:`_keys`), worked out once."""

    def __init__(self, lines: list[Line]) -> None:
        self._lines = lines
        self._keys: dict[int, tuple[str, str]] = {}

    def of(self, i: int) -> tuple[str, str]:
        """(the line's key, its key without a leading number)."""
        found = self._keys.get(i)
        if found is None:
            text = self._lines[i].text
            found = self._keys[i] = (_key(text), _key(_NUMBERING.sub("", text, count=1)))
        return found

    def find(self, indexes: list[int], wanted: set[str],
             taken: set[int]) -> tuple[int, int] | None:
        """The first run of up to TITLE_LINES lines of one flow among ``indexes``
        whose text is one of the ``wanted`` keys."""
        longest = max(len(k) for k in wanted)
        for pos, first in enumerate(indexes):
            if first in taken or len(self._lines[first].text) > 2 * longest + 40:
                continue  # (a line of prose is no title: not worth its key)
            whole, bare = self.of(first)
            flow = self._lines[first].flow
            for end in indexes[pos:pos + TITLE_LINES]:
                if end != first:
                    if end in taken or self._lines[end].flow != flow:
                        break
                    more = self.of(end)[0]
                    whole, bare = whole + more, bare + more
                if whole in wanted or bare in wanted:
                    return first, end + 1
                if len(bare) > longest:
                    break
        return None


def _with_label(lines: list[Line], start: int) -> int:
    """``start``, or the label lines just above it ("CHAPTER" "TWO", "Part I")."""
    for back in (2, 1):
        above = lines[start - back:start] if start >= back else []
        if above and all(line.flow == lines[start].flow and len(line.text.split()) <= 3
                         for line in above) and _CHAPTER_LABEL.match(above[0].text):
            return start - back
    return start


def _keys(text: str) -> set[str]:
    """A title as compared: letters and digits only, with and without its number."""
    found = {_key(text), _key(_NUMBERING.sub("", text, count=1))}
    return {k for k in found if len(k) >= 2}


def _key(text: str) -> str:
    return _NOT_ALNUM.sub("", text.casefold())


def size_headings(blocks: list[LaidBlock], body: float) -> None:
    """Short blocks in a larger font become headings; their level follows the outline
    headings of the same size where there are some, else the rank of their size."""
    found = [b for b in blocks if b.kind == "paragraph" and _looks_like_heading(b, body)]
    levels: dict[float, Counter[int]] = defaultdict(Counter)
    for block in blocks:
        if block.kind == "heading":
            levels[round(block.size * 2) / 2][block.level] += 1
    known = {size: count.most_common(1)[0][0] for size, count in levels.items()}
    sizes = sorted({round(b.size * 2) / 2 for b in found}, reverse=True)
    for block in found:
        size = round(block.size * 2) / 2
        if size in known:
            level = known[size]
        elif known:
            level = max((lvl for s, lvl in known.items() if s > size), default=0) + 1
        else:
            level = sizes.index(size) + 1
        block.kind, block.level = "heading", min(level, 6)


def _looks_like_heading(block: LaidBlock, body: float) -> bool:
    text = block.text
    return (block.size >= HEADING_RATIO * body and len(block.lines) <= HEADING_LINES
            and not is_leader(text)
            and len(text) <= HEADING_CHARS
            and text.count(" ") < HEADING_CHARS // 4 and any(ch.isalpha() for ch in text)
            and not text.endswith((".", ",", ";")))
