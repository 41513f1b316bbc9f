"""EPUB import (issue 15): package files, spine order, blocks, refusals, a real book."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from reader.errors import ImportRefused
from reader.importers import (
    SUPPORTED_EXTENSIONS,
    ParsedDocument,
    epub_import,
    parse_bytes,
)

CONTAINER = """<?xml version="1.0"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles><rootfile full-path="OEBPS/content.opf"
    media-type="application/oebps-package+xml"/></rootfiles>
</container>"""

XHTML = """<?xml version="1.0" encoding="utf-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"
      xml:lang="en"><head><title>ignored head title</title>
<style>p {{ color: red }}</style></head>
<body>{body}</body></html>"""


def opf(items: list[tuple[str, str]], spine: str, version: str = "3.0",
        metadata: str = "", extra_manifest: str = "") -> str:
    manifest = "".join(f'<item id="{i}" href="{h}" media-type="application/xhtml+xml"/>'
                       for i, h in items)
    meta = metadata or ("<dc:title>A Small Book</dc:title><dc:creator>Ada Writer</dc:creator>"
                        "<dc:language>en</dc:language>")
    return f"""<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="{version}" unique-identifier="id">
 <metadata xmlns:dc="http://purl.org/dc/elements/1.1/"
           xmlns:opf="http://www.idpf.org/2007/opf">{meta}</metadata>
 <manifest>{manifest}{extra_manifest}</manifest>
 <spine toc="ncx">{spine}</spine>
</package>"""


def epub(files: dict[str, str | bytes], *, container: bool = True) -> bytes:
    """A zip with ``mimetype`` first, then the files in the order given."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        if container:
            zf.writestr("META-INF/container.xml", CONTAINER)
        for path, data in files.items():
            zf.writestr(path, data)
    return out.getvalue()


def chapter(body: str) -> str:
    return XHTML.format(body=body)


def blocks(doc: ParsedDocument) -> list[tuple[str, str]]:
    return [(b.kind, doc.body.text[b.start:b.end]) for b in doc.body.blocks]


def test_epub_is_a_supported_extension() -> None:
    assert ".epub" in SUPPORTED_EXTENSIONS


def test_epub3_metadata_blocks_and_marks() -> None:
    body = """<h1>Chapter One</h1>
    <p>It was a <em>dark</em> night; see <a epub:type="noteref" href="#n1">note</a>.</p>
    <script>alert('never')</script>
    <ul><li>first item</li><li>second item</li></ul>
    <ol><li>counted</li></ol>
    <blockquote><p>A quoted line.</p></blockquote>
    <pre><code>def f():\n    return 1</code></pre>
    <figure><img src="a.png" alt="A lighthouse at dusk"/>
      <figcaption>The lighthouse.</figcaption></figure>
    <aside epub:type="footnote" id="n1"><p>The footnote text.</p></aside>"""
    nav = chapter('<nav epub:type="toc"><ol><li><a href="c1.xhtml">NAV ENTRY</a></li></ol></nav>')
    data = epub({
        "OEBPS/content.opf": opf([("c1", "c1.xhtml")], '<itemref idref="c1"/>',
                                 extra_manifest='<item id="nav" href="nav.xhtml" '
                                 'properties="nav" media-type="application/xhtml+xml"/>'),
        "OEBPS/nav.xhtml": nav,
        "OEBPS/c1.xhtml": chapter(body),
    })
    doc = parse_bytes("small.epub", data)
    assert doc.title == "A Small Book"
    assert doc.authors == ("Ada Writer",)
    assert doc.languages == ("en",)
    got = blocks(doc)
    assert got[0] == ("heading", "Chapter One")
    assert ("paragraph", "It was a dark night; see note.") in got
    assert ("list_item", "first item") in got and ("list_item", "counted") in got
    assert ("quote", "A quoted line.") in got
    assert ("code", "def f():\n    return 1") in got
    assert ("paragraph", "The lighthouse.") in got
    assert any("A lighthouse at dusk" in text for _, text in got)
    assert got[-1] == ("paragraph", "The footnote text.")  # its own block
    text = doc.body.text
    assert "alert" not in text and "color" not in text and "ignored head title" not in text
    assert "NAV ENTRY" not in text  # the nav document is not in the spine
    ordered = [b for b in doc.body.blocks if text[b.start:b.end] == "counted"]
    assert ordered[0].level == 1
    kinds = {(m.kind, text[m.start:m.end]) for m in doc.body.marks}
    assert ("emphasis", "dark") in kinds and ("link", "note") in kinds
    assert ("code", "def f():\n    return 1") in kinds


