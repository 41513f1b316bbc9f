"""Highlights, notes, tags and colour labels as undoable commands (DESIGN §4).

Every operation commits at once in its own transaction (there is no Save button) and
is recorded as a command holding the fields it changed before and after, so undo and
redo write back exactly the previous values. Each returns :class:`Changes` so the
index and the window can follow; the core never calls them.
"""

from __future__ import annotations

import logging
import secrets
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from reader import documents, quote_match
from reader.anchoring import Anchor, reanchor, selectors
from reader.changes import Changes
from reader.errors import Ambiguous, InvalidInput, NotFound
from reader.library import Library, now_iso
from reader.model import COLORS, Highlight
from reader.store import Store
from reader.tags import normalize_tag
from reader.text import canonicalize

log = logging.getLogger(__name__)

MAX_NOTE = 200_000
MAX_TAG = 100
MAX_LABEL = 60
UNDO_LIMIT = 200
# Note edits to one highlight closer together than this are one undo step, so a
# window saving as the reader types does not fill the stack with keystrokes.
COALESCE_SECONDS = 2.0

_FIELDS = ("id", "document_id", "version_id", "start_offset", "end_offset", "exact", "prefix",
           "suffix", "color", "note", "status", "created_at", "modified_at")
State = dict[str, Any]


@dataclass
class _Command:
    """One undoable change: ``kind``/``key`` name the subject, ``None`` means absent."""

    label: str
    kind: str  # "highlight" | "doc-note" | "label" | "document" | "trash"
    key: str
    before: State | None
    after: State | None
    at: float = 0.0


