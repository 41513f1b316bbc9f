"""``marginalia --open marginalia://DOC/HL``: the links in exported notes open the passage."""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from reader.paths import DataPaths
from ui.services import open_services
from ui.window.app import parse_link

if TYPE_CHECKING:
    from tests.window.conftest import Windows


def test_parse_link() -> None:
    assert parse_link("marginalia://abc/def") == ("abc", "def")
    assert parse_link("marginalia://abc/") == ("abc", None)
    assert parse_link("Travailleurs") == ("Travailleurs", None)


def _seed_highlight(data_dir: Path) -> tuple[str, str]:
    svc = open_services(DataPaths(data_dir))
    try:
        doc_id = svc.library.resolve("Statium")
        hl, changes = svc.annotations.create_from_quote(doc_id, "capitalisme de surveillance",
                                                        nth=1, note="à relire")
        svc.apply(changes)
        return doc_id, hl.id
    finally:
        svc.close()


def test_link_opens_document_at_highlight(windows: Windows, qtbot,
                                          data_dir: Path) -> None:
    doc_id, hid = _seed_highlight(data_dir)
    window = windows.build(open_ref=f"marginalia://{doc_id}/{hid}", show=True)
    qtbot.waitExposed(window)
    assert window.current is not None and window.current.id == doc_id
    assert window.editor.highlight is not None and window.editor.highlight.id == hid


def test_bad_link_says_so_and_opens_the_library(windows: Windows, qtbot,
                                                data_dir: Path) -> None:
    _seed_highlight(data_dir)
    window = windows.build(open_ref="marginalia://nosuchdoc/nohl", show=True)
    qtbot.waitExposed(window)
    assert "Could not open marginalia://nosuchdoc/nohl" in window.status_label.text()
    assert window.current is not None  # the library still opened on a document
    if window.error_box is not None:
        window.error_box.close()


def _args(data_dir: Path, link: str | None) -> argparse.Namespace:
    return argparse.Namespace(data_dir=str(data_dir), no_seeds=True, verbose=False,
                              open=link, screenshot=None)


def _launch_in_thread(qtbot, data_dir: Path, link: str) -> int:
    """``marginalia --open LINK`` as a second launch: it waits for the window's answer,
    so it runs beside the event loop that serves it (as another process would)."""
    from ui.window.app import run_app

    with ThreadPoolExecutor(1) as pool:
        launch = pool.submit(run_app, _args(data_dir, link))
        qtbot.waitUntil(launch.done, timeout=15000)
        return launch.result()


def test_a_second_launch_hands_its_link_to_the_open_window(windows: Windows,
                                                           qtbot, data_dir: Path,
                                                           capsys) -> None:
    from ui.window import handoff
    from ui.window.lock import WindowLock, library_key

    doc_id, hid = _seed_highlight(data_dir)
    paths = DataPaths(data_dir)
    handoff.send(paths, "Why Bolivia", library_key(data_dir))  # left over: dropped
    window = windows.build(show=True)
    qtbot.waitExposed(window)
    assert window.current.id != doc_id  # the leftover request was not honoured
    assert window.current.id != window.services.library.resolve("Why Bolivia")
    assert list(paths.inbox.iterdir()) == []  # ... it was dropped
    with WindowLock(paths):  # the open window's lock, as run_app takes it
        assert _launch_in_thread(qtbot, data_dir, f"marginalia://{doc_id}/{hid}") == 0
        assert "open in another window; it opens marginalia://" in capsys.readouterr().err
        assert window.current.id == doc_id
        assert window.editor.highlight is not None and window.editor.highlight.id == hid
        qtbot.waitUntil(lambda: list(paths.inbox.iterdir()) == [])  # answer read too
        assert _launch_in_thread(qtbot, data_dir, "no such document anywhere") == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "Could not open no such document" in err
        assert "Could not open no such document" in window.status_label.text()
        assert window.current.id == doc_id  # what was open stays open
    if window.error_box is not None:
        window.error_box.close()


