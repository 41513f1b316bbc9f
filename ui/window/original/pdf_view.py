"""A PDF's own pages beside its text, with the same highlights painted on them.

The pages are stacked in a scroll area that paints only the pages in sight: a page
rendered at the zoom times the screen's pixel ratio (sharp on HiDPI), else the same
page at another zoom stretched, else a blank sheet with its number, while the
renderer (:mod:`ui.window.original.renderer`) works on it. Highlights are painted
from pdfium's character boxes through the page map (:mod:`reader.page_map`), in
their colour, multiplied into the page as a marker would be; a drag over characters
selects canonical text (painted as the highlight it would make) and is said on
release. The view speaks canonical offsets, like the reading view.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, QVariantAnimation, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from reader.model import Document, Highlight
from reader.page_map import Box, PageMap, char_at, char_below
from ui.window.original.marks import PageMarks, span_rects
from ui.window.original.marks import paint as paint_marks
from ui.window.original.page_layout import GAP, fit_zoom, local_rect, page_at, stack
from ui.window.original.renderer import PageCache, PageRenderer
from ui.window.theme import Theme

log = logging.getLogger(__name__)

ZOOM_STEP = 1.2
MIN_ZOOM, MAX_ZOOM = 0.2, 6.0
FOLLOW_ANIMATION_MS = 140


class PdfOriginal(QAbstractScrollArea):
    """The pages of one PDF; see :class:`ui.window.original.panel.OriginalWidget`."""

    offset_shown = Signal(int)
    highlight_clicked = Signal(str)
    selected = Signal(int, int)
    problem = Signal(str, bool)  # the pages cannot be shown: why, and whether a password would
    page_painted = Signal(int)  # a rendered page was painted (the first one, for timing)

    def __init__(self, theme: Theme, parent: QWidget | None = None,
                 cache: PageCache | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("The PDF's pages"))
        self.setAccessibleDescription(self.tr("The original pages, highlights drawn on them: "
                                              "select text to highlight it"))
        self.theme = theme
        self.cache = cache or PageCache()
        self.renderer = PageRenderer(self)
        self.renderer.opened.connect(self._opened)
        self.renderer.failed.connect(self._failed)
        self.renderer.rendered.connect(self._rendered)
        self.renderer.chars_read.connect(self._chars_read)
        self.renderer.mapped.connect(self._mapped)
        self.destroyed.connect(self.renderer.stop)
        self.generation = 0
        self.document: Document | None = None
        self.path: Path | None = None
        self.sizes: list[tuple[float, float]] = []
        self.tops: list[float] = []  # each page's top, content pixels
        self.zoom = 1.0
        self.mode = "width"  # "width", "page" or "" (the reader's own zoom)
        self.page_map: PageMap | None = None
        self.highlights: list[Highlight] = []
        self.selected_id: str | None = None
        self.selection: tuple[int, int] | None = None
        self.painted: dict[str, list[QRectF]] = {}  # highlight id -> rects, viewport pixels
        self.marks = PageMarks()
        self._drag: tuple[int, int] | None = None  # (page, character) pressed
        self._pressed: QPointF | None = None
        self._following = False
        self._wanted_offset: int | None = None  # where show_offset asked to be
        self._animation = QVariantAnimation(self, duration=FOLLOW_ANIMATION_MS)
        self._animation.valueChanged.connect(lambda v: self._set_scroll(int(v)))
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.verticalScrollBar().actionTriggered.connect(self._reader_scrolled)
        self.horizontalScrollBar().valueChanged.connect(lambda _: self._request())
        self.viewport().setMouseTracking(False)
        self.set_theme(theme)

    # -- the interface ----------------------------------------------------------------------
    def load(self, document: Document, original: Path, highlights: list[Highlight],
             password: str | None = None) -> None:
        self.document, self.path = document, original
        self.sizes, self.tops, self.page_map = [], [], None
        self.cache.clear()
        self.marks.clear()
        self.highlights, self.selection = list(highlights), None
        self.generation = self.renderer.open(original, Path(document.source_name).name,
                                             document.text, password)
        self.viewport().update()

    def shutdown(self) -> None:
        """Stop the renderer's thread (the window is closing)."""
        self.renderer.stop()

    def unlock(self, password: str) -> None:
        """Open the same file again with its password (never kept beyond this)."""
        if self.document is not None and self.path is not None:
            self.load(self.document, self.path, self.highlights, password)

    def set_highlights(self, highlights: list[Highlight], selected_id: str | None) -> None:
        self.highlights, self.selected_id = list(highlights), selected_id
        self.selection = None
        self.marks.clear()
        self.viewport().update()

    def show_offset(self, offset: int) -> None:
        """Bring ``offset``'s line to the top: glided to when far, set when near (the
        text scrolling line by line moves the pages as smoothly)."""
        self._wanted_offset = offset
        if self.page_map is None or not self.tops:
            return  # gone to once the pages are laid out and mapped
        page, char = self.page_map.locate(offset)
        chars = self.cache.chars(page)
        height = self.sizes[page][1]
        if chars is not None and chars.box(char)[2] > chars.box(char)[0]:
            y_pt = chars.box(char)[3]
        else:
            y_pt = height * (1 - char / max(1, self.page_map.page_lengths[page]))
        target = int(self.tops[page] + (height - y_pt) * self.zoom) - GAP
        if offset <= self.page_map.page_top(0):
            target = 0  # the text at its beginning: the first page whole, its head too
        bar = self.verticalScrollBar()
        if abs(target - bar.value()) > self.viewport().height() // 2:
            self._animation.stop()
            self._animation.setStartValue(bar.value())
            self._animation.setEndValue(max(0, min(target, bar.maximum())))
            self._animation.start()
        else:
            self._animation.stop()
            self._set_scroll(target)

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.marks.clear()
        self.viewport().update()

    # -- zoom ---------------------------------------------------------------------------------
    def fit_width(self) -> None:
        self._set_zoom(self._fit("width"), "width")

    def fit_page(self) -> None:
        self._set_zoom(self._fit("page"), "page")

    def zoom_by(self, steps: float) -> None:
        self._set_zoom(self.zoom * ZOOM_STEP ** steps, "")

    def _fit(self, mode: str) -> float:
        if not self.sizes:
            return self.zoom
        return fit_zoom(self.sizes, self.viewport().width(), self.viewport().height(), mode)

    def _set_zoom(self, zoom: float, mode: str) -> None:
        """A new zoom, the page and the place in it at the top kept there."""
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        self.mode = mode
        if abs(zoom - self.zoom) < 1e-4 and self.tops:
            return
        anchor = self._page_at(self.verticalScrollBar().value())
        fraction = 0.0
        if self.tops:
            fraction = (self.verticalScrollBar().value() - self.tops[anchor]) / self.zoom
        self.zoom = zoom
        self._lay_out()
        if self.tops:
            self._set_scroll(int(self.tops[anchor] + fraction * zoom))
        self.marks.clear()
        self._request()
        self.viewport().update()

    def _lay_out(self) -> None:
        self.tops, y, width = stack(self.sizes, self.zoom)
        vbar, hbar = self.verticalScrollBar(), self.horizontalScrollBar()
        vbar.setRange(0, max(0, int(y) - self.viewport().height()))
        vbar.setPageStep(self.viewport().height())
        vbar.setSingleStep(40)
        hbar.setRange(0, max(0, int(width) - self.viewport().width()))
        hbar.setPageStep(self.viewport().width())

    # -- geometry -----------------------------------------------------------------------------
    def page_rect(self, page: int) -> QRectF:
        """Page ``page`` in viewport pixels."""
        width, height = self.sizes[page]
        content = max(self.viewport().width(), self.horizontalScrollBar().maximum()
                      + self.viewport().width())
        left = max(GAP, (content - width * self.zoom) / 2) - self.horizontalScrollBar().value()
        top = self.tops[page] - self.verticalScrollBar().value()
        return QRectF(left, top, width * self.zoom, height * self.zoom)

    def _page_at(self, y: float) -> int:
        return page_at(self.tops, y)

    def visible_pages(self) -> list[int]:
        if not self.tops:
            return []
        top = self.verticalScrollBar().value()
        first = self._page_at(top)
        last = self._page_at(top + self.viewport().height())
        return list(range(first, last + 1))

    def to_page(self, point: QPointF) -> tuple[int, float, float] | None:
        """(page, x, y in PDF points) under a viewport point; None off the pages."""
        if not self.tops:
            return None
        page = self._page_at(point.y() + self.verticalScrollBar().value())
        rect = self.page_rect(page)
        x = (point.x() - rect.left()) / self.zoom
        y = self.sizes[page][1] - (point.y() - rect.top()) / self.zoom
        return page, x, y

    def _local_rect(self, page: int, box: Box) -> QRectF:
        return local_rect(self.sizes[page][1], self.zoom, box)

    def _box_rect(self, page: int, box: Box) -> QRectF:
        """A box in page points, in viewport pixels."""
        return self._local_rect(page, box).translated(self.page_rect(page).topLeft())

    # -- scrolling ----------------------------------------------------------------------------
    def _set_scroll(self, value: int) -> None:
        self._following = True
        try:
            self.verticalScrollBar().setValue(value)
        finally:
            self._following = False

    def _scrolled(self, _: int) -> None:
        self._request()

    def _reader_scrolled(self, _: int) -> None:
        """The reader moved the pages (wheel, keys, the bar): the text follows, once
        the bar has its new value. A move made here (a zoom, a resize, following
        the text) says nothing."""
        if not self._following:
            QTimer.singleShot(0, self, self._say_top)

    def _say_top(self) -> None:
        if self.page_map is not None:
            self.offset_shown.emit(self.offset_at_top())

    def offset_at_top(self) -> int:
        """The canonical offset of the first text at the top of the view."""
        if self.page_map is None or not self.tops:
            return 0
        top = self.verticalScrollBar().value() + GAP
        page = self._page_at(top)
        y_pt = self.sizes[page][1] - (top - self.tops[page]) / self.zoom
        chars = self.cache.chars(page)
        if chars is not None and chars.text:
            char = char_below(chars, y_pt)
        else:
            share = 1 - y_pt / self.sizes[page][1]
            char = int(max(0.0, share) * self.page_map.page_lengths[page])
        return self.page_map.offset_at(page, char)

    def _request(self) -> None:
        """Ask for the pages in sight (and one beyond each end) at the screen's
        resolution, those nearest the middle of the view first."""
        pages = self.visible_pages()
        if not pages:
            return
        scale = round(self.zoom * self.devicePixelRatioF(), 4)
        around = [p for p in (pages[0] - 1, pages[-1] + 1) if 0 <= p < len(self.sizes)]
        middle = pages[len(pages) // 2]
        wanted = sorted(pages, key=lambda p: abs(p - middle)) + around
        self.renderer.want([p for p in wanted if self.cache.get(p, scale) is None], scale)
        self.renderer.want_chars([p for p in pages if self.cache.chars(p) is None])

    # -- the renderer's results ---------------------------------------------------------------
    def _opened(self, generation: int, sizes: list[tuple[float, float]]) -> None:
        if generation != self.generation:
            return
        self.sizes = sizes
        self.zoom = self._fit(self.mode) if self.mode else self.zoom
        self._lay_out()
        self._request()
        self.viewport().update()

    def _failed(self, generation: int, message: str, password: bool) -> None:
        if generation == self.generation:
            self.problem.emit(message, password)

    def _rendered(self, generation: int, page: int, scale: float, image: QImage) -> None:
        if generation == self.generation:
            self.cache.put(page, scale, image)
            if page in self.visible_pages():
                self.viewport().update()

    def _chars_read(self, generation: int, page: int, chars: object) -> None:
        if generation == self.generation:
            self.cache.put_chars(page, chars)  # type: ignore[arg-type]
            self.marks.clear(page)
            self.viewport().update()

    def _mapped(self, generation: int, page_map: PageMap) -> None:
        if generation == self.generation:
            self.page_map = page_map
            self.marks.clear()
            if self._wanted_offset is not None:
                self.show_offset(self._wanted_offset)
            self.viewport().update()

    # -- painting -----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.fillRect(self.viewport().rect(), QColor(self.theme.chrome))
        self.painted = {}
        scale = round(self.zoom * self.devicePixelRatioF(), 4)
        for page in self.visible_pages():
            rect = self.page_rect(page)
            image = self.cache.get(page, scale)
            if image is not None:
                painter.drawImage(rect, image)
                self.page_painted.emit(page)
            else:
                self._placeholder(painter, page, rect)
            self._paint_marks(painter, page)
        painter.end()

    def _placeholder(self, painter: QPainter, page: int, rect: QRectF) -> None:
        other = self.cache.any_scale(page)
        if other is not None:
            painter.drawImage(rect, other)
            return
        painter.fillRect(rect, QColor("#ffffff"))
        painter.setPen(QColor(self.theme.muted))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter,
                         self.tr("Page {number}").format(number=page + 1))

    def _paint_marks(self, painter: QPainter, page: int) -> None:
        chars = self.cache.chars(page)
        if self.page_map is None or chars is None:
            return
        at = self.page_rect(page).topLeft()
        found = self.marks.of(page, self.page_map, chars, self.highlights, self.selected_id,
                              lambda box: self._local_rect(page, box))
        for mark in found:
            if mark.hid:
                self.painted.setdefault(mark.hid, []).extend(r.translated(at) for r in mark.rects)
        selection = span_rects(self.page_map, chars, page, *self.selection,
                               lambda box: self._local_rect(page, box)) if self.selection else ()
        paint_marks(painter, self.theme, found, at, selection)

    # -- the reader's hands -------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self.sizes:
            return
        if self.mode:
            self._set_zoom(self._fit(self.mode), self.mode)
        else:
            self._lay_out()
        self._request()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.zoom_by(steps)
            event.accept()
            return
        super().wheelEvent(event)

    def _char_under(self, point: QPointF) -> tuple[int, int] | None:
        where = self.to_page(point)
        if where is None or self.page_map is None:
            return None
        page, x, y = where
        chars = self.cache.chars(page)
        char = char_at(chars, x, y) if chars is not None else None
        return (page, char) if char is not None else None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed = event.position()
            self._drag = self._char_under(event.position())
            if self.selection is not None:
                self.selection = None
                self.viewport().update()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is not None and self._pressed is not None and \
                (event.position() - self._pressed).manhattanLength() > 4:
            here = self._char_under(event.position())
            if here is not None and self.page_map is not None:
                a = self.page_map.offset_at(*self._drag)
                b = self.page_map.offset_at(*here)
                self.selection = (min(a, b), max(a, b) + 1)
                self.viewport().update()
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        selection, self._drag, self._pressed = self.selection, None, None
        if selection is not None and selection[1] > selection[0]:
            self.selected.emit(*selection)
            return
        for hid, boxes in self.painted.items():
            if any(b.contains(event.position()) for b in boxes):
                self.highlight_clicked.emit(hid)
                return
