"""A thin bar over each pane when two documents are side by side: which document,
which pane is active (searches and shortcuts go there), and a button to close it;
also over a single pane whose document has an original, for its Original toggle."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget


class PaneHeader(QFrame):
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PaneHeader")
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 3, 4, 3)
        self.title = QLabel(self)
        self.title.setObjectName("Muted")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.title, 1)
        self.original_button = QToolButton(self)  # View → Original, where the reader sees it
        self.original_button.setText(self.tr("Original"))
        self.original_button.setCheckable(True)
        self.original_button.setAutoRaise(True)
        self.original_button.setToolTip(self.tr("The document's own pages beside its text "
                                                "(View → Original, Ctrl+Shift+P)"))
        self.original_button.setAccessibleName(self.tr("Original"))
        self.original_button.setAccessibleDescription(
            self.tr("Shows or hides the document's own pages beside its text"))
        self.original_button.hide()
        self.has_original = False
        row.addWidget(self.original_button)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Close this pane (View → Close the second pane)"))
        self.close_button.setAccessibleName(self.tr("Close this pane"))
        self.close_button.clicked.connect(self.close_requested)
        policy = self.close_button.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # both panes' headers keep the same height
        self.close_button.setSizePolicy(policy)
        row.addWidget(self.close_button)
        self.title.setMinimumWidth(40)
        self.hide()

    def setVisible(self, visible: bool) -> None:
        """Shown side by side, and also over one pane whose document has an original:
        its Original button is there."""
        self.side_by_side = visible
        super().setVisible(visible or self.has_original)

    def show_original(self, available: bool, on: bool, title: str) -> None:
        self.has_original = available
        self.original_button.setVisible(available)
        self.original_button.setChecked(on)
        if not self.side_by_side:  # alone, the header names the document too
            self.title.setToolTip(title)
            self._elide()
            self.close_button.setVisible(False)
        super().setVisible(self.side_by_side or available)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        """The title cut to the width the pane gives it (it changes with the splitter)."""
        full = self.title.toolTip()
        width = max(40, self.width() - self.close_button.sizeHint().width() - 30)
        self.title.setText(self.title.fontMetrics().elidedText(
            full, Qt.TextElideMode.ElideRight, width))

    def show_state(self, title: str, active: bool, closable: bool) -> None:
        self.title.setToolTip(title)
        self._elide()
        self.close_button.setVisible(closable)
        if self.property("active") != active:
            self.setProperty("active", active)
            self.style().unpolish(self)
            self.style().polish(self)
