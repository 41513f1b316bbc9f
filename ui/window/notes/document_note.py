"""The note on the whole document, at the top of the notes margin: a box that
waits as one or two lines, so the cards keep the room, and grows while written in.

It is saved like a highlight's note (after a short pause in the typing, and on
switching document or closing), by :class:`ui.window.notes.margin.NotesMargin`.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRect, Qt, QTimer
from PySide6.QtGui import QFocusEvent, QResizeEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

# English source texts; NotesMargin shows them translated (its context).
NO_DOCUMENT_NOTE = QT_TRANSLATE_NOOP("NotesMargin", "Open a document to write a note on it")
DOCUMENT_NOTE = QT_TRANSLATE_NOOP("NotesMargin", "A note on this whole document (Markdown)…")


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

    def setPlaceholderText(self, text: str) -> None:
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

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.fit()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.fit()
        self.verticalScrollBar().setValue(0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            QTimer.singleShot(0, self, self.fit)  # the lines wrap anew at a new width
