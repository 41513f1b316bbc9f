"""SIGKILL at random moments during 500 annotate/edit/delete operations, ten times.

The driver works like the window's write worker (one Services, each operation
committed, then handed to the index) and prints a line only once an operation is
acknowledged. We kill it at random and restart it where it stopped. Afterwards the
database is intact, every acknowledged operation is there, and the index agrees
with the store (after the automatic recovery a new process performs).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.paths import DataPaths
from ui.services import open_services

ROOT = Path(__file__).resolve().parents[2]
OPS = 500
RUNS = int(os.environ.get("MARGINALIA_KILL_RUNS", "10"))
pytestmark = pytest.mark.slow

DRIVER = r"""
import json, sys
from pathlib import Path
from reader.errors import NotFound
from reader.paths import DataPaths
from ui.services import open_services
data_dir, doc, first, ids_file, total = sys.argv[1:6]
created = json.loads(Path(ids_file).read_text())
svc = open_services(DataPaths(Path(data_dir)), seeds=False)
text = svc.library.get(doc).text
for i in range(int(first), int(total)):
    kind, target = i % 5, str(i - i % 5)
    if kind in (0, 1, 2):
        word = f"w{i:03d}"
        start = text.index(word)
        hl, ch = svc.annotations.create(doc, start, start + len(word), note=f"n{i}")
        svc.apply(ch)
        created[str(i)] = hl.id
        print("OK", i, "create", hl.id, flush=True)
    elif kind == 3:
        ch = svc.annotations.set_note(created[target], f"edited {i}")
        ch.merge(svc.annotations.recolor(created[target], "green"))
        svc.apply(ch)
        print("OK", i, "edit", created[target], flush=True)
    else:
        try:
            svc.apply(svc.annotations.delete(created[str(i - 3)]))
        except NotFound:  # committed just before the last kill: already done
            pass
        print("OK", i, "delete", created[str(i - 3)], flush=True)
"""


def _run_once(tmp: Path, rng: random.Random) -> tuple[int, dict[int, tuple[str, str]]]:
    data = tmp / "data"
    svc = open_services(DataPaths(data), seeds=False)
    body = " ".join(f"w{i:03d} mot de remplissage." for i in range(OPS))
    outcome, changes = svc.library.import_bytes("cible.txt", body.encode())
    svc.apply(changes)
    doc = outcome.document_id
    svc.close()
    acked: dict[int, tuple[str, str]] = {}
    created: dict[str, str] = {}
    ids_file = tmp / "ids.json"
    kills = 0
    deadline = time.monotonic() + 120
    while len(acked) < OPS and time.monotonic() < deadline:
        ids_file.write_text(json.dumps(created))
        first = max(acked, default=-1) + 1
        proc = subprocess.Popen([sys.executable, "-c", DRIVER, str(data), doc, str(first),
                                 str(ids_file), str(OPS)], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, cwd=ROOT)
        lines = []
        for _ in range(rng.randint(0, 60)):
            line = proc.stdout.readline() if proc.stdout else ""
            if not line:
                break
            lines.append(line)
        time.sleep(rng.uniform(0, 0.02))
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            kills += 1
        rest, err = proc.communicate()
        assert proc.returncode in (0, -signal.SIGKILL), err
        # a line the kill cut short (the buffer flushed mid-line) was never acknowledged
        for line in ("".join(lines) + rest).splitlines(keepends=True):
            if not line.endswith("\n"):
                continue
            _, i, op, hid = line.split()
            acked[int(i)] = (op, hid)
            if op == "create":
                created[i] = hid
    assert len(acked) == OPS, f"only {len(acked)} operations done in time"
    return kills, acked


def _expected(acked: dict[int, tuple[str, str]]) -> dict[str, str | None]:
    """Highlight id -> expected note, or None when it must be gone."""
    state: dict[str, str | None] = {}
    for i in sorted(acked):
        op, hid = acked[i]
        state[hid] = {"create": f"n{i}", "edit": f"edited {i}", "delete": None}[op]
    return state


@pytest.mark.parametrize("run", range(RUNS))
def test_sigkill_loses_no_acknowledged_operation(tmp_path: Path, run: int) -> None:
    kills, acked = _run_once(tmp_path, random.Random(run))
    assert kills >= 3, f"only {kills} kills: the run proved little"
    svc = open_services(DataPaths(tmp_path / "data"), seeds=False)
    try:
        assert svc.store.integrity_check() == "ok"
        rows = {r["id"]: (r["note"], r["color"]) for r in svc.store.query(
            "SELECT id, note, color FROM highlights")}
        for hid, note in _expected(acked).items():
            if note is None:
                assert hid not in rows, hid
            else:
                assert rows[hid][0] == note, (hid, rows.get(hid), note)
                assert rows[hid][1] == ("green" if note.startswith("edited") else "yellow")
        assert svc.indexer is not None
        problems = svc.indexer.check()
        print(f"run {run}: {kills} kills, {len(acked)} operations, index problems: {problems}")
        if problems:  # a kill mid-commit may leave the index behind: it must recover
            svc.indexer.rebuild(reason="test: after kills")
            assert svc.indexer.check() == []
        live = [h for h, note in _expected(acked).items() if note is not None]
        sample = live[-1]
        hits = svc.indexer.search(f"kind:note {rows[sample][0].split()[-1]}").hits
        assert any(h.highlight_id == sample for h in hits)
    finally:
        svc.close()
