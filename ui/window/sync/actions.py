"""File → Sync: the shared folder that keeps two laptops' libraries in step (issue 19).

The sync the command line runs (``marginalia sync``, :mod:`reader.sync.sync`) runs
here as one more write on the write worker, in order with the reader's edits, so it
never blocks reading and its Changes reach every view through the same hub as an
edit's: highlights from the other device appear in the open margins, documents in
the library. The folder is the library's own setting (``sync_folder``), the one the
command line uses, read on the worker when the sync runs, so "Stop syncing" queued
after a sync wins over it.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from reader.errors import MarginaliaError
from reader.model import Highlight
from reader.quote_match import clip
from reader.sync.device import NAME_KEY
from reader.sync.sync import FOLDER_SETTING, LAST_SETTING, Sync, SyncReport
from ui.window.errors import in_words
from ui.window.messages import show_message
from ui.window.sync.scheduler import SyncScheduler
from ui.window.sync.status import SyncStatus

if TYPE_CHECKING:
    from ui.services import Services
    from ui.window.main_window import MainWindow
    from ui.window.workers.write import WriteWorker

log = logging.getLogger(__name__)

Fresh = dict[str, list[Highlight]]
Outcome = tuple[SyncReport, Fresh] | None
Add = Callable[..., QAction]
KEPT_ID = re.compile(r"^highlight (\S+):")  # reader.sync.sync._kept's lines


def run_sync(s: Services, open_ids: list[str]) -> Outcome:
    """On the worker: sync with the folder the library names (None: no folder any
    more), let the index follow, and read the open documents' highlights afresh."""
    folder = s.library.setting(FOLDER_SETTING)
    if not folder:
        return None
    report, changes = Sync(s.library).run(Path(folder))
    s.apply(changes)
    # in the reader's language while they still carry their templates (a signal drops
    # them); the kept lines stay as said: the window reads their ids, then words them
    report.skipped = [in_words(line) for line in report.skipped]
    report.waiting = [in_words(line) for line in report.waiting]
    return report, {d: list(s.annotations.for_document(d)) for d in open_ids}