def test_epub2_with_ncx_and_creator_roles() -> None:
    meta = ('<dc:title>Old Book</dc:title>'
            '<dc:creator opf:role="aut">First Author</dc:creator>'
            '<dc:creator opf:role="edt">An Editor</dc:creator>'
            '<dc:creator>Second Author</dc:creator><dc:language>fr-FR</dc:language>')
    ncx = ('<?xml version="1.0"?><ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" '
           'version="2005-1"><navMap><navPoint id="p1"><navLabel><text>NCX LABEL</text>'
           '</navLabel><content src="c1.html"/></navPoint></navMap></ncx>')
    data = epub({
        "OEBPS/content.opf": opf([("c1", "c1.html")], '<itemref idref="c1"/>', "2.0", meta,
                                 '<item id="ncx" href="toc.ncx" '
                                 'media-type="application/x-dtbncx+xml"/>'),
        "OEBPS/toc.ncx": ncx,
        "OEBPS/c1.html": chapter("<h2>Un</h2><p>Le texte du livre est ici.</p>"),
    })
    doc = parse_bytes("old.epub", data)
    assert doc.title == "Old Book"
    assert doc.authors == ("First Author", "Second Author")
    assert blocks(doc) == [("heading", "Un"), ("paragraph", "Le texte du livre est ici.")]
    assert "NCX LABEL" not in doc.body.text


def test_epub3_refined_roles_keep_authors_only() -> None:
    meta = ('<dc:title>T</dc:title><dc:creator id="a">Writer</dc:creator>'
            '<dc:creator id="b">Translator</dc:creator>'
            '<meta refines="#b" property="role" scheme="marc:relators">trl</meta>')
    data = epub({"OEBPS/content.opf": opf([("c", "c.xhtml")], '<itemref idref="c"/>',
                                          metadata=meta),
                 "OEBPS/c.xhtml": chapter("<p>Some words of text here.</p>")})
    assert parse_bytes("t.epub", data).authors == ("Writer",)


def test_spine_order_not_zip_order_and_non_linear_last() -> None:
    items = [("a", "text/a.xhtml"), ("b", "text/b.xhtml"), ("notes", "text/notes.xhtml"),
             ("c", "text/c%20d.xhtml")]
    spine = ('<itemref idref="c"/><itemref idref="notes" linear="no"/>'
             '<itemref idref="a"/><itemref idref="b"/>')
    data = epub({  # written to the zip in another order than the spine's
        "OEBPS/text/a.xhtml": chapter("<p>Second in spine.</p>"),
        "OEBPS/text/notes.xhtml": chapter("<p>Notes come last.</p>"),
        "OEBPS/text/b.xhtml": chapter("<p>Third in spine.</p>"),
        "OEBPS/content.opf": opf(items, spine),
        "OEBPS/text/c d.xhtml": chapter("<p>First in spine.</p>"),
    })
    doc = parse_bytes("order.epub", data)
    assert [t for _, t in blocks(doc)] == ["First in spine.", "Second in spine.",
                                           "Third in spine.", "Notes come last."]


def test_one_file_listed_per_section_is_read_once() -> None:
    items = [("c", "c.xhtml"), ("c2", "c.xhtml#s2")]
    data = epub({"OEBPS/content.opf": opf(items, '<itemref idref="c"/><itemref idref="c2"/>'),
                 "OEBPS/c.xhtml": chapter("<p>Only once, please.</p>")})
    assert parse_bytes("dup.epub", data).body.text == "Only once, please."


