"""The top of the notes margin: the document-level note and the list of detached
highlights (whose passage is no longer in the text)."""


from __future__ import annotations

import html
import logging

from PySide6.QtCore import (
    QModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFocusEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QResizeEvent,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from reader.markdown import plain_note
from reader.model import Highlight
from reader.tags import display_tag, normalize_tags
from ui.window.library.model import HIGHLIGHT_ROLE
from ui.window.notes.note_card import CARD_GAP, CARD_INSET, quote_start
from ui.window.theme import Theme

log = logging.getLogger(__name__)

ORPHAN_ROWS = 3  # the detached highlights' list is this many rows high at most, then scrolls
NO_DOCUMENT_NOTE = "Open a document to write a note on it"
DOCUMENT_NOTE = "A note on this whole document (Markdown)…"



class OrphanDelegate(QStyledItemDelegate):
    """Draws a detached highlight like a small card: colour bar, quote, note, tags."""

    PAD = 8

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = theme

    def _document(self, index: QModelIndex, width: int) -> QTextDocument:
        h: Highlight | None = index.data(HIGHLIGHT_ROLE)
        quote = html.escape(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        parts = [f'<i style="color:{self.theme.muted}">{quote}</i>']
        if h is not None and h.note.strip():
            parts.append(html.escape(quote_start(plain_note(h.note), 140)))
        if h is not None and normalize_tags(h.tags):
            tags = "  ".join(html.escape(display_tag(t)) for t in normalize_tags(h.tags))
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
