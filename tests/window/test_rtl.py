"""Arabic and Hebrew read right to left in the reading view (issue 16).

Nothing in the view sets a direction: Qt resolves each block's from its text (its
first strong character, as the Unicode bidi algorithm says) when the block format
leaves it ``LayoutDirectionAuto``, and aligns a right-to-left block on the right.
These tests hold the view to that, through the very ``QTextDocument`` it shows."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlock, QTextDocument
from pytestqt.qtbot import QtBot

from reader.model import Document
from reader.text import TextBuilder
from ui.window.reading.text_document import build_document
from ui.window.reading.view import ReadingView
from ui.window.theme import LIGHT

HEBREW = "הספרייה שומרת כל מסמך שייבאת יחד עם ההדגשות וההערות שלו."
ARABIC = "تحتفظ المكتبة بكل مستند تستورده مع التظليلات والملاحظات."
ENGLISH = "The library keeps every document you import."
HEADING = "כותרת בעברית"
LTR, RTL = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft


def _by_text(doc: QTextDocument) -> dict[str, QTextBlock]:
    found, block = {}, doc.begin()
    while block.isValid():
        found[block.text()] = block
        block = block.next()
    return found


def _document() -> Document:
    builder = TextBuilder()
    builder.add_block(HEADING, "heading", 1)
    for text in (ENGLISH, HEBREW, ARABIC):
        builder.add_block(text, "paragraph")
    return Document("d", 1, "Mixed", (), ("he", "en", "ar"), "m.txt", "utf-8", "", "",
                    builder.build())


def test_plain_text_blocks_take_their_direction_from_their_text(qapp) -> None:  # type: ignore[no-untyped-def]
    doc = QTextDocument()
    doc.setPlainText("\n".join([ENGLISH, HEBREW, ARABIC]))
    blocks = _by_text(doc)
    assert [blocks[t].textDirection() for t in (ENGLISH, HEBREW, ARABIC)] == [LTR, RTL, RTL]


def test_reading_view_lays_hebrew_and_arabic_out_right_to_left(qtbot: QtBot) -> None:
    view = ReadingView(LIGHT, 12)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.load(_document(), [])
    view.show()
    qtbot.waitExposed(view)
    blocks = _by_text(view.document())
    for text in (HEADING, HEBREW, ARABIC):
        block = blocks[text]
        assert block.blockFormat().layoutDirection() == Qt.LayoutDirection.LayoutDirectionAuto
        assert block.textDirection() == RTL
        assert block.layout().textOption().textDirection() == RTL
        assert block.layout().textOption().alignment() & Qt.AlignmentFlag.AlignRight
    assert blocks[ENGLISH].textDirection() == LTR
    for text, side in ((HEADING, "right"), (ARABIC, "right"), (ENGLISH, "left")):
        line = blocks[text].layout().lineAt(0)  # a short line: the space is on one side
        room, words = line.rect(), line.naturalTextRect()
        assert words.width() < room.width() - 100
        edge = (words.right(), room.right()) if side == "right" else (words.left(), room.left())
        assert edge[0] == pytest.approx(edge[1], abs=1)


def test_hebrew_paragraph_opening_on_a_latin_word_reads_right_to_left(qapp) -> None:  # type: ignore[no-untyped-def]
    builder = TextBuilder()
    builder.add_block("Python " + HEBREW, "paragraph")
    body = builder.build()
    body = replace(body, blocks=tuple(replace(b, lang="he") for b in body.blocks))
    doc = build_document(body, LIGHT, 12)
    assert _by_text(doc)["Python " + HEBREW].textDirection() == RTL
