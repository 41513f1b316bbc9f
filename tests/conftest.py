"""Shared fixtures: a fresh library per test, offscreen Qt, and no network at all."""

from __future__ import annotations

import os
import socket
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


class NetworkBlocked(RuntimeError):
    pass


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Creating an Internet socket fails the test: Marginalia never reaches out.

    Local (AF_UNIX) sockets stay allowed: Qt and multiprocessing may use them.
    """
    real_socket = socket.socket

    class GuardedSocket(real_socket):  # type: ignore[misc, valid-type]
        def __init__(self, family: int = -1, *args: object, **kwargs: object) -> None:
            if family in (-1, socket.AF_INET, socket.AF_INET6):
                raise NetworkBlocked(f"network socket created (family {family})")
            super().__init__(family, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "socket", GuardedSocket)
    monkeypatch.setattr(socket, "create_connection",
                        lambda *a, **k: (_ for _ in ()).throw(NetworkBlocked(str(a))))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The folder a sync tool shares between devices (tests/sync, the window's sync)."""
    shared = tmp_path / "shared"
    shared.mkdir()
    return shared


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def services(data_dir: Path) -> Iterator[object]:
    """A library opened on a fresh data directory, seeds imported."""
    from reader.paths import DataPaths
    from ui.services import open_services

    svc = open_services(DataPaths(data_dir))
    yield svc
    svc.close()


@pytest.fixture
def empty_services(data_dir: Path) -> Iterator[object]:
    from reader.paths import DataPaths
    from ui.services import open_services

    svc = open_services(DataPaths(data_dir), seeds=False)
    yield svc
    svc.close()


@pytest.fixture
def cli(data_dir: Path):  # type: ignore[no-untyped-def]
    """Run the command line in-process: ``cli("list", "--json") -> (code, out, err)``."""
    import io

    from ui.cli.parser import run_argv

    def invoke(*argv: str, seeds: bool = True) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        base = ["--data-dir", str(data_dir)] + ([] if seeds else ["--no-seeds"])
        code = run_argv([*base, *argv], out, err)
        return code, out.getvalue(), err.getvalue()

    return invoke


def seed_id(services: object, prefix: str) -> str:
    """The id of the seed whose source file starts with ``prefix`` (e.g. ``"001"``)."""
    for doc in services.library.list_documents():  # type: ignore[attr-defined]
        if doc.source_name.startswith(prefix):
            return doc.id
    raise KeyError(prefix)


class FullDisk:
    """A connection whose commits fail as SQLite's do when the disk is full."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def execute(self, sql: str, *args: object) -> sqlite3.Cursor:
        if sql == "COMMIT":
            raise sqlite3.OperationalError("database or disk is full")
        return self._conn.execute(sql, *args)

    def __getattr__(self, name: str) -> object:
        return getattr(self._conn, name)