def test_a_handoff_nobody_answers_fails_in_one_line(tmp_path: Path, capsys,
                                                    monkeypatch) -> None:
    """A lock held, but no window serving the library: not "it opens", exit 1."""
    from ui.window import handoff
    from ui.window.app import run_app
    from ui.window.lock import WindowLock

    monkeypatch.setattr(handoff, "TIMEOUT", 0.3)
    paths = DataPaths(tmp_path)
    with WindowLock(paths):
        assert run_app(_args(tmp_path, "marginalia://a/b")) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "marginalia://a/b was not opened" in err
    assert f"held by process {os.getpid()}" in err and "no window answered" in err
    assert list(paths.inbox.iterdir()) == []  # withdrawn: no later window opens it


def test_open_on_a_copied_library_opens_the_copy_not_the_originals_window(
        windows: Windows, qtbot, data_dir: Path, tmp_path: Path) -> None:
    from ui.window.lock import WindowLock

    paths = DataPaths(data_dir)
    paths.ensure()
    with WindowLock(paths):  # as run_app holds it around its window
        window = windows.build(show=True)
        qtbot.waitExposed(window)
        first = window.current.id
        copy = tmp_path / "library copy"
        shutil.copytree(data_dir, copy)  # window.lock and inbox included
        launch = subprocess.run(
            [sys.executable, "-m", "ui.main", "--data-dir", str(copy), "--open",
             "Why Bolivia", "--screenshot", str(tmp_path / "copy.png")],
            cwd=Path(__file__).resolve().parents[2], capture_output=True, text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=120)
        assert launch.returncode == 0, launch.stderr
        assert "another window" not in launch.stderr
        assert (tmp_path / "copy.png").is_file()  # a window of its own opened ...
        qtbot.wait(200)
        assert window.current.id == first  # ... and the original's was not asked
        assert list(paths.inbox.iterdir()) == []
        windows.close(window)
    svc = open_services(DataPaths(copy), seeds=False)
    try:  # the copy's window opened the document asked for
        assert svc.library.setting("last_document") == svc.library.resolve("Why Bolivia")
    finally:
        svc.close()


def test_handoff_requests_in_order_and_bad_ones_refused(tmp_path: Path) -> None:
    from ui.window import handoff
    from ui.window.lock import library_key

    paths = DataPaths(tmp_path)
    key = library_key(tmp_path)
    assert handoff.take(paths, key) == []  # no inbox yet
    handoff.send(paths, "marginalia://a/b", key)
    handoff.send(paths, "  Statium  ", key)
    handoff.send(paths, "Why Bolivia", "1:2")  # meant for another folder: dropped
    (paths.inbox / "junk.link").write_bytes(b"\xff\xfe")  # not UTF-8: dropped
    (paths.inbox / "other.txt").write_text("ignored")
    assert [r.link for r in handoff.take(paths, key)] == ["marginalia://a/b", "Statium"]
    assert [p.name for p in paths.inbox.iterdir()] == ["other.txt"]
    for bad in ("", "   ", "a\nb", "x" * 5000):
        with pytest.raises(ValueError, match="not a link"):
            handoff.send(paths, bad, key)


def test_an_answer_from_a_window_on_another_folder_is_no_answer(tmp_path: Path,
                                                                 monkeypatch) -> None:
    from ui.window import handoff

    paths = DataPaths(tmp_path)
    real_send = handoff.send

    def send_and_answer_wrongly(p: DataPaths, link: str, library: str) -> Path:
        request = real_send(p, link, library)
        handoff.answer(p, handoff.Request(request.stem, link), "9:9", "")
        return request

    monkeypatch.setattr(handoff, "send", send_and_answer_wrongly)
    with pytest.raises(handoff.Unanswered, match="another folder"):
        handoff.deliver(paths, "Statium", "1:1", timeout=1)