class Annotations:
    """The annotation operations on one library, with an in-memory undo stack."""

    def __init__(self, store: Store, library: Library) -> None:
        self.store = store
        self.library = library
        self._undo: list[_Command] = []
        self._redo: list[_Command] = []

    # -- queries ------------------------------------------------------------------------------
    def get(self, hid: str) -> Highlight:
        rows = self.store.query("SELECT * FROM highlights WHERE id=?", (hid,))
        if not rows:
            raise NotFound(f"{hid}: no such highlight")
        return self._highlights(rows)[0]

    def for_document(self, doc_id: str) -> list[Highlight]:
        """All highlights of a document in reading order, orphans included."""
        rows = self.store.query("SELECT * FROM highlights WHERE document_id=? "
                                "ORDER BY start_offset, end_offset, created_at, id", (doc_id,))
        return self._highlights(rows)

    def orphans(self, doc_id: str) -> list[Highlight]:
        return [h for h in self.for_document(doc_id) if h.status == "orphaned"]

    def all_highlights(self) -> list[Highlight]:
        rows = self.store.query("SELECT * FROM highlights WHERE document_id IN "
                                "(SELECT id FROM documents WHERE removed_at IS NULL) "
                                "ORDER BY document_id, start_offset, end_offset, id")
        return self._highlights(rows)

    def document_note(self, doc_id: str) -> str:
        rows = self.store.query("SELECT note FROM documents WHERE id=?", (doc_id,))
        if not rows:
            raise NotFound(f"{doc_id}: no such document")
        return str(rows[0]["note"])

    def color_labels(self) -> dict[str, str]:
        """Every colour with its label (the colour's own name when not relabelled)."""
        labels = {c: c for c in COLORS}
        for row in self.store.query("SELECT color, label FROM color_labels"):
            labels[row["color"]] = row["label"]
        return labels

    def _highlights(self, rows: list[sqlite3.Row]) -> list[Highlight]:
        tags: dict[str, list[str]] = {}
        ids = [r["id"] for r in rows]
        for chunk in range(0, len(ids), 500):
            part = ids[chunk:chunk + 500]
            marks = ",".join("?" * len(part))
            for t in self.store.query(f"SELECT highlight_id, tag FROM highlight_tags WHERE "
                                      f"highlight_id IN ({marks}) ORDER BY rowid", tuple(part)):
                tags.setdefault(t["highlight_id"], []).append(t["tag"])
        return [Highlight(r["id"], r["document_id"], r["start_offset"], r["end_offset"],
                          r["exact"], r["prefix"], r["suffix"], r["color"], r["note"],
                          tuple(tags.get(r["id"], ())), r["status"], r["created_at"],
                          r["modified_at"]) for r in rows]

    # -- operations -----------------------------------------------------------------------------
    def create(self, doc_id: str, start: int, end: int, color: str = "yellow", note: str = "",
               tags: Iterable[str] = (), restored: tuple[str, str, str] | None = None
               ) -> tuple[Highlight, Changes]:
        """Highlight ``[start, end)`` of the document's current text.

        ``restored`` is (id, created, modified) of a highlight coming back from a
        backup: it keeps its identity, so restoring twice never makes a copy.
        """
        color, note, clean = _check_color(color), _check_note(note), _check_tags(tags)
        hid, created, modified = restored or (secrets.token_hex(8), "", "")
        with self.store.transaction() as conn:
            version_id, text = _current_text(conn, doc_id)
            _check_span(text, start, end)
            exact, prefix, suffix = selectors(text, start, end)
            stamp = now_iso()
            state: State = {"id": hid, "document_id": doc_id, "version_id": version_id,
                            "start_offset": start, "end_offset": end, "exact": exact,
                            "prefix": prefix, "suffix": suffix, "color": color, "note": note,
                            "status": "exact", "created_at": created or stamp,
                            "modified_at": modified or created or stamp, "tags": clean}
            command = _Command("create highlight", "highlight", hid, None, state)
            _write(conn, command.kind, hid, None, state)
        self._push(command)
        return self.get(hid), Changes(annotations={hid})

    def create_from_quote(self, doc_id: str, quote: str, nth: int | None = None,
                          **same: Any) -> tuple[Highlight, Changes]:
        """Highlight the ``nth`` occurrence of ``quote``; with no ``nth`` it must be unique.

        The quote is matched as a reader means it (case, accents, quotation marks,
        dashes and spaces folded: :mod:`reader.quote_match`), and the highlight covers
        the document's own characters there, never the typed ones.
        """
        wanted = canonicalize(quote)
        if not quote_match.fold_quote(wanted):
            raise InvalidInput("empty quote: give the text to highlight")
        if nth is not None and nth < 1:
            raise InvalidInput(f"--nth {nth}: occurrences are counted from 1")
        doc = self.library.get(doc_id)
        spans = quote_match.find_all(doc.text, wanted)
        short = quote_match.clip(wanted, 40)
        name = f"document {doc_id} ({quote_match.clip(doc.title, 40)})"
        if not spans:
            raise NotFound(f"{short!r}: not found in {name}")
        if nth is None and len(spans) > 1:
            raise Ambiguous(f"{short!r}: occurs {len(spans)} times in document {doc_id}; "
                            f"choose one with --nth N: {quote_match.listing(doc.text, spans)}")
        index = 1 if nth is None else nth
        if index > len(spans):
            raise NotFound(f"{short!r}: occurrence {index} asked, {name} has "
                           f"{len(spans)}")
        start, end = spans[index - 1]
        return self.create(doc_id, start, end, **same)

    def recolor(self, hid: str, color: str) -> Changes:
        return self._edit(hid, "recolour", {"color": _check_color(color)})

    def set_note(self, hid: str, note: str) -> Changes:
        """Edit a note; quick successive edits of one note undo as one step."""
        return self._edit(hid, "edit note", {"note": _check_note(note)}, coalesce=True)

    def add_tag(self, hid: str, tag: str) -> Changes:
        """Compared in canonical form, so a tag stored in an older spelling is not
        added a second time."""
        clean = _check_tags([tag])[0]
        current = list(self.get(hid).tags)
        have = {normalize_tag(t) for t in current}
        return self._edit(hid, "tag", {"tags": current + [clean] * (clean not in have)})

    def remove_tag(self, hid: str, tag: str) -> Changes:
        """Any spelling of the tag removes it, the stored one included."""
        clean = _check_tags([tag])[0]
        current = self.get(hid).tags
        if clean not in {normalize_tag(t) for t in current}:
            raise NotFound(f"{clean}: highlight {hid} has no such tag")
        return self._edit(hid, "untag",
                          {"tags": [t for t in current if normalize_tag(t) != clean]})

    def set_tags(self, hid: str, tags: Iterable[str]) -> Changes:
        return self._edit(hid, "edit tags", {"tags": _check_tags(tags)})

    def reattach(self, hid: str, start: int, end: int) -> Changes:
        """Anchor a highlight (an orphan, usually) by hand to a span of the current text."""
        doc_id = self.get(hid).document_id
        with self.store.transaction() as conn:
            version_id, text = _current_text(conn, doc_id)
            _check_span(text, start, end)
            exact, prefix, suffix = selectors(text, start, end)
            values: State = {"version_id": version_id, "start_offset": start,
                             "end_offset": end, "exact": exact, "prefix": prefix,
                             "suffix": suffix, "status": "exact"}
            command = self._edit_in(conn, hid, "re-attach highlight", values)
        self._push(command)
        return Changes(annotations={hid})

    def delete(self, hid: str) -> Changes:
        with self.store.transaction() as conn:
            before = _snapshot(conn, hid)
            if before is None:
                raise NotFound(f"{hid}: no such highlight")
            command = _Command("delete highlight", "highlight", hid, before, None)
            _write(conn, "highlight", hid, before, None)
        self._push(command)
        return Changes(removed_annotations={hid})

    def set_document_note(self, doc_id: str, note: str) -> Changes:
        note = _check_note(note)
        with self.store.transaction() as conn:
            before = _doc_note_state(conn, doc_id)
            after = {"note": note, "note_modified_at": now_iso()}
            command = _Command("edit document note", "doc-note", doc_id, before, after)
            _write(conn, "doc-note", doc_id, before, after)
        self._push(command)
        return Changes(annotations={f"doc-note:{doc_id}"})

    def set_color_label(self, color: str, label: str) -> Changes:
        """Rename a colour for the whole library; an empty label restores the colour's name."""
        color = _check_color(color)
        label = " ".join(canonicalize(label).split())
        if len(label) > MAX_LABEL:
            raise InvalidInput(f"{label[:20]}…: a colour label has at most {MAX_LABEL} "
                               "characters")
        with self.store.transaction() as conn:
            before = _label_state(conn, color)
            after = {"label": label} if label and label != color else None
            command = _Command("rename colour", "label", color, before, after)
            _write(conn, "label", color, before, after)
        self._push(command)
        return self._label_changes(color)

    # -- the shelves (reader/documents.py holds their states) -------------------------------------
    def rename_document(self, doc_id: str, title: str | None = None,
                        authors: list[str] | None = None) -> Changes:
        """The reader's own title and/or authors, kept over later versions' guesses."""
        with self.store.transaction() as conn:
            after = documents.rename_values(conn, doc_id, title, authors)
            current = documents.document_state(conn, doc_id)
            assert current is not None
            before = {name: current[name] for name in after}
            command = _Command("rename document", "document", doc_id, before, after)
            documents.write_document(conn, doc_id, after)
        self._push(command)
        return Changes(documents={doc_id})

    def remove_documents(self, doc_ids: list[str]) -> Changes:
        """Move documents to the trash, their annotations with them (one undo step)."""
        with self.store.transaction() as conn:
            key = documents.check_removable(conn, doc_ids)
            after = {"removed_at": now_iso()}
            n = len(key.split())
            command = _Command("remove document" if n == 1 else f"remove {n} documents",
                               "trash", key, {"removed_at": None}, after)
            documents.write_trash(conn, key, after)
            changes = documents.trash_changes(conn, key, removed=True)
        self._push(command)
        return changes

    def restore_documents(self, doc_ids: list[str]) -> Changes:
        """Bring documents back from the trash as they were, annotations included."""
        with self.store.transaction() as conn:
            key = documents.check_restorable(conn, doc_ids)
            before = documents.trash_state(conn, key)
            command = _Command("restore from the trash", "trash", key, before,
                               {"removed_at": None})
            documents.write_trash(conn, key, None)
            changes = documents.trash_changes(conn, key, removed=False)
        self._push(command)
        return changes

    def _label_changes(self, color: str) -> Changes:
        """Highlights showing this colour's label, so an index holding labels can follow."""
        rows = self.store.query("SELECT id FROM highlights WHERE color=?", (color,))
        return Changes(annotations={r["id"] for r in rows})

    def merge_restored(self, hid: str, color: str, note: str, tags: Iterable[str],
                       modified: str) -> Changes:
        """A backup's newer edit of a highlight this library has: colour, note and tags
        taken, with the backup's modification time (the place stays this library's)."""
        values = {"color": _check_color(color), "note": _check_note(note),
                  "tags": _check_tags(tags)}
        with self.store.transaction() as conn:
            command = self._edit_in(conn, hid, "restore highlight", values)
            conn.execute("UPDATE highlights SET modified_at=? WHERE id=?", (modified, hid))
        self._push(command)
        return Changes(annotations={hid})

    def _edit(self, hid: str, label: str, values: State, coalesce: bool = False) -> Changes:
        with self.store.transaction() as conn:
            command = self._edit_in(conn, hid, label, values)
        self._push(command, coalesce)
        return Changes(annotations={hid})

    def _edit_in(self, conn: sqlite3.Connection, hid: str, label: str,
                 values: State) -> _Command:
        current = _snapshot(conn, hid)
        if current is None:
            raise NotFound(f"{hid}: no such highlight")
        after = {**values, "modified_at": now_iso()}
        before = {name: current[name] for name in after}
        command = _Command(label, "highlight", hid, before, after)
        _write(conn, "highlight", hid, before, after)
        return command

    # -- undo / redo ----------------------------------------------------------------------------
    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    @property
    def undo_text(self) -> str:
        return f"Undo {self._undo[-1].label}" if self._undo else "Undo"

    @property
    def redo_text(self) -> str:
        return f"Redo {self._redo[-1].label}" if self._redo else "Redo"

    def _push(self, command: _Command, coalesce: bool = False) -> None:
        command.at = time.monotonic()
        last = self._undo[-1] if self._undo else None
        if (coalesce and last is not None and not self._redo and last.label == command.label
                and last.key == command.key and command.at - last.at < COALESCE_SECONDS):
            last.after, last.at = command.after, command.at  # keep the first "before"
            return
        self._undo.append(command)
        del self._undo[:-UNDO_LIMIT]
        self._redo.clear()

    def undo(self) -> Changes:
        """Write back the state before the last command; raise NotFound when none."""
        if not self._undo:
            raise NotFound("nothing to undo")
        command = self._undo.pop()
        changes = self._replay(command, forward=False)
        self._redo.append(command)
        return changes

    def redo(self) -> Changes:
        if not self._redo:
            raise NotFound("nothing to redo")
        command = self._redo.pop()
        changes = self._replay(command, forward=True)
        self._undo.append(command)
        return changes

    def _replay(self, command: _Command, forward: bool) -> Changes:
        """Apply one side of a command; the side being left is refreshed from the store.

        Refreshing keeps what happened since (a re-anchoring, say) for a later redo.
        A command whose subject vanished meanwhile is dropped with NotFound.
        """
        with self.store.transaction() as conn:
            target = command.after if forward else command.before
            current = _read(conn, command.kind, command.key)
            if (command.before if forward else command.after) is not None and current is None:
                raise NotFound(f"{command.key}: no longer exists; cannot "
                               f"{'redo' if forward else 'undo'} {command.label}")
            if target is None:
                source = current
            elif current is None:
                source = None
            else:
                source = {name: current[name] for name in target}
            if forward:
                command.before = source
            else:
                command.after = source
            _write(conn, command.kind, command.key, source, target)
        return self._changes_for(command.kind, command.key, target)

    def _changes_for(self, kind: str, key: str, state: State | None) -> Changes:
        if kind == "document":
            return Changes(documents={key})
        if kind == "trash":
            return documents.trash_changes(self.store.conn, key,
                                           removed=bool(state and state["removed_at"]))
        if kind == "doc-note":
            return Changes(annotations={f"doc-note:{key}"})
        if kind == "label":
            return self._label_changes(key)
        if state is None:
            return Changes(removed_annotations={key})
        return Changes(annotations={key})

    # -- re-anchoring ---------------------------------------------------------------------------
    def on_new_version(self, conn: sqlite3.Connection, doc_id: str, old_version_id: int,
                       new_version_id: int) -> Changes:
        """Version hook: re-anchor the document's highlights inside the import transaction."""
        rows = conn.execute("SELECT * FROM highlights WHERE document_id=? ORDER BY start_offset",
                            (doc_id,)).fetchall()
        if not rows:
            return Changes()
        old = conn.execute("SELECT text FROM versions WHERE id=?", (old_version_id,)).fetchone()
        new = conn.execute("SELECT text FROM versions WHERE id=?", (new_version_id,)).fetchone()
        anchors = [Anchor(r["start_offset"], r["end_offset"], r["exact"], r["prefix"],
                          r["suffix"], reliable_position=r["status"] != "orphaned"
                          and r["version_id"] == old_version_id) for r in rows]
        placements = reanchor(old["text"] if old else None, new["text"], anchors)
        changes = Changes()
        for row, placed in zip(rows, placements, strict=True):
            if placed.status == "orphaned":
                values: State = {"status": "orphaned"}
            else:
                values = {"version_id": new_version_id, "start_offset": placed.start,
                          "end_offset": placed.end, "exact": placed.exact,
                          "prefix": placed.prefix, "suffix": placed.suffix,
                          "status": placed.status}
            if any(row[name] != value for name, value in values.items()):
                _write(conn, "highlight", row["id"], dict(row), values)
                changes.annotations.add(row["id"])
        log.info("highlights re-anchored in %s: %d (%s)", doc_id, len(rows),
                 _tally(p.status for p in placements))
        return changes


