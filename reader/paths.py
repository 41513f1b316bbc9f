"""Where Marginalia keeps its files, resolved in exactly one place.

The only module that knows about ``appdirs``; everything else receives a
:class:`DataPaths`. Order of precedence: explicit ``--data-dir``, then the
``MARGINALIA_DATA_DIR`` environment variable, then the platform's user data dir.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import appdirs

from reader.errors import DataDirUnusable, describe_os_error, said

APP_NAME = "Marginalia"
ENV_VAR = "MARGINALIA_DATA_DIR"


@dataclass(frozen=True)
class DataPaths:
    """The layout of one data directory (docs/ARCHITECTURE.md, storage)."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "library.sqlite3"

    @property
    def originals(self) -> Path:
        return self.root / "originals"

    @property
    def index(self) -> Path:
        return self.root / "index"

    @property
    def index_current(self) -> Path:
        """The file naming the index's live generation (``index.generations``)."""
        return index_current(self.index)

    @property
    def exports_record(self) -> Path:
        return self.root / "exports.json"

    @property
    def log_file(self) -> Path:
        return self.root / "marginalia.log"

    @property
    def window_lock(self) -> Path:
        return self.root / "window.lock"

    @property
    def inbox(self) -> Path:
        """Requests to the open window from a second launch (``ui.window.handoff``)."""
        return self.root / "inbox"

    @property
    def recovery_file(self) -> Path:
        """Edits the window could not save, put back on its next start
        (``ui.window.unsaved``)."""
        return self.root / "unsaved-edits.json"

    def ensure(self) -> None:
        """Create the directory tree, or say in one line why this folder cannot hold a
        library (a file, under a file, read-only, name too long...): a mistyped
        ``--data-dir`` must get words, not a traceback."""
        try:
            _ensure_folder(self.root, self.root, parents=True)
            _ensure_folder(self.root, self.originals)
            if self.index.exists() and not self.index.is_dir():
                raise DataDirUnusable(self.root, said("index is not a folder"))
        except OSError as exc:
            raise DataDirUnusable(self.root, describe_os_error(exc)) from exc


def index_current(index_folder: Path) -> Path:
    """The ``CURRENT`` file of an index folder: the data directory's
    (:attr:`DataPaths.index_current`) or one a test or benchmark makes elsewhere."""
    return index_folder / "CURRENT"


def _ensure_folder(root: Path, folder: Path, parents: bool = False) -> None:
    """Create ``folder`` unless it exists as a folder; a file in its place is refused."""
    if folder.exists() and not folder.is_dir():
        what = "it" if folder == root else folder.name
        raise DataDirUnusable(root, said("{what} is not a folder", what=what))
    folder.mkdir(parents=parents, exist_ok=True)


def resolve_data_dir(override: str | os.PathLike[str] | None = None) -> DataPaths:
    """The data directory to use, honouring the override, then the environment.

    An empty override is refused by the command line before this runs: taking it as
    "not given" would open the user's real library instead of the one a script meant.
    """
    if override is not None and str(override) != "":
        return DataPaths(_absolute(Path(override)))
    env = os.environ.get(ENV_VAR)
    if env:
        return DataPaths(_absolute(Path(env)))
    return DataPaths(Path(appdirs.user_data_dir(APP_NAME, appauthor=False)))


def _absolute(path: Path) -> Path:
    """``path`` resolved; a symlink loop or an unreadable part becomes one clear error."""
    try:
        return path.expanduser().resolve()
    except (OSError, RuntimeError) as exc:
        reason = describe_os_error(exc) if isinstance(exc, OSError) else \
            said("a loop of symbolic links")
        raise DataDirUnusable(path, reason) from exc


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so a crash leaves either the old file or the new one."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
