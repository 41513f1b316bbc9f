"""Domain errors, so the UI and the command line can show them in words.

Every error carries a message meant for a reader, naming the input and the reason.
"""

from __future__ import annotations


class MarginaliaError(Exception):
    """Base of every error the domain raises on purpose."""


class ImportRefused(MarginaliaError):
    """A file was not imported; ``path`` and ``reason`` say which and why."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class LibraryBusy(MarginaliaError):
    """Another process holds the library for writing longer than we wait."""

    def __init__(self, what: str = "library") -> None:
        super().__init__(f"{what} busy: another Marginalia process is writing; try again")


class LibraryLocked(MarginaliaError):
    """Another window already owns this data directory."""


class StoreError(MarginaliaError):
    """The library database could not be read or written (disk full, read-only...)."""


class NotFound(MarginaliaError):
    """A document, highlight or file named by the user does not exist."""


class Ambiguous(MarginaliaError):
    """A title prefix or quote matches more than one thing."""


class Cancelled(MarginaliaError):
    """The reader stopped a long operation (raised by its progress callback); every
    item finished before stays, nothing is left half-done."""

    def __init__(self) -> None:
        super().__init__("stopped")


class InvalidInput(MarginaliaError):
    """A value given by the user is not acceptable (bad colour, empty quote...)."""
