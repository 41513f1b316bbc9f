"""Where a passage is in its document, as a reader cites it: "p. 12", "Chapter 1. Loomings".

A highlight stores offsets, not pages: a page or a chapter is read off the version's
structure when it is shown, so a highlight that moves with a new version says where
it now is. The chapter is the document's own table of contents when it has one (an
EPUB's nav, a PDF's outline: the author's words), else the nearest heading before.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import OrderedDict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.text import DocumentText, clip

if TYPE_CHECKING:
    from reader.library import Library

CHAPTER_WIDTH = 80


@dataclass(frozen=True)
class Location:
    page: str = ""  # the page's label as the original prints it; "" without pages
    chapter: str = ""  # "" before the first heading, or in a text without any

    def label(self) -> str:
        """``p. 12 · Chapter 1. Loomings``; "" when there is nothing to say."""
        parts = [f"p. {self.page}" if self.page else "", self.chapter]
        return " · ".join(p for p in parts if p)

    def as_dict(self) -> dict[str, str | None]:
        """The JSON outputs' ``page`` and ``chapter`` (null when unknown)."""
        return {"page": self.page or None, "chapter": self.chapter or None}


class Locator:
    """Answers "where is this offset?" for one document text in O(log n) per call."""

    def __init__(self, body: DocumentText, title: str = "") -> None:
        """``title``: the document's; a heading that only repeats it names no chapter
        (a text file's first line, an article's h1), so nothing says it twice."""
        self._body = body
        self._block_starts = [b.start for b in body.blocks]
        if body.outline:
            entries = sorted(body.outline, key=lambda e: e.offset)
            self._chapter_at = [e.offset for e in entries]
            self._chapters = [clip(" ".join(e.title.split()), CHAPTER_WIDTH) for e in entries]
        else:
            heads = [b for b in body.blocks if b.kind == "heading"]
            self._chapter_at = [b.start for b in heads]
            self._chapters = [clip(" ".join(body.text[b.start:b.end].split()), CHAPTER_WIDTH)
                              for b in heads]
        same = clip(" ".join(title.split()), CHAPTER_WIDTH).casefold()
        self._chapters = [c if c.casefold() != same else "" for c in self._chapters]

    def at(self, offset: int) -> Location:
        return Location(self._page(offset), self._chapter(offset))

    def _page(self, offset: int) -> str:
        index = bisect_right(self._block_starts, offset) - 1
        if index < 0:
            return ""
        return self._body.page_label(self._body.blocks[index].page)

    def _chapter(self, offset: int) -> str:
        index = bisect_right(self._chapter_at, offset) - 1
        return self._chapters[index] if index >= 0 else ""


class Locations:
    """Locators for a library's documents, kept per version: a search result list asks
    for many documents at every keystroke, and a book's blocks take milliseconds to load."""

    def __init__(self, library: Library, size: int = 64) -> None:
        self._library = library
        self._size = size
        self._cache: OrderedDict[str, tuple[int, Locator]] = OrderedDict()

    def at(self, doc_id: str, offset: int) -> Location:
        """Where ``offset`` of the document's current version is (NotFound if gone)."""
        version = self._library.current_version(doc_id)
        cached = self._cache.get(doc_id)
        if cached is None or cached[0] != version:
            doc = self._library.get(doc_id)
            cached = (doc.version_id, Locator(doc.body, doc.title))
            self._cache[doc_id] = cached
            if len(self._cache) > self._size:
                self._cache.popitem(last=False)
        self._cache.move_to_end(doc_id)
        return cached[1].at(offset)