def test_xml_lang_on_an_element_sets_its_blocks_language() -> None:
    body = ("<p>This is the English narrative of the book, and it goes on for a while in "
            "the language of the book.</p><p xml:lang=\"fr\">Oui.</p>"
            "<div lang=\"de-AT\"><p>Ja.</p></div><p>And back to the story of the book.</p>")
    data = epub({"OEBPS/content.opf": opf([("c", "c.xhtml")], '<itemref idref="c"/>'),
                 "OEBPS/c.xhtml": chapter(body)})
    doc = parse_bytes("lang.epub", data)
    assert [b.lang for b in doc.body.blocks] == ["en", "fr", "de", "en"]


def test_declared_language_when_no_block_can_be_told() -> None:
    meta = "<dc:title>Kurz</dc:title><dc:language>de</dc:language>"
    data = epub({"OEBPS/content.opf": opf([("c", "c.xhtml")], '<itemref idref="c"/>',
                                          metadata=meta),
                 "OEBPS/c.xhtml": chapter("<p>Xyzzy.</p>")})
    doc = parse_bytes("kurz.epub", data)
    assert doc.languages == ("de",) and doc.body.blocks[0].lang == "de"


def test_broken_xhtml_is_tolerated() -> None:
    broken = ('<html><body><h1>Broken&nbsp;Title<p>Unclosed <b>bold paragraph'
              '<p>Another one<br>with a break</body>')
    data = epub({"OEBPS/content.opf": opf([("c", "c.xhtml")], '<itemref idref="c"/>'),
                 "OEBPS/c.xhtml": broken})
    doc = parse_bytes("broken.epub", data)
    text = doc.body.text
    assert "Broken Title" in text  # no-break space folded as HTML's walker folds it
    assert "Unclosed bold paragraph" in text
    assert "Another one\nwith a break" in text


def test_html_entities_under_an_xhtml_doctype() -> None:
    """EPUB 2 chapters declare XHTML 1.1 and use its entities; no DTD is loaded."""
    page = ('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE html PUBLIC '
            '"-//W3C//DTD XHTML 1.1//EN" "http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd">'
            '<html xmlns="http://www.w3.org/1999/xhtml"><body>'
            '<p>Wait&mdash;what? Caf&eacute; &amp; <i>bar</i>.</p></body></html>')
    data = epub({"OEBPS/content.opf": opf([("c", "c.xhtml")], '<itemref idref="c"/>'),
                 "OEBPS/c.xhtml": page})
    doc = parse_bytes("dtd.epub", data)
    assert doc.body.text == "Wait\u2014what? Caf\u00e9 & bar."
    assert [(m.kind, doc.body.text[m.start:m.end]) for m in doc.body.marks] == [
        ("emphasis", "bar")]


def test_external_entities_are_never_loaded(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET CONTENT")
    page = (f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY x SYSTEM "file://{secret}">]>'
            '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>Before &x; after.</p>'
            '</body></html>')
    data = epub({"OEBPS/content.opf": opf([("c", "c.xhtml")], '<itemref idref="c"/>'),
                 "OEBPS/c.xhtml": page})
    assert "SECRET" not in parse_bytes("xxe.epub", data).body.text


def encryption(algorithm: str) -> str:
    return f"""<?xml version="1.0"?>
<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container"
            xmlns:enc="http://www.w3.org/2001/04/xmlenc#">
 <enc:EncryptedData><enc:EncryptionMethod Algorithm="{algorithm}"/>
  <enc:CipherData><enc:CipherReference URI="OEBPS/font.otf"/></enc:CipherData>
 </enc:EncryptedData></encryption>"""


def book(**extra: str) -> dict[str, str | bytes]:
    files: dict[str, str | bytes] = {
        "OEBPS/content.opf": opf([("c", "c.xhtml")], '<itemref idref="c"/>'),
        "OEBPS/c.xhtml": chapter("<p>Readable words of the book.</p>")}
    files.update(extra)
    return files


@pytest.mark.parametrize("algorithm", ["http://www.idpf.org/2008/embedding",
                                       "http://ns.adobe.com/pdf/enc#RC"])
