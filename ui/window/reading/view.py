"""The reading view: the canonical text, formatted, with highlights painted over it.

The ``QTextDocument`` holds exactly the canonical text (each ``\\n`` a block
separator), so a position in the view is a canonical offset once converted by
:class:`ui.window.reading.offsets.OffsetMap`; formats are applied on top and never add characters.
Highlights are extra selections (translucent, so overlaps blend) rather than
document formats, so painting 500 of them never touches the text or its undo.
"""

from __future__ import annotations

import logging
from bisect import bisect_right

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QResizeEvent,
    QShowEvent,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QFrame, QTextEdit, QWidget

from reader.formats import extensions_listed, hard_wrapped
from reader.model import COLORS, Document, Highlight
from ui.window.accessibility.describe import describe_highlights
from ui.window.reading.highlight_bar import HighlightBar
from ui.window.reading.hit_test import HitTest
from ui.window.reading.memory import return_freed_memory
from ui.window.reading.offsets import OffsetMap
from ui.window.reading.painting import Marks, painted
from ui.window.reading.stepwise import StepwiseFormatting
from ui.window.reading.text_document import Formatter, select_in, serif_font
from ui.window.theme import Theme

log = logging.getLogger(__name__)

LINE_CHARS = 70


def no_document() -> str:
    """Documents, but none open (in the window's language); an empty library says
    more (ui/window/help/empty_library.py)."""
    return QCoreApplication.translate(
        "ReadingView", "No document open.\n\nPick one in the library, or import texts "
        "({extensions}): File → Import… (Ctrl+O), or drop files on this window."
    ).format(extensions=extensions_listed())


NO_DOCUMENT = no_document()  # in English: the source text, as the tests read it


