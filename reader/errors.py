"""Domain errors, so the UI and the command line can show them in words.

Every error carries a message meant for a reader, naming the input and the reason.
The message is English (the command line prints it as it is); one made by
:func:`said` also remembers its template and values, so the window can say the same
thing in the reader's language without the domain knowing of translations.
"""

from __future__ import annotations

from collections.abc import Mapping


class Said(str):
    """An English message that remembers the template and values it was made from: it
    compares, prints and serialises as the plain text, and a value that is itself a
    :class:`Said` (a reason inside a refusal) can be translated in its turn."""

    template: str
    params: dict[str, object]

    def __new__(cls, template: str, params: Mapping[str, object]) -> Said:
        made = super().__new__(cls, template.format(**params))
        made.template = template
        made.params = dict(params)
        return made

    def __reduce__(self) -> tuple[type[Said], tuple[str, dict[str, object]]]:
        return Said, (self.template, self.params)


def said(template: str, **params: object) -> Said:
    """The message ``template`` filled with ``params``; the template must be a literal
    string so the window's list of translatable templates can be checked against it."""
    return Said(template, params)


class MarginaliaError(Exception):
    """Base of every error the domain raises on purpose; ``template`` and ``params``
    are those of a message made by :func:`said` (None and {} for a plain one)."""

    def __init__(self, *args: object) -> None:
        super().__init__(*args)
        message = args[0] if args else None
        self.template: str | None = message.template if isinstance(message, Said) else None
        self.params: dict[str, object] = dict(message.params) \
            if isinstance(message, Said) else {}


class ImportRefused(MarginaliaError):
    """A file was not imported; ``path`` and ``reason`` say which and why."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(said("{path}: {reason}", path=path, reason=reason))
        self.path = path
        self.reason = reason


class NeedsPassword(ImportRefused):
    """An encrypted PDF whose password was not given, or not the right one; its own
    type so the window can ask for the password and retry (which is never stored)."""


class OriginalUnreadable(MarginaliaError):
    """A document's kept original cannot be shown (missing, damaged); the text stays."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(said("{path}: {reason}", path=path, reason=reason))
        self.path = path
        self.reason = reason


class LibraryBusy(MarginaliaError):
    """Another process holds the library for writing longer than we wait."""

    def __init__(self, what: str = "library") -> None:
        known = {"library": said("library busy: another Marginalia process is writing; "
                                 "try again"),
                 "index": said("index busy: another Marginalia process is writing; try again")}
        super().__init__(known.get(what) or said(
            "{what} busy: another Marginalia process is writing; try again", what=what))


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
        super().__init__(said("stopped"))


class InvalidInput(MarginaliaError):
    """A value given by the user is not acceptable (bad colour, empty quote...)."""


class DataDirUnusable(MarginaliaError):
    """The data folder cannot hold a library (a file, read-only, name too long...)."""

    def __init__(self, path: object, reason: str) -> None:
        super().__init__(said("{path}: cannot use this folder as a library ({reason})",
                              path=path, reason=reason))


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

    words = {errno.ENOTDIR: said("a part of the path is a file, not a folder"),
             errno.EEXIST: said("a file is in the way"),
             errno.EROFS: said("read-only file system"),
             errno.ENOSPC: said("the disk is full"),
             errno.ENAMETOOLONG: said("file name too long"),
             errno.ELOOP: said("a loop of symbolic links"),
             errno.EACCES: said("permission denied"),
             errno.EPERM: said("operation not permitted"),
             errno.EISDIR: said("is a folder, not a file"),
             errno.ENOENT: said("no such file or folder")}
    return words.get(exc.errno or 0) or (exc.strerror or str(exc) or type(exc).__name__)


def reason_after(exc: MarginaliaError, name: str) -> str:
    """The error's message without a leading ``name: `` (a refusal listed under the
    file's name); the reason itself, still translatable, when the message was made as
    ``said("{name}: {reason}", ...)``."""
    text = str(exc).removeprefix(f"{name}: ")
    reason = exc.params.get("reason")
    if isinstance(reason, str) and str(reason) == text:
        return reason
    return text


def message_of(exc: BaseException) -> str:
    """The error's message as it was said: its :class:`Said` (still translatable) when
    it was made by :func:`said`, else its text."""
    message = exc.args[0] if len(exc.args) == 1 else None
    return message if isinstance(message, Said) else str(exc)
