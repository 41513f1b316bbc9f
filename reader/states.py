"""How each undoable subject is read and written: a highlight, a document note, a
colour label, a document's own title and authors, a removal to the trash.

An undoable command holds a subject's state before and after (``None``: absent);
these functions move the store from one to the other inside the caller's
transaction, so undo and redo write back exactly the previous values.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from reader import documents
from reader.errors import NotFound, said

FIELDS = ("id", "document_id", "version_id", "start_offset", "end_offset", "exact", "prefix",
          "suffix", "color", "note", "status", "created_at", "modified_at")
State = dict[str, Any]


def current_text(conn: sqlite3.Connection, doc_id: str) -> tuple[int, str]:
    row = conn.execute("SELECT v.id, v.text FROM documents d JOIN versions v "
                       "ON v.id = d.current_version WHERE d.id=?", (doc_id,)).fetchone()
    if row is None:
        raise NotFound(said("{doc_id}: no such document", doc_id=doc_id))
    return int(row["id"]), str(row["text"])


def snapshot(conn: sqlite3.Connection, hid: str) -> State | None:
    row = conn.execute("SELECT * FROM highlights WHERE id=?", (hid,)).fetchone()
    if row is None:
        return None
    state: State = {name: row[name] for name in FIELDS}
    state["tags"] = [t[0] for t in conn.execute(
        "SELECT tag FROM highlight_tags WHERE highlight_id=? ORDER BY rowid", (hid,))]
    return state


def doc_note_state(conn: sqlite3.Connection, doc_id: str) -> State:
    row = conn.execute("SELECT note, note_modified_at FROM documents WHERE id=?",
                       (doc_id,)).fetchone()
    if row is None:
        raise NotFound(said("{doc_id}: no such document", doc_id=doc_id))
    return {"note": row["note"], "note_modified_at": row["note_modified_at"]}


def label_state(conn: sqlite3.Connection, color: str) -> State | None:
    row = conn.execute("SELECT label FROM color_labels WHERE color=?", (color,)).fetchone()
    return {"label": row["label"]} if row else None


def read(conn: sqlite3.Connection, kind: str, key: str) -> State | None:
    if kind == "highlight":
        return snapshot(conn, key)
    if kind == "doc-note":
        return doc_note_state(conn, key)
    if kind == "document":
        return documents.document_state(conn, key)
    if kind == "trash":
        return documents.trash_state(conn, key)
    return label_state(conn, key)


def write(conn: sqlite3.Connection, kind: str, key: str, before: State | None,
           after: State | None) -> None:
    """Move the subject from ``before`` to ``after`` (``None``: absent)."""
    if kind == "document":
        assert after is not None
        documents.write_document(conn, key, after)
    elif kind == "trash":
        documents.write_trash(conn, key, after)
    elif kind == "doc-note":
        assert after is not None
        conn.execute("UPDATE documents SET note=?, note_modified_at=? WHERE id=?",
                     (after["note"], after["note_modified_at"], key))
    elif kind == "label":
        conn.execute("DELETE FROM color_labels WHERE color=?", (key,))
        if after is not None:
            conn.execute("INSERT INTO color_labels(color, label) VALUES (?, ?)",
                         (key, after["label"]))
    elif after is None:
        conn.execute("DELETE FROM highlights WHERE id=?", (key,))
    elif before is None:
        conn.execute(f"INSERT INTO highlights({', '.join(FIELDS)}) "
                     f"VALUES ({', '.join('?' * len(FIELDS))})",
                     tuple(after[name] for name in FIELDS))
        write_tags(conn, key, after["tags"])
    else:
        columns = [name for name in after if name != "tags"]
        if columns:
            conn.execute(f"UPDATE highlights SET {', '.join(c + '=?' for c in columns)} "
                         "WHERE id=?", (*(after[c] for c in columns), key))
        if "tags" in after:
            write_tags(conn, key, after["tags"])


def write_tags(conn: sqlite3.Connection, hid: str, tags: list[str]) -> None:
    """Rewrite a highlight's tags; rowid order keeps the order the reader gave them in."""
    conn.execute("DELETE FROM highlight_tags WHERE highlight_id=?", (hid,))
    conn.executemany("INSERT INTO highlight_tags(highlight_id, tag) VALUES (?, ?)",
                     [(hid, tag) for tag in tags])


# -- input checks -------------------------------------------------------------------------------
