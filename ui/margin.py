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
    QEvent,
    QModelIndex,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QDesktopServices,
    QFocusEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListView,
    QPlainTextEdit,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from reader.markdown import ALLOWED_SCHEMES, render_note
from reader.model import Highlight
from ui.models import HIGHLIGHT_ROLE, ID_ROLE, HighlightListModel
from ui.reading_view import ReadingView
from ui.theme import Theme

log = logging.getLogger(__name__)

CARD_GAP = 6
CARD_INSET = 8  # the cards' distance from the margin's edges
NOTE_SAVE_DELAY_MS = 700
NOTE_LINES = 6  # a card shows at most this many lines of its note, then "… more"
MORE = "… more"
ORPHAN_ROWS = 3  # the detached highlights' list is this many rows high at most, then scrolls
NO_DOCUMENT_NOTE = "Open a document to write a note on it"
DOCUMENT_NOTE = "A note on this whole document (Markdown)…"


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


def note_css(theme: Theme) -> str:
    """A rendered note's style: tight paragraphs, and this theme's ink and link colours.

    The colours are in the document, not taken from the palette when the HTML is
    parsed, so a theme switch recolours the links too (a label keeps the colours it
    parsed the first time).
    """
    return (f"body {{ color: {theme.ink}; }} a {{ color: {theme.accent}; }}"
            " p { margin-top: 0; margin-bottom: 4px; }"
            " ul, ol { margin-top: 0; margin-bottom: 4px; }"
            " h1, h2, h3, h4, h5, h6 { margin-top: 0; margin-bottom: 4px; }"
            f" blockquote {{ margin: 0 0 4px 10px; color: {theme.muted}; }}"
            f" pre, code {{ background: {theme.code_bg}; }}")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def fill_note_document(doc: QTextDocument, html: str, theme: Theme) -> None:
    """``doc`` holds a rendered note laid out tight: no outer margin, short list
    indents, and no gap after its last paragraph."""
    doc.clear()
    doc.setDocumentMargin(0)
    doc.setIndentWidth(14)
    doc.setDefaultStyleSheet(note_css(theme))
    doc.setHtml(html)
    last = doc.lastBlock()
    if last.isValid() and last.blockFormat().bottomMargin():
        cursor = QTextCursor(last)
        fmt = last.blockFormat()
        fmt.setBottomMargin(0)
        cursor.setBlockFormat(fmt)


def plain_note(note: str) -> str:
    """A note's text without its Markdown marks (for one-line summaries)."""
    doc = QTextDocument()
    doc.setHtml(render_note(note))
    return doc.toPlainText()


class NoteText(QWidget):
    """A rendered note at most ``max_lines`` lines high, cut between two lines with
    "… more" below; links open on click (allowed schemes only)."""

    link_activated = Signal(str)

    def __init__(self, parent: QWidget, max_lines: int = NOTE_LINES) -> None:
        super().__init__(parent)
        self.max_lines = max_lines
        self._doc = QTextDocument(self)
        self._key: tuple[str, str, str] | None = None
        self._theme: Theme | None = None
        self._width = -1
        self._full = 0
        self._cut = 0  # the height shown of the note (whole lines)
        self._pressed = ""
        self.clamped = False  # the note is cut, "… more" below
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMouseTracking(True)

    def set_note(self, html: str, theme: Theme) -> None:
        key = (html, theme.name, self.font().key())
        if key == self._key:
            return
        self._key, self._theme = key, theme
        self._doc.setDefaultFont(self.font())
        fill_note_document(self._doc, html, theme)
        self._width = -1
        self.updateGeometry()
        self.update()

    def html(self) -> str:
        return self._key[0] if self._key else ""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self._theme is not None:
            html, theme = self.html(), self._theme
            self._key = None
            self.set_note(html, theme)

    def _lay_out(self, width: int) -> None:
        if width == self._width:
            return
        self._width = width
        self._doc.setTextWidth(max(1, width))
        self._full = int(self._doc.size().height() + 0.99)
        bottoms: list[float] = []
        block = self._doc.begin()
        while block.isValid() and len(bottoms) <= self.max_lines:
            layout = block.layout()
            top = self._doc.documentLayout().blockBoundingRect(block).top()
            for i in range(layout.lineCount()):
                line = layout.lineAt(i)
                bottoms.append(top + line.y() + line.height())
            block = block.next()
        # One line more than the limit costs no more room than "… more": show it.
        self.clamped = len(bottoms) > self.max_lines + 1 or (
            len(bottoms) == self.max_lines + 1 and block.isValid())
        self._cut = int(bottoms[self.max_lines - 1] + 0.99) if self.clamped else self._full

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        self._lay_out(width)
        return self._cut + (self.fontMetrics().lineSpacing() + 2 if self.clamped else 0)

    def sizeHint(self) -> QSize:  # noqa: N802
        width = self.width() if self.width() > 1 else 200
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(40, 0)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        self._lay_out(self.width())
        painter = QPainter(self)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        ctx.clip = QRectF(0, 0, self.width(), self._cut)
        painter.setClipRect(ctx.clip)
        if self._theme is not None:
            ctx.palette.setColor(QPalette.ColorRole.Text, QColor(self._theme.ink))
        self._doc.documentLayout().draw(painter, ctx)
        painter.setClipping(False)
        if self.clamped and self._theme is not None:
            painter.setPen(QColor(self._theme.muted))
            line = self.fontMetrics()
            painter.drawText(QPoint(0, self._cut + 2 + line.ascent()), MORE)

    def _anchor(self, pos: QPointF) -> str:
        if pos.y() > self._cut:
            return ""
        return self._doc.documentLayout().anchorAt(pos)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        over = bool(self._anchor(event.position()))
        self.setToolTip(self._anchor(event.position()) if over else
                        ("The editor shows the whole note" if self.clamped else ""))
        event.ignore()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._pressed = self._anchor(event.position())
        if self._pressed and event.button() == Qt.MouseButton.LeftButton:
            event.accept()
        else:
            event.ignore()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        href = self._anchor(event.position())
        if href and href == self._pressed:
            self.link_activated.emit(href)
        self._pressed = ""
        event.accept()


