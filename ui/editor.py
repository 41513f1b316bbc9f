"""The highlight editor: colour, Markdown note with live preview, tags, delete.

A note is saved shortly after typing stops (and at once when the editor switches
highlight or the window closes), so nothing typed is ever lost and there is no Save
button.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.markdown import render_note
from reader.model import COLORS, Highlight
from ui.margin import NOTE_SAVE_DELAY_MS, open_allowed_link, quote_start
from ui.theme import Theme


def parse_tags(text: str) -> tuple[str, ...]:
    """Tags typed as ``a, b`` or ``#a #b``: trimmed, without '#', no duplicates."""
    seen: list[str] = []
    for raw in text.replace(",", " ").split():
        tag = raw.lstrip("#").strip()
        if tag and tag not in seen:
            seen.append(tag)
    return tuple(seen)


class HighlightEditor(QFrame):
    color_picked = Signal(str, str)  # hid, colour
    note_edited = Signal(str, str)  # hid, Markdown
    tags_edited = Signal(str, tuple)  # hid, tags
    delete_requested = Signal(str)

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
        self.note = QPlainTextEdit(self)
        self.note.setPlaceholderText("Your note (Markdown: *emphasis*, **strong**, [link](https://…))")
        self.note.textChanged.connect(self._typed)
        layout.addWidget(self.note, 2)
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.preview.linkActivated.connect(open_allowed_link)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.preview)
        layout.addWidget(scroll, 1)
        self.preview_area = scroll
        self.tags = QLineEdit(self)
        self.tags.setPlaceholderText("Tags, separated by commas")
        self.tags.editingFinished.connect(self._tags_done)
        layout.addWidget(self.tags)
        self._timer = QTimer(self, singleShot=True, interval=NOTE_SAVE_DELAY_MS,
                             timeout=self.flush)
        self.set_highlight(None)

    def preferred_height(self) -> int:
        """Room for the quote, colours, about six lines of note, three of preview and
        the tags: the editor asks for no more, so the cards above keep the column."""
        line = self.fontMetrics().lineSpacing()
        chrome = self.layout().contentsMargins()
        spacing = self.layout().spacing() * 4
        return (chrome.top() + chrome.bottom() + spacing + 2 * line + 26 + 6 * line + 12
                + 3 * line + self.tags.sizeHint().height())

    def _color_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.color_buttons: dict[str, QToolButton] = {}
        for color in COLORS:
            button = QToolButton(self)
            button.setFixedSize(22, 22)
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, c=color: self._pick(c))
            row.addWidget(button)
            self.color_buttons[color] = button
        row.addStretch(1)
        self.unsaved_label = QLabel("Not saved", self)
        self.unsaved_label.setObjectName("Unsaved")
        self.unsaved_label.setToolTip("The library refused this edit; it is kept here until "
                                      "it can be saved (Retry above, or edit again)")
        self.unsaved_label.hide()
        row.addWidget(self.unsaved_label)
        self.delete_button = QPushButton("Delete", self)
        self.delete_button.setToolTip("Delete this highlight (undo with Ctrl+Z)")
        self.delete_button.clicked.connect(self._delete)
        row.addWidget(self.delete_button)
        self.set_theme(self.theme)
        return row

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        for color, button in self.color_buttons.items():
            button.setStyleSheet(
                f"QToolButton {{ background: {theme.solid(color).name()}; border-radius: 11px;"
                f" border: 1px solid {theme.card_border}; }}"
                f" QToolButton:checked {{ border: 3px solid {theme.ink}; }}")

    def set_unsaved(self, unsaved: bool) -> None:
        """Say that the shown highlight has an edit the store refused (kept for retry)."""
        self.unsaved_label.setVisible(unsaved)

    @property
    def typing(self) -> bool:
        """A note edit is waiting for its save delay."""
        return self._pending

    def set_labels(self, labels: dict[str, str]) -> None:
        for color, button in self.color_buttons.items():
            button.setToolTip(labels.get(color, color))

    def set_highlight(self, h: Highlight | None) -> None:
        """Show ``h`` (``None`` hides the editor); a pending note edit is saved first."""
        if self.highlight is None or h is None or h.id != self.highlight.id:
            self.flush()
        same = h is not None and self.highlight is not None and h.id == self.highlight.id
        self.highlight = h
        self.setVisible(h is not None)
        if h is None:
            return
        self.quote.setText(f"<i>“{quote_start(h.exact, 160)}”</i>")
        for color, button in self.color_buttons.items():
            button.setChecked(color == h.color)
        if not (same and self._pending):
            self._loading = True
            if self.note.toPlainText() != h.note:
                self.note.setPlainText(h.note)
            self._loading = False
            self._render_preview()
        if not self.tags.hasFocus():
            self.tags.setText(", ".join(h.tags))

    def _typed(self) -> None:
        self._render_preview()
        if not self._loading and self.highlight is not None:
            self._pending = True
            self._timer.start()

    def _render_preview(self) -> None:
        text = self.note.toPlainText()
        self.preview.setText(render_note(text) if text.strip() else "")

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
            if tags != tuple(self.highlight.tags):
                self.tags_edited.emit(self.highlight.id, tags)

    def _delete(self) -> None:
        if self.highlight is not None:
            hid = self.highlight.id
            self._pending = False
            self._timer.stop()
            self.delete_requested.emit(hid)