def test_font_obfuscation_only_is_accepted(algorithm: str) -> None:
    data = epub(book(**{"META-INF/encryption.xml": encryption(algorithm)}))
    assert parse_bytes("fonts.epub", data).body.text == "Readable words of the book."


def test_real_drm_is_refused_in_one_line() -> None:
    data = epub(book(**{"META-INF/encryption.xml":
                        encryption("http://www.w3.org/2001/04/xmlenc#aes128-cbc")}))
    with pytest.raises(ImportRefused) as info:
        parse_bytes("drm.epub", data)
    assert info.value.reason == ("protected by DRM (encrypted content); "
                                 "Marginalia cannot read it")
    assert "\n" not in str(info.value)


def refusal(data: bytes) -> str:
    with pytest.raises(ImportRefused) as info:
        parse_bytes("bad.epub", data)
    assert "\n" not in info.value.reason
    return info.value.reason


def test_refusals_name_the_reason() -> None:
    assert "not a zip" in refusal(b"PK but not really a zip at all")
    assert "no META-INF/container.xml" in refusal(epub(book(), container=False))
    assert "package file OEBPS/content.opf is missing" in refusal(
        epub({"OEBPS/c.xhtml": chapter("<p>x</p>")}))
    assert "not valid XML" in refusal(epub({"OEBPS/content.opf": "<package><oops"}))
    assert "spine lists no chapters" in refusal(
        epub({"OEBPS/content.opf": opf([("c", "c.xhtml")], "")}))
    assert "no readable text" in refusal(
        epub({"OEBPS/content.opf": opf([("c", "c.xhtml")], '<itemref idref="c"/>'),
              "OEBPS/c.xhtml": chapter("<script>only()</script>")}))


def test_zip_bomb_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    big = epub(book(**{"OEBPS/c.xhtml": chapter("<p>" + "word " * 2000 + "</p>")}))
    monkeypatch.setattr(epub_import, "MAX_BYTES", 5000)  # the real limit is 50 MB
    assert "too large once unpacked" in refusal(big)


def test_zip_bomb_lying_about_its_size_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """The budget counts what is read, not what the headers claim."""
    files = book(**{f"OEBPS/c{i}.xhtml": chapter("<p>" + "word " * 500 + "</p>")
                    for i in range(4)})
    items = [(f"c{i}", f"c{i}.xhtml") for i in range(4)]
    files["OEBPS/content.opf"] = opf(items, "".join(f'<itemref idref="c{i}"/>'
                                                    for i in range(4)))
    monkeypatch.setattr(epub_import, "MAX_BYTES", 6000)  # each fits, together they do not
    assert "more than 50 MB of text" in refusal(epub(files))


LIVE_MANUAL = Path("/usr/share/doc/live-manual/epub/live-manual.en.epub")


@pytest.mark.skipif(not LIVE_MANUAL.exists(), reason="live-manual-epub is not installed")
def test_a_real_epub_from_debian() -> None:
    doc = parse_bytes(LIVE_MANUAL.name, LIVE_MANUAL.read_bytes())
    assert doc.title == "Live Systems Manual"
    assert doc.authors == ("Live Systems Project <debian-live@lists.debian.org>",)
    assert doc.languages[0] == "en"
    text = doc.body.text
    first, second = text.index("1. About this manual"), text.index("2. About the Live")
    assert first < second < text.index("4. The basics")
    assert text.count("This manual serves as a single access point") == 1
    headings = [text[b.start:b.end] for b in doc.body.blocks if b.kind == "heading"]
    assert "1.1 For the impatient" in headings


# -- structure: the book's own table of contents, each block's origin -------------

NAV_ITEM = '<item id="nav" href="nav.xhtml" properties="nav" media-type="application/xhtml+xml"/>'
NCX_ITEM = '<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>'
CHAPTER_TWO = ('<h1 id="c2top">Chapter Two</h1><p>Intro to the second chapter.</p>'
               '<section id="s2"><h2>A Section</h2><p>Section text.</p></section>'
               '<p>Tail <a id="mid"/>anchored words.</p>'
               '<table id="t(1)"><tr><th>key</th><th>value</th></tr><tr><td>a</td><td>1</td>'
               '</tr></table><dl><dt>term</dt><dd>its definition</dd></dl>')


