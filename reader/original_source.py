"""An EPUB's or a web page's original, as HTML safe to render beside the canonical text.

The reader compares our reading with the source's own look, so the source is shown as
its markup says, but as untrusted input: an EPUB is read through the importer's own
package, spine, zip limits and chapter parser (epub_import.py), a page or a Markdown
file through the same libxml2 parse as its import, and whatever could run or fetch is
cut on the way: scripts, frames, objects, forms' controls, media, links to style
sheets, styles with ``url()``, every attribute but a short allow-list. An EPUB's images
are pointed at an internal scheme (``epub:/OEBPS/images/x.png``) that only
:meth:`ShownOriginal.image` answers, from the zip, size-limited; any other image (the
web, the disk, a huge ``data:``) becomes its alt text, as the canonical text says it.
No Qt here: the window renders :attr:`ShownOriginal.html`.
"""

from __future__ import annotations

import html
import logging
import posixpath
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

from lxml import etree  # type: ignore[import-untyped]

from reader.decoding import DecodeRefused, decode
from reader.errors import ImportRefused, OriginalUnreadable, said
from reader.files import read_limited
from reader.importers import epub_import
from reader.importers.epub_feeder import local_name
from reader.importers.html_tree import parse_tree
from reader.markdown import commonmark_to_html

log = logging.getLogger(__name__)

SCHEME = "epub"
EPUB = (".epub",)
PAGES = (".html", ".htm", ".xhtml")
MARKDOWN = (".md", ".markdown")
SHOWN = EPUB + PAGES + MARKDOWN  # the originals this module can show
MAX_IMAGE = 8 * 1024 * 1024  # bytes of one image, unpacked
MAX_DATA_URL = 64 * 1024  # characters of a data: image kept in the page
_IMAGE_TYPES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp", ".svg"})
# Cut with their content (their tails stay): what runs, fetches, or asks for input.
_GONE = ("script", "noscript", "template", "iframe", "frame", "frameset", "object",
         "embed", "applet", "audio", "video", "source", "track", "canvas", "math", "link",
         "meta", "base", "input", "button", "select", "textarea", "option", "head",
         "title", "param", "map", "area", "portal", "svg")
# Attributes kept; everything else (on*, srcset, background, poster, action, xmlns…)
# is dropped. ``src`` only on img, rewritten; ``href`` only on a, checked.
_KEPT = frozenset({"id", "lang", "dir", "title", "alt", "width", "height", "colspan",
                   "rowspan", "align", "valign", "start", "type", "value", "name",
                   "border", "cellpadding", "cellspacing", "style"})
_LINK_SCHEMES = frozenset({"", "http", "https", "mailto"})
_FETCHES = re.compile(r"url\s*\(|@import|expression\s*\(|image-set|src\s*:", re.I)
_XLINK_HREF = "{http://www.w3.org/1999/xlink}href"

# How an image's src is made safe: the internal URL to show, or None for its alt text.
Resolver = Callable[[str], str | None]


@dataclass
class ShownOriginal:
    """The HTML to render and, for an EPUB, the zip its ``epub:`` images come from."""

    html: str
    _archive: zipfile.ZipFile | None = None
    _members: epub_import.Members | None = None
    _images: set[str] = field(default_factory=set)  # the paths the HTML points at

    def image(self, path: str) -> bytes | None:
        """An image the HTML points at, from the zip; None past :data:`MAX_IMAGE`, for
        a member the zip lacks or cannot unpack, and for any path the HTML did not
        name (the widget asks only for those, so anything else is refused)."""
        if self._members is None or self._archive is None or path not in self._images:
            return None
        try:
            if self._archive.getinfo(path).file_size > MAX_IMAGE:
                log.info("%s: image %s over %s bytes, not shown", self._members.name,
                         path, MAX_IMAGE)
                return None
            data = self._members.read(path)
        except (KeyError, ImportRefused) as exc:
            log.info("%s: image %s not shown (%s)", self._members.name, path, exc)
            return None
        return data if len(data) <= MAX_IMAGE else None

    def close(self) -> None:
        if self._archive is not None:
            self._archive.close()


def read_original(path: Path, shown: str | None = None) -> ShownOriginal:
    """The original at ``path`` made ready to render; ``shown`` names it in errors (the
    file the reader imported, not its copy's hash). Raises :class:`OriginalUnreadable`."""
    name = shown or path.name
    ext = path.suffix.lower()
    if ext not in SHOWN:
        raise OriginalUnreadable(name, said("no rendering of {ext} originals", ext=ext)
                                 if ext else said("no rendering of files without an "
                                                  "extension"))
    try:
        data = read_limited(path, name)
        if ext in EPUB:
            return _epub(name, data)
        text = decode(data)[0]
    except ImportRefused as exc:
        raise OriginalUnreadable(name, exc.reason) from exc
    except DecodeRefused as exc:
        raise OriginalUnreadable(name, str(exc)) from exc
    if ext in MARKDOWN:
        text = commonmark_to_html(text)
    return ShownOriginal(page_html(text))


