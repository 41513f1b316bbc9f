"""Incremental indexing: the entries of changed documents and annotations, rewritten
inside one writer.

The indexer decides *what* changed (a domain operation's :class:`Changes`, or the
drift between library and index); this module writes each change as entries
(:mod:`index.entries`): a document's text entry with all its annotations, or a
single annotation's entry. Anything gone from the library meanwhile is dropped from
the index rather than reported: the index follows the library, never the reverse.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from index import entries
from index.whoosh import engine, parallel
from reader.changes import Changes
from reader.errors import NotFound
from reader.model import Document, Highlight
from reader.sources import AnnotationSource, DocumentSource


@dataclass
class IndexReport:
    """What an indexing run did; ``chars`` counts canonical text analysed."""

    analysed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0
    annotations: int = 0
    chars: int = 0
    rebuilt: str = ""  # why the index was rebuilt, if it was


class EntryUpdates:
    """Rewrites entries through one open Whoosh writer, counting into ``report``."""

    def __init__(self, writer: Any, documents: DocumentSource,
                 annotations: AnnotationSource | None, report: IndexReport) -> None:
        self.writer = writer
        self.documents = documents
        self.annotations = annotations
        self.report = report

    def add_document(self, doc_id: str) -> None:
        """Re-index a document and its annotations (or drop it if it is gone)."""
        try:
            doc = self.documents.get(doc_id)
        except NotFound:
            self.delete_document(doc_id)
            return
        self.writer.update_document(**entries.document_fields(doc))
        self.report.analysed.append(doc_id)
        self.report.chars += len(doc.text)
        self.writer.delete_by_query(engine.annotation_entries(doc_id))
        self.report.annotations += parallel.add_annotations(self.writer, self.annotations, doc)

    def delete_document(self, doc_id: str) -> None:
        self.writer.delete_by_query(engine.document_entries(doc_id))
        self.report.removed.append(doc_id)

    def annotations_of(self, changes: Changes, skip: set[str]) -> None:
        """Re-index changed annotations, except those of the documents in ``skip``
        (just re-indexed whole, or removed)."""
        for ann_id in sorted(changes.removed_annotations):
            self.writer.delete_by_term("entry", entries.annotation_entry(ann_id))
        if self.annotations is None:
            return
        docs: dict[str, Document] = {}
        for ann_id in sorted(changes.annotations - changes.removed_annotations):
            doc_id, hl = self._target(ann_id)
            if doc_id in skip:
                continue
            fields = self._fields(doc_id, hl, docs) if doc_id else None
            if fields is None:
                self.writer.delete_by_term("entry", entries.annotation_entry(ann_id))
            else:
                self.writer.update_document(**fields)
                self.report.annotations += 1

    def _target(self, ann_id: str) -> tuple[str, Highlight | None]:
        """The document of an annotation id, and its highlight (``""`` if gone)."""
        assert self.annotations is not None
        if ann_id.startswith(entries.DOC_NOTE_PREFIX):
            return ann_id[len(entries.DOC_NOTE_PREFIX):], None
        try:
            hl = self.annotations.get(ann_id)
        except NotFound:
            hl = None
        return (hl.document_id, hl) if hl is not None else ("", None)

    def _fields(self, doc_id: str, hl: Highlight | None,
                docs: dict[str, Document]) -> dict[str, Any] | None:
        """Fields of one annotation entry; ``None`` when there is nothing to index."""
        assert self.annotations is not None
        try:
            if doc_id not in docs:
                docs[doc_id] = self.documents.get(doc_id)
        except NotFound:
            return None
        doc = docs[doc_id]
        if hl is not None:
            return entries.highlight_fields(doc, hl)
        note = self.annotations.document_note(doc_id)
        return entries.note_fields(doc, note) if note.strip() else None
