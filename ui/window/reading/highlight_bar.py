"""The small floating bar of the five highlight colours, shown over a fresh
selection in the reading view: one click (or the keys 1 to 5) highlights it.

Its buttons are tinted for the theme and named for the library's colour names.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton, QWidget

from reader.model import COLORS
from ui.window.theme import Theme, color_name, reader_label


class HighlightBar(QFrame):
    """The small floating bar of colours shown over a fresh selection."""

    picked = Signal(str)

    def __init__(self, theme: Theme, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("HighlightBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(6)
        self.setAccessibleName(self.tr("Highlight colours"))
        self.setAccessibleDescription(self.tr("Highlights the selected text in the colour "
                                              "picked (keys 1 to 5)"))
        self.buttons: dict[str, QToolButton] = {}
        self.labels: dict[str, str] = {}
        for color in COLORS:
            button = QToolButton(self)
            button.setFixedSize(20, 20)
            button.clicked.connect(lambda _=False, c=color: self.picked.emit(c))
            layout.addWidget(button)
            self.buttons[color] = button
        self.set_labels({})
        self.set_theme(theme)
        self.hide()

    def set_theme(self, theme: Theme) -> None:
        for color, button in self.buttons.items():
            button.setStyleSheet(f"QToolButton {{ background: {theme.solid(color).name()};"
                                 f" border-radius: 10px; border: 1px solid {theme.card_border};}}"
                                 f" QToolButton:hover {{ border: 2px solid {theme.ink}; }}")

    def swatch_name(self, color: str) -> str:
        """What picking ``color`` does, in words: its colour, and the reader's own name
        for it when the library has one (the context menu says the same)."""
        label = reader_label(color, self.labels)
        if label:
            return self.tr("Highlight {label} ({colour})").format(label=label,
                                                                 colour=color_name(color))
        return self.tr("Highlight {colour}").format(colour=color_name(color))

    def set_labels(self, labels: dict[str, str]) -> None:
        """The library's colour names, on each swatch's tooltip and accessible name."""
        self.labels = dict(labels)
        for i, (color, button) in enumerate(self.buttons.items(), 1):
            label = reader_label(color, labels) or color_name(color)
            button.setToolTip(self.tr("{label} ({key})").format(label=label, key=i))
            button.setAccessibleName(self.swatch_name(color))
            button.setAccessibleDescription(
                self.tr("Highlights the selected text (key {key})").format(key=i))

    def show_over(self, start: QRect, end_bottom: int, width: int) -> None:
        """Shown just above the selection's first line (``start``), inside the view's
        ``width``; below its end (``end_bottom``) when there is no room above."""
        self.adjustSize()
        x = min(max(4, start.left() - 10), width - self.width() - 4)
        y = start.top() - self.height() - 6
        if y < 0:
            y = end_bottom + 6
        self.move(x, y)
        self.show()
        self.raise_()
