"""A full backup of annotations in the W3C Web Annotation model, and its restore.

JSON-LD that other tools (Hypothesis, annotation servers) understand: each highlight
is an ``Annotation`` whose target is the document, named by the SHA-256 of its
original bytes, with both a ``TextQuoteSelector`` and a ``TextPositionSelector``;
the note and the tags are ``TextualBody`` entries. A bookmark is one too, its
motivation ``bookmarking``.
"""

from __future__ import annotations

import json
import logging
import math
import os
import stat
from pathlib import Path
from typing import Any

from reader import __version__
from reader.bookmarks import Bookmark
from reader.errors import InvalidInput, describe_os_error, said
from reader.model import COLORS, Highlight
from reader.tags import normalize_tag

log = logging.getLogger(__name__)

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
BOOKMARK_URN = "urn:marginalia:bookmark:"
NS = "https://marginalia.invalid/ns#"  # our own extension terms, never fetched

def target(doc_urn: str, title: str, source_name: str) -> dict[str, Any]:
    """A target naming its document three ways: the hash for matching, the title and
    the file for the reader when the document is missing."""
    return {"source": doc_urn, "marginalia:title": title, "marginalia:file": source_name}


def annotation(about: dict[str, Any], text_sha: str, h: Highlight) -> dict[str, Any]:
    body: list[dict[str, Any]] = []
    if h.note:
        body.append({"type": "TextualBody", "value": h.note, "format": "text/markdown",
                     "purpose": "commenting"})
    body += [{"type": "TextualBody", "value": tag, "purpose": "tagging"} for tag in h.tags]
    return {
        "id": f"urn:marginalia:highlight:{h.id}", "type": "Annotation",
        "motivation": "commenting" if h.note else "highlighting",
        "created": h.created_at, "modified": h.modified_at, "body": body,
        "target": {**about, "selector": [
            {"type": "TextQuoteSelector", "exact": h.exact, "prefix": h.prefix,
             "suffix": h.suffix},
            {"type": "TextPositionSelector", "start": h.start, "end": h.end}]},
        "marginalia:color": h.color, "marginalia:status": h.status,
        "marginalia:textSha256": text_sha,
    }


def document_note(about: dict[str, Any], text_sha: str, doc_id: str,
                  note: str) -> dict[str, Any]:
    return {"id": f"urn:marginalia:document-note:{doc_id}", "type": "Annotation",
            "motivation": "commenting",
            "body": [{"type": "TextualBody", "value": note, "format": "text/markdown",
                      "purpose": "commenting"}],
            "target": dict(about), "marginalia:textSha256": text_sha}


def bookmark(about: dict[str, Any], text_sha: str, mark: Bookmark) -> dict[str, Any]:
    """A bookmark as the W3C model has one: motivation ``bookmarking``, its name a
    ``describing`` body, its place an empty position selector."""
    body = ([{"type": "TextualBody", "value": mark.name, "purpose": "describing"}]
            if mark.name else [])
    return {"id": f"{BOOKMARK_URN}{mark.id}", "type": "Annotation",
            "motivation": "bookmarking", "created": mark.created_at, "body": body,
            "target": {**about, "selector": [{"type": "TextPositionSelector",
                                              "start": mark.offset, "end": mark.offset}]},
            "marginalia:textSha256": text_sha}


def is_bookmark(item: Any) -> bool:
    return isinstance(item, dict) and item.get("motivation") == "bookmarking"


def parse_bookmark(item: dict[str, Any]) -> dict[str, Any]:
    """The fields of a bookmark item (:func:`parse_item`'s, plus ``name`` and
    ``offset``); :class:`InvalidInput` naming what is wrong."""
    fields = parse_item({**item, "body": []})
    bodies = item.get("body")
    bodies = [bodies] if isinstance(bodies, dict) else (bodies or [])
    names = [b.get("value") for b in bodies if isinstance(b, dict)
             and b.get("purpose") == "describing"] if isinstance(bodies, list) else [None]
    if not all(isinstance(n, str) and _is_text(n) for n in names):
        raise InvalidInput(said("the bookmark's name is not text"))
    ident = _text_or_empty(item.get("id")).removeprefix(BOOKMARK_URN)
    ok = 0 < len(ident) <= 64 and all(c in "0123456789abcdef" for c in ident)
    return {**fields, "id": ident if ok else "", "name": names[0] if names else "",
            "offset": fields["position"][0]}


