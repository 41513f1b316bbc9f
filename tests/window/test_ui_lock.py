"""One window per library folder: the lock is the folder's (device and inode), held by
the operating system, so a copy of the folder opens and a dead window's lock goes."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from reader.errors import LibraryLocked
from reader.paths import DataPaths
from ui.window import lock as window_lock
from ui.window.app import run_app
from ui.window.lock import WindowLock, library_key, read_holder

HOLD = """
import sys, time
from reader.paths import DataPaths
from ui.window.lock import WindowLock
WindowLock(DataPaths(__import__("pathlib").Path(sys.argv[1]))).acquire()
print("held", flush=True)
time.sleep(60)
"""


def hold_in_another_process(root: Path) -> subprocess.Popen:
    """A process holding ``root``'s window lock, as an open window does."""
    child = subprocess.Popen([sys.executable, "-c", HOLD, str(root)], stdout=subprocess.PIPE,
                             text=True, cwd=Path(__file__).resolve().parents[2])
    assert child.stdout is not None and child.stdout.readline().strip() == "held"
    return child


def kill(child: subprocess.Popen) -> None:
    """SIGKILL: a crash, no clean-up of any kind."""
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert child.stdout is not None
    child.stdout.close()


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


def test_a_window_killed_lets_go_and_its_record_names_it(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path)
    child = hold_in_another_process(tmp_path)
    try:
        assert read_holder(paths.window_lock) == window_lock.Holder(child.pid,
                                                                    library_key(tmp_path))
        with pytest.raises(LibraryLocked, match=f"process {child.pid}"):
            WindowLock(paths).acquire()
    finally:
        kill(child)
    with WindowLock(paths) as lock:  # no clean-up ran, yet the lock is free
        assert lock.held and read_holder(paths.window_lock).pid == os.getpid()


def test_a_copied_folder_is_another_library_and_opens(tmp_path: Path) -> None:
    original, copy = tmp_path / "lib", tmp_path / "lib copy"
    original.mkdir()
    child = hold_in_another_process(original)
    try:
        shutil.copytree(original, copy)  # the lock file comes along, naming the child
        assert read_holder(DataPaths(copy).window_lock).pid == child.pid
        with WindowLock(DataPaths(copy)) as lock:
            assert lock.held
            assert read_holder(DataPaths(copy).window_lock) == window_lock.Holder(
                os.getpid(), library_key(copy))
            with pytest.raises(LibraryLocked, match=f"process {child.pid}"):
                WindowLock(DataPaths(original)).acquire()  # the original stays its own
    finally:
        kill(child)


def test_a_live_pid_alone_holds_nothing(tmp_path: Path) -> None:
    """A record naming a running process (pid reuse, an unlocked copy) is no lock."""
    paths = DataPaths(tmp_path)
    paths.window_lock.write_text(json.dumps({"pid": os.getppid(),
                                             "library": library_key(tmp_path)}))
    with WindowLock(paths) as lock:
        assert lock.held


def test_without_file_locks_the_record_decides_by_folder(tmp_path: Path,
                                                         monkeypatch) -> None:
    monkeypatch.setattr(window_lock, "_os_lock", lambda fd, lock=True: None)
    original, copy = tmp_path / "lib", tmp_path / "copy"
    original.mkdir()
    with WindowLock(DataPaths(original)):
        with pytest.raises(LibraryLocked, match="already open"):
            WindowLock(DataPaths(original)).acquire()
        shutil.copytree(original, copy)
        with WindowLock(DataPaths(copy)) as lock:  # recorded for another folder: taken
            assert lock.held


def test_second_window_says_so_and_exits_1(tmp_path: Path, capsys) -> None:
    paths = DataPaths(tmp_path)
    args = argparse.Namespace(data_dir=str(tmp_path), no_seeds=True, open=None,
                              screenshot=None, verbose=False)
    with WindowLock(paths):
        assert run_app(args) == 1
    assert "already open in another Marginalia window" in capsys.readouterr().err