def nav(items: str) -> str:
    return chapter(f'<nav epub:type="toc"><h1>Contents</h1><ol>{items}</ol></nav>')


def ncx(points: str) -> str:
    return ('<?xml version="1.0"?><ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" '
            f'version="2005-1"><navMap>{points}</navMap></ncx>')


def point(label: str, src: str, inner: str = "") -> str:
    return f'<navPoint><navLabel><text>{label}</text></navLabel><content src="{src}"/>{inner}' \
           '</navPoint>'


def two_chapters(**extra: str) -> dict[str, str | bytes]:
    manifest = extra.pop("manifest", NAV_ITEM)
    files: dict[str, str | bytes] = {
        "OEBPS/content.opf": opf([("c1", "text/c1.xhtml"), ("c2", "text/c2.xhtml")],
                                 '<itemref idref="c1"/><itemref idref="c2"/>',
                                 extra_manifest=manifest),
        "OEBPS/text/c1.xhtml": chapter("<h1>Chapter One</h1><p>Opening words of the book.</p>"),
        "OEBPS/text/c2.xhtml": chapter(CHAPTER_TWO)}
    files.update(extra)
    return files


def outline(doc: ParsedDocument) -> list[tuple[int, str, str]]:
    """Each entry with the text it points at, up to the end of that block."""
    text = doc.body.text
    out = []
    for entry in doc.body.outline:
        end = text.find("\n", entry.offset)
        out.append((entry.level, entry.title, text[entry.offset:end if end >= 0 else None]))
    return out


def test_nav_toc_nested_levels_and_fragments() -> None:
    items = ('<li><a href="text/c1.xhtml">One</a></li>'
             '<li><a href="text/c2.xhtml">Two</a><ol>'
             '<li><a href="text/c2.xhtml#s2">Section</a><ol>'
             '<li><a href="text/c2.xhtml#mid">  Mid\n point </a></li></ol></li></ol></li>'
             '<li><a href="text/missing.xhtml">Gone</a></li>'
             '<li><a href="text/c1.xhtml#no-such-id">Unknown id</a></li>'
             '<li><a href="https://example.org/">Out of the book</a></li>')
    doc = parse_bytes("toc.epub", epub(two_chapters(**{"OEBPS/nav.xhtml": nav(items)})))
    assert outline(doc) == [(1, "One", "Chapter One"), (1, "Two", "Chapter Two"),
                            (2, "Section", "A Section"), (3, "Mid point", "anchored words."),
                            (1, "Unknown id", "Chapter One")]  # an unknown id: its file's start
    assert doc.body.outline[0].offset == 0
    assert "Contents" not in doc.body.text and "Gone" not in doc.body.text


def test_unlinked_nav_heading_takes_its_first_chapters_place() -> None:
    items = ('<li><span>Part I</span><ol><li><span>Group</span><ol>'
             '<li><a href="text/c2.xhtml#s2">Section</a></li></ol></li></ol></li>'
             '<li><span>Empty part</span></li><li><a href="text/c1.xhtml">One</a></li>')
    doc = parse_bytes("parts.epub", epub(two_chapters(**{"OEBPS/nav.xhtml": nav(items)})))
    assert outline(doc) == [(1, "Part I", "A Section"), (2, "Group", "A Section"),
                            (3, "Section", "A Section"), (1, "One", "Chapter One")]


def test_ncx_when_the_nav_has_no_toc(caplog: pytest.LogCaptureFixture) -> None:
    landmarks = chapter('<nav epub:type="landmarks"><ol><li><a href="text/c1.xhtml">Start</a>'
                        '</li></ol></nav>')
    points = point("First", "text/c1.xhtml") + point(
        "Second", "text/c2.xhtml#c2top", point("Its section", "text/c2.xhtml#s2"))
    files = two_chapters(manifest=NAV_ITEM + NCX_ITEM, **{
        "OEBPS/nav.xhtml": landmarks, "OEBPS/toc.ncx": ncx(points)})
    doc = parse_bytes("fallback.epub", epub(files))
    assert outline(doc) == [(1, "First", "Chapter One"), (1, "Second", "Chapter Two"),
                            (2, "Its section", "A Section")]
    assert not [r for r in caplog.records if r.levelname == "WARNING"]


