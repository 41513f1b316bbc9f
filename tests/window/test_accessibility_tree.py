"""What a screen reader is told of the window, walked in-process through Qt's
accessibility interfaces: every control one can operate has a name (in English and,
when the translation is built, in French), the margin lists a card per highlight
with its quote, and the minimap says what it shows."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget

from reader.paths import DataPaths
from ui.services import open_services
from ui.window.layout_memory import LANGUAGE_SETTING
from ui.window.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
FRENCH = ROOT / "ui" / "translations" / "marginalia_fr.qm"
R = QAccessible.Role
OPERABLE = {R.Button, R.CheckBox, R.RadioButton, R.EditableText, R.ComboBox, R.List,
            R.Tree, R.Table, R.PageTabList, R.PageTab, R.Slider, R.SpinBox, R.Dial,
            R.MenuItem, R.ButtonMenu, R.ButtonDropDown, R.ButtonDropGrid, R.HotkeyField,
            R.Switch, R.Link}
MAX_DEPTH = 40


def walk(iface: QAccessibleInterface, depth: int = 0):
    """Every visible interface under ``iface`` (itself included), depth first."""
    if iface is None or not iface.isValid() or iface.state().invisible:
        return
    yield iface
    if depth >= MAX_DEPTH:
        return
    for i in range(iface.childCount()):
        yield from walk(iface.child(i), depth + 1)


def describe(iface: QAccessibleInterface) -> str:
    obj = iface.object()
    kind = type(obj).__name__ if obj is not None else type(iface).__name__
    name = obj.objectName() if obj is not None else ""
    return f"{iface.role().name} {kind}" + (f" '{name}'" if name else "")


def unnamed_controls(window: MainWindow) -> list[str]:
    """The operable controls without a name, on each tab of the sidebar."""
    missing: list[str] = []
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        QCoreApplication.processEvents()
        for iface in walk(QAccessible.queryAccessibleInterface(window)):
            if iface.role() in OPERABLE and not iface.text(QAccessible.Text.Name).strip():
                seen = describe(iface)
                if seen not in missing:
                    missing.append(seen)
    window.tabs.setCurrentIndex(0)
    return missing


def interface(widget: QWidget) -> QAccessibleInterface:
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None and iface.isValid()
    return iface


def highlight_three(window: MainWindow, qtbot) -> list[tuple[int, int]]:
    text = window.current.text
    spans = [(text.index(" ", n) + 1, text.index(" ", n) + 30) for n in
             (200, len(text) // 2, len(text) - 300)]
    for (start, end), color in zip(spans, ("yellow", "blue", "pink"), strict=True):
        window.create_highlight(start, end, color)
    qtbot.waitUntil(lambda: len(window.highlights) == 3)
    return spans


def test_every_control_has_a_name_in_english(window: MainWindow) -> None:
    missing = unnamed_controls(window)
    assert not missing, "controls a screen reader cannot name:\n" + "\n".join(missing)


def first_screen_names(window: MainWindow) -> list[str]:
    """The names of the filter, the margin's list and the minimap."""
    return [interface(w).text(QAccessible.Text.Name) for w in
            (window.filter, window.margin.cards, window.primary.minimap)]


def test_every_control_has_a_name_in_french(windows, qtbot, data_dir: Path) -> None:
    if not FRENCH.exists():
        pytest.skip(f"{FRENCH.relative_to(ROOT)} is not built yet (the French translation)")
    english = windows.open()
    said_in_english = first_screen_names(english)
    windows.close(english)
    services = open_services(DataPaths(data_dir), seeds=False)
    services.library.set_setting(LANGUAGE_SETTING, "fr")  # View → Language → Français
    services.close()
    window = windows.open()
    missing = unnamed_controls(window)
    assert not missing, "controls a screen reader cannot name:\n" + "\n".join(missing)
    said_in_french = first_screen_names(window)
    assert all(said_in_french), said_in_french
    untranslated = [n for n, e in zip(said_in_french, said_in_english, strict=True) if n == e]
    assert not untranslated, f"still in English under French: {untranslated}"