def _tally(statuses: Iterable[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for status in statuses:
        counts[status] = counts.get(status, 0) + 1
    return counts


# -- storage of states ------------------------------------------------------------------------
def _current_text(conn: sqlite3.Connection, doc_id: str) -> tuple[int, str]:
    row = conn.execute("SELECT v.id, v.text FROM documents d JOIN versions v "
                       "ON v.id = d.current_version WHERE d.id=?", (doc_id,)).fetchone()
    if row is None:
        raise NotFound(f"{doc_id}: no such document")
    return int(row["id"]), str(row["text"])


def _snapshot(conn: sqlite3.Connection, hid: str) -> State | None:
    row = conn.execute("SELECT * FROM highlights WHERE id=?", (hid,)).fetchone()
    if row is None:
        return None
    state: State = {name: row[name] for name in _FIELDS}
    state["tags"] = [t[0] for t in conn.execute(
        "SELECT tag FROM highlight_tags WHERE highlight_id=? ORDER BY rowid", (hid,))]
    return state


def _doc_note_state(conn: sqlite3.Connection, doc_id: str) -> State:
    row = conn.execute("SELECT note, note_modified_at FROM documents WHERE id=?",
                       (doc_id,)).fetchone()
    if row is None:
        raise NotFound(f"{doc_id}: no such document")
    return {"note": row["note"], "note_modified_at": row["note_modified_at"]}


def _label_state(conn: sqlite3.Connection, color: str) -> State | None:
    row = conn.execute("SELECT label FROM color_labels WHERE color=?", (color,)).fetchone()
    return {"label": row["label"]} if row else None


def _read(conn: sqlite3.Connection, kind: str, key: str) -> State | None:
    if kind == "highlight":
        return _snapshot(conn, key)
    if kind == "doc-note":
        return _doc_note_state(conn, key)
    if kind == "document":
        return documents.document_state(conn, key)
    if kind == "trash":
        return documents.trash_state(conn, key)
    return _label_state(conn, key)


def _write(conn: sqlite3.Connection, kind: str, key: str, before: State | None,
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
        conn.execute(f"INSERT INTO highlights({', '.join(_FIELDS)}) "
                     f"VALUES ({', '.join('?' * len(_FIELDS))})",
                     tuple(after[name] for name in _FIELDS))
        _write_tags(conn, key, after["tags"])
    else:
        columns = [name for name in after if name != "tags"]
        if columns:
            conn.execute(f"UPDATE highlights SET {', '.join(c + '=?' for c in columns)} "
                         "WHERE id=?", (*(after[c] for c in columns), key))
        if "tags" in after:
            _write_tags(conn, key, after["tags"])


def _write_tags(conn: sqlite3.Connection, hid: str, tags: list[str]) -> None:
    """Rewrite a highlight's tags; rowid order keeps the order the reader gave them in."""
    conn.execute("DELETE FROM highlight_tags WHERE highlight_id=?", (hid,))
    conn.executemany("INSERT INTO highlight_tags(highlight_id, tag) VALUES (?, ?)",
                     [(hid, tag) for tag in tags])


# -- input checks -------------------------------------------------------------------------------
def _check_span(text: str, start: int, end: int) -> None:
    if not isinstance(start, int) or not isinstance(end, int):
        raise InvalidInput(f"{start!r}-{end!r}: offsets must be whole numbers")
    if not 0 <= start <= len(text) or not 0 <= end <= len(text):
        raise InvalidInput(f"{start}-{end}: outside the text (0-{len(text)})")
    if end <= start:
        raise InvalidInput(f"{start}-{end}: empty span; a highlight needs at least one "
                           "character")
    if not text[start:end].strip():
        raise InvalidInput(f"{start}-{end}: the span holds only white space")


def _check_color(color: str) -> str:
    name = str(color).strip().lower()
    if name not in COLORS:
        raise InvalidInput(f"{color}: not a colour; choose one of {', '.join(COLORS)}")
    return name


def _check_note(note: str) -> str:
    clean = canonicalize(str(note))
    if len(clean) > MAX_NOTE:
        raise InvalidInput(f"note of {len(clean)} characters: the limit is {MAX_NOTE}")
    return clean


def _check_tags(tags: Iterable[str]) -> list[str]:
    """Tags in their one canonical form (:mod:`reader.tags`), duplicates dropped, in the
    given order; a tag of nothing but '#' and white space is refused, not stored empty."""
    if isinstance(tags, str):
        tags = [tags]
    clean: dict[str, None] = {}
    for tag in tags:
        name = normalize_tag(str(tag))
        if not name:
            raise InvalidInput(f"{tag!r}: empty tag")
        if len(name) > MAX_TAG:
            raise InvalidInput(f"{name[:20]}…: a tag has at most {MAX_TAG} characters")
        clean[name] = None
    return list(clean)
