"""Reading progress (issue 17): what it costs a scroll, and the library's rows.

The progress line and the status bar re-read the offset at the top of the view on
every scroll step, so ``ProgressLine.refresh`` must stay far below a frame (16 ms);
the library's rows now carry a progress fraction (from ``length(v.text)``, counted by
SQLite) and File → Open recent runs ``Library.recent(10)`` each time it opens.

Prints figures; asserts nothing. Run: QT_QPA_PLATFORM=offscreen .venv/bin/python
benchmarks/bench_progress.py [--kb 400] [--docs 500] [--steps 200]
"""

from __future__ import annotations

import argparse
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
         "modération", "Arbeit", "lavoro", "trabajo", "intimité", "réseau", "algorithme"]


def text_of(rng: random.Random, size: int) -> str:
    paragraphs, total = ["Big"], 0
    while total < size:
        para = " ".join(rng.choice(WORDS) for _ in range(rng.randint(40, 120))).capitalize()
        paragraphs.append(para + ".")
        total += len(para.encode()) + 2
    return "\n\n".join(paragraphs)


def make_library(root: Path, kb: int, docs: int) -> str:
    """One ``kb`` KB document to scroll, and ``docs`` small ones, half of them read."""
    rng = random.Random(17)
    services = open_services(DataPaths(root), seeds=False)
    outcome, _ = services.library.import_bytes("big.txt", text_of(rng, kb * 1000).encode())
    for i in range(docs):
        small, _ = services.library.import_bytes(f"doc{i}.txt", text_of(rng, 3000).encode())
        if i % 2:
            services.library.set_reading_position(small.document_id, 500)
    services.close()
    return outcome.document_id


def ms(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return f"median {statistics.median(values) * 1000:.3f} ms, p95 {p95 * 1000:.3f} ms"


def time_rows(root: Path, runs: int = 20) -> None:
    services = open_services(DataPaths(root), seeds=False)
    try:
        listing, recent = [], []
        for _ in range(runs):
            t0 = time.perf_counter()
            rows = services.library.list_documents()
            listing.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            services.library.recent(10)
            recent.append(time.perf_counter() - t0)
        read = sum(1 for r in rows if r.progress)
        print(f"list_documents ({len(rows)} rows, {read} with progress): {ms(listing)}")
        print(f"recent(10): {ms(recent)}")
    finally:
        services.close()


def time_scroll(root: Path, doc_id: str, steps: int) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from ui.window.app import build_window

    window = build_window(DataPaths(root), seeds=False, open_ref=doc_id)
    window.resize(1440, 900)
    window.show()
    app.processEvents()
    view, line = window.view, window.primary.progress
    bar = view.verticalScrollBar()
    times = []
    for i in range(steps):
        view.scroll_to_y(bar.maximum() * i // max(1, steps - 1))
        app.processEvents()
        t0 = time.perf_counter()
        line.refresh()
        times.append(time.perf_counter() - t0)
    size = len(window.current.text.encode())
    print(f"progress refresh per scroll step ({size / 1000:.0f} KB text, {steps} steps): "
          f"{ms(times)} (a frame: 16 ms); last said {window.progress_status.text()!r}")
    window.close()
    window.services.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kb", type=int, default=400)
    parser.add_argument("--docs", type=int, default=500)
    parser.add_argument("--steps", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        doc_id = make_library(root, args.kb, args.docs)
        time_rows(root)
        time_scroll(root, doc_id, args.steps)


if __name__ == "__main__":
    main()
