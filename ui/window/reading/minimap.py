"""The minimap: a thin strip beside the scrollbar showing where things are.

Each highlight is a tick in its colour and each search or find hit an orange tick,
at the height its passage has in the whole laid-out document, so the strip reads
like the scrollbar: top is the beginning, bottom the end. The visible part of the
text is a translucent band; a click scrolls there. Positions are computed when the
content changes (not on every scroll), so scrolling only repaints the band.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from ui.window.reading.painting import found_color
from ui.window.reading.view import ReadingView

log = logging.getLogger(__name__)

WIDTH = 14
MARK_HEIGHT = 3.0


@dataclass(frozen=True)
class Mark:
    kind: str  # "highlight" | "hit"
    offset: int  # canonical code point offset of the passage's start
    fraction: float  # 0 = top of the document, 1 = its bottom
    color: QColor


class Minimap(QWidget):
    """Marks for ``view``'s highlights and hits; click or drag to scroll there."""

    def __init__(self, view: ReadingView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.marks: list[Mark] = []
        self.setFixedWidth(WIDTH)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("Highlights and search hits in this document: click to go "
                                "there"))
        self.setAccessibleName(self.tr("Minimap"))
        self.setAccessibleDescription(self.tr("Where the highlights and search hits are in "
                                              "this document; click to go there"))
        view.content_changed.connect(self.refresh)
        view.hits_changed.connect(self.refresh)
        view.viewport_moved.connect(self.update)

    def sizeHint(self) -> QSize:
        return QSize(WIDTH, 200)

    def document_height(self) -> float:
        """The height marks are spread over: a text shorter than the view keeps its
        marks level with its lines, not stretched to the bottom of the strip."""
        return max(1.0, self.view.document().size().height(),
                   float(self.view.viewport().height()))

    def fraction_of(self, offset: int) -> float:
        """Where ``offset``'s line sits in the laid-out document, from 0 to 1."""
        y = self.view.y_of_offset(offset) + self.view.verticalScrollBar().value()
        return min(1.0, max(0.0, y / self.document_height()))

    def refresh(self) -> None:
        """Recompute every mark's position (after new content, highlights or hits)."""
        marks: list[Mark] = []
        if self.view.document_ is not None:
            theme = self.view.theme
            for h in self.view.highlights:
                marks.append(Mark("highlight", h.start, self.fraction_of(h.start),
                                  theme.solid(h.color)))
            hit_color = found_color(theme)
            for start, _ in self.view.hits:
                marks.append(Mark("hit", start, self.fraction_of(start), hit_color))
        self.marks = marks
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        theme = self.view.theme
        painter.fillRect(self.rect(), QColor(theme.chrome))
        height = float(self.height())
        bar = self.view.verticalScrollBar()
        total = bar.maximum() + bar.pageStep()
        if total > 0 and bar.maximum() > 0:
            band = QColor(theme.muted)
            band.setAlpha(45)
            top = bar.value() / total * height
            painter.fillRect(QRectF(0, top, self.width(), bar.pageStep() / total * height), band)
        for mark in self.marks:
            y = min(height - MARK_HEIGHT, mark.fraction * height)
            if mark.kind == "highlight":
                painter.fillRect(QRectF(2, y, self.width() - 4, MARK_HEIGHT), mark.color)
            else:
                painter.fillRect(QRectF(self.width() / 2, y, self.width() / 2 - 1, 2.0),
                                 mark.color)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.jump_to(event.position().y())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.jump_to(event.position().y())

    def jump_to(self, y: float) -> None:
        """Centre the view on the part of the document at height ``y`` of the strip."""
        fraction = min(1.0, max(0.0, y / max(1, self.height())))
        bar = self.view.verticalScrollBar()
        target = fraction * self.document_height() - self.view.viewport().height() / 2
        bar.setValue(int(max(0, min(bar.maximum(), target))))
