"""Document structure: tables and definition lists from HTML and Markdown (reader/text.py:
a table is one block, rows on lines, cells split by tabs, ``level`` its header rows)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.importers import epub_feeder, html_import, markdown_import, parse_bytes
from reader.importers.html_tables import SPAN_COLUMNS, TableGrid
from reader.text import DocumentText
from tests.nesting import count_walker_visits
from tests.reader.test_epub_import import LIVE_MANUAL, book, chapter, epub, opf, outline


def html(source: str) -> DocumentText:
    return html_import.parse(source)[2]


def kinds(body: DocumentText) -> list[tuple[str, int, str]]:
    return [(b.kind, b.level, body.text[b.start:b.end]) for b in body.blocks]


def tables(body: DocumentText) -> list[tuple[int, str]]:
    return [(level, text) for kind, level, text in kinds(body) if kind == "table"]


def test_a_table_is_one_block_of_rows_and_cells() -> None:
    body = html("<p>Before.</p><table><thead><tr><th> Name </th><th>Size</th></tr></thead>"
                "<tbody><tr><td>dpkg</td><td>5989</td></tr>\n  <tr><td>apt</td>"
                "<td>4211</td></tr></tbody></table><p>After.</p>")
    assert kinds(body) == [("paragraph", 0, "Before."),
                           ("table", 1, "Name\tSize\ndpkg\t5989\napt\t4211"),
                           ("paragraph", 0, "After.")]


def test_header_rows_are_the_leading_rows_of_header_cells() -> None:
    two = html("<table><tr><th>a</th><th>b</th></tr><tr><th>c</th><th>d</th></tr>"
               "<tr><th>row head</th><td>1</td></tr><tr><th>x</th><th>y</th></tr></table>")
    assert tables(two) == [(2, "a\tb\nc\td\nrow head\t1\nx\ty")]  # a later th row: not a header
    none = html("<table><tr><td>plain</td><td>cells</td></tr></table>")
    assert tables(none) == [(0, "plain\tcells")]
    thead_td = html("<table><thead><tr><td>in head</td></tr></thead><tr><td>1</td></tr></table>")
    assert tables(thead_td) == [(1, "in head\n1")]


def test_empty_cells_stay_and_cell_whitespace_is_folded() -> None:
    body = html("<table><tr><td></td><td>b</td><td> </td></tr>"
                "<tr><td>  two\n words\t </td><td>line<br>break</td><td><p>p1</p><p>p2</p></td>"
                "</tr><tr><td>x</td><td></td><td></td></tr></table>")
    [(_, text)] = tables(body)
    assert text == "\tb\t\ntwo words\tline break\tp1 p2\nx\t\t"
    rows = [row.split("\t") for row in text.split("\n")]
    assert [len(row) for row in rows] == [3, 3, 3]


def test_table_of_empty_cells_makes_no_block() -> None:
    assert kinds(html("<table><tr><td> </td><td></td></tr></table><p>x</p>")) == [
        ("paragraph", 0, "x")]


def test_spanning_cells_keep_their_text_once_and_the_columns_lined_up() -> None:
    body = html("<table><tr><th colspan='3'>Built-in Functions</th></tr>"
                "<tr><td colspan=2>wide</td><td>z</td></tr>"
                "<tr><td rowspan='2'>tall</td><td>1</td><td>2</td></tr>"
                "<tr><td>3</td><td>4</td></tr></table>")
    [(level, text)] = tables(body)
    assert level == 1
    assert text == "Built-in Functions\t\t\nwide\t\tz\ntall\t1\t2\n\t3\t4"
    assert text.count("Built-in Functions") == 1 and text.count("tall") == 1


def test_absurd_spans_do_not_multiply_the_text() -> None:
    body = html("<table>" + "<tr><td colspan=999999 rowspan=999999>x</td></tr>" * 50
                + "</table>")
    [(_, text)] = tables(body)
    assert text.count("\t") <= 64 + 8 * 50


def test_rowspans_are_followed_in_a_bounded_width() -> None:
    """Each row's work on spans is bounded however wide the cells claim to be."""
    grid = TableGrid()
    for _ in range(50):
        grid.row()
        for _ in range(20):
            grid.cell(False, colspan=100, rowspan=100)
        assert len(grid._spans) <= SPAN_COLUMNS


