"""Search-as-you-type latency through the window's own path (budget: p95 ≤ 20 ms).

    python benchmarks/bench_search_ui.py [CORPUS_DIR]

Imports CORPUS_DIR (default: /work/corpus when it exists, else the seeds) into a
temporary library and indexes it, then types a list of queries one key at a time
into the same :class:`ui.window.workers.search.SearchWorker` the search panel uses: each
keystroke's request goes to the worker thread (with the panel's filters composed
into the query) and the time until its results are delivered on the GUI thread is
recorded. The panel's 150 ms debounce is not counted: it is a chosen pause, not
work. Prints p50/p95/max over the keystrokes, with and without a language filter.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

from reader.paths import DataPaths
from ui.services import open_services
from ui.window.workers.search import Filters, SearchWorker, panel_search

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = Path("/work/corpus")
TYPED = ["python dictionary", "asyncio event", "regular expression", "installer paquet",
         "configuration réseau", "sicurezza", "unicode normal", "subprocess", "travail",
         "debian package", "garbage collect", "mémoire"]


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(pct / 100 * (len(ordered) - 1))))]


def prepare(data: Path, corpus: Path | None) -> int:
    services = open_services(DataPaths(data), seeds=corpus is None)
    try:
        if corpus is not None:
            started = time.perf_counter()
            report, _ = services.library.import_paths([corpus])
            print(f"imported {len(report.outcomes)} documents from {corpus} in "
                  f"{time.perf_counter() - started:.1f} s")
        started = time.perf_counter()
        services.indexer.rebuild(reason="benchmark")  # type: ignore[union-attr]
        print(f"indexed in {time.perf_counter() - started:.1f} s")
        return len(services.library.list_documents())
    finally:
        services.close()


def keystroke(worker: SearchWorker, text: str, filters: Filters) -> float:
    """Milliseconds from a request to its results on this (the GUI) thread."""
    loop = QEventLoop()
    got: list[int] = []

    def done(generation: int, _: object) -> None:
        got.append(generation)
        loop.quit()

    worker.results.connect(done)
    QTimer.singleShot(30_000, loop.quit)
    started = time.perf_counter()
    wanted = worker.request(text, filters)
    if wanted not in got:
        loop.exec()
    elapsed = (time.perf_counter() - started) * 1000
    worker.results.disconnect(done)
    if wanted not in got:
        raise RuntimeError(f"no results for {text!r} within 30 s")
    return elapsed


def keystrokes() -> list[str]:
    return [query[:n] for query in TYPED for n in range(2, len(query) + 1)]


def typing_run(worker: SearchWorker, filters: Filters) -> list[float]:
    return [keystroke(worker, text, filters) for text in keystrokes()]


def direct_run(data: Path) -> list[float]:
    """The same searches on this thread, without the worker: the hop's cost by difference."""
    services = open_services(DataPaths(data), seeds=False)
    try:
        times = []
        for text in keystrokes():
            started = time.perf_counter()
            panel_search(services, text)
            times.append((time.perf_counter() - started) * 1000)
        return times
    finally:
        services.close()


def report(label: str, times: list[float]) -> None:
    print(f"{label}: {len(times)} keystrokes, p50 {statistics.median(times):.1f} ms, "
          f"p95 {percentile(times, 95):.1f} ms, max {max(times):.1f} ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, nargs="?")
    args = parser.parse_args()
    corpus = args.corpus or (DEFAULT_CORPUS if DEFAULT_CORPUS.is_dir() else None)
    app = QCoreApplication.instance() or QCoreApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        docs = prepare(data, corpus)
        print(f"library: {docs} documents ({'corpus' if corpus else 'seeds'})")
        worker = SearchWorker(DataPaths(data))
        typing_run(worker, Filters())  # warm: searcher open, caches filled
        for label, filters in (("no filter", Filters()), ("lang:fr chip", Filters(("fr",)))):
            times = typing_run(worker, filters)
            report(f"search-as-you-type via the panel's worker ({label})", times)
            if not filters.langs:
                slow = sorted(zip(times, keystrokes(), strict=True), reverse=True)[:6]
                print("  slowest: " + ", ".join(f"{t!r} {ms:.0f} ms" for ms, t in slow))
        worker.close()
        direct_run(data)  # warm this thread's searcher
        report("same searches called directly (no worker thread)", direct_run(data))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
