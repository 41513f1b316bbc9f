"""The window's menu bar: every menu item and keyboard shortcut in one place.

Only the library table's own keys are elsewhere: Delete and F2 belong to
:class:`ui.window.library.actions.LibraryActions`, which limits them to the table
(in a note or the text they keep their usual meaning), and the second pane's two
items to :class:`ui.window.side_by_side.SideBySide`, which enables and checks them.
Each item calls a method of the window or of the collaborator that does the work.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from ui.window.help.actions import HelpActions
from ui.window.i18n import LanguageMenu
from ui.window.interface_size import InterfaceSize
from ui.window.original.link import OriginalMenuItem
from ui.window.outline.actions import OutlineActions
from ui.window.recent import RecentDocuments
from ui.window.sync.actions import SyncActions
from ui.window.theme import THEMES, theme_label

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow
    from ui.window.workers.write import UndoState

Shortcut = QKeySequence | QKeySequence.StandardKey | str | list[str] | None


class Menus(QObject):
    """File, Edit, Library, View and Help; ``undo_action`` and ``redo_action`` follow the
    write worker's undo stack (:meth:`show_undo_state`)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        bar = window.menuBar()
        self._file_menu(bar.addMenu(self.tr("&File")))
        edit = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self.add(edit, self.tr("&Undo"), window.undo,
                                    QKeySequence.StandardKey.Undo)
        self.redo_action = self.add(edit, self.tr("&Redo"), window.redo, "Ctrl+Shift+Z")
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self._edit_menu(edit)
        window.library_actions.build_menu(bar.addMenu(self.tr("&Library")))
        self.outline = OutlineActions(window)  # View → Outline and the Go menu (issue 17)
        self._view_menu(bar.addMenu(self.tr("&View")))
        self.outline.build_go_menu(bar.addMenu(self.tr("&Go")), self.add)
        self.help = HelpActions(window)
        self.help.build_menu(bar.addMenu(self.tr("&Help")), self.add)

    def add(self, menu: QMenu, text: str, slot: Callable[[], object],
            shortcut: Shortcut = None) -> QAction:
        """An item of ``menu`` calling ``slot`` with no argument (so a slot's optional
        argument, e.g. an export choice, means "ask the reader")."""
        action = QAction(text, self.window)
        if isinstance(shortcut, list):
            action.setShortcuts([QKeySequence(s) for s in shortcut])
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _=False: slot())
        menu.addAction(action)
        return action

    def _file_menu(self, menu: QMenu) -> None:
        window = self.window
        exports, backups = window.export_actions, window.backup_actions
        self.add(menu, self.tr("&Import…"), window.imports.ask,
                 QKeySequence.StandardKey.Open)
        self.recent = RecentDocuments(window, menu.addMenu(self.tr("Open &recent")))
        menu.addSeparator()
        self.add(menu, self.tr("&Export notes…"), exports.export_notes, "Ctrl+E")
        self.add(menu, self.tr("Back up &library…"), backups.back_up)
        self.add(menu, self.tr("Res&tore…"), backups.restore)
        self.add(menu, self.tr("&Back up annotations (JSON)…"), exports.backup_annotations)
        self.sync = SyncActions(window, window.worker, window.services)  # issue 19
        self.sync.build_menu(menu, self.add)  # File → Sync
        menu.addSeparator()
        self.add(menu, self.tr("&Quit"), window.close, QKeySequence.StandardKey.Quit)

    def _edit_menu(self, menu: QMenu) -> None:
        search = self.window.search_actions
        menu.addSeparator()
        self.add(menu, self.tr("&Colour names…"), self.window.rename_colors)
        menu.addSeparator()
        self.add(menu, self.tr("&Find in document…"), search.find_in_document, "Ctrl+F")
        self.add(menu, self.tr("Search the &library…"), search.show_search,
                 ["Ctrl+Shift+F", "Ctrl+K"])
        self.add(menu, self.tr("&Next hit"), lambda: search.step_hit(1), "F3")
        self.add(menu, self.tr("Pre&vious hit"), lambda: search.step_hit(-1),
                 "Shift+F3")

    def _view_menu(self, menu: QMenu) -> None:
        window = self.window
        self.add(menu, self.tr("&Larger text"), lambda: window.zoom(1), "Ctrl+=")
        self.add(menu, self.tr("&Smaller text"), lambda: window.zoom(-1), "Ctrl+-")
        self.add(menu, self.tr("&Default text size"), lambda: window.zoom(0),
                 "Ctrl+0")
        themes = menu.addMenu(self.tr("&Theme"))
        group = QActionGroup(window)
        for name in THEMES:
            action = self.add(themes, theme_label(name), lambda n=name: window.set_theme(n))
            action.setCheckable(True)
            action.setChecked(name == window.theme_name)
            group.addAction(action)
        self.interface_size = InterfaceSize(window)  # View → Interface text size (issue 18)
        self.interface_size.build(menu)
        self.language = LanguageMenu(window, window.memory)  # View → Language (issue 18)
        self.language.build(menu)
        menu.addSeparator()
        self.add(menu, self.tr("Show or hide the li&brary"), lambda: window.show_sidebar(
            window.splitter.sizes()[0] == 0), "Ctrl+Shift+L")
        self.outline.add_view_item(menu, self.add)
        self.original = OriginalMenuItem(window)  # View → Original (Ctrl+Shift+P, issue 17)
        menu.addAction(self.original.action)
        menu.aboutToShow.connect(self.original.refresh)
        menu.addAction(window.side_by_side.sync_action)
        menu.addAction(window.side_by_side.close_action)

    def show_undo_state(self, state: UndoState) -> None:
        """Undo and Redo name what they would undo or redo, or are greyed out."""
        self.undo_action.setEnabled(state.can_undo)
        self.redo_action.setEnabled(state.can_redo)
        self.undo_action.setText(self.tr("Undo {what}").format(what=state.undo_label)
                                 if state.undo_label else self.tr("Undo"))
        self.redo_action.setText(self.tr("Redo {what}").format(what=state.redo_label)
                                 if state.redo_label else self.tr("Redo"))
