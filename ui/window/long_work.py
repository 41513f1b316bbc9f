"""Long work on a worker, as the status bar shows it: a progress bar, a Stop button,
and the status line saying what runs (an import, an export, a backup or restore, an
index rebuild).

Every long job on the write worker goes through :class:`LongWork`, so each one
looks the same, stops the same way (the worker's progress reporter raises
``Cancelled`` between two items after Stop) and leaves the status bar tidy when it
ends or fails. A refused note save meanwhile is only an error: it leaves the
progress of the job alone.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QToolButton

from ui.window.workers.write import WriteWorker


class LongWork(QObject):
    """The progress bar and Stop button at the right of ``status_bar``; ``line`` is
    the window's status line, ``search_status`` the search panel's (both say when
    the index is rebuilt), ``has_documents`` whether a rebuild is news at all."""

    def __init__(self, status_bar: QStatusBar, line: QLabel, worker: WriteWorker,
                 show_error: Callable[[str], None], search_status: QLabel,
                 has_documents: Callable[[], bool]) -> None:
        super().__init__(status_bar)
        self.line, self.worker, self.show_error = line, worker, show_error
        self.search_status, self.has_documents = search_status, has_documents
        self.verb = self.tr("Importing")  # what the status line calls the running job
        self._rebuilds = 0
        self.progress = QProgressBar(status_bar)
        self.progress.setMaximumWidth(180)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.hide()
        status_bar.addPermanentWidget(self.progress)
        self.stop_button = QToolButton(status_bar)
        self.stop_button.setText(self.tr("Stop"))
        self.stop_button.setAccessibleName(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Stop after the current item; "
                                            "everything finished stays"))
        self.stop_button.setAccessibleDescription(self.stop_button.toolTip())
        self.stop_button.clicked.connect(self.stop)
        self.stop_button.hide()
        status_bar.addPermanentWidget(self.stop_button)

    def start(self, verb: str, text: str) -> None:
        """A job starts on the worker: a busy bar until it reports, and Stop."""
        self.verb = verb
        self.line.setText(text)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.stop_button.setEnabled(True)
        self.stop_button.show()

    def end(self) -> None:
        self.progress.hide()
        self.stop_button.hide()

    def failed(self, message: str) -> None:
        """The job ended on an error: its progress goes, the error shows."""
        self.end()
        self.show_error(message)

    def stop(self) -> None:
        """Stop: the worker ends the job between two items."""
        self.worker.cancel()
        self.stop_button.setEnabled(False)
        self.line.setText(self.tr("Stopping ({job})…").format(job=self.verb.lower()))

    def show_progress(self, done: int, total: int, name: str) -> None:
        """The worker's report of each item (its ``progress`` signal)."""
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.show()
        self.line.setText(self.tr("{job} {done}/{total}: {name}").format(
            job=self.verb, done=done, total=total, name=name))

    def index_rebuilding(self, started: bool) -> None:
        """A worker rebuilds the search index (damaged or outdated): say so meanwhile.
        Both workers may rebuild, so the bar stays until the last one is done."""
        self._rebuilds = max(0, self._rebuilds + (1 if started else -1))
        rebuilding = self.tr("Rebuilding the search index…")
        if self._rebuilds:
            self.line.setText(rebuilding)
            self.search_status.setText(rebuilding)
            self.progress.setRange(0, 0)
            self.progress.show()
            return
        self.progress.hide()  # (a new, empty library's first index is no news)
        self.line.setText(self.tr("The search index was rebuilt.") if self.has_documents()
                          else "")
        if self.search_status.text() == rebuilding:
            self.search_status.setText("")
