"""The main window: library | reading view | notes margin, and what ties them.

Reads (the library list, a document, its highlights) go through the window's own
services on the GUI thread; every write goes to the :class:`WriteWorker`, whose
result (what changed, the document's fresh highlights) comes back by signal and
refreshes the views. Layout, theme and font size live in the library's settings.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QItemSelection, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reader.changes import Changes
from reader.errors import MarginaliaError
from reader.model import Document, Highlight, ImportReport
from ui.editor import HighlightEditor
from ui.margin import NotesMargin
from ui.models import ID_ROLE, LibraryFilter, LibraryModel
from ui.reading_view import ReadingView
from ui.services import Services
from ui.theme import THEMES, palette_for, resolve_theme, stylesheet_for
from ui.workers import UndoState, WriteWorker

log = logging.getLogger(__name__)

DEFAULT_FONT_SIZE = 13.0
POSITION_SAVE_DELAY_MS = 1500


class MainWindow(QMainWindow):
    def __init__(self, services: Services, worker: WriteWorker) -> None:
        super().__init__()
        self.services = services
        self.worker = worker
        self.current: Document | None = None
        self.highlights: list[Highlight] = []
        self.theme_name = services.library.setting("reading_theme", "auto") or "auto"
        self.theme = resolve_theme(self.theme_name)
        size = services.library.setting("reading_font_size")
        self.font_size = float(size) if size else DEFAULT_FONT_SIZE
        self.setWindowTitle("Marginalia")
        self.setAcceptDrops(True)
        self._build_widgets()
        self._build_menus()
        self._connect()
        self._apply_theme()
        self.library_model.update(services.library.list_documents())
        self.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
        self._restore_layout()

    # -- construction ---------------------------------------------------------
    def _build_widgets(self) -> None:
        self.library_model = LibraryModel(self)
        self.proxy = LibraryFilter(self)
        self.proxy.setSourceModel(self.library_model)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText("Filter the library…")
        self.filter.setClearButtonEnabled(True)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 120)
        header.setMinimumSectionSize(40)
        left = QWidget(self)
        box = QVBoxLayout(left)
        box.setContentsMargins(6, 6, 0, 0)
        box.addWidget(self.filter)
        box.addWidget(self.table)
        self.view = ReadingView(self.theme, self.font_size, self)
        self.margin = NotesMargin(self.view, self.theme, self)
        self.editor = HighlightEditor(self.theme, self)
        self.right = QSplitter(Qt.Orientation.Vertical, self)
        self.right.addWidget(self.margin)
        self.right.addWidget(self.editor)
        self.right.setStretchFactor(0, 3)
        self.right.setStretchFactor(1, 2)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        for w in (left, self.view, self.right):
            self.splitter.addWidget(w)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([480, 660, 300])
        self.setCentralWidget(self.splitter)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(180)
        self.progress.hide()
        self.status_label = QLabel(self)
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.progress)
        self._position_timer = QTimer(self, singleShot=True, interval=POSITION_SAVE_DELAY_MS,
                                      timeout=self.save_reading_position)

    def _action(self, menu: Any, text: str, slot: Callable[[], object],
                shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _=False: slot())
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self._action(file_menu, "&Import…", self.ask_import, QKeySequence.StandardKey.Open)
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", self.close, QKeySequence.StandardKey.Quit)
        edit = bar.addMenu("&Edit")
        self.undo_action = self._action(edit, "&Undo", self.undo, QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(edit, "&Redo", self.redo, "Ctrl+Shift+Z")
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        view = bar.addMenu("&View")
        self._action(view, "&Larger text", lambda: self.zoom(1), "Ctrl+=")
        self._action(view, "&Smaller text", lambda: self.zoom(-1), "Ctrl+-")
        self._action(view, "&Default text size", lambda: self.zoom(0), "Ctrl+0")
        themes = view.addMenu("&Theme")
        group = QActionGroup(self)
        for name in THEMES:
            label = "Follow the system" if name == "auto" else name.capitalize()
            action = self._action(themes, label, lambda n=name: self.set_theme(n))
            action.setCheckable(True)
            action.setChecked(name == self.theme_name)
            group.addAction(action)

    def _connect(self) -> None:
        self.filter.textChanged.connect(self.proxy.set_query)
        self.table.selectionModel().selectionChanged.connect(self._table_selection)
        self.view.highlight_requested.connect(self.create_highlight)
        self.view.highlight_clicked.connect(self.select_highlight)
        self.view.delete_requested.connect(self.delete_highlight)
        self.view.viewport_moved.connect(self._position_timer.start)
        self.margin.card_clicked.connect(self.goto_highlight)
        self.margin.document_note_edited.connect(self.save_document_note)
        self.editor.color_picked.connect(lambda h, c: self._annotate(lambda a: a.recolor(h, c)))
        self.editor.note_edited.connect(lambda h, n: self._annotate(lambda a: a.set_note(h, n)))
        self.editor.tags_edited.connect(lambda h, t: self._annotate(lambda a: a.set_tags(h, t)))
        self.editor.delete_requested.connect(self.delete_highlight)
        self.worker.dispatcher.progress.connect(self._progress)
        self.worker.dispatcher.undo_changed.connect(self._undo_changed)
        hints = QApplication.styleHints()
        if hasattr(hints, "colorSchemeChanged"):
            hints.colorSchemeChanged.connect(lambda *_: self.set_theme(self.theme_name, False))

    # -- documents --------------------------------------------------------------
    def _table_selection(self, selected: QItemSelection, _: QItemSelection) -> None:
        rows = selected.indexes()
        if rows:
            doc_id = rows[0].data(ID_ROLE)
            if self.current is None or doc_id != self.current.id:
                self.open_document(doc_id)

    def open_document(self, doc_id: str) -> None:
        """Show ``doc_id`` at its remembered position, with its highlights and notes."""
        self.flush_edits()
        if self.current is not None:
            self.save_reading_position()
        try:
            doc = self.services.library.get(doc_id)
            highlights = self._read_highlights(doc_id)
        except MarginaliaError as exc:
            self.show_error(str(exc))
            return
        self.current = doc
        self.highlights = highlights
        self.editor.set_highlight(None)
        self.view.load(doc, highlights, doc.reading_position)
        self.margin.load(doc.id, self._document_note(doc), highlights)
        self.setWindowTitle(f"{doc.title} — Marginalia")
        self._select_row(doc_id)
        self.worker.submit(lambda s, _: s.library.set_setting("last_document", doc_id))

    def _read_highlights(self, doc_id: str) -> list[Highlight]:
        return list(self.services.annotations.for_document(doc_id))

    def _document_note(self, doc: Document) -> str:
        return self.services.annotations.document_note(doc.id)

    def _select_row(self, doc_id: str) -> None:
        row = self.library_model.row_of(doc_id)
        if row >= 0:
            index = self.proxy.mapFromSource(self.library_model.index(row, 0))
            if index.isValid() and self.table.currentIndex().row() != index.row():
                self.table.selectRow(index.row())
                self.table.scrollTo(index)

    def refresh_library(self) -> None:
        self.library_model.update(self.services.library.list_documents())

    # -- highlights ---------------------------------------------------------------
    def _annotate(self, op: Callable[[Any], Any], select_new: bool = False) -> None:
        """Run an annotation operation on the worker, then refresh from its result."""
        doc_id = self.current.id if self.current else None

        def task(s: Services, _: object) -> tuple[Any, list[Highlight], Changes]:
            result = op(s.annotations)
            created, changes = result if isinstance(result, tuple) else (None, result)
            s.apply(changes)
            fresh = list(s.annotations.for_document(doc_id)) if doc_id else []
            return created, fresh, changes

        def done(result: tuple[Any, list[Highlight], Changes]) -> None:
            created, fresh, _ = result
            if self.current is not None and self.current.id == doc_id:
                self._show_highlights(fresh)
                if select_new and created is not None:
                    self.select_highlight(created.id)
                self.library_model.update(self.services.library.list_documents())

        self.worker.submit(task, done, self.show_error)

    def _show_highlights(self, highlights: list[Highlight]) -> None:
        self.highlights = highlights
        self.view.set_highlights(highlights)
        self.margin.set_highlights(highlights)
        selected = self.editor.highlight
        if selected is not None:
            self.editor.set_highlight(next((h for h in highlights if h.id == selected.id), None))

    def create_highlight(self, start: int, end: int, color: str) -> None:
        if self.current is None:
            return
        doc_id = self.current.id
        self._annotate(lambda a: a.create(doc_id, start, end, color=color), select_new=True)

    def select_highlight(self, hid: str) -> None:
        h = next((h for h in self.highlights if h.id == hid), None)
        self.view.select_highlight(hid)
        self.margin.cards.select(hid)
        self.editor.set_highlight(h)

    def goto_highlight(self, hid: str) -> None:
        h = next((h for h in self.highlights if h.id == hid), None)
        if h is None:
            return
        if h.status != "orphaned":
            self.view.scroll_to_offset(h.start, slack=self.view.viewport().height() // 3)
            self.view.flash(h.start, h.end)
        self.select_highlight(hid)

    def delete_highlight(self, hid: str) -> None:
        if self.editor.highlight is not None and self.editor.highlight.id == hid:
            self.editor.set_highlight(None)
        self._annotate(lambda a: a.delete(hid))

    def save_document_note(self, doc_id: str, note: str) -> None:
        self._annotate(lambda a: a.set_document_note(doc_id, note))

    def undo(self) -> None:
        self.flush_edits()
        self._annotate(lambda a: a.undo() if a.can_undo else Changes())

    def redo(self) -> None:
        self._annotate(lambda a: a.redo() if a.can_redo else Changes())

    def _undo_changed(self, state: UndoState) -> None:
        self.undo_action.setEnabled(state.can_undo)
        self.redo_action.setEnabled(state.can_redo)
        self.undo_action.setText(state.undo_text or "Undo")
        self.redo_action.setText(state.redo_text or "Redo")

    def flush_edits(self) -> None:
        """Send any note still being typed to the worker now."""
        self.editor.flush()
        self.margin.flush()

    # -- reading comfort ---------------------------------------------------------
    def save_reading_position(self) -> None:
        if self.current is None:
            return
        doc_id, position = self.current.id, self.view.offset_at_top()
        self._position_timer.stop()
        self.worker.submit(lambda s, _: s.library.set_reading_position(doc_id, position))

    def zoom(self, step: int) -> None:
        size = DEFAULT_FONT_SIZE if step == 0 else min(32.0, max(8.0, self.font_size + step))
        self.font_size = size
        self.view.set_font_size(size)
        self._save_setting("reading_font_size", str(size))

    def set_theme(self, name: str, remember: bool = True) -> None:
        self.theme_name = name
        self.theme = resolve_theme(name)
        self._apply_theme()
        self.view.set_theme(self.theme)
        self.margin.set_theme(self.theme)
        self.editor.set_theme(self.theme)
        if remember:
            self._save_setting("reading_theme", name)

    def _apply_theme(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setPalette(palette_for(self.theme))
        self.setStyleSheet(stylesheet_for(self.theme))

    def _save_setting(self, key: str, value: str) -> None:
        self.worker.submit(lambda s, _: s.library.set_setting(key, value))

    def _restore_layout(self) -> None:
        raw = self.services.library.setting("window_layout")
        if not raw:
            self.resize(1440, 880)
            return
        try:
            layout = json.loads(raw)
            self.restoreGeometry(QByteArray.fromBase64(layout["geometry"].encode()))
            self.splitter.restoreState(QByteArray.fromBase64(layout["splitter"].encode()))
            self.right.restoreState(QByteArray.fromBase64(layout["right"].encode()))
        except (ValueError, KeyError, TypeError) as exc:
            log.warning("ignoring a damaged window layout: %s", exc)

    def layout_state(self) -> str:
        def b64(data: QByteArray) -> str:
            return bytes(data.toBase64().data()).decode()
        return json.dumps({"geometry": b64(self.saveGeometry()),
                           "splitter": b64(self.splitter.saveState()),
                           "right": b64(self.right.saveState())})

    # -- import -------------------------------------------------------------------
    def ask_import(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, "Import documents", "", "Texts (*.txt *.md *.markdown *.html *.htm);;All (*)")
        if files:
            self.import_files(files)

    def import_files(self, paths: list[str]) -> None:
        self.status_label.setText(f"Importing {len(paths)} item(s)…")
        self.progress.setRange(0, 0)
        self.progress.show()
        self.worker.submit(lambda s, report: s.import_paths(paths, report),
                           self._imported, self.show_error)

    def _progress(self, done: int, total: int, name: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.show()
        self.status_label.setText(f"Importing {done}/{total}: {name}")

    def _imported(self, report: ImportReport) -> None:
        self.progress.hide()
        self.refresh_library()
        added = len(report.added)
        unchanged = sum(1 for o in report.outcomes if o.status == "unchanged")
        versions = sum(1 for o in report.outcomes if o.status == "new_version")
        text = f"Imported {added} new, {versions} new version(s), {unchanged} already there"
        if report.refused:
            text += f", {len(report.refused)} refused"
            details = "\n".join(f"• {path}: {reason}" for path, reason in report.refused[:20])
            self._message(QMessageBox.Icon.Warning, "Some files were not imported", details)
        self.status_label.setText(text)
        if report.added and self.current is None:
            self.open_document(report.added[0].document_id)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)

    # -- errors & closing -----------------------------------------------------------
    def show_error(self, message: str) -> None:
        self.progress.hide()
        self.status_label.setText(message)
        self._message(QMessageBox.Icon.Warning, "Marginalia", message)

    def _message(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not modal to the event loop: work goes on behind it

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """Nothing typed is lost: flush notes, position and layout, then wait for writes."""
        self.flush_edits()
        self.save_reading_position()
        self._save_setting("window_layout", self.layout_state())
        self.worker.close()
        super().closeEvent(event)
