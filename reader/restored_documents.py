"""A document of a backup re-created whole, in one transaction.

Every version in order, the reader's own title and authors, the reading position and
the dates: a restore killed half-way leaves the document absent, never half-made,
and its originals are kept (or removed again) with it.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import sqlite3
from pathlib import Path

from reader.changes import Changes
from reader.errors import ImportRefused, InvalidInput, said
from reader.importers import ParsedDocument, parse_bytes
from reader.library import Library
from reader.text import sha256_text
from reader.versions import apply_metadata, insert_version

_ID = re.compile(r"[0-9a-f]{16}")  # as Library makes them: token_hex(8)


def add_restored(library: Library, record: dict[str, object],
                 versions: list[tuple[str, bytes, dict[str, object], str]]) -> Changes:
    """Re-create a document of a backup whole — every version in order, its own
    title, reading position and dates — in one transaction: a restore killed
    half-way leaves it absent, never half-made. ``versions`` holds (file name,
    bytes, importer metadata, source path) oldest first."""
    parsed = []
    for name, data, meta, _ in versions:
        try:
            doc = apply_metadata(parse_bytes(name, data, whole_page=meta.get("whole_page") is True),
                                 meta)
        except ImportRefused as exc:
            raise InvalidInput(said("{title}: its original {name} cannot be read ({reason})",
                                    title=record['title'], name=name, reason=exc.reason)) from exc
        parsed.append((doc, hashlib.sha256(data).hexdigest(), Path(name).suffix.lower()))
    kept = [library.keep_original(sha, ext, data, name)
            for (name, data, _, _), (_, sha, ext) in zip(versions, parsed, strict=True)]
    try:
        return _insert_restored(library, record, versions, parsed)
    except BaseException:
        for path, (_, sha, _) in zip(kept, parsed, strict=True):
            if path is not None:
                library.drop_unreferenced(path, sha)
        raise

def _insert_restored(library: Library, record: dict[str, object],
                     versions: list[tuple[str, bytes, dict[str, object], str]],
                     parsed: list[tuple[ParsedDocument, str, str]]) -> Changes:
    with library.store.transaction() as conn:
        doc_id = _restored_id(conn, record.get("id"))
        conn.execute(
            "INSERT INTO documents(id, source_name, source_path, added_at, last_read_at, "
            "reading_position, title, authors) VALUES (?,?,?,?,?,?,?,?)",
            (doc_id, versions[-1][0], record.get("source_path"), record["added_at"],
             record.get("last_read_at"), record.get("reading_position", 0),
             record.get("own_title"), record.get("own_authors")))
        for (_, _, _, path), (doc, sha, ext) in zip(versions, parsed, strict=True):
            version_id = insert_version(conn, doc_id, doc, path,
                                         (sha, sha256_text(doc.body.text), ext))
        conn.execute("UPDATE documents SET current_version=? WHERE id=?", (version_id, doc_id))
    return Changes(documents={doc_id})


def _restored_id(conn: sqlite3.Connection, backed_up: object) -> str:
    """The document's id from the backup when this library has no document of that id:
    ``marginalia://DOC/HL`` links in exported notes then still open it on a new laptop.
    A fresh one otherwise (a backup restored into a library that already has it under
    another form, or a hand-edited manifest)."""
    if isinstance(backed_up, str) and _ID.fullmatch(backed_up) and not conn.execute(
            "SELECT 1 FROM documents WHERE id=?", (backed_up,)).fetchone():
        return backed_up
    return secrets.token_hex(8)
