"""Where Tab and F6 take the focus: library → text → margin → search, set in one place.

Tab walks the widgets in that order: the library's filter and table, then each
pane's text, its document note and the highlight's note and tags (when a card is
open). Boxes one types in take Tab as "next field" rather than a tab character,
and the library table lets Tab leave it rather than walk its cells. F6 / Shift+F6
jump between the regions themselves (library, each pane's text, its margin,
search), as in a browser, skipping what is hidden or disabled.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow
    from ui.window.reading.pane import ReadingPane

log = logging.getLogger(__name__)


def pane_chain(pane: ReadingPane) -> list[QWidget]:
    """A pane's stops in Tab order: its text, then its margin."""
    return [pane.view, pane.margin.doc_note, pane.editor.note, pane.editor.tags]


class FocusOrder(QObject):
    """Sets the Tab chain once, and gives F6 / Shift+F6 their regions."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        window.table.setTabKeyNavigation(False)
        self.chain()
        window.center.installEventFilter(self)  # a pane opened beside joins the chain
        for key, step in (("F6", 1), ("Shift+F6", -1)):
            shortcut = QShortcut(QKeySequence(key), window)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda s=step: self.cycle(s))

    def chain(self) -> None:
        """Tab order over the library and every pane; again when a pane is added."""
        window = self.window
        stops: list[QWidget] = [window.filter, window.table]
        for pane in window.panes:
            for box in (pane.margin.doc_note, pane.editor.note):
                box.setTabChangesFocus(True)
            stops += pane_chain(pane)
        stops.append(window.search_panel.query)
        for first, second in zip(stops, stops[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window.center and event.type() == QEvent.Type.ChildAdded:
            QTimer.singleShot(0, self, self.chain)  # once the new pane has its widgets
        return False

    def regions(self) -> list[Region]:
        """Each region: how to bring it up, what holds it, and the widgets that may
        take the focus there (the first one shown and enabled gets it)."""
        window = self.window
        library = window.tabs.widget(0)

        def show_library() -> None:
            window.show_sidebar(True)
            window.tabs.setCurrentWidget(library)

        out = [Region(show_library, library, [window.table, window.filter])]
        for pane in window.panes:
            out.append(Region(_nothing, pane.view, [pane.view]))
            out.append(Region(_nothing, pane.right, [pane.editor.note, pane.margin.doc_note]))
        out.append(Region(window.search_actions.show_search, window.search_panel,
                          [window.search_panel.query]))
        return out

    def cycle(self, step: int) -> None:
        """F6: the next region after the one holding the focus (Shift+F6: before)."""
        regions = self.regions()
        now = QApplication.focusWidget()
        here = next((i for i, r in enumerate(regions)
                     if now is not None and (r.holder is now or r.holder.isAncestorOf(now))),
                    -1 if step > 0 else 0)
        for k in range(1, len(regions) + 1):
            region = regions[(here + step * k) % len(regions)]
            region.show()
            target = next((w for w in region.targets if w.isVisible() and w.isEnabled()),
                          None)
            if target is not None:
                target.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return


def _nothing() -> None:
    """A region always shown needs nothing to bring it up."""


@dataclass(frozen=True)
class Region:
    show: Callable[[], None]
    holder: QWidget
    targets: list[QWidget]
