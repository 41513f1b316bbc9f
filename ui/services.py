"""Builds the domain objects for one data directory and wires their changes.

Both faces (command line and window) get their objects from here, so the library,
the index and the annotation operations are put together in exactly one way.
No Qt here: the command line uses it too.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

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

    def apply(self, changes: Changes) -> None:
        """Let everything derived from the store (the index) follow ``changes``."""
        if changes:
            log.debug("changes: %s", changes)

    def import_paths(self, targets: list[str], progress: Progress | None = None) -> ImportReport:
        report, changes = self.library.import_paths(targets, progress)
        self.apply(changes)
        return report

    def close(self) -> None:
        self.store.close()


def open_services(paths: DataPaths, seeds: bool = True,
                  progress: Progress | None = None) -> Services:
    """Open (creating if needed) the library in ``paths``; first run imports the seeds."""
    paths.ensure()
    store = Store(paths.database)
    library = Library(store, paths)
    annotations = Annotations(store, library)
    library.version_hooks.append(annotations.on_new_version)
    services = Services(paths, store, library, annotations=annotations)
    if library.setting("first_run_done") is None:
        if seeds:
            log.info("first run: importing the bundled seeds into %s", paths.root)
            _, changes = library.import_seeds(progress)
            services.apply(changes)
        library.set_setting("first_run_done", "1")
    return services