def collection(items: list[dict[str, Any]]) -> dict[str, Any]:
    return {"@context": [CONTEXT, {"marginalia": NS}], "type": "AnnotationCollection",
            "label": "Marginalia annotations", "generator": f"Marginalia {__version__}",
            "total": len(items), "first": {"type": "AnnotationPage", "items": items}}


MAX_BACKUP_BYTES = 256 * 1024 * 1024  # far above any real backup; /dev/zero-like input stops here


def read_backup(path: Path) -> list[Any]:
    """The items of a backup file, or :class:`InvalidInput` saying what is wrong with the
    file as a whole. Items are checked one by one when restored (:func:`parse_item`)."""
    return collection_items(_load_json(path), path)


def collection_items(data: Any, path: Path) -> list[Any]:
    """The items of a parsed collection (a JSON backup, or the one in an archive)."""
    if not isinstance(data, dict) or data.get("type") != "AnnotationCollection":
        raise InvalidInput(said("{path}: not a Web Annotation collection", path=path))
    first = data.get("first")
    items = first.get("items") if isinstance(first, dict) else None
    if not isinstance(items, list):
        raise InvalidInput(said("{path}: the collection has no annotation page", path=path))
    return items


def _load_json(path: Path) -> Any:
    """Parse ``path``: a regular file only (a FIFO would block, /dev/zero never end),
    at most ``MAX_BACKUP_BYTES``, a UTF-8 BOM allowed (Notepad adds one)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError as exc:
        raise InvalidInput(said("{path}: no such file", path=path)) from exc
    except OSError as exc:
        raise InvalidInput(said("{path}: cannot read ({why})", path=path,
                                why=describe_os_error(exc))) from exc
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InvalidInput(said("{path}: is a folder, not a backup file", path=path))
        if not stat.S_ISREG(info.st_mode):
            raise InvalidInput(said("{path}: not a regular file", path=path))
        try:
            raw = fh.read(MAX_BACKUP_BYTES + 1)
        except OSError as exc:
            raise InvalidInput(said("{path}: cannot read ({why})", path=path,
                                    why=describe_os_error(exc))) from exc
    if len(raw) > MAX_BACKUP_BYTES:
        raise InvalidInput(said("{path}: too large for a backup (over {max_backup_bytes} MB)",
                                path=path, max_backup_bytes=MAX_BACKUP_BYTES // (1024 * 1024)))
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except RecursionError as exc:
        raise InvalidInput(said("{path}: not a JSON file (nested too deeply)", path=path)) from exc
    except (UnicodeDecodeError, ValueError) as exc:
        raise InvalidInput(said("{path}: not a JSON file ({exc})", path=path, exc=exc)) from exc


def item_label(item: Any, number: int) -> str:
    """How a refusal names an item: its id when it has a sane one, else its rank."""
    ident = item.get("id") if isinstance(item, dict) else None
    if isinstance(ident, str) and ident.strip() and _is_text(ident):
        return said("annotation {id}", id=ident[:80])
    return said("item {number}", number=number)


def parse_item(item: Any) -> dict[str, Any]:
    """The fields we restore from one annotation; :class:`InvalidInput` (the reason
    alone) when a field is missing or of the wrong type: nothing is coerced, so a tag
    ``{"a": 1}`` is refused rather than stored as the text "{'a': 1}"."""
    if not isinstance(item, dict):
        raise InvalidInput(said("not an annotation object"))
    target = item.get("target")
    source = target.get("source") if isinstance(target, dict) else None
    if not isinstance(target, dict) or not isinstance(source, str) or not source.strip():
        raise InvalidInput(said("target has no source"))
    selectors = _selectors(target.get("selector"))
    note, tags = _bodies(item.get("body"))
    color = item.get("marginalia:color")
    text_sha = item.get("marginalia:textSha256")
    title, file = _text_or_empty(target.get("marginalia:title")), _text_or_empty(
        target.get("marginalia:file"))
    for value in (source, note, *tags, title, file):
        if not _is_text(value):
            raise InvalidInput(said("holds text that is not valid Unicode"))
    return {"source": source, "title": title, "file": file, "id": _highlight_id(item),
            "created": _text_or_empty(item.get("created")),
            "modified": _text_or_empty(item.get("modified")),
            "quote": _quote(selectors.get("TextQuoteSelector")),
            "position": _position(selectors.get("TextPositionSelector")), "note": note,
            "tags": tags, "color": color if color in COLORS else "yellow",
            "text_sha": text_sha if isinstance(text_sha, str) else ""}


def _text_or_empty(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _highlight_id(item: dict[str, Any]) -> str:
    """Our own highlight id, kept across a restore so a second restore (or a newer
    backup) merges with it instead of adding a copy; "" for other tools' ids."""
    ident = _text_or_empty(item.get("id"))
    hid = ident.removeprefix("urn:marginalia:highlight:")
    ok = hid != ident and 0 < len(hid) <= 64 and all(c in "0123456789abcdef" for c in hid)
    return hid if ok else ""


