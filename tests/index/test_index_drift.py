"""Annotation edits the index missed (busy, broken, crashed) are seen by ``check``
and repaired by ``sync``, without a full rebuild."""

from __future__ import annotations

from typing import Any

from tests.conftest import seed_id


def test_check_and_sync_follow_annotation_drift(services: Any) -> None:
    indexer, annotations = services.indexer, services.annotations
    doc_id = seed_id(services, "000")
    kept, changes = annotations.create(doc_id, 0, 12, note="penser aux capybaras")
    services.apply(changes)
    gone, changes = annotations.create(doc_id, 20, 30, note="les ornithorynques")
    services.apply(changes)
    assert indexer.check() == []

    added, _ = annotations.create(doc_id, 40, 50, note="des wombats partout")
    annotations.set_note(kept.id, "penser aux okapis")
    annotations.delete(gone.id)
    annotations.set_document_note(doc_id, "relire avec les suricates")
    assert sorted(indexer.check()) == sorted([
        f"{added.id}: annotation not in the index",
        f"{kept.id}: indexed annotation is out of date",
        f"{gone.id}: annotation in the index but not in the library",
        f"doc-note:{doc_id}: annotation not in the index"])

    report = indexer.sync()
    assert report.analysed == [] and report.annotations == 3
    assert indexer.check() == []
    assert [h.highlight_id for h in indexer.search("wombat kind:note").hits] == [added.id]
    assert [h.highlight_id for h in indexer.search("okapi kind:note").hits] == [kept.id]
    assert not indexer.search("capybara").hits and not indexer.search("ornithorynque").hits
    assert [h.doc_id for h in indexer.search("suricate kind:note").hits] == [doc_id]


def test_tag_change_is_drift_and_reopening_repairs_it(services: Any) -> None:
    doc_id = seed_id(services, "002")
    hl, changes = services.annotations.create(doc_id, 0, 10)
    services.apply(changes)
    services.annotations.add_tag(hl.id, "Matières premières")
    assert services.indexer.check() == [f"{hl.id}: indexed annotation is out of date"]
    services.indexer.close()
    from index.indexer import Indexer

    fresh = Indexer(services.paths.index, services.library, services.annotations)
    assert fresh.search("tag:matieres-premieres").hits[0].highlight_id == hl.id  # synced on open
    assert fresh.check() == []
    fresh.close()


def test_annotations_of_a_stale_document_are_not_reported_twice(services: Any) -> None:
    from pathlib import Path

    doc_id = seed_id(services, "004")
    hl, changes = services.annotations.create(doc_id, 0, 10, note="une note")
    services.apply(changes)
    name = "004_d5dab774d2b4c83e.txt"
    data = (Path(__file__).resolve().parents[2] / "seeds" / name).read_bytes()
    services.library.import_bytes(name, data + b"\n\nquokka\n", source_path=f"seed:{name}")
    services.annotations.set_note(hl.id, "une autre note")
    assert services.indexer.check() == [f"{doc_id}: indexed text is out of date"]
    services.indexer.sync()
    assert services.indexer.check() == []
    assert [h.highlight_id for h in services.indexer.search("autre kind:note").hits] == [hl.id]
