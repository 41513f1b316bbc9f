"""One window per data directory; a lock left by a dead process is taken over."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest

from reader.errors import LibraryLocked
from reader.paths import DataPaths
from ui.app import run_app
from ui.window_lock import WindowLock


def test_second_lock_refused_and_released(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path)
    with WindowLock(paths), pytest.raises(LibraryLocked, match="already open in another"):
        WindowLock(paths).acquire()
    assert not paths.window_lock.exists()
    WindowLock(paths).acquire().release()


def test_stale_lock_of_a_dead_process_is_taken_over(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path)
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    paths.window_lock.write_text(str(child.pid))
    lock = WindowLock(paths).acquire()
    assert lock.held and paths.window_lock.read_text() != str(child.pid)
    lock.release()


def test_second_window_says_so_and_exits_1(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    paths = DataPaths(tmp_path)
    args = argparse.Namespace(data_dir=str(tmp_path), no_seeds=True, open=None,
                              screenshot=None, verbose=False)
    with WindowLock(paths):
        assert run_app(args) == 1
    assert "already open in another Marginalia window" in capsys.readouterr().err
