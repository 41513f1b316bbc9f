"""The notes margin: one card per highlight, level with its passage.

Like comments in a word processor, each card sits at the height of the line where
its highlight starts; when cards would overlap they are pushed down. Only the cards
near the visible part of the text exist as widgets, so a document with hundreds of
highlights opens and scrolls as fast as one with none. The document-level note and
the orphaned highlights (whose passage is gone) sit at the top.
"""

from __future__ import annotations

import logging
from bisect import bisect_left, bisect_right

from PySide6.QtCore import QPoint, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListView,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from reader.markdown import ALLOWED_SCHEMES, render_note
from reader.model import Highlight
from ui.models import ID_ROLE, HighlightListModel
from ui.reading_view import ReadingView
from ui.theme import Theme

log = logging.getLogger(__name__)

CARD_GAP = 6
NOTE_SAVE_DELAY_MS = 700


def open_allowed_link(url: str) -> None:
    """Open a link from a note only on click and only for allowed schemes."""
    qurl = QUrl(url)
    if qurl.scheme().lower() in ALLOWED_SCHEMES:
        QDesktopServices.openUrl(qurl)
    else:
        log.info("refused to open %s", url)


def quote_start(text: str, limit: int = 110) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit].rsplit(" ", 1)[0] + "…"


class NoteCard(QFrame):
    """A highlight's card: quote start, rendered note, tags."""

    clicked = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("NoteCard")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.hid = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        self.quote = QLabel(self)
        self.quote.setObjectName("Muted")
        self.quote.setWordWrap(True)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.RichText)
        self.note.setOpenExternalLinks(False)
        self.note.linkActivated.connect(open_allowed_link)
        self.tags = QLabel(self)
        self.tags.setObjectName("Muted")
        for label in (self.quote, self.note, self.tags):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, False)
            layout.addWidget(label)

    def show_highlight(self, h: Highlight, theme: Theme, selected: bool) -> None:
        self.hid = h.id
        self.setStyleSheet(f"QFrame#NoteCard {{ border-left: 4px solid "
                           f"{theme.solid(h.color).name()}; }}")
        self.setProperty("selected", "true" if selected else "false")
        self.style().unpolish(self)
        self.style().polish(self)
        self.quote.setText(f"<i>“{_escape(quote_start(h.exact))}”</i>")
        self.note.setText(compact(render_note(h.note)) if h.note.strip() else "")
        self.note.setVisible(bool(h.note.strip()))
        self.tags.setText("  ".join(f"#{t}" for t in h.tags))
        self.tags.setVisible(bool(h.tags))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.hid)
        super().mouseReleaseEvent(event)


def compact(html: str) -> str:
    """Rendered Markdown without the label's default paragraph gaps, for a tight card."""
    return html.replace("<p>", '<p style="margin:0 0 4px 0">').strip()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class CardArea(QWidget):
    """Places cards level with their passages in ``view``; reuses card widgets."""

    card_clicked = Signal(str)

    def __init__(self, view: ReadingView, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.theme = theme
        self.highlights: list[Highlight] = []
        self._starts: list[int] = []
        self.selected_id: str | None = None
        self.cards: dict[str, NoteCard] = {}
        self._spare: list[NoteCard] = []
        self.setMinimumWidth(200)
        view.viewport_moved.connect(self.relayout)

    def set_highlights(self, highlights: list[Highlight]) -> None:
        self.highlights = sorted((h for h in highlights if h.status != "orphaned"),
                                 key=lambda h: (h.start, h.end))
        self._starts = [h.start for h in self.highlights]
        for card in self.cards.values():
            card.hide()
            self._spare.append(card)
        self.cards = {}
        self.relayout()

    def select(self, hid: str | None) -> None:
        self.selected_id = hid
        self.relayout()

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

    def resizeEvent(self, event: object) -> None:  # noqa: N802
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
        width = max(120, self.width() - 16)
        floor = -10_000
        for h in wanted:
            card = self._card(h)
            card.setFixedWidth(width)
            card.adjustSize()
            y = max(origin + self.view.y_of_offset(h.start) - 8, floor)
            card.move(8, y)
            card.show()
            floor = y + card.height() + CARD_GAP

    def _card(self, h: Highlight) -> NoteCard:
        card = self.cards.get(h.id)
        if card is None:
            card = self._spare.pop() if self._spare else self._new_card()
            self.cards[h.id] = card
        card.show_highlight(h, self.theme, h.id == self.selected_id)
        return card

    def _new_card(self) -> NoteCard:
        card = NoteCard(self)
        card.clicked.connect(self.card_clicked)
        return card


class NotesMargin(QWidget):
    """Document note and orphans on top, then the cards level with the text."""

    card_clicked = Signal(str)
    document_note_edited = Signal(str, str)  # doc id, Markdown

    def __init__(self, view: ReadingView, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc_id: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.doc_note = QPlainTextEdit(self)
        self.doc_note.setPlaceholderText("A note on this whole document (Markdown)…")
        self.doc_note.setFixedHeight(64)
        self.doc_note.textChanged.connect(self._doc_note_typed)
        self.orphans_label = QLabel(self)
        self.orphans_label.setObjectName("Muted")
        self.orphans_label.setWordWrap(True)
        self.orphans_model = HighlightListModel(self)
        self.orphans = QListView(self)
        self.orphans.setModel(self.orphans_model)
        self.orphans.setMaximumHeight(90)
        self.orphans.setWordWrap(True)
        self.orphans.clicked.connect(lambda i: self.card_clicked.emit(i.data(ID_ROLE)))
        self.cards = CardArea(view, theme, self)
        self.cards.card_clicked.connect(self.card_clicked)
        for w in (self.doc_note, self.orphans_label, self.orphans):
            layout.addWidget(w)
        layout.addWidget(self.cards, 1)
        self._save_timer = QTimer(self, singleShot=True, interval=NOTE_SAVE_DELAY_MS,
                                  timeout=self.flush)
        self._loading = False
        self._pending = False
        self._show_orphans([])

    def load(self, doc_id: str | None, note: str, highlights: list[Highlight]) -> None:
        self.flush()
        self.doc_id = doc_id
        self._loading = True
        self.doc_note.setPlainText(note)
        self._loading = False
        self.doc_note.setEnabled(doc_id is not None)
        self.set_highlights(highlights)

    def set_highlights(self, highlights: list[Highlight]) -> None:
        self._show_orphans([h for h in highlights if h.status == "orphaned"])
        self.cards.set_highlights(highlights)

    def set_theme(self, theme: Theme) -> None:
        self.cards.theme = theme
        self.cards.relayout()

    def _show_orphans(self, orphans: list[Highlight]) -> None:
        self.orphans_model.set_rows(orphans)
        self.orphans.setVisible(bool(orphans))
        self.orphans_label.setVisible(bool(orphans))
        self.orphans_label.setText(
            f"{len(orphans)} highlight(s) whose passage is no longer in this version:")

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