def test_nested_table_is_folded_into_its_cell() -> None:
    body = html("<table><tr><td>outer <table><tr><td>in1</td><td>in2</td></tr><tr><td>in3"
                "</td></tr></table> rest</td><td>next</td></tr><tr><td>2</td></tr></table>")
    assert kinds(body) == [("table", 0, "outer in1 in2 in3 rest\tnext\n2")]


def test_caption_is_its_own_paragraph_before_the_table() -> None:
    body = html("<table><caption>Table 2.1. <em>Package</em> tools</caption>"
                "<tr><th>package</th></tr><tr><td>dpkg</td></tr></table>")
    assert kinds(body) == [("paragraph", 0, "Table 2.1. Package tools"),
                           ("table", 1, "package\ndpkg")]
    assert [(m.kind, body.text[m.start:m.end]) for m in body.marks] == [("emphasis", "Package")]


def test_marks_in_cells_cover_their_words_not_the_tabs() -> None:
    body = html("<table><tr><td><a href='http://packages.debian.org/dpkg'> <code>dpkg</code> "
                "</a></td><td><b>bold </b></td><td>plain</td></tr></table>")
    assert tables(body) == [(0, "dpkg\tbold\tplain")]
    marks = {(m.kind, body.text[m.start:m.end]) for m in body.marks}
    assert marks == {("link", "dpkg"), ("code", "dpkg"), ("strong", "bold")}
    link = next(m for m in body.marks if m.kind == "link")
    assert link.attrs["href"] == "http://packages.debian.org/dpkg"


def test_table_words_are_in_the_text_once_each() -> None:
    doc = parse_bytes("t.html", b"<h1>Tools</h1><table><tr><th>package</th><th>description"
                                b"</th></tr><tr><td>dpkg</td><td>the low level package "
                                b"management system of the distribution, which is used by all"
                                b" of the other tools</td></tr></table>")
    text = doc.body.text
    assert "the low level package management system of the distribution" in text
    assert text.count("dpkg") == 1
    assert "package\tdescription\ndpkg\tthe low level" in text
    table = next(b for b in doc.body.blocks if b.kind == "table")
    assert table.lang == "en"  # a language like any block, for the stemmed search fields


def test_table_inside_a_list_item_splits_the_item() -> None:
    body = html("<ul><li>before <table><tr><td>a</td><td>b</td></tr></table> after</li></ul>")
    assert kinds(body) == [("list_item", 0, "before"), ("table", 0, "a\tb"),
                           ("list_item", 0, "after")]


def test_an_unclosed_table_still_ends_as_a_table() -> None:
    assert kinds(html("<p>x</p><table><tr><td>a<td>b<tr><td>c")) == [
        ("paragraph", 0, "x"), ("table", 0, "a\tb\nc")]


def test_a_page_laid_out_in_a_table_reads_as_blocks() -> None:
    """Headings in a cell: a layout, not data; its text is not folded onto one line."""
    body = html("<table><tr><td>Home</td><td>About</td></tr><tr><td>menu</td><td>"
                "<h1>An essay</h1><p>First paragraph.</p><p>Second paragraph.</p></td></tr>"
                "</table><p>Footer.</p>")
    assert kinds(body) == [("table", 0, "Home\tAbout\nmenu"), ("heading", 1, "An essay"),
                           ("paragraph", 0, "First paragraph."),
                           ("paragraph", 0, "Second paragraph."), ("paragraph", 0, "Footer.")]


def test_double_line_breaks_in_a_cell_are_a_layout_too() -> None:
    body = html("<table><tr><td>logo</td><td>Title<br><br>First para.<br><br>Second.</td>"
                "</tr></table>")
    assert kinds(body) == [("table", 0, "logo"),
                           ("paragraph", 0, "Title\n\nFirst para.\n\nSecond.")]


