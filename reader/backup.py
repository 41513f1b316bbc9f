"""A full backup of annotations in the W3C Web Annotation model, and its restore.

JSON-LD that other tools (Hypothesis, annotation servers) understand: each highlight
is an ``Annotation`` whose target is the document, named by the SHA-256 of its
original bytes, with both a ``TextQuoteSelector`` and a ``TextPositionSelector``;
the note and the tags are ``TextualBody`` entries.
"""

from __future__ import annotations

import json
import logging
import math
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reader import __version__
from reader.errors import InvalidInput, MarginaliaError, NotFound, describe_os_error
from reader.library import Library
from reader.model import COLORS, Highlight

log = logging.getLogger(__name__)

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
NS = "https://marginalia.invalid/ns#"  # our own extension terms, never fetched

# (doc_id, text, start, end, exact, prefix, suffix) -> (start, end) or None when lost
Locator = Callable[[str, str, int, int, str, str, str], tuple[int, int] | None]


def annotation(doc_urn: str, text_sha: str, h: Highlight) -> dict[str, Any]:
    body: list[dict[str, Any]] = []
    if h.note:
        body.append({"type": "TextualBody", "value": h.note, "format": "text/markdown",
                     "purpose": "commenting"})
    body += [{"type": "TextualBody", "value": tag, "purpose": "tagging"} for tag in h.tags]
    return {
        "id": f"urn:marginalia:highlight:{h.id}", "type": "Annotation",
        "motivation": "commenting" if h.note else "highlighting",
        "created": h.created_at, "modified": h.modified_at, "body": body,
        "target": {"source": doc_urn, "selector": [
            {"type": "TextQuoteSelector", "exact": h.exact, "prefix": h.prefix,
             "suffix": h.suffix},
            {"type": "TextPositionSelector", "start": h.start, "end": h.end}]},
        "marginalia:color": h.color, "marginalia:status": h.status,
        "marginalia:textSha256": text_sha,
    }


def document_note(doc_urn: str, text_sha: str, doc_id: str, note: str) -> dict[str, Any]:
    return {"id": f"urn:marginalia:document-note:{doc_id}", "type": "Annotation",
            "motivation": "commenting",
            "body": [{"type": "TextualBody", "value": note, "format": "text/markdown",
                      "purpose": "commenting"}],
            "target": {"source": doc_urn}, "marginalia:textSha256": text_sha}


def collection(items: list[dict[str, Any]]) -> dict[str, Any]:
    return {"@context": [CONTEXT, {"marginalia": NS}], "type": "AnnotationCollection",
            "label": "Marginalia annotations", "generator": f"Marginalia {__version__}",
            "total": len(items), "first": {"type": "AnnotationPage", "items": items}}


MAX_BACKUP_BYTES = 256 * 1024 * 1024  # far above any real backup; /dev/zero-like input stops here


@dataclass
class RestoreReport:
    created: int = 0
    already_present: int = 0
    notes_restored: int = 0
    orphaned: int = 0
    missing_documents: list[str] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)  # (annotation, reason)
    stopped: str = ""  # why the restore ended before the last item (disk full...)


def read_backup(path: Path) -> list[Any]:
    """The items of a backup file, or :class:`InvalidInput` saying what is wrong with the
    file as a whole. Items are checked one by one when restored (:func:`parse_item`)."""
    data = _load_json(path)
    if not isinstance(data, dict) or data.get("type") != "AnnotationCollection":
        raise InvalidInput(f"{path}: not a Web Annotation collection")
    first = data.get("first")
    items = first.get("items") if isinstance(first, dict) else None
    if not isinstance(items, list):
        raise InvalidInput(f"{path}: the collection has no annotation page")
    return items


