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

APP_NAME = "Marginalia"
ENV_VAR = "MARGINALIA_DATA_DIR"


@dataclass(frozen=True)
class DataPaths:
    """The layout of one data directory (DESIGN §3)."""

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
        """Requests to the open window from a second launch (``ui.handoff``)."""
        return self.root / "inbox"

    def ensure(self) -> None:
        """Create the directory tree; a clear error if that is impossible."""
        self.root.mkdir(parents=True, exist_ok=True)
        self.originals.mkdir(exist_ok=True)


def resolve_data_dir(override: str | os.PathLike[str] | None = None) -> DataPaths:
    """The data directory to use, honouring the override, then the environment."""
    if override:
        return DataPaths(Path(override).expanduser().resolve())
    env = os.environ.get(ENV_VAR)
    if env:
        return DataPaths(Path(env).expanduser().resolve())
    return DataPaths(Path(appdirs.user_data_dir(APP_NAME, appauthor=False)))


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
