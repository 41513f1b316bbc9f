"""Open a 400 KB document with 500 highlights in the real window (budget: 0.3 s).

Prints figures; asserts nothing. Run: QT_QPA_PLATFORM=offscreen .venv/bin/python
benchmarks/bench_open.py
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication

from reader.paths import DataPaths
from ui.services import open_services

WORDS = ["travail", "données", "plateforme", "worker", "labour", "surveillance", "clic",
         "modération", "Arbeit", "lavoro", "trabajo", "😉", "intimité", "réseau", "algorithme",
         "annotation"]


def make_library(root: Path) -> str:
    rng = random.Random(7)
    paragraphs, size = [], 0
    while size < 400_000:
        para = " ".join(rng.choice(WORDS) for _ in range(rng.randint(40, 120))).capitalize()
        paragraphs.append(para + ".")
        size += len(para.encode()) + 2
    services = open_services(DataPaths(root), seeds=False)
    outcome, _ = services.library.import_bytes("big.txt", ("Big\n\n" + "\n\n".join(paragraphs))
                                               .encode())
    text = services.library.get(outcome.document_id).text
    for i in range(500):
        start = rng.randrange(0, len(text) - 200)
        services.annotations.create(outcome.document_id, start, start + rng.randint(10, 150),
                                    color=("yellow", "green", "blue", "pink", "purple")[i % 5],
                                    note=f"note {i} with *emphasis*" if i % 3 == 0 else "")
    services.close()
    return outcome.document_id


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from ui.window.app import build_window

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        doc_id = make_library(root)
        window = build_window(DataPaths(root), seeds=False)
        window.resize(1440, 900)
        window.show()
        app.processEvents()
        times = []
        for _ in range(5):
            window.primary.current = None  # force a real reopen
            t0 = time.perf_counter()
            window.open_document(doc_id)
            app.processEvents()  # paint included
            times.append(time.perf_counter() - t0)
        size = len(window.current.text.encode())
        print(f"document: {size / 1000:.0f} KB, {len(window.highlights)} highlights")
        print(f"open (5 runs): median {statistics.median(times) * 1000:.0f} ms, "
              f"max {max(times) * 1000:.0f} ms (budget 300 ms)")
        window.close()
        window.services.close()


if __name__ == "__main__":
    main()
