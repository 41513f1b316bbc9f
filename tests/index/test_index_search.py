"""Search internals kept cheap for search-as-you-type: prefix completion read from
the term tables, texts in an uncompressed column, hit offsets by bisection."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index

from index import completion
from index.analysis import analyse
from index.search import PostingsCache
from index.whoosh.codec import MarginaliaCodec
from index.whoosh.schema import build_schema
from index.whoosh.segment_writer import BulkSegmentWriter
from tests.conftest import seed_id


def _whoosh_ranking(reader: Any, fieldname: str, prefix: str, limit: int) -> list[str]:
    """What Whoosh itself says: every completion's merged doc frequency."""
    scored = sorted((-info.doc_frequency(), text)
                    for text, info in reader.iter_prefix(fieldname, prefix))
    return [text.decode("utf-8") for _, text in scored[:limit]]


def _two_segments(services: Any) -> None:
    """Seeds in one segment, a re-imported seed (and a deletion) in another."""
    library = services.library
    doc = library.get(seed_id(services, "002"))
    data = doc.text.encode("utf-8") + b"\n\nCoda: computing, compression, commons.\n"
    _, changes = library.import_bytes("002-bis.txt", data)
    services.apply(changes)
    _, changes = library.import_bytes("002-bis.txt", data + b"Colophon.\n")
    services.apply(changes)


def test_completions_rank_as_whoosh_does_over_segments(services: Any) -> None:
    _two_segments(services)
    indexer = services.indexer
    indexer.search("x")
    reader = indexer._fresh_searcher().reader()
    assert len(reader.leaf_readers()) > 1
    for fieldname in ("content", "title"):
        for prefix in ("c", "co", "com", "d", "la", "tra", "zzz", "é"):
            for limit in (5, 16):
                expected = _whoosh_ranking(reader, fieldname, prefix, limit)
                got = completion.completions(reader, fieldname, prefix, limit)
                assert got == expected, (fieldname, prefix, limit)


def test_completions_are_cached_per_segment(services: Any) -> None:
    indexer = services.indexer
    indexer.search("x")
    reader = indexer._fresh_searcher().reader()
    completion._cache.clear()
    first = completion.completions(reader, "content", "tra", 16)
    keys = set(completion._cache)
    assert keys and completion.completions(reader, "content", "tra", 16) == first
    assert set(completion._cache) == keys


def test_texts_are_a_column_not_stored_fields(services: Any) -> None:
    indexer = services.indexer
    doc = services.library.get(seed_id(services, "002"))
    hits = indexer.search("lithium").hits
    assert hits and "lithium" in hits[0].snippet.lower()
    with indexer.index().reader() as reader:
        docnum = reader.postings("entry", f"d:{doc.id}").id()
        assert reader.column_reader("body")[docnum] == doc.text
        assert all("body" not in reader.stored_fields(n) for n in range(reader.doc_count_all()))


def test_hit_values_read_by_bisection_match_whoosh_matchers(tmp_path: Path) -> None:
    ix = whoosh_index.create_in(str(tmp_path), build_schema())
    for part in range(2):  # two segments, blocks of 128 postings, deleted entries
        writer = BulkSegmentWriter(ix, codec=MarginaliaCodec())
        for i in range(400):
            text = f"Les travailleurs {i % 7} et les données {i * 7}, note {i % 3}."
            writer.add_document(entry=f"n:{part}:{i}", doc_id=str(i), kind="annotation",
                                body=text, **analyse(text, (), "fr").fields)
        writer.commit()
    writer = ix.writer()
    for i in range(0, 400, 5):
        writer.delete_by_term("entry", f"n:0:{i}")
    writer.commit()
    with ix.reader() as reader:
        assert len(reader.leaf_readers()) == 2
        docnums = [n for n in range(0, reader.doc_count_all(), 3) if not reader.is_deleted(n)]
        cache = PostingsCache(reader, docnums)
        for fieldname, term in [("content", "les"), ("content", "note"), ("content", "3"),
                                ("content", "21"), ("content_fr", "travailleur"),
                                ("content", "absent")]:
            expected = {}
            if (fieldname, term) in reader:
                matcher = reader.postings(fieldname, term)
                while matcher.is_active():
                    if matcher.id() in docnums:
                        expected[matcher.id()] = matcher.value()
                    matcher.next()
            assert cache.values(fieldname, term) == expected, term
            assert len(expected) > 128 or term in ("3", "21", "absent")
