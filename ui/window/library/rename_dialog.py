"""Library → Rename…: a document's title and authors, as the reader wants them shown.

Titles taken from a file's first line (``.. highlight:: c``) are often wrong, so the
reader sets their own; the domain keeps them over later versions' guesses. Authors
are one per line, or comma-separated on a single line ("Ada Lovelace, Charles
Babbage"); a name written "Lovelace, Ada" therefore needs a line of its own.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


def muted(label: QLabel) -> QLabel:
    """Draw ``label`` in the theme's hint colour (a disabled label is not muted in
    every style)."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText,
                     palette.color(QPalette.ColorRole.PlaceholderText))
    label.setPalette(palette)
    return label


def parse_authors(text: str) -> list[str]:
    """Several non-blank lines: one author each (commas kept, "Lovelace, Ada");
    a single line: comma-separated names."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) > 1:
        return lines
    return [name.strip() for name in (lines[0] if lines else "").split(",") if name.strip()]


def format_authors(authors: tuple[str, ...] | list[str]) -> str:
    """The field's text for ``authors``, so that :func:`parse_authors` gives them back."""
    if any("," in name for name in authors):
        return "\n".join(authors)
    return ", ".join(authors)


class RenameDialog(QDialog):
    """Title and authors of one document; OK only with a title."""

    def __init__(self, title: str, authors: tuple[str, ...] | list[str],
                 source: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rename document"))
        hint_text = self.tr("One per line, or separated by commas")
        self._old = (title, list(authors))
        self.title_edit = QLineEdit(title, self)
        self.title_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 40)
        self.title_edit.setSelection(len(title), -len(title))  # all, its start in view
        self.authors_edit = QPlainTextEdit(format_authors(authors), self)
        self.authors_edit.setPlaceholderText(hint_text)
        self.authors_edit.setTabChangesFocus(True)
        lines = QFontMetrics(self.authors_edit.font()).lineSpacing()
        self.authors_edit.setFixedHeight(lines * 4 + 12)
        hint = muted(QLabel(hint_text, self))
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.authors_edit.setAccessibleName(self.tr("Authors"))
        self.authors_edit.setAccessibleDescription(hint_text)
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Authors:"), self.authors_edit)
        form.addRow("", hint)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Rename"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        if source:
            where = muted(QLabel(self.tr("Imported from {source}").format(source=source), self))
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            where.setWordWrap(True)
            box.addWidget(where)
        box.addLayout(form)
        box.addWidget(self.buttons)
        self.title_edit.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        """An empty title is refused by the library: the button says so first."""
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.title_edit.text().strip()))

    def changes(self) -> tuple[str | None, list[str] | None]:
        """(title, authors) the reader changed, ``None`` for a field left as it was,
        so a rename of the authors alone keeps the title where it came from."""
        title = " ".join(self.title_edit.text().split())
        authors = parse_authors(self.authors_edit.toPlainText())
        old_title, old_authors = self._old
        return (title if title != " ".join(old_title.split()) else None,
                authors if authors != old_authors else None)
