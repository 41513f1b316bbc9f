"""The text model: one immutable canonical text plus spans over it (docs/ARCHITECTURE.md).

Every offset in Marginalia is a Python code point offset into the canonical text,
so normalisation must happen exactly once, here, before anything counts.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

# "table": rows on lines, cells split by tabs (a cell's own whitespace is folded to
# spaces), ``level`` header rows; "term"/"definition": a definition list's pairs;
# "preformatted": text shown as written (a plain-text layout), monospace, not reflowed.
BLOCK_KINDS = ("paragraph", "heading", "list_item", "quote", "code", "rule", "table",
               "term", "definition", "preformatted")
MARK_KINDS = ("emphasis", "strong", "code", "link")

_LINE_ENDS = re.compile("\r\n|\r|\u2028|\u2029|\x85")
# C0 controls except \t and \n, plus DEL; they have no place in a reading text.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f]")


def canonicalize(raw: str) -> str:
    """NFC, ``\\n`` line ends, no control characters but ``\\t`` and ``\\n``."""
    text = _LINE_ENDS.sub("\n", raw)
    text = _CONTROLS.sub("", text)
    return unicodedata.normalize("NFC", text)


def occurrences(text: str, needle: str, cap: int | None = None) -> list[int]:
    """Where ``needle`` starts in ``text``, overlapping ones included (``aa`` twice in
    ``aaa``), at most ``cap``: the one search loop anchoring and quotes share."""
    found: list[int] = []
    pos = text.find(needle) if needle else -1
    while pos >= 0 and (cap is None or len(found) < cap):
        found.append(pos)
        pos = text.find(needle, pos + 1)
    return found


def clip(text: str, width: int) -> str:
    """``text`` cut to ``width`` characters, an ellipsis marking the cut."""
    return text if len(text) <= width else text[: width - 1] + "…"


def sha256_text(text: str) -> str:
    import hashlib  # OpenSSL loads only for a command that hashes (issue 14)

    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)  # slots: a long page has 27,000 of them
class Block:
    """A structural span: one of :data:`BLOCK_KINDS`.

    ``level``: a heading's level; for a list item, 1 in an ordered list, else 0; for a
    table, its header rows. ``page``: the PDF page it starts on (1-based; 0 when the
    format has no pages). ``origin``: where in the source it came from, for formats
    that can point back: an EPUB block's CFI path, ``/6/4[ch01]!/4/2[intro]/6``, so a
    highlight can be cited as an EPUB CFI)."""

    start: int
    end: int
    kind: str = "paragraph"
    level: int = 0
    lang: str = ""
    page: int = 0
    origin: str = ""

    def to_list(self) -> list[Any]:
        row: list[Any] = [self.start, self.end, self.kind, self.level, self.lang]
        if self.page or self.origin:  # stored compactly: most formats have neither
            row += [self.page, self.origin]
        return row

    @classmethod
    def from_list(cls, row: list[Any]) -> Block:
        """A stored row; its kind and language interned (27,000 blocks share a few)."""
        extra = (int(row[5]), str(row[6])) if len(row) >= 7 else (0, "")
        return cls(int(row[0]), int(row[1]), sys.intern(str(row[2])), int(row[3]),
                   sys.intern(str(row[4])), *extra)


@dataclass(frozen=True, slots=True)  # and 50,000 of these
class Mark:
    """An inline span: emphasis, strong, code or link (``attrs['href']``)."""

    start: int
    end: int
    kind: str
    attrs: dict[str, str] = field(default_factory=dict)

    def to_list(self) -> list[Any]:
        return [self.start, self.end, self.kind, dict(self.attrs)]

    @classmethod
    def from_list(cls, row: list[Any]) -> Mark:
        """A stored row; a dict fresh from the JSON decoder is kept, not copied."""
        attrs = row[3]
        return cls(int(row[0]), int(row[1]), sys.intern(str(row[2])),
                   attrs if type(attrs) is dict else dict(attrs or {}))


_Span = TypeVar("_Span", Block, Mark)


def blocks_from_json(data: str) -> tuple[Block, ...]:
    """A version's stored ``blocks`` column (see :func:`_spans_from_json`)."""
    return _spans_from_json(data, Block.from_list)


def marks_from_json(data: str) -> tuple[Mark, ...]:
    """A version's stored ``marks`` column (see :func:`_spans_from_json`)."""
    return _spans_from_json(data, Mark.from_list)


