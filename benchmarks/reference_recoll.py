"""Recoll, the reference the benchmarks measure indexing against: one way to run it."""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path


def time_recollindex(folder: Path, conf: Path) -> float | None:
    """Seconds ``recollindex`` takes to index ``folder`` from scratch into the fresh
    configuration folder ``conf`` (the same stemming languages as ours); None when
    Recoll is not installed."""
    if not shutil.which("recollindex"):
        return None
    shutil.rmtree(conf, ignore_errors=True)
    conf.mkdir(parents=True)
    (conf / "recoll.conf").write_text(
        f"topdirs = {folder}\nindexstemminglanguages = english french italian spanish\n"
        "loglevel = 1\nnoaspell = 1\n", "utf-8")
    started = time.perf_counter()
    subprocess.run(["recollindex", "-c", str(conf), "-z"], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started
