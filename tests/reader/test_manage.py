"""Removing (to the trash), restoring and renaming documents, headless and undoable."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

from reader.documents import TRASH_DAYS
from tests.conftest import seed_id


def _titles(cli) -> list[str]:  # type: ignore[no-untyped-def]
    return [d["title"] for d in json.loads(cli("list", "--json")[1])]


def test_remove_to_trash_and_back_with_annotations(cli) -> None:
    code, out, _ = cli("annotate", "travailleurs", "--quote", "intimité", "--nth", "1",
                       "--note", "à relire", "--json")
    hid = json.loads(out)["id"]
    code, out, err = cli("remove", "travailleurs")
    assert code == 0 and out.startswith("moved 1 document to the trash: Travailleurs"), err
    assert "Travailleurs d’intimité" not in _titles(cli)
    assert json.loads(cli("search", "relire", "--json")[1])["hits"] == []
    code, out, err = cli("show", "travailleurs")
    assert code == 1 and "no document has this id or title" in err
    code, out, _ = cli("trash")
    assert "Travailleurs d’intimité" in out and "1 highlight" in out
    code, out, err = cli("trash", "--restore", "travailleurs")
    assert code == 0 and out.startswith("restored 1 document: Travailleurs"), err
    code, out, _ = cli("annotations", "travailleurs", "--json")
    assert [h["id"] for h in json.loads(out)["highlights"]] == [hid]
    code, out, _ = cli("search", "relire", "--json")
    assert any(r.get("highlight_id") == hid for r in json.loads(out)["hits"])
    assert cli("trash")[1].strip() == "The trash is empty."


def test_rename_survives_a_new_version(cli, tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(".. highlight:: c\n\nThe real text of the page.\n")
    cli("import", str(path), seeds=False)
    code, out, err = cli("rename", ".. highlight", "--title", "Extending Python with C",
                         "--author", "Guido", "--author", "Fred", seeds=False)
    assert code == 0 and "Extending Python with C — Guido, Fred" in out, err
    path.write_text(".. highlight:: c\n\nThe real text of the page, revised.\n")  # new title
    cli("import", str(path), seeds=False)
    [doc] = json.loads(cli("list", "--json", seeds=False)[1])
    assert (doc["title"], doc["authors"], doc["versions"]) == (
        "Extending Python with C", ["Guido", "Fred"], 2)
    code, out, _ = cli("search", "title:extending", "--json", seeds=False)
    assert [r["title"] for r in json.loads(out)["hits"]] == ["Extending Python with C"]
    code, out, _ = cli("rename", "extending", "--author", "", seeds=False)
    assert code == 0 and "no author" in out


def test_bad_input_is_one_line_and_changes_nothing(cli) -> None:
    before = cli("list", "--json")[1]
    for argv, reason in (
            (("remove", "nosuchdoc"), "nosuchdoc: no document has this id or title"),
            (("remove", "travailleurs", "nosuchdoc"), "nosuchdoc: no document"),
            (("rename", "nosuchdoc", "--title", "x"), "nosuchdoc: no document"),
            (("rename", "travailleurs", "--title", "   "), "a title cannot be empty"),
            (("rename", "travailleurs"), "nothing to change"),
            (("trash", "--restore", "travailleurs"), "no document in the trash"),
    ):
        code, out, err = cli(*argv)
        assert code == 1 and out == "", argv
        assert len(err.splitlines()) == 1 and reason in err, (argv, err)
    assert cli("list", "--json")[1] == before


def test_undo_and_redo_of_remove_and_rename(services) -> None:
    ann, lib = services.annotations, services.library
    doc = seed_id(services, "003")
    title = lib.summary(doc).title
    ann.rename_document(doc, title="Renamed")
    ann.remove_documents([doc, seed_id(services, "004")])
    assert len(lib.list_documents()) == 3 and ann.undo_text == "Undo remove 2 documents"
    changes = ann.undo()
    assert doc in changes.documents and len(lib.list_documents()) == 5
    ann.undo()
    assert lib.summary(doc).title == title
    ann.redo()
    assert lib.summary(doc).title == "Renamed"
    changes = ann.redo()
    assert doc in changes.removed_documents and len(lib.list_documents()) == 3


def test_trash_is_purged_after_thirty_days_with_its_originals(services) -> None:
    doc = seed_id(services, "000")
    sha = services.library.store.query(
        "SELECT original_sha256 || original_ext AS f FROM versions WHERE document_id=?",
        (doc,))[0]["f"]
    services.apply(services.annotations.remove_documents([doc]))
    assert services.trash.purge() == 0
    later = datetime.now(timezone.utc) + timedelta(days=TRASH_DAYS, minutes=1)
    assert services.trash.purge(now=later) == 1
    assert services.trash.documents() == []
    assert not (services.paths.originals / sha).exists()
    assert len(services.library.list_documents()) == 4


def test_reimporting_a_trashed_file_brings_it_back(cli, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("A short text to read.\n")
    cli("import", str(path), seeds=False)
    assert cli("annotate", "a", "--quote", "short text", seeds=False)[0] == 0
    assert cli("remove", "a", seeds=False)[0] == 0
    code, out, _ = cli("import", str(path), seeds=False)
    assert code == 0 and out.startswith("restored from the trash: ")
    assert json.loads(cli("list", "--json", seeds=False)[1])[0]["highlights"] == 1
