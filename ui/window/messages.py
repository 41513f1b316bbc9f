"""Messages that never stop the reading: a box that says something and waits,
non-modal, while the reader goes on reading and typing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def show_message(parent: QWidget, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    """Show a non-modal box over ``parent``; it deletes itself once closed, so
    messages shown through the day never pile up in memory."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.NonModal)  # reading and typing go on
    box.show()
    return box