class SyncActions(QObject):
    """The three items, the status label and the scheduler, for one window."""

    def __init__(self, window: MainWindow, worker: WriteWorker, services: Services) -> None:
        super().__init__(window)
        self.window, self.worker, self.services = window, worker, services
        remembered = services.library.setting(FOLDER_SETTING)
        self.folder: Path | None = Path(remembered) if remembered else None
        self.in_flight = False
        self._again = False  # "Sync now" while one was on its way: once more after it
        self.last_report: SyncReport | None = None
        self.message: QMessageBox | None = None
        self.status = SyncStatus(window)
        self.scheduler = SyncScheduler(worker, self.sync_now, self.active, self.syncing,
                                       parent=self)
        self.now_action: QAction | None = None
        self.stop_action: QAction | None = None
        if self.folder is not None:
            self._show_folder()
            self.status.remembered(self._last_at())
        self.scheduler.start()

    def build_menu(self, file_menu: QMenu, add: Add) -> None:
        menu = file_menu.addMenu(self.tr("S&ync"))
        add(menu, self.tr("Sync &folder…"), self.choose_folder)
        self.now_action = add(menu, self.tr("Sync &now"), self.sync_now)
        self.stop_action = add(menu, self.tr("S&top syncing"), self.stop_syncing)
        self._enable()

    def active(self) -> bool:
        return self.folder is not None and not self.window.closing

    def syncing(self) -> bool:
        return self.in_flight

    # -- the items ----------------------------------------------------------------------------
    def choose_folder(self, folder: Path | None = None) -> None:
        """File → Sync → Sync folder…: ``folder`` bypasses the dialog (tests, scripts).
        The choice is kept at once, then the first sync runs."""
        if folder is None:
            start = str(self.folder) if self.folder else str(Path.home())
            name = QFileDialog.getExistingDirectory(
                self.window, self.tr("Choose the folder a sync tool shares"), start)
            if not name:
                return
            folder = Path(name)
        chosen = folder.expanduser().resolve()
        self.folder = chosen
        self.worker.run(lambda s, _: s.library.set_setting(FOLDER_SETTING, str(chosen)),
                        failed=self.status.failed)
        self._show_folder()
        self._enable()
        self.sync_now()

    def sync_now(self) -> None:
        """File → Sync → Sync now, and every tick of the scheduler."""
        if not self.active():
            return
        if self.in_flight:
            self._again = True
            return
        self.window.flush_edits()  # a note being typed goes with it
        self.in_flight = True
        self.status.syncing()
        ids = self.window.open_document_ids()
        self.worker.run(lambda s, _: run_sync(s, ids), self._synced, self._failed)

    def stop_syncing(self) -> None:
        """File → Sync → Stop syncing: the folder forgotten; the folder itself, and
        what the library holds, stay as they are."""
        self.folder = None
        self._again = False
        self.worker.run(lambda s, _: s.library.set_setting(FOLDER_SETTING, ""),
                        failed=self.window.show_error)
        self.status.off()
        self._enable()

    # -- results ------------------------------------------------------------------------------
    def _synced(self, outcome: Outcome) -> None:
        self.in_flight = False
        if outcome is not None:
            self.window.show_fresh(outcome[1])  # the library followed the Changes already
        if outcome is not None and self.folder is not None:
            report = self.last_report = outcome[0]
            self._show_folder()
            self.status.synced(report)
            if report.kept:
                self._tell_kept(report)
        self._next()

    def _failed(self, reason: str) -> None:
        """Said in the corner; the next tick tries again (folder back, disk freed)."""
        self.in_flight = False
        log.warning("sync failed: %s", reason)
        if self.folder is not None:
            self.status.failed(reason)
        self._next()

    def _next(self) -> None:
        if self._again:
            self._again = False
            self.sync_now()

    def _tell_kept(self, report: SyncReport) -> None:
        """Once, non-modal: an edit won over a removal; each quote says which device
        removed it and which edited it."""
        text = self.tr("%n highlight(s) deleted on one device and edited on another: kept, "
                       "since an edit wins over a removal.", "", len(report.kept))
        quotes = [f"• {quote}" for quote in self._kept_quotes(report.kept)]
        if self.message is not None and self.message.isVisible():
            self.message.close()
        self.message = show_message(self.window, QMessageBox.Icon.Information,
                                    self.tr("Sync"), "\n".join([text, *quotes]))

    def _kept_quotes(self, lines: list[str]) -> list[str]:
        quotes = []
        for line in lines:
            match = KEPT_ID.match(line)
            if match is None:
                continue
            try:
                exact = self.services.annotations.get(match[1]).exact
            except MarginaliaError:  # gone again meanwhile: nothing to quote
                continue
            quotes.append(self.tr("“{quote}”").format(quote=clip(exact, 80))
                          + self._kept_where(line))
        return quotes

    def _kept_where(self, line: str) -> str:
        """Which device removed it and which edited it, when the line says (older
        sync states did not record who wrote)."""
        device = getattr(line, "params", {}).get("device")
        if not device:
            return ""
        if getattr(line, "template", "").startswith("highlight {hid}: deleted here"):
            return self.tr(" — deleted here, edited on {device}").format(device=device)
        return self.tr(" — deleted on {device}, edited here").format(device=device)

    # -- shown ------------------------------------------------------------------------------
    def _show_folder(self) -> None:
        self.status.folder = str(self.folder or "")
        self.status.device = self.services.library.setting(NAME_KEY) or ""

    def _last_at(self) -> str | None:
        try:
            last = json.loads(self.services.library.setting(LAST_SETTING) or "null")
        except ValueError:
            return None
        return last.get("at") if isinstance(last, dict) else None

    def _enable(self) -> None:
        for action in (self.now_action, self.stop_action):
            if action is not None:
                action.setEnabled(self.folder is not None)
