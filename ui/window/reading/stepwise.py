"""The rest of a long document formatted after its first screen is shown.

The view formats the stretch it opens on (:meth:`Formatter.format_at`); this
formats the others one per idle turn of the event loop (about 30 ms each), keeping
the text the reader sees at the top of the view while stretches above it change
height. A new document (or a rebuild) stops the old one's formatting.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from ui.window.reading.text_document import Formatter


class StepwiseFormatting(QObject):
    """Drives one :class:`Formatter` to its end; ``top()``/``keep(offset)`` are the
    view's offset at its top and its scroll there, ``done`` is called at the end."""

    def __init__(self, parent: QObject, top: Callable[[], int], keep: Callable[[int], None],
                 done: Callable[[], None]) -> None:
        super().__init__(parent)
        self._top, self._keep, self._done = top, keep, done
        self._formatter: Formatter | None = None
        self._timer = QTimer(self, interval=0, timeout=self._step)

    @property
    def busy(self) -> bool:
        return self._formatter is not None

    def start(self, formatter: Formatter) -> None:
        self._formatter = formatter if formatter.todo else None
        if self._formatter is None:
            self._timer.stop()
        else:
            self._timer.start()

    def stop(self) -> None:
        self._formatter = None
        self._timer.stop()

    def _step(self) -> None:
        if self._formatter is None:
            self._timer.stop()
            return
        top = self._top()
        more = self._formatter.step()
        if self._top() != top:
            self._keep(top)
        if not more:
            self.stop()
            self._done()
