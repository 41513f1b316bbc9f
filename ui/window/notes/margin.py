"""The notes margin: one card per highlight, level with its passage.

Like comments in a word processor, each card sits at the height of the line where
its highlight starts; when cards would overlap they are pushed down, and a thin line
in the highlight's colour leads from the passage to a card that had to move. Only
the cards near the visible part of the text exist as widgets, so a document with
hundreds of highlights opens and scrolls as fast as one with none. A card is as tall
as its content at its real width, a long note cut after a few lines with "… more"
(the editor shows it whole). The document-level note and the detached highlights
(whose passage is gone) sit at the top.
"""

from __future__ import annotations

import logging
from bisect import bisect_left, bisect_right

from PySide6.QtCore import (
    QPoint,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QVBoxLayout,
    QWidget,
)

from reader.locations import Locator
from reader.model import Highlight
from ui.window.library.model import ID_ROLE
from ui.window.notes.detached import ORPHAN_ROWS, DetachedList, FoldLabel
from ui.window.notes.document_note import DOCUMENT_NOTE, NO_DOCUMENT_NOTE, DocumentNoteEdit
from ui.window.notes.note_card import CARD_GAP, CARD_INSET, NOTE_SAVE_DELAY_MS, NoteCard
from ui.window.reading.view import ReadingView
from ui.window.theme import Theme

log = logging.getLogger(__name__)



