"""HTML: turned into text and spans with the stdlib parser, never rendered as HTML.

Saved web pages carry scripts, trackers and remote images; none of it may run or
load. We keep the words, the block structure, emphasis and link targets (as marks,
never followed), and drop everything else.
"""

from __future__ import annotations

import re
from collections import Counter
from html.parser import HTMLParser

from reader.text import DocumentText, Mark, TextBuilder, canonicalize

_DROP = {"script", "style", "template", "noscript", "svg", "iframe", "object", "embed",
         "canvas", "math", "select", "button", "head"}
_BLOCKS = {"p", "div", "section", "article", "header", "footer", "main", "aside", "nav",
           "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "tr", "dt", "dd",
           "figcaption", "table", "ul", "ol", "dl", "figure", "form", "fieldset", "address",
           "caption", "hr", "body", "html", "center", "details", "summary"}
_MARKS = {"em": "emphasis", "i": "emphasis", "cite": "emphasis", "strong": "strong",
          "b": "strong", "code": "code", "kbd": "code", "tt": "code", "samp": "code",
          "a": "link"}
_SPACE = re.compile(r"\s+")


class _Walker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.builder = TextBuilder()
        self.title = ""
        self.authors: list[str] = []
        self._drop_depth = 0
        self._in_title = False
        # Open blocks, each with what it makes of its text: (tag, kind, level, nearest
        # list). Kept on the way in, so nothing walks the stack: deep nesting stays linear.
        self._stack: list[tuple[str, str, int, str]] = []
        self._open = Counter[str]()
        self._buffer: list[str] = []
        self._buffer_len = 0
        self._consumed = 0  # characters flushed before the buffer: marks start from here
        self._block_start = -1
        self._open_marks: list[tuple[str, int, dict[str, str]]] = []
        self._pending_marks: list[Mark] = []

    # -- tags -------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            self._meta(dict(attrs))
            return
        if tag == "title":
            self._in_title = True
        if tag in _DROP:
            self._drop_depth += 1
            return
        if self._drop_depth:
            return
        if tag in ("br",):
            self._text("\n", raw=True)
        elif tag == "hr":
            self._flush()
            self.builder.add_block("* * *", "rule")
        elif tag in ("img", "input", "source", "link", "wbr", "area", "base", "col", "param"):
            return
        elif tag in _BLOCKS:
            self._flush()
            self._push(tag)
        elif tag in ("td", "th"):
            self._text(" ")
        if tag in _MARKS:
            href = dict(attrs).get("href") or ""
            self._open_marks.append((tag, self._consumed + self._buffer_len,
                                     {"href": href} if tag == "a" else {}))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in ("br", "hr", "img", "meta", "input", "link", "wbr"):
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in _DROP:
            self._drop_depth = max(0, self._drop_depth - 1)
            return
        if self._drop_depth:
            return
        if tag in _MARKS:
            self._close_mark(tag)
        if tag in _BLOCKS and self._open[tag]:
            self._flush()
            while self._stack:
                popped = self._stack.pop()[0]
                self._open[popped] -= 1
                if popped == tag:
                    break

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
            return
        if not self._drop_depth:
            self._text(data, raw=self._open["pre"] > 0)

    def finish(self) -> None:
        self.close()
        self._flush()

    # -- helpers ------------------------------------------------------------
    def _meta(self, attrs: dict[str, str | None]) -> None:
        name = (attrs.get("name") or attrs.get("property") or "").lower()
        content = (attrs.get("content") or "").strip()
        if content and name in ("author", "article:author", "dc.creator"):
            self.authors.append(content)

    def _text(self, data: str, raw: bool = False) -> None:
        if not raw:
            data = _SPACE.sub(" ", data)
            if not self._buffer_len or self._last_char() in " \n":
                data = data.lstrip(" ")
        if data:
            self._buffer.append(data)
            self._buffer_len += len(data)

    def _last_char(self) -> str:
        return self._buffer[-1][-1] if self._buffer else ""

    def _close_mark(self, tag: str) -> None:
        for j in range(len(self._open_marks) - 1, -1, -1):
            if self._open_marks[j][0] == tag:
                _, opened, attrs = self._open_marks.pop(j)
                start = max(0, opened - self._consumed)  # opened in an earlier block: 0
                if self._buffer_len > start:
                    self._pending_marks.append(Mark(start, self._buffer_len, _MARKS[tag], attrs))
                return

    def _push(self, tag: str) -> None:
        """Open block ``tag``: its kind is its own (heading, code, list item, quote) or
        that of the block it sits in."""
        _, kind, level, parent = self._stack[-1] if self._stack else ("", "paragraph", 0, "")
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            kind, level = "heading", int(tag[1])
        elif tag == "pre":
            kind, level = "code", 0
        elif tag in ("li", "dt", "dd"):  # level 1: an item of an ordered list
            kind, level = "list_item", int(tag == "li" and parent == "ol")
        elif tag == "blockquote":
            kind, level = "quote", 0
        self._stack.append((tag, kind, level, tag if tag in ("ol", "ul") else parent))
        self._open[tag] += 1

    def _block_kind(self) -> tuple[str, int]:
        return (self._stack[-1][1], self._stack[-1][2]) if self._stack else ("paragraph", 0)

    def _flush(self) -> None:
        """Close the text gathered so far as one block, with its marks."""
        text = "".join(self._buffer)
        pre = self._open["pre"] > 0
        lead = len(text) - len(text.lstrip()) if not pre else len(text) - len(text.lstrip("\n"))
        body = text.strip() if not pre else text.strip("\n")
        if body:
            kind, level = self._block_kind()
            start, end = self.builder.add_block(body, kind, level)
            for mark in self._pending_marks:
                a = max(start, min(end, start + mark.start - lead))
                b = max(start, min(end, start + mark.end - lead))
                if b > a:
                    self.builder.marks.append(Mark(a, b, mark.kind, mark.attrs))
        self._consumed += self._buffer_len
        self._buffer, self._buffer_len, self._pending_marks = [], 0, []


# The EPUB importer walks its lxml trees into this same walker: one definition of blocks.
Walker = _Walker


def parse(raw: str) -> tuple[str, list[str], DocumentText]:
    walker = _Walker()
    walker.feed(canonicalize(raw))
    walker.finish()
    body = walker.builder.build()
    title = _SPACE.sub(" ", walker.title).strip()
    if not title:
        first = next((b for b in body.blocks if b.kind == "heading"), None)
        title = body.text[first.start:first.end] if first else ""
    return title, walker.authors, body
