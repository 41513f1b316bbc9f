"""Long work runs off the GUI thread: the event loop keeps turning during an import."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QThread, QTimer
from PySide6.QtGui import QImage

from reader.paths import DataPaths
from ui.window.workers.write import WriteWorker

if TYPE_CHECKING:
    from tests.window.conftest import Windows

ROOT = Path(__file__).resolve().parents[2]

def big_text(path: Path, megabytes: int = 5) -> Path:
    paragraph = ("Les travailleurs du clic annotent, modèrent et trient des données pour "
                 "des plateformes lointaines; platform workers label data for distant "
                 "platforms, paid by the task. ")
    paragraphs = []
    size = 0
    i = 0
    while size < megabytes * 1_000_000:
        piece = f"{i} {paragraph * 4}"
        paragraphs.append(piece)
        size += len(piece.encode()) + 2
        i += 1
    path.write_text("A long report on data work\n\n" + "\n\n".join(paragraphs), encoding="utf-8")
    return path


def test_event_loop_keeps_turning_during_a_5mb_import(windows: Windows, qtbot,
                                                     tmp_path: Path) -> None:
    window = windows.build(seeds=False, show=True)
    source = big_text(tmp_path / "report.txt")
    ticks_while_busy: list[int] = []
    timer = QTimer(interval=5)
    timer.timeout.connect(lambda: ticks_while_busy.append(1) if window.worker.pending else None)
    timer.start()
    window.imports.import_files([str(source)])
    assert window.long_work.progress.isVisible()
    qtbot.waitUntil(lambda: window.worker.pending == 0, timeout=60_000)
    timer.stop()
    assert [r.title for r in window.library_model.rows] == ["A long report on data work"]
    assert window.current is not None  # the first import opens it
    assert len(ticks_while_busy) >= 3
    assert window.status_label.text() == "Added “A long report on data work”"


def test_refused_files_are_summarised(windows: Windows, qtbot,
                                      tmp_path: Path) -> None:
    window = windows.build(seeds=False)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    window.imports.import_files([str(empty), str(tmp_path / "missing.md")])
    qtbot.waitUntil(lambda: window.worker.pending == 0)
    assert "2 refused" in window.status_label.text()


def test_jobs_run_on_one_other_thread_in_order(qtbot, data_dir: Path) -> None:
    worker = WriteWorker(DataPaths(data_dir), seeds=False)
    seen: list[tuple[int, object]] = []
    for i in range(5):
        worker.run(lambda s, _, i=i: (i, QThread.currentThread()), seen.append)
    qtbot.waitUntil(lambda: len(seen) == 5)
    assert [i for i, _ in seen] == [0, 1, 2, 3, 4]
    threads = {id(t) for _, t in seen}
    assert len(threads) == 1 and seen[0][1] is not QThread.currentThread()
    failures: list[str] = []
    worker.run(lambda s, _: s.library.get("nope"), failed=failures.append)
    qtbot.waitUntil(lambda: bool(failures))
    assert "no such document" in failures[0]
    worker.close()


def test_screenshot_option_saves_a_picture(qtbot, tmp_path: Path) -> None:
    """The real command, in its own process (``app.exec`` and ``quit`` included)."""
    shot = tmp_path / "shot.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "ui.main", "--data-dir", str(tmp_path / "data"),
                           "--open", "Travailleurs", "--screenshot", str(shot)],
                          env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    image = QImage(str(shot))
    assert not image.isNull() and image.width() > 800
    assert not (tmp_path / "data" / "window.lock").exists()


def test_a_saved_note_is_no_news_to_the_search_worker(windows: Windows,
                                                     qtbot) -> None:
    """The two workers share one index watch: the search worker keeps its open index
    (Whoosh refreshes to the new segment) instead of reopening and re-validating it."""
    window = windows.build()
    assert window.search_worker.watch is window.worker.watch
    with qtbot.waitSignal(window.search_worker.results, timeout=20_000):
        window.search_worker.request("travail")
    indexer = window.search_worker._services.indexer
    closed: list[int] = []
    real_close = indexer.close
    indexer.close = lambda: closed.append(1) or real_close()
    doc = window.library_model.rows[0].id
    window.primary.annotate(lambda a: a.create(doc, 0, 12, note="zygomatique"))
    qtbot.waitUntil(lambda: window.worker.pending == 0)
    with qtbot.waitSignal(window.search_worker.results, timeout=20_000) as found:
        window.search_worker.request("zygomatique")
    assert closed == []
    assert any(h.kind == "annotation" for h in found.args[-1].hits)
