"""The folder's faults, compaction, and the command line of sync (issue 19)."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

from reader.sync.folder import COMPACT_AFTER
from reader.sync.sync import Sync
from tests.sync.conftest import add_book, converge, highlight, state, sync
from ui.cli.parser import run_argv

ROOT = Path(__file__).resolve().parents[2]


def _device_dir(svc, folder: Path) -> Path:  # type: ignore[no-untyped-def]
    from reader.sync.device import Device

    return folder / "marginalia" / Device.of(svc.library).id


def test_garbage_truncated_and_newer_files_are_skipped_one_line_each(libraries,
                                                                     folder: Path) -> None:
    a, b, c = libraries(3)
    hid = highlight(a, add_book(a), "Call me Ishmael", note="kept")
    sync(a, folder)
    good = sorted(_device_dir(a, folder).glob("updates-*.bin"))[-1]
    root = folder / "marginalia"
    (root / "README.txt").write_text("not ours")
    (root / "0123456789abcdef").mkdir()
    (root / "0123456789abcdef" / "updates-000001.bin").write_bytes(b"garbage" * 10)
    (root / "0123456789abcdef" / "notes.txt").write_text("stray")
    truncated = _device_dir(c, folder)
    truncated.mkdir(parents=True)
    (truncated / "updates-000001.bin").write_bytes(good.read_bytes()[:-7])
    newer = root / "fedcba9876543210"
    newer.mkdir()
    (newer / "format.json").write_text(json.dumps({"format": 99, "name": "future"}))
    (newer / "updates-000001.bin").write_bytes(good.read_bytes())
    report = sync(b, folder)
    assert b.annotations.get(hid).note == "kept"
    lines = report.skipped
    assert len(lines) == 5, lines
    assert any("README.txt" in x and "not a Marginalia device folder" in x for x in lines)
    assert any("0123456789abcdef/updates-000001.bin" in x and "not a Marginalia update"
               in x for x in lines)
    assert any("notes.txt" in x for x in lines)
    assert any("truncated" in x for x in lines)
    assert any("newer Marginalia (format 99)" in x for x in lines)


def test_compaction_bounds_a_device_folder(libraries, folder: Path) -> None:
    a, b = libraries(2)
    doc = add_book(a)
    hid = highlight(a, doc, "Call me Ishmael")
    for i in range(COMPACT_AFTER * 2 + 3):
        a.apply(a.annotations.set_note(hid, f"note number {i}"))
        sync(a, folder)
    files = list(_device_dir(a, folder).glob("*.bin"))
    assert len(files) <= COMPACT_AFTER + 1
    assert any(p.name.startswith("snapshot-") for p in files)
    sync(b, folder)
    assert b.annotations.get(hid).note == f"note number {COMPACT_AFTER * 2 + 2}"
    assert state(a) == state(b)


def test_pycrdt_is_imported_by_the_crdt_module_only() -> None:
    users = sorted(str(p.relative_to(ROOT)) for room in ("reader", "index", "ui")
                   for p in (ROOT / room).rglob("*.py")
                   if re.search(r"^\s*(?:import|from)\s+pycrdt", p.read_text(), re.M))
    assert users == ["reader/sync/crdt.py"]


def _cli(data: Path, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run_argv(["--data-dir", str(data), "--no-seeds", *argv], out, err)
    return code, out.getvalue(), err.getvalue()


def test_sync_edit_and_delete_on_the_command_line(libraries, folder: Path,
                                                  tmp_path: Path) -> None:
    a, = libraries(1)
    hid = highlight(a, add_book(a), "Call me Ishmael")
    a.close()
    one, two = a.paths.root, tmp_path / "other"
    assert _cli(one, "sync", str(folder))[0] == 0
    code, out, err = _cli(two, "sync", str(folder))
    assert code == 0 and "1 highlight added" in out, out + err
    code, out, _ = _cli(two, "edit", hid, "--note", "from two", "--color", "green",
                        "--tag", "sea", "--json")
    assert code == 0 and json.loads(out)["tags"] == ["sea"]
    assert _cli(two, "sync")[0] == 0  # the folder used last
    code, out, _ = _cli(one, "sync", "--json")
    assert code == 0 and json.loads(out)["updated"] == 1
    code, out, _ = _cli(one, "annotations", "moby", "--json")
    [row] = json.loads(out)["highlights"]
    assert (row["note"], row["color"], row["tags"]) == ("from two", "green", ["sea"])
    assert _cli(one, "delete", hid)[0] == 0
    _cli(one, "sync")
    _cli(two, "sync")
    code, out, _ = _cli(two, "annotations", "moby", "--json")
    assert json.loads(out)["highlights"] == []
    code, out, _ = _cli(two, "sync", "--status")
    assert code == 0 and "last sync:" in out and out.count("file") >= 2, out
    code, _, err = _cli(two, "edit", hid, "--note", "x")
    assert code == 1 and hid in err
    code, _, err = _cli(two, "edit", "abc")
    assert code == 1 and "nothing to change" in err
    code, _, err = _cli(two, "sync", str(tmp_path / "nowhere"))
    assert code == 1 and "nowhere: no such folder" in err


def test_converge_is_stable_after_a_document_and_its_highlights(libraries,
                                                                folder: Path) -> None:
    a, b = libraries(2)
    hid = highlight(a, add_book(a), "Call me Ishmael")
    converge([a, b], folder)
    assert sync(a, folder).written == "" and sync(b, folder).written == ""
    assert hid in state(b)


def test_an_edit_made_during_a_sync_is_not_overwritten(libraries, folder: Path,
                                                       monkeypatch) -> None:
    import reader.sync.sync as run
    from reader.paths import DataPaths
    from ui.services import open_services

    a, b = libraries(2)
    hid = highlight(a, add_book(a), "Call me Ishmael", note="old")
    converge([a, b], folder)
    b.apply(b.annotations.set_note(hid, "from b"))
    sync(b, folder)
    real, calls = run.import_missing, []

    def meanwhile(*args, **kwargs):  # type: ignore[no-untyped-def]
        if not calls:  # the window, writing while the sync merges
            other = open_services(DataPaths(a.paths.root), seeds=False)
            other.apply(other.annotations.recolor(hid, "pink"))
            other.close()
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(run, "import_missing", meanwhile)
    sync(a, folder)
    assert len(calls) == 2  # merged again over the edit
    got = a.annotations.get(hid)
    assert (got.note, got.color) == ("from b", "pink")
    monkeypatch.undo()
    converge([a, b], folder)
    assert b.annotations.get(hid).color == "pink" and state(a) == state(b)


def test_a_sync_killed_before_its_index_write_is_indexed_by_the_next_run(
        libraries, folder: Path, tmp_path: Path) -> None:
    """Step 4 committed, then the process died before handing its Changes to the index:
    the next run finds nothing new to merge, yet the index must follow what was saved."""
    a, b = libraries(2)
    doc = add_book(a)
    converge([a, b], folder)
    kept = highlight(a, doc, "Call me Ishmael")
    gone = highlight(b, b.library.list_documents()[0].id, "watery part")
    converge([a, b], folder)
    a.apply(a.annotations.delete(gone))
    sync(a, folder)
    b.apply(b.annotations.set_note(kept, "a note made on b"))
    Sync(b.library).run(folder)  # committed; "killed" before services.apply
    b_root = b.paths.root
    b.close()
    assert run_argv(["--data-dir", str(b_root), "--no-seeds", "sync", str(folder)]) == 0
    assert run_argv(["--data-dir", str(b_root), "check"]) == 0
