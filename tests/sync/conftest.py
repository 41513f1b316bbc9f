"""Several libraries and one shared folder: what two (or three) laptops see."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from reader.paths import DataPaths
from reader.sync.sync import Sync, SyncReport
from ui.services import Services, open_services

BOOK = ("Call me Ishmael. Some years ago, never mind how long precisely, having little "
        "or no money in my purse, and nothing particular to interest me on shore, I "
        "thought I would sail about a little and see the watery part of the world. ")


@pytest.fixture
def libraries(tmp_path: Path) -> Iterator[Callable[[int], list[Services]]]:
    """``libraries(2)``: that many empty libraries, closed after the test."""
    opened: list[Services] = []

    def make(n: int) -> list[Services]:
        for _ in range(n):
            opened.append(open_services(DataPaths(tmp_path / f"lib{len(opened)}"),
                                        seeds=False))
        return opened[-n:]

    yield make
    for svc in opened:
        svc.close()


def sync(svc: Services, folder: Path) -> SyncReport:
    """One sync, its Changes handed to the change hub as every write's are."""
    report, changes = Sync(svc.library).run(folder)
    svc.apply(changes)
    return report


def add_book(svc: Services, name: str = "moby.txt", text: str = BOOK) -> str:
    outcome, changes = svc.library.import_bytes(name, text.encode(), source_path=f"/b/{name}")
    svc.apply(changes)
    return outcome.document_id


def highlight(svc: Services, doc: str, quote: str, **same: object) -> str:
    hl, changes = svc.annotations.create_from_quote(doc, quote, **same)
    svc.apply(changes)
    return hl.id


def state(svc: Services) -> dict[str, tuple[object, ...]]:
    """Every highlight as the reader sees it (ids are the same on every device)."""
    return {h.id: (h.exact, h.start, h.end, h.color, h.note, tuple(sorted(h.tags)))
            for h in svc.annotations.all_highlights()}


def converge(libs: list[Services], folder: Path, rounds: int = 2) -> None:
    for _ in range(rounds):
        for svc in libs:
            sync(svc, folder)
