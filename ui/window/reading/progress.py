"""How far through its document the reader is: a thin line above the text, and the
status bar's "p. 34 of 117" (a paged original, from its own page labels) or "42%".

The measure is the one the library's rows show (``DocumentSummary.progress``): the
offset at the top of the view over the text's length, so a document reopened where
it was left says what its row says. Only at the very end of the scroll does the line
fill and the percentage say 100%: the last screen's top is never the text's end.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from reader.locations import Locator
from reader.model import Document
from reader.text import DocumentText
from ui.window.reading.view import ReadingView

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow

log = logging.getLogger(__name__)

LINE_HEIGHT = 3


def page_count(body: DocumentText) -> int:
    """Pages of a paged original (0 for the formats without pages)."""
    return len(body.pages) or max((b.page for b in body.blocks), default=0)


def progress_words(body: DocumentText, top: int, fraction: float,
                   locator: Locator | None = None) -> str:
    """``p. 34 of 117`` where the text has pages (the label the original prints on the
    page the top of the view is on), else ``42%``."""
    pages = page_count(body)
    page = (locator or Locator(body)).at(top).page if pages else ""
    if page:
        return QCoreApplication.translate("ProgressLine", "p. {page} of {pages}").format(
            page=page, pages=pages)
    return percent_words(fraction)


def percent_words(fraction: float) -> str:
    """``42%`` (``42 %`` in French), rounded down: only the very end says 100."""
    percent = int(min(1.0, max(0.0, fraction)) * 100 + 1e-9)
    return QCoreApplication.translate("ProgressLine", "{percent}%").format(percent=percent)


def view_fraction(view: ReadingView, top: int) -> float:
    """``top`` (the offset at the top of the view) over the text's length; 1 once
    scrolled to the very end."""
    length = len(view.document_.text) if view.document_ is not None else 0
    if length == 0:
        return 0.0
    bar = view.verticalScrollBar()
    if 0 < bar.maximum() <= bar.value():
        return 1.0
    return min(1.0, max(0, top) / length)


class ProgressLine(QWidget):
    """A few pixels high, the width of the text column's pane: the part read is drawn
    in the theme's accent. ``refreshed`` says the words after every move (a pane that
    becomes the active one by a close, not a click, is shown at its next move)."""

    refreshed = Signal(str)  # "p. 34 of 117", "42%"; "" with no document

    def __init__(self, view: ReadingView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.fraction = 0.0
        self.words = ""
        self._locator: tuple[Document, Locator] | None = None
        self.followed = False  # the status bar hears this line (ProgressStatus)
        self.setFixedHeight(LINE_HEIGHT)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        view.viewport_moved.connect(self.refresh)
        view.content_changed.connect(self.refresh)

    def _locator_for(self, doc: Document) -> Locator:
        """One per document version: its pages are looked up on every scroll."""
        if self._locator is None or self._locator[0] is not doc:
            self._locator = (doc, Locator(doc.body))
        return self._locator[1]

    def refresh(self) -> None:
        doc = self.view.document_
        if doc is None or not doc.text:
            fraction, words = 0.0, ""
        else:
            top = self.view.offset_at_top()
            fraction = view_fraction(self.view, top)
            words = progress_words(doc.body, top, fraction, self._locator_for(doc))
        self.fraction = fraction
        self.update()  # three pixels high: cheap, and a new theme is painted too
        if words != self.words:
            self.words = words
            self.setToolTip(self.tr("{progress} through this document").format(progress=words)
                            if words else "")
        self.refreshed.emit(words)

    def changeEvent(self, event: QEvent) -> None:
        """A new theme reaches the app's palette first: paint with the view's then."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = self.view.theme
        reading = self.view.document_ is not None
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(theme.card_border if reading else theme.paper))
        if reading:
            done = QRectF(0, 0, self.width() * self.fraction, self.height())
            painter.fillRect(done, QColor(theme.accent))
        painter.end()


class ProgressStatus(QLabel):
    """The status bar's permanent corner: the words of the pane the reader works in
    (the main one, or the one beside it once focused)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setToolTip(self.tr("How far through the open document you are"))
        self.setAccessibleName(self.tr("Reading progress"))
        window.statusBar().addPermanentWidget(self)
        self.follow()
        app = QApplication.instance()
        if isinstance(app, QApplication):  # after the window's own slot picked the pane
            app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, _now: QWidget | None) -> None:
        self.follow()

    def follow(self, _: str = "") -> None:
        """Show the active pane's words; any pane's change is heard (a bound slot, so
        a closed pane's connection goes with it) and the active one's shown."""
        for pane in self.window_.panes:
            if not pane.progress.followed:
                pane.progress.followed = True
                pane.progress.refreshed.connect(self.follow)
        self.setText(self.window_.active_pane().progress.words)
