"""Managing the shelves: retitling, setting authors, the trash.

A removed document is not deleted: it goes to the trash with its versions, originals,
highlights and notes, and comes back whole. Only after ``TRASH_DAYS`` is it purged.
The edits are states of the undo stack in :mod:`reader.annotations` (kinds
``document`` and ``trash``), so the window undoes a removal like a deleted highlight.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from reader.changes import Changes
from reader.errors import InvalidInput, NotFound, said
from reader.library import Library
from reader.paths import DataPaths
from reader.text import canonicalize

log = logging.getLogger(__name__)

TRASH_DAYS = 30
MAX_TITLE = 500
MAX_AUTHORS = 50
State = dict[str, Any]


@dataclass(frozen=True)
class TrashedDocument:
    id: str
    title: str
    source: str
    removed_at: str
    highlights: int


def clean_title(title: str) -> str:
    """A title as one line of text; refused when empty or absurdly long."""
    title = " ".join(canonicalize(title).split())
    if not title:
        raise InvalidInput(said("a title cannot be empty"))
    if len(title) > MAX_TITLE:
        raise InvalidInput(said("{title}…: a title has at most {max_title} characters",
                                title=title[:30], max_title=MAX_TITLE))
    return title


def clean_authors(authors: list[str]) -> list[str]:
    """Authors as given, blanks dropped; an empty list clears them."""
    names = [" ".join(canonicalize(a).split()) for a in authors]
    names = [n for n in names if n]
    if len(names) > MAX_AUTHORS:
        raise InvalidInput(said("at most {max_authors} authors", max_authors=MAX_AUTHORS))
    if any(len(n) > MAX_TITLE for n in names):
        raise InvalidInput(said("an author's name has at most {max_title} characters",
                                max_title=MAX_TITLE))
    return names


def document_state(conn: sqlite3.Connection, doc_id: str) -> State | None:
    """The reader's own title and authors of a document (``None``: the importer's)."""
    row = conn.execute("SELECT title, authors FROM documents WHERE id=?", (doc_id,)).fetchone()
    return {"title": row["title"], "authors": row["authors"]} if row else None


def write_document(conn: sqlite3.Connection, doc_id: str, after: State) -> None:
    columns = [c for c in ("title", "authors") if c in after]
    conn.execute(f"UPDATE documents SET {', '.join(c + '=?' for c in columns)} WHERE id=?",
                 (*(after[c] for c in columns), doc_id))


def rename_values(conn: sqlite3.Connection, doc_id: str, title: str | None,
                  authors: list[str] | None) -> State:
    """The ``document`` state a rename writes; the importer's values are kept apart so
    a later version of the file does not undo the reader's title."""
    if conn.execute("SELECT 1 FROM documents WHERE id=? AND removed_at IS NULL",
                    (doc_id,)).fetchone() is None:
        raise NotFound(said("{doc_id}: no such document", doc_id=doc_id))
    after: State = {}
    if title is not None:
        after["title"] = clean_title(title)
    if authors is not None:
        after["authors"] = json.dumps(clean_authors(authors), ensure_ascii=False)
    if not after:
        raise InvalidInput(said("nothing to change: give a title or authors"))
    return after


def trash_state(conn: sqlite3.Connection, key: str) -> State | None:
    """``key`` is the space-separated ids of one removal; their common trash stamp."""
    first = key.split()[0]
    row = conn.execute("SELECT removed_at FROM documents WHERE id=?", (first,)).fetchone()
    return {"removed_at": row["removed_at"]} if row else None


def write_trash(conn: sqlite3.Connection, key: str, after: State | None) -> None:
    stamp = after["removed_at"] if after else None
    conn.executemany("UPDATE documents SET removed_at=? WHERE id=?",
                     [(stamp, doc_id) for doc_id in key.split()])


def trash_changes(conn: sqlite3.Connection, key: str, removed: bool) -> Changes:
    """What the index and the views follow: documents and their annotation entries
    leave (or come back) together."""
    ids = key.split()
    marks = ",".join("?" * len(ids))
    annotations = {r[0] for r in conn.execute(
        f"SELECT id FROM highlights WHERE document_id IN ({marks})", ids)}
    annotations |= {f"doc-note:{d}" for d in ids}
    if removed:
        return Changes(removed_documents=set(ids), removed_annotations=annotations)
    return Changes(documents=set(ids), annotations=annotations)


def check_removable(conn: sqlite3.Connection, doc_ids: list[str]) -> str:
    """The undo key of a removal: every id must be a document on the shelves."""
    return _trash_key(conn, doc_ids, in_trash=False)


def check_restorable(conn: sqlite3.Connection, doc_ids: list[str]) -> str:
    """The undo key of a restore: every id must be a document in the trash."""
    return _trash_key(conn, doc_ids, in_trash=True)


