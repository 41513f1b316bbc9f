"""Following a link in the text: inside the document, to the browser, or back.

An internal link was resolved at import to its target's canonical offset (``to``,
reader/importers/links.py); a click scrolls there, flashes the target and remembers
the place left, per pane, for Back (Alt+Left) and Forward (Alt+Right). A document
imported before has links without ``to``: a ``#fragment`` is tried against the
headings' slugs, else the reader is told to re-import. A link out of the document
opens in the system browser only once the reader said yes to its address; a
``marginalia://`` link opens its document and highlight as ``--open`` does.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import unquote

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from reader.importers.links import heading_slugs, is_external, slug
from reader.text import DocumentText, Mark
from ui.window.reading.view import ReadingView

log = logging.getLogger(__name__)

MARGINALIA_SCHEME = "marginalia://"
MAX_HISTORY = 100
UNKNOWN_TARGET = QT_TRANSLATE_NOOP(
    "LinkFollower", "This link's target is not known ({href}): re-import the document if it "
    "was imported before links could be followed")


def link_at(body: DocumentText, offset: int, href: str) -> Mark | None:
    """The link mark with ``href`` at ``offset`` (the click's cursor may sit just
    after the last character clicked)."""
    found = [m for m in body.marks if m.kind == "link" and m.start <= offset <= m.end
             and (m.attrs.get("href", "") or "#") == href]
    return min(found, key=lambda m: m.end - m.start, default=None)


@dataclass(frozen=True)
class Place:
    """Where the view was: its scroll bar, exact while the layout is the same (its
    height), else the offset at its top (the text rewrapped: a new size or zoom)."""

    offset: int
    scrolled: int
    height: float


class LinkFollower(QObject):
    """One pane's link clicks and its Back/Forward history (offsets at the top)."""

    def __init__(self, view: ReadingView, failed: Callable[[str], None],
                 open_ref: Callable[[str], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.failed = failed
        self.open_ref = open_ref
        self.back_stack: list[Place] = []
        self.forward_stack: list[Place] = []
        view.link_clicked.connect(self.follow)

    def clear(self) -> None:
        """A new document: the places remembered were in the old one."""
        self.back_stack.clear()
        self.forward_stack.clear()

    def follow(self, offset: int, href: str) -> None:
        doc = self.view.document_
        if doc is None:
            return
        mark = link_at(doc.body, offset, href)
        href = mark.attrs.get("href", "") if mark is not None else href
        target = mark.attrs.get("to") if mark is not None else None
        if href.startswith(MARGINALIA_SCHEME):
            self.open_ref(href)
        elif target is not None and target.isdigit():
            self.jump(int(target))
        elif is_external(href):
            self.open_external(href)
        else:
            self._follow_unresolved(doc.body, href)

    def _follow_unresolved(self, body: DocumentText, href: str) -> None:
        """A link of a document imported before links were resolved."""
        found = heading_slugs(body).get(slug(unquote(href[1:]))) if href.startswith("#") \
            else None
        if found is None:
            self.failed(self.tr(UNKNOWN_TARGET).format(href=href))
        else:
            self.jump(found)

    def open_external(self, href: str) -> bool:
        """Ask first, naming the address; True when it was handed to the browser."""
        answer = QMessageBox.question(
            self.view, self.tr("Open link"),
            self.tr("Open this address in your web browser?\n\n{address}").format(address=href),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Open:
            return False
        if not QDesktopServices.openUrl(QUrl(href)):
            self.failed(self.tr("{address}: no program to open it with").format(address=href))
            return False
        return True

    def jump(self, offset: int) -> None:
        """Go to ``offset``, remembering the place left for Back (unless the view did
        not move: a click and an activation of one outline row are one jump)."""
        left = self._place()
        self._show(offset, flash=True)
        if self.view.verticalScrollBar().value() != left.scrolled:
            self._remember(self.back_stack, left)
            self.forward_stack.clear()

    def back(self) -> None:
        if self.back_stack and self.view.document_ is not None:
            self._remember(self.forward_stack, self._place())
            self._return(self.back_stack.pop())

    def forward(self) -> None:
        if self.forward_stack and self.view.document_ is not None:
            self._remember(self.back_stack, self._place())
            self._return(self.forward_stack.pop())

    def _place(self) -> Place:
        return Place(self.view.offset_at_top(), self.view.verticalScrollBar().value(),
                     self.view.document().size().height())

    def _remember(self, stack: list[Place], place: Place) -> None:
        stack.append(place)
        del stack[:-MAX_HISTORY]

    def _return(self, place: Place) -> None:
        if place.height == self.view.document().size().height():
            self.view.scroll_to_y(place.scrolled)
        else:
            self._show(place.offset)

    def _show(self, offset: int, flash: bool = False) -> None:
        doc = self.view.document_
        if doc is None:
            return
        offset = min(max(0, offset), len(doc.text))
        self.view.scroll_to_offset(offset)
        if flash:
            index = doc.body.block_at(offset)
            block = doc.body.blocks[index] if index >= 0 else None
            end = block.end if block is not None and block.end > offset else offset + 1
            self.view.flash(offset, min(end, len(doc.text)))
