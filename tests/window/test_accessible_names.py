"""Every control a person can operate in the library, search, status bar, menus and
dialogs has a name a screen reader can say (issue 18), in English and in French.

Walked through Qt's accessibility interfaces, as a screen reader sees the window.
The reading pane, the notes, the original and the outline are named by their own
room (``tests/window/test_accessibility_tree.py`` walks them): here they are left
out, so a failure names a control of the rooms this part covers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget

from tests.window.test_i18n_window import french_window
from ui.window.export_dialog import ExportDialog
from ui.window.main_window import MainWindow

if TYPE_CHECKING:
    from tests.window.conftest import Windows

R = QAccessible.Role
OPERABLE = {R.Button, R.CheckBox, R.RadioButton, R.EditableText, R.ComboBox, R.List,
            R.Tree, R.Table, R.PageTabList, R.PageTab, R.Slider, R.SpinBox,
            R.ButtonMenu, R.ButtonDropDown, R.Link}
OTHER_ROOMS = ("ui.window.reading", "ui.window.notes", "ui.window.original",
               "ui.window.outline")
MAX_DEPTH = 40


def walk(iface: QAccessibleInterface | None, depth: int = 0) -> Iterator[QAccessibleInterface]:
    """Every visible interface under ``iface`` (itself included), depth first."""
    if iface is None or not iface.isValid() or iface.state().invisible:
        return
    yield iface
    if depth < MAX_DEPTH:
        for i in range(iface.childCount()):
            yield from walk(iface.child(i), depth + 1)


def room_of(obj: QObject | None) -> str:
    """The other room ``obj`` belongs to (its own class or an ancestor's), or ""."""
    while obj is not None:
        module = type(obj).__module__
        if module.startswith(OTHER_ROOMS):
            return module
        obj = obj.parent()
    return ""


def describe(iface: QAccessibleInterface) -> str:
    obj = iface.object()
    kind = type(obj).__name__ if obj is not None else type(iface).__name__
    return f"{iface.role().name} {kind} '{obj.objectName() if obj is not None else ''}'"


def unnamed(widgets: list[QWidget]) -> tuple[list[str], list[str]]:
    """(this part's operable controls without a name, the other rooms' ones)."""
    ours: list[str] = []
    theirs: list[str] = []
    for widget in widgets:
        for iface in walk(QAccessible.queryAccessibleInterface(widget)):
            if iface.role() not in OPERABLE or iface.text(QAccessible.Text.Name).strip():
                continue
            room = room_of(iface.object())
            said = describe(iface) + (f" ({room})" if room else "")
            target = theirs if room else ours
            if said not in target:
                target.append(said)
    return ours, theirs


def everything_shown(window: MainWindow) -> list[QWidget]:
    """The window on each sidebar tab (chips, results, busy status bar) and this part's
    dialogs, open; what to walk."""
    window.search_actions.show_search()
    window.search_actions.refresh_choices()
    window.search_panel.chips[("kind", "note")].setChecked(True)  # a checked chip too
    window.long_work.start(window.long_work.tr("Importing"), "…")  # Stop and progress shown
    doc = window.library_model.rows[0]
    dialogs: list[QWidget] = [window.library_actions.show_trash()]
    rename = window.library_actions.rename(doc.id)
    assert rename is not None
    export = ExportDialog(window, doc.title, Path.home())
    export.show()
    help_ = window.menus.help
    help_.show_shortcuts()
    help_.show_guide()
    help_.show_about()
    dialogs += [rename, export, help_.shortcuts, help_.guide, help_.about]  # type: ignore[list-item]
    QCoreApplication.processEvents()
    return [window, *dialogs]


def check(window: MainWindow) -> list[str]:
    """Names missing on both tabs; the other rooms' misses are printed (pytest -s)."""
    ours, theirs = [], []
    for tab in (0, 1):
        shown = everything_shown(window)
        window.tabs.setCurrentIndex(tab)
        QCoreApplication.processEvents()
        mine, other = unnamed(shown)
        ours += [m for m in mine if m not in ours]
        theirs += [t for t in other if t not in theirs]
    window.long_work.end()
    for dialog in shown[1:]:
        dialog.close()
    if theirs:
        print("other rooms, still unnamed:\n  " + "\n  ".join(theirs))
    return ours


def test_every_control_of_this_part_has_a_name_in_english(window: MainWindow) -> None:
    missing = check(window)
    assert not missing, "controls a screen reader cannot name:\n" + "\n".join(missing)


def test_every_control_of_this_part_has_a_name_in_french(windows: Windows, data_dir: Path,
                                                          tmp_path: Path) -> None:
    with french_window(windows, data_dir, tmp_path) as window:
        missing = check(window)
        assert not missing, "controls a screen reader cannot name:\n" + "\n".join(missing)
        names = [QAccessible.queryAccessibleInterface(w).text(QAccessible.Text.Name)
                 for w in (window.filter, window.table, window.search_panel.query,
                           window.search_panel.list)]
        assert names == ["Filtrer la bibliothèque", "Bibliothèque",
                         "Rechercher dans la bibliothèque", "Résultats de la recherche"]


@pytest.mark.parametrize("kind, value", [("kind", "document"), ("lang", "fr")])
def test_a_chip_says_what_it_filters_and_whether_it_is_on(window: MainWindow, kind: str,
                                                          value: str) -> None:
    window.search_actions.show_search()
    window.search_actions.refresh_choices()
    chip = window.search_panel.chips[(kind, value)]
    iface = QAccessible.queryAccessibleInterface(chip)
    assert iface.text(QAccessible.Text.Name) == chip.toolTip()
    assert value in iface.text(QAccessible.Text.Name) or chip.text() in \
        iface.text(QAccessible.Text.Name)
    assert iface.text(QAccessible.Text.Description)
    assert not iface.state().checked
    chip.setChecked(True)
    assert QAccessible.queryAccessibleInterface(chip).state().checked
