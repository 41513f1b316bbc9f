"""Plain text: blocks at blank lines, each a paragraph, list items, or text kept as
written (``preformatted``) when its layout is the author's (see
:mod:`reader.importers.txt_layout` for the rules and why).

The canonical text is the file's own text (normalised), so a reader who opens the
original file finds the same words at the same places: the importer only chooses
block kinds and boundaries. Title and author come from the first lines when they
look like a title and a byline; not from a table, nor from a first paragraph whose
first line only ends where the wrap cut it (that is prose, not a title).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from reader.importers import txt_layout
from reader.importers.txt_layout import BROKEN, LAYOUT, LINES, LIST, LONG_LINE, PROSE, TABLE
from reader.text import Block, DocumentText, canonicalize

__all__ = ["LONG_LINE", "parse"]

_CHUNK = re.compile(r"\S(?:.|\n(?![ \t]*\n))*")
_NON_SPACE = re.compile(r"\S")
_BYLINE_PREFIX = re.compile(r"^(?:by|par|di|por|von|de)\s+", re.IGNORECASE)
_NAME_WORD = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][\w’'.-]*|de|da|di|du|van|von|der|le|la|del|y)$")


@dataclass(frozen=True)
class _Chunk:
    """A blank-line separated run of lines: ``start`` is its first character,
    ``line_start`` the start of its first line (indentation a layout keeps)."""

    start: int
    line_start: int
    end: int  # past its last character but trailing space
    lines: list[str]  # from line_start, as in the text
    shown: list[str]  # as a monospace view lays them out (txt_layout.shown_lines)


@dataclass(frozen=True)
class _Page:
    """What the file's lines say as a whole: the base indent and the wrap width."""

    base: int
    width: int

    def kind(self, chunk: _Chunk) -> str:
        shape = txt_layout.structure(chunk.lines, chunk.shown, self.base)
        return shape or txt_layout.by_line_ends(chunk.shown, self.width)


def parse(raw: str) -> tuple[str, list[str], DocumentText]:
    text = canonicalize(raw).rstrip()
    text = text.lstrip("\n")
    chunks = [part for m in _CHUNK.finditer(text) for part in _split(text, m.start(), m.end())]
    if not chunks:
        return "", [], DocumentText(text, (), ())
    page, kinds = _measure(chunks)
    title, blocks = _title(text, chunks[0], kinds[0], page)
    for chunk, kind in zip(chunks[1:], kinds[1:], strict=True):
        blocks.extend(_blocks(chunk, kind))
    authors: list[str] = []
    if title and len(blocks) > 1:
        candidate = _byline(text[blocks[1].start:blocks[1].end])
        if candidate:
            authors = [candidate]
    return title, authors, DocumentText(text, tuple(blocks), ())


def _measure(chunks: list[_Chunk]) -> tuple[_Page, list[str]]:
    """The file's measures, then each chunk's kind: the wrap width is taken over the
    chunks whose shape alone does not decide them (text, not tables or code)."""
    base = txt_layout.base_indent(c.shown for c in chunks)
    shapes = [txt_layout.structure(c.lines, c.shown, base) for c in chunks]
    width = txt_layout.wrap_width(
        c.shown for c, shape in zip(chunks, shapes, strict=True) if shape is None)
    kinds = [shape or txt_layout.by_line_ends(c.shown, width)
             for c, shape in zip(chunks, shapes, strict=True)]
    return _Page(base, width), kinds


def _split(text: str, start: int, end: int) -> list[_Chunk]:
    """The blank-line chunk at ``start``, cut where several blocks share it (a heading
    and its underline, then text; a line leading into a list): txt_layout.cuts."""
    whole = _chunk(text, start, end)
    at = txt_layout.cuts(whole.lines, whole.shown)
    if not at:
        return [whole]
    parts: list[_Chunk] = []
    line_start, bounds = whole.line_start, [0, *at, len(whole.lines)]
    for a, b in pairwise(bounds):
        lines = whole.lines[a:b]
        size = sum(len(line) + 1 for line in lines) - 1  # its line ends inside
        first = line_start + len(lines[0]) - len(lines[0].lstrip())
        trailing = len(lines[-1]) - len(lines[-1].rstrip())
        parts.append(_Chunk(first, line_start, line_start + size - trailing, lines,
                            whole.shown[a:b]))
        line_start += size + 1
    return parts


def _chunk(text: str, start: int, end: int) -> _Chunk:
    """The chunk from ``start`` (its first character) to ``end``, trailing space off."""
    line_start = text.rfind("\n", 0, start) + 1
    end = start + len(text[start:end].rstrip())
    lines = text[line_start:end].split("\n")
    return _Chunk(start, line_start, end, lines, txt_layout.shown_lines(lines))


def _blocks(chunk: _Chunk, kind: str) -> list[Block]:
    """The chunk's blocks: a layout keeps its first line's indentation, prose and
    list items start at their first character."""
    if kind in (TABLE, LAYOUT, BROKEN):
        return [Block(chunk.line_start, chunk.end, "preformatted")]
    if kind == LIST:
        return [Block(b.start, b.end, "list_item") for b in _line_blocks(chunk)]
    if kind == LINES:
        return _line_blocks(chunk)  # one paragraph per line, as web pages paste
    assert kind == PROSE, kind
    return [Block(chunk.start, chunk.end, "paragraph")]


def _line_blocks(chunk: _Chunk) -> list[Block]:
    """One block per line, each from its first to its last visible character."""
    out: list[Block] = []
    pos = chunk.line_start
    for line in chunk.lines:
        body = line.strip()
        if body:
            first = pos + line.index(body[0])
            out.append(Block(first, first + len(body), "paragraph"))
        pos += len(line) + 1
    return out


def _title(text: str, chunk: _Chunk, kind: str, page: _Page) -> tuple[str, list[Block]]:
    """The first line as the title (a heading) when it reads as one, and the blocks
    of the rest of the first chunk, judged on their own; else no title."""
    line_end = text.find("\n", chunk.start, chunk.end)
    title_end = chunk.end if line_end < 0 else line_end
    title = text[chunk.start:title_end].strip()
    if not _is_title(title) or kind == TABLE or (
            kind == PROSE and len(chunk.shown) > 1
            and txt_layout.wrapped_at(chunk.shown[0], chunk.shown[1], page.width)):
        return "", _blocks(chunk, kind)  # a table, code, or prose cut mid-sentence
    blocks = [Block(chunk.start, chunk.start + len(text[chunk.start:title_end].rstrip()),
                    "heading", 1)]
    if line_end >= 0:
        found = _NON_SPACE.search(text, line_end, chunk.end)
        if found:
            rest = _chunk(text, found.start(), chunk.end)
            blocks.extend(_blocks(rest, page.kind(rest)))
    return title, blocks


def _is_title(line: str) -> bool:
    return bool(line) and len(line) <= 200 and not line.endswith((".", ",", ";", ":")) \
        and any(ch.isalnum() for ch in line)


def _byline(line: str) -> str:
    """A person's name when the line is one (``Hubert Guillaud``, ``[ Jane Doe ]``)."""
    if "\n" in line:
        line = line.split("\n", 1)[0]
    name = _BYLINE_PREFIX.sub("", line.strip(" \t[]()—-|")).strip()
    words = name.split()
    if not 2 <= len(words) <= 5 or len(name) > 60:
        return ""
    if not all(_NAME_WORD.match(word) for word in words):
        return ""
    return name
