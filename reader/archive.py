"""The whole-library backup: one zip that rebuilds the library on another laptop.

It holds every document's originals (every version, oldest first), the annotations
in the W3C JSON the JSON backup writes, the colour labels and a manifest with
titles, sources and hashes. Restoring re-creates missing documents from their
originals (each whole, in one transaction), then merges the annotations by id
(:mod:`reader.restore`), so a restore killed half-way and run again ends where an
uninterrupted one would. The trash is not backed up.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import stat
import zipfile
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from reader import __version__
from reader.annotations import Annotations
from reader.changes import Changes
from reader.errors import (
    Cancelled,
    InvalidInput,
    MarginaliaError,
    describe_os_error,
    message_of,
    reason_after,
    said,
)
from reader.export import Exporter
from reader.formats import SUPPORTED_EXTENSIONS
from reader.library import Library
from reader.paths import DataPaths
from reader.progress import Progress
from reader.restore import RestoreReport, find_document, restore
from reader.versions import read_whole_page

log = logging.getLogger(__name__)

FORMAT = "marginalia-library-backup"
VERSION = 1
MANIFEST = "manifest.json"
ANNOTATIONS = "annotations.json"
MAX_MEMBER = 64 * 1024 * 1024  # an original over 50 MB was never imported
_ORIGINAL = re.compile(r"originals/([0-9a-f]{64})(\.[a-z0-9]{1,10})")


def default_name(today: str | None = None) -> str:
    """The one default file name of a library backup."""
    day = today or datetime.now(timezone.utc).date().isoformat()
    return f"marginalia-backup-{day}.zip"


def write_backup(library: Library, annotations: Annotations, paths: DataPaths, out: Path,
                 progress: Progress | None = None) -> tuple[Path, int]:
    """Write the archive atomically (a Stop or a failure leaves no half file, and an
    older backup of the same name intact); (path, documents written)."""
    target = out / default_name() if out.is_dir() else out
    _check_target(target)
    docs = _documents(library, paths)
    _check_room(target.parent, sum(_original(paths, v).stat().st_size
                                   for d in docs for v in d["versions"]), target)
    partial = target.with_name(f".{target.name}.partial")
    try:
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as zf:
            written: set[str] = set()
            for i, doc in enumerate(docs, 1):
                if progress:
                    progress(i, len(docs), doc["title"])
                for version in doc["versions"]:
                    if version["original"] not in written:  # versions may share bytes
                        zf.write(_original(paths, version), version["original"])
                        written.add(version["original"])
            exporter = Exporter(library, annotations, paths)
            zf.writestr(ANNOTATIONS, json.dumps(exporter.backup(None), ensure_ascii=False))
            zf.writestr(MANIFEST, json.dumps(_manifest(docs, annotations), ensure_ascii=False,
                                             indent=1))
        with open(partial, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise InvalidInput(said("{target}: cannot write the backup ({why})", target=target,
                                why=describe_os_error(exc))) \
            from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target, len(docs)


def _check_target(target: Path) -> None:
    if target.exists() and not target.is_file():
        raise InvalidInput(said("{target}: not a regular file", target=target))
    if target.is_file() and target.stat().st_size and not _is_backup(target):
        raise InvalidInput(said("{target}: exists and is not a Marginalia backup; not replaced",
                                target=target))
    if not target.parent.is_dir():
        raise InvalidInput(said("{parent}: no such folder", parent=target.parent))


def _is_backup(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as zf:
            return MANIFEST in zf.namelist()
    except (OSError, zipfile.BadZipFile):
        return False


def _check_room(folder: Path, needed: int, what: Path) -> None:
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return
    if needed and needed + 1024 * 1024 > free:  # nothing to write needs no room
        raise InvalidInput(said("{what}: needs {needed} MB, only {free} MB free; nothing was "
                                "written", what=what, needed=f"{needed / 1e6:.1f}",
                                free=f"{free / 1e6:.1f}"))


def _original(paths: DataPaths, version: dict[str, Any]) -> Path:
    return paths.originals / version["original"].removeprefix("originals/")


def _documents(library: Library, paths: DataPaths) -> list[dict[str, Any]]:
    """The manifest's documents (those on the shelves), refusing a library whose
    originals are gone: a backup without them would not restore."""
    docs: dict[str, dict[str, Any]] = {}
    rows = library.store.query(
        "SELECT d.id, d.source_name, d.source_path AS doc_path, d.added_at, d.last_read_at, "
        "d.reading_position, d.title AS own_title, d.authors AS own_authors, "
        "coalesce(d.title, c.title) AS shown_title, v.title, v.authors, v.languages, "
        "v.description, v.original_sha256, v.original_ext, v.text_sha256, "
        "v.source_path, v.options FROM documents d JOIN versions c ON c.id = d.current_version "
        "JOIN versions v ON v.document_id = d.id WHERE d.removed_at IS NULL "
        "ORDER BY d.added_at, d.rowid, v.seq")
    for r in rows:
        doc = docs.setdefault(r["id"], {
            "id": r["id"], "title": r["shown_title"], "source_name": r["source_name"],
            "source_path": r["doc_path"], "added_at": r["added_at"],
            "last_read_at": r["last_read_at"], "reading_position": r["reading_position"],
            "own_title": r["own_title"], "own_authors": r["own_authors"], "versions": []})
        doc["versions"].append({
            "original": f"originals/{r['original_sha256']}{r['original_ext']}",
            "sha256": r["original_sha256"], "text_sha256": r["text_sha256"],
            "source_path": r["source_path"], "title": r["title"],
            "authors": json.loads(r["authors"]), "languages": json.loads(r["languages"]),
            "description": r["description"], "whole_page": read_whole_page(r["options"])})
    missing = [v["original"] for d in docs.values() for v in d["versions"]
               if not _original(paths, v).is_file()]
    if missing:
        raise InvalidInput(said("{originals}: {count} originals are missing (e.g. {missing}); "
                                "run 'marginalia check'", originals=paths.originals,
                                count=len(missing), missing=missing[0]))
    return list(docs.values())


def _manifest(docs: list[dict[str, Any]], annotations: Annotations) -> dict[str, Any]:
    return {"format": FORMAT, "version": VERSION, "generator": f"Marginalia {__version__}",
            "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "color_labels": {c: label for c, label in annotations.color_labels().items()
                             if label != c},
            "documents": docs}


# -- reading --------------------------------------------------------------------------------
class Backup:
    """An opened archive, checked as a whole before anything is restored from it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.zip = _open_zip(path)
        try:
            self.manifest = self._read_manifest()
            self._check_members()
        except BaseException:
            self.zip.close()
            raise

    def close(self) -> None:
        self.zip.close()

    def _read_manifest(self) -> dict[str, Any]:
        try:
            data = json.loads(self.zip.read(MANIFEST).decode("utf-8"))
        except KeyError as exc:
            raise InvalidInput(said("{path}: not a Marginalia backup (no manifest)",
                                    path=self.path)) from exc
        except (ValueError, zipfile.BadZipFile, OSError, EOFError) as exc:
            raise InvalidInput(said("{path}: damaged backup (manifest unreadable: {exc})",
                                    path=self.path, exc=exc)) from exc
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise InvalidInput(said("{path}: not a Marginalia library backup", path=self.path))
        version = data.get("version")
        if not isinstance(version, int) or isinstance(version, bool):
            raise InvalidInput(said("{path}: the manifest has no format version", path=self.path))
        if version > VERSION:
            raise InvalidInput(said("{path}: made by a newer Marginalia (backup format "
                                    "{version}; this one reads {reads}); please upgrade",
                                    path=self.path, version=version, reads=VERSION))
        if not isinstance(data.get("documents"), list):
            raise InvalidInput(said("{path}: the manifest lists no documents", path=self.path))
        return data

    def _check_members(self) -> None:
        """Only the names we write: a path leaving the library (``../``, absolute,
        links) or an oversize member refuses the whole file before anything is read."""
        for info in self.zip.infolist():
            name = info.filename
            if name in (MANIFEST, ANNOTATIONS) or name == "originals/":
                continue
            if not _ORIGINAL.fullmatch(name):
                raise InvalidInput(said("{path}: holds {name}, a path outside what a backup "
                                        "holds; refused", path=self.path, name=repr(name[:80])))
            if stat.S_ISLNK(info.external_attr >> 16):
                raise InvalidInput(said("{path}: holds a symbolic link ({name}); refused",
                                        path=self.path, name=name))
            if info.file_size > MAX_MEMBER:
                raise InvalidInput(said("{path}: {name} is too large for an original",
                                        path=self.path, name=name))

    def originals_size(self, library: Library) -> int:
        """What restoring would write: the originals of the documents this library
        lacks (a backup restored into the library it came from needs no room)."""
        sizes = {i.filename: i.file_size for i in self.zip.infolist()}
        needed = 0
        for record in self.manifest["documents"]:
            try:
                versions = _versions(dict(record) if isinstance(record, dict) else record)
            except InvalidInput:
                continue  # refused on its own when restored
            current = versions[-1]
            if not find_document(library, f"urn:sha256:{current['sha256']}",
                                 current["text_sha256"]):
                needed += sum(sizes.get(v["original"], 0) for v in versions)
        return needed

    def read_original(self, name: str, sha: str) -> bytes:
        """An original's bytes, refused when missing or not what the manifest says."""
        if not isinstance(name, str) or not _ORIGINAL.fullmatch(name):
            raise InvalidInput(said("names an original outside the backup ({name})",
                                    name=str(name)[:60]))
        try:
            data = self.zip.read(name)
        except KeyError as exc:
            raise InvalidInput(said("its original {name} is missing from the backup",
                                    name=name)) from exc
        except (zipfile.BadZipFile, OSError, EOFError) as exc:
            raise InvalidInput(said("its original {name} is damaged ({exc})", name=name,
                                    exc=exc)) from exc
        if hashlib.sha256(data).hexdigest() != sha:
            raise InvalidInput(said("its original {name} does not match its hash (damaged)",
                                    name=name))
        return data

    def annotation_items(self) -> list[Any]:
        from reader.backup import collection_items

        try:
            raw = self.zip.read(ANNOTATIONS)
        except KeyError:
            return []
        except (zipfile.BadZipFile, OSError, EOFError) as exc:
            raise InvalidInput(said("{path}: damaged backup (annotations: {exc})",
                                    path=self.path, exc=exc)) from exc
        return collection_items(_json(raw, self.path), self.path)


