"""The file types Marginalia reads, in one place and light to import: the command
line's help and the window's file dialog name them without loading any importer."""

from __future__ import annotations

SUPPORTED_EXTENSIONS = (".txt", ".md", ".markdown", ".html", ".htm", ".epub", ".pdf")
WEB_PAGES = (".html", ".htm")  # read as their article, or whole (reader/page_modes.py)


def extensions_listed() -> str:
    """``.txt .md … .pdf``, as help texts and messages say it."""
    return " ".join(SUPPORTED_EXTENSIONS)


def hard_wrapped(source_name: str) -> bool:
    """Whether a line end inside a prose block is only the file's wrap (plain text:
    the importer keeps the file's own characters), shown as a space so prose reflows.
    In the markup formats a line end in a paragraph is the author's own break."""
    return source_name.lower().endswith(".txt")
