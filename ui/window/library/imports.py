"""File → Import… and files dropped on the window: imported on the write worker,
with the long-work progress and Stop, then summed up on the status line.

Files refused (unreadable, not text) are listed in a message that does not stop the
reading; a new version of an open document is shown afresh in its pane (its
highlights were re-anchored to the new text), and an empty window opens the
first document added.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox

from reader.files import display_name
from reader.formats import SUPPORTED_EXTENSIONS
from reader.model import ImportReport
from ui.window.errors import in_words
from ui.window.library.import_summary import import_status
from ui.window.messages import show_message

if TYPE_CHECKING:
    from ui.window.long_work import LongWork
    from ui.window.main_window import MainWindow
    from ui.window.workers.write import WriteWorker

PATTERNS = " ".join("*" + e for e in SUPPORTED_EXTENSIONS)
LISTED_REFUSALS = 20  # refused files named in the message; the rest are counted


class Imports(QObject):
    """Imports into the ``window``'s library, run on ``worker``, shown by ``long_work``."""

    def __init__(self, window: MainWindow, worker: WriteWorker, long_work: LongWork) -> None:
        super().__init__(window)
        self.window, self.worker, self.long_work = window, worker, long_work
        self._locked: list[tuple[str, str]] = []  # encrypted files still to ask for, why

    def ask(self) -> None:
        """File → Import…: the files the reader picks."""
        files, _ = QFileDialog.getOpenFileNames(
            self.window, self.tr("Import documents"), "",
            self.tr("Texts and books ({patterns});;All (*)").format(patterns=PATTERNS))
        if files:
            self.import_files(files)

    def import_files(self, paths: list[str], password: str | None = None) -> None:
        self.long_work.start(self.tr("Importing"),
                             self.tr("Importing %n item(s)…", "", len(paths)))
        self.worker.run(lambda s, report: s.import_paths(paths, report, password),
                           self._imported, self.long_work.failed)

    def _imported(self, report: ImportReport) -> None:
        window = self.window
        self.long_work.end()
        window.refresh_library()
        window.library_actions.reopen(o.document_id for o in report.outcomes
                                      if o.status == "new_version")
        text = import_status(report)
        locked = {display_name(path) for path, _ in report.needs_password}
        problems = [f"• {path}: {in_words(reason)}" for path, reason in report.refused
                    if path not in locked]
        problems += [f"• {o.path}: {in_words(w)}" for o in report.outcomes for w in o.warnings]
        if problems:
            details = "\n".join(problems[:LISTED_REFUSALS])
            if len(problems) > LISTED_REFUSALS:
                details += "\n" + self.tr("… and %n more", "",
                                           len(problems) - LISTED_REFUSALS)
            title = self.tr("Some files were not imported") if report.refused else \
                self.tr("Imported, with something to know")
            show_message(window, QMessageBox.Icon.Warning, title, details)
        window.status_label.setText(text)
        if report.added and window.current is None:
            window.open_document(report.added[0].document_id)
        self._locked += report.needs_password
        if self._locked:
            self._ask_password()

    def _ask_password(self) -> None:
        """Encrypted PDFs, one at a time: ask for the password and import the file again
        with it (never kept). Cancel leaves it out; a wrong one comes back, saying so."""
        while self._locked:
            path, reason = self._locked.pop(0)
            again = self.tr(" That password did not open it.") \
                if "wrong password" in reason else ""
            prompt = self.tr("“{name}” is encrypted.{again}\n"
                             "Password (used for this import only, never stored):").format(
                name=display_name(os.path.basename(path)), again=again)
            password, ok = QInputDialog.getText(self.window, self.tr("Password needed"), prompt,
                                                QLineEdit.EchoMode.Password)
            if ok and password:
                self.import_files([path], password)  # the rest are asked once it is done
                return
