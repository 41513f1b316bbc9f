"""One window per library folder: an operating-system lock on a file inside it.

Two windows on one library would each keep an undo stack and a reading position
the other cannot see, so the second one refuses to start. The lock belongs to the
folder, not to a process id: ``window.lock`` inside the data folder is locked with
``flock`` (``msvcrt.locking`` on Windows). A copy of the folder (``cp -a``, a
backup restored) copies the file but never the kernel's lock, so the copy is
another library and opens; a window that dies (crash, kill) lets go with its
process, so there are no stale locks to guess about.

The file records the holder's pid (for the message) and the folder's identity,
device and inode (:func:`library_key`), which the hand-off (:mod:`ui.window.handoff`)
uses to check that the window answering serves this very folder. Where the file
system cannot lock at all, the record decides alone: a live process recorded for
this same folder holds it; a dead one, or one recorded for another folder (the
original of a copy), does not. No Qt here.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from reader.errors import LibraryLocked
from reader.paths import DataPaths

log = logging.getLogger(__name__)

WINDOWS = sys.platform == "win32"
LOCK_OFFSET = 1 << 20  # Windows locks bytes, and locked bytes cannot be read: lock one
#                        far past the record so a refused launch can still name the holder
HELD = {errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES, errno.EDEADLK}


def library_key(root: Path) -> str:
    """The folder's identity, ``device:inode``: a copy or a same-named folder elsewhere
    is another library, a rename or a different spelling of the path is the same one."""
    st = os.stat(root)
    return f"{st.st_dev}:{st.st_ino}"


@dataclass(frozen=True)
class Holder:
    """What ``window.lock`` says about the window that wrote it."""

    pid: int
    library: str  # its library_key; "" when unknown (an old or damaged record)


def read_holder(path: Path) -> Holder:
    """The record in lock file ``path``; pid 0 when there is none to read."""
    try:
        text = path.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return Holder(0, "")
    try:
        data = json.loads(text) if text.startswith("{") else {"pid": int(text or 0)}
        return Holder(int(data.get("pid", 0)), str(data.get("library", "")))
    except (ValueError, TypeError, AttributeError):
        return Holder(0, "")


def _alive(pid: int) -> bool:
    """Whether process ``pid`` runs (asked only where files cannot be locked)."""
    if pid <= 0:
        return False
    if WINDOWS:  # os.kill would end it there; assume it runs, as the safe answer
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    return True


def _os_lock(fd: int, lock: bool = True) -> bool | None:
    """Lock (or unlock) ``fd`` without waiting: True done, False another process holds
    it, None this file system has no locks."""
    try:
        if WINDOWS:
            import msvcrt

            os.lseek(fd, LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK if lock else msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, (fcntl.LOCK_EX | fcntl.LOCK_NB) if lock else fcntl.LOCK_UN)
    except OSError as exc:
        if exc.errno in HELD:
            return False
        log.warning("no file locks on this file system (%s): the window lock is advisory",
                    exc)
        return None
    return True


def _same_file(fd: int, path: Path) -> bool:
    """Whether ``path`` still names the file open as ``fd`` (a release may have removed
    it between our open and our lock: that file locks nothing any more)."""
    try:
        here, there = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


class WindowLock:
    """Held while a window owns ``paths``; ``release()`` (or ``with``) lets go."""

    def __init__(self, paths: DataPaths) -> None:
        self.path = paths.window_lock
        self.root = paths.root
        self.held = False
        self._fd: int | None = None
        self._os_locked = False

    def acquire(self) -> WindowLock:
        """Take the folder's lock, or :class:`LibraryLocked` naming the window holding it."""
        key = library_key(self.root)
        for _ in range(3):
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            locked = _os_lock(fd)
            if locked is True and not _same_file(fd, self.path):
                os.close(fd)  # removed by a window closing meanwhile: try the new one
                continue
            holder = read_holder(self.path)
            if locked is False or (locked is None and holder.library == key
                                   and _alive(holder.pid)):
                os.close(fd)
                raise LibraryLocked(self._refusal(holder))
            if holder.pid and holder.pid != os.getpid():
                why = ("recorded for another folder: this one is a copy"
                       if holder.library not in ("", key) else "it holds no lock any more")
                log.warning("taking over the window lock of process %d (%s)", holder.pid, why)
            self._os_locked = bool(locked)
            self._write(fd, key)
            return self
        raise LibraryLocked(f"{self.path}: cannot take the window lock")

    def _refusal(self, holder: Holder) -> str:
        who = f" (process {holder.pid})" if holder.pid else ""
        return f"{self.root}: already open in another Marginalia window{who}; close it first"

    def _write(self, fd: int, key: str) -> None:
        record = json.dumps({"pid": os.getpid(), "library": key}).encode("utf-8")
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, record)
        self._fd, self.held = fd, True

    def release(self) -> None:
        """Let go; the file goes too, unless another window already took it over
        (possible only where the file system has no locks)."""
        fd, self._fd = self._fd, None
        if fd is None or not self.held:
            return
        self.held = False
        ours = _same_file(fd, self.path) and read_holder(self.path).pid == os.getpid()
        if ours and not WINDOWS:  # removed before the lock goes: nobody locks a ghost
            self.path.unlink(missing_ok=True)
        if self._os_locked:
            _os_lock(fd, lock=False)
        os.close(fd)
        if ours and WINDOWS:  # an open file cannot be removed there: removed after, and
            with contextlib.suppress(OSError):  # left if a newcomer has it open already
                self.path.unlink()

    def __enter__(self) -> WindowLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()
