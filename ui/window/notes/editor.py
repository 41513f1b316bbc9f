"""The highlight editor: colour, Markdown note (Write / Preview), tags, delete.

A note is saved shortly after typing stops (and at once when the editor switches
highlight or the window closes), so nothing typed is ever lost and there is no Save
button. The note box and its rendered preview share one place, switched by two small
tabs, so the note is not shown twice.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QTextCursor, QTextOption
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.markdown import render_note
from reader.model import COLORS, Highlight
from reader.tags import normalize_tag, normalize_tags
from ui.window.notes.note_card import NOTE_SAVE_DELAY_MS, note_css, open_allowed_link, quote_start
from ui.window.theme import Theme, color_name, reader_label

# English source texts (the tests read them); shown through HighlightEditor.tr.
TAGS_PLACEHOLDER = QT_TRANSLATE_NOOP("HighlightEditor",
                                     "Tags, separated by commas (or #one #two)")
TAGS_TIP = QT_TRANSLATE_NOOP(
    "HighlightEditor",
    "Separate tags with commas: ai companions, ethics. Spaces inside a tag become "
    "'-' (#ai-companions), as Obsidian spells tags.\n"
    "Or start with # and separate with spaces: #labour #platforms.")


def parse_tags(text: str) -> tuple[str, ...]:
    """Tags typed as ``a, b c`` (commas separate; spaces inside a tag become '-') or, when the
    text starts with '#', as ``#a #b`` (spaces separate too). A '#' after a space
    starts a new tag either way. Each in its one canonical form (:mod:`reader.tags`),
    no duplicates."""
    text = text.strip()
    if text.startswith("#"):
        pieces = text.replace(",", " ").split()
    else:
        pieces = [part for piece in text.split(",") for part in re.split(r"\s+(?=#)", piece)]
    seen: list[str] = []
    for raw in pieces:
        tag = normalize_tag(raw)
        if tag and tag not in seen:
            seen.append(tag)
    return tuple(seen)


class ModeSwitch(QWidget):
    """Two small tabs over the note: Write (the Markdown) and Preview (rendered)."""

    currentChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        tabs = ((self.tr("Write"), self.tr("Write the note (Markdown)")),
                (self.tr("Preview"), self.tr("The note rendered, links clickable")))
        self.buttons: list[QToolButton] = []
        for i, (text, tip) in enumerate(tabs):
            button = QToolButton(self)
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(text)
            button.setAccessibleDescription(tip)
            button.setCheckable(True)
            button.setChecked(i == 0)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            self.group.addButton(button, i)
            self.buttons.append(button)
            row.addWidget(button)
        row.addStretch(1)
        self.group.idToggled.connect(lambda i, on: on and self.currentChanged.emit(i))

    def currentIndex(self) -> int:
        return self.group.checkedId()

    def setCurrentIndex(self, index: int) -> None:
        self.buttons[index].setChecked(True)

    def set_theme(self, theme: Theme) -> None:
        self.setStyleSheet(
            f"QToolButton {{ border: none; border-bottom: 2px solid transparent;"
            f" padding: 1px 4px; color: {theme.muted}; background: transparent; }}"
            f" QToolButton:checked {{ color: {theme.ink};"
            f" border-bottom: 2px solid {theme.accent}; }}"
            f" QToolButton:hover {{ color: {theme.ink}; }}"
            f" QToolButton:focus {{ color: {theme.ink}; border: 1px dotted {theme.accent}; }}")


class HighlightEditor(QFrame):
    color_picked = Signal(str, str)  # hid, colour
    note_edited = Signal(str, str)  # hid, Markdown
    tags_edited = Signal(str, tuple)  # hid, tags
    delete_requested = Signal(str)

    WRITE, PREVIEW = 0, 1
    NOTE_LINES = 6  # the note box's height in lines, at the preferred height

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = theme
        self.highlight: Highlight | None = None
        self._pending = False
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        self.quote = QLabel(self)
        self.quote.setObjectName("Muted")
        self.quote.setWordWrap(True)
        layout.addWidget(self.quote)
        layout.addLayout(self._color_row())
        self.mode = ModeSwitch(self)
        self.mode.currentChanged.connect(self._switch)
        layout.addWidget(self.mode)
        self.note = QPlainTextEdit(self)
        self.note.setPlaceholderText(
            self.tr("Your note (Markdown: *emphasis*, **strong**, [link](https://…))"))
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setAccessibleDescription(self.tr("The highlight's note, in Markdown; "
                                                   "saved as you type"))
        self.note.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.note.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.note.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.note.textChanged.connect(self._typed)
        self.preview = QTextBrowser(self)
        self.preview.setAccessibleName(self.tr("Note preview"))
        self.preview.setOpenLinks(False)
        self.preview.setOpenExternalLinks(False)
        self.preview.anchorClicked.connect(lambda url: open_allowed_link(url.toString()))
        self.preview.setLineWrapMode(QTextBrowser.LineWrapMode.WidgetWidth)
        self.preview.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.preview.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.note)
        self.pages.addWidget(self.preview)
        layout.addWidget(self.pages, 1)
        self.tags = QLineEdit(self)
        self.tags.setPlaceholderText(self.tr(TAGS_PLACEHOLDER))
        self.tags.setToolTip(self.tr(TAGS_TIP))
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.setAccessibleDescription(self.tr(TAGS_PLACEHOLDER))
        self.tags.editingFinished.connect(self._tags_done)
        layout.addWidget(self.tags)
        self._timer = QTimer(self, singleShot=True, interval=NOTE_SAVE_DELAY_MS,
                             timeout=self.flush)
        self.set_theme(theme)
        self.set_highlight(None)

    def preferred_height(self) -> int:
        """Room for the quote, the colours, the Write/Preview tabs, ``NOTE_LINES`` lines
        of note and the tags: the editor asks for no more, so the cards above keep the
        column."""
        layout = self.layout()
        margins = layout.contentsMargins()
        column = self.parentWidget()  # just opened, the editor may not have its width yet
        outer = column.width() if column is not None else self.width()
        width = max(100, outer - margins.left() - margins.right())
        quote = self.quote.heightForWidth(width)
        note = self.note
        box = (self.NOTE_LINES * note.fontMetrics().lineSpacing()
               + int(2 * note.document().documentMargin()) + 2 * note.frameWidth()
               + note.contentsMargins().top() + note.contentsMargins().bottom())
        rows = (quote, self._row.sizeHint().height(), self.mode.sizeHint().height(), box,
                self.tags.sizeHint().height())
        return margins.top() + margins.bottom() + layout.spacing() * (len(rows) - 1) + sum(rows)

    def _color_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self._row = row
        self.color_buttons: dict[str, QToolButton] = {}
        for color in COLORS:
            button = QToolButton(self)
            button.setFixedSize(22, 22)
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, c=color: self._pick(c))
            row.addWidget(button)
            self.color_buttons[color] = button
        self.set_labels({})
        row.addStretch(1)
        self.unsaved_label = QLabel(self.tr("Not saved"), self)
        self.unsaved_label.setObjectName("Unsaved")
        self.unsaved_label.setToolTip(self.tr("The library refused this edit; it is kept here "
                                              "until it can be saved (Retry above, or edit "
                                              "again)"))
        self.unsaved_label.hide()
        row.addWidget(self.unsaved_label)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setToolTip(self.tr("Delete this highlight (undo with Ctrl+Z)"))
        self.delete_button.setAccessibleName(self.tr("Delete the highlight"))
        self.delete_button.clicked.connect(self._delete)
        row.addWidget(self.delete_button)
        return row

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        for color, button in self.color_buttons.items():
            button.setStyleSheet(
                f"QToolButton {{ background: {theme.solid(color).name()}; border-radius: 11px;"
                f" border: 1px solid {theme.card_border}; }}"
                f" QToolButton:checked {{ border: 3px solid {theme.ink}; }}"
                f" QToolButton:focus {{ border: 3px dotted {theme.accent}; }}")
        self.preview.setStyleSheet(
            f"QTextBrowser {{ border: 1px solid {theme.card_border}; border-radius: 4px;"
            f" padding: 3px; background: {theme.paper}; }}")
        self.mode.set_theme(theme)
        self.preview.document().setDefaultStyleSheet(note_css(theme))
        self.preview.clear()  # the same HTML again would keep the old link colour
        self._render_preview()

    def set_unsaved(self, unsaved: bool) -> None:
        """Say that the shown highlight has an edit the store refused (kept for retry)."""
        self.unsaved_label.setVisible(unsaved)

    @property
    def typing(self) -> bool:
        """A note edit is waiting for its save delay."""
        return self._pending

    def set_labels(self, labels: dict[str, str]) -> None:
        """Each colour button's tooltip and accessible name: the reader's label for it,
        and its colour."""
        for color, button in self.color_buttons.items():
            label, name = reader_label(color, labels), color_name(color)
            if label:
                button.setToolTip(self.tr("{label} ({colour})").format(label=label, colour=name))
                button.setAccessibleName(self.tr("Colour {label} ({colour})").format(
                    label=label, colour=name))
            else:
                button.setToolTip(name.capitalize())
                button.setAccessibleName(self.tr("Colour {colour}").format(colour=name))
            button.setAccessibleDescription(self.tr("Gives the highlight this colour"))

    def set_highlight(self, h: Highlight | None) -> None:
        """Show ``h`` (``None`` hides the editor); a pending note edit is saved first."""
        if self.highlight is None or h is None or h.id != self.highlight.id:
            self.flush()
        same = h is not None and self.highlight is not None and h.id == self.highlight.id
        self.highlight = h
        self.setVisible(h is not None)
        if h is None:
            return
        self.quote.setText("<i>{}</i>".format(self.tr("“{quote}”").format(
            quote=quote_start(h.exact, 160))))
        for color, button in self.color_buttons.items():
            button.setChecked(color == h.color)
        if not (same and self._pending):
            self._loading = True
            if self.note.toPlainText() != h.note:
                self.note.setPlainText(h.note)
                self.note.moveCursor(QTextCursor.MoveOperation.Start)
                self.note.verticalScrollBar().setValue(0)
            self._loading = False
            self._render_preview()
            if not same and not h.note.strip():
                self.mode.setCurrentIndex(self.WRITE)  # nothing to preview: write
        if not self.tags.hasFocus():
            self.tags.setText(", ".join(normalize_tags(h.tags)))

    def _typed(self) -> None:
        self._render_preview()
        if not self._loading and self.highlight is not None:
            self._pending = True
            self._timer.start()

    def _render_preview(self) -> None:
        if self.mode.currentIndex() != self.PREVIEW:
            return  # rendered when shown
        text = self.note.toPlainText()
        empty = self.tr("No note yet.")
        self.preview.setHtml(render_note(text) if text.strip() else
                             f'<p style="color:{self.theme.muted}"><i>{empty}</i></p>')

    def _switch(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self._render_preview()
        if page == self.WRITE and self.isVisible():
            self.note.setFocus()

    def flush(self) -> None:
        """Save the note being typed now, if any."""
        self._timer.stop()
        if self._pending and self.highlight is not None:
            self._pending = False
            self.note_edited.emit(self.highlight.id, self.note.toPlainText())

    def _pick(self, color: str) -> None:
        if self.highlight is not None:
            for c, button in self.color_buttons.items():
                button.setChecked(c == color)
            self.color_picked.emit(self.highlight.id, color)

    def _tags_done(self) -> None:
        if self.highlight is not None:
            tags = parse_tags(self.tags.text())
            if tags != normalize_tags(self.highlight.tags):  # an old spelling is no edit
                self.tags_edited.emit(self.highlight.id, tags)

    def _delete(self) -> None:
        if self.highlight is not None:
            hid = self.highlight.id
            self._pending = False
            self._timer.stop()
            self.delete_requested.emit(hid)
