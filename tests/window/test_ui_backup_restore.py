"""File → Back up library… and File → Restore… in the real window: progress, Stop,
a summary at the end, one clear error for a file that is not a backup."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from reader.archive import write_backup
from reader.paths import DataPaths
from tests.window.holding import hold_third_call
from tests.window.test_ui_window import highlight_unselected
from ui.services import open_services
from ui.window.main_window import MainWindow

if TYPE_CHECKING:
    from tests.window.conftest import Windows


def idle(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.worker.pending == 0, timeout=30_000)


def fresh_window(windows: Windows, data_dir: Path) -> MainWindow:
    """A window on a new, empty library (no seeds), shown."""
    return windows.build(data_dir, seeds=False, show=True)


def shelves(window: MainWindow) -> list[tuple[str, tuple[str, ...], int, str]]:
    return sorted((r.title, r.authors, r.highlights, r.source_name)
                  for r in window.library_model.rows)


def test_back_up_then_restore_into_a_fresh_library(windows: Windows, qtbot,
                                                   tmp_path: Path) -> None:
    window = windows.open(data_dir=tmp_path / "one")
    highlight_unselected(qtbot, window, 200, "pink")
    window.library_actions.rename_to(window.library_model.rows[0], "Renamed first", ["Ada"])
    idle(qtbot, window)
    out = tmp_path / "backups" / "library.zip"
    out.parent.mkdir()
    window.backup_actions.back_up(out)
    assert window.long_work.stop_button.isVisible()
    idle(qtbot, window)
    assert out.is_file() and not window.long_work.stop_button.isVisible()
    assert window.status_label.text() == (f"Backed up 5 documents with their annotations "
                                          f"to {out}")
    before = shelves(window)
    windows.close(window)

    other = fresh_window(windows, tmp_path / "two")
    assert other.library_model.rows == [] and other.current is None
    other.backup_actions.restore(out)
    idle(qtbot, other)
    assert shelves(other) == before
    report = other.backup_actions.last_report
    assert (report.documents_created, report.created, report.refused) == (5, 1, [])
    box = other.backup_actions.message
    assert box is not None and box.windowTitle() == "Restore finished"
    assert "5 documents re-created (0 already here)" in box.text()
    assert "1 highlight restored, 0 newer edits taken" in box.text()
    assert other.current is not None  # an empty window opens what came back
    other.backup_actions.restore(out)  # again: nothing duplicated
    idle(qtbot, other)
    assert shelves(other) == before
    assert other.backup_actions.last_report.documents_present == 5


def _library_of(folder: Path, files: int, data_dir: Path, out: Path) -> None:
    folder.mkdir()
    for i in range(files):
        (folder / f"doc{i:02d}.txt").write_text(f"Document {i}\n\nLe texte numéro {i}.\n",
                                                "utf-8")
    services = open_services(DataPaths(data_dir), seeds=False)
    try:
        services.import_paths([str(folder)])
        write_backup(services.library, services.annotations, services.paths, out)
    finally:
        services.close()


def test_stop_during_a_restore_keeps_part_and_again_completes(windows: Windows,
                                                              qtbot, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch
                                                              ) -> None:
    from reader.library import Library

    out = tmp_path / "big.zip"
    _library_of(tmp_path / "in", 12, tmp_path / "source", out)
    reached, release = hold_third_call(monkeypatch, Library, "add_restored")
    window = fresh_window(windows, tmp_path / "target")
    window.backup_actions.restore(out)
    assert reached.wait(10)
    window.long_work.stop_button.click()
    assert window.status_label.text() == "Stopping (restoring)…"
    release.set()
    idle(qtbot, window)
    assert len(window.library_model.rows) == 3
    box = window.backup_actions.message
    assert box.windowTitle() == "Restore stopped"
    assert "Stopped by the reader before document" in box.informativeText()
    assert "restore the same file again to complete it" in box.informativeText()
    assert window.status_label.text().startswith("Restore stopped: 3 documents re-created")
    assert not window.long_work.stop_button.isVisible()
    window.backup_actions.restore(out)
    idle(qtbot, window)
    assert len(window.library_model.rows) == 12
    report = window.backup_actions.last_report
    assert (report.documents_created, report.documents_present, report.stopped) == (9, 3, "")
    assert window.backup_actions.message.windowTitle() == "Restore finished"


@pytest.mark.parametrize(("name", "data", "said"), [
    ("bad.zip", b"PK\x03\x04 not really a zip", "not a Marginalia backup (not a zip file"),
    ("bad.json", b"{\"type\": \"nothing\"}", "not a Web Annotation collection"),
    ("gone.zip", None, "no such file"),
])
def test_a_bad_backup_is_one_clear_error_and_changes_nothing(window: MainWindow,
                                                             qtbot,
                                                             tmp_path: Path, name: str,
                                                             data: bytes | None,
                                                             said: str) -> None:
    path = tmp_path / name
    if data is not None:
        path.write_bytes(data)
    before = shelves(window)
    window.backup_actions.restore(path)
    idle(qtbot, window)
    assert window.error_box is not None and window.error_box.isVisible()
    assert window.error_box.text() == window.status_label.text()
    assert said in window.error_box.text() and str(path) in window.error_box.text()
    assert "\n" not in window.error_box.text()
    assert window.backup_actions.message is None and window.backup_actions.last_report is None
    long_work = window.long_work
    assert not long_work.progress.isVisible() and not long_work.stop_button.isVisible()
    assert shelves(window) == before


def test_a_stopped_backup_writes_nothing(window: MainWindow, qtbot,
                                         tmp_path: Path) -> None:
    gate = threading.Event()
    window.worker.run(lambda s, _: gate.wait(10))  # the backup waits behind this job
    out = tmp_path / "stopped.zip"
    window.backup_actions.back_up(out)
    window.long_work.stop_button.click()
    gate.set()
    idle(qtbot, window)
    assert not out.exists() and not list(tmp_path.glob(".*partial"))
    assert window.status_label.text() == "Backup stopped; nothing was written"


def test_json_restore_names_missing_documents(windows: Windows, qtbot,
                                              tmp_path: Path) -> None:
    import json

    from reader.export import Exporter

    window = windows.open(data_dir=tmp_path / "one")
    highlight_unselected(qtbot, window, 200, "yellow")
    title = window.current.title
    services = window.services
    backup = Exporter(services.library, services.annotations, services.paths).backup(None)
    path = tmp_path / "annotations.json"
    path.write_text(json.dumps(backup), "utf-8")
    windows.close(window)
    other = fresh_window(windows, tmp_path / "two")
    other.backup_actions.restore(path)
    idle(qtbot, other)
    box = other.backup_actions.message
    assert box.windowTitle() == "Restore finished" and "1 skipped" in box.text()
    assert "re-created" not in box.text()  # annotations only: no documents line
    assert f"• {title}" in box.informativeText()
    assert "document not in this library (1 annotation); import it first" in \
        box.informativeText()
