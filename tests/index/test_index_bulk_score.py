"""Unions scored in bulk rank exactly as Whoosh's own matchers do."""

from __future__ import annotations

import random
import re
from typing import Any

import pytest

import index.whoosh.scored_queries
from index.whoosh.bulk_score import BLOCK, ScoredList
from tests.conftest import SEEDS
from tests.index.test_index_search import _two_segments

QUERIES = [("tra", True), ("co", True), ("d", True), ("travail", False),
           ("données personnelles", False), ("lang:fr colonialisme", False),
           ("travail plat", True), ("digital -labor", False), ("strikes OR grève", False),
           ("kind:note idée", False), ("tag:lecture", False), ('"digital labor"', False),
           ("title:travail", False), ("surveillance -plateforme", True), ("lavoro", False),
           ("le travail des plateformes", False), ("travail de plat", True)]


def _grow(services: Any) -> None:
    """Two segments with a deletion, 120 more documents and 90 notes: enough
    entries for unions far longer than a block of the scored lists."""
    _two_segments(services)
    rng = random.Random(3)
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    pool = [s for s in re.split(r"(?<=[.!?])\s+", text) if 40 < len(s) < 300]
    library, notes = services.library, services.annotations
    for i in range(120):
        body = f"Note {i}\n\n" + "\n\n".join(rng.sample(pool, 4))
        outcome, changes = library.import_bytes(f"grown{i}.txt", body.encode())
        services.apply(changes)
        if i < 90:
            _, changes = notes.create(outcome.document_id, 0, 20, note=f"idée {i} travail",
                                      tags=(rng.choice(["lecture", "thèse"]),))
            services.apply(changes)
    _, changes = library.import_bytes("grown7.txt", b"Note 7\n\nTravail et plateformes.\n")
    services.apply(changes)  # a new version: the old entry is deleted in its segment


def _ranked(services: Any, limit: int) -> list[list[tuple[Any, ...]]]:
    return [[(h.doc_id, h.kind, h.highlight_id, round(h.score, 9), h.hits)
             for h in services.indexer.search(q, limit=limit, as_you_type=typed).hits]
            for q, typed in QUERIES]


def test_bulk_scores_and_ranks_equal_whoosh(services: Any,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    _grow(services)
    reader = services.indexer._fresh_searcher().reader()
    assert len(reader.leaf_readers()) > 1 and reader.has_deletions()
    made: list[int] = []  # terms scored in bulk, i.e. the bulk path really ran
    # (not the scored lists: the phrase bonuses' list is made on both paths)
    real = index.whoosh.scored_queries.add_term
    monkeypatch.setattr(index.whoosh.scored_queries, "add_term",
                        lambda *a, **k: made.append(1) or real(*a, **k))
    bulk = {limit: _ranked(services, limit) for limit in (1, 3, 20)}
    assert made
    # Whoosh's own way
    monkeypatch.setattr(index.whoosh.scored_queries, "bulk_reader", lambda *_: None)
    made.clear()
    for limit, got in bulk.items():
        assert got == _ranked(services, limit), limit
    assert not made
    assert any(len(hits) >= 3 for hits in bulk[20])


def test_scored_list_skips_blocks_below_the_needed_quality() -> None:
    ids = list(range(0, 4 * BLOCK * 2, 2))
    scores = [1.0] * len(ids)
    scores[3 * BLOCK + 5] = 9.0  # the fourth block holds the only good entry
    m = ScoredList(ids, scores, quality=True)
    assert m.supports_block_quality() and m.max_quality() == 9.0
    assert m.skip_to_quality(2.0) == 3 and m.id() == ids[3 * BLOCK]
    assert m.block_quality() == 9.0
    assert m.skip_to_quality(9.0) == 1 and not m.is_active()
    assert m.id() == ids[-1]  # past the end: the last id, as AndNotMatcher asks
    assert m.replace(10.0).is_active() is False


def test_scored_list_skip_to_and_copy() -> None:
    m = ScoredList([1, 4, 9, 16, 25], [1.0, 2.0, 3.0, 4.0, 5.0])
    assert not m.supports_block_quality()  # inside an intersection: never skip by quality
    m.skip_to(10)
    assert (m.id(), m.score()) == (16, 4.0)
    m.skip_to(3)  # never backwards
    assert m.id() == 16
    twin = m.copy()
    m.next()
    assert (twin.id(), m.id()) == (16, 25)
    assert m.replace(6.0).is_active() is False and m.replace(1.0) is m


def test_field_norms_kept_once_per_segment_and_field(services: Any) -> None:
    """Every commit changes the average field length: the norms are remade in place
    (one list per segment and field), not added beside the old ones."""
    from index import completion
    from index.whoosh.bulk_score import _norms

    services.indexer.search("travail")
    leaf = services.indexer._fresh_searcher().reader().leaf_readers()[0][0]
    kept = {k for k in completion._cache if k[0] == "norms"}
    lists = [_norms(leaf, "content", avgfl, 0.75, 1.2) for avgfl in (100.0, 120.0, 140.0)]
    mine = [k for k in completion._cache if k[0] == "norms" and k not in kept
            or k[:3] == ("norms", leaf.segment().segment_id(), "content")]
    assert len(mine) == 1
    assert lists[2] == _norms(leaf, "content", 140.0, 0.75, 1.2)
    assert _norms(leaf, "content", 100.0, 0.75, 1.2)[0] > lists[2][0]  # recomputed