def _spans_from_json(data: str, make: Callable[[list[Any]], _Span]) -> tuple[_Span, ...]:
    """Stored spans decoded, each row dropped as its span is made (and its dict kept,
    its strings interned, by ``from_list``): for a long page (50,000 marks) the rows
    and the spans are never all alive together, some 25 MB less at the peak of
    opening it."""
    rows = json.loads(data)
    rows.reverse()
    out = []
    pop = rows.pop
    while rows:
        out.append(make(pop()))
    return tuple(out)


@dataclass(frozen=True)
class OutlineEntry:
    """One line of a document's own table of contents (an EPUB's nav, a PDF's outline)."""

    level: int  # 1 for the top
    title: str
    offset: int  # where in the canonical text the section starts

    def to_list(self) -> list[Any]:
        return [self.level, self.title, self.offset]

    @classmethod
    def from_list(cls, row: list[Any]) -> OutlineEntry:
        return cls(int(row[0]), str(row[1]), int(row[2]))


@dataclass(frozen=True)
class DocumentText:
    """Canonical text with its blocks and marks; the unit the reading view renders.

    ``pages``: a paged original's page labels, page ``n`` (a block's ``page``) being
    ``pages[n - 1]`` ("xii", "12"); ``outline``: the document's own table of contents,
    empty when it has none (its headings then serve)."""

    text: str
    blocks: tuple[Block, ...] = ()
    marks: tuple[Mark, ...] = ()
    pages: tuple[str, ...] = ()
    outline: tuple[OutlineEntry, ...] = ()

    def page_label(self, page: int) -> str:
        """How the original names page ``page`` (1-based): its label, or its number."""
        if page <= 0:
            return ""
        return self.pages[page - 1] if page <= len(self.pages) and self.pages[page - 1] \
            else str(page)

    def block_at(self, offset: int) -> int:
        """Index of the block containing ``offset`` (or the one before it), -1 if none."""
        lo, hi = 0, len(self.blocks) - 1
        found = -1
        while lo <= hi:
            mid = (lo + hi) // 2
            if self.blocks[mid].start <= offset:
                found = mid
                lo = mid + 1
            else:
                hi = mid - 1
        return found

    def validate(self) -> None:
        """Raise ``ValueError`` when a span falls outside the text or is inverted."""
        n = len(self.text)
        spans: tuple[Block | Mark, ...] = (*self.blocks, *self.marks)
        for span in spans:
            if not 0 <= span.start <= span.end <= n:
                raise ValueError(f"span {span} outside text of length {n}")
        for entry in self.outline:
            if not 0 <= entry.offset <= n:
                raise ValueError(f"outline entry {entry} outside text of length {n}")


class TextBuilder:
    """Accumulates canonical text and spans while an importer walks its source.

    Importers append pieces; the builder tracks offsets so they never compute them
    by hand, and separates blocks with a blank line so the plain text reads well.
    """

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self.blocks: list[Block] = []
        self.marks: list[Mark] = []
        # Set by a paged or addressable importer as it walks; stamped on each block.
        self.page = 0
        self.origin = ""

    @property
    def length(self) -> int:
        return self._length

    def append(self, piece: str) -> None:
        if piece:
            self._parts.append(piece)
            self._length += len(piece)

    def begin_block(self) -> int:
        """Separate the coming block from the previous one; returns its start."""
        if self._length:
            self.append("\n\n")
        return self._length

    def end_block(self, start: int, kind: str = "paragraph", level: int = 0) -> tuple[int, int]:
        self.blocks.append(Block(start, self._length, kind, level, "", self.page, self.origin))
        return start, self._length

    def add_block(self, body: str, kind: str = "paragraph", level: int = 0) -> tuple[int, int]:
        """Append ``body`` as its own block; returns its (start, end)."""
        start = self.begin_block()
        self.append(body)
        return self.end_block(start, kind, level)

    def current_text(self) -> str:
        return "".join(self._parts)

    def build(self, pages: tuple[str, ...] = (),
              outline: tuple[OutlineEntry, ...] = ()) -> DocumentText:
        text = "".join(self._parts)
        doc = DocumentText(text, tuple(self.blocks), tuple(sorted(self.marks, key=_span_key)),
                           pages, outline)
        doc.validate()
        return doc


def _span_key(mark: Mark) -> tuple[int, int]:
    return (mark.start, -mark.end)
