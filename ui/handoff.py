"""Hand a link to the window already open on a library, instead of refusing it.

The desktop file opens ``marginalia://DOC/HIGHLIGHT`` links (the ones in exported
notes) with ``marginalia --open LINK``; while a window holds the library, that second
launch drops the link into the data directory's inbox and exits, and the window
(watching the inbox) opens it. A file, not a socket: the app opens no socket of any
kind, and the data directory is already private to its user. No Qt here.
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path

from reader.paths import DataPaths, atomic_write_bytes

log = logging.getLogger(__name__)

SUFFIX = ".link"
MAX_LINK = 4096  # characters: a link is a few dozen; anything longer is not one


def send(paths: DataPaths, link: str) -> Path:
    """Queue ``link`` for the open window; the request's path."""
    if not link.strip() or len(link) > MAX_LINK or "\n" in link:
        raise ValueError(f"{link[:60]!r}: not a link or document name")
    paths.inbox.mkdir(parents=True, exist_ok=True)
    path = paths.inbox / f"{time.time_ns():020d}-{os.getpid()}{SUFFIX}"
    atomic_write_bytes(path, link.strip().encode("utf-8"))
    return path


def take(paths: DataPaths) -> list[str]:
    """The queued links, oldest first, each removed as it is read (unreadable
    requests are dropped with a log line: they can only be debris)."""
    try:
        names = sorted(p for p in paths.inbox.iterdir() if p.name.endswith(SUFFIX))
    except OSError:
        return []
    links: list[str] = []
    for path in names:
        try:
            text = path.read_bytes()[:MAX_LINK].decode("utf-8").strip()
        except (OSError, UnicodeDecodeError) as exc:
            log.warning("dropping unreadable request %s (%s)", path.name, exc)
            text = ""
        path.unlink(missing_ok=True)
        if text:
            links.append(text)
    return links
