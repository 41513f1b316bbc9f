"""A thin bar over each pane when two documents are side by side: which document,
which pane is active (searches and shortcuts go there), and a button to close it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
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
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip("Close this pane (View → Close the second pane)")
        self.close_button.clicked.connect(self.close_requested)
        policy = self.close_button.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # both panes' headers keep the same height
        self.close_button.setSizePolicy(policy)
        row.addWidget(self.close_button)
        self.hide()

    def show_state(self, title: str, active: bool, closable: bool) -> None:
        metrics = self.title.fontMetrics()
        width = max(80, self.width() - 60)
        self.title.setText(metrics.elidedText(title, Qt.TextElideMode.ElideRight, width))
        self.title.setToolTip(title)
        self.close_button.setVisible(closable)
        if self.property("active") != active:
            self.setProperty("active", active)
            self.style().unpolish(self)
            self.style().polish(self)
