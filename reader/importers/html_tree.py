"""A web page's text as an lxml tree: libxml2's HTML parser, with nothing fetched and
no page that it cannot hold read as a shorter one.

The importers get text already decoded (reader/decoding.py decides and records the
encoding), so the tree is parsed from that text's UTF-8 with the encoding fixed: an
XML declaration or a ``<meta charset>`` saying otherwise is not believed twice. Line
ends become ``\n`` and control characters go on the bytes (libxml2 would turn them
into U+FFFD); NFC is the walker's, per text node (character references can decompose).

libxml2 keeps its limits (``huge_tree`` off) and, past one, stops reading without a
word: the rest of the page would be silently gone. Both limits are met here:

- nesting deeper than 256 elements (an attack, or a page of ``<font>`` never closed):
  the page is read again with the elements past :data:`MAX_DEPTH` levels left out,
  their words kept in the element around them, and, should libxml2 still refuse,
  with no elements at all: the words always survive;
- a single run of text over 10 MB (a log pasted in one ``<pre>``): our input is
  already bounded (decoding.MAX_BYTES), so that one page is read with ``huge_tree``.
"""

from __future__ import annotations

import logging
import re
from collections import Counter

from lxml import etree  # type: ignore[import-untyped]

log = logging.getLogger(__name__)

# UTF-8 never uses these bytes inside a character: they are the C0 controls (but tab
# and line feed, and CR, made a line feed first) and DEL, as canonicalize() drops them.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0b, 0x0c, *range(0x0e, 0x20), 0x7f])
MAX_DEPTH = 200  # levels kept when a page nests deeper than libxml2 reads
_VOID = frozenset({"area", "base", "basefont", "bgsound", "br", "col", "command",
                   "embed", "frame", "hr", "img", "input", "isindex", "keygen", "link",
                   "meta", "param", "source", "track", "wbr"})
# A comment, an element whose content is not markup (kept whole), or a tag.
_TOKEN = re.compile(r"<!--.*?(?:-->|\Z)"
                    r"|<(script|style|textarea|title)\b.*?(?:</\1\s*>|\Z)"
                    r"|<(/?)([A-Za-z][^\s/>]*)[^>]*>", re.S | re.I)


def parse_tree(text: str) -> etree._Element | None:
    """The page's root element, None for a page with no markup and no text."""
    huge = False
    root = None
    for depth in (None, MAX_DEPTH, 0):
        source = text if depth is None else flatten(text, depth)
        root, limit = _parse(source, huge)
        if limit == "size" and not huge:
            log.info("a text run over libxml2's 10 MB limit: read with huge_tree")
            huge = True
            root, limit = _parse(source, huge)
        if limit != "depth":
            return root
        log.info("nested deeper than libxml2 reads: elements past %s levels left out",
                 MAX_DEPTH if depth is None else depth)
    return root


def _parse(source: str, huge: bool) -> tuple[etree._Element | None, str]:
    """One parse, and which of libxml2's limits stopped it ("depth", "size" or "")."""
    parser = etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True,
                              no_network=True, huge_tree=huge, collect_ids=False)
    try:
        root = etree.fromstring(_bytes(source), parser)
    except (etree.LxmlError, ValueError):
        log.info("libxml2 could not read the page", exc_info=True)
        return None, ""
    for error in parser.error_log:
        if error.type_name == "ERR_RESOURCE_LIMIT":
            return root, "depth" if "depth" in error.message.lower() else "size"
    return root, ""


def _bytes(source: str) -> bytes:
    data = source.encode("utf-8", "replace")
    if b"\r" in data:
        data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    return data.translate(None, _CONTROL_BYTES)


def flatten(text: str, depth: int) -> str:
    """``text`` without the tags of elements opened ``depth`` levels deep or more, read
    as libxml2 nests them: an end tag closes what is open above its element and is
    ignored when none is open. Linear: each element is pushed and popped once."""
    out: list[str] = []
    stack: list[tuple[str, bool]] = []  # open elements, and whether each is kept
    opened = Counter[str]()
    kept = pos = 0
    for match in _TOKEN.finditer(text):
        out.append(text[pos:match.start()])
        pos = match.end()
        closing, name = match.group(2, 3)
        if name is None:  # a comment (dropped) or a script, style, title (a leaf)
            out.append("" if match.group(0).startswith("<!--") else match.group(0))
            continue
        name = name.lower()
        if closing:
            if opened[name]:
                while True:
                    tag, keep = stack.pop()
                    opened[tag] -= 1
                    kept -= keep
                    if tag == name:
                        break
                out.append(match.group(0) if keep else "")
        elif name in _VOID or match.group(0).endswith("/>"):
            out.append(match.group(0))
        else:
            keep = kept < depth
            stack.append((name, keep))
            opened[name] += 1
            kept += keep
            out.append(match.group(0) if keep else " ")
    out.append(text[pos:])
    return "".join(out)
