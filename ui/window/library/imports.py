"""File → Import… and files dropped on the window: imported on the write worker,
with the long-work progress and Stop, then summed up on the status line.

Files refused (unreadable, not text) are listed in a message that does not stop the
reading; a new version of an open document is shown afresh in its pane (its
highlights were re-anchored to the new text), and an empty window opens the
first document added.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMessageBox

from reader.model import ImportReport
from ui import wording
from ui.window.library.import_summary import import_status
from ui.window.messages import show_message

if TYPE_CHECKING:
    from ui.window.long_work import LongWork
    from ui.window.main_window import MainWindow
    from ui.window.workers.write import WriteWorker

FILES = "Texts and books (*.txt *.md *.markdown *.html *.htm *.epub);;All (*)"
LISTED_REFUSALS = 20  # refused files named in the message; the rest are counted


class Imports:
    """Imports into the ``window``'s library, run on ``worker``, shown by ``long_work``."""

    def __init__(self, window: MainWindow, worker: WriteWorker, long_work: LongWork) -> None:
        self.window, self.worker, self.long_work = window, worker, long_work

    def ask(self) -> None:
        """File → Import…: the files the reader picks."""
        files, _ = QFileDialog.getOpenFileNames(self.window, "Import documents", "", FILES)
        if files:
            self.import_files(files)

    def import_files(self, paths: list[str]) -> None:
        self.long_work.start("Importing", f"Importing {wording.count(len(paths), 'item')}…")
        self.worker.run(lambda s, report: s.import_paths(paths, report),
                           self._imported, self.long_work.failed)

    def _imported(self, report: ImportReport) -> None:
        window = self.window
        self.long_work.end()
        window.refresh_library()
        window.library_actions.reopen(o.document_id for o in report.outcomes
                                      if o.status == "new_version")
        text = import_status(report)
        if report.refused:
            details = "\n".join(f"• {path}: {reason}"
                                for path, reason in report.refused[:LISTED_REFUSALS])
            if len(report.refused) > LISTED_REFUSALS:
                details += f"\n… and {len(report.refused) - LISTED_REFUSALS} more"
            show_message(window, QMessageBox.Icon.Warning, "Some files were not imported",
                         details)
        window.status_label.setText(text)
        if report.added and window.current is None:
            window.open_document(report.added[0].document_id)
