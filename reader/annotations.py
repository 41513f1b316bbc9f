"""Highlights, notes, tags and colour labels as undoable commands (docs/ARCHITECTURE.md).

Every operation commits at once in its own transaction (there is no Save button) and
is recorded as a command holding the fields it changed before and after, so undo and
redo write back exactly the previous values. Each returns :class:`Changes` so the
index and the window can follow; the core never calls them.
"""

from __future__ import annotations

import logging
import secrets
import sqlite3
from collections import Counter
from collections.abc import Iterable
from typing import Any

from reader import documents, quote_match, states
from reader.anchoring import Anchor, reanchor, selectors
from reader.changes import Changes
from reader.errors import Ambiguous, InvalidInput, NotFound, said
from reader.input_checks import check_color, check_note, check_span, check_tags
from reader.library import Library
from reader.model import COLORS, Highlight
from reader.states import State
from reader.store import Store, now_iso
from reader.tags import normalize_tag
from reader.text import canonicalize
from reader.undo import Command, UndoStack

log = logging.getLogger(__name__)

MAX_LABEL = 60



class Annotations:
    """The annotation operations on one library, with an in-memory undo stack."""

    def __init__(self, store: Store, library: Library) -> None:
        self.store = store
        self.library = library
        self.history = UndoStack(store, self._changes_for)

    # -- queries ------------------------------------------------------------------------------
    def get(self, hid: str) -> Highlight:
        rows = self.store.query("SELECT * FROM highlights WHERE id=?", (hid,))
        if not rows:
            raise NotFound(said("{hid}: no such highlight", hid=hid))
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
            raise NotFound(said("{doc_id}: no such document", doc_id=doc_id))
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
        color, note, clean = check_color(color), check_note(note), check_tags(tags)
        hid, created, modified = restored or (secrets.token_hex(8), "", "")
        with self.store.transaction() as conn:
            version_id, text = states.current_text(conn, doc_id)
            check_span(text, start, end)
            exact, prefix, suffix = selectors(text, start, end)
            stamp = now_iso()
            state: State = {"id": hid, "document_id": doc_id, "version_id": version_id,
                            "start_offset": start, "end_offset": end, "exact": exact,
                            "prefix": prefix, "suffix": suffix, "color": color, "note": note,
                            "status": "exact", "created_at": created or stamp,
                            "modified_at": modified or created or stamp, "tags": clean}
            command = Command(said("create highlight"), "highlight", hid, None, state)
            states.write(conn, command.kind, hid, None, state)
        self.history.push(command)
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
            raise InvalidInput(said("empty quote: give the text to highlight"))
        if nth is not None and nth < 1:
            raise InvalidInput(said("--nth {nth}: occurrences are counted from 1", nth=nth))
        doc = self.library.get(doc_id)
        spans = quote_match.find_all(doc.text, wanted)
        short = quote_match.clip(wanted, 40)
        name = f"document {doc_id} ({quote_match.clip(doc.title, 40)})"
        if not spans:
            raise NotFound(said("{short}: not found in {name}", short=repr(short), name=name))
        if nth is None and len(spans) > 1:
            raise Ambiguous(said("{short}: occurs {count} times in document {doc_id}; choose "
                                 "one with --nth N: {value}", short=repr(short),
                                 count=len(spans), doc_id=doc_id,
                                 value=quote_match.listing(doc.text, spans)))
        index = 1 if nth is None else nth
        if index > len(spans):
            raise NotFound(said("{short}: occurrence {index} asked, {name} has {count}",
                                short=repr(short), index=index, name=name, count=len(spans)))
        start, end = spans[index - 1]
        return self.create(doc_id, start, end, **same)

    def recolor(self, hid: str, color: str) -> Changes:
        return self._edit(hid, said("recolour"), {"color": check_color(color)})

    def set_note(self, hid: str, note: str) -> Changes:
        """Edit a note; quick successive edits of one note undo as one step."""
        return self._edit(hid, said("edit note"), {"note": check_note(note)}, coalesce=True)

    def add_tag(self, hid: str, tag: str) -> Changes:
        """Compared in canonical form, so a tag stored in an older spelling is not
        added a second time."""
        clean = check_tags([tag])[0]
        current = list(self.get(hid).tags)
        have = {normalize_tag(t) for t in current}
        return self._edit(hid, said("tag"), {"tags": current + [clean] * (clean not in have)})

    def remove_tag(self, hid: str, tag: str) -> Changes:
        """Any spelling of the tag removes it, the stored one included."""
        clean = check_tags([tag])[0]
        current = self.get(hid).tags
        if clean not in {normalize_tag(t) for t in current}:
            raise NotFound(said("{clean}: highlight {hid} has no such tag", clean=clean, hid=hid))
        return self._edit(hid, said("untag"),
                          {"tags": [t for t in current if normalize_tag(t) != clean]})

    def set_tags(self, hid: str, tags: Iterable[str]) -> Changes:
        return self._edit(hid, said("edit tags"), {"tags": check_tags(tags)})

    def reattach(self, hid: str, start: int, end: int) -> Changes:
        """Anchor a highlight (an orphan, usually) by hand to a span of the current text."""
        doc_id = self.get(hid).document_id
        with self.store.transaction() as conn:
            version_id, text = states.current_text(conn, doc_id)
            check_span(text, start, end)
            exact, prefix, suffix = selectors(text, start, end)
            values: State = {"version_id": version_id, "start_offset": start,
                             "end_offset": end, "exact": exact, "prefix": prefix,
                             "suffix": suffix, "status": "exact"}
            command = self._edit_in(conn, hid, "re-attach highlight", values)
        self.history.push(command)
        return Changes(annotations={hid})

    def delete(self, hid: str) -> Changes:
        with self.store.transaction() as conn:
            before = states.snapshot(conn, hid)
            if before is None:
                raise NotFound(said("{hid}: no such highlight", hid=hid))
            command = Command(said("delete highlight"), "highlight", hid, before, None)
            states.write(conn, "highlight", hid, before, None)
        self.history.push(command)
        return Changes(removed_annotations={hid})

    def set_document_note(self, doc_id: str, note: str) -> Changes:
        note = check_note(note)
        with self.store.transaction() as conn:
            before = states.doc_note_state(conn, doc_id)
            after = {"note": note, "note_modified_at": now_iso()}
            command = Command(said("edit document note"), "doc-note", doc_id, before, after)
            states.write(conn, "doc-note", doc_id, before, after)
        self.history.push(command)
        return Changes(annotations={f"doc-note:{doc_id}"})

    def set_color_label(self, color: str, label: str) -> Changes:
        """Rename a colour for the whole library; an empty label restores the colour's name."""
        color = check_color(color)
        label = " ".join(canonicalize(label).split())
        if len(label) > MAX_LABEL:
            raise InvalidInput(said("{label}…: a colour label has at most {max_label} "
                                    "characters", label=label[:20], max_label=MAX_LABEL))
        with self.store.transaction() as conn:
            before = states.label_state(conn, color)
            after = {"label": label} if label and label != color else None
            command = Command(said("rename colour"), "label", color, before, after)
            states.write(conn, "label", color, before, after)
        self.history.push(command)
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
            command = Command(said("rename document"), "document", doc_id, before, after)
            documents.write_document(conn, doc_id, after)
        self.history.push(command)
        return Changes(documents={doc_id})

    def remove_documents(self, doc_ids: list[str]) -> Changes:
        """Move documents to the trash, their annotations with them (one undo step)."""
        with self.store.transaction() as conn:
            key = documents.check_removable(conn, doc_ids)
            after = {"removed_at": now_iso()}
            n = len(key.split())
            label = said("remove document") if n == 1 else said("remove {n} documents", n=n)
            command = Command(label, "trash", key, {"removed_at": None}, after)
            documents.write_trash(conn, key, after)
            changes = documents.trash_changes(conn, key, removed=True)
        self.history.push(command)
        return changes

    def restore_documents(self, doc_ids: list[str]) -> Changes:
        """Bring documents back from the trash as they were, annotations included."""
        with self.store.transaction() as conn:
            key = documents.check_restorable(conn, doc_ids)
            before = documents.trash_state(conn, key)
            command = Command(said("restore from the trash"), "trash", key, before,
                               {"removed_at": None})
            documents.write_trash(conn, key, None)
            changes = documents.trash_changes(conn, key, removed=False)
        self.history.push(command)
        return changes

    def _label_changes(self, color: str) -> Changes:
        """Highlights showing this colour's label, so an index holding labels can follow."""
        rows = self.store.query("SELECT id FROM highlights WHERE color=?", (color,))
        return Changes(annotations={r["id"] for r in rows}, labels={color})

    def merge_restored(self, hid: str, color: str, note: str, tags: Iterable[str],
                       modified: str) -> Changes:
        """A backup's newer edit of a highlight this library has: colour, note and tags
        taken, with the backup's modification time (the place stays this library's)."""
        values = {"color": check_color(color), "note": check_note(note),
                  "tags": check_tags(tags)}
        with self.store.transaction() as conn:
            command = self._edit_in(conn, hid, said("restore highlight"), values)
            conn.execute("UPDATE highlights SET modified_at=? WHERE id=?", (modified, hid))
        self.history.push(command)
        return Changes(annotations={hid})

    def _edit(self, hid: str, label: str, values: State, coalesce: bool = False) -> Changes:
        with self.store.transaction() as conn:
            command = self._edit_in(conn, hid, label, values)
        self.history.push(command, coalesce)
        return Changes(annotations={hid})

    def _edit_in(self, conn: sqlite3.Connection, hid: str, label: str,
                 values: State) -> Command:
        current = states.snapshot(conn, hid)
        if current is None:
            raise NotFound(said("{hid}: no such highlight", hid=hid))
        after = {**values, "modified_at": now_iso()}
        before = {name: current[name] for name in after}
        command = Command(label, "highlight", hid, before, after)
        states.write(conn, "highlight", hid, before, after)
        return command

    # -- undo / redo (reader/undo.py) ---------------------------------------------------------
    @property
    def can_undo(self) -> bool:
        return self.history.can_undo

    @property
    def can_redo(self) -> bool:
        return self.history.can_redo

    @property
    def undo_text(self) -> str:
        return self.history.undo_text

    @property
    def redo_text(self) -> str:
        return self.history.redo_text

    @property
    def undo_label(self) -> str:
        return self.history.undo_label

    @property
    def redo_label(self) -> str:
        return self.history.redo_label

    def undo(self) -> Changes:
        """Write back the state before the last command; raise NotFound when none."""
        return self.history.undo()

    def redo(self) -> Changes:
        return self.history.redo()

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
                states.write(conn, "highlight", row["id"], dict(row), values)
                changes.annotations.add(row["id"])
        log.info("highlights re-anchored in %s: %d (%s)", doc_id, len(rows),
                 dict(Counter(p.status for p in placements)))
        return changes
