"""Builds the domain objects for one data directory and wires their changes.

Both faces (command line and window) get their objects from here, so the library,
the index and the annotation operations are put together in exactly one way.
No Qt here: the command line uses it too.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING

from reader.changes import PENDING_SETTING, Changes
from reader.documents import Trash
from reader.errors import MarginaliaError, NotFound
from reader.library import Library
from reader.locations import Locations
from reader.model import ImportReport
from reader.paths import DataPaths
from reader.progress import Progress
from reader.store import Store

if TYPE_CHECKING:  # each loads on its first use (see Services.annotations and .indexer)
    import sqlite3

    from index.indexer import Indexer
    from index.search import SearchResults
    from reader.annotations import Annotations
    from reader.model import Highlight

log = logging.getLogger(__name__)


@dataclass
class Services:
    paths: DataPaths
    store: Store
    library: Library
    trash: Trash
    _annotations: Annotations | None = field(default=None, repr=False)
    _indexer: Indexer | None = field(default=None, repr=False)
    _locations: Locations | None = field(default=None, repr=False)
    # Told of every operation's Changes once the index follows them (the window's
    # write worker collects them for its views); the command line has none.
    observers: list[Callable[[Changes], None]] = field(default_factory=list)
    # Builds the indexer on first use (open_services gives it); None: no index at all.
    open_indexer: Callable[[], Indexer] | None = field(default=None, repr=False)

    @property
    def annotations(self) -> Annotations:
        """The annotation operations, built on first use: ``list`` and ``show`` need
        none, and their module brings the re-anchoring code with it (~10 ms)."""
        if self._annotations is None:
            from reader.annotations import Annotations

            self._annotations = Annotations(self.store, self.library)
        return self._annotations

    def on_new_version(self, conn: sqlite3.Connection, doc_id: str, old_version_id: int,
                       new_version_id: int) -> Changes:
        """The library's version hook: the highlights re-anchor in the import's
        transaction (the annotations are built then if nothing needed them before)."""
        return self.annotations.on_new_version(conn, doc_id, old_version_id, new_version_id)

    @property
    def indexer(self) -> Indexer | None:
        """The search index, built on first use: a command that never searches (``list``,
        ``show``) must not pay for importing Whoosh and the indexer (~100 ms)."""
        if self._indexer is None and self.open_indexer is not None:
            self._indexer = self.open_indexer()
        return self._indexer

    def apply(self, changes: Changes) -> bool:
        """The change hub: every write of either face hands its ``Changes`` here; the
        index follows them, then the observers hear of them. False when the index could
        not follow (it catches up later)."""
        if not changes:
            return True
        indexed = self._index(changes)
        for observe in self.observers:
            observe(changes)
        return indexed

    def _index(self, changes: Changes) -> bool:
        """Let the index follow ``changes``.

        The store change is already committed when this runs, so an index that is busy
        or broken must not turn a saved note into a reported failure: the changes are
        remembered in the library and replayed on the next ``apply`` or start.
        """
        if self.indexer is None:
            return True
        pending = _load_pending(self.library)
        todo = Changes().merge(pending).merge(changes) if pending else changes
        try:
            self.indexer.update(todo)
        except (MarginaliaError, OSError) as exc:
            log.warning("search index not updated (%s); will catch up", exc)
            _save_pending(self.library, todo)
            return False
        if pending:
            self.library.set_setting(PENDING_SETTING, "")
        return True

    @property
    def locations(self) -> Locations:
        if self._locations is None:
            self._locations = Locations(self.library)
        return self._locations

    def locate(self, results: SearchResults) -> SearchResults:
        """Each hit told its page and chapter: where its snippet is from, or for a
        note, where its highlight is. The window's results and ``search`` share it."""
        for hit in results.hits:
            try:
                if hit.kind == "annotation" and hit.highlight_id:
                    offset = self.annotations.get(hit.highlight_id).start
                elif hit.hits:
                    offset = hit.at  # where its snippet is from
                else:
                    continue
                where = self.locations.at(hit.doc_id, offset)
            except NotFound:  # removed since the index saw it: the index catches up
                continue
            hit.page, hit.chapter = where.page, where.chapter
        return results

    def catch_up(self) -> bool:
        """Replay index changes that an earlier ``apply`` could not make."""
        pending = _load_pending(self.library)
        return self._index(pending) if pending else True

    def import_paths(self, targets: list[str], progress: Progress | None = None,
                     password: str | None = None,
                     whole_page: bool | None = None) -> ImportReport:
        report, changes = self.library.import_paths(targets, progress, password, whole_page)
        self.apply(changes)
        return report

    def close(self) -> None:
        if self._indexer is not None:  # never opened: nothing to close
            self._indexer.close()
        self.store.close()


def open_services(paths: DataPaths, seeds: bool = True,
                  progress: Progress | None = None) -> Services:
    """Open (creating if needed) the library in ``paths``; first run imports the seeds."""
    paths.ensure()
    store = Store(paths.database)
    library = Library(store, paths)
    services = Services(paths, store, library, Trash(library, paths))
    library.version_hooks.append(services.on_new_version)
    services.open_indexer = partial(_open_indexer, services)
    if library.setting("first_run_done") is None:
        if seeds:
            log.info("first run: importing the bundled seeds into %s", paths.root)
            _, changes = library.import_seeds(progress)
            services.apply(changes)
        library.set_setting("first_run_done", "1")
    services.trash.purge()
    services.catch_up()
    return services


def _open_indexer(services: Services) -> Indexer:
    """The indexer of this library. It may open the index as it is when nothing changed
    since the last full check (``index.warm_open``): the database is what tells."""
    from index.whoosh.lean_import import import_lean

    import_lean()  # before the first Whoosh import, which it makes lighter
    from index.indexer import Indexer
    from index.warm_open import WarmOpen

    paths, library = services.paths, services.library
    indexer = Indexer(paths.index, library, _AnnotationsWhenRead(services),
                      hashes=library.text_hashes, opener=partial(index_sources, paths))
    indexer.warm = WarmOpen(paths.index, paths.database)
    return indexer


class _AnnotationsWhenRead:
    """The indexer's annotation source: the services' annotations, built only when the
    indexer reads one (a warm search reads none, and so never imports them)."""

    def __init__(self, services: Services) -> None:
        self._services = services

    def for_document(self, doc_id: str) -> list[Highlight]:
        return self._services.annotations.for_document(doc_id)

    def get(self, highlight_id: str) -> Highlight | None:
        return self._services.annotations.get(highlight_id)

    def document_note(self, doc_id: str) -> str:
        return self._services.annotations.document_note(doc_id)

    def all_highlights(self) -> list[Highlight]:
        return self._services.annotations.all_highlights()


@contextmanager
def index_sources(paths: DataPaths) -> Iterator[tuple[Library, Annotations]]:
    """The library and annotations on a connection of their own: what a process
    writing a share of a parallel index rebuild reads its documents from."""
    from reader.annotations import Annotations

    store = Store(paths.database)
    try:
        library = Library(store, paths)
        yield library, Annotations(store, library)
    finally:
        store.close()


def _load_pending(library: Library) -> Changes | None:
    return Changes.from_pending(library.setting(PENDING_SETTING))


def _save_pending(library: Library, changes: Changes) -> None:
    try:
        library.set_setting(PENDING_SETTING, changes.pending_json())
    except MarginaliaError as exc:  # the store itself is unwritable: a full rebuild will do
        log.warning("could not remember pending index changes: %s", exc)
