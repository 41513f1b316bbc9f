"""Cold start to a usable window with a 500-document library (budget: 1.0 s), and
the memory of that window (budget: 300 MB RSS).

Builds the library once and indexes it (from CORPUS_DIR when given, e.g. the 557
files of ``make-corpus.sh``; else 500 generated documents of ~20 KB), then starts a
fresh Python process that opens the window on it and reports when the window is
shown with its last document open, and its RSS then, after a search through the
search panel's worker and after a note saved through the write worker (the child of
``bench_scale``). Prints figures; asserts nothing. Run:
QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_startup.py [CORPUS_DIR]
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

CHILD = """
import sys, time
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication
app = QApplication([])
from pathlib import Path
from reader.paths import DataPaths
from ui.window.app import build_window
w = build_window(DataPaths(Path(sys.argv[1])))
w.show()
app.processEvents()
print(f"{time.perf_counter() - t0:.4f}")
w.close()
w.services.close()
"""


def make_library(root: Path, count: int = 500) -> None:
    from reader.paths import DataPaths
    from ui.services import open_services

    rng = random.Random(3)
    words = ["travail", "données", "plateforme", "worker", "labour", "surveillance",
             "Arbeit", "lavoro"]
    services = open_services(DataPaths(root), seeds=False)
    for i in range(count):
        body = "\n\n".join(" ".join(rng.choice(words) for _ in range(80)) for _ in range(30))
        services.library.import_bytes(f"doc{i:03d}.txt", f"Document {i}\n\n{body}".encode())
    services.close()


def corpus_library(root: Path, corpus: Path) -> None:
    from reader.paths import DataPaths
    from ui.services import open_services

    services = open_services(DataPaths(root), seeds=False)
    services.library.import_paths([corpus])
    services.close()


def index_library(root: Path) -> str:
    from reader.paths import DataPaths
    from ui.services import open_services

    services = open_services(DataPaths(root), seeds=False)
    assert services.indexer is not None
    services.indexer.rebuild(reason="benchmark")
    docs = services.library.list_documents()
    size = sum(len(services.library.get(d.id).text) for d in docs) / 1e6
    services.close()
    return f"{len(docs)} documents, {size:.1f} M characters"


def memory(root: Path, env: dict[str, str]) -> None:
    from bench_scale import CHILD

    out = subprocess.run([sys.executable, "-c", CHILD, str(root)], capture_output=True,
                         text=True, cwd=ROOT, env=env, check=True).stdout.split()
    print(f"memory: RSS {out[1]} MB when shown; {out[3]} MB after a search (search worker); "
          f"{out[5]} MB after saving a note (write worker); peak {out[6]} MB (budget 300 MB)")


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        if corpus is not None:
            corpus_library(Path(tmp), corpus)
        else:
            make_library(Path(tmp))
        described = index_library(Path(tmp))
        print(f"built and indexed a library of {described} in {time.perf_counter() - t:.1f} s")
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
        for run in range(3):
            t0 = time.perf_counter()
            out = subprocess.run([sys.executable, "-c", CHILD, tmp], env=env, cwd=ROOT,
                                 capture_output=True, text=True)
            if out.returncode:
                print(out.stderr)
                return
            out = out.stdout
            wall = time.perf_counter() - t0
            print(f"run {run + 1}: window usable {float(out.split()[-1]):.3f} s after the first "
                  f"import; process wall time (with interpreter start and exit) {wall:.3f} s "
                  f"(budget 1.0 s)")
        memory(Path(tmp), env)


if __name__ == "__main__":
    main()
