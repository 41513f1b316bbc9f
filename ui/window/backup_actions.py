"""File → Back up library… and File → Restore… in the window.

Both run on the write worker with the window's long-work progress and Stop button:
the worker's progress reporter raises ``Cancelled`` after Stop, between two
documents or annotations. A stopped backup leaves no file (an older one of that
name intact); a stopped restore keeps what it restored, and running it again
completes it. The end is one summary in the words the command line uses.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from reader.changes import Changes
from reader.errors import Cancelled
from reader.restore import RestoreReport
from ui.window.errors import in_words

if TYPE_CHECKING:
    from reader.model import Highlight
    from ui.services import Services
    from ui.window.layout_memory import LayoutMemory
    from ui.window.long_work import LongWork
    from ui.window.main_window import MainWindow
    from ui.window.workers.write import WriteWorker

Report = Callable[[int, int, str], None]
Fresh = dict[str, list["Highlight"]]
SHOWN_REASONS = 8  # lines of reasons in the message; all of them under "Show Details"


def throttled(report: Report, stop: threading.Event, every: float = 0.05) -> Report:
    """``report`` at most every ``every`` seconds (and whenever the label changes):
    20,000 annotations are 20,000 repaints otherwise. Stop is still seen at once."""
    last = [0.0, ""]

    def progress(done: int, total: int, label: str) -> None:
        now = time.monotonic()
        if label != last[1] or done == total or now - last[0] >= every:
            last[0], last[1] = now, label
            report(done, total, label)
        elif stop.is_set():
            raise Cancelled

    return progress


def run_restore(s: Services, path: Path, progress: Report,
                open_ids: list[str]) -> tuple[RestoreReport, Changes, Fresh]:
    """On the worker: restore ``path`` (a library .zip or a JSON backup), let the index
    follow, and read the open documents' highlights afresh for their panes."""
    from reader import archive, archive_reading
    from reader.backup import read_backup
    from reader.restore import restore

    if archive_reading.is_archive(path):
        backup = archive_reading.Backup(path)  # a bad file is refused whole, before anything
        try:
            report, changes = archive.restore_backup(s.library, s.annotations, backup,
                                                     progress)
        finally:
            backup.close()
    else:
        report, changes = restore(s.library, s.annotations, read_backup(path), progress)
    s.apply(changes)
    return report, changes, {d: list(s.annotations.for_document(d)) for d in open_ids}


