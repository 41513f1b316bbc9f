"""The Whoosh schema: entries for documents and annotations (docs/ARCHITECTURE.md, the index).

Content fields take already analysed postings (see :mod:`index.analysis`) through a
custom field type, so Whoosh never tokenises a text itself. Their posting values hold
word positions (phrases) and canonical-text start offsets (hits), packed as uint32.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from index.analysis import ANALYSER_VERSION, LANGUAGES, STEMMER, analyse, decode
from whoosh import columns, fields, formats
from whoosh.analysis import KeywordAnalyzer

# Bump when the fields change; with ANALYSER_VERSION and the stemmer in use it forms
# the index's stamp: an index made with other stems is rebuilt.
SCHEMA_VERSION = 6  # 6: headings, and stems beside the title's words
STAMP = f"schema={SCHEMA_VERSION};analyser={ANALYSER_VERSION};stemmer={STEMMER}"
STEM_FIELDS = tuple(f"content_{lang}" for lang in LANGUAGES)
CONTENT_FIELDS = ("content", *STEM_FIELDS)
TITLE_BOOST = 3.0
HEADING_BOOST = 2.0


class PosStarts(formats.Format):
    """Posting value: uint32 positions, then uint32 start offsets, one per occurrence."""

    def decode_frequency(self, value: bytes) -> int:
        return len(value) // 8

    def decode_weight(self, value: bytes) -> float:
        return len(value) // 8 * self.field_boost

    def decode_positions(self, value: bytes) -> list[int]:
        return decode(value)[0]

    def decode_starts(self, value: bytes) -> list[int]:
        return decode(value)[1]

    def decode_position_boosts(self, value: bytes) -> list[tuple[int, float]]:
        return [(pos, 1.0) for pos in decode(value)[0]]


class AnalysedField(fields.FieldType):
    """A content field fed with ``[(term, encoded value), ...]`` from the analysis.

    ``index()`` is Whoosh's hot loop: here it is one tuple per distinct term.
    A plain string is analysed on the spot (tests, small values).
    """

    def __init__(self, field_boost: float = 1.0) -> None:
        super().__init__(PosStarts(field_boost=field_boost), KeywordAnalyzer(),
                         scorable=True, stored=False)

    def index(self, value: Any, **kwargs: Any) -> Iterator[tuple[bytes, int, float, bytes]]:
        if isinstance(value, str):
            value = analyse(value).fields.get("content", [])
        boost = self.format.field_boost
        for term, encoded in value:
            freq = len(encoded) // 8
            yield term.encode("utf-8"), freq, freq * boost, encoded


class TextColumn(fields.COLUMN):
    """An entry's text as an uncompressed UTF-8 column, read per hit for snippets and
    hit ends. In Whoosh's stored fields it would be pickled and deflated with the
    rest, so each hit shown cost inflating a whole document (~0.2 ms)."""

    def __init__(self) -> None:
        super().__init__(columns.VarBytesColumn())

    def to_bytes(self, v: str) -> bytes:
        return v.encode("utf-8", "surrogatepass")

    def from_bytes(self, b: bytes) -> str:
        return b.decode("utf-8", "surrogatepass")


def build_schema() -> fields.Schema:
    """One schema for both entry kinds; ``entry`` is the unique key."""
    schema = fields.Schema(
        entry=fields.ID(stored=True, unique=True),
        doc_id=fields.ID(stored=True),
        kind=fields.ID(stored=True),
        highlight_id=fields.ID(stored=True),
        docsha=fields.ID(),  # "<doc_id>:<text sha256>", read back from the lexicon
        annsha=fields.ID(),  # "<entry>:<content hash>" of an annotation entry, likewise
        # folded words, then the stems that differ from them (index.entries)
        title=fields.KEYWORD(stored=True, scorable=True, field_boost=TITLE_BOOST),
        headings=fields.KEYWORD(scorable=True, field_boost=HEADING_BOOST),
        authors=fields.KEYWORD(stored=True, scorable=True),
        tags=fields.KEYWORD(stored=True, scorable=True),
        lang=fields.KEYWORD(stored=True),
        body=TextColumn(),  # the text, for snippets and hit ends
        span=fields.STORED(),  # an annotation's [start, end] in its document
        content=AnalysedField(),
    )
    for name in STEM_FIELDS:
        schema.add(name, AnalysedField())
    return schema
