"""Library → Trash…: the removed documents, and a Restore button to bring them back.

The dialog only reads (through a callable given by its owner, on the GUI thread's
read services) and asks its owner to restore: the restore itself is an undoable
write on the worker, after which the owner calls :meth:`TrashDialog.refresh`.
Non-modal, so the reader can read on, undo or remove more while it is open.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QLocale, Qt
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
from ui.window.library.rename_dialog import muted

ID_ROLE = Qt.ItemDataRole.UserRole


def when(iso: str) -> datetime | None:
    try:
        return datetime.fromisoformat(iso).astimezone()
    except ValueError:
        return None


def day_month_year(moment: datetime) -> str:
    """``3 Nov 2026`` (``3 nov. 2026`` in French): the month in the window's language."""
    month = QLocale().monthName(moment.month, QLocale.FormatType.ShortFormat)
    return f"{moment.day} {month} {moment.year}"


def removal_date(iso: str) -> str:
    """``3 Nov 2026, 14:05``: when the reader removed it, in local time."""
    moment = when(iso)
    return f"{day_month_year(moment)}, {moment:%H:%M}" if moment else iso[:16]


class TrashDialog(QDialog):
    """A list of the trash (title, removal date, highlights) or its empty state."""

    def __init__(self, load: Callable[[], list[TrashedDocument]],
                 restore: Callable[[list[str]], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Trash"))
        self._load, self._restore = load, restore
        self.documents: list[TrashedDocument] = []
        self.list = self._build_list()
        self.empty = muted(QLabel(self.tr(
            "The trash is empty.\n\nDocuments you remove from the library wait here for "
            "%n day(s), with their highlights and notes.", "", TRASH_DAYS), self))  # a state
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.list)
        self.pages.addWidget(self.empty)
        self.explain = QLabel(self.tr("Removed documents are kept for %n day(s) with their "
                                      "highlights and notes, then deleted for good.", "",
                                      TRASH_DAYS), self)
        self.explain.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.restore_button.setToolTip(self.tr("Put the selected documents back in the "
                                               "library, with their highlights and notes"))
        self.restore_button.setAccessibleDescription(self.restore_button.toolTip())
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
        tree.setHeaderLabels([self.tr("Title"), self.tr("Removed"), self.tr("Highlights")])
        tree.setAccessibleName(self.tr("Documents in the trash"))
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

    def _tip(self, doc: TrashedDocument) -> str:
        moment = when(doc.removed_at)
        until = moment + timedelta(days=TRASH_DAYS) if moment else None
        kept = "\n" + self.tr("Kept until {date}").format(date=day_month_year(until)) \
            if until else ""
        return f"{doc.source}\n{self.tr('%n highlight(s)', '', doc.highlights)}{kept}"

    def selected_ids(self) -> list[str]:
        return [item.data(0, ID_ROLE) for item in self.list.selectedItems()]

    def _selection_changed(self) -> None:
        n = len(self.selected_ids())
        self.restore_button.setEnabled(n > 0)
        self.restore_button.setText(self.tr("&Restore %n document(s)", "", n) if n > 1
                                    else self.tr("&Restore"))

    def restore_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self._restore(ids)
