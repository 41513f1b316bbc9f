"""Web pages read as articles (issue 16): the site's chrome never reaches the canonical
text unless the reader asks for the whole page; permalinks, skip links and words for
screen readers never do; the page's own metadata is kept; bad pages fail in one line.

Real pages where Debian's packages are installed (python3-doc, debian-reference,
nodejs-doc), made-up pages for each rule always (tests/reader/data/web)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.errors import ImportRefused
from reader.importers import html_import, parse_bytes
from reader.importers.html_import import WebPage

WEB = Path(__file__).parent / "data" / "web"
EXPECTED = {k: v for k, v in json.loads((WEB / "expectations.json").read_text("utf-8")).items()
            if not k.startswith("_")}
PYDOCS = Path("/usr/share/doc/python3-doc/html")
DEBIAN = next((d for d in (Path("/usr/share/debian-reference"),
                           Path("/usr/share/doc/debian-reference-common/docs"))
               if (d / "ch01.en.html").exists()), None)
NODE = Path("/usr/share/doc/nodejs/api")
SPHINX_CHROME = ["¶", "Previous topic", "Next topic", "This Page", "Report a Bug", "Show Source",
                 "Created using Sphinx", "Skip to content", "Quick search"]


def page(source: str, whole_page: bool = False) -> WebPage:
    return html_import.read_page(source, whole_page)


def blocks(p: WebPage) -> list[tuple[str, str]]:
    return [(b.kind, p.body.text[b.start:b.end]) for b in p.body.blocks]


def read(path: Path, whole_page: bool = False) -> WebPage:
    return page(path.read_bytes().decode("utf-8"), whole_page)


# -- real pages -------------------------------------------------------------------

needs_pydocs = pytest.mark.skipif(not (PYDOCS / "library/contextlib.html").exists(),
                                  reason="python3-doc is not installed")


@needs_pydocs
def test_sphinx_page_is_its_body_without_chrome() -> None:
    p = read(PYDOCS / "library/contextlib.html")
    text = p.body.text
    for chrome in SPHINX_CHROME:
        assert chrome not in text, chrome
    assert "Table of Contents" not in text  # the sidebar's
    assert blocks(p)[0] == ("heading", "contextlib — Utilities for with-statement contexts")
    assert "This module provides utilities for common tasks involving the with statement." in text
    assert any(kind == "code" and "from contextlib import contextmanager" in body
               for kind, body in blocks(p))
    terms = [body for kind, body in blocks(p) if kind == "term"]
    assert "@contextlib.contextmanager" in terms and "class contextlib.ExitStack" in terms
    assert "Leaving outer context" in text  # the last example: the body is whole
    assert p.title == "contextlib — Utilities for with-statement contexts"
    assert p.site.startswith("Python ") and p.site.endswith("documentation")
    assert p.language == "en" and not p.whole_page


@needs_pydocs
def test_sphinx_page_as_a_whole_keeps_its_chrome_but_not_its_permalinks() -> None:
    p = read(PYDOCS / "library/contextlib.html", whole_page=True)
    assert p.whole_page
    for chrome in ("Previous topic", "Report a Bug", "Show Source", "Created using Sphinx"):
        assert chrome in p.body.text
    assert "¶" not in p.body.text
    assert p.title == read(PYDOCS / "library/contextlib.html").title  # one title, both ways


@needs_pydocs
def test_sphinx_signatures_and_tables_survive() -> None:
    p = read(PYDOCS / "library/functions.html")
    got = blocks(p)
    index = got.index(("term", "abs(x)"))
    assert got[index + 1][0] == "definition"
    assert got[index + 1][1].startswith("Return the absolute value of a number.")
    assert sum(kind == "term" for kind, _ in got) > 60
    assert any(kind == "table" and body.startswith("Character\tMeaning\n") for kind, body in got)
    assert not any(chrome in p.body.text for chrome in SPHINX_CHROME)


@needs_pydocs
def test_a_sphinx_table_of_contents_page_keeps_its_list() -> None:
    p = read(PYDOCS / "library/index.html")
    items = [body for kind, body in blocks(p) if kind == "list_item"]
    assert "Built-in Functions" in items and len(items) > 100
    assert "Previous topic" not in p.body.text


@pytest.mark.skipif(DEBIAN is None, reason="debian-reference is not installed")
def test_debian_reference_chapter_without_navigation() -> None:
    assert DEBIAN is not None
    p = read(DEBIAN / "ch02.en.html")
    got = blocks(p)
    assert got[0] == ("heading", "Chapter 2. Debian package management")
    assert "Table of Contents" not in p.body.text and "List of Tables" not in p.body.text
    assert not any(body in ("Prev", "Next", "Home") for _, body in got)
    assert any(kind == "table" and body.startswith("package\tpopcon\tsize\tdescription\n")
               for kind, body in got)
    assert any(kind == "code" for kind, _ in got)
    assert p.site == "Debian Reference"
    whole = read(DEBIAN / "ch02.en.html", whole_page=True)
    assert "Table of Contents" in whole.body.text


@pytest.mark.skipif(not (NODE / "path.html").exists(), reason="nodejs-doc is not installed")
def test_node_page_without_skip_link_and_permalinks() -> None:
    p = read(NODE / "path.html")
    got = blocks(p)
    assert got[0] == ("heading", "Path")
    assert "Skip to content" not in p.body.text and "Table of contents" not in p.body.text
    assert not any(kind == "heading" and body.endswith("#") for kind, body in got)
    assert any(kind == "code" and "require('node:path')" in body for kind, body in got)


# -- made-up pages: the blog and news shapes -------------------------------------------

@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_blog_pages_keep_the_article_and_drop_the_chrome(name: str) -> None:
    expected = EXPECTED[name]
    p = read(WEB / name)
    for phrase in expected["keep"]:
        assert phrase in p.body.text, phrase
    for phrase in expected["drop"]:
        assert phrase not in p.body.text, phrase
    assert (p.title, list(p.authors), p.published, p.site, p.language) == (
        expected["title"], expected["authors"], expected["published"], expected["site"],
        expected["language"])


def test_the_whole_page_keeps_the_chrome_and_the_article() -> None:
    article = read(WEB / "wordpress_post.html")
    whole = read(WEB / "wordpress_post.html", whole_page=True)
    assert whole.whole_page and not article.whole_page
    for chrome in ("Recent Posts", "Powered by WordPress", "Leave a Reply", "About the baker"):
        assert chrome in whole.body.text
    for _, body in blocks(article):
        assert body in whole.body.text
    for never in ("Skip to the content", "Post author", "Search for:"):  # in neither
        assert never not in whole.body.text
    assert whole.title == article.title


def test_description_is_site_and_date() -> None:
    assert read(WEB / "news_article_fr.html").description == "Le Courrier du Val · 2022-09-04"
    assert read(WEB / "table_layout.html").description == ""


# -- made-up pages: one rule each ----------------------------------------------------

def test_heading_permalinks_go_and_real_links_stay() -> None:
    p = page('<h2 id="a">Setup<a class="headerlink" href="#a" title="Permalink">¶</a></h2>'
             '<h3 id="b">Usage <a href="#b" aria-hidden="true">#</a></h3>'
             '<p>See <a href="#a">the setup section</a> and <a href="#b">§</a> too.</p>'
             '<dl class="py function"><dt id="f">f(x)<a class="headerlink" href="#f">¶</a>'
             '</dt><dd><p>Frobs.</p></dd></dl>')
    assert blocks(p) == [("heading", "Setup"), ("heading", "Usage"),
                         ("paragraph", "See the setup section and too."),
                         ("term", "f(x)"), ("definition", "Frobs.")]
    links = [(p.body.text[m.start:m.end], m.attrs["href"]) for m in p.body.marks
             if m.kind == "link"]
    assert links == [("the setup section", "#a")]


@pytest.mark.parametrize("whole_page", [False, True])
def test_skip_links_and_screen_reader_words_never_reach_the_text(whole_page: bool) -> None:
    p = page('<body><a href="#main" class="skip">Skip to main content</a>'
             '<a href="#c">Aller au contenu</a><main id="main"><h1>Title</h1>'
             '<p><span class="sr-only">Posted on</span> Monday, the text.</p>'
             '<p><a href="#top"><span class="visually-hidden">Back to</span> top</a></p>'
             '</main></body>', whole_page)
    assert p.body.text == "Title\n\nMonday, the text.\n\ntop"


def test_page_chrome_goes_but_the_whole_page_keeps_it() -> None:
    source = ('<body><header><h1>Site name</h1><nav><a href="/">Home</a></nav></header>'
              '<aside><h2>Archives</h2><p>March</p></aside>'
              '<div><h2>The post</h2><p>First paragraph of the post.</p></div>'
              '<footer><p>Copyright the author</p></footer>'
              '<div role="contentinfo">Contact us</div></body>')
    assert page(source).body.text == "The post\n\nFirst paragraph of the post."
    assert page(source, whole_page=True).body.text == (
        "Site name\n\nHome\n\nArchives\n\nMarch\n\nThe post\n\nFirst paragraph of the post."
        "\n\nCopyright the author\n\nContact us")


def test_main_is_the_content_and_its_notes_stay() -> None:
    p = page('<body><nav><p>Menu words</p></nav><main><header><h1>Doc</h1></header>'
             '<p>Body text of the page.</p>'
             '<aside class="footnote" role="note"><p>A footnote.</p></aside>'
             '<aside class="sidebar"><p>A sidebar of the document.</p></aside>'
             '<nav class="contents"><p>Local contents</p></nav>'
             '<footer><section class="footnotes"><p>Endnote one.</p></section></footer>'
             '</main><div class="footer"><p>Site footer</p></div></body>')
    assert blocks(p) == [("heading", "Doc"), ("paragraph", "Body text of the page."),
                         ("paragraph", "A footnote."), ("paragraph", "A sidebar of the document."),
                         ("paragraph", "Endnote one.")]


def test_sphinx_shaped_page() -> None:
    p = page('<body><div class="related" role="navigation"><h3>Navigation</h3><ul>'
             '<li><a href="genindex.html">index</a></li></ul></div>'
             '<div class="document"><div class="documentwrapper"><div class="body">'
             '<h1>mod — Things<a class="headerlink" href="#mod">¶</a></h1>'
             '<p>The module does things, several of them, well.</p>'
             '<div class="highlight"><pre>import mod\nmod.run()</pre></div></div></div>'
             '<div class="sphinxsidebar"><h4>Previous topic</h4><p>other</p></div></div>'
             '<div class="footer">Created using Sphinx 7.2.</div></body>')
    assert blocks(p) == [("heading", "mod — Things"),
                         ("paragraph", "The module does things, several of them, well."),
                         ("code", "import mod\nmod.run()")]


def test_docbook_shaped_page() -> None:
    p = page('<body><div class="navheader"><table><tr><td><a href="p.html">'
             '<img alt="Prev" src="prev.png"/></a></td></tr></table></div>'
             '<div class="chapter"><div class="titlepage"><h1>Chapter 3. Boot</h1></div>'
             '<div class="toc"><p><b>Table of Contents</b></p><dl><dt><a href="#s1">3.1. '
             'Stages</a></dt></dl></div><div class="section"><h2 id="s1">3.1. Stages</h2>'
             '<p>The boot has stages.</p></div></div>'
             '<div class="navfooter"><table><tr><td>Chapter 2. Packages</td></tr></table>'
             '</div></body>')
    assert blocks(p) == [("heading", "Chapter 3. Boot"), ("heading", "3.1. Stages"),
                         ("paragraph", "The boot has stages.")]


def test_a_list_of_articles_is_kept_as_a_list() -> None:
    teaser = "<article><h2>Post {0}</h2><p>Teaser of post {0}, long enough to count.</p></article>"
    p = page("<body><nav><p>Blog menu</p></nav><div>" + "".join(
        teaser.format(n) for n in range(3)) + "</div></body>")
    assert [body for kind, body in blocks(p) if kind == "heading"] == ["Post 0", "Post 1",
                                                                        "Post 2"]
    assert "Blog menu" not in p.body.text


def test_an_unmarked_page_loses_its_link_lists_only() -> None:
    p = page('<body><table><tr><td><a href="a">Alpha</a><br><a href="b">Beta</a><br>'
             '<a href="c">Gamma</a><br><a href="d">Delta</a></td><td><h1>Essay</h1>'
             '<p>An essay that cites <a href="x">one source</a> and <a href="y">another</a> '
             'and <a href="z">a third</a>, among many words of its own, as essays do.</p>'
             '</td></tr></table></body>')
    assert "Alpha" not in p.body.text and "Essay" in p.body.text
    assert "An essay that cites one source and another and a third" in p.body.text


def test_a_page_inside_a_form_is_not_a_search_box() -> None:
    p = page('<body><form id="aspnetForm" action="page.aspx"><h1>Annual report</h1>'
             '<p>The year in numbers.</p></form><form role="search"><input name="q">'
             '<label>Search this site</label></form></body>')
    assert p.body.text == "Annual report\n\nThe year in numbers."


# -- metadata -----------------------------------------------------------------------

def test_metadata_from_json_ld_alone() -> None:
    p = page('<html><head><title>A study of moss</title><script type="application/ld+json">'
             '{"@type": "Article", "headline": "A study of moss", "datePublished": "2021/7/3",'
             ' "author": "Ivo Brandt", "publisher": {"name": "Field Notes"}}</script></head>'
             '<body><article><h1>A study of moss</h1><p>Moss grows.</p></article></body></html>')
    assert (p.title, p.authors, p.published, p.site) == (
        "A study of moss", ("Ivo Brandt",), "2021-07-03", "Field Notes")


def test_metadata_from_the_byline_when_no_meta_says() -> None:
    p = page('<html lang="de-AT"><head><title>Notiz - Heft</title></head><body><article>'
             '<h1>Notiz</h1><p class="by">von <a rel="author" href="/u/k">Kai Roth</a>, '
             '<time datetime="2020-02-29T10:00">29.2.</time></p><p>Text.</p></article>'
             '</body></html>')
    assert (p.title, p.authors, p.published, p.site, p.language) == (
        "Notiz", ("Kai Roth",), "2020-02-29", "Heft", "de")


def test_bad_json_ld_and_url_authors_are_ignored() -> None:
    p = page('<head><meta property="article:author" content="https://facebook.example/x">'
             '<script type="application/ld+json">{"@type": [</script>'
             '<title>Plain</title></head><body><p>Words here.</p></body>')
    assert (p.title, p.authors, p.published, p.site) == ("Plain", (), "", "")


# -- bad input -----------------------------------------------------------------------

@pytest.mark.parametrize(("name", "data", "reason"), [
    ("junk.html", bytes(range(256)) * 8, "binary file"),
    ("latin-junk.html", bytes(range(0x80, 0x100)) * 8, "not valid UTF-8"),
    ("empty.html", b"", "empty file"),
    ("tags.html", b"<html><head><title>T</title></head><body><div> </div></body></html>",
     "no readable text"),
])
def test_bad_pages_are_refused_in_one_line(name: str, data: bytes, reason: str) -> None:
    with pytest.raises(ImportRefused) as info:
        parse_bytes(name, data)
    assert reason in info.value.reason and "\n" not in str(info.value)


def test_a_page_of_chrome_only_is_kept_whole() -> None:
    p = page("<body><nav><a href='/'>Home</a> <a href='/blog'>Blog</a></nav>"
             "<footer>© 2024 Someone</footer></body>")
    assert p.whole_page and p.body.text == "Home Blog\n\n© 2024 Someone"


def test_nesting_past_libxml2s_depth_keeps_every_word() -> None:
    depth = 5000  # libxml2 stops at 256 levels and would drop the rest of the page
    title, _, body = html_import.parse("<title>Deep</title><p>before</p>" + "<div><em>" * depth
                                       + "deep words" + "</em></div>" * depth + "<p>after</p>")
    assert title == "Deep" and body.text == "before\n\ndeep words\n\nafter"


def test_a_text_run_past_libxml2s_size_limit_is_kept_whole() -> None:
    words = "word " * 2_200_000  # 11 MB in one text node: over libxml2's 10 MB
    body = html_import.parse(f"<p>{words}</p><p>after</p>")[2]
    assert len(body.text) == len(words.rstrip()) + len("\n\nafter")
    assert body.text.endswith("word\n\nafter")


def test_declared_encodings_do_not_fight_the_decoded_text() -> None:
    xml = '<?xml version="1.0" encoding="ISO-8859-1"?><html><body><p>café — thé</p></body></html>'
    assert html_import.parse(xml)[2].text == "café — thé"
    meta = '<meta charset="iso-8859-1"><p>naïve</p>'.encode()
    assert parse_bytes("m.html", meta).body.text == "naïve"


def test_line_ends_controls_and_references_are_canonical() -> None:
    body = html_import.parse("<p>a\r\nb\x0bc &#13;d e&#769;f</p><pre>x\r\ny</pre>")[2]
    assert body.text == "a bc d éf\n\nx\ny"


def test_nothing_is_fetched_or_run() -> None:
    p = page('<head><link rel="stylesheet" href="http://tracker.example/s.css">'
             '<script src="http://tracker.example/t.js">track()</script></head><body>'
             '<main><p>Text <img src="http://tracker.example/p.gif"> and '
             '<a href="http://example.org/">a link</a>.</p><iframe src="http://ads.example/">'
             'ad</iframe><noscript>enable js</noscript></main></body>')
    assert p.body.text == "Text and a link."
    [link] = p.body.marks
    assert (link.kind, link.attrs) == ("link", {"href": "http://example.org/"})


SISU = ('<div class="substance"><label class="ocn"><a href="#o8" class="lnkocn">8</a></label>'
        '<p class="bold" id="o8">1.1 For the impatient</p></div>'
        '<div class="substance"><label class="ocn"><a href="#o9" class="lnkocn">9</a></label>'
        '<p id="o9">Read the chapters in order, or see <a href="#o8">8</a> and '
        '<a href="#o10">chapter 10</a>.</p></div><p id="o10">The end.</p>')


def test_paragraph_numbers_beside_their_paragraph_never_reach_the_text() -> None:
    """SiSU's numbers (Debian's Live Manual) link each paragraph to itself: readers
    show them in the margin, never as paragraphs. A number linking elsewhere stays."""
    p = page(f"<main><h1>Manual</h1>{SISU}</main>")
    assert blocks(p) == [("heading", "Manual"), ("paragraph", "1.1 For the impatient"),
                         ("paragraph", "Read the chapters in order, or see 8 and chapter 10."),
                         ("paragraph", "The end.")]
