"""Links inside a document, resolved once at import to where they land.

A reader follows a table of contents' link, a footnote reference or an EPUB's
cross-chapter link to a place in the one canonical text; the source's file names and
element ids mean nothing after the import, so each internal link mark keeps its
``href`` and gains ``to``: the target's canonical offset (as a string, for marks'
attributes are strings). Links out of the document (``https:``, ``mailto:``) are left
as they are. A fragment no element carries may still name a heading (Markdown has no
heading ids: ``[x](#a-heading)`` is GitHub's slug of the heading's words), so headings
are tried by slug last; the reading view does the same for documents imported before.
"""

from __future__ import annotations

import posixpath
import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import replace
from urllib.parse import unquote

from reader.text import DocumentText, Mark

# The hrefs of a chapter's or a page's source, found without parsing it again: a
# superset is harmless (an id nobody links to is only remembered).
# XHTML spells its attributes in lower case; a literal start keeps the scan fast.
_HREF = re.compile(rb"""href\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_SLUG_DROP = re.compile(r"[^\w\- ]")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:")


def is_external(href: str) -> bool:
    """Whether ``href`` leaves the document (a scheme or a host of its own). By hand,
    not urllib: a documentation page has thousands of links, read at every import."""
    href = href.strip()
    return href.startswith("//") or _SCHEME.match(href) is not None


def slug(title: str) -> str:
    """GitHub's heading slug: lower case, punctuation dropped, spaces to hyphens."""
    return _SLUG_DROP.sub("", title.strip().lower()).replace(" ", "-")


def heading_slugs(body: DocumentText) -> dict[str, int]:
    """Each heading's slug (a repeated one numbered ``-1``, ``-2`` as GitHub does) at
    the heading's start."""
    found: dict[str, int] = {}
    seen: dict[str, int] = {}
    for block in body.blocks:
        if block.kind != "heading":
            continue
        base = slug(body.text[block.start:block.end])
        count = seen.get(base, 0)
        seen[base] = count + 1
        found.setdefault(f"{base}-{count}" if count else base, block.start)
    return found


def wanted_targets(chapters: Iterable[tuple[str, bytes]]) -> set[str]:
    """The ``path#id`` keys the links of each chapter (its path in the book) point at,
    for the feeder to remember where those ids begin: read before any chapter is
    walked, for a note's link back points at a chapter read before it."""
    wanted: set[str] = set()
    for path, data in chapters:
        hrefs = ((m.group(1) or m.group(2) or b"").decode("utf-8", "replace")
                 for m in _HREF.finditer(data))
        wanted |= wanted_keys(hrefs, path)
    return wanted


def wanted_keys(hrefs: Iterable[str], current: str = "") -> set[str]:
    """The ``path#id`` keys (``#id`` on a web page) of the links ``hrefs`` written in
    the file ``current``."""
    wanted: set[str] = set()
    for raw in hrefs:
        if not current and not raw.lstrip().startswith("#"):
            continue  # a web page's link to another file: never inside it
        target = _target(raw, current)
        if target is not None and target[1]:
            wanted.add(f"{target[0]}#{target[1]}")
    return wanted


def resolve(body: DocumentText, anchors: dict[str, int],
            files: Sequence[str] = ()) -> DocumentText:
    """``body`` with ``to`` on every internal link whose target is known. ``anchors``:
    where each ``path#id`` (``#id`` on a web page) and each file (``files``, an EPUB's
    in reading order) begins in the text."""
    if not any(mark.kind == "link" for mark in body.marks):
        return body
    places = _Places(body, anchors, files)
    marks: list[Mark] = []
    for mark in body.marks:
        offset = places.of(mark) if mark.kind == "link" and "to" not in mark.attrs else None
        marks.append(mark if offset is None
                     else replace(mark, attrs={**mark.attrs, "to": str(offset)}))
    return replace(body, marks=tuple(marks))


class _Places:
    """Where a link lands: its id's place, else (a file named, its id lost) the file's
    start, the path's case forgiven as the table of contents' is; else a heading
    whose slug is the fragment."""

    def __init__(self, body: DocumentText, anchors: dict[str, int],
                 files: Sequence[str]) -> None:
        self.body, self.anchors = body, anchors
        listed = [(anchors[path], path) for path in files if path in anchors]
        self.starts = [start for start, _ in listed]
        self.paths = [path for _, path in listed]
        self._folded: dict[str, int] | None = None
        self._slugs: dict[str, int] | None = None

    def of(self, mark: Mark) -> int | None:
        href = mark.attrs.get("href", "").strip()
        if not href or (not self.paths and not href.startswith("#")):
            return None  # a web page's link to another file never lands inside it
        current = self._file_at(mark.start)
        target = _target(href, current)
        if target is None:
            return None
        offset = self._lookup(*target, current)
        if offset is None and href.startswith("#"):
            if self._slugs is None:
                self._slugs = heading_slugs(self.body)
            offset = self._slugs.get(slug(target[1]))
        return offset if offset is not None and 0 <= offset <= len(self.body.text) else None

    def _file_at(self, offset: int) -> str:
        """The file (of an EPUB) the text at ``offset`` was read from; "" for a page."""
        i = bisect_right(self.starts, offset) - 1
        return self.paths[max(i, 0)] if self.paths else ""

    def _lookup(self, path: str, fragment: str, current: str) -> int | None:
        keys = [f"{path}#{fragment}"] if fragment else []
        if (path and path != current) or not fragment:
            keys.append(path)
        for key in keys:
            found = self.anchors.get(key)
            if found is None and key:
                if self._folded is None:
                    self._folded = {k.lower(): v for k, v in self.anchors.items()}
                found = self._folded.get(key.lower())
            if found is not None:
                return found
        return None


def _target(href: str, current: str) -> tuple[str, str] | None:
    """(path, fragment) ``href`` names from the file ``current``; None when it leaves
    the document or names nothing."""
    href = href.strip()
    if href.startswith("#"):  # the commonest: a place in the same file
        return current, _unquoted(href[1:])
    if not href or is_external(href):
        return None
    file, _, fragment = href.partition("#")
    file = file.partition("?")[0]
    if file:
        path = posixpath.normpath(posixpath.join(posixpath.dirname(current), _unquoted(file)))
    else:
        path = current
    return path, _unquoted(fragment)


def _unquoted(part: str) -> str:
    return unquote(part) if "%" in part else part
