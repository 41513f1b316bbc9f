"""The original of an EPUB or a web page as safe HTML (issue 17), and the alignment of
its rendering with the canonical text."""

from __future__ import annotations

import re
import struct
import zlib
from pathlib import Path

import pytest

from reader.errors import OriginalUnreadable
from reader.importers import parse_bytes
from reader.original_source import MAX_DATA_URL, read_original
from reader.text_alignment import Alignment
from tests.reader.test_epub_import import chapter, epub, opf


def png() -> bytes:
    """A 1×1 PNG, written by hand: no imaging library in the domain's tests."""
    def part(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data)))
    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + part(b"IHDR", header)
            + part(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + part(b"IEND", b""))


HOSTILE = """<h1>The Harbour</h1>
<script>document.write('ran')</script>
<iframe src="http://tracker.example/frame"></iframe>
<link rel="stylesheet" href="http://tracker.example/style.css"/>
<style>@import url("http://tracker.example/more.css"); p { color: red }</style>
<style>p { margin: 0 }</style>
<p onclick="steal()" style="background: url(http://tracker.example/bg.png)">Boats
  <img src="http://tracker.example/pixel.png" alt="A remote pixel"/> rest here.</p>
<p><img src="../images/map.png" alt="The map"/> <img src="file:///etc/passwd" alt="Local"/></p>
<form action="http://tracker.example/post"><p>Inside a form.</p><input name="q"/></form>
<object data="http://tracker.example/flash.swf">fallback</object>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
  <image xlink:href="../images/map.png"/></svg>"""


def book(tmp_path: Path, name: str = "book.epub") -> Path:
    items = [("one", "text/one.xhtml"), ("two", "text/two.xhtml")]
    data = epub({
        "OEBPS/content.opf": opf(items, '<itemref idref="one"/><itemref idref="two"/>',
                                 extra_manifest='<item id="map" href="images/map.png" '
                                                'media-type="image/png"/>'),
        "OEBPS/text/two.xhtml": chapter("<p>The second chapter.</p>"),
        "OEBPS/text/one.xhtml": chapter(HOSTILE),
        "OEBPS/images/map.png": png(),
    })
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_nothing_that_runs_or_fetches_reaches_the_html(tmp_path: Path) -> None:
    shown = read_original(book(tmp_path))
    html = shown.html
    for gone in ("tracker.example", "<script", "<iframe", "<link", "@import", "<object",
                 "onclick", "<input", "<form", "file:", "<svg", "xmlns"):
        assert gone not in html, gone
    assert "A remote pixel" in html and "Local" in html  # shown as their alt text
    assert "p { margin: 0 }" in html  # a style that fetches nothing stays
    assert "Inside a form." in html and "Boats" in html
    assert html.count('src="epub:/OEBPS/images/map.png"') == 2  # the img and the svg cover
    assert shown.image("OEBPS/images/map.png") == png()
    assert shown.image("OEBPS/text/one.xhtml") is None  # not an image the HTML names
    assert shown.image("META-INF/container.xml") is None
    shown.close()


def test_chapters_in_spine_order_not_zip_order(tmp_path: Path) -> None:
    html = read_original(book(tmp_path)).html
    assert html.index("The Harbour") < html.index("The second chapter.")


def test_a_small_data_image_stays_a_huge_one_is_its_alt(tmp_path: Path) -> None:
    small = "data:image/png;base64,iVBORw0KGgo="
    huge = "data:image/png;base64," + "A" * MAX_DATA_URL
    page = tmp_path / "page.html"
    page.write_text(f'<p><img src="{small}" alt="small"/><img src="{huge}" alt="Huge one"/>'
                    '<img src="photo.jpg" alt="A relative photo"/></p>', encoding="utf-8")
    html = read_original(page).html
    assert small in html and "A" * 1000 not in html
    assert "Huge one" in html and "A relative photo" in html and "photo.jpg" not in html


def test_a_web_page_is_sanitised_the_same_way(tmp_path: Path) -> None:
    page = tmp_path / "post.html"
    page.write_text(f"<html><head><title>T</title><script>x()</script>"
                    f'<link rel="stylesheet" href="https://cdn.example/site.css"></head>'
                    f"<body>{HOSTILE}</body></html>", encoding="utf-8")
    html = read_original(page).html
    assert "tracker.example" not in html and "cdn.example" not in html
    assert "<script" not in html and "<title" not in html
    assert "The map" in html and "epub:" not in html  # one file: its images are alt texts


def test_markdown_renders_without_its_remote_images(tmp_path: Path) -> None:
    note = tmp_path / "notes.md"
    note.write_text("# Title\n\nSome *text* ![a chart](https://img.example/c.png)\n\n"
                    "<script>alert(1)</script>\n", encoding="utf-8")
    html = read_original(note).html
    assert "<h1>Title</h1>" in html and "<em>text</em>" in html
    assert "img.example" not in html and "a chart" in html and "<script" not in html


