"""What this library's SQLite holds, in the shape of the CRDT's views, and the local
edits since the last sync written into the CRDT.

Documents have different ids in each library, so they are named across devices by a
key: the sha256 of the first version's original and the source file name (content
and source). A document that came from another device keeps that device's key
(``keys``, remembered in the settings), even when its first version here differs.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reader.model import COLORS
from reader.store import Store
from reader.sync.crdt import ANCHOR_FIELDS, REGISTERS, LibraryDoc, View

KEYS_SETTING = "sync_keys"  # local id → its key, for documents that came by sync
ALIASES_SETTING = "sync_aliases"  # another device's key → the local document holding it
HIGHLIGHT_FIELDS = (*REGISTERS, *ANCHOR_FIELDS, "note", "tags")
DOCUMENT_FIELDS = ("name", "path", "sha", "ext", "title", "authors", "note", "removed")


@dataclass
class LocalDocument:
    id: str
    key: str
    view: View
    shas: set[str]
    original: Path
    source_path: str


@dataclass
class Local:
    documents: dict[str, LocalDocument] = field(default_factory=dict)  # by local id
    by_key: dict[str, str] = field(default_factory=dict)  # key → local id
    highlights: dict[str, View] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)
    bookmarks: dict[str, View] = field(default_factory=dict)


def document_key(first_sha: str, source_name: str) -> str:
    return f"{first_sha}:{source_name}"


def load_keys(store: Store, setting: str = KEYS_SETTING) -> dict[str, str]:
    rows = store.query("SELECT value FROM settings WHERE key=?", (setting,))
    try:
        keys = json.loads(rows[0][0]) if rows else {}
    except ValueError:
        keys = {}
    return keys if isinstance(keys, dict) else {}


def read_local(store: Store, originals: Path, keys: dict[str, str],
               aliases: dict[str, str]) -> Local:
    """The whole library as the CRDT would hold it (one read per table). ``aliases``:
    the same content imported on two devices under two names is one document here,
    found by either key."""
    local = Local()
    _read_documents(store, originals, keys, local)
    for key, doc_id in aliases.items():
        if doc_id in local.documents:
            local.by_key.setdefault(key, doc_id)
    ids = {d.id: d.key for d in local.documents.values()}
    tags: dict[str, list[str]] = {}
    for row in store.query("SELECT highlight_id, tag FROM highlight_tags ORDER BY rowid"):
        tags.setdefault(row[0], []).append(row[1])
    for r in store.query("SELECT * FROM highlights"):
        if r["document_id"] in ids:
            local.highlights[r["id"]] = {
                "doc": ids[r["document_id"]], "color": r["color"], "created": r["created_at"],
                "modified": r["modified_at"], "start": r["start_offset"],
                "end": r["end_offset"], "exact": r["exact"], "prefix": r["prefix"],
                "suffix": r["suffix"], "note": r["note"], "tags": sorted(tags.get(r["id"], [])),
                "local_doc": r["document_id"], "local_tags": tags.get(r["id"], [])}
    labels = {c: "" for c in COLORS}
    labels.update({r[0]: r[1] for r in store.query("SELECT color, label FROM color_labels")})
    local.labels = labels
    for r in store.query("SELECT * FROM bookmarks"):
        if r["document_id"] in ids:
            local.bookmarks[r["id"]] = {"doc": ids[r["document_id"]], "offset": r["offset"],
                                        "name": r["name"], "created": r["created_at"],
                                        "local_doc": r["document_id"]}
    return local


def _read_documents(store: Store, originals: Path, keys: dict[str, str], local: Local) -> None:
    shas: dict[str, set[str]] = {}
    for row in store.query("SELECT document_id, original_sha256 FROM versions"):
        shas.setdefault(row[0], set()).add(row[1])
    rows = store.query(
        "SELECT d.id, d.source_name, coalesce(d.source_path, d.source_name) AS path, d.title, "
        "d.authors, d.note, d.removed_at, v.original_sha256 AS sha, v.original_ext AS ext, "
        "(SELECT f.original_sha256 FROM versions f WHERE f.document_id = d.id "
        " ORDER BY f.seq LIMIT 1) AS first_sha "
        "FROM documents d JOIN versions v ON v.id = d.current_version")
    for r in rows:
        key = keys.get(r["id"]) or document_key(r["first_sha"], r["source_name"])
        view = {"name": r["source_name"], "path": r["path"], "sha": r["sha"], "ext": r["ext"],
                "title": r["title"],
                "authors": json.loads(r["authors"]) if r["authors"] else None,
                "note": r["note"], "removed": r["removed_at"]}
        local.documents[r["id"]] = LocalDocument(r["id"], key, view, shas.get(r["id"], set()),
                                                 originals / f"{r['sha']}{r['ext']}", r["path"])
        local.by_key.setdefault(key, r["id"])


def differs(a: View, b: View, names: tuple[str, ...]) -> bool:
    return any(a.get(name) != b.get(name) for name in names)


def push_local(state: LibraryDoc, local: Local) -> int:
    """Write what changed here since the last sync (the saved state is what this
    library last agreed with) into the CRDT; the number of subjects changed."""
    changed = 0
    with state.transaction():
        base_docs = state.document_views()
        for doc in local.documents.values():
            before = base_docs.get(doc.key)
            if before is None:
                state.put_document(doc.key, doc.view)
            elif differs(before, doc.view, DOCUMENT_FIELDS):
                state.edit_document(doc.key, before, doc.view)
            else:
                continue
            changed += 1
        base_labels = state.label_views()
        for color, label in local.labels.items():
            if base_labels.get(color, "") != label:
                state.set_label(color, label)
                changed += 1
        changed += _push_highlights(state, local)
        changed += _push_bookmarks(state, local)
    return changed


def _push_highlights(state: LibraryDoc, local: Local) -> int:
    changed = 0
    base = state.highlight_views()
    for hid, view in local.highlights.items():
        before = base.get(hid)
        if before is None:
            state.put_highlight(hid, view)
        elif not before["alive"] or differs(before, view, HIGHLIGHT_FIELDS):
            state.edit_highlight(hid, before, view)
        else:
            continue
        changed += 1
    for hid, before in base.items():  # gone here, though its document is here: deleted
        if before["alive"] and hid not in local.highlights and before["doc"] in local.by_key:
            state.delete_highlight(hid)
            changed += 1
    return changed


def _push_bookmarks(state: LibraryDoc, local: Local) -> int:
    changed = 0
    base = state.bookmark_views()
    for bid, view in local.bookmarks.items():
        value: dict[str, Any] = {k: view[k] for k in ("doc", "offset", "name", "created")}
        if base.get(bid) != value:
            state.set_bookmark(bid, value)
            changed += 1
    for bid, before in base.items():
        if not before.get("deleted") and bid not in local.bookmarks \
                and before.get("doc") in local.by_key:
            state.set_bookmark(bid, {"deleted": True})
            changed += 1
    return changed


def data_version(conn: sqlite3.Connection) -> int:
    """Changes when another connection (the window, a command) commits: a sync that
    read the library before must not write over that edit."""
    return int(conn.execute("PRAGMA data_version").fetchone()[0])
