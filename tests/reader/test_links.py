"""Links inside a document resolved at import (issue 17): EPUB, HTML, Markdown."""

from __future__ import annotations

from reader.importers import ParsedDocument, links, parse_bytes
from reader.text import DocumentText, Mark
from tests.reader.test_epub_import import chapter, epub, opf


def targets(doc: ParsedDocument) -> list[tuple[str, str, str]]:
    """Each link: its words, its href, and the line its target starts (or "")."""
    text = doc.body.text
    out = []
    for mark in doc.body.marks:
        if mark.kind != "link":
            continue
        to = mark.attrs.get("to")
        line = ""
        if to is not None:
            start = int(to)
            end = text.find("\n", start)
            line = text[start:end if end >= 0 else None]
        out.append((text[mark.start:mark.end], mark.attrs["href"], line))
    return out


def _book() -> bytes:
    files: dict[str, str | bytes] = {
        "OEBPS/content.opf": opf([("c1", "text/c1.xhtml"), ("c2", "text/c2.xhtml"),
                                  ("n", "notes/notes.xhtml")],
                                 '<itemref idref="c1"/><itemref idref="c2"/>'
                                 '<itemref idref="n" linear="no"/>'),
        "OEBPS/text/c1.xhtml": chapter(
            '<h1>One</h1><p>See <a href="c2.xhtml#later">the later part</a>, a note'
            '<a href="../notes/notes.xhtml#n1" id="r1">1</a>, '
            '<a href="c2.xhtml">chapter two</a> and <a href="#top">here</a>.</p>'
            '<p id="top">Top of nothing.</p>'
            '<p><a href="https://example.org/x">away</a></p>'),
        "OEBPS/text/c2.xhtml": chapter(
            '<h1>Two</h1><p>Filler words.</p><h2 id="later">Later part</h2><p>More.</p>'
            '<p><a href="c1.xhtml#r1">back to one</a></p>'),
        "OEBPS/notes/notes.xhtml": chapter(
            '<p>Preface to the notes.</p><p id="n1">The first note.</p>')}
    return epub(files)


def test_epub_cross_chapter_links_footnotes_and_backlinks() -> None:
    got = targets(parse_bytes("book.epub", _book()))
    assert ("the later part", "c2.xhtml#later", "Later part") in got
    assert ("1", "../notes/notes.xhtml#n1", "The first note.") in got
    assert ("chapter two", "c2.xhtml", "Two") in got
    assert ("here", "#top", "Top of nothing.") in got
    # a back link into a chapter read before the one it is in
    back = next(t for t in got if t[0] == "back to one")
    assert back[2].startswith("1, chapter two")
    assert ("away", "https://example.org/x", "") in got  # external: left as it is


def test_epub_link_to_an_id_no_element_has_lands_at_its_file() -> None:
    files: dict[str, str | bytes] = {
        "OEBPS/content.opf": opf([("c1", "a.xhtml"), ("c2", "b.xhtml")],
                                 '<itemref idref="c1"/><itemref idref="c2"/>'),
        "OEBPS/a.xhtml": chapter('<p><a href="b.xhtml#gone">lost</a> and '
                                 '<a href="#gone">nowhere</a></p>'),
        "OEBPS/b.xhtml": chapter("<p>Second file.</p>")}
    got = targets(parse_bytes("b.epub", epub(files)))
    assert ("lost", "b.xhtml#gone", "Second file.") in got
    assert ("nowhere", "#gone", "") in got  # no such id, no such heading: not resolved


def test_html_table_of_contents_of_anchors() -> None:
    page = ("<html><body><article><p>Contents</p><ul><li><a href='#intro'>Intro</a></li>"
            "<li><a href='#use'>Use it</a></li><li><a href='#Odd%20Name'>Odd</a></li>"
            "</ul><h2 id='intro'>Introduction</h2><p>" + "Words here. " * 30 +
            "</p><h2 id='use'>Using</h2><p>" + "More words. " * 30 + "</p>"
            "<h2>Odd Name</h2><p>Last.</p><p><a href='other.html#x'>elsewhere</a></p>"
            "</article></body></html>")
    got = targets(parse_bytes("page.html", page.encode()))
    assert ("Intro", "#intro", "Introduction") in got
    assert ("Use it", "#use", "Using") in got
    assert ("Odd", "#Odd%20Name", "Odd Name") in got  # no id: the heading's slug
    assert ("elsewhere", "other.html#x", "") in got  # another page: not inside this one


def test_markdown_links_to_headings_by_slug() -> None:
    raw = ("# Guide\n\nJump to [setup](#set-up-the-tool) or [faq](#faq) or "
           "[the second faq](#faq-1) or [nothing](#none).\n\n"
           "## Set up the tool!\n\nSteps.\n\n## FAQ\n\nOne.\n\n## FAQ\n\nTwo.\n")
    got = targets(parse_bytes("guide.md", raw.encode()))
    assert ("setup", "#set-up-the-tool", "Set up the tool!") in got
    faqs = [t for t in got if t[0] in ("faq", "the second faq")]
    assert [t[2] for t in faqs] == ["FAQ", "FAQ"]
    body = parse_bytes("guide.md", raw.encode()).body
    first, second = (int(m.attrs["to"]) for m in body.marks
                     if m.attrs.get("href", "").startswith("#faq"))
    assert first < second
    assert ("nothing", "#none", "") in got


def test_resolve_keeps_a_known_target_and_skips_other_marks() -> None:
    body = DocumentText("Head\n\nsee", marks=(Mark(6, 9, "link", {"href": "#x", "to": "0"}),
                                               Mark(0, 4, "strong")))
    assert links.resolve(body, {"#x": 5}) .marks == body.marks
    assert links.slug("  Hello, World! ") == "hello-world"
    assert links.is_external("mailto:a@b.c") and not links.is_external("#a")
