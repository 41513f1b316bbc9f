"""The single writer: every store write, import and index update runs here.

One thread (a ``QThreadPool`` limited to one) owns its own :class:`Services`, opened
on the same database as the window's read-only use (SQLite WAL lets a reader and a
writer work side by side). Jobs are one-shot ``QRunnable`` objects that call a plain
function and report through a dispatcher's signals; they never touch a widget, so
the GUI thread only ever sees results, in order, through queued signals.

It is also the window's end of the change hub (docs/ARCHITECTURE.md): the Changes
each operation hands to ``Services.apply`` are collected on the worker thread and
announced once per operation on the GUI thread by :attr:`WriteWorker.changed`, before
the operation's own ``done``; every view reacts to what changed from there.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from reader.changes import Changes
from reader.errors import Cancelled, MarginaliaError
from reader.paths import DataPaths
from ui.services import Services, open_services
from ui.window.errors import in_words
from ui.window.workers.search import IndexWatch, watch_rebuilds

log = logging.getLogger(__name__)

T = TypeVar("T")
Report = Callable[[int, int, str], None]
# An operation: runs on the worker thread with the worker's services and a progress
# reporter (which raises Cancelled after Stop); its result reaches ``done``.
Operation = Callable[[Services, Report], T]
Failed = Callable[[str], None]


@dataclass(frozen=True)
class UndoState:
    """The annotation undo stack as the Edit menu shows it."""

    can_undo: bool = False
    can_redo: bool = False
    undo_label: str = ""  # what Undo would undo, in the reader's language; "" for none
    redo_label: str = ""


def undo_state(services: Services) -> UndoState:
    """Read on the worker: the labels are translated here, while they still carry their
    template (a signal passes a plain str)."""
    ann = services.annotations
    return UndoState(bool(ann.can_undo), bool(ann.can_redo),
                     in_words(ann.undo_label) if ann.undo_label else "",
                     in_words(ann.redo_label) if ann.redo_label else "")


class Dispatcher(QObject):
    """Carries results from the worker thread to the GUI thread (queued signals)."""

    finished = Signal(int, object)
    failed = Signal(int, str)
    changed = Signal(object)  # Changes one operation made
    progress = Signal(int, int, str)
    undo_changed = Signal(object)
    rebuilding = Signal(bool)  # a full index rebuild started (True) or ended


class _Job(QRunnable):
    def __init__(self, worker: WriteWorker, job_id: int, task: Operation[Any]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.worker = worker
        self.job_id = job_id
        self.task = task

    def run(self) -> None:
        dispatcher = self.worker.dispatcher
        stop = self.worker.stop_requested

        def report(done: int, total: int, label: str) -> None:
            dispatcher.progress.emit(done, total, label)
            if stop.is_set():
                raise Cancelled

        made = Changes()
        try:
            services = self.worker.services_on_thread()
            self.worker.watch.before(services)
            services.observers.append(made.merge)
            try:
                result = self.task(services, report)
            finally:
                services.observers.remove(made.merge)
                self.worker.watch.after(services)
            state = undo_state(services)
        except MarginaliaError as exc:
            log.warning("operation refused: %s", exc)
            self._announce(made)  # what was written before the refusal (a batch's part)
            dispatcher.failed.emit(self.job_id, in_words(exc))
            return
        except Exception as exc:
            log.error("operation failed: %s\n%s", exc, traceback.format_exc())
            self._announce(made)
            dispatcher.failed.emit(self.job_id, f"Something went wrong: {exc}")
            return
        self._announce(made)
        dispatcher.undo_changed.emit(state)
        dispatcher.finished.emit(self.job_id, result)

    def _announce(self, made: Changes) -> None:
        if made:
            self.worker.dispatcher.changed.emit(made)


class WriteWorker(QObject):
    """Queue of write jobs run one at a time, in submission order."""

    busy_changed = Signal(bool)
    changed = Signal(object)  # the one hook: Changes of each operation, on the GUI thread

    def __init__(self, paths: DataPaths, seeds: bool, parent: QObject | None = None,
                 watch: IndexWatch | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.seeds = seeds
        self._services: Services | None = None
        self.watch = watch or IndexWatch()  # shared with the search worker (ui.window.app)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.pool.setExpiryTimeout(-1)
        self.dispatcher = Dispatcher(self)
        self.dispatcher.finished.connect(self._finished)
        self.dispatcher.failed.connect(self._failed)
        self.dispatcher.changed.connect(self._changed)
        self._callbacks: dict[int, tuple[Callable[[Any], None] | None, Failed | None]] = {}
        self._next = 0
        self.stop_requested = threading.Event()

    def cancel(self) -> None:
        """Ask the jobs running or queued now to stop at their next progress report
        (between two items); cleared once the queue is empty."""
        self.stop_requested.set()

    def services_on_thread(self) -> Services:
        """The worker's own services, opened on first use on the worker thread."""
        if self._services is None:
            self._services = open_services(self.paths, seeds=self.seeds)
            watch_rebuilds(self._services, self.dispatcher.rebuilding.emit)
        return self._services

    def run(self, operation: Operation[T], done: Callable[[T], None] | None = None,
            failed: Failed | None = None) -> int:
        """Queue ``operation``; ``done`` gets its result (typed as the operation's),
        ``failed`` its refusal in words. Returns the job's number."""
        self._next += 1
        self._callbacks[self._next] = (done, failed)
        if len(self._callbacks) == 1:
            self.busy_changed.emit(True)
        self.pool.start(_Job(self, self._next, operation))
        return self._next

    @property
    def pending(self) -> int:
        return len(self._callbacks)

    def _finished(self, job_id: int, result: object) -> None:
        done, _ = self._pop(job_id)
        if done is not None:
            done(result)

    def _changed(self, changes: Changes) -> None:  # a slot of ours: queued to this thread
        self.changed.emit(changes)

    def _failed(self, job_id: int, message: str) -> None:
        _, failed = self._pop(job_id)
        if failed is not None:
            failed(message)

    def _pop(self, job_id: int) -> tuple[Callable[[Any], None] | None, Failed | None]:
        callbacks = self._callbacks.pop(job_id, (None, None))
        if not self._callbacks:
            self.stop_requested.clear()
            self.busy_changed.emit(False)
        return callbacks

    def wait(self, msecs: int = -1) -> bool:
        """Block until every queued job ran (start-up and shutdown only)."""
        return self.pool.waitForDone(msecs)

    def close(self) -> None:
        """Finish queued writes, deliver their results, then close the worker's database."""
        self.wait()
        # Results are queued to this object (the receiver of the dispatcher's signals):
        # deliver them now, so a save refused at the last moment is still reported.
        QCoreApplication.sendPostedEvents(self.dispatcher)
        QCoreApplication.sendPostedEvents(self)
        self._callbacks.clear()
        if self._services is not None:
            services, self._services = self._services, None
            services.close()
