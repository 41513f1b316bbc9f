"""Reading the bundled seed documents and their curated metadata."""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True)
class Seed:
    file: str
    data: bytes
    metadata: dict[str, object]


def bundled_seeds() -> list[Seed]:
    root = resources.files("seeds")
    manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    return [Seed(entry["file"], (root / entry["file"]).read_bytes(), entry) for entry in manifest]
