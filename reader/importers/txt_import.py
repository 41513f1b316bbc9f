"""Plain text: paragraphs at blank lines, list-like lines as list items.

The canonical text is the file's own text (normalised), so a reader who opens the
original file finds the same words at the same places. Title and author come from
the first lines when they look like a title and a byline.
"""

from __future__ import annotations

import re

from reader.text import Block, DocumentText, canonicalize

LONG_LINE = 300
_CHUNK = re.compile(r"\S(?:.|\n(?![ \t]*\n))*")
_LIST_LINE = re.compile(r"^[ \t]*(?:\d{1,3}[.)]|[-*•–+]|[A-Za-z][.)])[ \t]+\S")
_BYLINE_PREFIX = re.compile(r"^(?:by|par|di|por|von|de)\s+", re.IGNORECASE)
_NAME_WORD = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][\w’'.-]*|de|da|di|du|van|von|der|le|la|del|y)$")


def parse(raw: str) -> tuple[str, list[str], DocumentText]:
    text = canonicalize(raw).rstrip()
    text = text.lstrip("\n")
    blocks: list[Block] = []
    for match in _CHUNK.finditer(text):
        blocks.extend(_chunk_blocks(text, match.start(), match.end()))
    title, authors, blocks = _title_and_byline(text, blocks)
    return title, authors, DocumentText(text, tuple(blocks), ())


def _chunk_blocks(text: str, start: int, end: int) -> list[Block]:
    """One paragraph, or one block per line when every line looks like a list item."""
    chunk = text[start:end]
    lines = chunk.split("\n")
    if len(lines) > 1 and all(_LIST_LINE.match(line) for line in lines):
        return [Block(b.start, b.end, "list_item") for b in _line_blocks(start, lines)]
    if len(lines) == 1 and _LIST_LINE.match(chunk):
        return [Block(start, start + len(chunk.rstrip()), "list_item")]
    if len(lines) > 1 and max(len(line) for line in lines) > LONG_LINE:
        return _line_blocks(start, lines)  # one paragraph per line, as web pages paste
    return [Block(start, start + len(chunk.rstrip()), "paragraph")]


def _line_blocks(start: int, lines: list[str]) -> list[Block]:
    out: list[Block] = []
    pos = start
    for line in lines:
        body = line.strip()
        if body:
            first = pos + line.index(body[0])
            out.append(Block(first, first + len(body), "paragraph"))
        pos += len(line) + 1
    return out


def _title_and_byline(text: str, blocks: list[Block]) -> tuple[str, list[str], list[Block]]:
    if not blocks:
        return "", [], blocks
    first = blocks[0]
    first_line_end = text.find("\n", first.start, first.end)
    title_end = first.end if first_line_end < 0 else first_line_end
    title = text[first.start:title_end].strip()
    if not title or len(title) > 200 or title.endswith((".", ",", ";", ":")):
        return "", [], blocks
    rest = [] if title_end == first.end else _split_rest(text, title_end, first.end)
    blocks = [Block(first.start, title_end, "heading", 1), *rest, *blocks[1:]]
    authors: list[str] = []
    if len(blocks) > 1:
        candidate = _byline(text[blocks[1].start:blocks[1].end])
        if candidate:
            authors = [candidate]
    return title, authors, blocks


def _split_rest(text: str, title_end: int, end: int) -> list[Block]:
    start = title_end + 1
    while start < end and text[start].isspace():
        start += 1
    return [Block(start, end, "paragraph")] if start < end else []


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