class NoteCard(QFrame):
    """A highlight's card: quote start, rendered note (cut long), tags."""

    clicked = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("NoteCard")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.hid = ""
        self._shown: tuple[Highlight, str, bool] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        self.quote = QLabel(self)
        self.quote.setObjectName("Muted")
        self.quote.setWordWrap(True)
        self.note = NoteText(self)
        self.note.link_activated.connect(open_allowed_link)
        self.tags = QLabel(self)
        self.tags.setObjectName("Muted")
        self.tags.setWordWrap(True)
        for widget in (self.quote, self.note, self.tags):
            layout.addWidget(widget)

    def show_highlight(self, h: Highlight, theme: Theme, selected: bool) -> None:
        if self._shown == (h, theme.name, selected):
            return  # relayout runs on every scroll step: nothing to redo
        self._shown = (h, theme.name, selected)
        self.hid = h.id
        self.setStyleSheet(f"QFrame#NoteCard {{ border-left: 4px solid "
                           f"{theme.solid(h.color).name()}; }}")
        self.setProperty("selected", "true" if selected else "false")
        self.style().unpolish(self)
        self.style().polish(self)
        self.quote.setText(f"<i>“{_escape(quote_start(h.exact))}”</i>")
        self.note.set_note(render_note(h.note) if h.note.strip() else "", theme)
        self.note.setVisible(bool(h.note.strip()))
        self.tags.setText("  ".join(f"#{_escape(t)}" for t in h.tags))
        self.tags.setVisible(bool(h.tags))

    def fit(self, width: int) -> None:
        """Take ``width`` and the height the content needs at that width."""
        self.setFixedWidth(width)
        self.setFixedHeight(self.heightForWidth(width))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.hid)
        super().mouseReleaseEvent(event)


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

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
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
        card.show_highlight(h, self.theme, h.id == self.selected_id)
        return card

    def _new_card(self) -> NoteCard:
        card = NoteCard(self)
        card.clicked.connect(self.card_clicked)
        return card


