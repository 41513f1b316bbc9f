"""What a reader may give an annotation: checked once, refused in words.

Offsets must fall inside the text and hold more than white space; colours are the
five names; notes are canonical text under a size limit; tags take their one form
(:mod:`reader.tags`). A refusal is an :class:`InvalidInput` naming the value.
"""

from __future__ import annotations

from collections.abc import Iterable

from reader.errors import InvalidInput
from reader.model import COLORS
from reader.tags import normalize_tag
from reader.text import canonicalize

MAX_NOTE = 200_000
MAX_TAG = 100


def check_span(text: str, start: int, end: int) -> None:
    if not isinstance(start, int) or not isinstance(end, int):
        raise InvalidInput(f"{start!r}-{end!r}: offsets must be whole numbers")
    if not 0 <= start <= len(text) or not 0 <= end <= len(text):
        raise InvalidInput(f"{start}-{end}: outside the text (0-{len(text)})")
    if end <= start:
        raise InvalidInput(f"{start}-{end}: empty span; a highlight needs at least one "
                           "character")
    if not text[start:end].strip():
        raise InvalidInput(f"{start}-{end}: the span holds only white space")


def check_color(color: str) -> str:
    name = str(color).strip().lower()
    if name not in COLORS:
        raise InvalidInput(f"{color}: not a colour; choose one of {', '.join(COLORS)}")
    return name


def check_note(note: str) -> str:
    clean = canonicalize(str(note))
    if len(clean) > MAX_NOTE:
        raise InvalidInput(f"note of {len(clean)} characters: the limit is {MAX_NOTE}")
    return clean


def check_tags(tags: Iterable[str]) -> list[str]:
    """Tags in their one canonical form (:mod:`reader.tags`), duplicates dropped, in the
    given order; a tag of nothing but '#' and white space is refused, not stored empty."""
    if isinstance(tags, str):
        tags = [tags]
    clean: dict[str, None] = {}
    for tag in tags:
        name = normalize_tag(str(tag))
        if not name:
            raise InvalidInput(f"{tag!r}: empty tag")
        if len(name) > MAX_TAG:
            raise InvalidInput(f"{name[:20]}…: a tag has at most {MAX_TAG} characters")
        clean[name] = None
    return list(clean)
