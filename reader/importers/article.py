"""A web page's article: the text a reader came for, without the site around it.

Saved pages open on the site's chrome: sidebar tables of contents, "Previous topic",
"Report a Bug", cookie banners, comment forms. A reader highlights and searches the
article, so by default only the article becomes the canonical text; the whole page
stays one switch away (``whole_page``), re-parsed from the kept original.

Rules on the lxml tree, measured against trafilatura, readability-lxml and jusText on
documentation and blog pages (benchmarks/bench_extract.py): each extractor drops
some of DocBook's headings, Node's tables or Sphinx's signatures and code, or keeps
permalinks and sidebars, and takes 3 to 10 times as long; sites mark their content
and their chrome, so we read those marks. In order:

1. Never text, in either mode (:func:`clean`): heading permalinks ("¶", "#"), "Skip
   to content" links, and words written for screen readers only.
2. The content (:func:`marked_content`): the first of ``main`` / ``[role=main]``, the
   article, Sphinx's ``div.body``, a DocBook chapter, the usual content ids and
   classes, that holds a fair share of the page.
3. Its chrome (:func:`prune`): ``nav``, search and comment forms, footers, ARIA
   landmarks that are not the content, and the class and id names documentation
   generators and blog themes give their sidebars, breadcrumbs, related links,
   sharing buttons and comments. Inside a marked content headers and asides are the
   article's own (a byline, a footnote); on a page with no mark, the page's header and
   its asides are chrome too.
4. A page with no mark loses its link lists besides (boxes of text that are mostly
   links: menus, blogrolls, tag clouds).
"""

from __future__ import annotations

import logging

from lxml import etree  # type: ignore[import-untyped]

log = logging.getLogger(__name__)


def _has_class(*names: str) -> str:
    """An XPath test: the element's ``class`` holds one of ``names`` as a whole token."""
    return "(" + " or ".join(
        f"contains(concat(' ', normalize-space(@class), ' '), ' {n} ')" for n in names) + ")"


_PERMALINK_CLASSES = frozenset({"headerlink", "anchor", "anchorjs-link", "header-anchor",
                                "heading-anchor", "hash-link", "permalink", "anchor-link"})
_PERMALINK_SIGNS = frozenset({"¶", "#", "§", "🔗", "⚓", "⚓︎"})
_SKIP_WORDS = ("skip to ", "skip navigation", "jump to content", "jump to navigation",
               "jump to search", "aller au contenu", "passer au contenu", "zum inhalt")
_SKIP_CLASSES = frozenset({"skip-link", "skip-links", "skip-to-content", "skiplink",
                           "screen-reader-shortcut"})
_SCREEN_READER = frozenset({"sr-only", "screen-reader-text", "visually-hidden",
                            "visuallyhidden", "screenreader-only", "screen-reader-only",
                            "element-invisible", "hidden-visually", "a11y-hidden",
                            "assistive-text"})

_CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary",
                           "search", "menu", "menubar", "toolbar", "dialog",
                           "alertdialog", "tablist"})
_CHROME_CLASSES = frozenset({
    # Sphinx, Read the Docs, MkDocs
    "sphinxsidebar", "sphinxsidebarwrapper", "related", "footer", "mobile-nav",
    "menu-wrapper", "rst-footer-buttons", "wy-nav-side", "wy-breadcrumbs", "md-sidebar",
    "md-header", "md-footer", "md-tabs",
    # DocBook: the navigation rows and the generated tables of contents
    "navheader", "navfooter", "toc", "list-of-tables", "list-of-figures",
    "list-of-examples",
    # blog themes
    "sidebar", "breadcrumb", "breadcrumbs", "navbar", "navigation", "nav-links",
    "post-navigation", "pagination", "pager", "site-header", "site-footer", "share",
    "sharing", "share-buttons", "social", "social-share", "comments", "comment-list",
    "comment-respond", "related-posts", "newsletter", "subscribe", "cookie-banner",
    "cookie-notice", "advertisement", "ads", "adsbygoogle", "widget", "widget-area",
    "author-box", "author-bio", "author-info", "about-author", "tags-links", "cat-links",
    "post-tags", "entry-tags", "tags", "entry-categories", "post-categories"})
# Class names that begin so name chrome too (``sharedaddy``, ``newsletter-box``).
_CHROME_PREFIXES = ("newsletter", "share", "sharing", "social", "cookie", "breadcrumb",
                    "related-", "advert", "adsby", "comment-", "comments", "subscribe",
                    "widget", "promo")
