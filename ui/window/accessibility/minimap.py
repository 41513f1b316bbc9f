"""The minimap read aloud: its name, and how many highlights and hits it shows where.

The strip is painted (ticks over a band), so Qt would describe it as an empty pane.
Its description is computed when asked, from the marks it paints: the reader hears
"3 highlights, at 12%, 40%, 85% of the text; 2 search hits".
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAccessibleWidget

from ui.window.reading.minimap import Minimap

log = logging.getLogger(__name__)

PLACES_SAID = 12  # more places than this are summed up as "…"


class MinimapWords(QObject):
    """What the minimap's interface says (a QObject for ``tr``'s plurals)."""

    def name(self) -> str:
        return self.tr("Highlights map")

    def marks(self, fractions: list[float], hits: int) -> str:
        """How many highlights, at what share of the text, and how many hits."""
        if not fractions:
            said = self.tr("No highlights")
        else:
            places = [self.tr("{percent}%").format(percent=round(f * 100))
                      for f in fractions[:PLACES_SAID]]
            if len(fractions) > PLACES_SAID:
                places.append("…")
            said = self.tr("%n highlight(s), at {places} of the text", "",
                           len(fractions)).format(places=", ".join(places))
        if hits:
            said = self.tr("{highlights}; {hits}").format(
                highlights=said, hits=self.tr("%n search hit(s)", "", hits))
        return said


class MinimapAccessible(QAccessibleWidget):
    """A graphic named "Highlights map", described by the marks it shows."""

    def __init__(self, minimap: Minimap) -> None:
        super().__init__(minimap, QAccessible.Role.Graphic)
        self.minimap = minimap
        self.words = MinimapWords()

    def text(self, t: QAccessible.Text) -> str:
        if t == QAccessible.Text.Name:
            return self.minimap.accessibleName() or self.words.name()
        if t == QAccessible.Text.Description:
            marks = self.minimap.marks
            return self.words.marks([m.fraction for m in marks if m.kind == "highlight"],
                                    sum(1 for m in marks if m.kind == "hit"))
        return super().text(t)
