"""A full or read-only disk (the CLI audit, items 7 and 9): one line and exit 1 for a
write that cannot happen, searching still works from the index and library as they
are, and a failed rebuild leaves no half-made generation behind."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from index.indexer import GENERATION, Indexer
from reader.store import Store


def _full(*args: object, **kwargs: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def _generations(data_dir: Path) -> list[str]:
    return sorted(p.name for p in (data_dir / "index").iterdir() if GENERATION.fullmatch(p.name))


def test_failed_rebuild_leaves_no_generation_and_keeps_the_old_one(
        cli, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    assert cli("search", "travailleurs")[0] == 0
    before = _generations(data_dir)
    current = (data_dir / "index" / "CURRENT").read_text()
    monkeypatch.setattr(Indexer, "_fill", _full)
    code, out, err = cli("reindex", "--full")
    assert code == 1 and out == ""
    (line,) = err.splitlines()
    assert "cannot build the search index (the disk is full)" in line
    assert _generations(data_dir) == before
    assert (data_dir / "index" / "CURRENT").read_text() == current
    code, out, _ = cli("search", "travailleurs")
    assert code == 0 and "Travailleurs d’intimité" in out


def test_search_works_when_catching_up_cannot_write(
        cli, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    assert cli("search", "travailleurs")[0] == 0
    monkeypatch.setattr(Indexer, "sync", _full)
    code, out, err = cli("search", "travailleurs")
    assert code == 0, err
    assert "Travailleurs d’intimité" in out and "Traceback" not in err


def test_unwritable_index_folder_is_one_line(cli, data_dir: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    assert cli("list")[0] == 0

    def read_only(*args: object, **kwargs: object) -> bool:
        raise OSError(errno.EROFS, "Read-only file system", "WRITE.lock")

    monkeypatch.setattr("index.indexer.FileLock.acquire", read_only)
    code, _, err = cli("reindex", "--full")
    assert code == 1
    (line,) = err.splitlines()
    assert "cannot write the search index (read-only file system)" in line


def test_library_on_a_full_disk_is_read_not_refused(cli, monkeypatch: pytest.MonkeyPatch
                                                    ) -> None:  # type: ignore[no-untyped-def]
    assert cli("search", "travailleurs")[0] == 0
    real = Store._connect

    def full_disk(self: Store, busy_timeout: float) -> sqlite3.Connection:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(Store, "_connect", full_disk)
    code, out, err = cli("search", "travailleurs")
    assert code == 0 and "Travailleurs d’intimité" in out, err
    code, _, err = cli("annotate", "Travailleurs", "--quote", "Nairobi")
    assert code == 1
    (line,) = err.splitlines()
    assert "the disk is full; nothing was saved" in line
    monkeypatch.setattr(Store, "_connect", real)
    assert cli("annotate", "Travailleurs", "--quote", "Nairobi")[0] == 0
