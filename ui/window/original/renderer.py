"""The original view's worker: a PDF's pages rendered off the GUI thread, and the page
map built there, results back by signal; the rendered pages kept in a cache bounded
in bytes.

One thread per view: it opens the file, says the pages' sizes at once (the view lays
out placeholders), then renders the pages the view asks for — the newest request
first, an older one dropped when a newer replaces it (a reader scrolling fast wants
where they are now) — reads the boxes of the characters of the pages shown, and
between requests reads every page's text for the page map, a page at a time so a
render never waits long. It touches no widget: a page becomes a ``QImage`` (safe off
the GUI thread) and is handed over by a queued signal. Every pdfium call takes
:data:`reader.pdf_pages.PDFIUM_LOCK`, inside :class:`reader.pdf_pages.PdfPages`.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtGui import QImage

from reader.errors import MarginaliaError, NeedsPassword
from reader.page_map import PageChars, PageMap
from reader.pdf_pages import PdfPages
from ui.window.errors import in_words

log = logging.getLogger(__name__)

CACHE_BYTES = 128 * 1024 * 1024  # rendered pages kept, whatever the length: with one
# more page (at most 64 MB, reader.pdf_pages.MAX_PIXELS) still under 200 MB
CHAR_PAGES = 256  # pages whose character boxes are kept


@dataclass
class _Jobs:
    """What the view asked for, read and written under the renderer's condition."""

    generation: int = 0
    opening: tuple[Path, str, str, str | None] | None = None  # file, name, text, password
    renders: list[tuple[int, float]] = field(default_factory=list)  # newest request first
    chars: list[int] = field(default_factory=list)
    stopping: bool = False


class PageRenderer(QThread):
    """Renders one document's pages at a time; a result carries the generation of
    the :meth:`open` it belongs to, so the view drops a late one of the last file."""

    opened = Signal(int, object)  # generation, [(width, height)] in points
    failed = Signal(int, str, bool)  # generation, the problem in words, needs the password
    rendered = Signal(int, int, float, QImage)  # generation, page, scale, image
    chars_read = Signal(int, int, object)  # generation, page, PageChars
    mapped = Signal(int, object)  # generation, PageMap

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._wake = threading.Condition()
        self._jobs = _Jobs()
        self._pdf: PdfPages | None = None  # the worker thread's only
        self._texts: list[str] = []
        self._text = ""

    # -- the GUI thread's side --------------------------------------------------------------
    def open(self, path: Path, name: str, text: str, password: str | None = None) -> int:
        """Open ``path`` (called ``name`` in messages; its pages to be aligned with
        ``text``); the new generation."""
        with self._wake:
            self._jobs.generation += 1
            self._jobs.opening = (path, name, text, password)
            self._jobs.renders.clear()
            self._jobs.chars.clear()
            self._wake.notify()
            generation = self._jobs.generation
        if not self.isRunning():
            self.start()
        return generation

    def want(self, pages: list[int], scale: float) -> None:
        """Render ``pages`` (the most wanted first) at ``scale``, instead of what was
        asked before and is not done yet."""
        with self._wake:
            self._jobs.renders = [(p, scale) for p in pages]
            self._wake.notify()

    def want_chars(self, pages: list[int]) -> None:
        with self._wake:
            self._jobs.chars = list(pages)
            self._wake.notify()

    def stop(self) -> None:
        with self._wake:
            self._jobs.stopping = True
            self._wake.notify()
        self.wait()

    # -- the worker thread -----------------------------------------------------------------
    def run(self) -> None:
        try:
            while True:
                job = self._next()
                if job is None:
                    break
                self._do(*job)
        finally:
            self._close()

    def _next(self) -> tuple[str, int, object] | None:
        """The most urgent job: a file to open, a page to render, boxes to read, a
        page's text for the map; waits when there is none."""
        with self._wake:
            while True:
                jobs = self._jobs
                if jobs.stopping:
                    return None
                if jobs.opening is not None:
                    opening, jobs.opening = jobs.opening, None
                    return "open", jobs.generation, opening
                if self._pdf is not None and jobs.renders:
                    return "render", jobs.generation, jobs.renders.pop(0)
                if self._pdf is not None and jobs.chars:
                    return "chars", jobs.generation, jobs.chars.pop(0)
                if self._pdf is not None and len(self._texts) < self._pdf.page_count:
                    return "text", jobs.generation, len(self._texts)
                self._wake.wait()

    def _do(self, kind: str, generation: int, arg: object) -> None:
        try:
            if kind == "open":
                self._open(generation, *arg)  # type: ignore[misc]
            elif kind == "render":
                page, scale = arg  # type: ignore[misc]
                self._render(generation, page, scale)
            elif kind == "chars":
                self._read_chars(generation, int(arg))  # type: ignore[call-overload]
            else:
                self._read_text(generation, int(arg))  # type: ignore[call-overload]
        except MarginaliaError as exc:
            self.failed.emit(generation, in_words(exc), isinstance(exc, NeedsPassword))
        except Exception as exc:  # pdfium's own failures: said, the thread goes on
            log.exception("the original view's renderer failed on %s", kind)
            self.failed.emit(generation, self.tr("this page could not be shown ({reason})")
                             .format(reason=exc), False)

    def _open(self, generation: int, path: Path, name: str, text: str,
              password: str | None) -> None:
        self._close()
        self._pdf = PdfPages(path, password, name)
        self._texts, self._text = [], text
        self.opened.emit(generation, list(self._pdf.sizes))

    def _render(self, generation: int, page: int, scale: float) -> None:
        if self._pdf is None or not 0 <= page < self._pdf.page_count:
            return
        raster = self._pdf.render(page, scale)
        image = QImage(raster.data, raster.width, raster.height, raster.stride,
                       QImage.Format.Format_RGB32).copy()  # owns its pixels
        self.rendered.emit(generation, page, scale, image)

    def _read_chars(self, generation: int, page: int) -> None:
        if self._pdf is not None and 0 <= page < self._pdf.page_count:
            chars = self._pdf.chars(page)
            _ = chars.lowest_tops  # worked out here, not on the GUI thread when it scrolls
            self.chars_read.emit(generation, page, chars)

    def _read_text(self, generation: int, page: int) -> None:
        if self._pdf is None:
            return
        self._texts.append(self._pdf.page_text(page))
        if len(self._texts) == self._pdf.page_count:
            self.mapped.emit(generation, PageMap(self._text, self._texts))

    def _close(self) -> None:
        if self._pdf is not None:
            self._pdf.close()
            self._pdf = None


