"""Re-anchoring highlights on a new version of a document (docs/ARCHITECTURE.md, the text model).

A highlight carries a position (start, end) and a quote (exact, prefix, suffix). When
the text changes, we look for it in this order, and stop at the first that holds:

1. exact: the quote is still at the old offsets (or at the old offsets shifted by an
   edit wholly before it, found by trimming the common head and tail of the texts);
2. moved: the exact quote elsewhere, the occurrence whose context agrees best
   (characters agreeing right next to it), nearest the expected position;
3. approximate: a fuzzy match of the quote (up to min(256, len/2) edits) scored
   quote 50, prefix 20, suffix 20, position 2, accepted only when it scores well;
4. orphaned: the highlight is kept untouched and listed; nothing is ever deleted.

Approximate search is Myers' bit-parallel algorithm over a few candidate windows,
found from exact pieces of the quote and context, so it stays fast on long texts.
Everything here is pure (no database): :func:`reanchor` maps anchors to placements.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from reader.text import occurrences

log = logging.getLogger(__name__)

CONTEXT = 32
QUOTE_WEIGHT, PREFIX_WEIGHT, SUFFIX_WEIGHT, POSITION_WEIGHT = 50.0, 20.0, 20.0, 2.0
# A fuzzy match must reach this share of quote+prefix+suffix points to be placed.
FUZZY_ACCEPT = 0.7
# ...and the context present must agree at least this much on its own...
FUZZY_CONTEXT = 0.5
# ...and quote plus context must agree on this many characters: a one-letter quote is
# placed only when its context vouches for it.
FUZZY_EVIDENCE = 32
# An exact quote elsewhere needs this share of its context to agree next to it...
MOVED_CONTEXT_SHARE = 0.5
# ...unless it is long and occurs only once in the new text.
UNIQUE_QUOTE_MIN = 32
_MAX_OCCURRENCES = 5000
_PIECE = 8
_PIECE_MAX_HITS = 24
_WINDOWS = 4
_MAX_PIECES = 24
_MINIMA_PER_WINDOW = 8


@dataclass(frozen=True)
class Anchor:
    """What a highlight knows about where it was."""

    start: int
    end: int
    exact: str
    prefix: str
    suffix: str
    reliable_position: bool = True  # False for orphans: their offsets are from an older text


@dataclass(frozen=True)
class Placement:
    """Where a highlight lands in the new text; for orphans, the anchor unchanged."""

    status: str
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str


def selectors(text: str, start: int, end: int) -> tuple[str, str, str]:
    """The quote selector (exact, prefix, suffix) for ``text[start:end]``."""
    return text[start:end], text[max(0, start - CONTEXT):start], text[end:end + CONTEXT]


class _Shift:
    """Maps old offsets to new ones where the texts share an unchanged head or tail."""

    def __init__(self, old: str | None, new: str) -> None:
        self.delta = 0
        self.head = self.tail_old = -1
        if old is None:
            return
        limit = min(len(old), len(new))
        self.head = _common_length(old, new, limit, reverse=False)
        tail = _common_length(old, new, limit - self.head, reverse=True)
        self.tail_old = len(old) - tail
        self.delta = len(new) - len(old)

    def map(self, start: int, end: int) -> int | None:
        if end <= self.head:
            return start
        if self.tail_old >= 0 and start >= self.tail_old:
            return start + self.delta
        return None


def _common_length(a: str, b: str, limit: int, reverse: bool) -> int:
    """Length of the common head (or tail) of ``a`` and ``b``, by binary search on slices."""
    lo, hi = 0, limit
    while lo < hi:
        mid = (lo + hi + 1) // 2
        same = a[len(a) - mid:] == b[len(b) - mid:] if reverse else a[:mid] == b[:mid]
        if same:
            lo = mid
        else:
            hi = mid - 1
    return lo


def reanchor(old_text: str | None, new_text: str, anchors: list[Anchor]) -> list[Placement]:
    """Placements for ``anchors`` (one each, same order) in ``new_text``."""
    shift = _Shift(old_text, new_text)
    return [place(new_text, anchor, shift) for anchor in anchors]


def place(text: str, anchor: Anchor, shift: _Shift | None = None) -> Placement:
    """Find one anchor in ``text`` following the four steps of the module docstring."""
    expected = anchor.start
    if anchor.reliable_position and shift is not None:
        mapped = shift.map(anchor.start, anchor.end)
        if mapped is not None:
            expected = mapped
            if text[mapped:mapped + len(anchor.exact)] == anchor.exact:
                return _placed(text, "exact" if mapped == anchor.start else "moved",
                               mapped, mapped + len(anchor.exact), anchor)
    found = _exact_elsewhere(text, anchor, expected)
    if found is not None:
        status = "exact" if found == anchor.start else "moved"
        return _placed(text, status, found, found + len(anchor.exact), anchor)
    fuzzy = _fuzzy(text, anchor, expected)
    if fuzzy is not None:
        return _placed(text, "approximate", fuzzy[0], fuzzy[1], anchor)
    return Placement("orphaned", anchor.start, anchor.end, anchor.exact, anchor.prefix,
                     anchor.suffix)


def _placed(text: str, status: str, start: int, end: int, anchor: Anchor) -> Placement:
    exact, prefix, suffix = selectors(text, start, end)
    return Placement(status, start, end, exact, prefix, suffix)


# -- step 2: the exact quote elsewhere ---------------------------------------------------------
def _agreement(text: str, start: int, end: int, prefix: str, suffix: str) -> int:
    """Characters of the stored context that agree right next to ``text[start:end]``."""
    before = text[max(0, start - len(prefix)):start]
    n = 0
    for a, b in zip(reversed(prefix), reversed(before), strict=False):
        if a != b:
            break
        n += 1
    m = 0
    for a, b in zip(suffix, text[end:end + len(suffix)], strict=False):
        if a != b:
            break
        m += 1
    return n + m


def _exact_elsewhere(text: str, anchor: Anchor, expected: int) -> int | None:
    quote = anchor.exact
    if not quote:
        return None
    hits = occurrences(text, quote, _MAX_OCCURRENCES)
    if not hits:
        return None
    context = len(anchor.prefix) + len(anchor.suffix)
    best = max(hits, key=lambda p: (_agreement(text, p, p + len(quote), anchor.prefix,
                                               anchor.suffix), -abs(p - expected)))
    agreed = _agreement(text, best, best + len(quote), anchor.prefix, anchor.suffix)
    if context and agreed >= MOVED_CONTEXT_SHARE * context:
        return best
    if len(hits) == 1 and len(quote) >= UNIQUE_QUOTE_MIN:
        return best
    if not context and len(hits) == 1:  # the whole text is the quote: nothing to compare
        return best
    return None


# -- step 3: fuzzy ------------------------------------------------------------------------------
def _myers(pattern: str, text: str, anchored: bool) -> list[int]:
    """Edit distance of ``pattern`` against text ending at each position (Myers/Hyyrö).

    ``scores[j]`` is the least distance between ``pattern`` and a piece of ``text``
    ending at ``j + 1``; with ``anchored`` the piece must start at 0 (``text[:j+1]``).
    """
    m = len(pattern)
    if m == 0:
        return list(range(1, len(text) + 1)) if anchored else [0] * len(text)
    peq: dict[str, int] = {}
    for i, ch in enumerate(pattern):
        peq[ch] = peq.get(ch, 0) | (1 << i)
    mask = (1 << m) - 1
    high = 1 << (m - 1)
    carry = 1 if anchored else 0
    pv, mv, score = mask, 0, m
    scores: list[int] = []
    for ch in text:
        eq = peq.get(ch, 0)
        xv = eq | mv
        xh = ((((eq & pv) + pv) & mask) ^ pv) | eq
        ph = mv | (~(xh | pv) & mask)
        mh = pv & xh
        if ph & high:
            score += 1
        elif mh & high:
            score -= 1
        ph = ((ph << 1) | carry) & mask
        mh = (mh << 1) & mask
        pv = mh | (~(xv | ph) & mask)
        mv = ph & xv
        scores.append(score)
    return scores


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (bit-parallel)."""
    if not b:
        return len(a)
    return _myers(a, b, anchored=True)[-1]


