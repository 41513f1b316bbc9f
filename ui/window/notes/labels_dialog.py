"""Edit → Colour names…: the reader's names for the five colours ("objection",
"to quote"…), stored once per library and used on the swatches and in exports."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from reader.annotations import MAX_LABEL
from reader.model import COLORS
from ui.window.theme import Theme, color_name


class ColorNamesDialog(QDialog):
    def __init__(self, labels: dict[str, str], theme: Theme, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Colour names"))
        self.setMinimumWidth(360)
        form = QFormLayout(self)
        self.fields: dict[str, QLineEdit] = {}
        for color in COLORS:
            field = QLineEdit(self)
            field.setMaxLength(MAX_LABEL)
            name = color_name(color)
            field.setPlaceholderText(name)
            field.setAccessibleName(self.tr("Name for {colour}").format(colour=name))
            field.setAccessibleDescription(self.tr("Empty: the colour's own name"))
            current = labels.get(color, color)
            field.setText("" if current == color else current)
            swatch = f"<span style='color:{theme.solid(color).name()}'>●</span> {name}"
            form.addRow(swatch, field)
            self.fields[color] = field
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def changed(self, labels: dict[str, str]) -> dict[str, str]:
        """The colours whose name the reader changed (an empty field: the colour's own)."""
        out: dict[str, str] = {}
        for color, field in self.fields.items():
            wanted = " ".join(field.text().split()) or color
            if wanted != labels.get(color, color):
                out[color] = wanted
        return out
