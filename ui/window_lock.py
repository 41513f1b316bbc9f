"""One window per data directory: a lock file holding the owner's pid.

Two windows on one library would each keep an undo stack and a reading position
the other cannot see, so the second one refuses to start. A lock left by a crashed
window (its pid no longer runs) is stale and is taken over. No Qt here.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from reader.errors import LibraryLocked
from reader.paths import DataPaths

log = logging.getLogger(__name__)


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    return True


def _read_pid(path: Path) -> int:
    try:
        return int(path.read_text(encoding="ascii").strip() or 0)
    except (OSError, ValueError):
        return 0


class WindowLock:
    """Held while a window owns ``paths``; ``release()`` (or ``with``) lets go."""

    def __init__(self, paths: DataPaths) -> None:
        self.path = paths.window_lock
        self.held = False

    def acquire(self) -> WindowLock:
        for _ in range(2):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                pid = _read_pid(self.path)
                if _alive(pid):
                    raise LibraryLocked(
                        f"{self.path.parent}: already open in another Marginalia window "
                        f"(process {pid}); close it first") from None
                log.warning("removing stale window lock of process %d", pid)
                self.path.unlink(missing_ok=True)
                continue
            with os.fdopen(fd, "w", encoding="ascii") as fh:
                fh.write(str(os.getpid()))
            self.held = True
            return self
        raise LibraryLocked(f"{self.path}: cannot take the window lock")

    def release(self) -> None:
        if self.held:
            self.held = False
            if _read_pid(self.path) == os.getpid():
                self.path.unlink(missing_ok=True)

    def __enter__(self) -> WindowLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()