@pytest.mark.document("002")
def test_margin_lists_a_card_per_highlight(window: MainWindow, qtbot) -> None:
    margin = interface(window.margin.cards)
    QAccessible.setActive(True)  # as with a screen reader: the margin says it changed
    try:
        spans = highlight_three(window, qtbot)
        listed = tuple(h.id for h in window.margin.cards.highlights)
        qtbot.waitUntil(lambda: margin._listed == listed)  # its reorder event went out
    finally:
        QAccessible.setActive(False)
    text = window.current.text
    assert margin.role() == QAccessible.Role.List
    assert margin.text(QAccessible.Text.Name)
    assert margin.childCount() == 3
    cards = [margin.child(i) for i in range(3)]
    assert [c.role() for c in cards] == [QAccessible.Role.ListItem] * 3
    assert [c.text(QAccessible.Text.Name) for c in cards] == [
        " ".join(text[s:e].split()) for s, e in spans]
    assert [margin.indexOfChild(c) for c in cards] == [0, 1, 2]
    assert all(c.parent().text(QAccessible.Text.Name) == margin.text(QAccessible.Text.Name)
               for c in cards)
    # a card far below the visible text is listed all the same, not on screen
    assert cards[2].state().offscreen and cards[2].rect().isEmpty()
    assert not cards[0].state().offscreen and not cards[0].rect().isEmpty()
    hid = min(window.highlights, key=lambda h: h.start).id
    window.primary.editor.note_edited.emit(hid, "Worth\n  rereading")  # as typed in the editor
    qtbot.waitUntil(lambda: margin.child(0).text(QAccessible.Text.Description)
                    .startswith("Worth rereading"))
    window.select_highlight(hid)
    assert margin.child(0).state().selected and not margin.child(1).state().selected


@pytest.mark.document("002")
def test_minimap_and_view_say_their_highlights(window: MainWindow, qtbot) -> None:
    minimap = interface(window.primary.minimap)
    assert minimap.text(QAccessible.Text.Name)
    assert minimap.text(QAccessible.Text.Description) == "No highlights"
    highlight_three(window, qtbot)
    said = minimap.text(QAccessible.Text.Description)
    fractions = [m.fraction for m in window.primary.minimap.marks]
    assert said.startswith("3 highlight") and " at " in said  # "(s)" until English is built
    assert all(f"{round(f * 100)}%" in said for f in fractions)
    assert interface(window.view).text(QAccessible.Text.Description).startswith(
        "3 highlight")
    window.view.set_hits([(10, 14)])
    assert interface(window.primary.minimap).text(
        QAccessible.Text.Description).split("; ")[-1].startswith("1 search hit")


BOOK = """<html><head><title>Moby-Dick</title></head><body><h1>Moby-Dick</h1>
<h2>Chapter 1. Loomings</h2><p>Call me Ishmael. Some years ago, never mind how long.</p>
<h2>Chapter 2. The Carpet-Bag</h2><p>I stuffed a shirt or two into my old carpet-bag.</p>
</body></html>"""


def test_a_card_says_where_its_passage_is(windows, qtbot, data_dir: Path,
                                          tmp_path: Path) -> None:
    source = tmp_path / "moby.html"
    source.write_text(BOOK, encoding="utf-8")
    window = windows.build(seeds=False, show=True)
    window.imports.import_files([str(source)])
    qtbot.waitUntil(lambda: window.library_model.rowCount() == 1)
    window.open_document(window.library_model.rows[0].id)
    qtbot.waitUntil(lambda: window.current is not None)
    start = window.current.text.index("carpet-bag.")
    window.create_highlight(start, start + 10, "green")
    qtbot.waitUntil(lambda: len(window.highlights) == 1)
    card = interface(window.margin.cards).child(0)
    assert card.text(QAccessible.Text.Name) == "carpet-bag"
    assert card.text(QAccessible.Text.Description).endswith(" — Chapter 2. The Carpet-Bag")
