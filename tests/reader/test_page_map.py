"""The page map: canonical offsets <-> a PDF's page characters, aligned through what
the importer changed (running heads dropped, hyphens mended, lines joined), and the
boxes a highlight is painted with; the pages read by pdfium (reader/pdf_pages.py)."""

from __future__ import annotations

from array import array
from pathlib import Path
from typing import Any

import pytest

from reader.errors import NeedsPassword, OriginalUnreadable
from reader.importers import parse_bytes
from reader.page_map import PageChars, PageMap, char_at, char_below, keys, rects
from reader.pdf_pages import PdfPages
from tests.reader import pdf_samples
from tests.reader.pdf_samples import RawPdf, raw_text_page

CANON = ("The keeper wrote that the storm was extraordinary and long.\n\n"
         "Second paragraph, on page two, goes on here.")
PAGES = ["The Keeper's Log Book\r\nThe keeper wrote that the storm was extra\x02\r\n"
         "ordinary and long.\r\n1",
         "The Keeper's Log Book\r\nSecond paragraph, on page\r\ntwo, goes on here.\r\n2"]


def test_keys_fold_case_and_keep_only_letters_and_digits() -> None:
    found, where = keys("Aß-1 x")
    assert found == "ass1x"
    assert list(where) == [0, 1, 1, 3, 5]


def test_offsets_find_their_page_characters_past_heads_and_mended_hyphens() -> None:
    pages = PageMap(CANON, PAGES)
    for word in ("keeper", "storm", "ordinary", "long", "Second", "two", "here"):
        offset = CANON.index(word, 4 if word == "keeper" else 0)
        page, char = pages.locate(offset)
        assert PAGES[page][char:char + len(word)] == word
        assert pages.offset_at(page, char) == offset
    assert pages.page_of(CANON.index("Second")) == 1
    assert pages.page_top(1) == CANON.index("Second")
    assert pages.page_top(0) == 0


def test_a_span_across_a_page_break_is_cut_per_page() -> None:
    pages = PageMap(CANON, PAGES)
    start, end = CANON.index("long"), CANON.index("paragraph") + len("paragraph")
    spans = pages.spans(start, end)
    assert [s.page for s in spans] == [0, 1]
    assert PAGES[0][spans[0].start:spans[0].end] == "long"
    assert PAGES[1][spans[1].start:spans[1].end] == "Second paragraph"
    mended = pages.spans(CANON.index("extraordinary"), CANON.index(" and"))
    assert PAGES[0][mended[0].start:mended[0].end] == "extra\x02\r\nordinary"


def test_a_stretch_that_differs_is_interpolated_between_its_neighbours() -> None:
    canon = "alpha beta gamma delta epsilon zeta eta theta iota kappa"
    page = canon.replace("delta epsilon", "dXlta epsXlon")  # e.g. glyphs without Unicode
    pages = PageMap(canon, [page])
    assert pages.anchored < len(keys(canon)[0])
    offset = canon.index("zeta")
    assert pages.locate(offset) == (0, page.index("zeta"))
    inside = pages.locate(canon.index("epsilon"))[1]
    assert page.index("gamma") < inside < page.index("zeta")


def test_text_missing_from_the_pages_is_skipped_and_the_text_after_it_found() -> None:
    before = "The first part tells of the harbour and its boats. "
    missing = "Nothing of this sentence was ever drawn on any page of the file at all. " * 3
    after = "The last part tells of the lighthouse and its keeper, who kept a log. "
    echo = "An index far ahead repeats: the lighthouse and its keeper, who kept a log."
    pages = PageMap(before + missing + after, [before, "x " * 300 + after, echo])
    offset = len(before + missing) + after.index("lighthouse")
    assert pages.locate(offset) == (1, 600 + after.index("lighthouse"))
    assert pages.page_of(len(before)) == 0  # the missing text stays by what precedes it


def test_nothing_to_align_maps_to_the_first_page() -> None:
    pages = PageMap("", ["", ""])
    assert pages.locate(5) == (0, 0)
    assert pages.spans(0, 3) == []
    assert pages.offset_at(1, 0) == 0


def _chars(text: str, boxes: list[tuple[float, float, float, float]]) -> PageChars:
    return PageChars(text, array("f", [v for box in boxes for v in box]))


def test_boxes_merge_into_one_per_line_and_not_across_a_gutter() -> None:
    line = [(10.0 + 6 * i, 700.0, 16.0 + 6 * i, 712.0) for i in range(3)]
    far = [(300.0, 700.0, 306.0, 712.0)]
    below = [(10.0, 680.0, 16.0, 692.0)]
    chars = _chars("abc de", [*line, (0, 0, 0, 0), *far, *below])
    assert rects(chars, 0, 6) == [(10.0, 700.0, 28.0, 712.0), (300.0, 700.0, 306.0, 712.0),
                                  (10.0, 680.0, 16.0, 692.0)]
    assert char_at(chars, 12, 705) == 0
    assert char_at(chars, 29, 706) == 2  # past the line's end: its last character
    assert char_at(chars, 12, 686) == 5
    assert char_below(chars, 695) == 5


@pytest.fixture(scope="module")
def book_file(qapp: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "keeper.pdf"
    path.write_bytes(pdf_samples.book())
    return path


def test_a_real_pdf_every_block_lies_on_its_page(book_file: Path) -> None:
    doc = parse_bytes(book_file.name, book_file.read_bytes())
    pdf = PdfPages(book_file)
    try:
        assert pdf.page_count == 5
        assert pdf.sizes[0] == pytest.approx(pdf_samples.A4)
        pages = PageMap(doc.body.text, pdf.texts())
        for block in doc.body.blocks:
            assert pages.page_of(block.start) == block.page - 1
        start = doc.body.text.index("extraordinary")
        (span,) = pages.spans(start, start + len("extraordinary"))
        chars = pdf.chars(span.page)
        shown = chars.text[span.start:span.end]
        assert "".join(ch for ch in shown if ch.isalpha()) == "extraordinary"
        assert shown != "extraordinary"  # pdfium's mark of the broken word is inside
        boxes = rects(chars, span.start, span.end)
        assert len(boxes) == 2 and boxes[0][1] > boxes[1][1]  # two lines, the first above
        left, bottom, right, top = boxes[0]
        hit = char_at(chars, (left + right) / 2, (bottom + top) / 2)
        assert hit is not None and span.start <= hit < span.end
        raster = pdf.render(0, 0.5)
        assert (raster.width, raster.height) == (298, 421)
        assert raster.stride >= 4 * raster.width
        assert len(raster.data) == raster.stride * raster.height
    finally:
        pdf.close()


def test_an_encrypted_pdf_needs_its_password_and_a_damaged_one_is_refused(
        tmp_path: Path) -> None:
    locked = tmp_path / "locked.pdf"
    locked.write_bytes(RawPdf([raw_text_page("Secret", ["Words."])], user_password="pw").build())
    with pytest.raises(NeedsPassword, match="locked.pdf: encrypted"):
        PdfPages(locked)
    opened = PdfPages(locked, password="pw")
    assert opened.page_count == 1
    opened.close()
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(b"%PDF-1.4 not really")
    with pytest.raises(OriginalUnreadable, match="damaged.pdf: not a PDF or damaged"):
        PdfPages(damaged)
    with pytest.raises(OriginalUnreadable, match="gone.pdf: cannot read"):
        PdfPages(tmp_path / "gone.pdf")
