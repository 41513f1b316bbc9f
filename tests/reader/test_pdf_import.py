"""PDF import: real PDFs made by Qt and by hand (tests/reader/pdf_samples.py), laid out
into paragraphs, headings and pages; refusals; the command line; Debian's own PDFs."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest

from reader.errors import ImportRefused, NeedsPassword
from reader.importers import SUPPORTED_EXTENSIONS, ParsedDocument, parse_bytes, pdf_import
from reader.importers.pdf_headings import OutlineTarget
from reader.importers.pdf_layout import Line, Page, Segment, column_edges, lay_out
from reader.importers.pdf_paragraphs import make_blocks
from reader.locations import Locator
from tests.reader import pdf_samples
from tests.reader.pdf_samples import RawPage, RawPdf

ROOT = Path(__file__).resolve().parents[2]


def blocks(doc: ParsedDocument) -> list[tuple[str, int, int, str]]:
    """(kind, level, page, text) of every block."""
    return [(b.kind, b.level, b.page, doc.body.text[b.start:b.end]) for b in doc.body.blocks]


def texts(doc: ParsedDocument) -> list[str]:
    return [text for *_, text in blocks(doc)]


@pytest.fixture(scope="module")
def book(qapp: Any) -> ParsedDocument:
    return parse_bytes("keeper.pdf", pdf_samples.book())


# -- the sample book: layout rules ---------------------------------------------------

def test_pdf_is_a_supported_extension() -> None:
    assert ".pdf" in SUPPORTED_EXTENSIONS
    with pytest.raises(ImportRefused, match=r"\(\.djvu\); Marginalia reads .*\.epub \.pdf"):
        parse_bytes("x.djvu", b"AT&TFORM")


def test_running_header_and_page_numbers_are_dropped(book: ParsedDocument) -> None:
    assert pdf_samples.HEADER not in book.body.text
    assert not [t for t in texts(book) if re.fullmatch(r"\d+", t)]
    assert book.body.text.startswith(pdf_samples.TITLE)


def test_lines_are_joined_into_paragraphs(book: ParsedDocument) -> None:
    """Indented, after a blank line: a new paragraph; otherwise the lines go on."""
    first = texts(book)[1:4]
    assert first == [pdf_samples.OPENING, pdf_samples.SECOND, pdf_samples.FILLER]


def test_a_word_broken_at_a_line_end_is_made_whole(book: ParsedDocument) -> None:
    """"extra-" + "ordinary" is one word; "well-" + "known" keeps its hyphen, for the
    document writes "well-known" elsewhere."""
    assert pdf_samples.BROKEN_TEXT in texts(book)
    assert "extra-" not in book.body.text and "extra ordinary" not in book.body.text


def test_a_paragraph_goes_on_over_a_page_break(book: ParsedDocument) -> None:
    found = [(page, text) for _, _, page, text in blocks(book)
             if text.startswith("When the last ship")]
    assert found == [(3, pdf_samples.ACROSS)]


def test_two_columns_are_read_one_after_the_other(book: ParsedDocument) -> None:
    on_four = [(kind, text) for kind, _, page, text in blocks(book) if page == 4]
    assert on_four == [("heading", "Two Seasons"), ("paragraph", pdf_samples.LEFT_COLUMN.strip()),
                       ("paragraph", pdf_samples.RIGHT_COLUMN.strip())]


def test_large_short_lines_are_headings_ranked_by_size(book: ParsedDocument) -> None:
    heads = [(level, text) for kind, level, _, text in blocks(book) if kind == "heading"]
    assert heads == [(1, pdf_samples.TITLE), (3, "Chapter One"), (2, "Two Seasons")]


def test_title_is_the_first_pages_largest_text(book: ParsedDocument) -> None:
    assert book.title == pdf_samples.TITLE and book.authors == ()


def test_list_items_and_code(book: ParsedDocument) -> None:
    on_five = [(kind, text) for kind, _, page, text in blocks(book) if page == 5]
    assert on_five == [("paragraph", "What the keeper needs:"),
                       ("list_item", "• oil for the lamp"), ("list_item", "• a warm coat"),
                       ("list_item", "• patience"),
                       ("preformatted", "def trim(wick):\n    return wick[1:]")]


def test_every_block_knows_its_page(book: ParsedDocument) -> None:
    """(``book`` comes through ``parse_bytes``, as every import does.)"""
    book.body.validate()
    pages = [page for *_, page, _ in blocks(book)]
    assert pages == sorted(pages) and set(pages) == {1, 2, 3, 4, 5}
    assert book.body.pages == ()  # no page labels: pages are named by their number
    where = Locator(book.body).at(book.body.text.index("Two Seasons"))
    assert where.page == "4"


def test_text_is_canonical_and_languages_are_found(book: ParsedDocument) -> None:
    from reader.text import canonicalize

    assert canonicalize(book.body.text) == book.body.text
    assert book.languages == ("en",) and book.encoding == "pdf" and book.warnings == ()


def test_metadata_title_and_authors_come_first(qapp: Any) -> None:
    pdf = pdf_samples.QtPdf(title="The Keeper's Own Title", author="Ann Writer; Bo Reader")
    pdf.text(72, 100, "A Much Bigger Line", 30)
    pdf.text(72, 150, "Some words.")
    doc = parse_bytes("meta.pdf", pdf.finish())
    assert doc.title == "The Keeper's Own Title"
    assert doc.authors == ("Ann Writer", "Bo Reader")


@pytest.mark.parametrize("author, expected", [
    ("Josip Rodin and Osamu Aoki", ("Josip Rodin", "Osamu Aoki")),
    ("Smith, John", ("Smith, John",)),
    ("Ada Lovelace, Charles Babbage", ("Ada Lovelace", "Charles Babbage")),
])
def test_authors_are_split_as_written(author: str, expected: tuple[str, ...]) -> None:
    data = RawPdf([RawPage([(72, 700, 11, "Words.")])], info={"Author": author,
                                                              "Title": "report.docx"}).build()
    doc = parse_bytes("authors.pdf", data)
    assert doc.authors == expected
    assert doc.title == "authors"  # a file name as the title is no title: the name serves


# -- outline, page labels, fonts scaled by their matrix (written by hand) ------------

def outlined() -> bytes:
    pages = [RawPage([(72, 700, 18, "Preface"), (72, 660, 11, "Why this book was written.")]),
             RawPage([(72, 700, 11, "Some contents here.")]),
             RawPage([(72, 720, 12, "Chapter 1"), (72, 690, 18, "Beginnings"),
                      (72, 650, 11, "It began on a Tuesday in the rain.")]),
             RawPage([(72, 700, 14, "1.1 Morning"), (72, 660, 11, "The morning was grey.")])]
    outline = [(1, "Preface", 1), (1, "Beginnings", 3), (2, "Morning", -4),
               (1, "Not on its page", 2)]
    return RawPdf(pages, outline=outline, labels=[(0, "r", ""), (2, "D", "")]).build()


def test_outline_titles_found_on_their_page_become_headings() -> None:
    doc = parse_bytes("outlined.pdf", outlined())
    heads = [(level, page, text) for kind, level, page, text in blocks(doc) if kind == "heading"]
    assert heads == [(1, 1, "Preface"), (1, 3, "Chapter 1 Beginnings"), (2, 4, "1.1 Morning")]


def test_outline_is_kept_with_offsets_into_the_text() -> None:
    doc = parse_bytes("outlined.pdf", outlined())
    text = doc.body.text
    where = {e.title: (e.level, text[e.offset:].split("\n\n")[0]) for e in doc.body.outline}
    assert where == {"Preface": (1, "Preface"), "Beginnings": (1, "Chapter 1 Beginnings"),
                     "Morning": (2, "1.1 Morning"),  # a go-to action's page
                     # not on its page: the top of the page's first block
                     "Not on its page": (1, "Some contents here.")}
    assert [e.title for e in doc.body.outline] == ["Preface", "Beginnings", "Morning",
                                                   "Not on its page"]
    assert Locator(doc.body).at(text.index("Tuesday")).chapter == "Beginnings"


def test_page_labels_name_the_pages() -> None:
    doc = parse_bytes("outlined.pdf", outlined())
    assert doc.body.pages == ("i", "ii", "1", "2")
    locate = Locator(doc.body)
    assert locate.at(doc.body.text.index("Why this")).page == "i"
    assert locate.at(doc.body.text.index("Tuesday")).label() == "p. 1 · Beginnings"


def test_a_font_scaled_by_its_matrix_has_its_real_size() -> None:
    """``1 Tf`` with the size in the text matrix: the title is still the largest."""
    page = RawPage([(72, 700, 26, "Scaled Title"), (72, 650, 11, "Body words here."),
                    (72, 636, 11, "More body words.")], scaled=True)
    doc = parse_bytes("scaled.pdf", RawPdf([page]).build())
    assert doc.title == "Scaled Title"
    assert blocks(doc) == [("heading", 1, 1, "Scaled Title"),
                           ("paragraph", 0, 1, "Body words here. More body words.")]


# -- refusals and warnings -----------------------------------------------------------

def encrypted() -> bytes:
    page = RawPage([(72, 700, 11, "A secret page of words.")])
    return RawPdf([page], info={"Title": "Locked"}, user_password="sesame",
                  owner_password="master").build()


def test_an_encrypted_pdf_needs_its_password() -> None:
    with pytest.raises(NeedsPassword) as caught:
        parse_bytes("locked.pdf", encrypted())
    assert caught.value.reason == "encrypted: needs a password"
    assert isinstance(caught.value, ImportRefused)  # refused like any other, when not asked
    with pytest.raises(NeedsPassword, match="locked.pdf: wrong password$"):
        parse_bytes("locked.pdf", encrypted(), password="open up")


@pytest.mark.parametrize("password", ["sesame", "master"])
def test_the_user_or_owner_password_opens_it(password: str) -> None:
    doc = parse_bytes("locked.pdf", encrypted(), password=password)
    assert doc.title == "Locked" and doc.body.text == "A secret page of words."


def test_qpdf_encryption_too(tmp_path: Path) -> None:
    """AES-256 from another writer, when qpdf is installed (``apt-get install qpdf``)."""
    import shutil
    import subprocess

    if shutil.which("qpdf") is None:
        pytest.skip("qpdf is not installed")
    plain, locked = tmp_path / "plain.pdf", tmp_path / "locked.pdf"
    plain.write_bytes(RawPdf([RawPage([(72, 700, 11, "Behind a lock.")])]).build())
    subprocess.run(["qpdf", "--encrypt", "user", "owner", "256", "--", str(plain),
                    str(locked)], check=True)
    with pytest.raises(NeedsPassword, match="needs a password"):
        parse_bytes("locked.pdf", locked.read_bytes())
    assert parse_bytes("locked.pdf", locked.read_bytes(), "user").body.text == "Behind a lock."


def test_pages_without_text_are_counted_and_said(qapp: Any) -> None:
    doc = parse_bytes("half.pdf", pdf_samples.scans(3, 2))
    assert doc.warnings == ("2 of 5 pages have no text: scanned?",)
    assert [page for *_, page, _ in blocks(doc)] == [1, 2, 3]


def test_a_pdf_with_no_text_at_all_is_refused(qapp: Any) -> None:
    with pytest.raises(ImportRefused,
                       match=r"scan.pdf: no text layer on any of its 2 pages \(a scan\?\)$"):
        parse_bytes("scan.pdf", pdf_samples.scans(0, 2))


def test_a_page_that_cannot_be_loaded_is_said() -> None:
    data = RawPdf([RawPage([(72, 700, 11, f"Words of page {n}.")]) for n in (1, 2, 3)]).build()
    damaged = data.replace(b"/Kids [4 0 R 6 0 R 8 0 R]", b"/Kids [4 0 R 6 0 R 99 0 R]")
    doc = parse_bytes("damaged.pdf", damaged)
    assert doc.warnings == ("1 of 3 pages could not be read (damaged)",)
    assert doc.body.text == "Words of page 1.\n\nWords of page 2."


@pytest.mark.parametrize("data, reason", [
    (b"", "not a PDF or damaged: the file is empty"),
    (os.urandom(4000), "not a PDF or damaged: data format error"),
    (b"%PDF-1.7\nthese are not the objects you are looking for\n", "not a PDF or damaged"),
    (b"A text file, named .pdf by mistake.\n", "not a PDF or damaged"),
])
def test_bad_bytes_are_refused_in_one_line(data: bytes, reason: str) -> None:
    with pytest.raises(ImportRefused) as caught:
        parse_bytes("bad.pdf", data)
    assert caught.value.reason.startswith(reason)
    assert "\n" not in str(caught.value) and not isinstance(caught.value, NeedsPassword)


@pytest.mark.parametrize("keep", [0.2, 0.5, 0.9])
def test_a_truncated_pdf_is_refused(qapp: Any, keep: float) -> None:
    data = pdf_samples.book()
    with pytest.raises(ImportRefused, match="not a PDF or damaged: "):
        parse_bytes("cut.pdf", data[: int(len(data) * keep)])


def test_too_many_pages_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_import, "MAX_PAGES", 2)
    data = RawPdf([RawPage([(72, 700, 11, "Words.")]) for _ in range(3)]).build()
    with pytest.raises(ImportRefused, match=r"too many pages \(3; the limit is 2\)"):
        parse_bytes("long.pdf", data)


# -- the rules on made-up geometry (pdf_layout, pdf_paragraphs) ----------------------

def seg(text: str, x0: float, y: float, x1: float | None = None, size: float = 10) -> Segment:
    return Segment(text, x0, x1 if x1 is not None else x0 + 5 * len(text), y, size)


def test_a_header_naming_each_section_is_dropped_by_its_height() -> None:
    """Section names change, but most lines at that height repeat: all of them go."""
    names = ["Alpha"] * 3 + ["Beta"] * 3 + ["Gamma"]
    pages = [Page(n, 0, 0, 600, 800, [seg(f"{name} {n}", 72, 770),
                                      seg(f"Prose of page {n} begins here.", 72, 700),
                                      seg("and it goes on.", 72, 688)])
             for n, name in enumerate(names, 1)]
    lines = lay_out(pages)
    assert [line.text for line in lines if line.page == 7] == \
        ["Prose of page 7 begins here.", "and it goes on."]


def test_the_first_line_of_each_page_is_no_header_however_it_repeats() -> None:
    pages = [Page(n, 0, 0, 600, 800, [seg("The same opening words", 72, 770),
                                      seg("follow at the usual spacing.", 72, 758)])
             for n in range(1, 5)]
    assert len(lay_out(pages)) == 8


def test_columns_need_lines_of_prose_on_both_sides() -> None:
    words = "some words of prose set in a column"
    prose = [seg(words, 72, 700 - 12 * i) for i in range(6)] + \
        [seg(words, 300, 700 - 12 * i) for i in range(6)]
    assert len(column_edges(prose)) == 3
    cells = [seg("Name", 72, 700 - 12 * i) for i in range(6)] + \
        [seg("a value of some length" if i % 2 else "v", 300, 700 - 12 * i) for i in range(6)]
    assert len(column_edges(cells)) == 2  # a table's cells are not columns


def line(text: str, x0: float, y: float, x1: float, page: int = 1, size: float = 10,
         flow: int = 1) -> Line:
    return Line(text, x0, x1, y, size, False, False, page, flow, 72, 500)


def test_a_short_line_ends_its_paragraph_where_the_next_word_would_fit() -> None:
    lines = [line("a full line of prose that reaches the edge", 72, 700, 500),
             line("ends here.", 72, 688, 150),
             line("Another paragraph starts without indent", 72, 676, 500),
             line("and ends.", 72, 664, 140)]
    found = [b.text for b in make_blocks(lines, [])]
    assert found == ["a full line of prose that reaches the edge ends here.",
                     "Another paragraph starts without indent and ends."]


def test_footnotes_wait_until_the_sentence_they_broke_is_over() -> None:
    lines = [line("The keeper climbed the stairs of the tower, and when he came to the", 72,
                  700, 500),
             line("top he looked out over the sea for the last ship of the", 72, 688, 500),
             line("1 A footnote in small print.", 72, 80, 200, size=8, flow=2),
             line("season, which was late.", 72, 760, 190, page=2, flow=3),
             line("A new paragraph on the second page begins here.", 90, 748, 500, page=2,
                  flow=3)]
    found = [(b.page, b.text) for b in make_blocks(lines, [])]
    assert found == [
        (1, "The keeper climbed the stairs of the tower, and when he came to the top he "
            "looked out over the sea for the last ship of the season, which was late."),
        (1, "1 A footnote in small print."),
        (2, "A new paragraph on the second page begins here.")]


def test_a_first_line_hanging_out_of_its_paragraph_stays_with_it() -> None:
    """A footnote's number or a definition's term before an indented paragraph."""
    lines = [line("1 A note whose number hangs out of its text, which fills the line", 72,
                  700, 500),
             line("and goes on under it.", 82, 688, 200),
             line("2 Another note.", 72, 676, 160)]
    assert [b.text for b in make_blocks(lines, [])] == [
        "1 A note whose number hangs out of its text, which fills the line and goes on "
        "under it.", "2 Another note."]


def test_a_full_sentence_then_an_indented_line_is_two_paragraphs() -> None:
    """Unless the paragraph before hung the same way: a list of definitions."""
    lines = [line("A paragraph of one line that ends its sentence at the very edge.", 72,
                  700, 500),
             line("An indented paragraph follows.", 90, 688, 240)]
    assert len(make_blocks(lines, [])) == 2
    terms = [line("alpha.mk The first term, whose text hangs under it as a definition", 72,
                  700, 500), line("does, to its end.", 102, 688, 180),
             line("beta.mk The second term, whose line ends its sentence at the edge.", 72,
                  676, 500), line("More of the second definition.", 102, 664, 250)]
    assert [b.text[:8] for b in make_blocks(terms, [])] == ["alpha.mk", "beta.mk "]


def test_hyphens_kept_before_capitals_and_soft_hyphens_dropped() -> None:
    page = RawPage([(72, 700, 11, "A line that breaks the word exam\xad"),
                    (72, 686, 11, "ple across two lines, then the Franco-"),
                    (72, 672, 11, "Prussian war, the light-"),
                    (72, 658, 11, "house and ISO-"),
                    (72, 644, 11, "8859 tables of binN-"),
                    (72, 630, 11, "MUs.")])
    doc = parse_bytes("hyphens.pdf", RawPdf([page]).build())
    assert doc.body.text == ("A line that breaks the word example across two lines, then the "
                             "Franco-Prussian war, the lighthouse and ISO-8859 tables of "
                             "binNMUs.")


def test_a_superscript_is_on_its_line(qapp: Any) -> None:
    from PySide6.QtGui import QFontMetricsF

    pdf = pdf_samples.QtPdf()
    pdf.text(72, 100, "A sentence with a note", 11)
    width = QFontMetricsF(pdf.font(11)).horizontalAdvance("A sentence with a note")
    pdf.text(72 + width, 96, "3", 7)
    pdf.text(72, 114, "and its end.", 11)
    assert parse_bytes("sup.pdf", pdf.finish()).body.text == \
        "A sentence with a note3 and its end."


def test_a_line_of_prose_with_a_word_of_code_stays_prose(qapp: Any) -> None:
    """Code set smaller and monospaced at a line's start neither ends the paragraph
    nor makes the line preformatted."""
    pdf = pdf_samples.QtPdf()
    pdf.text(72, 100, "The keeper wrote his log with a pen and the command", 11)
    pdf.text(72, 114, "log_entry", 9, pdf_samples.MONO)
    pdf.text(130, 114, "and read it aloud on the first evening of the month.", 11)
    doc = parse_bytes("code.pdf", pdf.finish())
    assert blocks(doc) == [("paragraph", 0, 1, "The keeper wrote his log with a pen and the "
                            "command log_entry and read it aloud on the first evening of the "
                            "month.")]


def test_an_outline_title_over_two_lines_is_one_heading() -> None:
    lines = [line("A Title That Runs", 72, 700, 300, size=16),
             line("Over Two Lines", 72, 680, 260, size=16),
             line("Body text under it.", 72, 640, 200)]
    found = make_blocks(lines, [OutlineTarget(2, "A title that runs over two lines", 1)])
    assert [(b.kind, b.level, b.text, b.outline) for b in found] == [
        ("heading", 2, "A Title That Runs Over Two Lines", [0]),
        ("paragraph", 0, "Body text under it.", [])]


# -- through the library and the command line ----------------------------------------

def test_cli_imports_lists_and_shows_a_pdf(cli: Any, qapp: Any, tmp_path: Path) -> None:
    path = tmp_path / "keeper.pdf"
    path.write_bytes(pdf_samples.book())
    code, out, err = cli("import", str(path), seeds=False)
    assert code == 0, err
    assert out.startswith("added ") and pdf_samples.TITLE in out
    code, out, _ = cli("list", "--json", seeds=False)
    listed = json.loads(out)
    rows = listed if isinstance(listed, list) else listed["documents"]
    assert [row["title"] for row in rows] == [pdf_samples.TITLE]
    code, out, _ = cli("show", rows[0]["id"], seeds=False)
    assert code == 0
    assert f"# {pdf_samples.TITLE}" in out and pdf_samples.BROKEN_TEXT in out
    assert pdf_samples.HEADER not in out


def test_cli_refuses_an_encrypted_pdf_in_one_line(cli: Any, tmp_path: Path) -> None:
    path = tmp_path / "locked.pdf"
    path.write_bytes(encrypted())
    code, out, err = cli("import", str(path), seeds=False)
    assert code == 1 and out == ""
    assert [line for line in err.splitlines() if line.strip()] == \
        [f"marginalia: {path}: encrypted: needs a password"]


def test_pypdfium2_is_imported_by_the_pdf_importer_only() -> None:
    users = sorted(str(p.relative_to(ROOT)) for folder in ("reader", "index", "ui")
                   for p in (ROOT / folder).rglob("*.py")
                   if re.search(r"^\s*(?:import|from)\s+pypdfium2", p.read_text(), re.M))
    assert users == ["reader/importers/pdf_import.py", "reader/importers/pdf_text.py",
                     "reader/pdf_pages.py"]


# -- Debian's own PDFs, where installed ----------------------------------------------

TASN1 = Path("/usr/share/doc/libtasn1-doc/libtasn1.pdf")  # apt-get install libtasn1-doc
DEVREF = Path("/usr/share/developers-reference/developers-reference.pdf")  # developers-reference


@pytest.mark.skipif(not TASN1.exists(), reason="libtasn1-doc is not installed")
def test_a_texinfo_manual_with_outline_and_roman_labels() -> None:
    doc = parse_bytes(TASN1.name, TASN1.read_bytes())
    assert doc.body.pages[:4] == ("T-1", "T-2", "i", "1")
    heads = {text for kind, _, _, text in blocks(doc) if kind == "heading"}
    assert {"1 Introduction", "2.1 ASN.1 syntax", "3 Utilities"} <= heads
    entry = next(e for e in doc.body.outline if e.title == "1 Introduction")
    assert doc.body.text.startswith("1 Introduction\n\nThis document describes", entry.offset)
    intro = next(text for text in texts(doc) if text.startswith("This document describes"))
    assert intro.endswith("encoding and decoding functions.")  # lines and pages joined
    assert not [t for t in texts(doc) if t.startswith("Chapter 2: ASN.1")]  # running heads


@pytest.mark.skipif(not DEVREF.exists(), reason="developers-reference is not installed")
def test_a_sphinx_book_reads_well() -> None:
    doc = parse_bytes(DEVREF.name, DEVREF.read_bytes())
    assert doc.title == "Debian Developer's Reference"
    assert doc.body.pages[2:5] == ("i", "ii", "iii")
    assert "Debian Developer's Reference, Release" not in doc.body.text.replace("’", "'")[200:]
    assert any(text.startswith("Firstly, subscribe to debian-devel@lists.debian.org")
               and "list administrator at" in text for text in texts(doc))
    assert len(doc.body.outline) > 200 and doc.warnings == ()
