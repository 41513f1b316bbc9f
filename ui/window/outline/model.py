"""The outline's rows: the document's sections as a tree, then its bookmarks.

Sections are the document's own table of contents (an EPUB's nav, a PDF's outline)
when it has one, else its headings: the same choice reader/locations.py makes for a
highlight's chapter, so the panel and the export name a place alike. A section's
count is of the highlights starting inside it, its subsections included.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel

from reader.bookmarks import Bookmark
from reader.locations import Locator
from reader.model import Highlight
from reader.text import DocumentText, clip

OFFSET_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # "section", "bookmark" or "group"
ID_ROLE = Qt.ItemDataRole.UserRole + 3  # a bookmark's id
TITLE_WIDTH = 80
BOOKMARKS_TITLE = QT_TRANSLATE_NOOP("OutlineModel", "Bookmarks")  # shown translated


@dataclass(frozen=True)
class Section:
    level: int
    title: str
    start: int
    end: int  # where the next section of its level or above begins


def sections(body: DocumentText) -> list[Section]:
    """The outline's entries, else the headings, in reading order."""
    if body.outline:
        entries = [(e.level, " ".join(e.title.split()), e.offset) for e in body.outline]
    else:
        entries = [(max(1, b.level), " ".join(body.text[b.start:b.end].split()), b.start)
                   for b in body.blocks if b.kind == "heading"]
    entries = sorted((e for e in entries if e[1]), key=lambda e: e[2])
    found = []
    for i, (level, title, start) in enumerate(entries):
        end = next((e[2] for e in entries[i + 1:] if e[0] <= level), len(body.text))
        found.append(Section(level, clip(title, TITLE_WIDTH), start, end))
    return found


def counts(found: Sequence[Section], highlights: Sequence[Highlight]) -> list[int]:
    """Per section, the highlights (not orphaned) that start in it."""
    starts = sorted(h.start for h in highlights if h.status != "orphaned")
    return [bisect_left(starts, s.end) - bisect_left(starts, s.start) for s in found]


def current_section(starts: Sequence[int], offset: int) -> int:
    """The section the reader is in at ``offset`` (``starts``: the sections'): the
    last begun; -1 before any."""
    return bisect_right(starts, offset) - 1


def bookmark_label(body: DocumentText, bookmark: Bookmark, locator: Locator) -> str:
    """Its name, else where it is and the words there."""
    if bookmark.name:
        return bookmark.name
    words = " ".join(body.text[bookmark.offset:bookmark.offset + 120].split())
    where = locator.at(bookmark.offset).label()
    end = QCoreApplication.translate("OutlineModel", "(end of the text)")
    return " · ".join(p for p in (where, clip(words, 40) or end) if p)


class OutlineModel(QStandardItemModel):
    """Rows for one document; ``section_items[i]`` is the row of ``sections[i]``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sections: list[Section] = []
        self.starts: list[int] = []
        self.section_items: list[QStandardItem] = []
        self.bookmarks_item: QStandardItem | None = None
        self.current = -1

    def load(self, found: list[Section], counted: list[int]) -> None:
        self.clear()
        self.sections, self.section_items, self.current = found, [], -1
        self.starts = [section.start for section in found]
        self.bookmarks_item = None
        stack: list[tuple[int, QStandardItem]] = []
        root = self.invisibleRootItem()
        for section, count in zip(found, counted, strict=True):
            item = _item(_with_count(section.title, count), "section", section.start)
            while stack and stack[-1][0] >= section.level:
                stack.pop()
            (stack[-1][1] if stack else root).appendRow(item)
            stack.append((section.level, item))
            self.section_items.append(item)

    def set_counts(self, counted: list[int]) -> None:
        for section, item, count in zip(self.sections, self.section_items, counted,
                                        strict=True):
            text = _with_count(section.title, count)
            if item.text() != text:
                item.setText(text)

    def set_bookmarks(self, body: DocumentText, marks: list[Bookmark],
                      locator: Locator) -> None:
        """The "Bookmarks" group, last; absent when there are none."""
        if self.bookmarks_item is not None:
            self.removeRow(self.bookmarks_item.row())
            self.bookmarks_item = None
        if not marks:
            return
        group = _item(self.tr(BOOKMARKS_TITLE), "group", marks[0].offset)
        group.setSelectable(False)
        for mark in marks:
            child = _item(bookmark_label(body, mark, locator), "bookmark", mark.offset)
            child.setData(mark.id, ID_ROLE)
            child.setToolTip(locator.at(mark.offset).label() or mark.name)
            group.appendRow(child)
        self.appendRow(group)
        self.bookmarks_item = group

    def bookmark_rows(self) -> list[QStandardItem]:
        group = self.bookmarks_item
        return [group.child(i) for i in range(group.rowCount())] if group is not None else []

    def set_current(self, index: int) -> QStandardItem | None:
        """Bold the section ``index`` (and only it); its item, None before any."""
        if index == self.current:
            return self.section_items[index] if index >= 0 else None
        if 0 <= self.current < len(self.section_items):
            _bold(self.section_items[self.current], False)
        self.current = index
        if index < 0:
            return None
        _bold(self.section_items[index], True)
        return self.section_items[index]


def _with_count(title: str, count: int) -> str:
    return f"{title}  ({count})" if count else title


def _item(text: str, kind: str, offset: int) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setData(kind, KIND_ROLE)
    item.setData(offset, OFFSET_ROLE)
    return item


def _bold(item: QStandardItem, bold: bool) -> None:
    font = QFont(item.font())
    font.setBold(bold)
    item.setFont(font)
