"""A highlight's card in the notes margin, and the note rendering it shares with the
editor: a note drawn at the card's real width, cut after a few lines with "… more"."""


from __future__ import annotations

import html
import logging

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QPoint,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QDesktopServices,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from reader.markdown import ALLOWED_SCHEMES, plain_note, render_note
from reader.model import Highlight
from reader.tags import display_tag, normalize_tags
from ui.window.theme import Theme

log = logging.getLogger(__name__)

CARD_GAP = 6
CARD_INSET = 8  # the cards' distance from the margin's edges
NOTE_SAVE_DELAY_MS = 700
NOTE_LINES = 6  # a card shows at most this many lines of its note, then "… more"
MORE = QT_TRANSLATE_NOOP("NoteText", "… more")  # the English source; painted translated


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

    def changeEvent(self, event: QEvent) -> None:
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

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        self._lay_out(width)
        return self._cut + (self.fontMetrics().lineSpacing() + 2 if self.clamped else 0)

    def sizeHint(self) -> QSize:
        width = self.width() if self.width() > 1 else 200
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(40, 0)

    def paintEvent(self, event: QPaintEvent) -> None:
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
            painter.drawText(QPoint(0, self._cut + 2 + line.ascent()), self.tr(MORE))

    def _anchor(self, pos: QPointF) -> str:
        if pos.y() > self._cut:
            return ""
        return self._doc.documentLayout().anchorAt(pos)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        over = bool(self._anchor(event.position()))
        self.setToolTip(self._anchor(event.position()) if over else
                        (self.tr("The editor shows the whole note") if self.clamped else ""))
        event.ignore()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pressed = self._anchor(event.position())
        if self._pressed and event.button() == Qt.MouseButton.LeftButton:
            event.accept()
        else:
            event.ignore()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
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
        self._shown: tuple[Highlight, str, bool, str] | None = None
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

    def show_highlight(self, h: Highlight, theme: Theme, selected: bool,
                       where: str = "") -> None:
        """``where``: the passage's page and chapter ("p. 12 · Loomings"), if known."""
        if self._shown == (h, theme.name, selected, where):
            return  # relayout runs on every scroll step: nothing to redo
        self._shown = (h, theme.name, selected, where)
        self.hid = h.id
        self.setStyleSheet(f"QFrame#NoteCard {{ border-left: 4px solid "
                           f"{theme.solid(h.color).name()}; }}")
        self.setProperty("selected", "true" if selected else "false")
        self.style().unpolish(self)
        self.style().polish(self)
        quote = self.tr("“{quote}”").format(quote=quote_start(h.exact))
        self.quote.setText(f"<i>{html.escape(quote)}</i>")
        self._name(h, where)
        self.note.set_note(render_note(h.note) if h.note.strip() else "", theme)
        self.note.setVisible(bool(h.note.strip()))
        tags = "  ".join(html.escape(display_tag(t)) for t in normalize_tags(h.tags))
        place = f"<span>{html.escape(where)}</span>" if where else ""
        self.tags.setText("  ·  ".join(p for p in (place, tags) if p))
        self.tags.setVisible(bool(tags or where))
        self.tags.setToolTip(where)

    def _name(self, h: Highlight, where: str) -> None:
        """What a screen reader says of the card: its passage, then where and the note."""
        self.setAccessibleName(self.tr("Highlight “{quote}”").format(
            quote=quote_start(h.exact, 60)))
        note = quote_start(plain_note(h.note), 200) if h.note.strip() else ""
        self.setAccessibleDescription(" · ".join(p for p in (where, note) if p))

    def fit(self, width: int) -> None:
        """Take ``width`` and the height the content needs at that width."""
        self.setFixedWidth(width)
        self.setFixedHeight(self.heightForWidth(width))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.hid)
        super().mouseReleaseEvent(event)