def test_deeply_nested_tables_are_linear_work(monkeypatch: pytest.MonkeyPatch) -> None:
    counted = count_walker_visits(monkeypatch)
    depth = 3000
    body = html("<table><tr><td><a href='x'>" * depth + "deep" + "</a></td></tr></table>" * depth)
    assert kinds(body) == [("table", 0, "deep")]
    assert counted.visits < 20 * depth


def test_definition_lists_are_terms_and_definitions() -> None:
    body = html("<dl><dt>popcon</dt><dd>how many install it</dd><dt>size</dt>"
                "<dd><p>in KiB.</p><p>Unpacked.</p></dd></dl><ul><li>still a list</li></ul>")
    assert kinds(body) == [("term", 0, "popcon"), ("definition", 0, "how many install it"),
                           ("term", 0, "size"), ("definition", 0, "in KiB."),
                           ("definition", 0, "Unpacked."), ("list_item", 0, "still a list")]


def test_sphinx_signatures_are_terms_not_bullets() -> None:
    page = ('<dl class="py function"><dt class="sig sig-object py" id="abs">'
            '<span class="sig-name descname"><span class="pre">abs</span></span>'
            '<span class="sig-paren">(</span><em class="sig-param"><span class="n">'
            '<span class="pre">x</span></span></em><span class="sig-paren">)</span>'
            '<a class="headerlink" href="#abs" title="Permalink to this definition">¶</a></dt>'
            '<dd><p>Return the absolute value of a number.</p>\n<dl class="py method"><dt>'
            '<code>inner()</code></dt><dd><p>Nested.</p></dd></dl></dd></dl>')
    body = html(page)
    assert kinds(body) == [("term", 0, "abs(x)"),
                           ("definition", 0, "Return the absolute value of a number."),
                           ("term", 0, "inner()"), ("definition", 0, "Nested.")]
    assert ("emphasis", "x") in {(m.kind, body.text[m.start:m.end]) for m in body.marks}


def markdown(source: str) -> DocumentText:
    return markdown_import.parse(source)[2]


def test_markdown_gfm_table() -> None:
    body = markdown("# T\n\nBefore.\n\n| Name | *Size* | |\n|---|:-:|--|\n| `dpkg` | 5989 | |\n"
                    "| a \\| b | [apt](https://ex.org) |\n\nAfter.\n")
    assert kinds(body) == [("heading", 1, "T"), ("paragraph", 0, "Before."),
                           ("table", 1, "Name\tSize\t\ndpkg\t5989\t\na | b\tapt\t"),
                           ("paragraph", 0, "After.")]
    marks = {(m.kind, body.text[m.start:m.end]) for m in body.marks}
    assert {("emphasis", "Size"), ("code", "dpkg"), ("link", "apt")} <= marks


def test_markdown_cell_whitespace_is_folded() -> None:
    body = markdown("| a |\n|---|\n| `x\ty` and\tz |\n")
    assert tables(body) == [(1, "a\nx y and z")]


def test_markdown_definition_list_syntax_stays_a_paragraph() -> None:
    assert kinds(markdown("Term\n: its definition\n")) == [
        ("paragraph", 0, "Term : its definition")]


DEBIAN_REFERENCE = Path("/usr/share/debian-reference/ch02.en.html")
PYTHON_FUNCTIONS = Path("/usr/share/doc/python3-doc/html/library/functions.html")


@pytest.mark.skipif(not DEBIAN_REFERENCE.exists(), reason="debian-reference-en is not installed")
def test_debian_reference_package_tables() -> None:
    body = parse_bytes(DEBIAN_REFERENCE.name, DEBIAN_REFERENCE.read_bytes()).body
    assert len([level for level, _ in tables(body) if level == 1]) >= 15
    found = [(level, text) for level, text in tables(body)
             if text.startswith("package\tpopcon\tsize\tdescription\n")]
    level, text = found[0]
    assert level == 1
    assert "\ndpkg\tV:" in text and "\tlow level package management system for Debian" in text
    assert all(len(row.split("\t")) == 4 for row in text.split("\n"))
    assert "dpkg V:" not in body.text  # no longer a row read as one run of words


