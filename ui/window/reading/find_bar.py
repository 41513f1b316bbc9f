"""The find bar (Ctrl+F): live find in the open document, hits painted and counted.

Matching runs in Python on the canonical text (:mod:`ui.window.reading.find`), so "cafe" finds
"Café" and offsets stay code points; the view converts them for Qt. Esc closes
the bar and clears the painted hits.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from ui.window.reading.find import MAX_HITS, Finder
from ui.window.reading.view import ReadingView

log = logging.getLogger(__name__)

FIND_DELAY_MS = 60


class FindBar(QFrame):
    """Query box, exact case and whole word options, count, previous/next, close."""

    def __init__(self, view: ReadingView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FindBar")
        self.view = view
        self._finder: Finder | None = None
        self._finder_text = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(6)
        self.query = QLineEdit(self)
        self.query.setPlaceholderText(self.tr("Find in this document"))
        self.query.setAccessibleName(self.tr("Find in this document"))
        self.query.setClearButtonEnabled(True)
        self.case = QCheckBox(self.tr("Exact case"), self)
        self.word = QCheckBox(self.tr("Whole word"), self)
        self.count = QLabel(self)
        self.count.setObjectName("Muted")
        self.count.setMinimumWidth(70)
        self.previous = self._button("↑", self.tr("Previous (Shift+F3)"), self.find_previous)
        self.previous.setAccessibleName(self.tr("Previous match"))
        self.next = self._button("↓", self.tr("Next (F3, Enter)"), self.find_next)
        self.next.setAccessibleName(self.tr("Next match"))
        close = self._button("✕", self.tr("Close (Esc)"), self.close_bar)
        close.setAccessibleName(self.tr("Close the find bar"))
        layout.addWidget(self.query, 1)
        for w in (self.case, self.word, self.count, self.previous, self.next, close):
            layout.addWidget(w)
        self._timer = QTimer(self, singleShot=True, interval=FIND_DELAY_MS, timeout=self.run)
        self.query.textChanged.connect(lambda _: self._timer.start())
        self.query.returnPressed.connect(self.find_next)
        self.case.toggled.connect(lambda _: self.run())
        self.word.toggled.connect(lambda _: self.run())
        self.hide()

    def _button(self, text: str, tip: str, slot: object) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.clicked.connect(lambda _=False: slot())  # type: ignore[operator]
        return button

    def open_bar(self) -> None:
        """Show the bar, seeded with the selected words when there are some."""
        span = self.view.selection_span()
        if span and self.view.document_ is not None and span[1] - span[0] < 80:
            self.query.setText(self.view.document_.text[span[0]:span[1]])
        self.show()
        self.query.setFocus()
        self.query.selectAll()
        self.run()

    def close_bar(self) -> None:
        self.hide()
        self.view.set_hits([])
        self.view.setFocus()

    def run(self) -> None:
        """Find every occurrence now; the first at or after the top of the view is current."""
        self._timer.stop()
        doc = self.view.document_
        if doc is None or not self.isVisible():
            return
        if self._finder is None or self._finder_text is not doc.text:
            self._finder, self._finder_text = Finder(doc.text), doc.text
        spans = self._finder.find_all(self.query.text(), self.case.isChecked(),
                                      self.word.isChecked())
        top = self.view.offset_at_top()
        current = next((i for i, (s, _) in enumerate(spans) if s >= top), 0)
        self.view.set_hits(spans, current if spans else -1)
        if spans:
            self.view.show_hit(current)
        self._show_count()

    def _show_count(self) -> None:
        total = len(self.view.hits)
        if not self.query.text().strip():
            self.count.setText("")
        elif total == 0:
            self.count.setText(self.tr("No match"))
        elif total >= MAX_HITS:
            self.count.setText(self.tr("{current} of {total}+").format(
                current=self.view.current_hit + 1, total=total))
        else:
            self.count.setText(self.tr("{current} of {total}").format(
                current=self.view.current_hit + 1, total=total))
        self.query.setProperty("nomatch", "true" if self.query.text() and not total else "false")
        self.query.style().unpolish(self.query)  # a dynamic property restyles only when
        self.query.style().polish(self.query)  # the style is applied again

    def find_next(self) -> None:
        if self.view.hits:
            self.view.show_hit(self.view.current_hit + 1)
            self._show_count()

    def find_previous(self) -> None:
        if self.view.hits:
            self.view.show_hit(self.view.current_hit - 1)
            self._show_count()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.find_previous()
            return
        super().keyPressEvent(event)
