"""The window as the app builds it, closed by the fixture even when a test fails.

``window`` is the usual start: the seeded library in ``data_dir``, shown at
1400×900, the seed named by the test's ``@pytest.mark.document("002")`` open
(``"001"`` without the mark). ``windows`` builds more (a restart on the same data,
another library, a window not shown yet) through :func:`ui.window.app.build_window`,
the composition root that also builds the workers, and closes every one it built:
no window, worker thread or database outlives its test.

The Qt messages the offscreen platform always prints are ignored once, in
``qt_log_ignore`` (pyproject.toml).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from reader.paths import DataPaths
from ui.window.app import build_window
from ui.window.main_window import MainWindow

DEFAULT_DOCUMENT = "001"
SIZE = (1400, 900)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "document(prefix): the seed the `window` fixture opens (default 001)")


class Windows:
    """Builds windows on ``data_dir`` (or another folder); closes and deletes them all."""

    def __init__(self, qtbot: QtBot, data_dir: Path) -> None:
        self.qtbot, self.data_dir = qtbot, data_dir
        self.built: list[MainWindow] = []
        self.closed: list[MainWindow] = []

    def build(self, data_dir: Path | None = None, *, seeds: bool = True,
              open_ref: str | None = None, show: bool = False) -> MainWindow:
        """A window as ``marginalia`` builds it, shown only if ``show``."""
        window = build_window(DataPaths(data_dir or self.data_dir), seeds=seeds,
                              open_ref=open_ref)
        self.built.append(window)
        if show:
            window.show()
        return window

    def open(self, prefix: str = DEFAULT_DOCUMENT, data_dir: Path | None = None) -> MainWindow:
        """The seeded library, shown and exposed, the seed ``prefix`` open."""
        window = self.build(data_dir)
        window.resize(*SIZE)
        window.show()
        self.qtbot.waitExposed(window)
        window.open_document(next(r.id for r in window.library_model.rows
                                  if r.source_name.startswith(prefix)))
        return window

    def close(self, window: MainWindow) -> None:
        """Close ``window`` as the reader would, then its services (a restart's first
        half). Once only: a test may have closed it itself, and a second close would
        save and flush again into closed workers."""
        if any(w is window for w in self.closed):
            return
        self.closed.append(window)
        if not window.closing:  # closing stays set once a close was accepted
            window.close()
        window.services.close()

    def close_all(self) -> None:
        """Close every window still open, then delete them all now (not at a later
        turn of an event loop a test may never run), their workers' threads too."""
        for window in self.built:
            self.close(window)
        for window in self.built:
            window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self.built.clear()


@pytest.fixture
def windows(qtbot: QtBot, data_dir: Path) -> Iterator[Windows]:
    """Builds windows on ``data_dir`` or elsewhere; all closed when the test ends."""
    opened = Windows(qtbot, data_dir)
    try:
        yield opened
    finally:
        opened.close_all()


@pytest.fixture
def window(request: pytest.FixtureRequest, windows: Windows) -> MainWindow:
    """The seeded library's window, showing ``@pytest.mark.document``'s seed."""
    mark = request.node.get_closest_marker("document")
    return windows.open(mark.args[0] if mark else DEFAULT_DOCUMENT)
