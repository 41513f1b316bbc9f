"""Where the original's column comes from, and where it goes back when it closes.

A long book's text laid out again at a new width costs far more than rendering a
page (Debian's 114-page manual: ~150 ms), so opening the original must not change
the text's width when it can help it: the original takes the library's column (the
window lends it, ``borrow``), the text and the margin held at their widths while the
window passes the width on — at once, or, before the window is first laid out,
later, which is why the original also gets all the growth (stretch) for a moment.
Without a column to borrow (side by side, a folded library) it takes part of the
text's side.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QSizePolicy, QSplitter, QWidget

SHARE = 0.45  # of the text's side the original takes when it opens beside it
NARROWEST = 420  # pixels: a borrowed column narrower than this is widened from the text's
SETTLE_MS = 400  # how long the original takes all the growth after it opened


class Room:
    """The original's column in a pane's splitter."""

    def __init__(self, splitter: QSplitter, panel: QWidget, text_side: QWidget) -> None:
        self.splitter, self.panel, self.text_side = splitter, panel, text_side
        self.borrow: Callable[[], int] | None = None  # folds the library: the pixels freed
        self.give_back: Callable[[int], None] | None = None  # unfolds it that wide
        self.borrowed = 0
        self._stretches: list[tuple[QWidget, int]] = []

    def open(self) -> None:
        freed = 0

        def grow() -> None:
            nonlocal freed
            self.panel.show()
            freed = self.borrow() if self.borrow is not None else 0

        self._lean()
        self._held(grow)
        self.borrowed = freed
        if freed:
            QTimer.singleShot(SETTLE_MS, self.panel, self._unlean)
            QTimer.singleShot(SETTLE_MS, self.panel, self._widen)
            return
        self._unlean()
        sizes = self.splitter.sizes()
        mine, text = self.splitter.indexOf(self.panel), self.splitter.indexOf(self.text_side)
        share = int((sizes[text] + sizes[mine]) * SHARE)
        sizes[mine], sizes[text] = share, sizes[text] + sizes[mine] - share
        self.splitter.setSizes(sizes)

    def _widen(self) -> None:
        """A page (or a web page's columns) is unreadable in a narrow library column:
        take what is missing from the text's side, if the text keeps more than that.
        The widths are then set, even unchanged: grown by stretch, the splitter still
        holds the old ones and goes back to them at its next relayout (the original
        shrank to 256 px as soon as its page was shown)."""
        sizes = self.splitter.sizes()
        mine, text = self.splitter.indexOf(self.panel), self.splitter.indexOf(self.text_side)
        missing = NARROWEST - sizes[mine]
        if self.panel.isVisible() and missing > 0 and sizes[text] - missing >= NARROWEST:
            sizes[mine], sizes[text] = NARROWEST, sizes[text] - missing
        self.splitter.setSizes(sizes)

    def close(self) -> None:
        """Hide the original; a column it borrowed goes back to the library."""
        borrowed, self.borrowed = self.borrowed, 0

        def shrink() -> None:
            if borrowed and self.give_back is not None:
                self.give_back(borrowed)
            self.panel.hide()

        self._held(shrink)

    def _others(self) -> list[QWidget]:
        widgets = (self.splitter.widget(i) for i in range(self.splitter.count()))
        return [w for w in widgets if w is not self.panel and not w.isHidden()]

    def _lean(self) -> None:
        """All growth of the pane to the original (until :meth:`_unlean`)."""
        self._unlean()
        for widget in [*self._others(), self.panel]:
            policy = widget.sizePolicy()
            self._stretches.append((widget, policy.horizontalStretch()))
            policy.setHorizontalStretch(1 if widget is self.panel else 0)
            widget.setSizePolicy(policy)

    def _unlean(self) -> None:
        for widget, stretch in self._stretches:
            policy: QSizePolicy = widget.sizePolicy()
            policy.setHorizontalStretch(stretch)
            widget.setSizePolicy(policy)
        self._stretches = []

    def _held(self, change: Callable[[], None]) -> None:
        """Run ``change`` with the pane's other columns held at their widths."""
        held = [(w, w.minimumWidth(), w.maximumWidth()) for w in self._others()]
        for widget, _, _ in held:
            widget.setFixedWidth(widget.width())
        try:
            change()
        finally:
            for widget, low, high in held:
                widget.setMinimumWidth(low)
                widget.setMaximumWidth(high)
