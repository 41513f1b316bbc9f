"""An EPUB chapter's lxml tree walked into the HTML importer's walker.

The walker is an ``html.parser`` subclass; the feeder plays it the events its parser
would have emitted, so XHTML and HTML have one definition of blocks. On the way it
adds what only an EPUB knows: each element's ``xml:lang`` (the block's language), its
EPUB CFI path (the block's origin: ``/6/4[ch1]!/4/2[intro]``, even steps counting
elements, ``[id]`` asserting ids), and where each file and each id the table of
contents points at begins in the text.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import replace

from lxml import etree  # type: ignore[import-untyped]

from reader.importers.html_import import Walker
from reader.language import SUPPORTED
from reader.text import DocumentText, canonicalize

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_CFI_SPECIAL = re.compile(r"([\^\[\](),;=])")
# An origin deeper than this (some hundred nested elements) names the ancestor at
# that depth: a valid, coarser CFI, and no string grows with the nesting depth.
MAX_ORIGIN = 1000
_AS_IS = -2  # a walk entry whose path is already complete


def local_name(name: str) -> str:
    """``{namespace}p`` (strict XML) and ``p`` (lxml.html) are the same tag to us."""
    return name.rsplit("}", 1)[-1].lower()


def lang_code(value: str | None) -> str:
    """``en-GB`` → ``en``; a language we do not stem gives "" (detection decides)."""
    code = (value or "").strip().lower().replace("_", "-").split("-")[0]
    return code if code in SUPPORTED else ""


def _element_lang(element: etree._Element) -> str | None:
    """The element's own ``xml:lang`` (or ``lang``), None when it sets none."""
    value = element.get(_XML_LANG) or element.get("xml:lang") or element.get("lang")
    return None if value is None else lang_code(value)


class Feeder:
    """Walks lxml trees into the HTML importer's walker, as the events its parser
    would have emitted; remembers the ``xml:lang`` each block was written in, tells the
    walker each element's CFI path, and where each file and wanted id begins."""

    def __init__(self, wanted: set[str]) -> None:
        self.walker = Walker()
        self.langs: list[str] = []  # parallel to the builder's blocks
        self._lang_stack = [""]
        self._encodings: list[str] = []
        self._wanted = wanted  # ``path#id`` the table of contents points at
        self._file = ""

    def feed(self, parsed: tuple[etree._Element | None, str], path: str, cfi: str) -> None:
        """Walk one spine file, ``path`` in the zip, whose CFI begins with ``cfi``."""
        root, encoding = parsed
        if root is None:
            return
        self._encodings.append(encoding)
        self._file = path
        self.walker.anchor(path)
        body = next((e for e in root.iter() if isinstance(e.tag, str)
                     and local_name(e.tag) == "body"), root)
        # (element, path, index): opened at ``path`` + its step, or closed (-1) at ``path``
        stack = [(body, _path_of(body, root, cfi), _AS_IS)]
        while stack:  # by hand, not recursion: deep nesting must not overflow
            element, path, index = stack.pop()
            if index == -1:
                self._end(element, element is body)
            elif not isinstance(element.tag, str):
                self._entity(element)
            else:
                path = path if index == _AS_IS else _step(path, index, element)
                self._start(element, path)
                stack.append((element, path, -1))
                stack.extend(reversed(_children(element, path)))
        self._emit(self.walker.end_part)

    def _start(self, element: etree._Element, path: str) -> None:
        tag = local_name(element.tag)
        attrs = [(local_name(k), v) for k, v in element.attrib.items()]
        self.walker.next_origin = path
        self._emit(lambda: self.walker.handle_starttag(tag, attrs))
        if self._wanted:
            for name in (element.get("id"), element.get("name") if tag == "a" else None):
                if name and f"{self._file}#{name}" in self._wanted:
                    self.walker.anchor(f"{self._file}#{name}")
        own = _element_lang(element) if tag not in ("body", "html") else None
        self._lang_stack.append(self._lang_stack[-1] if own is None else own)
        alt = str(element.get("alt") or "").strip() if tag == "img" else ""
        if alt:  # images are not shown, but what they say is kept
            self._data(f" {alt} ")
        self._data(element.text)

    def _end(self, element: etree._Element, is_root: bool) -> None:
        tag = local_name(element.tag)
        self._emit(lambda: self.walker.handle_endtag(tag))
        self._lang_stack.pop()
        if not is_root:
            self._data(element.tail)

    def _entity(self, element: etree._Element) -> None:
        """An entity left unexpanded (no DTD loaded), such as ``&nbsp;``."""
        if isinstance(element, etree._Entity):
            self._data(html.unescape(element.text or ""))
        self._data(element.tail)

    def _data(self, text: str | None) -> None:
        if text:
            self.walker.handle_data(canonicalize(text))

    def _emit(self, event: Callable[[], None]) -> None:
        """Run one walker event; blocks it closes take the language open around it."""
        event()
        missing = len(self.walker.builder.blocks) - len(self.langs)
        self.langs.extend([self._lang_stack[-1]] * missing)

    def build(self) -> DocumentText:
        self._emit(self.walker.finish)
        body = self.walker.builder.build()
        blocks = tuple(replace(b, lang=lang) for b, lang in zip(body.blocks, self.langs,
                                                                 strict=True))
        return replace(body, blocks=blocks)

    def encoding(self) -> str:
        """The chapters' encoding, the most used one (nearly always UTF-8)."""
        return max(set(self._encodings), key=self._encodings.count, default="utf-8")


def _children(element: etree._Element, path: str) -> list[tuple[etree._Element, str, int]]:
    """Walk entries for ``element``'s children, each element with its index among the
    elements only (entities are no CFI step)."""
    out = []
    index = 0
    for child in element:
        out.append((child, path, index))
        index += isinstance(child.tag, str)
    return out


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
