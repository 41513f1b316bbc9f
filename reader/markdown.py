"""The one door to markdown-it-py: parsing imported Markdown and rendering notes.

Notes are written by the reader but rendered inside the app, so rendering is locked
down: raw HTML off (``js-default``), no images (nothing is ever loaded), and links
kept only for an allow-list of schemes; everything else is shown as plain text.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache
from urllib.parse import urlsplit

from markdown_it import MarkdownIt
from markdown_it.token import Token

ALLOWED_SCHEMES = ("http", "https", "mailto")


def _allowed_link(url: str) -> bool:
    scheme = urlsplit(url.strip()).scheme.lower()
    return scheme in ALLOWED_SCHEMES


class _NoteMarkdown(MarkdownIt):
    """markdown-it's own link check replaced by the allow-list (its documented hook)."""

    def validateLink(self, url: str) -> bool:
        return _allowed_link(url)


def _note_renderer() -> MarkdownIt:
    md = _NoteMarkdown("js-default")
    md.disable("image")
    return md


def render_note(source: str) -> str:
    """HTML for a note, safe to show in a rich-text widget."""
    return _note_renderer().render(source)


def parse_tokens(source: str) -> list[Token]:
    """Block tokens of a Markdown document (CommonMark, raw HTML kept as text)."""
    md = MarkdownIt("commonmark", {"html": False})
    return md.parse(source)


def commonmark_to_html(source: str) -> str:
    """Plain CommonMark rendering, used to check that exports round-trip."""
    return MarkdownIt("commonmark").render(source)


_BLOCK_TAG = re.compile(r"</?(?:p|li|ul|ol|h[1-6]|blockquote|pre|hr|br|table|tr|td|th)\b[^>]*>")
_TAG = re.compile(r"<[^>]*>")


@lru_cache(maxsize=512)
def plain_note(source: str) -> str:
    """A Markdown note as one line of plain text: ``A **note** with a [link](…)``
    gives ``A note with a link``."""
    if not source.strip():
        return ""
    rendered = _TAG.sub("", _BLOCK_TAG.sub(" ", render_note(source)))
    return " ".join(html.unescape(rendered).split())
