"""The view's structured blocks: a table's rows on shared tab stops (no character
added, so offsets stay canonical), its header bold; terms bold, code-like ones in
monospace; definitions indented; preformatted text monospace, its lines as written."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextBlock, QTextCursor, QTextDocument
from pytestqt.qtbot import QtBot

from reader.model import Document
from reader.text import DocumentText, Mark, TextBuilder
from ui.window.reading.block_styles import MONO_FAMILIES
from ui.window.reading.offsets import OffsetMap
from ui.window.reading.text_document import build_document
from ui.window.reading.view import ReadingView
from ui.window.theme import LIGHT

ROWS = ["Name\tType\tDefault\tNotes",
        "sep\tstr\t' '\tbetween values 😉",
        "flush\tbool\tFalse\tA note long enough to wrap over several lines of a page, "
        "once the page is narrow, so its lines must hang under its column.",
        "end\tstr\t'\\n'\tafter the last"]
PRE = "Region   Q1    Q2\nNorth   120   130\n\nTotal   250   260"


def _body() -> DocumentText:
    builder = TextBuilder()
    builder.add_block("Reference", "heading", 1)
    builder.add_block("\n".join(ROWS), "table", 1)
    builder.add_block("os.path.join(path, *paths)", "term")
    builder.add_block("Join path segments.", "definition")
    start, end = builder.add_block("sys.argv", "term")
    builder.marks.append(Mark(start, end, "code"))
    builder.add_block("The arguments.", "definition")
    builder.add_block("Glossary entry", "term")
    builder.add_block("A plain term.", "definition")
    builder.add_block(PRE, "preformatted")
    return builder.build()


def _blocks(doc: QTextDocument) -> dict[str, QTextBlock]:
    found, block = {}, doc.begin()
    while block.isValid():
        found[block.text()] = block
        block = block.next()
    return found


def _char(block: QTextBlock, at: int = 0):  # type: ignore[no-untyped-def]
    """The format of character ``at`` of ``block``; an empty block's own."""
    if block.length() == 1:
        return block.charFormat()
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + at + 1)
    return cursor.charFormat()


def test_text_is_exactly_the_canonical_text(qapp) -> None:  # type: ignore[no-untyped-def]
    body = _body()
    doc = build_document(body, LIGHT, 12)
    assert doc.characterCount() - 1 == OffsetMap(body.text).qt_length  # the emoji: 2 units
    assert doc.toPlainText() == body.text


def test_rows_share_increasing_tab_stops_and_the_header_is_bold(qapp) -> None:  # type: ignore[no-untyped-def]
    doc = build_document(_body(), LIGHT, 12)
    rows = [_blocks(doc)[row] for row in ROWS]
    stops = [[tab.position for tab in row.blockFormat().tabPositions()] for row in rows]
    assert len(stops[0]) == 3 and stops[0] == sorted(stops[0]) and stops[0][0] > 0
    assert all(row_stops == stops[0] for row_stops in stops)
    assert _char(rows[0]).fontWeight() >= QFont.Weight.Bold
    assert all(_char(row).fontWeight() < QFont.Weight.DemiBold for row in rows[1:])
    assert _char(rows[1]).fontPointSize() < 12  # the table's smaller font
    header, first, second = (row.blockFormat() for row in rows[:3])
    assert header.hasProperty(header.Property.BackgroundBrush)
    assert not first.hasProperty(first.Property.BackgroundBrush)  # bands alternate
    assert second.hasProperty(second.Property.BackgroundBrush)
    assert all(row.blockFormat().bottomMargin() == 0 for row in rows[:-1])  # bands touch


def test_cells_line_up_on_the_stops(qapp) -> None:  # type: ignore[no-untyped-def]
    doc = build_document(_body(), LIGHT, 12)
    doc.setTextWidth(2000)  # wide: no row wraps
    row = _blocks(doc)[ROWS[1]]
    stops = [tab.position for tab in row.blockFormat().tabPositions()]
    line = row.layout().lineAt(0)
    cells = [i + 1 for i, char in enumerate(ROWS[1]) if char == "\t"]
    assert [round(line.cursorToX(at)[0]) for at in cells] == [round(x) for x in stops]


