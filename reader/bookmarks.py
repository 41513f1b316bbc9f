"""Bookmarks: places in a document the reader wants to come back to, named or not.

A bookmark is an offset into the document's current canonical text. It has no quote
to re-anchor by, so a new version shorter than the place only clamps it to the new
text's end (read so, never rewritten). Each write returns the :class:`Changes` the
window follows (``bookmarks``: the documents whose list changed); they are not on the
undo stack: removing one is as quick to redo by hand as to undo.
"""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass

from reader import quote_match
from reader.changes import Changes
from reader.errors import Ambiguous, InvalidInput, NotFound, said
from reader.store import Store, now_iso
from reader.text import canonicalize

log = logging.getLogger(__name__)

MAX_NAME = 200


@dataclass(frozen=True)
class Bookmark:
    id: str
    document_id: str
    offset: int
    name: str
    created_at: str

    def as_dict(self) -> dict[str, object]:
        return {"id": self.id, "document_id": self.document_id, "offset": self.offset,
                "name": self.name, "created_at": self.created_at}


def check_name(name: str) -> str:
    """A name on one line, its ends trimmed; "" is no name."""
    clean = " ".join(canonicalize(str(name)).split())
    if len(clean) > MAX_NAME:
        raise InvalidInput(said("bookmark name of {count} characters: the limit is {max_name}",
                                count=len(clean), max_name=MAX_NAME))
    return clean


def place_of_quote(doc_id: str, text: str, quote: str, nth: int | None = None) -> int:
    """Where the ``nth`` occurrence of ``quote`` begins (matched as a highlight's quote
    is: reader/quote_match.py); with no ``nth`` it must be unique."""
    wanted = canonicalize(quote)
    if not quote_match.fold_quote(wanted):
        raise InvalidInput(said("empty quote: give the words to bookmark"))
    if nth is not None and nth < 1:
        raise InvalidInput(said("--nth {nth}: occurrences are counted from 1", nth=nth))
    spans = quote_match.find_all(text, wanted)
    short = quote_match.clip(wanted, 40)
    if not spans:
        raise NotFound(said("{short}: not found in document {doc_id}", short=repr(short),
                            doc_id=doc_id))
    if nth is None and len(spans) > 1:
        raise Ambiguous(said("{short}: occurs {count} times in document {doc_id}; choose one "
                             "with --nth N: {value}", short=repr(short), count=len(spans),
                             doc_id=doc_id, value=quote_match.listing(text, spans)))
    if (nth or 1) > len(spans):
        raise NotFound(said("{short}: occurrence {nth} asked, document {doc_id} has {count}",
                            short=repr(short), nth=nth, doc_id=doc_id, count=len(spans)))
    return spans[(nth or 1) - 1][0]


class Bookmarks:
    """The bookmark operations on one library's store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def text_length(self, doc_id: str) -> int:
        """The current version's length in code points (SQLite's ``length`` counts
        characters); NotFound for no such document, or one in the trash."""
        if not doc_id or not str(doc_id).strip():
            raise InvalidInput(said("document: empty; name the document to bookmark"))
        rows = self.store.query(
            "SELECT length(v.text) AS n, d.removed_at FROM documents d JOIN versions v "
            "ON v.id = d.current_version WHERE d.id=?", (doc_id,))
        if not rows or rows[0]["removed_at"] is not None:
            raise NotFound(said("{doc_id}: no such document", doc_id=doc_id))
        return int(rows[0]["n"])

    def for_document(self, doc_id: str) -> list[Bookmark]:
        """The document's bookmarks in reading order, each within its current text."""
        length = self.text_length(doc_id)
        rows = self.store.query("SELECT * FROM bookmarks WHERE document_id=? "
                                "ORDER BY offset, created_at, id", (doc_id,))
        return [Bookmark(r["id"], r["document_id"], min(int(r["offset"]), length),
                         r["name"], r["created_at"]) for r in rows]

    def get(self, bookmark_id: str) -> Bookmark:
        rows = self.store.query("SELECT document_id FROM bookmarks WHERE id=?", (bookmark_id,))
        if not rows:
            raise NotFound(said("{bookmark_id}: no such bookmark", bookmark_id=bookmark_id))
        found = [b for b in self.for_document(rows[0]["document_id"]) if b.id == bookmark_id]
        return found[0]

    def exists(self, bookmark_id: str) -> bool:
        return bool(self.store.query("SELECT 1 FROM bookmarks WHERE id=?", (bookmark_id,)))

    def add(self, doc_id: str, offset: int, name: str = "",
            restored: tuple[str, str] | None = None) -> tuple[Bookmark, Changes]:
        """``restored``: the id and creation time a backup kept ("" for new ones)."""
        length = self.text_length(doc_id)
        if isinstance(offset, bool) or not isinstance(offset, int):
            raise InvalidInput(said("offset {offset}: must be a whole number",
                                    offset=repr(offset)))
        if not 0 <= offset <= length:
            raise InvalidInput(said("offset {offset}: outside the document (0-{length})",
                                    offset=offset, length=length))
        clean = check_name(name)
        bid, created = restored or ("", "")
        bookmark = Bookmark(bid or secrets.token_hex(8), doc_id, offset, clean,
                            created or now_iso())
        with self.store.transaction() as conn:
            conn.execute("INSERT INTO bookmarks(id, document_id, offset, name, created_at) "
                         "VALUES (?, ?, ?, ?, ?)", (bookmark.id, doc_id, offset, clean,
                                                    bookmark.created_at))
        log.info("bookmark %s added to %s at %d", bookmark.id, doc_id, offset)
        return bookmark, Changes(bookmarks={doc_id})

    def rename(self, bookmark_id: str, name: str) -> Changes:
        clean = check_name(name)
        with self.store.transaction() as conn:
            row = conn.execute("SELECT document_id FROM bookmarks WHERE id=?",
                               (bookmark_id,)).fetchone()
            if row is None:
                raise NotFound(said("{bookmark_id}: no such bookmark", bookmark_id=bookmark_id))
            conn.execute("UPDATE bookmarks SET name=? WHERE id=?", (clean, bookmark_id))
        return Changes(bookmarks={row["document_id"]})

    def remove(self, bookmark_id: str) -> Changes:
        with self.store.transaction() as conn:
            row = conn.execute("SELECT document_id FROM bookmarks WHERE id=?",
                               (bookmark_id,)).fetchone()
            if row is None:
                raise NotFound(said("{bookmark_id}: no such bookmark", bookmark_id=bookmark_id))
            conn.execute("DELETE FROM bookmarks WHERE id=?", (bookmark_id,))
        return Changes(bookmarks={row["document_id"]})