class CardArea(QWidget):
    """Places cards level with their passages in ``view``; reuses card widgets."""

    card_clicked = Signal(str)
    selected = Signal(object)  # the selected highlight's id, or None

    def __init__(self, view: ReadingView, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.theme = theme
        self.highlights: list[Highlight] = []
        self._starts: list[int] = []
        self.selected_id: str | None = None
        self.cards: dict[str, NoteCard] = {}
        self._spare: list[NoteCard] = []
        self._leaders: list[tuple[int, int, QColor]] = []  # passage y, card y, colour
        self._located: tuple[int, Locator] | None = None  # the open version's
        self.setMinimumWidth(200)
        self.setAccessibleName(self.tr("Highlights beside the text"))
        self.setAccessibleDescription(self.tr("One card per highlight, level with its "
                                              "passage: click one to edit it"))
        view.viewport_moved.connect(self.relayout)

    def set_highlights(self, highlights: list[Highlight]) -> None:
        self.highlights = sorted((h for h in highlights if h.status != "orphaned"),
                                 key=lambda h: (h.start, h.end))
        self._starts = [h.start for h in self.highlights]
        doc = self.view.document_
        if doc is not None and (self._located is None or self._located[0] != doc.version_id):
            self._located = (doc.version_id, Locator(doc.body, doc.title))
        for card in self.cards.values():
            card.hide()
            self._spare.append(card)
        self.cards = {}
        self.relayout()

    def select(self, hid: str | None) -> None:
        self.selected_id = hid
        self.relayout()
        self.selected.emit(hid)

    def card_for(self, hid: str) -> NoteCard | None:
        return self.cards.get(hid)

    def overflow(self, hid: str) -> int:
        """Pixels by which ``hid``'s card reaches below this area (hidden under the
        editor), at most its distance from the top, so its passage stays in view."""
        card = self.cards.get(hid)
        if card is None or not card.isVisible():
            return 0
        below = card.geometry().bottom() + CARD_GAP - self.height()
        return max(0, min(below, card.y() - CARD_GAP))

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.relayout()

    def _visible_highlights(self) -> list[Highlight]:
        if not self.highlights or self.view.document_ is None:
            return []
        top, bottom = self.view.offset_at_top(), self.view.offset_at_bottom()
        # Cards of passages a little above the top may still reach into view.
        lo = max(0, bisect_left(self._starts, top) - 3)
        hi = bisect_right(self._starts, bottom)
        return self.highlights[lo:hi]

    def relayout(self) -> None:
        """Put each visible card at its passage's height, pushing overlaps down."""
        wanted = self._visible_highlights()
        keep = {h.id for h in wanted}
        for hid in [k for k in self.cards if k not in keep]:
            card = self.cards.pop(hid)
            card.hide()
            self._spare.append(card)
        origin = self.mapFromGlobal(self.view.viewport().mapToGlobal(QPoint(0, 0))).y()
        width = max(120, self.width() - 2 * CARD_INSET)
        floor = -10_000
        leaders: list[tuple[int, int, QColor]] = []
        for h in wanted:
            card = self._card(h)
            card.fit(width)
            passage = self.view.y_of_offset(h.start)
            level = origin + passage - CARD_INSET
            # The document note and detached highlights above the cards may hide
            # the top of the text's column: a passage in view keeps its card in view.
            y = max(level, floor, 0 if passage >= 0 else level)
            card.move(CARD_INSET, y)
            card.show()
            if y > level + self.fontMetrics().height():  # pushed by more than a line
                leaders.append((level, y, self.theme.solid(h.color)))
            floor = y + card.height() + CARD_GAP
        if leaders or self._leaders:
            self._leaders = leaders
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """A card pushed below its passage gets a thin line in its colour, in the
        gutter left of the cards, from the passage's height down to the card."""
        if not self._leaders:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for level, y, color in self._leaders:
            top = level + CARD_INSET + self.fontMetrics().height() // 2
            pen = QPen(color, 2)
            painter.setPen(pen)
            painter.drawLine(1, top, 6, top)
            painter.drawLine(3, top, 3, y + CARD_INSET + 4)

    def _card(self, h: Highlight) -> NoteCard:
        card = self.cards.get(h.id)
        if card is None:
            card = self._spare.pop() if self._spare else self._new_card()
            self.cards[h.id] = card
        where = self._located[1].at(h.start).label() if self._located else ""
        card.show_highlight(h, self.theme, h.id == self.selected_id, where)
        return card

    def _new_card(self) -> NoteCard:
        card = NoteCard(self)
        card.clicked.connect(self.card_clicked)
        return card


class NotesMargin(QWidget):
    """Document note and detached highlights on top, then the cards level with the text."""

    card_clicked = Signal(str)
    document_note_edited = Signal(str, str)  # doc id, Markdown

    def __init__(self, view: ReadingView, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc_id: str | None = None
        self.setAccessibleName(self.tr("Notes margin"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        top = QVBoxLayout()
        top.setContentsMargins(CARD_INSET, CARD_INSET, CARD_INSET, 4)
        top.setSpacing(4)
        self.doc_note = DocumentNoteEdit(self)
        self.doc_note.setAccessibleName(self.tr("Document note"))
        self.doc_note.setAccessibleDescription(self.tr("A note on this whole document, in "
                                                       "Markdown; saved as you type"))
        self.doc_note.textChanged.connect(self._doc_note_typed)
        top.addWidget(self.doc_note)
        self.orphans_label = FoldLabel(self)
        self.orphans_label.setObjectName("Muted")
        self.orphans_label.setToolTip(self.tr("Their passage is no longer in this version of "
                                              "the text; their notes are kept. Click one to "
                                              "read, edit or delete it; click here to fold "
                                              "the list."))
        self.orphans_label.folded.connect(self._fold_orphans)
        top.addWidget(self.orphans_label)
        layout.addLayout(top)
        self.orphans = DetachedList(theme, self)
        self.orphans.setAccessibleName(self.tr("Detached highlights"))
        self.orphans.setAccessibleDescription(self.tr("Highlights whose passage is no longer "
                                                      "in this version: click one to edit it"))
        self.orphans_model, self.orphans_delegate = self.orphans.rows, self.orphans.delegate
        self.orphans.clicked.connect(lambda i: self.card_clicked.emit(i.data(ID_ROLE)))
        layout.addWidget(self.orphans)
        self.cards = CardArea(view, theme, self)
        self.cards.card_clicked.connect(self.card_clicked)
        self.cards.selected.connect(self._mark_orphan)
        layout.addWidget(self.cards, 1)
        self._save_timer = QTimer(self, singleShot=True, interval=NOTE_SAVE_DELAY_MS,
                                  timeout=self.flush)
        self._loading = False
        self._pending = False
        self._enable_doc_note(False)
        self._show_orphans([])

    def load(self, doc_id: str | None, note: str, highlights: list[Highlight]) -> None:
        self.flush()
        self.doc_id = doc_id
        self._loading = True
        self.doc_note.setPlainText(note)
        self._loading = False
        self._enable_doc_note(doc_id is not None)
        self.set_highlights(highlights)

    def _enable_doc_note(self, enabled: bool) -> None:
        """Typing goes nowhere without a document: the box says so and takes none."""
        self.doc_note.setEnabled(enabled)
        self.doc_note.setPlaceholderText(self.tr(DOCUMENT_NOTE) if enabled
                                         else self.tr(NO_DOCUMENT_NOTE))

    def set_highlights(self, highlights: list[Highlight]) -> None:
        self._show_orphans([h for h in highlights if h.status == "orphaned"])
        self.cards.set_highlights(highlights)

    def set_theme(self, theme: Theme) -> None:
        self.cards.theme = theme
        self.orphans_delegate.theme = theme
        self.orphans.viewport().update()
        self.cards.relayout()

    def _show_orphans(self, orphans: list[Highlight]) -> None:
        self.orphans_model.set_rows(orphans)
        n = len(orphans)
        self.orphans_label.setVisible(bool(orphans))
        self.orphans_label.set_title(
            self.tr("1 highlight whose passage is no longer in this version") if n == 1 else
            self.tr("%n highlights whose passages are no longer in this version", "", n))
        self._fold_orphans(self.orphans_label.is_folded)
        self._mark_orphan(self.cards.selected_id)

    def _fold_orphans(self, folded: bool) -> None:
        self.orphans.setVisible(not folded and self.orphans_model.rowCount() > 0)
        self._fit_orphans()

    def _fit_orphans(self) -> None:
        """As tall as its rows, at most ``ORPHAN_ROWS`` of them; more scroll."""
        rows = min(ORPHAN_ROWS, self.orphans_model.rowCount())
        height = sum(self.orphans.sizeHintForRow(r) for r in range(rows))
        self.orphans.setFixedHeight(max(0, height) + 2 * self.orphans.frameWidth())

    def _mark_orphan(self, hid: object) -> None:
        rows = self.orphans_model.rows
        row = next((i for i, h in enumerate(rows) if h.id == hid), -1)
        if row < 0:
            self.orphans.clearSelection()
            return
        index = self.orphans_model.index(row, 0)
        self.orphans.setCurrentIndex(index)
        self.orphans.scrollTo(index)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.orphans_model.rowCount() and event.size().width() != event.oldSize().width():
            QTimer.singleShot(0, self, self._fit_orphans)  # rows wrap anew at a new width

    def _doc_note_typed(self) -> None:
        if not self._loading and self.doc_id is not None:
            self._pending = True
            self._save_timer.start()

    @property
    def typing(self) -> bool:
        """A document-note edit is waiting for its save delay."""
        return self._pending

    def flush(self) -> None:
        """Save a pending document-note edit now (on close, or on switching document)."""
        self._save_timer.stop()
        if self._pending and self.doc_id is not None:
            self._pending = False
            self.document_note_edited.emit(self.doc_id, self.doc_note.toPlainText())
