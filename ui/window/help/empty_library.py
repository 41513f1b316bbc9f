"""An empty library says how to fill it: over the reading view, the three ways to
import, the file types read, and a button that imports.

Shown only while the library holds no document at all (a first start with
``--no-seeds``, or everything removed); with documents but none open the view's own
placeholder (:data:`ui.window.reading.view.NO_DOCUMENT`) says to pick one.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QObject,
    Qt,
)
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from reader.formats import extensions_listed
from ui.window.reading.view import ReadingView, no_document

EMPTY_TITLE = QT_TRANSLATE_NOOP("EmptyLibrary", "Your library is empty")  # source texts
IMPORT_BUTTON = QT_TRANSLATE_NOOP("EmptyLibrary", "Import files…")
LABEL_WIDTH = 480


def empty_library_html() -> str:
    """What to do, with the import key as this platform spells it."""
    key = QKeySequence(QKeySequence.StandardKey.Open).toString(
        QKeySequence.SequenceFormat.NativeText) or "Ctrl+O"
    ways = (QCoreApplication.translate("EmptyLibrary", "File → Import… ({key})").format(
                key=html.escape(key)),
            QCoreApplication.translate("EmptyLibrary", "drag files or folders onto this window"),
            QCoreApplication.translate("EmptyLibrary",
                                       "in a terminal: <code>marginalia import FILE…</code>"))
    items = "".join(f"<li>{way}</li>" for way in ways)
    title = QCoreApplication.translate("EmptyLibrary", EMPTY_TITLE)
    return (f"<h2>{title}</h2><p>"
            + QCoreApplication.translate(
                "EmptyLibrary",
                "Bring in the texts, web pages and books you want to read and annotate:")
            + f"</p><ul>{items}</ul><p>"
            + QCoreApplication.translate(
                "EmptyLibrary", "Marginalia reads {formats}.<br>Everything stays on this "
                "computer.").format(formats=html.escape(extensions_listed())) + "</p>")


class EmptyLibrary(QWidget):
    """Covers ``view``'s viewport while ``model`` (the library's rows) is empty and no
    document is open; ``import_files`` is File → Import…'s own dialog."""

    def __init__(self, view: ReadingView, model: QAbstractItemModel,
                 import_files: Callable[[], None]) -> None:
        super().__init__(view.viewport())
        self.view, self.model = view, model
        self.setObjectName("emptyLibrary")
        self.label = QLabel(empty_library_html(), self)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setFixedWidth(LABEL_WIDTH)  # a wrapped label sized by its layout lost lines
        self.button = QPushButton(self.tr(IMPORT_BUTTON), self)
        self.button.clicked.connect(lambda _=False: import_files())
        box = QVBoxLayout(self)
        box.addStretch(1)
        box.addWidget(self.label, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addSpacing(12)
        box.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addStretch(2)
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(self.follow)
        view.content_changed.connect(self.follow)
        view.viewport().installEventFilter(self)
        self.setGeometry(view.viewport().rect())
        self.follow()

    def follow(self, *_: object) -> None:
        """Shown exactly while there is nothing at all to read."""
        empty = self.model.rowCount() == 0 and self.view.document_ is None
        self.view.setPlaceholderText("" if empty else no_document())
        self.setVisible(empty)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.view.viewport():
            self.setGeometry(self.view.viewport().rect())
        return super().eventFilter(watched, event)
