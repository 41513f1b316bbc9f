"""A document's notes as Markdown, in the shape docs/ARCHITECTURE.md (export) gives.

Readers paste these into Obsidian, Zettlr or a thesis, so the file must read like a
well-kept reading note and parse back exactly: every quote is escaped so that a
CommonMark parser returns the quoted words, not a heading or a list. White space at
the ends of a quote's lines is trimmed rather than spelled ``&#32;``: Markdown drops
it anyway, and entities in a reading note are noise. A note's own headings are
demoted below the section they sit in, so ``# idea`` never becomes a second title.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from reader.bookmarks import Bookmark
from reader.locations import Locator
from reader.markdown import parse_tokens
from reader.model import Document, Highlight
from reader.tags import display_tag, normalize_tags

# Characters that mean something anywhere in a CommonMark inline.
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<~|])")
_ENTITY_LIKE = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
_ORDERED = re.compile(r"^(\d{1,9})([.)])(?=[ \t]|$)")  # as CommonMark starts a list
_SETEXT_OR_RULE = re.compile(r"^(?:=+|-[-\s]*)\s*$")  # "===", "---", "- - -", "-- -"
_PLAIN_STATUSES = ("exact", "moved")
NOTE_HEADING_LEVEL = 3  # notes sit under "## Note" / "## Highlights"
_MAX_HEADING = 6


@dataclass(frozen=True)
class NoteExport:
    """Everything one document's export needs, gathered by the caller."""

    document: Document
    highlights: Sequence[Highlight]
    document_note: str
    color_labels: Mapping[str, str]
    exported: str  # ISO date
    bookmarks: Sequence[Bookmark] = ()  # in reading order


def escape_quote_line(line: str) -> str:
    """Escape one line of a quote so it parses back to itself, ends trimmed."""
    body = line.strip()
    body = _ENTITY_LIKE.sub("&amp;", body)
    body = _INLINE_SPECIAL.sub(r"\\\1", body)
    if body.startswith(("#", ">", "+", "-", "=")) and (
            body[0] in "#>" or _SETEXT_OR_RULE.match(body) or body[1:2] in ("", " ", "\t")):
        body = "\\" + body
    else:
        body = _ORDERED.sub(r"\1\\\2", body)
    return body


def escape_inline(text: str) -> str:
    """Text inside a line (a chapter after "p. 12 · "): only what would change inline
    is escaped; what only matters at a line's start ("1.", "#") is left as written."""
    return _INLINE_SPECIAL.sub(r"\\\1", _ENTITY_LIKE.sub("&amp;", " ".join(text.split())))


def quote_block(text: str) -> str:
    """Every line of ``text`` quoted; blank lines separate paragraphs of the quote."""
    lines: list[str] = []
    previous_blank = False
    for line in text.strip().split("\n"):
        if not line.strip():
            if not previous_blank and lines:
                lines.append(">")
            previous_blank = True
            continue
        previous_blank = False
        lines.append("> " + escape_quote_line(line))
    return "\n".join(lines)


def demote_headings(markdown: str, top: int = NOTE_HEADING_LEVEL) -> str:
    """``markdown`` with its headings shifted so the biggest is level ``top``.

    A note is written under the export's own ``##`` sections; its ``# idea`` would
    otherwise be a second title of the file (Obsidian's outline, a thesis's table
    of contents). The relative levels are kept, up to ``######``. Headings are found
    by the Markdown parser, so a ``#`` in a fenced code block or a ``#tag`` is left
    alone; setext headings (underlined) become ATX ones at their new level.
    """
    text = markdown.replace("\r\n", "\n").replace("\r", "\n")
    tokens = parse_tokens(text)
    found = [(tok, tokens[i + 1].content) for i, tok in enumerate(tokens)
             if tok.type == "heading_open" and tok.map]
    if not found:
        return markdown
    shift = max(0, top - min(int(tok.tag[1:]) for tok, _ in found))
    if not shift:
        return markdown
    lines = text.split("\n")
    for tok, content in reversed(found):  # from the end: a setext heading loses a line
        level = min(int(tok.tag[1:]) + shift, _MAX_HEADING)
        assert tok.map is not None  # only headings with a source map were kept
        first, end = tok.map
        if tok.markup.startswith("#"):
            line = lines[first]
            at = line.index("#")  # container marks ("> ", "- ", "1. ") hold no '#'
            lines[first] = line[:at] + "#" * level + line[at + len(tok.markup):]
        else:
            lines[first:end] = [_atx_from_setext(lines[first], content, level)]
    return "\n".join(lines)


def _atx_from_setext(first_line: str, content: str, level: int) -> str:
    """One ATX heading line for a setext heading, inside the same container marks."""
    head = content.split("\n", 1)[0]
    at = first_line.find(head) if head else -1
    prefix = first_line[:at] if at > 0 else ""
    title = " ".join(content.split())
    if title.endswith("#") and not title.endswith("\\#"):  # not a closing sequence
        title = title[:-1] + "\\#"
    return f"{prefix}{'#' * level} {title}"


def yaml_string(value: str) -> str:
    """A double-quoted scalar: JSON strings are valid YAML, escapes included."""
    return json.dumps(value, ensure_ascii=False)


