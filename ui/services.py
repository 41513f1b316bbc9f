"""Builds the domain objects for one data directory and wires their changes.

Both faces (command line and window) get their objects from here, so the library,
the index and the annotation operations are put together in exactly one way.
No Qt here: the command line uses it too.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial

from index.indexer import Indexer
from reader.annotations import Annotations
from reader.changes import Changes
from reader.documents import Trash
from reader.errors import MarginaliaError
from reader.library import Library
from reader.model import ImportReport
from reader.paths import DataPaths
from reader.progress import Progress
from reader.store import Store

log = logging.getLogger(__name__)


@dataclass
class Services:
    paths: DataPaths
    store: Store
    library: Library
    annotations: Annotations
    trash: Trash
    indexer: Indexer | None = None
    # Told of every operation's Changes once the index follows them (the window's
    # write worker collects them for its views); the command line has none.
    observers: list[Callable[[Changes], None]] = field(default_factory=list)

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
            self.library.set_setting(PENDING_KEY, "")
        return True

    def catch_up(self) -> bool:
        """Replay index changes that an earlier ``apply`` could not make."""
        pending = _load_pending(self.library)
        return self._index(pending) if pending else True

    def import_paths(self, targets: list[str], progress: Progress | None = None) -> ImportReport:
        report, changes = self.library.import_paths(targets, progress)
        self.apply(changes)
        return report

    def close(self) -> None:
        if self.indexer is not None:
            self.indexer.close()
        self.store.close()


def open_services(paths: DataPaths, seeds: bool = True,
                  progress: Progress | None = None) -> Services:
    """Open (creating if needed) the library in ``paths``; first run imports the seeds."""
    paths.ensure()
    store = Store(paths.database)
    library = Library(store, paths)
    annotations = Annotations(store, library)
    library.version_hooks.append(annotations.on_new_version)
    indexer = Indexer(paths.index, library, annotations, hashes=library.text_hashes,
                      opener=partial(index_sources, paths))
    services = Services(paths, store, library, annotations, Trash(library, paths), indexer)
    if library.setting("first_run_done") is None:
        if seeds:
            log.info("first run: importing the bundled seeds into %s", paths.root)
            _, changes = library.import_seeds(progress)
            services.apply(changes)
        library.set_setting("first_run_done", "1")
    services.trash.purge()
    services.catch_up()
    return services


@contextmanager
def index_sources(paths: DataPaths) -> Iterator[tuple[Library, Annotations]]:
    """The library and annotations on a connection of their own: what a process
    writing a share of a parallel index rebuild reads its documents from."""
    store = Store(paths.database)
    try:
        library = Library(store, paths)
        yield library, Annotations(store, library)
    finally:
        store.close()


PENDING_KEY = "index_pending"


def _load_pending(library: Library) -> Changes | None:
    raw = library.setting(PENDING_KEY) or ""
    if not raw:
        return None
    try:
        data = json.loads(raw)
        return Changes(*(set(data.get(k, [])) for k in _FIELDS))
    except (ValueError, AttributeError, TypeError):
        log.warning("ignoring unreadable pending index changes")
        return None


def _save_pending(library: Library, changes: Changes) -> None:
    data = {k: sorted(getattr(changes, k)) for k in _FIELDS}
    try:
        library.set_setting(PENDING_KEY, json.dumps(data))
    except MarginaliaError as exc:  # the store itself is unwritable: a full rebuild will do
        log.warning("could not remember pending index changes: %s", exc)


_FIELDS = ("documents", "removed_documents", "annotations", "removed_annotations")