def test_wrapped_lines_hang_under_a_column(qapp, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    body = _body()
    view = ReadingView(LIGHT, 12.0)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    view.load(Document("d", 1, "Reference", (), ("en",), "r.html", "utf-8", "", "", body), [])
    qtbot.waitExposed(view)
    row = _blocks(view.document())[ROWS[2]]
    stops = [tab.position for tab in row.blockFormat().tabPositions()]
    layout = row.layout()
    assert layout.lineCount() > 1
    # room enough: under the long cell's column
    assert layout.lineAt(1).x() == pytest.approx(stops[-1], abs=0.5)
    view.resize(260, 700)  # a page too narrow for that: under an early column instead
    qtbot.waitUntil(lambda: row.blockFormat().leftMargin() < stops[-1])
    assert [tab.position for tab in row.blockFormat().tabPositions()] == stops
    assert row.layout().lineAt(1).x() == pytest.approx(row.blockFormat().leftMargin(), abs=0.5)
    assert row.layout().lineAt(0).x() == 0  # the row's first line still at the left edge


def test_terms_bold_code_terms_monospace_definitions_indented(qapp) -> None:  # type: ignore[no-untyped-def]
    blocks = _blocks(build_document(_body(), LIGHT, 12))
    signature, marked, plain = (blocks[t] for t in ("os.path.join(path, *paths)", "sys.argv",
                                                    "Glossary entry"))
    assert all(_char(term).fontWeight() >= QFont.Weight.DemiBold
               for term in (signature, marked, plain))
    assert _char(signature).fontFamilies() == MONO_FAMILIES
    assert _char(marked).fontFamilies() == MONO_FAMILIES
    assert _char(plain).fontFamilies() != MONO_FAMILIES
    assert _char(marked).background().style() == Qt.BrushStyle.NoBrush  # no patchy band
    assert blocks["Join path segments."].blockFormat().leftMargin() >= 20
    assert blocks["A plain term."].blockFormat().leftMargin() >= 20
    assert signature.blockFormat().leftMargin() == 0


def test_preformatted_is_monospace_with_its_lines_kept(qapp) -> None:  # type: ignore[no-untyped-def]
    body = _body()
    doc = build_document(body, LIGHT, 12)
    start = body.text.index(PRE)
    first = doc.findBlock(OffsetMap(body.text).to_qt(start))
    lines, block = [], first
    for _ in PRE.split("\n"):
        lines.append(block)
        block = block.next()
    assert [b.text() for b in lines] == PRE.split("\n")  # each written line its own
    assert all(_char(b).fontFamilies() == MONO_FAMILIES for b in lines)
    sizes = {_char(b).fontPointSize() for b in lines}
    assert len(sizes) == 1  # the blank line inside is a full line, not a shrunk gap
    assert all(not b.blockFormat().hasProperty(b.blockFormat().Property.BackgroundBrush)
               for b in lines)  # no band, unlike code
    assert lines[0].blockFormat().lineHeight() < 155  # closer than prose lines


def test_a_plain_text_files_wrapped_prose_reflows_and_its_layouts_do_not(qapp) -> None:
    from reader.text import Block, DocumentText

    text = "A sentence wrapped\nat the file's width.\n\nname  size\nab    12"
    body = DocumentText(text, (Block(0, 39), Block(41, len(text), "preformatted")))
    doc = build_document(body, LIGHT, 12, reflow=True)
    assert doc.toPlainText() == text.replace("wrapped\nat", "wrapped at")
    assert doc.characterCount() - 1 == len(text)  # one for one: offsets hold
    assert build_document(body, LIGHT, 12).toPlainText() == text  # markup keeps its breaks