class ReadingView(QTextEdit):
    """Shows one document; speaks canonical offsets in all its signals and methods."""

    highlight_requested = Signal(int, int, str)  # start, end (code points), colour
    highlight_clicked = Signal(str)
    delete_requested = Signal(str)
    viewport_moved = Signal()
    hits_changed = Signal()
    content_changed = Signal()  # a new document, new highlights or a new layout
    link_clicked = Signal(int, str)  # offset clicked and the link's href (no selection)

    def __init__(self, theme: Theme, font_size: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Long URLs and code lines wrap anywhere rather than widening the page sideways.
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setPlaceholderText(no_document())
        self.setAccessibleName(self.tr("Document text"))
        self.setAccessibleDescription(self.tr("The open document: select words to highlight "
                                              "them, with the keys 1 to 5 or the colour bar"))
        self.theme = theme
        self.font_size = font_size
        self.document_: Document | None = None
        self.offsets = OffsetMap("")
        self.highlights: list[Highlight] = []
        self._own_doc: QTextDocument | None = None
        self._starts: list[int] = []
        self.selected_id: str | None = None
        self.hits: list[tuple[int, int]] = []  # search or find hits, code points
        self.current_hit = -1
        self._flash: tuple[int, int] | None = None
        self._flash_ticks = 0
        self._flash_timer = QTimer(self, interval=160, timeout=self._flash_tick)
        self._wanted_top: int | None = None  # where load() was asked to be, until laid out
        self._hit_test: HitTest | None = None
        self.formatting = StepwiseFormatting(self, self.offset_at_top, self._scroll_to,
                                             self.content_changed.emit)
        self.bar = HighlightBar(theme, self.viewport())
        self.bar.picked.connect(self._pick_color)
        self.verticalScrollBar().valueChanged.connect(self._moved)
        self.verticalScrollBar().actionTriggered.connect(self._reader_scrolled)
        self.selectionChanged.connect(self._selection_changed)
        self._apply_palette()

    # -- content ------------------------------------------------------------
    def load(self, document: Document, highlights: list[Highlight], position: int = 0) -> None:
        old = self._own_doc
        self._release(old)
        self.document_ = document
        self.offsets = OffsetMap(document.text)
        formatter = Formatter(document.body, self.theme, self.font_size,
                              hard_wrapped(document.source_name), self.offsets,
                              self._page_width())
        formatter.format_at(position)  # the first screen; the rest once it is shown
        self._own_doc = formatter.doc
        self._own_doc.setParent(self)
        self._center_column(self._own_doc)  # before it is shown: laid out once, not twice
        self.setDocument(self._own_doc)
        if old is not None:
            old.deleteLater()
        self.hits = [h for h in self.hits if h[1] <= len(document.text)]
        self.set_highlights(highlights)
        self._scroll_to(position)
        self.formatting.start(formatter)
        # Before the window is shown the view has no real size yet, so the scroll is
        # clamped or lands elsewhere once lines rewrap: go there again when laid out.
        self._wanted_top = position
        if self.isVisible():
            QTimer.singleShot(0, self, self._settle)

    def release(self) -> int:
        """Empty the text shown before another document is read: its characters and
        its layout (about 200 MB once a 3-million-character page is all laid out) are
        freed now, not added to the next one's at the peak of opening it. Returns the
        offset at the top, for a :meth:`load` of the same document should the next
        one fail to open."""
        top = self.reading_place() if self.document_ is not None else 0
        self._release(self._own_doc)
        return top

    def _release(self, old: QTextDocument | None) -> None:
        self.formatting.stop()
        self._hit_test = None
        self.document_, self.offsets = None, OffsetMap("")  # what follows the view: no text
        if old is not None and not old.isEmpty():
            old.clear()
            return_freed_memory()

    def clear_document(self) -> None:
        self.formatting.stop()
        self.document_ = None
        self.offsets = OffsetMap("")
        self.hits, self.current_hit = [], -1
        self.setPlainText("")
        self.set_highlights([])

    def set_hits(self, spans: list[tuple[int, int]], current: int = -1) -> None:
        """Paint search or find hits (canonical spans); ``current`` is the one in focus."""
        self.hits = list(spans)
        self.current_hit = current if 0 <= current < len(self.hits) else -1
        self._paint()
        self.hits_changed.emit()

    def show_hit(self, index: int) -> None:
        """Make hit ``index`` the current one and scroll it into the upper third."""
        if not self.hits:
            return
        self.current_hit = index % len(self.hits)
        start, _ = self.hits[self.current_hit]
        y = self.y_of_offset(start)
        if not 0 <= y < self.viewport().height() - 40:
            self.scroll_to_offset(start, slack=self.viewport().height() // 3)
        self._paint()
        self.hits_changed.emit()

    def set_highlights(self, highlights: list[Highlight]) -> None:
        live = [h for h in highlights if h.status != "orphaned"]
        self.highlights = sorted(live, key=lambda h: (h.start, h.end))
        self._starts = [h.start for h in self.highlights]
        describe_highlights(self, len(self.highlights))  # for a screen reader
        self._paint()
        self.content_changed.emit()

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.bar.set_theme(theme)
        self._apply_palette()
        self._rebuild()

    def set_font_size(self, size: float) -> None:
        self.font_size = size
        self._rebuild()

    def _rebuild(self) -> None:
        if self.document_ is not None:
            self.load(self.document_, self.highlights, self.offset_at_top())

    def _apply_palette(self) -> None:
        self.setStyleSheet(f"QTextEdit {{ background: {self.theme.paper}; color: "
                           f"{self.theme.ink}; selection-background-color: "
                           f"{self.theme.accent}; selection-color: {self.theme.paper}; "
                           # focus shown by a frame, kept transparent: no relayout on focus
                           "border: 2px solid transparent; }"
                           f" QTextEdit:focus {{ border-color: {self.theme.accent}; }}")

    # -- geometry -------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        """Rewrapped lines keep the reader's place: the same text stays at the top."""
        anchor = self._wanted_top
        if anchor is None and self.document_ is not None and self.isVisible():
            anchor = self.offset_at_top()
        super().resizeEvent(event)
        self._center_column()
        if anchor is not None and self.document_ is not None:
            self._scroll_to(anchor)
        self.viewport_moved.emit()
        self.content_changed.emit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, self._settle)

    def _settle(self) -> None:
        """Once shown and laid out, put the position load() asked for at the top."""
        if self._wanted_top is not None and self.isVisible() and self.document_ is not None:
            self._scroll_to(self._wanted_top)
            self._wanted_top = None

    def _side_margin(self) -> float:
        """Keep lines near 70 characters by widening the side margins of the page."""
        metrics = QFontMetricsF(serif_font(self.font_size))
        column = metrics.averageCharWidth() * LINE_CHARS * 1.05
        return max(24.0, (self.viewport().width() - column) / 2)

    def _page_width(self) -> float | None:
        """The text's width between the side margins, once the view has a size."""
        width = self.viewport().width() - 2 * self._side_margin()
        return width if self.isVisible() and width > 0 else None

    def _center_column(self, doc: QTextDocument | None = None) -> None:
        side = self._side_margin()
        frame = (doc or self.document()).rootFrame()
        fmt = frame.frameFormat()
        if abs(fmt.leftMargin() - side) > 1:
            fmt.setLeftMargin(side)
            fmt.setRightMargin(side)
            frame.setFrameFormat(fmt)

    def _reader_scrolled(self, _: int) -> None:
        self._wanted_top = None  # the reader moved: their place, not the remembered one

    def _moved(self) -> None:
        self.bar.hide()
        self.viewport_moved.emit()

    def y_of_offset(self, offset: int) -> int:
        """Top of the line holding ``offset``, in viewport coordinates."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.offsets.to_qt(offset))
        return self.cursorRect(cursor).top()

    def offset_at(self, point: QPoint) -> int:
        if self._hit_test is None or self._hit_test.doc is not self.document():
            self._hit_test = HitTest(self.document())
        return self.offsets.from_qt(self._hit_test.position_at(
            point.x() + self.horizontalScrollBar().value(),
            point.y() + self.verticalScrollBar().value()))

    def offset_at_top(self) -> int:
        return self.offset_at(QPoint(self.viewport().width() // 2, 4))

    def reading_place(self) -> int:
        """The position to remember: where load() was asked to be until the view got
        there (a document left before it was laid out keeps its place), else the top."""
        return self._wanted_top if self._wanted_top is not None else self.offset_at_top()

    def offset_at_bottom(self) -> int:
        vp = self.viewport()
        return self.offset_at(QPoint(vp.width() // 2, vp.height() - 2))

    def scroll_to_offset(self, offset: int, slack: int = 0) -> None:
        """Scroll so ``offset``'s line is at the top (``slack`` pixels below it)."""
        self._wanted_top = None  # an explicit move wins over the position load() restores
        self._scroll_to(offset, slack)

    def scroll_to_y(self, value: int) -> None:
        """Set the scroll bar (synchronised scrolling); wins like ``scroll_to_offset``."""
        self._wanted_top = None
        self.verticalScrollBar().setValue(value)

    def _scroll_to(self, offset: int, slack: int = 0) -> None:
        bar = self.verticalScrollBar()
        target = bar.value() + self.y_of_offset(offset) - slack
        bar.setValue(max(0, target - 4 if offset else 0))

    # -- selection & highlights -----------------------------------------------
    def selection_span(self) -> tuple[int, int] | None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start, end = self.offsets.span_from_qt(cursor.selectionStart(), cursor.selectionEnd())
        return (start, end) if end > start else None

    def select_span(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.document())
        select_in(cursor, self.offsets.span_to_qt(start, end))
        self.setTextCursor(cursor)

    def highlights_at(self, offset: int) -> list[Highlight]:
        """Highlights covering ``offset``, innermost (shortest) first."""
        upto = bisect_right(self._starts, offset)
        hits = [h for h in self.highlights[:upto] if h.start <= offset < h.end]
        return sorted(hits, key=lambda h: h.end - h.start)

    def select_highlight(self, hid: str | None) -> None:
        self.selected_id = hid
        self._paint()

    def flash(self, start: int, end: int) -> None:
        self._flash = (start, end)
        self._flash_ticks = 6
        self._flash_timer.start()
        self._paint()

    def _flash_tick(self) -> None:
        self._flash_ticks -= 1
        if self._flash_ticks <= 0:
            self._flash_timer.stop()
            self._flash = None
        self._paint()

    def _paint(self) -> None:
        self.setExtraSelections(painted(
            self.document(), self.offsets, self.theme,
            Marks(self.highlights, self.selected_id, self.hits, self.current_hit,
                  self._flash if self._flash_ticks % 2 == 0 else None)))

    def _pick_color(self, color: str) -> None:
        span = self.selection_span()
        self.bar.hide()
        if span:
            self.highlight_requested.emit(span[0], span[1], color)
            cursor = self.textCursor()
            cursor.clearSelection()
            self.setTextCursor(cursor)

    def _selection_changed(self) -> None:
        if not self.textCursor().hasSelection():
            self.bar.hide()

    def _show_bar(self) -> None:
        start = QTextCursor(self.textCursor())
        start.setPosition(self.textCursor().selectionStart())
        self.bar.show_over(self.cursorRect(start), self.cursorRect().bottom(),
                           self.viewport().width())

    # -- events ---------------------------------------------------------------
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        if self.selection_span():
            self._show_bar()
            return
        href = self.anchorAt(event.position().toPoint())
        if href:  # a link wins over a highlight under it, as in a browser
            self.link_clicked.emit(self.offset_at(event.position().toPoint()), href)
            return
        hits = self.highlights_at(self.offset_at(event.position().toPoint()))
        if hits:
            self.highlight_clicked.emit(hits[0].id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.text()
        if key in ("1", "2", "3", "4", "5") and self.selection_span() \
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self._pick_color(COLORS[int(key) - 1])
            return
        super().keyPressEvent(event)
        if self.selection_span() and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self._show_bar()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        span = self.selection_span()
        if span:
            menu.addSeparator()
            for i, color in enumerate(COLORS, 1):
                action = menu.addAction(f"{self.bar.swatch_name(color)}\t{i}")
                action.triggered.connect(lambda _=False, c=color: self._pick_color(c))
        hits = self.highlights_at(self.offset_at(event.pos()))
        if hits:
            menu.addSeparator()
            hid = hits[0].id
            menu.addAction(self.tr("Edit highlight…")).triggered.connect(
                lambda: self.highlight_clicked.emit(hid))
            menu.addAction(self.tr("Delete highlight")).triggered.connect(
                lambda: self.delete_requested.emit(hid))
        menu.exec(event.globalPos())
        menu.deleteLater()