def _load_json(path: Path) -> Any:
    """Parse ``path``: a regular file only (a FIFO would block, /dev/zero never end),
    at most ``MAX_BACKUP_BYTES``, a UTF-8 BOM allowed (Notepad adds one)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError as exc:
        raise InvalidInput(f"{path}: no such file") from exc
    except OSError as exc:
        raise InvalidInput(f"{path}: cannot read ({describe_os_error(exc)})") from exc
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InvalidInput(f"{path}: is a folder, not a backup file")
        if not stat.S_ISREG(info.st_mode):
            raise InvalidInput(f"{path}: not a regular file")
        try:
            raw = fh.read(MAX_BACKUP_BYTES + 1)
        except OSError as exc:
            raise InvalidInput(f"{path}: cannot read ({describe_os_error(exc)})") from exc
    if len(raw) > MAX_BACKUP_BYTES:
        raise InvalidInput(f"{path}: too large for a backup (over "
                           f"{MAX_BACKUP_BYTES // (1024 * 1024)} MB)")
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except RecursionError as exc:
        raise InvalidInput(f"{path}: not a JSON file (nested too deeply)") from exc
    except (UnicodeDecodeError, ValueError) as exc:
        raise InvalidInput(f"{path}: not a JSON file ({exc})") from exc


def item_label(item: Any, number: int) -> str:
    """How a refusal names an item: its id when it has a sane one, else its rank."""
    ident = item.get("id") if isinstance(item, dict) else None
    if isinstance(ident, str) and ident.strip() and _is_text(ident):
        return f"annotation {ident[:80]}"
    return f"item {number}"


def parse_item(item: Any) -> dict[str, Any]:
    """The fields we restore from one annotation; :class:`InvalidInput` (the reason
    alone) when a field is missing or of the wrong type: nothing is coerced, so a tag
    ``{"a": 1}`` is refused rather than stored as the text "{'a': 1}"."""
    if not isinstance(item, dict):
        raise InvalidInput("not an annotation object")
    target = item.get("target")
    source = target.get("source") if isinstance(target, dict) else None
    if not isinstance(source, str) or not source.strip():
        raise InvalidInput("target has no source")
    selectors = _selectors(target.get("selector"))
    note, tags = _bodies(item.get("body"))
    color = item.get("marginalia:color")
    text_sha = item.get("marginalia:textSha256")
    for value in (source, note, *tags):
        if not _is_text(value):
            raise InvalidInput("holds text that is not valid Unicode")
    return {"source": source, "quote": _quote(selectors.get("TextQuoteSelector")),
            "position": _position(selectors.get("TextPositionSelector")), "note": note,
            "tags": tags, "color": color if color in COLORS else "yellow",
            "text_sha": text_sha if isinstance(text_sha, str) else ""}


def _selectors(raw: Any) -> dict[str, dict[str, Any]]:
    raw = [raw] if isinstance(raw, dict) else ([] if raw is None else raw)
    if not isinstance(raw, list) or not all(isinstance(s, dict) for s in raw):
        raise InvalidInput("selector is not a list of selectors")
    return {str(s.get("type")): s for s in raw}


def _bodies(raw: Any) -> tuple[str, tuple[str, ...]]:
    """The note and the tags; a single body object is allowed, as in the W3C model."""
    raw = [raw] if isinstance(raw, dict) else ([] if raw is None else raw)
    if not isinstance(raw, list) or not all(isinstance(b, dict) for b in raw):
        raise InvalidInput("body is not a list of TextualBody objects")
    notes = [b.get("value") for b in raw if b.get("purpose") == "commenting"]
    tags = [b.get("value") for b in raw if b.get("purpose") == "tagging"]
    if not all(isinstance(n, str) for n in notes):
        raise InvalidInput("the note is not text")
    if not all(isinstance(t, str) for t in tags):
        raise InvalidInput("a tag is not text")
    return (notes[0] if notes else ""), tuple(tags)


def _quote(sel: dict[str, Any] | None) -> dict[str, str] | None:
    if sel is None:
        return None
    exact = sel.get("exact")
    if not isinstance(exact, str):
        raise InvalidInput("TextQuoteSelector has no exact text")
    prefix, suffix = sel.get("prefix", ""), sel.get("suffix", "")
    if not isinstance(prefix, str) or not isinstance(suffix, str):
        raise InvalidInput("TextQuoteSelector prefix or suffix is not text")
    if not all(_is_text(v) for v in (exact, prefix, suffix)):
        raise InvalidInput("holds text that is not valid Unicode")
    return {"exact": exact, "prefix": prefix, "suffix": suffix}


def _position(sel: dict[str, Any] | None) -> tuple[int, int]:
    if sel is None:
        return 0, 0  # placed by the quote alone
    values = []
    for key in ("start", "end"):
        value = sel.get(key)
        if value is None:
            raise InvalidInput(f"TextPositionSelector has no {key}")
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise InvalidInput(f"{key} is not a number")
        if isinstance(value, float) and not math.isfinite(value):
            raise InvalidInput(f"{key} is not a finite number")
        values.append(int(value))
    return values[0], values[1]


def _is_text(value: str) -> bool:
    """False for strings holding lone surrogates (JSON allows ``"\\ud800"``; SQLite
    cannot store them)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def find_document(library: Library, source: str, text_sha: str) -> str | None:
    """The library document a backup's target names (original or text hash)."""
    sha = source.removeprefix("urn:sha256:")
    rows = library.store.query(
        "SELECT document_id FROM versions WHERE original_sha256=? OR text_sha256=? "
        "OR text_sha256=? ORDER BY id DESC LIMIT 1", (sha, sha, text_sha))
    return rows[0]["document_id"] if rows else None


