"""Exporting notes: Markdown per document, a whole-library folder, a JSON backup.

Gathers what the formatters need from the library and the annotations, and writes
through :class:`ExportWriter` so names are safe and user edits are never overwritten.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import quote

from reader import backup
from reader.bookmarks import Bookmarks
from reader.errors import Cancelled, Incomplete, InvalidInput, MarginaliaError, message_of, said
from reader.export_files import ExportWriter, WriteReport, safe_file_name
from reader.export_markdown import NoteExport, escape_quote_line, render_document
from reader.library import Library
from reader.paths import DataPaths
from reader.progress import Progress
from reader.sources import AnnotationSource

log = logging.getLogger(__name__)

# The annotations-only backup's file name when only a folder is given.
JSON_BACKUP_NAME = "marginalia-annotations.json"



@dataclass
class ExportResult:
    folder: Path
    files: dict[str, Path] = field(default_factory=dict)  # document id -> file
    report: WriteReport = field(default_factory=WriteReport)
    index: Path | None = None
    cancelled: int = 0  # documents not exported because the reader stopped the export
    entries: list[tuple[str, str, str]] = field(default_factory=list)  # index.md lines


class Exporter:
    def __init__(self, library: Library, annotations: AnnotationSource, paths: DataPaths) -> None:
        self.library = library
        self.annotations = annotations
        self.paths = paths

    def note_export(self, doc_id: str, today: str | None = None) -> NoteExport:
        return NoteExport(self.library.get(doc_id), self.annotations.for_document(doc_id),
                          self.annotations.document_note(doc_id),
                          self.annotations.color_labels(), today or date.today().isoformat(),
                          Bookmarks(self.library.store).for_document(doc_id))

    def markdown(self, doc_id: str, today: str | None = None) -> str:
        return render_document(self.note_export(doc_id, today))

    def annotated(self) -> list[str]:
        """The documents worth a reading note: those with a highlight or a document
        note. A library of 84 texts with 3 annotated must not become 84 files."""
        return [d.id for d in self.library.list_documents()
                if d.highlights or self.annotations.document_note(d.id).strip()]

    def export_markdown(self, doc_ids: Sequence[str] | None, out: Path,
                        today: str | None = None, progress: Progress | None = None,
                        everything: bool = False) -> ExportResult:
        """Export ``doc_ids`` into ``out``; when None, the annotated documents (every
        document with ``everything``).

        ``out`` ending in ``.md`` with a single document writes that one file; otherwise
        ``out`` is a folder with one file per document and an ``index.md``.
        """
        if doc_ids:
            ids = list(doc_ids)
        else:
            ids = [d.id for d in self.library.list_documents()] if everything \
                else self.annotated()
        _check_shape(out, "markdown", len(ids))
        if len(ids) == 1 and out.suffix.lower() == ".md":
            writer = ExportWriter(out.parent, self.paths.exports_record)
            path = writer.write(out.name, self.markdown(ids[0], today))
            writer.save_record()
            return ExportResult(out.parent, {ids[0]: path}, writer.report)
        writer = ExportWriter(out, self.paths.exports_record)
        try:
            result = self._export_files(ids, writer, today, progress)
            if result.cancelled == 0 and (doc_ids is None or len(ids) > 1):
                result.index = writer.write("index.md", _index(result.entries, today))
        except MarginaliaError as exc:
            raise _incomplete(exc, writer) from exc
        writer.save_record()
        return result

    def _export_files(self, ids: list[str], writer: ExportWriter, today: str | None,
                      progress: Progress | None) -> ExportResult:
        """One file per document; a stop between two files keeps those written (the
        caller records them) and leaves the previous ``index.md`` as it was."""
        result = ExportResult(writer.folder, report=writer.report)
        taken: set[str] = {"index.md"}
        for i, doc_id in enumerate(ids, 1):
            export = self.note_export(doc_id, today)
            try:
                if progress:
                    progress(i, len(ids), export.document.title)
            except Cancelled:
                result.cancelled = len(ids) - i + 1
                break
            name = safe_file_name(export.document.title, ".md", taken)
            taken.add(name)
            result.files[doc_id] = writer.write(name, render_document(export))
            result.entries.append((name, export.document.title, _index_line_tail(export)))
        return result

    def backup(self, doc_ids: Sequence[str] | None) -> dict[str, Any]:
        """Every annotation of ``doc_ids`` (all when None) as a Web Annotation collection."""
        ids = list(doc_ids) if doc_ids else [d.id for d in self.library.list_documents()]
        items: list[dict[str, Any]] = []
        for doc_id in ids:
            doc = self.library.get(doc_id)
            about = backup.target(f"urn:sha256:{doc.original_sha256}", doc.title,
                                  doc.source_name)
            note = self.annotations.document_note(doc_id)
            if note.strip():
                items.append(backup.document_note(about, doc.text_sha256, doc_id, note))
            items += [backup.annotation(about, doc.text_sha256, h)
                      for h in self.annotations.for_document(doc_id)]
            items += [backup.bookmark(about, doc.text_sha256, b)
                      for b in Bookmarks(self.library.store).for_document(doc_id)]
        return backup.collection(items)

    def export_json(self, doc_ids: Sequence[str] | None, out: Path) -> ExportResult:
        """Write the backup to ``out`` (a ``.json`` file, or a folder to put one in)."""
        _check_shape(out, "json", 0)
        data = json.dumps(self.backup(doc_ids), ensure_ascii=False, indent=1, sort_keys=True)
        folder, name = (out.parent, out.name) if out.suffix.lower() == ".json" else (
            out, JSON_BACKUP_NAME)
        writer = ExportWriter(folder, self.paths.exports_record)
        path = writer.write(name, data + "\n")
        writer.save_record()
        return ExportResult(folder, {"": path}, writer.report)


def _check_shape(out: Path, fmt: str, count: int) -> None:
    """A ``.md`` path is one Markdown file and a ``.json`` path one backup: never a
    folder made under that name (``two.md/`` surprised readers)."""
    suffix = out.suffix.lower()
    if fmt == "json" and suffix == ".md":
        raise InvalidInput(said("{out}: a JSON backup goes to a .json file or a folder", out=out))
    if fmt == "markdown" and suffix == ".json":
        raise InvalidInput(said("{out}: a .json path is for --format json; give a .md file or a "
                                "folder", out=out))
    if fmt == "markdown" and suffix == ".md" and count == 0:
        raise InvalidInput(said("{out}: no document has highlights or a note to export", out=out))
    if fmt == "markdown" and suffix == ".md" and count != 1:
        raise InvalidInput(said("{out}: a .md file holds one document; give a folder for "
                                "{count} documents", out=out, count=count))


def _incomplete(exc: MarginaliaError, writer: ExportWriter) -> MarginaliaError:
    """An export that failed part-way: what it wrote is recorded (so the next export
    does not take those files for the reader's edits) and handed to the caller."""
    writer.save_record()
    report = writer.report
    if not (report.written or report.unchanged or report.kept_user_edits):
        return exc
    return Incomplete(message_of(exc), ExportResult(writer.folder, report=report))


def _index_line_tail(export: NoteExport) -> str:
    """``Author · 3 highlights``; a document with only its own note says so. (The
    reader layer cannot use ``ui.wording``; this file's one plural is spelled here.)"""
    authors = ", ".join(export.document.authors)
    count = len(export.highlights)
    what = f"{count} {'highlight' if count == 1 else 'highlights'}"
    if not count and export.document_note.strip():
        what = "a note"
    return f"{authors} · {what}" if authors else what


def _index(entries: list[tuple[str, str, str]], today: str | None) -> str:
    lines = ["# Marginalia notes", "",
             f"Exported {today or date.today().isoformat()}; one file per document.", ""]
    if not entries:
        lines.append("No document has highlights or a note yet.")
    for name, title, tail in entries:
        lines.append(f"- [{escape_quote_line(title)}](<{quote(name, safe=' ()')}>) — {tail}")
    return "\n".join(lines) + "\n"
