"""Managing the library from the window: remove to the trash, rename, the Trash dialog.

Every change is an undoable annotation-stack edit (:mod:`reader.documents`), run on
the write worker through a pane's ``annotate`` like a highlight edit, so Ctrl+Z and
Ctrl+Shift+Z undo and redo a removal or a rename. Whatever changed the library
(these, their undo or redo, a restore), the window's library refresh calls
:meth:`LibraryActions.follow_library`, which makes the panes agree with the shelves:
a removed document's pane is cleared (the second pane closes), a renamed one's
title follows, and a document brought back returns to the pane it was taken from
if that pane is still empty.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from reader.documents import TrashedDocument
from reader.errors import MarginaliaError
from reader.model import DocumentSummary
from ui.window.library.model import ID_ROLE
from ui.window.library.page_mode import WholePageSwitch
from ui.window.library.rename_dialog import RenameDialog
from ui.window.library.trash_dialog import TrashDialog
from ui.window.status import StatusWording

if TYPE_CHECKING:
    from ui.services import Services
    from ui.window.main_window import MainWindow
    from ui.window.reading.pane import ReadingPane
    from ui.window.workers.write import WriteWorker

MAIN, BESIDE = "main", "beside"


def quoted(title: str, most: int = 60) -> str:
    """A title as the status line names it: “Title”, cut when long (« Titre » in French)."""
    cut = title if len(title) <= most else title[:most - 1] + "…"
    return QCoreApplication.translate("LibraryActions", "“{title}”").format(title=cut)


def clear_pane(pane: ReadingPane) -> None:
    """Empty ``pane`` (its document left the shelves): no text, no cards, no editor;
    edits being typed were flushed before the removal was sent."""
    pane.current = None
    pane.highlights = []
    pane.editor.set_highlight(None)
    pane.find_bar.hide()
    pane.view.clear_document()
    pane.margin.load(None, "", [])
    pane.minimap.refresh()


class LibraryActions(QObject):
    """The Library menu, the rows' context menu, and the panes following the
    shelves. Reads go through ``services`` (the window's, GUI thread); writes go to
    ``worker`` by way of the window's panes."""

    def __init__(self, window: MainWindow, worker: WriteWorker, services: Services) -> None:
        super().__init__(window)
        self.window, self.worker, self.services = window, worker, services
        self.trash_dialog: TrashDialog | None = None
        self.rename_dialog: RenameDialog | None = None
        self._taken: dict[str, str] = {}  # doc id -> the pane (MAIN/BESIDE) it was taken from
        self.remove_action = self._action(self.tr("&Remove from library"), self.remove,
                                          "Del")
        self.remove_action.setShortcuts(QKeySequence.StandardKey.Delete)  # macOS: ⌘⌫ too
        self.rename_action = self._action(self.tr("Re&name…"), self.rename, "F2")
        self.trash_action = QAction(self.tr("&Trash…"), window)
        self.trash_action.triggered.connect(lambda _=False: self.show_trash())
        self.whole_page = WholePageSwitch(window, worker)
        for action in (self.remove_action, self.rename_action):
            # their keys belong to the library table: in a note, the filter or the
            # text, Delete and F2 keep their own meaning
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            window.table.addAction(action)
        window.table.customContextMenuRequested.connect(self.row_menu)

    def _action(self, text: str, slot: object, shortcut: str) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _=False: slot())  # type: ignore[operator]
        return action

    # -- menus ----------------------------------------------------------------------------
    def build_menu(self, menu: QMenu) -> None:
        """The window's Library menu: about the selected row, or the active pane's."""
        menu.addAction(self.rename_action)
        menu.addAction(self.remove_action)
        menu.addSeparator()
        menu.addAction(self.trash_action)
        menu.addSeparator()
        menu.addAction(self.whole_page.action)
        menu.aboutToShow.connect(lambda: self._enable(bool(self.targets())))
        menu.aboutToShow.connect(self.whole_page.follow)
        menu.aboutToHide.connect(lambda: self._enable(True))  # the keys work on any row

    def _enable(self, on: bool) -> None:
        self.remove_action.setEnabled(on)
        self.rename_action.setEnabled(on)

    def row_menu(self, pos: QPoint) -> None:
        """The context menu of the row at ``pos``: it acts on that row, not the open
        one, and only what is picked in it opens anything."""
        window = self.window
        index = window.table.indexAt(pos)
        if not index.isValid():
            return
        doc_id = index.data(ID_ROLE)
        menu = QMenu(window)
        menu.addAction(self.tr("Open")).triggered.connect(lambda: window.open_document(doc_id))
        menu.addAction(self.tr("Open beside")).triggered.connect(
            lambda: window.side_by_side.open_beside(doc_id))
        menu.addSeparator()
        menu.addAction(self.tr("Rename…") + "\tF2").triggered.connect(lambda: self.rename(doc_id))
        menu.addAction(self.tr("Remove from library") + "\tDel").triggered.connect(
            lambda: self.remove([doc_id]))
        menu.exec(window.table.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def targets(self) -> list[str]:
        """What the Library menu is about: the selected rows when the library has the
        keyboard, else the active pane's document, else the selected rows."""
        table = self.window.table
        rows = [i.data(ID_ROLE) for i in table.selectionModel().selectedRows()]
        if table.hasFocus() and rows:
            return rows
        pane = self.window.active_pane()
        return [pane.current.id] if pane.current is not None else rows

    def _summary(self, doc_id: str) -> DocumentSummary | None:
        model = self.window.library_model
        row = model.row_of(doc_id)
        return model.rows[row] if row >= 0 else None

    def _titles(self, ids: list[str]) -> list[str]:
        return [s.title if (s := self._summary(d)) else d for d in ids]

    def _say(self, text: str) -> None:
        self.window.status_label.setText(text)

    def _undo_hint(self) -> str:
        undo = self.window.menus.undo_action
        keys = undo.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        return self.tr(" · {keys} to undo").format(keys=keys or "Ctrl+Z")

    # -- remove -----------------------------------------------------------------------------
    def remove(self, ids: list[str] | None = None) -> None:
        """Move documents to the trash (no question: it is undone by Ctrl+Z, and the
        trash keeps them); the notes being typed and the reading positions go first."""
        ids = list(dict.fromkeys(ids if ids is not None else self.targets()))
        if not ids:
            self._say(self.tr("Choose a document in the library first"))
            return
        titles = self._titles(ids)
        self.window.flush_edits()
        self.window.save_reading_position()
        done = self._moved(titles)
        self.window.active_pane().annotate(lambda a: a.remove_documents(ids),
                                           saved=lambda: self._say(done + self._undo_hint()))

    # -- rename -----------------------------------------------------------------------------
    def rename(self, doc_id: str | None = None) -> RenameDialog | None:
        """Open the rename dialog (window-modal, not blocking) for ``doc_id`` or the
        Library menu's document; the dialog, for whoever drives it (tests)."""
        doc_id = doc_id or next(iter(self.targets()), None)
        summary = self._summary(doc_id) if doc_id else None
        if summary is None:
            self._say(self.tr("Choose a document in the library first"))
            return None
        dialog = RenameDialog(summary.title, summary.authors,
                              summary.source_path or summary.source_name, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.rename_to(summary, *dialog.changes()))
        self.rename_dialog = dialog
        dialog.open()
        return dialog

    def rename_to(self, summary: DocumentSummary, title: str | None,
                  authors: list[str] | None) -> None:
        """Send the rename (an undoable edit); nothing when nothing changed."""
        if title is None and authors is None:
            return
        doc_id = summary.id
        if title is not None:
            done = self.tr("Renamed {old} to {new}").format(old=quoted(summary.title, 40),
                                                            new=quoted(title, 40))
        else:
            names = ", ".join(authors or []) or self.tr("no author")
            done = self.tr("Authors of {title}: {names}").format(
                title=quoted(summary.title, 40), names=names)
        self.window.active_pane().annotate(
            lambda a: a.rename_document(doc_id, title, authors),
            saved=lambda: self._say(done + self._undo_hint()))

    # -- trash ------------------------------------------------------------------------------
    def show_trash(self) -> TrashDialog:
        """The Trash dialog, one for the window (brought up again if open)."""
        if self.trash_dialog is None:
            self.trash_dialog = TrashDialog(self._trashed, self.restore_from_trash, self.window)
        self.trash_dialog.refresh()
        self.trash_dialog.show()
        self.trash_dialog.raise_()
        self.trash_dialog.activateWindow()
        return self.trash_dialog

    def _trashed(self) -> list[TrashedDocument]:
        try:
            return self.services.trash.documents()
        except MarginaliaError as exc:
            self.window.show_error(self.tr("Could not read the trash: {reason}").format(
                reason=exc))
            return []

    def restore_from_trash(self, ids: list[str]) -> None:
        """Bring documents back with their annotations (undoable like a removal)."""
        names = {d.id: d.title for d in self._trashed()}
        titles = [names.get(d, d) for d in ids]
        done = self._restored(titles)
        self.window.active_pane().annotate(lambda a: a.restore_documents(ids),
                                           saved=lambda: self._say(done + self._undo_hint()))

    def _moved(self, titles: list[str]) -> str:
        """``Moved “T” to the trash``, or with a count and the first titles for several."""
        if len(titles) == 1:
            return self.tr("Moved {title} to the trash").format(title=quoted(titles[0]))
        return self.tr("Moved %n document(s) to the trash: {titles}", "", len(titles)).format(
            titles=StatusWording().listed([quoted(t, 40) for t in titles], 3))

    def _restored(self, titles: list[str]) -> str:
        """``Restored “T” from the trash``, or with a count and the first titles."""
        if len(titles) == 1:
            return self.tr("Restored {title} from the trash").format(title=quoted(titles[0]))
        return self.tr("Restored %n document(s) from the trash: {titles}", "",
                       len(titles)).format(
            titles=StatusWording().listed([quoted(t, 40) for t in titles], 3))

    # -- the panes follow the shelves -----------------------------------------------------------
    def follow_library(self) -> None:
        """After any library refresh: panes show only documents on the shelves, with
        their current titles; the Trash dialog shows the trash as it is now."""
        window = self.window
        rows = {r.id: r for r in window.library_model.rows}
        self._forget_taken()
        for pane in list(window.panes):
            if pane.current is not None and pane.current.id not in rows:
                self._take_away(pane)
        self._bring_back(rows)
        for pane in window.panes:
            summary = rows.get(pane.current.id) if pane.current is not None else None
            if summary is not None and pane.current is not None and (
                    summary.title, summary.authors) != (pane.current.title, pane.current.authors):
                pane.current = replace(pane.current, title=summary.title,
                                       authors=summary.authors)
        window.select_row()  # the main pane's row, or none (not the row after a removed one)
        window.show_title()
        window.side_by_side.update_headers()
        if self.trash_dialog is not None and self.trash_dialog.isVisible():
            self.trash_dialog.refresh()

    def reopen(self, ids: Iterable[str]) -> None:
        """Panes showing one of ``ids`` (a new version was imported) show it afresh:
        the highlights were re-anchored to the new text, the old text is gone."""
        wanted = set(ids)
        for pane in self.window.panes:
            if pane.current is not None and pane.current.id in wanted:
                pane.open_document(pane.current.id)

    def _take_away(self, pane: ReadingPane) -> None:
        """The document of ``pane`` left the shelves: the second pane closes, the main
        pane is emptied (the other pane stays as it is)."""
        window = self.window
        assert pane.current is not None
        beside = pane is not window.primary
        self._taken.setdefault(pane.current.id, BESIDE if beside else MAIN)
        clear_pane(pane)
        if beside:
            window.side_by_side.close_beside()

    def _forget_taken(self) -> None:
        """A pane the reader filled again will not be given back what it lost."""
        window = self.window
        for doc_id, where in list(self._taken.items()):
            if (where == MAIN and window.primary.current is not None) or \
                    (where == BESIDE and len(window.panes) > 1):
                del self._taken[doc_id]

    def _bring_back(self, rows: dict[str, DocumentSummary]) -> None:
        """A document back on the shelves (undo, Restore) returns to its empty pane."""
        window = self.window
        for doc_id, where in list(self._taken.items()):
            if doc_id not in rows:
                continue
            del self._taken[doc_id]
            if where == MAIN and window.primary.current is None:
                window.open_document(doc_id)
            elif where == BESIDE and len(window.panes) < 2:
                window.side_by_side.open_beside(doc_id)
