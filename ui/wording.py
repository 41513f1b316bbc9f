"""Counts in words a reader expects: "1 highlight", "3 highlights", never "(s)"."""

from __future__ import annotations


def count(n: int, singular: str, plural: str | None = None) -> str:
    """``n`` and the noun, singular or plural (``plural`` defaults to singular + "s")."""
    return f"{n} {singular if n == 1 else plural or singular + 's'}"


def listed(names: list[str], most: int = 5) -> str:
    """``a, b, c and 7 more``: a list cut where it would no longer be read."""
    shown = ", ".join(names[:most])
    return f"{shown} and {len(names) - most} more" if len(names) > most else shown



def found(total: int, hits: list[tuple[str, int]]) -> str:
    """What a search found, said the same by the window's status line and by
    ``marginalia search``: the entries found (``total``), and, when every one is
    shown, the matches and documents they make. ``hits`` is (document id, matches)
    for each shown entry, in order. A count of shown matches alone would depend on
    how many rows a face shows (the window 40, the command line 20)."""
    total = max(total, len(hits))
    entries = count(total, "result")
    if len(hits) < total:
        return f"{entries}, the best {len(hits)} shown"
    matches = count(sum(max(1, n) for _, n in hits), "match", "matches")
    return f"{entries} · {matches} in {count(len({d for d, _ in hits}), 'document')}"