def test_epub2_ncx_nested_levels() -> None:
    points = point("One", "text/c1.xhtml", point(
        "Two", "text/c2.xhtml", point("Deep", "text/c2.xhtml#mid")))
    files = two_chapters(manifest=NCX_ITEM, **{"OEBPS/toc.ncx": ncx(points)})
    doc = parse_bytes("ncx.epub", epub(files))
    assert outline(doc) == [(1, "One", "Chapter One"), (2, "Two", "Chapter Two"),
                            (3, "Deep", "anchored words.")]


def test_bad_toc_xml_costs_the_outline_not_the_book(caplog: pytest.LogCaptureFixture) -> None:
    files = two_chapters(manifest=NCX_ITEM, **{"OEBPS/toc.ncx": "<ncx><navMap><navPoint>"})
    doc = parse_bytes("badtoc.epub", epub(files))
    assert doc.body.outline == ()
    assert "Chapter Two" in doc.body.text
    warnings = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert len(warnings) == 1
    assert "badtoc.epub" in warnings[0] and "toc.ncx" in warnings[0]
    assert "\n" not in warnings[0]


def test_a_named_toc_missing_from_the_zip_is_one_warning(
        caplog: pytest.LogCaptureFixture) -> None:
    doc = parse_bytes("nonav.epub", epub(two_chapters()))  # the nav is listed, not packed
    assert doc.body.outline == ()
    assert len([r for r in caplog.records if r.levelname == "WARNING"]) == 1


def test_origins_are_cfi_paths_into_the_second_chapter() -> None:
    doc = parse_bytes("cfi.epub", epub(two_chapters(**{"OEBPS/nav.xhtml": nav(
        '<li><a href="text/c1.xhtml">One</a></li>')})))
    got = [(b.kind, doc.body.text[b.start:b.end], b.origin) for b in doc.body.blocks]
    assert got[:2] == [("heading", "Chapter One", "/6/2[c1]!/4/2"),
                       ("paragraph", "Opening words of the book.", "/6/2[c1]!/4/4")]
    assert got[2:] == [
        ("heading", "Chapter Two", "/6/4[c2]!/4/2[c2top]"),
        ("paragraph", "Intro to the second chapter.", "/6/4[c2]!/4/4"),
        ("heading", "A Section", "/6/4[c2]!/4/6[s2]/2"),
        ("paragraph", "Section text.", "/6/4[c2]!/4/6[s2]/4"),
        ("paragraph", "Tail anchored words.", "/6/4[c2]!/4/8"),
        ("table", "key\tvalue\na\t1", "/6/4[c2]!/4/10[t^(1^)]"),  # CFI's special characters
        ("term", "term", "/6/4[c2]!/4/12/2"),
        ("definition", "its definition", "/6/4[c2]!/4/12/4")]


def test_paragraph_numbers_and_permalinks_are_silent_and_cfis_stay_true() -> None:
    """In a chapter the numbers are emptied, not removed: each block's CFI still counts
    the elements as the book has them."""
    from tests.reader.test_web_pages import SISU

    data = epub({"OEBPS/content.opf": opf([("c", "c.xhtml")], '<itemref idref="c"/>'),
                 "OEBPS/c.xhtml": chapter(
                     '<h1 id="t">Manual<a class="headerlink" href="#t">¶</a></h1>' + SISU)})
    doc = parse_bytes("sisu.epub", data)
    assert blocks(doc) == [("heading", "Manual"), ("paragraph", "1.1 For the impatient"),
                           ("paragraph", "Read the chapters in order, or see 8 and chapter 10."),
                           ("paragraph", "The end.")]
    origins = [b.origin for b in doc.body.blocks]
    assert origins[1:3] == ["/6/2[c]!/4/4/4[o8]", "/6/2[c]!/4/6/4[o9]"]  # label counted
