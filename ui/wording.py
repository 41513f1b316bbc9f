"""Counts in words a reader expects: "1 highlight", "3 highlights", never "(s)"."""

from __future__ import annotations


def count(n: int, singular: str, plural: str | None = None) -> str:
    """``n`` and the noun, singular or plural (``plural`` defaults to singular + "s")."""
    return f"{n} {singular if n == 1 else plural or singular + 's'}"


def listed(names: list[str], most: int = 5) -> str:
    """``a, b, c and 7 more``: a list cut where it would no longer be read."""
    shown = ", ".join(names[:most])
    return f"{shown} and {len(names) - most} more" if len(names) > most else shown
