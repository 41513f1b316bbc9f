"""The highlights whose passage is no longer in the text (a new version of the
document changed it): listed at the top of the notes margin as small cards, under
a title that folds the list away.

Their notes are kept; clicking one selects it in the editor, to read, edit or
delete it. The list is at most a few rows high, then scrolls, so the cards level
with the text keep the room.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QMouseEvent,
    QPainter,
    QPen,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from reader.markdown import plain_note
from reader.model import Highlight
from reader.tags import display_tag, normalize_tags
from ui.window.library.model import HIGHLIGHT_ROLE, HighlightListModel
from ui.window.notes.note_card import CARD_GAP, CARD_INSET, quote_start
from ui.window.theme import Theme

ORPHAN_ROWS = 3  # the detached highlights' list is this many rows high at most, then scrolls


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

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
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
        self.setAccessibleDescription(self.tr("Click to fold or unfold the list below"))

    def set_title(self, title: str) -> None:
        self._title = title
        self.setText(f"{'▸' if self.is_folded else '▾'} {title}")
        self.setAccessibleName(title)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.is_folded = not self.is_folded
            self.set_title(self._title)
            self.folded.emit(self.is_folded)
        super().mouseReleaseEvent(event)


class DetachedList(QListView):
    """The detached highlights, one small card each (``rows`` holds them): no frame
    nor background of its own, so they sit on the margin like the other cards."""

    def __init__(self, theme: Theme, parent: QWidget) -> None:
        super().__init__(parent)
        self.rows = HighlightListModel(self)
        self.setModel(self.rows)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.viewport().setAutoFillBackground(False)
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        self.setStyleSheet("QListView { background: transparent; }")
        self.delegate = OrphanDelegate(theme, self)
        self.setItemDelegate(self.delegate)
