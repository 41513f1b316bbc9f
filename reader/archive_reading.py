"""A library backup opened and checked whole before anything is restored from it.

The archive's format (its member names, the manifest's format and version) lives
here, beside the checks that refuse a file we did not write: a path leaving the
library, a symbolic link, an oversize member, a newer format, an original whose
bytes do not match its hash. :mod:`reader.archive` writes archives of this format
and restores from a :class:`Backup`; :func:`record_versions` is the one check of a
manifest's document record both the room needed and the restore itself rely on.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import stat
import zipfile
from pathlib import Path
from typing import Any

from reader.errors import InvalidInput, describe_os_error, said
from reader.formats import SUPPORTED_EXTENSIONS
from reader.library import Library
from reader.restore import find_document

log = logging.getLogger(__name__)

FORMAT = "marginalia-library-backup"
VERSION = 1
MANIFEST = "manifest.json"
ANNOTATIONS = "annotations.json"
MAX_MEMBER = 64 * 1024 * 1024  # an original over 50 MB was never imported
_ORIGINAL = re.compile(r"originals/([0-9a-f]{64})(\.[a-z0-9]{1,10})")


class Backup:
    """An opened archive, checked as a whole before anything is restored from it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.zip = _open_zip(path)
        try:
            self.manifest = self._read_manifest()
            self._check_members()
        except BaseException:
            self.zip.close()
            raise

    def close(self) -> None:
        self.zip.close()

    def _read_manifest(self) -> dict[str, Any]:
        try:
            data = json.loads(self.zip.read(MANIFEST).decode("utf-8"))
        except KeyError as exc:
            raise InvalidInput(said("{path}: not a Marginalia backup (no manifest)",
                                    path=self.path)) from exc
        except (ValueError, zipfile.BadZipFile, OSError, EOFError) as exc:
            raise InvalidInput(said("{path}: damaged backup (manifest unreadable: {exc})",
                                    path=self.path, exc=exc)) from exc
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise InvalidInput(said("{path}: not a Marginalia library backup", path=self.path))
        version = data.get("version")
        if not isinstance(version, int) or isinstance(version, bool):
            raise InvalidInput(said("{path}: the manifest has no format version", path=self.path))
        if version > VERSION:
            raise InvalidInput(said("{path}: made by a newer Marginalia (backup format "
                                    "{version}; this one reads {reads}); please upgrade",
                                    path=self.path, version=version, reads=VERSION))
        if not isinstance(data.get("documents"), list):
            raise InvalidInput(said("{path}: the manifest lists no documents", path=self.path))
        return data

    def _check_members(self) -> None:
        """Only the names we write: a path leaving the library (``../``, absolute,
        links) or an oversize member refuses the whole file before anything is read."""
        for info in self.zip.infolist():
            name = info.filename
            if name in (MANIFEST, ANNOTATIONS) or name == "originals/":
                continue
            if not _ORIGINAL.fullmatch(name):
                raise InvalidInput(said("{path}: holds {name}, a path outside what a backup "
                                        "holds; refused", path=self.path, name=repr(name[:80])))
            if stat.S_ISLNK(info.external_attr >> 16):
                raise InvalidInput(said("{path}: holds a symbolic link ({name}); refused",
                                        path=self.path, name=name))
            if info.file_size > MAX_MEMBER:
                raise InvalidInput(said("{path}: {name} is too large for an original",
                                        path=self.path, name=name))

    def originals_size(self, library: Library) -> int:
        """What restoring would write: the originals of the documents this library
        lacks (a backup restored into the library it came from needs no room)."""
        sizes = {i.filename: i.file_size for i in self.zip.infolist()}
        needed = 0
        for record in self.manifest["documents"]:
            try:
                versions = record_versions(dict(record) if isinstance(record, dict) else record)
            except InvalidInput:
                continue  # refused on its own when restored
            current = versions[-1]
            if not find_document(library, f"urn:sha256:{current['sha256']}",
                                 current["text_sha256"]):
                needed += sum(sizes.get(v["original"], 0) for v in versions)
        return needed

    def read_original(self, name: str, sha: str) -> bytes:
        """An original's bytes, refused when missing or not what the manifest says."""
        if not isinstance(name, str) or not _ORIGINAL.fullmatch(name):
            raise InvalidInput(said("names an original outside the backup ({name})",
                                    name=str(name)[:60]))
        try:
            data = self.zip.read(name)
        except KeyError as exc:
            raise InvalidInput(said("its original {name} is missing from the backup",
                                    name=name)) from exc
        except (zipfile.BadZipFile, OSError, EOFError) as exc:
            raise InvalidInput(said("its original {name} is damaged ({exc})", name=name,
                                    exc=exc)) from exc
        if hashlib.sha256(data).hexdigest() != sha:
            raise InvalidInput(said("its original {name} does not match its hash (damaged)",
                                    name=name))
        return data

    def annotation_items(self) -> list[Any]:
        from reader.backup import collection_items

        try:
            raw = self.zip.read(ANNOTATIONS)
        except KeyError:
            return []
        except (zipfile.BadZipFile, OSError, EOFError) as exc:
            raise InvalidInput(said("{path}: damaged backup (annotations: {exc})",
                                    path=self.path, exc=exc)) from exc
        return collection_items(_json(raw, self.path), self.path)


