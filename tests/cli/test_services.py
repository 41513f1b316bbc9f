"""A busy or broken index never turns a saved annotation into a lost one."""

from __future__ import annotations

import pytest

from reader.errors import LibraryBusy
from tests.conftest import seed_id


def test_index_failure_is_remembered_and_replayed(  # type: ignore[no-untyped-def]
        services, monkeypatch: pytest.MonkeyPatch) -> None:
    doc_id = seed_id(services, "000")
    real_update = services.indexer.update

    def busy(changes):  # type: ignore[no-untyped-def]
        raise LibraryBusy("index")

    monkeypatch.setattr(services.indexer, "update", busy)
    hl, changes = services.annotations.create_from_quote(doc_id, "Nairobi", note="zanzibarien")
    assert services.apply(changes) is False
    assert services.annotations.get(hl.id).note == "zanzibarien"  # saved regardless
    assert services.library.setting("index_pending")
    assert not services.indexer.search("zanzibarien").hits

    monkeypatch.setattr(services.indexer, "update", real_update)
    assert services.catch_up() is True
    assert services.library.setting("index_pending") == ""
    (hit,) = services.indexer.search("zanzibarien").hits
    assert hit.highlight_id == hl.id


def test_cli_annotate_reports_busy_index_but_succeeds(  # type: ignore[no-untyped-def]
        cli, monkeypatch: pytest.MonkeyPatch) -> None:
    from index.indexer import Indexer

    assert cli("list")[0] == 0
    monkeypatch.setattr(Indexer, "update", lambda self, changes: (_ for _ in ()).throw(
        LibraryBusy("index")))
    code, out, err = cli("annotate", "Travailleurs", "--quote", "Nairobi")
    assert code == 0 and "highlighted" in out and "will catch up" in err
    monkeypatch.undo()
    code, out, _ = cli("search", "kind:note nairobi")
    assert code == 0 and "Travailleurs" in out
