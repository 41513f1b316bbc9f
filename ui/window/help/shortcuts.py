"""Help → Keyboard shortcuts (F1, Ctrl+/): every key the window answers, in one list.

The menu items are read off the window's own actions when the dialog opens —
their text, their shortcuts in the platform's own spelling, grouped by the menu
they are in — so the list cannot drift from the menus. The keys that are no menu
item (handled by a widget's ``keyPressEvent`` or a signal of its own) are listed
once, in :data:`OTHER_KEYS`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.model import COLORS
from ui.window.theme import color_name

# English source texts (context "ShortcutsDialog"), translated when shown
OTHER_GROUP = QT_TRANSLATE_NOOP("ShortcutsDialog", "Other keys")
ELSEWHERE = QT_TRANSLATE_NOOP("ShortcutsDialog", "Elsewhere in the window")
HIGHLIGHT_KEYS = QT_TRANSLATE_NOOP("ShortcutsDialog", "Highlight the selection: {colors}")
READING = QT_TRANSLATE_NOOP("ShortcutsDialog", "Reading")
FIND_BAR = QT_TRANSLATE_NOOP("ShortcutsDialog", "Find bar")
SEARCH = QT_TRANSLATE_NOOP("ShortcutsDialog", "Search")


def _colour_keys(name: Callable[[str], str] = str) -> str:
    """``1 yellow, 2 green, …``: the keys and the colours they give."""
    return ", ".join(f"{i} {name(c)}" for i, c in enumerate(COLORS, 1))


# (where, keys as Qt spells them portably, what they do): the keys no menu item holds.
OTHER_KEYS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    (READING, tuple(str(i) for i in range(1, len(COLORS) + 1)),
     HIGHLIGHT_KEYS.format(colors=_colour_keys())),
    (READING, ("Shift+Left", "Shift+Right"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Extend the selection (the colour bar follows)")),
    (READING, ("Alt+Down", "Alt+Up"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "The next or previous highlight")),
    (READING, ("Return",), QT_TRANSLATE_NOOP("ShortcutsDialog", "Open the highlight's card, "
                                                                  "to write its note")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Note"), ("Esc",),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Back to the text (the note is kept)")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Window"), ("F6", "Shift+F6"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "The next or previous region: library, text, "
                                          "notes, search")),
    (FIND_BAR, ("Return",), QT_TRANSLATE_NOOP("ShortcutsDialog", "Next match")),
    (FIND_BAR, ("Shift+Return",), QT_TRANSLATE_NOOP("ShortcutsDialog", "Previous match")),
    (FIND_BAR, ("Esc",), QT_TRANSLATE_NOOP("ShortcutsDialog", "Close the find bar")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Library"), ("Up", "Down", "Return"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Open the row chosen")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Library filter"), ("Return",),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Open the document the filter narrowed down to")),
    (SEARCH, ("Return",), QT_TRANSLATE_NOOP("ShortcutsDialog", "Open the first result")),
    (SEARCH, ("Down",), QT_TRANSLATE_NOOP("ShortcutsDialog", "From the query to the results")),
)


def _say(text: str) -> str:
    """An :data:`OTHER_KEYS` text in the window's language (the colours' names too)."""
    if text == OTHER_KEYS[0][2]:
        return QCoreApplication.translate("ShortcutsDialog", HIGHLIGHT_KEYS).format(
            colors=_colour_keys(color_name))
    return QCoreApplication.translate("ShortcutsDialog", text)


@dataclass(frozen=True)
class ShortcutRow:
    group: str  # the menu ("View › Theme" for a submenu), or where the key works
    text: str  # what it does: the item's text, without its '&' mnemonic
    keys: str  # the shortcuts in the platform's own spelling ("Ctrl+O", "⌘O")


def plain_text(action: QAction) -> str:
    """An item's text as read: no mnemonic '&' ("&&" is a real one), no tab part."""
    text = action.text().split("\t")[0]
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def native_keys(sequences: list[QKeySequence]) -> str:
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences
                     if not s.isEmpty())


def menu_rows(menu: QMenu, group: str) -> list[ShortcutRow]:
    """``menu``'s items that have a shortcut, its submenus' after them."""
    rows: list[ShortcutRow] = []
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            rows += menu_rows(sub, f"{group} › {plain_text(action)}")
        elif not action.isSeparator() and native_keys(action.shortcuts()):
            rows.append(ShortcutRow(group, plain_text(action), native_keys(action.shortcuts())))
    return rows


def shortcut_rows(window: QMainWindow) -> list[ShortcutRow]:
    """Every shortcut of ``window``: its menus' items, any other action of the window
    that has one, then :data:`OTHER_KEYS`."""
    rows: list[ShortcutRow] = []
    seen: set[int] = set()
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            rows += menu_rows(menu, plain_text(top))
            seen |= {id(a) for a in _all_actions(menu)}
    elsewhere = _say(ELSEWHERE)
    rows += [ShortcutRow(elsewhere, plain_text(a), native_keys(a.shortcuts()))
             for a in window.findChildren(QAction)
             if id(a) not in seen and a.menu() is None and native_keys(a.shortcuts())]
    for where, keys, what in OTHER_KEYS:
        shown = native_keys([QKeySequence(k) for k in keys])
        group = QCoreApplication.translate("ShortcutsDialog", "{group}: {where}").format(
            group=_say(OTHER_GROUP), where=_say(where))
        rows.append(ShortcutRow(group, _say(what), shown))
    return rows


def _all_actions(menu: QMenu) -> list[QAction]:
    found: list[QAction] = []
    for action in menu.actions():
        sub = action.menu()
        found += _all_actions(sub) if isinstance(sub, QMenu) else [action]
    return found


class ShortcutsDialog(QDialog):
    """The rows under their menus, in a two-column tree (what, keys)."""

    def __init__(self, rows: list[ShortcutRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("What"), self.tr("Keys")])
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.show_rows(rows)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        box = QVBoxLayout(self)
        box.addWidget(self.tree)
        box.addWidget(buttons)
        self.resize(640, 680)

    def show_rows(self, rows: list[ShortcutRow]) -> None:
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for row in rows:
            group = groups.get(row.group)
            if group is None:
                group = QTreeWidgetItem(self.tree, [row.group])
                group.setFirstColumnSpanned(True)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                groups[row.group] = group
            QTreeWidgetItem(group, [row.text, row.keys])
        self.tree.expandAll()

    def listed(self) -> list[ShortcutRow]:
        """What the dialog shows, read back from its tree (tests, screen readers)."""
        out: list[ShortcutRow] = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            for j in range(group.childCount()):
                item = group.child(j)
                out.append(ShortcutRow(group.text(0), item.text(0), item.text(1)))
        return out
