"""The reading pane in French (issue 18, part 2): the colour bar, the editor, the
margin, the original and outline panels, with this room's own part of the French
translations (ui/translations/marginalia_fr.ts) compiled and installed.

No English is left: a text a widget shows that is the English source of one of the
part's messages (whose French differs) fails the test, whatever widget shows it.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QPlainTextEdit, QWidget

from reader.bookmarks import Bookmarks
from reader.paths import DataPaths
from ui.services import open_services
from ui.window.i18n import Translations

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from tests.window.conftest import Windows
    from ui.window.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
PART = ROOT / "ui" / "translations" / "marginalia_fr.ts"
NBSP = "\u00a0"
BOOK = ("# Loomings\n\nCall me Ishmael. Some years ago, never mind how long precisely.\n\n"
        "## The Carpet-Bag\n\nI stuffed a shirt or two into my old carpet-bag.\n")


@contextmanager
def french(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The part's French installed on the application, over the translators a window
    installs as it is built (the merged files, whose English plurals would hide this
    part's French ones); removed afterwards, so the next tests are English again."""
    qm = folder / "reading_fr.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), str(PART), "-qm", str(qm)], check=True,
                   capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm)), qm
    app = QCoreApplication.instance()
    assert app is not None
    install = Translations.install

    def install_under_ours(self: Translations, choice: str | None,
                           system: QLocale | None = None) -> str:
        language = install(self, choice, system)
        app.removeTranslator(translator)  # installed again: the last one is asked first
        app.installTranslator(translator)
        return language

    monkeypatch.setattr(Translations, "install", install_under_ours)
    app.installTranslator(translator)
    try:
        yield
    finally:
        app.removeTranslator(translator)


