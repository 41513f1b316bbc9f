"""The whole-library backup: back up one library, restore it anywhere, compare."""

from __future__ import annotations

import io
import json
import shutil
import time
import zipfile
from collections import namedtuple
from pathlib import Path

import pytest

from ui.cli.parser import run_argv


def _cli(data: Path, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run_argv(["--data-dir", str(data), "--no-seeds", *argv], out, err)
    return code, out.getvalue(), err.getvalue()


def _library(data: Path, tmp_path: Path) -> None:
    """Seeds, two same-named files, a new version, a rename, notes, tags, a label."""
    run_argv(["--data-dir", str(data), "list"], io.StringIO(), io.StringIO())
    ids = []
    for name, text in (("a", "First essay.\n\nIt talks of reading slowly."),
                       ("b", "Second essay.\n\nIt talks of reading fast.")):
        (tmp_path / name).mkdir(exist_ok=True)
        (tmp_path / name / "essay.txt").write_text(text)
        code, out, _ = _cli(data, "import", str(tmp_path / name / "essay.txt"))
        assert code == 0
        ids.append(out.split()[1])
    (tmp_path / "a" / "essay.txt").write_text("First essay.\n\nIt talks of reading slowly, "
                                              "and again.")
    assert _cli(data, "import", str(tmp_path / "a" / "essay.txt"))[0] == 0
    assert _cli(data, "rename", ids[1], "--title", "Fast", "--author", "Me")[0] == 0
    for doc, quote, extra in ((ids[0], "reading slowly", ["--tag", "slow food"]),
                              ("fast", "reading fast", ["--note", "# Why\n\n**fast**"]),
                              ("travailleurs", "intimité", ["--nth", "2", "--color", "pink"])):
        code, _, err = _cli(data, "annotate", doc, "--quote", quote, *extra)
        assert code == 0, err
    _cli(data, "remove", "statium")  # the trash is not backed up


def _snapshot(data: Path) -> tuple[list[dict], dict[str, dict]]:
    """``list --json`` and every document's ``annotations --json``, ids set aside."""
    docs = json.loads(_cli(data, "list", "--json")[1])
    notes = {}
    for doc in docs:
        ann = json.loads(_cli(data, "annotations", doc["id"], "--json")[1])
        for h in ann["highlights"]:
            h.pop("document")
        ann.pop("document")
        notes[doc["title"]] = ann
        doc.pop("id")
    return docs, notes


def test_backup_then_restore_into_a_fresh_library_is_identical(tmp_path: Path) -> None:
    first, second = tmp_path / "home", tmp_path / "work"
    _library(first, tmp_path)
    code, out, err = _cli(first, "backup", str(tmp_path / "lib.zip"))
    assert code == 0 and out.startswith("backed up 6 documents"), err
    code, out, err = _cli(second, "restore", str(tmp_path / "lib.zip"))
    assert code == 0, err
    assert "6 documents re-created" in out and "3 highlights" in out
    assert _snapshot(first) == _snapshot(second)
    # the same ids, so marginalia://DOC/HL links in exported notes open on the new laptop
    ids = [{d["id"] for d in json.loads(_cli(data, "list", "--json")[1])}
           for data in (first, second)]
    assert ids[0] == ids[1] and len(ids[0]) == 6
    # again: nothing duplicated, nothing changed
    code, out, _ = _cli(second, "restore", str(tmp_path / "lib.zip"))
    assert code == 0 and "0 documents re-created (6 already here)" in out
    assert "3 already present" in out and _snapshot(first) == _snapshot(second)
    code, out, _ = _cli(second, "search", "fast", "--json")
    assert any(r["title"] == "Fast" for r in json.loads(out)["hits"])


def test_restore_into_a_populated_library_keeps_the_newer_edit(tmp_path: Path) -> None:
    home, work = tmp_path / "home", tmp_path / "work"
    _library(home, tmp_path)
    _cli(home, "backup", str(tmp_path / "old.zip"))
    shutil.copytree(home, work)
    hid = json.loads(_cli(work, "annotations", "fast", "--json")[1])["highlights"][0]["id"]
    # a newer edit in the library restored into: the older backup must not undo it
    from reader.paths import DataPaths
    from ui.services import open_services

    time.sleep(1.05)  # modification times have one-second steps
    svc = open_services(DataPaths(work), seeds=False)
    svc.apply(svc.annotations.set_note(hid, "newer note"))
    svc.close()
    code, out, _ = _cli(work, "restore", str(tmp_path / "old.zip"))
    assert code == 0 and "0 newer edits" in out
    [h] = json.loads(_cli(work, "annotations", "fast", "--json")[1])["highlights"]
    assert h["note"] == "newer note"
    # the other way: the newer backup wins over the older library
    _cli(work, "backup", str(tmp_path / "new.zip"))
    code, out, _ = _cli(home, "restore", str(tmp_path / "new.zip"))
    assert code == 0 and "1 newer edit" in out
    [h] = json.loads(_cli(home, "annotations", "fast", "--json")[1])["highlights"]
    assert h["note"] == "newer note"


def test_json_restore_names_missing_documents_by_title_and_file(tmp_path: Path) -> None:
    home, fresh = tmp_path / "home", tmp_path / "fresh"
    _library(home, tmp_path)
    assert _cli(home, "export", "--format", "json", "--out", str(tmp_path / "a.json"))[0] == 0
    code, out, err = _cli(fresh, "restore", str(tmp_path / "a.json"))
    assert code == 1
    lines = err.splitlines()
    assert any("Fast (essay.txt): document not in this library (1 annotation)" in ln
               for ln in lines), err
    assert "urn:sha256" not in err
    assert "0 refused; 3 skipped" in out


Case = namedtuple("Case", "name make reason")


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def _manifest(**over: object) -> bytes:
    return json.dumps({"format": "marginalia-library-backup", "version": 1,
                       "documents": [], **over}).encode()


BAD = [
    Case("not a zip", lambda p: p.write_bytes(b"PK\x03\x04garbage") or p,
         "not a Marginalia backup (not a zip file, or truncated)"),
    Case("truncated", None, "not a Marginalia backup (not a zip file, or truncated)"),
    Case("no manifest", lambda p: _zip(p, {"x.txt": b"x"}), "not a Marginalia backup"),
    Case("newer", lambda p: _zip(p, {"manifest.json": _manifest(version=7)}),
         "made by a newer Marginalia (backup format 7"),
    Case("escaping", lambda p: _zip(p, {"manifest.json": _manifest(),
                                         "../../etc/evil": b"x"}),
         "a path outside what a backup holds; refused"),
    Case("other tool's zip", lambda p: _zip(p, {"manifest.json": b'{"a": 1}'}),
         "not a Marginalia library backup"),
]


@pytest.mark.parametrize("case", BAD, ids=[c.name for c in BAD])
def test_bad_backups_are_refused_in_one_line(tmp_path: Path, case: Case) -> None:
    home = tmp_path / "home"
    _library(home, tmp_path)
    before = _snapshot(home)
    bad = tmp_path / "bad.zip"
    if case.make is None:  # a real backup cut short
        _cli(home, "backup", str(tmp_path / "good.zip"))
        bad.write_bytes((tmp_path / "good.zip").read_bytes()[:-200])
    else:
        case.make(bad)
    code, out, err = _cli(home, "restore", str(bad))
    assert code == 1 and out == ""
    assert len(err.splitlines()) == 1 and case.reason in err, err
    assert str(bad) in err
    assert _snapshot(home) == before


def test_a_backup_bigger_than_the_free_space_is_refused(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    home, fresh = tmp_path / "home", tmp_path / "fresh"
    _library(home, tmp_path)
    _cli(home, "backup", str(tmp_path / "lib.zip"))
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr("reader.archive.shutil.disk_usage", lambda p: usage(10, 10, 1000))
    code, out, err = _cli(fresh, "restore", str(tmp_path / "lib.zip"))
    assert code == 1 and "only 0.0 MB free" in err and len(err.splitlines()) == 1
    code, out, err = _cli(home, "restore", str(tmp_path / "lib.zip"))
    assert code == 0, err  # every document is here already: nothing to make room for
    code, out, err = _cli(home, "backup", str(tmp_path / "other.zip"))
    assert code == 1 and "nothing was written" in err
    assert not (tmp_path / "other.zip").exists()
    monkeypatch.undo()
    assert json.loads(_cli(fresh, "list", "--json")[1]) == []


def test_backup_refuses_to_replace_a_file_that_is_not_a_backup(tmp_path: Path) -> None:
    home = tmp_path / "home"
    _library(home, tmp_path)
    target = tmp_path / "thesis.zip"
    target.write_bytes(b"my thesis")
    code, _, err = _cli(home, "backup", str(target))
    assert code == 1 and "exists and is not a Marginalia backup; not replaced" in err
    assert target.read_bytes() == b"my thesis"
    code, out, _ = _cli(home, "backup", str(tmp_path))  # a folder: the default name in it
    assert code == 0 and "marginalia-backup-" in out


def test_an_original_that_does_not_match_its_hash_is_refused_alone(tmp_path: Path) -> None:
    home, fresh = tmp_path / "home", tmp_path / "fresh"
    _library(home, tmp_path)
    _cli(home, "backup", str(tmp_path / "lib.zip"))
    damaged = tmp_path / "damaged.zip"
    with zipfile.ZipFile(tmp_path / "lib.zip") as good, zipfile.ZipFile(damaged, "w") as bad:
        manifest = json.loads(good.read("manifest.json"))
        fast = next(d for d in manifest["documents"] if d["title"] == "Fast")
        target = fast["versions"][-1]["original"]
        for info in good.infolist():
            data = good.read(info.filename)
            bad.writestr(info, data + b" tampered" if info.filename == target else data)
    code, out, err = _cli(fresh, "restore", str(damaged))
    assert code == 1
    assert f"document Fast: its original {target} does not match its hash (damaged)" in err
    titles = [d["title"] for d in json.loads(_cli(fresh, "list", "--json")[1])]
    assert "Fast" not in titles and len(titles) == 5  # the others restored


def test_a_restored_document_takes_a_fresh_id_when_its_own_is_taken(tmp_path: Path) -> None:
    from reader.paths import DataPaths
    from reader.restored_documents import _restored_id
    from ui.services import open_services

    svc = open_services(DataPaths(tmp_path / "lib"), seeds=False)
    try:
        outcome, _ = svc.library.import_bytes("a.txt", b"Some words to keep.")
        conn = svc.store.conn
        taken = outcome.document_id
        assert _restored_id(conn, "0123456789abcdef") == "0123456789abcdef"
        fresh = _restored_id(conn, taken)
        assert fresh != taken and len(fresh) == 16
        for odd in ("../../etc", "ABCDEF0123456789", 42, None, ""):
            assert _restored_id(conn, odd) != odd
    finally:
        svc.close()
