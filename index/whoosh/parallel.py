"""A first index built by several processes, one Whoosh segment each.

Analysis and Whoosh's posting writer are pure Python, so one process cannot reach
Recoll's throughput; a rebuild writes into a fresh generation nobody else uses, so
worker processes can each write a segment of it without the writer lock, and the
parent commits a table of contents listing them all (what Whoosh's own
``MpWriter(multisegment=True)`` does, minus pickling every document through a
queue of temporary files). A worker is given document ids and opens the library
itself (``opener``), so nothing is loaded twice or pickled across. Workers are
started with ``spawn``: safe beside Qt's threads. Relies on SegmentWriter internals
of the pinned Whoosh 2.7.4.
"""

from __future__ import annotations

import errno
import logging
import os
import time
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any

from index import entries
from index.whoosh.codec import MarginaliaCodec
from index.whoosh.segment_writer import BulkSegmentWriter
from reader.errors import MarginaliaError, NotFound
from reader.model import Document, DocumentSummary
from reader.progress import Progress
from reader.sources import AnnotationSource, DocumentSource
from whoosh import index as whoosh_index

log = logging.getLogger(__name__)

# Below this, starting processes costs about what they save (issue 16, Python library
# pages: 0.64 M characters index in 0.6 s either way; 1.5 M in 0.9 s instead of 1.1-1.4 s,
# 2.2 M in 1.1 s instead of 1.6-1.7 s, for 0.3-0.5 s more CPU).
MIN_PARALLEL_CHARS = 1_000_000
# A worker spends its first moments importing; this process starts at once, so it
# takes a larger share of the text (measured: a spawn costs ~0.3 s of 2 s shares).
OWN_SHARE_WEIGHT = 1.15

Sources = tuple[DocumentSource, AnnotationSource | None]
Opener = Callable[[], AbstractContextManager[Sources]]


@dataclass
class Share:
    """What writing one share did: documents analysed, their characters, annotations."""

    analysed: list[str] = field(default_factory=list)
    chars: int = 0
    annotations: int = 0


def worker_count(total_chars: int) -> int:
    if total_chars < MIN_PARALLEL_CHARS:
        return 1
    return max(1, min(4, os.cpu_count() or 1))


def split(summaries: Sequence[DocumentSummary], parts: int) -> list[list[str]]:
    """Share document ids so each part gets about the same amount of text.

    The first part is this process's: it gets ``OWN_SHARE_WEIGHT`` times as much.
    """
    shares: list[list[str]] = [[] for _ in range(parts)]
    loads = [0.0] * parts
    weights = [OWN_SHARE_WEIGHT] + [1.0] * (parts - 1)
    for summary in sorted(summaries, key=lambda s: -s.size):
        i = min(range(parts), key=lambda k: (loads[k] + summary.size) / weights[k])
        shares[i].append(summary.id)
        loads[i] += summary.size
    return [s for s in shares if s]


def add_documents(writer: Any, sources: Sources, ids: Sequence[str],
                  progress: Progress | None = None) -> Share:
    """Add each document of ``ids`` and its annotations; removed ones are skipped."""
    documents, annotations = sources
    share = Share()
    for i, doc_id in enumerate(ids, 1):
        try:
            doc = documents.get(doc_id)
        except NotFound:  # removed meanwhile
            continue
        writer.add_document(**entries.document_fields(doc))
        share.analysed.append(doc_id)
        share.chars += len(doc.text)
        share.annotations += add_annotations(writer, annotations, doc)
        if progress:
            progress(i, len(ids), doc_id)
    return share


def add_annotations(writer: Any, annotations: AnnotationSource | None, doc: Document) -> int:
    """Add the entries of a document's highlights and note; how many were added."""
    if annotations is None:
        return 0
    count = 0
    for hl in annotations.for_document(doc.id):
        writer.add_document(**entries.highlight_fields(doc, hl))
        count += 1
    note = annotations.document_note(doc.id)
    if note.strip():
        writer.add_document(**entries.note_fields(doc, note))
        count += 1
    return count


def _write_segment(path: str, sources: Sources | Opener, ids: list[str],
                   progress: Progress | None = None) -> tuple[Any, Share]:
    """Index ``ids`` into a new segment of the index at ``path`` (any process).

    The writers share the index's temporary folder, so none removes it: the writer
    that commits the table of contents does, when every segment is written.
    """
    ix = whoosh_index.open_dir(path)
    writer = BulkSegmentWriter(ix, _lk=False, codec=MarginaliaCodec(), limitmb=256)
    try:
        if isinstance(sources, tuple):
            share = add_documents(writer, sources, ids, progress)
        else:
            with sources() as opened:
                share = add_documents(writer, opened, ids, progress)
        return writer._finalize_segment(), share
    finally:
        writer.pool.cleanup()


def build_segments(ix: Any, path: str, summaries: Sequence[DocumentSummary],
                   sources: Sources, opener: Opener, workers: int,
                   progress: Progress | None = None) -> Share:
    """Index the documents of ``summaries`` into the empty index ``ix``.

    ``workers - 1`` processes open the library with ``opener`` and write a share
    each; this process writes the first (larger) share from ``sources`` meanwhile.
    ``progress`` follows this process's share, scaled to the whole.
    """
    import multiprocessing  # only a first build of a big library uses processes
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("spawn")
    shares = split(summaries, workers)
    total = len(summaries)

    def own_progress(done: int, count: int, label: str) -> None:
        if progress:
            progress(min(total, done * total // max(1, count)), total, label)

    with ProcessPoolExecutor(max_workers=max(1, len(shares) - 1), mp_context=context) as pool:
        futures = [pool.submit(_write_segment, path, opener, share) for share in shares[1:]]
        started = time.perf_counter()
        results = [_write_segment(path, sources, shares[0], own_progress)] if shares else []
        mine = time.perf_counter() - started
        results += [f.result() for f in futures]
        log.info("own share %.2f s, all shares %.2f s", mine, time.perf_counter() - started)
    writer = ix.writer(codec=MarginaliaCodec())
    try:
        writer._close_segment()
        writer._commit_toc([segment for segment, _ in results])
    finally:
        writer._finish()
    log.info("index built by %d processes, %d segments", len(shares), len(results))
    done = Share()
    for _, share in results:
        done.analysed += share.analysed
        done.chars += share.chars
        done.annotations += share.annotations
    return done


DISK_ERRORS = {errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES, errno.EIO}


def serial_may_succeed(exc: BaseException) -> bool:
    """Whether indexing in one process is worth trying after the parallel build
    failed: yes when processes could not run (a sandbox, a frozen app without
    them), no when the disk or the library refused (it would only fail again,
    twice as late)."""
    if isinstance(exc, MarginaliaError):
        return False
    return not (isinstance(exc, OSError) and exc.errno in DISK_ERRORS)
