"""The window without a mouse (issue 18): key events only, from start to export."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QColor, QFont
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from ui.window.export_dialog import ExportDialog
from ui.window.interface_size import BASE_PROPERTY
from ui.window.library.model import ID_ROLE
from ui.window.main_window import MainWindow
from ui.window.reading.painting import CURRENT_HIT_INK, found_color
from ui.window.theme import CONTRAST, over, resolve_theme, theme_pairs

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
NOTE_WORD = "quixotically"


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def key(qtbot, k: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), k, mods)


def started(windows, qtbot) -> MainWindow:
    window = windows.build(show=True)
    window.resize(1400, 900)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return window


def test_highlight_annotate_find_and_export_by_keyboard_alone(windows, qtbot,
                                                             tmp_path: Path) -> None:
    window = started(windows, qtbot)
    assert focused() is window.filter  # the window starts in the library's filter
    first = window.current.id if window.current else None
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is window.table
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current is not None)
    doc = window.current
    assert doc.id == window.table.currentIndex().data(ID_ROLE) != first
    key(qtbot, Qt.Key.Key_Tab)
    view = window.view
    assert focused() is view
    for _ in range(3):
        key(qtbot, Qt.Key.Key_Right, CTRL)  # a few words in
    for _ in range(12):
        key(qtbot, Qt.Key.Key_Right, SHIFT)
    span = view.selection_span()
    assert span is not None and span[1] - span[0] == 12
    quote = doc.text[span[0]:span[1]]
    key(qtbot, Qt.Key.Key_2)  # green
    qtbot.waitUntil(lambda: len(window.highlights) == 1)
    made = window.highlights[0]
    assert (made.start, made.end, made.color) == (*span, "green")
    qtbot.waitUntil(lambda: window.editor.highlight is not None)
    key(qtbot, Qt.Key.Key_Return)  # the card opens, its note takes the typing
    assert focused() is window.editor.note
    qtbot.keyClicks(focused(), f"Read this {NOTE_WORD} again")
    key(qtbot, Qt.Key.Key_Escape)
    assert focused() is view
    qtbot.waitUntil(lambda: NOTE_WORD in window.services.annotations.for_document(doc.id)[0].note)

    key(qtbot, Qt.Key.Key_F6, SHIFT)  # text → library; another document there
    assert focused() is window.table
    key(qtbot, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.current.id != doc.id)
    key(qtbot, Qt.Key.Key_K, CTRL)
    assert focused() is window.search_panel.query
    qtbot.keyClicks(focused(), NOTE_WORD)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current.id == doc.id and window.editor.highlight is not None
                    and window.editor.highlight.id == made.id, timeout=10_000)

    out = tmp_path / "keyboard notes"
    exports = window.export_actions

    def drive_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ExportDialog):
            QTimer.singleShot(20, drive_dialog)
            return
        try:
            qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
            for _ in range(10):  # Tab to the folder box
                if focused() is dialog.folder:
                    break
                key(qtbot, Qt.Key.Key_Tab)
            assert focused() is dialog.folder
            key(qtbot, Qt.Key.Key_A, CTRL)
            qtbot.keyClicks(dialog.folder, str(out))
            key(qtbot, Qt.Key.Key_Return)
        finally:
            if dialog.isVisible():  # a failed step must not leave the test waiting
                dialog.reject()

    QTimer.singleShot(0, drive_dialog)
    key(qtbot, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: exports.last_export is not None, timeout=20_000)
    markdown = exports.last_export.files[doc.id].read_text("utf-8")
    assert quote.strip() in markdown and f"Read this {NOTE_WORD} again" in markdown
    assert exports.last_export.folder == out


@pytest.mark.document("001")
def test_alt_down_and_up_cycle_highlights_in_reading_order(window: MainWindow, qtbot) -> None:
    spans = [(400, 420), (60, 80), (900, 930)]  # made out of order: the keys follow the text
    for start, end in spans:
        window.create_highlight(start, end, "yellow")
    qtbot.waitUntil(lambda: len(window.highlights) == 3)
    window.view.setFocus()
    qtbot.waitUntil(window.view.hasFocus)
    key(qtbot, Qt.Key.Key_Home, CTRL)
    order = sorted(spans)
    seen = []
    for _ in range(4):
        key(qtbot, Qt.Key.Key_Down, ALT)
        seen.append(next(h for h in window.highlights if h.id == window.view.selected_id).start)
    assert seen == [s for s, _ in order] + [order[0][0]]  # round again after the last
    key(qtbot, Qt.Key.Key_Up, ALT)
    assert window.view.selected_id is not None
    back = next(h for h in window.highlights if h.id == window.view.selected_id)
    assert back.start == order[-1][0]
    assert window.editor.highlight is not None and window.editor.highlight.id == back.id


def test_tab_visits_library_then_text_then_margin(window: MainWindow, qtbot) -> None:
    window.filter.setFocus()
    qtbot.waitUntil(window.filter.hasFocus)
    visited = [focused()]
    for _ in range(3):
        key(qtbot, Qt.Key.Key_Tab)
        visited.append(focused())
    assert visited == [window.filter, window.table, window.view, window.margin.doc_note]
    key(qtbot, Qt.Key.Key_Tab, SHIFT)
    assert focused() is window.view


def test_every_menu_item_has_its_own_accelerator(window: MainWindow) -> None:
    missing: list[str] = []
    # Undo and Redo are named by what they would undo ("Undo remove document", as other
    # tests read them): reached by Ctrl+Z / Ctrl+Shift+Z, their letter is not checked.
    named = {window.menus.undo_action, window.menus.redo_action}

    def walk(menu: QMenu, where: str) -> None:
        menu.aboutToShow.emit()  # menus filled as they open (Open recent)
        letters: dict[str, str] = {}
        for action in menu.actions():
            text = action.text()
            if action.isSeparator() or not text or action in named:
                continue
            letter = mnemonic(text)
            if letter is None:
                missing.append(f"{where} → {text}: no accelerator")
            elif letter in letters:
                missing.append(f"{where} → {text}: &{letter} also {letters[letter]}")
            else:
                letters[letter] = text
            if action.menu() is not None:
                walk(action.menu(), f"{where} → {text}")

    bar_letters = set()
    for action in window.menuBar().actions():
        letter = mnemonic(action.text())
        assert letter is not None and letter not in bar_letters, action.text()
        bar_letters.add(letter)
        walk(action.menu(), action.text())
    assert not missing, "\n".join(missing)


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' ("&&" is a literal ampersand)."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].lower()
            i += 1
        i += 1
    return None


def luminance(color: QColor) -> float:
    """WCAG 2 relative luminance."""
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(v) for v in (color.redF(), color.greenF(), color.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: QColor, b: QColor) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_contrast_formula_matches_wcag_examples() -> None:
    assert round(contrast(QColor("#000000"), QColor("#ffffff")), 1) == 21.0
    assert round(contrast(QColor("#777777"), QColor("#ffffff")), 2) == 4.48


def test_high_contrast_theme_meets_wcag_aaa_for_text(window: MainWindow) -> None:
    assert resolve_theme("contrast") is CONTRAST
    text, other = theme_pairs(CONTRAST)
    found = over(found_color(CONTRAST), CONTRAST.paper)
    text += [("ink on a search hit", QColor(CONTRAST.ink), found),
             ("ink on the current hit", QColor(CURRENT_HIT_INK), found_color(CONTRAST))]
    assert len(text) >= 12 and other  # ink on paper, card, chrome, every highlight…
    weak = [(what, round(contrast(fg, bg), 2)) for what, fg, bg in text
            if contrast(fg, bg) < 7.0]
    weak += [(what, round(contrast(fg, bg), 2)) for what, fg, bg in other
             if contrast(fg, bg) < 4.5]
    assert not weak
    window.set_theme("contrast", remember=False)
    assert window.view.theme is CONTRAST


def test_focus_is_always_visible(window: MainWindow, qtbot) -> None:
    """Each stop of the Tab chain looks different once it has the focus (its frame)."""
    for widget in (window.filter, window.table, window.view, window.margin.doc_note):
        window.search_panel.query.setFocus()  # somewhere else: on the Search tab, hidden
        qtbot.waitUntil(lambda w=widget: not w.hasFocus())
        before = widget.grab().toImage()
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        widget.repaint()
        after = widget.grab().toImage()
        edge = after.pixelColor(0, after.height() // 2)  # the left edge: the frame
        assert edge != before.pixelColor(0, before.height() // 2), type(widget).__name__
        assert edge.name() == QColor(window.theme.accent).name(), type(widget).__name__


def test_interface_text_size_is_the_windows_own_and_remembered(windows, qtbot) -> None:
    window = windows.open()
    sizes = window.menus.interface_size
    system = QApplication.font().pointSizeF()
    reading = window.view.document().defaultFont().pointSizeF()
    try:
        larger = next(a for a in window.menuBar().findChildren(QAction)
                      if a.text() == "&Larger" and a in sizes.actions.values())
        larger.trigger()
        assert QApplication.font().pointSizeF() == system + 2
        assert window.table.font().pointSizeF() == system + 2
        assert window.view.document().defaultFont().pointSizeF() == reading  # its own
        windows.close(window)
        again = windows.open()
        assert again.menus.interface_size.choice == "larger"
        assert QApplication.font().pointSizeF() == system + 2
        assert again.menus.interface_size.actions["larger"].isChecked()
        again.menus.interface_size.choose("default")
        assert QApplication.font().pointSizeF() == system
        with pytest.raises(ValueError, match="interface text size 'huge'"):
            again.menus.interface_size.choose("huge")
    finally:
        base = QApplication.instance().property(BASE_PROPERTY)
        if isinstance(base, QFont):
            QApplication.setFont(base)  # other tests get the system's font back


def test_caret_starts_where_the_reader_is_and_stays_in_view(window: MainWindow, qtbot) -> None:
    view = window.view
    view.scroll_to_offset(len(window.current.text) // 2)
    window.filter.setFocus()
    qtbot.waitUntil(window.filter.hasFocus)
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Tab)  # filter → table → text
    assert focused() is view
    top = view.offset_at_top()
    assert abs(window.primary.keys.caret() - top) < 200  # not at the start of the book
    for _ in range(3):
        key(qtbot, Qt.Key.Key_PageDown)
    caret = view.cursorRect()
    assert window.primary.keys.caret() > top and view.offset_at_top() > top
    assert caret.top() >= 0 and caret.bottom() <= view.viewport().height()
    assert view.cursorWidth() >= 2  # a caret one can see


def test_a_pane_opened_beside_joins_the_tab_chain(window: MainWindow, qtbot) -> None:
    other = next(r.id for r in window.library_model.rows if r.id != window.current.id)
    window.side_by_side.open_beside(other)
    qtbot.waitUntil(lambda: len(window.panes) == 2 and window.panes[1].current is not None)
    beside = window.panes[1]
    qtbot.waitUntil(lambda: window.primary.editor.tags.nextInFocusChain() is beside.view)
    beside.view.setFocus()
    qtbot.waitUntil(beside.view.hasFocus)
    key(qtbot, Qt.Key.Key_F6)  # its text → its margin
    assert focused() is beside.margin.doc_note