def _open_zip(path: Path) -> zipfile.ZipFile:
    try:
        info = path.stat()
    except FileNotFoundError as exc:
        raise InvalidInput(said("{path}: no such file", path=path)) from exc
    except OSError as exc:
        raise InvalidInput(said("{path}: cannot read ({why})", path=path,
                                why=describe_os_error(exc))) from exc
    if not stat.S_ISREG(info.st_mode):
        raise InvalidInput(said("{path}: not a regular file", path=path))
    try:
        return zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise InvalidInput(said("{path}: not a Marginalia backup (not a zip file, or truncated)",
                                path=path)) from exc
    except OSError as exc:
        raise InvalidInput(said("{path}: cannot read ({why})", path=path,
                                why=describe_os_error(exc))) from exc


def _json(raw: bytes, path: Path) -> Any:
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise InvalidInput(said("{path}: damaged backup (annotations are not JSON)",
                                path=path)) from exc


def is_archive(path: Path) -> bool:
    """A zip (ours or not) rather than a JSON backup: decided by its first bytes."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):  # a FIFO would block the read
            return False
        with open(path, "rb") as fh:
            return fh.read(4) == b"PK\x03\x04"
    except OSError:
        return False


# -- restoring ------------------------------------------------------------------------------
def restore_backup(library: Library, annotations: Annotations, backup: Backup,
                   progress: Progress | None = None) -> tuple[RestoreReport, Changes]:
    """Documents first (missing ones re-created whole), then labels, then annotations."""
    _check_room(library.paths.root, backup.originals_size(library), backup.path)
    report, changes = RestoreReport(), Changes()
    docs = backup.manifest["documents"]
    for i, record in enumerate(docs, 1):
        label = _doc_label(record, i)
        try:
            if progress:
                progress(i, len(docs), label)
            changes.merge(_restore_document(library, backup, record, report))
        except Cancelled:
            report.stopped = said("stopped by the reader before {item}", item=label)
            return report, changes
        except InvalidInput as exc:
            report.refused.append((label, reason_after(exc, label)))
        except MarginaliaError as exc:
            report.stopped = said("{error} (stopped at {item})", error=message_of(exc), item=label)
            return report, changes
    _restore_labels(annotations, backup.manifest.get("color_labels"), changes)
    _, more = restore(library, annotations, backup.annotation_items(), progress, report)
    return report, changes.merge(more)


def _doc_label(record: Any, number: int) -> str:
    title = record.get("title") if isinstance(record, dict) else None
    return said("document {title}", title=title[:80]) if isinstance(title, str) and title \
        else said("document {number}", number=number)


def _restore_document(library: Library, backup: Backup, record: Any,
                      report: RestoreReport) -> Changes:
    versions = _versions(record)
    current = versions[-1]
    if find_document(library, f"urn:sha256:{current['sha256']}", current["text_sha256"]):
        report.documents_present += 1
        return Changes()
    loaded = [(Path(v["original"]).name, backup.read_original(v["original"], v["sha256"]),
               {"title": v["title"], "authors": v["authors"], "languages": v["languages"],
                "description": v["description"], "whole_page": v.get("whole_page") is True},
               v["source_path"] or record["source_path"]
               or f"restored:{record['source_name']}") for v in versions]
    loaded[-1] = (record["source_name"], *loaded[-1][1:])
    changes = library.add_restored(record, loaded)
    report.documents_created += 1
    return changes


def _versions(record: Any) -> list[dict[str, Any]]:
    """The record's versions, every field of the type we wrote, or InvalidInput; the
    record's optional fields of another type are dropped, never stored as junk."""
    if not isinstance(record, dict):
        raise InvalidInput(said("not a document record"))
    for key in ("source_name", "added_at"):
        if not isinstance(record.get(key), str) or not record[key]:
            raise InvalidInput(said("the record has no {key}", key=key))
    for key in ("source_path", "last_read_at", "own_title", "own_authors"):
        if not isinstance(record.get(key), str):
            record[key] = None
    position = record.get("reading_position")
    if not isinstance(position, int) or isinstance(position, bool) or position < 0:
        record["reading_position"] = 0
    versions = record.get("versions")
    if not isinstance(versions, list) or not versions:
        raise InvalidInput(said("the record lists no versions"))
    for v in versions:
        if not isinstance(v, dict) or not all(isinstance(v.get(k), str) for k in (
                "original", "sha256", "text_sha256", "title")):
            raise InvalidInput(said("a version record is incomplete"))
        if Path(v["original"]).suffix not in SUPPORTED_EXTENSIONS:
            raise InvalidInput(said("{original}: not a kind of file Marginalia imports",
                                    original=v['original'][:60]))
        for key in ("authors", "languages"):
            if not isinstance(v.get(key), list):
                v[key] = []
        v.setdefault("description", "")
    return versions


def _restore_labels(annotations: Annotations, labels: Any, changes: Changes) -> None:
    """The backup's colour names where this library has none of its own."""
    if not isinstance(labels, dict):
        return
    mine = annotations.color_labels()
    for color, label in labels.items():
        if isinstance(label, str) and mine.get(color) == color:
            try:
                changes.merge(annotations.set_color_label(color, label))
            except InvalidInput as exc:
                log.info("colour label %r not restored: %s", color, exc)