def _similarity_before(text: str, start: int, prefix: str) -> float:
    """How well ``prefix`` matches the text ending at ``start`` (1 = identical)."""
    if not prefix:
        return 1.0
    window = text[max(0, start - len(prefix) - 8):start]
    if not window:
        return 0.0
    best = min(_myers(prefix[::-1], window[::-1], anchored=True))
    return max(0.0, 1.0 - best / len(prefix))


def _similarity_after(text: str, end: int, suffix: str) -> float:
    if not suffix:
        return 1.0
    window = text[end:end + len(suffix) + 8]
    if not window:
        return 0.0
    best = min(_myers(suffix, window, anchored=True))
    return max(0.0, 1.0 - best / len(suffix))


def _candidate_starts(text: str, anchor: Anchor, expected: int) -> list[int]:
    """Likely start positions of the quote: votes from exact pieces of quote and context."""
    votes: dict[int, int] = {}
    probe = anchor.prefix + anchor.exact + anchor.suffix
    origin = len(anchor.prefix)
    last = max(1, len(probe) - _PIECE + 1)
    step = max(_PIECE // 2, last // _MAX_PIECES)  # each find scans the whole text
    for offset in range(0, last, step):
        piece = probe[offset:offset + _PIECE]
        if len(piece.strip()) < 3:
            continue
        hits = occurrences(text, piece, _PIECE_MAX_HITS + 1)
        if len(hits) > _PIECE_MAX_HITS:
            continue
        for hit in hits:
            bucket = (hit - offset + origin) // 16
            votes[bucket] = votes.get(bucket, 0) + 1
    ranked = sorted(votes.items(), key=lambda kv: (-kv[1], abs(kv[0] * 16 - expected)))
    starts = [bucket * 16 for bucket, _ in ranked[:_WINDOWS]]
    return [min(max(0, expected), len(text)), *starts]


def _windows(text: str, starts: list[int], m: int, k: int) -> list[tuple[int, int]]:
    spans = sorted((max(0, s - k - 32), min(len(text), s + m + k + 32)) for s in starts)
    merged: list[tuple[int, int]] = []
    for lo, hi in spans:
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    return merged


def _matches_in(text: str, lo: int, hi: int, quote: str, k: int) -> list[tuple[int, int, int]]:
    """(start, end, distance) of the best local matches of ``quote`` in ``text[lo:hi]``."""
    scores = _myers(quote, text[lo:hi], anchored=False)
    ends = [j for j, d in enumerate(scores) if d <= k
            and not (j > 0 and scores[j - 1] < d)
            and not (j + 1 < len(scores) and scores[j + 1] < d)]  # local minima
    ends = sorted(ends, key=lambda j: scores[j])[:_MINIMA_PER_WINDOW]
    found: list[tuple[int, int, int]] = []
    for j in ends:
        d = scores[j]
        end = lo + j + 1
        back = _myers(quote[::-1], text[max(lo, end - len(quote) - k):end][::-1], anchored=True)
        length = min(range(len(back)), key=lambda i: (back[i], abs(i + 1 - len(quote)))) + 1
        found.append((end - length, end, d))
    return found


def _fuzzy(text: str, anchor: Anchor, expected: int) -> tuple[int, int] | None:
    """Best approximate place of the quote, or None when the evidence is too weak.

    The quote's own score says little for short quotes (a single letter matches
    anywhere), so the context present must also agree on its own, at least half.
    """
    quote = anchor.exact
    m = len(quote)
    k = min(256, m // 2)
    if m == 0:
        return None
    best: tuple[float, float, float, float, int, int] | None = None
    for lo, hi in _windows(text, _candidate_starts(text, anchor, expected), m, k):
        for start, end, d in _matches_in(text, lo, hi, quote, k):
            if end > start:
                scored = (*_score(text, start, end, d, anchor, expected), start, end)
                if best is None or scored[0] > best[0]:
                    best = scored
    if (best is None or best[1] < FUZZY_ACCEPT or best[2] < FUZZY_CONTEXT
            or best[3] < FUZZY_EVIDENCE):
        return None
    return best[4], best[5]


def _closeness(pos: int, expected: int, n: int) -> float:
    return 1.0 - min(1.0, abs(pos - expected) / max(1, n))


def _score(text: str, start: int, end: int, d: int, anchor: Anchor,
           expected: int) -> tuple[float, float, float, float]:
    """(rank score, share of quote+context points, share of context points, characters
    of quote and context that agree).

    Shares count only the context that exists (none before a text's first word),
    in proportion to its length.
    """
    quote_points = QUOTE_WEIGHT * (1.0 - d / len(anchor.exact))
    context_points = context_max = 0.0
    evidence = float(len(anchor.exact) - d)
    if anchor.prefix:  # a context cut short by the text's edge weighs less
        weight = PREFIX_WEIGHT * min(1.0, len(anchor.prefix) / CONTEXT)
        similarity = _similarity_before(text, start, anchor.prefix)
        context_points += weight * similarity
        context_max += weight
        evidence += similarity * len(anchor.prefix)
    if anchor.suffix:
        weight = SUFFIX_WEIGHT * min(1.0, len(anchor.suffix) / CONTEXT)
        similarity = _similarity_after(text, end, anchor.suffix)
        context_points += weight * similarity
        context_max += weight
        evidence += similarity * len(anchor.suffix)
    rank = quote_points + context_points + POSITION_WEIGHT * _closeness(start, expected,
                                                                         len(text))
    share = (quote_points + context_points) / (QUOTE_WEIGHT + context_max)
    context_share = context_points / context_max if context_max else 1.0
    return rank, share, context_share, evidence
