"""The small floating bar of the five highlight colours, shown over a fresh
selection in the reading view: one click (or the keys 1 to 5) highlights it.

Its buttons are tinted for the theme and named for the library's colour names.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton, QWidget

from reader.model import COLORS
from ui.window.theme import Theme


class HighlightBar(QFrame):
    """The small floating bar of colours shown over a fresh selection."""

    picked = Signal(str)

    def __init__(self, theme: Theme, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("HighlightBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(6)
        self.buttons: dict[str, QToolButton] = {}
        for i, color in enumerate(COLORS, 1):
            button = QToolButton(self)
            button.setToolTip(f"Highlight {color} ({i})")
            button.setFixedSize(20, 20)
            button.clicked.connect(lambda _=False, c=color: self.picked.emit(c))
            layout.addWidget(button)
            self.buttons[color] = button
        self.set_theme(theme)
        self.hide()

    def set_theme(self, theme: Theme) -> None:
        for color, button in self.buttons.items():
            button.setStyleSheet(f"QToolButton {{ background: {theme.solid(color).name()};"
                                 f" border-radius: 10px; border: 1px solid {theme.card_border};}}"
                                 f" QToolButton:hover {{ border: 2px solid {theme.ink}; }}")

    def set_labels(self, labels: dict[str, str]) -> None:
        for i, (color, button) in enumerate(self.buttons.items(), 1):
            button.setToolTip(f"{labels.get(color, color)} ({i})")
