"""A segment writer that writes the analysed content fields in bulk.

Whoosh's ``SegmentWriter`` sends every posting through a sorting pool as a 5-tuple,
then replays them one by one through ``add_posting`` (several asserts and appends
each) and ``finish_term``: most of a first index's cost. The content fields already
arrive grouped by term (see :mod:`index.analysis`), so here they are gathered in a
dict per field and written term by term: a term with a few postings becomes its
inlined term-table row directly, a longer list is written block by block through the
codec's own block writer. The small fields (ids, title, tags...) keep Whoosh's path.
The files are byte-for-byte what the stock W3 codec would read. Relies on internals
of the pinned Whoosh 2.7.4, like :mod:`index.whoosh.codec`.
"""

from __future__ import annotations

import struct
from array import array
from collections.abc import Iterator
from itertools import accumulate, chain
from pickle import dumps
from typing import Any

from index.analysis import analyse
from index.whoosh.codec import INLINE_LIMIT
from index.whoosh.schema import AnalysedField
from whoosh.filedb.filetables import OrderedHashWriter
from whoosh.system import pack_ushort
from whoosh.writing import SegmentWriter

_INFO = struct.Struct("!BfIBBfII")  # W3TermInfo's header
_LENGTHS = struct.Struct("!ii")  # HashWriter's (key length, value length)
BLOCK_LIMIT = 128


class BulkSegmentWriter(SegmentWriter):
    """``SegmentWriter`` whose :class:`AnalysedField` postings skip the pool.

    ``self._bulk[field][term]`` is a flat ``[docnum, value, docnum, value...]`` list,
    in document order since documents are numbered as they are added.
    """

    def __init__(self, ix: Any, **kwargs: Any) -> None:
        super().__init__(ix, **kwargs)
        self._bulk: dict[str, dict[str, list[Any]]] = {}

    def add_document(self, **fields: Any) -> None:
        """Whoosh's ``add_document`` (no vectors, spelling or boosts in our schema; a
        column takes the field's own value)."""
        self._check_state()
        perdoc = self.perdocwriter
        docnum = self.docnum
        names = sorted(name for name in fields if not name.startswith("_"))
        self._check_fields(self.schema, names)
        perdoc.start_doc(docnum)
        for name in names:
            value = fields[name]
            if value is None:
                continue
            field = self.schema[name]
            if isinstance(field, AnalysedField):
                length = self._add_analysed(name, docnum, value)
            elif field.indexed:
                length = self._add_pooled(name, field, docnum, value)
            else:
                length = 0
            custom = fields.get(f"_stored_{name}", value)
            perdoc.add_field(name, field, custom if field.stored else None, length)
            if field.column_type:
                perdoc.add_column_value(name, field.column_type, field.to_column_value(custom))
        perdoc.finish_doc()
        self._added = True
        self.docnum += 1

    def _add_pooled(self, name: str, field: Any, docnum: int, value: Any) -> int:
        add = self.pool.add
        length = 0
        for tbytes, freq, weight, vbytes in field.index(value):
            length += freq
            add((name, tbytes, docnum, weight, vbytes))
        return length if field.scorable else 0

    def _add_analysed(self, name: str, docnum: int, value: Any) -> int:
        """Gather ``[(term, encoded value), ...]``; the field length (occurrences)."""
        if isinstance(value, str):
            value = analyse(value).fields.get("content", [])
        acc = self._bulk.setdefault(name, {})
        size = 0
        for term, encoded in value:
            size += len(encoded)
            postings = acc.get(term)
            if postings is None:
                acc[term] = [docnum, encoded]
            else:
                postings += (docnum, encoded)
        return size // 8

    def _flush_segment(self) -> None:
        self.perdocwriter.close()
        writer = self.fieldwriter
        writer.add_postings(self.schema, None, self._divert(self.pool.iter_postings()))
        for name in sorted(self._bulk):
            write_field(writer, name, self.schema[name], self._bulk[name])
        self._bulk.clear()
        writer.close()


    def _divert(self, items: Iterator[tuple[Any, ...]]) -> Iterator[tuple[Any, ...]]:
        """Pass pooled postings on, except analysed fields' (from merged segments).

        Merged segments' documents are numbered after the added ones, and the pool
        yields each term's postings in document order, so appending keeps the order.
        """
        for item in items:
            fieldname = item[0]
            if isinstance(self.schema[fieldname], AnalysedField):
                acc = self._bulk.setdefault(fieldname, {})
                acc.setdefault(item[1].decode("utf-8"), []).extend((item[2], item[4]))
            else:
                yield item


def write_field(writer: Any, name: str, field: Any, terms: dict[str, list[Any]]) -> None:
    """Write one field's term table rows and long posting lists."""
    writer.start_field(name, field)
    prefix = pack_ushort(writer._fieldid)
    boost = float(field.format.field_boost)
    postwriter = writer._postwriter
    keys: list[bytes] = []
    rows: list[bytes] = []
    for term in sorted(terms):
        postings = terms[term]
        ids = postings[0::2]
        values = postings[1::2]
        weights = [(len(v) >> 3) * boost for v in values]
        total = sum(weights)
        if len(ids) <= INLINE_LIMIT:
            row = _INFO.pack(1, total, len(ids), 0, 0, max(weights), ids[0], ids[-1]) \
                + dumps((tuple(ids), tuple(weights), tuple(values)), 2)
        else:
            row = _long_postings(postwriter, field.format, ids, weights, values)
        keys.append(prefix + term.encode("utf-8"))
        rows.append(row)
    add_rows(writer._tindex, keys, rows)
    writer.finish_field()


def _long_postings(postwriter: Any, fmt: Any, ids: list[int], weights: list[float],
                   values: list[bytes]) -> bytes:
    """Write a posting list in blocks with the codec's block writer; its term row."""
    from whoosh.codec.whoosh3 import W3TermInfo

    postwriter.start_postings(fmt, W3TermInfo())
    count = len(ids)
    for lo in range(0, count, BLOCK_LIMIT):
        hi = min(count, lo + BLOCK_LIMIT)
        postwriter._ids = array("I", ids[lo:hi])
        postwriter._weights = array("f", weights[lo:hi])
        postwriter._values = values[lo:hi]
        postwriter._maxweight = max(weights[lo:hi])
        postwriter._write_block(last=hi == count)
    return postwriter.finish_postings().to_bytes()


def add_rows(table: OrderedHashWriter, keys: list[bytes], values: list[bytes]) -> None:
    """``table.add(key, value)`` for sorted ``keys``, with one write and C-level sums."""
    if not keys:
        return
    if keys[0] <= table.lastkey:
        raise ValueError(f"keys must increase: {table.lastkey!r}..{keys[0]!r}")
    dbfile = table.dbfile
    start = dbfile.tell()
    heads = list(map(_LENGTHS.pack, map(len, keys), map(len, values)))
    sizes = map(sum, zip(map(len, heads), map(len, keys), map(len, values), strict=True))
    positions = list(accumulate(sizes, initial=start))[:-1]
    dbfile.write(b"".join(chain.from_iterable(zip(heads, keys, values, strict=True))))
    index = table.index  # a GrowableArray of key positions, widened when needed
    try:
        more = array(index.typecode, positions)
    except OverflowError:
        index._retype(positions[-1])
        more = array(index.typecode, positions)
    index.array.extend(more)
    buckets = table.buckets
    for h, pos in zip(map(table.hashfn, keys), positions, strict=True):
        buckets[h & 255].append((h, pos))
    table.lastkey = keys[-1]
