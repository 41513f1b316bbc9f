"""The index's life cycle: open or rebuild, incremental updates, integrity (docs/ARCHITECTURE.md).

The index folder holds generations (:mod:`index.generations`): anything wrong when
opening one (folder missing, unreadable table of contents, truncated segment, stamp
changed) rebuilds from the library into a *fresh* generation that is then swapped
in, so a reader of the old one is never disturbed. Writers wait at most ``timeout``
seconds for the lock, then raise ``LibraryBusy("index")``. What is written for a
change is :mod:`index.updates`; how library and index are compared, :mod:`index.drift`;
the Whoosh calls, :mod:`index.whoosh.engine`.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from whoosh.util.filelock import FileLock
from whoosh.writing import SegmentWriter

from index import drift
from index.drift import Drift
from index.generations import GENERATION, Fingerprint, Generations
from index.search import SearchResults, new_searcher, run_search
from index.updates import EntryUpdates, IndexReport
from index.warm_open import WarmOpen
from index.whoosh import engine, parallel
from index.whoosh.version import require_pinned
from reader.changes import Changes
from reader.errors import IndexUnwritable, LibraryBusy, describe_os_error, said
from reader.progress import Progress
from reader.sources import AnnotationSource, DocumentSource

__all__ = ["GENERATION", "IndexReport", "Indexer"]  # the first two named from here too

log = logging.getLogger(__name__)

HashSource = Callable[[], dict[str, str]]
# Told True when a full rebuild starts, False when it ended (done or failed).
RebuildHook = Callable[[bool], None]


class Indexer:
    """Keeps the Whoosh index in step with the library and opens it for search."""

    def __init__(self, folder: Path, documents: DocumentSource,
                 annotations: AnnotationSource | None = None,
                 hashes: HashSource | None = None, timeout: float = 5.0,
                 opener: parallel.Opener | None = None) -> None:
        """``opener`` (picklable) opens the same sources in another process: without
        it a rebuild is written by this process alone."""
        self.folder = Path(folder)
        self.generations = Generations(self.folder)
        self.documents = documents
        self.annotations = annotations
        self.hashes = hashes
        self.timeout = timeout
        self.opener = opener
        self._ix: Any = None
        self._gen = ""
        self._lock = threading.RLock()
        self._searcher: Any = None
        self._synced = False
        self._held = 0
        self._searcher_ix: Any = None
        self.last_rebuild = ""
        self.warm = WarmOpen(self.folder)  # trusts nothing until given the database
        # The window shows a rebuild as it happens: every path to one tells these.
        self.rebuild_hooks: list[RebuildHook] = []
        self._announcing = threading.local()

    # -- opening ---------------------------------------------------------------
    def index(self) -> Any:
        """The open Whoosh index, rebuilt first when missing, corrupt or outdated."""
        with self._lock:
            gen = self.generations.live()
            if self._ix is not None and gen == self._gen:
                return self._ix
            require_pinned()  # before any open, warm or full: a wrong Whoosh is said,
            # not taken for damage and rebuilt over (cached: checked once a process)
            warm = self.warm.open(gen)  # nothing changed since the last full check
            if warm is not None:
                self._close_ix()
                self._ix, self._gen, self._synced = warm, gen, True
                return warm
            problem = self._try_open(gen)
            if problem:
                self._rebuild_on_the_spot(problem)
            elif not self._synced:
                self._synced = True
                try:  # catch up with writes another process made before a crash
                    self.warm.checked(self.sync, gen)
                except (OSError, IndexUnwritable) as exc:  # full disk: search it as it is
                    log.warning("index not brought up to date (%s)", exc)
            return self._ix

    def _try_open(self, gen: str) -> str:
        """Open generation ``gen``; the reason it cannot be used, or ``""``."""
        if not gen:
            return "no index yet"
        problem = self.generations.stamp_problem(gen)
        if problem:
            return problem
        ix, problem = engine.open_validated(self.generations.path(gen))
        if problem:
            return problem
        self._close_ix()
        self._ix, self._gen = ix, gen
        return ""

    def fingerprint(self) -> Fingerprint:
        """What changes when the live generation's files change (``ui`` watches it)."""
        return self.generations.fingerprint()

    def _close_ix(self) -> None:
        self._close_searcher()
        if self._ix is not None:
            self._ix.close()
            self._ix = None

    # -- writing ---------------------------------------------------------------
    @contextmanager
    def exclusive(self) -> Iterator[None]:
        """Hold the index folder's write lock (re-entrant in this object).

        Whoosh's own lock lives inside one generation; this one also keeps a rebuild
        in another process from swapping generations under a writer.
        """
        lock = None if self._held else self._acquire_lock()
        self._held += 1
        try:
            yield
        finally:
            self._held -= 1
            if lock is not None:
                lock.release()

    def _acquire_lock(self) -> FileLock:
        """The folder's write lock, waiting ``timeout`` seconds for another writer."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            lock = FileLock(str(self.folder / "WRITE.lock"))
            deadline = time.monotonic() + self.timeout
            while not lock.acquire():
                if time.monotonic() >= deadline:
                    raise LibraryBusy("index")
                time.sleep(0.05)
        except OSError as exc:  # read-only disk, a file named index...
            raise IndexUnwritable(said("{folder}: cannot write the search index ({why})",
                                       folder=self.folder,
                                       why=describe_os_error(exc))) from exc
        return lock

    @contextmanager
    def writer(self, ix: Any = None, **options: Any) -> Iterator[SegmentWriter]:
        """A Whoosh writer that waits ``timeout`` seconds, then reports the index busy."""
        with self.exclusive():
            ix = ix if ix is not None else self.index()
            with engine.writer(ix, self.timeout, **options) as writer:
                yield writer

    def rebuild(self, reason: str = "full rebuild requested",
                progress: Progress | None = None) -> IndexReport:
        """Index the whole library into a fresh generation, then swap it in."""
        with self._announced(), self._lock, self.exclusive():
            log.info("rebuilding the index in %s: %s", self.folder, reason)
            started = time.perf_counter()
            gen = self.generations.new_name()
            ix, report = self._build_generation(gen, reason, progress)
            self._close_ix()
            self._ix, self._gen = ix, gen
            self.generations.remove_all_but(gen)
            self._synced = True
            self.last_rebuild = reason
            log.info("index rebuilt: %d documents in %.2f s", len(report.analysed),
                     time.perf_counter() - started)
            return report

    def _rebuild_on_the_spot(self, reason: str) -> IndexReport:
        """A rebuild this indexer decided itself (opening or searching found damage),
        announced before :meth:`rebuild` runs so the hooks hear of it even while it
        waits for another writer."""
        with self._announced():
            return self.rebuild(reason=reason)

    @contextmanager
    def _announced(self) -> Iterator[None]:
        """Tell the rebuild hooks that a rebuild starts, then that it ended, however
        it ended; once for nested calls (an on-the-spot rebuild calls ``rebuild``)."""
        if getattr(self._announcing, "on", False):
            yield
            return
        self._announcing.on = True
        try:
            for hook in list(self.rebuild_hooks):
                hook(True)
            yield
        finally:
            self._announcing.on = False
            for hook in list(self.rebuild_hooks):
                hook(False)

    def _build_generation(self, gen: str, reason: str,
                          progress: Progress | None) -> tuple[Any, IndexReport]:
        """Write generation ``gen`` and make it current. On any failure (disk full,
        Ctrl-C) its folder goes: a failed rebuild leaves no half-made generation, and
        the previous one stays current."""
        path = self.generations.path(gen)
        try:
            path.mkdir()
            ix = engine.create(path)
            report = IndexReport(rebuilt=reason)
            self._fill(ix, str(path), report, progress)
            self.generations.finish(gen)
        except BaseException as exc:
            self.generations.discard(gen)
            if not isinstance(exc, OSError):
                raise
            raise IndexUnwritable(said("{folder}: cannot build the search index ({why}); the "
                                       "library is intact", folder=self.folder,
                                       why=describe_os_error(exc))) from exc
        return ix, report

    def _fill(self, ix: Any, path: str, report: IndexReport,
              progress: Progress | None) -> None:
        """Index every document and its annotations, in parallel when the library is big."""
        summaries = self.documents.list_documents()
        sources = (self.documents, self.annotations)
        workers = parallel.worker_count(sum(s.size for s in summaries))
        share = None
        if workers > 1 and self.opener is not None:
            try:
                share = parallel.build_segments(ix, path, summaries, sources, self.opener,
                                                workers, progress)
            except Exception as exc:  # no processes here (sandbox, frozen app): go serial
                if not parallel.serial_may_succeed(exc):
                    raise
                log.warning("parallel indexing failed (%s); indexing in this process", exc)
        if share is None:
            with self.writer(ix, limitmb=256) as writer:
                share = parallel.add_documents(writer, sources, [s.id for s in summaries],
                                               progress)
        report.analysed = share.analysed
        report.chars = share.chars
        report.annotations = share.annotations

    def _updates(self, writer: SegmentWriter, report: IndexReport) -> EntryUpdates:
        return EntryUpdates(writer, self.documents, self.annotations, report)

    def update(self, changes: Changes) -> IndexReport:
        """Follow what a domain operation changed; unchanged texts are not re-analysed."""
        report = IndexReport()
        if not changes:
            return report
        with self._lock:
            ix = self.index()
            indexed = self.indexed_hashes()
            current = self._library_hashes() if changes.documents else {}
            with self.writer(ix) as writer:
                updates = self._updates(writer, report)
                for doc_id in sorted(changes.removed_documents):
                    updates.delete_document(doc_id)
                redo = changes.documents - changes.removed_documents
                for doc_id in sorted(redo):
                    if indexed.get(doc_id) is not None and current.get(doc_id) == indexed[doc_id]:
                        report.unchanged += 1
                    else:
                        updates.add_document(doc_id)
                updates.annotations_of(changes, skip=redo | changes.removed_documents)
        return report

    def sync(self, progress: Progress | None = None) -> IndexReport:
        """Bring the index in line with the library: text hashes, then annotation hashes."""
        with self._lock:
            self._synced = True  # this is the sync: opening must not run another
            ix = self.index()
            current = self._library_hashes()
            texts = drift.text_drift(current, self.indexed_hashes())
            changed, removed = texts.changed, texts.left_over
            redo = self._annotation_drift(current, skip=changed | removed).changes()
            report = IndexReport(unchanged=len(current) - len(changed))
            if not changed and not removed and not redo:
                return report
            with self.writer(ix) as writer:
                updates = self._updates(writer, report)
                for doc_id in sorted(removed):
                    updates.delete_document(doc_id)
                for i, doc_id in enumerate(sorted(changed), 1):
                    updates.add_document(doc_id)
                    if progress:
                        progress(i, len(changed), doc_id)
                updates.annotations_of(redo, skip=changed | removed)
            return report

    def _annotation_drift(self, current: dict[str, str], skip: set[str]) -> Drift:
        library = drift.library_annotations(self.annotations, set(current))
        return drift.annotation_drift(library, self.indexed_annotations(), skip)

    def _library_hashes(self) -> dict[str, str]:
        if self.hashes is not None:
            return self.hashes()
        return {d.id: self.documents.get(d.id).text_sha256
                for d in self.documents.list_documents()}

    def indexed_hashes(self) -> dict[str, str]:
        """``{doc_id: text sha256}`` of the indexed documents, from the lexicon only."""
        return engine.lexicon_pairs(self.index(), "docsha")

    def indexed_annotations(self) -> dict[str, str]:
        """``{entry: content hash}`` of the indexed annotation entries (lexicon only)."""
        return engine.lexicon_pairs(self.index(), "annsha")

    def check(self) -> list[str]:
        """Problems between the library and the index, one line each (empty: healthy)."""
        self._synced = True  # report drift rather than silently repairing it
        current = self._library_hashes()
        texts = drift.text_drift(current, self.indexed_hashes())
        return texts.problems() + self._annotation_drift(current, skip=texts.changed).problems()

    # -- searching -------------------------------------------------------------
    def search(self, text: str, limit: int = 20, as_you_type: bool = False) -> SearchResults:
        """Ranked hits for ``text``; a corrupt index found now is rebuilt, then searched."""
        with self._lock:
            try:
                return run_search(self._fresh_searcher(), text, limit, as_you_type)
            except engine.CORRUPTION as exc:
                log.warning("index unreadable while searching (%s): rebuilding", exc)
                self._close_ix()
                self._rebuild_on_the_spot(f"unreadable while searching ({type(exc).__name__})")
                return run_search(self._fresh_searcher(), text, limit, as_you_type)

    def _fresh_searcher(self) -> Any:
        """A searcher on the live generation, refreshed when another writer committed."""
        ix = self.index()
        if self._searcher is None or self._searcher_ix is not ix:
            self._close_searcher()
            self._searcher, self._searcher_ix = new_searcher(ix), ix
        elif not self._searcher.up_to_date():
            self._searcher = self._searcher.refresh()
        return self._searcher

    def _close_searcher(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None

    def close(self) -> None:
        with self._lock:
            self._close_ix()
