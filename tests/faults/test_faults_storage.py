"""Read-only and full disks: a clear error, nothing half-written, nothing lost (issue 9)."""

from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.errors import StoreError
from reader.export import Exporter
from reader.paths import DataPaths
from tests.conftest import FullDisk, seed_id


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 24 MB filesystem (tmpfs) we can fill or make read-only; skipped if no mount."""
    mnt = tmp_path / "disk"
    mnt.mkdir()
    if os.geteuid() != 0 or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", str(mnt)],
            capture_output=True).returncode != 0:
        pytest.skip("needs root and mount to make a small filesystem")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


def _count(data: Path, read_only: bool = False) -> int:
    db = data / "library.sqlite3"
    conn = (sqlite3.connect(f"{db.as_uri()}?mode=ro&immutable=1", uri=True) if read_only
            else sqlite3.connect(db))
    try:
        return int(conn.execute("SELECT count(*) FROM highlights").fetchone()[0])
    finally:
        conn.close()


def test_read_only_disk_reads_and_refuses_writes(small_disk: Path, cli, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    data = small_disk / "lib"
    code, _, _ = cli("--data-dir", str(data), "annotate", "Travailleurs", "--quote", "Nairobi")
    assert code == 0
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    code, out, _ = cli("--data-dir", str(data), "list")
    assert code == 0 and "Travailleurs d’intimité" in out
    code, out, _ = cli("--data-dir", str(data), "search", "nairobi")
    assert code == 0 and "Travailleurs" in out
    code, out, err = cli("--data-dir", str(data), "annotate", "Statium", "--quote", "Késako")
    assert code == 1
    assert err.strip().endswith("the library is read-only; nothing was saved")
    assert "Traceback" not in err
    assert _count(data, read_only=True) == 1


def test_full_disk_refuses_cleanly_and_keeps_everything(small_disk: Path, cli) -> None:  # type: ignore[no-untyped-def]
    data = small_disk / "lib"
    assert cli("--data-dir", str(data), "annotate", "Travailleurs", "--quote", "Nairobi")[0] == 0
    filler = small_disk / "filler"
    with open(filler, "wb") as fh:  # fill the disk to the last block
        try:
            while True:
                fh.write(b"\0" * 65536)
                fh.flush()
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
    long_note = "x" * 200_000
    code, _, err = cli("--data-dir", str(data), "annotate", "Statium", "--quote", "Késako",
                       "--note", long_note)
    assert code == 1, err
    assert "disk is full" in err and "Traceback" not in err
    filler.unlink()
    code, out, _ = cli("--data-dir", str(data), "annotations", "Travailleurs")
    assert code == 0 and "Nairobi" in out
    conn = sqlite3.connect(data / "library.sqlite3")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert _count(data) == 1
    code, _, err = cli("--data-dir", str(data), "annotate", "Statium", "--quote", "Késako")
    assert code == 0, err




def test_simulated_enospc_at_commit_saves_nothing(services) -> None:  # type: ignore[no-untyped-def]
    doc_id = seed_id(services, "000")
    before = services.annotations.for_document(doc_id)
    real = services.store.conn
    services.store.conn = FullDisk(real)
    try:
        with pytest.raises(StoreError, match="the disk is full; nothing was saved"):
            services.annotations.create_from_quote(doc_id, "Nairobi", note="à garder")
    finally:
        services.store.conn = real
    assert services.annotations.for_document(doc_id) == before
    assert not real.in_transaction
    hl, _ = services.annotations.create_from_quote(doc_id, "Nairobi", note="à garder")
    assert services.annotations.get(hl.id).note == "à garder"


def test_export_on_a_full_disk_leaves_no_half_file(services, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import reader.paths

    def full(fd: int, data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(reader.paths.os, "write", full, raising=False)
    monkeypatch.setattr("builtins.open", _open_failing_writes(open))
    out = tmp_path / "notes"
    exporter = Exporter(services.library, services.annotations, DataPaths(services.paths.root))
    with pytest.raises(StoreError, match="No space left on device"):
        exporter.export_markdown(None, out)
    assert not out.exists() or list(out.iterdir()) == []


def _open_failing_writes(real_open):  # type: ignore[no-untyped-def]
    def fake(file, mode="r", *args, **kwargs):  # type: ignore[no-untyped-def]
        handle = real_open(file, mode, *args, **kwargs)
        if "w" in mode and str(file).endswith(".tmp"):
            def write(data: bytes) -> int:
                raise OSError(errno.ENOSPC, "No space left on device")
            handle.write = write
        return handle
    return fake


def test_a_path_saying_full_is_not_a_full_disk(tmp_path: Path) -> None:
    from reader.errors import StoreError
    from reader.store import Store

    folder = tmp_path / "carefully" / "fullness"
    folder.mkdir(parents=True)
    (folder / "library.sqlite3").write_bytes(b"not a database at all " * 200)
    with pytest.raises(StoreError) as caught:
        Store(folder / "library.sqlite3")
    assert "disk is full" not in str(caught.value)
