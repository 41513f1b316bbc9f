"""Counts in words a reader expects: "1 highlight", "3 highlights", never "(s)"."""

from __future__ import annotations


def count(n: int, singular: str, plural: str | None = None) -> str:
    """``n`` and the noun, singular or plural (``plural`` defaults to singular + "s")."""
    return f"{n} {singular if n == 1 else plural or singular + 's'}"
