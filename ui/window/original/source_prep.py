"""Reading an original and aligning it with the text, off the GUI thread.

Sanitising an EPUB's chapters and aligning the rendering's characters with the
canonical text are plain Python over megabytes (0.1–0.5 s each for a large book):
run on the GUI thread they froze the window each time View → Original opened one.
They run here, one at a time on a thread of their own; only Qt's rich text (which
must be built where it is shown) stays on the GUI thread. Each step carries the
ticket of the opening it belongs to, so an answer for an original the reader has
already left is dropped, never shown.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from reader.errors import MarginaliaError

log = logging.getLogger(__name__)


class _Carrier(QObject):
    """Lives on the GUI thread; emitted from the pool's thread, so its signals arrive
    queued at their receivers there."""

    done = Signal(int, object)  # ticket, the step's result
    failed = Signal(int, object)  # ticket, the exception that stopped it


class _Step(QRunnable):
    def __init__(self, carrier: _Carrier, ticket: int, work: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.carrier, self.ticket, self.work = carrier, ticket, work

    def run(self) -> None:
        try:
            result = self.work()
        except MarginaliaError as exc:
            self.carrier.failed.emit(self.ticket, exc)
        except Exception as exc:  # a bug must not end the thread silently
            log.exception("preparing the original failed")
            self.carrier.failed.emit(self.ticket, exc)
        else:
            self.carrier.done.emit(self.ticket, result)


class Preparer(QObject):
    """Runs an original's steps in order on one thread; answers only for the newest
    opening (:meth:`open` starts one and returns its ticket)."""

    done = Signal(int, object)
    failed = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)  # a child: deleting us waits for a running step
        self.pool.setMaxThreadCount(1)
        self.ticket = 0
        self._carrier = _Carrier(self)
        self._carrier.done.connect(self._done)
        self._carrier.failed.connect(self._failed)

    def open(self) -> int:
        """A new opening: what earlier ones still answer is dropped."""
        self.ticket += 1
        return self.ticket

    def run(self, ticket: int, work: Callable[[], Any]) -> None:
        if ticket == self.ticket:
            self.pool.start(_Step(self._carrier, ticket, work))

    def wait(self) -> None:
        """Block until the running step ended (the window is closing)."""
        self.ticket += 1
        self.pool.clear()
        self.pool.waitForDone()

    def _done(self, ticket: int, result: object) -> None:
        if ticket == self.ticket:
            self.done.emit(ticket, result)
        elif callable(getattr(result, "close", None)):
            result.close()  # type: ignore[attr-defined]  # an EPUB's zip, never shown

    def _failed(self, ticket: int, error: object) -> None:
        if ticket == self.ticket:
            self.failed.emit(ticket, error)
