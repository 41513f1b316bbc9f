"""Sync (issue 19): 20,000 highlights reaching an empty library through the folder.

Library A holds one document with N highlights (notes and tags on some); A syncs
(the first publication: every highlight becomes CRDT state and one update file),
then an empty library B syncs: the document is imported from the folder's original
and the N highlights written in one transaction; then the index follows them through
the change hub. Also: a sync that brings nothing, and the folder's size.

Prints figures; asserts nothing. Run: .venv/bin/python benchmarks/bench_sync.py
[--highlights 20000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader import states
from reader.anchoring import selectors
from reader.paths import DataPaths
from reader.store import now_iso
from reader.sync.sync import Sync
from ui.services import Services, open_services


def make_library(root: Path, n: int) -> Services:
    """N highlights written in one transaction (how they were made is not measured)."""
    svc = open_services(DataPaths(root), seeds=False)
    text = " ".join(f"Sentence {i} of the long book about whales." for i in range(n))
    outcome, changes = svc.library.import_bytes("whales.txt", text.encode())
    svc.apply(changes)
    doc = outcome.document_id
    stamp, offset = now_iso(), 0
    with svc.store.transaction() as conn:
        version_id, text = states.current_text(conn, doc)
        for i in range(n):
            start = text.index("Sentence", offset)
            end = start + len(f"Sentence {i}")
            offset = end
            exact, prefix, suffix = selectors(text, start, end)
            states.write(conn, "highlight", f"{i:016x}", None, {
                "id": f"{i:016x}", "document_id": doc, "version_id": version_id,
                "start_offset": start, "end_offset": end, "exact": exact, "prefix": prefix,
                "suffix": suffix, "color": ("yellow", "green", "blue")[i % 3],
                "note": f"note {i} on whales" if i % 4 == 0 else "", "status": "exact",
                "created_at": stamp, "modified_at": stamp,
                "tags": ["whale"] if i % 10 == 0 else []})
    return svc


def folder_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file()]
    return len(files), sum(p.stat().st_size for p in files)


def timed(svc: Services, folder: Path) -> tuple[float, float, int]:
    """Seconds to sync (store), seconds for the index to follow, highlights created."""
    t0 = time.perf_counter()
    report, changes = Sync(svc.library).run(folder)
    t1 = time.perf_counter()
    svc.apply(changes)
    return t1 - t0, time.perf_counter() - t1, report.applied.created


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--highlights", type=int, default=20000)
    n = parser.parse_args().highlights
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        folder = root / "shared"
        folder.mkdir()
        a = make_library(root / "a", n)
        publish, _, _ = timed(a, folder)
        files, size = folder_size(folder)
        b = open_services(DataPaths(root / "b"), seeds=False)
        store, index, created = timed(b, folder)
        again, _, _ = timed(b, folder)
        print(f"highlights: {n}; reached the empty library: {created}")
        print(f"first sync on A (publish): {publish:.2f} s")
        print(f"sync into the empty library B: {store:.2f} s (store), "
              f"index following: {index:.2f} s, total {store + index:.2f} s")
        print(f"sync bringing nothing: {again:.2f} s")
        original = a.library.original_path(a.library.list_documents()[0].id).stat().st_size
        print(f"folder: {files} files, {size / 1e6:.2f} MB (the original: "
              f"{original / 1e6:.2f} MB)")
        a.close()
        b.close()


if __name__ == "__main__":
    main()
