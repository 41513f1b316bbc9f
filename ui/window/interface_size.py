"""View → Interface text size: the window's own text (menus, library, margin, dialogs)
smaller or larger than the system's, independently of the reading text (Ctrl+= / -).

The choice is the application font's size relative to the system's, remembered in the
library's settings like the reading size. Changing the application font also tells
every text box to take it; the reading view's document is then rebuilt at its own
size, so the page never follows the chrome.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QApplication, QMenu

from ui.window.choices import add_choices

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow

log = logging.getLogger(__name__)

STEPS = {"smaller": -2.0, "default": 0.0, "larger": 2.0, "largest": 5.0}  # points
BASE_PROPERTY = "marginalia_system_font"  # the system's font, before any change of ours


class InterfaceSize(QObject):
    """The submenu and the font it sets; ``choice`` is the one in force."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.actions: dict[str, QAction] = {}
        chosen = window.memory.interface_size()
        self.choice = chosen if chosen in STEPS else "default"
        if self.choice != "default":
            self.apply(self.choice)

    def build(self, parent: QMenu) -> QMenu:
        menu = parent.addMenu(self.tr("&Interface text size"))
        labels = {"smaller": self.tr("&Smaller"), "default": self.tr("&Default"),
                  "larger": self.tr("&Larger"), "largest": self.tr("L&argest")}
        self.actions.update(add_choices(menu, labels, self.choice, self.choose))
        return menu

    def choose(self, choice: str) -> None:
        if choice not in STEPS:
            raise ValueError(f"interface text size {choice!r}: not one of {', '.join(STEPS)}")
        self.choice = choice
        if choice in self.actions:
            self.actions[choice].setChecked(True)
        self.apply(choice)
        self.window.memory.remember_interface_size(choice)

    def apply(self, choice: str) -> None:
        """Set the application font; the reading panes keep their own text size."""
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        base = app.property(BASE_PROPERTY)
        if not isinstance(base, QFont):
            base = QFont(app.font())
            app.setProperty(BASE_PROPERTY, base)
        if base.pointSizeF() <= 0:  # a font sized in pixels: left as the system has it
            log.info("interface text size unchanged: the system font has no point size")
            return
        font = QFont(base)
        font.setPointSizeF(max(6.0, base.pointSizeF() + STEPS[choice]))
        app.setFont(font)  # dialogs and windows opened from now on
        self.window.setFont(font)
        # Widgets under a style sheet keep the font they were polished with: polish again.
        self.window.setStyleSheet(self.window.styleSheet())
        for pane in self.window.panes:
            pane.set_font_size(self.window.font_size)  # its document, rebuilt in serif

    def point_size(self) -> float:
        """The window's text size now (for tests and the About box)."""
        return QApplication.font().pointSizeF()