def short_id(highlight_id: str) -> str:
    return highlight_id.replace("-", "")[:8]


def render_document(export: NoteExport) -> str:
    doc = export.document
    anchored = [h for h in export.highlights if h.status in _PLAIN_STATUSES]
    adrift = [h for h in export.highlights if h.status not in _PLAIN_STATUSES]
    parts = [_front_matter(export, len(export.highlights)), f"# {escape_heading(doc.title)}"]
    if doc.authors:
        parts.append(escape_quote_line(", ".join(doc.authors)))
    if export.document_note.strip():
        parts += ["## Note", demote_headings(export.document_note.strip())]
    locator = Locator(doc.body, doc.title)
    if anchored:
        parts.append("## Highlights")
        parts += [_highlight(export, h, locator) for h in anchored]
    if adrift:
        parts.append("## Highlights that lost their place")
        parts.append("The passages below changed in a newer version of the document; "
                     "each is shown as it was when highlighted.")
        parts += [_highlight(export, h, locator) for h in adrift]
    if export.bookmarks:
        parts += ["## Bookmarks", "\n".join(_bookmark(doc, b, locator)
                                              for b in export.bookmarks)]
    return "\n\n".join(parts) + "\n"


def _bookmark(doc: Document, bookmark: Bookmark, locator: Locator) -> str:
    """``- Name · p. 12 · Chapter``: the place cited as a highlight's is."""
    where = locator.at(bookmark.offset)
    first = f"p. {where.page}" if where.page else f"¶ {paragraph_number(doc, bookmark.offset)}"
    parts = [escape_quote_line(bookmark.name)] if bookmark.name else []
    parts.append(first)
    if where.chapter:
        parts.append(escape_inline(where.chapter))
    return "- " + " · ".join(parts)


def escape_heading(title: str) -> str:
    """A title on an ATX heading line; a trailing ``#`` would be eaten as a closing mark."""
    text = escape_quote_line(" ".join(title.split())) if title.strip() else "Untitled"
    return text[:-1] + "\\#" if text.endswith("#") else text


def _front_matter(export: NoteExport, count: int) -> str:
    doc = export.document
    lines = ["---", f"title: {yaml_string(doc.title)}"]
    if doc.authors:
        lines.append(f"author: {yaml_string(', '.join(doc.authors))}")
    if doc.languages:
        lines.append(f"language: {', '.join(doc.languages)}")
    lines += [f"source: {yaml_string(doc.source_name)}", f"document: {yaml_string(doc.id)}",
              f"highlights: {count}"]
    if export.bookmarks:
        lines.append(f"bookmarks: {len(export.bookmarks)}")
    lines += [f"exported: {yaml_string(export.exported)}", "---"]
    return "\n".join(lines)


def paragraph_number(doc: Document, offset: int) -> int:
    """The paragraph a reader would count to (headings are not paragraphs)."""
    index = doc.body.block_at(offset)
    blocks = doc.body.blocks[: index + 1]
    return max(1, sum(1 for b in blocks if b.kind != "heading"))


def markdown_table(table_text: str, header_rows: int) -> str:
    """A table block (rows on lines, cells split by tabs) as a GFM table.

    GFM tables have exactly one header row: a table without one gets an empty header
    (so no data row is shown as a title); extra header rows follow as plain rows."""
    rows = [[escape_quote_line(cell) for cell in line.split("\t")]
            for line in table_text.split("\n")]
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    head = rows.pop(0) if header_rows else [""] * width
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * width]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def _table_under(doc: Document, h: Highlight) -> str:
    """The whole table a highlight sits in, for the export to show it as a table."""
    index = doc.body.block_at(h.start)
    if index < 0 or h.status not in _PLAIN_STATUSES:
        return ""
    block = doc.body.blocks[index]
    if block.kind != "table" or not block.start <= h.start < block.end:
        return ""
    return markdown_table(doc.body.text[block.start:block.end], block.level)


def _place(doc: Document, h: Highlight, locator: Locator) -> list[str]:
    """Where the passage is: its page (or paragraph) and its chapter, as cited."""
    if h.status not in _PLAIN_STATUSES:
        return [h.status]
    where = locator.at(h.start)
    first = f"p. {where.page}" if where.page else f"¶ {paragraph_number(doc, h.start)}"
    return [first, escape_inline(where.chapter)] if where.chapter else [first]


def _highlight(export: NoteExport, h: Highlight, locator: Locator) -> str:
    doc = export.document
    pieces = [quote_block(h.exact)]
    table = _table_under(doc, h)
    if table:
        pieces.append(table)
    if h.note.strip():
        pieces.append(demote_headings(h.note.strip()))
    meta = _place(doc, h, locator)
    meta.append(export.color_labels.get(h.color, h.color))
    tags = normalize_tags(h.tags)
    if tags:
        meta.append(" ".join(display_tag(t) for t in tags))
    meta.append(f"[open](marginalia://{doc.id}/{h.id}) ^h-{short_id(h.id)}")
    pieces.append(" · ".join(meta))
    return "\n\n".join(pieces)