def english_sources() -> set[str]:
    """The part's English texts whose French is another text (no placeholders)."""
    found: set[str] = set()
    for message in ET.parse(PART).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] \
            if translation is not None else []
        french_text = (translation.text or "") if translation is not None else ""
        if "{" not in source and source not in (french_text, *forms):
            found.add(source)
    return found


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """Every text the widgets under ``root`` show or say: (widget class, text)."""
    out: list[tuple[str, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        texts = [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QAbstractButton | QLabel):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            texts.append(widget.placeholderText())
        out += [(type(widget).__name__, t) for t in texts if t]
    return out


def library_with_book(data_dir: Path, tmp_path: Path) -> str:
    """The seeded library plus a Markdown book (it has an original view and headings),
    with a pink highlight the reader named "objection", and a bookmark; its id."""
    source = tmp_path / "moby.md"
    source.write_text(BOOK, encoding="utf-8")
    services = open_services(DataPaths(data_dir), seeds=True)
    try:
        services.import_paths([str(source)])
        doc = next(d for d in services.library.list_documents() if d.source_name == "moby.md")
        text = services.library.get(doc.id).text
        start = text.index("Call me")
        _, changes = services.annotations.create(doc.id, start, start + 15, color="pink",
                                                 note="A *note*")
        services.apply(changes)
        services.apply(services.annotations.set_color_label("pink", "objection"))
        _, changes = Bookmarks(services.store).add(doc.id, text.index("I stuffed"), "")
        services.apply(changes)
        return doc.id
    finally:
        services.close()


def open_book(windows: Windows, qtbot: QtBot, doc_id: str) -> MainWindow:
    """The book open, its highlight in the editor, find bar, outline and original shown."""
    window = windows.build(show=True)
    window.resize(1400, 900)
    qtbot.waitExposed(window)
    window.open_document(doc_id)
    pane = window.primary
    pane.select_highlight(pane.highlights[0].id)
    pane.find_bar.open_bar()
    window.menus.outline.outline_action.trigger()
    if not pane.original.is_open:
        window.menus.original.action.trigger()
    qtbot.waitUntil(lambda: pane.original.is_open and pane.outline.isVisible())
    return window


def test_the_reading_pane_speaks_french(windows: Windows, qtbot: QtBot, data_dir: Path,
                                        tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                        ) -> None:
    doc_id = library_with_book(data_dir, tmp_path)
    with french(tmp_path, monkeypatch):
        window = open_book(windows, qtbot, doc_id)
        pane = window.primary
        bar = pane.view.bar
        assert bar.buttons["yellow"].toolTip() == "jaune (1)"
        assert bar.buttons["pink"].toolTip() == "objection (4)"  # the reader's own name
        assert bar.buttons["yellow"].accessibleName() == "Surligner en jaune"
        assert bar.buttons["pink"].accessibleName() == f"Surligner «{NBSP}objection{NBSP}» (rose)"
        editor = pane.editor
        assert [b.text() for b in editor.mode.buttons] == ["Écrire", "Aperçu"]
        assert editor.delete_button.text() == "Supprimer"
        assert editor.color_buttons["green"].toolTip() == "Vert"
        assert editor.color_buttons["pink"].toolTip() == "objection (rose)"
        assert editor.tags.placeholderText().startswith("Étiquettes, séparées par des virgules")
        assert editor.quote.text().startswith(f"<i>«{NBSP}Call me")
        assert pane.margin.doc_note.placeholderText() == \
            "Une note sur l’ensemble du document (Markdown)…"
        panel = pane.original.panel
        assert [b.accessibleName() for b in panel.zoom_buttons] == [
            "Ajuster à la largeur", "Ajuster à la page", "Zoom arrière", "Zoom avant"]
        assert panel.zoom_buttons[3].toolTip() == "Zoom avant (Ctrl+molette)"
        assert panel.close_button.toolTip() == "Fermer l’original (Affichage → Original)"
        assert pane.header.original_button.text() == "Original"
        assert pane.header.original_button.accessibleDescription().startswith("Affiche ou")
        outline = pane.outline
        assert outline.tree.accessibleName() == "Plan"
        assert outline.model.bookmarks_item is not None
        assert outline.model.bookmarks_item.text() == "Marque-pages"
        menu = outline.menu_for(outline.model.bookmark_rows()[0].index())
        assert menu is not None
        assert [a.text() for a in menu.actions()] == ["&Renommer le marque-page…",
                                                      "&Supprimer le marque-page"]
        menu.deleteLater()
        go = window.menus.outline
        assert [go.back_action.text(), go.forward_action.text(), go.bookmark_action.text()] \
            == ["&Précédent", "&Suivant", "Ajouter un &marque-page…"]
        assert pane.find_bar.query.placeholderText() == "Rechercher dans ce document"
        orphan = replace(pane.highlights[0], status="orphaned")  # its passage gone
        pane.margin.set_highlights([orphan])
        assert pane.margin.orphans_label.text().endswith(
            "1 surlignage dont le passage ne figure plus dans cette version")
        pane.margin.set_highlights([orphan, replace(orphan, id="another")])
        assert pane.margin.orphans_label.text().endswith(
            "2 surlignages dont les passages ne figurent plus dans cette version")
        qtbot.waitUntil(lambda: pane.progress.words.endswith(f"{NBSP}%"))
        english = english_sources()
        left = [(kind, text) for kind, text in shown_texts(pane) if text in english]
        assert not left, f"English left in the reading pane: {left[:5]}"


def test_without_the_translator_the_pane_is_english(windows: Windows, qtbot: QtBot,
                                                    data_dir: Path, tmp_path: Path) -> None:
    """The same pane in English: the part is installed only where a test asks for it."""
    window = open_book(windows, qtbot, library_with_book(data_dir, tmp_path))
    pane = window.primary
    assert pane.view.bar.buttons["pink"].accessibleName() == "Highlight objection (pink)"
    assert pane.editor.delete_button.text() == "Delete"
    assert pane.original.panel.zoom_buttons[3].accessibleName() == "Zoom in"
    assert any(text in english_sources() for _, text in shown_texts(pane))
