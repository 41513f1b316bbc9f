"""lxml trees walked into the one walker (html_walker.py): EPUB chapters and web pages.

The feeder plays the walker each element's start and end and the text between, so
XHTML and HTML have one definition of blocks. On the way it adds each element's
``xml:lang`` or ``lang`` (the block's language) and, for an EPUB, what only an EPUB
knows: each element's CFI path (the block's origin: ``/6/4[ch1]!/4/2[intro]``, even
steps counting elements, ``[id]`` asserting ids), and where each file and each id the
table of contents points at begins in the text. A web page has no CFI: it is fed with
``origins=False`` and its blocks have none.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import replace

from lxml import etree  # type: ignore[import-untyped]

from reader.importers.html_walker import ATTRIBUTES_READ, Walker
from reader.language import SUPPORTED
from reader.text import DocumentText, canonicalize

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_CFI_SPECIAL = re.compile(r"([\^\[\](),;=])")
# An origin deeper than this (some hundred nested elements) names the ancestor at
# that depth: a valid, coarser CFI, and no string grows with the nesting depth.
MAX_ORIGIN = 1000
# Entities come as a start and an end; comments and processing instructions (when the
# parser kept them) as one event each: their tails are text too.
_EVENTS = ("start", "end", "comment", "pi")
_NAMES: dict[str, str] = {}  # element.tag → local name, as local_name() found it
# Whether any element of a tree sets its language (lxml.html keeps ``xml:lang`` as a
# plain attribute of that name).
_HAS_LANG = etree.XPath("boolean(descendant-or-self::*[@lang or @xml:lang "
                        "or @*[name() = 'xml:lang']])")
# What canonicalize() changes besides NFC: line ends and control characters.
_NEEDS_CANONICAL = re.compile("[\x00-\x08\x0b-\x1f\x7f\x85\u2028\u2029]")


def local_name(name: str) -> str:
    """``{namespace}p`` (strict XML) and ``p`` (lxml.html) are the same tag to us."""
    local = name.rsplit("}", 1)[-1].lower()
    if len(_NAMES) < 4096:  # tag names a page can make up are bounded
        _NAMES[name] = local
    return local


def _canonical(text: str) -> str:
    """:func:`canonicalize`, for the one text node in many that needs it."""
    if _NEEDS_CANONICAL.search(text) is None and (
            text.isascii() or unicodedata.is_normalized("NFC", text)):
        return text
    return canonicalize(text)


def lang_code(value: str | None) -> str:
    """``en-GB`` → ``en``; a language we do not stem gives "" (detection decides)."""
    code = (value or "").strip().lower().replace("_", "-").split("-")[0]
    return code if code in SUPPORTED else ""


def _element_lang(element: etree._Element) -> str | None:
    """The element's own ``xml:lang`` (or ``lang``), None when it sets none."""
    value = element.get(_XML_LANG) or element.get("xml:lang") or element.get("lang")
    return None if value is None else lang_code(value)


