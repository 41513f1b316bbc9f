"""Real PDFs for the PDF importer's tests, made as the tests run.

Two makers: :class:`QtPdf` draws pages with Qt's ``QPdfWriter`` (embedded TrueType
fonts, one text object per glyph, as many generators write them), for the layout
rules; :class:`RawPdf` writes the file's objects by hand (the standard Helvetica and
Courier fonts) for what Qt cannot write: an outline, page labels, an encryption
dictionary (RC4, the standard security handler, revision 2), a font scaled by its
text matrix. Coordinates of both are PDF points; ``QtPdf`` counts ``y`` from the top
of the page as Qt does, ``RawPdf`` from the bottom as PDF does.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPageSize, QPainter, QPdfWriter

A4 = (595.0, 842.0)
SERIF, SANS, MONO = "DejaVu Serif", "DejaVu Sans", "DejaVu Sans Mono"


class QtPdf:
    """Pages drawn by Qt at 72 dots per inch, so one unit is one PDF point."""

    def __init__(self, title: str = "", author: str = "") -> None:
        self._data = QByteArray()
        self._buffer = QBuffer(self._data)
        self._buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.writer = QPdfWriter(self._buffer)
        self.writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        self.writer.setPageMargins(QMarginsF(0, 0, 0, 0))
        self.writer.setResolution(72)
        self.writer.setTitle(title)
        self.writer.setAuthor(author)
        self.writer.setCreator("Marginalia tests")
        self.painter = QPainter(self.writer)

    def new_page(self) -> None:
        self.writer.newPage()

    def font(self, size: float, family: str = SERIF, bold: bool = False) -> QFont:
        font = QFont(family)
        font.setPixelSize(round(size))
        font.setBold(bold)
        return font

    def text(self, x: float, y: float, text: str, size: float = 11, family: str = SERIF,
             bold: bool = False) -> None:
        """One line of text whose baseline is at ``y``."""
        self.painter.setFont(self.font(size, family, bold))
        self.painter.drawText(round(x), round(y), text)

    def lines(self, x: float, y: float, lines: list[str], size: float = 11,
              leading: float = 14, family: str = SERIF) -> float:
        """Lines set one under the other; returns the baseline after the last."""
        for line in lines:
            self.text(x, y, line, size, family)
            y += leading
        return y

    def wrap(self, text: str, width: float, size: float = 11, indent: float = 0,
             family: str = SERIF) -> list[str]:
        """``text`` cut into lines no wider than ``width`` (the first ``indent`` less)."""
        metrics = QFontMetricsF(self.font(size, family))
        lines: list[str] = []
        current = ""
        for word in text.split():
            trial = f"{current} {word}".strip()
            room = width - (indent if not lines else 0)
            if current and metrics.horizontalAdvance(trial) > room:
                lines.append(current)
                current = word
            else:
                current = trial
        return [*lines, current] if current else lines

    def paragraph(self, x: float, y: float, width: float, text: str, size: float = 11,
                  leading: float = 14, indent: float = 0) -> float:
        """A paragraph wrapped to ``width``, its first line indented by ``indent``;
        returns the baseline after its last line."""
        for i, line in enumerate(self.wrap(text, width, size, indent)):
            self.text(x + (indent if i == 0 else 0), y, line, size)
            y += leading
        return y

    def image(self, x: float, y: float, width: float, height: float) -> None:
        """A grey picture, as a scanned page is: an image and no text."""
        picture = QImage(64, 64, QImage.Format.Format_RGB32)
        picture.fill(QColor(128, 128, 128))
        self.painter.drawImage(QRectF(x, y, width, height), picture)

    def finish(self) -> bytes:
        self.painter.end()
        self._buffer.close()
        return bytes(self._data.data())


# -- the sample book -----------------------------------------------------------------

HEADER = "The Keeper's Log"
TITLE = "The Lighthouse Keeper"
LEFT, WIDTH = 72.0, 451.0
OPENING = ("The keeper of the lighthouse kept a log of every ship that passed the cape, "
           "and of the weather, and of the birds that rested on the gallery when the wind "
           "was high. It was a well-known custom of the coast that the log was read aloud "
           "on the first evening of every month.")
SECOND = ("Nobody remembered who had started the custom. The oldest fishermen said that "
          "their fathers had heard the log read, and that their fathers before them had "
          "sat on the same benches by the harbour wall to listen.")
FILLER = ("The lamp had to be trimmed at dusk and again at midnight, and the brass had to "
          "be polished until it shone like the sea at noon.")
BROKEN = ["The keeper wrote that the storm of that winter was extra-",
          "ordinary, and that the well-",
          "known beacon on the northern rock had gone dark for a night."]
BROKEN_TEXT = ("The keeper wrote that the storm of that winter was extraordinary, and "
               "that the well-known beacon on the northern rock had gone dark for a night.")
ACROSS = ("When the last ship of the season had gone by, the keeper climbed the stairs "
          "one more time, wound the clock of the lamp and put it out until the spring.")
LEFT_COLUMN = ("The left column tells of the winter: of ice on the gallery rail, of the "
               "supply boat that could not land for three weeks, and of the soup that the "
               "keeper made from the last of the onions. ") * 2
RIGHT_COLUMN = ("The right column tells of the summer: of visitors who climbed to the lamp "
                "room, of children who counted the steps aloud, and of the painter who "
                "stayed a month to draw the rocks. ") * 2


def book() -> bytes:
    """Five pages: a title page with a big title, paragraphs (one indented, one after
    a gap, one with words broken across lines), a paragraph going on to the next
    page, a page in two columns under a heading across them, a list and some code;
    a running header and the page number on every page."""
    pdf = QtPdf(title="", author="")
    pages = [_title_page, _broken_page, _across_page, _columns_page, _list_page]
    for number, draw in enumerate(pages, 1):
        if number > 1:
            pdf.new_page()
        pdf.text(LEFT, 40, HEADER, 9, SANS)
        pdf.text(A4[0] / 2, 810, str(number), 9, SANS)
        draw(pdf)
    return pdf.finish()


def _title_page(pdf: QtPdf) -> None:
    pdf.text(LEFT, 120, TITLE, 24, SANS, bold=True)
    y = pdf.paragraph(LEFT, 170, WIDTH, OPENING)
    y = pdf.paragraph(LEFT, y, WIDTH, SECOND, indent=18)  # indented: a new paragraph
    pdf.paragraph(LEFT, y + 14, WIDTH, FILLER)  # after a blank line


def _broken_page(pdf: QtPdf) -> None:
    pdf.text(LEFT, 100, "Chapter One", 16, SANS, bold=True)
    y = pdf.lines(LEFT, 140, BROKEN)
    pdf.paragraph(LEFT, y + 14, WIDTH, FILLER)


def _across_page(pdf: QtPdf) -> None:
    y = 100.0
    while y < 740:
        y = pdf.paragraph(LEFT, y, WIDTH, FILLER) + 14
    # The page's last line fills the column and stops mid-sentence: the next page
    # goes on with it.
    pdf.text(LEFT, 780, pdf.wrap(ACROSS, WIDTH)[0])


def _columns_page(pdf: QtPdf) -> None:
    y = pdf.lines(LEFT, 100, pdf.wrap(ACROSS, WIDTH)[1:])
    pdf.text(A4[0] / 2 - 80, y + 30, "Two Seasons", 20, SANS, bold=True)
    gutter, column = 24.0, (WIDTH - 24.0) / 2
    pdf.paragraph(LEFT, y + 70, column, LEFT_COLUMN)
    pdf.paragraph(LEFT + column + gutter, y + 70, column, RIGHT_COLUMN)


def _list_page(pdf: QtPdf) -> None:
    pdf.text(LEFT, 100, "What the keeper needs:", 11)
    y = 120.0
    for item in ("• oil for the lamp", "• a warm coat", "• patience"):
        pdf.text(LEFT + 10, y, item)
        y += 16
    for line in ("def trim(wick):", "    return wick[1:]"):
        pdf.text(LEFT, y + 20, line, 10, MONO)
        y += 13


def scans(text_pages: int, image_pages: int) -> bytes:
    """``text_pages`` pages of text, then ``image_pages`` pages of a picture only."""
    pdf = QtPdf()
    for number in range(text_pages + image_pages):
        if number:
            pdf.new_page()
        if number < text_pages:
            pdf.paragraph(LEFT, 100, WIDTH, f"Page {number + 1} has words. {FILLER}")
        else:
            pdf.image(40, 40, 515, 760)
    return pdf.finish()


# -- written by hand -----------------------------------------------------------------

_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")
_ID = hashlib.md5(b"marginalia test pdf").digest()
_PERMISSIONS = -4  # every permission


def rc4(key: bytes, data: bytes) -> bytes:
    """RC4, as the PDF standard security handler encrypts with it."""
    state = list(range(256))
    j = 0
    for i in range(256):
        j = (j + state[i] + key[i % len(key)]) % 256
        state[i], state[j] = state[j], state[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + state[i]) % 256
        state[i], state[j] = state[j], state[i]
        out.append(byte ^ state[(state[i] + state[j]) % 256])
    return bytes(out)


@dataclass
class RawPage:
    """A page's text: (x, y, size, text) lines in Helvetica (Courier when ``mono``);
    ``scaled`` sets them at 1 Tf in a text matrix scaled to the size."""

    lines: list[tuple[float, float, float, str]]
    mono: bool = False
    scaled: bool = False


@dataclass
class RawPdf:
    """A PDF written object by object: pages, an outline of (level, title, page)
    entries (page 1-based; a go-to action instead of a destination when negative),
    page labels (PDF ``/Nums`` pairs: first page index, style, prefix), the document
    information, and RC4 encryption when a user password is given."""

    pages: list[RawPage]
    outline: list[tuple[int, str, int]] = field(default_factory=list)
    labels: list[tuple[int, str, str]] = field(default_factory=list)
    info: dict[str, str] = field(default_factory=dict)
    user_password: str | None = None
    owner_password: str = "owner"

    def build(self) -> bytes:
        self._key = self._encryption_key() if self.user_password is not None else b""
        n_pages = len(self.pages)
        self._page_ids = [4 + 2 * i for i in range(n_pages)]  # 1 catalog, 2 pages, 3 fonts
        first_free = 4 + 2 * n_pages
        self._outline_ids = list(range(first_free + 1, first_free + 1 + len(self.outline)))
        objects = {1: self._catalog(first_free), 2: self._pages(), 3: self._fonts()}
        for i, page in enumerate(self.pages):
            objects[self._page_ids[i]] = self._page(self._page_ids[i] + 1)
            objects[self._page_ids[i] + 1] = self._content(self._page_ids[i] + 1, page)
        if self.outline:
            objects.update(self._outline_objects(first_free))
        info_id = first_free + 1 + len(self.outline)
        objects[info_id] = b"<<" + b"".join(
            b"/" + k.encode() + b" " + self._string(v, info_id) for k, v in self.info.items()
        ) + b">>"
        trailer_extra = b""
        if self._key:
            encrypt_id = info_id + 1
            objects[encrypt_id] = self._encrypt_dict()
            trailer_extra = f"/Encrypt {encrypt_id} 0 R ".encode()
        return self._serialise(objects, info_id, trailer_extra)

    # objects
    def _catalog(self, outlines_id: int) -> bytes:
        parts = [b"/Type /Catalog /Pages 2 0 R"]
        if self.outline:
            parts.append(f"/Outlines {outlines_id} 0 R".encode())
        if self.labels:
            nums = b" ".join(f"{start} <</S /{style}".encode()
                             + (b" /P " + self._string(prefix, 1) if prefix else b"") + b">>"
                             for start, style, prefix in self.labels)
            parts.append(b"/PageLabels <</Nums [" + nums + b"]>>")
        return b"<<" + b" ".join(parts) + b">>"

    def _pages(self) -> bytes:
        kids = " ".join(f"{i} 0 R" for i in self._page_ids)
        return f"<</Type /Pages /Kids [{kids}] /Count {len(self.pages)}>>".encode()

    def _fonts(self) -> bytes:
        return (b"<</F1 <</Type /Font /Subtype /Type1 /BaseFont /Helvetica "
                b"/Encoding /WinAnsiEncoding>> /F2 <</Type /Font /Subtype /Type1 "
                b"/BaseFont /Courier /Encoding /WinAnsiEncoding>>>>")

    def _page(self, content_id: int) -> bytes:
        return (f"<</Type /Page /Parent 2 0 R /MediaBox [0 0 {A4[0]:g} {A4[1]:g}] "
                f"/Resources <</Font 3 0 R>> /Contents {content_id} 0 R>>").encode()

    def _content(self, obj_id: int, page: RawPage) -> bytes:
        font = "/F2" if page.mono else "/F1"
        ops = []
        for x, y, size, text in page.lines:
            shown = _literal(text.encode("cp1252"))
            if page.scaled:
                ops.append(f"BT {font} 1 Tf {size:g} 0 0 {size:g} {x:g} {y:g} Tm ".encode()
                           + shown + b" Tj ET")
            else:
                ops.append(f"BT {font} {size:g} Tf {x:g} {y:g} Td ".encode() + shown
                           + b" Tj ET")
        stream = self._crypt(b"\n".join(ops), obj_id)
        return f"<</Length {len(stream)}>>\nstream\n".encode() + stream + b"\nendstream"

    def _outline_objects(self, root_id: int) -> dict[int, bytes]:
        """The outline as a tree: each entry's parent is the nearest shallower one."""
        parents: list[int] = []
        children: dict[int, list[int]] = {root_id: []}
        for index, (level, _, _) in enumerate(self.outline):
            del parents[level - 1:]
            parent = parents[-1] if parents else root_id
            obj_id = self._outline_ids[index]
            children.setdefault(parent, []).append(obj_id)
            children[obj_id] = []
            parents.append(obj_id)
        parent_of = {kid: p for p, kids in children.items() for kid in kids}
        objects = {root_id: b"<</Type /Outlines" + _links(children[root_id]) + b">>"}
        for index, (_, title, page) in enumerate(self.outline):
            obj_id = self._outline_ids[index]
            siblings = children[parent_of[obj_id]]
            at = siblings.index(obj_id)
            target = f"[{self._page_ids[abs(page) - 1]} 0 R /XYZ null null null]"
            parts = [b"/Title " + self._string(title, obj_id),
                     f"/Parent {parent_of[obj_id]} 0 R".encode(),
                     (f"/A <</S /GoTo /D {target}>>" if page < 0 else f"/Dest {target}").encode()]
            if at > 0:
                parts.append(f"/Prev {siblings[at - 1]} 0 R".encode())
            if at + 1 < len(siblings):
                parts.append(f"/Next {siblings[at + 1]} 0 R".encode())
            objects[obj_id] = b"<<" + b" ".join(parts) + _links(children[obj_id]) + b">>"
        return objects

    # encryption (PDF 32000-1, 7.6.3: algorithms 1 to 4, revision 2)
    def _encryption_key(self) -> bytes:
        self._owner_entry = rc4(hashlib.md5(_padded(self.owner_password)).digest()[:5],
                                _padded(self.user_password or ""))
        digest = hashlib.md5(_padded(self.user_password or "") + self._owner_entry
                             + _PERMISSIONS.to_bytes(4, "little", signed=True) + _ID)
        return digest.digest()[:5]

    def _encrypt_dict(self) -> bytes:
        user_entry = rc4(self._key, _PAD)
        return (f"<</Filter /Standard /V 1 /R 2 /P {_PERMISSIONS} /O <{self._owner_entry.hex()}>"
                f" /U <{user_entry.hex()}>>>").encode()

    def _crypt(self, data: bytes, obj_id: int) -> bytes:
        if not self._key:
            return data
        key = hashlib.md5(self._key + obj_id.to_bytes(3, "little") + b"\0\0").digest()
        return rc4(key[: len(self._key) + 5], data)

    def _string(self, text: str, obj_id: int) -> bytes:
        """A text string (UTF-16 with its byte order mark), encrypted as its object."""
        return b"<" + self._crypt(b"\xfe\xff" + text.encode("utf-16-be"), obj_id).hex().encode() \
            + b">"

    def _serialise(self, objects: dict[int, bytes], info_id: int, trailer_extra: bytes) -> bytes:
        out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offsets = {}
        for obj_id in sorted(objects):
            offsets[obj_id] = len(out)
            out += f"{obj_id} 0 obj\n".encode() + objects[obj_id] + b"\nendobj\n"
        size = max(objects) + 1
        xref = len(out)
        out += f"xref\n0 {size}\n0000000000 65535 f \n".encode()
        for obj_id in range(1, size):  # numbers left unused are free entries
            out += (f"{offsets[obj_id]:010d} 00000 n \n" if obj_id in offsets
                    else "0000000000 00001 f \n").encode()
        out += (f"trailer\n<</Size {size} /Root 1 0 R /Info {info_id} 0 R ".encode()
                + trailer_extra + b"/ID [<" + _ID.hex().encode() + b"> <" + _ID.hex().encode()
                + b">]>>\n" + f"startxref\n{xref}\n%%EOF\n".encode())
        return bytes(out)


def _padded(password: str) -> bytes:
    return (password.encode("latin-1") + _PAD)[:32]


def _literal(data: bytes) -> bytes:
    escaped = data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + escaped + b")"


def _links(kids: list[int]) -> bytes:
    if not kids:
        return b""
    return f" /First {kids[0]} 0 R /Last {kids[-1]} 0 R /Count {len(kids)}".encode()


def raw_text_page(title: str, paragraphs: list[str], title_size: float = 20) -> RawPage:
    """A page with a title in a large size and paragraphs of one line each under it."""
    lines = [(72.0, 760.0, title_size, title)]
    y = 720.0
    for text in paragraphs:
        lines.append((72.0, y, 11.0, text))
        y -= 30
    return RawPage(lines)