def _open_zip(path: Path) -> zipfile.ZipFile:
    try:
        info = path.stat()
    except FileNotFoundError as exc:
        raise InvalidInput(said("{path}: no such file", path=path)) from exc
    except OSError as exc:
        raise InvalidInput(said("{path}: cannot read ({why})", path=path,
                                why=describe_os_error(exc))) from exc
    if not stat.S_ISREG(info.st_mode):
        raise InvalidInput(said("{path}: not a regular file", path=path))
    try:
        return zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise InvalidInput(said("{path}: not a Marginalia backup (not a zip file, or truncated)",
                                path=path)) from exc
    except OSError as exc:
        raise InvalidInput(said("{path}: cannot read ({why})", path=path,
                                why=describe_os_error(exc))) from exc


def _json(raw: bytes, path: Path) -> Any:
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise InvalidInput(said("{path}: damaged backup (annotations are not JSON)",
                                path=path)) from exc


def is_archive(path: Path) -> bool:
    """A zip (ours or not) rather than a JSON backup: decided by its first bytes."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):  # a FIFO would block the read
            return False
        with open(path, "rb") as fh:
            return fh.read(4) == b"PK\x03\x04"
    except OSError:
        return False


def record_versions(record: Any) -> list[dict[str, Any]]:
    """The record's versions, every field of the type we wrote, or InvalidInput; the
    record's optional fields of another type are dropped, never stored as junk."""
    if not isinstance(record, dict):
        raise InvalidInput(said("not a document record"))
    for key in ("source_name", "added_at"):
        if not isinstance(record.get(key), str) or not record[key]:
            raise InvalidInput(said("the record has no {key}", key=key))
    for key in ("source_path", "last_read_at", "own_title", "own_authors"):
        if not isinstance(record.get(key), str):
            record[key] = None
    position = record.get("reading_position")
    if not isinstance(position, int) or isinstance(position, bool) or position < 0:
        record["reading_position"] = 0
    versions = record.get("versions")
    if not isinstance(versions, list) or not versions:
        raise InvalidInput(said("the record lists no versions"))
    for v in versions:
        if not isinstance(v, dict) or not all(isinstance(v.get(k), str) for k in (
                "original", "sha256", "text_sha256", "title")):
            raise InvalidInput(said("a version record is incomplete"))
        if Path(v["original"]).suffix not in SUPPORTED_EXTENSIONS:
            raise InvalidInput(said("{original}: not a kind of file Marginalia imports",
                                    original=v['original'][:60]))
        for key in ("authors", "languages"):
            if not isinstance(v.get(key), list):
                v[key] = []
        v.setdefault("description", "")
    return versions
