"""Benchmark the search index against docs/ARCHITECTURE.md, budgets (and Recoll, when installed).

    python benchmarks/bench_search.py CORPUS_DIR

Imports CORPUS_DIR into a temporary library, then prints: first-index throughput
(MB/s of canonical text) and, with ``recollindex`` on the PATH, Recoll's on the same
files in the same run; re-index time after one document changed; warm query latency
p50/p95 over a fixed list of queries, plain and search-as-you-type.
Build a corpus with ``bash ../shared/tools/make-corpus.sh DIR``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.reference_recoll import time_recollindex
from reader.paths import DataPaths
from ui.services import open_services

QUERIES = [
    "python", "function", "dictionary", "list comprehension", '"regular expression"',
    "asyncio event loop", "unicode", "string format", "exceptions", "import module",
    "class inheritance", "iterator generator", "decorator", "thread lock", "socket",
    "subprocess", "json", "sqlite3", "unittest", "logging handler", "datetime timezone",
    "pathlib", "debian", "paquet", "pacchetto", "paquete", "réseau", "rete", "red",
    "configuration", "sécurité", "sicurezza", "apt-get install", "kernel OR noyau",
    "shell -bash", "title:tutorial", "lang:fr réseau", "lang:it", "installer*",
    "deprecated", "garbage collection", "docstring", "mémoire", "archivio",
]
TYPED = ["pyth", "python dic", "asyn", "regular expr", "inst", "configura", "rése",
         "sicurezz", "memo", "unicode norm", "subpro", "debian pack"]


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(pct / 100 * (len(ordered) - 1))))]


def canonical_mb(services: object) -> float:
    lib = services.library  # type: ignore[attr-defined]
    return sum(len(lib.get(d.id).text.encode("utf-8")) for d in lib.list_documents()) / 1e6


def bench_first_index(services: object) -> tuple[float, float]:
    started = time.perf_counter()
    services.indexer.rebuild(reason="benchmark")  # type: ignore[attr-defined]
    return time.perf_counter() - started, canonical_mb(services)


def bench_recoll(folder: Path, work: Path) -> float | None:
    return time_recollindex(folder, work / "recoll")


def bench_one_change(services: object, corpus: Path) -> float:
    path = next(p for p in sorted(corpus.rglob("*.txt")))
    data = path.read_bytes() + b"\n\nOne more paragraph about quokkas.\n"
    _, changes = services.library.import_bytes(path.name, data)  # type: ignore[attr-defined]
    started = time.perf_counter()
    services.indexer.update(changes)  # type: ignore[attr-defined]
    elapsed = time.perf_counter() - started
    assert services.indexer.search("quokkas").hits  # type: ignore[attr-defined]
    return elapsed


def bench_queries(services: object, queries: list[str], as_you_type: bool) -> list[float]:
    indexer = services.indexer  # type: ignore[attr-defined]
    for q in queries:  # warm up
        indexer.search(q, limit=20, as_you_type=as_you_type)
    times: list[float] = []
    for _ in range(3):
        for q in queries:
            started = time.perf_counter()
            indexer.search(q, limit=20, as_you_type=as_you_type)
            times.append((time.perf_counter() - started) * 1000)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        services = open_services(DataPaths(work / "data"), seeds=False)
        started = time.perf_counter()
        report, _ = services.library.import_paths([args.corpus])
        ndocs = len(report.outcomes)
        print(f"imported {ndocs} documents ({len(report.refused)} refused) in "
              f"{time.perf_counter() - started:.1f} s")
        seconds, mb = bench_first_index(services)
        print(f"first index: {mb:.1f} MB of canonical text in {seconds:.2f} s = "
              f"{mb / seconds:.2f} MB/s")
        recoll = bench_recoll(args.corpus.resolve(), work)
        if recoll is None:
            print("recoll: recollindex not installed, no comparison")
        else:
            print(f"recoll: same files in {recoll:.2f} s = {mb / recoll:.2f} MB/s; "
                  f"ours/recoll throughput ratio {recoll / seconds:.2f}")
        one = bench_one_change(services, args.corpus)
        print(f"re-index after one document changed: {one:.3f} s")
        for label, queries, typed in (("queries", QUERIES, False), ("as-you-type", TYPED, True)):
            times = bench_queries(services, queries, typed)
            print(f"{label}: {len(queries)} queries x3, p50 {statistics.median(times):.1f} ms, "
                  f"p95 {percentile(times, 95):.1f} ms, max {max(times):.1f} ms")
        services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
