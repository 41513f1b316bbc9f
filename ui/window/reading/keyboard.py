"""The reading pane without a mouse: caret browsing, highlights reached and opened.

The read-only view already moves a text cursor with the arrows, Home/End,
PgUp/PgDn and Ctrl+arrows (Shift selects) and keeps it in view; what it lacked is
a caret one can see and a place to start from. Here the caret is drawn wider, and
when the text gets the focus with its caret out of sight (Tab, F6) the caret comes
to the top of what is shown, so the first arrow moves from where the reader is.

On top of that: Alt+Down / Alt+Up go to the next / previous highlight (it is
selected, scrolled to and shown in the margin; at either end they wrap round),
Enter opens the card of the highlight under the caret (or the selected one) by
putting the focus in its note, and Escape in the note or the tags saves them and
gives the focus back to the text, the caret where it was. 1–5 on a selection
(highlight in that colour) belong to the view itself.
"""

from __future__ import annotations

import logging
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor

from reader.model import Highlight

if TYPE_CHECKING:
    from ui.window.reading.pane import ReadingPane

log = logging.getLogger(__name__)

CARET_WIDTH = 2  # pixels: the default hairline is easy to lose in a page of text
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ReadingKeys(QObject):
    """Watches the pane's view and its editor's fields for the keys above."""

    def __init__(self, pane: ReadingPane) -> None:
        super().__init__(pane)
        self.pane = pane
        self.view = pane.view
        self.view.setCursorWidth(CARET_WIDTH)
        # The width is the document layout's: each document the view loads needs it again.
        self.view.content_changed.connect(self._widen_caret)
        self.view.installEventFilter(self)
        for field in (pane.editor.note, pane.editor.tags):
            field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view:
            if event.type() == QEvent.Type.FocusIn:
                self.caret_into_view()
            elif event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                return self._view_key(event)
        elif event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self.back_to_text()
            return True
        return False

    def _view_key(self, event: QKeyEvent) -> bool:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods == Qt.KeyboardModifier.AltModifier \
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            return self.step(1 if event.key() == Qt.Key.Key_Down else -1)
        if not mods and event.key() in _ENTER:
            return self.open_card()
        return False

    # -- the caret ----------------------------------------------------------------
    def _widen_caret(self) -> None:
        if self.view.cursorWidth() != CARET_WIDTH:
            self.view.setCursorWidth(CARET_WIDTH)

    def caret(self) -> int:
        """The caret's canonical offset (where a selection's moving end is)."""
        return self.view.offsets.from_qt(self.view.textCursor().position())

    def caret_into_view(self) -> None:
        """A caret above or below the screen moves to the top line shown."""
        view = self.view
        if view.document_ is None or view.textCursor().hasSelection():
            return
        rect = view.cursorRect()
        if rect.top() >= 0 and rect.bottom() <= view.viewport().height():
            return
        self.place_caret(view.offset_at_top())

    def place_caret(self, offset: int) -> None:
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(self.view.offsets.to_qt(offset))
        self.view.setTextCursor(cursor)

    # -- highlights -----------------------------------------------------------------
    def step(self, direction: int) -> bool:
        """The next (1) or previous (-1) highlight after or before the caret,
        wrapping round at the ends; False (the key goes on) when there is none."""
        found = self.neighbour(self.view.highlights, self.caret(), direction)
        if found is None:
            return False
        self.place_caret(found.start)
        self.pane.goto_highlight(found.id)
        return True

    @staticmethod
    def neighbour(highlights: list[Highlight], offset: int,
                  direction: int) -> Highlight | None:
        """``highlights`` are in reading order (the view keeps them sorted)."""
        if not highlights:
            return None
        starts = [h.start for h in highlights]
        if direction > 0:
            i = bisect_right(starts, offset)
            return highlights[i % len(highlights)]
        i = bisect_left(starts, offset) - 1
        return highlights[i]  # -1 is the last one: round again from the end

    def under_caret(self) -> str | None:
        """The highlight the caret is in (or just after, as after making it), else the
        selected one."""
        offset = self.caret()
        for at in (offset, offset - 1):
            hits = self.view.highlights_at(at) if at >= 0 else []
            if hits:
                return hits[0].id
        return self.view.selected_id

    def open_card(self) -> bool:
        """Enter: the highlight's card is shown and its note takes the typing."""
        hid = self.under_caret()
        if hid is None or self.view.selection_span() is not None:
            return False
        self.pane.select_highlight(hid)
        editor = self.pane.editor
        editor.mode.setCurrentIndex(editor.WRITE)
        editor.note.setFocus(Qt.FocusReason.ShortcutFocusReason)
        editor.note.moveCursor(QTextCursor.MoveOperation.End)
        return True

    def back_to_text(self) -> None:
        """Escape from the note or the tags: saved now, and back to the caret."""
        self.pane.editor.flush()  # the tags are saved as they lose the focus
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
