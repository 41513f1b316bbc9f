"""When the window syncs by itself: every few minutes, and a while after its own writes.

A reader typing a note makes a write every few seconds; one sync ~20 s after the last
of them sends the lot. The Changes the write worker announces while a sync is on its
way are not news: they were written before the sync runs (the worker keeps the
order), or they are the sync's own, and must not start another one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from reader.changes import Changes
from ui.window.workers.write import WriteWorker

log = logging.getLogger(__name__)

INTERVAL_MS = 5 * 60_000
DEBOUNCE_MS = 20_000
STARTUP_MS = 5_000  # the first sync once the window is up, not during its start


class SyncScheduler(QObject):
    """Calls ``run`` at each tick and after a quiet spell following a write, when
    ``active()`` (a folder is chosen) and not ``syncing()`` (one is on its way)."""

    def __init__(self, worker: WriteWorker, run: Callable[[], None],
                 active: Callable[[], bool], syncing: Callable[[], bool],
                 interval_ms: int = INTERVAL_MS, debounce_ms: int = DEBOUNCE_MS,
                 startup_ms: int = STARTUP_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._run, self.active, self.syncing = run, active, syncing
        self.tick = QTimer(self, interval=interval_ms, timeout=self._due)
        self.debounce = QTimer(self, singleShot=True, interval=debounce_ms,
                               timeout=self._due)
        self.soon = QTimer(self, singleShot=True, interval=startup_ms, timeout=self._due)
        worker.changed.connect(self._changed)

    def start(self) -> None:
        """The ticks, and one sync soon (what the other devices wrote meanwhile)."""
        self.tick.start()
        if self.active():
            self.soon.start()

    def stop(self) -> None:
        for timer in (self.tick, self.debounce, self.soon):
            timer.stop()

    def _changed(self, changes: Changes) -> None:
        if changes and self.active() and not self.syncing():
            self.debounce.start()  # again: the quiet spell starts anew

    def _due(self) -> None:
        if self.active() and not self.syncing():
            log.debug("sync due")
            self._run()