def page_html(text: str) -> str:
    """A web page's body, sanitised; its images are alt texts (the page's relative
    images were never kept: only the one file was imported)."""
    root = parse_tree(text)
    if root is None:
        return "<html><body></body></html>"
    body = next(root.iter("body"), root)
    return _document([_inner(_sanitise(body, lambda src: _data_image(src)))])


def _epub(name: str, data: bytes) -> ShownOriginal:
    archive = epub_import.open_zip(name, data, OriginalUnreadable)
    try:
        members = epub_import.Members(name, archive)
        epub_import.check_encryption(members)
        package = epub_import.read_package(members)
        images: set[str] = set()
        parts = []
        for item in package.spine:
            if not members.has(item.path):
                continue  # a chapter the zip lacks is skipped, as the import does
            root, _ = epub_import.parse_xhtml(members.read(item.path))
            if root is None:
                continue
            body = next(root.iter("{*}body", "body"), root)
            resolver = _in_zip(members, posixpath.dirname(item.path), images)
            parts.append(_inner(_sanitise(body, resolver)))
    except ImportRefused as exc:
        archive.close()
        raise OriginalUnreadable(name, exc.reason) from exc
    return ShownOriginal(_document(parts), archive, members, images)


def _in_zip(members: epub_import.Members, base: str, images: set[str]) -> Resolver:
    """Images of one chapter: relative paths in the zip become ``epub:`` URLs."""

    def resolve(src: str) -> str | None:
        parts = urlsplit(src)
        if parts.scheme or parts.netloc or src.startswith("/"):
            return _data_image(src)
        path = posixpath.normpath(posixpath.join(base, unquote(parts.path)))
        if path.startswith("../") or not members.has(path):
            return None
        if posixpath.splitext(path)[1].lower() not in _IMAGE_TYPES:
            return None
        images.add(path)
        return f"{SCHEME}:/{quote(path)}"

    return resolve


def _data_image(src: str) -> str | None:
    """A small ``data:image/…`` is kept (nothing is fetched); anything else is not."""
    if src[:11].lower() == "data:image/" and len(src) <= MAX_DATA_URL:
        return src
    return None


def _sanitise(body: etree._Element, resolve: Resolver) -> etree._Element:
    """``body`` cut down to what renders without running or fetching anything."""
    top = body.getroottree().getroot()
    for element in top.iter():  # the root too: a namespace used nowhere is declared nowhere
        if isinstance(element.tag, str):
            element.tag = local_name(element.tag)
    for svg in list(body.iter("svg")):
        _svg_image(svg)
    etree.strip_elements(body, *_GONE, with_tail=False)
    etree.strip_tags(body, "form")
    for style in list(body.iter("style")):
        if _FETCHES.search(style.text or ""):
            _remove(style)
    for element in list(body.iter()):
        if isinstance(element.tag, str):
            _attributes(element)
            if element.tag == "img":
                _image(element, resolve)
    etree.cleanup_namespaces(top)
    return body


def _attributes(element: etree._Element) -> None:
    """Only the allow-listed attributes stay; an ``a`` keeps a harmless ``href``."""
    for name in list(element.attrib):
        value = element.attrib[name]
        if name == "href" and element.tag == "a":
            if urlsplit(value.strip()).scheme.lower() not in _LINK_SCHEMES:
                del element.attrib[name]
        elif name == "src" and element.tag == "img":
            continue
        elif name not in _KEPT or (name == "style" and _FETCHES.search(value)):
            del element.attrib[name]


def _image(img: etree._Element, resolve: Resolver) -> None:
    """An image shown from the zip (or a small data: URL), else its alt text."""
    src = (img.get("src") or "").strip()
    target = resolve(src) if src else None
    if target is not None:
        img.set("src", target)
        return
    alt = (img.get("alt") or "").strip()
    span = img.makeelement("span", {})
    span.text = f" {alt} " if alt else None
    span.tail = img.tail
    img.getparent().replace(img, span)


def _svg_image(svg: etree._Element) -> None:
    """A cover drawn as ``<svg><image href=…>`` becomes an ``img`` (the svg is cut)."""
    image = next(svg.iter("image", "{*}image"), None)
    href = "" if image is None else (image.get(_XLINK_HREF) or image.get("href")
                                     or image.get("xlink:href") or "")
    parent = svg.getparent()
    if not href or parent is None:
        return
    img = svg.makeelement("img", {"src": href, "alt": ""})
    img.tail = svg.tail
    parent.replace(svg, img)


def _remove(element: etree._Element) -> None:
    """``element`` out of the tree, its tail kept."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def _inner(body: etree._Element) -> str:
    """The body's content as HTML, the body element itself left out."""
    head = html.escape(body.text or "", quote=False)
    return head + "".join(etree.tostring(child, method="html", encoding="unicode",
                                         with_tail=True) for child in body)


def _document(parts: list[str]) -> str:
    chapters = "".join(f"<div>{part}</div>" for part in parts)
    return f"<html><body>{chapters}</body></html>"
