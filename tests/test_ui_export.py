"""File → Export notes… and Back up annotations, from the window (dialog bypassed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices

from tests.test_ui_window import close_window, open_window
from ui.export_dialog import ExportChoice, open_local_folder

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_export_library_keeps_user_edits_and_offers_the_folder(qtbot, data_dir: Path,  # noqa: ANN001
                                                               tmp_path: Path,
                                                               monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window = open_window(qtbot, data_dir, "000")
    window.create_highlight(100, 150, "green")
    qtbot.waitUntil(lambda: len(window.highlights) == 1)
    out = tmp_path / "notes"
    window.export_notes(ExportChoice(out, whole_library=True))
    qtbot.waitUntil(lambda: window.last_export is not None, timeout=20_000)
    first = window.last_export
    assert (out / "index.md").is_file() and len(first.files) == 5
    mine = first.files[window.current.id]
    assert window.current.text[100:150].split()[0] in mine.read_text("utf-8")
    assert str(out) in window.export_message.text()
    mine.write_text(mine.read_text("utf-8") + "\nMy own thoughts.\n", "utf-8")

    window.last_export = None
    window.export_notes(ExportChoice(out, whole_library=False))
    qtbot.waitUntil(lambda: window.last_export is not None, timeout=20_000)
    kept = window.last_export.report.kept_user_edits
    assert [theirs for theirs, _ in kept] == [mine]
    assert kept[0][1].name.endswith("(new).md") and kept[0][1].is_file()
    assert "My own thoughts." in mine.read_text("utf-8")
    assert mine.name in window.export_message.text() and "kept" in window.export_message.text()
    button = next(b for b in window.export_message.buttons() if b.text() == "Open folder")
    button.click()
    assert [u.toLocalFile() for u in opened] == [str(out.resolve())]
    close_window(window)


def test_backup_writes_web_annotations_and_folder_check(qtbot, data_dir: Path,  # noqa: ANN001
                                                        tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    window = open_window(qtbot, data_dir, "001")
    window.create_highlight(10, 30, "pink")
    qtbot.waitUntil(lambda: len(window.highlights) == 1)
    target = tmp_path / "backup.json"
    window.backup_annotations(ExportChoice(target, True, backup=True))
    qtbot.waitUntil(lambda: window.last_export is not None, timeout=20_000)
    data = json.loads(target.read_text("utf-8"))
    assert "TextQuoteSelector" in json.dumps(data)
    assert not open_local_folder(tmp_path / "missing")
    assert not open_local_folder(target)  # a file is not a folder
    close_window(window)
