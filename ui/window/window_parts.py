"""The main window's menus, remembered layout, import and export (a mixin).

Split from :mod:`ui.window.main_window` to keep each module readable; everything here works
on the attributes :class:`ui.window.main_window.MainWindow` builds (panes, worker, status bar).
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QActionGroup, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QToolButton

from reader.model import ImportReport
from ui import wording
from ui.window.export_dialog import ExportChoice, ask_backup, ask_export, run_export, show_done
from ui.window.library.import_summary import import_status
from ui.window.notes.labels_dialog import ColorNamesDialog
from ui.window.theme import THEMES
from ui.window.unsaved import Edit, clear_recovery, load_recovery, recovery_path

log = logging.getLogger(__name__)

REBUILDING = "Rebuilding the search index…"


class WindowParts:
    """Menus, layout memory, import and export for :class:`ui.window.main_window.MainWindow`."""

    last_export: Any = None  # the last ExportResult (shown in the message, kept for tests)
    export_message: QMessageBox | None = None

    # -- menus ----------------------------------------------------------------------
    def _build_menus(self: Any) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self._action(file_menu, "&Import…", self.ask_import, QKeySequence.StandardKey.Open)
        file_menu.addSeparator()
        self._action(file_menu, "&Export notes…", self.export_notes, "Ctrl+E")
        self.backup_actions.add_file_items(file_menu)
        self._action(file_menu, "&Back up annotations (JSON)…", self.backup_annotations)
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", self.close, QKeySequence.StandardKey.Quit)
        edit = bar.addMenu("&Edit")
        self.undo_action = self._action(edit, "&Undo", self.undo, QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(edit, "&Redo", self.redo, "Ctrl+Shift+Z")
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        edit.addSeparator()
        self._action(edit, "&Colour names…", self.rename_colors)
        edit.addSeparator()
        self._action(edit, "&Find in document…", self.find_in_document, "Ctrl+F")
        self._action(edit, "Search the &library…", self.show_search, ["Ctrl+Shift+F", "Ctrl+K"])
        self._action(edit, "Next hit", lambda: self.step_hit(1), "F3")
        self._action(edit, "Previous hit", lambda: self.step_hit(-1), "Shift+F3")
        self.library_actions.build_menu(bar.addMenu("&Library"))
        self._build_view_menu(bar.addMenu("&View"))

    def _build_view_menu(self: Any, view: Any) -> None:
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
        view.addSeparator()
        self._action(view, "Show or hide the &library", lambda: self.show_sidebar(
            self.splitter.sizes()[0] == 0), "Ctrl+Shift+L")
        self.sync_action = self._action(view, "S&ynchronise scrolling by paragraph",
                                        lambda: self.set_sync_scrolling(
                                            self.sync_action.isChecked()))
        self.sync_action.setCheckable(True)
        self.close_beside_action = self._action(view, "&Close the second pane",
                                                self.close_beside)
        self.close_beside_action.setEnabled(False)

    def rename_colors(self: Any, names: dict[str, str] | None = None) -> None:
        """Edit → Colour names…: ``names`` bypasses the dialog (tests, scripts)."""
        labels = self.services.annotations.color_labels()
        if names is None:
            dialog = ColorNamesDialog(labels, self.theme, self)
            if dialog.exec() != ColorNamesDialog.DialogCode.Accepted:
                return
            names = dialog.changed(labels)
        for color, label in names.items():  # each undoable, like any annotation edit
            self.active_pane().annotate(lambda a, c=color, n=label: a.set_color_label(c, n))

    def update_pane_headers(self: Any) -> None:
        """Side by side, each pane names its document; the active one is marked."""
        two = len(self.panes) > 1
        for i, pane in enumerate(self.panes):
            pane.header.setVisible(two)
            if two:
                title = pane.current.title if pane.current else "No document"
                pane.header.show_state(title, pane is self.active_pane(), closable=i > 0)

    def show_sidebar(self: Any, shown: bool) -> None:
        """Unfold (or fold away) the library and search column beside the text."""
        sizes = self.splitter.sizes()
        total = sum(sizes)
        if shown and sizes[0] == 0:
            left = min(360, total // 3)
            self.splitter.setSizes([left, total - left])
        elif not shown and sizes[0] > 0:
            self.splitter.setSizes([0, total])

    def extra_stylesheet(self: Any) -> str:
        t = self.theme
        return f"""
        QToolButton#Chip {{ border: 1px solid {t.card_border}; border-radius: 10px;
            padding: 1px 8px; background: {t.paper}; color: {t.ink}; }}
        QToolButton#Chip:checked {{ background: {t.accent}; color: {t.paper};
            border-color: {t.accent}; }}
        QFrame#FindBar {{ background: {t.chrome}; border-bottom: 1px solid {t.card_border}; }}
        QLineEdit[nomatch="true"] {{ border: 1px solid #d1242f; }}
        QFrame#UnsavedBar {{ background: {"#4a3b12" if t.is_dark else "#fff1c2"};
            border-bottom: 1px solid {t.card_border}; }}
        QFrame#UnsavedBar QLabel {{ color: {t.ink}; }}
        QLabel#Unsaved {{ color: {"#ff7b72" if t.is_dark else "#d1242f"}; font-weight: bold; }}
        QTabBar::tab {{ padding: 5px 14px; }}
        QFrame#PaneHeader {{ background: {t.chrome}; border-bottom: 1px solid {t.card_border};
            border-top: 2px solid {t.chrome}; }}
        QFrame#PaneHeader[active="true"] {{ border-top: 2px solid {t.accent}; }}
        QListView {{ border: none; background: {t.paper}; }}
        QStatusBar {{ border-top: 1px solid {t.card_border}; }}
        QStatusBar QLabel {{ color: {t.muted}; padding: 0 6px; }}
        """

    def show_idle_status(self: Any) -> None:
        rows = self.library_model.rows
        count = sum(r.highlights for r in rows)
        self.status_label.setText(f"{wording.count(len(rows), 'document')} · "
                                  f"{wording.count(count, 'highlight')} · "
                                  "Ctrl+K to search, Ctrl+F to find")

    # -- edits the store refused, index rebuilds ------------------------------------------
    def unsaved_edits(self: Any) -> list[Edit]:
        return [edit for pane in self.panes for edit in pane.unsaved.values()]

    def _unsaved_changed(self: Any) -> None:
        if not self.unsaved_edits() and not self._closing:
            clear_recovery(self.services.paths)  # everything reached the store
            self.show_idle_status()

    def restore_unsaved(self: Any) -> None:
        """Put back the edits the last session could not save, and try them again."""
        edits = load_recovery(self.services.paths)
        if edits:
            log.info("restoring unsaved edits: %d, from %s", len(edits),
                     recovery_path(self.services.paths))
            self.primary.keep_unsaved(edits, "they could not be saved last time.")
            self.primary.retry_unsaved()

    def confirm_discard(self: Any, edits: list[Edit], problem: str) -> bool:
        """Closing although ``edits`` could be kept nowhere: the reader decides."""
        answer = QMessageBox.question(
            self, "Close and lose unsaved edits?",
            f"{wording.count(len(edits), 'edit')} could not be saved, nor kept in a recovery file "
            f"({problem}).\n\nClose anyway and lose them?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def index_rebuilding(self: Any, started: bool) -> None:
        """A worker rebuilds the search index (damaged or outdated): say so meanwhile."""
        self._rebuilds = max(0, self._rebuilds + (1 if started else -1))
        if self._rebuilds:
            self.status_label.setText(REBUILDING)
            self.search_panel.status.setText(REBUILDING)
            self.progress.setRange(0, 0)
            self.progress.show()
        else:
            self.progress.hide()  # (a new, empty library's first index is no news)
            self.status_label.setText("The search index was rebuilt."
                                      if self.library_model.rows else "")
            if self.search_panel.status.text() == REBUILDING:
                self.search_panel.status.setText("")

    # -- layout memory ------------------------------------------------------------------
    def _restore_layout(self: Any) -> None:
        raw = self.services.library.setting("window_layout")
        if not raw:
            self.resize(1440, 880)
            return
        try:
            layout = json.loads(raw)
            self.restoreGeometry(QByteArray.fromBase64(layout["geometry"].encode()))
            self.splitter.restoreState(QByteArray.fromBase64(layout["splitter"].encode()))
            if "pane" in layout:
                self.primary.splitter.restoreState(
                    QByteArray.fromBase64(layout["pane"].encode()))
        except (ValueError, KeyError, TypeError) as exc:
            log.warning("ignoring a damaged window layout: %s", exc)

    def layout_state(self: Any) -> str:
        def b64(data: QByteArray) -> str:
            return bytes(data.toBase64().data()).decode()
        return json.dumps({"geometry": b64(self.saveGeometry()),
                           "splitter": b64(self.splitter.saveState()),
                           "pane": b64(self.primary.splitter.saveState())})

    def save_side_by_side(self: Any) -> None:
        beside = self.panes[1].current.id if len(self.panes) > 1 and self.panes[1].current \
            else None
        self._save_setting("side_by_side", json.dumps({"beside": beside,
                                                       "sync": self.sync_scrolling}))

    def restore_side_by_side(self: Any) -> None:
        """Reopen the second pane and the sync choice as the reader left them."""
        raw = self.services.library.setting("side_by_side")
        try:
            state = json.loads(raw) if raw else {}
        except ValueError:
            log.warning("ignoring a damaged side-by-side setting: %r", raw)
            return
        ids = {r.id for r in self.library_model.rows}
        if state.get("beside") in ids:
            self.open_beside(state["beside"])
        self.sync_scrolling = bool(state.get("sync"))
        self.sync_action.setChecked(self.sync_scrolling)

    # -- long work: progress and Stop ----------------------------------------------------
    def _build_stop_button(self: Any) -> QToolButton:
        button = QToolButton(self)
        button.setText("Stop")
        button.setToolTip("Stop after the current item; everything finished stays")
        button.clicked.connect(self.stop_long)
        button.hide()
        self.statusBar().addPermanentWidget(button)
        return button

    def _start_long(self: Any, verb: str, text: str) -> None:
        """An import or export starts on the worker: progress, and a Stop button."""
        self._busy_verb = verb
        self.status_label.setText(text)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.stop_button.setEnabled(True)
        self.stop_button.show()

    def _end_long(self: Any) -> None:
        self.progress.hide()
        self.stop_button.hide()

    def _long_failed(self: Any, message: str) -> None:
        """An import or export ended on an error: its progress goes, the error shows
        (a refused note save meanwhile leaves the import's progress alone)."""
        self._end_long()
        self.show_error(message)

    def stop_long(self: Any) -> None:
        """Stop: the worker ends the import or export between two items."""
        self.worker.cancel()
        self.stop_button.setEnabled(False)
        self.status_label.setText(f"Stopping ({self._busy_verb.lower()})…")

    # -- import ---------------------------------------------------------------------------
    def ask_import(self: Any) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, "Import documents", "", "Texts (*.txt *.md *.markdown *.html *.htm);;All (*)")
        if files:
            self.import_files(files)

    def import_files(self: Any, paths: list[str]) -> None:
        self._start_long("Importing", f"Importing {wording.count(len(paths), 'item')}…")
        self.worker.submit(lambda s, report: s.import_paths(paths, report),
                           self._imported, self._long_failed)

    def _progress(self: Any, done: int, total: int, name: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.show()
        self.status_label.setText(f"{self._busy_verb} {done}/{total}: {name}")

    def _imported(self: Any, report: ImportReport) -> None:
        self._end_long()
        self.refresh_library()
        self.library_actions.reopen(o.document_id for o in report.outcomes
                                    if o.status == "new_version")
        text = import_status(report)
        if report.refused:
            details = "\n".join(f"• {path}: {reason}" for path, reason in report.refused[:20])
            if len(report.refused) > 20:
                details += f"\n… and {len(report.refused) - 20} more"
            self._message(QMessageBox.Icon.Warning, "Some files were not imported", details)
        self.status_label.setText(text)
        if report.added and self.current is None:
            self.open_document(report.added[0].document_id)

    # -- export ---------------------------------------------------------------------------
    def _export_folder(self: Any) -> Path:
        last = self.services.library.setting("export_folder")
        return Path(last) if last else Path.home() / "Marginalia notes"

    def export_notes(self: Any, choice: ExportChoice | None = None) -> None:
        """File → Export notes…: ``choice`` bypasses the dialog (tests, scripts)."""
        if choice is None:
            title = self.current.title if self.current else None
            choice = ask_export(self, title, self._export_folder())
            if choice is None:
                return
        self._save_setting("export_folder", str(choice.folder))
        self._run_export(choice)

    def backup_annotations(self: Any, choice: ExportChoice | None = None) -> None:
        """File → Back up annotations (JSON): every annotation, W3C Web Annotation model."""
        if choice is None:
            choice = ask_backup(self, self._export_folder())
            if choice is None:
                return
        self._run_export(ExportChoice(choice.folder, True, backup=True))

    def _run_export(self: Any, choice: ExportChoice) -> None:
        for pane in self.panes:
            pane.flush_edits()  # a note being typed goes into the export
        doc_id = self.current.id if self.current else None
        self._start_long("Exporting", "Backing up…" if choice.backup else "Exporting notes…")

        def done(result: Any) -> None:
            self._end_long()
            self.last_export = result
            self.status_label.setText(f"Exported to {result.folder}")
            self.export_message = show_done(self, result, choice.backup)

        self.worker.submit(lambda s, report: run_export(s, choice, doc_id, report), done,
                           self._long_failed)
