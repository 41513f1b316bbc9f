"""The export says where each passage is (page, chapter) and shows a table as a table."""

import re

from markdown_it import MarkdownIt

from reader.export_markdown import NoteExport, markdown_table, render_document
from reader.model import Document, Highlight
from reader.text import DocumentText, TextBuilder


def _document(body: DocumentText, title: str = "A Book") -> Document:
    return Document("doc1", 1, title, (), ("en",), "book.pdf", "utf-8", "", "", body)


def _export(body: DocumentText, *spans: tuple[int, int]) -> str:
    doc = _document(body)
    highlights = [Highlight(f"h{i}", doc.id, a, b, body.text[a:b], "", "")
                  for i, (a, b) in enumerate(spans)]
    return render_document(NoteExport(doc, highlights, "", {}, "2026-12-01"))


def _book() -> DocumentText:
    builder = TextBuilder()
    rows = [(1, "heading", 1, "Preface"), (2, "paragraph", 0, "Why this book."),
            (3, "heading", 1, "Chapter 1. Loomings"), (3, "paragraph", 0, "Call me Ishmael."),
            (4, "table", 1, "Name\tRole\nAhab\tcaptain | master\nIshmael\t*narrator*")]
    for page, kind, level, text in rows:
        builder.page = page
        builder.add_block(text, kind, level)
    return builder.build(pages=("i", "ii", "1", "2"))


def test_each_highlight_says_its_page_and_chapter():
    body = _book()
    at = body.text.index("Ishmael.")
    md = _export(body, (at, at + 7), (body.text.index("Why"), body.text.index("Why") + 3))
    assert "p. 1 · Chapter 1. Loomings · yellow" in md
    assert "p. ii · Preface · yellow" in md


def test_without_pages_the_paragraph_is_counted():
    builder = TextBuilder()
    builder.add_block("Loomings", "heading", 2)
    builder.add_block("Call me Ishmael.")
    body = builder.build()
    md = _export(body, (body.text.index("Call"), body.text.index("Call") + 4))
    assert "¶ 1 · Loomings · yellow" in md


def test_a_highlight_in_a_table_exports_the_table_and_it_parses_back():
    body = _book()
    at = body.text.index("Ahab")
    md = _export(body, (at, at + 4))
    table = ("| Name | Role |\n|---|---|\n| Ahab | captain \\| master |\n"
             "| Ishmael | \\*narrator\\* |")
    assert table in md
    html = MarkdownIt("commonmark").enable("table").render(table)
    cells = re.findall(r"<t[hd]>(.*?)</t[hd]>", html)
    assert cells == ["Name", "Role", "Ahab", "captain | master", "Ishmael", "*narrator*"]


def test_a_table_without_header_rows_gets_an_empty_header_and_ragged_rows_are_padded():
    assert markdown_table("a\tb\nc", 0) == "|  |  |\n|---|---|\n| a | b |\n| c |  |"
