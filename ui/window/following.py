"""The window's end of the change hub: what each view re-reads after a write.

Every operation's ``Changes`` reach :func:`follow_changes` once, on the GUI thread,
before the operation's own result (``WriteWorker.changed``; docs/ARCHITECTURE.md). A
note saved as the reader types changes one annotation the panes already show: it
re-reads neither the library nor the colour names. Documents added, renamed, removed
or brought back, and highlights created or deleted (the library's counts) re-read the
library; renamed colours re-read the labels, once for all panes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.changes import Changes

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow


def follow_changes(window: MainWindow, changes: Changes) -> None:
    if changes.labels:
        labels = window.primary.read_color_labels()
        for pane in window.panes:
            pane.show_color_labels(labels)
    if changes.bookmarks:  # the outline panels of the documents concerned
        for pane in window.panes:
            pane.outline.follow_bookmarks(changes.bookmarks)
    if library_changed(changes, {h.id for pane in window.panes for h in pane.highlights}):
        window.refresh_library()


def library_changed(changes: Changes, shown: set[str]) -> bool:
    """Whether the library's rows (titles, authors, highlight counts) may differ:
    ``shown`` are the highlights the panes showed before this write."""
    created = {a for a in changes.annotations if not a.startswith("doc-note:")} - shown
    return bool(changes.documents or changes.removed_documents
                or changes.removed_annotations or created)
