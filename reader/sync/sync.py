"""One sync run: this library and a shared folder brought to the same merged state.

The order makes a run killed at any moment safe to run again. The library's last
merged state (the *base*) is kept in its settings, written in the same transaction as
the rows it describes, so the base always says what SQLite agreed with:

1. local edits since the base (SQLite compared with it) become CRDT operations;
2. every device's files in the folder are merged in (bad ones skipped, one line each);
3. documents missing here are imported from the folder's originals;
4. one transaction writes the merged state into SQLite, and the new base with a
   mark "to publish";
5. our update file (all the folder lacks) is written, the mark cleared, our files
   compacted when many.

Killed before 4, nothing was kept and the run is simply redone; between 4 and 5 the
mark makes the next run publish; after 5 a second copy of an update changes nothing.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from reader.changes import Changes, note_pending
from reader.errors import LibraryBusy, SyncError, message_of, said
from reader.library import Library
from reader.store import now_iso
from reader.sync import crdt
from reader.sync.apply import Applied, Writer, import_missing
from reader.sync.device import Device
from reader.sync.folder import SyncFolder
from reader.sync.local import (
    ALIASES_SETTING,
    KEYS_SETTING,
    data_version,
    load_keys,
    push_local,
    read_local,
)

log = logging.getLogger(__name__)

BASE_SETTING = "sync_base"
UNPUBLISHED_SETTING = "sync_unpublished"
SEEN_SETTING = "sync_seen"  # the library and folder as the last run left them
FOLDER_SETTING = "sync_folder"
LAST_SETTING = "sync_last"
ATTEMPTS = 3


@dataclass
class SyncReport:
    folder: str
    device: Device
    local_edits: int = 0
    files_read: dict[str, int] = field(default_factory=dict)  # device name → files
    applied: Applied = field(default_factory=Applied)
    kept: list[str] = field(default_factory=list)  # deleted there, edited here: kept
    skipped: list[str] = field(default_factory=list)  # files refused, one line each
    waiting: list[str] = field(default_factory=list)  # documents whose original is missing
    written: str = ""
    compacted: bool = False
    unchanged: bool = False  # nothing here or there since the last run: nothing done

    def as_dict(self) -> dict[str, object]:
        a = self.applied
        return {"folder": self.folder, "device": self.device.id, "name": self.device.name,
                "local_edits": self.local_edits, "files_read": self.files_read,
                "created": a.created, "updated": a.updated, "deleted": a.deleted,
                "documents": sorted(a.changes.documents), "kept": self.kept,
                "skipped": self.skipped, "waiting": self.waiting, "written": self.written,
                "compacted": self.compacted, "unchanged": self.unchanged}


class Sync:
    """Syncs one library with folders; the caller applies the returned Changes."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self.store = library.store
        self._state = crdt.LibraryDoc()  # the run's merged state, once merged
        self._folder_updates: list[bytes] = []  # what the folder held when read

    def run(self, folder: Path) -> tuple[SyncReport, Changes]:
        device = Device.of(self.library)
        place = SyncFolder(folder, device)
        with _locked(self.library.paths.root / "sync.lock"):
            place.open()
            if self._unchanged(place):
                report = SyncReport(str(folder), device, unchanged=True)
                self._remember(folder, report)
                return report, Changes()
            for _ in range(ATTEMPTS):
                report = SyncReport(str(folder), device)
                listing = place.listing()
                changes = self._once(place, report)
                if changes is not None:
                    self._publish(place, report)
                    self._remember(folder, report)
                    self._note_seen(place, listing)
                    return report, changes
            raise LibraryBusy("library (edited all through the sync)")

    def _once(self, place: SyncFolder, report: SyncReport) -> Changes | None:
        """Steps 1-4; None when the library changed meanwhile (the caller retries)."""
        version = data_version(self.store.conn)
        keys, aliases = load_keys(self.store), load_keys(self.store, ALIASES_SETTING)
        state = crdt.LibraryDoc(self._base(), place.device.id)
        local = read_local(self.store, self.library.paths.originals, keys, aliases)
        report.local_edits = push_local(state, local)
        for doc in local.documents.values():
            if doc.original.is_file():
                place.put_original(doc.view["sha"], doc.original)
        before = state.highlight_views()
        self._merge_folder(state, place, report)
        merged_docs = state.document_views()
        imported = import_missing(self.library, place, merged_docs, local, keys, aliases,
                                  report.waiting)
        local = read_local(self.store, self.library.paths.originals, keys, aliases)
        merged = state.highlight_views()
        report.kept = _kept(before, merged, place)
        with self.store.transaction() as conn:
            if data_version(conn) != version:
                return None
            writer = Writer(conn, local)
            writer.documents(merged_docs)
            writer.labels(state.label_views())
            writer.highlights(merged)
            writer.bookmarks(state.bookmark_views())
            note_pending(conn, writer.out.changes)  # each import noted its own
            _set(conn, BASE_SETTING, base64.b64encode(state.encode()).decode())
            _set(conn, KEYS_SETTING, json.dumps(keys))
            _set(conn, ALIASES_SETTING, json.dumps(aliases))
            if report.local_edits:
                _set(conn, UNPUBLISHED_SETTING, "1")
        report.applied = writer.out
        self._state = state
        return writer.out.changes.merge(imported)

    def _merge_folder(self, state: crdt.LibraryDoc, place: SyncFolder,
                      report: SyncReport) -> None:
        names = {d.id: d.name for d in place.devices()}
        self._folder_updates = []
        with state.transaction():
            for update in place.read(report.skipped):
                try:
                    state.apply(update.payload, update.name)
                except SyncError as exc:
                    report.skipped.append(said("{what}; skipped", what=message_of(exc)))
                    continue
                self._folder_updates.append(update.payload)
                if update.device != place.device.id:
                    name = names.get(update.device, update.device)
                    report.files_read[name] = report.files_read.get(name, 0) + 1

    def _publish(self, place: SyncFolder, report: SyncReport) -> None:
        """Step 5: what the folder lacks, as our next file; then compaction."""
        if self.library.setting(UNPUBLISHED_SETTING) == "1":
            payload = self._state.update_since(crdt.state_vector(self._folder_updates))
            report.written = place.write_update(payload).name
            self.library.set_setting(UNPUBLISHED_SETTING, "")
        report.compacted = place.compact(crdt.merged)

    def _unchanged(self, place: SyncFolder) -> bool:
        """Nothing edited here and no file changed there since the last run: a sync
        every few minutes costs a read of the library, not a merge (20,000 highlights:
        4 s the whole way)."""
        seen = self.library.setting(SEEN_SETTING)
        return bool(seen) and self.library.setting(UNPUBLISHED_SETTING) != "1" \
            and seen == self._fingerprint(place.listing())

    def _note_seen(self, place: SyncFolder, listing: list[tuple[str, int, int]]) -> None:
        """What this run saw, unless another device wrote meanwhile (then the next run
        must merge whatever came)."""
        now = place.listing()
        foreign = [e for e in now if e not in listing and not e[0].startswith(place.own.name)]
        self.library.set_setting(SEEN_SETTING, "" if foreign else self._fingerprint(now))

    def _fingerprint(self, listing: list[tuple[str, int, int]]) -> str:
        keys, aliases = load_keys(self.store), load_keys(self.store, ALIASES_SETTING)
        local = read_local(self.store, self.library.paths.originals, keys, aliases)
        views = {d.id: (d.key, d.view) for d in local.documents.values()}
        text = json.dumps([views, local.highlights, local.labels, local.bookmarks, listing],
                          sort_keys=True, default=str)
        return hashlib.sha256(text.encode()).hexdigest()

    def _base(self) -> bytes:
        raw = self.library.setting(BASE_SETTING) or ""
        try:
            return base64.b64decode(raw, validate=True) if raw else b""
        except ValueError as exc:
            raise SyncError(said("{path}: the saved sync state is damaged ({setting})",
                                 path=self.store.path, setting=BASE_SETTING)) from exc

    def _remember(self, folder: Path, report: SyncReport) -> None:
        self.library.set_setting(FOLDER_SETTING, str(folder))
        self.library.set_setting(LAST_SETTING, json.dumps(
            {"at": now_iso(), "files_read": report.files_read,
             "changes": report.applied.created + report.applied.updated
             + report.applied.deleted + len(report.applied.changes.documents)}))


