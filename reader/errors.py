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


class NeedsPassword(ImportRefused):
    """An encrypted PDF whose password was not given, or not the right one; its own
    type so the window can ask for the password and retry (which is never stored)."""


class OriginalUnreadable(MarginaliaError):
    """A document's kept original cannot be shown (missing, damaged); the text stays."""

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


class DataDirUnusable(MarginaliaError):
    """The data folder cannot hold a library (a file, read-only, name too long...)."""

    def __init__(self, path: object, reason: str) -> None:
        super().__init__(f"{path}: cannot use this folder as a library ({reason})")


class IndexUnwritable(MarginaliaError):
    """The search index could not be written (disk full, read-only); the library is
    intact and the previous index, if any, is kept."""


class SyncError(MarginaliaError):
    """A sync folder or one of its files cannot be used; the message names it."""


class Incomplete(MarginaliaError):
    """A batch stopped on an error part-way; ``partial`` is what it did before, so the
    caller can report (and record) the items already finished."""

    def __init__(self, message: str, partial: object) -> None:
        super().__init__(message)
        self.partial = partial


def describe_os_error(exc: OSError) -> str:
    """The reason of an OS error in words a reader knows, without Python's decoration."""
    import errno

    words = {errno.ENOTDIR: "a part of the path is a file, not a folder",
             errno.EEXIST: "a file is in the way", errno.EROFS: "read-only file system",
             errno.ENOSPC: "the disk is full", errno.ENAMETOOLONG: "file name too long",
             errno.ELOOP: "a loop of symbolic links",
             errno.EACCES: "permission denied", errno.EPERM: "operation not permitted",
             errno.EISDIR: "is a folder, not a file", errno.ENOENT: "no such file or folder"}
    return words.get(exc.errno or 0) or (exc.strerror or str(exc) or type(exc).__name__)
