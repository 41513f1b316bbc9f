"""A document's notes as Markdown, in the shape of DESIGN §7.

Readers paste these into Obsidian, Zettlr or a thesis, so the file must read like a
well-kept reading note and parse back exactly: every quote is escaped so that a
CommonMark parser returns the quoted words, not a heading or a list.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from reader.model import Document, Highlight

# Characters that mean something anywhere in a CommonMark inline.
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<~|])")
_ENTITY_LIKE = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
_ORDERED = re.compile(r"^(\d{1,9})([.)])")
_SETEXT_OR_RULE = re.compile(r"^(?:=+|-[-\s]*)\s*$")  # "===", "---", "- - -", "-- -"
_PLAIN_STATUSES = ("exact", "moved")


@dataclass(frozen=True)
class NoteExport:
    """Everything one document's export needs, gathered by the caller."""

    document: Document
    highlights: Sequence[Highlight]
    document_note: str
    color_labels: Mapping[str, str]
    exported: str  # ISO date


def escape_quote_line(line: str) -> str:
    """Escape one line of a quote so it parses back to exactly itself."""
    body = line.strip(" \t")
    lead = line[: len(line) - len(line.lstrip(" \t"))]
    trail = line[len(lead) + len(body):] if body else ""
    body = _ENTITY_LIKE.sub("&amp;", body)
    body = _INLINE_SPECIAL.sub(r"\\\1", body)
    if body.startswith(("#", ">", "+", "-", "=")) and (
            body[0] in "#>" or _SETEXT_OR_RULE.match(body) or body[1:2] in ("", " ", "\t")):
        body = "\\" + body
    else:
        body = _ORDERED.sub(r"\1\\\2", body)
    return _spaces(lead) + body + _spaces(trail)


def _spaces(ws: str) -> str:
    """Leading/trailing white space as character references, which CommonMark keeps."""
    return "".join("&#9;" if ch == "\t" else "&#32;" for ch in ws)


def quote_block(text: str) -> str:
    """Every line of ``text`` quoted; blank lines separate paragraphs of the quote."""
    lines: list[str] = []
    previous_blank = False
    for line in text.split("\n"):
        if not line.strip(" \t"):
            if not previous_blank and lines:
                lines.append(">")
            previous_blank = True
            continue
        previous_blank = False
        lines.append("> " + escape_quote_line(line))
    return "\n".join(lines)


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
        parts += ["## Note", export.document_note.strip()]
    if anchored:
        parts.append("## Highlights")
        parts += [_highlight(export, h) for h in anchored]
    if adrift:
        parts.append("## Highlights that lost their place")
        parts.append("The passages below changed in a newer version of the document; "
                     "each is shown as it was when highlighted.")
        parts += [_highlight(export, h) for h in adrift]
    return "\n\n".join(parts) + "\n"


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
              f"highlights: {count}", f"exported: {yaml_string(export.exported)}", "---"]
    return "\n".join(lines)


def paragraph_number(doc: Document, offset: int) -> int:
    """The paragraph a reader would count to (headings are not paragraphs)."""
    index = doc.body.block_at(offset)
    blocks = doc.body.blocks[: index + 1]
    return max(1, sum(1 for b in blocks if b.kind != "heading"))


def _highlight(export: NoteExport, h: Highlight) -> str:
    doc = export.document
    pieces = [quote_block(h.exact)]
    if h.note.strip():
        pieces.append(h.note.strip())
    paragraph = paragraph_number(doc, h.start) if h.status in _PLAIN_STATUSES else 0
    meta = [f"¶ {paragraph}"] if paragraph else []
    if h.status not in _PLAIN_STATUSES:
        meta.append(h.status)
    meta.append(export.color_labels.get(h.color, h.color))
    if h.tags:
        meta.append(" ".join("#" + re.sub(r"\s+", "-", t) for t in h.tags))
    meta.append(f"[open](marginalia://{doc.id}/{h.id}) ^h-{short_id(h.id)}")
    pieces.append(" · ".join(meta))
    return "\n\n".join(pieces)
