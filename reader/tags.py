"""The one spelling of a tag, for every face of Marginalia.

A tag was typed in the window, on the command line or restored from a backup, then
shown in the margin, printed by the CLI, searched with ``tag:`` and written into a
Markdown export that Obsidian reads. Each used to spell it its own way
(``#context managers``, ``#context-managers``, ``##hash``); now every path goes
through :func:`normalize_tag` when a tag comes in and :func:`display_tag` when it
goes out, so the reader sees one tag wherever they look.

The canonical form follows Obsidian's rule that a tag holds no spaces: NFC, no
control characters, no leading ``#``, trimmed, and each run of inner white space
replaced by ``-``. Case is kept (the reader's spelling); search folds it anyway.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from reader.text import canonicalize

_WHITE = re.compile(r"\s+")
_LEAD = re.compile(r"^[#\s]+")  # "#hash", "## hash", "# # hash": the marks, not the tag


def normalize_tag(text: str) -> str:
    """The canonical form of ``text``, or ``""`` when nothing of a tag is left (the
    caller refuses it: only it knows how to name the input in its error)."""
    name = _LEAD.sub("", canonicalize(str(text))).strip()
    return _WHITE.sub("-", name)


def display_tag(tag: str) -> str:
    """``#tag`` as the window, the CLI and the export show it. A tag stored before
    the canonical form existed (``context managers``, ``#hash``) is shown in that
    form too, so an old library reads like a new one without rewriting it."""
    name = normalize_tag(tag)
    return f"#{name}" if name else ""


def normalize_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Stored tags as every face shows them: canonical, in order, each once. A library
    from before the canonical form may hold ``ai companions`` and ``ai-companions``
    on one highlight; they are one tag now, and nothing is rewritten to say so."""
    return tuple(dict.fromkeys(name for name in map(normalize_tag, tags) if name))
