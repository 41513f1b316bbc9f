"""A first index built by several processes, one Whoosh segment each.

Analysis and Whoosh's posting writer are pure Python, so one process cannot reach
Recoll's throughput; a rebuild writes into a fresh generation nobody else uses, so
worker processes can each write a segment of it without the writer lock, and the
parent commits a table of contents listing them all (what Whoosh's own
``MpWriter(multisegment=True)`` does, minus pickling every document through a
queue of temporary files). Workers are started with ``spawn``: safe beside Qt's
threads. Relies on SegmentWriter internals of the pinned Whoosh 2.7.4.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from whoosh import index as whoosh_index

from index import entries
from index.bulk import BulkSegmentWriter
from index.codec import MarginaliaCodec
from reader.model import Document

log = logging.getLogger(__name__)

MIN_PARALLEL_CHARS = 3_000_000  # below this, starting processes costs more than it saves


def worker_count(total_chars: int) -> int:
    if total_chars < MIN_PARALLEL_CHARS:
        return 1
    return max(1, min(4, os.cpu_count() or 1))


def split(docs: Sequence[Document], parts: int) -> list[list[Document]]:
    """Share documents so each part gets about the same amount of text."""
    shares: list[list[Document]] = [[] for _ in range(parts)]
    sizes = [0] * parts
    for doc in sorted(docs, key=lambda d: -len(d.text)):
        i = sizes.index(min(sizes))
        shares[i].append(doc)
        sizes[i] += len(doc.text)
    return [s for s in shares if s]


def _write_segment(path: str, docs: list[Document]) -> Any:
    """Index ``docs`` into a new segment of the index at ``path`` (any process).

    The writers share the index's temporary folder, so none removes it: the writer
    that commits the table of contents does, when every segment is written.
    """
    ix = whoosh_index.open_dir(path)
    writer = BulkSegmentWriter(ix, _lk=False, codec=MarginaliaCodec(), limitmb=256)
    try:
        for doc in docs:
            writer.add_document(**entries.document_fields(doc))
        return writer._finalize_segment()
    finally:
        writer.pool.cleanup()


def _ready() -> int:
    """Worker warm-up: importing this module (and Whoosh) is most of a start."""
    return os.getpid()


def build_segments(ix: Any, path: str, load: Callable[[], list[Document]],
                   workers: int) -> list[Document]:
    """Index the documents ``load()`` returns into the empty index ``ix``; return them.

    ``workers - 1`` processes are started first, so their start-up overlaps with
    loading the documents here; this process then writes one share itself.
    """
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers - 1, mp_context=context) as pool:
        for _ in range(workers - 1):
            pool.submit(_ready)
        docs = load()
        shares = split(docs, workers)
        futures = [pool.submit(_write_segment, path, share) for share in shares[1:]]
        started = time.perf_counter()
        segments = [_write_segment(path, shares[0])] if shares else []
        mine = time.perf_counter() - started
        segments += [f.result() for f in futures]
        log.info("own share %.2f s, all shares %.2f s", mine, time.perf_counter() - started)
    writer = ix.writer(codec=MarginaliaCodec())
    try:
        writer._close_segment()
        writer._commit_toc(segments)
    finally:
        writer._finish()
    log.info("index built by %d processes, %d segments", len(shares), len(segments))
    return docs
