"""What a domain operation changed, so the faces (index, window) can follow.

The core never calls the search engine; it returns a :class:`Changes` and ``ui/``
hands it to the indexer and to the views.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from dataclasses import dataclass, field

log = logging.getLogger(__name__)

# Index changes committed to the library but not yet made in the index (a busy index,
# or a process killed between its commit and its index write), replayed on the next
# ``Services.apply`` or start. The index only needs these four.
PENDING_SETTING = "index_pending"
_PENDING_FIELDS = ("documents", "removed_documents", "annotations", "removed_annotations")


@dataclass
class Changes:
    documents: set[str] = field(default_factory=set)
    removed_documents: set[str] = field(default_factory=set)
    annotations: set[str] = field(default_factory=set)
    removed_annotations: set[str] = field(default_factory=set)
    labels: set[str] = field(default_factory=set)  # colours renamed for the library
    bookmarks: set[str] = field(default_factory=set)  # documents whose bookmarks changed

    def merge(self, other: Changes) -> Changes:
        self.documents |= other.documents
        self.removed_documents |= other.removed_documents
        self.annotations |= other.annotations
        self.removed_annotations |= other.removed_annotations
        self.labels |= other.labels
        self.bookmarks |= other.bookmarks
        return self

    def __bool__(self) -> bool:
        return bool(self.documents or self.removed_documents or self.annotations
                    or self.removed_annotations or self.labels or self.bookmarks)

    def pending_json(self) -> str:
        """These changes as the pending-index setting stores them."""
        return json.dumps({k: sorted(getattr(self, k)) for k in _PENDING_FIELDS})

    @classmethod
    def from_pending(cls, raw: str | None) -> Changes | None:
        """The pending-index setting read back; None when empty or unreadable."""
        if not raw:
            return None
        try:
            data = json.loads(raw)
            return cls(*(set(data.get(k, [])) for k in _PENDING_FIELDS))
        except (ValueError, AttributeError, TypeError):
            log.warning("ignoring unreadable pending index changes")
            return None


def note_pending(conn: sqlite3.Connection, changes: Changes) -> None:
    """Add ``changes`` to the pending-index setting inside the caller's transaction, so
    a process killed after its commit and before its index write leaves them to be
    replayed (the sync does: its next run may find nothing to do and never index)."""
    if not changes:
        return
    rows = conn.execute("SELECT value FROM settings WHERE key=?", (PENDING_SETTING,))
    row = rows.fetchone()
    todo = Changes.from_pending(row[0] if row else None) or Changes()
    conn.execute("INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO "
                 "UPDATE SET value=excluded.value",
                 (PENDING_SETTING, todo.merge(changes).pending_json()))
