"""One version's row: what an import, a restore and a re-reading of an original write.

A version is "this original, read this way": besides the text and its structure it
keeps how it was read (``options``: a web page read whole rather than as its article),
so a re-import of the same file, a restore and a switch back read it the same way.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from typing import TYPE_CHECKING

from reader.store import now_iso
from reader.text import DocumentText

if TYPE_CHECKING:  # the importers load only when something is imported (issue 14)
    from reader.importers import ParsedDocument


def insert_version(conn: sqlite3.Connection, doc_id: str, parsed: ParsedDocument,
                    source_path: str, hashes: tuple[str, str, str]) -> int:
    original_sha, text_sha, ext = hashes
    seq = conn.execute("SELECT coalesce(max(seq), 0) + 1 FROM versions WHERE document_id=?",
                       (doc_id,)).fetchone()[0]
    body = parsed.body
    cur = conn.execute(
        "INSERT INTO versions(document_id, seq, title, authors, languages, description, text, "
        "blocks, marks, encoding, original_sha256, text_sha256, original_ext, imported_at, "
        "source_path, structure, options) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (doc_id, seq, parsed.title, json.dumps(list(parsed.authors), ensure_ascii=False),
         json.dumps(list(parsed.languages)), parsed.description, body.text,
         json.dumps([b.to_list() for b in body.blocks]),
         json.dumps([m.to_list() for m in body.marks], ensure_ascii=False),
         parsed.encoding, original_sha, text_sha, ext, now_iso(), source_path,
         _structure_json(body), options_json(parsed.whole_page)))
    return int(cur.lastrowid or 0)


def options_json(whole_page: bool) -> str | None:
    """How the version was read, NULL for the default reading (as every older one)."""
    return json.dumps({"whole_page": True}) if whole_page else None


def read_whole_page(options: str | None) -> bool:
    """Whether a version's ``options`` (NULL or JSON) say the page was read whole."""
    try:
        loaded = json.loads(options) if options else {}
    except ValueError:
        return False
    return isinstance(loaded, dict) and loaded.get("whole_page") is True


def _structure_json(body: DocumentText) -> str | None:
    if not body.pages and not body.outline:
        return None
    return json.dumps({"pages": list(body.pages),
                       "outline": [e.to_list() for e in body.outline]}, ensure_ascii=False)


def apply_metadata(parsed: ParsedDocument, meta: dict[str, object]) -> ParsedDocument:
    """Curated metadata (the seeds' manifest) wins over what the importer guessed."""
    authors = meta.get("authors")
    languages = meta.get("languages")
    return replace(parsed, title=str(meta.get("title") or parsed.title),
                   authors=tuple(authors) if isinstance(authors, list) else parsed.authors,
                   languages=tuple(languages) if isinstance(languages, list) else parsed.languages,
                   description=str(meta.get("description") or parsed.description))
