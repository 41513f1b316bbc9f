"""An item delegate that draws each row's display text as (trusted, escaped) HTML.

Search results need bold matched words and a muted count; a plain ``QListView``
draws text only. The HTML comes from :mod:`ui.window.search.panel`, which escapes every
piece of document text before adding its own tags.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

Index = QModelIndex | QPersistentModelIndex
PAD_X = 8
PAD_Y = 5


class RichTextDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(option.font)
        pal = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        ink = pal.color(QPalette.ColorRole.HighlightedText if selected
                        else QPalette.ColorRole.Text).name()
        muted = ink if selected else pal.color(QPalette.ColorRole.PlaceholderText).name()
        accent = pal.color(QPalette.ColorRole.Link).name()
        doc.setDefaultStyleSheet(
            f"body {{ color: {ink}; }} .muted {{ color: {muted}; }}"
            f" .badge {{ color: {ink if selected else accent}; font-size: small;"
            f" font-weight: bold; }}")
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        doc.setHtml(f"<body>{text}</body>")
        width = option.rect.width() if option.rect.width() > 0 else 300
        doc.setTextWidth(max(60, width - 2 * PAD_X - self._indent(index)))
        return doc

    @staticmethod
    def _indent(index: Index) -> int:
        row = index.data(Qt.ItemDataRole.UserRole + 10)
        return 14 if row is not None and not getattr(row, "header", True) else 0

    @staticmethod
    def _top(index: Index) -> int:
        """Headers get air above them, so each document's group reads as one."""
        row = index.data(Qt.ItemDataRole.UserRole + 10)
        return PAD_Y + (6 if row is not None and getattr(row, "header", False) and index.row()
                        else 0)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(option, index)
        painter.save()
        painter.translate(option.rect.left() + PAD_X + self._indent(index),
                          option.rect.top() + self._top(index))
        clip = QRectF(0, 0, option.rect.width(), option.rect.height())
        ctx = QAbstractTextDocumentLayout.PaintContext()
        ctx.clip = clip
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        opt = QStyleOptionViewItem(option)
        widget = opt.widget
        if widget is not None:
            viewport = getattr(widget, "viewport", None)
            opt.rect.setWidth((viewport() if viewport else widget).width())
        doc = self._document(opt, index)
        return QSize(int(doc.idealWidth()) + 2 * PAD_X,
                     int(doc.size().height()) + PAD_Y + self._top(index))