@pytest.mark.parametrize(("content", "reason"), [
    (None, "cannot read (no such file or folder)"),
    (b"not a zip at all", "not an EPUB (not a zip archive)"),
    (epub({}, container=False), "not an EPUB (no META-INF/container.xml)"),
])
def test_a_missing_or_damaged_epub_says_so_in_one_line(
        tmp_path: Path, content: bytes | None, reason: str) -> None:
    path = tmp_path / "0123abcd.epub"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(OriginalUnreadable) as caught:
        read_original(path, "Moby Dick.epub")
    assert str(caught.value) == f"Moby Dick.epub: {reason}"
    assert "\n" not in str(caught.value)


def test_an_unshowable_type_is_refused_in_words(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("plain", encoding="utf-8")
    with pytest.raises(OriginalUnreadable, match=r"^a\.txt: no rendering of \.txt"):
        read_original(path)


def test_the_import_and_the_original_read_the_same_book(tmp_path: Path) -> None:
    """Tags stripped, the HTML reads as the canonical text: each line is found."""
    path = book(tmp_path)
    canonical = parse_bytes(path.name, path.read_bytes()).body.text
    rendered = re.sub(r"<[^>]+>", " ", read_original(path).html)
    align = Alignment(canonical, rendered)
    for line in ("The Harbour", "Boats A remote pixel rest here", "Inside a form",
                 "The second chapter"):
        assert " ".join(span_of(align, canonical, rendered, line).split()) == line


# -- the alignment, on plain strings ------------------------------------------------

def span_of(align: Alignment, canonical: str, rendered: str, phrase: str) -> str:
    start = canonical.index(phrase)
    lo = align.to_rendered(start)
    hi = align.to_rendered(start + len(phrase), end=True)
    return rendered[lo:hi]


def test_whitespace_and_line_breaks_differ() -> None:
    canonical = "A first paragraph, rather long, of words.\nAnd a second one here."
    rendered = "A  first\u00a0paragraph,\n rather long,\tof words.\n\n\nAnd a second one here.\n"
    align = Alignment(canonical, rendered)
    assert span_of(align, canonical, rendered, "paragraph, rather long") == \
        "paragraph,\n rather long"
    assert span_of(align, canonical, rendered, "second") == "second"
    start = rendered.index("rather")
    assert align.to_canonical(start) == canonical.index("rather")
    assert align.to_canonical(start + 6, end=True) == canonical.index("rather") + 6


def test_chrome_the_article_dropped_is_skipped() -> None:
    canonical = "Introduction\nThe article begins with a sentence long enough to anchor."
    rendered = ("Home Introduction About Contact\nIntroduction\n"
                "The article begins with a sentence long enough to anchor.\nFooter © 2024")
    align = Alignment(canonical, rendered)
    heading = align.to_rendered(0)
    assert heading == rendered.index("Introduction\n")  # not the menu's "Introduction"
    assert span_of(align, canonical, rendered, "begins with") == "begins with"
    assert align.to_canonical(rendered.index("Footer")) == len(canonical)


def test_hyphens_soft_hyphens_and_list_numbers() -> None:
    canonical = ("A well-known fact, recognized by everyone who reads.\n"
                 "1. first item of the list\n2. second item of the list")
    rendered = ("A well\u2011known fact, recog\u00adnized by every-\none who reads.\n"
                "first item of the list\nsecond item of the list")
    align = Alignment(canonical, rendered)
    assert span_of(align, canonical, rendered, "well-known") == "well\u2011known"
    assert span_of(align, canonical, rendered, "recognized") == "recog\u00adnized"
    assert span_of(align, canonical, rendered, "everyone") == "every-\none"
    assert span_of(align, canonical, rendered, "second item") == "second item"


def test_text_only_the_canonical_reading_has_is_interpolated() -> None:
    """An image's alt text is in the canonical text, not in the rendering (an object
    character there): the words around it still land exactly, and in order."""
    canonical = "Before the picture words run on. The lighthouse at dusk After it words go on."
    rendered = "Before the picture words run on. \ufffc After it words go on."
    align = Alignment(canonical, rendered)
    assert span_of(align, canonical, rendered, "After it words") == "After it words"
    inside = align.to_rendered(canonical.index("lighthouse"))
    assert rendered.index("on.") < inside <= rendered.index("After")


def test_case_astral_characters_and_empty_texts() -> None:
    canonical = "Straße 😉 and ÉCOLE, more words to make it long"
    rendered = "STRASSE? no: straße 😉 and école, more words to make it long"
    align = Alignment(canonical, rendered)
    assert span_of(align, canonical, rendered, "ÉCOLE") == "école"
    assert Alignment("", "").to_rendered(0) == 0
    assert Alignment("words", "").to_rendered(3) == 0
    assert Alignment("", "words").to_canonical(3) == 0


def test_both_directions_agree_on_matched_text() -> None:
    words = [f"word{n} " + ("alpha beta gamma " if n % 3 else "") for n in range(300)]
    canonical = "\n".join(words)
    rendered = "  ".join(w.upper() for w in words)
    align = Alignment(canonical, rendered)
    for n in range(0, 300, 17):
        start = canonical.index(f"word{n} ")
        there = align.to_rendered(start)
        assert rendered[there:there + len(f"word{n}")] == f"WORD{n}"
        assert align.to_canonical(there) == start
