"""The view's blocks: lists keep their kind and show markers without adding text;
paragraphs one line end apart are spaced like those a blank line separates."""

from __future__ import annotations

from PySide6.QtGui import QTextListFormat

from reader.importers import html_import, markdown_import, txt_import
from ui.window.reading.offsets import OffsetMap
from ui.window.reading.text_document import build_document
from ui.window.theme import LIGHT

MD = "# T\n\n- a\n- b\n\n1. one\n2. two\n\nAfter.\n"


def _items(body: object) -> list[tuple[int, str]]:
    return [(b.level, body.text[b.start:b.end]) for b in body.blocks  # type: ignore[attr-defined]
            if b.kind == "list_item"]


def test_importers_tell_ordered_from_bulleted_items() -> None:
    assert _items(markdown_import.parse(MD)[2]) == [(0, "a"), (0, "b"), (1, "one"), (1, "two")]
    html = "<ul><li>x</li></ul><ol><li>first</li><li><p>second</p></li></ol><dl><dt>t</dt></dl>"
    body = html_import.parse(html)[2]
    assert _items(body) == [(0, "x"), (1, "first"), (1, "second")]
    assert [b.kind for b in body.blocks][-1] == "term"  # a definition list's, not a bullet


def test_view_draws_markers_only_where_the_text_has_none(qapp) -> None:
    body = markdown_import.parse(MD)[2]
    doc = build_document(body, LIGHT, 12)
    assert doc.characterCount() - 1 == OffsetMap(body.text).qt_length  # nothing added
    styles = []
    block = doc.begin()
    while block.isValid():
        if block.textList() is not None:
            styles.append((block.text(), block.textList().format().style()))
        block = block.next()
    assert styles == [("a", QTextListFormat.Style.ListDisc), ("b", QTextListFormat.Style.ListDisc),
                      ("one", QTextListFormat.Style.ListDecimal),
                      ("two", QTextListFormat.Style.ListDecimal)]
    plain = txt_import.parse("Title\n\n- kept marker\n- second\n")[2]
    kept = build_document(plain, LIGHT, 12)
    block, listed = kept.begin(), []
    while block.isValid():
        listed.append(block.textList() is not None)
        block = block.next()
    assert not any(listed) and "- kept marker" in kept.toPlainText()


def test_blocks_a_single_line_end_separates_still_get_a_gap(qapp) -> None:
    long_line = "A line of prose long enough to be its own paragraph, " * 7  # > LONG_LINE
    body = txt_import.parse(f"Title\n\n{long_line}one.\n{long_line}two.\n\nThird.\n")[2]
    assert [b.kind for b in body.blocks] == ["heading", "paragraph", "paragraph", "paragraph"]
    doc = build_document(body, LIGHT, 12)
    margins = {}
    block = doc.begin()
    while block.isValid():
        margins[block.text()[-4:]] = block.blockFormat().bottomMargin()
        block = block.next()
    assert margins["one."] > 0  # one line end from the next paragraph: a gap all the same
    assert margins["two."] == 0 and margins["ird."] == 0  # a blank line already separates
