"""Restoring annotations from a backup into any library, merged by annotation id.

The same code serves the JSON backup (annotations only) and the library archive
(:mod:`reader.archive`, which first re-creates the documents). A highlight keeps its
id across libraries, so restoring twice, or restoring a library into itself, never
makes a copy; a highlight present on both sides takes the newer edit.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from reader.annotations import Annotations
from reader.backup import is_bookmark, item_label, parse_bookmark, parse_item
from reader.bookmarks import Bookmarks
from reader.changes import Changes
from reader.errors import Cancelled, InvalidInput, MarginaliaError, NotFound, message_of, said
from reader.library import Library
from reader.progress import Progress

log = logging.getLogger(__name__)



@dataclass
class RestoreReport:
    created: int = 0
    updated: int = 0  # a newer edit in the backup replaced an older one here
    already_present: int = 0
    notes_restored: int = 0
    bookmarks_restored: int = 0
    orphaned: int = 0
    documents_created: int = 0
    documents_present: int = 0
    # how the reader knows each missing document: "Title (file.md)", one per annotation
    missing_documents: list[str] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)  # (what, reason)
    stopped: str = ""  # why the restore ended before the last item (disk full, Stop...)


def find_document(library: Library, source: str, text_sha: str) -> str | None:
    """The document on the shelves a backup's target names (original or text hash)."""
    sha = source.removeprefix("urn:sha256:")
    rows = library.store.query(
        "SELECT v.document_id FROM versions v JOIN documents d ON d.id = v.document_id "
        "WHERE d.removed_at IS NULL AND (v.original_sha256=? OR v.text_sha256=? "
        "OR v.text_sha256=?) ORDER BY v.id DESC LIMIT 1", (sha, sha, text_sha))
    return rows[0]["document_id"] if rows else None


def missing_name(fields: dict[str, Any]) -> str:
    """A missing document as the reader knows it: title and file, the hash only when
    the backup (from another tool) names nothing else."""
    title, file = fields["title"], fields["file"]
    if title and file:
        return f"{title} ({file})"
    return title or file or fields["source"]


class _Restorer:
    """One restore run: documents' texts and existing ranges read once, not per item
    (20,000 items of one document took a minute when each re-read its highlights)."""

    def __init__(self, library: Library, annotations: Annotations,
                 report: RestoreReport) -> None:
        self.library, self.annotations = library, annotations
        self.report, self.changes = report, Changes()
        self.texts: dict[str, str] = {}
        self.ranges: dict[str, set[tuple[int, int]]] = {}

    def item(self, fields: dict[str, Any]) -> None:
        doc_id = find_document(self.library, fields["source"], fields["text_sha"])
        if doc_id is None:
            self.report.missing_documents.append(missing_name(fields))
        elif fields["quote"] is None:
            self._document_note(doc_id, fields["note"])
        else:
            self._highlight(doc_id, fields)

    def _highlight(self, doc_id: str, fields: dict[str, Any]) -> None:
        hid = fields["id"]
        if hid and self._merge_known(hid, fields):
            return
        from reader.anchoring import Anchor, place

        if doc_id not in self.texts:
            self.texts[doc_id] = self.library.get(doc_id).text
            self.ranges[doc_id] = {(h.start, h.end)
                                   for h in self.annotations.for_document(doc_id)}
        quote, (start, end) = fields["quote"], fields["position"]
        anchor = Anchor(start, end, quote["exact"], quote["prefix"], quote["suffix"])
        placed = place(self.texts[doc_id], anchor)
        if placed.status == "orphaned":
            self.report.orphaned += 1
            log.info("restore: could not place %r in %s", anchor.exact[:40], doc_id)
            return
        if not hid and (placed.start, placed.end) in self.ranges[doc_id]:
            self.report.already_present += 1  # another tool's annotation, restored before
            return
        restored = (hid, fields["created"], fields["modified"]) if hid else None
        _, changed = self.annotations.create(doc_id, placed.start, placed.end, fields["color"],
                                             fields["note"], fields["tags"], restored=restored)
        self.ranges[doc_id].add((placed.start, placed.end))
        self.changes.merge(changed)
        self.report.created += 1

    def _merge_known(self, hid: str, fields: dict[str, Any]) -> bool:
        """A highlight this library has already: the newer edit wins, never a copy."""
        try:
            mine = self.annotations.get(hid)
        except NotFound:
            return False
        theirs = (fields["color"], fields["note"], tuple(fields["tags"]))
        if fields["modified"] > mine.modified_at and theirs != (mine.color, mine.note,
                                                                mine.tags):
            self.changes.merge(self.annotations.merge_restored(hid, *theirs,
                                                               fields["modified"]))
            self.report.updated += 1
        else:
            self.report.already_present += 1
        return True

    def bookmark(self, fields: dict[str, Any]) -> None:
        """A bookmark at its offset (clamped to the text), kept by id: never twice."""
        doc_id = find_document(self.library, fields["source"], fields["text_sha"])
        if doc_id is None:
            self.report.missing_documents.append(missing_name(fields))
            return
        marks = Bookmarks(self.library.store)
        if fields["id"] and marks.exists(fields["id"]):
            self.report.already_present += 1
            return
        offset = min(max(0, fields["offset"]), marks.text_length(doc_id))
        _, changed = marks.add(doc_id, offset, fields["name"],
                               restored=(fields["id"], fields["created"]))
        self.changes.merge(changed)
        self.report.bookmarks_restored += 1

    def _document_note(self, doc_id: str, note: str) -> None:
        current = self.annotations.document_note(doc_id)
        if current.strip() == note.strip() or (current.strip() and note.strip() in current):
            self.report.already_present += 1
            return
        merged = note if not current.strip() else f"{current.rstrip()}\n\n{note}"
        self.report.notes_restored += 1
        self.changes.merge(self.annotations.set_document_note(doc_id, merged))


def restore(library: Library, annotations: Annotations, items: list[Any],
            progress: Progress | None = None,
            report: RestoreReport | None = None) -> tuple[RestoreReport, Changes]:
    """Re-create the backup's annotations where the documents are; safe to run twice.

    A bad item is refused (``report.refused``) and the others still restore; a failure
    of the library itself (disk full) or the reader's Stop ends the run, keeping what
    was restored before — running it again completes it.
    """
    run = _Restorer(library, annotations, report or RestoreReport())
    for number, item in enumerate(items, 1):
        try:
            if progress:
                progress(number, len(items), "annotations")
            if is_bookmark(item):
                run.bookmark(parse_bookmark(item))
            else:
                run.item(parse_item(item))
        except Cancelled:
            run.report.stopped = said("stopped by the reader before {item}",
                                      item=item_label(item, number))
            break
        except (InvalidInput, NotFound) as exc:
            run.report.refused.append((item_label(item, number), message_of(exc)))
        except MarginaliaError as exc:
            run.report.stopped = said("{error} (stopped at {item})", error=message_of(exc),
                                      item=item_label(item, number))
            break
    return run.report, run.changes