class OrphanDelegate(QStyledItemDelegate):
    """Draws a detached highlight like a small card: colour bar, quote, note, tags."""

    PAD = 8

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = theme

    def _document(self, index: QModelIndex, width: int) -> QTextDocument:
        h: Highlight | None = index.data(HIGHLIGHT_ROLE)
        quote = _escape(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        parts = [f'<i style="color:{self.theme.muted}">{quote}</i>']
        if h is not None and h.note.strip():
            note = " ".join(plain_note(h.note).split())
            note = note if len(note) <= 140 else note[:140].rsplit(" ", 1)[0] + "…"
            parts.append(_escape(note))
        if h is not None and h.tags:
            tags = "  ".join(f"#{_escape(t)}" for t in h.tags)
            parts.append(f'<span style="color:{self.theme.muted}">{tags}</span>')
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        view = self.parent()
        if isinstance(view, QWidget):
            doc.setDefaultFont(view.font())
        doc.setDefaultStyleSheet(f"body {{ color: {self.theme.ink}; }}")
        doc.setHtml("<br>".join(parts))
        doc.setTextWidth(max(60, width - 2 * CARD_INSET - 4 - 2 * self.PAD))
        return doc

    def _width(self, option: QStyleOptionViewItem) -> int:
        view = self.parent()
        if isinstance(view, QAbstractItemView):
            return view.viewport().width()
        return option.rect.width() or 280

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        width = self._width(option)
        doc = self._document(index, width)
        return QSize(width, int(doc.size().height() + 0.99) + 2 * self.PAD + CARD_GAP)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex) -> None:
        theme = self.theme
        h: Highlight | None = index.data(HIGHLIGHT_ROLE)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        rect = QRect(option.rect).adjusted(CARD_INSET, CARD_GAP // 2,
                                           -CARD_INSET, -CARD_GAP + CARD_GAP // 2)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        border = QColor(theme.accent if selected else theme.card_border)
        painter.setPen(QPen(border, 2 if selected else 1))
        painter.setBrush(QColor(theme.card))
        painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.solid(h.color if h is not None else "yellow"))
        painter.drawRoundedRect(QRectF(rect.left() + 1, rect.top() + 1, 4, rect.height() - 2),
                                2, 2)
        doc = self._document(index, option.rect.width())
        painter.translate(rect.left() + 4 + self.PAD, rect.top() + self.PAD - CARD_GAP // 2 + 2)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        ctx.clip = QRectF(0, 0, rect.width(), rect.height())
        doc.documentLayout().draw(painter, ctx)
        painter.restore()


class FoldLabel(QLabel):
    """A section title that folds its section away on click ("▾" open, "▸" folded)."""

    folded = Signal(bool)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.is_folded = False
        self._title = ""

    def set_title(self, title: str) -> None:
        self._title = title
        self.setText(f"{'▸' if self.is_folded else '▾'} {title}")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self.is_folded = not self.is_folded
            self.set_title(self._title)
            self.folded.emit(self.is_folded)
        super().mouseReleaseEvent(event)


class DocumentNoteEdit(QPlainTextEdit):
    """The document note: one line while it waits, a few lines while it is edited."""

    COLLAPSED_LINES = 2
    EXPANDED_LINES = 8

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.textChanged.connect(self.fit)
        self.fit()

    def _lines(self) -> int:
        doc = self.document()
        lines = 0
        block = doc.begin()
        while block.isValid():
            lines += max(1, block.layout().lineCount()) if block.isVisible() else 0
            block = block.next()
        return max(1, lines)

    def _placeholder_lines(self) -> int:
        width = self.viewport().width() - int(2 * self.document().documentMargin())
        if width <= 0:
            return 1
        rect = self.fontMetrics().boundingRect(QRect(0, 0, width, 10_000),
                                               Qt.TextFlag.TextWordWrap, self.placeholderText())
        return max(1, round(rect.height() / self.fontMetrics().lineSpacing()))

    def setPlaceholderText(self, text: str) -> None:  # noqa: N802
        super().setPlaceholderText(text)
        self.fit()

    def fit(self) -> None:
        """One line (or as many as the placeholder needs, up to two) while waiting;
        three to eight while written in."""
        lines = self._lines() if self.toPlainText() else self._placeholder_lines()
        if self.hasFocus():
            lines = max(3, min(lines, self.EXPANDED_LINES))
        else:
            lines = min(lines, self.COLLAPSED_LINES)
        chrome = (2 * self.frameWidth() + int(2 * self.document().documentMargin())
                  + self.viewportMargins().top() + self.viewportMargins().bottom() + 6)
        height = lines * self.fontMetrics().lineSpacing() + chrome
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusInEvent(event)
        self.fit()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.fit()
        self.verticalScrollBar().setValue(0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            QTimer.singleShot(0, self, self.fit)  # the lines wrap anew at a new width


class NotesMargin(QWidget):
    """Document note and detached highlights on top, then the cards level with the text."""

    card_clicked = Signal(str)
    document_note_edited = Signal(str, str)  # doc id, Markdown

    def __init__(self, view: ReadingView, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc_id: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        top = QVBoxLayout()
        top.setContentsMargins(CARD_INSET, CARD_INSET, CARD_INSET, 4)
        top.setSpacing(4)
        self.doc_note = DocumentNoteEdit(self)
        self.doc_note.textChanged.connect(self._doc_note_typed)
        top.addWidget(self.doc_note)
        self.orphans_label = FoldLabel(self)
        self.orphans_label.setObjectName("Muted")
        self.orphans_label.setToolTip("Their passage is no longer in this version of the "
                                      "text; their notes are kept. Click one to read, edit "
                                      "or delete it; click here to fold the list.")
        self.orphans_label.folded.connect(self._fold_orphans)
        top.addWidget(self.orphans_label)
        layout.addLayout(top)
        self.orphans_model = HighlightListModel(self)
        self.orphans = QListView(self)
        self.orphans.setModel(self.orphans_model)
        self.orphans.setFrameShape(QFrame.Shape.NoFrame)
        self.orphans.setWordWrap(True)
        self.orphans.setResizeMode(QListView.ResizeMode.Adjust)
        self.orphans.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.orphans.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.orphans.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.orphans.viewport().setAutoFillBackground(False)
        self.orphans.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        self.orphans.setStyleSheet("QListView { background: transparent; }")
        self.orphans_delegate = OrphanDelegate(theme, self.orphans)
        self.orphans.setItemDelegate(self.orphans_delegate)
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
        self.doc_note.setPlaceholderText(DOCUMENT_NOTE if enabled else NO_DOCUMENT_NOTE)

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
            "1 highlight whose passage is no longer in this version" if n == 1 else
            f"{n} highlights whose passages are no longer in this version")
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

    def resizeEvent(self, event: object) -> None:  # noqa: N802
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self.orphans_model.rowCount():
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
