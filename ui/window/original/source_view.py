"""The original of an EPUB, a web page or a Markdown file: its own HTML, rendered.

Beside the canonical text the reader sees the source as it looks: Qt's rich text of
the sanitised HTML (reader/original_source.py), an EPUB's images from its zip and
nothing from anywhere else — :meth:`SourceOriginal.loadResource` answers only
``epub:`` images and blocks the rest, local files included (Qt would otherwise read a
relative URL from the disk). The rendering's characters are not the canonical text's,
so every crossing goes through a :class:`reader.text_alignment.Alignment` of the two
(and :class:`OffsetMap` for Qt's UTF-16): highlights are painted at their place here,
a selection is given back as a canonical span, and a scroll says which canonical
offset is now at the top.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QPoint, QPointF, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QFrame, QTextBrowser, QTextEdit, QWidget

from reader.errors import MarginaliaError
from reader.model import Document, Highlight
from reader.original_source import SCHEME, ShownOriginal, read_original
from reader.text_alignment import Alignment
from ui.window.errors import in_words
from ui.window.original.source_prep import Preparer
from ui.window.reading.layers import layers
from ui.window.reading.offsets import OffsetMap
from ui.window.reading.text_document import select_in, serif_font
from ui.window.theme import Theme

log = logging.getLogger(__name__)

FONT_SIZE = 12.5
MARGIN = 28  # around the page, in pixels
MAX_IMAGE_WIDTH = 640  # wider images are scaled down to it, once, when loaded
THROTTLE_MS = 80  # at most one offset_shown per this while the reader scrolls


class SourceOriginal(QTextBrowser):
    """Shows one original; speaks canonical offsets in its signals and methods."""

    offset_shown = Signal(int)  # the reader scrolled: canonical offset now at the top
    highlight_clicked = Signal(str)  # a highlight's id
    selected = Signal(int, int)  # canonical start, end the reader selected here
    problem = Signal(str, bool)  # why the original cannot be shown; False: no password helps
    loaded = Signal()  # shown and aligned: highlights painted, offsets meaningful

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("The original"))
        self.setAccessibleDescription(self.tr("The document as its own file shows it, "
                                              "highlights drawn on it"))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.theme = theme
        self.shown: ShownOriginal | None = None
        self.mapping: Alignment | None = None
        self.offsets = OffsetMap("")
        self.highlights: list[Highlight] = []
        self._source: tuple[Document, Path] | None = None  # what load() was given
        self.selected_id: str | None = None
        self._spans: list[tuple[int, int, Highlight]] = []  # rendered plain-text spans
        self._following = False  # show_offset is scrolling: no offset_shown back
        self._throttle = QTimer(self, singleShot=True, interval=THROTTLE_MS)
        self._throttle.timeout.connect(self._emit_top)
        self._pending_top: int | None = None  # where to go once prepared
        self.prep = Preparer(self)
        self.prep.done.connect(self._prepared)
        self.prep.failed.connect(self._unprepared)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self._apply_palette()

    # -- content ------------------------------------------------------------
    def load(self, document: Document, original: Path, highlights: list[Highlight]) -> None:
        """Start showing ``original``: read and sanitised on the preparer's thread, laid
        out here, aligned there again; ``loaded`` says when highlights and offsets
        work. An original that cannot be read is said in words."""
        self._release()
        self._source = (document, original)
        self.highlights, self.selected_id = list(highlights), None
        self.setPlainText(self.tr("Opening the original…"))
        ticket = self.prep.open()
        self.prep.run(ticket, lambda: read_original(original, document.source_name))

    def _prepared(self, ticket: int, result: object) -> None:
        if isinstance(result, ShownOriginal):
            self._lay_out(ticket, result)
        elif isinstance(result, Alignment):
            self.mapping = result
            self._paint()
            if self._pending_top is not None:
                self.show_offset(self._pending_top)
            self.loaded.emit()

    def _lay_out(self, ticket: int, shown: ShownOriginal) -> None:
        """Qt's rich text of the sanitised page (GUI thread); then the alignment."""
        assert self._source is not None
        self.shown = shown
        plain = self._build_document(shown)
        self.offsets = OffsetMap(plain)
        text = self._source[0].text
        self.prep.run(ticket, lambda: Alignment(text, plain))

    def _build_document(self, shown: ShownOriginal) -> str:
        """The page as Qt's rich text in the theme's link colour; its plain text."""
        doc = QTextDocument(self)  # its parent answers its resources: loadResource
        doc.setDefaultFont(serif_font(FONT_SIZE))
        # Read at setHtml. Code wraps as the text's code does: a long line of a <pre>
        # made the whole page scroll sideways in a narrow column.
        doc.setDefaultStyleSheet(f"a {{ color: {self.theme.accent}; }} "
                                 "pre { white-space: pre-wrap; }")
        doc.setDocumentMargin(MARGIN)
        doc.setHtml(shown.html)
        self.setExtraSelections([])  # cleared while their document is still laid out
        self.setDocument(doc)  # the previous document, a child of ours, is deleted
        return doc.toPlainText()

    def _unprepared(self, _: int, error: object) -> None:
        reason = in_words(error) if isinstance(error, MarginaliaError) else self.tr(
            "it could not be prepared ({error})").format(error=type(error).__name__)
        log.warning("original not shown: %s", error)
        self.setPlainText(self.tr("The original cannot be shown.\n\n{reason}").format(
            reason=reason))
        self.problem.emit(reason, False)

    def shutdown(self) -> None:
        """The window is closing: no step left running when the interpreter ends."""
        self.prep.wait()

    def _release(self) -> None:
        """Let go of the shown original; the old highlights are cleared while their
        document is still laid out (later, clearing them would lay out the new one)."""
        self.setExtraSelections([])
        if self.shown is not None:
            self.shown.close()
        self.shown, self.mapping, self._source = None, None, None
        self.offsets = OffsetMap("")
        self._spans = []
        self._pending_top = None

    def set_highlights(self, highlights: list[Highlight], selected_id: str | None) -> None:
        self.highlights = list(highlights)
        self.selected_id = selected_id
        self._paint()

    def set_theme(self, theme: Theme) -> None:
        """The page's link colour is set as the HTML is read: the rich text is built
        again from the page already read (a theme changes rarely), where the reader was."""
        self.theme = theme
        self._apply_palette()
        if self.shown is None:  # not read yet: it will be laid out in these colours
            self._paint()
            return
        top = self.offset_at_top() if self.mapping is not None else self._pending_top
        self._build_document(self.shown)  # the same text: offsets and alignment hold
        self._paint()
        if top is not None:
            self.show_offset(top)

    def _apply_palette(self) -> None:
        t = self.theme
        self.setStyleSheet(f"QTextBrowser {{ background: {t.paper}; color: {t.ink}; "
                           f"selection-background-color: {t.accent}; "
                           f"selection-color: {t.paper}; }}")

    # -- resources ------------------------------------------------------------
    def loadResource(self, kind: int, name: QUrl | str) -> object:
        """Only the EPUB's own images, from its zip. Everything else gets an empty
        answer, not None: on None Qt would try the URL as a local file. ``data:``
        images (small ones are kept by the sanitiser) Qt decodes itself, after None."""
        image = int(QTextDocument.ResourceType.ImageResource)
        name = QUrl(name)
        if int(kind) == image and name.scheme() == SCHEME and self.shown is not None:
            path = name.path(QUrl.ComponentFormattingOption.FullyDecoded).lstrip("/")
            data = self.shown.image(path)
            picture = QImage.fromData(data) if data else QImage()
            if not picture.isNull():
                if picture.width() > MAX_IMAGE_WIDTH:
                    picture = picture.scaledToWidth(
                        MAX_IMAGE_WIDTH, Qt.TransformationMode.SmoothTransformation)
                return picture
        if int(kind) == image and name.scheme() == "data":
            return None
        return QByteArray()

    # -- offsets ------------------------------------------------------------
    def _rendered_span(self, start: int, end: int) -> tuple[int, int]:
        """A canonical span as Qt positions in the rendering (empty when unplaced)."""
        if self.mapping is None:
            return 0, 0
        lo = self.mapping.to_rendered(start)
        hi = self.mapping.to_rendered(end, end=True)
        return self.offsets.to_qt(lo), self.offsets.to_qt(max(lo, hi))

    def canonical_span(self, qt_start: int, qt_end: int) -> tuple[int, int]:
        """Qt positions in the rendering as a canonical span."""
        if self.mapping is None:
            return 0, 0
        lo = self.mapping.to_canonical(self.offsets.from_qt(qt_start))
        hi = self.mapping.to_canonical(self.offsets.from_qt(qt_end), end=True)
        return lo, max(lo, hi)

    def offset_at_top(self) -> int:
        if self.mapping is None:
            return 0
        position = self.cursorForPosition(QPoint(MARGIN, 1)).position()
        return self.mapping.to_canonical(self.offsets.from_qt(position))

    def show_offset(self, offset: int) -> None:
        """Follow the text: scroll so ``offset`` is at the top, without saying so back
        (still being prepared: once it is)."""
        if self.mapping is None:
            self._pending_top = offset
            return
        self._pending_top = None
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._rendered_span(offset, offset)[0])
        bar = self.verticalScrollBar()
        self._following = True
        try:
            bar.setValue(bar.value() + self.cursorRect(cursor).top())
        finally:
            self._following = False
        self._throttle.stop()

    def _scrolled(self, _: int) -> None:
        if not self._following and not self._throttle.isActive():
            self._throttle.start()

    def _emit_top(self) -> None:
        if self.mapping is not None:
            self.offset_shown.emit(self.offset_at_top())

    # -- highlights ------------------------------------------------------------
    def _paint(self) -> None:
        if self.mapping is None:
            self._spans = []
            self.setExtraSelections([])
            return
        self._spans = [(*self._rendered_span(h.start, h.end), h) for h in self.highlights
                       if h.status != "orphaned" and h.end > h.start]
        selections = []
        # Inside an edit block a cursor does not compute its x: placing one would
        # otherwise lay the whole document out up to it, before it is ever shown.
        hold = QTextCursor(self.document())
        hold.beginEditBlock()
        try:
            for layer in layers(self.highlights, self.selected_id):
                span = self._rendered_span(layer.start, layer.end)
                if span[1] > span[0]:
                    selections.append(self._extra(span, layer.fill, layer.strong,
                                                  layer.underline))
        finally:
            hold.endEditBlock()
        self.setExtraSelections(selections)

    def _extra(self, span: tuple[int, int], fill: str, strong: bool,
               underline: str | None) -> QTextEdit.ExtraSelection:
        """One stretch in the theme's colours, as the reading view paints it."""
        sel = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        select_in(cursor, span)
        sel.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setBackground(self.theme.highlight(fill, strong))
        if strong and self.theme.is_dark:
            fmt.setForeground(QColor(self.theme.paper))
        if underline is not None:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(self.theme.solid(underline))
            fmt.setProperty(QTextFormat.Property.FullWidthSelection, False)
        sel.format = fmt
        return sel

    def highlight_at(self, point: QPoint) -> Highlight | None:
        """The innermost highlight under ``point`` (viewport coordinates), if any."""
        scroll = QPointF(self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        position = self.document().documentLayout().hitTest(
            QPointF(point) + scroll, Qt.HitTestAccuracy.ExactHit)
        if position < 0:
            return None
        here = [h for lo, hi, h in self._spans if lo <= position <= hi and hi > lo]
        return min(here, key=lambda h: h.end - h.start, default=None)

    # -- the reader's hand ------------------------------------------------------
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """A selection becomes ``selected`` (canonical); a plain click on a highlight
        becomes ``highlight_clicked``."""
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self.mapping is None:
            return
        cursor = self.textCursor()
        if cursor.hasSelection():
            start, end = self.canonical_span(cursor.selectionStart(), cursor.selectionEnd())
            if end > start:
                self.selected.emit(start, end)
            return
        hit = self.highlight_at(event.position().toPoint())
        if hit is not None:
            self.highlight_clicked.emit(hit.id)