class _Restorer:
    """One restore run: documents' texts and existing ranges read once, not per item
    (20,000 items of one document took a minute when each re-read its highlights)."""

    def __init__(self, library: Library, annotations: Any) -> None:
        from reader.changes import Changes

        self.library, self.annotations = library, annotations
        self.report, self.changes = RestoreReport(), Changes()
        self.texts: dict[str, str] = {}
        self.ranges: dict[str, set[tuple[int, int]]] = {}

    def item(self, fields: dict[str, Any]) -> None:
        doc_id = find_document(self.library, fields["source"], fields["text_sha"])
        if doc_id is None:
            self.report.missing_documents.append(fields["source"])
        elif fields["quote"] is None:
            self.changes.merge(_restore_document_note(self.annotations, doc_id,
                                                      fields["note"], self.report))
        else:
            self._highlight(doc_id, fields)

    def _highlight(self, doc_id: str, fields: dict[str, Any]) -> None:
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
        if (placed.start, placed.end) in self.ranges[doc_id]:
            self.report.already_present += 1
            return
        _, changed = self.annotations.create(doc_id, placed.start, placed.end, fields["color"],
                                             fields["note"], fields["tags"])
        self.ranges[doc_id].add((placed.start, placed.end))
        self.changes.merge(changed)
        self.report.created += 1


def restore(library: Library, annotations: Any, items: list[Any]) -> tuple[
        RestoreReport, Any]:
    """Re-create the backup's annotations where the documents are; safe to run twice.

    A highlight already present (same document, same quote at the same place) is not
    duplicated; positions are re-anchored when the document's text differs. A bad item
    is refused (``report.refused``) and the others still restore; a failure of the
    library itself (disk full) ends the run, keeping what was restored before.
    """
    run = _Restorer(library, annotations)
    for number, item in enumerate(items, 1):
        try:
            run.item(parse_item(item))
        except (InvalidInput, NotFound) as exc:
            run.report.refused.append((item_label(item, number), str(exc)))
        except MarginaliaError as exc:
            run.report.stopped = f"{exc} (stopped at {item_label(item, number)})"
            break
    return run.report, run.changes


def _restore_document_note(annotations: Any, doc_id: str, note: str,
                           report: RestoreReport) -> Any:
    from reader.changes import Changes

    current = annotations.document_note(doc_id)
    if current.strip() == note.strip() or (current.strip() and note.strip() in current):
        report.already_present += 1
        return Changes()
    merged = note if not current.strip() else f"{current.rstrip()}\n\n{note}"
    report.notes_restored += 1
    return annotations.set_document_note(doc_id, merged)
