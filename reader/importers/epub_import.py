"""EPUB 2 and 3: a zip of XHTML chapters, read in spine order into one canonical text.

An EPUB is read as its package file says, never as the zip happens to list it:
``META-INF/container.xml`` names the OPF, the OPF's spine gives the reading order
(``linear="no"`` items, such as pop-up notes, after the main flow) and its ``dc:*``
the title, creators and language. Each chapter's XHTML is walked into the HTML
importer's own walker, so headings, lists, tables, quotes, code and marks have one
definition. Each block keeps its element's EPUB CFI path as its origin
(``/6/4[ch1]!/4/2[intro]``), and the book's own table of contents (epub_toc.py)
becomes the text's outline. Nothing is fetched and no script runs: the XML parser loads no DTD and
touches no network, and scripts and styles are dropped by the walker as for HTML.

lxml (BSD) sits behind this module only; ebooklib is AGPL and is not used.
"""

from __future__ import annotations

import codecs
import io
import logging
import posixpath
import re
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import NoReturn
from urllib.parse import unquote, urldefrag

# lxml ships no type hints and the stubs lag it; only the epub_* modules touch it.
from lxml import etree  # type: ignore[import-untyped]
from lxml import html as lxml_html

from reader.decoding import MAX_BYTES
from reader.errors import ImportRefused, said
from reader.importers import article, epub_toc, links
from reader.importers.epub_feeder import Feeder, cfi_escape, lang_code
from reader.importers.epub_toc import TocEntry
from reader.text import DocumentText

# Font obfuscation (IDPF and Adobe) only scrambles embedded fonts; the text is clear.
_FONT_OBFUSCATION = frozenset({"http://www.idpf.org/2008/embedding",
                               "http://ns.adobe.com/pdf/enc#RC"})
_DRM = said("protected by DRM (encrypted content); Marginalia cannot read it")
_NS = {"c": "urn:oasis:names:tc:opendocument:xmlns:container",
       "opf": "http://www.idpf.org/2007/opf",
       "dc": "http://purl.org/dc/elements/1.1/",
       "enc": "http://www.w3.org/2001/04/xmlenc#"}
_OPF_ROLE = "{http://www.idpf.org/2007/opf}role"
_XHTML_TYPES = frozenset({"application/xhtml+xml", "text/html", "application/xml"})
_DECLARED = re.compile(rb"""(?:encoding|charset)\s*=\s*["']?([A-Za-z0-9._-]+)""")
_SPACE = re.compile(r"\s+")
# No DTD, no entities expanded from outside, no network: an EPUB is untrusted input.
_XML = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                       remove_comments=True, remove_pis=True, huge_tree=False)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class EpubText:
    """What the package and its chapters give: the canonical text and its metadata."""

    title: str
    authors: tuple[str, ...]
    body: DocumentText
    language: str  # the OPF's dc:language, if one we stem; "" otherwise
    encoding: str


@dataclass(frozen=True)
class _SpineItem:
    path: str  # in the zip
    idref: str  # the itemref's, and its position among the spine's: the CFI's first steps
    position: int

    def cfi(self) -> str:
        return f"/6/{2 * (self.position + 1)}[{cfi_escape(self.idref)}]!"


@dataclass
class _Package:
    title: str = ""
    authors: list[str] = field(default_factory=list)
    language: str = ""
    spine: list[_SpineItem] = field(default_factory=list)  # in reading order
    toc: list[TocEntry] = field(default_factory=list)


def parse(name: str, data: bytes) -> EpubText:
    """Read the EPUB ``data`` (the file ``name``); raises :class:`ImportRefused`."""
    with open_zip(name, data, ImportRefused) as archive:
        members = _Members(name, archive)
        _check_encryption(members)
        package = _read_package(members)
        # A chapter the zip lacks is skipped, as readers do.
        chapters = [(item, members.read(item.path)) for item in package.spine
                    if members.has(item.path)]
        wanted = {entry.key for entry in package.toc if entry.fragment}
        feeder = Feeder(wanted | links.wanted_targets((i.path, d) for i, d in chapters))
        for item, data in chapters:
            parsed = _parse_xhtml(data)
            if parsed[0] is not None:
                for link in article.never_text_links(parsed[0]):
                    article.silence(link)  # permalinks, paragraph numbers: no words
            feeder.feed(parsed, item.path, item.cfi())
        body = feeder.build()
    outline = epub_toc.resolve(package.toc, feeder.walker.anchors)
    body = links.resolve(replace(body, outline=outline), feeder.walker.anchors,
                         [item.path for item, _ in chapters])
    title = package.title or _first_heading(body)
    return EpubText(title, tuple(package.authors), body, package.language,
                    feeder.encoding())


