"""File → Export notes… and File → Back up annotations (JSON)… in the window.

The choosing, running and telling live in :mod:`ui.window.export_dialog`; this is
the window's part: the note being typed goes into the export, the export runs on
the write worker with the long-work progress and Stop, and its message (with
"Open folder") is kept, like the result, for whoever drives the window (tests).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from reader.export import ExportResult
from ui.window.export_dialog import ExportChoice, ask_backup, ask_export, run_export, show_done

if TYPE_CHECKING:
    from ui.window.layout_memory import LayoutMemory
    from ui.window.long_work import LongWork
    from ui.window.main_window import MainWindow
    from ui.window.workers.write import WriteWorker


class ExportActions(QObject):
    """The two File menu items; ``last_export`` and ``export_message`` are the last
    run's result and message."""

    def __init__(self, window: MainWindow, worker: WriteWorker, long_work: LongWork,
                 memory: LayoutMemory) -> None:
        super().__init__(window)
        self.window, self.worker = window, worker
        self.long_work, self.memory = long_work, memory
        self.last_export: ExportResult | None = None
        self.export_message: QMessageBox | None = None

    def export_notes(self, choice: ExportChoice | None = None) -> None:
        """File → Export notes…: ``choice`` bypasses the dialog (tests, scripts)."""
        if choice is None:
            current = self.window.current
            choice = ask_export(self.window, current.title if current else None,
                                self.memory.export_folder())
            if choice is None:
                return
        self.memory.remember_export_folder(choice.folder)
        self._run(choice)

    def backup_annotations(self, choice: ExportChoice | None = None) -> None:
        """File → Back up annotations (JSON): every annotation, W3C Web Annotation model."""
        if choice is None:
            choice = ask_backup(self.window, self.memory.export_folder())
            if choice is None:
                return
        self._run(ExportChoice(choice.folder, True, backup=True))

    def _run(self, choice: ExportChoice) -> None:
        window = self.window
        window.flush_edits()  # a note being typed goes into the export
        doc_id = window.current.id if window.current else None
        self.long_work.start(self.tr("Exporting"), self.tr("Backing up…") if choice.backup
                             else self.tr("Exporting notes…"))

        def done(result: ExportResult) -> None:
            self.long_work.end()
            self.last_export = result
            window.status_label.setText(self.tr("Exported to {folder}").format(
                folder=result.folder))
            self.export_message = show_done(window, result, choice.backup)

        self.worker.run(lambda s, report: run_export(s, choice, doc_id, report), done,
                           self.long_work.failed)
