"""Finding a typed quote in a document as a reader means it, without Qt.

A quote typed on the command line rarely has the document's exact characters: a
straight apostrophe for the text's curly one, ``--`` for an en dash, ``donnees`` for
``données``, one space where the text breaks the line or has a no-break space inside
French guillemets. Both the document and the quote are folded to one searchable
form; the folded document keeps, for every folded character, the canonical offsets
it came from, so a match is turned back into a span of the document's own text (in
code points, exact after emoji) and the highlight never stores the typed quote.

Folding changes lengths (a run of spaces becomes one, ``ß`` becomes ``ss``, a lone
combining mark disappears), hence the index map rather than a same-length fold; the
letters themselves go through :func:`reader.folding.fold_same_length`, the fold that
find-in-document uses too.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from reader.folding import fold_same_length
from reader.text import clip as clip_text
from reader.text import occurrences

# Every quotation mark meets every other: a shell makes typing “ ” or « » awkward,
# and a reader typing 'word' for “word” means the same words.
QUOTES = "'\"`´‘’‚‛′‵“”„‟″‶＂＇"
OPENING = "«‹"  # guillemets: French puts a (no-break) space inside them, English none
CLOSING = "»›"
DASHES = "-‐‑‒–—―−⁃﹘﹣－⸺⸻"
# Invisible in reading: soft hyphen, zero-width characters, variation selectors and
# combining marks NFC could not attach to a letter.
IGNORABLE = ("\u00ad\u200b-\u200d\u2060\ufeff\ufe00-\ufe0f\u0300-\u036f\u1ab0-\u1aff"
             "\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\U000e0100-\U000e01ef")
# Letters search folds to plain Latin ones (see ``index.analysis.fold``), and
# typographic ligatures and the ellipsis, which a keyboard types as several characters.
EXPANSIONS = {"ß": "ss", "œ": "oe", "æ": "ae", "ø": "o", "đ": "d", "ł": "l", "ħ": "h",
              "ı": "i", "ŀ": "l", "þ": "th", "ð": "d", "ĳ": "ij", "ﬀ": "ff", "ﬁ": "fi",
              "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st", "…": "..."}

_SPACE = rf"\s{IGNORABLE}"
_GAP = rf"{_SPACE}{re.escape(DASHES)}"
_SPECIAL = rf"{_GAP}{re.escape(QUOTES)}{OPENING}{CLOSING}{''.join(EXPANSIONS)}"
# Runs of characters that may fold to something else, found by one character class
# (fast in C) but for the lone spaces between words, which fold to themselves.
_RUN = re.compile(rf"(?! [^{_SPECIAL}])[{_SPECIAL}]+")
_TOKEN = re.compile(
    rf"(?P<open>[{OPENING}])[{_SPACE}]*"
    rf"|[{_SPACE}]*(?P<close>[{CLOSING}])"
    rf"|(?P<gap>(?! [^{_GAP}])[{_GAP}]+)"
    rf"|(?P<quote>[{re.escape(QUOTES)}])"
    rf"|(?P<expand>[{''.join(EXPANSIONS)}])")
_DASH = re.compile(f"[{re.escape(DASHES)}]")
_WHITE = re.compile(r"\s")
_SPACES = re.compile(r"\s+")

CONTEXT = 20  # characters of context shown on each side of an occurrence
SHOWN = 3  # occurrences listed when a quote is ambiguous
QUOTE_WIDTH = 30


@dataclass(frozen=True)
class Folded:
    """A text's searchable form, with the canonical span behind each folded character.

    The folded text is a sequence of segments, each starting at ``at[k]`` in it: a
    plain segment copies the canonical text from ``spans[k][0]`` one character for
    one; a replaced one (``-`` for ``" -- "``, ``ss`` for ``ß``) stands for the whole
    canonical span ``spans[k]``. A book's map is then a few entries per line, not two
    integers per character.
    """

    text: str
    at: list[int]
    spans: list[tuple[int, int, bool]]  # canonical start, end, plain

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The canonical span behind the folded ``[start, end)`` (``end > start``)."""
        return self._source(start)[0], self._source(end - 1)[1]

    def _source(self, index: int) -> tuple[int, int]:
        k = bisect_right(self.at, index) - 1
        start, end, plain = self.spans[k]
        if plain:
            start += index - self.at[k]
            end = start + 1
        return start, end