# Inside the content an ``aside`` is the article's own (docutils writes footnotes,
# topics and sidebars as asides): only a chrome role or one of these makes it chrome.
_ASIDE_CHROME = _CHROME_CLASSES - {"sidebar"}
_CHROME_IDS = frozenset({"sidebar", "comments", "respond", "disqus_thread", "footer",
                         "header", "nav", "navigation", "menu", "breadcrumbs",
                         "cookie-banner", "site-header", "site-footer", "related"})
_BOXES = ("div", "section", "ul", "ol", "table", "details", "dl", "header", "footer",
          "nav", "aside", "form", "dialog", "menu")
_NOTES = etree.XPath(".//*[" + _has_class("footnotes", "footnote", "footnote-list") + " or "
                     "@role='doc-endnotes' or @role='doc-footnote' or @role='note']")
_HOLDS_TEXT = etree.XPath(".//h1 | .//h2 | .//main | .//article | .//*[@role='main']")
# Step 3, in order, each with the share of the page its longest candidate must hold:
# the site's own "main" is believed unless nearly empty; looser marks must hold more.
_CONTENT = [(etree.XPath(x), share) for x, share in (
    ("//main | //*[@role='main']", 0.1),
    ("//article[not(ancestor::article)]", 0.25),
    ("//*[@itemprop='articleBody'] | //div[" + _has_class("body") + "]", 0.25),
    ("/html/body/div[" + _has_class(
        "chapter", "appendix", "preface", "article", "book", "part", "reference",
        "refentry", "glossary", "index", "bibliography", "colophon", "sect1", "section",
        "set", "dedication", "acknowledgements") + "]", 0.25),
    ("//*[@id='content' or @id='main-content' or @id='maincontent' or @id='main' "
     "or @id='article' or @id='post'] | //*[" + _has_class(
         "post-content", "entry-content", "article-content", "article-body", "post-body",
         "entry-body", "story-body", "page-content", "markdown-body") + "]", 0.33))]
_LINK_LIST = 0.6  # a box whose text is this much link text is a menu, on unmarked pages
_NONE: frozenset[str] = frozenset()
_TEXT = etree.XPath("string-length(normalize-space(.))")
_HEADINGS = (etree.XPath("(.//h1)[1]"),
             etree.XPath("(.//h2 | .//h3 | .//h4 | .//h5 | .//h6)[1]"))


def clean(root: etree._Element, source: str) -> None:
    """Step 1, for either mode: permalinks, skip links, words for screen readers
    (looked for only when ``source``, the page's text, names a class for them)."""
    doomed = never_text_links(root)
    if any(name in source for name in _SCREEN_READER):  # most pages name none of them
        doomed += [e for e in root.iter(etree.Element) if _classes(e) & _SCREEN_READER]
    for element in doomed:
        drop(element)


def never_text_links(root: etree._Element) -> list[etree._Element]:
    """The links of ``root`` (an HTML page or an EPUB's XHTML chapter) whose words are
    never the text: permalinks, skip links, paragraph numbers."""
    return [a for a in root.iter("{*}a") if _never_link(a)]


def silence(link: etree._Element) -> None:
    """``link`` kept in its place, without its words: an EPUB chapter's elements are
    counted for each block's CFI, so they are not removed."""
    link.text = None
    for child in list(link):
        drop(child)


def _never_link(link: etree._Element) -> bool:
    """A link to a place in its own page that is a heading's permalink ("¶", "#"), a
    "Skip to content", or a paragraph's number beside it."""
    href = link.get("href")
    if not href or href[0] != "#":
        return False
    text = "".join(link.itertext()).strip()
    classes = _classes(link)
    if len(text) <= 3 and (text in _PERMALINK_SIGNS or classes & _PERMALINK_CLASSES):
        return True
    if text.isdigit() and len(text) <= 6 and _numbers_its_neighbour(link, href[1:]):
        return True
    return bool(classes & _SKIP_CLASSES) or text.lower().startswith(_SKIP_WORDS)


def _numbers_its_neighbour(link: etree._Element, target: str) -> bool:
    """A number linking to the element right after it (or after the label holding
    it): SiSU's paragraph numbers (Debian's Live Manual), which readers show in the
    margin, never as a paragraph of their own."""
    box = link.getparent()
    if box is None or (box.text or "").strip() or len(box) != 1:
        box = link
    for near in (link.getnext(), box.getnext()):
        if near is not None and near.get("id") == target:
            return True
    return False