class Feeder:
    """Walks lxml trees into the walker; remembers the ``xml:lang`` each block was
    written in and, with ``origins``, tells the walker each element's CFI path and
    where each file and wanted id begins."""

    def __init__(self, wanted: set[str], origins: bool = True) -> None:
        self.walker = Walker()
        self.langs: list[str] = []  # parallel to the builder's blocks
        self._lang_stack = [""]
        self._encodings: list[str] = []
        self._wanted = wanted  # ``path#id`` the table of contents points at
        self._wanted_here: set[str] = set()  # the ids of those in the file being fed
        self._origins = origins
        self._file = ""

    def feed(self, parsed: tuple[etree._Element | None, str], path: str, cfi: str) -> None:
        """Walk one file (``path`` in the zip, whose CFI begins with ``cfi``) from its
        body, or from ``parsed``'s element itself when it has no body (a page's
        article)."""
        root, encoding = parsed
        if root is None:
            return
        self._encodings.append(encoding)
        self._file = path
        prefix = f"{path}#"  # the ids wanted in this file, so no element's key is spelled
        self._wanted_here = {k[len(prefix):] for k in self._wanted if k.startswith(prefix)}
        if path:
            self.walker.anchor(path)
        body = next(root.iter("{*}body"), root)
        self._walk(body, _path_of(body, root, cfi) if self._origins else "")
        self.walker.end_part()
        self._sync_langs()

    def _walk(self, top: etree._Element, base: str) -> None:
        """lxml's own iteration, not recursion: deep nesting must not overflow, and a
        page of 10,000 elements costs one Python step per event. ``paths`` holds each
        open element's CFI path, ``counts`` how many elements each has begun. The
        loop is the import's hottest: what each event does is written out here."""
        paths: list[str] = []
        counts: list[int] = []
        origins = self._origins
        walker = self.walker
        data, end_tag = walker.handle_data, walker.handle_endtag
        langs = bool(_HAS_LANG(top))  # a page that sets none asks no element for one
        stack = self._lang_stack
        names = _NAMES
        for event, element in etree.iterwalk(top, events=_EVENTS):
            name = element.tag
            if name.__class__ is not str:  # entity, comment, processing instruction
                if event != "start":
                    self._other(element)
                continue
            tag = names.get(name) or local_name(name)
            if event == "start":
                path = ""
                if origins:
                    if paths:
                        path = _step(paths[-1], counts[-1], element)
                        counts[-1] += 1
                    else:
                        path = base
                    paths.append(path)
                    counts.append(0)
                self._start(element, tag, path, langs)
                text = element.text
                if text:
                    data(_canonical(text))
            else:
                if origins:
                    paths.pop()
                    counts.pop()
                end_tag(tag)
                if stack[-1] != stack[-2]:
                    self._sync_langs()  # what the element closed was in its own language
                stack.pop()
                tail = element.tail
                if tail and element is not top:
                    data(_canonical(tail))

    def _start(self, element: etree._Element, tag: str, path: str, langs: bool) -> None:
        attrs = ([(_NAMES.get(k) or local_name(k), v) for k, v in element.items()]
                 if tag in ATTRIBUTES_READ else [])
        walker = self.walker
        walker.next_origin = path
        walker.handle_starttag(tag, attrs)
        wanted = self._wanted_here
        if wanted:
            for name in (element.get("id"), element.get("name") if tag == "a" else None):
                if name and name in wanted:
                    walker.anchor(f"{self._file}#{name}")
        stack = self._lang_stack
        own = _element_lang(element) if langs and tag not in ("body", "html") else None
        if own is not None and own != stack[-1]:
            self._sync_langs()  # what was closed so far was in the outer language
        stack.append(stack[-1] if own is None else own)
        if tag == "img":  # images are not shown, but what they say is kept
            alt = str(element.get("alt") or "").strip()
            if alt:
                self._data(f" {alt} ")

    def _other(self, element: etree._Element) -> None:
        """An entity left unexpanded (no DTD loaded), such as ``&nbsp;``, is its text;
        a comment or processing instruction is only its tail."""
        if isinstance(element, etree._Entity):
            self._data(html.unescape(element.text or ""))
        self._data(element.tail)

    def _data(self, text: str | None) -> None:
        if text:
            self.walker.handle_data(_canonical(text))

    def _sync_langs(self) -> None:
        """Blocks closed since the last change of language take the one open then:
        called only as the language changes, so a page in one language pays nothing."""
        missing = len(self.walker.builder.blocks) - len(self.langs)
        if missing:
            self.langs.extend([self._lang_stack[-1]] * missing)

    def build(self) -> DocumentText:
        self.walker.finish()
        self._sync_langs()
        body = self.walker.builder.build()
        if not any(self.langs):
            return body
        blocks = tuple(replace(b, lang=lang) if lang != b.lang else b
                       for b, lang in zip(body.blocks, self.langs, strict=True))
        return replace(body, blocks=blocks)

    def encoding(self) -> str:
        """The chapters' encoding, the most used one (nearly always UTF-8)."""
        return max(set(self._encodings), key=self._encodings.count, default="utf-8")


def _step(path: str, index: int, element: etree._Element) -> str:
    """``path`` and one CFI step: even numbers count elements, ``[id]`` asserts."""
    if len(path) > MAX_ORIGIN:
        return path
    own = element.get("id")
    return f"{path}/{2 * (index + 1)}" + (f"[{cfi_escape(own)}]" if own else "")


def _path_of(element: etree._Element, root: etree._Element, prefix: str) -> str:
    """The CFI path of ``element`` (the body) from the document's root element."""
    steps = []
    node = element
    while node is not root and node.getparent() is not None:
        parent = node.getparent()
        siblings = [c for c in parent if isinstance(c.tag, str)]
        steps.append(_step("", siblings.index(node), node))
        node = parent
    return prefix + "".join(reversed(steps))


def cfi_escape(value: str) -> str:
    return _CFI_SPECIAL.sub(r"^\1", value)
