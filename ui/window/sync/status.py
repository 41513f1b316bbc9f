"""The sync's corner of the status bar: when the library last met the shared folder,
what came from the other devices, or why it could not.

A permanent label, so other messages of the status line never hide it; its words are
re-made every 30 s, so "2 min ago" stays true while the reader reads. Hidden while
no folder is chosen: most readers never sync and need not hear of it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QMainWindow

from reader.sync.sync import SyncReport

log = logging.getLogger(__name__)

REFRESH_MS = 30_000
Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def incoming(report: SyncReport) -> int:
    """What the run wrote here from the other devices, counted as the command line's
    ``sync --status`` counts it."""
    a = report.applied
    return a.created + a.updated + a.deleted + len(a.changes.documents)


@dataclass
class Shown:
    """What the label says: the state, and the details of the last run that did
    anything (a run that found nothing new keeps them; only the time moves)."""

    state: str = "off"  # off, syncing, synced, failed
    at: datetime | None = None  # the last successful run
    changes: int = 0
    devices: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    waiting: list[str] = field(default_factory=list)
    reason: str = ""


class SyncStatus(QLabel):
    """"Synced 2 min ago · 3 changes from work-laptop", "Syncing…" or "Not synced: …";
    the tooltip names the folder and gives one line per file skipped."""

    def __init__(self, window: QMainWindow, clock: Clock = utc_now,
                 refresh_ms: int = REFRESH_MS) -> None:
        super().__init__(window)
        self.clock = clock
        self.folder = ""
        self.device = ""
        self.shown = Shown()
        self.setAccessibleName(self.tr("Sync status"))
        window.statusBar().addPermanentWidget(self)
        self.timer = QTimer(self, interval=refresh_ms, timeout=self.refresh)
        self.hide()

    # -- what happened -----------------------------------------------------------------------
    def off(self) -> None:
        self.shown = Shown()
        self.timer.stop()
        self.hide()

    def syncing(self) -> None:
        self.shown.state = "syncing"
        self.refresh()

    def synced(self, report: SyncReport) -> None:
        shown = self.shown
        shown.state, shown.at, shown.reason = "synced", self.clock(), ""
        if not report.unchanged:
            shown.changes = incoming(report)
            shown.devices = sorted(report.files_read) if shown.changes else []
            shown.kept, shown.skipped = list(report.kept), list(report.skipped)
            shown.waiting = list(report.waiting)
        self.refresh()

    def failed(self, reason: str) -> None:
        self.shown.state, self.shown.reason = "failed", reason
        self.refresh()

    def remembered(self, at: str | None) -> None:
        """The last sync as the library remembers it (``sync_last``), at start-up."""
        self.shown.state = "synced" if at else "never"
        try:
            self.shown.at = datetime.fromisoformat(at) if at else None
        except ValueError:
            log.warning("unreadable time of the last sync: %r", at)
            self.shown.state = "never"
        self.refresh()

    # -- words -------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.setText(self.words())
        self.setToolTip(self.details())
        self.show()
        if not self.timer.isActive():
            self.timer.start()

    def words(self) -> str:
        shown = self.shown
        if shown.state == "syncing":
            return self.tr("Syncing…")
        if shown.state == "failed":
            return self.tr("Not synced: {reason}").format(reason=shown.reason)
        if shown.state != "synced" or shown.at is None:
            return self.tr("Not synced yet")
        parts = [self.tr("Synced {ago}").format(ago=self.ago(shown.at))]
        if shown.changes and shown.devices:
            parts.append(self.tr("%n change(s) from {devices}", "", shown.changes).format(
                devices=", ".join(shown.devices)))
        elif shown.changes:
            parts.append(self.tr("%n change(s) received", "", shown.changes))
        if shown.kept:
            parts.append(self.tr("%n deleted highlight(s) kept", "", len(shown.kept)))
        if shown.skipped:
            parts.append(self.tr("%n file(s) skipped", "", len(shown.skipped)))
        return " · ".join(parts)

    def ago(self, at: datetime) -> str:
        """How long ago, as a reader glancing at the corner wants it."""
        seconds = max(0, int((self.clock() - at).total_seconds()))
        if seconds < 60:
            return self.tr("just now")
        if seconds < 3600:
            return self.tr("%n min ago", "", seconds // 60)
        if seconds < 86400:
            return self.tr("%n hour(s) ago", "", seconds // 3600)
        return self.tr("%n day(s) ago", "", seconds // 86400)

    def details(self) -> str:
        """The tooltip: the folder, this device, then one line per thing to know."""
        shown = self.shown
        lines = [self.tr("Sync folder: {folder}").format(folder=self.folder)]
        if self.device:
            lines.append(self.tr("This device: {name}").format(name=self.device))
        if shown.state == "failed" and shown.at is not None:
            lines.append(self.tr("Last synced {ago}").format(ago=self.ago(shown.at)))
        lines += shown.kept + shown.waiting
        lines += [self.tr("Skipped: {line}").format(line=line) for line in shown.skipped]
        return "\n".join(lines)
