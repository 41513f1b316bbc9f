"""A full backup of annotations in the W3C Web Annotation model, and its restore.

JSON-LD that other tools (Hypothesis, annotation servers) understand: each highlight
is an ``Annotation`` whose target is the document, named by the SHA-256 of its
original bytes, with both a ``TextQuoteSelector`` and a ``TextPositionSelector``;
the note and the tags are ``TextualBody`` entries.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reader import __version__
from reader.errors import InvalidInput
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


@dataclass
class RestoreReport:
    created: int = 0
    already_present: int = 0
    notes_restored: int = 0
    orphaned: int = 0
    missing_documents: list[str] = field(default_factory=list)


def read_backup(path: Path) -> list[dict[str, Any]]:
    """The annotations in a backup file, or :class:`InvalidInput` saying what is wrong."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise InvalidInput(f"{path}: no such file") from exc
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise InvalidInput(f"{path}: not a JSON file ({exc})") from exc
    if not isinstance(data, dict) or data.get("type") != "AnnotationCollection":
        raise InvalidInput(f"{path}: not a Web Annotation collection")
    items = (data.get("first") or {}).get("items")
    if not isinstance(items, list):
        raise InvalidInput(f"{path}: the collection has no annotation page")
    return [item for item in items if isinstance(item, dict)]


def parse_item(item: dict[str, Any]) -> dict[str, Any]:
    """The fields we restore from one annotation; raises InvalidInput when malformed."""
    try:
        target = item["target"]
        source = str(target["source"])
        selectors = {s["type"]: s for s in target.get("selector", [])}
        body = item.get("body") or []
        note = next((b["value"] for b in body if b.get("purpose") == "commenting"), "")
        tags = tuple(b["value"] for b in body if b.get("purpose") == "tagging")
    except (KeyError, TypeError) as exc:
        raise InvalidInput(f"annotation {item.get('id', '?')}: malformed ({exc})") from exc
    color = str(item.get("marginalia:color") or "yellow")
    return {"source": source, "quote": selectors.get("TextQuoteSelector"),
            "position": selectors.get("TextPositionSelector"), "note": str(note), "tags": tags,
            "color": color if color in COLORS else "yellow",
            "text_sha": str(item.get("marginalia:textSha256") or "")}


def find_document(library: Library, source: str, text_sha: str) -> str | None:
    """The library document a backup's target names (original or text hash)."""
    sha = source.removeprefix("urn:sha256:")
    rows = library.store.query(
        "SELECT document_id FROM versions WHERE original_sha256=? OR text_sha256=? "
        "OR text_sha256=? ORDER BY id DESC LIMIT 1", (sha, sha, text_sha))
    return rows[0]["document_id"] if rows else None


def restore(library: Library, annotations: Any, items: list[dict[str, Any]]) -> tuple[
        RestoreReport, Any]:
    """Re-create the backup's annotations where the documents are; safe to run twice.

    A highlight already present (same document, same quote at the same place) is not
    duplicated; positions are re-anchored when the document's text differs.
    """
    from reader.anchoring import Anchor, place
    from reader.changes import Changes

    report, changes = RestoreReport(), Changes()
    texts: dict[str, str] = {}
    for item in items:
        fields = parse_item(item)
        doc_id = find_document(library, fields["source"], fields["text_sha"])
        if doc_id is None:
            report.missing_documents.append(fields["source"])
            continue
        if fields["quote"] is None:
            changes.merge(_restore_document_note(annotations, doc_id, fields["note"], report))
            continue
        text = texts.setdefault(doc_id, library.get(doc_id).text)
        quote, pos = fields["quote"], fields["position"] or {"start": 0, "end": 0}
        anchor = Anchor(int(pos["start"]), int(pos["end"]), str(quote["exact"]),
                        str(quote.get("prefix", "")), str(quote.get("suffix", "")))
        placed = place(text, anchor)
        if placed.status == "orphaned":
            report.orphaned += 1
            log.warning("restore: could not place %r in %s", anchor.exact[:40], doc_id)
            continue
        if any(h.start == placed.start and h.end == placed.end
               for h in annotations.for_document(doc_id)):
            report.already_present += 1
            continue
        _, changed = annotations.create(doc_id, placed.start, placed.end, fields["color"],
                                        fields["note"], fields["tags"])
        changes.merge(changed)
        report.created += 1
    return report, changes


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