class BackupActions(QObject):
    """The two File menu items and their runs on the worker, shown by ``long_work``;
    the dialogs start in the folder ``memory`` keeps."""

    def __init__(self, window: MainWindow, worker: WriteWorker, services: Services,
                 long_work: LongWork, memory: LayoutMemory) -> None:
        super().__init__(window)
        self.window, self.worker, self.services = window, worker, services
        self.long_work, self.memory = long_work, memory
        self.message: QMessageBox | None = None
        self.last_report: RestoreReport | None = None
        self.last_backup: tuple[Path, int] | None = None

    def _folder(self) -> Path:
        return self.memory.export_folder()

    def summary_lines(self, report: RestoreReport) -> list[str]:
        """What the restore did, in the command line's words (translated)."""
        lines = []
        if report.documents_created or report.documents_present:
            lines.append(self.tr("%n document(s) re-created ({present} already here)", "",
                                 report.documents_created).format(
                present=report.documents_present))
        lines.append(", ".join((
            self.tr("%n highlight(s) restored", "", report.created),
            self.tr("%n newer edit(s) taken", "", report.updated),
            self.tr("%n document note(s)", "", report.notes_restored))))
        skipped = len(report.missing_documents) + report.orphaned
        lines.append(", ".join((self.tr("%n already present", "", report.already_present),
                                self.tr("%n refused", "", len(report.refused)),
                                self.tr("%n skipped", "", skipped))))
        return lines

    def reason_lines(self, report: RestoreReport, shown: int = 3) -> list[str]:
        """Why items were refused or skipped: at most ``shown`` lines per reason, then
        one line counting the rest (a reason repeated a thousand times is one problem)."""
        by_reason: dict[str, list[str]] = {}
        for what, reason in report.refused:
            by_reason.setdefault(reason, []).append(what)
        lines = []
        for reason, whats in by_reason.items():
            lines += [self.tr("{what}: {reason}").format(what=in_words(what),
                                                         reason=in_words(reason))
                      for what in whats[:shown]]
            if len(whats) > shown:
                lines.append(self.tr("%n more item(s): {reason}", "",
                                     len(whats) - shown).format(reason=in_words(reason)))
        for title, n in Counter(report.missing_documents).items():
            lines.append(self.tr("{title}: document not in this library (%n annotation(s)); "
                                 "import it first, then restore again", "", n).format(
                title=title))
        if report.orphaned:
            lines.append(self.tr("%n highlight(s) could not be placed in the current text of "
                                 "their document", "", report.orphaned))
        return lines

    # -- back up ------------------------------------------------------------------------------
    def back_up(self, out: Path | None = None) -> None:
        """File → Back up library…: ``out`` bypasses the dialog (tests, scripts)."""
        from reader.archive import default_name, write_backup

        if out is None:
            name, _ = QFileDialog.getSaveFileName(
                self.window, self.tr("Back up library"), str(self._folder() / default_name()),
                self.tr("Marginalia backups (*.zip)"))
            if not name:
                return
            out = Path(name) if Path(name).suffix else Path(name + ".zip")
            self.memory.remember_export_folder(out.parent)
        self.window.flush_edits()  # a note being typed goes into the backup
        self.long_work.start(self.tr("Backing up"), self.tr("Backing up the library…"))

        def task(s: Services, report: Report) -> tuple[Path, int] | None:
            try:
                return write_backup(s.library, s.annotations, s.paths, out, report)
            except Cancelled:
                return None

        self.worker.run(task, self._backed_up, self.long_work.failed)

    def _backed_up(self, result: tuple[Path, int] | None) -> None:
        self.long_work.end()
        if result is None:
            self.window.status_label.setText(self.tr("Backup stopped; nothing was written"))
            return
        self.last_backup = result
        path, n = result
        text = self.tr("Backed up %n document(s) with their annotations to {path}", "",
                       n).format(path=path)
        self.window.status_label.setText(text)
        self._show(QMessageBox.Icon.Information, self.tr("Library backed up"), text,
                   self.tr("File → Restore… with this file rebuilds the library, here or on "
                           "another computer."))

    # -- restore ------------------------------------------------------------------------------
    def restore(self, path: Path | None = None) -> None:
        """File → Restore…: a library backup (.zip) or a JSON backup of annotations,
        merged into this library (never duplicating, never over a newer edit)."""
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self.window, self.tr("Restore a backup"), str(self._folder()),
                self.tr("Marginalia backups (*.zip *.json);;All files (*)"))
            if not name:
                return
            path = Path(name)
        window = self.window
        window.flush_edits()
        self.long_work.start(self.tr("Restoring"),
                             self.tr("Restoring {name}…").format(name=path.name))
        ids = window.open_document_ids()
        stop = self.worker.stop_requested
        self.worker.run(lambda s, report: run_restore(s, path, throttled(report, stop), ids),
                           lambda result: self._restored(path, *result), self.long_work.failed)

    def _restored(self, path: Path, report: RestoreReport, changes: Changes,
                  fresh: Fresh) -> None:
        window = self.window
        self.long_work.end()
        self.last_report = report
        window.show_fresh(fresh)  # the library followed the Changes (MainWindow.follow)
        if window.current is None and changes.documents:
            first = next((r.id for r in window.library_model.rows
                          if r.id in changes.documents), None)
            if first:
                window.open_document(first)
        reasons = self.reason_lines(report)
        lines = self.summary_lines(report)
        window.status_label.setText(
            self.tr("Restored {name}: {summary}").format(name=path.name, summary=lines[0])
            if not report.stopped else self.tr("Restore stopped: {summary}").format(
                summary=lines[0]))
        more = []
        if not (report.stopped or reasons or report.documents_created or report.created
                or report.updated or report.notes_restored):
            more.append(self.tr("Everything in this backup was already in the library."))
        if report.stopped:
            more.append(self.tr("{why}. What was restored stays; restore the same file again "
                                "to complete it.").format(
                why=(lambda why: why[:1].upper() + why[1:])(in_words(report.stopped))))
        more += [f"• {line}" for line in reasons[:SHOWN_REASONS]]
        if len(reasons) > SHOWN_REASONS:
            more.append(self.tr("and %n more (Show Details…)", "",
                                len(reasons) - SHOWN_REASONS))
        problems = bool(report.stopped or reasons)
        self._show(QMessageBox.Icon.Warning if problems else QMessageBox.Icon.Information,
                   self.tr("Restore stopped") if report.stopped else self.tr("Restore finished"),
                   self.tr("Restored from {name}:").format(name=path.name) + "\n"
                   + "\n".join(f"• {x}" for x in lines),
                   "\n".join(more), "\n".join(reasons) if len(reasons) > SHOWN_REASONS else "")

    def _show(self, icon: QMessageBox.Icon, title: str, text: str, info: str = "",
              details: str = "") -> QMessageBox:
        """One non-modal message for the last backup or restore (reading goes on)."""
        if self.message is not None and self.message.isVisible():
            self.message.close()
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setInformativeText(info)
        if details:
            box.setDetailedText(details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.destroyed.connect(lambda *_: self._forget(box))
        box.show()
        self.message = box
        return box

    def _forget(self, box: Any) -> None:
        if self.message is box:
            self.message = None
