"""What the index and the export read the library through: one definition of each.

Protocols, so neither depends on the concrete store; :class:`reader.library.Library`
satisfies :class:`DocumentSource` and :class:`reader.annotations.Annotations`
:class:`AnnotationSource` (tests may hand in small doubles).
"""

from __future__ import annotations

from typing import Protocol

from reader.model import Document, DocumentSummary, Highlight


class DocumentSource(Protocol):
    def get(self, doc_id: str) -> Document: ...

    def list_documents(self) -> list[DocumentSummary]: ...


class AnnotationSource(Protocol):
    def for_document(self, doc_id: str) -> list[Highlight]: ...

    def get(self, highlight_id: str) -> Highlight: ...  # NotFound when there is none

    def document_note(self, doc_id: str) -> str: ...

    def all_highlights(self) -> list[Highlight]: ...

    def color_labels(self) -> dict[str, str]: ...