class _Members:
    """The zip's members, read with a budget: a zip bomb is refused, never unpacked."""

    def __init__(self, name: str, archive: zipfile.ZipFile) -> None:
        self.name = name
        self._archive = archive
        self._budget = MAX_BYTES
        self._infos = {info.filename: info for info in archive.infolist()}
        self._folded = {path.lower(): path for path in self._infos}
        for info in self._infos.values():
            if info.file_size > MAX_BYTES:
                self.refuse(said("too large once unpacked ({member} is {size} MB; the "
                                 "limit is 50 MB)", member=info.filename,
                                 size=f"{info.file_size / 1e6:.0f}"))

    def refuse(self, reason: str) -> NoReturn:
        raise ImportRefused(self.name, reason)

    def has(self, path: str) -> bool:
        return path in self._infos or path.lower() in self._folded

    def read(self, path: str) -> bytes:
        """The member's bytes; sizes are checked as read, for headers can lie."""
        info = self._infos.get(path) or self._infos.get(self._folded.get(path.lower(), ""))
        if info is None:
            raise ImportRefused(self.name, said("damaged EPUB ({path} is missing)", path=path))
        if info.flag_bits & 0x1:
            raise ImportRefused(self.name, _DRM)
        try:
            with self._archive.open(info) as stream:
                data = stream.read(self._budget + 1)
        except (zipfile.BadZipFile, zlib.error, NotImplementedError, EOFError,
                OSError, RuntimeError) as exc:
            raise ImportRefused(self.name, said("damaged EPUB ({path} cannot be unpacked)",
                                                path=path)) from exc
        if len(data) > self._budget:
            self.refuse(said("too large once unpacked (more than 50 MB of text; the limit "
                             "is 50 MB)"))
        self._budget -= len(data)
        return data

    def xml(self, path: str) -> etree._Element:
        """A package file (container, OPF, encryption) as strict XML."""
        try:
            return etree.fromstring(self.read(path), _XML)
        except etree.XMLSyntaxError as exc:
            raise ImportRefused(self.name, said("damaged EPUB ({path} is not valid XML)",
                                                path=path)) from exc


def _check_encryption(members: _Members) -> None:
    """Font obfuscation is fine; any other encrypted resource is DRM, refused."""
    path = "META-INF/encryption.xml"
    if not members.has(path):
        return
    for data in members.xml(path).iterfind(".//enc:EncryptedData", _NS):
        method = data.find("enc:EncryptionMethod", _NS)
        algorithm = (method.get("Algorithm") or "").strip() if method is not None else ""
        if algorithm not in _FONT_OBFUSCATION:
            members.refuse(_DRM)


def _read_package(members: _Members) -> _Package:
    """The OPF the container names: metadata, manifest and spine."""
    container = "META-INF/container.xml"
    if not members.has(container):
        members.refuse(said("not an EPUB ({why})", why=said("no META-INF/container.xml")))
    rootfile = members.xml(container).find(".//c:rootfile", _NS)
    opf_path = unquote(rootfile.get("full-path") or "") if rootfile is not None else ""
    if not opf_path:
        members.refuse(said("damaged EPUB (META-INF/container.xml names no package file)"))
    if not members.has(opf_path):
        members.refuse(said("damaged EPUB (its package file {path} is missing)",
                            path=opf_path))
    opf = members.xml(opf_path)
    package = _metadata(opf)
    package.spine = _spine(opf, posixpath.dirname(opf_path))
    if not package.spine:
        members.refuse(said("damaged EPUB (its spine lists no chapters)"))
    package.toc = epub_toc.settle(_read_toc(members, opf, posixpath.dirname(opf_path)),
                                  [item.path for item in package.spine])
    return package


