"""The merged CRDT state written into this library: one transaction, one Changes.

SQLite stays the source of truth: the sync only moves it to the merged state, through
the same state writers undo uses (:mod:`reader.states`, :mod:`reader.documents`), so
the rows are those an edit by hand would leave. Only what differs is written, so a
sync that brings nothing changes nothing. Documents missing here are imported first
from their originals in the folder (:func:`import_missing`), by the library's own
import, which recognises content it already holds.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from dataclasses import dataclass, field

from reader import documents, states
from reader.anchoring import Anchor, place
from reader.changes import Changes, note_pending
from reader.errors import ImportRefused, message_of, said
from reader.library import Library
from reader.store import now_iso
from reader.sync.crdt import ANCHOR_FIELDS, View
from reader.sync.folder import SyncFolder
from reader.sync.local import HIGHLIGHT_FIELDS, Local, differs

log = logging.getLogger(__name__)


@dataclass
class Applied:
    """What a sync wrote here, counted for its report."""

    created: int = 0
    updated: int = 0
    deleted: int = 0
    documents: int = 0
    changes: Changes = field(default_factory=Changes)


def import_missing(library: Library, folder: SyncFolder, merged: dict[str, View],
                   local: Local, keys: dict[str, str], aliases: dict[str, str],
                   waiting: list[str]) -> Changes:
    """Each document another device has and this one lacks, from its original in the
    folder (one line when it has not arrived yet); a newer version of a document here
    too. ``keys`` learns which local document each key names: a document already
    here under a key of its own takes the other as an alias (never two entries that
    each device would rename to the other's)."""
    changes = Changes()
    for key, view in merged.items():
        doc_id = local.by_key.get(key)
        if doc_id is not None and view.get("sha") in local.documents[doc_id].shas:
            continue
        if doc_id is None and view.get("removed"):
            continue  # in the trash over there: not worth bringing here
        found = _holding(library, [view.get("sha", ""), key.split(":")[0]])
        if doc_id is None and found is not None:
            own = local.documents.get(found)
            if own is not None and own.key in merged:
                aliases[key] = found
            else:
                keys[found] = key
            continue
        data = folder.original(str(view.get("sha", "")))
        if data is None:
            waiting.append(said("{name}: its original has not reached {folder} yet; it "
                                "will come with a later sync", name=view.get("name"),
                                folder=folder.originals))
            continue
        path = local.documents[doc_id].source_path if doc_id else view.get("path")
        try:
            outcome, changed = library.import_bytes(str(view["name"]), data,
                                                    source_path=str(path or view["name"]))
        except ImportRefused as exc:  # the file's own fault; the library's ends the sync
            waiting.append(said("{name}: not imported from the sync folder ({why})",
                                name=view.get("name"), why=message_of(exc)))
            continue
        keys[outcome.document_id] = key
        changes.merge(changed)
        with library.store.transaction() as conn:  # indexed even if this run dies now
            note_pending(conn, changed)
    return changes


def _holding(library: Library, shas: list[str]) -> str | None:
    for sha in shas:
        rows = library.store.query("SELECT document_id FROM versions WHERE original_sha256=? "
                                   "ORDER BY id LIMIT 1", (sha,))
        if rows:
            return str(rows[0][0])
    return None


class Writer:
    """Moves one transaction's rows to the merged views."""

    def __init__(self, conn: sqlite3.Connection, local: Local) -> None:
        self.conn, self.local = conn, local
        self.out = Applied()
        self.texts: dict[str, tuple[int, str]] = {}

    def documents(self, merged: dict[str, View]) -> None:
        for key, view in merged.items():
            doc_id = self.local.by_key.get(key)
            if doc_id is None or self.local.documents[doc_id].key != key:
                continue  # not here, or an alias: the document's own entry rules
            mine = self.local.documents[doc_id].view
            before = len(self.out.changes.documents) + len(self.out.changes.annotations)
            if mine["title"] != view.get("title") or mine["authors"] != view.get("authors"):
                authors = view.get("authors")
                documents.write_document(self.conn, doc_id, {
                    "title": view.get("title"),
                    "authors": None if authors is None else json.dumps(authors,
                                                                       ensure_ascii=False)})
                self.out.changes.documents.add(doc_id)
            if mine["note"] != view.get("note", ""):
                states.write(self.conn, "doc-note", doc_id, None,
                             {"note": view.get("note", ""), "note_modified_at": now_iso()})
                self.out.changes.annotations.add(f"doc-note:{doc_id}")
            if bool(mine["removed"]) != bool(view.get("removed")):
                documents.write_trash(self.conn, doc_id,
                                      {"removed_at": view["removed"]} if view.get("removed")
                                      else None)
                self.out.changes.merge(documents.trash_changes(
                    self.conn, doc_id, removed=bool(view.get("removed"))))
            after = len(self.out.changes.documents) + len(self.out.changes.annotations)
            self.out.documents += after > before

    def labels(self, merged: dict[str, str]) -> None:
        for color, label in merged.items():
            if self.local.labels.get(color, "") == label:
                continue
            states.write(self.conn, "label", color, None, {"label": label} if label else None)
            rows = self.conn.execute("SELECT id FROM highlights WHERE color=?", (color,))
            self.out.changes.merge(Changes(annotations={r[0] for r in rows}, labels={color}))

    def highlights(self, merged: dict[str, View]) -> None:
        for hid, view in merged.items():
            mine = self.local.highlights.get(hid)
            doc_id = self.local.by_key.get(str(view.get("doc")))
            if not view["alive"]:
                if mine is not None:
                    states.write(self.conn, "highlight", hid, mine, None)
                    self.out.changes.removed_annotations.add(hid)
                    self.out.deleted += 1
            elif doc_id is None:
                continue  # its document has not arrived yet
            elif mine is None:
                self._insert(hid, doc_id, view)
            elif differs(mine, view, HIGHLIGHT_FIELDS):
                self._update(hid, doc_id, mine, view)

    def _insert(self, hid: str, doc_id: str, view: View) -> None:
        state = {"id": hid, "document_id": doc_id, "color": view["color"],
                 "note": view["note"], "created_at": view["created"],
                 "modified_at": view["modified"], "tags": view["tags"],
                 **self._placed(doc_id, view)}
        states.write(self.conn, "highlight", hid, None, state)
        self.out.changes.annotations.add(hid)
        self.out.created += 1

    def _update(self, hid: str, doc_id: str, mine: View, view: View) -> None:
        after = {"color": view["color"], "note": view["note"], "modified_at": view["modified"]}
        if sorted(mine["tags"]) != view["tags"]:
            kept = [t for t in mine["local_tags"] if t in view["tags"]]
            after["tags"] = kept + [t for t in view["tags"] if t not in kept]
        if differs(mine, view, ANCHOR_FIELDS):
            after.update(self._placed(doc_id, view))
        states.write(self.conn, "highlight", hid, mine, after)
        self.out.changes.annotations.add(hid)
        self.out.updated += 1

    def _placed(self, doc_id: str, view: View) -> View:
        """The anchor on this library's text: the same offsets when the text is the
        same, else found again as a new version would find it."""
        if doc_id not in self.texts:
            self.texts[doc_id] = states.current_text(self.conn, doc_id)
        version_id, text = self.texts[doc_id]
        start, end = int(view["start"]), int(view["end"])
        fields = {"version_id": version_id, "start_offset": start, "end_offset": end,
                  "exact": view["exact"], "prefix": view["prefix"], "suffix": view["suffix"],
                  "status": "exact"}
        if text[start:end] != view["exact"]:
            placed = place(text, Anchor(start, end, view["exact"], view["prefix"],
                                        view["suffix"]))
            fields.update(start_offset=placed.start, end_offset=placed.end,
                          exact=placed.exact, prefix=placed.prefix, suffix=placed.suffix,
                          status=placed.status)
        return fields

    def bookmarks(self, merged: dict[str, View]) -> None:
        for bid, view in merged.items():
            mine = self.local.bookmarks.get(bid)
            if view.get("deleted"):
                if mine is not None:
                    self.conn.execute("DELETE FROM bookmarks WHERE id=?", (bid,))
                    self.out.changes.bookmarks.add(mine["local_doc"])
                continue
            doc_id = self.local.by_key.get(str(view.get("doc")))
            if doc_id is None or (mine is not None and all(
                    mine[k] == view.get(k) for k in ("offset", "name"))):
                continue
            length = len(states.current_text(self.conn, doc_id)[1])
            self.conn.execute(
                "INSERT INTO bookmarks(id, document_id, offset, name, created_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET offset=excluded.offset, "
                "name=excluded.name", (bid, doc_id, min(max(0, int(view["offset"])), length),
                                       str(view.get("name", "")), str(view.get("created"))))
            self.out.changes.bookmarks.add(doc_id)
