"""Bookmarks (issue 17): add, rename, remove, list; refusals; the v6 migration."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reader.bookmarks import MAX_NAME, Bookmarks
from reader.errors import InvalidInput, NotFound
from reader.export import Exporter
from reader.store import MIGRATIONS, Store
from tests.conftest import seed_id


def test_add_rename_remove_list_in_reading_order(services) -> None:  # type: ignore[no-untyped-def]
    marks = Bookmarks(services.store)
    doc = seed_id(services, "001")
    late, changes = marks.add(doc, 500, "  a\nlater   place ")
    early, _ = marks.add(doc, 20)
    assert changes.bookmarks == {doc} and bool(changes)
    assert late.name == "a later place" and early.name == ""
    assert [(b.offset, b.name) for b in marks.for_document(doc)] == [(20, ""),
                                                                    (500, "a later place")]
    assert marks.rename(early.id, "Start").bookmarks == {doc}
    assert marks.get(early.id).name == "Start"
    assert marks.remove(late.id).bookmarks == {doc}
    assert [b.id for b in marks.for_document(doc)] == [early.id]
    assert marks.for_document(seed_id(services, "002")) == []


def test_bad_input_is_one_line_naming_it(services) -> None:  # type: ignore[no-untyped-def]
    marks = Bookmarks(services.store)
    doc = seed_id(services, "001")
    length = len(services.library.get(doc).text)
    with pytest.raises(InvalidInput, match=r"^document: empty"):
        marks.add("", 0)
    with pytest.raises(InvalidInput, match=rf"^offset {length + 1}: outside the document "
                                           rf"\(0-{length}\)$"):
        marks.add(doc, length + 1)
    with pytest.raises(InvalidInput, match=r"^offset -1: outside"):
        marks.add(doc, -1)
    with pytest.raises(InvalidInput, match="bookmark name of"):
        marks.add(doc, 0, "x" * (MAX_NAME + 1))
    with pytest.raises(NotFound, match="^nosuch: no such document$"):
        marks.add("nosuch", 0)
    with pytest.raises(NotFound, match="^nope: no such bookmark$"):
        marks.rename("nope", "x")
    with pytest.raises(NotFound, match="^nope: no such bookmark$"):
        marks.remove("nope")
    assert marks.for_document(doc) == []


def test_a_shorter_new_version_clamps_the_place(empty_services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    svc = empty_services
    source = tmp_path / "notes.txt"
    source.write_text("word " * 200, encoding="utf-8")
    report, _ = svc.library.import_paths([source])
    doc = report.outcomes[0].document_id
    Bookmarks(svc.store).add(doc, 900, "deep")
    source.write_text("short text now", encoding="utf-8")
    report, _ = svc.library.import_paths([source])
    assert report.outcomes[0].status == "new_version"
    (mark,) = Bookmarks(svc.store).for_document(doc)
    assert mark.offset == len(svc.library.get(doc).text) and mark.name == "deep"


def test_migration_from_v5_keeps_the_library(tmp_path: Path) -> None:
    database = tmp_path / "library.sqlite3"
    conn = sqlite3.connect(database, isolation_level=None)
    for migration in MIGRATIONS[:5]:
        migration(conn)
    conn.execute("PRAGMA user_version=5")
    conn.execute("INSERT INTO documents(id, source_name, added_at, note) VALUES "
                 "('d1', 'a.txt', '2026-01-01T00:00:00+00:00', 'kept note')")
    conn.execute(
        "INSERT INTO versions(document_id, seq, title, authors, languages, text, blocks, "
        "marks, encoding, original_sha256, text_sha256, original_ext, imported_at) "
        "VALUES ('d1', 1, 'A', '[]', '[\"en\"]', 'some text', '[]', '[]', 'utf-8', ?, ?, "
        "'.txt', '2026-01-01T00:00:00+00:00')", ("1" * 64, "2" * 64))
    conn.execute("UPDATE documents SET current_version=1")
    conn.close()
    store = Store(database)
    try:
        assert store.schema_version == len(MIGRATIONS) == 6
        assert store.query("SELECT note FROM documents WHERE id='d1'")[0][0] == "kept note"
        marks = Bookmarks(store)
        marks.add("d1", 4, "middle")
        assert [(b.offset, b.name) for b in marks.for_document("d1")] == [(4, "middle")]
        with store.transaction() as tx:  # a document's bookmarks go with it
            tx.execute("DELETE FROM versions")
            tx.execute("DELETE FROM documents")
        assert store.query("SELECT count(*) FROM bookmarks")[0][0] == 0
    finally:
        store.close()


def test_the_markdown_export_lists_bookmarks_with_their_places(empty_services,  # type: ignore[no-untyped-def]
                                                               tmp_path: Path) -> None:
    svc = empty_services
    source = tmp_path / "guide.md"
    source.write_text("# Guide\n\nOpening.\n\n## First\n\nOne.\n\n## Second *part*\n\n"
                      "Two [x](y).\n", encoding="utf-8")
    report, _ = svc.library.import_paths([source])
    doc = report.outcomes[0].document_id
    text = svc.library.get(doc).text
    marks = Bookmarks(svc.store)
    marks.add(doc, text.index("Two"), "Mine [draft]")
    marks.add(doc, text.index("One"))
    exporter = Exporter(svc.library, svc.annotations, svc.paths)
    first = exporter.markdown(doc, today="2026-01-01")
    assert first.endswith("## Bookmarks\n\n- ¶ 2 · First\n"
                          "- Mine \\[draft\\] · ¶ 3 · Second part\n")
    assert "bookmarks: 2\n" in first
    assert exporter.markdown(doc, today="2026-01-01") == first  # deterministic
