"""Builds the domain objects for one data directory and wires their changes.

Both faces (command line and window) get their objects from here, so the library,
the index and the annotation operations are put together in exactly one way.
No Qt here: the command line uses it too.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from index.indexer import Indexer
from reader.annotations import Annotations
from reader.changes import Changes
from reader.library import Library, Progress
from reader.model import ImportReport
from reader.paths import DataPaths
from reader.store import Store

log = logging.getLogger(__name__)


@dataclass
class Services:
    paths: DataPaths
    store: Store
    library: Library
    annotations: Annotations
    indexer: Indexer | None = None

    def apply(self, changes: Changes) -> None:
        """Let everything derived from the store (the index) follow ``changes``."""
        if changes:
            log.debug("changes: %s", changes)
            if self.indexer is not None:
                self.indexer.update(changes)

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
    indexer = Indexer(paths.index, library, annotations, hashes=lambda: _text_hashes(store))
    services = Services(paths, store, library, annotations=annotations, indexer=indexer)
    if library.setting("first_run_done") is None:
        if seeds:
            log.info("first run: importing the bundled seeds into %s", paths.root)
            _, changes = library.import_seeds(progress)
            services.apply(changes)
        library.set_setting("first_run_done", "1")
    return services


def _text_hashes(store: Store) -> dict[str, str]:
    """Every document's current canonical-text hash: what the index is keyed on."""
    rows = store.query("SELECT d.id, v.text_sha256 FROM documents d "
                       "JOIN versions v ON v.id = d.current_version")
    return {row[0]: row[1] for row in rows}