def _trash_key(conn: sqlite3.Connection, doc_ids: list[str], in_trash: bool) -> str:
    unique = list(dict.fromkeys(doc_ids))
    if not unique:
        raise InvalidInput(said("no document to restore") if in_trash else
                           said("no document to remove"))
    for doc_id in unique:
        row = conn.execute("SELECT removed_at FROM documents WHERE id=?", (doc_id,)).fetchone()
        if in_trash and (row is None or row["removed_at"] is None):
            raise NotFound(said("{doc_id}: not in the trash", doc_id=doc_id))
        if not in_trash and row is None:
            raise NotFound(said("{doc_id}: no such document", doc_id=doc_id))
        if not in_trash and row["removed_at"] is not None:
            raise InvalidInput(said("{doc_id}: already in the trash", doc_id=doc_id))
    return " ".join(unique)


class Trash:
    """Reading and emptying the trash; putting in and taking out are undoable edits."""

    def __init__(self, library: Library, paths: DataPaths) -> None:
        self.library = library
        self.paths = paths

    def documents(self) -> list[TrashedDocument]:
        rows = self.library.store.query(
            "SELECT d.id, coalesce(d.title, v.title) AS title, "
            "coalesce(d.source_path, d.source_name) AS source, d.removed_at, "
            "(SELECT count(*) FROM highlights h WHERE h.document_id = d.id) AS n "
            "FROM documents d JOIN versions v ON v.id = d.current_version "
            "WHERE d.removed_at IS NOT NULL ORDER BY d.removed_at DESC, d.rowid")
        return [TrashedDocument(r["id"], r["title"], r["source"], r["removed_at"], r["n"])
                for r in rows]

    def resolve(self, ref: str) -> str:
        """A trashed document's id from its id or an unambiguous title prefix."""
        wanted = ref.strip().casefold()
        if not wanted:
            raise NotFound(said("empty document name"))
        docs = self.documents()
        exact = [d for d in docs if d.id == ref.strip()]
        matches = exact or [d for d in docs if d.title.casefold().startswith(wanted)
                            or d.id.startswith(ref.strip())]
        if not matches:
            raise NotFound(said("{ref}: no document in the trash has this id or title", ref=ref))
        if len(matches) > 1:
            names = "; ".join(f"{d.id} {d.title[:40]}" for d in matches[:5])
            raise InvalidInput(said("{ref}: matches {count} documents in the trash ({names})",
                                    ref=ref, count=len(matches), names=names))
        return matches[0].id

    def purge(self, now: datetime | None = None) -> int:
        """Delete what has been in the trash longer than ``TRASH_DAYS``, and originals no
        version needs any more; the number of documents purged."""
        now = now or datetime.now(timezone.utc)
        cutoff = (now - timedelta(days=TRASH_DAYS)).isoformat(timespec="seconds")
        store = self.library.store
        if store.read_only or not store.query(
                "SELECT 1 FROM documents WHERE removed_at < ? LIMIT 1", (cutoff,)):
            return 0
        with store.transaction() as conn:
            gone = [r[0] for r in conn.execute(
                "SELECT DISTINCT v.original_sha256 || v.original_ext FROM versions v "
                "JOIN documents d ON d.id = v.document_id WHERE d.removed_at < ?", (cutoff,))]
            purged = conn.execute("DELETE FROM documents WHERE removed_at < ?",
                                  (cutoff,)).rowcount
            kept = {r[0] for r in conn.execute(
                "SELECT original_sha256 || original_ext FROM versions")}
        for name in set(gone) - kept:
            try:
                (self.paths.originals / name).unlink(missing_ok=True)
            except OSError as exc:
                log.warning("could not remove the original %s: %s", name, exc)
        log.info("documents purged from the trash: %d", purged)
        return int(purged)


def suspicious_versions(library: Library) -> list[str]:
    """Documents whose versions may be different files merged by name (before source
    paths were recorded), or whose versions came from several paths: ``check`` lines."""
    rows = library.store.query(
        "SELECT d.id, coalesce(d.title, v.title) AS title, d.source_name, "
        "count(x.id) AS n, count(DISTINCT x.source_path) AS paths, "
        "sum(x.source_path IS NULL) AS unknown "
        "FROM documents d JOIN versions v ON v.id = d.current_version "
        "JOIN versions x ON x.document_id = d.id WHERE d.removed_at IS NULL "
        "GROUP BY d.id HAVING n > 1 AND (unknown > 0 OR paths > 1) ORDER BY d.rowid")
    return [f"{r['id']} {r['title'][:60]}: {r['n']} versions imported as "
            f"{r['source_name']} " + ("from different paths" if not r["unknown"] else
                                       "before source paths were recorded")
            + "; they may be different files (re-import them to keep each apart)"
            for r in rows]
