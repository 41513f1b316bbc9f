"""Markdown: markdown-it tokens become canonical text, blocks and marks.

The canonical text is what a reader sees (no ``#`` or ``*`` syntax), so highlights
and search offsets refer to the words, not to the markup around them. GFM tables are
read (one table block each, as reader/text.py defines it); definition lists are not
CommonMark and stay paragraphs.
"""

from __future__ import annotations

import re
from functools import cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

from reader.importers import links
from reader.text import DocumentText, Mark, TextBuilder, canonicalize

_INLINE_MARKS = {"em": "emphasis", "strong": "strong", "link": "link"}
_SPACE = re.compile(r"\s+")
RULE_TEXT = "* * *"


@cache
def _parser() -> MarkdownIt:
    """CommonMark with raw HTML kept as text, as reader.markdown reads it, and tables:
    the one extension nearly every Markdown file written today relies on."""
    return MarkdownIt("commonmark", {"html": False}).enable("table")


def parse(raw: str) -> tuple[str, list[str], DocumentText]:
    tokens = _parser().parse(canonicalize(raw))
    builder = TextBuilder()
    title = ""
    quote_depth = 0
    lists: list[int] = []  # enclosing lists: 1 ordered, 0 bulleted
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.type in ("bullet_list_open", "ordered_list_open"):
            lists.append(int(tok.type == "ordered_list_open"))
        elif tok.type in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif tok.type == "blockquote_open":
            quote_depth += 1
        elif tok.type == "blockquote_close":
            quote_depth -= 1
        elif tok.type == "heading_open":
            level = int(tok.tag[1])
            start, end = _inline_block(builder, tokens[i + 1], "heading", level)
            if level == 1 and not title:
                title = builder.current_text()[start:end]
            i += 2
        elif tok.type == "paragraph_open":
            kind = "quote" if quote_depth else _paragraph_kind(tokens, i)
            ordered = lists[-1] if kind == "list_item" and lists else 0
            _inline_block(builder, tokens[i + 1], kind, ordered)
            i += 2
        elif tok.type in ("fence", "code_block"):
            builder.add_block(tok.content.rstrip("\n"), "code")
        elif tok.type == "hr":
            builder.add_block(RULE_TEXT, "rule")
        elif tok.type == "html_block":
            builder.add_block(tok.content.strip(), "paragraph")
        elif tok.type == "table_open":
            i = _table(builder, tokens, i)
        i += 1
    # No heading ids in CommonMark: [x](#heading) lands by the heading's slug.
    return title, [], links.resolve(builder.build(), {})


def _paragraph_kind(tokens: list[Token], index: int) -> str:
    """A paragraph directly inside a list item is that list item."""
    return "list_item" if index and tokens[index - 1].type == "list_item_open" else "paragraph"


def _table(builder: TextBuilder, tokens: list[Token], index: int) -> int:
    """The table opening at ``index`` as one block: rows on lines, cells split by tabs
    (a cell's own whitespace folded), ``level`` its header rows; returns the index of
    its ``table_close``."""
    start = builder.begin_block()
    rows = cells = header_rows = 0
    in_head = False
    open_marks: list[tuple[str, int, dict[str, str]]] = []
    while index < len(tokens) and tokens[index].type != "table_close":
        kind = tokens[index].type
        if kind in ("thead_open", "thead_close"):
            in_head = kind == "thead_open"
        elif kind == "tr_open":
            builder.append("\n" if rows else "")
            rows, cells, header_rows = rows + 1, 0, header_rows + in_head
        elif kind in ("th_open", "td_open"):
            builder.append("\t" if cells else "")
            cells += 1
        elif kind == "inline":
            for child in tokens[index].children or []:
                _inline_child(builder, child, open_marks, fold=True)
        index += 1
    builder.end_block(start, "table", header_rows)
    return index


def _inline_block(builder: TextBuilder, inline: Token, kind: str,
                  level: int = 0) -> tuple[int, int]:
    start = builder.begin_block()
    open_marks: list[tuple[str, int, dict[str, str]]] = []
    for child in inline.children or []:
        _inline_child(builder, child, open_marks)
    return builder.end_block(start, kind, level)


def _inline_child(builder: TextBuilder, child: Token,
                  open_marks: list[tuple[str, int, dict[str, str]]], fold: bool = False) -> None:
    """One inline token; ``fold``: in a table cell, where a tab or a line end would
    split the cell, every run of whitespace is one space."""
    kind = child.type
    content = _SPACE.sub(" ", child.content) if fold else child.content
    if kind in ("text", "html_inline"):
        builder.append(content)
    elif kind == "code_inline":
        start = builder.length
        builder.append(content)
        builder.marks.append(Mark(start, builder.length, "code"))
    elif kind == "softbreak":
        builder.append(" ")
    elif kind == "hardbreak":
        builder.append(" " if fold else "\n")
    elif kind == "image":
        builder.append(content)  # the alt text; images are never loaded
    elif kind.endswith("_open") and kind[:-5] in _INLINE_MARKS:
        attrs = {"href": str(child.attrGet("href") or "")} if kind == "link_open" else {}
        open_marks.append((kind[:-5], builder.length, attrs))
    elif kind.endswith("_close") and kind[:-6] in _INLINE_MARKS:
        for j in range(len(open_marks) - 1, -1, -1):
            if open_marks[j][0] == kind[:-6]:
                name, start, attrs = open_marks.pop(j)
                if builder.length > start:
                    builder.marks.append(Mark(start, builder.length, _INLINE_MARKS[name], attrs))
                break
