"""SIGKILL in the middle of 200 annotate commands loses nothing that was acknowledged.

A driver process runs the real command line (``run_argv``, one ``annotate`` per
command, each opening the library as a separate invocation would) and prints a line
only after a command reported success; we kill it at random moments and start it
again where it stopped.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from reader.store import Store

ROOT = Path(__file__).resolve().parents[2]
TOTAL = 200

DRIVER = r"""
import io, json, sys
from ui.cli.parser import run_argv
data_dir, doc, first = sys.argv[1], sys.argv[2], int(sys.argv[3])
for i in range(first, TOTAL_):
    out, err = io.StringIO(), io.StringIO()
    code = run_argv(["--data-dir", data_dir, "annotate", doc, "--quote", f"mot{i % 50:02d}",
                     "--nth", "1", "--note", f"commande {i}", "--tag", f"t{i}", "--json"],
                    out, err)
    if code == 0:
        print("OK", i, json.loads(out.getvalue())["id"], flush=True)
    else:
        print("FAIL", i, err.getvalue().strip(), flush=True)
""".replace("TOTAL_", str(TOTAL))


def _acknowledged(stdout: str) -> dict[int, str]:
    done: dict[int, str] = {}
    for line in stdout.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == "OK":
            done[int(parts[1])] = parts[2]
    return done


def test_sigkill_during_annotate_loop_keeps_every_acknowledged_command(
        empty_services: Any, data_dir: Path) -> None:
    body = " ".join(f"mot{i:02d} et encore du texte." for i in range(50))
    outcome, _ = empty_services.library.import_bytes("cible.txt", body.encode("utf-8"))
    doc = outcome.document_id
    empty_services.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    rng = random.Random(20240601)
    acknowledged: dict[int, str] = {}
    kills = 0
    deadline = time.monotonic() + 45
    while len(acknowledged) < TOTAL and time.monotonic() < deadline:
        first = max(acknowledged, default=-1) + 1
        proc = subprocess.Popen([sys.executable, "-c", DRIVER, str(data_dir), doc, str(first)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                cwd=ROOT, env=env)
        # Kill a random short while after a random number of acknowledged commands,
        # so the moment falls anywhere in a command whatever the machine's speed.
        seen: list[str] = []
        for _ in range(rng.randint(0, 15)):
            line = proc.stdout.readline() if proc.stdout else ""
            if not line:
                break
            seen.append(line)
        time.sleep(rng.uniform(0, 0.012))
        killed = proc.poll() is None
        if killed:
            os.kill(proc.pid, signal.SIGKILL)
            kills += 1
        rest, stderr = proc.communicate()
        stdout = "".join(seen) + rest
        assert killed or proc.returncode == 0, stderr
        assert "FAIL" not in stdout, stdout + stderr
        acknowledged.update(_acknowledged(stdout))
    assert len(acknowledged) == TOTAL, f"only {len(acknowledged)} done in time"
    if kills < 10:
        pytest.fail(f"only {kills} kill(s) happened; the test proved little")
    store = Store(data_dir / "library.sqlite3")
    try:
        assert store.integrity_check() == "ok"
        rows = {r["id"]: (r["note"], r["exact"]) for r in store.query(
            "SELECT id, note, exact FROM highlights")}
        tags = {r["highlight_id"]: r["tag"] for r in store.query(
            "SELECT highlight_id, tag FROM highlight_tags")}
    finally:
        store.close()
    for i, hid in acknowledged.items():
        assert rows.get(hid) == (f"commande {i}", f"mot{i % 50:02d}"), (i, hid)
        assert tags.get(hid) == f"t{i}"
