"""A big library: 5,000 documents and 20,000 highlights (issue 9). Prints figures only.

Builds the library in a temporary folder from sentences of the bundled seeds (French,
English, Italian), then measures: the library table (summaries + model), search
(plain and as-you-type, p50/p95), whole-library Markdown export, and a fresh window
process opening it (time to usable; memory when shown, after a search through the
search panel's worker, after a note saved through the write worker, and at peak).
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_scale.py [DOCS] [HIGHLIGHTS]
"""

from __future__ import annotations

import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.export import Exporter  # noqa: E402
from reader.paths import DataPaths  # noqa: E402
from ui.services import Services, open_services  # noqa: E402

QUERIES = ["travail", "données personnelles", "digital labor", "surveillance", "plateforme",
           "strike", '"travailleurs du clic"', "lavoro", "Facebook users", "kind:note idée",
           "lang:fr colonialisme", "intimité", "tag:lecture", "salaire OR paie", "bolivia -lithium"]
TYPED = ["tra", "travai", "donn", "surv", "plat", "digi", "colo", "inti", "stri", "lavo"]

CHILD = r"""
import sys, time
t0 = time.perf_counter()
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from pathlib import Path
from reader.paths import DataPaths
from ui.window.app import build_window


def rss():
    status = dict(line.split(":", 1) for line in open("/proc/self/status"))
    return [int(status[k].split()[0]) // 1024 for k in ("VmRSS", "VmHWM")]


w = build_window(DataPaths(Path(sys.argv[1])), seeds=False)
w.show()
app.processEvents()
usable = time.perf_counter() - t0
shown = rss()
loop = QEventLoop()
w.search_worker.results.connect(lambda *_: loop.quit())
w.search_worker.request("travail")  # as the search panel does: on its own worker
QTimer.singleShot(120_000, loop.quit)
loop.exec()
searched = rss()


def write(svc, _):
    doc = svc.library.list_documents()[0]
    svc.apply(svc.annotations.create(doc.id, 0, 12, note="probe")[1])


w.worker.run(write)  # one annotation saved through the write worker
w.worker.wait()
app.processEvents()
print(f"{usable:.3f}", *shown, *searched, *rss())
w.close()
"""


def sentences() -> list[str]:
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if 40 < len(s.strip()) < 400]


def build(svc: Services, docs: int, highlights: int) -> None:
    rng = random.Random(9)
    pool = sentences()
    t = time.perf_counter()
    ids = []
    for i in range(docs):
        paras = ["\n".join(rng.sample(pool, 3)) for _ in range(5)]
        body = f"Document {i} {rng.choice(pool)[:40]}\n\n" + "\n\n".join(paras)
        outcome, _ = svc.library.import_bytes(f"doc{i:05d}.txt", body.encode())
        ids.append(outcome.document_id)
    print(f"import {docs} documents: {time.perf_counter() - t:.1f} s")
    t = time.perf_counter()
    tags = ["lecture", "thèse", "objection", "citation"]
    for n in range(highlights):
        doc_id = ids[n % len(ids)]
        text = svc.library.get(doc_id).text
        start = rng.randrange(0, max(1, len(text) - 80))
        svc.annotations.create(doc_id, start, start + rng.randint(10, 70),
                               note=f"idée {n}" if n % 3 == 0 else "", tags=(rng.choice(tags),))
    print(f"create {highlights} highlights (one transaction each): "
          f"{time.perf_counter() - t:.1f} s")
    t = time.perf_counter()
    assert svc.indexer is not None
    svc.indexer.rebuild(reason="benchmark")
    print(f"index everything (documents + annotations): {time.perf_counter() - t:.1f} s")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def measure_search(svc: Services) -> None:
    assert svc.indexer is not None
    for label, queries, typed in (("plain", QUERIES, False), ("as-you-type", TYPED, True)):
        for q in queries:  # warm
            svc.indexer.search(q, as_you_type=typed)
        times = []
        for _ in range(3):
            for q in queries:
                t = time.perf_counter()
                svc.indexer.search(q, as_you_type=typed)
                times.append((time.perf_counter() - t) * 1000)
        print(f"search {label}: p50 {statistics.median(times):.1f} ms, "
              f"p95 {percentile(times, 0.95):.1f} ms ({len(times)} queries)")


def measure_table(svc: Services) -> None:
    t = time.perf_counter()
    rows = svc.library.list_documents()
    summaries = time.perf_counter() - t
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from ui.window.library.model import LibraryFilter, LibraryModel

    app = QApplication.instance() or QApplication([])
    t = time.perf_counter()
    model = LibraryModel()
    model.update(rows)
    proxy = LibraryFilter()
    proxy.setSourceModel(model)
    proxy.sort(0)
    built = time.perf_counter() - t
    t = time.perf_counter()
    proxy.sort(4, Qt.SortOrder.DescendingOrder)  # the reader clicks the "Added" header
    resorted = time.perf_counter() - t
    t = time.perf_counter()
    model.update([replace(rows[0], highlights=rows[0].highlights + 1), *rows[1:]])
    updated = time.perf_counter() - t  # one row changed (a new highlight), order kept
    t = time.perf_counter()
    proxy.set_query("document 4")
    filtered = time.perf_counter() - t
    print(f"library table: {len(rows)} summaries in {summaries * 1000:.0f} ms, model + sort "
          f"in {built * 1000:.0f} ms, re-sort by another column in {resorted * 1000:.0f} ms, "
          f"one-row update in {updated * 1000:.0f} ms, filter in {filtered * 1000:.0f} ms "
          f"({proxy.rowCount()} rows)")
    del app


def main() -> None:
    docs = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    highlights = int(sys.argv[2]) if len(sys.argv) > 2 else 20000
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "data"
        svc = open_services(DataPaths(root), seeds=False)
        build(svc, docs, highlights)
        measure_table(svc)
        measure_search(svc)
        t = time.perf_counter()
        result = Exporter(svc.library, svc.annotations, svc.paths).export_markdown(
            None, Path(tmp) / "export")
        print(f"export whole library to Markdown: {len(result.files)} files in "
              f"{time.perf_counter() - t:.1f} s")
        svc.close()
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
        for _ in range(2):
            out = subprocess.run([sys.executable, "-c", CHILD, str(root)], capture_output=True,
                                 text=True, cwd=ROOT, env=env, check=True).stdout.split()
            print(f"window on this library: usable in {float(out[0]):.2f} s, RSS {out[1]} MB; "
                  f"after a search (search worker) {out[3]} MB; after saving a note "
                  f"(write worker) {out[5]} MB; peak {out[6]} MB")


if __name__ == "__main__":
    main()
