"""The menu items of issue 17: View → Outline, and the Go menu (Back, Forward, bookmark).

Each acts on the active pane (the one the reader last worked in); the outline is
shown or hidden in every pane at once, a pane opened beside taking the same choice.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from ui.window.outline.panel import show_outlines

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow
    from ui.window.reading.pane import ReadingPane

Add = Callable[..., QAction]


class OutlineActions:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.outline_action: QAction | None = None

    def add_view_item(self, menu: QMenu, add: Add) -> None:
        """View → Outline (Ctrl+Shift+O), checkable."""
        action = add(menu, QCoreApplication.translate("OutlineActions", "&Outline"), self.toggle,
                     "Ctrl+Shift+O")
        action.setCheckable(True)
        self.outline_action = action

    def build_go_menu(self, menu: QMenu, add: Add) -> None:
        self.back_action = add(menu, QCoreApplication.translate("OutlineActions", "&Back"),
                               lambda: self._pane().outline.links.back(), "Alt+Left")
        self.forward_action = add(menu, QCoreApplication.translate("OutlineActions", "&Forward"),
                                  lambda: self._pane().outline.links.forward(), "Alt+Right")
        menu.addSeparator()
        self.bookmark_action = add(menu, QCoreApplication.translate("OutlineActions",
                                                                    "Add book&mark…"),
                                   lambda: self._pane().outline.bookmarks.add(), "Ctrl+D")

    def toggle(self) -> None:
        shown = self.outline_action is not None and self.outline_action.isChecked()
        show_outlines(self.window.panes, shown)

    def shown(self) -> bool:
        return self.outline_action is not None and self.outline_action.isChecked()

    def _pane(self) -> ReadingPane:
        return self.window.active_pane()
