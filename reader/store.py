"""The SQLite library store: the single source of truth (docs/ARCHITECTURE.md, storage).

WAL with ``synchronous=FULL`` and one ``BEGIN IMMEDIATE`` transaction per write, so
an acknowledged annotation survives a crash or a power cut, and a second process
waits for its turn instead of corrupting anything.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from reader.errors import LibraryBusy, StoreError, said

log = logging.getLogger(__name__)

Migration = Callable[[sqlite3.Connection], None]


def now_iso() -> str:
    """The store's timestamps: UTC, to the second."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")

_SCHEMA_V1 = """
CREATE TABLE documents(
    id TEXT PRIMARY KEY,
    source_name TEXT NOT NULL,
    added_at TEXT NOT NULL,
    current_version INTEGER,
    last_read_at TEXT,
    reading_position INTEGER NOT NULL DEFAULT 0,
    note TEXT NOT NULL DEFAULT '',
    note_modified_at TEXT
);
CREATE INDEX documents_source ON documents(source_name);
CREATE TABLE versions(
    id INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    title TEXT NOT NULL,
    authors TEXT NOT NULL,
    languages TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    blocks TEXT NOT NULL,
    marks TEXT NOT NULL,
    encoding TEXT NOT NULL,
    original_sha256 TEXT NOT NULL,
    text_sha256 TEXT NOT NULL,
    original_ext TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    UNIQUE(document_id, seq)
);
CREATE INDEX versions_original ON versions(original_sha256);
CREATE INDEX versions_text ON versions(text_sha256);
CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


def run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run DDL statements inside the current transaction.

    ``executescript`` would commit first, breaking the migration's atomicity.
    """
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def _migrate_v1(conn: sqlite3.Connection) -> None:
    run_script(conn, _SCHEMA_V1)


_SCHEMA_V2 = """
CREATE TABLE highlights(
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    version_id INTEGER,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    exact TEXT NOT NULL,
    prefix TEXT NOT NULL,
    suffix TEXT NOT NULL,
    color TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'exact',
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL
);
CREATE INDEX highlights_document ON highlights(document_id, start_offset);
CREATE TABLE highlight_tags(
    highlight_id TEXT NOT NULL REFERENCES highlights(id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY(highlight_id, tag)
);
CREATE INDEX highlight_tags_tag ON highlight_tags(tag);
CREATE TABLE color_labels(color TEXT PRIMARY KEY, label TEXT NOT NULL);
"""


def _migrate_v2(conn: sqlite3.Connection) -> None:
    """Highlights (both W3C selectors), their tags, and the library's colour labels."""
    run_script(conn, _SCHEMA_V2)


_SCHEMA_V3 = """
ALTER TABLE documents ADD COLUMN source_path TEXT;
ALTER TABLE documents ADD COLUMN title TEXT;
ALTER TABLE documents ADD COLUMN authors TEXT;
ALTER TABLE documents ADD COLUMN removed_at TEXT;
ALTER TABLE versions ADD COLUMN source_path TEXT;
CREATE INDEX documents_path ON documents(source_path)
"""


def _migrate_v3(conn: sqlite3.Connection) -> None:
    """A document is its source path plus its content, no longer its file name alone.

    Paths of documents imported before are unknown (NULL): such a document never takes
    a new version by name again, and ``check`` lists those whose versions may be
    different files merged by name. ``title``/``authors`` are the reader's own, over
    every version's; ``removed_at`` marks a document in the trash.
    """
    run_script(conn, _SCHEMA_V3)


def _migrate_v4(conn: sqlite3.Connection) -> None:
    """A version's structure beyond blocks and marks: a PDF's page labels and a book's
    own table of contents, as JSON (``{"pages": [...], "outline": [...]}``); NULL for
    versions imported before, which had neither."""
    conn.execute("ALTER TABLE versions ADD COLUMN structure TEXT")


def _migrate_v5(conn: sqlite3.Connection) -> None:
    """How a version was read (JSON; ``{"whole_page": true}`` for a web page read whole
    rather than as its article); NULL is the default reading, as every older version."""
    conn.execute("ALTER TABLE versions ADD COLUMN options TEXT")


_SCHEMA_V6 = """
CREATE TABLE bookmarks(
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    offset INTEGER NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX bookmarks_document ON bookmarks(document_id, offset)
"""


def _migrate_v6(conn: sqlite3.Connection) -> None:
    """Bookmarks: a place in a document (a canonical offset of its current version,
    clamped to a shorter new version's text when read), with an optional name."""
    run_script(conn, _SCHEMA_V6)


