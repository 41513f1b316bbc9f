"""A document of a backup re-created whole, in one transaction.

Every version in order, the reader's own title and authors, the reading position and
the dates: a restore killed half-way leaves the document absent, never half-made,
and its originals are kept (or removed again) with it.
"""

from __future__ import annotations

import hashlib
import secrets
from pathlib import Path

from reader.changes import Changes
from reader.errors import ImportRefused, InvalidInput, said
from reader.importers import ParsedDocument, parse_bytes
from reader.library import Library
from reader.text import sha256_text
from reader.versions import apply_metadata, insert_version


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
    doc_id = secrets.token_hex(8)
    with library.store.transaction() as conn:
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
