"""The undo stack of one library's edits (highlights, notes, labels, the shelves).

Every operation commits at once in its own transaction and is recorded as a
:class:`Command` holding the fields it changed before and after (see
:mod:`reader.states`), so undo and redo write back exactly the previous values.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from reader import states
from reader.changes import Changes
from reader.errors import NotFound, said
from reader.states import State
from reader.store import Store

UNDO_LIMIT = 200
# Note edits to one highlight closer together than this are one undo step, so a
# window saving as the reader types does not fill the stack with keystrokes.
COALESCE_SECONDS = 2.0


@dataclass
class Command:
    """One undoable change: ``kind``/``key`` name the subject, ``None`` means absent."""

    label: str
    kind: str  # "highlight" | "doc-note" | "label" | "document" | "trash"
    key: str
    before: State | None
    after: State | None
    at: float = 0.0


class UndoStack:
    """Commands done and undone; ``changes_for`` says what replaying one changed."""

    def __init__(self, store: Store,
                 changes_for: Callable[[str, str, State | None], Changes]) -> None:
        self.store = store
        self.changes_for = changes_for
        self._undo: list[Command] = []
        self._redo: list[Command] = []

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

    @property
    def undo_label(self) -> str:
        """What Undo would undo ("remove document"), as said (translatable), or ""."""
        return self._undo[-1].label if self._undo else ""

    @property
    def redo_label(self) -> str:
        return self._redo[-1].label if self._redo else ""

    def push(self, command: Command, coalesce: bool = False) -> None:
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
            raise NotFound(said("nothing to undo"))
        command = self._undo.pop()
        changes = self._replay(command, forward=False)
        self._redo.append(command)
        return changes

    def redo(self) -> Changes:
        if not self._redo:
            raise NotFound(said("nothing to redo"))
        command = self._redo.pop()
        changes = self._replay(command, forward=True)
        self._undo.append(command)
        return changes

    def _replay(self, command: Command, forward: bool) -> Changes:
        """Apply one side of a command; the side being left is refreshed from the store.

        Refreshing keeps what happened since (a re-anchoring, say) for a later redo.
        A command whose subject vanished meanwhile is dropped with NotFound.
        """
        with self.store.transaction() as conn:
            target = command.after if forward else command.before
            current = states.read(conn, command.kind, command.key)
            if (command.before if forward else command.after) is not None and current is None:
                raise NotFound(said("{key}: no longer exists; cannot redo {label}",
                                    key=command.key, label=command.label) if forward else
                               said("{key}: no longer exists; cannot undo {label}",
                                    key=command.key, label=command.label))
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
            states.write(conn, command.kind, command.key, source, target)
        return self.changes_for(command.kind, command.key, target)
