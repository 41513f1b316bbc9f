"""The factory Qt asks for an accessible interface of each object it describes.

Qt's factory list is process-wide (``QAccessible.installFactory`` has no per-window
form) and PySide keeps every factory installed until the application object goes:
that global is Qt's, not ours. :func:`install` adds ours once per application object,
and the factory itself holds no state: it only looks at the object it is given.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface

from ui.window.accessibility.margin import MarginAccessible
from ui.window.accessibility.minimap import MinimapAccessible
from ui.window.notes.margin import CardArea
from ui.window.reading.minimap import Minimap

log = logging.getLogger(__name__)

INSTALLED = "marginaliaAccessibleFactory"  # a dynamic property of the application


def accessible_for(key: str, obj: QObject | None) -> QAccessibleInterface | None:
    """Our interface for ``obj``, or None for Qt's own.

    Qt calls this with each class name of the object's hierarchy (``key``) until one
    call answers; the class is tested on the object, so the first call decides. An
    exception must not cross into Qt (PySide would leave it pending): it is logged.
    """
    try:
        if isinstance(obj, Minimap):
            return MinimapAccessible(obj)
        if isinstance(obj, CardArea):
            return MarginAccessible(obj)
    except Exception:  # Qt gets its own interface rather than a crash
        log.exception("no accessible interface for %s", key)
    return None


def install(app: QCoreApplication) -> None:
    """Install :func:`accessible_for` into ``app``, once: a second window (or test)
    would otherwise add it again, and every object would be asked twice."""
    if app.property(INSTALLED):
        return
    QAccessible.installFactory(accessible_for)
    app.setProperty(INSTALLED, True)
