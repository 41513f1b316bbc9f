"""The window's own status wording: the idle line and counts said in the window's
language (Qt plurals), so the command line's English helpers in :mod:`ui.wording`
never build a sentence the window shows.

The search count keeps the command line's English words ("12 results · 14 matches in
3 documents"), so the window and ``marginalia search`` still say the same in English.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject

MARKER = re.compile(r"\((e?s)\)")


def counted(text: str, n: int) -> str:
    """A plural ``tr()``'s answer, its "(s)" read as English when no translator had it
    (no window built yet, as in a unit test, or an install without its .qm files)."""
    return MARKER.sub("" if n == 1 else r"\1", text) if "(" in text else text


class StatusWording(QObject):
    """Sentences with counts; a QObject so that ``self.tr`` gives Qt's plural forms."""

    def idle(self, documents: int, highlights: int) -> str:
        """The status line when nothing else is being said."""
        return self.tr("{documents} · {highlights} · Ctrl+K to search, Ctrl+F to find").format(
            documents=counted(self.tr("%n document(s)", "", documents), documents),
            highlights=counted(self.tr("%n highlight(s)", "", highlights), highlights))

    def documents(self, n: int) -> str:
        return counted(self.tr("%n document(s)", "", n), n)

    def highlights(self, n: int) -> str:
        return counted(self.tr("%n highlight(s)", "", n), n)

    def found(self, total: int, hits: list[tuple[str, int]]) -> str:
        """What a search found, as :func:`ui.wording.found` says it, translated."""
        total = max(total, len(hits))
        if len(hits) < total:
            return counted(self.tr("%n result(s), the best {shown} shown", "", total),
                           total).format(shown=len(hits))
        matches = sum(max(1, n) for _, n in hits)
        documents = len({d for d, _ in hits})
        return self.tr("{results} · {matches} in {documents}").format(
            results=counted(self.tr("%n result(s)", "", total), total),
            matches=counted(self.tr("%n match(es)", "", matches), matches),
            documents=counted(self.tr("%n document(s)", "", documents), documents))

    def listed(self, names: list[str], most: int = 5) -> str:
        """``a, b, c and 7 more``: a list cut where it would no longer be read."""
        shown = ", ".join(names[:most])
        if len(names) <= most:
            return shown
        return self.tr("{names} and %n more", "", len(names) - most).format(names=shown)
