"""A PDF's pages as the original view shows them: their sizes, each page rendered to
raw pixels, and where each of its characters stands.

pypdfium2 sits behind this module and the importer's two (``reader.importers``).
pdfium is not thread-safe, not even across documents: it keeps global state (font
caches, the last error) that two threads calling it at once corrupt, and the
importer reads PDFs on the write worker's thread while the original view renders on
its own. So every pdfium call in the process is made holding :data:`PDFIUM_LOCK`,
defined here and taken by the importer too. Calls are short (a page, a text page),
so the lock is held for milliseconds, never for a whole document.

Page coordinates are PDF points with ``y`` up from the bottom of the page, as pdfium
gives them; a :class:`PageChars` box is ``(left, bottom, right, top)``.
"""

from __future__ import annotations

import ctypes
import logging
import threading
from array import array
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pypdfium2.raw as c  # type: ignore[import-untyped]

from reader.errors import NeedsPassword, OriginalUnreadable, said
from reader.page_map import PageChars

log = logging.getLogger(__name__)

PDFIUM_LOCK = threading.RLock()
MAX_PIXELS = 16_000_000  # one rendered page at most (64 MB at 4 bytes a pixel)


@dataclass(frozen=True)
class Raster:
    """A rendered page: rows of ``stride`` bytes, 4 per pixel in B, G, R, x order
    (what Qt's ``Format_RGB32`` reads on a little-endian machine)."""

    data: bytes
    width: int
    height: int
    stride: int


class PdfPages:
    """One PDF opened for viewing; :meth:`close` it (its C memory is not the
    collector's). Raises :class:`NeedsPassword` for an encrypted file opened
    without its password, :class:`OriginalUnreadable` (naming the file) for one pdfium
    cannot open."""

    def __init__(self, path: Path, password: str | None = None, name: str = "") -> None:
        self.name = name or path.name  # what the reader calls the file, in every message
        try:
            self._data = path.read_bytes()  # pdfium reads from it for as long as it is open
        except OSError as exc:
            reason = said("cannot read the original file ({why})", why=exc.strerror or exc)
            raise OriginalUnreadable(self.name, reason) from exc
        with PDFIUM_LOCK:
            self._pdf = self._open(password)
            count = len(self._pdf)
            self.sizes = [self._size(i) for i in range(count)]

    def _open(self, password: str | None) -> pdfium.PdfDocument:
        secret = (password + "\x00").encode("utf-8") if password else None
        raw = c.FPDF_LoadMemDocument64(self._data, len(self._data), secret)
        if not raw:
            code = c.FPDF_GetLastError()
            if code == c.FPDF_ERR_PASSWORD:
                raise NeedsPassword(self.name, said("wrong password") if password
                                    else said("encrypted: its pages need the password"))
            raise OriginalUnreadable(self.name,
                                     said("not a PDF or damaged: pdfium cannot open it"))
        pdf = pdfium.PdfDocument(raw)
        if len(pdf) < 1:
            pdf.close()
            raise OriginalUnreadable(self.name, said("not a PDF or damaged: it has no pages"))
        return pdf

    def _size(self, index: int) -> tuple[float, float]:
        size = c.FS_SIZEF()
        if not c.FPDF_GetPageSizeByIndexF(self._pdf.raw, index, size):
            return 612.0, 792.0  # an unreadable page keeps a letter page's place
        return float(size.width), float(size.height)

    @property
    def page_count(self) -> int:
        return len(self.sizes)

    def close(self) -> None:
        with PDFIUM_LOCK:
            self._pdf.close()

    def render(self, index: int, scale: float) -> Raster:
        """Page ``index`` (0-based) at ``scale`` pixels per point, on white; the scale
        is lowered so that one page stays under :data:`MAX_PIXELS`."""
        width, height = self.sizes[index]
        scale = min(scale, (MAX_PIXELS / max(1.0, width * height)) ** 0.5)
        with PDFIUM_LOCK:
            page = self._pdf[index]
            try:
                bitmap = page.render(scale=scale, prefer_bgrx=True, may_draw_forms=False)
                try:
                    data = bytes(bitmap.buffer)
                    return Raster(data, bitmap.width, bitmap.height, bitmap.stride)
                finally:
                    bitmap.close()
            finally:
                page.close()

    def chars(self, index: int) -> PageChars:
        """Page ``index``'s characters and their boxes (empty for an unreadable page)."""
        with PDFIUM_LOCK:
            page = c.FPDF_LoadPage(self._pdf.raw, index)
            if not page:
                return PageChars("", array("f"))
            try:
                textpage = c.FPDFText_LoadPage(page)
                if not textpage:
                    return PageChars("", array("f"))
                try:
                    return _read_chars(textpage)
                finally:
                    c.FPDFText_ClosePage(textpage)
            finally:
                c.FPDF_ClosePage(page)

    def texts(self) -> list[str]:
        """Every page's characters (no boxes): what the page map aligns with the
        canonical text. One page per lock, so a render waits for one page at most."""
        out = []
        for index in range(self.page_count):
            out.append(self.page_text(index))
        return out

    def page_text(self, index: int) -> str:
        with PDFIUM_LOCK:
            page = c.FPDF_LoadPage(self._pdf.raw, index)
            if not page:
                return ""
            try:
                textpage = c.FPDFText_LoadPage(page)
                if not textpage:
                    return ""
                try:
                    return page_characters(textpage, c.FPDFText_CountChars(textpage))
                finally:
                    c.FPDFText_ClosePage(textpage)
            finally:
                c.FPDF_ClosePage(page)


def page_characters(textpage: c.FPDF_TEXTPAGE, count: int) -> str:
    """A page's characters, one per pdfium character index (the importer and the
    original view both count in them): read in one call, or one by one when the bulk
    text differs in length (characters beyond UTF-16's first plane, characters pdfium
    leaves out)."""
    if count <= 0:
        return ""
    buffer = (ctypes.c_ushort * (count + 1))()
    written = c.FPDFText_GetText(textpage, 0, count, buffer)
    text = bytes(buffer)[: max(0, written - 1) * 2].decode("utf-16-le", "replace")
    if len(text) == count:
        return text
    return "".join(_char(c.FPDFText_GetUnicode(textpage, i)) for i in range(count))


def _char(code: int) -> str:
    return chr(code) if 0 < code < 0x110000 and not 0xD800 <= code < 0xE000 else "\ufffd"


def _read_chars(textpage: c.FPDF_TEXTPAGE) -> PageChars:
    count = c.FPDFText_CountChars(textpage)
    text = page_characters(textpage, count)
    boxes = array("f", bytes(16 * len(text)))
    box = c.FS_RECTF()
    get = c.FPDFText_GetLooseCharBox
    for i, ch in enumerate(text):
        if ch.isspace() or not get(textpage, i, box):
            continue
        boxes[4 * i: 4 * i + 4] = array("f", (box.left, box.bottom, box.right, box.top))
    return PageChars(text, boxes)
