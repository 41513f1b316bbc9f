"""What a reader may give an annotation: checked once, refused in words.

Offsets must fall inside the text and hold more than white space; colours are the
five names; notes are canonical text under a size limit; tags take their one form
(:mod:`reader.tags`). A refusal is an :class:`InvalidInput` naming the value.
"""

from __future__ import annotations

from collections.abc import Iterable

from reader.errors import InvalidInput, said
from reader.model import COLORS
from reader.tags import normalize_tag
from reader.text import canonicalize

MAX_NOTE = 200_000
MAX_TAG = 100


def check_span(text: str, start: int, end: int) -> None:
    if not isinstance(start, int) or not isinstance(end, int):
        raise InvalidInput(said("{start}-{end}: offsets must be whole numbers",
                                start=repr(start), end=repr(end)))
    if not 0 <= start <= len(text) or not 0 <= end <= len(text):
        raise InvalidInput(said("{start}-{end}: outside the text (0-{count})", start=start,
                                end=end, count=len(text)))
    if end <= start:
        raise InvalidInput(said("{start}-{end}: empty span; a highlight needs at least one "
                                "character", start=start, end=end))
    if not text[start:end].strip():
        raise InvalidInput(said("{start}-{end}: the span holds only white space", start=start,
                                end=end))


def check_color(color: str) -> str:
    name = str(color).strip().lower()
    if name not in COLORS:
        raise InvalidInput(said("{color}: not a colour; choose one of {value}", color=color,
                                value=', '.join(COLORS)))
    return name


def check_note(note: str) -> str:
    clean = canonicalize(str(note))
    if len(clean) > MAX_NOTE:
        raise InvalidInput(said("note of {count} characters: the limit is {max_note}",
                                count=len(clean), max_note=MAX_NOTE))
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
            raise InvalidInput(said("{tag}: empty tag", tag=repr(tag)))
        if len(name) > MAX_TAG:
            raise InvalidInput(said("{name}…: a tag has at most {max_tag} characters",
                                    name=name[:20], max_tag=MAX_TAG))
        clean[name] = None
    return list(clean)
