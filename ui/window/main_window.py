"""The main window: library or search | one or two reading panes, and what ties them.

Reads (the library list, a document, its highlights) go through the window's own
services on the GUI thread; every write goes to the :class:`WriteWorker`, whose
result (what changed, the open documents' fresh highlights) comes back by signal
and refreshes every pane. Searches go to the separate :class:`SearchWorker`.
Layout, theme, font size and the side-by-side arrangement live in the settings.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from index.search import SearchHit, SearchResults
from reader.changes import Changes
from reader.model import Document, Highlight
from ui.services import Services
from ui.window.backup_actions import BackupActions
from ui.window.library.actions import LibraryActions
from ui.window.library.model import DOC_MIME, ID_ROLE, LibraryFilter, LibraryModel
from ui.window.library.table import LibraryTable
from ui.window.notes.editor import HighlightEditor
from ui.window.notes.margin import NotesMargin
from ui.window.reading.pane import Fresh, ReadingPane
from ui.window.reading.view import ReadingView
from ui.window.search.panel import SearchPanel
from ui.window.theme import palette_for, resolve_theme, stylesheet_for
from ui.window.unsaved import recovery_path, save_recovery
from ui.window.window_parts import WindowParts
from ui.window.workers.search import SearchWorker
from ui.window.workers.write import UndoState, WriteWorker

log = logging.getLogger(__name__)

DEFAULT_FONT_SIZE = 13.0


class MainWindow(WindowParts, QMainWindow):
    def __init__(self, services: Services, worker: WriteWorker,
                 search_worker: SearchWorker | None = None) -> None:
        super().__init__()
        self.services = services
        self.worker = worker
        self.search_worker = search_worker or SearchWorker(services.paths, self)
        self.theme_name = services.library.setting("reading_theme", "auto") or "auto"
        self.theme = resolve_theme(self.theme_name)
        size = services.library.setting("reading_font_size")
        self.font_size = float(size) if size else DEFAULT_FONT_SIZE
        self.sync_scrolling = False
        self._syncing = False
        self._busy_verb = "Importing"
        self._closing = False
        self._rebuilds = 0
        self.error_box: QMessageBox | None = None
        self.setWindowTitle("Marginalia")
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.panes: list[ReadingPane] = []
        self._build_widgets()
        self.library_actions = LibraryActions(self, worker, services)
        self.backup_actions = BackupActions(self, worker, services)
        self._build_menus()
        self._connect()
        self._apply_theme()
        self.library_model.update(services.library.list_documents())
        self.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
        self._restore_layout()
        self.show_idle_status()

    # -- construction ---------------------------------------------------------
    def _build_widgets(self) -> None:
        self.library_model = LibraryModel(self)
        self.proxy = LibraryFilter(self)
        self.proxy.setSourceModel(self.library_model)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText("Filter the library…")
        self.filter.setClearButtonEnabled(True)
        self.table = self._build_table()
        library = QWidget(self)
        box = QVBoxLayout(library)
        box.setContentsMargins(6, 6, 0, 0)
        box.addWidget(self.filter)
        box.addWidget(self.table)
        self.search_panel = SearchPanel(self.search_worker, self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(library, "Library")
        self.tabs.addTab(self.search_panel, "Search")
        self.center = QSplitter(Qt.Orientation.Horizontal, self)
        self.primary = self._new_pane()
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.center)
        self.splitter.setStretchFactor(0, 1)  # a smaller window shrinks the library too,
        self.splitter.setStretchFactor(1, 3)  # not only the text
        self.splitter.setSizes([440, 1000])
        self.setCentralWidget(self.splitter)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(180)
        self.progress.hide()
        self.status_label = QLabel(self)
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.progress)
        self.stop_button = self._build_stop_button()

    def _build_table(self) -> QTableView:
        table = LibraryTable(self)
        table.setModel(self.proxy)
        return table

    def _new_pane(self) -> ReadingPane:
        pane = ReadingPane(self.services, self.worker, self.theme, self.font_size,
                           self.open_document_ids, self.center)
        pane.annotated.connect(self._annotated)
        pane.failed.connect(self.show_error)
        pane.unsaved_changed.connect(self._unsaved_changed)
        pane.opened.connect(lambda doc_id, p=pane: self._pane_opened(p, doc_id))
        pane.opened.connect(lambda _: self.update_pane_headers())
        pane.header.close_requested.connect(self.close_beside)
        pane.view.viewport_moved.connect(lambda p=pane: self._pane_scrolled(p))
        self.center.addWidget(pane)
        self.panes.append(pane)
        self._active = pane
        return pane

    def _action(self, menu: Any, text: str, slot: Callable[[], object],
                shortcut: QKeySequence | str | list[str] | None = None) -> QAction:
        action = QAction(text, self)
        if isinstance(shortcut, list):
            action.setShortcuts([QKeySequence(s) for s in shortcut])
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _=False: slot())
        menu.addAction(action)
        return action

    def _connect(self) -> None:
        self.filter.textChanged.connect(self.proxy.set_query)
        self.filter.textChanged.connect(lambda _: self._select_row())  # a filter opens nothing
        self.filter.returnPressed.connect(self.table.choose_shown)
        self.table.chosen.connect(self._table_chosen)
        self.table.unchosen.connect(self._select_row)
        self.table.customContextMenuRequested.connect(self._table_menu)
        self.search_panel.hit_activated.connect(self.open_hit)
        self.tabs.currentChanged.connect(lambda i: self.refresh_search_choices() if i else None)
        self.worker.dispatcher.progress.connect(self._progress)
        self.worker.dispatcher.undo_changed.connect(self._undo_changed)
        self.worker.dispatcher.rebuilding.connect(self.index_rebuilding)
        self.search_worker.rebuilding.connect(self.index_rebuilding)
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
        return self._active if self._active in self.panes else self.primary

    def _focus_changed(self, _: QWidget | None, now: QWidget | None) -> None:
        for pane in self.panes:
            if now is not None and pane.isAncestorOf(now) and self._active is not pane:
                self._active = pane
                self.update_pane_headers()

    # -- documents --------------------------------------------------------------
    def open_document_ids(self) -> list[str]:
        return [p.current.id for p in self.panes if p.current is not None]

    def _table_chosen(self, index: QModelIndex) -> None:
        """The reader chose a row (click, Enter, arrows): it opens in the main pane."""
        doc_id = index.data(ID_ROLE)
        if doc_id and (self.current is None or doc_id != self.current.id):
            self.open_document(doc_id)
        self._select_row()  # still the open document's row if that failed

    def open_document(self, doc_id: str) -> None:
        """Show ``doc_id`` in the main pane at its remembered position."""
        self.primary.open_document(doc_id)

    def _pane_opened(self, pane: ReadingPane, doc_id: str) -> None:
        if pane is self.primary:
            doc = pane.current
            self.setWindowTitle(f"{doc.title} — Marginalia" if doc else "Marginalia")
            self._select_row(doc_id)
            self._save_setting("last_document", doc_id)
        else:
            self.save_side_by_side()

    def _select_row(self, doc_id: str = "") -> None:
        """Mark the main pane's document in the library, and only it (none if filtered out)."""
        row = self.library_model.row_of(doc_id or (self.current.id if self.current else ""))
        self.table.select_only(self.proxy.mapFromSource(self.library_model.index(row, 0)))

    def refresh_library(self) -> None:
        self.library_model.update(self.services.library.list_documents())
        self.library_actions.follow_library()  # removed, renamed, brought back
        self.show_idle_status()

    def _table_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        doc_id = index.data(ID_ROLE)
        menu = QMenu(self)
        menu.addAction("Open").triggered.connect(lambda: self.open_document(doc_id))
        menu.addAction("Open beside").triggered.connect(lambda: self.open_beside(doc_id))
        self.library_actions.add_row_items(menu, doc_id)
        menu.exec(self.table.viewport().mapToGlobal(pos))
        menu.deleteLater()

    # -- side by side -------------------------------------------------------------
    def open_beside(self, doc_id: str) -> ReadingPane:
        """Open ``doc_id`` in a second pane to the right (created on first use)."""
        if len(self.panes) < 2:
            self._new_pane()
            self.balance_panes()
            self.close_beside_action.setEnabled(True)
        pane = self.panes[1]
        pane.open_document(doc_id)
        self._active = pane
        self.update_pane_headers()
        return pane

    def balance_panes(self) -> None:
        """Two panes: equal, each mostly text; the library folds away (drag its edge
        or View → Library to bring it back) unless the window is very wide."""
        total = max(self.splitter.width(), self.width() - 8)
        two = len(self.panes) > 1
        left = (0 if total < 1800 else 290) if two else min(440, int(total * 0.3))
        self.splitter.setSizes([left, total - left])
        each = (total - left) // len(self.panes)
        self.center.setSizes([each] * len(self.panes))
        margin = max(200, int(each * 0.28)) if two else max(220, int(each * 0.3))
        for pane in self.panes:
            pane.splitter.setSizes([each - margin, margin])

    def close_beside(self) -> None:
        if len(self.panes) < 2:
            return
        pane = self.panes.pop()
        pane.flush_edits()
        pane.save_reading_position()
        pane.hide()
        pane.setParent(None)

        def hand_over(_: object = None) -> None:  # after the pane's last saves answered
            self.primary.keep_unsaved(list(pane.unsaved.values()), pane.unsaved_reason)
            pane.deleteLater()

        self.worker.submit(lambda s, _: None, hand_over, hand_over)
        self._active = self.primary
        self.close_beside_action.setEnabled(False)
        self.update_pane_headers()
        self.balance_panes()
        self.save_side_by_side()

    def set_sync_scrolling(self, on: bool) -> None:
        self.sync_scrolling = on
        self.sync_action.setChecked(on)
        self.save_side_by_side()
        if on and len(self.panes) > 1:
            self._pane_scrolled(self.active_pane())

    def _pane_scrolled(self, pane: ReadingPane) -> None:
        """With sync on, the other pane follows by paragraph (same block index)."""
        if not self.sync_scrolling or self._syncing or len(self.panes) < 2:
            return
        other = self.panes[1] if pane is self.primary else self.primary
        self._syncing = True
        try:
            other.scroll_to_paragraph(*pane.paragraph_position())
        finally:
            self._syncing = False

    # -- search -------------------------------------------------------------------
    def show_search(self) -> None:
        self.show_sidebar(True)
        self.tabs.setCurrentWidget(self.search_panel)
        self.search_panel.focus_query()

    def refresh_search_choices(self) -> None:
        langs = sorted({lang for row in self.library_model.rows for lang in row.languages})
        counts: dict[str, int] = {}
        for h in self.services.annotations.all_highlights():
            for tag in h.tags:
                counts[tag] = counts.get(tag, 0) + 1
        tags = sorted(counts, key=lambda t: (-counts[t], t))
        self.search_panel.set_choices(langs, tags)

    def open_hit(self, hit: SearchHit, results: SearchResults) -> None:
        """Open the hit's document in the active pane, every hit of it painted."""
        pane = self.active_pane()
        if not pane.open_document(hit.doc_id, keep_if_open=True):
            return
        if hit.kind == "annotation":
            text_hits = next((h.hits for h in results.hits
                              if h.doc_id == hit.doc_id and h.kind == "document"), [])
            pane.show_hits(list(text_hits), hit.highlight_id)
        else:
            pane.show_hits(list(hit.hits))
        count = len(pane.view.hits)
        where = f"match 1 of {count}" if count > 1 else "1 match"
        self.status_label.setText(f"{where.capitalize()} in this document · F3 next, "
                                  "Shift+F3 previous" if count else "")

    def step_hit(self, step: int) -> None:
        self.active_pane().step_hit(step)

    def find_in_document(self) -> None:
        self.active_pane().find_bar.open_bar()

    # -- annotations (undo/redo span every pane) --------------------------------------
    def _annotated(self, fresh: Fresh) -> None:
        labels = self.primary.read_color_labels()  # a rename (or its undo): once for all
        for pane in self.panes:
            pane.apply_fresh(fresh)
            pane.show_color_labels(labels)
        self.refresh_library()

    def undo(self) -> None:
        for pane in self.panes:
            pane.flush_edits()
        self.active_pane().annotate(lambda a: a.undo() if a.can_undo else Changes())

    def redo(self) -> None:
        self.active_pane().annotate(lambda a: a.redo() if a.can_redo else Changes())

    def _undo_changed(self, state: UndoState) -> None:
        self.undo_action.setEnabled(state.can_undo)
        self.redo_action.setEnabled(state.can_redo)
        self.undo_action.setText(state.undo_text or "Undo")
        self.redo_action.setText(state.redo_text or "Redo")

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
        self._save_setting("reading_font_size", str(size))

    def set_theme(self, name: str, remember: bool = True) -> None:
        self.theme_name = name
        self.theme = resolve_theme(name)
        self._apply_theme()
        for pane in self.panes:
            pane.set_theme(self.theme)
        if remember:
            self._save_setting("reading_theme", name)

    def _apply_theme(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setPalette(palette_for(self.theme))
        self.setStyleSheet(stylesheet_for(self.theme) + self.extra_stylesheet())

    def _save_setting(self, key: str, value: str) -> None:
        self.worker.submit(lambda s, _: s.library.set_setting(key, value))

    # -- drag and drop ----------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls() or event.mimeData().hasFormat(DOC_MIME):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: Any) -> None:  # noqa: N802
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        data = event.mimeData()
        if data.hasFormat(DOC_MIME):
            event.acceptProposedAction()
            doc_id = bytes(data.data(DOC_MIME).data()).decode("utf-8")
            self.drop_document(doc_id, self.center.mapFrom(self, event.position().toPoint()))
            return
        paths = [u.toLocalFile() for u in data.urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)

    def drop_document(self, doc_id: str, at: QPoint) -> None:
        """A document dropped on the right half of the reading area opens beside."""
        if at.x() > self.center.width() // 2:
            self.open_beside(doc_id)
        elif at.x() >= 0:
            self.open_document(doc_id)

    # -- errors & closing -----------------------------------------------------------
    def show_error(self, message: str) -> None:
        """The status bar and a non-modal message (reused, so failures never pile up)."""
        self.status_label.setText(message)
        if self._closing:
            return
        if self.error_box is not None and self.error_box.isVisible():
            self.error_box.setText(message)
            return
        self.error_box = self._message(QMessageBox.Icon.Warning, "Marginalia", message)

    def _message(self, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.NonModal)  # reading and typing go on
        box.show()
        return box

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """Nothing typed is lost: flush notes, positions and layout, then wait for writes.

        Edits the store still refuses go to a recovery file in the data directory
        (restored on the next start); if even that cannot be written, the reader is
        asked before anything is dropped.
        """
        self.flush_edits()
        for pane in self.panes:
            pane.retry_unsaved()
        self.save_reading_position()
        self._save_setting("window_layout", self.layout_state())
        self.save_side_by_side()
        self.search_worker.close()
        self._closing = True
        self.worker.close()
        edits = self.unsaved_edits()
        if edits:
            try:
                save_recovery(self.services.paths, edits)
                log.warning("unsaved edits kept: %d, in %s", len(edits),
                            recovery_path(self.services.paths))
            except OSError as exc:
                if not self.confirm_discard(edits, str(exc)):
                    self._closing = False
                    event.ignore()
                    return
        super().closeEvent(event)


def app_icon() -> QIcon:
    """The app's icon, from ``ui/resources`` (also where the frozen build puts it)."""
    path = Path(__file__).resolve().parents[1] / "resources" / "marginalia.svg"
    if not path.is_file():
        log.warning("app icon missing: %s", path)
        return QIcon()
    return QIcon(str(path))
