"""An encrypted PDF on the command line: refused in one line, opened with --password."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.reader.pdf_samples import RawPage, RawPdf


def locked(path: Path) -> Path:
    page = RawPage([(72, 700, 11, "A secret page of words.")])
    path.write_bytes(RawPdf([page], info={"Title": "Locked"}, user_password="sesame").build())
    return path


def test_refused_without_then_imported_with_the_password(cli, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                         data_dir: Path) -> None:
    pdf = locked(tmp_path / "locked.pdf")
    code, out, err = cli("import", str(pdf), seeds=False)
    assert code == 1 and out == ""
    assert err.strip() == f"marginalia: {pdf}: encrypted: needs a password"
    code, _, err = cli("import", str(pdf), "--password", "guess", seeds=False)
    assert code == 1 and err.strip().endswith("wrong password")
    code, out, err = cli("import", str(pdf), "--password", "sesame", seeds=False)
    assert code == 0 and out.startswith("added ") and "Locked" in out, err
    assert "sesame" not in (data_dir / "library.sqlite3").read_bytes().decode("latin-1")
    code, out, _ = cli("show", "Locked", "--plain", seeds=False)
    assert out.strip() == "A secret page of words."


def test_the_password_can_come_from_the_environment(cli, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MARGINALIA_PDF_PASSWORD", "sesame")
    code, out, err = cli("import", str(locked(tmp_path / "locked.pdf")), seeds=False)
    assert code == 0, err
    rows = json.loads(cli("list", "--json", seeds=False)[1])
    assert [r["title"] for r in rows] == ["Locked"]
