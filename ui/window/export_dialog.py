"""File → Export notes… and File → Back up annotations: choosing, running, telling.

The choice (current document or the library's annotated documents, optionally every
document, and a folder) is a plain value, so the window's slot can take one directly
and tests need no dialog. Like ``marginalia export``, the library export writes only
documents with highlights or a note unless the reader asks for every one. The export runs
on the write worker (it reads a consistent library and records file hashes), with
progress in the status bar; the message at the end says where the files went, which
files the reader had edited (kept, ours written beside as "(new)") and offers to
open the folder — a local folder only, never a URL from elsewhere.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from reader.export import JSON_BACKUP_NAME, Exporter, ExportResult
from ui.window.status import counted

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ExportChoice:
    folder: Path
    whole_library: bool = True
    backup: bool = False  # JSON (W3C Web Annotation) instead of Markdown
    everything: bool = False  # the library export: unannotated documents too (``--all``)


def run_export(services: Any, choice: ExportChoice, doc_id: str | None,
               progress: Any = None) -> ExportResult:
    """The worker's task: export Markdown (or the JSON backup) as chosen."""
    exporter = Exporter(services.library, services.annotations, services.paths)
    ids = None if choice.whole_library or doc_id is None else [doc_id]
    if choice.backup:
        return exporter.export_json(ids, choice.folder)
    return exporter.export_markdown(ids, choice.folder, progress=progress,
                                    everything=choice.everything)


class ExportSummary(QObject):
    """The end-of-export message, in the window's language (Qt plurals need a QObject)."""

    def describe(self, result: ExportResult, backup: bool = False) -> str:
        """What happened, in a reader's words: counts, place, and any kept edits."""
        report = result.report
        if backup:
            what = self.tr("Annotations backed up to {folder}.")
        else:
            what = counted(self.tr("Notes exported for %n document(s) to {folder}.", "",
                                   len(result.files)), len(result.files))
        lines = [what.format(folder=result.folder),
                 counted(self.tr("%n file(s) written, {unchanged} already up to date.", "",
                                 len(report.written)), len(report.written)).format(
                     unchanged=len(report.unchanged))]
        if result.cancelled:
            lines.append(counted(self.tr("Stopped before the other %n document(s); the index "
                                         "file was left as it was.", "", result.cancelled),
                                 result.cancelled))
        if not backup and not result.files and not result.cancelled:
            lines.append(self.tr("No document has highlights or a note yet."))
        if report.kept_user_edits:
            lines.append("")
            lines.append(self.tr("You had edited these files since the last export, so they "
                                 "were kept; the new export was written beside them:"))
            lines += [f"• {theirs.name} → {ours.name}" for theirs, ours in report.kept_user_edits]
        return "\n".join(lines)


def describe(result: ExportResult, backup: bool = False) -> str:
    """What happened (see :class:`ExportSummary`)."""
    return ExportSummary().describe(result, backup)


def open_local_folder(folder: Path) -> bool:
    """Open ``folder`` in the file manager, only if it is an existing local folder."""
    if not folder.is_dir():
        log.info("not opening %s: not a local folder", folder)
        return False
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder.resolve())))


def show_done(parent: QWidget, result: ExportResult, backup: bool = False) -> QMessageBox:
    """A non-modal message with an "Open folder" button; returned for tests."""
    box = QMessageBox(QMessageBox.Icon.Information, "Marginalia", describe(result, backup),
                      QMessageBox.StandardButton.Close, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    button = box.addButton(QCoreApplication.translate("ExportSummary", "Open folder"),
                           QMessageBox.ButtonRole.ActionRole)
    button.clicked.connect(lambda: open_local_folder(result.folder))
    box.open()
    return box


class ExportDialog(QDialog):
    """Current document or the library (annotated documents, or every one), and a
    folder."""

    def __init__(self, parent: QWidget, title: str | None, folder: Path) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export notes"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Export highlights and notes as Markdown files."), self))
        self.current = QRadioButton(self.tr("This document: {title}").format(title=title)
                                    if title else self.tr("This document"), self)
        self.current.setEnabled(title is not None)
        self.library = QRadioButton(self.tr("The library: every document with highlights or "
                                            "a note (one file each and an index)"), self)
        self.everything = QCheckBox(self.tr("Also documents without highlights or notes"), self)
        self.library.toggled.connect(self.everything.setEnabled)
        (self.current if title else self.library).setChecked(True)
        self.everything.setEnabled(self.library.isChecked())
        layout.addWidget(self.current)
        layout.addWidget(self.library)
        layout.addWidget(self.everything)
        row = QHBoxLayout()
        self.folder = QLineEdit(str(folder), self)
        self.folder.setAccessibleName(self.tr("Export folder"))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.setAccessibleName(self.tr("Choose the export folder"))
        browse.clicked.connect(self._browse)
        label = QLabel(self.tr("&Folder:"), self)
        label.setBuddy(self.folder)
        row.addWidget(label)
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Export into"),
                                                  self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def choice(self) -> ExportChoice | None:
        text = self.folder.text().strip()
        if not text:
            return None
        whole = self.library.isChecked()
        return ExportChoice(Path(text).expanduser(), whole,
                            everything=whole and self.everything.isChecked())


def ask_export(parent: QWidget, title: str | None, folder: Path) -> ExportChoice | None:
    dialog = ExportDialog(parent, title, folder)
    try:
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def ask_backup(parent: QWidget, folder: Path) -> ExportChoice | None:
    path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate(
                                              "ExportDialog", "Back up annotations"),
                                          str(folder / JSON_BACKUP_NAME),
                                          "JSON (*.json)")
    return ExportChoice(Path(path), True, backup=True) if path else None
