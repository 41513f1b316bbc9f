"""The main window: library or search | one or two reading panes, and what ties them.

Reads (the library list, a document, its highlights) go through the window's own
services on the GUI thread; every write goes to the :class:`WriteWorker`, whose
result (what changed, the open documents' fresh highlights) comes back by signal
and refreshes every pane. Searches go to the separate :class:`SearchWorker`. Both
workers are built by the composition root (:func:`ui.window.app.build_window`).

The window keeps its widgets, its panes and what ties them (the open documents,
undo across panes, the theme); the rest is done by collaborators named for what
they do: :class:`Menus` (the menu bar and shortcuts), :class:`LongWork` (progress
and Stop), :class:`LayoutMemory` (what is remembered between sessions),
:class:`SideBySide` (the second pane), :class:`UnsavedRecovery` (edits the store
refused), :class:`Drops` (what is dropped on the window), :class:`Imports`,
:class:`ExportActions`, :class:`BackupActions` and :class:`LibraryActions` (the
File and Library menus' work).
"""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDragMoveEvent, QDropEvent, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reader.changes import Changes
from reader.model import Document, Highlight
from ui.services import Services
from ui.window.backup_actions import BackupActions
from ui.window.drops import Drops
from ui.window.errors import in_words
from ui.window.export_actions import ExportActions
from ui.window.focus_order import FocusOrder
from ui.window.following import follow_changes
from ui.window.help.empty_library import EmptyLibrary
from ui.window.layout_memory import DEFAULT_FONT_SIZE, LayoutMemory
from ui.window.library.actions import LibraryActions
from ui.window.library.imports import Imports
from ui.window.library.model import ID_ROLE, LibraryFilter, LibraryModel
from ui.window.library.table import LibraryTable
from ui.window.long_work import LongWork
from ui.window.menus import Menus
from ui.window.messages import show_message
from ui.window.notes.editor import HighlightEditor
from ui.window.notes.labels_dialog import ColorNamesDialog
from ui.window.notes.margin import NotesMargin
from ui.window.reading.pane import Fresh, ReadingPane
from ui.window.reading.progress import ProgressStatus
from ui.window.reading.view import ReadingView
from ui.window.recovery import UnsavedRecovery
from ui.window.search.actions import SearchActions
from ui.window.search.panel import SearchPanel
from ui.window.side_by_side import SideBySide
from ui.window.status import StatusWording
from ui.window.theme import chrome_stylesheet, palette_for, resolve_theme, stylesheet_for
from ui.window.workers.search import SearchWorker
from ui.window.workers.write import WriteWorker

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Its parts are collaborators built here in the order they need each other;
    the workers and services come from :func:`ui.window.app.build_window`."""

    def __init__(self, services: Services, worker: WriteWorker,
                 search_worker: SearchWorker) -> None:
        super().__init__()
        self.services, self.worker, self.search_worker = services, worker, search_worker
        self.memory = LayoutMemory(self, worker, services)
        self.theme_name = self.memory.theme_name()
        self.theme = resolve_theme(self.theme_name)
        self.font_size = self.memory.font_size()
        self.closing = False
        self.error_box: QMessageBox | None = None
        self.setWindowTitle("Marginalia")
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.panes: list[ReadingPane] = []
        self.side_by_side = SideBySide(self, worker, self.memory)
        self.recovery = UnsavedRecovery(self, services.paths)
        self._build_widgets()
        self.long_work = LongWork(self.statusBar(), self.status_label, worker, self.show_error,
                                  self.search_panel.status, lambda: bool(self.library_model.rows))
        self.library_actions = LibraryActions(self, worker, services)
        self.backup_actions = BackupActions(self, worker, services, self.long_work, self.memory)
        self.imports = Imports(self, worker, self.long_work)
        self.drops = Drops(self)
        self.export_actions = ExportActions(self, worker, self.long_work, self.memory)
        self.search_actions = SearchActions(self)
        self.menus = Menus(self)
        self.focus_order = FocusOrder(self)  # Tab: library → text → margin; F6 regions
        self.progress_status = ProgressStatus(self)  # "p. 34 of 117" or "42%", at the right
        self.empty_library = EmptyLibrary(self.view, self.library_model, self.imports.ask)
        self._connect()
        self._apply_theme()
        self.library_model.update(services.library.list_documents())
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # by title, as shown
        self.memory.restore_layout()
        self.show_idle_status()

    # -- construction ---------------------------------------------------------
    def _build_widgets(self) -> None:
        self.library_model = LibraryModel(self)
        self.proxy = LibraryFilter(self)
        self.proxy.setSourceModel(self.library_model)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter the library…"))
        self.filter.setAccessibleName(self.tr("Filter the library"))
        self.filter.setClearButtonEnabled(True)
        self.table = LibraryTable(self)
        self.table.setModel(self.proxy)
        library = QWidget(self)
        box = QVBoxLayout(library)
        box.setContentsMargins(6, 6, 0, 0)
        box.addWidget(self.filter)
        box.addWidget(self.table)
        self.search_panel = SearchPanel(self.search_worker, self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(library, self.tr("Library"))
        self.tabs.addTab(self.search_panel, self.tr("Search"))
        self.tabs.tabBar().setAccessibleName(self.tr("Library or search"))
        self.center = QSplitter(Qt.Orientation.Horizontal, self)
        self.primary = self.new_pane()
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.center)
        self.splitter.setStretchFactor(0, 1)  # a smaller window shrinks the library too,
        self.splitter.setStretchFactor(1, 3)  # not only the text
        self.splitter.setSizes([440, 1000])
        self.setCentralWidget(self.splitter)
        self.status_label = QLabel(self)
        self.statusBar().addWidget(self.status_label, 1)

    def new_pane(self) -> ReadingPane:
        """A reading pane at the right of the others, wired to the window, and active."""
        pane = ReadingPane(self.services, self.worker, self.theme, self.font_size,
                           self.open_document_ids, self.center)
        pane.annotated.connect(self.show_fresh)
        pane.failed.connect(self.show_error)
        pane.unsaved_changed.connect(self.recovery.changed)
        pane.opened.connect(lambda doc_id, p=pane: self._pane_opened(p, doc_id))
        pane.opened.connect(lambda _: self.side_by_side.update_headers())
        pane.header.close_requested.connect(self.side_by_side.close_beside)
        pane.view.viewport_moved.connect(lambda p=pane: self.side_by_side.follow(p))
        self.center.addWidget(pane)
        self.panes.append(pane)
        self._active = pane
        return pane

    def _connect(self) -> None:
        self.filter.textChanged.connect(self.proxy.set_query)
        self.filter.textChanged.connect(lambda _: self.select_row())  # a filter opens nothing
        self.filter.returnPressed.connect(self.table.choose_shown)
        self.table.chosen.connect(self._table_chosen)
        self.table.unchosen.connect(self.select_row)
        self.search_panel.hit_activated.connect(self.search_actions.open_hit)
        self.tabs.currentChanged.connect(
            lambda i: self.search_actions.refresh_choices() if i else None)
        self.worker.changed.connect(partial(follow_changes, self))
        self.worker.dispatcher.progress.connect(self.long_work.show_progress)
        self.worker.dispatcher.undo_changed.connect(self.menus.show_undo_state)
        self.worker.dispatcher.rebuilding.connect(self.long_work.index_rebuilding)
        self.search_worker.rebuilding.connect(self.long_work.index_rebuilding)
        hints = QApplication.styleHints()
        if hasattr(hints, "colorSchemeChanged"):
            hints.colorSchemeChanged.connect(lambda *_: self.set_theme(self.theme_name, False))
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    # -- the primary pane, as the single-pane window offered it ---------------------
    @property
    def view(self) -> ReadingView:
        return self.primary.view

    @property
    def margin(self) -> NotesMargin:
        return self.primary.margin

    @property
    def editor(self) -> HighlightEditor:
        return self.primary.editor

    @property
    def current(self) -> Document | None:
        return self.primary.current

    @property
    def highlights(self) -> list[Highlight]:
        return self.primary.highlights

    def create_highlight(self, start: int, end: int, color: str) -> None:
        self.primary.create_highlight(start, end, color)

    def select_highlight(self, hid: str) -> None:
        self.primary.select_highlight(hid)

    def goto_highlight(self, hid: str) -> None:
        self.primary.goto_highlight(hid)

    def delete_highlight(self, hid: str) -> None:
        self.primary.delete_highlight(hid)

    def active_pane(self) -> ReadingPane:
        """The pane the menus act on: the last one the reader worked in."""
        return self._active if self._active in self.panes else self.primary

    def set_active_pane(self, pane: ReadingPane) -> None:
        self._active = pane

    def _focus_changed(self, _: QWidget | None, now: QWidget | None) -> None:
        for pane in self.panes:
            if now is not None and pane.isAncestorOf(now) and self._active is not pane:
                self._active = pane
                self.side_by_side.update_headers()

    # -- documents --------------------------------------------------------------
    def open_document_ids(self) -> list[str]:
        return [p.current.id for p in self.panes if p.current is not None]

    def _table_chosen(self, index: QModelIndex) -> None:
        """The reader chose a row (click, Enter, arrows): it opens in the main pane."""
        doc_id = index.data(ID_ROLE)
        if doc_id and (self.current is None or doc_id != self.current.id):
            self.open_document(doc_id)
        self.select_row()  # still the open document's row if that failed

    def open_document(self, doc_id: str) -> None:
        """Show ``doc_id`` in the main pane at its remembered position."""
        self.primary.open_document(doc_id)

    def _pane_opened(self, pane: ReadingPane, doc_id: str) -> None:
        if pane is self.primary:
            self.show_title()
            self.select_row(doc_id)
            self.memory.remember_last_document(doc_id)
        else:
            self.memory.save_side_by_side()

    def show_title(self) -> None:
        """The window is named for the main pane's document."""
        doc = self.primary.current
        self.setWindowTitle(f"{doc.title} — Marginalia" if doc else "Marginalia")

    def select_row(self, doc_id: str = "") -> None:
        """Mark the main pane's document in the library, and only it (none if filtered
        out, or removed: never the row after it)."""
        row = self.library_model.row_of(doc_id or (self.current.id if self.current else ""))
        self.table.select_only(self.proxy.mapFromSource(self.library_model.index(row, 0)))

    def refresh_library(self) -> None:
        self.library_model.update(self.services.library.list_documents())
        self.library_actions.follow_library()  # removed, renamed, brought back
        self.show_idle_status()

    def show_sidebar(self, shown: bool) -> None:
        """Unfold (or fold away) the library and search column beside the text."""
        sizes = self.splitter.sizes()
        total = sum(sizes)
        if shown and sizes[0] == 0:
            left = min(360, total // 3)
            self.splitter.setSizes([left, total - left])
        elif not shown and sizes[0] > 0:
            self.splitter.setSizes([0, total])

    def show_idle_status(self) -> None:
        rows = self.library_model.rows
        self.status_label.setText(StatusWording().idle(
            len(rows), sum(r.highlights for r in rows)))

    # -- annotations (undo/redo span every pane) --------------------------------------
    def show_fresh(self, fresh: Fresh) -> None:
        """A write returned the open documents' fresh highlights: every pane shows them."""
        for pane in self.panes:
            pane.apply_fresh(fresh)

    def undo(self) -> None:
        self.flush_edits()
        self.active_pane().annotate(lambda a: a.undo() if a.can_undo else Changes())

    def redo(self) -> None:
        self.active_pane().annotate(lambda a: a.redo() if a.can_redo else Changes())

    def rename_colors(self, names: dict[str, str] | None = None) -> None:
        """Edit → Colour names…: ``names`` bypasses the dialog (tests, scripts)."""
        labels = self.services.annotations.color_labels()
        if names is None:
            dialog = ColorNamesDialog(labels, self.theme, self)
            if dialog.exec() != ColorNamesDialog.DialogCode.Accepted:
                return
            names = dialog.changed(labels)
        for color, label in names.items():  # each undoable, like any annotation edit
            self.active_pane().annotate(lambda a, c=color, n=label: a.set_color_label(c, n))

    def flush_edits(self) -> None:
        for pane in self.panes:
            pane.flush_edits()

    def save_reading_position(self) -> None:
        for pane in self.panes:
            pane.save_reading_position()

    # -- reading comfort ---------------------------------------------------------
    def zoom(self, step: int) -> None:
        size = DEFAULT_FONT_SIZE if step == 0 else min(32.0, max(8.0, self.font_size + step))
        self.font_size = size
        for pane in self.panes:
            pane.set_font_size(size)
        self.memory.remember_font_size(size)

    def set_theme(self, name: str, remember: bool = True) -> None:
        self.theme_name = name
        self.theme = resolve_theme(name)
        self._apply_theme()
        for pane in self.panes:
            pane.set_theme(self.theme)
        if remember:
            self.memory.remember_theme(name)

    def _apply_theme(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setPalette(palette_for(self.theme))
        self.setStyleSheet(stylesheet_for(self.theme) + chrome_stylesheet(self.theme))

    # -- drag and drop (what a drop means: ui/window/drops.py) ------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.drops.enter(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.drops.drop(event)

    # -- errors & closing -----------------------------------------------------------
    def show_error(self, error: BaseException | str) -> None:
        """The status bar and a non-modal message (reused, so failures never pile up),
        in the reader's language (an error already put into words stays as it is)."""
        message = in_words(error)
        self.status_label.setText(message)
        if self.closing:
            return
        if self.error_box is not None and self.error_box.isVisible():
            self.error_box.setText(message)
            return
        self.error_box = show_message(self, QMessageBox.Icon.Warning, "Marginalia", message)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Nothing typed is lost: flush notes, positions and layout, then wait for writes.

        Edits the store still refuses go to a recovery file (restored on the next
        start); if even that cannot be written, the reader is asked first.
        """
        self.flush_edits()
        for pane in self.panes:
            pane.retry_unsaved()
        self.save_reading_position()
        self.memory.save_layout()
        self.memory.save_side_by_side()
        self.search_worker.close()
        self.closing = True
        self.worker.close()
        if not self.recovery.keep_on_close():
            self.closing = False
            event.ignore()
            return
        for pane in self.panes:  # no page renderer left running when the process ends
            pane.original.shutdown()
        super().closeEvent(event)


def app_icon() -> QIcon:
    """The app's icon, from ``ui/resources`` (also where the frozen build puts it)."""
    path = Path(__file__).resolve().parents[1] / "resources" / "marginalia.svg"
    if not path.is_file():
        log.warning("app icon missing: %s", path)
        return QIcon()
    return QIcon(str(path))
