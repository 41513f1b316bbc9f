"""The files an import reads: folders expanded, sizes checked, names made printable.

A file's identity in the library is its absolute path as the reader named it
(:func:`source_path_of`), stored as text even when the name is not UTF-8.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from reader.decoding import MAX_BYTES
from reader.errors import ImportRefused, describe_os_error, said
from reader.importers import SUPPORTED_EXTENSIONS
from reader.model import ImportReport


def expand_targets(targets: Iterable[str | os.PathLike[str]],
                   report: ImportReport) -> list[Path]:
    """The files named, and those inside the folders named (sorted, hidden ones
    left out); other types are counted in ``report.skipped``, missing paths refused."""
    files: list[Path] = []
    for target in targets:
        path = Path(target)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.name.startswith("."):
                    continue
                if child.suffix.lower() in SUPPORTED_EXTENSIONS:
                    files.append(child)
                else:
                    report.skipped.append(display_name(child.name))
        elif path.is_file():
            files.append(path)
        elif path.exists():
            report.refused.append((display_name(str(path)), said("not a regular file")))
        else:
            report.refused.append((display_name(str(path)), said("no such file or folder")))
    return files


def read_limited(path: Path, shown: str) -> bytes:
    """Read a file, refusing oversize ones before reading a byte of them."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ImportRefused(shown, said("too large ({size} MB; the limit is 50 MB)",
                                            size=f"{size / 1e6:.0f}"))
        return path.read_bytes()
    except PermissionError as exc:
        raise ImportRefused(shown, said("permission denied")) from exc
    except OSError as exc:
        raise ImportRefused(shown, said("cannot read ({why})",
                                        why=describe_os_error(exc))) from exc


def source_path_of(path: Path) -> str:
    """The identity of an imported file: its absolute path as the reader named it
    (``..`` folded, symbolic links kept), as storable text."""
    return display_name(os.path.abspath(path))


def display_name(name: str) -> str:
    """A file name as text that can be stored and printed: bytes that are not UTF-8
    (which Python hands over as surrogates) become ``\\xe9`` escapes. Lossless and
    stable, so re-importing the same file finds the same document."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        try:
            return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        except UnicodeEncodeError:
            return name.encode("utf-8", "backslashreplace").decode("utf-8")
