"""A reading pane: one document with its highlights, notes margin, find bar and minimap.

The window holds one pane, or two side by side; each pane reads its document through
the window's services and sends its annotation writes to the single write worker.
A write's result carries the fresh highlights of every open document, so when an
undo touches the other pane's document both panes follow.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QVBoxLayout, QWidget

from reader.changes import Changes
from reader.errors import MarginaliaError
from reader.model import Document, Highlight
from ui.services import Services
from ui.window.errors import in_words
from ui.window.notes.editor import HighlightEditor
from ui.window.notes.margin import NotesMargin
from ui.window.original.link import OriginalLink
from ui.window.outline.panel import OutlinePanel
from ui.window.reading.find_bar import FindBar
from ui.window.reading.keyboard import ReadingKeys
from ui.window.reading.minimap import Minimap
from ui.window.reading.pane_header import PaneHeader
from ui.window.reading.paragraphs import paragraph_position, scroll_to_paragraph
from ui.window.reading.progress import ProgressLine
from ui.window.reading.view import ReadingView
from ui.window.theme import Theme
from ui.window.unsaved import Edit, UnsavedBar
from ui.window.workers.write import WriteWorker

log = logging.getLogger(__name__)

POSITION_SAVE_DELAY_MS = 1500
Fresh = dict[str, list[Highlight]]


class ReadingPane(QWidget):
    """View + minimap + find bar on the left, notes margin + editor on the right."""

    opened = Signal(str)  # document id
    annotated = Signal(object)  # Fresh: document id -> its highlights after a write
    failed = Signal(str)
    focused = Signal()
    unsaved_changed = Signal()  # an edit the store refused was kept, or finally saved

    def __init__(self, services: Services, worker: WriteWorker, theme: Theme,
                 font_size: float, open_ids: Callable[[], list[str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.worker = worker
        self.open_ids = open_ids
        self.current: Document | None = None
        self.highlights: list[Highlight] = []
        self.view = ReadingView(theme, font_size, self)
        self.minimap = Minimap(self.view, self)
        self.find_bar = FindBar(self.view, self)
        self.progress = ProgressLine(self.view, self)  # how far through, above the text
        self.margin = NotesMargin(self.view, theme, self)
        self.editor = HighlightEditor(theme, self)
        self.unsaved: dict[tuple[str, str], Edit] = {}  # refused by the store, kept for retry
        self.unsaved_reason = ""
        self._sent: dict[tuple[str, str], Edit] = {}  # the newest value sent, per field
        self.unsaved_bar = UnsavedBar(self)
        self.header = PaneHeader(self)  # shown side by side only
        self.show_color_labels()
        self.outline = OutlinePanel(self)  # sections, bookmarks, links followed (issue 17)
        self._layout()
        self._connect()
        self.keys = ReadingKeys(self)  # caret browsing, Alt+Down/Up, Enter, Escape
        self.original = OriginalLink(self)  # the PDF's pages beside the text (View → Original)
        self._position_timer = QTimer(self, singleShot=True, interval=POSITION_SAVE_DELAY_MS,
                                      timeout=self.save_reading_position)
        self.view.viewport_moved.connect(self._position_timer.start)

    def _layout(self) -> None:
        text_side = QWidget(self)
        column = QVBoxLayout(text_side)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.find_bar)
        column.addWidget(self.progress)
        row = QHBoxLayout()
        row.setSpacing(0)
        row.addWidget(self.outline)
        row.addWidget(self.view, 1)
        row.addWidget(self.minimap)
        column.addLayout(row, 1)
        self.right = QSplitter(Qt.Orientation.Vertical, self)
        self.right.addWidget(self.margin)
        self.right.addWidget(self.editor)
        self.right.setStretchFactor(0, 3)
        self.right.setStretchFactor(1, 2)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(text_side)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 3)  # narrower windows: the margin gives way too
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([660, 300])
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.header)
        box.addWidget(self.unsaved_bar)
        box.addWidget(self.splitter, 1)

    def _connect(self) -> None:
        self.view.highlight_requested.connect(self.create_highlight)
        self.view.highlight_clicked.connect(self.select_highlight)
        self.view.delete_requested.connect(self.delete_highlight)
        self.margin.card_clicked.connect(self.goto_highlight)
        self.margin.document_note_edited.connect(self.save_document_note)
        self.editor.color_picked.connect(lambda h, c: self.save_edit(Edit("color", h, c)))
        self.editor.note_edited.connect(lambda h, n: self.save_edit(Edit("note", h, n)))
        self.editor.tags_edited.connect(lambda h, t: self.save_edit(Edit("tags", h, tuple(t))))
        self.editor.delete_requested.connect(self.delete_highlight)
        self.unsaved_bar.retry.connect(self.retry_unsaved)
        self.unsaved_bar.discard.connect(self.discard_unsaved)

    def focusInEvent(self, event: Any) -> None:
        super().focusInEvent(event)
        self.focused.emit()

    # -- documents --------------------------------------------------------------
    def read_color_labels(self) -> dict[str, str] | None:
        try:
            return self.services.annotations.color_labels()
        except MarginaliaError as exc:
            log.warning("colour labels unavailable: %s", exc)
            return None

    def show_color_labels(self, labels: dict[str, str] | None = None) -> None:
        """The library's names for the colours (read here unless given; read once for
        all panes after a write), on the swatches' tooltips."""
        labels = labels if labels is not None else self.read_color_labels()
        if labels is None:
            return
        self.editor.set_labels(labels)
        self.view.bar.set_labels(labels)

    def open_document(self, doc_id: str, keep_if_open: bool = False) -> bool:
        """Show ``doc_id`` at its remembered position, with its highlights and notes."""
        if keep_if_open and self.current is not None and self.current.id == doc_id:
            return True
        self.flush_edits()
        if self.current is not None:
            self.save_reading_position()
        shown = self.view.document_
        top = self.view.release()  # before the next is read: not both at the peak
        try:
            doc = self.services.library.get(doc_id)
            highlights = list(self.services.annotations.for_document(doc_id))
            note = self.services.annotations.document_note(doc_id)
        except MarginaliaError as exc:
            if shown is not None:  # its text was released: shown again
                self.view.load(shown, self.view.highlights, top)
            self.failed.emit(in_words(exc))
            return False
        self.current = doc
        self.highlights = highlights
        self.editor.set_highlight(None)
        self.view.hits, self.view.current_hit = [], -1
        self.view.load(doc, highlights, doc.reading_position)
        kept = self.unsaved.get(("doc_note", doc.id))
        self.margin.load(doc.id, kept.value if kept else note, highlights)
        if self.find_bar.isVisible():
            self.find_bar.run()
        self.opened.emit(doc_id)
        return True

    def show_hits(self, spans: list[tuple[int, int]], highlight_id: str | None = None,
                  current: int = 0) -> None:
        """Paint search hits and go to hit ``current`` (or to the note's highlight)."""
        self.find_bar.hide()
        self.view.set_hits(spans, current if spans else -1)
        if highlight_id and any(h.id == highlight_id for h in self.highlights):
            self.goto_highlight(highlight_id)
        elif spans:
            self.view.show_hit(current)

    def step_hit(self, step: int) -> None:
        """F3 / Shift+F3: the next or previous painted hit (search or find)."""
        if self.view.hits:
            self.view.show_hit(self.view.current_hit + step)
            if self.find_bar.isVisible():
                self.find_bar._show_count()

    # -- highlights ---------------------------------------------------------------
    def annotate(self, op: Callable[[Any], Any], select_new: bool = False,
                 saved: Callable[[], None] | None = None,
                 refused: Callable[[str], None] | None = None) -> None:
        """Run an annotation operation on the worker, then refresh from its result."""
        ids = list(dict.fromkeys([*self.open_ids(), *([self.current.id] if self.current else [])]))

        def task(s: Services, _: object) -> tuple[Any, Fresh, Changes]:
            result = op(s.annotations)
            created, changes = result if isinstance(result, tuple) else (None, result)
            s.apply(changes)
            return created, {d: list(s.annotations.for_document(d)) for d in ids}, changes

        def done(result: tuple[Any, Fresh, Changes]) -> None:
            created, fresh, _ = result
            self.annotated.emit(fresh)
            if select_new and created is not None and self.current is not None \
                    and created.document_id == self.current.id:
                self.select_highlight(created.id)
            if saved is not None:
                saved()

        self.worker.run(task, done, refused or self.failed.emit)

    def apply_fresh(self, fresh: Fresh) -> None:
        """Show the fresh highlights of this pane's document, if a write returned them."""
        if self.current is None or self.current.id not in fresh:
            return
        self.highlights = fresh[self.current.id]
        self.view.set_highlights(self.highlights)
        self.margin.set_highlights(self.highlights)
        self.original.set_highlights(self.highlights)
        selected = self.editor.highlight
        if selected is not None:
            self.editor.set_highlight(self._with_unsaved(
                next((h for h in self.highlights if h.id == selected.id), None)))

    def create_highlight(self, start: int, end: int, color: str) -> None:
        if self.current is None:
            return
        doc_id = self.current.id
        self.annotate(lambda a: a.create(doc_id, start, end, color=color), select_new=True)

    def select_highlight(self, hid: str) -> None:
        h = next((h for h in self.highlights if h.id == hid), None)
        self.view.select_highlight(hid)
        self.original.select(hid)
        opening = self.editor.isHidden()
        self.editor.set_highlight(self._with_unsaved(h))
        if opening:
            self._fit_editor()
        self.margin.cards.select(hid)
        self._show_unsaved()
        self._card_into_view(hid)

    def _fit_editor(self) -> None:
        """Open the editor at its preferred height (at most 45% of the column): a
        reader who drags the splitter keeps that size until the editor closes."""
        total = sum(self.right.sizes()) or self.right.height()
        wanted = min(self.editor.preferred_height(), int(total * 0.45))
        self.right.setSizes([total - wanted, wanted])
        self.right.widget(0).layout().activate()  # the card area takes its new height now

    def _card_into_view(self, hid: str) -> None:
        """Scroll the text up just enough that the selected card is not under the
        editor (cards are level with their passages, so they move together)."""
        over = self.margin.cards.overflow(hid)
        if over:
            bar = self.view.verticalScrollBar()
            self.view.scroll_to_y(bar.value() + over)

    def goto_highlight(self, hid: str) -> None:
        h = next((h for h in self.highlights if h.id == hid), None)
        if h is None:
            return
        if h.status != "orphaned":
            self.view.scroll_to_offset(h.start, slack=self.view.viewport().height() // 3)
            self.view.flash(h.start, h.end)
        self.select_highlight(hid)

    def delete_highlight(self, hid: str) -> None:
        if self.editor.highlight is not None and self.editor.highlight.id == hid:
            self.editor.set_highlight(None)
        self.annotate(lambda a: a.delete(hid))

    def save_document_note(self, doc_id: str, note: str) -> None:
        self.save_edit(Edit("doc_note", doc_id, note))

    # -- edits the store may refuse (disk full, read-only) ---------------------------
    def save_edit(self, edit: Edit) -> None:
        """Save ``edit``; edits kept from earlier failures are retried along with it."""
        self._submit_edit(edit)
        for key in list(self.unsaved):
            if key != edit.key:
                self._submit_edit(self._sent.get(key, self.unsaved[key]))

    def _submit_edit(self, edit: Edit) -> None:
        # Results come back in submission order, so the last one decides: a later
        # success clears an earlier failure of the same field, and vice versa.
        self._sent[edit.key] = edit

        def saved() -> None:
            if self._sent.get(edit.key) is edit:
                del self._sent[edit.key]
            if self.unsaved.pop(edit.key, None) is not None:
                self._show_unsaved()
                self.unsaved_changed.emit()

        def refused(message: str) -> None:
            self.unsaved[edit.key] = edit
            self.unsaved_reason = message
            self._show_unsaved()
            self.unsaved_changed.emit()
            self.failed.emit(self._not_saved(edit.kind).format(reason=message))

        self.annotate(edit.operation(), saved=saved, refused=refused)

    def _not_saved(self, kind: str) -> str:
        """One sentence per kind of edit: French agrees the words with each."""
        return {"note": self.tr("Your note was not saved (kept for retry): {reason}"),
                "tags": self.tr("Your tags were not saved (kept for retry): {reason}"),
                "color": self.tr("Your colour was not saved (kept for retry): {reason}"),
                }.get(kind, self.tr("Your document note was not saved (kept for retry): "
                                    "{reason}"))

    def retry_unsaved(self) -> None:
        """Send every kept edit to the store again (Retry, closing, start-up).

        A field edited again since its failure is sent with its newest value: an
        older one sent after it would win.
        """
        for key, edit in list(self.unsaved.items()):
            self._submit_edit(self._sent.get(key, edit))

    def keep_unsaved(self, edits: list[Edit], reason: str) -> None:
        """Take over edits kept elsewhere (recovery file, a closed pane)."""
        for edit in edits:
            self.unsaved.setdefault(edit.key, edit)
        self.unsaved_reason = reason or self.unsaved_reason
        self._show_unsaved()
        if self.current is not None and ("doc_note", self.current.id) in self.unsaved \
                and not self.margin.typing:
            self.margin.load(self.current.id, self.unsaved["doc_note", self.current.id].value,
                             self.highlights)

    def discard_unsaved(self) -> None:
        """Forget the kept edits (the reader chose to) and show what is stored."""
        self.unsaved.clear()
        self._sent.clear()
        self._show_unsaved()
        self.unsaved_changed.emit()
        if self.current is None:
            return
        try:
            note = self.services.annotations.document_note(self.current.id)
        except MarginaliaError as exc:
            self.failed.emit(in_words(exc))
            return
        if not self.margin.typing:
            self.margin.load(self.current.id, note, self.highlights)
        self.apply_fresh({self.current.id: self.highlights})

    def _with_unsaved(self, h: Highlight | None) -> Highlight | None:
        """``h`` as the reader last edited it: kept unsaved values over stored ones."""
        if h is None:
            return None
        changes: dict[str, Any] = {}
        for kind in ("note", "tags", "color"):
            kept = self.unsaved.get((kind, h.id))
            if kept is not None:
                changes[kind] = kept.value
        return replace(h, **changes) if changes else h

    def _show_unsaved(self) -> None:
        edits = list(self.unsaved.values())
        self.unsaved_bar.show_edits(edits, self.unsaved_reason)
        shown = self.editor.highlight
        self.editor.set_unsaved(shown is not None and any(e.target == shown.id for e in edits))

    def flush_edits(self) -> None:
        """Send any note still being typed to the worker now."""
        self.editor.flush()
        self.margin.flush()

    # -- reading comfort ----------------------------------------------------------
    def save_reading_position(self) -> None:
        if self.current is None:
            return
        doc_id, position = self.current.id, self.view.reading_place()
        self._position_timer.stop()
        self.worker.run(lambda s, _: s.library.set_reading_position(doc_id, position))

    def set_theme(self, theme: Theme) -> None:
        self.view.set_theme(theme)
        self.margin.set_theme(theme)
        self.editor.set_theme(theme)
        self.original.set_theme(theme)
        self.minimap.refresh()

    def set_font_size(self, size: float) -> None:
        self.view.set_font_size(size)

    # -- paragraph positions (synchronised scrolling: reading/paragraphs.py) --------
    def paragraph_position(self) -> tuple[int, float]:
        return paragraph_position(self.view, self.current)

    def scroll_to_paragraph(self, index: int, fraction: float) -> None:
        scroll_to_paragraph(self.view, self.current, index, fraction)
