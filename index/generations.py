"""The index folder's generations: which one is live, and swapping a new one in.

Layout (docs/ARCHITECTURE.md): ``CURRENT`` names the live generation; ``gen-<time>-<pid>/``
folders are Whoosh indexes, each with a ``STAMP`` file (schema, analyser and stemmer
versions). A rebuild writes a *fresh* generation and then rewrites ``CURRENT``
atomically, so a reader of the old one is never disturbed and a crash leaves one
or the other. This is the only code that reads or writes ``CURRENT`` (its name is
``reader.paths``'s, with every other path); the window's index watch asks the
indexer for a :meth:`Generations.fingerprint` instead of reading the folder itself.
"""

from __future__ import annotations

import os
import re
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from index.whoosh.schema import STAMP
from reader.paths import atomic_write_bytes, index_current

GENERATION = re.compile(r"gen-[0-9a-f]+-[0-9]+")  # the folders new_name() makes
STAMP_FILE = "STAMP"

# The live generation, then each of its files' name, size and modification time.
Fingerprint = tuple[object, ...]


@dataclass(frozen=True)
class Generations:
    """The generations of one index folder."""

    folder: Path

    @property
    def current_file(self) -> Path:
        return index_current(self.folder)

    def path(self, gen: str) -> Path:
        return self.folder / gen

    def live(self) -> str:
        """The live generation's name; "" when ``CURRENT`` is missing or not one of ours
        (garbage, or a path that would lead outside the index folder)."""
        try:
            name = self.current_file.read_text("utf-8").strip()
        except (OSError, ValueError):
            return ""
        return name if GENERATION.fullmatch(name) else ""

    @staticmethod
    def new_name() -> str:
        """A name no other rebuild, in this process or another, is using."""
        return f"gen-{time.time_ns():x}-{os.getpid()}"

    def stamp_problem(self, gen: str) -> str:
        """Why generation ``gen`` was made for other fields or stems, or ``""``."""
        path = self.path(gen)
        try:
            stamp = (path / STAMP_FILE).read_text("utf-8").strip()
        except (OSError, ValueError):
            return f"{path}: missing or unreadable"
        return f"{path}: made for {stamp}, need {STAMP}" if stamp != STAMP else ""

    def finish(self, gen: str) -> None:
        """Stamp the fully written generation ``gen``, then make it the live one."""
        (self.path(gen) / STAMP_FILE).write_text(STAMP, "utf-8")
        atomic_write_bytes(self.current_file, gen.encode("utf-8"))

    def discard(self, gen: str) -> None:
        """Remove a generation whose build failed, unless it became live meanwhile."""
        if self.live() != gen:
            shutil.rmtree(self.path(gen), ignore_errors=True)

    def remove_all_but(self, keep: str) -> None:
        """Remove the generations this index made before ``keep`` — only folders
        named like ours: whatever else sits in the folder is not ours to delete."""
        for child in self.folder.iterdir():
            if (child.is_dir() and not child.is_symlink() and child.name != keep
                    and GENERATION.fullmatch(child.name)):
                shutil.rmtree(child, ignore_errors=True)

    def fingerprint(self) -> Fingerprint:
        """The live generation and the name, size and time of each of its files: a
        few ``stat`` calls that change when its files were damaged or replaced."""
        gen = self.live()
        if not gen:
            return ("",)
        try:
            with os.scandir(self.path(gen)) as found:
                files = sorted((e.name, e.stat().st_size, e.stat().st_mtime_ns) for e in found)
        except OSError:
            return (gen, None)
        return (gen, tuple(files))