def _read_toc(members: _Members, opf: etree._Element, base: str) -> list[TocEntry]:
    """The nav document's entries, else the NCX's. One that cannot be read costs the
    book its outline and one warning, never the import."""
    nav, ncx = epub_toc.sources(opf, base)
    problems: list[str] = []
    for path, is_nav in ((nav, True), (ncx, False)):
        if not path:
            continue
        try:
            if is_nav:
                root, _ = _parse_xhtml(members.read(path))
                entries = epub_toc.nav_entries(root, path) if root is not None else []
            else:
                entries = epub_toc.ncx_entries(members.xml(path), path)
        except ImportRefused as exc:
            problems.append(exc.reason)
            continue
        if entries:
            return entries
        problems.append(f"{path} lists no entries")
    if problems:
        log.warning("%s: no table of contents read (%s)", members.name, "; ".join(problems))
    return []


def _metadata(opf: etree._Element) -> _Package:
    """Title, creators (authors only, when roles are given) and language."""
    titles = [_SPACE.sub(" ", t.text or "").strip() for t in opf.iterfind(".//dc:title", _NS)]
    roles = {(m.get("refines") or "").lstrip("#"): (m.text or "").strip()
             for m in opf.iterfind(".//opf:meta[@property='role']", _NS)}
    authors = []
    for creator in opf.iterfind(".//dc:creator", _NS):
        role = creator.get(_OPF_ROLE) or roles.get(creator.get("id") or "", "aut")
        text = _SPACE.sub(" ", creator.text or "").strip()
        if text and role in ("aut", ""):
            authors.append(text)
    language = opf.find(".//dc:language", _NS)
    return _Package(next((t for t in titles if t), ""), authors,
                    lang_code(language.text if language is not None else None))


def _spine(opf: etree._Element, base: str) -> list[_SpineItem]:
    """The spine's XHTML items: linear ones first, then ``linear="no"`` (notes and
    pop-ups, which readers reach by link rather than by turning pages)."""
    manifest: dict[str, str] = {}
    for item in opf.iterfind(".//opf:manifest/opf:item", _NS):
        href, media = item.get("href") or "", (item.get("media-type") or "").strip()
        if href and media in _XHTML_TYPES:
            path = posixpath.normpath(posixpath.join(base, unquote(urldefrag(href)[0])))
            manifest[item.get("id") or ""] = path
    linear: list[_SpineItem] = []
    aside: list[_SpineItem] = []
    for position, ref in enumerate(opf.iterfind(".//opf:spine/opf:itemref", _NS)):
        idref = ref.get("idref") or ""
        target = manifest.get(idref)
        if target:
            item = _SpineItem(target, idref, position)
            (aside if (ref.get("linear") or "").strip() == "no" else linear).append(item)
    # Some tools list one file once per section (``ch1.xhtml#s2``): read each once.
    firsts = {item.path: item for item in reversed(linear + aside)}
    return [item for item in linear + aside if firsts[item.path] is item]


def _parse_xhtml(data: bytes) -> tuple[etree._Element | None, str]:
    """A chapter as a tree, and its encoding: strict XML when it is well formed, else
    lxml.html's tolerant parser (publishers ship broken XHTML; readers open it)."""
    try:
        root = etree.fromstring(data, _XML)
        return root, (root.getroottree().docinfo.encoding or "utf-8").lower()
    except etree.XMLSyntaxError:
        pass
    found = _DECLARED.search(data[:2048])
    encoding = found.group(1).decode("ascii").lower() if found else "utf-8"
    try:
        codecs.lookup(encoding)
    except LookupError:
        encoding = "utf-8"
    parser = lxml_html.HTMLParser(encoding=encoding, remove_comments=True,
                                  remove_pis=True, no_network=True)
    try:
        return lxml_html.document_fromstring(data, parser=parser), encoding
    except (etree.ParserError, ValueError):
        return None, encoding


def open_zip(name: str, data: bytes,
             refusal: Callable[[str, str], Exception]) -> zipfile.ZipFile:
    """``data`` as the zip an EPUB is; ``refusal(name, reason)`` is raised when it is
    not one (the import refuses the file, the original view says it cannot show it)."""
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise refusal(name, said("not an EPUB ({why})",
                                 why=said("not a zip archive"))) from exc


def _first_heading(body: DocumentText) -> str:
    first = next((b for b in body.blocks if b.kind == "heading"), None)
    return body.text[first.start:first.end] if first else ""


# Shared with reader/original_source.py, which shows the book as its chapters render:
# the same package, spine, zip limits and chapter parser as the import, not a copy.
Members = _Members
check_encryption = _check_encryption
read_package = _read_package
parse_xhtml = _parse_xhtml
