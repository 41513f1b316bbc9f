"""How overlapping highlights are painted: one layer per stretch of text, no blending.

Translucent highlights painted on top of each other mix into muddy colours (pink over
yellow turned the orange of search hits; four layers went grey), and a reader cannot
tell which colours cover a word. Here the text is cut where any highlight starts or
ends; each stretch is filled with one colour — the selected highlight's if it covers
the stretch, else the innermost (shortest) one's — and underlined in the colour of
another highlight covering it, so an overlap shows as fill + underline. No Qt here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reader.model import Highlight


@dataclass(frozen=True)
class Layer:
    start: int
    end: int
    fill: str  # colour name
    strong: bool  # the selected highlight
    underline: str | None  # colour name of another highlight here, or the selected one's


def layers(highlights: Sequence[Highlight], selected_id: str | None) -> list[Layer]:
    """The stretches to paint, in text order (orphans, which have no place, skipped)."""
    placed = [h for h in highlights if h.status != "orphaned" and h.end > h.start]
    cuts = sorted({x for h in placed for x in (h.start, h.end)})
    by_start = sorted(placed, key=lambda h: h.start)
    out: list[Layer] = []
    active: list[Highlight] = []
    k = 0
    for lo, hi in zip(cuts, cuts[1:], strict=False):
        active = [h for h in active if h.end > lo]
        while k < len(by_start) and by_start[k].start <= lo:
            if by_start[k].end > lo:
                active.append(by_start[k])
            k += 1
        if active:
            out.append(_layer(lo, hi, active, selected_id))
    return out


def _layer(lo: int, hi: int, here: list[Highlight], selected_id: str | None) -> Layer:
    ordered = sorted(here, key=lambda h: (h.id != selected_id, h.end - h.start, h.start))
    top = ordered[0]
    strong = top.id == selected_id
    if len(ordered) > 1:
        underline: str | None = ordered[1].color
    else:
        underline = top.color if strong else None
    return Layer(lo, hi, top.color, strong, underline)
