"""Edits the store refused (disk full, read-only): kept, shown, retried, never dropped.

When a note, tags, colour or document-note save fails on the write worker, the
pane keeps the edit here as an :class:`Edit`, its editor keeps the typed text, and
an :class:`UnsavedBar` says so with Retry. Closing the window with edits still
unsaved writes them to a recovery file in the data directory; the next start
puts them back and tries again.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from reader.changes import Changes
from reader.paths import DataPaths, atomic_write_bytes

log = logging.getLogger(__name__)

RECOVERY_NAME = "unsaved-edits.json"
KINDS = {"note": QT_TRANSLATE_NOOP("UnsavedBar", "note"),
         "tags": QT_TRANSLATE_NOOP("UnsavedBar", "tags"),
         "color": QT_TRANSLATE_NOOP("UnsavedBar", "colour"),
         "doc_note": QT_TRANSLATE_NOOP("UnsavedBar", "document note")}


@dataclass(frozen=True)
class Edit:
    """One field's latest value that is not in the store yet.

    ``target`` is the highlight id, or the document id for a document note; a later
    edit of the same field replaces an earlier one (same :attr:`key`).
    """

    kind: str
    target: str
    value: Any  # str, or a tuple of tags

    @property
    def key(self) -> tuple[str, str]:
        return self.kind, self.target

    @property
    def label(self) -> str:
        return KINDS.get(self.kind, self.kind)

    def operation(self) -> Callable[[Any], Changes]:
        """The annotation call that saves this edit (run on the write worker)."""
        kind, target, value = self.kind, self.target, self.value
        if kind == "note":
            return lambda a: a.set_note(target, value)
        if kind == "tags":
            return lambda a: a.set_tags(target, tuple(value))
        if kind == "color":
            return lambda a: a.recolor(target, value)
        if kind == "doc_note":
            return lambda a: a.set_document_note(target, value)
        raise ValueError(f"unknown edit kind {kind!r}")


def recovery_path(paths: DataPaths) -> Any:
    return paths.recovery_file


def save_recovery(paths: DataPaths, edits: list[Edit]) -> None:
    """Write ``edits`` to the recovery file atomically (raises ``OSError``)."""
    rows = [{"kind": e.kind, "target": e.target,
             "value": list(e.value) if isinstance(e.value, tuple) else e.value} for e in edits]
    data = json.dumps({"version": 1, "edits": rows}, ensure_ascii=False, indent=1)
    atomic_write_bytes(recovery_path(paths), data.encode("utf-8"))


def load_recovery(paths: DataPaths) -> list[Edit]:
    """The edits a previous session could not save; ``[]`` when there are none."""
    path = recovery_path(paths)
    try:
        raw = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, ValueError) as exc:
        log.error("recovery file %s unreadable (%s); left in place", path, exc)
        return []
    edits = []
    for row in raw.get("edits", []) if isinstance(raw, dict) else []:
        try:
            value = tuple(row["value"]) if row["kind"] == "tags" else str(row["value"])
            if row["kind"] in KINDS:
                edits.append(Edit(str(row["kind"]), str(row["target"]), value))
        except (KeyError, TypeError):
            log.warning("skipping a damaged recovery entry: %r", row)
    return edits


def clear_recovery(paths: DataPaths) -> None:
    try:
        recovery_path(paths).unlink(missing_ok=True)
    except OSError as exc:
        log.warning("could not remove the recovery file: %s", exc)


class UnsavedBar(QFrame):
    """"Not saved — <why>. Your text is kept here." with Retry (and Discard)."""

    retry = Signal()
    discard = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("UnsavedBar")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 4, 6, 4)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        row.addWidget(self.label, 1)
        self.retry_button = QPushButton(self.tr("Not saved — retry"), self)
        self.retry_button.setToolTip(self.tr("Try to save the kept edits again"))
        self.retry_button.setAccessibleDescription(self.retry_button.toolTip())
        self.retry_button.clicked.connect(self.retry)
        row.addWidget(self.retry_button)
        self.discard_button = QPushButton(self.tr("Discard"), self)
        self.discard_button.setToolTip(self.tr("Forget the edits that could not be saved"))
        self.discard_button.setAccessibleDescription(self.discard_button.toolTip())
        self.discard_button.clicked.connect(self.discard)
        row.addWidget(self.discard_button)
        self.hide()

    def show_edits(self, edits: list[Edit], reason: str) -> None:
        """Show what is unsaved and why; hide when nothing is."""
        if not edits:
            self.hide()
            return
        what = ", ".join(sorted({self.tr(e.label) for e in edits}))
        reason = reason.strip()
        if reason and reason[-1] not in ".!?":
            reason += "."
        self.label.setText(self.tr("⚠ Your {what} could not be saved: {reason} It is kept "
                                   "here and saved on Retry or with your next edit.").format(
            what=what, reason=reason))
        self.show()
