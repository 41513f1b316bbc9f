"""A sync SIGKILLed at random moments, on both sides, converges when run again."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.paths import DataPaths
from tests.sync.conftest import BOOK, state
from ui.cli.parser import run_argv
from ui.services import open_services

ROOT = Path(__file__).resolve().parents[2]
KILLS = int(os.environ.get("MARGINALIA_SYNC_KILLS", "12"))
pytestmark = pytest.mark.slow


def _sync_process(data: Path, folder: Path) -> subprocess.Popen[bytes]:
    code = "import sys; from ui.main import main; sys.exit(main(sys.argv[1:]))"
    return subprocess.Popen([sys.executable, "-c", code, "--data-dir", str(data),
                             "--no-seeds", "sync", str(folder)], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _edit(data: Path, rng: random.Random, round_: int, made: dict[str, set[str]]) -> None:
    """A few edits on one side between kills, as a reader would make."""
    svc = open_services(DataPaths(data), seeds=False)
    try:
        docs = svc.library.list_documents()
        if not docs:
            return
        doc = docs[0].id
        mine = svc.annotations.for_document(doc)
        if mine and rng.random() < 0.5:
            svc.apply(svc.annotations.set_note(rng.choice(mine).id, f"edit {round_}"))
        if mine and rng.random() < 0.3:
            gone = rng.choice(mine).id
            svc.apply(svc.annotations.delete(gone))
            made["deleted"].add(gone)
        start = rng.randrange(0, len(BOOK) * 3 - 20)
        hl, changes = svc.annotations.create(doc, start, start + 10, note=f"new {round_}")
        svc.apply(changes)
        made["created"].add(hl.id)
    finally:
        svc.close()


def test_killed_syncs_converge(tmp_path: Path) -> None:
    rng = random.Random(19)
    folder = tmp_path / "shared"
    folder.mkdir()
    sides = [tmp_path / "a", tmp_path / "b"]
    svc = open_services(DataPaths(sides[0]), seeds=False)
    _, changes = svc.library.import_bytes("moby.txt", (BOOK * 3).encode())
    svc.apply(changes)
    svc.close()
    made: dict[str, set[str]] = {"created": set(), "deleted": set()}
    for round_ in range(KILLS):
        side = sides[round_ % 2]
        _edit(side, rng, round_, made)
        proc = _sync_process(side, folder)
        time.sleep(rng.uniform(0.05, 1.2))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        proc.wait()
    for _ in range(2):
        for side in sides:
            out = subprocess.run([sys.executable, "-c",
                                  "import sys; from ui.main import main; "
                                  "sys.exit(main(sys.argv[1:]))", "--data-dir", str(side),
                                  "--no-seeds", "sync", str(folder)], cwd=ROOT,
                                 capture_output=True, text=True, timeout=120)
            assert out.returncode == 0, out.stdout + out.stderr
    opened = [open_services(DataPaths(side), seeds=False) for side in sides]
    try:
        assert state(opened[0]) == state(opened[1])
        assert made["created"] - made["deleted"] <= set(state(opened[0]))  # nothing lost
    finally:
        for one in opened:
            one.close()
    for side in sides:
        assert run_argv(["--data-dir", str(side), "check"]) == 0