class PageCache:
    """Rendered pages by (page, scale), least recently used dropped past ``limit``
    bytes; the boxes of a bounded number of pages' characters beside them."""

    def __init__(self, limit: int = CACHE_BYTES, char_pages: int = CHAR_PAGES) -> None:
        self.limit, self.char_pages = limit, char_pages
        self._images: OrderedDict[tuple[int, float], QImage] = OrderedDict()
        self._chars: OrderedDict[int, PageChars] = OrderedDict()
        self.bytes = 0
        self.peak = 0

    def clear(self) -> None:
        self._images.clear()
        self._chars.clear()
        self.bytes = 0

    def put(self, page: int, scale: float, image: QImage) -> None:
        key = (page, scale)
        old = self._images.pop(key, None)
        if old is not None:
            self.bytes -= old.sizeInBytes()
        self._images[key] = image
        self.bytes += image.sizeInBytes()
        while self.bytes > self.limit and len(self._images) > 1:
            _, dropped = self._images.popitem(last=False)
            self.bytes -= dropped.sizeInBytes()
        self.peak = max(self.peak, self.bytes)

    def get(self, page: int, scale: float) -> QImage | None:
        image = self._images.get((page, scale))
        if image is not None:
            self._images.move_to_end((page, scale))
        return image

    def any_scale(self, page: int) -> QImage | None:
        """The page at some other scale (shown stretched until the right one comes)."""
        return next((img for (p, _), img in reversed(self._images.items()) if p == page), None)

    def put_chars(self, page: int, chars: PageChars) -> None:
        self._chars[page] = chars
        self._chars.move_to_end(page)
        while len(self._chars) > self.char_pages:
            self._chars.popitem(last=False)

    def chars(self, page: int) -> PageChars | None:
        return self._chars.get(page)
