"""Two and three libraries, one folder: edits on every side merge (issue 19)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from reader.errors import NotFound
from reader.sync.device import NAME_KEY
from tests.sync.conftest import BOOK, add_book, converge, highlight, state, sync
from ui.cli.parser import run_argv


def test_create_edit_delete_on_each_side_reach_the_other(libraries, folder: Path) -> None:
    a, b = libraries(2)
    doc_a = add_book(a)
    first = highlight(a, doc_a, "Call me Ishmael", note="the opening", tags=["start"])
    converge([a, b], folder)
    assert state(b) == state(a) and first in state(b)
    doc_b = b.annotations.get(first).document_id
    second = highlight(b, doc_b, "watery part of the world", color="blue")
    b.apply(b.annotations.set_note(first, "the opening line"))
    converge([a, b], folder)
    assert state(a) == state(b)
    assert a.annotations.get(first).note == "the opening line"
    assert a.annotations.get(second).color == "blue"
    a.apply(a.annotations.delete(second))
    converge([a, b], folder)
    assert second not in state(b) and state(a) == state(b)


def test_same_field_conflicts_converge_and_notes_merge_text(libraries, folder: Path) -> None:
    a, b = libraries(2)
    hid = highlight(a, add_book(a), "Call me Ishmael", note="whale story")
    converge([a, b], folder)
    a.apply(a.annotations.recolor(hid, "green"))
    b.apply(b.annotations.recolor(hid, "pink"))
    a.apply(a.annotations.set_note(hid, "whale story, told by a sailor"))
    b.apply(b.annotations.set_note(hid, "A whale story"))
    converge([a, b], folder)
    mine, theirs = a.annotations.get(hid), b.annotations.get(hid)
    assert mine.color == theirs.color and mine.color in ("green", "pink")
    assert mine.note == theirs.note == "A whale story, told by a sailor"


def test_delete_on_one_side_and_edit_on_the_other_keeps_the_edit(libraries,
                                                                  folder: Path) -> None:
    a, b = libraries(2)
    a.library.set_setting(NAME_KEY, "home-laptop")
    b.library.set_setting(NAME_KEY, "work-laptop")
    hid = highlight(a, add_book(a), "Call me Ishmael")
    converge([a, b], folder)
    a.apply(a.annotations.delete(hid))
    b.apply(b.annotations.set_note(hid, "keep this thought"))
    said = {name: sync(svc, folder).kept for name, svc in (("a", a), ("b", b), ("a2", a))}
    assert a.annotations.get(hid).note == b.annotations.get(hid).note == "keep this thought"
    assert state(a) == state(b)
    # each side names the other: a deleted it, work-laptop edited it (and the reverse)
    assert said["a2"] == [f"highlight {hid}: deleted here and edited on work-laptop; the "
                          "edited highlight is kept"]
    assert said["b"] == [f"highlight {hid}: deleted on home-laptop and edited here; the "
                         "edited highlight is kept"]
    assert said["a"] == []  # its deletion went out; nothing to keep yet


def test_a_document_imported_on_one_side_arrives_searchable(libraries, folder: Path) -> None:
    a, b = libraries(2)
    doc = add_book(a, "harpoon.txt", "The harpooneer sharpened his iron at dawn. " * 5)
    a.apply(a.annotations.rename_document(doc, title="Harpoons", authors=["Queequeg"]))
    a.apply(a.annotations.set_document_note(doc, "read for the chapter on whaling"))
    highlight(a, doc, "sharpened his iron", nth=2)
    converge([a, b], folder)
    [there] = b.library.list_documents()
    assert (there.title, there.authors) == ("Harpoons", ("Queequeg",))
    assert b.annotations.document_note(there.id) == "read for the chapter on whaling"
    assert b.library.original_path(there.id).read_bytes() == \
        a.library.original_path(doc).read_bytes()
    hits = b.indexer.search("harpooneer").hits
    assert [h.doc_id for h in hits if h.kind == "document"] == [there.id]
    assert state(a) == state(b)


def test_labels_bookmarks_and_the_trash_follow(libraries, folder: Path) -> None:
    a, b = libraries(2)
    doc = add_book(a)
    converge([a, b], folder)
    doc_b = b.library.list_documents()[0].id
    a.apply(a.annotations.set_color_label("green", "to quote"))
    _bookmark(b, doc_b)
    converge([a, b], folder)
    assert b.annotations.color_labels()["green"] == "to quote"
    from reader.bookmarks import Bookmarks

    [mark] = Bookmarks(a.store).for_document(doc)
    assert (mark.offset, mark.name) == (17, "Some years")
    a.apply(Bookmarks(a.store).remove(mark.id))
    converge([a, b], folder)
    assert Bookmarks(b.store).for_document(doc_b) == []
    a.apply(a.annotations.remove_documents([doc]))
    converge([a, b], folder)
    assert b.library.list_documents() == [] and len(b.trash.documents()) == 1


def _bookmark(svc, doc: str) -> None:  # type: ignore[no-untyped-def]
    from reader.bookmarks import Bookmarks

    _, changes = Bookmarks(svc.store).add(doc, 17, "Some years")
    svc.apply(changes)


def test_applying_the_same_updates_again_changes_nothing(libraries, folder: Path) -> None:
    a, b = libraries(2)
    hid = highlight(a, add_book(a), "Call me Ishmael", note="n")
    converge([a, b], folder)
    before = state(b)
    copy = folder / "marginalia" / "00000000000000ff"  # the same updates, a second time
    copy.mkdir()
    for i, path in enumerate(sorted((folder / "marginalia").glob("*/updates-*.bin")), 1):
        (copy / f"updates-{i:06d}.bin").write_bytes(path.read_bytes())
    reports = [sync(b, folder), sync(b, folder)]
    for report in reports:
        assert (report.applied.created, report.applied.updated, report.written) == (0, 0, "")
    assert not reports[0].unchanged and sum(reports[0].files_read.values()) >= 2  # merged
    assert reports[1].unchanged  # nothing new since: not even a merge
    assert state(b) == before and hid in before
    assert sync(a, folder).applied.updated == 0 and state(a) == before


def test_three_libraries_converge_and_check_passes_on_each(libraries, folder: Path) -> None:
    a, b, c = libraries(3)
    doc = add_book(a)
    converge([a, b, c], folder, rounds=1)
    doc_b, doc_c = (svc.library.list_documents()[0].id for svc in (b, c))
    highlight(b, doc_b, "Call me Ishmael", note="from b")
    hid = highlight(c, doc_c, "watery part", note="from c")
    a_hid = highlight(a, doc, "little and see")
    c.apply(c.annotations.delete(hid))
    converge([a, b, c], folder)
    assert state(a) == state(b) == state(c) and len(state(a)) == 2 and a_hid in state(c)
    with pytest.raises(NotFound):
        a.annotations.get(hid)
    for svc in (a, b, c):
        out, err = io.StringIO(), io.StringIO()
        code = run_argv(["--data-dir", str(svc.paths.root), "check"], out, err)
        assert code == 0, out.getvalue() + err.getvalue()


def test_the_same_file_imported_on_both_sides_is_one_document(libraries,
                                                               folder: Path) -> None:
    a, b = libraries(2)
    doc_a, doc_b = add_book(a, "moby.txt"), add_book(b, "moby-dick.txt")
    one = highlight(a, doc_a, "Call me Ishmael", note="from a")
    two = highlight(b, doc_b, "watery part", note="from b")
    converge([a, b], folder)
    assert len(a.library.list_documents()) == len(b.library.list_documents()) == 1
    assert {h.id for h in a.annotations.for_document(doc_a)} == {one, two}
    assert state(a) == state(b)
    b.apply(b.annotations.delete(one))
    converge([a, b], folder)
    assert set(state(a)) == {two} and state(a) == state(b)
    assert [sync(svc, folder).written for svc in (a, b)] == ["", ""]


def test_a_new_version_on_one_side_reaches_the_other(libraries, folder: Path) -> None:
    a, b = libraries(2)
    doc = add_book(a)
    hid = highlight(a, doc, "watery part")
    converge([a, b], folder)
    add_book(a, text="Preface. " + BOOK)  # same path, new content: a new version
    converge([a, b], folder)
    [there] = b.library.list_documents()
    assert there.versions == 2 and b.library.get(there.id).text.startswith("Preface.")
    mine, theirs = a.annotations.get(hid), b.annotations.get(hid)
    assert (theirs.start, theirs.exact) == (mine.start, mine.exact) == (mine.start,
                                                                           "watery part")
    assert state(a) == state(b)
