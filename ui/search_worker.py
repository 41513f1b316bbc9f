"""Library search off the GUI thread, on a reader of its own.

Search-as-you-type must never wait behind an import or an export on the write
worker, so searches run on a second single-thread pool with its own
:class:`Services` (its own SQLite connection and index searcher, opened on that
thread). Every request carries a generation number: a queued request that is no
longer the newest is skipped, and a result that arrives after a newer request was
made is dropped by the panel, so what the reader sees always matches the box.
"""

from __future__ import annotations

import logging
import traceback
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from index.search import SearchResults
from reader.errors import MarginaliaError
from reader.paths import DataPaths
from ui.services import Services, open_services

log = logging.getLogger(__name__)

RESULT_LIMIT = 40


@dataclass(frozen=True)
class Filters:
    """The panel's chips: each adds clauses of the index's query language."""

    langs: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()  # "document" and/or "note"
    tags: tuple[str, ...] = field(default=())


def compose_query(text: str, filters: Filters = Filters()) -> str:  # noqa: B008
    """``text`` with the filters' ``lang:``/``kind:``/``tag:`` clauses put first.

    Filters go before the typed words so the word being typed stays the last clause,
    which search-as-you-type completes as a prefix. Values of one filter are OR-ed.
    """
    parts: list[str] = []
    for name, values in (("lang", filters.langs), ("tag", filters.tags)):
        if values:
            parts.append(" OR ".join(f"{name}:{v}" for v in values))
    if len(set(filters.kinds)) == 1:
        parts.append(f"kind:{filters.kinds[0]}")
    return " ".join([*parts, text.strip()]) + (" " if text[-1:].isspace() else "")


def panel_search(services: Services, text: str, filters: Filters = Filters(),  # noqa: B008
                 limit: int = RESULT_LIMIT) -> SearchResults:
    """The search the panel runs for what is in its box (the benchmark calls it too)."""
    if not text.strip() or services.indexer is None:
        return SearchResults(text)
    return services.indexer.search(compose_query(text, filters), limit=limit, as_you_type=True)


class _Signals(QObject):
    done = Signal(int, object)  # generation, SearchResults
    failed = Signal(int, str)


class _SearchJob(QRunnable):
    def __init__(self, worker: SearchWorker, generation: int, text: str,
                 filters: Filters) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.worker, self.generation, self.text, self.filters = worker, generation, text, filters

    def run(self) -> None:
        worker = self.worker
        if self.generation != worker.generation:
            return  # a newer request is queued behind this one: skip the work
        try:
            results = panel_search(worker.services_on_thread(), self.text, self.filters)
        except MarginaliaError as exc:
            worker.signals.failed.emit(self.generation, str(exc))
            return
        except Exception as exc:  # noqa: BLE001 - shown in words, details to the log
            log.error("search failed: %s\n%s", exc, traceback.format_exc())
            worker.signals.failed.emit(self.generation, f"Search failed: {exc}")
            return
        worker.signals.done.emit(self.generation, results)


class SearchWorker(QObject):
    """Runs :func:`panel_search` on its own thread; reports through ``results``."""

    results = Signal(int, object)  # generation, SearchResults (newest only)
    failed = Signal(str)

    def __init__(self, paths: DataPaths, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.generation = 0
        self._services: Services | None = None
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.pool.setExpiryTimeout(-1)  # one thread for good: its SQLite connection lives there
        self.signals = _Signals(self)
        self.signals.done.connect(self._done)
        self.signals.failed.connect(self._failed)

    def services_on_thread(self) -> Services:
        if self._services is None:
            self._services = open_services(self.paths, seeds=False)
        return self._services

    def request(self, text: str, filters: Filters = Filters()) -> int:  # noqa: B008
        """Queue a search; its generation is returned and becomes the only one wanted."""
        self.generation += 1
        self.pool.start(_SearchJob(self, self.generation, text, filters))
        return self.generation

    def _done(self, generation: int, results: SearchResults) -> None:
        if generation == self.generation:
            self.results.emit(generation, results)
        else:
            log.debug("dropped stale search results %d (now %d)", generation, self.generation)

    def _failed(self, generation: int, message: str) -> None:
        if generation == self.generation:
            self.failed.emit(message)

    def close(self) -> None:
        self.generation += 1  # anything still queued is now stale
        self.pool.waitForDone()
        if self._services is not None:
            services, self._services = self._services, None
            services.close()