@pytest.mark.skipif(not PYTHON_FUNCTIONS.exists(), reason="python3-doc is not installed")
def test_python_docs_signatures_and_tables() -> None:
    body = parse_bytes(PYTHON_FUNCTIONS.name, PYTHON_FUNCTIONS.read_bytes()).body
    got = kinds(body)
    index = got.index(("term", 0, "abs(x)"))
    assert got[index + 1][0] == "definition"
    assert got[index + 1][2].startswith("Return the absolute value of a number.")
    assert not any(kind == "list_item" and text.startswith("abs(x)") for kind, _, text in got)
    assert sum(kind == "term" for kind, _, _ in got) > 60
    modes = next(text for _, text in tables(body) if text.startswith("Character\tMeaning\n"))
    assert "\n'r'\topen for reading (default)\n" in modes


# -- EPUB: origins and outlines (the package and TOC tests are in test_epub_import.py)

def test_origin_counts_the_itemrefs_position_not_the_reading_order() -> None:
    items = [("notes", "notes.xhtml"), ("c", "c.xhtml")]
    data = epub({"OEBPS/content.opf": opf(items, '<itemref idref="notes" linear="no"/>'
                                                 '<itemref idref="c"/>'),
                 "OEBPS/notes.xhtml": chapter("<p>A note.</p>"),
                 "OEBPS/c.xhtml": chapter("<div><p>Main text.</p> loose words</div>")})
    doc = parse_bytes("order.epub", data)
    assert [(doc.body.text[b.start:b.end], b.origin) for b in doc.body.blocks] == [
        ("Main text.", "/6/4[c]!/4/2/2"), ("loose words", "/6/4[c]!/4/2"),
        ("A note.", "/6/2[notes]!/4/2")]


def test_deep_nesting_keeps_origins_bounded() -> None:
    """As deep as libxml2 reads (256 levels), with long ids: the path stops growing."""
    depth = 200
    data = epub(book(**{"OEBPS/c.xhtml": chapter(
        "".join(f'<div id="level-{i:05d}">' for i in range(depth)) + "<p>deep</p>"
        + "</div>" * depth)}))
    doc = parse_bytes("deep.epub", data)
    [block] = doc.body.blocks
    assert doc.body.text == "deep"
    assert block.origin.startswith("/6/2[c]!/4/2[level-00000]/2[level-00001]/2[level-00002]")
    assert epub_feeder.MAX_ORIGIN < len(block.origin) <= epub_feeder.MAX_ORIGIN + 20


UBUNTU_GUIDE = Path("/usr/share/doc/ubuntu-packaging-guide-epub/ubuntu-packaging-guide.epub")


@pytest.mark.skipif(not LIVE_MANUAL.exists(), reason="live-manual-epub is not installed")
def test_live_manual_outline_and_origins() -> None:
    doc = parse_bytes(LIVE_MANUAL.name, LIVE_MANUAL.read_bytes())
    entries = outline(doc)
    assert len(entries) > 150
    assert (4, "1.1 For the impatient", "1.1 For the impatient") in entries
    assert {level for level, _, _ in entries} <= set(range(1, 7))
    assert all(b.origin.startswith("/6/") and "!/4" in b.origin for b in doc.body.blocks)


@pytest.mark.skipif(not UBUNTU_GUIDE.exists(), reason="ubuntu-packaging-guide-epub is missing")
def test_ubuntu_guide_nav_resolves_its_folderless_hrefs() -> None:
    doc = parse_bytes(UBUNTU_GUIDE.name, UBUNTU_GUIDE.read_bytes())
    entries = outline(doc)
    assert len(entries) > 100
    assert (3, "Create your GPG key", "2.1.1. Create your GPG key") in entries
    offsets = [e.offset for e in doc.body.outline]
    assert offsets == sorted(offsets)
