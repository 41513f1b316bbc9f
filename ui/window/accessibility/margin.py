"""The notes margin read aloud: a list with one item per highlight, in reading order.

The margin makes card widgets only for the passages near the visible text, so Qt's
own tree would list two or three cards of a document with three hundred. Here the
list has an item for every highlight, card made or not: its name is the quote, its
description the note and where the passage is ("p. 7 · Chapter"). Items are kept
per highlight id for the interface's life: Qt's accessibility cache hands out their
ids and expects the objects to stay (PySide owns them; dropping one would free it
under the cache).
"""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QObject, QPoint, QRect, QTimer
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface, QWindow
from PySide6.QtWidgets import QAccessibleWidget

from reader.locations import Locator
from reader.model import Highlight
from ui.window.notes.margin import CardArea
from ui.window.notes.note_card import quote_start

log = logging.getLogger(__name__)

QUOTE_CHARS = 200  # a card's name: the quote's start, as its card shows more or less


class MarginWords(QObject):
    """What the margin's interface says (a QObject for ``tr``'s plurals)."""

    def name(self) -> str:
        return self.tr("Highlights and notes")

    def count(self, n: int) -> str:
        return self.tr("%n highlight(s), in reading order", "", n)

    def no_note(self) -> str:
        return self.tr("No note")


class MarginAccessible(QAccessibleWidget):
    """The cards' area as a list of highlights (``CardItem`` children)."""

    def __init__(self, area: CardArea) -> None:
        super().__init__(area, QAccessible.Role.List)
        self.area = area
        self.words = MarginWords()
        self._items: dict[str, CardItem] = {}
        self._located: tuple[int, Locator] | None = None
        self._listed: tuple[str, ...] = ()
        area.view.content_changed.connect(self._changed)

    def text(self, t: QAccessible.Text) -> str:
        if t == QAccessible.Text.Name:
            return self.area.accessibleName() or self.words.name()
        if t == QAccessible.Text.Description:  # the count, then the area's own words
            count = self.words.count(len(self.area.highlights))
            own = self.area.accessibleDescription()
            return f"{count}. {own}" if own else count
        return super().text(t)

    def childCount(self) -> int:
        return len(self.area.highlights)

    def child(self, index: int) -> QAccessibleInterface | None:
        if not 0 <= index < len(self.area.highlights):
            return None
        hid = self.area.highlights[index].id
        item = self._items.get(hid)
        if item is None:
            item = self._items[hid] = CardItem(self, hid)
        return item

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        hid = getattr(child, "hid", None)
        return next((i for i, h in enumerate(self.area.highlights) if h.id == hid), -1)

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:
        for i, h in enumerate(self.area.highlights):
            card = self.area.card_for(h.id)
            if card is not None and card.isVisible() and card_rect(card).contains(x, y):
                return self.child(i)
        return None

    def focusChild(self) -> QAccessibleInterface | None:
        selected = self.area.selected_id
        index = next((i for i, h in enumerate(self.area.highlights) if h.id == selected), -1)
        return self.child(index) if index >= 0 else None

    def highlight(self, hid: str) -> Highlight | None:
        if not shiboken6.isValid(self.area):
            return None
        return next((h for h in self.area.highlights if h.id == hid), None)

    def where(self, h: Highlight) -> str:
        """The passage's page and chapter, off the open version (one locator each)."""
        doc = self.area.view.document_
        if doc is None:
            return ""
        if self._located is None or self._located[0] != doc.version_id:
            self._located = (doc.version_id, Locator(doc.body, doc.title))
        return self._located[1].at(h.start).label()

    def _changed(self) -> None:
        """The view's content changed; the margin gets the same highlights just after
        (the pane tells the view first): look once this turn of the event loop ends."""
        if QAccessible.isActive():
            QTimer.singleShot(0, self.words, self._reordered)

    def _reordered(self) -> None:
        """A new list of highlights: a screen reader listening reads it again (the
        view says its content changed on every resize too: those change nothing)."""
        if not shiboken6.isValid(self.area):
            return
        listed = tuple(h.id for h in self.area.highlights)
        if listed != self._listed:
            self._listed = listed
            QAccessible.updateAccessibility(
                QAccessibleEvent(self.area, QAccessible.Event.ObjectReorder))


def card_rect(card: object) -> QRect:
    """A card widget's rectangle on the screen, as accessibility speaks."""
    top_left = card.mapToGlobal(QPoint(0, 0))  # type: ignore[attr-defined]
    return QRect(top_left, card.size())  # type: ignore[attr-defined]


class CardItem(QAccessibleInterface):
    """One highlight of the margin's list, whether or not its card is on screen."""

    def __init__(self, owner: MarginAccessible, hid: str) -> None:
        super().__init__()
        self.owner = owner
        self.hid = hid

    def isValid(self) -> bool:
        return shiboken6.isValid(self.owner) and self.owner.highlight(self.hid) is not None

    def object(self) -> None:
        return None

    def window(self) -> QWindow | None:
        return self.owner.window() if shiboken6.isValid(self.owner) else None

    def parent(self) -> QAccessibleInterface | None:
        return self.owner if shiboken6.isValid(self.owner) else None

    def child(self, index: int) -> None:
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return -1

    def childAt(self, x: int, y: int) -> None:
        return None

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.ListItem

    def text(self, t: QAccessible.Text) -> str:
        h = self.owner.highlight(self.hid) if shiboken6.isValid(self.owner) else None
        if h is None:
            return ""
        if t == QAccessible.Text.Name:
            return quote_start(h.exact, QUOTE_CHARS)
        if t == QAccessible.Text.Description:
            note = " ".join(h.note.split()) or self.owner.words.no_note()
            where = self.owner.where(h)
            return f"{note} — {where}" if where else note
        return ""

    def setText(self, t: QAccessible.Text, text: str) -> None:
        """The note is edited in the editor, through the write worker; not here."""

    def _card(self) -> object | None:
        card = self.owner.area.card_for(self.hid) if self.isValid() else None
        return card if card is not None and card.isVisible() else None

    def rect(self) -> QRect:
        card = self._card()
        return card_rect(card) if card is not None else QRect()

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        state.selectable = True
        state.selected = self.isValid() and self.owner.area.selected_id == self.hid
        if self._card() is None:
            state.invisible = True
            state.offscreen = True
        return state
