"""The library's shared state as one CRDT document: the only module importing pycrdt.

pycrdt (the Python bindings of Yrs, the Rust port of Yjs) does the merging, so two
devices that have seen the same updates hold the same state whatever their order.
Four top-level maps: ``documents`` (keyed by a cross-device key, see
:mod:`reader.sync.apply`), ``annotations`` (keyed by highlight id, random and global
already), ``labels`` (colour → label) and ``bookmarks`` (id → value). A highlight is a
map of registers (anchor, colour, times) with its note as a ``Text`` (edits merge
character by character) and its tags as a map (concurrent additions both stay). A
deletion records the revision it saw (``deleted``): an edit the deleting device had not
seen made a newer revision, so the edited highlight is kept (the reader's work wins
over removal). Yjs numbers are floats: every number read back goes through ``int``.
"""

from __future__ import annotations

import json
import logging
import secrets
from difflib import SequenceMatcher
from typing import Any

from pycrdt import Doc, Map, Text, get_state, merge_updates

from reader.errors import SyncError, said

log = logging.getLogger(__name__)

View = dict[str, Any]
ANCHOR_FIELDS = ("start", "end", "exact", "prefix", "suffix")
REGISTERS = ("color", "created", "modified")  # "doc" too, written once at creation


def merged(updates: list[bytes]) -> bytes:
    """Several updates as one (a snapshot folds a device's files into it)."""
    return bytes(merge_updates(*updates)) if updates else LibraryDoc().encode()


def state_vector(updates: list[bytes]) -> bytes:
    """What a set of updates holds, to export only what they lack."""
    return bytes(get_state(merged(updates)))


def _utf8_offset(text: str, index: int) -> int:
    """Yrs counts a Text in UTF-8 bytes; our notes are Python strings."""
    return len(text[:index].encode("utf-8"))


def edit_text(target: Text, old: str, new: str) -> None:
    """Turn ``old`` into ``new`` by the smallest inserts and deletes, so a concurrent
    edit elsewhere in the same note survives the merge."""
    if old == new:
        return
    ops = SequenceMatcher(None, old, new, autojunk=False).get_opcodes()
    for tag, i1, i2, j1, j2 in reversed(ops):  # from the end: earlier offsets stay valid
        if tag == "equal":
            continue
        start, stop = _utf8_offset(old, i1), _utf8_offset(old, i2)
        if stop > start:
            del target[start:stop]
        if j2 > j1:
            target.insert(start, new[j1:j2])


class LibraryDoc:
    """One library's CRDT state; loaded from and saved to bytes by the caller."""

    def __init__(self, state: bytes = b"", device: str = "") -> None:
        self.device = device  # who writes: stamped on each highlight's edit and removal
        # A fresh client id per run: a killed run's ids are never reused with other ops.
        self.doc: Doc = Doc(client_id=secrets.randbits(52) + 1)
        if state:
            self.apply(state, "the saved sync state")
        self.documents = self.doc.get("documents", type=Map)
        self.annotations = self.doc.get("annotations", type=Map)
        self.labels = self.doc.get("labels", type=Map)
        self.bookmarks = self.doc.get("bookmarks", type=Map)

    # -- bytes -----------------------------------------------------------------------------
    def apply(self, update: bytes, name: str) -> None:
        """Merge an update; applying one twice changes nothing (CRDT idempotence)."""
        try:
            self.doc.apply_update(update)
        except ValueError as exc:
            raise SyncError(said("{name}: not a readable update ({why})", name=name,
                                 why=str(exc))) from exc

    def encode(self) -> bytes:
        return bytes(self.doc.get_update())

    def update_since(self, state: bytes) -> bytes:
        """Everything this document has that a holder of ``state`` lacks."""
        return bytes(self.doc.get_update(state))

    def transaction(self) -> Any:
        return self.doc.transaction()

    # -- views: plain Python -----------------------------------------------------------------
    # Each read as JSON in one call on the Rust side: field by field through pycrdt's
    # Python layer took 4 s for 20,000 highlights, this 0.25 s.
    def highlight_views(self) -> dict[str, View]:
        return {hid: _highlight_view(value) for hid, value in _json(self.annotations).items()}

    def document_views(self) -> dict[str, View]:
        views = _json(self.documents)
        for view in views.values():
            view["note"] = str(view.get("note") or "")
        return views

    def label_views(self) -> dict[str, str]:
        return {str(k): str(v) for k, v in _json(self.labels).items()}

    def bookmark_views(self) -> dict[str, View]:
        return {bid: _numbers(value) for bid, value in _json(self.bookmarks).items()}

    # -- writes -------------------------------------------------------------------------------
    def put_highlight(self, hid: str, view: View) -> None:
        entry = Map({name: view[name] for name in ("doc", *REGISTERS)})
        self.annotations[hid] = entry
        entry["anchor"] = {name: view[name] for name in ANCHOR_FIELDS}
        entry["note"] = Text(view["note"])
        entry["tags"] = Map({tag: True for tag in view["tags"]})
        entry["rev"] = secrets.token_hex(6)
        entry["by"] = self.device
        entry["deleted"] = None

    def edit_highlight(self, hid: str, old: View, new: View) -> None:
        """Only what differs is written, each field on its own, so concurrent edits of
        other fields on another device are kept."""
        entry = self.annotations[hid]
        for name in REGISTERS:
            if old.get(name) != new[name]:
                entry[name] = new[name]
        anchor = {name: new[name] for name in ANCHOR_FIELDS}
        if {name: old.get(name) for name in ANCHOR_FIELDS} != anchor:
            entry["anchor"] = anchor
        edit_text(entry["note"], str(entry["note"]), new["note"])
        tags = entry["tags"]
        for tag in set(old["tags"]) - set(new["tags"]):
            tags.pop(tag, None)
        for tag in set(new["tags"]) - set(old["tags"]):
            tags[tag] = True
        entry["rev"] = secrets.token_hex(6)
        entry["by"] = self.device

    def delete_highlight(self, hid: str) -> None:
        entry = self.annotations[hid]
        entry["deleted"] = entry.get("rev")
        entry["deleted_by"] = self.device

    def put_document(self, key: str, view: View) -> None:
        entry = Map({name: value for name, value in view.items() if name != "note"})
        self.documents[key] = entry
        entry["note"] = Text(view["note"])

    def edit_document(self, key: str, old: View, new: View) -> None:
        entry = self.documents[key]
        for name, value in new.items():
            if name != "note" and old.get(name) != value:
                entry[name] = value
        edit_text(entry["note"], str(entry["note"]), new["note"])

    def set_label(self, color: str, label: str) -> None:
        self.labels[color] = label

    def set_bookmark(self, bid: str, value: View) -> None:
        self.bookmarks[bid] = value


def _json(shared: Map) -> dict[str, Any]:
    value = json.loads(str(shared))
    return value if isinstance(value, dict) else {}


def _numbers(view: View) -> View:
    """Yjs keeps numbers as floats; ours are offsets, so they come back whole."""
    for name in ("offset", "start", "end"):
        if isinstance(view.get(name), float):
            view[name] = int(view[name])
    return view


def _highlight_view(entry: View) -> View:
    view: View = {name: entry.get(name)
                  for name in ("doc", *REGISTERS, "rev", "by", "deleted", "deleted_by")}
    view.update(_numbers(dict(entry.get("anchor") or {})))
    view["note"] = str(entry.get("note") or "")
    view["tags"] = sorted(entry.get("tags") or {})
    view["alive"] = view["deleted"] is None or view["deleted"] != view["rev"]
    return view