def fold(text: str) -> Folded:
    """``text`` folded for matching: letters by the shared fold, marks by the rules above."""
    same = fold_same_length(text)  # same length: its offsets are the canonical ones
    pieces: list[str] = []
    at: list[int] = []
    spans: list[tuple[int, int, bool]] = []
    length = pos = 0

    def add(piece: str, start: int, end: int, plain: bool) -> None:
        nonlocal length
        if piece:
            pieces.append(piece)
            at.append(length)
            spans.append((start, end, plain))
            length += len(piece)

    for run in _RUN.finditer(same):
        for match in _TOKEN.finditer(same, run.start(), run.end()):
            add(same[pos:match.start()], pos, match.start(), True)
            add(*_replacement(match), False)
            pos = match.end()
    add(same[pos:], pos, len(same), True)
    return Folded("".join(pieces), at, spans)


def _replacement(match: re.Match[str]) -> tuple[str, int, int]:
    """What one special token folds to, with the canonical ``(start, end)`` it covers.

    A gap (spaces, dashes, invisible characters) becomes ``-`` when it holds a dash,
    so ``a -- b``, ``a–b`` and ``a – b`` meet; else one space; else nothing.
    Guillemets take in the spaces inside them: ``«\u00a0mot\u00a0»`` meets ``"mot"``.
    """
    kind = match.lastgroup or ""
    if kind in ("open", "close", "quote"):
        return "'", match.start(kind), match.start(kind) + 1
    if kind == "expand":
        return EXPANSIONS[match.group()], match.start(), match.end()
    run, base = match.group(), match.start()
    for pattern, piece in ((_DASH, "-"), (_WHITE, " ")):
        found = [m.start() for m in pattern.finditer(run)]
        if found:
            return piece, base + found[0], base + found[-1] + 1
    return "", base, base


def fold_quote(quote: str) -> str:
    """The searchable form of a typed quote, without spaces at its ends ("" if blank)."""
    return fold(quote).text.strip(" ")


def find_all(text: str, quote: str) -> list[tuple[int, int]]:
    """Every canonical ``(start, end)`` of ``quote`` in ``text``, in reading order.

    Overlapping occurrences count (``aa`` twice in ``aaa``), as a reader choosing one
    with ``--nth`` would count them; two folded hits on one character (``s`` in
    ``ß``) are one occurrence.
    """
    key = fold_quote(quote)
    if not key:
        return []
    folded = fold(text)
    spans = dict.fromkeys(folded.span(pos, pos + len(key))
                          for pos in occurrences(folded.text, key))
    return list(spans)


def clip(text: str, width: int = QUOTE_WIDTH) -> str:
    """``text`` on one line, cut to ``width`` characters with an ellipsis."""
    return clip_text(" ".join(text.split()), width)


def in_context(text: str, start: int, end: int, width: int = CONTEXT) -> str:
    """``…before «quote» after…``: one occurrence as the reader would recognise it."""
    lo, hi = max(0, start - 4 * width), min(len(text), end + 4 * width)
    before = _SPACES.sub(" ", text[lo:start])
    after = _SPACES.sub(" ", text[end:hi])
    if len(before) > width or lo > 0:
        cut = before[-width:]
        if " " in cut[1:] and not before[-width - 1:][:1].isspace():
            cut = cut.split(" ", 1)[1]  # no half word at the edge
        before = "…" + cut.lstrip()
    if len(after) > width or hi < len(text):
        cut = after[:width]
        if " " in cut[:-1] and not after[width:width + 1].isspace():
            cut = cut.rsplit(" ", 1)[0]
        after = cut.rstrip() + "…"
    return f"{before.lstrip()}«{clip(text[start:end])}»{after.rstrip()}"


def listing(text: str, spans: list[tuple[int, int]], shown: int = SHOWN) -> str:
    """The first ``shown`` occurrences in context, numbered, then "and N more"."""
    parts = [f"{i}. {in_context(text, s, e)}" for i, (s, e) in enumerate(spans[:shown], 1)]
    if len(spans) > shown:
        parts.append(f"and {len(spans) - shown} more")
    return "; ".join(parts)
