"""The original beside the text: a small toolbar over the document's own rendering.

Which widget shows an original depends on its file type (:data:`ORIGINAL_VIEWS`, from
extension to widget class): a PDF's pages (:class:`PdfOriginal`); other formats have
their own widget, added to the dict. Every one speaks canonical offsets and the
interface :class:`OriginalWidget`, so the reading pane wires any of them the same
way. What cannot be shown (the file is missing or damaged, an encrypted PDF whose
password is never kept) is said in words in the panel; the text stays readable.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Protocol, runtime_checkable

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.errors import MarginaliaError
from reader.model import Document, Highlight
from ui.services import Services
from ui.window.errors import in_words
from ui.window.original.pdf_view import PdfOriginal
from ui.window.original.source_view import SourceOriginal
from ui.window.theme import Theme

log = logging.getLogger(__name__)


class OriginalWidget(Protocol):
    """What every original widget offers; built as ``cls(theme, parent)``. A widget
    may also have ``problem = Signal(str, bool)`` (why it cannot show the original,
    whether a password would help), which the panel then shows in words."""

    offset_shown: SignalInstance  # Signal(int): the reader scrolled it, offset now at its top
    highlight_clicked: SignalInstance  # Signal(str): a highlight's id
    selected: SignalInstance  # Signal(int, int): canonical start, end selected on it

    def load(self, document: Document, original: Path, highlights: list[Highlight]) -> None:
        ...

    def set_highlights(self, highlights: list[Highlight], selected_id: str | None) -> None:
        ...

    def show_offset(self, offset: int) -> None:  # follow the text (smoothly, no jump back)
        ...

    def set_theme(self, theme: Theme) -> None:
        ...


@runtime_checkable
class Zoomable(Protocol):
    """An original with a zoom of its own (the toolbar's buttons act on it)."""

    def fit_width(self) -> None: ...

    def fit_page(self) -> None: ...

    def zoom_by(self, steps: float) -> None: ...


ORIGINAL_VIEWS: dict[str, Callable[[Theme, QWidget], QWidget]] = {
    ".pdf": PdfOriginal,
    **dict.fromkeys((".epub", ".html", ".htm", ".xhtml", ".md", ".markdown"), SourceOriginal),
}


def has_original_view(document: Document | None) -> bool:
    """Whether ``document``'s original file type has a widget to show it."""
    return document is not None and Path(document.source_name).suffix.lower() in ORIGINAL_VIEWS


class OriginalPanel(QWidget):
    """The toolbar and the original widget of the pane's document (built per file type)."""

    offset_shown = Signal(int)
    highlight_clicked = Signal(str)
    selected = Signal(int, int)
    close_requested = Signal()

    def __init__(self, services: Services, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("OriginalPanel")
        self.services, self.theme = services, theme
        self.widget: QWidget | None = None
        self.document: Document | None = None
        self.message = QLabel(self)
        self.message.setObjectName("Muted")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(self.tr("Original"))
        self.unlock_button = QPushButton(self.tr("Enter the password…"), self)
        self.unlock_button.setAccessibleName(self.tr("Enter the PDF's password"))
        self.unlock_button.clicked.connect(self.ask_password)
        self._build()

    def _build(self) -> None:
        bar = QHBoxLayout()
        bar.setContentsMargins(6, 2, 2, 2)
        title = QLabel(self.tr("Original"), self)
        title.setObjectName("Muted")
        bar.addWidget(title, 1)
        self.zoom_buttons = [
            self._button(bar, "↔", self.tr("Fit the page's width"), lambda w: w.fit_width()),
            self._button(bar, "⤢", self.tr("Fit the whole page"), lambda w: w.fit_page()),
            self._button(bar, "−", self.tr("Zoom out (Ctrl+wheel)"), lambda w: w.zoom_by(-1)),
            self._button(bar, "+", self.tr("Zoom in (Ctrl+wheel)"), lambda w: w.zoom_by(1))]
        for button, name in zip(self.zoom_buttons, (
                self.tr("Fit width"), self.tr("Fit page"), self.tr("Zoom out"),
                self.tr("Zoom in")), strict=True):
            button.setAccessibleName(name)
        close = QToolButton(self)
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Close the original (View → Original)"))
        close.setAccessibleName(self.tr("Close the original"))
        self.close_button = close
        close.clicked.connect(self.close_requested)
        bar.addWidget(close)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(0)
        self.column.addLayout(bar)
        self.column.addWidget(self.message, 1)
        self.column.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.message.hide()
        self.unlock_button.hide()

    def _button(self, bar: QHBoxLayout, text: str, tip: str,
                act: Callable[[Zoomable], None]) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.clicked.connect(lambda: act(self.widget) if isinstance(self.widget, Zoomable)
                               else None)
        bar.addWidget(button)
        return button

    # -- the document --------------------------------------------------------------------------
    def load(self, document: Document, highlights: list[Highlight]) -> None:
        """Show ``document``'s original, or say why it cannot be shown."""
        self.document = document
        try:
            path = self.services.library.original_path(document.id)
        except MarginaliaError as exc:
            self.show_problem(self.tr("The original cannot be shown: {reason}").format(
                reason=in_words(exc)))
            return
        make = ORIGINAL_VIEWS.get(path.suffix.lower()) or ORIGINAL_VIEWS.get(
            Path(document.source_name).suffix.lower())
        if make is None:
            self.show_problem(self.tr("There is no view of the original of a {extension} "
                                      "file.").format(extension=path.suffix))
            return
        self._use(make)
        self.message.hide()
        self.unlock_button.hide()
        self.original.load(document, path, highlights)

    @property
    def original(self) -> OriginalWidget:
        assert self.widget is not None
        return self.widget  # type: ignore[return-value]

    def _use(self, make: Callable[[Theme, QWidget], QWidget]) -> None:
        """The widget for this file type: kept when the type is the same, else built."""
        if self.widget is not None and type(self.widget) is make:
            self.widget.show()
            return
        if self.widget is not None:  # gone from sight and its thread stopped now, not
            old = self.widget            # when the event loop gets to deleting it
            old.hide()
            self.column.removeWidget(old)
            stop = getattr(old, "shutdown", None)
            if callable(stop):
                stop()
            old.deleteLater()
        widget = make(self.theme, self)
        self.widget = widget
        self.column.insertWidget(1, widget, 1)
        self.original.offset_shown.connect(self.offset_shown)
        self.original.highlight_clicked.connect(self.highlight_clicked)
        self.original.selected.connect(self.selected)
        problem = getattr(widget, "problem", None)
        if problem is not None:
            problem.connect(self._widget_problem)
        for button in self.zoom_buttons:
            button.setEnabled(isinstance(widget, Zoomable))

    @property
    def has_problem(self) -> bool:
        """Whether the panel says why the original cannot be shown (instead of it)."""
        return self.message.isVisibleTo(self)

    def show_problem(self, text: str, password: bool = False) -> None:
        log.info("original not shown: %s", text)
        if self.widget is not None:
            self.widget.hide()
        self.message.setText(text)
        self.message.show()
        self.unlock_button.setVisible(password)

    def _widget_problem(self, text: str, password: bool) -> None:
        if password:
            self.show_problem(self.tr("This PDF is encrypted: showing its pages needs its "
                                      "password (which Marginalia never keeps).\n\n{reason}"
                                      ).format(reason=text), True)
        else:
            self.show_problem(self.tr("The original cannot be shown: {reason}").format(
                reason=text))

    def ask_password(self) -> None:
        password, ok = QInputDialog.getText(self, self.tr("Password"),
                                            self.tr("The PDF's password:"),
                                            QLineEdit.EchoMode.Password)
        unlock = getattr(self.widget, "unlock", None)
        if ok and password and unlock is not None:
            self.message.hide()
            self.unlock_button.hide()
            assert self.widget is not None
            self.widget.show()
            unlock(password)

    # -- following the pane ---------------------------------------------------------------------
    def set_highlights(self, highlights: list[Highlight], selected_id: str | None) -> None:
        if self.widget is not None:
            self.original.set_highlights(highlights, selected_id)

    def show_offset(self, offset: int) -> None:
        if self.widget is not None and self.widget.isVisible():
            self.original.show_offset(offset)

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        if self.widget is not None:
            self.original.set_theme(theme)
