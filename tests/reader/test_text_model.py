"""Canonical text: NFC, \\n line ends, no control characters (docs/ARCHITECTURE.md)."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from reader.text import Block, DocumentText, TextBuilder, canonicalize


def test_line_ends_become_newlines() -> None:
    assert canonicalize("a\r\nb\rc\u2028d\u2029e\x85f") == "a\nb\nc\nd\ne\nf"


def test_nfd_becomes_nfc() -> None:
    nfd = unicodedata.normalize("NFD", "données élève")
    assert nfd != "données élève"
    assert canonicalize(nfd) == "données élève"


def test_controls_dropped_but_tab_and_newline_kept() -> None:
    assert canonicalize("a\x00b\x07c\td\ne\x1bf\x7f") == "abc\td\nef"


@given(st.text())
def test_canonical_is_idempotent_and_clean(raw: str) -> None:
    once = canonicalize(raw)
    assert canonicalize(once) == once
    assert "\r" not in once and "\u2029" not in once
    assert all(ch in "\t\n" or ord(ch) >= 32 for ch in once if ord(ch) < 128)


def test_block_at_finds_containing_block() -> None:
    doc = DocumentText("ab\n\ncd", (Block(0, 2), Block(4, 6)))
    assert [doc.block_at(i) for i in (0, 1, 3, 4, 6)] == [0, 0, 0, 1, 1]


def test_builder_separates_blocks_with_blank_line() -> None:
    builder = TextBuilder()
    builder.add_block("Title", "heading", 1)
    builder.add_block("Body")
    doc = builder.build()
    assert doc.text == "Title\n\nBody"
    spans = [(b.start, b.end, b.kind) for b in doc.blocks]
    assert spans == [(0, 5, "heading"), (7, 11, "paragraph")]
