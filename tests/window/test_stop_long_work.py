"""Stop an import or an export midway: what was finished stays, nothing is half-done."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from reader.errors import Cancelled
from reader.export import Exporter
from tests.window.holding import hold_third_call
from ui.window.export_dialog import describe

if TYPE_CHECKING:
    from tests.window.conftest import Windows


def _files(folder: Path, count: int) -> list[str]:
    folder.mkdir()
    for i in range(count):
        (folder / f"f{i:02d}.txt").write_text(f"Texte {i}\n\nTravail numéro {i}.\n", "utf-8")
    return [str(folder)]


def _stop_at(n: int) -> Any:
    def progress(done: int, total: int, label: str) -> None:
        if done == n:
            raise Cancelled

    return progress


def test_stopped_import_keeps_whole_files_only(empty_services: Any, tmp_path: Path) -> None:
    report = empty_services.import_paths(_files(tmp_path / "in", 10), _stop_at(4))
    assert (len(report.outcomes), report.cancelled) == (3, 7)
    titles = sorted(d.title for d in empty_services.library.list_documents())
    assert titles == ["Texte 0", "Texte 1", "Texte 2"]
    assert {h.doc_id for h in empty_services.indexer.search("travail").hits} == \
        {d.id for d in empty_services.library.list_documents()}  # indexed, as imported


def test_stopped_export_keeps_written_files_and_the_old_index(services: Any,
                                                              tmp_path: Path) -> None:
    exporter = Exporter(services.library, services.annotations, services.paths)
    out = tmp_path / "notes"
    first = exporter.export_markdown(None, out, today="2026-11-20", everything=True)
    index_before = (out / "index.md").read_bytes()
    for path in first.files.values():
        path.unlink()
    stopped = exporter.export_markdown(None, out, today="2026-11-23", progress=_stop_at(3),
                                       everything=True)
    assert (len(stopped.files), stopped.cancelled, stopped.index) == (2, 3, None)
    assert sorted(p.name for p in out.iterdir()) == sorted(
        ["index.md", *(p.name for p in stopped.files.values())])
    assert (out / "index.md").read_bytes() == index_before
    assert "Stopped before the other 3 documents" in describe(stopped)
    again = exporter.export_markdown(None, out, today="2026-11-23", everything=True)
    assert not again.report.kept_user_edits  # the stopped export's files were recorded


def test_stop_button_ends_an_import_between_files(windows: Windows, qtbot,
                                                  tmp_path: Path) -> None:
    window = windows.build(seeds=False, show=True)
    gate = threading.Event()
    window.worker.run(lambda s, _: gate.wait(10))  # the import waits behind this job
    window.imports.import_files(_files(tmp_path / "in", 12))
    assert window.long_work.stop_button.isVisible() and window.long_work.stop_button.isEnabled()
    window.long_work.stop_button.click()
    assert "Stopping" in window.status_label.text() and not window.long_work.stop_button.isEnabled()
    gate.set()
    qtbot.waitUntil(lambda: window.worker.pending == 0, timeout=20_000)
    assert "stopped before 12 more files" in window.status_label.text()
    assert not window.long_work.stop_button.isVisible() and window.library_model.rows == []
    assert not window.worker.stop_requested.is_set()  # the next import runs in full
    window.imports.import_files(_files(tmp_path / "again", 3))
    qtbot.waitUntil(lambda: window.worker.pending == 0, timeout=20_000)
    assert len(window.library_model.rows) == 3 and "Imported 3 new" in window.status_label.text()


def test_an_unrelated_error_leaves_the_import_progress_alone(windows: Windows,
                                                             qtbot,
                                                             tmp_path: Path) -> None:
    window = windows.build(seeds=False, show=True)
    gate = threading.Event()
    window.worker.run(lambda s, _: gate.wait(10))
    window.imports.import_files(_files(tmp_path / "in", 3))
    window.show_error("a note could not be saved: the disk is full")  # e.g. from a pane
    assert window.long_work.progress.isVisible() and window.long_work.stop_button.isVisible()
    if window.error_box is not None:
        window.error_box.close()
    gate.set()
    qtbot.waitUntil(lambda: window.worker.pending == 0, timeout=20_000)
    assert not window.long_work.progress.isVisible() and len(window.library_model.rows) == 3


def test_stop_pressed_midway_keeps_the_files_already_in(windows: Windows, qtbot,
                                                        tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.library import Library

    reached, release = hold_third_call(monkeypatch, Library, "import_bytes")
    window = windows.build(seeds=False)
    window.imports.import_files(_files(tmp_path / "in", 12))
    assert reached.wait(10)
    window.long_work.stop_button.click()
    release.set()
    qtbot.waitUntil(lambda: window.worker.pending == 0, timeout=20_000)
    assert len(window.library_model.rows) == 3  # the third, begun before Stop, finished
    assert "stopped before 9 more files" in window.status_label.text()
