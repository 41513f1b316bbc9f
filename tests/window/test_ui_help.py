"""The Help menu of the real window: keyboard shortcuts generated from the window's
own actions, the README's usage section as the user guide, About (issue 17)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from reader import __version__
from ui.window.help import guide
from ui.window.help.about import BUNDLED, licence_of
from ui.window.help.shortcuts import OTHER_KEYS
from ui.window.main_window import MainWindow

README = Path(__file__).resolve().parents[2] / "README.md"
NATIVE = QKeySequence.SequenceFormat.NativeText


def help_item(window: MainWindow, words: str) -> QAction:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    return next(a for a in menu.actions() if words in a.text().replace("&", ""))


def actions_with_keys(menu: QMenu) -> list[QAction]:
    found: list[QAction] = []
    for action in menu.actions():
        if isinstance(action.menu(), QMenu):
            found += actions_with_keys(action.menu())
        elif action.shortcuts():
            found.append(action)
    return found


def test_keyboard_shortcuts_list_every_menu_action_with_its_keys(window: MainWindow,
                                                                 qtbot) -> None:
    item = help_item(window, "Keyboard shortcuts")
    assert {s.toString() for s in item.shortcuts()} == {"F1", "Ctrl+/"}
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F1)
    dialog = window.menus.help.shortcuts
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    listed = dialog.listed()
    in_menus = [(top.text().replace("&", ""), a) for top in window.menuBar().actions()
                for a in actions_with_keys(top.menu())]
    assert len(in_menus) >= 10
    for top, action in in_menus:
        keys = ", ".join(s.toString(NATIVE) for s in action.shortcuts())
        text = action.text().replace("&", "")
        assert any(r.group.startswith(top) and r.text == text and r.keys == keys
                   for r in listed), (top, text, keys)
    assert all("&" not in r.text for r in listed)  # mnemonics gone
    for where, _, what in OTHER_KEYS:  # the keys no menu item has, from their one table
        assert any(where in r.group and r.text == what for r in listed), what
    dialog.close()
    qtbot.keyClick(window.view, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(dialog.isVisible)  # asked again: the same dialog, listed afresh
    assert window.menus.help.shortcuts is dialog


def test_user_guide_is_the_readmes_usage_section(window: MainWindow, qtbot) -> None:
    help_item(window, "User guide").trigger()
    dialog = window.menus.help.guide
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    shown = dialog.browser.toPlainText()
    headings = re.findall(r"^## (.+)$", README.read_text(encoding="utf-8"), re.MULTILINE)
    usage = headings.index(guide.USAGE_HEADING)
    assert shown.splitlines()[0] == guide.USAGE_HEADING
    assert headings[usage + 1] not in shown  # the section only
    assert "**" not in shown and "Ctrl+K" in shown  # Markdown rendered, not shown raw


def test_a_guide_section_ends_at_its_next_heading_never_in_code() -> None:
    text = "# Top\n## Using it\nYes.\n```sh\n## not a heading\n```\n### Sub\nMore.\n## Next\nNo."
    assert guide.section(text, "Using it") == (
        "## Using it\nYes.\n```sh\n## not a heading\n```\n### Sub\nMore.")
    assert guide.section(text, "Missing") == ""
    assert "does not include" in guide.guide_html("# Nothing to see")


def test_about_names_the_version_the_data_folder_and_the_licences(window: MainWindow,
                                                                  qtbot) -> None:
    help_item(window, "About Marginalia").trigger()
    dialog = window.menus.help.about
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    shown = dialog.browser.toPlainText()
    assert f"Marginalia {__version__}" in shown
    assert str(window.services.paths.root) in shown
    for dist, name, known in BUNDLED:
        assert name in shown and licence_of(dist, known) in shown
    assert licence_of("whoosh", "?") != "?"  # read from the installed metadata
    assert licence_of("no-such-package-here", "MIT") == "MIT"
