"""The whole-library backup: one zip that rebuilds the library on another laptop.

It holds every document's originals (every version, oldest first), the annotations
in the W3C JSON the JSON backup writes, the colour labels and a manifest with
titles, sources and hashes. Restoring re-creates missing documents from their
originals (each whole, in one transaction), then merges the annotations by id
(:mod:`reader.restore`), so a restore killed half-way and run again ends where an
uninterrupted one would. The trash is not backed up. Opening an archive and checking
it whole (its format, its member names, each original's hash) is
:mod:`reader.archive_reading`.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import zipfile
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from reader import __version__
from reader.annotations import Annotations
from reader.archive_reading import ANNOTATIONS, FORMAT, MANIFEST, VERSION, Backup, record_versions
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
from reader.library import Library
from reader.paths import DataPaths
from reader.progress import Progress
from reader.restore import RestoreReport, find_document, restore
from reader.versions import read_whole_page

log = logging.getLogger(__name__)


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
    versions = record_versions(record)
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