def _kept(before: dict[str, crdt.View], merged: dict[str, crdt.View],
          place: SyncFolder) -> list[str]:
    """Highlights one device deleted while another edited them: the edit wins. Each
    line names the other device when the entries say who wrote (older ones do not)."""
    names = {d.id: d.name for d in place.devices()}
    me = place.device.id
    lines: list[str] = []
    for hid, view in merged.items():
        old = before.get(hid)
        if not (view["alive"] and view["deleted"] is not None and old is not None
                and (not old["alive"] or old["deleted"] != view["deleted"])):
            continue
        deleter, editor = view.get("deleted_by") or "", view.get("by") or ""
        if deleter == me and editor and editor != me:
            lines.append(said("highlight {hid}: deleted here and edited on {device}; the "
                              "edited highlight is kept", hid=hid,
                              device=names.get(editor, editor)))
        elif editor == me and deleter and deleter != me:
            lines.append(said("highlight {hid}: deleted on {device} and edited here; the "
                              "edited highlight is kept", hid=hid,
                              device=names.get(deleter, deleter)))
        else:
            lines.append(said("highlight {hid}: deleted on one device and edited on "
                              "another; the edited highlight is kept", hid=hid))
    return lines


def _set(conn: sqlite3.Connection, key: str, value: str) -> None:
    """A setting written inside the sync's own transaction (Library.set_setting opens
    one of its own)."""
    conn.execute("INSERT INTO settings(key, value) VALUES (?, ?) "
                 "ON CONFLICT(key) DO UPDATE SET value=excluded.value", (key, value))


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    """One sync of a library at a time (the window's timer and a command)."""
    import fcntl

    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            raise SyncError(said("{folder}: another sync of this library is running; try "
                                 "again when it ends", folder=path.parent)) from exc
        yield
    finally:
        os.close(fd)


def status(library: Library, folder: Path | None) -> dict[str, object]:
    """The folder, this device, the last sync and the devices seen there."""
    device = Device.of(library)
    remembered = library.setting(FOLDER_SETTING)
    chosen = folder or (Path(remembered) if remembered else None)
    last = json.loads(library.setting(LAST_SETTING) or "null")
    devices = []
    if chosen is not None:
        devices = [{"device": d.id, "name": d.name, "files": d.files, "bytes": d.size,
                    "this": d.id == device.id}
                   for d in SyncFolder(chosen, device).devices()]
    return {"folder": str(chosen) if chosen else None, "device": device.id,
            "name": device.name, "last": last,
            "unpublished": library.setting(UNPUBLISHED_SETTING) == "1",
            "devices": devices}
