"""HTML: a web page read as an article, through libxml2, never rendered as HTML.

Saved web pages carry scripts, trackers and remote images; none of it may run or
load. The page is parsed by lxml (html_tree.py: nothing fetched, libxml2's limits
met without losing text), what it says about itself is read (html_meta.py), the site's
chrome is cut away (article.py) unless the reader asked for the whole page, and the
rest is walked into the one walker EPUB chapters go through (epub_feeder.py,
html_walker.py): words, blocks, tables, definition lists, emphasis, and link targets
as marks, never followed.

A document can be switched between its article and its whole page: both are parses
of the same kept original, so the library stores the other one as a new version and
the highlights re-anchor as for any new version.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from lxml import etree  # type: ignore[import-untyped]

from reader.importers import article, html_meta, links
from reader.importers.epub_feeder import Feeder
from reader.importers.html_tree import parse_tree
from reader.importers.html_walker import DROPPED, INERT, Walker
from reader.text import DocumentText, TextBuilder

log = logging.getLogger(__name__)

# The name the nesting tests count the walker's work through (tests/cli/
# test_cli_robust_html.py, tests/reader/test_structure.py).
_Walker = Walker


@dataclass(frozen=True)
class WebPage:
    """A page as the library keeps it: ``whole_page`` says what ``body`` is (the
    reader asked for it, or the page had nothing but chrome to cut)."""

    title: str
    authors: tuple[str, ...]
    body: DocumentText
    whole_page: bool
    published: str = ""  # YYYY-MM-DD when the page states it so
    site: str = ""
    summary: str = ""  # the page's own <meta name=description>
    language: str = ""  # <html lang>, when a language we stem

    @property
    def description(self) -> str:
        """For the library's second line: ``Python 3.11 documentation · 2024-05-01``."""
        return " · ".join(part for part in (self.site, self.published) if part)


def parse(raw: str, whole_page: bool = False) -> tuple[str, list[str], DocumentText]:
    """Title, authors and body, as every text importer gives them (read_page has the
    page's date, site and language besides)."""
    page = read_page(raw, whole_page)
    return page.title, list(page.authors), page.body


def read_page(raw: str, whole_page: bool = False) -> WebPage:
    """The page's article, or with ``whole_page`` everything it shows but heading
    permalinks, skip links and words for screen readers. A page that is all chrome
    gives its whole page rather than nothing."""
    root = parse_tree(raw)
    if root is None:
        return WebPage("", (), TextBuilder().build(), True)
    article.clean(root, raw)
    meta = html_meta.read(root, raw)
    etree.strip_elements(root, *DROPPED, with_tail=False)
    content = article.marked_content(root)
    title, site = html_meta.title_and_site(meta, article.heading(root, content))
    body = _walk(article.prune(root, content, whole_page))
    if not whole_page and not body.text.strip():
        log.info("no article in the page, only its chrome: the whole page is kept")
        whole_page = True
        root = parse_tree(raw)  # the first tree was cut in place
        if root is not None:
            article.clean(root, raw)
            etree.strip_elements(root, *DROPPED, with_tail=False)
            body = _walk(article.prune(root, None, whole_page))
    return WebPage(title, meta.authors, body, whole_page, meta.published, site,
                   meta.summary, meta.language)


def _walk(content: etree._Element) -> DocumentText:
    """What the reader reads, through the one walker. Inline elements the walker makes
    nothing of are unwrapped first, in libxml2: the walk then sees half as many
    elements on a documentation page. The ``#id`` the page's links name are found
    by libxml2 too, and resolved to places in the text (links.py)."""
    etree.strip_tags(content, *INERT)
    feeder = Feeder(links.wanted_keys(content.xpath(".//a/@href")), origins=False)
    feeder.feed((content, "utf-8"), "", "")
    return links.resolve(feeder.build(), feeder.walker.anchors)
