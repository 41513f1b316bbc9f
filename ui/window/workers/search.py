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
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from index.generations import Fingerprint
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


def compose_query(text: str, filters: Filters = Filters()) -> str:
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


def panel_search(services: Services, text: str, filters: Filters = Filters(),
                 limit: int = RESULT_LIMIT) -> SearchResults:
    """The search the panel runs for what is in its box (the benchmark calls it too)."""
    if not text.strip() or services.indexer is None:
        return SearchResults(text)
    return services.locate(services.indexer.search(compose_query(text, filters), limit=limit,
                                                   as_you_type=True))


def watch_rebuilds(services: Services, report: Callable[[bool], None]) -> None:
    """Call ``report(True)`` when this indexer starts a full rebuild, ``report(False)`` after.

    A rebuild can start inside any search or update (a damaged index is rebuilt on
    the spot); the indexer's rebuild hooks are told on every path to one.
    """
    indexer = services.indexer
    if indexer is not None and report not in indexer.rebuild_hooks:
        indexer.rebuild_hooks.append(report)


class IndexWatch:
    """Closes a worker's open index when its files changed since that worker's last job.

    An open Whoosh index keeps reading the files it mapped at opening: damaged or
    deleted behind its back (by the reader, a disk, another process) it would go on
    with stale or broken data. A changed fingerprint makes the next use reopen it,
    which validates it and rebuilds it when it is damaged. A few ``stat`` calls a job.

    The window's two workers share one watch (``ui.window.app``): a note the write worker
    indexes is then no news to the search worker, which would otherwise reopen and
    re-validate the whole index on the next keystroke after every save. (A new
    generation needs no watch: the indexer reopens when ``CURRENT`` changes.)
    """

    def __init__(self) -> None:
        self._seen: Fingerprint | None = None
        self._lock = threading.Lock()

    def before(self, services: Services) -> None:
        if services.indexer is None:
            return
        now = services.indexer.fingerprint()
        with self._lock:
            changed = self._seen is not None and now != self._seen
        if changed:
            log.info("index files changed since the last job: reopening")
            services.indexer.close()

    def after(self, services: Services) -> None:
        if services.indexer is not None:
            now = services.indexer.fingerprint()
            with self._lock:
                self._seen = now


class _Signals(QObject):
    done = Signal(int, object)  # generation, SearchResults
    failed = Signal(int, str)
    rebuilding = Signal(bool)


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
            services = worker.services_on_thread()
            worker.watch.before(services)
            try:
                results = panel_search(services, self.text, self.filters)
            finally:
                worker.watch.after(services)
        except MarginaliaError as exc:
            worker.signals.failed.emit(self.generation, str(exc))
            return
        except Exception as exc:  # any failure: shown in words, details to the log
            log.error("search failed: %s\n%s", exc, traceback.format_exc())
            worker.signals.failed.emit(self.generation, f"Search failed: {exc}")
            return
        worker.signals.done.emit(self.generation, results)


class SearchWorker(QObject):
    """Runs :func:`panel_search` on its own thread; reports through ``results``."""

    results = Signal(int, object)  # generation, SearchResults (newest only)
    failed = Signal(str)
    rebuilding = Signal(bool)  # the index is being rebuilt on this worker (True), done

    def __init__(self, paths: DataPaths, parent: QObject | None = None,
                 watch: IndexWatch | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.generation = 0
        self._services: Services | None = None
        self.watch = watch or IndexWatch()
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.pool.setExpiryTimeout(-1)  # one thread for good: its SQLite connection lives there
        self.signals = _Signals(self)
        self.signals.done.connect(self._done)
        self.signals.failed.connect(self._failed)
        self.signals.rebuilding.connect(self.rebuilding)

    def services_on_thread(self) -> Services:
        if self._services is None:
            self._services = open_services(self.paths, seeds=False)
            watch_rebuilds(self._services, self.signals.rebuilding.emit)
        return self._services

    def request(self, text: str, filters: Filters = Filters()) -> int:
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
