"""The Help menu: keyboard shortcuts, the user guide, and About.

Each opens a non-modal dialog over the window (reading goes on), one of each kind:
asked again, it comes forward. The shortcuts are read off the window's actions
each time, so an Undo that now names what it undoes is listed as it reads.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMenu

from ui.window.help.about import AboutDialog
from ui.window.help.guide import GuideDialog
from ui.window.help.shortcuts import ShortcutsDialog, shortcut_rows

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from ui.window.main_window import MainWindow

Add = Callable[..., "QAction"]  # Menus.add: (menu, text, slot, shortcut) -> QAction


class HelpActions(QObject):
    """The dialogs the Help menu opens, kept while open (``shortcuts``, ``guide``,
    ``about``; None before their first use)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.shortcuts: ShortcutsDialog | None = None
        self.guide: GuideDialog | None = None
        self.about: AboutDialog | None = None

    def build_menu(self, menu: QMenu, add: Add) -> None:
        add(menu, self.tr("&Keyboard shortcuts"), self.show_shortcuts, ["F1", "Ctrl+/"])
        add(menu, self.tr("User &guide"), self.show_guide)
        menu.addSeparator()
        add(menu, self.tr("&About Marginalia"), self.show_about)

    def show_shortcuts(self) -> None:
        if self.shortcuts is None:
            self.shortcuts = ShortcutsDialog(shortcut_rows(self.window), self.window)
        else:
            self.shortcuts.show_rows(shortcut_rows(self.window))
        _bring_up(self.shortcuts)

    def show_guide(self) -> None:
        if self.guide is None:
            self.guide = GuideDialog(self.window)
        _bring_up(self.guide)

    def show_about(self) -> None:
        if self.about is None:
            self.about = AboutDialog(self.window.services.paths.root, self.window)
        _bring_up(self.about)


def _bring_up(dialog: QDialog) -> None:
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
