"""Writing exports to disk safely: sane names, inside the folder, never over user edits.

A reader may point the export at their Obsidian vault and edit the notes there; a
later export must not silently destroy those edits. ``exports.json`` remembers the
hash of every file we wrote; a file whose bytes differ was edited by someone else.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from reader.errors import InvalidInput, StoreError, describe_os_error, said
from reader.paths import atomic_write_bytes

log = logging.getLogger(__name__)

MAX_NAME_BYTES = 120
_FORBIDDEN = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]')
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$", re.IGNORECASE)


def safe_file_name(title: str, suffix: str = ".md", taken: set[str] | None = None) -> str:
    """A portable file name for ``title``: no separators, no reserved names, bounded, unique."""
    name = unicodedata.normalize("NFC", title)
    name = _FORBIDDEN.sub(" ", name)
    name = " ".join(name.split()).strip(" .")
    name = re.sub(r"\.{2,}", ".", name)
    if not name:
        name = "Untitled"
    stem, dot, rest = name.partition(".")
    if _RESERVED.match(stem.strip()):  # Windows refuses CON, NUL... whatever follows the dot
        name = f"{stem.strip()}_{dot}{rest}"
    name = _clip_bytes(name, MAX_NAME_BYTES - len(suffix.encode()) - 5)
    candidate, n = name + suffix, 2
    taken_folded = {t.casefold() for t in taken or set()}
    while candidate.casefold() in taken_folded:
        candidate = f"{name} ({n}){suffix}"
        n += 1
    return candidate


def _clip_bytes(text: str, limit: int) -> str:
    encoded = text.encode("utf-8")
    if len(encoded) <= limit:
        return text
    return encoded[:limit].decode("utf-8", "ignore").rstrip(" .")


def inside(folder: Path, name: str) -> Path:
    """``folder/name``, refusing anything that would resolve outside ``folder``."""
    root = folder.resolve()
    target = (root / name).resolve()
    if target.parent != root:
        raise InvalidInput(said("{name}: file name would leave the export folder", name=name))
    return target


@dataclass
class WriteReport:
    written: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    kept_user_edits: list[tuple[Path, Path]] = field(default_factory=list)  # (theirs, ours)


class ExportWriter:
    """Writes files into one folder, consulting and updating the export record."""

    def __init__(self, folder: Path, record_path: Path) -> None:
        self.folder = folder
        self.record_path = record_path
        self.record = _load_record(record_path)
        self.report = WriteReport()

    def write(self, name: str, content: str) -> Path:
        """Write ``name`` unless the same bytes are there; a file edited since we wrote
        it is kept and ours goes beside it. Errors name the file and the real reason."""
        try:
            return self._write_checked(name, content.encode("utf-8"))
        except OSError as exc:
            where = exc.filename if exc.filename is not None else self.folder / name
            raise StoreError(said("{where}: cannot write the export ({value})", where=where,
                                  value=exc.strerror or describe_os_error(exc))) from exc

    def _check_folder(self) -> None:
        """The export folder, if it exists, must be a folder (not a file, not a device)."""
        if self.folder.exists() and not self.folder.is_dir():
            raise InvalidInput(said("{folder}: is a file, not a folder", folder=self.folder))

    def _write_checked(self, name: str, data: bytes) -> Path:
        self._check_folder()
        target = inside(self.folder, name)
        key = str(target)
        digest = hashlib.sha256(data).hexdigest()
        if target.is_dir():
            raise InvalidInput(said("{target}: is a folder, not a file", target=target))
        if target.exists() and not target.is_file():  # a FIFO would block the read
            raise InvalidInput(said("{target}: not a regular file; left alone", target=target))
        if target.exists():
            current = hashlib.sha256(target.read_bytes()).hexdigest()
            if current == digest:
                self.record[key] = digest
                self.report.unchanged.append(target)
                return target
            if self.record.get(key) != current:  # edited (or never ours): keep it
                beside = inside(self.folder, f"{Path(name).stem} (new){Path(name).suffix}")
                self._write(beside, data)
                self.report.kept_user_edits.append((target, beside))
                return beside
        self._write(target, data)
        self.record[key] = digest
        self.report.written.append(target)
        return target

    def _write(self, target: Path, data: bytes) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(target, data)
        except OSError as exc:
            raise StoreError(said("{target}: cannot write the export ({value})", target=target,
                                  value=exc.strerror or describe_os_error(exc))) from exc

    def save_record(self) -> None:
        """Remember what we wrote. File names that are not UTF-8 are kept as JSON escapes
        (``ensure_ascii``): a name the system allows must not lose the whole record."""
        text = json.dumps(self.record, ensure_ascii=False, indent=1, sort_keys=True)
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError:
            data = json.dumps(self.record, indent=1, sort_keys=True).encode("ascii")
        try:
            atomic_write_bytes(self.record_path, data)
        except OSError as exc:
            log.warning("could not remember this export in %s (%s); the files were written",
                        self.record_path, describe_os_error(exc))


def _load_record(path: Path) -> dict[str, str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.warning("ignoring unreadable export record %s: %s", path, exc)
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}