def _classes(element: etree._Element) -> frozenset[str]:
    names = element.get("class")
    return frozenset(names.lower().split()) if names else _NONE


def heading(root: etree._Element, content: etree._Element | None) -> str:
    """The first heading (an ``h1`` if there is one) of ``content`` or, for a page
    with no marked content, of the page, whichever mode the page is read in: the
    title is told from the site's name by it, the same in both."""
    for level in _HEADINGS:
        found = level(_body(root) if content is None else content)
        if found:
            return str(found[0].xpath("normalize-space(.)"))
    return ""


def prune(root: etree._Element, content: etree._Element | None,
          whole_page: bool) -> etree._Element:
    """Cut the cleaned ``root`` down in place to what the reader reads: its marked
    ``content`` (see :func:`marked_content`) or the page less its chrome; returns the
    element to walk. ``whole_page`` keeps the chrome."""
    body = _body(root)
    if whole_page:
        return body
    if content is None:
        _drop_chrome(body, inside=False)
        _drop_link_lists(body)
        return body
    _drop_chrome(content, inside=True)
    return content


def marked_content(root: etree._Element) -> etree._Element | None:
    """Step 2: the element the site marks as its content, if one holds enough."""
    page = _text_length(_body(root))
    for level, share in _CONTENT:
        found = [(n, e) for e in level(root) if (n := _text_length(e))]
        if not found:
            continue
        length, best = max(found, key=lambda pair: pair[0])
        if length < share * page:
            continue
        if len(found) > 1 and level is _CONTENT[1][0] and length < 0.6 * sum(
                n for n, _ in found):  # a list of articles: the list is the content
            return _common_ancestor([e for _, e in found])
        return best
    return None


def _drop_chrome(content: etree._Element, inside: bool) -> None:
    """Step 3: everything named as, or placed as, the site's own furniture. ``inside``
    the site's own content mark, headers and asides are the article's."""
    chrome = [e for e in content.iter(*_BOXES) if e is not content and _chrome(e, inside)]
    for element in chrome:
        drop(element)


def _chrome(element: etree._Element, inside: bool) -> bool:
    tag = element.tag
    if tag in ("nav", "dialog", "menu"):
        return True
    if tag == "form":  # a search box or a comment form, not a page inside a form
        return not _HOLDS_TEXT(element)
    if tag == "footer":
        return not _NOTES(element)
    if tag == "aside":
        if inside:
            return _named_chrome(element, _ASIDE_CHROME)
        return not _NOTES(element) and element.get("role") not in ("note", "doc-footnote")
    if tag == "header" and not inside and not any(
            a.tag in ("article", "main") or a.get("role") == "main"
            for a in element.iterancestors()):
        return True
    return _named_chrome(element, _CHROME_CLASSES)


def _named_chrome(element: etree._Element, classes: frozenset[str]) -> bool:
    role = element.get("role")
    if role and role.strip().lower() in _CHROME_ROLES:
        return True
    names = _classes(element)
    if names & classes or any(n.startswith(_CHROME_PREFIXES) for n in names):
        return True
    ident = element.get("id")
    return bool(ident) and ident.lower() in _CHROME_IDS


def _drop_link_lists(body: etree._Element) -> None:
    """Step 4: boxes of three links or more whose words are mostly link text."""
    lists = []
    for element in body.iter("ul", "ol", "div", "table", "section", "td", "dl", "p"):
        links = [a for a in element.iter("a") if a.get("href") is not None]
        if len(links) < 3:
            continue
        total = _text_length(element)
        linked = sum(_text_length(a) for a in links)
        if total and linked >= _LINK_LIST * total:
            lists.append(element)
    dropped: set[etree._Element] = set()
    for element in lists:  # document order: an outer list goes before its inner ones
        if not any(a in dropped for a in element.iterancestors()):
            dropped.add(element)
            drop(element)


def _common_ancestor(elements: list[etree._Element]) -> etree._Element:
    first = [elements[0], *elements[0].iterancestors()]
    common = set(first)
    for element in elements[1:]:
        common &= {element, *element.iterancestors()}
    return next(e for e in first if e in common)


def _body(root: etree._Element) -> etree._Element:
    return next(root.iter("body"), root)


def _text_length(element: etree._Element) -> int:
    return int(_TEXT(element))


def drop(element: etree._Element) -> None:
    """Remove ``element`` and what it holds; the text after it stays where it was."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    if tail:
        before = element.getprevious()
        if before is not None:
            before.tail = (before.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)
