"""Reading progress in the library's rows, and the documents last read (issue 17)."""

from __future__ import annotations

from tests.conftest import seed_id


def read_at(services, doc_id: str, position: int, when: str) -> None:  # type: ignore[no-untyped-def]
    """A reading position saved at ``when`` (the store keeps seconds: tests set it)."""
    services.library.set_reading_position(doc_id, position)
    with services.store.transaction() as conn:
        conn.execute("UPDATE documents SET last_read_at=? WHERE id=?", (when, doc_id))


def test_summary_says_how_far_through_its_text_the_position_is(services) -> None:  # type: ignore[no-untyped-def]
    doc_id = seed_id(services, "001")
    length = len(services.library.get(doc_id).text)
    assert services.library.summary(doc_id).progress == 0.0
    services.library.set_reading_position(doc_id, length // 2)
    row = services.library.summary(doc_id)
    assert row.progress == (length // 2) / length
    listed = next(r for r in services.library.list_documents() if r.id == doc_id)
    assert listed.progress == row.progress and listed.last_read_at
    services.library.set_reading_position(doc_id, length * 3)  # a stale, longer text's
    assert services.library.summary(doc_id).progress == 1.0


def test_recent_lists_the_last_read_first_and_never_a_removed_one(services) -> None:  # type: ignore[no-untyped-def]
    ids = {p: seed_id(services, p) for p in ("000", "001", "002", "003")}
    read_at(services, ids["002"], 10, "2026-01-01T10:00:00+00:00")
    read_at(services, ids["000"], 20, "2026-03-01T10:00:00+00:00")
    read_at(services, ids["003"], 30, "2026-02-01T10:00:00+00:00")
    recent = services.library.recent(10)
    assert [r.id for r in recent] == [ids["000"], ids["003"], ids["002"]]  # never read: absent
    assert recent[0].title == services.library.summary(ids["000"]).title
    assert [r.id for r in services.library.recent(2)] == [ids["000"], ids["003"]]
    services.annotations.remove_documents([ids["000"]])
    assert [r.id for r in services.library.recent(10)] == [ids["003"], ids["002"]]


def test_recent_of_an_empty_library_is_empty(empty_services) -> None:  # type: ignore[no-untyped-def]
    assert empty_services.library.recent(10) == []
    assert empty_services.library.list_documents() == []
