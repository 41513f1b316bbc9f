"""``export`` to awkward targets (the CLI audit, item 8): one line with the real reason,
never a read of a FIFO, never a folder made under a ``.md``/``.json`` name, and an
export that fails part-way lists and records the files it wrote."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest


def _line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    assert lines[0].startswith("marginalia: ")
    return lines[0]


@pytest.mark.parametrize(("setup", "argv", "reason"), [
    ("dir:isdir.md", ["Travailleurs", "--out", "isdir.md"], "isdir.md: is a folder, not a file"),
    ("dir:jdir.json", ["--format", "json", "--out", "jdir.json"], "is a folder, not a file"),
    ("dir:d/Travailleurs d’intimité.md", ["Travailleurs", "--out", "d"],
     "is a folder, not a file"),
    ("fifo:fifo.md", ["Travailleurs", "--out", "fifo.md"], "not a regular file"),
    ("fifo:f/Travailleurs d’intimité.md", ["Travailleurs", "--out", "f"], "not a regular file"),
    ("file:afile", ["Travailleurs", "--out", "afile"], "afile: is a file, not a folder"),
    ("file:afile", ["Travailleurs", "--out", "afile/sub.md"], "afile: is a file, not a folder"),
    ("", ["Travailleurs", "--out", "n" * 300 + ".md"], "File name too long"),
    ("", ["--out", "n" * 300], "File name too long"),
    ("", ["--format", "json", "--out", "b.md"], "a JSON backup goes to a .json file"),
    ("", ["--out", "c.json"], "a .json path is for --format json"),
    ("", ["Travailleurs", "Statium", "--out", "two.md"], "give a folder for 2 documents"),
])
def test_awkward_target_is_one_line(cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
                                    setup: str, argv: list[str], reason: str) -> None:
    monkeypatch.chdir(tmp_path)
    kind, _, name = setup.partition(":")
    if kind:
        Path(name).parent.mkdir(parents=True, exist_ok=True)
        {"dir": Path(name).mkdir, "fifo": lambda: os.mkfifo(name),
         "file": lambda: Path(name).write_text("mine")}[kind]()
    before = sorted(str(p) for p in tmp_path.rglob("*"))
    code, out, err = cli("export", *argv)  # a FIFO opened for reading would hang here
    assert code == 1 and out == ""
    assert reason in _line(err)
    assert sorted(str(p) for p in tmp_path.rglob("*") if "data" not in p.parts) == \
        [p for p in before if "/data" not in p]


def test_failure_part_way_lists_and_records_what_was_written(cli, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                            data_dir: Path) -> None:
    out_dir = tmp_path / "partial"
    (out_dir / "Statium Blog.md").mkdir(parents=True)  # the 4th document's file
    code, out, err = cli("export", "--all", "--out", str(out_dir))
    assert code == 1
    written = [line for line in out.splitlines() if line.startswith("wrote ")]
    assert len(written) == 3
    assert "export stopped" in _line(err) and "Statium Blog.md: is a folder" in err
    record = json.loads((data_dir / "exports.json").read_text())
    assert sum(1 for key in record if key.startswith(str(out_dir))) == 3
    (out_dir / "Statium Blog.md").rmdir()
    code, out, err = cli("export", "--all", "--out", str(out_dir))
    assert code == 0, err
    assert "(new)" not in out + err  # the first three were recognised as ours


def test_duplicate_documents_export_once(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = cli("export", "Travailleurs", "Travailleurs", "--out", str(tmp_path / "x"))
    assert code == 0
    assert len([p for p in (tmp_path / "x").iterdir() if p.name != "index.md"]) == 1


def test_target_name_not_utf8_is_written_and_recorded(cli, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                     data_dir: Path) -> None:
    target = tmp_path / os.fsdecode(b"bad\xffname.md")
    code, out, err = cli("export", "Travailleurs", "--out", str(target))
    assert code == 0, err
    assert target.exists()
    record = json.loads((data_dir / "exports.json").read_text())
    assert str(target) in record
