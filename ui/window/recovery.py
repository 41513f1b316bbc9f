"""The window's side of edits the store refused (see :mod:`ui.window.unsaved`): the
recovery file written on closing, put back and retried on the next start, removed
once every kept edit reached the store.

Each pane keeps its own refused edits and retries them; what is left when the
window closes must not be lost, so it goes to the recovery file in the data
directory, and if even that cannot be written the reader decides before anything
is dropped.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from ui.window.unsaved import Edit, clear_recovery, load_recovery, recovery_path, save_recovery

if TYPE_CHECKING:
    from reader.paths import DataPaths
    from ui.window.main_window import MainWindow

log = logging.getLogger(__name__)


class UnsavedRecovery(QObject):
    """Keeps the ``window``'s unsaved edits across sessions in ``paths``' recovery file."""

    def __init__(self, window: MainWindow, paths: DataPaths) -> None:
        super().__init__(window)
        self.window, self.paths = window, paths

    def edits(self) -> list[Edit]:
        return [edit for pane in self.window.panes for edit in pane.unsaved.values()]

    def changed(self) -> None:
        """A pane kept or finally saved an edit: with none left, the file goes."""
        if not self.edits() and not self.window.closing:
            clear_recovery(self.paths)  # everything reached the store
            self.window.show_idle_status()

    def restore(self) -> None:
        """Put back the edits the last session could not save, and try them again."""
        edits = load_recovery(self.paths)
        if edits:
            log.info("restoring unsaved edits: %d, from %s", len(edits),
                     recovery_path(self.paths))
            self.window.primary.keep_unsaved(
                edits, self.tr("they could not be saved last time."))
            self.window.primary.retry_unsaved()

    def keep_on_close(self) -> bool:
        """Write the edits still unsaved to the recovery file; False when it cannot
        be written and the reader chose not to lose them (the window stays open)."""
        edits = self.edits()
        if not edits:
            return True
        try:
            save_recovery(self.paths, edits)
        except OSError as exc:
            return self.confirm_discard(edits, str(exc))
        log.warning("unsaved edits kept: %d, in %s", len(edits), recovery_path(self.paths))
        return True

    def confirm_discard(self, edits: list[Edit], problem: str) -> bool:
        """Closing although ``edits`` could be kept nowhere: the reader decides."""
        answer = QMessageBox.question(
            self.window, self.tr("Close and lose unsaved edits?"),
            self.tr("%n edit(s) could not be saved, nor kept in a recovery file ({problem})."
                    "\n\nClose anyway and lose them?", "", len(edits)).format(problem=problem),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes
