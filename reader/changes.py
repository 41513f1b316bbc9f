"""What a domain operation changed, so the faces (index, window) can follow.

The core never calls the search engine; it returns a :class:`Changes` and ``ui/``
hands it to the indexer and to the views.
"""

from __future__ import annotations

from dataclasses import dataclass, field


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
