"""The window's language: which one, its translators, and View → Language.

English is the source language; French comes from ``ui/translations/marginalia_fr.qm``
and Qt's own ``qtbase_fr.qm`` (the standard buttons and dialogs). An English
translator (``marginalia_en.qm``, plural forms only) is always installed under the
chosen one, so ``"%n highlight(s)"`` reads "1 highlight" / "2 highlights" in English
and a French plural not yet translated falls back to English rather than to "(s)".

The choice is the library's setting ``window_language`` (``ui.window.layout_memory``),
else the system's: Qt reads ``LANGUAGE`` (a list), then ``LC_ALL``, ``LC_MESSAGES``,
``LANG`` for the interface languages (``QLocale.system().uiLanguages()``). The same
choice gives the locale of dates, numbers and sorting (``QLocale.setDefault``, read
by ``QLocale()`` everywhere in the window). A change applies at the next start: the
rooms build their texts once, and a window half in one language would be worse.

The command line stays English: ``ui.cli`` imports no Qt, and scripts read its words.
"""

from __future__ import annotations

import logging
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox

from ui.window.choices import add_choices
from ui.window.messages import show_message

if TYPE_CHECKING:
    from ui.window.layout_memory import LayoutMemory
    from ui.window.main_window import MainWindow

log = logging.getLogger(__name__)

TRANSLATIONS = Path(__file__).resolve().parent.parent / "translations"
SYSTEM = "system"
LANGUAGES = ("en", "fr")  # the ones we ship; English is the source
# Each language named in itself: the reader looking for their own must recognise it.
LANGUAGE_NAMES = {"en": "English", "fr": "Français"}


def system_language(ui_languages: list[str]) -> str:
    """The first of the system's interface languages we ship, else English."""
    for tag in ui_languages:
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def resolve(choice: str | None, system: QLocale) -> tuple[str, QLocale]:
    """The language for ``choice`` (``None``/"system": the system's) and the locale of
    its dates, numbers and sorting: the system's own when it speaks that language (its
    country and settings kept), else the language's usual one (``fr`` → fr_FR)."""
    language = choice if choice in LANGUAGES else system_language(system.uiLanguages())
    wanted = QLocale(language)
    if system.language() == wanted.language():
        return language, system
    return language, wanted


def qt_translations_folder() -> Path:
    """Where Qt's own ``qtbase_*.qm`` are (PySide6's folder, in a frozen build too)."""
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if (folder / "qtbase_fr.qm").is_file():
        return folder
    import PySide6

    return Path(PySide6.__file__).resolve().parent / "Qt" / "translations"


class Translations:
    """One window's translators on ``app``, and its locale as the default, until
    :meth:`remove` (when the window is destroyed: tests build many in one process)."""

    def __init__(self, app: QCoreApplication, folder: Path = TRANSLATIONS,
                 qt_folder: Path | None = None) -> None:
        self.app, self.folder = app, folder
        self.qt_folder = qt_folder or qt_translations_folder()
        self.language = "en"
        self.locale = QLocale()
        self._installed: list[QTranslator] = []

    def install(self, choice: str | None, system: QLocale | None = None) -> str:
        """Install the translators of ``choice`` before any widget is built; the
        language installed. A missing file is logged: the window is English then."""
        self.language, self.locale = resolve(choice, system or QLocale.system())
        self._load(self.folder / "marginalia_en.qm")
        if self.language != "en":
            self._load(self.qt_folder / f"qtbase_{self.language}.qm")
            self._load(self.folder / f"marginalia_{self.language}.qm")
        QLocale.setDefault(self.locale)
        log.info("window language %s (chosen: %s), locale %s",
                 self.language, choice or SYSTEM, self.locale.name())
        return self.language

    def _load(self, path: Path) -> None:
        translator = QTranslator()
        if not translator.load(str(path)):
            log.warning("no translations at %s", path)
            return
        self.app.installTranslator(translator)
        self._installed.append(translator)

    def remove(self, *_: object) -> None:
        """Take the translators off the application and give the default locale back
        to the system, unless a later window has set its own since."""
        for translator in self._installed:
            with suppress(RuntimeError):  # at exit the application may be gone first
                self.app.removeTranslator(translator)
        self._installed.clear()
        if QLocale() == self.locale:
            QLocale.setDefault(QLocale.system())

    def follow(self, window: QObject) -> None:
        """Remove the translators when ``window`` is destroyed. A lambda, not the bound
        method: PySide holds a slot's object weakly, and these must live as long."""
        window.destroyed.connect(lambda *_: self.remove())


class LanguageMenu(QObject):
    """View → Language: follow the system, English or Français; checkable, remembered
    through ``memory``, said to apply at the next start."""

    def __init__(self, window: MainWindow, memory: LayoutMemory) -> None:
        super().__init__(window)
        self.window, self.memory = window, memory
        self.actions: dict[str, QAction] = {}
        self.chosen = memory.language()  # the saved one: its write may still be queued

    def build(self, parent: QMenu) -> QMenu:
        """The submenu, added to ``parent``, the remembered choice checked."""
        menu = parent.addMenu(self.tr("Lan&guage"))
        labels = {SYSTEM: self.tr("Follow the &system"), **LANGUAGE_NAMES}
        self.actions.update(add_choices(
            menu, {c: t if "&" in t else f"&{t}" for c, t in labels.items()},  # &English…
            self.chosen, self.choose))
        return menu

    def choose(self, choice: str) -> None:
        """Remember ``choice`` and say when it applies (nothing to say if unchanged)."""
        if choice == self.chosen:
            return
        self.chosen = choice
        self.memory.remember_language(choice)
        show_message(self.window, QMessageBox.Icon.Information, "Marginalia",
                     self.tr("The new language applies the next time Marginalia starts."))
