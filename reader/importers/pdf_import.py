"""PDF: each page's text out of pdfium, laid out into one canonical text with pages.

pdfium (through pypdfium2, Apache/BSD; PyMuPDF is AGPL and is not used) gives a
page's characters in content order with the line breaks it infers, and where each
run of them stands; :mod:`reader.importers.pdf_layout` and
:mod:`reader.importers.pdf_paragraphs` turn that geometry into lines and blocks. Every
block knows its page, the page labels the PDF prints ("iv", "12") are kept, and the
outline becomes the document's table of contents.

pdfium sits behind this module (and :mod:`reader.pdf_pages`, which shows a PDF's
pages). Its objects hold C memory the garbage collector does not see, so each page
and text page is closed as soon as it is read; pdfium is not thread-safe, so every
call is made holding :data:`reader.pdf_pages.PDFIUM_LOCK`, the one lock of the
process, a page at a time (the original view renders pages on its own thread).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

# pypdfium2 ships no type hints; only this module, pdf_text and reader.pdf_pages touch it.
import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pypdfium2.raw as c  # type: ignore[import-untyped]

from reader.decoding import MAX_BYTES
from reader.errors import ImportRefused, NeedsPassword, said
from reader.importers.pdf_headings import LaidBlock, OutlineTarget, title_from_first_page
from reader.importers.pdf_layout import Page, body_size, lay_out
from reader.importers.pdf_paragraphs import make_blocks
from reader.importers.pdf_text import has_image, read_page
from reader.pdf_pages import PDFIUM_LOCK
from reader.text import DocumentText, OutlineEntry, TextBuilder, canonicalize

log = logging.getLogger(__name__)

MAX_PAGES = 10_000
MAX_OUTLINE = 5_000
_JUNK_TITLE = re.compile(r"^(?:untitled|unknown|title|document\d*)$|"
                         r"\.(?:docx?|odt|rtf|pdf|tex|dvi|ps|indd|txt|html?)$", re.IGNORECASE)
_AUTHORS = re.compile(r"\s*(?:;|\band\b|&)\s*")
_ERRORS = {c.FPDF_ERR_UNKNOWN: said("unknown error"), c.FPDF_ERR_FILE: said("file error"),
           c.FPDF_ERR_FORMAT: said("data format error"), c.FPDF_ERR_PAGE: said("page error")}


@dataclass(frozen=True)
class PdfText:
    """What a PDF gives: the canonical text with pages and outline, its metadata, and
    what could not be read (said, not refused)."""

    title: str
    authors: tuple[str, ...]
    body: DocumentText
    warnings: tuple[str, ...]


def parse(name: str, data: bytes, password: str | None = None) -> PdfText:
    """Read the PDF ``data`` (the file ``name``); raises :class:`ImportRefused`, or
    :class:`NeedsPassword` for an encrypted one opened without its password."""
    with PDFIUM_LOCK:  # taken a page at a time: the original view renders meanwhile
        pdf = _open(name, data, password)
    try:
        with PDFIUM_LOCK:
            count = len(pdf)
        if count > MAX_PAGES:
            raise ImportRefused(name, said("too many pages ({count}; the limit is {limit})",
                                           count=f"{count:,}", limit=f"{MAX_PAGES:,}"))
        pages, unread, scanned = _read_pages(name, pdf, count)
        with PDFIUM_LOCK:
            labels = tuple(_label(pdf, i) for i in range(count))
            outline = _outline(pdf)
            meta_title, authors = _metadata(pdf)
    finally:
        with PDFIUM_LOCK:
            pdf.close()
    if not any(p.segments for p in pages):
        raise ImportRefused(name, said("no text layer on any of its {count} pages (a scan?)",
                                       count=count))
    lines = lay_out(pages)
    blocks = make_blocks(lines, outline)
    body = _build(blocks, outline, labels if any(labels) else ())
    title = meta_title or title_from_first_page(blocks, body_size(lines))
    warnings = []
    if scanned:
        warnings.append(said("{scanned} of {count} pages has no text: scanned?",
                             scanned=scanned, count=count) if scanned == 1 else
                        said("{scanned} of {count} pages have no text: scanned?",
                             scanned=scanned, count=count))
    if unread:
        warnings.append(said("{unread} of {count} pages could not be read (damaged)",
                             unread=unread, count=count))
    return PdfText(" ".join(title.split()), authors, body, tuple(warnings))


def _open(name: str, data: bytes, password: str | None) -> pdfium.PdfDocument:
    """The document, or the refusal naming why pdfium could not open it. ``data``
    must outlive the document: pdfium reads from it as pages are loaded."""
    if not data:
        raise ImportRefused(name, said("not a PDF or damaged: the file is empty"))
    secret = (password + "\x00").encode("utf-8") if password else None
    raw = c.FPDF_LoadMemDocument64(data, len(data), secret)
    if not raw:
        code = c.FPDF_GetLastError()
        if code == c.FPDF_ERR_PASSWORD:
            raise NeedsPassword(name, said("wrong password") if password
                                else said("encrypted: needs a password"))
        if code == c.FPDF_ERR_SECURITY:
            raise ImportRefused(name, said("encrypted in a way Marginalia cannot open "
                                           "(unsupported security handler)"))
        raise ImportRefused(name, said("not a PDF or damaged: {why}",
                                       why=_ERRORS.get(code) or said("unknown error")))
    pdf = pdfium.PdfDocument(raw)
    if len(pdf) < 1:
        pdf.close()
        raise ImportRefused(name, said("not a PDF or damaged: it has no pages"))
    return pdf


def _read_pages(name: str, pdf: pdfium.PdfDocument, count: int) -> tuple[list[Page], int, int]:
    """Every page's runs of text; how many pages failed to load, and how many hold
    an image but no text (a scan without OCR)."""
    pages: list[Page] = []
    unread = scanned = 0
    budget = MAX_BYTES
    for index in range(count):
        with PDFIUM_LOCK:
            page = c.FPDF_LoadPage(pdf.raw, index)
            if not page:
                unread += 1
                pages.append(Page(index + 1, 0, 0, 0, 0))
                continue
            try:
                read = read_page(page, index + 1)
                if not read.segments and has_image(page):
                    scanned += 1
            finally:
                c.FPDF_ClosePage(page)
        budget -= sum(len(s.text) for s in read.segments)
        if budget < 0:
            raise ImportRefused(name, said("too much text (more than 50 MB; the limit is "
                                           "50 MB)"))
        pages.append(read)
    return pages, unread, scanned


def _label(pdf: pdfium.PdfDocument, index: int) -> str:
    return canonicalize(pdf.get_page_label(index)).strip()


def _outline(pdf: pdfium.PdfDocument) -> list[OutlineTarget]:
    """The bookmarks, each with the page it opens (through a destination or a go-to
    action)."""
    found: list[OutlineTarget] = []
    for mark in pdf.get_toc(max_depth=12):
        if len(found) >= MAX_OUTLINE:
            break
        title = " ".join(canonicalize(mark.get_title()).split())
        if title:
            found.append(OutlineTarget(mark.level + 1, title, _bookmark_page(pdf, mark)))
    return found


def _bookmark_page(pdf: pdfium.PdfDocument, mark: pdfium.PdfBookmark) -> int:
    dest = c.FPDFBookmark_GetDest(pdf.raw, mark.raw)
    if not dest:
        action = c.FPDFBookmark_GetAction(mark.raw)
        if action and c.FPDFAction_GetType(action) == c.PDFACTION_GOTO:
            dest = c.FPDFAction_GetDest(pdf.raw, action)
    return c.FPDFDest_GetDestPageIndex(pdf.raw, dest) + 1 if dest else 0


def _metadata(pdf: pdfium.PdfDocument) -> tuple[str, tuple[str, ...]]:
    """The document information's title (unless a file name or a placeholder) and
    authors ("A and B", "A; B", "A Smith, B Jones")."""
    title = " ".join(canonicalize(pdf.get_metadata_value("Title")).split())
    if _JUNK_TITLE.search(title):
        title = ""
    authors = " ".join(canonicalize(pdf.get_metadata_value("Author")).split())
    names = [n for n in _AUTHORS.split(authors) if n]
    if len(names) == 1 and "," in names[0]:
        parts = [p.strip() for p in names[0].split(",")]
        if all(len(p.split()) >= 2 for p in parts):  # not "Smith, John"
            names = parts
    return title, tuple(names)


def _build(blocks: list[LaidBlock], outline: list[OutlineTarget],
           labels: tuple[str, ...]) -> DocumentText:
    """The canonical text; each outline entry at its heading, or at the top of its
    page's first block when the page does not show its title."""
    builder = TextBuilder()
    found: dict[int, int] = {}
    page_starts: list[tuple[int, int]] = []
    for block in blocks:
        builder.page = block.page
        start, _ = builder.add_block(canonicalize(block.text), block.kind, block.level)
        if not page_starts or page_starts[-1][0] != block.page:
            page_starts.append((block.page, start))
        for index in block.outline:
            found.setdefault(index, start)
    entries = []
    previous = 0
    for index, entry in enumerate(outline):
        offset = found.get(index)
        if offset is None:
            offset = next((s for p, s in page_starts if p >= entry.page), builder.length) \
                if entry.page else previous
        entries.append(OutlineEntry(entry.level, entry.title, offset))
        previous = offset
    return builder.build(pages=labels, outline=tuple(entries))
