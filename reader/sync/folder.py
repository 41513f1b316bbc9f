"""The sync folder on disk: one folder per device, written by that device only.

``FOLDER/marginalia/<device-id>/`` holds ``format.json`` and numbered update files
(``updates-000001.bin``; a ``snapshot-N.bin`` folds every file before N), each written
whole to a temporary name then renamed, so a sync tool (or a reader on another
device) never sees half a file. ``FOLDER/marginalia/originals/<sha256>`` holds the
imported files by content: the same bytes whoever writes them. Never the SQLite
file: its journal does not survive being synced. Anything unreadable is skipped with
one line naming it, and the rest is still read.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import struct
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reader.errors import SyncError, describe_os_error, message_of, said
from reader.paths import atomic_write_bytes
from reader.sync.device import Device

log = logging.getLogger(__name__)

FORMAT = 1
MAGIC = b"MARGINALIA-SYNC\x01"
HEADER = struct.Struct(">Q32s")  # payload length, its sha256
FILE_NAME = re.compile(r"^(updates|snapshot)-(\d{6,})\.bin$")
DEVICE_NAME = re.compile(r"^[0-9a-f]{16}$")
COMPACT_AFTER = 8  # a device's files beyond this are folded into one snapshot


@dataclass(frozen=True)
class Update:
    device: str
    name: str
    payload: bytes


@dataclass(frozen=True)
class DeviceFolder:
    id: str
    name: str
    files: int
    size: int


def encode(payload: bytes) -> bytes:
    return MAGIC + HEADER.pack(len(payload), hashlib.sha256(payload).digest()) + payload


def decode(data: bytes, name: str) -> bytes:
    """The payload of an update file; a truncated or altered one is refused."""
    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + HEADER.size:
        raise SyncError(said("{name}: not a Marginalia update file", name=name))
    length, digest = HEADER.unpack_from(data, len(MAGIC))
    payload = data[len(MAGIC) + HEADER.size:]
    if len(payload) != length:
        raise SyncError(said("{name}: truncated ({got} of {length} bytes)", name=name,
                             got=len(payload), length=length))
    if hashlib.sha256(payload).digest() != digest:
        raise SyncError(said("{name}: damaged (checksum differs)", name=name))
    return payload


def _number(path: Path) -> int:
    match = FILE_NAME.match(path.name)
    return int(match.group(2)) if match else -1


class SyncFolder:
    """The folder as this device sees it: its own files to write, all to read."""

    def __init__(self, folder: Path, device: Device) -> None:
        self.folder = folder
        self.root = folder / "marginalia"
        self.own = self.root / device.id
        self.originals = self.root / "originals"
        self.device = device

    def open(self) -> None:
        """Create our folders and format file; SyncError when the folder is unusable."""
        if not self.folder.is_dir():
            raise SyncError(said("{folder}: no such folder (create it, or point a sync tool "
                                 "at it first)", folder=self.folder))
        try:
            self.own.mkdir(parents=True, exist_ok=True)
            self.originals.mkdir(exist_ok=True)
            meta = {"format": FORMAT, "device": self.device.id, "name": self.device.name}
            target = self.own / "format.json"
            if not target.is_file() or _read_json(target) != meta:
                atomic_write_bytes(target, json.dumps(meta).encode())
            for stale in self.own.glob(".*.tmp"):  # a killed run's; we hold the lock
                stale.unlink(missing_ok=True)
        except OSError as exc:
            raise SyncError(said("{folder}: cannot be used as a sync folder ({why})",
                                 folder=self.folder, why=describe_os_error(exc))) from exc

    # -- reading -----------------------------------------------------------------------------
    def read(self, skipped: list[str]) -> list[Update]:
        """Every device's updates, ours included (applying one twice changes nothing)."""
        updates: list[Update] = []
        for entry in sorted(self.root.iterdir()):
            if entry.name.startswith(".") or entry.name == "originals":
                continue
            if not entry.is_dir() or not DEVICE_NAME.match(entry.name):
                skipped.append(said("{path}: not a Marginalia device folder; skipped", path=entry))
                continue
            updates += self._read_device(entry, skipped)
        return updates

    def _read_device(self, folder: Path, skipped: list[str]) -> list[Update]:
        meta = _read_json(folder / "format.json") if (folder / "format.json").exists() else {}
        if meta is None:
            skipped.append(said("{path}: unreadable; device skipped",
                                path=folder / "format.json"))
            return []
        version = meta.get("format", FORMAT)
        if not isinstance(version, int) or version > FORMAT:
            skipped.append(said("{path}: written by a newer Marginalia (format {version}); "
                                "skipped until this one is upgraded", path=folder,
                                version=version))
            return []
        updates = []
        for path in sorted(folder.iterdir(), key=lambda p: (_number(p), p.name)):
            if path.name.startswith(".") or path.name == "format.json":
                continue
            if not FILE_NAME.match(path.name):
                skipped.append(said("{path}: not a Marginalia update file; skipped", path=path))
                continue
            try:
                payload = decode(path.read_bytes(), str(path))
            except SyncError as exc:
                skipped.append(said("{what}; skipped", what=message_of(exc)))
                continue
            except OSError as exc:
                skipped.append(said("{path}: {why}; skipped", path=path,
                                    why=describe_os_error(exc)))
                continue
            updates.append(Update(folder.name, str(path), payload))
        return updates

    def listing(self) -> list[tuple[str, int, int]]:
        """Every file in the folder (name, size, modification time): what tells a run
        that nothing arrived since the last."""
        found: list[tuple[str, int, int]] = []
        for folder in [self.root, *sorted(p for p in self.root.iterdir() if p.is_dir())]:
            for path in sorted(folder.iterdir()):
                if path.name.startswith(".") or path.is_dir():
                    continue
                try:
                    stat = path.stat()
                except OSError:  # removed meanwhile (another device compacting)
                    continue
                found.append((str(path.relative_to(self.root)), stat.st_size,
                              stat.st_mtime_ns))
        return found

    def devices(self) -> list[DeviceFolder]:
        found: list[DeviceFolder] = []
        if not self.root.is_dir():
            return found
        for entry in sorted(self.root.iterdir()):
            if not entry.is_dir() or not DEVICE_NAME.match(entry.name):
                continue
            meta = _read_json(entry / "format.json") or {}
            files = [p for p in entry.iterdir() if FILE_NAME.match(p.name)]
            found.append(DeviceFolder(entry.name, str(meta.get("name", "?")), len(files),
                                      sum(p.stat().st_size for p in files)))
        return found

    # -- writing -----------------------------------------------------------------------------
    def _own_files(self) -> list[Path]:
        return sorted((p for p in self.own.iterdir() if FILE_NAME.match(p.name)), key=_number)

    def write_update(self, payload: bytes, kind: str = "updates") -> Path:
        files = self._own_files()
        target = self.own / f"{kind}-{(_number(files[-1]) if files else 0) + 1:06d}.bin"
        try:
            atomic_write_bytes(target, encode(payload))
        except OSError as exc:
            raise SyncError(said("{target}: cannot be written ({why})", target=target,
                                 why=describe_os_error(exc))) from exc
        return target

    def compact(self, fold: Callable[[list[bytes]], bytes]) -> bool:
        """Fold our files into one snapshot once there are many. The snapshot holds the
        same operations, so a device that has not read the old files loses nothing;
        a run killed between the two steps leaves both, which reads the same."""
        files = self._own_files()
        if len(files) <= COMPACT_AFTER:
            return False
        payloads = [decode(p.read_bytes(), str(p)) for p in files]
        snapshot = self.write_update(fold(payloads), "snapshot")
        for path in files:
            path.unlink(missing_ok=True)
        log.info("sync: %d files folded into %s", len(files), snapshot.name)
        return True

    def original(self, sha: str) -> bytes | None:
        path = self.originals / sha
        try:
            data = path.read_bytes()
        except OSError:
            return None
        return data if hashlib.sha256(data).hexdigest() == sha else None  # half-synced

    def put_original(self, sha: str, source: Path) -> None:
        target = self.originals / sha
        if target.is_file() and target.stat().st_size == source.stat().st_size:
            return
        try:
            atomic_write_bytes(target, source.read_bytes())
        except OSError as exc:
            raise SyncError(said("{target}: cannot be written ({why})", target=target,
                                 why=describe_os_error(exc))) from exc


def _read_json(path: Path) -> dict[str, object] | None:
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return value if isinstance(value, dict) else None

