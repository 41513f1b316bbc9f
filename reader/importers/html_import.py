"""HTML: turned into text and spans with the stdlib parser, never rendered as HTML.

Saved web pages carry scripts, trackers and remote images; none of it may run or
load. We keep the words, the block structure, emphasis and link targets (as marks,
never followed), and drop everything else.
"""

from __future__ import annotations

import re
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
        self._stack: list[str] = []
        self._buffer: list[str] = []
        self._buffer_len = 0
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
            self._stack.append(tag)
        elif tag in ("td", "th"):
            self._text(" ")
        if tag in _MARKS:
            href = dict(attrs).get("href") or ""
            self._open_marks.append((tag, self._buffer_len, {"href": href} if tag == "a" else {}))

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
        if tag in _BLOCKS and tag in self._stack:
            self._flush()
            while self._stack and self._stack.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
            return
        if not self._drop_depth:
            self._text(data, raw="pre" in self._stack)

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
                _, start, attrs = self._open_marks.pop(j)
                if self._buffer_len > start:
                    self._pending_marks.append(Mark(start, self._buffer_len, _MARKS[tag], attrs))
                return

    def _block_kind(self) -> tuple[str, int]:
        for k in range(len(self._stack) - 1, -1, -1):
            tag = self._stack[k]
            if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
                return "heading", int(tag[1])
            if tag == "pre":
                return "code", 0
            if tag in ("li", "dt", "dd"):  # level 1: an item of an ordered list
                parent = next((t for t in reversed(self._stack[:k]) if t in ("ol", "ul")), "")
                return "list_item", int(tag == "li" and parent == "ol")
            if tag == "blockquote":
                return "quote", 0
        return "paragraph", 0

    def _flush(self) -> None:
        """Close the text gathered so far as one block, with its marks."""
        text = "".join(self._buffer)
        pre = "pre" in self._stack
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
        self._buffer, self._buffer_len, self._pending_marks = [], 0, []
        self._open_marks = [(t, 0, attrs) for t, _, attrs in self._open_marks]


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
