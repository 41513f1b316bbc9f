"""An EPUB's own table of contents: the EPUB 3 nav document, else the EPUB 2 NCX.

The entries are the author's words for where each chapter and section begins, so the
reading view and citations use them over our guess from headings. Each entry points
at a file and perhaps an element id in it (``ch2.xhtml#s3``); the feeder records where
each spine file and each wanted id begins in the canonical text, and :func:`resolve`
turns the hrefs into offsets. A table of contents is a help, never a condition: one
that cannot be read leaves the book without an outline, never refused.

Trees are walked by hand, not recursively: a deeply nested list must not overflow.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import unquote, urldefrag, urlsplit

from lxml import etree  # type: ignore[import-untyped]

from reader.text import OutlineEntry

_OPF = "{http://www.idpf.org/2007/opf}"
_OPS_TYPE = "{http://www.idpf.org/2007/ops}type"
_NCX_MEDIA = "application/x-dtbncx+xml"
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class TocEntry:
    level: int  # 1 for the top
    title: str
    path: str  # the zip path of the file it points into
    fragment: str  # the element id, "" for the file's start

    @property
    def key(self) -> str:
        """The anchor the feeder records for it: ``path`` or ``path#id``."""
        return f"{self.path}#{self.fragment}" if self.fragment else self.path


def sources(opf: etree._Element, base: str) -> tuple[str, str]:
    """Zip paths of the nav document and of the NCX ("" when the OPF names none); the
    NCX is the one the spine's ``toc`` names, else any item of the NCX media type."""
    nav, named, typed = "", "", ""
    spine = opf.find(f".//{_OPF}spine")
    toc_id = (spine.get("toc") or "") if spine is not None else ""
    for item in opf.iterfind(f".//{_OPF}manifest/{_OPF}item"):
        href = item.get("href") or ""
        if not href:
            continue
        path = posixpath.normpath(posixpath.join(base, unquote(urldefrag(href)[0])))
        if not nav and "nav" in (item.get("properties") or "").split():
            nav = path
        if toc_id and item.get("id") == toc_id:
            named = named or path
        if (item.get("media-type") or "").strip() == _NCX_MEDIA:
            typed = typed or path
    return nav, named or typed


def nav_entries(root: etree._Element, nav_path: str) -> list[TocEntry]:
    """The ``<nav epub:type="toc">`` list, its nested ``ol`` giving the levels."""
    nav = next((e for e in _elements(root) if _local(e) == "nav" and "toc" in _nav_type(e)),
               None)
    top = _child(nav, "ol") if nav is not None else None
    if top is None:
        return []
    base = posixpath.dirname(nav_path)
    found = _Collector(base, nav_path)
    stack = [(li, 1) for li in reversed(_children(top, "li"))]
    while stack:
        li, level = stack.pop()
        label = next((c for c in _elements_of(li) if _local(c) in ("a", "span")), None)
        href = (label.get("href") or "") if label is not None and _local(label) == "a" else ""
        found.add(level, _text(label), href)
        inner = _child(li, "ol")
        if inner is not None:
            stack.extend((child, level + 1) for child in reversed(_children(inner, "li")))
    return found.entries


def ncx_entries(root: etree._Element, ncx_path: str) -> list[TocEntry]:
    """The NCX's ``navMap``: nested ``navPoint``s, each a label and a ``content src``."""
    nav_map = next((e for e in _elements(root) if _local(e) == "navmap"), None)
    if nav_map is None:
        return []
    found = _Collector(posixpath.dirname(ncx_path), ncx_path)
    stack = [(point, 1) for point in reversed(_children(nav_map, "navpoint"))]
    while stack:
        point, level = stack.pop()
        label = _child(point, "navlabel")
        content = _child(point, "content")
        found.add(level, _text(_child(label, "text") if label is not None else None),
                  (content.get("src") or "") if content is not None else "")
        stack.extend((child, level + 1) for child in reversed(_children(point, "navpoint")))
    return found.entries


def settle(entries: list[TocEntry], spine: list[str]) -> list[TocEntry]:
    """The entries with their paths as the spine spells them; those into a file the
    spine does not read are dropped. A path that matches no spine file is tried
    without its case, then by its file name (the first such file in reading order):
    Sphinx's EPUB builder writes hrefs that lost their folder."""
    exact = set(spine)
    by_case: dict[str, str] = {}
    by_name: dict[str, str] = {}
    for known in spine:
        by_case.setdefault(known.lower(), known)
        by_name.setdefault(posixpath.basename(known).lower(), known)
    settled = []
    for entry in entries:
        path = entry.path if entry.path in exact else (
            by_case.get(entry.path.lower()) or by_name.get(posixpath.basename(entry.path).lower()))
        if path:
            settled.append(TocEntry(entry.level, entry.title, path, entry.fragment))
    return settled


def resolve(entries: list[TocEntry], anchors: dict[str, int]) -> tuple[OutlineEntry, ...]:
    """Each entry at its element's first text, else at its file's start (an id the
    file lacks); an entry into a file that gave no text at all is dropped."""
    outline = []
    for entry in entries:
        offset = anchors.get(entry.key, anchors.get(entry.path))
        if offset is not None:
            outline.append(OutlineEntry(entry.level, entry.title, offset))
    return tuple(outline)


class _Collector:
    """Entries in reading order. One without a link (a part's title over its chapters)
    takes its first linked descendant's place, or is dropped when it has none."""

    def __init__(self, base: str, own_path: str) -> None:
        self.entries: list[TocEntry] = []
        self._base, self._own = base, own_path
        self._unlinked: list[tuple[int, str]] = []  # ancestors still waiting for a place

    def add(self, level: int, title: str, href: str) -> None:
        while self._unlinked and self._unlinked[-1][0] >= level:
            self._unlinked.pop()  # a sibling or an uncle came first: no linked child
        target = self._target(href)
        if target is None:
            if title:
                self._unlinked.append((level, title))
            return
        path, fragment = target
        for waiting_level, waiting_title in self._unlinked:
            self.entries.append(TocEntry(waiting_level, waiting_title, path, fragment))
        self._unlinked = []
        if title:
            self.entries.append(TocEntry(level, title, path, fragment))

    def _target(self, href: str) -> tuple[str, str] | None:
        href = href.strip()
        if not href or urlsplit(href).scheme:  # no link, or one out of the book
            return None
        file, fragment = urldefrag(href)
        path = posixpath.normpath(posixpath.join(self._base, unquote(file))) if file \
            else self._own
        return path, unquote(fragment)


def _local(element: etree._Element) -> str:
    tag = element.tag
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _nav_type(element: etree._Element) -> list[str]:
    """``epub:type`` as strict XML names it, or as the lenient HTML parser keeps it."""
    return str(element.get(_OPS_TYPE) or element.get("epub:type") or "").split()


def _elements(root: etree._Element) -> Iterator[etree._Element]:
    return (e for e in root.iter() if isinstance(e.tag, str))


def _elements_of(parent: etree._Element) -> Iterator[etree._Element]:
    return (c for c in parent if isinstance(c.tag, str))


def _children(parent: etree._Element, name: str) -> list[etree._Element]:
    return [c for c in _elements_of(parent) if _local(c) == name]


def _child(parent: etree._Element | None, name: str) -> etree._Element | None:
    if parent is None:
        return None
    return next((c for c in _elements_of(parent) if _local(c) == name), None)


def _text(element: etree._Element | None) -> str:
    if element is None:
        return ""
    return _SPACE.sub(" ", "".join(t for t in element.itertext() if isinstance(t, str))).strip()