# Append-only: migration N brings user_version from N-1 to N.
MIGRATIONS: list[Migration] = [_migrate_v1, _migrate_v2, _migrate_v3, _migrate_v4, _migrate_v5,
                               _migrate_v6]


class Store:
    """One connection to ``library.sqlite3``; use it from one thread only."""

    def __init__(self, database: Path, busy_timeout: float = 5.0) -> None:
        self.path = database
        self.created = not database.exists()
        self.read_only = False
        self.why_read_only = said("the library is read-only")
        try:
            self.conn = self._connect(busy_timeout)
        except sqlite3.Error as exc:
            full = (not self.created and _is_full(exc, database)
                    and _wal_empty(database))  # else reading would miss committed writes
            if not full and (self.created or os.access(database.parent, os.W_OK | os.X_OK)
                             and not _on_read_only_fs(database.parent)):
                raise _translate(exc, database) from exc
            # A library on a read-only or full disk can still be read and searched.
            log.info("%s cannot be written: opening it for reading only", database)
            self.conn = self._connect_read_only(busy_timeout)
            self.read_only = True
            self.why_read_only = said("the disk is full") if full else self.why_read_only
        self._migrate()

    def _connect(self, busy_timeout: float) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=busy_timeout, isolation_level=None,
                               check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute(f"PRAGMA busy_timeout={int(busy_timeout * 1000)}")
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        return conn

    def _connect_read_only(self, busy_timeout: float) -> sqlite3.Connection:
        """``immutable``: nobody can write a read-only disk, so no WAL index is needed."""
        try:
            conn = sqlite3.connect(f"{self.path.as_uri()}?mode=ro&immutable=1", uri=True,
                                   timeout=busy_timeout, isolation_level=None,
                                   check_same_thread=False)
            conn.row_factory = sqlite3.Row
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.Error as exc:
            raise _translate(exc, self.path) from exc
        return conn

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        current = self.schema_version
        if current > len(MIGRATIONS):
            raise StoreError(said("{path}: made by a newer Marginalia (schema {current}); "
                                  "please upgrade", path=self.path, current=current))
        if self.read_only and current < len(MIGRATIONS):
            raise StoreError(said("{path}: read-only, and made by an older Marginalia; open it "
                                  "once where it can be written", path=self.path))
        for number in range(current + 1, len(MIGRATIONS) + 1):
            with self.transaction():
                if self.schema_version >= number:  # another process got there first
                    continue
                log.info("migrating %s to schema %d", self.path, number)
                MIGRATIONS[number - 1](self.conn)
                self.conn.execute(f"PRAGMA user_version={number}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One explicit write transaction; every change inside commits or none does."""
        if self.read_only:
            raise StoreError(said("{path}: {why}; nothing was saved", path=self.path,
                                  why=self.why_read_only))
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise _translate(exc, self.path) from exc
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except BaseException as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise _translate(exc, self.path) from exc
            raise

    def query(self, sql: str, params: tuple[object, ...] = ()) -> list[sqlite3.Row]:
        try:
            return self.conn.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise _translate(exc, self.path) from exc

    def integrity_check(self) -> str:
        return str(self.conn.execute("PRAGMA integrity_check").fetchone()[0])

    def close(self) -> None:
        self.conn.close()


def _on_read_only_fs(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def _wal_empty(database: Path) -> bool:
    try:
        return database.with_name(database.name + "-wal").stat().st_size == 0
    except FileNotFoundError:
        return True
    except OSError:
        return False


def _nearly_full(path: Path) -> bool:
    """SQLite often says "disk I/O error" when a WAL write meets a full disk."""
    try:
        return shutil.disk_usage(path.parent).free < 1024 * 1024
    except OSError:
        return False


def _is_full(exc: sqlite3.Error, path: Path) -> bool:
    """SQLite's own words (never the path, which may contain "full"), or an I/O
    error on a disk with almost no room left."""
    text = str(exc).lower()
    return "full" in text or ("i/o" in text and _nearly_full(path))


def _translate(exc: sqlite3.Error, path: Path) -> Exception:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return LibraryBusy()
    if "readonly" in text or "read-only" in text:
        return StoreError(said("{path}: the library is read-only; nothing was saved", path=path))
    if _is_full(exc, path):
        return StoreError(said("{path}: the disk is full; nothing was saved", path=path))
    if "i/o" in text:
        return StoreError(said("{path}: the disk could not be written ({exc}); nothing was "
                               "saved", path=path, exc=exc))
    if "unable to open" in text:
        return StoreError(said("{path}: cannot open the library ({exc})", path=path, exc=exc))
    return StoreError(said("{path}: {exc}", path=path, exc=exc))
