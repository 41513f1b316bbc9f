"""The window in French (issue 18), for the rooms of menus, library, search and dialogs:
the menus, the library table's headers, the search panel, the status line, the
Trash dialog's plurals. English stays the source: the other window tests read it.

The committed ``marginalia_fr.ts`` is compiled here and installed over the window's
own translators (English plurals answer first otherwise), so these tests say whether
its French is complete and shown."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QMenu

from reader.paths import DataPaths
from tests.window.test_ui_search import search
from ui.services import open_services
from ui.window.i18n import Translations
from ui.window.layout_memory import LANGUAGE_SETTING
from ui.window.main_window import MainWindow
from ui.window.status import StatusWording

if TYPE_CHECKING:
    from tests.window.conftest import Windows

PART = Path(__file__).resolve().parents[2] / "ui" / "translations" / "marginalia_fr.ts"
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"
NBSP = "\u00a0"


@contextmanager
def part_translator(folder: Path) -> Iterator[None]:
    """This part's French installed on the application while the block runs, over
    the window's own translators (installed in ``Translations.install``: the English
    plurals there would otherwise answer first)."""
    qm = folder / "window_fr.qm"
    subprocess.run([str(LRELEASE), "-silent", str(PART), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm)), qm
    app = QCoreApplication.instance()
    assert app is not None
    original = Translations.install

    def install(self: Translations, choice: str | None, system: QLocale | None = None) -> str:
        language = original(self, choice, system)
        app.installTranslator(translator)
        return language

    Translations.install = install  # type: ignore[method-assign]
    try:
        yield
    finally:
        Translations.install = original  # type: ignore[method-assign]
        app.removeTranslator(translator)


def choose_french(data_dir: Path) -> None:
    """View → Language → Français, as saved by an earlier session (seeds imported)."""
    services = open_services(DataPaths(data_dir))
    services.library.set_setting(LANGUAGE_SETTING, "fr")
    services.close()


@contextmanager
def french_window(windows: Windows, data_dir: Path, folder: Path) -> Iterator[MainWindow]:
    choose_french(data_dir)
    with part_translator(folder):
        window = windows.build(show=True)
        windows.qtbot.waitExposed(window)
        yield window
        windows.close(window)


def _menu_titles(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def _accelerators(menu: QMenu) -> list[str]:
    keys = []
    for text in _menu_titles(menu):
        found = re.search(r"&([^&])", text.replace("&&", ""))
        if found:
            keys.append(found.group(1).casefold())
    return keys


def test_menus_headers_and_status_are_french(windows: Windows, data_dir: Path,
                                              tmp_path: Path) -> None:
    with french_window(windows, data_dir, tmp_path) as window:
        bar = window.menuBar()
        titles = [a.text().replace("&", "") for a in bar.actions()]
        assert titles[:4] == ["Fichier", "Édition", "Bibliothèque", "Affichage"], titles
        assert "Aide" in titles
        file_menu = bar.actions()[0].menu()
        assert "&Importer…" in _menu_titles(file_menu) and "&Quitter" in _menu_titles(file_menu)
        edit = bar.actions()[1].menu()
        assert "&Annuler" in _menu_titles(edit)
        for action in bar.actions():  # one key per item in every menu, French ones too
            keys = _accelerators(action.menu())
            assert len(keys) == len(set(keys)), (action.text(), _menu_titles(action.menu()))
        model = window.library_model
        headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
        assert headers[0] == "Titre" and headers[3] == "Surlignages", headers
        assert model.headerData(3, Qt.Orientation.Horizontal,
                                Qt.ItemDataRole.ToolTipRole) == "Nombre de surlignages"
        assert window.filter.placeholderText() == "Filtrer la bibliothèque…"
        assert window.search_panel.query.placeholderText().startswith(
            "Rechercher dans les textes et les notes…")
        assert window.tabs.tabText(0) == "Bibliothèque"
        rows = model.rows
        documents = len(rows)
        highlights = sum(r.highlights for r in rows)
        assert documents > 1
        said = window.status_label.text()
        assert said.startswith(f"{documents} documents · {highlights} surlignage"), said
        assert said.endswith("Ctrl+K pour rechercher, Ctrl+F pour chercher dans le texte")
        window.library_actions.remove([])
        assert window.status_label.text() == \
            "Choisissez d’abord un document dans la bibliothèque"


def test_search_status_and_rows_are_french(windows: Windows, qtbot, data_dir: Path,
                                           tmp_path: Path) -> None:
    with french_window(windows, data_dir, tmp_path) as window:
        search(qtbot, window, "vie")
        panel = window.search_panel
        assert panel.results.hits
        status = panel.status.text()
        assert re.fullmatch(r"\d+ résultats? · \d+ occurrences? dans \d+ documents?"
                            r"|\d+ résultats, les \d+ meilleurs affichés", status), status
        header = panel.model.index(0, 0).data()
        assert re.search(r"· \d+ occurrences?</span>$", header), header
        chips = [c.text() for c in panel.chips.values()]
        assert "Textes" in chips and "Notes" in chips
        search(qtbot, window, "zzqqxyzzy")
        assert panel.status.text().startswith("Aucun résultat.")


def test_plurals_and_dialogs_are_french(windows: Windows, data_dir: Path,
                                        tmp_path: Path) -> None:
    with french_window(windows, data_dir, tmp_path) as window:
        trash = window.library_actions.show_trash()
        assert trash.windowTitle() == "Corbeille"
        assert trash.empty.text().startswith("La corbeille est vide.")
        assert " 30 jours," in trash.empty.text()
        trash.close()
        one = window.library_model.rows[0]
        dialog = window.library_actions.rename(one.id)
        assert dialog is not None and dialog.windowTitle() == "Renommer le document"
        dialog.reject()
        words = StatusWording()  # counts said in the window's language
        assert words.documents(1) == "1 document" and words.documents(2) == "2 documents"
        assert words.listed([f"«{NBSP}{n}{NBSP}»" for n in "abcdefg"], 3).endswith(
            "et 4 autres")
