"""The window in French (issue 18): translations complete and current, the language
chosen and remembered, dates, numbers and titles as the locale has them, and the
command line still English."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QMenu, QMessageBox

from reader.model import DocumentSummary
from reader.paths import DataPaths
from ui.services import open_services
from ui.window.i18n import resolve, system_language
from ui.window.layout_memory import LANGUAGE_SETTING
from ui.window.library.model import ID_ROLE, LibraryFilter, LibraryModel, _short_date

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "ui" / "translations"
NNBSP = "\u202f"  # Qt's French thousands separator (a narrow no-break space)


def _tools():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("translations_tool",
                                                  ROOT / "tools" / "translations.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


tools = _tools()


def _named(keys: list[tuple[str, str, str]], limit: int = 5) -> str:
    shown = "; ".join(f"{c}: {s!r}" for c, s, _ in keys[:limit])
    return f"{len(keys)}: {shown}{' …' if len(keys) > limit else ''}"


# -- the .ts and .qm files ---------------------------------------------------------------
def test_every_window_string_is_in_the_french_ts(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh_fr.ts"
    tools.lupdate(fresh, "fr_FR")
    in_code = {e.key for e in tools.entries(fresh)}
    committed = {e.key for e in tools.entries(TRANSLATIONS / "marginalia_fr.ts")}
    assert in_code, "lupdate found the window's strings"
    missing, gone = sorted(in_code - committed), sorted(committed - in_code)
    assert not missing, f"not in marginalia_fr.ts (run tools/translations.py) {_named(missing)}"
    assert not gone, f"in marginalia_fr.ts, no longer in the code {_named(gone)}"


def test_every_french_entry_is_finished() -> None:
    unfinished = [e.key for e in tools.entries(TRANSLATIONS / "marginalia_fr.ts")
                  if not e.finished]
    assert not unfinished, f"unfinished or empty in marginalia_fr.ts {_named(unfinished)}"


def test_the_qm_files_are_current(tmp_path: Path) -> None:
    for language in ("fr", "en"):
        ts = TRANSLATIONS / f"marginalia_{language}.ts"
        tools.lrelease(ts, tmp_path / f"{language}.qm")
        committed = TRANSLATIONS / f"marginalia_{language}.qm"
        assert committed.read_bytes() == (tmp_path / f"{language}.qm").read_bytes(), (
            f"{committed.name} is older than {ts.name}: run tools/translations.py")


def test_english_plurals_come_from_the_source_text() -> None:
    assert tools.english_forms("%n highlight(s)") == ("%n highlight", "%n highlights")
    assert tools.english_forms("%n match(es) in %n entry(ies)")[1] == "%n matches in %n entries"
    assert tools.english_forms("%n note(s) (is|are) new") == ("%n note is new",
                                                               "%n notes are new")
    plurals = tools.entries(TRANSLATIONS / "marginalia_en.ts")
    assert plurals and all(e.numerus and e.finished for e in plurals)


def test_merging_a_part_fills_only_unfinished_entries(tmp_path: Path) -> None:
    source = tmp_path / "room.py"
    source.write_text("from PySide6.QtCore import QObject\n\nclass Room(QObject):\n"
                      "    def f(self, n):\n        self.tr('Open')\n"
                      "        self.tr('%n note(s)', '', n)\n", encoding="utf-8")
    target, part = tmp_path / "all_fr.ts", tmp_path / "room_fr.ts"
    for ts in (target, part):
        tools.lupdate(ts, "fr_FR", files=[source])
    text = part.read_text(encoding="utf-8").replace(
        '<translation type="unfinished"></translation>', "<translation>Ouvrir</translation>")
    part.write_text(text, encoding="utf-8")  # the plural stays unfinished in the part
    filled, conflicts = tools.merge_parts(target, [part])
    merged = {e.source: e for e in tools.entries(target)}
    assert (filled, conflicts) == (1, [])
    assert merged["Open"].finished and merged["Open"].forms == ("Ouvrir",)
    assert not merged["%n note(s)"].finished


# -- which language ---------------------------------------------------------------------
def test_the_language_follows_the_system_or_the_choice() -> None:
    assert system_language(["de-DE", "fr-CA", "en-US"]) == "fr"
    assert system_language(["C"]) == "en"
    language, locale = resolve(None, QLocale("fr_CA"))
    assert (language, locale.name()) == ("fr", "fr_CA")  # the system's own country kept
    assert resolve("system", QLocale("de_DE"))[0] == "en"
    assert resolve("fr", QLocale.c())[1].name() == "fr_FR"
    assert resolve("en", QLocale("fr_FR"))[1].name() == "en_US"


def test_qt_reads_lang_as_the_system_language() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    code = ("from PySide6.QtCore import QLocale; from ui.window.i18n import resolve; "
            "print(resolve(None, QLocale.system())[0])")
    said = {}
    for lang in ("fr_FR.UTF-8", "en_GB.UTF-8"):
        done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                              text=True, env={**env, "LANG": lang}, timeout=60)
        said[lang] = done.stdout.strip()
    assert said == {"fr_FR.UTF-8": "fr", "en_GB.UTF-8": "en"}


def _menu(window, title: str) -> QMenu:  # type: ignore[no-untyped-def]
    for action in window.menuBar().actions():
        if action.text().replace("&", "") == title:
            return action.menu()
    raise AssertionError(f"no menu {title!r} in {[a.text() for a in window.menuBar().actions()]}")


def test_french_is_chosen_remembered_and_shown_at_the_next_start(qtbot, windows) -> None:
    window = windows.build()
    english = _menu(window, "View")
    assert [a.text() for a in english.actions() if a.menu()][-1] == "Lan&guage"
    window.menus.language.actions["fr"].trigger()
    settings = window.services.library
    qtbot.waitUntil(lambda: settings.setting(LANGUAGE_SETTING) == "fr")
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible()
                                for w in window.findChildren(QMessageBox)))
    windows.close(window)

    french = windows.build()
    assert french.menus.language.actions["fr"].isChecked()
    assert french.menus.language.actions["fr"].parent().title() == "La&ngue"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"  # qtbase_fr
    assert QLocale().toString(1234) == f"1{NNBSP}234"
    row = french.library_model.rows[0]
    shown = french.library_model.index(0, 4).data()
    assert shown == _short_date(row.added_at, QLocale("fr_FR"))
    titles = [a.text().replace("&", "") for a in french.menuBar().actions()]
    assert {"Fichier", "Affichage", "Aide"} <= set(titles), titles
    view = _menu(french, "Affichage")
    assert "La&ngue" in [a.text() for a in view.actions() if a.menu()]


def test_the_setting_read_before_the_window_picks_french(windows, data_dir: Path) -> None:
    services = open_services(DataPaths(data_dir))
    services.library.set_setting(LANGUAGE_SETTING, "fr")
    services.close()
    window = windows.build()
    assert window.menus.language.actions["fr"].isChecked()
    assert QCoreApplication.translate("LanguageMenu", "Follow the &system") == "Suivre le &système"
    assert window.library_model.locale.language() == QLocale.Language.French


def test_english_plurals_in_an_english_window(windows) -> None:
    windows.build()
    plural = next(e for e in tools.entries(TRANSLATIONS / "marginalia_en.ts")
                  if "(s)" in e.source)
    one = QCoreApplication.translate(plural.context, plural.source, plural.comment or None, 1)
    two = QCoreApplication.translate(plural.context, plural.source, plural.comment or None, 2)
    singular, plural_form = tools.english_forms(plural.source)
    assert (one, two) == (singular.replace("%n", "1"), plural_form.replace("%n", "2"))


def test_the_command_line_stays_english(data_dir: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(LANG="fr_FR.UTF-8", LANGUAGE="fr")
    argv = [sys.executable, "-m", "ui.main", "--data-dir", str(data_dir)]
    helped = subprocess.run([*argv, "--help"], cwd=ROOT, capture_output=True, text=True,
                            env=env, timeout=60)
    listed = subprocess.run([*argv, "--no-seeds", "list"], cwd=ROOT, capture_output=True,
                            text=True, env=env, timeout=60)
    refused = subprocess.run([*argv, "--no-seeds", "show", "nothing-like-this"], cwd=ROOT,
                             capture_output=True, text=True, env=env, timeout=60)
    assert helped.returncode == 0 and "usage:" in helped.stdout and "options" in helped.stdout
    assert listed.returncode == 0 and "The library is empty" in listed.stdout
    assert refused.returncode == 1 and "no document has this id or title" in refused.stderr


# -- dates, numbers and titles as the locale has them ---------------------------------------
def _summary(i: int, title: str, highlights: int = 0) -> DocumentSummary:
    return DocumentSummary(f"id{i}", title, ("Anon",), ("fr",), f"{i}.txt",
                           "2026-11-23T12:00:00+00:00", None, "utf-8", 100,
                           highlights=highlights)


@pytest.mark.parametrize("name, date, count", [("fr_FR", "23 nov. 2026", f"1{NNBSP}234"),
                                                ("en_US", "23 Nov 2026", "1,234")])
def test_dates_and_counts_follow_the_locale(qtbot, name: str, date: str, count: str) -> None:
    model = LibraryModel(locale=QLocale(name))
    model.update([_summary(1, "Alpha", highlights=1234)])
    assert model.index(0, 4).data() == date
    assert model.index(0, 3).data() == count


@pytest.mark.parametrize("name", ["fr_FR", "en_US"])
def test_titles_sort_as_the_locale_collates_them(qtbot, name: str) -> None:
    titles = ["Chapter 2", "Chapitre 10", "Zola", "chapitre 2", "Ecole", "Chapitre 1",
              "Éclat", "Chapter 10"]
    model = LibraryModel(locale=QLocale(name))
    model.update([_summary(i, t) for i, t in enumerate(titles)])
    proxy = LibraryFilter()
    proxy.setSourceModel(model)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    shown = [titles[int(proxy.index(r, 0).data(ID_ROLE)[2:])] for r in range(proxy.rowCount())]
    assert shown == ["Chapitre 1", "chapitre 2", "Chapitre 10", "Chapter 2", "Chapter 10",
                     "Éclat", "Ecole", "Zola"]
    model.update([_summary(8, "Chapitre 3")] + [_summary(i, t) for i, t in enumerate(titles)])
    assert model.rows[2].title == "Chapitre 3"  # a new row joins its place in the order
