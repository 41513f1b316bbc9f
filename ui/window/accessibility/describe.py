"""Descriptions widgets set on themselves for a screen reader (no interface of ours).

The reading view keeps Qt's own text interface (a screen reader reads and moves
through the text with it); what the painting adds, the highlights, it says in its
accessible description, pointing to the margin's list of them, before whatever the
view's own description says (how to highlight), which is kept.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

BASE = "marginaliaBaseDescription"  # the widget's own description, kept as a property


class ReadingViewWords(QObject):
    """The reading view's words on its highlights (a QObject for ``tr``'s plurals)."""

    def highlights(self, n: int) -> str:
        if not n:
            return self.tr("No highlights.")
        return self.tr("%n highlight(s); the notes margin lists them.", "", n)


def describe_highlights(widget: QWidget, highlights: int) -> None:
    """Say ``highlights`` in ``widget``'s description, before its own description."""
    base = widget.property(BASE)
    if base is None:
        base = widget.accessibleDescription()
        widget.setProperty(BASE, base)
    said = ReadingViewWords().highlights(highlights)
    widget.setAccessibleDescription(f"{said} {base}" if base else said)
