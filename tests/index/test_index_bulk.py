"""The bulk segment writer writes exactly what Whoosh's own writer would."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh.writing import SegmentWriter

from index import entries
from index.analysis import analyse
from index.whoosh.codec import MarginaliaCodec
from index.whoosh.schema import CONTENT_FIELDS, build_schema
from index.whoosh.segment_writer import BulkSegmentWriter


def _build(folder: Path, writer_class: type, docs: list[dict[str, Any]]) -> Any:
    folder.mkdir()
    ix = whoosh_index.create_in(str(folder), build_schema())
    writer = writer_class(ix, codec=MarginaliaCodec())
    for fields in docs:
        writer.add_document(**fields)
    writer.commit()
    return whoosh_index.open_dir(str(folder))


def _dump(ix: Any) -> dict[str, Any]:
    """Every term's statistics and postings, field lengths and stored fields."""
    out: dict[str, Any] = {}
    with ix.reader() as reader:
        for fieldname, term in reader.all_terms():
            info = reader.term_info(fieldname, term)
            matcher = reader.postings(fieldname, term)
            postings = []
            while matcher.is_active():
                postings.append((matcher.id(), matcher.weight(), matcher.value()))
                matcher.next()
            out[f"{fieldname}:{term!r}"] = (
                info.weight(), info.doc_frequency(), info.max_weight(), info.min_id(),
                info.max_id(), postings)
        for name in CONTENT_FIELDS + ("title", "tags"):
            out[f"length:{name}"] = (reader.field_length(name), [
                reader.doc_field_length(n, name) for n in range(reader.doc_count_all())])
        out["stored"] = [reader.stored_fields(n) for n in range(reader.doc_count_all())]
        body = reader.column_reader("body")
        out["body"] = [body[n] for n in range(reader.doc_count_all())]
    return out


def test_bulk_writer_matches_whoosh_writer(services: Any, tmp_path: Path) -> None:
    library = services.library
    docs = [library.get(d.id) for d in library.list_documents()]
    fields = [entries.document_fields(doc) for doc in docs]
    fields.append(dict(entry="n:x", doc_id="x", kind="annotation", body="x",
                       content="Des données personnelles, encore des données."))
    for i in range(300):  # posting lists longer than one block (128)
        text = f"Les travailleurs {i} et les données {i * 7}, note {i % 3}."
        fields.append(dict(entry=f"n:{i}", doc_id=str(i), kind="annotation", body=text,
                           **analyse(text, (), "fr").fields))
    expected = _dump(_build(tmp_path / "stock", SegmentWriter, fields))
    got = _dump(_build(tmp_path / "bulk", BulkSegmentWriter, fields))
    assert any(len(v[5]) > 128 for k, v in expected.items() if k.startswith("content:"))
    assert any(k.startswith("content_fr:") for k in expected)
    assert got.keys() == expected.keys()
    for key in expected:
        assert got[key] == expected[key], key
