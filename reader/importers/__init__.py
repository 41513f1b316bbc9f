"""Importers turn a file's bytes into a :class:`ParsedDocument` (docs/ARCHITECTURE.md).

Each format has its own module producing canonical text plus spans; this module
picks one by extension, decodes, and assigns a language to every block.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from reader import language
from reader.decoding import DecodeRefused, decode
from reader.errors import ImportRefused, message_of, said
from reader.formats import SUPPORTED_EXTENSIONS, WEB_PAGES, extensions_listed
from reader.text import Block, DocumentText

__all__ = ["SUPPORTED_EXTENSIONS", "ParsedDocument", "assign_languages", "parse_bytes"]


@dataclass(frozen=True)
class ParsedDocument:
    title: str
    authors: tuple[str, ...]
    body: DocumentText
    encoding: str
    languages: tuple[str, ...]
    description: str = ""
    # Imported, but not whole: "12 of 40 pages have no text: scanned?"
    warnings: tuple[str, ...] = ()
    whole_page: bool = False  # a web page read whole, as the reader asked, not its article


@dataclass(frozen=True)
class _Read:
    """What one format's importer read, before the languages every format shares."""

    title: str
    authors: tuple[str, ...]
    body: DocumentText
    encoding: str
    default_lang: str = ""  # the language the file declares (EPUB, <html lang>)
    description: str = ""
    warnings: tuple[str, ...] = ()


def parse_bytes(name: str, data: bytes, password: str | None = None,
                whole_page: bool = False) -> ParsedDocument:
    """Parse ``data`` as the file ``name``; raises :class:`ImportRefused`.

    ``password`` opens an encrypted PDF (a missing or wrong one raises
    :class:`~reader.errors.NeedsPassword`); it is used once and kept nowhere.
    ``whole_page``: a web page as it shows, site chrome included, not its article."""
    ext = Path(name).suffix.lower()
    if ext not in SUPPORTED_EXTENSIONS:
        shown = ext or said("no extension")
        raise ImportRefused(name, said("unsupported file type ({ext}); Marginalia reads "
                                       "{types}", ext=shown, types=extensions_listed()))
    if ext == ".pdf":
        read = _read_pdf(name, data, password)
    elif ext == ".epub":
        read = _read_epub(name, data)
    elif ext in WEB_PAGES:
        read = _read_web(name, data, whole_page)
    else:
        read = _parse_text(name, ext, data)
    if not read.body.text.strip():
        raise ImportRefused(name, said("no readable text in the file"))
    body, langs = assign_languages(read.body, read.default_lang)
    return ParsedDocument(read.title or Path(name).stem, read.authors, body, read.encoding,
                          langs, read.description, read.warnings,
                          whole_page and ext in WEB_PAGES)


def _read_pdf(name: str, data: bytes, password: str | None) -> _Read:
    """Pages of positioned glyphs, not a text: laid out into blocks."""
    from reader.importers import pdf_import

    pdf = pdf_import.parse(name, data, password)
    return _Read(pdf.title, tuple(pdf.authors), pdf.body, "pdf", warnings=pdf.warnings)


def _read_epub(name: str, data: bytes) -> _Read:
    """A zip, not a text: the importer decodes each chapter itself."""
    from reader.importers import epub_import

    book = epub_import.parse(name, data)
    return _Read(book.title, tuple(book.authors), book.body, book.encoding, book.language)


def _read_web(name: str, data: bytes, whole_page: bool) -> _Read:
    """A web page: its article (or, asked, the whole page), with the page's own
    language as the default and its site and date as the description."""
    raw, encoding = _decoded(name, data)
    from reader.importers import html_import

    page = html_import.read_page(raw, whole_page)
    warnings = (said("no article found: the whole page is shown"),) \
        if page.whole_page and not whole_page else ()
    return _Read(page.title, tuple(page.authors), page.body, encoding, page.language,
                 page.description, warnings)


def _decoded(name: str, data: bytes) -> tuple[str, str]:
    try:
        return decode(data)
    except DecodeRefused as exc:
        raise ImportRefused(name, message_of(exc)) from exc


def _parse_text(name: str, ext: str, data: bytes) -> _Read:
    """The text formats: decode the bytes once, then the format's own parser."""
    raw, encoding = _decoded(name, data)
    from reader.importers import markdown_import, txt_import

    parser = {".txt": txt_import.parse, ".md": markdown_import.parse,
              ".markdown": markdown_import.parse}[ext]
    title, authors, body = parser(raw)
    return _Read(title, tuple(authors), body, encoding)


_NOT_PROSE = frozenset({"code", "preformatted"})


def assign_languages(body: DocumentText,
                     default: str = "") -> tuple[DocumentText, tuple[str, ...]]:
    """Detect each block's language; short blocks borrow their neighbour's.

    A block that already says its language (an EPUB's ``xml:lang``) keeps it: the
    publisher knows better than a detector. Code and text laid out by hand are not
    prose (a lorem-ipsum sample made a page Latin): they borrow too. ``default`` (an
    EPUB's or a page's declared language) is for a text where no block could be told."""
    text, blocks = body.text, body.blocks
    asked = [i for i, b in enumerate(blocks) if not b.lang and b.kind not in _NOT_PROSE]
    told = language.detect_many([text[blocks[i].start:min(blocks[i].end, blocks[i].start
                                                          + language.SAMPLE)] for i in asked])
    detected = [b.lang for b in blocks]
    for i, lang in zip(asked, told, strict=True):
        detected[i] = lang
    weights = [b.end - b.start for b in blocks]
    main = language.dominant(detected, weights) or ([default] if default else [])
    filled = language.fill_unknown(detected, main[0] if main else "")
    blocks = tuple(b if b.lang == lang else Block(b.start, b.end, b.kind, b.level, lang,
                                                  b.page, b.origin)
                   for b, lang in zip(blocks, filled, strict=True))
    return replace(body, blocks=blocks), tuple(main)