def _selectors(raw: Any) -> dict[str, dict[str, Any]]:
    raw = [raw] if isinstance(raw, dict) else ([] if raw is None else raw)
    if not isinstance(raw, list) or not all(isinstance(s, dict) for s in raw):
        raise InvalidInput(said("selector is not a list of selectors"))
    return {str(s.get("type")): s for s in raw}


def _bodies(raw: Any) -> tuple[str, tuple[str, ...]]:
    """The note and the tags; a single body object is allowed, as in the W3C model.

    Tags come back in their canonical form (:mod:`reader.tags`), whatever tool or
    older version wrote them; one that is nothing but '#' or white space is refused,
    as the window and the command line refuse it."""
    raw = [raw] if isinstance(raw, dict) else ([] if raw is None else raw)
    if not isinstance(raw, list) or not all(isinstance(b, dict) for b in raw):
        raise InvalidInput(said("body is not a list of TextualBody objects"))
    notes = [b.get("value") for b in raw if b.get("purpose") == "commenting"]
    tags = [b.get("value") for b in raw if b.get("purpose") == "tagging"]
    if not all(isinstance(n, str) for n in notes):
        raise InvalidInput(said("the note is not text"))
    if not all(isinstance(t, str) for t in tags):
        raise InvalidInput(said("a tag is not text"))
    clean = {tag: normalize_tag(tag) for tag in tags}
    empty = next((tag for tag, name in clean.items() if not name), None)
    if empty is not None:
        raise InvalidInput(said("{empty}: empty tag", empty=repr(empty)))
    return (notes[0] if notes else ""), tuple(dict.fromkeys(clean.values()))


def _quote(sel: dict[str, Any] | None) -> dict[str, str] | None:
    if sel is None:
        return None
    exact = sel.get("exact")
    if not isinstance(exact, str):
        raise InvalidInput(said("TextQuoteSelector has no exact text"))
    prefix, suffix = sel.get("prefix", ""), sel.get("suffix", "")
    if not isinstance(prefix, str) or not isinstance(suffix, str):
        raise InvalidInput(said("TextQuoteSelector prefix or suffix is not text"))
    if not all(_is_text(v) for v in (exact, prefix, suffix)):
        raise InvalidInput(said("holds text that is not valid Unicode"))
    return {"exact": exact, "prefix": prefix, "suffix": suffix}


def _position(sel: dict[str, Any] | None) -> tuple[int, int]:
    if sel is None:
        return 0, 0  # placed by the quote alone
    values = []
    for key in ("start", "end"):
        value = sel.get(key)
        if value is None:
            raise InvalidInput(said("TextPositionSelector has no {key}", key=key))
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise InvalidInput(said("{key} is not a number", key=key))
        if isinstance(value, float) and not math.isfinite(value):
            raise InvalidInput(said("{key} is not a finite number", key=key))
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
