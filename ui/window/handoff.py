"""Hand a link to the window already open on a library, and know that it arrived.

The desktop file opens ``marginalia://DOC/HIGHLIGHT`` links (the ones in exported
notes) with ``marginalia --open LINK``; while a window holds the library, that second
launch drops the link into the data directory's inbox, and the window (watching the
inbox) opens it and answers. A file, not a socket: the app opens no socket of any
kind, and the data directory is already private to its user.

Both sides name the library by its folder's identity (:func:`ui.window.lock.library_key`,
device and inode), never by a process id: a request records the folder it was meant
for, so one copied along with the folder is not the copy's business; the answer
records the folder its window serves, so the sender knows the window that opened its
link is on this very library. No answer in time (a process holding the lock but
serving nothing, a window that closed meanwhile) is a failure the sender reports:
the link was not opened, and saying it was would be a lie. No Qt here.
"""

from __future__ import annotations

import json
import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path

from reader.paths import DataPaths, atomic_write_bytes

log = logging.getLogger(__name__)

SUFFIX = ".link"
ANSWER = ".answer"
MAX_LINK = 4096  # characters: a link is a few dozen; anything longer is not one
TIMEOUT = 8.0  # seconds a sender waits for the window's answer
POLL = 0.05


class Unanswered(Exception):
    """No window serving this library answered the request in time."""


@dataclass(frozen=True)
class Request:
    """One queued link; ``name`` is its file's stem, which its answer reuses."""

    name: str
    link: str


def send(paths: DataPaths, link: str, library: str) -> Path:
    """Queue ``link`` for the window serving the folder whose key is ``library``;
    the request's path."""
    if not link.strip() or len(link) > MAX_LINK or "\n" in link:
        raise ValueError(f"{link[:60]!r}: not a link or document name")
    paths.inbox.mkdir(parents=True, exist_ok=True)
    path = paths.inbox / f"{time.time_ns():020d}-{os.getpid()}{SUFFIX}"
    atomic_write_bytes(path, f"{library}\n{link.strip()}".encode())
    return path


def deliver(paths: DataPaths, link: str, library: str, timeout: float | None = None) -> str:
    """Send ``link`` and wait for the answer: the window's problem opening it ("" if it
    opened). :class:`Unanswered` if no window on ``library`` answered within ``timeout``
    (default ``TIMEOUT``; the request is withdrawn, so no later window opens it by
    surprise)."""
    timeout = TIMEOUT if timeout is None else timeout
    request = send(paths, link, library)
    answer = request.with_suffix(ANSWER)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        reply = _read_answer(answer)
        if reply is not None:
            answer.unlink(missing_ok=True)
            if not reply:
                raise Unanswered("the window's answer could not be read")
            if reply.get("library") != library:
                raise Unanswered(f"the window that answered serves another folder "
                                 f"({reply.get('library')!r})")
            return str(reply.get("problem", ""))
        time.sleep(POLL)
    request.unlink(missing_ok=True)
    answer.unlink(missing_ok=True)
    raise Unanswered(f"no window answered within {timeout:g} s")


def _read_answer(path: Path) -> dict | None:
    try:
        reply = json.loads(path.read_bytes())
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        log.warning("unreadable answer %s (%s)", path.name, exc)
        return {}
    return reply if isinstance(reply, dict) else {}


def clear(paths: DataPaths) -> None:
    """Drop every request and answer: a window starting, what is there was meant for
    one that is gone (and its sender has given up on it)."""
    try:
        debris = [p for p in paths.inbox.iterdir() if p.name.endswith((SUFFIX, ANSWER))]
    except OSError:
        return
    for path in debris:
        path.unlink(missing_ok=True)


def take(paths: DataPaths, library: str) -> list[Request]:
    """The queued requests for ``library``, oldest first, each removed as it is read.
    Requests for another folder (copied along with it) and unreadable ones are
    dropped with a log line: they can only be debris."""
    try:
        names = sorted(p for p in paths.inbox.iterdir() if p.name.endswith(SUFFIX))
    except OSError:
        return []
    requests: list[Request] = []
    for path in names:
        link = _read_request(path, library)
        path.unlink(missing_ok=True)
        if link:
            requests.append(Request(path.stem, link))
    return requests


def _read_request(path: Path, library: str) -> str:
    """The link of request ``path`` if it is meant for ``library``, else ""."""
    try:
        text = path.read_bytes()[:MAX_LINK + 100].decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        log.warning("dropping unreadable request %s (%s)", path.name, exc)
        return ""
    key, _, link = text.partition("\n")
    if key != library:
        log.warning("dropping request %s meant for folder %r, not this one (%s)",
                    path.name, key[:40], library)
        return ""
    return link.strip()


def answer(paths: DataPaths, request: Request, library: str, problem: str) -> None:
    """Tell the sender of ``request`` that the window on ``library`` took it, and
    whether its link opened (``problem`` empty) or why not."""
    reply = json.dumps({"library": library, "problem": problem}).encode("utf-8")
    try:
        atomic_write_bytes(paths.inbox / f"{request.name}{ANSWER}", reply)
    except OSError as exc:  # the sender will say it got no answer
        log.warning("could not answer request %s (%s)", request.name, exc)
