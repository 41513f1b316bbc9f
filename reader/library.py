"""Library operations on documents: import, list, open, resolve (docs/ARCHITECTURE.md, storage).

Each write is one transaction and returns :class:`Changes` (or a report carrying
them) so the index and the window can follow without the core knowing them.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from reader.changes import Changes
from reader.errors import (
    Ambiguous,
    Cancelled,
    ImportRefused,
    MarginaliaError,
    NeedsPassword,
    NotFound,
    StoreError,
    describe_os_error,
    reason_after,
    said,
)
from reader.model import Document, DocumentSummary, ImportOutcome, ImportReport
from reader.paths import DataPaths, atomic_write_bytes
from reader.progress import Progress
from reader.quote_match import clip
from reader.store import Store, now_iso
from reader.text import DocumentText, OutlineEntry, blocks_from_json, marks_from_json, sha256_text
from reader.versions import apply_metadata, insert_version, read_whole_page

if TYPE_CHECKING:  # the importers (and hashing) load when something is imported (issue 14)
    from reader.importers import ParsedDocument

log = logging.getLogger(__name__)

# Called inside the transaction that adds a new version, so annotations follow it.
VersionHook = Callable[[sqlite3.Connection, str, int, int], Changes]


class Library:
    def __init__(self, store: Store, paths: DataPaths) -> None:
        self.store = store
        self.paths = paths
        self.version_hooks: list[VersionHook] = []

    # -- import -------------------------------------------------------------
    def import_paths(self, targets: Iterable[str | os.PathLike[str]],
                     progress: Progress | None = None, password: str | None = None,
                     whole_page: bool | None = None) -> tuple[ImportReport, Changes]:
        """Import files and folders; refusals are reported, never raised.

        A file that fails for a reason of its own is refused and the batch goes on; a
        failure of the library itself (disk full, read-only, busy) ends the batch,
        counting the files left in ``cancelled``: each would fail the same way.
        ``password`` opens encrypted PDFs of this batch; it is never stored, so a file
        that needs one is listed in ``needs_password`` for the caller to ask and retry.
        ``whole_page``: web pages whole, not as articles (None: as each document reads).
        """
        from reader.files import display_name, expand_targets

        report = ImportReport()
        files = expand_targets(targets, report)
        changes = Changes()
        for i, path in enumerate(files, 1):
            if progress:
                try:
                    progress(i, len(files), display_name(str(path)))
                except Cancelled:  # between two files: each import is whole or absent
                    report.cancelled = len(files) - i + 1
                    break
            try:
                outcome, changed = self._import_file(path, password, whole_page)
            except ImportRefused as exc:
                log.info("refused %s: %s", exc.path, exc.reason)
                report.refused.append((exc.path, exc.reason))
                if isinstance(exc, NeedsPassword):
                    report.needs_password.append((str(path), exc.reason))
                continue
            except MarginaliaError as exc:
                shown = display_name(str(path))
                report.refused.append((shown, reason_after(exc, shown)))
                report.cancelled = len(files) - i
                break
            report.outcomes.append(outcome)
            changes.merge(changed)
        return report, changes

    def _import_file(self, path: Path, password: str | None,
                     whole_page: bool | None = None) -> tuple[ImportOutcome, Changes]:
        """One file of a batch; anything unforeseen is this file's refusal, so the
        rest of the batch still imports."""
        from reader.files import display_name, read_limited, source_path_of

        shown = display_name(str(path))
        data = read_limited(path, shown)
        try:
            return self.import_bytes(display_name(path.name), data, shown_as=shown,
                                     source_path=source_path_of(path), password=password,
                                     whole_page=whole_page)
        except MarginaliaError:
            raise
        except (ValueError, LookupError, RecursionError, MemoryError) as exc:
            log.info("importing %s failed", shown, exc_info=True)  # details with -v
            raise ImportRefused(shown, said("could not be read as a document ({error})",
                                            error=type(exc).__name__)) from exc

    def import_bytes(self, name: str, data: bytes, shown_as: str | None = None,
                     metadata: dict[str, object] | None = None,
                     source_path: str | None = None, password: str | None = None,
                     whole_page: bool | None = None) -> tuple[ImportOutcome, Changes]:
        """Import one file's bytes, named ``name``, from ``source_path``; a web page as
        its article, or whole (``whole_page``; None: as its document reads it now).

        A document is its source path plus its content: the same path with a new text
        is a new version of it, another path with the same name another document, and
        the same content from anywhere the document already held (brought back from the
        trash if it was there).
        """
        import hashlib

        from reader.importers import parse_bytes

        shown = shown_as or name
        source_path = source_path or name
        try:
            if whole_page is None:
                whole_page = self._reads_whole_page(source_path)
            parsed = parse_bytes(name, data, password=password, whole_page=whole_page)
        except ImportRefused as exc:  # named as the reader gave it; a password still asked
            raise type(exc)(shown, exc.reason) from exc
        if metadata:
            parsed = apply_metadata(parsed, metadata)
        original_sha = hashlib.sha256(data).hexdigest()
        text_sha = sha256_text(parsed.body.text)
        existing = self._find_same_content(original_sha, text_sha)
        if existing:
            return self._same_content(shown, source_path, *existing)
        ext = Path(name).suffix.lower()
        kept = self.keep_original(original_sha, ext, data, shown)
        try:
            return self._add_version(name, source_path, shown, parsed,
                                     (original_sha, text_sha, ext))
        except BaseException:  # not stored after all: no original without its document
            if kept is not None:
                self.drop_unreferenced(kept, original_sha)
            raise

    def _reads_whole_page(self, source_path: str) -> bool:
        rows = self.store.query(
            "SELECT v.options FROM documents d JOIN versions v ON v.id = d.current_version "
            "WHERE d.source_path=? AND d.removed_at IS NULL ORDER BY d.added_at LIMIT 1",
            (source_path,))
        return bool(rows) and read_whole_page(rows[0][0])

    def _add_version(self, name: str, source_path: str, shown: str, parsed: ParsedDocument,
                     hashes: tuple[str, str, str]) -> tuple[ImportOutcome, Changes]:
        """Record ``parsed`` as a new document, or a new version of the one imported
        from ``source_path`` (never of one that merely shares the file name)."""
        import secrets

        with self.store.transaction() as conn:
            row = conn.execute(
                "SELECT id, current_version, coalesce(title, '') AS own_title FROM documents "
                "WHERE source_path=? AND removed_at IS NULL ORDER BY added_at LIMIT 1",
                (source_path,)).fetchone()
            if row is None:
                doc_id = secrets.token_hex(8)
                conn.execute("INSERT INTO documents(id, source_name, source_path, added_at) "
                             "VALUES (?,?,?,?)", (doc_id, name, source_path, now_iso()))
                status, old_version, title = "added", None, parsed.title
            else:
                doc_id, old_version, status = row["id"], row["current_version"], "new_version"
                title = row["own_title"] or parsed.title
            version_id = insert_version(conn, doc_id, parsed, source_path, hashes)
            conn.execute("UPDATE documents SET current_version=? WHERE id=?", (version_id, doc_id))
            changes = Changes(documents={doc_id})
            if old_version is not None:
                for hook in self.version_hooks:
                    changes.merge(hook(conn, doc_id, old_version, version_id))
        return ImportOutcome(shown, status, doc_id, title,
                             warnings=parsed.warnings), changes

    def add_restored(self, record: dict[str, object],
                     versions: list[tuple[str, bytes, dict[str, object], str]]) -> Changes:
        """Re-create a backup's document whole (:mod:`reader.restored_documents`)."""
        from reader.restored_documents import add_restored

        return add_restored(self, record, versions)

    def _find_same_content(self, original_sha: str,
                           text_sha: str) -> tuple[str, str, str, bool] | None:
        """(id, title, source, in the trash) of a document holding this content now."""
        rows = self.store.query(
            "SELECT d.id, coalesce(d.title, v.title) AS title, "
            "coalesce(d.source_path, d.source_name) AS source, d.removed_at "
            "FROM documents d JOIN versions v ON v.id = d.current_version "
            "WHERE v.original_sha256=? OR v.text_sha256=? ORDER BY d.removed_at IS NOT NULL "
            "LIMIT 1", (original_sha, text_sha))
        if not rows:
            return None
        r = rows[0]
        return r["id"], r["title"], r["source"], r["removed_at"] is not None

    def _same_content(self, shown: str, source_path: str, doc_id: str, title: str,
                      source: str, trashed: bool) -> tuple[ImportOutcome, Changes]:
        """Content the library holds already: nothing is duplicated; a document in the
        trash comes back, with its annotations, since the reader wants it again."""
        source = "" if source == source_path else source
        if not trashed:
            return ImportOutcome(shown, "unchanged", doc_id, title, source), Changes()
        from reader import documents  # the trash's own writes (it imports this module)

        with self.store.transaction() as conn:
            documents.write_trash(conn, doc_id, None)
            changes = documents.trash_changes(conn, doc_id, removed=False)
        return ImportOutcome(shown, "restored", doc_id, title, source), changes

    def keep_original(self, sha: str, ext: str, data: bytes, shown: str) -> Path | None:
        """Store the original's bytes; the new file, or None when it was already kept."""
        target = self.paths.originals / f"{sha}{ext}"
        try:
            if target.exists():
                return None
            self.paths.originals.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(target, data)
        except OSError as exc:
            raise StoreError(said("{path}: {reason}", path=shown, reason=said(
                "cannot keep a copy in {originals} ({why}); nothing was saved",
                originals=self.paths.originals, why=describe_os_error(exc)))) from exc
        return target

    def drop_unreferenced(self, original: Path, sha: str) -> None:
        """Remove an original this import wrote, unless another process's import of the
        same bytes committed meanwhile."""
        try:
            if not self.store.query("SELECT 1 FROM versions WHERE original_sha256=? LIMIT 1",
                                    (sha,)):
                original.unlink(missing_ok=True)
        except (MarginaliaError, OSError) as exc:
            log.warning("could not remove %s after a failed import: %s", original, exc)

    def missing_originals(self) -> list[str]:
        """Originals the library refers to that are not in ``originals/``: what every
        imported file, kept byte for byte, would need if the text had to be re-read."""
        rows = self.store.query("SELECT DISTINCT original_sha256, original_ext FROM versions")
        names = [f"{r['original_sha256']}{r['original_ext']}" for r in rows]
        return [name for name in names if not (self.paths.originals / name).is_file()]

    # -- reading --------------------------------------------------------------
    def list_documents(self) -> list[DocumentSummary]:
        """The documents on the shelves (not those in the trash)."""
        rows = self.store.query(_SUMMARY_SQL + " WHERE d.removed_at IS NULL "
                                "ORDER BY d.added_at, d.rowid")
        return [_summary(row) for row in rows]

    def recent(self, limit: int = 10) -> list[DocumentSummary]:
        """The documents last read, newest first (File → Open recent): those on the
        shelves only, so a removed one is not offered."""
        rows = self.store.query(_SUMMARY_SQL + " WHERE d.removed_at IS NULL AND "
                                "d.last_read_at IS NOT NULL "
                                "ORDER BY d.last_read_at DESC, d.rowid DESC LIMIT ?",
                                (max(0, int(limit)),))
        return [_summary(row) for row in rows]

    def text_hashes(self) -> dict[str, str]:
        """Every shelved document's current canonical-text hash: what the index is
        keyed on, read in one query (the index compares it on every sync)."""
        rows = self.store.query("SELECT d.id, v.text_sha256 FROM documents d JOIN versions v "
                                "ON v.id = d.current_version WHERE d.removed_at IS NULL")
        return {row[0]: row[1] for row in rows}

    def summary(self, doc_id: str) -> DocumentSummary:
        rows = self.store.query(_SUMMARY_SQL + " WHERE d.id=? AND d.removed_at IS NULL",
                                (doc_id,))
        if not rows:
            raise NotFound(said("{doc_id}: no such document", doc_id=doc_id))
        return _summary(rows[0])

    def get(self, doc_id: str) -> Document:
        """The current version of a document on the shelves; NotFound for one in the
        trash, so nothing (the index, an old link) reads it as present."""
        rows = self.store.query(
            "SELECT d.id, d.source_name, d.note, d.reading_position, d.removed_at, "
            "v.id AS version_id, coalesce(d.title, v.title) AS title, "
            "coalesce(d.authors, v.authors) AS authors, v.languages, v.description, "
            "v.text, v.blocks, v.marks, v.structure, v.options, v.encoding, v.original_sha256, "
            "v.text_sha256 "
            "FROM documents d JOIN versions v ON v.id = d.current_version WHERE d.id=?",
            (doc_id,))
        if not rows or rows[0]["removed_at"] is not None:
            raise NotFound(said("{doc_id}: no such document", doc_id=doc_id) if not rows
                           else said("{doc_id}: in the trash (marginalia trash --restore)",
                                     doc_id=doc_id))
        r = rows[0]
        structure = json.loads(r["structure"] or "{}")
        body = DocumentText(r["text"], blocks_from_json(r["blocks"]),
                            marks_from_json(r["marks"]),
                            tuple(structure.get("pages", ())),
                            tuple(OutlineEntry.from_list(e) for e in structure.get("outline", ())))
        return Document(r["id"], r["version_id"], r["title"], tuple(json.loads(r["authors"])),
                        tuple(json.loads(r["languages"])), r["source_name"], r["encoding"],
                        r["original_sha256"], r["text_sha256"], body, r["note"],
                        r["reading_position"], r["description"], read_whole_page(r["options"]))

    def original_path(self, doc_id: str) -> Path:
        """The file the current version was read from, as kept in ``originals/`` (the
        original view renders it); NotFound when the document or its file is gone."""
        rows = self.store.query(
            "SELECT v.original_sha256, v.original_ext FROM documents d "
            "JOIN versions v ON v.id = d.current_version WHERE d.id=?", (doc_id,))
        if not rows:
            raise NotFound(said("{doc_id}: no such document", doc_id=doc_id))
        path = self.paths.originals / f"{rows[0][0]}{rows[0][1]}"
        if not path.is_file():
            raise NotFound(said("{doc_id}: its original file is missing ({name})", doc_id=doc_id,
                                name=path.name))
        return path

    def current_version(self, doc_id: str) -> int:
        """The id of the document's current version; NotFound for no such document."""
        rows = self.store.query("SELECT current_version FROM documents WHERE id=?", (doc_id,))
        if not rows:
            raise NotFound(said("{doc_id}: no such document", doc_id=doc_id))
        return int(rows[0][0] or 0)

    def resolve(self, ref: str) -> str:
        """A document id from an id or an unambiguous, case-insensitive title prefix."""
        ref = ref.strip()
        if not ref:
            raise NotFound(said("empty document name"))
        if self.store.query("SELECT 1 FROM documents WHERE id=? AND removed_at IS NULL", (ref,)):
            return ref
        wanted = ref.casefold()
        matches = [d for d in self.list_documents() if d.title.casefold().startswith(wanted)
                   or d.id.startswith(ref)]
        if not matches:
            raise NotFound(said("{ref}: no document has this id or title", ref=ref))
        if len(matches) > 1:
            names = "; ".join(f"{d.id} {clip(d.title, 40)}" for d in matches[:5])
            more = f"; and {len(matches) - 5} more" if len(matches) > 5 else ""
            raise Ambiguous(said("{ref}: matches {count} documents ({names}{more})", ref=ref,
                                 count=len(matches), names=names, more=more))
        return matches[0].id

    def set_reading_position(self, doc_id: str, position: int) -> None:
        with self.store.transaction() as conn:
            conn.execute("UPDATE documents SET reading_position=?, last_read_at=? WHERE id=?",
                         (max(0, int(position)), now_iso(), doc_id))

    def setting(self, key: str, default: str | None = None) -> str | None:
        rows = self.store.query("SELECT value FROM settings WHERE key=?", (key,))
        return rows[0]["value"] if rows else default

    def set_setting(self, key: str, value: str) -> None:
        with self.store.transaction() as conn:
            conn.execute("INSERT INTO settings(key, value) VALUES (?, ?) "
                         "ON CONFLICT(key) DO UPDATE SET value=excluded.value", (key, value))

    def import_seeds(self, progress: Progress | None = None) -> tuple[ImportReport, Changes]:
        from reader.seeds import bundled_seeds

        report, changes = ImportReport(), Changes()
        seeds = bundled_seeds()
        for i, seed in enumerate(seeds, 1):
            if progress:
                progress(i, len(seeds), seed.file)
            outcome, changed = self.import_bytes(seed.file, seed.data, metadata=seed.metadata,
                                                 source_path=f"seed:{seed.file}")
            report.outcomes.append(outcome)
            changes.merge(changed)
        return report, changes


_SUMMARY_SQL = (
    "SELECT d.id, d.source_name, coalesce(d.source_path, '') AS source_path, d.added_at, "
    "d.last_read_at, d.reading_position, coalesce(d.title, v.title) AS title, "
    "coalesce(d.authors, v.authors) AS authors, v.languages, "
    "v.encoding, v.description, length(v.text) AS size, "
    "(SELECT count(*) FROM versions x WHERE x.document_id = d.id) AS nversions, "
    "(SELECT count(*) FROM highlights h WHERE h.document_id = d.id) AS nhighlights "
    "FROM documents d JOIN versions v ON v.id = d.current_version")


def _summary(r: sqlite3.Row) -> DocumentSummary:
    """``progress`` from the text's length the query already counts: no text is read."""
    size, position = r["size"] or 0, max(0, r["reading_position"] or 0)
    return DocumentSummary(r["id"], r["title"], tuple(json.loads(r["authors"])),
                           tuple(json.loads(r["languages"])), r["source_name"], r["added_at"],
                           r["last_read_at"], r["encoding"], r["size"], r["nversions"],
                           r["nhighlights"], r["description"], r["source_path"],
                           min(1.0, position / size) if size else 0.0)
