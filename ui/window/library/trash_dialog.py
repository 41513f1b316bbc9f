"""Library → Trash…: the removed documents, and a Restore button to bring them back.

The dialog only reads (through a callable given by its owner, on the GUI thread's
read services) and asks its owner to restore: the restore itself is an undoable
write on the worker, after which the owner calls :meth:`TrashDialog.refresh`.
Non-modal, so the reader can read on, undo or remove more while it is open.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.documents import TRASH_DAYS, TrashedDocument
from ui import wording
from ui.window.library.rename_dialog import muted

EMPTY = ("The trash is empty.\n\nDocuments you remove from the library wait here "
         f"for {TRASH_DAYS} days, with their highlights and notes.")
EXPLAIN = (f"Removed documents are kept for {TRASH_DAYS} days with their highlights and "
           "notes, then deleted for good.")
ID_ROLE = Qt.ItemDataRole.UserRole


def when(iso: str) -> datetime | None:
    try:
        return datetime.fromisoformat(iso).astimezone()
    except ValueError:
        return None


def removal_date(iso: str) -> str:
    """``3 Nov 2026, 14:05``: when the reader removed it, in local time."""
    moment = when(iso)
    return f"{moment.day} {moment.strftime('%b %Y, %H:%M')}" if moment else iso[:16]


class TrashDialog(QDialog):
    """A list of the trash (title, removal date, highlights) or its empty state."""

    def __init__(self, load: Callable[[], list[TrashedDocument]],
                 restore: Callable[[list[str]], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Trash")
        self._load, self._restore = load, restore
        self.documents: list[TrashedDocument] = []
        self.list = self._build_list()
        self.empty = muted(QLabel(EMPTY, self))  # a state, not a message
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.list)
        self.pages.addWidget(self.empty)
        self.explain = QLabel(EXPLAIN, self)
        self.explain.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton("&Restore", self)
        self.restore_button.setToolTip("Put the selected documents back in the library, "
                                       "with their highlights and notes")
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        box = QVBoxLayout(self)
        box.addWidget(self.explain)
        box.addWidget(self.pages, 1)
        box.addWidget(self.buttons)
        self.resize(640, 380)
        self.refresh()

    def _build_list(self) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setRootIsDecorated(False)
        tree.setUniformRowHeights(True)
        tree.setAllColumnsShowFocus(True)
        tree.setAlternatingRowColors(True)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        tree.setHeaderLabels(["Title", "Removed", "Highlights"])
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        tree.itemSelectionChanged.connect(self._selection_changed)
        tree.itemDoubleClicked.connect(lambda item, _: self._restore([item.data(0, ID_ROLE)]))
        return tree

    def refresh(self) -> None:
        """Show the trash as it is now, keeping the selection of what is still there."""
        kept = set(self.selected_ids())
        self.documents = self._load()
        self.list.clear()
        for doc in self.documents:
            item = QTreeWidgetItem([doc.title, removal_date(doc.removed_at),
                                    str(doc.highlights) if doc.highlights else ""])
            item.setData(0, ID_ROLE, doc.id)
            item.setToolTip(0, self._tip(doc))
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
            item.setSelected(doc.id in kept)
        if self.documents and not self.list.selectedItems():
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self.pages.setCurrentWidget(self.list if self.documents else self.empty)
        self.explain.setVisible(bool(self.documents))
        self.restore_button.setVisible(bool(self.documents))
        self._selection_changed()

    @staticmethod
    def _tip(doc: TrashedDocument) -> str:
        moment = when(doc.removed_at)
        until = moment + timedelta(days=TRASH_DAYS) if moment else None
        kept = f"\nKept until {until.day} {until.strftime('%b %Y')}" if until else ""
        return f"{doc.source}\n{wording.count(doc.highlights, 'highlight')}{kept}"

    def selected_ids(self) -> list[str]:
        return [item.data(0, ID_ROLE) for item in self.list.selectedItems()]

    def _selection_changed(self) -> None:
        n = len(self.selected_ids())
        self.restore_button.setEnabled(n > 0)
        self.restore_button.setText(f"&Restore {n} documents" if n > 1 else "&Restore")

    def restore_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self._restore(ids)
