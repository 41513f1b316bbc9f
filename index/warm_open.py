"""Open an index nothing changed since the last full check, without checking it again.

Opening the index normally validates every segment and then compares every
document's text hash and every annotation's digest with the library
(``Indexer.sync``): that is how a library whose last process died between its
database commit and its index write comes back consistent. It costs as much when
nothing changed, which is what a command line run twice in a row finds (issue 14).

So after such a full check, ``WARM`` in the index folder records the state of the
library's database files as it was *before* the check read them, and the state of
the live generation's files after it. A process that finds both unchanged opens the
index as it is. The database's state is the main file's identity, size and
modification time, and its write-ahead log's size, time and header: in WAL mode every
commit writes frames to the log (its size grows, its time changes) or starts it again
(the header's checkpoint number and salts change), and only a checkpoint writes the
main file; readers change none of these. So any write by any process -- the window, another
command, one killed before it indexed -- sends the next open through the full check.

Timestamps are coarse on some file systems: a file modified within ``RACY_NS`` of
being looked at could change again within the same tick unseen, so no record is made
then (the next open checks again), as git does with its "racily clean" entries.
"""

from __future__ import annotations

import gc
import json
import logging
import os
import time
import warnings
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import Any

from index.generations import Generations
from index.whoosh.schema import STAMP

log = logging.getLogger(__name__)

RECORD = "WARM"
RACY_NS = 2_000_000_000  # FAT's 2 s; ext4, APFS, NTFS are far finer
WAL_HEADER = 32  # magic, version, page size, checkpoint number, two salts, checksum

State = list[Any]


class WarmOpen:
    """The record of the last full check of one index against one library database.

    Without a database (``database=None``: an indexer not built by the services) it
    never trusts anything and never writes: every open is the full one.
    """

    def __init__(self, folder: Path, database: Path | None = None) -> None:
        self.folder = Path(folder)
        self.generations = Generations(self.folder)
        self.database = database
        self.trust = database is not None  # ``check`` turns it off: it wants it all

    def open(self, gen: str) -> Any | None:
        """Generation ``gen`` opened without validation when the record says nothing
        changed since it was checked; ``None``: do the full open."""
        if not self.trust or not gen or self.database is None:
            return None
        recorded = self._read()
        index, library = self._index_state(gen), database_state(self.database)
        if index is None or library is None or recorded.get("schema") != STAMP \
                or recorded.get("index") != index or recorded.get("library") != library:
            return None
        ix = _open_unchecked(self.folder / gen)
        if ix is not None:
            log.info("index %s opened as it was: unchanged since its last full check", gen)
        return ix

    def checked(self, sync: Callable[[], object], gen: str) -> None:
        """Run the full check ``sync``, then record what it found consistent."""
        if self.database is None:
            sync()
            return
        started = time.time_ns()
        library = database_state(self.database)
        sync()
        index = self._index_state(gen)
        if library is None or index is None or _racy(library, index[1], started):
            return
        self._write({"schema": STAMP, "library": library, "index": index})

    def _index_state(self, gen: str) -> State | None:
        """The live generation's fingerprint, as JSON reads it back; ``None`` unless
        ``gen`` is live and its files could be listed."""
        fingerprint = self.generations.fingerprint()
        if fingerprint[0] != gen or len(fingerprint) < 2 or fingerprint[1] is None:
            return None
        return list(json.loads(json.dumps(fingerprint)))

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads((self.folder / RECORD).read_bytes())
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def _write(self, record: dict[str, Any]) -> None:
        """Replace the record; no fsync: a record lost in a crash only costs a check."""
        path = self.folder / RECORD
        tmp = path.with_name(f".{RECORD}.{os.getpid()}.tmp")
        try:
            tmp.write_text(json.dumps(record), "utf-8")
            os.replace(tmp, path)
        except OSError as exc:  # read-only or full disk: every open checks, as before
            log.debug("no warm-open record in %s: %s", self.folder, exc)
            with suppress(OSError):
                tmp.unlink(missing_ok=True)


def database_state(database: Path) -> State | None:
    """What changes whenever any process commits to ``database`` (module docstring)."""
    try:
        st = os.stat(database)
    except OSError:
        return None
    return [st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, _wal_state(database)]


def _wal_state(database: Path) -> list[Any]:
    """The log's size, time and header; an empty log and no log are the same state
    (the last connection to close deletes it, the next to open creates it empty). The
    time too: frames a rolled-back transaction left are overwritten by the next one."""
    try:
        with open(f"{database}-wal", "rb") as fh:
            header = fh.read(WAL_HEADER)
            st = os.fstat(fh.fileno())
    except FileNotFoundError:
        return [0, 0, ""]
    return [st.st_size, st.st_mtime_ns, header.hex()] if st.st_size else [0, 0, ""]


def _racy(library: State, files: list[Any], now_ns: int) -> bool:
    """True when a file was modified too recently for its time to tell a later change."""
    times = [library[3], library[4][1]] + [mtime for _, _, mtime in files]
    return any(t > now_ns - RACY_NS for t in times)


def _open_unchecked(path: Path) -> Any | None:
    """The Whoosh index at ``path``; ``None`` when even its table of contents fails
    (the full open then finds out why, and rebuilds). Whoosh leaves the files of an
    index it failed to open to the garbage collector: released here, quietly."""
    from index.whoosh.storage import MappedStorage

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        try:
            return MappedStorage(str(path)).open_index()
        except Exception as exc:  # any failure: the full open decides
            log.info("warm open of %s failed (%s): checking it in full", path, exc)
        gc.collect()
    return None
