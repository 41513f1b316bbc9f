"""What the window remembers between sessions: its geometry and splitters, the
second pane and scroll sync, the theme, the text size, the last document read and
the last export folder, the language (read before the window is built).

All of it lives in the library's settings, so a library moved to another computer
opens as it was left. Reads happen on the GUI thread (the window's own services,
at start); every write goes to the write worker like any other write, so saving a
setting never waits on the disk. The setting names are spelled here only.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray

if TYPE_CHECKING:
    from ui.services import Services
    from ui.window.main_window import MainWindow
    from ui.window.workers.write import WriteWorker

log = logging.getLogger(__name__)

DEFAULT_FONT_SIZE = 13.0
DEFAULT_SIZE = (1440, 880)  # the first start's window, before any layout was saved
LANGUAGE_SETTING = "window_language"  # "system", "en" or "fr" (ui/window/i18n.py)


def chosen_language(services: Services) -> str:
    """Read before the window exists: its translators are installed first."""
    return services.library.setting(LANGUAGE_SETTING) or "system"


def _b64(data: QByteArray) -> str:
    return bytes(data.toBase64().data()).decode()


class LayoutMemory:
    """The window's settings: read through ``services``, written through ``worker``."""

    def __init__(self, window: MainWindow, worker: WriteWorker, services: Services) -> None:
        self.window, self.worker, self.services = window, worker, services

    def _setting(self, key: str) -> str | None:
        return self.services.library.setting(key)

    def _remember(self, key: str, value: str) -> None:
        self.worker.run(lambda s, _: s.library.set_setting(key, value))

    # -- reading comfort and places ------------------------------------------------------
    def theme_name(self) -> str:
        return self._setting("reading_theme") or "auto"

    def remember_theme(self, name: str) -> None:
        self._remember("reading_theme", name)

    def font_size(self) -> float:
        size = self._setting("reading_font_size")
        return float(size) if size else DEFAULT_FONT_SIZE

    def remember_font_size(self, size: float) -> None:
        self._remember("reading_font_size", str(size))

    def interface_size(self) -> str:
        """View → Interface text size: "smaller", "default", "larger" or "largest"."""
        return self._setting("interface_text_size") or "default"

    def remember_interface_size(self, choice: str) -> None:
        self._remember("interface_text_size", choice)

    def last_document(self) -> str | None:
        return self._setting("last_document")

    def remember_last_document(self, doc_id: str) -> None:
        self._remember("last_document", doc_id)

    def export_folder(self) -> Path:
        """Where the export and backup dialogs start: the last folder used."""
        last = self._setting("export_folder")
        return Path(last) if last else Path.home() / "Marginalia notes"

    def remember_export_folder(self, folder: Path) -> None:
        self._remember("export_folder", str(folder))

    def language(self) -> str:
        return chosen_language(self.services)

    def remember_language(self, choice: str) -> None:
        self._remember(LANGUAGE_SETTING, choice)

    # -- geometry and splitters ----------------------------------------------------------------
    def restore_layout(self) -> None:
        """Put the window, the library column and the main pane's margin back where
        the reader left them; a damaged setting is only a default layout."""
        window = self.window
        raw = self._setting("window_layout")
        if not raw:
            window.resize(*DEFAULT_SIZE)
            return
        try:
            layout = json.loads(raw)
            window.restoreGeometry(QByteArray.fromBase64(layout["geometry"].encode()))
            window.splitter.restoreState(QByteArray.fromBase64(layout["splitter"].encode()))
            if "pane" in layout:
                window.primary.splitter.restoreState(
                    QByteArray.fromBase64(layout["pane"].encode()))
        except (ValueError, KeyError, TypeError) as exc:
            log.warning("ignoring a damaged window layout: %s", exc)

    def layout_state(self) -> str:
        window = self.window
        return json.dumps({"geometry": _b64(window.saveGeometry()),
                           "splitter": _b64(window.splitter.saveState()),
                           "pane": _b64(window.primary.splitter.saveState())})

    def save_layout(self) -> None:
        """The library column is saved at its own width even while the original has
        borrowed it: else the next start finds it folded, with nothing to give back."""
        borrowed = self.window.primary.original.room.borrowed
        if borrowed:
            sizes = self.window.splitter.sizes()
            self.window.splitter.setSizes([borrowed, max(0, sizes[1] - borrowed)])
        self._remember("window_layout", self.layout_state())

    # -- the original beside the text (View → Original) ------------------------------------
    def original_open(self) -> bool:
        return self._setting("original_open") == "1"

    def remember_original_open(self, on: bool) -> None:
        self._remember("original_open", "1" if on else "0")

    # -- side by side ------------------------------------------------------------------------------
    def save_side_by_side(self) -> None:
        panes = self.window.panes
        beside = panes[1].current.id if len(panes) > 1 and panes[1].current else None
        self._remember("side_by_side", json.dumps(
            {"beside": beside, "sync": self.window.side_by_side.sync_scrolling}))

    def restore_side_by_side(self) -> None:
        """Reopen the second pane and the sync choice as the reader left them (a
        document since removed stays closed)."""
        raw = self._setting("side_by_side")
        try:
            state = json.loads(raw) if raw else {}
        except ValueError:
            log.warning("ignoring a damaged side-by-side setting: %r", raw)
            return
        side_by_side = self.window.side_by_side
        if state.get("beside") in {r.id for r in self.window.library_model.rows}:
            side_by_side.open_beside(state["beside"])
        side_by_side.show_sync(bool(state.get("sync")))
