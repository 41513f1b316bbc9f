"""Plain rows the domain hands out: no behaviour, no database, no Qt."""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.text import DocumentText


@dataclass(frozen=True)
class DocumentSummary:
    """One library row, as the table and ``marginalia list`` show it."""

    id: str
    title: str
    authors: tuple[str, ...]
    languages: tuple[str, ...]
    source_name: str
    added_at: str
    last_read_at: str | None
    encoding: str
    size: int
    versions: int = 1
    highlights: int = 0
    description: str = ""
    source_path: str = ""  # absolute path as imported; "" for documents imported before
    progress: float = 0.0  # how far through its text the reading position is, 0 to 1


@dataclass(frozen=True)
class Document:
    """A document's current version, ready to render."""

    id: str
    version_id: int
    title: str
    authors: tuple[str, ...]
    languages: tuple[str, ...]
    source_name: str
    encoding: str
    original_sha256: str
    text_sha256: str
    body: DocumentText
    note: str = ""
    reading_position: int = 0
    description: str = ""
    whole_page: bool = False  # a web page read whole (site chrome and all), not its article

    @property
    def text(self) -> str:
        return self.body.text


COLORS = ("yellow", "green", "blue", "pink", "purple")
ANCHOR_STATUSES = ("exact", "moved", "approximate", "orphaned")


@dataclass(frozen=True)
class Highlight:
    """A highlight with both W3C selectors (position and quote), as stored."""

    id: str
    document_id: str
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str
    color: str = "yellow"
    note: str = ""
    tags: tuple[str, ...] = ()
    status: str = "exact"
    created_at: str = ""
    modified_at: str = ""


@dataclass
class ImportOutcome:
    """What happened to one imported file."""

    path: str
    status: str  # "added" | "new_version" | "unchanged" | "restored" (from the trash)
    document_id: str
    title: str
    same_as: str = ""  # "unchanged"/"restored": where the library's copy came from
    warnings: tuple[str, ...] = ()  # imported, but not whole: "12 of 40 pages have no text"


@dataclass
class ImportReport:
    outcomes: list[ImportOutcome] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # names of files of other types
    cancelled: int = 0  # files left unread because the reader stopped the import
    # Encrypted PDFs (path as given, why refused): the caller may ask and retry.
    needs_password: list[tuple[str, str]] = field(default_factory=list)

    @property
    def added(self) -> list[ImportOutcome]:
        return [o for o in self.outcomes if o.status == "added"]
