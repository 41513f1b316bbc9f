"""File → Export notes… and Back up annotations, from the window (dialog bypassed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices

from ui.window.export_dialog import ExportChoice, ExportDialog, open_local_folder
from ui.window.main_window import MainWindow


@pytest.mark.document("000")
def test_export_library_keeps_user_edits_and_offers_the_folder(window: MainWindow,
                                                               qtbot,
                                                               tmp_path: Path,
                                                               monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    exports = window.export_actions
    window.create_highlight(100, 150, "green")
    qtbot.waitUntil(lambda: len(window.highlights) == 1)
    out = tmp_path / "notes"
    exports.export_notes(ExportChoice(out, whole_library=True))
    qtbot.waitUntil(lambda: exports.last_export is not None, timeout=20_000)
    first = exports.last_export
    # like `marginalia export`: the annotated document only (4 other seeds are not)
    assert (out / "index.md").is_file() and list(first.files) == [window.current.id]
    assert "Notes exported for 1 document to" in exports.export_message.text()
    mine = first.files[window.current.id]
    assert window.current.text[100:150].split()[0] in mine.read_text("utf-8")
    assert str(out) in exports.export_message.text()
    mine.write_text(mine.read_text("utf-8") + "\nMy own thoughts.\n", "utf-8")

    exports.last_export = None
    exports.export_notes(ExportChoice(out, whole_library=False))
    qtbot.waitUntil(lambda: exports.last_export is not None, timeout=20_000)
    kept = exports.last_export.report.kept_user_edits
    assert [theirs for theirs, _ in kept] == [mine]
    assert kept[0][1].name.endswith("(new).md") and kept[0][1].is_file()
    assert "My own thoughts." in mine.read_text("utf-8")
    assert mine.name in exports.export_message.text() and "kept" in exports.export_message.text()
    button = next(b for b in exports.export_message.buttons() if b.text() == "Open folder")
    button.click()
    assert [u.toLocalFile() for u in opened] == [str(out.resolve())]


def test_backup_writes_web_annotations_and_folder_check(window: MainWindow,
                                                        qtbot,
                                                        tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    window.create_highlight(10, 30, "pink")
    qtbot.waitUntil(lambda: len(window.highlights) == 1)
    target = tmp_path / "backup.json"
    window.export_actions.backup_annotations(ExportChoice(target, True, backup=True))
    qtbot.waitUntil(lambda: window.export_actions.last_export is not None, timeout=20_000)
    data = json.loads(target.read_text("utf-8"))
    assert "TextQuoteSelector" in json.dumps(data)
    assert not open_local_folder(tmp_path / "missing")
    assert not open_local_folder(target)  # a file is not a folder


@pytest.mark.document("000")
def test_export_everything_from_the_window(window: MainWindow, qtbot,
                                           tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    exports = window.export_actions
    out = tmp_path / "all"
    exports.export_notes(ExportChoice(out, whole_library=True, everything=True))
    qtbot.waitUntil(lambda: exports.last_export is not None, timeout=20_000)
    assert len(exports.last_export.files) == 5 and (out / "index.md").is_file()
    assert "Notes exported for 5 documents" in exports.export_message.text()
    exports.last_export = None
    exports.export_notes(ExportChoice(tmp_path / "none", whole_library=True))
    qtbot.waitUntil(lambda: exports.last_export is not None, timeout=20_000)
    assert exports.last_export.files == {}
    assert "No document has highlights or a note yet." in exports.export_message.text()


def test_export_dialog_offers_every_document_only_for_the_library(qtbot,
                                                                  tmp_path: Path) -> None:
    dialog = ExportDialog(None, "A title", tmp_path)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    assert dialog.current.isChecked() and not dialog.everything.isEnabled()
    assert dialog.choice() == ExportChoice(tmp_path, whole_library=False)
    dialog.library.setChecked(True)
    assert dialog.everything.isEnabled() and not dialog.everything.isChecked()
    assert dialog.choice() == ExportChoice(tmp_path, whole_library=True, everything=False)
    dialog.everything.setChecked(True)
    assert dialog.choice() == ExportChoice(tmp_path, whole_library=True, everything=True)
    assert "highlights or a note" in dialog.library.text()
