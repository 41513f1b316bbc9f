"""A submenu of exclusive choices (a language, a text size): one checked item each,
the reader's pick passed on."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu


def add_choices(menu: QMenu, labels: dict[str, str], chosen: str,
                choose: Callable[[str], None]) -> dict[str, QAction]:
    """Checkable items for ``labels`` (choice → shown text) in ``menu``, the one for
    ``chosen`` checked; picking one calls ``choose`` with its choice."""
    group = QActionGroup(menu)
    actions: dict[str, QAction] = {}
    for choice, label in labels.items():
        action = QAction(label, menu)
        action.setCheckable(True)
        action.setChecked(choice == chosen)
        action.triggered.connect(lambda _=False, c=choice: choose(c))
        group.addAction(action)
        menu.addAction(action)
        actions[choice] = action
    return actions
